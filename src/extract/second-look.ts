/**
 * A second reading of a doubtful receipt: when the first OCR reading of a one-page image gives no
 * date or total, or only with low confidence, the image is read again with its ink thickened
 * (../image/gray.ts thickenInk) and the fields are found in both readings together.
 *
 * Why: faded thermal and dot-matrix receipts reach tesseract with strokes broken into dots, and
 * most of their missing dates and totals are not in the text at all ("27/03/2018" read "27RAENTE").
 * Thickened, those glyphs read whole; but thickening every page loses as much as it finds (bold
 * text runs together), so it is a second reading only, and the first reading stays beside it:
 * extraction sees both texts, as two pages of one document, and its evidence (labels, arithmetic)
 * picks between them. README, "OCR, page by page", has the measurements.
 */
import type { FieldsResult } from './fields/index.js';
import type { FileKind } from '../types.js';
import type { PageText } from './types.js';

/** A date or total found with less confidence than this (or not found) asks for a second reading. */
export const SECOND_LOOK_BELOW = 0.5;

/** Pixels the ink is thickened by for the second reading (at the scale tesseract reads). */
export const SECOND_LOOK_THICKEN = 1;

/** Whether a document read by OCR deserves a second reading (image files of one page only). */
export function wantsSecondLook(kind: FileKind | null, pages: readonly PageText[], fields: Pick<FieldsResult, 'invoiceDate' | 'total'>): boolean {
  if ((kind !== 'png' && kind !== 'jpeg' && kind !== 'tiff') || pages.length !== 1 || pages[0].source !== 'ocr') return false;
  const weak = (f: { confidence: number } | null | undefined): boolean => !f || f.confidence < SECOND_LOOK_BELOW;
  return weak(fields.invoiceDate) || weak(fields.total);
}

/** Both readings as pages of one document for extraction: the second reading after the first. */
export function bothReadings(first: readonly PageText[], second: readonly PageText[]): PageText[] {
  return [...first, ...second.map((p, i) => ({ ...p, page: first.length + i + 1 }))];
}

/**
 * Fields found in bothReadings() put back on the document's own pages: the second reading is the
 * same image, so a value found on its page n + k was printed on page k (boxes are fractions of the
 * page, the same in both readings).
 */
export function onFirstReading<T extends FieldsResult>(fields: T, firstPages: number): T {
  const back = (page: unknown) => (typeof page === 'number' && page > firstPages ? page - firstPages : page);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('page' in o && typeof o.page === 'number') o.page = back(o.page);
      for (const x of Object.values(o)) if (x && typeof x === 'object') walk(x);
    }
  };
  walk(fields);
  return fields;
}
