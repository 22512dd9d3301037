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
import { dateAsksPaddle, dateForRules, LOOK_BELOW, LOOK_FIELDS, ownReadingDateWins, readingForDateAlone, wordsConfidenceIn, type LookField } from './fields/look.js';
import { CORE_FIELD_NAMES, reasonIsAbout } from './fields/names.js';
import type { FileKind } from '../types.js';
import type { PageText } from './types.js';
import type { PageSegMode } from './ocr/recognize.js';
import type { ReadOptions } from './read/options.js';
import { paddleAvailable } from './ocr/paddle.js';

/**
 * A date or total found with less confidence than this (or not found) asks for a second reading:
 * the confidence the trigger sees (fields/look.ts, its own calibration, so a refit of the model
 * file does not change which documents are read again); a template's fields, its confidence.
 */
export const SECOND_LOOK_BELOW = LOOK_BELOW;

/** Pixels the ink is thickened by for the second reading (at the scale tesseract reads). */
export const SECOND_LOOK_THICKEN = 1;

/** How an image is read again: what is done to it before tesseract gets it. */
export interface Look {
  /** Pixels the ink is thickened by (../image/gray.ts thickenInk). */
  thickenInk: number;
  /** Contrast stretched per tile first (../image/gray.ts stretchContrast). */
  stretchContrast?: boolean;
  /** Laid out in this tesseract page segmentation instead of the first reading's 6 (./ocr/recognize.ts). */
  pageSegMode?: PageSegMode;
  /** Read by another recogniser instead of tesseract (./ocr/paddle.ts); the image as it is. */
  engine?: 'paddle';
  /** Which reading this is and how it was made, for the review reason. */
  says: string;
}

/** The reader's per-document options that read an image again as `look` says. */
export function lookReadOptions(look: Look): Pick<ReadOptions, 'ocrThickenInk' | 'ocrStretchContrast' | 'ocrPageSegMode' | 'ocrEngine'> {
  if (look.engine) return { ocrEngine: look.engine };
  return { ocrThickenInk: look.thickenInk, ocrStretchContrast: look.stretchContrast, ...(look.pageSegMode === undefined ? {} : { ocrPageSegMode: look.pageSegMode }) };
}

/**
 * The readings after the first, in order, each made only while the date or total is still in
 * doubt: first, where the optional engine is installed, PaddleOCR's (another recogniser: faded
 * print tesseract reads as noise it often reads whole); then tesseract's, the ink thickened; then, for what that left in doubt, the contrast stretched per tile and
 * the ink thickened; then the ink thickened and the page laid out as one column of text of
 * various sizes (page segmentation 4: a receipt's label and amount far apart on one line, or lines
 * of another size, are not forced into one uniform block). README, "OCR, page by page", has what
 * each recovers and loses.
 */
const TESSERACT_LOOKS: readonly Omit<Look, 'says'>[] = [{ thickenInk: SECOND_LOOK_THICKEN }, { thickenInk: SECOND_LOOK_THICKEN, stretchContrast: true }, { thickenInk: SECOND_LOOK_THICKEN, pageSegMode: 4 }];
/** The look by the second recogniser, PaddleOCR (./ocr/paddle.ts), first when it is installed. */
const PADDLE_LOOK: Omit<Look, 'says'> = { thickenInk: 0, engine: 'paddle' };

const ORDINALS = ['second', 'third', 'fourth', 'fifth'];
const how = (l: Omit<Look, 'says'>): string =>
  l.engine === 'paddle' ? 'PaddleOCR' : [l.stretchContrast ? 'contrast stretched per tile' : '', l.pageSegMode === 4 ? 'one column of text' : '', l.thickenInk ? 'ink thickened' : ''].filter(Boolean).join(', ');

/** The looks, PaddleOCR's first when `paddle`, each saying which reading it is. */
export function lookList(paddle: boolean): readonly Look[] {
  return (paddle ? [PADDLE_LOOK, ...TESSERACT_LOOKS] : TESSERACT_LOOKS).map((l, i) => ({ ...l, says: `a ${ORDINALS[i]} OCR reading (${how(l)})` }));
}

/** The looks of this installation: PaddleOCR's first where the optional engine is installed. */
export const LOOKS: readonly Look[] = lookList(paddleAvailable());

/**
 * The highest confidence a value found only thanks to the second reading is given: the weights
 * that turn evidence into confidence were fitted on first readings, and a value seen in both
 * readings of one image counts its evidence twice, so such a value is never shown as confident
 * (0.9 and over) and its document is flagged for review.
 */
export const SECOND_LOOK_MAX_CONFIDENCE = 0.89;

