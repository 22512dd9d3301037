/**
 * Whether OCR read a date's or an amount's characters in an odd shape: a calibration input
 * (learn/logistic.ts `digitsOdd`). A misread digit often leaves a trace beside it: the value run
 * into a letter or another digit ("2O18", "l8.50"), a separator doubled or lost, an amount
 * without its two decimals, a numeric date whose parts are not 1-2, 1-2 and 2-4 digits. On a text
 * layer the characters are what the file holds: never odd.
 */
import type { AmountCandidate } from './amounts.js';
import type { DateCandidate } from './dates.js';
import type { NumberCandidate } from './numbers.js';

const AMOUNT_SHAPE = /^(?:[A-Z]{1,3}\s?|[$€£¥]\s?)?\d{1,3}(?:[,.'\s]?\d{3})*[.,]\d{2}$/u;
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;
const glued = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\d]/u.test(ch);

/** True when an OCR'd amount or numeric date is not cleanly shaped or not set apart on its line; false on text layers and for other candidates. */
export function digitsOdd(c: AmountCandidate | DateCandidate | NumberCandidate, ocr: boolean): boolean {
  if (!ocr || (!('money' in c) && !('date' in c))) return false;
  const [start, end] = 'money' in c ? [c.money.start, c.money.end] : [c.date.start, c.date.end];
  const text = c.line.text;
  if (glued(text[start - 1]) || glued(text[end])) return true;
  const raw = text.slice(start, end).trim();
  if ('money' in c) return !AMOUNT_SHAPE.test(raw);
  return !c.date.named && !NUMERIC_DATE.test(raw);
}
