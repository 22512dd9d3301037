/**
 * The confidence that asks for a second OCR reading of a receipt (../second-look.ts): the model's
 * probability for the chosen date or total and the evidence beside it (calibrationFlags: OCR, sums
 * that agree, a value printed twice, a contested amount, the date word's OCR confidence ...),
 * weighed by a calibration of its own, kept here and not in the model file.
 *
 * Why apart: with the model file's calibration, a new calibration changed which receipts are read
 * again, and so their values (a refit of the calibration alone lost 3 development receipt totals:
 * a total found by the second reading was no longer asked for). These are the weights of the
 * date's and the total's calibration committed in d6ddd27 (the model file until the next refit), so the receipts read again
 * are those read before; a refit of the model file leaves them as they are.
 */
import type { FieldBox } from '../../types.js';
import type { PageText } from '../types.js';
import { calibrated, calibrationInputs, wordUnsure, type Calibration, type CalibrationFlags } from './learn/logistic.js';

/** The fields the other readings are for: while one is in doubt, the image is read again. */
export const LOOK_FIELDS = ['invoiceDate', 'total'] as const;
export type LookField = (typeof LOOK_FIELDS)[number];

/** Below this a date or total (or none found) asks for another reading. */
export const LOOK_BELOW = 0.5;

const LOOK_CALIBRATION: Record<LookField, Calibration> = {
  invoiceDate: { w: [1.3559, 0.6075, -0.2399, 0, 1.6781, -0.0049, 0, -0.8862, -2.1931] },
  total: { w: [0.8444, 1.0183, -0.3697, 0.2673, 1.2476, 0, -1.4967, 0, -0.9703] },
};

/**
 * The date's calibration the look rules (dateAsksPaddle, readingForDateAlone, ownReadingDateWins)
 * read their confidence with: the model file's date calibration at 221937d, when their thresholds
 * were chosen, frozen here as LOOK_CALIBRATION is, so a refit of the model file does not move which
 * receipts PaddleOCR reads or whose date it replaces.
 */
const RULES_DATE_CALIBRATION: Calibration = { w: [1.6162, 0.7478, 0.3025, 0, 1.3939, 0.0785, 0, -1.1353, -1.0692, -1.7821, 0.3531] };

/** A chosen date's confidence unrounded: by RULES_DATE_CALIBRATION (`frozen`) and by the model file's (`model`). */
export interface RulesDateRaw {
  frozen: number;
  model: number;
}
export function rulesDateRaw(model: Calibration, p: number, flags: CalibrationFlags): RulesDateRaw {
  const x = calibrationInputs(p, flags);
  return { frozen: calibrated(RULES_DATE_CALIBRATION, x), model: calibrated(model, x) };
}

/**
 * The chosen date as the look rules see it: its confidence by RULES_DATE_CALIBRATION, held at the
 * result's confidence where that was capped below the model's (a conflict, an implausible date),
 * rounded as results are; the result's own date where no raw confidence is known (a template's).
 */
export function dateForRules<D extends { confidence: number }>(date: D | null, raw: RulesDateRaw | null | undefined): D | null {
  if (!date || !raw) return date;
  const round = (c: number) => Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;
  const capped = date.confidence < round(raw.model);
  return { ...date, confidence: round(capped ? Math.min(raw.frozen, date.confidence) : raw.frozen) };
}

/** The confidence the second-look trigger sees for a chosen date or total (model probability `p`). */
export function lookConfidence(field: LookField, p: number, flags: CalibrationFlags): number {
  return calibrated(LOOK_CALIBRATION[field], calibrationInputs(p, flags));
}

