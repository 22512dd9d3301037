/**
 * A reader for `npm run eval` / `npm run fit` that remembers what it read, so extraction can be
 * re-scored in seconds instead of OCR'ing hundreds of scans again (0.6-1.5 s each).
 *
 * Cache entries live outside the repository (`--cache DIR`), one JSON file each, keyed by the
 * file's SHA-256, the reader settings and a digest of the compiled code that reads that kind of file
 * (images: dist/extract/ocr; PDFs and TIFFs: dist/extract/read too): changing how documents are
 * read makes new entries, never stale hits.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Digest of the compiled reader code in `subs`, so a changed reader never serves old cache entries. */
export function readerCodeDigest(subs: string[]): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return codeDigest(subs.map((sub) => join(here, sub)));
}

/**
 * Digest of the `.js` files under `dirs` (absolute; another build's too, scripts/eval-cache-carry.mjs),
 * subfolders included (read/layout/ lays out every PDF's text): a folder's own files by name, then
 * each subfolder's by its path. A folder without subfolders digests as it did before they counted.
 */
export function codeDigest(dirs: string[]): string {
  const hash = createHash('sha256');
  const walk = (dir: string, prefix: string) => {
    const names = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const f of names.filter((n) => n.isFile() && n.name.endsWith('.js'))) {
      hash.update(prefix + f.name);
      hash.update(readFileSync(join(dir, f.name)));
    }
    for (const d of names.filter((n) => n.isDirectory())) walk(join(dir, d.name), `${prefix}${d.name}/`);
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir, '');
  return hash.digest('hex').slice(0, 16);
}

const b64 = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64');

interface Entry {
  pages: PageText[];
  embeddedFiles?: Omit<EmbeddedFiles, 'files'> & { files: Array<Omit<EmbeddedFiles['files'][number], 'data'> & { data: string | null }> };
}

/**
 * Wraps `open` (called only on a cache miss) with the on-disk cache in `dir`. Counts hits and
 * misses for the report.
 */
export function cachedReader(dir: string, open: () => Promise<EvalReader>, ocrModel: EvalOcrModel = 'best', ocrEngine: OcrEngine = 'wasm'): EvalReader & { hits: number; misses: number } {
  mkdirSync(dir, { recursive: true });
  // PNG and JPEG go straight to OCR; PDFs and TIFFs pass through the PDF/TIFF thread first.
  // (image/ prepares small images for OCR.)
  const ocrCode = readerCodeDigest(['../extract/ocr', '../extract/image']);
  const allCode = readerCodeDigest(['../extract/read', '../extract/ocr', '../extract/image']);
  // The native engine's readings are other entries; the default's keep their keys.
  const settings = JSON.stringify({ ...EVAL_READER_SETTINGS, ocrModel, ...(ocrEngine === 'wasm' ? {} : { ocrEngine }) });
  let inner: Promise<EvalReader> | null = null;
  const self = {
    hits: 0,
    misses: 0,
    async read(input: { path: string; kind: FileKind; size: number }, opts: EvalReadOptions = {}): Promise<EvalRead> {
      const sha = createHash('sha256').update(readFileSync(input.path)).digest('hex');
      const code = input.kind === 'png' || input.kind === 'jpeg' ? ocrCode : allCode;
      // A later reading (thickened ink, stretched contrast, another page segmentation) is another
      // entry; plain readings keep their keys.
      const thick = (opts.ocrThickenInk ? `\0thicken${opts.ocrThickenInk}` : '') + (opts.ocrStretchContrast ? '\0stretch' : '') + (opts.ocrPageSegMode === undefined ? '' : `\0psm${opts.ocrPageSegMode}`) + (opts.ocrEngine ? `\0${opts.ocrEngine}` : '');
      const key = createHash('sha256').update(`${sha}\0${settings}\0${code}\0${opts.embeddedFiles ? 'xml' : ''}${thick}`).digest('hex').slice(0, 32);
      const file = join(dir, `${key}.json`);
      if (existsSync(file)) {
        self.hits++;
        const e = JSON.parse(readFileSync(file, 'utf8')) as Entry;
        const embeddedFiles = e.embeddedFiles
          ? { ...e.embeddedFiles, files: e.embeddedFiles.files.map((f) => ({ ...f, data: f.data === null ? null : new Uint8Array(Buffer.from(f.data, 'base64')) })) }
          : undefined;
        return { pages: e.pages, ...(embeddedFiles ? { embeddedFiles } : {}) };
      }
      self.misses++;
      inner ??= open();
      const r = await (await inner).read(input, opts);
      const entry: Entry = { pages: r.pages };
      if (r.embeddedFiles) entry.embeddedFiles = { ...r.embeddedFiles, files: r.embeddedFiles.files.map((f) => ({ ...f, data: f.data ? b64(f.data) : null })) };
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(entry));
      renameSync(tmp, file);
      return { pages: r.pages, ...(r.embeddedFiles ? { embeddedFiles: r.embeddedFiles } : {}) };
    },
    async close() {
      if (inner) await (await inner).close();
    },
  };
  return self;
}
