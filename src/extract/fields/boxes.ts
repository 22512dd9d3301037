/**
 * Field boxes for the generic extractor: where on the page a chosen value is printed, from the
 * readers' positioned words (see ../words.ts). A scored candidate knows its line and characters;
 * a party's name, address or tax id is found again in the lines of its page.
 */
import type { Field, FieldBox, Party } from '../../types.js';
import { boxOf, unionBox, wordConfidenceOf } from '../words.js';
import type { DocView } from './context.js';
import type { Line } from './cells.js';

/** The box of characters [start, end) of a line. */
export function spanBox(v: DocView, l: Line, start: number, end: number): FieldBox | null {
  return boxOf(v.pages.find((p) => p.page === l.page), l.row, start, end);
}

/** The OCR engine's confidence in characters [start, end) of a line (its least certain word); null on text layers. */
export function spanWordConfidence(v: DocView, l: Line, start: number, end: number): number | null {
  return wordConfidenceOf(v.pages.find((p) => p.page === l.page), l.row, start, end);
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `value` is printed on `page`: each comma-separated part (an address's street, town ...) in
 * the first line that holds it, spaces, dots and hyphens between its characters allowed (a tax id
 * printed `FR 41 512 345 678` is the value `FR41512345678`); the box around all parts found.
 */
export function textBox(v: DocView, page: number | null, value: string): FieldBox | null {
  if (page === null || !value.trim()) return null;
  const lines = v.lines.filter((l) => l.page === page);
  const boxes: Array<FieldBox | null> = [];
  for (const part of value.split(/,\s*/).filter((x) => x.trim())) {
    const chars = [...part.replace(/\s+/g, '')].slice(0, 120);
    const re = new RegExp(chars.map(escape).join('[\\s.\\-]*'), 'iu');
    for (const l of lines) {
      const m = re.exec(l.text);
      if (!m) continue;
      boxes.push(spanBox(v, l, m.index, m.index + m[0].length));
      break;
    }
  }
  return unionBox(boxes);
}

/** A field with its box, when one is known. */
export function withBox<T>(f: Field<T> | null, box: FieldBox | null): Field<T> | null {
  return f && box ? { ...f, box } : f;
}

/** The party's fields with boxes around where each is printed. */
export function partyBoxes(v: DocView, p: Party): Party {
  const at = <T>(f: Field<T> | null) => withBox(f, f ? textBox(v, f.page, String(f.value)) : null);
  return { name: at(p.name), address: at(p.address), taxId: at(p.taxId) };
}
