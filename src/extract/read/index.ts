/**
 * Document readers: turn one PDF/PNG/JPEG/TIFF into page texts (ReadResult).
 *
 * - Text PDFs: the text layer, page by page, laid out like `pdftotext -layout` (layout/).
 * - Scanned/mixed PDFs: pages with no usable text layer are rendered (~300 dpi) and OCR'd.
 * - Images: header checked against the pixel cap before any decoding; TIFF pages decoded with utif.
 *
 * PDF and TIFF work runs in worker threads (thread-pool.ts); OCR in a shared tesseract.js pool
 * (../ocr/pool.ts). Every failure is a JobError whose class says whether a retry can help.
 */
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fsPath, shownPath } from '../../raw-names.js';
import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { JobError, permanent, toJobError } from '../../errors.js';
import type { DocumentKind } from '../../types.js';
import type { ExtractInput, PageText, ReadResult } from '../types.js';
import { OcrPool } from '../ocr/pool.js';
import type { PageSegMode } from '../ocr/recognize.js';
import { checkReaderOptions } from './check.js';
import { ThreadPool, ThreadTaskError } from './thread-pool.js';
import type { ImageBox } from './pdf-thread.js';
import { mayEmbedFiles, type EmbeddedFiles } from '../einvoice/attachments.js';
import { MAX_XML_BYTES } from '../einvoice/xml.js';
import { markUndecodable, readableChars, repairFromOcr } from './undecodable.js';
import { imagePagesOf, layerPageTexts, planLayer } from './plan.js';
import { checkTiff } from './tiff-check.js';

export * from './options.js';
export { wantsImageOcr } from './plan.js';
import { DOCUMENT_PIXELS_PER_PAGE_CAP, MAX_PAGE_SIDE_PT, MIN_IMAGE_AREA, MIN_TEXT_CHARS, VIEW_MAX_DPI, type Reader, type ReaderOptions, type ReadOptions, type ReadWithFields } from './options.js';
import { paddleRead } from '../ocr/paddle.js';

/**
 * Creates a reader. Checks the OCR language data up front (MissingDependencyError, exit code 3,
 * naming the npm package), but starts no thread or OCR worker until a document needs one.
 */
