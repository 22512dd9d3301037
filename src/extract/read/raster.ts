/**
 * Raster pages inside the PDF thread (pdf-thread.ts): a TIFF page drawn on a canvas, and a page
 * image for people (the review report) scaled down from a PNG, JPEG or TIFF page. A TIFF page is
 * turned upright as its Orientation tag says (../image/orient.ts); Skia turns a JPEG on decode. CPU-heavy
 * decoding, so it runs in the thread, on the libraries the thread loaded.
 */
import { orientationOf, orientPixels, swapsSides } from '../image/orient.js';

type Ifd = { width: number; height: number; t256?: number[]; t257?: number[]; t274?: number[] };
type Canvas = {
  width: number;
  height: number;
  getContext(k: '2d'): {
    createImageData(w: number, h: number): { data: Uint8ClampedArray };
    putImageData(d: unknown, x: number, y: number): void;
    drawImage(src: unknown, dx: number, dy: number, dw: number, dh: number): void;
  };
  toBuffer(mime: 'image/png'): Uint8Array;
};

/** What the thread loaded that raster work needs: UTIF and @napi-rs/canvas. */
export interface RasterDeps {
  UTIF: {
    decode(buf: ArrayBuffer): Ifd[];
    decodeImage(buf: ArrayBuffer, ifd: unknown): void;
    toRGBA8(ifd: unknown): Uint8Array;
  };
  createCanvas(w: number, h: number): Canvas;
  /** Decodes PNG/JPEG bytes. */
  loadImage(data: Uint8Array): Promise<{ width: number; height: number }>;
}

/** A TIFF's bytes as the ArrayBuffer UTIF reads. */
export const tiffBuffer = (data: Uint8Array): ArrayBuffer => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

/** The size of a TIFF image (0 x 0 for thumbnails and sub-IFDs without a picture). */
export const ifdSize = (ifd: Ifd): { w: number; h: number } => ({ w: ifd.t256?.[0] ?? 0, h: ifd.t257?.[0] ?? 0 });

/** Fails (as `TooLarge`, which the reader maps to too_large) before decoding a page over the pixel cap. */
export function checkPixels(n: number, w: number, h: number, maxPixels: number): void {
  if (w * h <= maxPixels) return;
  const e = new Error(`TIFF page ${n} is ${w}x${h} pixels, over the limit of ${maxPixels}`);
  e.name = 'TooLarge';
  throw e;
}

/** The size a TIFF page is shown at: its Orientation (tag 274) may swap width and height. */
export const uprightSize = (ifd: Ifd): { w: number; h: number } => {
  const { w, h } = ifdSize(ifd);
  return swapsSides(orientationOf(ifd.t274?.[0])) ? { w: h, h: w } : { w, h };
};

/** A decoded TIFF page's RGBA turned upright as its Orientation tag says (UTIF leaves it as stored). */
function uprightRgba(ifd: Ifd, rgba: Uint8Array): Uint8Array {
  const { w, h } = ifdSize(ifd);
  return orientPixels(rgba.subarray(0, w * h * 4), w, h, 4, orientationOf(ifd.t274?.[0])).data;
}

/** TIFF page `n` (1-based, counting pages with a picture) decoded onto a canvas of its size, upright. */
export function tiffCanvas(d: RasterDeps, buf: ArrayBuffer, ifd: Ifd, n: number, maxPixels: number): Canvas {
  const { w, h } = uprightSize(ifd);
  checkPixels(n, w, h, maxPixels);
  d.UTIF.decodeImage(buf, ifd);
  const canvas = d.createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(w, h);
  img.data.set(uprightRgba(ifd, d.UTIF.toRGBA8(ifd)).subarray(0, img.data.length));
  ctx.putImageData(img, 0, 0);
  return canvas;
}

