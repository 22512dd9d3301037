/**
 * Where a token stands: the words left of it on its line, the heading above it in its column, its
 * place on the page. Every candidate generator (amounts, dates, numbers) describes its tokens with
 * these, so "the label" means the same thing for every field.
 */
import type { PageText } from '../types.js';
import { cells, cellInColumnOf, linesOf, type Cell, type Line } from './cells.js';
import { amountsIn, percentsIn, type Money } from './tokens.js';
import { CURRENCY_CODES, dateCandidates, type DateSpot } from '../normalize.js';
import { dropConversionBlocks } from './conversion.js';
import { browserChrome } from './chrome.js';
import { restoreLostCents } from './separators.js';

export interface DocView {
  /** The pages as read (their positioned words give fields their boxes). */
  pages: PageText[];
  lines: Line[];
  /** First and last line index of each page (1-based page -> [from, to]). */
  pageSpan: Map<number, [number, number]>;
  lastPage: number;
  /** Amounts of each line (by line index). */
  amounts: Money[][];
  /** The date-like substrings of each line (normalize.ts dateCandidates): searched once, read by the amounts, dates and numbers. */
  dateSpots: DateSpot[][];
  /** Percentages written on the document (tax and discount rates). */
  rates: number[];
  /** Every page was OCR'd. */
  ocr: boolean;
  /** Lines of currency-conversion blocks ("EUR equivalent"), whose amounts in that currency are left out (conversion.ts). */
  converted: Set<number>;
  /** Lines of a browser's print header and footer (chrome.ts), whose printing date is no date of the document. */
  chrome: Set<number>;
}

export function docView(pages: PageText[]): DocView {
  const lines = linesOf(pages);
  const ocrPages = new Set(pages.filter((p) => p.source === 'ocr').map((p) => p.page));
  const pageSpan = new Map<number, [number, number]>();
  for (const l of lines) {
    const s = pageSpan.get(l.page);
    if (s) s[1] = l.n;
    else pageSpan.set(l.page, [l.n, l.n]);
  }
  const rates = new Set<number>();
  for (const l of lines) for (const r of percentsIn(l.text)) rates.add(r);
  const dateSpots = lines.map((l) => dateCandidates(l.text));
  const amounts = lines.map((l) => amountsIn(l.text, 0, ocrPages.has(l.page), dateSpots[l.n]));
  restoreLostCents(lines, amounts, ocrPages);
  const converted = dropConversionBlocks(lines, amounts);
  return {
    pages,
    lines,
    pageSpan,
    lastPage: Math.max(1, ...pages.map((p) => p.page)),
    amounts,
    dateSpots,
    rates: [...rates].filter((r) => r > 0 && r <= 30).sort((a, b) => a - b),
    ocr: pages.length > 0 && pages.every((p) => p.source === 'ocr'),
    converted,
    chrome: browserChrome(lines),
  };
}

/** The document's text without a browser's print header and footer (chrome.ts): its printing time is no till's transaction time (doctype.ts). */
export function textWithoutChrome(v: DocView): string {
  return v.chrome.size ? v.lines.filter((l) => !v.chrome.has(l.n)).map((l) => l.text).join('\n') : v.pages.map((p) => p.text).join('\n');
}

/** Vertical place of a line on its page, 0 (top) .. 1 (bottom). */
export function relY(v: DocView, l: Line): number {
  const [a, b] = v.pageSpan.get(l.page) ?? [l.n, l.n];
  return b > a ? (l.n - a) / (b - a) : 0;
}

const isCurrency = (t: string): boolean => CURRENCY_CODES.has(t.toUpperCase()) || /^(?:RM|Rs\.?)$/iu.test(t);
/** Words that say a total is with or without tax, which need the word before them ("Total ... incl. GST"). */
/** Little words joining a label's words. */
const JOINING = /^(?:of|in|de|du|di|da|do|à|en|im|zu)$/iu;
const QUALIFIER = /^(?:incl|inc|including|inclusive|excl|exc|excluding|exclusive|inkl|exkl)\b/iu;

/**
 * The label words left of position `start` on the line, back to `from` (the end of the previous
 * value on the line): the nearest cells (runs split by two or more spaces), up to three cells and
 * about 40 characters, cells without letters (a currency code, a colon) passed over. OCR lays
 * words out two spaces apart ("Total  Payable:"), so one cell is not always the whole label.
 */
