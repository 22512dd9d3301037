/**
 * Dates as OCR breaks them on a scanned till receipt, read back where the rest of the form is still
 * a date: a year split by a space ("15/07/20 17", "15/07/2 017"), a month name that lost a letter or
 * has one wrong ("14/un/2017", "25/Fen/2017"), a slash or hyphen read as a 1, l, I or | between the
 * digit groups ("250412017", "25/412017"), a separator faded to a space ("05 02-18"), commas for dots
 * ("15,07,2017"), and O for 0 or l for 1 inside the digits ("15/O7/2O17").
 *
 * Each is a guess at what was printed: the date it gives carries `misread` (what was mended), and
 * the decision holds it below the review threshold and says why (decide.ts, generic.ts). Only where
 * the form cannot be something else: a year in this era, a valid day and month, and, for the forms a
 * number or a list could take (digit runs, a missing separator, commas), a date label before it or a
 * time on the line (a till prints the date beside the time).
 */
import { monthsNear, parseDate, type DateOrder } from '../normalize.js';
import type { FoundDate } from './tokens.js';

/** What OCR got wrong in a date read back from its misread form (the review reason says it). */
export type Misread = 'year split by a space' | 'month name misread' | 'separator read as a digit' | 'separator lost' | 'commas for dots' | 'letters for digits';

const plausibleYear = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  return y >= 1990 && y <= 2100;
};

/** A time of day on the line outside `[start, end)`: a till receipt prints its date beside it. */
function timeBeside(text: string, start: number, end: number): boolean {
  return /(?<![\d.,])\d{1,2}\s?:\s?\d{2}(?!\d)|(?<![\d.,])\d{1,2}[.:]\d{2}\s?[ap]\.?m(?!\p{L})/iu.test(`${text.slice(0, start)} ${text.slice(end)}`);
}

/** The day/month/year of a numeric form in `order` (a part over 12 decides), null when none or not in this era. */
function dated(d: string, m: string, y: string, order: DateOrder): { iso: string; ambiguous: boolean; alt: string | null } | null {
  const p = parseDate(`${d}/${m}/${y}`, order);
  if (!p || !plausibleYear(p.iso)) return null;
  const alt = p.ambiguous ? (parseDate(`${d}/${m}/${y}`, order === 'MDY' ? 'DMY' : 'MDY')?.iso ?? null) : null;
  return { iso: p.iso, ambiguous: p.ambiguous, alt };
}

const found = (p: { iso: string; ambiguous: boolean; alt: string | null }, start: number, end: number, misread: Misread, named = false): FoundDate => ({ ...p, start, end, named, misread });

/** A four-digit year split by one space; a clean two-digit-year date it starts ("15/07/20" of "15/07/20 17") is replaced. */
const SPLIT_YEAR = /(?<![\d.,/-])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20) \d{2}|\d \d{3}|\d{3} \d)(?![\d:]|[.,]\d)/gu;

/**
 * A slash or hyphen read as a digit-like stroke: day, month, four-digit year, with each separator
 * printed, read as 1/l/I/|, or lost (one at most), at least one read as a stroke ("250412017",
 * "25/412017", "25l04l2017"). The 10-digit dd1mm1yyyy form is tokens.ts `slashesReadAsOnes`.
 */
const SEPARATOR_RUN = /(?<![\p{L}\d.,/|-])\d[\d/.|lI-]{6,10}\d(?![\p{L}\d]|[.,/-]\d)/gu;

function separatorsAsStrokes(run: string, order: DateOrder): ReturnType<typeof dated> {
  const values = new Map<string, NonNullable<ReturnType<typeof dated>>>();
  // Every split of the run into day, separator, month, separator, four-digit year.
  for (const [a, s1, b, s2] of SPLITS) {
    if (a + s1 + b + s2 + 4 !== run.length) continue;
    const d = run.slice(0, a);
    const sep1 = run.slice(a, a + s1);
    const m = run.slice(a + s1, a + s1 + b);
    const sep2 = run.slice(a + s1 + b, a + s1 + b + s2);
    const y = run.slice(a + s1 + b + s2);
    if (!/^\d+$/.test(d + m + y) || !/^(?:19|20)\d{2}$/.test(y) || !SEPARATOR.test(sep1) || !SEPARATOR.test(sep2)) continue;
    const strokes = [sep1, sep2].filter((s) => STROKE.test(s)).length;
    const lost = [sep1, sep2].filter((s) => s === '').length;
    if (strokes === 0 || lost > 1) continue;
    // A one-digit day or month is written so only beside a separator that is there ("25/4?2017").
    if ((a === 1 && sep1 === '') || (b === 1 && (sep1 === '' || sep2 === ''))) continue;
    const p = dated(d, m, y, order);
    if (p && !p.ambiguous) values.set(p.iso, p);
  }
  return values.size === 1 ? [...values.values()][0] : null;
}

const SEPARATOR = /^(?:[/.-]|[1lI|]|)$/;
const STROKE = /^[1lI|]$/;
/** Lengths of day, first separator, month, second separator. */
const SPLITS: Array<[number, number, number, number]> = [1, 2].flatMap((a) => [0, 1].flatMap((s1) => [1, 2].flatMap((b) => [0, 1].map((s2): [number, number, number, number] => [a, s1, b, s2]))));