/** PNG bytes of a canvas, whose pixels are then released at once (not when the GC gets to it). */
export function pngOf(canvas: Canvas): Uint8Array {
  const png = canvas.toBuffer('image/png');
  canvas.width = 0;
  canvas.height = 0;
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** Width and height scaled (aspect kept) so their product is at most `max` pixels. */
export function fit(w: number, h: number, max: number): { w: number; h: number } {
  const s = w * h > max ? Math.sqrt(max / (w * h)) : 1;
  return { w: Math.max(1, Math.floor(w * s)), h: Math.max(1, Math.floor(h * s)) };
}

/**
 * TIFF pages as PNGs for OCR, one page decoded at a time and scaled down to `ocrMaxPixels` on the
 * way (a box average of the decoded RGBA, so no full-size canvas is made); each page's decoded bits
 * are dropped before the next. The main thread has checked the page chain and sizes (tiff-check.ts).
 * `scaled`: some page was larger (the thread is then replaced, to free its memory at once).
 */
export function tiffOcrPages(d: RasterDeps, data: Uint8Array, maxPixels: number, ocrMaxPixels: number, progress: () => void) {
  const buf = tiffBuffer(data);
  const out: { png: Uint8Array; width: number; height: number }[] = [];
  let scaled = false;
  for (const ifd of d.UTIF.decode(buf)) {
    const { w, h } = uprightSize(ifd);
    checkPixels(out.length + 1, w, h, maxPixels);
    if (w === 0 || h === 0) continue; // thumbnails / sub-IFDs without a picture
    d.UTIF.decodeImage(buf, ifd);
    const rgba = uprightRgba(ifd, d.UTIF.toRGBA8(ifd));
    delete (ifd as { data?: unknown }).data;
    const t = fit(w, h, ocrMaxPixels);
    scaled ||= t.w !== w;
    const canvas = d.createCanvas(t.w, t.h);
    const ctx = canvas.getContext('2d');
    const img = ctx.createImageData(t.w, t.h);
    if (t.w === w && t.h === h) img.data.set(rgba.subarray(0, img.data.length));
    else boxScale(rgba, w, h, img.data, t.w, t.h);
    ctx.putImageData(img, 0, 0);
    out.push({ png: pngOf(canvas), width: t.w, height: t.h });
    progress();
  }
  return { pages: out, scaled };
}

/** Box filter: each target pixel is the mean of the source pixels it covers (RGBA, 4 bytes a pixel). */
function boxScale(src: Uint8Array, w: number, h: number, dst: Uint8ClampedArray, tw: number, th: number): void {
  const sx = w / tw;
  const sy = h / th;
  const acc = new Float64Array(tw * 4);
  const cols = Array.from({ length: tw }, (_, tx) => {
    const x0 = Math.floor(tx * sx);
    return [x0, Math.min(w, Math.max(x0 + 1, Math.floor((tx + 1) * sx)))];
  });
  for (let ty = 0; ty < th; ty++) {
    acc.fill(0);
    const y0 = Math.floor(ty * sy);
    const y1 = Math.min(h, Math.max(y0 + 1, Math.floor((ty + 1) * sy)));
    for (let y = y0; y < y1; y++) {
      for (let tx = 0; tx < tw; tx++) {
        const [x0, x1] = cols[tx];
        for (let x = x0; x < x1; x++) {
          const s = (y * w + x) * 4;
          acc[tx * 4] += src[s];
          acc[tx * 4 + 1] += src[s + 1];
          acc[tx * 4 + 2] += src[s + 2];
          acc[tx * 4 + 3] += src[s + 3];
        }
      }
    }
    for (let tx = 0; tx < tw; tx++) {
      const n = (y1 - y0) * (cols[tx][1] - cols[tx][0]);
      for (let c = 0; c < 4; c++) dst[(ty * tw + tx) * 4 + c] = acc[tx * 4 + c] / n;
    }
  }
}

/** A PNG or JPEG scaled down to `ocrMaxPixels` before OCR (tesseract needs ~20 bytes a pixel). */
export async function ocrSizedImage(d: RasterDeps, data: Uint8Array, ocrMaxPixels: number) {
  const img = await d.loadImage(data);
  const t = fit(img.width, img.height, ocrMaxPixels);
  const canvas = d.createCanvas(t.w, t.h);
  canvas.getContext('2d').drawImage(img, 0, 0, t.w, t.h);
  return { png: pngOf(canvas), width: t.w, height: t.h, scaled: true };
}

/** Page `n` of a PNG, JPEG or TIFF as a PNG at most `maxWidth` wide (scaled down, never up). */
export async function thumbnail(d: RasterDeps, data: Uint8Array, kind: 'png' | 'jpeg' | 'tiff', n: number, maxWidth: number, maxPixels: number) {
  let src: unknown;
  let w: number;
  let h: number;
  if (kind === 'tiff') {
    const buf = tiffBuffer(data);
    const ifd = d.UTIF.decode(buf).filter((x) => ifdSize(x).w > 0 && ifdSize(x).h > 0)[n - 1];
    if (!ifd) throw new Error(`the TIFF has no page ${n}`);
    ({ w, h } = uprightSize(ifd));
    src = tiffCanvas(d, buf, ifd, n, maxPixels);
  } else {
    if (n !== 1) throw new Error(`a ${kind.toUpperCase()} image has one page, not ${n}`);
    const img = await d.loadImage(data);
    ({ width: w, height: h } = img);
    src = img;
  }
  const scale = Math.min(1, maxWidth / w);
  const tw = Math.max(1, Math.round(w * scale));
  const th = Math.max(1, Math.round(h * scale));
  const out = d.createCanvas(tw, th);
  out.getContext('2d').drawImage(src, 0, 0, tw, th);
  return { png: pngOf(out), width: tw, height: th };
}
