#!/usr/bin/env node
/**
 * `npm run bombs`: peak RSS of docparse on hostile inputs, each made here (see bench/bombs.mjs)
 * and submitted alone at the default settings. Every one must fail with its documented class
 * and keep the whole process (main thread, PDF/TIFF threads, OCR workers) under the per-document
 * ceiling the README states. Uses the built CLI. Not part of the tests (memory figures belong
 * here, not in timed tests); test/reliability checks the same inputs' failure classes.
 *
 *   npm run bombs                 all inputs
 *   npm run bombs -- --only tiff-pages,pdf-flate
 *   npm run bombs -- --json       results as JSON on stdout
 *   npm run bombs -- --bin PATH   another build of the CLI (e.g. main's, for a before/after)
 *
 * A guard kills docparse past 4 GB (a "before" build may not stop by itself); the row then says so.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfFlateBomb, pdfLzwBomb, pdfManyPages, pdfMediaBox, pdfRunLengthBomb, tiffPages } from './bench/bombs.mjs';
import { measure } from './bench/measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const value = (f, d) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : d);
const BIN = resolve(value('--bin', join(ROOT, 'bin', 'docparse.js')));
const ONLY = value('--only', null)?.split(',');
const JSON_OUT = argv.includes('--json');
/** The documented per-document ceiling (README, "Limits"). */
const CEILING_MB = 1024;
const GUARD_MB = 4096;

/** A PNG claiming width x height (8-bit grey); `full`: with all its rows (white), else one row (a bomb's header). */
async function pngBomb(width, height, full = false) {
  const { deflateSync } = await import('node:zlib');
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b) => {
    let c = 0xffffffff;
    for (const x of b) c = table[(c ^ x) & 255] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, c]);
  };
  const row = Buffer.alloc(width + 1, 0xff);
  row[0] = 0; // filter: none
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(full ? Buffer.concat(Array.from({ length: height }, () => row)) : Buffer.alloc(width + 1))), chunk('IEND', Buffer.alloc(0))]);
}

const BOMBS = [
  { id: 'tiff-pages', file: 'pages.tif', what: '20 bilevel pages of 9000 x 9000 (1.6 gigapixels)', expect: 'too_large', make: () => tiffPages(9000, 9000, 20) },
  { id: 'tiff-loop', file: 'loop.tif', what: 'page chain that loops back to its first page', expect: 'corrupt', make: () => tiffPages(2000, 2000, 2, { loop: true }) },
  // The largest pages accepted (the 100 MP cap): blank, so they end as no_text after OCR.
  { id: 'tiff-page', file: 'big.tif', what: 'one blank bilevel page of 10000 x 10000 (100 MP, accepted)', expect: 'no_text', make: () => tiffPages(10000, 10000, 1) },
  { id: 'tiff-rgb', file: 'rgb.tif', what: 'one blank RGB page of 10000 x 10000 (100 MP, accepted)', expect: 'no_text', make: () => tiffPages(10000, 10000, 1, { rgb: true }) },
  { id: 'png-page', file: 'big.png', what: 'one blank PNG of 10000 x 10000 (100 MP, accepted)', expect: 'no_text', make: () => pngBomb(10000, 10000, true) },
  { id: 'png-header', file: 'bomb.png', what: 'PNG header claiming 30000 x 30000', expect: 'too_large', make: () => pngBomb(30000, 30000) },
  { id: 'pdf-mediabox', file: 'mediabox.pdf', what: 'one page with a 10,000,000-point MediaBox', expect: 'too_large', make: () => pdfMediaBox(1e7, 1e7) },
  { id: 'pdf-flate', file: 'flate.pdf', what: 'a content stream that inflates to 1 GB', expect: 'too_large', make: () => pdfFlateBomb(1 << 30) },
  { id: 'pdf-lzw', file: 'lzw.pdf', what: 'an LZW content stream that decodes to 1 GB', expect: 'too_large', make: () => pdfLzwBomb(1 << 30) },
  { id: 'pdf-runlength', file: 'runlength.pdf', what: 'a run-length content stream that decodes to 1 GB', expect: 'too_large', make: () => pdfRunLengthBomb(1 << 30) },
  { id: 'pdf-pages', file: 'pages.pdf', what: '20,000 pages', expect: 'too_large', make: () => pdfManyPages(20000) },
].filter((b) => !ONLY || ONLY.includes(b.id));

const work = mkdtempSync(join(tmpdir(), 'docparse-bombs-'));
const rows = [];
try {
  for (const b of BOMBS) {
    const dir = join(work, b.id);
    mkdirSync(join(dir, 'in'), { recursive: true });
    const bytes = await b.make();
    writeFileSync(join(dir, 'in', b.file), bytes);
    const r = await measure('node', [BIN, 'submit', join(dir, 'in'), '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out'), '--max-attempts', '1', '--timeout', '3m', '-q'], { cwd: dir, killAboveMb: GUARD_MB });
    let failure = null;
    try {
      failure = JSON.parse(readFileSync(join(dir, 'out', 'failures.json'), 'utf8'))[0] ?? null;
    } catch {
      /* no report (killed) */
    }
    const peak = Math.round(r.peakRssMb ?? 0);
    const cls = r.killed ? `killed above ${GUARD_MB} MB` : (failure?.errorClass ?? (r.code === 0 ? 'completed' : `exit ${r.code}`));
    const ok = !r.killed && peak <= CEILING_MB && cls === b.expect;
    rows.push({ id: b.id, what: b.what, bytes: bytes.length, exitCode: r.code, errorClass: cls, message: failure?.message ?? null, expected: b.expect, peakRssMb: peak, seconds: Math.round(r.ms / 100) / 10, ceilingMb: CEILING_MB, result: ok ? 'PASS' : 'MISS' });
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const out = JSON_OUT ? process.stderr : process.stdout;
out.write(`docparse on hostile inputs (${BIN}), ceiling ${CEILING_MB} MB per document\n\n`);
out.write('| Input | On disk | Failed as (expected) | Peak RSS | Time | Result |\n| --- | --- | --- | --- | --- | --- |\n');
for (const r of rows) out.write(`| ${r.id}: ${r.what} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.errorClass} (${r.expected}) | ${r.peakRssMb} MB | ${r.seconds} s | ${r.result} |\n`);
for (const r of rows) if (r.message) out.write(`\n${r.id}: ${r.message}`);
out.write('\n');
if (JSON_OUT) process.stdout.write(JSON.stringify({ ceilingMb: CEILING_MB, rows }, null, 2) + '\n');
process.exitCode = rows.every((r) => r.result === 'PASS') ? 0 : 1;
