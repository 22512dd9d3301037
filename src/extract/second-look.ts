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

/**
 * The highest confidence a value found only thanks to the second reading is given: the weights
 * that turn evidence into confidence were fitted on first readings, and a value seen in both
 * readings of one image counts its evidence twice, so such a value is never shown as confident
 * (0.9 and over) and its document is flagged for review.
 */
export const SECOND_LOOK_MAX_CONFIDENCE = 0.89;

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

type FieldLike = { value: unknown; confidence: number };
const isField = (v: unknown): v is FieldLike => !!v && typeof v === 'object' && 'value' in v && 'confidence' in v;
const sameValue = (a: FieldLike | null, b: FieldLike | null): boolean => (a?.value ?? null) === (b?.value ?? null);

/**
 * The result of a second look: `first` (fields from the first reading) where the second reading
 * changed no value; else `both` (fields from both readings), with every value the first reading
 * also gave kept as the first reading gave it (its confidence and place), every changed value
 * capped at SECOND_LOOK_MAX_CONFIDENCE, the first reading's line items (not each twice) and
 * document type, and the document flagged for review, saying so.
 */
export function mergeSecondLook<T extends FieldsResult>(first: T, both: T): T {
  const changed: string[] = [];
  const merge = (a: Record<string, unknown>, b: Record<string, unknown>, path: string): void => {
    for (const [k, v] of Object.entries(b)) {
      const old = a[k];
      if (isField(v) || (v === null && isField(old))) {
        // a value the first reading gave stays as it gave it (also when the second lost it)
        if (v === null || sameValue(old as FieldLike | null, v as FieldLike | null)) b[k] = old;
        else {
          changed.push(`${path}${k}`);
          if (isField(v)) v.confidence = Math.min(v.confidence, SECOND_LOOK_MAX_CONFIDENCE);
        }
      } else if (v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && PARTIES.has(k)) {
        merge(old as Record<string, unknown>, v as Record<string, unknown>, `${k}.`);
      }
    }
  };
  merge(first as unknown as Record<string, unknown>, both as unknown as Record<string, unknown>, '');
  if (changed.length === 0) return first;
  // Line items would be listed once per reading: the first reading's list stands. So does the
  // document's type: a second reading is for its date and total (a pharmacy receipt's second
  // reading, read as two pages, had made it an invoice).
  both.lineItems = first.lineItems;
  both.documentType = first.documentType;
  both.reviewReasons.push(`${changed.join(', ')} read from a second OCR reading (ink thickened): check against the image`);
  both.needsReview = true;
  return both;
}

const PARTIES = new Set(['vendor', 'customer']);

/**
 * A document's fields after a second look where it deserves one (wantsSecondLook): `readAgain`
 * reads the image again thickened (SECOND_LOOK_THICKEN), null when that reading failed (the first
 * reading's fields then stand); `extract` finds the fields of pages. One flow for the CLI
 * (../extract/auto.ts readDocument) and the evaluation (../eval/cli.ts), so the eval measures what
 * users get.
 */
export async function withSecondLook<T extends FieldsResult>(
  kind: FileKind | null,
  pages: readonly PageText[],
  fields: T,
  readAgain: (thickenInk: number) => Promise<{ pages: PageText[] } | null>,
  extract: (pages: PageText[]) => T | Promise<T>,
): Promise<T> {
  if (!wantsSecondLook(kind, pages, fields)) return fields;
  const again = await readAgain(SECOND_LOOK_THICKEN);
  if (!again) return fields;
  return mergeSecondLook(fields, onFirstReading(await extract(bothReadings(pages, again.pages)), pages.length));
}
