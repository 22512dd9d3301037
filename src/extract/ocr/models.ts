/**
 * The OCR models by name, apart from where their files are (lang.ts), so the configuration can
 * check a name without loading anything of the OCR.
 *
 * `best`: tesseract's best_int model (npm `@tesseract.js-data/<code>`). `fast`: tessdata_fast
 * (vendored, English only). `cascade`: each word is read with the fast model, and tesseract reads
 * again with the best model only the words it does not accept (its multi-language retry, with the
 * best model loaded as a second language), keeping whichever reading it rates higher.
 */
export type OcrModel = 'fast' | 'best' | 'cascade';
export const OCR_MODELS: readonly OcrModel[] = ['best', 'fast', 'cascade'];

/**
 * What runs the OCR: `wasm`, tesseract.js (built in, the default), or `native`, the `tesseract`
 * program on PATH with the same models (./native.ts).
 */
export type OcrEngine = 'wasm' | 'native';
export const OCR_ENGINES: readonly OcrEngine[] = ['wasm', 'native'];

/** What docparse reads scans with unless told otherwise (README, "The OCR model", has the figures). */
export const DEFAULT_OCR_MODEL: OcrModel = 'best';
