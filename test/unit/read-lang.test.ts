import { describe, expect, it } from 'vitest';
import { ExitCode, MissingDependencyError, UsageError } from '../../src/errors.js';
import { resolveLanguages } from '../../src/extract/ocr/lang.js';
import { createReader } from '../../src/extract/read/index.js';

describe('OCR language data', () => {
  it('finds eng in @tesseract.js-data/eng', () => {
    const [eng] = resolveLanguages('eng');
    expect(eng.code).toBe('eng');
    expect(eng.file).toMatch(/@tesseract\.js-data[\\/]eng[\\/]4\.0\.0_best_int[\\/]eng\.traineddata\.gz$/);
  });

  it('a missing language stops createReader before any work, naming the npm package', async () => {
    const err = await createReader({ lang: 'eng+zzz' }).catch((e: unknown) => e); // no such package is installed
    expect(err).toBeInstanceOf(MissingDependencyError);
    expect((err as MissingDependencyError).exitCode).toBe(ExitCode.missingDependency);
    expect((err as MissingDependencyError).hint).toContain('npm install @tesseract.js-data/zzz');
  });

  it('rejects a malformed language list as a usage error', () => {
    expect(() => resolveLanguages('eng+../x')).toThrow(UsageError);
  });
});
