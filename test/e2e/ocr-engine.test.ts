/**
 * `--ocr-engine native` through the real CLI: the native `tesseract` program reads a real receipt
 * scan with docparse's own model (gunzipped into the per-user cache under HOME) and the result has
 * the same shape and fields as the built-in engine's; without the program on PATH the run stops
 * before reading anything (exit 3) and says how to install it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, docparse } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';
import { findOnPath } from '../../src/extract/ocr/native-bin.js';

let dir: string;
let inbox: string;
const RECEIPT = 'receipt-till.png';
const tesseract = findOnPath('tesseract', process.env.PATH ?? '');
if (!tesseract) process.stderr.write('ocr-engine.test.ts: no tesseract on PATH, so the native reading is skipped (apt-get install tesseract-ocr to run it)\n');

beforeAll(() => {
  dir = tempDir('docparse-e2e-ocr-engine-');
  inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  copyFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'extraction', RECEIPT), join(inbox, RECEIPT));
});

interface Result {
  pages: { source: string; ocrConfidence: number }[];
  total: { value: number | null; box?: unknown };
  invoiceDate: { value: string | null; box?: unknown };
  vendor: { name: { value: string | null } | null };
}
const result = (out: string): Result => {
  const file = readdirSync(join(dir, out)).find((f) => f.startsWith(`${RECEIPT}.`) && f.endsWith('.json'))!;
  return JSON.parse(readFileSync(join(dir, out, file), 'utf8')).result as Result;
};

describe('--ocr-engine native', () => {
  // CI's machine may lack the program: the test says so instead of passing silently.
  it.skipIf(!tesseract)('reads a scan with the native program and docparse\'s model: same fields as the built-in engine (skipped where no tesseract is on PATH)', async () => {
    const home = join(dir, 'home');
    mkdirSync(home);
    const run = async (name: string, ...extra: string[]) => {
      const r = await docparse(['submit', inbox, '--ledger', join(dir, `${name}.db`), '--out', join(dir, `${name}-out`), '--json', ...extra], { cwd: dir, env: { HOME: home } });
      expect(r.exitCode, String(r.stderr)).toBe(0);
      expect(JSON.parse(String(r.stdout)).jobs).toMatchObject({ processed: 1 });
      return result(`${name}-out`);
    };
    const native = await run('native', '--ocr-engine', 'native');
    // The model tesseract read is docparse's best_int, gunzipped once into the per-user cache.
    const cache = join(home, '.cache', 'docparse', 'tessdata');
    expect(readdirSync(cache).some((d) => existsSync(join(cache, d, 'eng.traineddata')))).toBe(true);
    const wasm = await run('wasm');
    expect(native.pages[0].source).toBe('ocr');
    expect(native.pages[0].ocrConfidence).toBeGreaterThan(0.5);
    expect(native.total.value).not.toBeNull();
    expect(native.total.value).toBe(wasm.total.value);
    expect(native.invoiceDate.value).not.toBeNull();
    expect(native.invoiceDate.value).toBe(wasm.invoiceDate.value);
    expect(native.vendor.name?.value).toBe(wasm.vendor.name?.value);
    // Word boxes came through the TSV/hOCR reading: the fields sit where the built-in engine saw them.
    expect(native.total.box).toEqual(wasm.total.box);
    expect(native.invoiceDate.box).toEqual(wasm.invoiceDate.box);
  }, 240_000);

  it('without tesseract on PATH: exit 3 before reading, with how to install it', async () => {
    const r = await execa(process.execPath, [BIN, 'submit', inbox, '--ledger', join(dir, 'none.db'), '--out', join(dir, 'none-out'), '--ocr-engine', 'native'], {
      cwd: dir,
      reject: false,
      env: { NO_COLOR: '1', PATH: join(dir, 'no-such-dir') },
      extendEnv: false,
    });
    expect(r.exitCode, String(r.stderr)).toBe(3);
    expect(String(r.stderr)).toMatch(/no `tesseract` program on PATH/);
    expect(String(r.stderr)).toMatch(/apt-get install tesseract-ocr/);
    expect(existsSync(join(dir, 'none-out'))).toBe(false);
  }, 60_000);

  it('refuses an unknown engine', async () => {
    const r = await docparse(['submit', inbox, '--ledger', join(dir, 'bad.db'), '--ocr-engine', 'gpu'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(String(r.stderr)).toMatch(/wasm, native/);
  }, 60_000);
});
