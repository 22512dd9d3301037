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
 * A pixel budget alone ignores how small the text is (at 3 MP a dense 300-dpi German scan lost its
 * due date and postcode), so the page's small text is measured on the shrunk copy first
 * (../image/text-height.ts) and the scale raised until that text keeps MIN_TEXT_PX; a page whose
 * text would fall below that even at MIN_SHRINK, or whose glyphs cannot be told, is read as it is.
 * A JPEG stored sideways (EXIF Orientation 2-8) is always handed over decoded, so upright
 * (../image/orient.ts says why): sized, greyed and thickened like any other.
 */
import { imageSize } from 'image-size';
import { decodeGray, decodeImage, drawGray } from '../image/decode.js';
import { decodePgm, encodePgm, stretchContrast, thickenInk } from '../image/gray.js';
import { smallTextHeight } from '../image/text-height.js';
import { orientationOf } from '../image/orient.js';

export interface PrepareOptions {
  /** Images whose longer side is below this many pixels are enlarged (0 = never). */
  upscaleBelow: number;
  /** The enlargement factor. */
  upscale: number;
  /** Images of more pixels than this are read scaled down to it (0 or absent = never). */
  downscaleAbove?: number;
  /** Ink thickened by this many pixels at the scale read (0 or absent = as it is; ../image/gray.ts thickenInk). */
  thickenInk?: number;
  /** Contrast stretched per tile before the ink is thickened (../image/gray.ts stretchContrast). */
  stretchContrast?: boolean;
}

/** The largest scale worth shrinking to (0.8: 36% fewer pixels). */
export const MIN_SHRINK = 0.8;

/**
 * The height (px, at the scale read) below which a shrink may not take the page's small text
 * (smallTextHeight: about its x-height). tesseract's guidance: ~20 px reads best, below ~10 px
 * little is read. Measured here (README, "OCR, page by page"): the German e2e scan's small text
 * (18 px at 300 dpi) lost fields read at 10.6 px and read right at 13.6 px; the bench scans' (22
 * px) read right at 12.9 px. But real scans need more: invoice2data's two large PNG scans (small
 * text 19.5 and 21.8 px) lost an invoice number and a date read at 14 px and read right at 16. 18
 * keeps a margin above that: only pages of large text (close-up photos) are shrunk.
 */
export const MIN_TEXT_PX = 18;

/** @returns the bytes to hand tesseract and the scale they are at relative to the original */
export async function prepareImage(image: Uint8Array, opts: PrepareOptions): Promise<{ image: Uint8Array; scale: number }> {
  const input = await sized(image, opts);
  const r = opts.thickenInk ?? 0;
  if (r <= 0 && !opts.stretchContrast) return input;
  const pgm = isPgm(input.image);
  try {
    const grey = pgm ? decodePgm(input.image) : await decodeGray(input.image, 1);
    const stretched = opts.stretchContrast ? stretchContrast(grey) : grey;
    return { image: encodePgm(r > 0 ? thickenInk(stretched, r) : stretched), scale: input.scale };
  } catch {
    return input; // tesseract reports what it cannot read
  }
}

const isPgm = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x35; // "P5"

/**
 * The image at its own size: its own bytes, or, for a JPEG stored sideways (an EXIF Orientation
 * other than 1), the upright grey copy Skia decodes (tesseract.js turns only big-endian EXIF, and
 * the words' boxes are measured on the image handed over: ../image/orient.ts).
 */
async function asItIs(image: Uint8Array, turned: boolean): Promise<{ image: Uint8Array; scale: number }> {
  if (!turned) return { image, scale: 1 };
  try {
    return { image: encodePgm(await decodeGray(image, 1)), scale: 1 };
  } catch {
    return { image, scale: 1 }; // tesseract reports what it cannot read
  }
}

async function sized(image: Uint8Array, opts: PrepareOptions): Promise<{ image: Uint8Array; scale: number }> {
  let dim: ReturnType<typeof imageSize>;
  try {
    dim = imageSize(image);
  } catch {
    return { image, scale: 1 }; // tesseract reports what it cannot read
  }
  // A grey PGM is a PDF page the PDF thread rendered at renderDpi (the embedded scan already
  // resampled by pdf.js), not an image file; Skia could not decode it either.
  if (dim.type === 'pnm') return { image, scale: 1 };
  const turned = orientationOf(dim.orientation) !== 1;
  const down = opts.downscaleAbove ?? 0;
  if ((opts.upscaleBelow <= 0 || opts.upscale <= 1) && down <= 0) return asItIs(image, turned);
  const width = dim.width ?? 0;
  const height = dim.height ?? 0;
  const long = Math.max(width, height);
  if (long === 0) return { image, scale: 1 };
  let scale = 1;
  if (opts.upscaleBelow > 0 && opts.upscale > 1 && long < opts.upscaleBelow) scale = opts.upscale;
  else if (down > 0 && width * height > down) scale = Math.sqrt(down / (width * height));
  // Shrinking by a few percent saves tesseract little and costs a decode: only from a third fewer pixels.
  if (scale === 1 || (scale < 1 && scale > MIN_SHRINK)) return asItIs(image, turned);
  if (scale > 1) return { image: encodePgm(await decodeGray(image, scale)), scale };
  return shrink(image, scale, turned);
}

/** The page at `budget` scale, or at the larger scale its small text needs, or as it is. */
async function shrink(image: Uint8Array, budget: number, turned: boolean): Promise<{ image: Uint8Array; scale: number }> {
  const decoded = await decodeImage(image);
  let grey = drawGray(decoded, budget);
  const small = smallTextHeight(grey);
  const asIs = () => ({ image: turned ? encodePgm(drawGray(decoded, 1)) : image, scale: 1 });
  if (small === null) return asIs(); // no text to measure: not worth the risk
  const scale = Math.max(budget, (MIN_TEXT_PX * budget) / small);
  if (scale > MIN_SHRINK) return asIs();
  if (scale > budget) grey = drawGray(decoded, scale);
  return { image: encodePgm(grey), scale };
}
