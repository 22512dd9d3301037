/**
 * What tesseract is handed for a page image: the file's own bytes, or, for a small image (a
 * receipt scanned at 150 dpi, a thumbnail-sized invoice), the image enlarged and grey.
 *
 * Why enlarge: tesseract finds lines and characters on a binarised copy at the image's own
 * resolution; on 150-dpi receipts glyphs are ~15 px tall and small print breaks apart. Twice the
 * size (Skia's high-quality resampling) read more totals on SROIE receipts (see README, "OCR").
 */
import { imageSize } from 'image-size';
import { decodeGray } from '../image/decode.js';
import { encodePgm } from '../image/gray.js';

export interface PrepareOptions {
  /** Images whose longer side is below this many pixels are enlarged (0 = never). */
  upscaleBelow: number;
  /** The enlargement factor. */
  upscale: number;
}

/** @returns the bytes to hand tesseract and the scale they are at relative to the original */
export async function prepareImage(image: Uint8Array, opts: PrepareOptions): Promise<{ image: Uint8Array; scale: number }> {
  if (opts.upscaleBelow <= 0 || opts.upscale <= 1) return { image, scale: 1 };
  let dim: ReturnType<typeof imageSize>;
  try {
    dim = imageSize(image);
  } catch {
    return { image, scale: 1 }; // tesseract reports what it cannot read
  }
  // A grey PGM is a PDF page the PDF thread rendered at renderDpi (the embedded scan already
  // resampled by pdf.js), not a low-resolution image file; Skia could not decode it either.
  if (dim.type === 'pnm') return { image, scale: 1 };
  const long = Math.max(dim.width ?? 0, dim.height ?? 0);
  // An EXIF-rotated photo keeps its own bytes: tesseract.js applies the orientation, a PGM has none.
  if (long === 0 || long >= opts.upscaleBelow || (dim.orientation ?? 1) !== 1) return { image, scale: 1 };
  return { image: encodePgm(await decodeGray(image, opts.upscale)), scale: opts.upscale };
}
