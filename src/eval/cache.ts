/**
 * A reader for `npm run eval` / `npm run fit` that remembers what it read, so extraction can be
 * re-scored in seconds instead of OCR'ing hundreds of scans again (0.6-1.5 s each).
 *
 * Cache entries live outside the repository (`--cache DIR`), one JSON file each, keyed by the
 * file's SHA-256, the reader settings and a digest of the compiled code that reads that kind of file
 * (images: dist/extract/ocr; PDFs and TIFFs: dist/extract/read too): changing how documents are
 * read makes new entries, never stale hits.
 */
import { fileSha256, readerCodeDigest, readingKey, ReadingStore } from '../extract/reading-cache.js';
import type { EmbeddedFiles } from '../extract/einvoice/attachments.js';
import type { OcrModel } from '../extract/ocr/lang.js';
import type { OcrEngine } from '../extract/ocr/models.js';
import type { PageText } from '../extract/types.js';
import type { ReadOptions } from '../extract/read/options.js';
import type { FileKind } from '../types.js';

export interface EvalRead {
  pages: PageText[];
  embeddedFiles?: EmbeddedFiles;
}

/** The reader's per-document options the eval uses: e-invoice attachments, and a later reading's look. */
export type EvalReadOptions = Pick<ReadOptions, 'embeddedFiles' | 'ocrThickenInk' | 'ocrStretchContrast' | 'ocrPageSegMode' | 'ocrEngine'>;

export interface EvalReader {
  read(input: { path: string; kind: FileKind; size: number }, opts?: EvalReadOptions): Promise<EvalRead>;
  close(): Promise<void>;
}

/** The reader settings the eval uses (the CLI's defaults, English OCR). */
export const EVAL_READER_SETTINGS = { lang: 'eng', pageTimeoutMs: 120000, maxPixels: 100e6, recycleAfterPages: 200, workerMemoryCeilingMb: 1500, renderDpi: 300 };

/** The OCR model scans are read with (ReaderOptions.ocrModel; `--ocr-model`). */
export type EvalOcrModel = OcrModel;

/** Opens the real reader with the eval's settings (lazily imported: a cached run never starts it). */
export async function openRealReader(ocrWorkers: number, ocrModel: EvalOcrModel = 'best', ocrEngine: OcrEngine = 'wasm'): Promise<EvalReader> {
  const mod = await import('../extract/read/index.js');
  return mod.createReader({ ...EVAL_READER_SETTINGS, ocrWorkers, ocrModel, ocrEngine });
}

export { codeDigest, readerCodeDigest } from '../extract/reading-cache.js';

/**
 * Wraps `open` (called only on a cache miss) with the on-disk cache in `dir`. Counts hits and
 * misses for the report.
 */
export function cachedReader(dir: string, open: () => Promise<EvalReader>, ocrModel: EvalOcrModel = 'best', ocrEngine: OcrEngine = 'wasm'): EvalReader & { hits: number; misses: number } {
  const store = new ReadingStore(dir);
  // PNG and JPEG go straight to OCR; PDFs and TIFFs pass through the PDF/TIFF thread first.
  // (image/ prepares small images for OCR.)
  const ocrCode = readerCodeDigest(['ocr', 'image']);
  const allCode = readerCodeDigest(['read', 'ocr', 'image']);
  // The native engine's readings are other entries; the default's keep their keys.
  const settings = JSON.stringify({ ...EVAL_READER_SETTINGS, ocrModel, ...(ocrEngine === 'wasm' ? {} : { ocrEngine }) });
  let inner: Promise<EvalReader> | null = null;
  return {
    get hits() {
      return store.hits;
    },
    get misses() {
      return store.misses;
    },
    async read(input: { path: string; kind: FileKind; size: number }, opts: EvalReadOptions = {}): Promise<EvalRead> {
      const code = input.kind === 'png' || input.kind === 'jpeg' ? ocrCode : allCode;
      // A later reading (thickened ink, stretched contrast, another page segmentation) is another entry.
      const key = readingKey(fileSha256(input.path), settings, code, opts);
      const hit = store.get(key);
      if (hit) return { pages: hit.pages, ...(hit.embeddedFiles ? { embeddedFiles: hit.embeddedFiles } : {}) };
      inner ??= open();
      const r = await (await inner).read(input, opts);
      store.put(key, { pages: r.pages, ...(r.embeddedFiles ? { embeddedFiles: r.embeddedFiles } : {}) });
      return { pages: r.pages, ...(r.embeddedFiles ? { embeddedFiles: r.embeddedFiles } : {}) };
    },
    async close() {
      if (inner) await (await inner).close();
    },
  };
}
