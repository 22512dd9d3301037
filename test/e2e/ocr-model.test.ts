/**
 * `--ocr-model` through the real CLI: the model is part of the job settings, so changing it reads
 * an unchanged scan again and the same value skips it; a worker reads a job with the model it was
 * submitted with, whatever its own flags say. Real OCR of a real receipt scan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';

let dir: string;
let inbox: string;
const RECEIPT = 'receipt-till.png';

beforeAll(() => {
  dir = tempDir('docparse-e2e-ocr-model-');
  inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  copyFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'extraction', RECEIPT), join(inbox, RECEIPT));
});

const ledger = (name: string) => ['--ledger', join(dir, `${name}.db`)];
const base = (name: string) => [...ledger(name), '--out', join(dir, `${name}-out`)];
const submit = async (name: string, ...extra: string[]) => {
  const r = await docparse(['submit', inbox, ...base(name), '--json', ...extra], { cwd: dir });
  expect(r.exitCode, String(r.stderr)).toBe(0);
  return JSON.parse(String(r.stdout)) as { jobs: { new: number; processed: number; skipped: number } };
};
/** The receipt's result; its page confidence tells which model read it (each model rates its own reading). */
const result = (out: string) => {
  const file = readdirSync(join(dir, out)).find((f) => f.startsWith(`${RECEIPT}.`) && f.endsWith('.json'))!;
  return JSON.parse(readFileSync(join(dir, out, file), 'utf8')).result as { pages: { source: string; ocrConfidence: number }[]; total: { value: number | null } };
};

describe('--ocr-model', () => {
  it('is part of the job settings: a change reads the file again, the same value skips it', async () => {
    const best = await submit('a');
    expect(best.jobs).toMatchObject({ new: 1, processed: 1 });
    const bestRead = result('a-out');
    expect(bestRead.pages[0].source).toBe('ocr');

    // best is the default: naming it is the same settings.
    expect((await submit('a', '--ocr-model', 'best')).jobs).toMatchObject({ new: 0, processed: 0 });

    const fast = await submit('a', '--ocr-model', 'fast');
    expect(fast.jobs).toMatchObject({ new: 1, processed: 1 });
    const fastRead = result('a-out');
    // Another model read it: tesseract's confidence in its own reading differs between the models.
    expect(fastRead.pages[0].ocrConfidence).not.toBe(bestRead.pages[0].ocrConfidence);

    // The same model again, from the flag or the environment: nothing is read.
    expect((await submit('a', '--ocr-model', 'fast')).jobs).toMatchObject({ new: 0, processed: 0 });
    const env = await docparse(['submit', inbox, ...base('a'), '--json'], { cwd: dir, env: { DOCPARSE_OCR_MODEL: 'fast' } });
    expect(JSON.parse(String(env.stdout)).jobs).toMatchObject({ new: 0, processed: 0 });

    const cascade = await submit('a', '--ocr-model', 'cascade');
    expect(cascade.jobs).toMatchObject({ new: 1, processed: 1 });
  }, 240_000); // four OCR runs of a real scan, on a shared machine

  it('a worker reads each job with the model it was submitted with', async () => {
    const fast = await submit('w1', '--ocr-model', 'fast');
    expect(fast.jobs.processed).toBe(1);
    const fastConfidence = result('w1-out').pages[0].ocrConfidence;

    await docparse(['submit', inbox, ...ledger('w2'), '--ocr-model', 'fast', '--detach', '-q'], { cwd: dir });
    // The worker's own --ocr-model is for the files its hot folders submit, not for waiting jobs.
    const w = await docparse(['worker', '--once', ...base('w2'), '--ocr-model', 'best', '--json'], { cwd: dir });
    expect(w.exitCode, String(w.stderr)).toBe(0);
    expect(JSON.parse(String(w.stdout)).jobs).toMatchObject({ processed: 1 });
    expect(result('w2-out').pages[0].ocrConfidence).toBe(fastConfidence);
  }, 180_000);

  it('refuses an unknown model', async () => {
    const bad = await docparse(['submit', inbox, ...base('b'), '--ocr-model', 'fastest'], { cwd: dir });
    expect(bad.exitCode).toBe(1);
    expect(String(bad.stderr)).toMatch(/best, fast, cascade/);
    const badEnv = await docparse(['submit', inbox, ...base('b')], { cwd: dir, env: { DOCPARSE_OCR_MODEL: 'fastest' } });
    expect(badEnv.exitCode).toBe(1);
    expect(String(badEnv.stderr)).toMatch(/DOCPARSE_OCR_MODEL.*best, fast, cascade/);
  });
});
