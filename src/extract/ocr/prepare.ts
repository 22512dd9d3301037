/**
 * What tesseract is handed for a page image: the file's own bytes, or a grey copy at another size.
 *
 * Why enlarge: tesseract finds lines and characters on a binarised copy at the image's own
 * resolution; on 150-dpi receipts glyphs are ~15 px tall and small print breaks apart. Twice the
 * size (Skia's high-quality resampling) read more totals on SROIE receipts (see README, "OCR").
 *
 * Why shrink: tesseract's LSTM reads every text line scaled to a fixed height anyway, but its
 * binarisation, connected components and layout work on every pixel. A 300-dpi A4 scan (8.7 MP)
 * read at about half the pixels gives the same words for ~20% less CPU per page, decode included
 * (README, "OCR, page by page", has the figures and the accuracy guard).
 * Off by default (reader option ocrDownscaleAbove): a pixel budget ignores how small the text is,
 * and at 3 MP a dense 300-dpi German scan lost its due date and postcode.
 */
import { imageSize } from 'image-size';
import { decodeGray } from '../image/decode.js';
import { encodePgm } from '../image/gray.js';

export interface PrepareOptions {
  /** Images whose longer side is below this many pixels are enlarged (0 = never). */
  upscaleBelow: number;
  /** The enlargement factor. */
  upscale: number;
  /** Images of more pixels than this are read scaled down to it (0 or absent = never). */
  downscaleAbove?: number;
}

/** The largest scale worth shrinking to (0.8: 36% fewer pixels). */
export const MIN_SHRINK = 0.8;

/** @returns the bytes to hand tesseract and the scale they are at relative to the original */
export async function prepareImage(image: Uint8Array, opts: PrepareOptions): Promise<{ image: Uint8Array; scale: number }> {
  const down = opts.downscaleAbove ?? 0;
  if ((opts.upscaleBelow <= 0 || opts.upscale <= 1) && down <= 0) return { image, scale: 1 };
  let dim: ReturnType<typeof imageSize>;
  try {
    dim = imageSize(image);
  } catch {
    return { image, scale: 1 }; // tesseract reports what it cannot read
  }
  // A grey PGM is a PDF page the PDF thread rendered at renderDpi (the embedded scan already
  // resampled by pdf.js), not an image file; Skia could not decode it either.
  if (dim.type === 'pnm') return { image, scale: 1 };
  const width = dim.width ?? 0;
  const height = dim.height ?? 0;
  const long = Math.max(width, height);
  // An EXIF-rotated photo keeps its own bytes: tesseract.js applies the orientation, a PGM has none.
  if (long === 0 || (dim.orientation ?? 1) !== 1) return { image, scale: 1 };
  let scale = 1;
  if (opts.upscaleBelow > 0 && opts.upscale > 1 && long < opts.upscaleBelow) scale = opts.upscale;
  else if (down > 0 && width * height > down) scale = Math.sqrt(down / (width * height));
  // Shrinking by a few percent saves tesseract little and costs a decode: only from a third fewer pixels.
  if (scale === 1 || (scale < 1 && scale > MIN_SHRINK)) return { image, scale: 1 };
  return { image: encodePgm(await decodeGray(image, scale)), scale };
}