export function leftWords(text: string, start: number, from = 0): string {
  const cs = cells(text.slice(from, start));
  const out: string[] = [];
  let len = 0;
  let words = 0;
  for (let i = cs.length - 1; i >= 0 && words < 3; i--) {
    const t = cs[i].text;
    // A currency between a total and the words saying with or without tax ("Total  RM  Incl.  of  GST"): the label goes on past it.
    if (out.length > 0 && QUALIFIER.test(out[0]) && isCurrency(t) && i > 0 && /\p{L}{2}/u.test(cs[i - 1].text)) continue;
    // A one-letter word OCR spaced out between two words ("TOTAL  A  PAYER", "Total  à  payer") belongs to the label.
    if (out.length > 0 && /^\p{L}$/u.test(t) && i > 0 && /^\p{L}{2}/u.test(cs[i - 1].text)) {
      out.unshift(t);
      len += 2;
      continue;
    }
    if (!/\p{L}{2}/u.test(t) || isCurrency(t)) {
      if (out.length === 0) continue;
      break;
    }
    if (out.length > 0 && len + t.length > 40) break;
    out.unshift(t);
    len += t.length + 1;
    // a joining word OCR set apart ("Incl.  of  GST", "Total  de  la") is no cell of its own
    if (!JOINING.test(t)) words++;
  }
  return out.join(' ').slice(-60);
}

/**
 * The cells in the column of `span` in the lines above (`step` -1) or below (+1) line `l`: up to
 * `max` non-blank lines on the same page, each with its distance in non-blank lines; lines where
 * the column is empty are passed over.
 */
/**
 * The cells of line `n`, split once per document: every amount looks up and down its column, so
 * the lines around a table are asked for their cells once per amount. Keyed by the document's
 * view, so they live as long as the document does.
 */
const splitLines = new WeakMap<DocView, (readonly Cell[] | undefined)[]>();
function lineCells(v: DocView, n: number): readonly Cell[] {
  let all = splitLines.get(v);
  if (!all) splitLines.set(v, (all = []));
  return (all[n] ??= cells(v.lines[n].text));
}

function* columnCells(v: DocView, l: Line, span: [number, number], step: 1 | -1, max: number): Generator<{ n: number; text: string; seen: number }> {
  let seen = 0;
  for (let i = l.n + step; i >= 0 && i < v.lines.length && seen < max; i += step) {
    const u = v.lines[i];
    if (u.page !== l.page) return;
    if (!u.text.trim()) continue;
    seen++;
    const c = cellInColumnOf(lineCells(v, i), span, 2);
    if (c) yield { n: i, text: c.text, seen };
  }
}

/**
 * The heading above a token in its column: the nearest cell with letters in the lines above
 * (up to `maxUp` non-blank lines, on the same page), skipping lines where the column is empty.
 */
export function headingAbove(v: DocView, l: Line, span: [number, number], maxUp = 4): { text: string; up: number } | null {
  // A value in the column (another row of the same table): keep looking for its heading.
  for (const c of columnCells(v, l, span, -1, maxUp)) if (/\p{L}{2}/u.test(c.text)) return { text: c.text, up: c.seen };
  return null;
}

/**
 * More values follow below in the column of `span` (within `maxDown` non-blank lines, before any
 * cell with words in that column): the value is one row of a table column, so a heading above it
 * names the column's rows ("Zeilenbetrag ohne MwSt." over line amounts), not this value alone.
 */
export function columnContinues(v: DocView, l: Line, span: [number, number], maxDown = 6): boolean {
  for (const c of columnCells(v, l, span, 1, maxDown)) {
    if (/\p{L}{2}/u.test(c.text)) return false;
    if (v.amounts[c.n].some((m) => m.start < span[1] + 2 && span[0] - 2 < m.end)) return true;
  }
  return false;
}

/** The line's text with its tokens' positions kept: the text of the previous non-blank line on the page. */
export function previousLine(v: DocView, l: Line): Line | null {
  for (let i = l.n - 1; i >= 0; i--) {
    const u = v.lines[i];
    if (u.page !== l.page) return null;
    if (u.text.trim()) return u;
  }
  return null;
}
