/**
 * Raster pages inside the PDF thread (pdf-thread.ts): a TIFF page drawn on a canvas, and a page
 * image for people (the review report) scaled down from a PNG, JPEG or TIFF page. CPU-heavy
 * decoding, so it runs in the thread, on the libraries the thread loaded.
 */
type Ifd = { width: number; height: number; t256?: number[]; t257?: number[] };
type Canvas = {
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

/** TIFF page `n` (1-based, counting pages with a picture) decoded onto a canvas of its size. */
export function tiffCanvas(d: RasterDeps, buf: ArrayBuffer, ifd: Ifd, n: number, maxPixels: number): Canvas {
  const { w, h } = ifdSize(ifd);
  checkPixels(n, w, h, maxPixels);
  d.UTIF.decodeImage(buf, ifd);
  const canvas = d.createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(w, h);
  img.data.set(d.UTIF.toRGBA8(ifd).subarray(0, img.data.length));
  ctx.putImageData(img, 0, 0);
  return canvas;
}

export function pngOf(canvas: Canvas): Uint8Array {
  const png = canvas.toBuffer('image/png');
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
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
    ({ w, h } = ifdSize(ifd));
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
