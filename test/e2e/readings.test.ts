/**
 * fixtures/readings (the sweeps' scans as OCR read them, committed so that `npm test` does not OCR
 * them: test/helpers/sweep.ts) must be current: each reading's key, made again from its scan's
 * bytes, the built reader's code (dist/extract/read, ocr, image) and the CLI's default reader
 * settings, must be its file's name, or a changed reader would send the sweeps to live OCR (their
 * suites fail then, slowly). This test fails first, fast, naming the command that refreshes them.
 * And OCR must still read a scan as committed: two scans read live, without any cache.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { committedReadings, REFRESH } from '../helpers/readings.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dist = (p: string) => import(join(ROOT, 'dist', p));

/** The CLI's default reader options (what a sweep's `submit` reads with). */
async function cliReaderOptions() {
  const { resolveConfig } = await dist('config/index.js');
  const { extractorConfig } = await dist('cli/processing.js');
  const { autoReaderOptions } = await dist('extract/config.js');
  return autoReaderOptions(extractorConfig(resolveConfig({}).config));
}

/** Every file of the sweep folders by its SHA-256. */
function sweepFiles(): Map<string, string> {
  const bySha = new Map<string, string>();
  for (const d of readdirSync(join(ROOT, 'fixtures')).filter((n) => /^sweep\d*$/.test(n))) {
    for (const f of readdirSync(join(ROOT, 'fixtures', d))) bySha.set(createHash('sha256').update(readFileSync(join(ROOT, 'fixtures', d, f))).digest('hex'), `${d}/${f}`);
  }
  return bySha;
}

const SCAN = /\.(png|jpe?g|tiff?)$/i;
const LATER_LOOK = ['ocrThickenInk', 'ocrStretchContrast', 'ocrPageSegMode', 'ocrEngine'];

describe('fixtures/readings: the committed OCR readings of the sweeps', () => {
  const committed = committedReadings();
  const files = sweepFiles();

  it('are current for the built reader (code and default settings)', async () => {
    const { readingSettings, readingCode } = await dist('extract/cached-reader.js');
    const { readingKey } = await dist('extract/reading-cache.js');
    const settings = readingSettings(await cliReaderOptions());
    const code = readingCode();
    const stale = [...committed].filter(([key, e]) => !files.has(e.sha) || readingKey(e.sha, settings, code, e.look) !== key).map(([key, e]) => `${files.get(e.sha) ?? e.sha} ${key}`);
    expect(committed.size).toBeGreaterThan(0);
    expect(stale, `${stale.length} of ${committed.size} committed readings are not current (the reader's code or settings changed): ${REFRESH}`).toEqual([]);
  });

  it('hold a first reading of every scan of the sweeps', () => {
    const read = new Set([...committed.values()].filter((e) => !LATER_LOOK.some((k) => e.look[k] !== undefined)).map((e) => e.sha));
    const missing = [...files].filter(([sha, name]) => SCAN.test(name) && !read.has(sha)).map(([, name]) => name);
    expect(missing, `scans without a committed reading: ${REFRESH}`).toEqual([]);
  });

  it('are what OCR reads today: two scans read live, without a cache, read the same', async () => {
    const { createReader } = await dist('extract/read/index.js');
    // The two smallest first readings: OCR's cost grows with the image.
    const firsts = [...committed.values()].filter((e) => !LATER_LOOK.some((k) => e.look[k] !== undefined) && files.has(e.sha) && SCAN.test(files.get(e.sha)!));
    const size = (e: { sha: string }) => readFileSync(join(ROOT, 'fixtures', files.get(e.sha)!)).length;
    const two = firsts.sort((a, b) => size(a) - size(b)).slice(0, 2);
    expect(two).toHaveLength(2);
    const reader = await createReader({ ...(await cliReaderOptions()), ocrWorkers: 1 });
    try {
      for (const e of two) {
        const path = join(ROOT, 'fixtures', files.get(e.sha)!);
        const r = await reader.read({ path, kind: e.kind, size: size(e) }, e.look);
        expect(r.pages, files.get(e.sha)).toEqual(e.pages);
      }
    } finally {
      await reader.close();
    }
  }, 180_000);
});
