/**
 * Pictures stored sideways: the Orientation tag (EXIF in JPEG, tag 274 in TIFF) says how a
 * viewer turns the stored pixels to show them upright. Phones store a photo as the sensor saw it
 * and write 6 or 8 when the phone was held upright.
 *
 * Who applies it, measured (README, "Photos stored sideways"):
 * - Skia (@napi-rs/canvas `loadImage`, ./decode.ts) turns a JPEG on decode, either byte order.
 * - tesseract.js 7 turns only a big-endian EXIF ("MM") found in the file's first 500 bytes; a
 *   little-endian one ("II", as many Android phones and most software write it) is read sideways,
 *   and the words' boxes were measured against the stored size either way.
 * - UTIF (TIFF pages) never does.
 * So a turned JPEG is never handed to tesseract as its own bytes: ../ocr/prepare.ts decodes it
 * (Skia turns it) and hands over the upright grey copy, and a TIFF page is turned here
 * (orientPixels) as it is decoded (../read/raster.ts). Pure functions, no I/O.
 */

/** EXIF/TIFF Orientation values: 1 as stored, 2-8 mirrored and/or turned. */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** A tag's value as an Orientation (absent, 0 or out of range: 1, as stored, as viewers read it). */
export function orientationOf(tag: number | undefined): Orientation {
  return tag !== undefined && Number.isInteger(tag) && tag >= 1 && tag <= 8 ? (tag as Orientation) : 1;
}

/** Whether pixels stored this way are shown with width and height swapped (5-8). */
export const swapsSides = (o: Orientation): boolean => o >= 5;

/**
 * The stored pixels (`channels` bytes each, rows top to bottom) as a viewer shows them: for each
 * upright pixel (dx, dy), the stored pixel it shows (TIFF 6.0 / EXIF 2.3 Orientation: 6 = the
 * stored first row is the right side, 8 = it is the left side).
 */
export function orientPixels<T extends Uint8Array | Uint8ClampedArray>(src: T, width: number, height: number, channels: number, o: Orientation): { data: T; width: number; height: number } {
  if (o === 1) return { data: src, width, height };
  const w = width;
  const h = height;
  const dw = swapsSides(o) ? h : w;
  const dh = swapsSides(o) ? w : h;
  const from: (dx: number, dy: number) => number = {
    2: (dx: number, dy: number) => dy * w + (w - 1 - dx),
    3: (dx: number, dy: number) => (h - 1 - dy) * w + (w - 1 - dx),
    4: (dx: number, dy: number) => (h - 1 - dy) * w + dx,
    5: (dx: number, dy: number) => dx * w + dy,
    6: (dx: number, dy: number) => (h - 1 - dx) * w + dy,
    7: (dx: number, dy: number) => (h - 1 - dx) * w + (w - 1 - dy),
    8: (dx: number, dy: number) => dx * w + (w - 1 - dy),
  }[o];
  const out = new (src.constructor as new (n: number) => T)(dw * dh * channels);
  for (let dy = 0, j = 0; dy < dh; dy++) {
    for (let dx = 0; dx < dw; dx++) {
      const i = from(dx, dy) * channels;
      for (let c = 0; c < channels; c++) out[j++] = src[i + c];
    }
  }
  return { data: out, width: dw, height: dh };
}
