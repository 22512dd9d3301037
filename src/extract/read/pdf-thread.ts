/**
 * The code that runs inside a PDF worker thread: text layer, page rendering and TIFF decoding,
 * all CPU-heavy, so none of it may run on the event loop.
 *
 * Why the thread is built from source text: worker_threads needs a JavaScript file, and this
 * package runs both from compiled `dist/` and from `src/` under vitest, where no .js file
 * exists. The thread is therefore an ES module in a `data:` URL, assembled from the compiled
 * text of `threadMain` and `layoutText` (both self-contained: they use only their parameters
 * and globals) plus absolute `file:` imports of the libraries.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { layoutText, type LayoutItem } from './layout.js';

/** Requests the main thread sends. `data` is always a copy the thread may keep. */
export type ThreadRequest =
  | { id: number; op: 'text'; data: Uint8Array; maxPixels: number }
  | { id: number; op: 'render'; data: Uint8Array; page: number; dpi: number; maxPixels: number }
  | { id: number; op: 'tiff'; data: Uint8Array; maxPixels: number };

export interface TextPage {
  text: string;
  /** non-space characters */
  chars: number;
}
export interface ThreadResults {
  text: { pageCount: number; pages: TextPage[] };
  render: { png: Uint8Array; width: number; height: number };
  tiff: { pages: { png: Uint8Array; width: number; height: number }[] };
}

/** Messages from the thread: progress (resets the page watchdog), a result, or an error. */
export type ThreadMessage =
  | { id: number; type: 'progress' }
  | { id: number; type: 'ok'; value: unknown; memMb: number }
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
  getTextContent(): Promise<{ items: LayoutItem[] }>;
  render(p: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  canvasFactory: { create(w: number, h: number): CanvasAndContext; destroy(c: CanvasAndContext): void };
}
interface Deps {
  port: Port;
  PDFParse: new (opts: Record<string, unknown>) => { load(): Promise<PdfDoc>; destroy(): Promise<void> };
  UTIF: {
    decode(buf: ArrayBuffer): { width: number; height: number; t256?: number[]; t257?: number[] }[];
    decodeImage(buf: ArrayBuffer, ifd: unknown): void;
    toRGBA8(ifd: unknown): Uint8Array;
  };
  createCanvas(w: number, h: number): {
    getContext(k: '2d'): { createImageData(w: number, h: number): { data: Uint8ClampedArray }; putImageData(d: unknown, x: number, y: number): void };
    toBuffer(mime: 'image/png'): Uint8Array;
  };
  layout: typeof layoutText;
  dirs: { standardFonts: string; cMaps: string; wasm: string };
}