/** Levenshtein distance, stopping early past 1. */
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Weekday names a receipt prints beside its date: one letter from a month ("Sat", "set"), never one. */
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)$/i;

/** Day, separator, a word of 2-9 letters (one may be a digit), the same separator, a year. */
const NEAR_MONTH = /(?<![\p{L}\d])(\d{1,2})\s?([-/.]|\s)\s?([\p{L}\d]{2,9})\.?\s?\2\s?((?:19|20)\d{2}|\d{2})(?![\p{L}\d]|[.,/-]\d)/gu;

/** Comma for a dot, or letters for digits inside an otherwise whole numeric date. */
const LOOKALIKE = /(?<![\p{L}\d.,/-])([\dOolI]{1,2})([-/.,])([\dOolI]{1,2})([-/.,])((?:[\dOolI]{4})|(?:[\dOolI]{2}))(?![\p{L}\d]|[.,/-]\d)/gu;

/**
 * One separator faded to a space: "05 02-18", "05-02 18" (two-digit day and month). The one left is
 * a hyphen or slash: two digits, a dot and two more are an amount ("12 05 18.00").
 */
const ONE_SEPARATOR = [
  /(?<![\p{L}\d.,/:-])(\d{2}) (\d{2})[-/](\d{2}|\d{4})(?![\p{L}\d]|[.,/:-]\d)/gu,
  /(?<![\p{L}\d.,/:-])(\d{2})[-/](\d{2}) (\d{2}|\d{4})(?![\p{L}\d]|[.,/:-]\d)/gu,
];

/**
 * The dates of `text` only a misread form gives (each with `misread`), and the clean ones of `clean`
 * they show to be misread (a year split by a space: "15/07/20" of "15/07/20 17"). `labelled(start)`:
 * a date label stands before `start`.
 */
export function misreadDates(text: string, order: DateOrder, clean: readonly FoundDate[], labelled: (start: number) => boolean): { found: FoundDate[]; wrong: Set<FoundDate> } {
  const out: FoundDate[] = [];
  const wrong = new Set<FoundDate>();
  const overlapsClean = (s: number, e: number) => clean.some((c) => c.start < e && s < c.end);
  const sure = (s: number, e: number) => labelled(s) || timeBeside(text, s, e);
  const add = (f: FoundDate | null) => {
    if (f && !out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  };
  for (const m of text.matchAll(SPLIT_YEAR)) {
    const p = dated(m[1], m[3], m[4].replace(' ', ''), order);
    if (!p) continue;
    const end = m.index + m[0].length;
    for (const c of clean) if (c.start === m.index && c.end <= end) wrong.add(c);
    if (!clean.some((c) => !wrong.has(c) && c.start < end && m.index < c.end)) add(found(p, m.index, end, 'year split by a space'));
  }
  for (const m of text.matchAll(NEAR_MONTH)) {
    const word = m[3].toLowerCase();
    if (!/\p{L}/u.test(word) || (word.match(/\d/g) ?? []).length > 1 || WEEKDAY.test(word) || overlapsClean(m.index, m.index + m[0].length)) continue;
    if (m[4].length === 2 && !sure(m.index, m.index + m[0].length)) continue;
    const months = monthsNear(word, withinOne);
    if (months.size !== 1) continue;
    const p = dated(m[1], String([...months][0]), m[4], 'DMY');
    if (p) add(found({ ...p, ambiguous: false, alt: null }, m.index, m.index + m[0].length, 'month name misread', true));
  }
  for (const m of text.matchAll(SEPARATOR_RUN)) {
    const end = m.index + m[0].length;
    if (overlapsClean(m.index, end) || !sure(m.index, end)) continue;
    const p = separatorsAsStrokes(m[0], order);
    if (p) add(found(p, m.index, end, 'separator read as a digit'));
  }
  for (const m of text.matchAll(LOOKALIKE)) {
    const end = m.index + m[0].length;
    const letters = /[OolI]/.test(m[1] + m[3] + m[5]);
    const commas = m[2] === ',' || m[4] === ',';
    if ((!letters && !commas) || overlapsClean(m.index, end) || !sure(m.index, end)) continue;
    const digits = (s: string) => s.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
    if (m[2] !== m[4] && m[2] !== ',' && m[4] !== ',') continue;
    const p = dated(digits(m[1]), digits(m[3]), digits(m[5]), order);
    if (p) add(found(p, m.index, end, letters ? 'letters for digits' : 'commas for dots'));
  }
  for (const m of ONE_SEPARATOR.flatMap((re) => [...text.matchAll(re)])) {
    const end = m.index + m[0].length;
    if (overlapsClean(m.index, end) || !sure(m.index, end)) continue;
    const p = dated(m[1], m[2], m[3], order);
    if (p) add(found(p, m.index, end, 'separator lost'));
  }
  return { found: out.sort((a, b) => a.start - b.start), wrong };
}
