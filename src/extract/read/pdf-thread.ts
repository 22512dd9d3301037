/**
 * The code that runs inside a PDF worker thread: text layer (and the fields of a text PDF whose
 * layer is all its text: thread-fields.ts), page rendering, TIFF decoding and embedded files
 * (e-invoice XML), all CPU-heavy, so none of it may run on the event loop.
 *
 * This module is the thread's script (thread-pool.ts starts each thread on its compiled file): it
 * starts the message loop in a worker thread and does nothing in the main thread, which imports
 * only its types. The heavy libraries are imported dynamically, resolved next to pdf-parse (see
 * `start`), so the main thread never loads them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { inflateSync } from 'node:zlib';
import { isMainThread, parentPort } from 'node:worker_threads';
import { layoutText, type LayoutItem, type LayoutStyles, type PlacedWord } from './layout/index.js';
import { DirectPort } from './direct-port.js';
import { pageWord } from '../words.js';
import { readEmbeddedFiles, type EmbeddedFiles } from '../einvoice/attachments.js';
import { ocrSizedImage, thumbnail, tiffOcrPages, type RasterDeps } from './raster.js';
import { checkPdfStreams, type StreamLimits, type StreamScan } from './pdf-streams.js';
import { encodePgm, grayFromRgba } from '../image/gray.js';
import { fieldsOf, loadFields, withFields, type FieldsResult, type ThreadFieldsRequest } from './thread-fields.js';
import type { LayerText } from './plan.js';
import type { PageText } from '../types.js';

/** Requests the main thread sends. `data` is always a copy the thread may keep. */
export type ThreadRequest =
  /** `words`: the word boxes too; `fields`: extract the fields here when nothing is left to read (thread-fields.ts). */
  | { id: number; op: 'text'; data: Uint8Array; maxPixels: number; images: boolean; embeddedMaxBytes?: number; maxPages: number; streams: StreamLimits; words: boolean; fields?: ThreadFieldsRequest }
  /** `renderMaxPixels`: the rendered page's own cap (OCR's input size), `maxPixels` the images' in it; `gray`: grey PGM for OCR. */
  | { id: number; op: 'render'; data: Uint8Array; page: number; dpi: number; maxPixels: number; renderMaxPixels?: number; crops?: ImageBox[]; maxWidth?: number; gray?: boolean }
  | { id: number; op: 'thumb'; data: Uint8Array; kind: 'png' | 'jpeg' | 'tiff'; page: number; maxWidth: number; maxPixels: number }
  | { id: number; op: 'tiff'; data: Uint8Array; maxPixels: number; ocrMaxPixels: number }
  /** A PNG or JPEG over `ocrMaxPixels`, scaled down to it (as PNG) for OCR. */
  | { id: number; op: 'scale'; data: Uint8Array; ocrMaxPixels: number }
  | { id: number; op: 'embedded'; data: Uint8Array; maxBytes: number }
  /** The generic extractor's fields of pages read otherwise (OCR), or an e-invoice page's key fields: thread-fields.ts. */
  | { id: number; op: 'fields'; pages: PageText[]; templateId: string | null; keyFieldsOnly: boolean };

/** A rectangle of the page in PDF points, origin top-left (viewport space at scale 1). */
export interface ImageBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A page of the text layer (plan.ts's LayerText: its text, images' share of the page, words). */
export interface TextPage extends LayerText {
  /** non-space characters */
  chars: number;
  /** Where the page paints raster images (merged per image; clipped to the page). */
  images: ImageBox[];
  /** Page area in square points (crop box, scale 1). */
  pageArea: number;
}
export interface ThreadResults {
  /** `embedded`: the PDF's embedded files, when the request asked for them (`embeddedMaxBytes`). */
  text: { pageCount: number; pages: TextPage[]; embedded?: EmbeddedFiles; fields?: FieldsResult };
  /** `gray` requests get the page as grey PGM in `pgm` (and an empty `png`). */
  render: { png: Uint8Array; pgm?: Uint8Array; width: number; height: number; crops: Uint8Array[] };
  tiff: { pages: { png: Uint8Array; width: number; height: number }[] };
  thumb: { png: Uint8Array; width: number; height: number };
  scale: { png: Uint8Array; width: number; height: number };
  embedded: EmbeddedFiles;
  fields: FieldsResult;
}

/** Messages from the thread: progress (resets the page watchdog), a result, or an error. */
export type ThreadMessage =
  | { id: number; type: 'progress' }
  /** `recycle`: the task decoded a large image; replace the thread so its memory is freed now, not at some later GC. */
  | { id: number; type: 'ok'; value: unknown; memMb: number; recycle?: boolean }
  | { id: number; type: 'error'; name: string; message: string; code?: string; memMb: number };

