/**
 * How tesseract splits ink from paper for its layout analysis (its recogniser reads the grey
 * image either way): one global Otsu threshold (tesseract's default) or leptonica's Sauvola, a
 * threshold from each pixel's neighbourhood, which keeps faint thermal print and shadowed corners
 * that one page-wide threshold drops. Set through tesseract's own parameters, so no image is
 * binarised here (a black-and-white copy handed to tesseract lost on the receipts: README,
 * "Adaptive binarisation").
 */

export interface OcrThreshold {
  /** Sauvola's k (0 < k < 1; lower keeps fainter ink), or 0 for tesseract's global Otsu. */
  sauvolaK: number;
  /** Sauvola's window side in inches of the page (tesseract multiplies it by the image's resolution). */
  sauvolaWindowIn: number;
}

/** tesseract 5's own window (`thresholding_window_size`), kept unless a measurement says otherwise. */
export const TESSERACT_SAUVOLA_WINDOW_IN = 0.33;

export const DEFAULT_OCR_THRESHOLD: OcrThreshold = Object.freeze({ sauvolaK: 0, sauvolaWindowIn: TESSERACT_SAUVOLA_WINDOW_IN });

/**
 * tesseract parameters for `worker.setParameters` (tesseract 5: thresholding_method 0 Otsu, its
 * default, left untouched; 2 Sauvola).
 */
export function thresholdParameters(t: OcrThreshold): Record<string, string> {
  if (t.sauvolaK <= 0) return {};
  return { thresholding_method: '2', thresholding_kfactor: String(t.sauvolaK), thresholding_window_size: String(t.sauvolaWindowIn) };
}
