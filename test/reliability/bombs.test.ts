/**
 * Decompression and structure bombs, made in the test (scripts/bench/bombs.mjs builds them; nothing
 * large is committed), submitted beside a good invoice through the real CLI: each fails alone,
 * at once and permanently, with the cap it passed named in its message. Their peak memory is
 * measured by `npm run bombs`, not here (no memory or time targets in tests).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain-JS module shared with the bombs script
import { pdfFlateBomb, pdfLzwBomb, pdfManyPages, pdfMediaBox, pdfRunLengthBomb, tiffPages } from '../../scripts/bench/bombs.mjs';
import { docparse } from '../helpers/cli.js';
import { invoiceLines, scratch, writePdf } from './support.js';

let dir: string;

beforeAll(async () => {
  dir = scratch('docparse-bombs-');
  const inv = join(dir, 'in');
  mkdirSync(inv);
  await writePdf(join(inv, 'good.pdf'), invoiceLines('INV-GOOD'));
  writeFileSync(join(inv, 'page-bomb.tif'), tiffPages(9000, 9000, 20)); // 1.6 gigapixels in ~170 KB
  writeFileSync(join(inv, 'loop.tif'), tiffPages(200, 200, 3, { loop: true }));
  writeFileSync(join(inv, 'mediabox.pdf'), pdfMediaBox(1e7, 1e7));
  writeFileSync(join(inv, 'flate.pdf'), await pdfFlateBomb(100 * 1048576)); // over the 64 MB stream cap
  writeFileSync(join(inv, 'lzw.pdf'), pdfLzwBomb(100 * 1048576)); // 70 KB
  writeFileSync(join(inv, 'runlength.pdf'), pdfRunLengthBomb(100 * 1048576)); // 1.6 MB
  writeFileSync(join(inv, 'lzw-small.pdf'), pdfLzwBomb(200_000)); // under the cap: read as usual
  writeFileSync(join(inv, 'pages.pdf'), pdfManyPages(1001)); // one over the default --max-pages
  writeFileSync(join(inv, 'sixty.pdf'), pdfManyPages(60));
}, 60_000);

describe('bombs beside a good invoice', () => {
  it('each fails alone and permanently with its cap named; the good one completes', async () => {
    const out = join(dir, 'out');
    const r = await docparse(['submit', join(dir, 'in'), '--ledger', join(dir, 'l.db'), '--out', out, '-q'], { cwd: dir, timeout: 120_000 });
    expect(r.exitCode, String(r.stderr)).toBe(2);
    const failures = JSON.parse(readFileSync(join(out, 'failures.json'), 'utf8')) as Array<{ path: string; errorClass: string; message: string; retryable: boolean; attempts: number }>;
    const by = Object.fromEntries(failures.map((f) => [f.path.split('/').pop(), f]));
    expect(Object.keys(by).sort()).toEqual(['flate.pdf', 'loop.tif', 'lzw.pdf', 'mediabox.pdf', 'page-bomb.tif', 'pages.pdf', 'runlength.pdf']);
    expect(by['page-bomb.tif']).toMatchObject({ errorClass: 'too_large', retryable: false, attempts: 1 });
    expect(by['page-bomb.tif'].message).toMatch(/pages come to more than 1000 MP in all \(the limit for one document/);
    expect(by['loop.tif']).toMatchObject({ errorClass: 'corrupt', retryable: false, attempts: 1 });
    expect(by['loop.tif'].message).toMatch(/page chain loops back/);
    expect(by['mediabox.pdf']).toMatchObject({ errorClass: 'too_large', retryable: false });
    expect(by['mediabox.pdf'].message).toMatch(/over the largest page PDF allows/);
    expect(by['flate.pdf']).toMatchObject({ errorClass: 'too_large', retryable: false });
    expect(by['flate.pdf'].message).toMatch(/decodes to more than 64 MB \(the limit for one stream\)/);
    for (const f of ['lzw.pdf', 'runlength.pdf']) {
      expect(by[f]).toMatchObject({ errorClass: 'too_large', retryable: false, attempts: 1 });
      expect(by[f].message).toMatch(/stream of object 4 of the PDF decodes to more than 64 MB \(the limit for one stream\)/);
    }
    expect(by['pages.pdf']).toMatchObject({ errorClass: 'too_large', retryable: false });
    expect(by['pages.pdf'].message).toMatch(/1001 pages, over the limit of 1000 \(--max-pages\)/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.byState).toMatchObject({ completed: 3, failed: 7 });
    const small = readdirSync(out).find((n) => n.startsWith('lzw-small.pdf.'))!;
    expect(JSON.parse(readFileSync(join(out, small), 'utf8')).result.invoiceNumber.value).toBe('FB-1');
  });

  it('--max-pages is the page limit (env DOCPARSE_MAX_PAGES too)', async () => {
    const flag = await docparse(['submit', join(dir, 'in', 'sixty.pdf'), '--ledger', join(dir, 'm.db'), '--out', join(dir, 'm'), '--max-pages', '50', '-q'], { cwd: dir });
    expect(flag.exitCode, String(flag.stderr)).toBe(2);
    expect(String(flag.stderr)).toMatch(/60 pages, over the limit of 50/);
    const env = await docparse(['extract', join(dir, 'in', 'sixty.pdf')], { cwd: dir, env: { DOCPARSE_MAX_PAGES: '59' } });
    expect(env.exitCode).toBe(2);
    expect(String(env.stderr)).toMatch(/too_large: the PDF has 60 pages, over the limit of 59/);
  });
});
