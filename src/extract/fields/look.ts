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
import { calibrated, calibrationInputs, type Calibration, type CalibrationFlags } from './learn/logistic.js';

/** The fields the other readings are for: while one is in doubt, the image is read again. */
export const LOOK_FIELDS = ['invoiceDate', 'total'] as const;
export type LookField = (typeof LOOK_FIELDS)[number];

/** Below this a date or total (or none found) asks for another reading. */
export const LOOK_BELOW = 0.5;

const LOOK_CALIBRATION: Record<LookField, Calibration> = {
  invoiceDate: { w: [1.3559, 0.6075, -0.2399, 0, 1.6781, -0.0049, 0, -0.8862, -2.1931] },
  total: { w: [0.8444, 1.0183, -0.3697, 0.2673, 1.2476, 0, -1.4967, 0, -0.9703] },
};

/** The confidence the second-look trigger sees for a chosen date or total (model probability `p`). */
export function lookConfidence(field: LookField, p: number, flags: CalibrationFlags): number {
  return calibrated(LOOK_CALIBRATION[field], calibrationInputs(p, flags));
}

/**
 * The date the second recogniser's reading gives on its own is taken over the first reading's when
 * it is confident there (OWN_DATE_FROM and over) and the first reading's date is not (below
 * FIRST_DATE_DOUBTFUL_BELOW, or none).
 *
 * Why: read together as pages of one document, the first reading's dates carry the first page's
 * and the first date's evidence, so a date tesseract misread in one digit (a dot-matrix "06/04/17"
 * read "04/04/17", "17/06/2018" read "17/08/2018") outweighs the same printed date read whole by
 * PaddleOCR. Measured on the development receipts with a PaddleOCR reading in the eval cache
 * (cache-ocr15, 2026-12-07): 133 such receipts; where PaddleOCR's own date had confidence >= 0.95
 * and the first reading's was below 0.9 or missing, the two differed on 32 receipts and PaddleOCR's
 * was right on all 32 (the first reading's on none); with a first date at 0.9 and over they
 * differed on 4 (PaddleOCR right on 3): too few to move the threshold, so a confident first date stands.
 */
export const OWN_DATE_FROM = 0.95;
export const FIRST_DATE_DOUBTFUL_BELOW = 0.9;

/** Whether the date `own` (a second recogniser's reading alone) replaces `first` (the first reading's) as OWN_DATE_FROM says. */
export function ownReadingDateWins(first: { value: string; confidence: number } | null, own: { value: string; confidence: number } | null): boolean {
  if (!own || own.confidence < OWN_DATE_FROM) return false;
  return !first || (first.value !== own.value && first.confidence < FIRST_DATE_DOUBTFUL_BELOW);
}

/**
 * A date the model gives with less confidence than this asks for the second recogniser's reading
 * (PaddleOCR's, where installed) even when the trigger's own confidence (LOOK_BELOW) does not: that
 * reading settles a doubtful date (ownReadingDateWins), and a date misread by tesseract in one digit
 * is often confident enough for the trigger. Only that reading: the tesseract looks after it still
 * follow LOOK_BELOW.
 */
export const DATE_PADDLE_BELOW = 0.8;

/** Whether the chosen date (or none) asks for the second recogniser's reading (DATE_PADDLE_BELOW). */
export function dateAsksPaddle(date: { confidence: number } | null): boolean {
  return !date || date.confidence < DATE_PADDLE_BELOW;
}
