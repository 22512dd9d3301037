import { describe, expect, it } from 'vitest';
import { NUMBER } from '../../src/extract/fields/lexicon.js';
import { docView } from '../../src/extract/fields/context.js';
import { textBox } from '../../src/extract/fields/boxes.js';
import type { PageText, PageWord } from '../../src/extract/types.js';

/** The top-level alternatives of a compiled cue class: `(?<![\p{L}\d])(?:a|b|...)(?![\p{L}])`. */
function phrases(re: RegExp): string[] {
  const src = re.source;
  const body = src.slice(src.indexOf('(?:') + 3, src.lastIndexOf(')(?!'));
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      cur += c + body[++i];
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

describe('number cues: the prefilter of cueIn (numbers.ts)', () => {
  it('every phrase starts with a letter, a class of letters, "#" or "№", so a cell with none of them holds no cue', () => {
    for (const [k, re] of Object.entries(NUMBER)) {
      const ps = phrases(re);
      expect(ps.length, k).toBeGreaterThan(10);
      // a class of letters: [abc] or \p{L} (G26's compound titles, "Schlussrechnung Nr.")
      for (const p of ps) expect(p, `${k}: ${p}`).toMatch(/^(?:\(\?:)?(?:\p{L}|#|№|\[\p{L}+\]|\\p\{L\})/u);
    }
  });

  it('the phrases it checks are those the class matches', () => {
    expect(NUMBER.number.test('Nr.')).toBe(true);
    expect(NUMBER.number.test('#')).toBe(true);
    expect(phrases(NUMBER.number)).toContain('#');
  });
});

/** A text page whose every word has a box: word i of row r at x = i / 10, y = r / 10. */
function page(n: number, lines: string[]): PageText {
  const words: PageWord[] = [];
  lines.forEach((l, row) => {
    let i = 0;
    for (const m of l.matchAll(/\S+/g)) words.push({ row, start: m.index, end: m.index + m[0].length, x: i++ / 10, y: row / 10, w: 0.05, h: 0.01 });
  });
  return { page: n, text: lines.join('\n'), source: 'text', ocrConfidence: null, words };
}

describe('textBox: where a value is printed', () => {
  const v = docView([
    page(1, ['Acme GmbH', 'VAT FR 41', '512 345 678', 'Hauptstr. 1', 'Tax id FR-41.512 345 678']),
    page(2, ['Totals', 'Acme GmbH  page 2']),
  ]);

  it('finds a value in the first line of its page that holds it, never across a line break', () => {
    // "FR 41" ends line 1 and "512 345 678" fills line 2: the value is printed whole only in line 4.
    expect(textBox(v, 1, 'FR41512345678')).toEqual({ page: 1, x: 0.2, y: 0.4, w: 0.25, h: 0.01 });
    expect(textBox(v, 1, 'Acme GmbH')).toEqual({ page: 1, x: 0, y: 0, w: 0.15, h: 0.01 });
    expect(textBox(v, 2, 'Acme GmbH')).toEqual({ page: 2, x: 0, y: 0.1, w: 0.15, h: 0.01 });
  });

  it('boxes every comma-separated part, and nothing for a value not on the page', () => {
    expect(textBox(v, 1, 'Acme GmbH, Hauptstr. 1')).toEqual({ page: 1, x: 0, y: 0, w: 0.15, h: 0.31 });
    expect(textBox(v, 2, 'Hauptstr. 1')).toBeNull();
    expect(textBox(v, 1, 'FR41512345679')).toBeNull();
  });
});
