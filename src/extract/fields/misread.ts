/**
 * Label words as OCR misreads them, in a scan's text and in the invisible text layer a copier or
 * OCRmyPDF lays over a scanned page: "rn" read for "m" (`Rechnungsnurnmer`, `Gesarntbetrag`,
 * `Daturn`), a one or a bar for an "l", an "l" for a capital "I" (`lnvoice`) and a zero for an "o" between letters (`G1asreinigung`,
 * `Zah1bar`, `Tota1`, `T0tal`), a "q" for a "g" (`Leistunqszeitraum`, `Nettobetraq`), a "®" for the "°" of "n°". A word is mended only
 * when the mended word is, whole, a label of the lexicon and the word as read shows no label
 * class: names and ordinary words stay as read. The line's length is kept (a shortened word is
 * followed by spaces), so every amount, date and number stays where it was read.
 */
import type { PageText } from '../types.js';
import { classesOf, isWholeLabel } from './split-words.js';
import { NUMBER } from './lexicon.js';

/** The misreadings put right, each alone and all together (a word may carry two). */
const FIXES: ((w: string) => string)[] = [
  (w) => w.replace(/rn/g, 'm'),
  (w) => w.replace(/(?<=\p{L})[1|](?=\p{L})|(?<=\p{L}{3})[1|]$/gu, 'l'),
  (w) => w.replace(/(?<=\p{L})0(?=\p{L})/gu, 'o').replace(/(?<=\p{L})0(?=\p{L})/gu, 'o'),
  (w) => w.replace(/(?<=\p{L})q(?=\p{L}|$)/gu, 'g'),
  (w) => w.replace(/^l(?=[nm]\p{Ll})/u, 'I'),
];
const ALL = (w: string): string => FIXES.reduce((a, f) => f(a), w);

/** A word put right when a misreading made a label unreadable, else null. */
function mended(word: string): string | null {
  for (const fix of [ALL, ...FIXES]) {
    const m = fix(word);
    if (m === word || !isWholeLabel(m)) continue;
    const was = classesOf(word);
    if ([...classesOf(m)].some((k) => !was.has(k))) return m;
  }
  return null;
}

/**
 * The degree sign of "n°" read as a registered or copyright sign (`Facturen®`, `N® 2026-004`, `Rechnungsn©`):
 * put back where the word with it is, whole, a number label of the lexicon (`n°`, `Facturen°`), one character for one.
 */
const NUMBER_LABEL = new RegExp(`^(?:${NUMBER.number.source}|${NUMBER.compound.source})$`, 'iu');
const NUMBER_SIGN_MISREAD = /(?<![\p{L}\d])(\p{L}*n)[®©](?![\p{L}\d])/giu;
const mendNumberSign = (line: string): string => line.replace(NUMBER_SIGN_MISREAD, (w, stem: string) => (NUMBER_LABEL.test(`${stem}°`) ? `${stem}°` : w));

/** A line with its misread label words mended (same length: a shortened word is followed by spaces). */
export function mendMisreadLabels(line: string): string {
  return mendNumberSign(line).replace(/(?<![\p{L}\d|])[\p{L}\d|]{4,30}(?![\p{L}\d|])/gu, (w) => {
    if (!/\p{L}{2}/u.test(w) || !/rn|[1|0q]|^l[nm]/u.test(w)) return w;
    const m = mended(w);
    return m ? m.padEnd(w.length, ' ') : w;
  });
}

/** The pages with their misread label words mended, line by line (their text's length kept). */
export function withMisreadLabelsMended(pages: PageText[]): PageText[] {
  return pages.map((p) => {
    if (!/rn|\p{L}[1|0]|q|(?<!\p{L})l[nm]|n[®©]/u.test(p.text)) return p;
    const text = p.text.split('\n').map(mendMisreadLabels).join('\n');
    return text === p.text ? p : { ...p, text };
  });
}