interface Port {
  on(ev: 'message', fn: (m: ThreadRequest) => void): void;
  postMessage(m: ThreadMessage, transfer?: ArrayBuffer[]): void;
}
interface CanvasAndContext {
  canvas: { toBuffer(mime: 'image/png'): Uint8Array } | null;
  context: unknown;
}
interface PdfPage {
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: LayoutItem[]; styles?: LayoutStyles }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  render(p: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  canvasFactory: { create(w: number, h: number): CanvasAndContext; destroy(c: CanvasAndContext): void };
}
/** pdf.js's document loading task (`getDocument`), as the thread uses it. */
interface LoadingTask {
  promise: Promise<PdfDoc>;
  destroy(): Promise<void>;
}
/** The parts of pdf.js (legacy build) the thread uses. */
interface PdfJs {
  getDocument(opts: Record<string, unknown>): LoadingTask;
  /** pdf.js's "worker" side, run in this thread: one per thread is shared by its text documents. */
  PDFWorker: new (opts: { port: unknown; verbosity: number }) => object;
  WorkerMessageHandler: { initializeFromPort(port: unknown): void };
  OPS: Deps['ops'];
}
/** The libraries the thread loads and its own helpers. */
interface Deps {
  port: Port;
  pdfjs: PdfJs;
  /** UTIF and the canvas (RasterDeps), loaded by the first task that needs them (TIFF pages, image crops, thumbnails). */
  raster(): Promise<RasterDeps>;
  layout: typeof layoutText;
  /** Embedded files (pdf-lib, imported on first use), bound to the library and zlib. */
  embedded(data: Uint8Array, maxBytes: number): Promise<EmbeddedFiles>;
  readFile(path: string): Promise<Uint8Array>;
  heapStats(): { used_heap_size: number; external_memory?: number };
  /** pdf.js OPS codes the image scan needs. */
  ops: { save: number; restore: number; transform: number; paintImageXObject: number; paintInlineImageXObject: number; paintImageMaskXObject: number; paintImageXObjectRepeat: number };
  dirs: { standardFonts: string; cMaps: string; wasm: string };
  /** Decoded-size caps of the PDF's streams and whether it may paint images (pdf-streams.ts), bound to zlib. */
  checkStreams(data: Uint8Array, limits: StreamLimits): StreamScan;
}

