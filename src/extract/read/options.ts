/**
 * The reader's options, defaults and limits, and the Reader interface (index.ts implements it).
 */
import { availableParallelism } from 'node:os';
import type { ExtractInput, PageText, ReadResult } from '../types.js';
import type { EmbeddedFiles } from '../einvoice/attachments.js';
import type { StreamLimits } from './pdf-streams.js';
import type { DeskewMode, PageSegMode } from '../ocr/recognize.js';
import type { FieldsResult } from '../fields/checks.js';
import { DEFAULT_OCR_MODEL, type OcrEngine, type OcrModel } from '../ocr/models.js';

export { OCR_ENGINES, type OcrEngine } from '../ocr/models.js';

export interface ReaderOptions {
  /** OCR languages, tesseract codes joined with `+`: `eng` or `eng+fra`. Each needs `@tesseract.js-data/<code>`. */
  lang: string;
  /** OCR workers (tesseract.js), shared by all documents. Default: the number of cores. */
  ocrWorkers: number;
  /** A page (render or OCR) with no progress for this long fails with a transient `timeout`. */
  pageTimeoutMs: number;
  /** Largest image (width x height) decoded or rendered; bigger images fail with `too_large`. Default 100e6. */
  maxPixels: number;
  /** Pages of one document (PDF or TIFF) at most; more fail with `too_large`. Default 1000. */
  maxPages: number;
  /**
   * Images handed to OCR are scaled down to this many pixels, and PDF pages are rendered at most
   * this large: tesseract needs ~20 bytes a pixel, so this is what keeps one document's memory
   * under the README's ceiling. Default 25e6 (an A4 page at 500 dpi; OCR reads best near 300).
   */
  ocrMaxPixels: number;
  /** Decoded sizes of a PDF's compressed streams (pdf-streams.ts). Default 64 MB each, 256 MB in all. */
  streams: StreamLimits;
  /** Replace an OCR worker after this many pages (tesseract.js workers only grow), a PDF thread after this many rendered pages. */
  recycleAfterPages: number;
  /** Replace an OCR worker / PDF thread once its memory passes this many MB. */
  workerMemoryCeilingMb: number;
  /** Resolution scanned PDF pages are rendered at for OCR. Default 300. */
  renderDpi: number;
  /**
   * OCR of raster images on pages that do have a text layer (vendor details that exist only inside a
   * header or logo image). `auto` (default): only when the page's images cover at least
   * `imageOcrMinArea` of it, so an ordinary text PDF with a small logo costs nothing; `always`: every
   * page with an image of at least 1% of the page; `off`: never. The OCR text of the images is
   * appended to the page's text, after a blank line.
   */
  imageOcr: ImageOcrMode;
  /** Share of the page area (0..1) its images must cover for `imageOcr: 'auto'`. Default 0.08. */
  imageOcrMinArea: number;
  /**
   * False: text layers only (the `text` extractor). Pages without one stay empty, images fail as
   * `unsupported`, and no OCR worker is ever started. Default true.
   */
  ocr: boolean;
  /**
   * When an OCR page is turned level before reading: `when-needed` (default: a second pass only for
   * a page tilted enough to matter and read with doubt), `always` (tesseract.js rotateAuto on every
   * page), `off`.
   */
  ocrDeskew: DeskewMode;
  /** Images whose longer side is below this many pixels are OCR'd at twice their size; 0 = never. Default 1600. */
  ocrUpscaleBelow: number;
  /**
   * Image files of more pixels than this are OCR'd scaled down to it (grey), or less far when
   * their small text would fall below MIN_TEXT_PX (extract/ocr/prepare.ts); 0 = never (the
   * default: on the 520 SROIE receipts a 3-MP budget cost 5 dates in development and left a wrong
   * receipt unflagged, README "OCR, page by page"). Rendered PDF pages follow renderDpi.
   */
  ocrDownscaleAbove: number;
  /**
   * OCR model: `best` (default: best_int, the most accurate on scans), `fast` (tessdata_fast,
   * English only, other languages use best; faster, less accurate), `cascade` (fast, with words it
   * does not accept read again by best). See README, "OCR, page by page", for the figures.
   */
  ocrModel: OcrModel;
  /**
   * What reads scans: `wasm` (default: tesseract.js, built in), or `native`: the `tesseract`
   * program (4.1 or later) on PATH, with the same model files, image and rules, one process per
   * page and OCR slot (extract/ocr/native.ts; README, "The native tesseract engine", has the
   * figures). A reader asked for `native` with no such program fails at once (exit 3).
   */
  ocrEngine: OcrEngine;
}


export type ImageOcrMode = 'auto' | 'always' | 'off';

export interface PageImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Resolution cap of renderPage: a small page is not blown up past what its text needs. */
export const VIEW_MAX_DPI = 150;

