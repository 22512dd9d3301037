import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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

  it('fast: English from vendor/tessdata_fast (the file Debian ships), a language without a fast model falls back to best', () => {
    const [eng, fra] = resolveLanguages('eng+fra', 'fast');
    expect(eng).toMatchObject({ code: 'eng', name: 'eng', model: 'fast' });
    expect(eng.file).toMatch(/vendor[\\/]tessdata_fast[\\/]eng\.traineddata\.gz$/);
    const sha = createHash('sha256').update(gunzipSync(readFileSync(eng.file))).digest('hex');
    expect(sha).toBe('7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2'); // vendor/tessdata_fast/README.md
    expect(fra).toMatchObject({ code: 'fra', name: 'fra', model: 'best' });
  });

  it('cascade: the fast models first, then best under another name for each language that has a fast one', () => {
    const langs = resolveLanguages('eng+fra', 'cascade');
    expect(langs.map((l) => `${l.name}:${l.model}`)).toEqual(['eng:fast', 'fra:best', 'engbest:best']);
    expect(langs[2].file).toBe(resolveLanguages('eng')[0].file);
  });

  it('an unknown model is a usage error before any work', async () => {
    await expect(createReader({ ocrModel: 'turbo' as never })).rejects.toBeInstanceOf(UsageError);
  });

  it('rejects a malformed language list as a usage error', () => {
    expect(() => resolveLanguages('eng+../x')).toThrow(UsageError);
  });
});
