/**
 * Offline OCR language data: each language comes from its npm package
 * `@tesseract.js-data/<code>` (the `4.0.0_best_int` model: as accurate as `4.0.0` here and
 * ~50 MB lighter per worker). Nothing is ever fetched from the network.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { MissingDependencyError, UsageError } from '../../errors.js';

export const MODEL_DIR = '4.0.0_best_int';

export interface LangData {
  code: string;
  /** Directory holding `<code>.traineddata.gz`. */
  dir: string;
  file: string;
}

/**
 * Resolves every language of `lang` (`eng`, `eng+fra`) to its installed data file.
 * @throws MissingDependencyError naming the npm package to install
 */
export function resolveLanguages(lang: string): LangData[] {
  const codes = lang.split('+').map((c) => c.trim());
  if (codes.length === 0 || codes.some((c) => !/^[a-z_]{3,}(?:_[a-z]+)?$/u.test(c))) {
    throw new UsageError(`invalid OCR language "${lang}"`, 'Use tesseract language codes joined with "+", e.g. --lang eng or --lang eng+fra.');
  }
  const require = createRequire(import.meta.url);
  const missing: string[] = [];
  const out: LangData[] = [];
  for (const code of codes) {
    const pkg = `@tesseract.js-data/${code}`;
    let dir: string | null = null;
    try {
      dir = join(dirname(require.resolve(`${pkg}/package.json`)), MODEL_DIR);
    } catch {
      dir = null;
    }
    const file = dir ? join(dir, `${code}.traineddata.gz`) : '';
    if (!dir || !existsSync(file)) missing.push(pkg);
    else out.push({ code, dir, file });
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
  const dir = join(tmpdir(), `docparse-lang-${process.pid}-${langs.map((l) => l.code).join('+')}`);
  await mkdir(dir, { recursive: true });
  for (const l of langs) {
    const link = join(dir, `${l.code}.traineddata.gz`);
    await rm(link, { force: true });
    await symlink(l.file, link);
  }
  return dir;
}