export async function createReader(options: Partial<ReaderOptions> = {}): Promise<Reader> {
  const { opts, langs, native } = checkReaderOptions(options);
  const cores = availableParallelism();
  const threads = new ThreadPool({
    size: cores,
    pageTimeoutMs: opts.pageTimeoutMs,
    memoryCeilingMb: opts.workerMemoryCeilingMb,
    // Rendering wears a thread out (canvases); text layers do not: 3,000 text documents in one
    // thread kept its RSS flat at ~180 MB, while each replacement cost ~1 s of CPU (loading pdf.js,
    // then its compiler warming up again), spent over and over when every 200 documents counted.
    recycleAfterTasks: opts.recycleAfterPages,
    wearingOps: RENDERING_OPS,
  });
  const ocr = new OcrPool({
    langs,
    deskew: opts.ocrDeskew,
    upscaleBelow: opts.ocrUpscaleBelow,
    downscaleAbove: opts.ocrDownscaleAbove,
    size: Math.floor(opts.ocrWorkers),
    pageTimeoutMs: opts.pageTimeoutMs,
    recycleAfterPages: opts.recycleAfterPages,
    memoryCeilingMb: opts.workerMemoryCeilingMb,
    ...(native ? { native } : {}),
  });
  let closing: Promise<void> | null = null;

  return {
    async read(input, ro = {}) {
      if (closing) throw new Error('reader is closed');
      try {
        const data = await loadInput(input);
        switch (input.kind) {
          case 'pdf':
            return await readPdf(data, { ...opts, imageOcr: ro.imageOcr ?? opts.imageOcr }, threads, ocr, ro);
          case 'png':
          case 'jpeg':
          case 'tiff':
            return await readImage(data, input.kind, opts, threads, ocr, ro.signal, { thickenInk: ro.ocrThickenInk, stretchContrast: ro.ocrStretchContrast, pageSegMode: ro.ocrPageSegMode, engine: ro.ocrEngine });
          default:
            throw permanent('unsupported', `unsupported file kind: ${String(input.kind)}`);
        }
      } catch (err) {
        if (ro.signal?.aborted && err === ro.signal.reason) throw err;
        throw toJobError(err);
      }
    },
    async embeddedFiles(input, ro = {}) {
      if (closing) throw new Error('reader is closed');
      try {
        return await embeddedIn(await loadInput(input), threads, ro.signal);
      } catch (err) {
        if (ro.signal?.aborted && err === ro.signal.reason) throw err;
        throw toJobError(err);
      }
    },
    async renderPage(input, page, ro) {
      if (closing) throw new Error('reader is closed');
      try {
        const data = await loadInput(input);
        const run = input.kind === 'pdf'
          ? threads.run('render', { data, page, dpi: VIEW_MAX_DPI, maxPixels: opts.maxPixels, maxWidth: ro.maxWidth }, { signal: ro.signal })
          : input.kind === 'png' || input.kind === 'jpeg' || input.kind === 'tiff'
            ? threads.run('thumb', { data, kind: input.kind, page, maxWidth: ro.maxWidth, maxPixels: opts.maxPixels }, { signal: ro.signal })
            : Promise.reject(permanent('unsupported', `a ${String(input.kind)} file has no page to show`));
        const img = await run.catch((e: unknown) => {
          throw pdfError(e);
        });
        return { png: img.png, width: img.width, height: img.height };
      } catch (err) {
        if (ro.signal?.aborted && err === ro.signal.reason) throw err;
        throw toJobError(err);
      }
    },
    async fields(pages, fo) {
      if (closing) throw new Error('reader is closed');
      try {
        return await threads.run('fields', { pages, templateId: fo.templateId, keyFieldsOnly: !!fo.keyFieldsOnly }, { signal: fo.signal });
      } catch (err) {
        // What the extraction threw, as it would have thrown on this thread (not a PDF's error class).
        if (!(err instanceof ThreadTaskError)) throw err;
        throw Object.assign(new Error(err.message), { name: err.name });
      }
    },
    close() {
      closing ??= Promise.all([threads.close(), ocr.close()]).then(() => undefined);
      return closing;
    },
    stats() {
      return {
        ocrPages: ocr.pages,
        ocrMs: Math.round(ocr.ms),
        ocrDeskewed: ocr.deskewed,
        ocrTurnTried: ocr.turnTried,
        ocrTurned: ocr.turned,
        ocrUpscaled: ocr.upscaled,
        ocrDownscaled: ocr.downscaled,
        workersStarted: ocr.started,
        workersRecycled: ocr.recycled,
        pdfThreadsStarted: threads.started,
        pdfThreadsRecycled: threads.recycled,
      };
    },
  };
}

/** The PDF-thread tasks that count toward its recycling (ReaderOptions.recycleAfterPages). */
const RENDERING_OPS: ReadonlySet<string> = new Set(['render', 'thumb', 'tiff', 'scale']);

/**
 * Below this size a file is read synchronously: one read costs less than the four thread-pool
 * round trips of fs.promises.readFile (open, fstat, read, close), and blocks the event loop for
 * well under a millisecond. Bigger files are read asynchronously.
 */
const SYNC_READ_BYTES = 1 << 20;