/** Per-document read options. */
export interface ReadOptions {
  signal?: AbortSignal;
  /**
   * Overrides the reader's `imageOcr` for this document, e.g. `always` when the extraction layer
   * found no template matching the text layer and wants the images read too ("ocrFallback").
   */
  imageOcr?: ImageOcrMode;
  /** Also list the PDF's embedded files (e-invoice XML), read in the same PDF-thread task as its text. */
  embeddedFiles?: boolean;
  /**
   * Image files only: OCR with the ink thickened by this many pixels (0 = as it is). A second
   * reading of a doubtful receipt (../second-look.ts); PDFs ignore it.
   */
  ocrThickenInk?: number;
  /**
   * Image files only: OCR with the contrast stretched per tile (before any thickening). A third
   * reading of a receipt still in doubt after the second (../second-look.ts); PDFs ignore it.
   */
  ocrStretchContrast?: boolean;
  /**
   * Image files only: OCR laid out in this tesseract page segmentation (4: one column of text of
   * various sizes) instead of the default 6, for this document's reading only. A fourth reading of
   * a receipt still in doubt after the third (../second-look.ts); PDFs ignore it.
   */
  ocrPageSegMode?: PageSegMode;
  /**
   * Image files only: read with another recogniser instead of tesseract, for this document's
   * reading only: `paddle`, PaddleOCR (../ocr/paddle.ts, the optional `@gutenye/ocr-node`). The
   * second reading of a doubtful receipt (../second-look.ts); PDFs ignore it.
   */
  ocrEngine?: 'paddle';
  /**
   * The generic extractor's fields (`extractFields` with no user template) of a PDF whose text
   * layer is its whole text (no page or image to OCR: plan.ts) and that carries no attachment:
   * extracted in the PDF thread that read the layer, right after it, and returned as
   * `ReadWithFields.fields`; its pages then come back without word boxes (the fields hold their
   * boxes already). Any other document is read as without it, and its fields are the caller's
   * to extract. Only with OCR on (`ReaderOptions.ocr`), as the `auto` extractor reads.
   */
  fields?: { templateId: string | null };
  /** False: text layers without word boxes (the `text` extractor, which extracts no field). Default true. */
  words?: boolean;
}

/** What `Reader.read` returns: the pages, and their fields when the PDF thread extracted them (ReadOptions.fields). */
export interface ReadWithFields extends ReadResult {
  fields?: FieldsResult;
}

export interface ReaderStats {
  /** Pages OCR'd and the time spent on them. */
  ocrPages: number;
  ocrMs: number;
  /** OCR pages read a second time turned level (ocrDeskew `when-needed`), and images enlarged before OCR. */
  ocrDeskewed: number;
  /** OCR pages whose first reading looked unread, so were read turned too; of them, those a turned reading replaced (../ocr/turn.ts). */
  ocrTurnTried: number;
  ocrTurned: number;
  ocrUpscaled: number;
  ocrDownscaled: number;
  /** OCR (tesseract.js) workers started / recycled. Zero for a run of text PDFs. */
  workersStarted: number;
  workersRecycled: number;
  /** PDF/TIFF worker threads started / recycled. */
  pdfThreadsStarted: number;
  pdfThreadsRecycled: number;
}

export interface Reader {
  read(input: ExtractInput, opts?: ReadOptions): Promise<ReadWithFields>;
  /** A PDF's embedded files alone (its pages are not read). */
  embeddedFiles(input: ExtractInput, opts?: { signal?: AbortSignal }): Promise<EmbeddedFiles>;
  /**
   * One page as a PNG for people to look at (the review report), at most `maxWidth` pixels wide:
   * a PDF page rendered (at most 150 dpi), an image scaled down. Fails as `read` does.
   */
  renderPage(input: ExtractInput, page: number, opts: { maxWidth: number; signal?: AbortSignal }): Promise<PageImage>;
  /**
   * The generic extractor's fields (`extractFields`, no user template) of pages as `read` returned
   * them, in a PDF thread: for documents whose fields `ReadOptions.fields` did not give (OCR'd
   * pages; `keyFieldsOnly`: an e-invoice's page check). A throw of the extraction rejects with an
   * Error of the same name and message.
   */
  fields(pages: PageText[], opts: { templateId: string | null; keyFieldsOnly?: boolean; signal?: AbortSignal }): Promise<FieldsResult>;
  /** Terminates all workers. Safe to call twice. */
  close(): Promise<void>;
  stats(): ReaderStats;
}

export const READER_DEFAULTS: ReaderOptions = Object.freeze({
  lang: 'eng',
  ocrWorkers: availableParallelism(),
  pageTimeoutMs: 120_000,
  maxPixels: 100e6,
  maxPages: 1000,
  ocrMaxPixels: 25e6,
  streams: { maxStreamBytes: 64 * 1048576, maxTotalBytes: 256 * 1048576 },
  recycleAfterPages: 200,
  workerMemoryCeilingMb: 1024,
  renderDpi: 300,
  imageOcr: 'auto',
  imageOcrMinArea: 0.08,
  ocr: true,
  ocrDeskew: 'when-needed',
  ocrUpscaleBelow: 1600,
  ocrDownscaleAbove: 0,
  ocrModel: DEFAULT_OCR_MODEL,
  ocrEngine: 'wasm',
});

/** An image smaller than this share of the page (a logo, a bullet, a stamp) is never OCR'd. */
export const MIN_IMAGE_AREA = 0.01;

/** PDF's implementation limit for a page side, in points (ISO 32000-1 annex C: 14,400 units). */
export const MAX_PAGE_SIDE_PT = 14_400;

/** A multi-page image document may hold this many times `maxPixels` over all its pages. */
export const DOCUMENT_PIXELS_PER_PAGE_CAP = 10;

/** A page whose text layer has fewer non-space characters than this is rendered and OCR'd. */
export const MIN_TEXT_CHARS = 20;