/**
 * The date the second recogniser's reading gives on its own is taken over the first reading's when
 * it is confident there (OWN_DATE_FROM and over) and the first reading's date is not (below
 * FIRST_DATE_DOUBTFUL_BELOW, or none), or tesseract read the first date's words less surely than
 * WORD_SURE (learn/logistic.ts: the line under which a receipt's confident wrong dates lie).
 *
 * Why: read together as pages of one document, the first reading's dates carry the first page's
 * and the first date's evidence, so a date tesseract misread in one digit (a dot-matrix "06/04/17"
 * read "04/04/17", "17/06/2018" read "17/08/2018") outweighs the same printed date read whole by
 * PaddleOCR. Measured on the development receipts with a PaddleOCR reading in the eval cache
 * (cache-ocr15, 2026-12-07): 133 such receipts; where PaddleOCR's own date had confidence >= 0.95
 * and the first reading's was below 0.9 or missing, the two differed on 32 receipts and PaddleOCR's
 * was right on all 32 (the first reading's on none). With a first date at 0.9 and over (the cache
 * later held PaddleOCR's reading of every development receipt whose date is below 0.95) they differed
 * on 4: PaddleOCR right on 3; the two of them whose first date tesseract had read below WORD_SURE
 * (a year "2015" at 0.82, "12/13/2014" at 0.73) were wrong, the one it read surely (0.93) right; one
 * wrong at 0.97, read at 0.90, stands.
 */
export const OWN_DATE_FROM = 0.95;
export const FIRST_DATE_DOUBTFUL_BELOW = 0.9;

/** A chosen date and, where OCR gave it, tesseract's certainty of its least sure word (`words`). */
export interface ReadDate {
  value: string;
  confidence: number;
  words?: number | null;
}

/** Whether the date `own` (a second recogniser's reading alone) replaces `first` (the first reading's) as OWN_DATE_FROM says. */
export function ownReadingDateWins(first: ReadDate | null, own: { value: string; confidence: number } | null): boolean {
  if (!own || own.confidence < OWN_DATE_FROM) return false;
  if (!first) return true;
  return first.value !== own.value && (first.confidence < FIRST_DATE_DOUBTFUL_BELOW || wordUnsure(first.words) === 1);
}

/** tesseract's certainty (0..1) of the least sure word printed inside `box` on its page; null without word certainties. */
export function wordsConfidenceIn(pages: readonly PageText[], box: FieldBox | undefined): number | null {
  const page = box && pages.find((p) => p.page === box.page);
  if (!box || !page?.words) return null;
  let low: number | null = null;
  for (const w of page.words) {
    if (w.conf === undefined || w.x >= box.x + box.w || w.x + w.w <= box.x || w.y >= box.y + box.h || w.y + w.h <= box.y) continue;
    low = low === null ? w.conf : Math.min(low, w.conf);
  }
  return low;
}

/**
 * A date the model gives with less confidence than DATE_PADDLE_BELOW asks for the second
 * recogniser's reading (PaddleOCR's, where installed) even when the trigger's own confidence
 * (LOOK_BELOW) does not: that reading settles a doubtful date (ownReadingDateWins), and a date
 * misread by tesseract in one digit is often confident enough for the trigger. Only that reading:
 * the tesseract looks after it still follow LOOK_BELOW. From DATE_READING_ALONE_FROM up (and the
 * trigger in no doubt) the reading is for the date alone: only ownReadingDateWins may change the
 * date, and no other field is read from it.
 *
 * Why 0.95 and a reading for the date alone (2026-12-07, cache-ocr15, development receipts): with
 * the threshold at 0.8, 6 of the 14 dates left wrong were misread by tesseract and given at
 * 0.81-0.92 (PaddleOCR reads 6 of them whole at 0.97-0.99). Raised to 0.9 or 0.95 as a full reading
 * (its fields found in both readings), the receipts it adds changed 6 development totals right and
 * 1 wrong (one right at 1.0), flagged 6 more receipts whose fields were all right, and a date right
 * at 0.86 went wrong; for the date alone, from 0.8: dates 344 -> 349 of 358, no total moved.
 * Below 0.8 it stays a full reading: made one for the date alone there, 3 development totals the
 * merged readings had right went wrong.
 */
export const DATE_PADDLE_BELOW = 0.95;
export const DATE_READING_ALONE_FROM = 0.8;

/** Whether the chosen date (or none) asks for the second recogniser's reading (DATE_PADDLE_BELOW). */
export function dateAsksPaddle(date: { confidence: number } | null): boolean {
  return !date || date.confidence < DATE_PADDLE_BELOW;
}

/** Whether PaddleOCR's reading, asked for by `date` while the trigger is in no doubt, is for the date alone (DATE_READING_ALONE_FROM). */
export function readingForDateAlone(date: { confidence: number } | null): boolean {
  return !!date && date.confidence >= DATE_READING_ALONE_FROM;
}