/** Reads a job's file, checking it is still the content that was fingerprinted. */
export async function loadInput(input: ExtractInput): Promise<Uint8Array> {
  // ENOENT/EACCES -> `unreadable` through toJobError
  const path = fsPath(input.path);
  const data = input.size < SYNC_READ_BYTES ? readFileSync(path) : await readFile(path);
  if (data.length === 0) throw permanent('empty', `${shownPath(input.path)} is empty (0 bytes)`);
  if (input.fingerprint) {
    const sha = createHash('sha256').update(data).digest('hex');
    if (sha !== input.fingerprint) throw permanent('unreadable', `${shownPath(input.path)} changed since it was scanned (content no longer matches its fingerprint)`, 'The file was modified during the run. Run submit again to pick up the new version.');
  }
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Maps what the PDF thread threw (pdf.js exception names) to a job error class. */
function pdfError(err: unknown): unknown {
  if (!(err instanceof ThreadTaskError)) return err;
  switch (err.name) {
    case 'PasswordException':
      // pdf.js says "No password given" (docparse never gives one): the user needs the reason, not that.
      return permanent('encrypted', /no password given/i.test(err.message) ? 'the PDF is password-protected: it cannot be opened without its password' : `the PDF is password-protected (${err.message})`);
    case 'InvalidPDFException':
    case 'FormatError':
    case 'UnknownErrorException':
    case 'MissingPDFException':
    case 'UnexpectedResponseException':
      return new JobError('corrupt', `the PDF cannot be parsed: ${err.message}`, { cause: err });
    case 'TooLarge':
      return permanent('too_large', err.message);
    default:
      // TIFF decoding and anything else the thread could not make sense of
      return new JobError('corrupt', `the file cannot be decoded: ${err.name}: ${err.message}`, { cause: err });
  }
}

/**
 * The PDF's embedded files, or none without opening it when its bytes show no sign of any. A PDF
 * pdf-lib cannot parse has no usable attachments either: that is reported as an empty list with the
 * reason, and the page reading decides whether the file is corrupt.
 */
async function embeddedIn(data: Uint8Array, threads: ThreadPool, signal?: AbortSignal): Promise<EmbeddedFiles> {
  if (!mayEmbedFiles(data)) return { pageCount: null, files: [] };
  try {
    return await threads.run('embedded', { data: data.slice(), maxBytes: MAX_XML_BYTES }, { signal });
  } catch (err) {
    if (signal?.aborted && err === signal.reason) throw err;
    if (err instanceof ThreadTaskError) return { pageCount: null, files: [], error: `${err.name}: ${err.message}` };
    throw err;
  }
}

async function readPdf(data: Uint8Array, opts: ReaderOptions, threads: ThreadPool, ocr: OcrPool, ro: ReadOptions): Promise<ReadWithFields> {
  const { signal } = ro;
  const embeddedFiles = !!ro.embeddedFiles;
  // Image positions (the operator list, ~3-40 ms a page) only when image OCR can use them.
  const images = opts.ocr && opts.imageOcr !== 'off';
  // Attachments (e-invoice XML) in the same thread task, only when the bytes show signs of any.
  const attachments = embeddedFiles && mayEmbedFiles(data);
  const fields = ro.fields && opts.ocr ? { templateId: ro.fields.templateId, imageOcr: opts.imageOcr, imageOcrMinArea: opts.imageOcrMinArea } : undefined;
  const layer = await threads
    .run('text', { data: data.slice(), maxPixels: opts.maxPixels, images, maxPages: opts.maxPages, streams: opts.streams, words: ro.words !== false, ...(attachments ? { embeddedMaxBytes: MAX_XML_BYTES } : {}), ...(fields ? { fields } : {}) }, { signal })
    .catch((e: unknown) => {
      throw pdfError(e);
    });
  const embedded = embeddedFiles ? (layer.embedded ?? { pageCount: null, files: [] }) : undefined;
  if (layer.pageCount === 0) throw permanent('empty', 'the PDF has no pages');
  // PDF's own limit is 14,400 units a side (200 inches): a page past it is a crafted file, not an invoice.
  const huge = layer.pages.findIndex((p) => p.pageArea > MAX_PAGE_SIDE_PT * MAX_PAGE_SIDE_PT);
  if (huge >= 0) throw permanent('too_large', `page ${huge + 1} measures ${Math.round(layer.pages[huge].pageArea / 5184)} square inches, over the largest page PDF allows (200 x 200 inches)`);
  const warnings: string[] = [];
  // Characters the fonts decode to control codes (undecodable.ts) are not text: a page with any is
  // OCR'd, and a page with too few readable ones has no usable text layer.
  const plan = planLayer(layer.pages, opts.ocr);
  const { readable, undecodable, toOcr } = plan;
  const pages = layerPageTexts(layer.pages, opts.ocr);
  // The PDF thread extracted the fields itself (ReadOptions.fields): nothing is left to read.
  if (layer.fields) return { documentKind: 'text_pdf', pageCount: layer.pageCount, pages, ...(embedded ? { embeddedFiles: embedded } : {}), fields: layer.fields };
  if (!opts.ocr) {
    for (const [i, n] of undecodable.entries()) if (n > 0) warnings.push(`page ${i + 1}: ${n} character${n === 1 ? '' : 's'} of the text layer could not be decoded (its font maps them to control codes), shown as \uFFFD; --extractor auto reads such pages by OCR`);
  }

  // Render + OCR the pages without a usable text layer, as many at once as there are OCR workers.
  let next = 0;
  const runner = async () => {
    while (next < toOcr.length) {
      const n = toOcr[next++];
      const img = await threads
        .run('render', { data: data.slice(), page: n, dpi: opts.renderDpi, maxPixels: opts.maxPixels, renderMaxPixels: Math.min(opts.maxPixels, opts.ocrMaxPixels), gray: true }, { signal })
        .catch((e: unknown) => {
          throw pdfError(e);
        });
      const r = await ocr.recognize(img.pgm ?? img.png, { signal });
      const bad = undecodable[n - 1];
      const what = `page ${n}: ${bad} of its text layer's ${bad + readable[n - 1]} characters decode to control codes (a font without a usable character map)`;
      if (bad > 0 && readable[n - 1] >= MIN_TEXT_CHARS) {
        // A few undecodable characters in a real layer: OCR says what they are; the layout stays.
        const fixed = repairFromOcr(layer.pages[n - 1].text, r.text);
        if (fixed) {
          pages[n - 1] = { ...pages[n - 1], text: fixed.text };
          warnings.push(`${what}; read from the page image by OCR as ${[...new Set(fixed.replaced)].map((c) => JSON.stringify(c)).join(', ')}`);
          continue;
        }
      }
      if (nonSpace(r.text) >= readable[n - 1]) {
        pages[n - 1] = { page: n, text: r.text, source: 'ocr', ocrConfidence: r.confidence, words: r.words };
        if (bad > 0) warnings.push(`${what}; the page was read by OCR instead`);
      } else if (bad > 0) {
        pages[n - 1] = { ...pages[n - 1], text: markUndecodable(pages[n - 1].text) };
        warnings.push(`${what}; OCR read less than the layer holds, so they are shown as \uFFFD`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(toOcr.length, Math.max(1, Math.floor(opts.ocrWorkers))) }, runner));

  // Images on pages that have a text layer (see ReaderOptions.imageOcr), one render per page.
  const imagePages = imagePagesOf(layer.pages, plan, pages, opts);
  for (const n of imagePages) {
    const crops = layer.pages[n - 1].images.filter((b) => boxArea(b) >= MIN_IMAGE_AREA * layer.pages[n - 1].pageArea);
    const img = await threads
      .run('render', { data: data.slice(), page: n, dpi: opts.renderDpi, maxPixels: opts.maxPixels, renderMaxPixels: Math.min(opts.maxPixels, opts.ocrMaxPixels), crops }, { signal })
      .catch((e: unknown) => {
        throw pdfError(e);
      });
    const texts: string[] = [];
    for (const c of img.crops) {
      const r = await ocr.recognize(c, { signal });
      if (nonSpace(r.text) > 0) texts.push(r.text.replace(/\s+$/u, ''));
    }
    if (texts.length > 0) pages[n - 1] = { ...pages[n - 1], text: `${pages[n - 1].text}\n\n${texts.join('\n\n')}` };
  }

  const ocrCount = pages.filter((p) => p.source === 'ocr').length;
  const kind: DocumentKind = ocrCount === 0 ? 'text_pdf' : ocrCount === pages.length ? 'scanned_pdf' : 'mixed_pdf';
  return finish({ documentKind: kind, pageCount: layer.pageCount, pages, ...(embedded ? { embeddedFiles: embedded } : {}), ...(warnings.length ? { warnings } : {}) });
}

async function readImage(data: Uint8Array, kind: 'png' | 'jpeg' | 'tiff', opts: ReaderOptions, threads: ThreadPool, ocr: OcrPool, signal?: AbortSignal, look: { thickenInk?: number; stretchContrast?: boolean; pageSegMode?: PageSegMode; engine?: 'paddle' } = {}): Promise<ReadResult> {
  if (!opts.ocr) throw permanent('unsupported', `${kind.toUpperCase()} images need OCR, and this reader reads text layers only`, 'Use --extractor auto (the default) to OCR images.');
  // Header only: a decompression bomb must fail before anything is decoded or allocated.
  let dim: { width?: number; height?: number };
  try {
    dim = imageSize(data);
  } catch (err) {
    throw new JobError('corrupt', `the ${kind.toUpperCase()} header cannot be read: ${(err as Error).message}`, { cause: err });
  }
  const w = dim.width ?? 0;
  const h = dim.height ?? 0;
  if (w <= 0 || h <= 0) throw permanent('corrupt', `the ${kind.toUpperCase()} header has no dimensions`);
  if (w * h > opts.maxPixels) throw permanent('too_large', `the image is ${w}x${h} pixels (${((w * h) / 1e6).toFixed(0)} MP), over the limit of ${(opts.maxPixels / 1e6).toFixed(0)} MP`);

  let images: Uint8Array[];
  if (kind === 'tiff') {
    // The page chain and every page's size, before anything is decoded (loops, page bombs).
    checkTiff(data, { maxPages: opts.maxPages, maxPixels: opts.maxPixels, maxDocumentPixels: DOCUMENT_PIXELS_PER_PAGE_CAP * opts.maxPixels });
    const r = await threads.run('tiff', { data: data.slice(), maxPixels: opts.maxPixels, ocrMaxPixels: opts.ocrMaxPixels }, { signal }).catch((e: unknown) => {
      throw pdfError(e);
    });
    if (r.pages.length === 0) throw permanent('empty', 'the TIFF has no pages');
    images = r.pages.map((p) => p.png);
  } else if (w * h > opts.ocrMaxPixels) {
    const r = await threads.run('scale', { data: data.slice(), ocrMaxPixels: opts.ocrMaxPixels }, { signal }).catch((e: unknown) => {
      throw pdfError(e);
    });
    images = [r.png];
  } else {
    images = [data];
  }
  const pages: PageText[] = [];
  for (let i = 0; i < images.length; i++) {
    const { engine, ...tesseract } = look;
    const r = await (engine === 'paddle' ? paddleRead(images[i]) : ocr.recognize(images[i], { signal, ...tesseract })).catch((e: unknown) => {
      throw pdfError(e);
    });
    pages.push({ page: i + 1, text: r.text, source: 'ocr', ocrConfidence: r.confidence, words: r.words });
  }
  return finish({ documentKind: 'image', pageCount: images.length, pages });
}

const boxArea = (b: ImageBox): number => Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);

function nonSpace(s: string): number {
  return s.replace(/\s+/gu, '').length;
}

function finish(r: ReadResult): ReadResult {
  // A layer of control codes is no text either.
  if (r.pages.every((p) => readableChars(p.text) === 0)) {
    throw permanent('no_text', `no text could be read from ${r.pageCount === 1 ? 'the page' : `any of the ${r.pageCount} pages`}`);
  }
  return r;
}
