/**
 * Offline OCR language data. Two models per language:
 * - `best` (the default): the npm package `@tesseract.js-data/<code>`, its `4.0.0_best_int` model
 *   (as accurate as `4.0.0` here and ~50 MB lighter per worker);
 * - `fast`: tesseract's tessdata_fast model, carried in this repository under `vendor/tessdata_fast`
 *   (no npm package ships it; English only). A language without a fast model uses its best one.
 * Nothing is ever fetched from the network.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MissingDependencyError, UsageError } from '../../errors.js';

export const MODEL_DIR = '4.0.0_best_int';

import type { OcrModel } from './models.js';

export { OCR_MODELS, type OcrModel } from './models.js';

/** The repository's tessdata_fast models (dist/extract/ocr or src/extract/ocr -> vendor/tessdata_fast). */
export const FAST_DIR = fileURLToPath(new URL('../../../vendor/tessdata_fast', import.meta.url));

export interface LangData {
  code: string;
  /** The name tesseract loads it under: the code, or `<code>best` for a cascade's second model. */
  name: string;
  /** Directory holding `<code>.traineddata.gz`. */
  dir: string;
  file: string;
  /** The model `file` is (a language without a fast model falls back to best). */
  model: 'fast' | 'best';
}

/**
 * Resolves every language of `lang` (`eng`, `eng+fra`) to its installed data file, in `model`
 * where the language has it.
 * @throws MissingDependencyError naming the npm package to install
 */
export function resolveLanguages(lang: string, model: OcrModel = 'best'): LangData[] {
  const langs = resolveModel(lang, model === 'best' ? 'best' : 'fast');
  if (model !== 'cascade') return langs;
  // The fast models first (tesseract tries its languages in order), then the best model of each
  // language that has a fast one, under another name.
  const seconds = resolveModel(lang, 'best').filter((b) => langs.some((l) => l.code === b.code && l.model === 'fast'));
  return [...langs, ...seconds.map((b) => ({ ...b, name: `${b.code}best` }))];
}

function resolveModel(lang: string, model: 'fast' | 'best'): LangData[] {
  const codes = lang.split('+').map((c) => c.trim());
  if (codes.length === 0 || codes.some((c) => !/^[a-z_]{3,}(?:_[a-z]+)?$/u.test(c))) {
    throw new UsageError(`invalid OCR language "${lang}"`, 'Use tesseract language codes joined with "+", e.g. --lang eng or --lang eng+fra.');
  }
  const require = createRequire(import.meta.url);
  const missing: string[] = [];
  const out: LangData[] = [];
  for (const code of codes) {
    const fast = join(FAST_DIR, `${code}.traineddata.gz`);
    if (model === 'fast' && existsSync(fast)) {
      out.push({ code, name: code, dir: FAST_DIR, file: fast, model: 'fast' });
      continue;
    }
    const pkg = `@tesseract.js-data/${code}`;
    let dir: string | null = null;
    try {
      dir = join(dirname(require.resolve(`${pkg}/package.json`)), MODEL_DIR);
    } catch {
      dir = null;
    }
    const file = dir ? join(dir, `${code}.traineddata.gz`) : '';
    if (!dir || !existsSync(file)) missing.push(pkg);
    else out.push({ code, name: code, dir, file, model: 'best' });
  }
  if (missing.length > 0) {
    throw new MissingDependencyError(
      `OCR language data not installed: ${missing.join(', ')}`,
      `Install it with \`npm install ${missing.join(' ')}\` (docparse never downloads language data at run time).`,
    );
  }
  return out;
}

/**
 * The one directory tesseract.js reads `<code>.traineddata.gz` from (its `langPath`). One
 * language: its package's model directory. Several (`eng+fra`): each package has its own
 * directory, so a per-process temp directory of symlinks joins them.
 */
export async function languageDir(langs: LangData[]): Promise<string> {
  if (langs.length === 1) return langs[0].dir;
  const dir = join(tmpdir(), `docparse-lang-${process.pid}-${langs.map((l) => `${l.name}.${l.model}`).join('+')}`);
  await mkdir(dir, { recursive: true });
  for (const l of langs) {
    const link = join(dir, `${l.name}.traineddata.gz`);
    await rm(link, { force: true });
    await symlink(l.file, link);
  }
  return dir;
}
