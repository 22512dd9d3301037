/**
 * Greyscale images for OCR: one byte per pixel, rows top to bottom. Pure functions, no I/O, so
 * they run on any thread and are tested on images built in the test.
 *
 * Why grey: tesseract binarises a grey image anyway; handing it 8-bit PGM instead of an RGBA PNG
 * spares the PNG inflate and colour conversion inside WebAssembly, and a PGM costs nothing to write.
 */

export interface GrayImage {
  width: number;
  height: number;
  /** width * height bytes, 0 = black, 255 = white. */
  data: Uint8Array;
}

/** ITU-R BT.601 luma from RGBA (or RGB with `channels` 3), integer weights summing to 256. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 3 | 4 = 4): GrayImage {
  const n = width * height;
  if (rgba.length < n * channels) throw new RangeError(`expected ${n * channels} bytes for ${width}x${height}, got ${rgba.length}`);
  const data = new Uint8Array(n);
  for (let i = 0, j = 0; j < n; i += channels, j++) data[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  return { width, height, data };
}

/** Binary PGM (P5), which tesseract's image reader (leptonica) decodes without a codec. */
export function encodePgm(img: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head, 0);
  out.set(img.data, head.length);
  return out;
}

/** Reads a binary PGM written by encodePgm (tests, tools). */
export function decodePgm(bytes: Uint8Array): GrayImage {
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 64)));
  if (!m) throw new Error('not an 8-bit binary PGM');
  const width = Number(m[1]);
  const height = Number(m[2]);
  const data = bytes.slice(m[0].length, m[0].length + width * height);
  if (data.length !== width * height) throw new Error('PGM data is truncated');
  return { width, height, data };
}