/** The thread's message loop. Self-contained: it is serialised with `toString()`. */
export function threadMain(deps: Deps): void {
  const { port, PDFParse, UTIF, createCanvas, layout, dirs } = deps;
  const memMb = (): number => {
    const m = process.memoryUsage();
    return Math.round((m.heapUsed + m.external) / 1048576);
  };
  const open = (data: Uint8Array, maxPixels: number) =>
    new PDFParse({
      data,
      standardFontDataUrl: dirs.standardFonts,
      cMapUrl: dirs.cMaps,
      cMapPacked: true,
      wasmUrl: dirs.wasm,
      maxImageSize: maxPixels,
      isEvalSupported: false,
      stopAtErrors: false,
    });

  const text = async (id: number, data: Uint8Array, maxPixels: number) => {
    const parser = open(data, maxPixels);
    try {
      const doc = await parser.load();
      const pages: TextPage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const vp = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const t = layout(content.items, vp.transform);
        pages.push({ text: t, chars: t.replace(/\s+/gu, '').length });
        page.cleanup();
        port.postMessage({ id, type: 'progress' });
      }
      return { pageCount: doc.numPages, pages };
    } finally {
      await parser.destroy();
    }
  };

  const render = async (data: Uint8Array, n: number, dpi: number, maxPixels: number) => {
    const parser = open(data, maxPixels);
    try {
      const doc = await parser.load();
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      let scale = dpi / 72;
      // A huge page at 300 dpi would be a huge canvas: fit it under the pixel cap instead.
      const px = base.width * scale * base.height * scale;
      if (px > maxPixels) scale *= Math.sqrt(maxPixels / px);
      const viewport = page.getViewport({ scale });
      const w = Math.max(1, Math.floor(viewport.width));
      const h = Math.max(1, Math.floor(viewport.height));
      const factory = doc.canvasFactory;
      const cc = factory.create(w, h);
      try {
        await page.render({ canvasContext: cc.context, viewport, canvas: cc.canvas }).promise;
        const png = cc.canvas!.toBuffer('image/png');
        return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width: w, height: h };
      } finally {
        // pdf-parse 2.4.5 never releases the canvas of a rendered page (~8 MB each): do it here.
        factory.destroy(cc);
        page.cleanup();
      }
    } finally {
      await parser.destroy();
    }
  };

  const tiff = (id: number, data: Uint8Array, maxPixels: number) => {
    const buf = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    const ifds = UTIF.decode(buf);
    const out: { png: Uint8Array; width: number; height: number }[] = [];
    for (const ifd of ifds) {
      const w = ifd.t256?.[0] ?? 0;
      const h = ifd.t257?.[0] ?? 0;
      if (w * h > maxPixels) {
        const e = new Error(`TIFF page ${out.length + 1} is ${w}x${h} pixels, over the limit of ${maxPixels}`);
        e.name = 'TooLarge';
        throw e;
      }
      if (w === 0 || h === 0) continue; // thumbnails / sub-IFDs without a picture
      UTIF.decodeImage(buf, ifd);
      const rgba = UTIF.toRGBA8(ifd);
      const canvas = createCanvas(w, h);
      const ctx = canvas.getContext('2d');
      const img = ctx.createImageData(w, h);
      img.data.set(rgba.subarray(0, img.data.length));
      ctx.putImageData(img, 0, 0);
      const png = canvas.toBuffer('image/png');
      out.push({ png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width: w, height: h });
      port.postMessage({ id, type: 'progress' });
    }
    return { pages: out };
  };

  port.on('message', (req) => {
    const run = async (): Promise<unknown> => {
      switch (req.op) {
        case 'text':
          return text(req.id, req.data, req.maxPixels);
        case 'render':
          return render(req.data, req.page, req.dpi, req.maxPixels);
        case 'tiff':
          return tiff(req.id, req.data, req.maxPixels);
      }
    };
    run().then(
      (value) => {
        const v = value as { png?: Uint8Array; pages?: { png?: Uint8Array }[] };
        const transfer: ArrayBuffer[] = [];
        const add = (u?: Uint8Array) => {
          if (u && u.byteOffset === 0 && u.byteLength === u.buffer.byteLength && !transfer.includes(u.buffer as ArrayBuffer)) transfer.push(u.buffer as ArrayBuffer);
        };
        add(v.png);
        for (const p of v.pages ?? []) add(p.png);
        port.postMessage({ id: req.id, type: 'ok', value, memMb: memMb() }, transfer);
      },
      (err: unknown) => {
        const e = err as { name?: string; message?: string; code?: string };
        port.postMessage({ id: req.id, type: 'error', name: String(e?.name ?? 'Error'), message: String(e?.message ?? err), code: e?.code, memMb: memMb() });
      },
    );
  });
}

let cached: URL | undefined;

/** The thread as an ES module in a `data:` URL (see the file comment for why). */
export function pdfThreadUrl(): URL {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // pdf-parse's `require` entry is a bundled CJS build; the thread uses the ESM build next to it.
  const pdfParseEsm = join(dirname(require.resolve('pdf-parse')), '..', 'esm', 'index.js');
  if (!existsSync(pdfParseEsm)) throw new Error(`pdf-parse ESM build not found at ${pdfParseEsm}`);
  const pdfjsDir = dirname(createRequire(pdfParseEsm).resolve('pdfjs-dist/package.json'));
  const dirs = {
    standardFonts: join(pdfjsDir, 'standard_fonts') + '/',
    cMaps: join(pdfjsDir, 'cmaps') + '/',
    wasm: join(pdfjsDir, 'wasm') + '/',
  };
  const url = (p: string) => JSON.stringify(pathToFileURL(p).href);
  const source = [
    `import { parentPort } from 'node:worker_threads';`,
    `import { PDFParse } from ${url(pdfParseEsm)};`,
    `import UTIF from ${url(require.resolve('utif'))};`,
    `import { createCanvas } from ${url(createRequire(pdfParseEsm).resolve('@napi-rs/canvas'))};`,
    `const layout = ${layoutText.toString()};`,
    `(${threadMain.toString()})({ port: parentPort, PDFParse, UTIF, createCanvas, layout, dirs: ${JSON.stringify(dirs)} });`,
  ].join('\n');
  cached = new URL(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return cached;
}