/**
 * Whether a document read by OCR deserves a second reading (image files of one page only); with
 * `look`, that reading: PaddleOCR's is also made for a date in doubt by the model's confidence
 * (fields/look.ts dateAsksPaddle).
 */
export function wantsSecondLook(kind: FileKind | null, pages: readonly PageText[], fields: Pick<FieldsResult, 'invoiceDate' | 'total' | 'look'>, look?: Look): boolean {
  if ((kind !== 'png' && kind !== 'jpeg' && kind !== 'tiff') || pages.length !== 1 || pages[0].source !== 'ocr') return false;
  return (look?.engine === 'paddle' && dateAsksPaddle(dateForRules(fields.invoiceDate, fields.look?.dateRules))) || inDoubt(fields);
}

/** Whether the trigger's own confidence (LOOK_BELOW) doubts the date or the total, or one is missing. */
function inDoubt(fields: Pick<FieldsResult, 'invoiceDate' | 'total' | 'look'>): boolean {
  const weak = (k: LookField): boolean => {
    const f = fields[k];
    return !f || (fields.look?.[k] ?? f.confidence) < SECOND_LOOK_BELOW;
  };
  return LOOK_FIELDS.some(weak);
}

/** Both readings as pages of one document for extraction: the second reading after the first. */
export function bothReadings(first: readonly PageText[], second: readonly PageText[]): PageText[] {
  return [...first, ...second.map((p, i) => ({ ...p, page: first.length + i + 1 }))];
}

/**
 * Fields found in bothReadings() put back on the document's own pages: every reading is the same
 * image, so a value found on page j * n + k of the readings (n pages each) was printed on page k
 * (boxes are fractions of the page, the same in every reading).
 */
