#!/usr/bin/env node
// `npm run readings` (after `npm run build`): refreshes fixtures/readings/, the committed OCR
// readings of the held-out sweeps' scans (fixtures/sweep*/), which the sweep suites
// (test/helpers/sweep.ts) hand to the real CLI as its `--reading-cache`, so `npm test` does not
// OCR ~170 scans. Each sweep folder goes through `docparse submit --reading-cache` into a fresh
// temporary cache, as the suite runs it; the readings that needed OCR are kept, gzipped, as
// `<key>.json.gz`; the rest (text layers, read in well under a second) stay out, and so does
// everything the previous refresh wrote. Run it when test/unit/readings.test.ts says the
// committed readings are no longer current (the reader code or its settings changed), or when a
// sweep suite reports a reading it had to OCR live (a new scan, a new look).
//
//   node scripts/readings.mjs [fixtures/sweepN ...]   (default: every fixtures/sweep*/ with truth.json)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readByOcr } from '../dist/extract/reading-cache.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'fixtures', 'readings');
const CLI = join(ROOT, 'bin', 'docparse.cjs');

const named = process.argv.slice(2).map((d) => resolve(d));
const dirs = named.length
  ? named
  : readdirSync(join(ROOT, 'fixtures'))
      .filter((d) => /^sweep\d*$/.test(d) && existsSync(join(ROOT, 'fixtures', d, 'truth.json')))
      .map((d) => join(ROOT, 'fixtures', d));

const tmp = mkdtempSync(join(tmpdir(), 'docparse-readings-'));
const cache = join(tmp, 'cache');
try {
  for (const [i, dir] of dirs.entries()) {
    const t0 = Date.now();
    const args = [CLI, 'submit', dir, '-o', join(tmp, `out${i}`), '--ledger', join(tmp, `l${i}.db`), '--no-report', '-q', '--reading-cache', cache];
    try {
      execFileSync(process.execPath, args, { stdio: 'inherit', cwd: tmp });
    } catch (err) {
      // A run that stopped (a crashed OCR worker under load) is run again: its ledger skips what
      // is done, and what it read is in the cache already. A second failure ends the refresh.
      process.stderr.write(`${dir}: ${err.message.split('\n')[0]}; once more\n`);
      execFileSync(process.execPath, args, { stdio: 'inherit', cwd: tmp });
    }
    process.stderr.write(`${dir}: ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  // Only a full refresh starts over; one of some folders adds to what is there.
  if (!named.length) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let kept = 0;
  let bytes = 0;
  for (const f of readdirSync(cache).filter((n) => n.endsWith('.json')).sort()) {
    const text = readFileSync(join(cache, f), 'utf8');
    if (!readByOcr(JSON.parse(text))) continue;
    const gz = gzipSync(text, { level: 9 });
    writeFileSync(join(OUT, `${f}.gz`), gz);
    kept++;
    bytes += gz.length;
  }
  process.stderr.write(`fixtures/readings: ${kept} OCR readings written (${(bytes / 1024).toFixed(0)} KB gzipped)\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