/** The thread's message loop, on the libraries `start` loaded. */
function threadMain(deps: Deps): void {
  const { port, pdfjs, raster, checkStreams, layout, embedded, readFile, heapStats, ops, dirs } = deps;
  const tooLarge = (message: string) => Object.assign(new Error(message), { name: 'TooLarge' });
  // This isolate's heap and external memory (process.memoryUsage() would read the RSS from /proc too).
  const memMb = (): number => {
    const h = heapStats();
    return Math.round((h.used_heap_size + (h.external_memory ?? 0)) / 1048576);
  };
  /**
   * Standard font data for text layers: only Symbol and ZapfDingbats, whose built-in encodings
   * decide which characters their codes are (pdf.js makes the same choice with `useSystemFonts`).
   * The other standard fonts' files only matter for drawing glyphs: text and widths come from the
   * PDF's encoding and pdf.js's built-in metrics, so loading and sanitising them (~4 ms a file,
   * every file, since pdf.js caches per document) and compiling their glyph outlines was wasted.
   * A failed fetch is what pdf.js does without `standardFontDataUrl`: it carries on without the file.
   */
  const fontCache = new Map<string, Promise<Uint8Array>>();
  // One error for every refused font: building one (with its stack) per font per file was measurable.
  const notNeeded = new Error('standard font not needed for text');
  class TextFontData {
    private readonly baseUrl: string;
    constructor(opts: { baseUrl: string | null }) {
      this.baseUrl = opts.baseUrl ?? '';
    }
    fetch({ filename }: { filename: string }): Promise<Uint8Array> {
      if (filename !== 'FoxitSymbol.pfb' && filename !== 'FoxitDingbats.pfb') return Promise.reject(notNeeded);
      let p = fontCache.get(filename);
      if (!p) {
        p = readFile(`${this.baseUrl}${filename}`);
        fontCache.set(filename, p);
      }
      // pdf.js keeps what it gets (and may transfer it): hand out a copy.
      return p.then((d) => d.slice());
    }
  }
  /**
   * pdf.js's worker side for text documents, set up once per thread on a port that hands messages
   * over without copying them (see DirectPort). Without it, pdf.js sets up a new in-thread worker
   * for every document and deep-copies every message, the text content included (~10% of a text
   * document's time).
   */
  let textWorker: object | undefined;
  const sharedTextWorker = (): object => {
    if (!textWorker) {
      const channel = new DirectPort();
      pdfjs.WorkerMessageHandler.initializeFromPort(channel);
      textWorker = new pdfjs.PDFWorker({ port: channel, verbosity: 0 });
    }
    return textWorker;
  };
  /** Opens a document; `forText`: text layers only (fonts for text, the shared worker). */
  const open = (data: Uint8Array, maxPixels: number, forText = false) => {
    const task = pdfjs.getDocument({
      data,
      standardFontDataUrl: dirs.standardFonts,
      ...(forText ? { StandardFontDataFactory: TextFontData, worker: sharedTextWorker() } : {}),
      cMapUrl: dirs.cMaps,
      cMapPacked: true,
      wasmUrl: dirs.wasm,
      maxImageSize: maxPixels,
      isEvalSupported: false,
      stopAtErrors: false,
      verbosity: 0, // errors only: warnings about damaged files are not ours to print
    });
    return { load: () => task.promise, destroy: () => task.destroy() };
  };

  // Where raster images are painted: each image fills the unit square of the current matrix.
  const imageBoxes = async (page: PdfPage, vp: { width: number; height: number; transform: number[] }): Promise<ImageBox[]> => {
    const list = await page.getOperatorList();
    const mul = (m: number[], n: number[]): number[] => [
      m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
      m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
      m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
    ];
    let ctm = vp.transform.slice();
    const stack: number[][] = [];
    const out: ImageBox[] = [];
    const paints = [ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat];
    for (let i = 0; i < list.fnArray.length; i++) {
      const fn = list.fnArray[i];
      if (fn === ops.save) stack.push(ctm);
      else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
      else if (fn === ops.transform) ctm = mul(ctm, list.argsArray[i] as number[]);
      else if (paints.includes(fn)) {
        const xs: number[] = [];
        const ys: number[] = [];
        for (const [u, v] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
          xs.push(ctm[0] * u + ctm[2] * v + ctm[4]);
          ys.push(ctm[1] * u + ctm[3] * v + ctm[5]);
        }
        const box = { x0: Math.max(0, Math.min(...xs)), y0: Math.max(0, Math.min(...ys)), x1: Math.min(vp.width, Math.max(...xs)), y1: Math.min(vp.height, Math.max(...ys)) };
        if (box.x1 - box.x0 >= 1 && box.y1 - box.y0 >= 1) out.push(box);
      }
    }
    return out;
  };

  /** `withImages` false: no operator list (its only use is finding images for image OCR); nor when no stream can paint one. */
  const text = async (id: number, data: Uint8Array, maxPixels: number, withImages: boolean, maxPages: number, streams: StreamLimits, embeddedMaxBytes?: number, withWords = true, fields?: ThreadFieldsRequest) => {
    // Before pdf.js inflates anything: a stream that would inflate to gigabytes is refused.
    const scan = checkStreams(data, streams);
    if (fields) void loadFields();
    // Attachments first: pdf.js may take over the buffer. A structure pdf-lib cannot read has no
    // usable attachment; whether the PDF itself is readable is pdf.js's call, below.
    let attached: EmbeddedFiles | undefined;
    if (embeddedMaxBytes !== undefined) {
      attached = await embedded(data, embeddedMaxBytes).catch((e: unknown) => ({ pageCount: null, files: [], error: `${(e as Error)?.name ?? 'Error'}: ${(e as Error)?.message ?? String(e)}` }));
    }
    const parser = open(data, maxPixels, true);
    try {
      const doc = await parser.load();
      if (doc.numPages > maxPages) throw tooLarge(`the PDF has ${doc.numPages} pages, over the limit of ${maxPages} (--max-pages)`);
      const pages: TextPage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const vp = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const placed: PlacedWord[] | undefined = withWords ? [] : undefined;
        const t = layout(content.items, vp.transform, content.styles ?? {}, placed);
        const words = placed?.map((w) => pageWord(w, vp.width, vp.height));
        const images = withImages && scan.mayPaintImages ? await imageBoxes(page, vp) : [];
        const area = images.reduce((a, b) => a + (b.x1 - b.x0) * (b.y1 - b.y0), 0) / Math.max(1, vp.width * vp.height);
        pages.push({ text: t, chars: t.replace(/\s+/gu, '').length, images, imageArea: Math.min(1, area), pageArea: vp.width * vp.height, words });
        page.cleanup();
        // (the last page's result is on its way: no progress message for it)
        if (n < doc.numPages) port.postMessage({ id, type: 'progress' });
      }
      const layer = { pageCount: doc.numPages, pages, ...(attached ? { embedded: attached } : {}) };
      return fields ? withFields(layer, fields, () => port.postMessage({ id, type: 'progress' })) : layer;
    } finally {
      await parser.destroy();
    }
  };

  /** `maxWidth`: a page image for people (the review report), at most this wide. */
  const render = async (data: Uint8Array, n: number, dpi: number, maxPixels: number, renderMaxPixels: number, crops: ImageBox[] = [], maxWidth?: number, gray = false) => {
    const parser = open(data, maxPixels);
    try {
      const doc = await parser.load();
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      let scale = dpi / 72;
      if (maxWidth) scale = Math.min(scale, maxWidth / base.width);
      // A huge page at 300 dpi would be a huge canvas (and OCR input): fit it under the render cap.
      const px = base.width * scale * base.height * scale;
      if (px > renderMaxPixels) scale *= Math.sqrt(renderMaxPixels / px);
      const viewport = page.getViewport({ scale });
      const w = Math.max(1, Math.floor(viewport.width));
      const h = Math.max(1, Math.floor(viewport.height));
      const factory = doc.canvasFactory;
      const cc = factory.create(w, h);
      try {
        await page.render({ canvasContext: cc.context, viewport, canvas: cc.canvas }).promise;
        const asBytes = (b: Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
        if (crops.length > 0) {
          // Only the requested rectangles (images of a page that has a text layer), at the render scale.
          const cut: Uint8Array[] = [];
          for (const c of crops) {
            const x = Math.max(0, Math.floor(c.x0 * scale));
            const y = Math.max(0, Math.floor(c.y0 * scale));
            const cw = Math.min(w, Math.ceil(c.x1 * scale)) - x;
            const ch = Math.min(h, Math.ceil(c.y1 * scale)) - y;
            if (cw < 8 || ch < 8) continue;
            const out = (await raster()).createCanvas(cw, ch) as unknown as { getContext(k: '2d'): { drawImage(src: unknown, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void }; toBuffer(m: 'image/png'): Uint8Array };
            out.getContext('2d').drawImage(cc.canvas, x, y, cw, ch, 0, 0, cw, ch);
            cut.push(asBytes(out.toBuffer('image/png')));
          }
          return { png: new Uint8Array(0), width: w, height: h, crops: cut };
        }
        if (gray) {
          // For OCR: grey PGM costs ~0.1 s for an A4 page at 300 dpi where a PNG costs ~0.3 s to
          // encode here and as much again to decode inside tesseract's WebAssembly.
          const rgba = (cc.context as { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } }).getImageData(0, 0, w, h).data;
          return { png: new Uint8Array(0), pgm: encodePgm(grayFromRgba(rgba, w, h)), width: w, height: h, crops: [] as Uint8Array[] };
        }
        const png = cc.canvas!.toBuffer('image/png');
        return { png: asBytes(png), width: w, height: h, crops: [] as Uint8Array[] };
      } finally {
        // pdf-parse 2.4.5 never releases the canvas of a rendered page (~8 MB each): do it here.
        factory.destroy(cc);
        page.cleanup();
      }
    } finally {
      await parser.destroy();
    }
  };

  port.on('message', (req) => {
    const run = async (): Promise<unknown> => {
      switch (req.op) {
        case 'text':
          return text(req.id, req.data, req.maxPixels, req.images, req.maxPages, req.streams, req.embeddedMaxBytes, req.words, req.fields);
        case 'render':
          return render(req.data, req.page, req.dpi, req.maxPixels, req.renderMaxPixels ?? req.maxPixels, req.crops, req.maxWidth, req.gray);
        case 'thumb':
          return thumbnail(await raster(), req.data, req.kind, req.page, req.maxWidth, req.maxPixels);
        case 'tiff':
          return tiffOcrPages(await raster(), req.data, req.maxPixels, req.ocrMaxPixels, () => port.postMessage({ id: req.id, type: 'progress' }));
        case 'scale':
          return ocrSizedImage(await raster(), req.data, req.ocrMaxPixels);
        case 'embedded':
          return embedded(req.data, req.maxBytes);
        case 'fields':
          return fieldsOf(req.pages, req.templateId, req.keyFieldsOnly);
      }
    };
    run().then(
      (value) => {
        const v = value as { png?: Uint8Array; pgm?: Uint8Array; crops?: Uint8Array[]; pages?: { png?: Uint8Array }[]; files?: { data: Uint8Array | null }[]; embedded?: { files: { data: Uint8Array | null }[] } };
        const transfer: ArrayBuffer[] = [];
        const add = (u?: Uint8Array) => {
          if (u && u.byteOffset === 0 && u.byteLength === u.buffer.byteLength && !transfer.includes(u.buffer as ArrayBuffer)) transfer.push(u.buffer as ArrayBuffer);
        };
        add(v.png);
        add(v.pgm);
        for (const c of v.crops ?? []) add(c);
        for (const p of v.pages ?? []) add(p.png);
        for (const f of [...(v.files ?? []), ...(v.embedded?.files ?? [])]) add(f.data ?? undefined);
        port.postMessage({ id: req.id, type: 'ok', value, memMb: memMb(), recycle: (value as { scaled?: boolean }).scaled === true }, transfer);
      },
      (err: unknown) => {
        const e = err as { name?: string; message?: string; code?: string };
        port.postMessage({ id: req.id, type: 'error', name: String(e?.name ?? 'Error'), message: String(e?.message ?? err), code: e?.code, memMb: memMb() });
      },
    );
  });
}