export function onFirstReading<T extends FieldsResult>(fields: T, firstPages: number): T {
  const back = (page: unknown) => (typeof page === 'number' && page > firstPages ? ((page - 1) % firstPages) + 1 : page);
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
 * A value the first reading gave with confidence (SECOND_LOOK_KEEP_FROM and over) in a field the
 * looks are not for (all but the date and the total): the other readings of that image may read
 * it otherwise (a thickened '5' read as '6' moved a confident due date a year), and nothing asked
 * for them to be read again.
 */
export const SECOND_LOOK_KEEP_FROM = 0.9;
const keepsConfident = (path: string, k: string, old: unknown): boolean =>
  path === '' && !(LOOK_FIELDS as readonly string[]).includes(k) && isField(old) && old.confidence >= SECOND_LOOK_KEEP_FROM;

/**
 * The result of a second look: `first` (fields from the first reading) where the second reading
 * changed no value; else `both` (fields from both readings), with every value the first reading
 * also gave kept as the first reading gave it (its confidence and place), so is a confident value of
 * a field the looks are not for (keepsConfident), every changed value
 * capped at SECOND_LOOK_MAX_CONFIDENCE (so is the trigger's `look`, which follows each value), the first reading's line items (not each twice),
 * document type and review reasons about the core values it kept, and the document flagged for review, saying which reading each changed value
 * came from (`says`: the reading's description, or a function of the field's path and value).
 */
export function mergeSecondLook<T extends FieldsResult>(first: T, both: T, says: string | ((path: string, value: unknown) => string) = LOOKS[0].says): T {
  const changed: Array<{ path: string; says: string }> = [];
  const merge = (a: Record<string, unknown>, b: Record<string, unknown>, path: string): void => {
    for (const [k, v] of Object.entries(b)) {
      const old = a[k];
      if (isField(v) || (v === null && isField(old))) {
        // a value the first reading gave stays as it gave it (also when the second lost it)
        if (v === null || sameValue(old as FieldLike | null, v as FieldLike | null) || keepsConfident(path, k, old)) b[k] = old;
        else {
          changed.push({ path: `${path}${k}`, says: typeof says === 'string' ? says : says(`${path}${k}`, isField(v) ? v.value : null) });
          if (isField(v)) v.confidence = Math.min(v.confidence, SECOND_LOOK_MAX_CONFIDENCE);
        }
      } else if (v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && PARTIES.has(k)) {
        merge(old as Record<string, unknown>, v as Record<string, unknown>, `${k}.`);
      }
    }
  };
  merge(first as unknown as Record<string, unknown>, both as unknown as Record<string, unknown>, '');
  if (changed.length === 0) return first;
  // the trigger's view of each value follows the value: the first reading's where it was kept
  if (both.look) {
    const look = { ...both.look };
    for (const k of LOOK_FIELDS) {
      if (both[k] === first[k]) look[k] = first.look?.[k] ?? null;
      else if (look[k] !== null) look[k] = Math.min(look[k]!, SECOND_LOOK_MAX_CONFIDENCE);
    }
    both.look = look;
  }
  // Line items would be listed once per reading: the first reading's list stands. So does the
  // document's type: a second reading is for its date and total (a pharmacy receipt's second
  // reading, read as two pages, had made it an invoice).
  both.lineItems = first.lineItems;
  both.documentType = first.documentType;
  // What is said of a core value kept as the first reading gave it is what the first reading said
  // of it (its confidence, how it was found), not what the readings together said of the same value.
  const kept = Object.keys(CORE_FIELD_NAMES).filter((k) => {
    const f = (first as unknown as Record<string, unknown>)[k];
    return f !== null && f !== undefined && (both as unknown as Record<string, unknown>)[k] === f;
  });
  const aboutKept = (r: string) => kept.some((k) => reasonIsAbout(r, k));
  both.reviewReasons = [...first.reviewReasons.filter(aboutKept), ...both.reviewReasons.filter((r) => !aboutKept(r))];
  for (const from of new Set(changed.map((c) => c.says))) {
    const paths = changed.filter((c) => c.says === from).map((c) => c.path);
    both.reviewReasons.push(`${paths.join(', ')} read from ${from}: check against the image`);
  }
  both.needsReview = true;
  return both;
}

const PARTIES = new Set(['vendor', 'customer']);

/**
 * A document's fields after a second look where it deserves one (wantsSecondLook): each of `looks` (LOOKS)
 * in turn while the date or total is still in doubt, `readAgain` reading the image again that way
 * (null when that reading failed: the readings before it then stand), and the fields found in all
 * the readings so far, merged onto the first reading's (mergeSecondLook); `extract` finds the
 * fields of pages; the date PaddleOCR's reading gives on its own where fields/look.ts
 * ownReadingDateWins says (and only that, when the reading was asked for a date alone:
 * readingForDateAlone). One flow for the CLI (../extract/auto.ts readDocument) and the evaluation
 * (../eval/cli.ts), so the eval measures what users get.
 */
export async function withSecondLook<T extends FieldsResult>(
  kind: FileKind | null,
  pages: readonly PageText[],
  fields: T,
  readAgain: (look: Look) => Promise<{ pages: PageText[] } | null>,
  extract: (pages: PageText[]) => T | Promise<T>,
  looks: readonly Look[] = LOOKS,
): Promise<T> {
  let result = fields;
  let readings: PageText[] = [...pages];
  // which reading each changed value came from: a value an earlier look gave stays credited to it
  let credit = new Map<string, { value: unknown; says: string }>();
  let own: T['invoiceDate'] = null;
  let ownRules: { value: string; confidence: number } | null = null;
  for (const look of looks) {
    if (!wantsSecondLook(kind, pages, result, look)) break;
    const again = await readAgain(look);
    if (!again) break;
    readings = bothReadings(readings, again.pages);
    const next = new Map<string, { value: unknown; says: string }>();
    const creditOf = (path: string, value: unknown): string => {
      const before = credit.get(path);
      const says = before && before.value === value ? before.says : look.says;
      next.set(path, { value, says });
      return says;
    };
    // PaddleOCR's reading on its own: its confident date over a doubtful first one (fields/look.ts ownReadingDateWins).
    if (look.engine === 'paddle') {
      const alone = await extract(again.pages);
      own = alone.invoiceDate;
      ownRules = dateForRules(alone.invoiceDate, alone.look?.dateRules);
    }
    const rulesFirst = dateForRules(fields.invoiceDate, fields.look?.dateRules);
    const firstDate = rulesFirst && { ...rulesFirst, words: wordsConfidenceIn(pages, rulesFirst.box) };
    // Asked for by a date the trigger does not doubt: PaddleOCR's reading for that date alone (fields/look.ts readingForDateAlone).
    if (look.engine === 'paddle' && !inDoubt(result) && readingForDateAlone(rulesFirst)) {
      if (!own || !ownReadingDateWins(firstDate, ownRules)) break;
      result = mergeSecondLook(fields, { ...fields, invoiceDate: { ...own }, look: { ...fields.look, invoiceDate: own.confidence } }, creditOf);
      credit = next;
      continue;
    }
    const all = onFirstReading(await extract(readings), pages.length);
    if (own && ownReadingDateWins(firstDate, ownRules) && all.invoiceDate?.value !== own.value) {
      all.invoiceDate = { ...own };
      if (all.look) all.look = { ...all.look, invoiceDate: own.confidence };
    }
    result = mergeSecondLook(fields, all, creditOf);
    credit = next;
  }
  return result;
}
