/**
 * The reader's option and language checks, apart from the reader itself: an extractor made on
 * first use (../lazy.ts) runs them when it is declared, so a wrong option or a missing OCR
 * language still stops the command before any file is read (exit 1 or 3), without loading the
 * readers' modules and libraries for a run that reads nothing.
 */
import { UsageError } from '../../errors.js';
import { OCR_MODELS, resolveLanguages, type LangData } from '../ocr/lang.js';
import { nativeTesseract } from '../ocr/native-bin.js';
import { OCR_ENGINES } from '../ocr/models.js';
import { READER_DEFAULTS, type ReaderOptions } from './options.js';

/**
 * @returns the options with defaults, the OCR languages' data, and for `ocrEngine: 'native'` the
 * tesseract program found on PATH (the one environment variable the core reads: the program is
 * run from it as a shell would)
 * @throws UsageError (exit 1), MissingDependencyError (exit 3: a language's data, the native program)
 */
export function checkReaderOptions(options: Partial<ReaderOptions> = {}): { opts: ReaderOptions; langs: LangData[]; native?: { bin: string } } {
  const opts: ReaderOptions = { ...READER_DEFAULTS, ...options };
  for (const k of ['ocrWorkers', 'pageTimeoutMs', 'maxPixels', 'maxPages', 'ocrMaxPixels', 'recycleAfterPages', 'workerMemoryCeilingMb', 'renderDpi'] as const) {
    if (!Number.isFinite(opts[k]) || opts[k] <= 0) throw new UsageError(`reader option ${k} must be a positive number (got ${opts[k]})`);
  }
  if (!['auto', 'always', 'off'].includes(opts.imageOcr)) throw new UsageError(`reader option imageOcr must be auto, always or off (got ${String(opts.imageOcr)})`);
  if (!(opts.imageOcrMinArea >= 0 && opts.imageOcrMinArea <= 1)) throw new UsageError(`reader option imageOcrMinArea must be between 0 and 1 (got ${opts.imageOcrMinArea})`);
  if (!['when-needed', 'always', 'off'].includes(opts.ocrDeskew)) throw new UsageError(`reader option ocrDeskew must be when-needed, always or off (got ${String(opts.ocrDeskew)})`);
  if (!(opts.ocrUpscaleBelow >= 0)) throw new UsageError(`reader option ocrUpscaleBelow must be 0 or more (got ${opts.ocrUpscaleBelow})`);
  if (!(opts.ocrDownscaleAbove >= 0)) throw new UsageError(`reader option ocrDownscaleAbove must be 0 or more (got ${opts.ocrDownscaleAbove})`);
  if (!OCR_MODELS.includes(opts.ocrModel)) throw new UsageError(`reader option ocrModel must be ${OCR_MODELS.join(', ')} (got ${String(opts.ocrModel)})`);
  if (!OCR_ENGINES.includes(opts.ocrEngine)) throw new UsageError(`reader option ocrEngine must be ${OCR_ENGINES.join(' or ')} (got ${String(opts.ocrEngine)})`);
  const langs = resolveLanguages(opts.lang, opts.ocrModel);
  if (opts.ocrEngine !== 'native' || !opts.ocr) return { opts, langs };
  return { opts, langs, native: { bin: nativeTesseract(process.env.PATH ?? '').bin } };
}
