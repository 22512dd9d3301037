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
  const text = pageText(v, page);
  const boxes: Array<FieldBox | null> = [];
  for (const part of value.split(/,\s*/).filter((x) => x.trim())) {
    const chars = [...part.replace(/\s+/g, '')].slice(0, 120);
    const re = new RegExp(chars.map(escape).join('[\\s.\\-]*'), 'iu');
    const at = chars.includes(SEP) ? firstLineMatch(re, text.lines) : firstMatch(re, text);
    if (at) boxes.push(spanBox(v, at.line, at.start, at.end));
  }
  return unionBox(boxes);
}

/**
 * Joins a page's lines: no pattern of textBox matches this character unless its value holds it, so
 * a match never runs from one line into the next, and the first match in the joined text is the
 * first line's that has one, at the same characters (one search per value, not one per line).
 */
const SEP = '\u0000';

interface PageText {
  lines: Line[];
  joined: string;
  /** Where each line starts in `joined`. */
  starts: number[];
}

const pageTexts = new WeakMap<DocView, Map<number, PageText>>();

function pageText(v: DocView, page: number): PageText {
  let pages = pageTexts.get(v);
  if (!pages) pageTexts.set(v, (pages = new Map()));
  let t = pages.get(page);
  if (!t) {
    const lines = v.lines.filter((l) => l.page === page);
    const starts: number[] = [];
    let at = 0;
    for (const l of lines) {
      starts.push(at);
      at += l.text.length + SEP.length;
    }
    pages.set(page, (t = { lines, joined: lines.map((l) => l.text).join(SEP), starts }));
  }
  return t;
}

interface LineMatch {
  line: Line;
  start: number;
  end: number;
}

function firstMatch(re: RegExp, t: PageText): LineMatch | null {
  const m = re.exec(t.joined);
  if (!m) return null;
  // The last line starting at or before the match.
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid] <= m.index) lo = mid;
    else hi = mid - 1;
  }
  const start = m.index - t.starts[lo];
  return { line: t.lines[lo], start, end: start + m[0].length };
}

function firstLineMatch(re: RegExp, lines: Line[]): LineMatch | null {
  for (const line of lines) {
    const m = re.exec(line.text);
    if (m) return { line, start: m.index, end: m.index + m[0].length };
  }
  return null;
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
