/**
 * Everyday use that session 17's QA (S17-QA17) noticed and left, each through the real CLI:
 * what a user saw, and now sees.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';

const BASE = ['--ledger', 'l.db', '--out', 'out'];
const SCAN = new URL('../../fixtures/invoices/fr-atelier-vauclair-scanned.pdf', import.meta.url);

describe('retry --failed of a scan that failed under --extractor text', () => {
  it('says to submit it again with --extractor auto (a retry keeps the extractor), not to fix a file that is fine', async () => {
    const dir = tempDir('docparse-qa18-retry-text-');
    copyFileSync(SCAN, join(dir, 'scan.pdf'));
    // A file that is broken: the old advice stays right for it.
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot a pdf at all\n');
    const s = await docparse(['submit', 'scan.pdf', 'broken.pdf', ...BASE, '--extractor', 'text', '-q'], { cwd: dir });
    expect(s.exitCode, String(s.stderr)).toBe(2);
    const r = await docparse(['retry', '--failed', ...BASE], { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(2);
    const err = String(r.stderr);
    const lines = err.split('\n');
    const at = lines.findIndex((l) => /^skipped +.*scan\.pdf: no_text and the file is unchanged/.test(l));
    expect(at, err).toBeGreaterThanOrEqual(0);
    // The line under the scan's says what to do with it.
    expect(lines[at + 1]).toMatch(/--extractor text.*text layers only.*retry keeps.*docparse submit .*scan\.pdf --extractor auto/);
    // The broken file's advice is still to fix it, and it is said once, for that file alone.
    expect(err).toMatch(/skipped +.*broken\.pdf: corrupt and the file is unchanged/);
    expect(err.match(/fix it and retry/g)).toHaveLength(1);
    // Doing what it says makes a new job of the scan, to be read (its OCR is proven in extract.test.ts).
    const again = await docparse(['submit', 'scan.pdf', ...BASE, '--extractor', 'auto', '--dry-run', '--json'], { cwd: dir });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    const plan = JSON.parse(String(again.stdout)).plan;
    expect([plan.process.length, plan.skip.length]).toEqual([1, 0]);
  });
});

describe('a symlink loop in the folder submitted', () => {
  it('is ignored as a symlink loop, not as "a broken symlink (what it points to does not exist)"', async () => {
    const dir = tempDir('docparse-qa18-loop-');
    mkdirSync(join(dir, 'in'));
    symlinkSync('loop-b', join(dir, 'in', 'loop-a'));
    symlinkSync('loop-a', join(dir, 'in', 'loop-b'));
    symlinkSync('gone.pdf', join(dir, 'in', 'dangling.pdf'));
    const r = await docparse(['submit', 'in', ...BASE, '--dry-run', '--json'], { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const ignore = (JSON.parse(String(r.stdout)).plan.ignore as Array<{ path: string; reason: string }>).map((i) => [i.path.replace(/.*\//, ''), i.reason]).sort();
    expect(ignore).toEqual([
      ['dangling.pdf', 'a broken symlink (what it points to does not exist)'],
      ['loop-a', 'a symlink loop (the links point at each other, never at a file)'],
      ['loop-b', 'a symlink loop (the links point at each other, never at a file)'],
    ]);
  });

  it('named on the command line: submit says it is a symlink loop (not "Check its permissions"), extract too (not "an unexpected error")', async () => {
    const dir = tempDir('docparse-qa18-loop-arg-');
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    const s = await docparse(['submit', 'loop-a', ...BASE], { cwd: dir });
    expect(s.exitCode, String(s.stderr)).toBe(1);
    expect(String(s.stderr)).toMatch(/^docparse: loop-a is a symlink loop \(the links point at each other, never at a file\)\n  Check the path\./);
    const x = await docparse(['extract', 'loop-a'], { cwd: dir });
    expect(x.exitCode, String(x.stderr)).toBe(2);
    expect(String(x.stderr)).toMatch(/^docparse: loop-a: unreadable: a symlink loop \(the links point at each other, never at a file\)/);
    expect(String(x.stderr)).toMatch(/\n  Point the link at the file, or give the file itself\.$/);
    expect(String(x.stderr)).not.toMatch(/unexpected|retry <jobId>/);
  });
});