/**
 * Loads pdf.js and starts the message loop. pdf.js is the copy pdf-parse depends on (resolved from
 * pdf-parse's own folder), used directly: pdf-parse's wrapper adds nothing the thread needs.
 * UTIF and the canvas are loaded by the first task that needs them.
 */
async function start(port: Port): Promise<void> {
  // pdf.js's legacy build installs core-js polyfills; on Node 20 (V8 < 12.2) that includes its own
  // Array.prototype.push, which checks the array's length descriptor on every call and was ~10% of
  // the thread's CPU. The thread keeps the engine's push (the polyfill only corrects pushing onto an
  // array with a non-writable length, which nothing here does): saved before pdf.js loads, put back
  // after pdf.worker.mjs (which installs the polyfill again) is loaded.
  const nativePush = Array.prototype.push;
  const require = createRequire(import.meta.url);
  const fromPdfParse = createRequire(require.resolve('pdf-parse'));
  const pdfjsDir = dirname(fromPdfParse.resolve('pdfjs-dist/package.json'));
  const url = (p: string) => pathToFileURL(p).href;
  const display = (await import(url(join(pdfjsDir, 'legacy', 'build', 'pdf.mjs')))) as Pick<PdfJs, 'getDocument' | 'PDFWorker' | 'OPS'>;
  const { WorkerMessageHandler } = (await import(url(join(pdfjsDir, 'legacy', 'build', 'pdf.worker.mjs')))) as Pick<PdfJs, 'WorkerMessageHandler'>;
  Array.prototype.push = nativePush;
  let rasterLibs: Promise<RasterDeps> | undefined;
  const raster = () =>
    (rasterLibs ??= (async () => {
      const UTIF = ((await import(url(require.resolve('utif')))) as { default: RasterDeps['UTIF'] }).default;
      const { createCanvas, loadImage } = (await import(url(fromPdfParse.resolve('@napi-rs/canvas')))) as Pick<RasterDeps, 'createCanvas' | 'loadImage'>;
      return { UTIF, createCanvas, loadImage };
    })());
  // pdf-lib is loaded by the first PDF that has attachments: threads that never meet one skip its compile.
  let pdfLib: Parameters<typeof readEmbeddedFiles>[0] | undefined;
  const embedded = async (data: Uint8Array, maxBytes: number) =>
    readEmbeddedFiles((pdfLib ??= ((await import(url(require.resolve('pdf-lib')))) as { default: Parameters<typeof readEmbeddedFiles>[0] }).default), inflateSync, data, maxBytes);
  const dirs = {
    standardFonts: join(pdfjsDir, 'standard_fonts') + '/',
    cMaps: join(pdfjsDir, 'cmaps') + '/',
    wasm: join(pdfjsDir, 'wasm') + '/',
  };
  const checkStreams = (data: Uint8Array, limits: StreamLimits) => checkPdfStreams(data, inflateSync, limits);
  const pdfjs: PdfJs = { ...display, WorkerMessageHandler };
  threadMain({ port, pdfjs, raster, checkStreams, layout: layoutText, embedded, readFile, heapStats: getHeapStatistics, ops: display.OPS, dirs });
}

if (!isMainThread && parentPort) await start(parentPort as unknown as Port);
