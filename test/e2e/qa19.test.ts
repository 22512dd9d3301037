/**
 * Everyday use and hostile input that session 18's QA (S18-QA19) found, each through the real CLI:
 * what a user saw, and now sees.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { BIN, docparse } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';
import { UNPRIVILEGED, unprivilegedRunner } from '../reliability/support.js';

const BASE = ['--ledger', 'l.db', '--out', 'out', '--extractor', 'text'];
const PDF = new URL('../../fixtures/invoices/en-us-harbor-light-consulting.pdf', import.meta.url);
const PDF2 = new URL('../../fixtures/invoices/es-talleres-mirador.pdf', import.meta.url);
const SCAN = new URL('../../fixtures/invoices/en-us-quarry-lane-software-scan.png', import.meta.url);

const failures = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', 'failures.json'), 'utf8')) as Array<{ path: string; errorClass: string; message: string; jobId: string | null }>;

describe('every file the user gave appears by its own name', () => {
  it('two empty files (the same SHA-256 of nothing) each fail as an empty file under their own name, in the report, --json and on stderr', async () => {
    const dir = tempDir('docparse-qa19-empty-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'empty.pdf'), '');
    writeFileSync(join(dir, 'in', 'zero.png'), '');
    copyFileSync(PDF, join(dir, 'in', 'good.pdf')); // control: read as before
    const r = await docparse(['submit', 'in', ...BASE, '--json'], { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(2);
    const rows = failures(dir).map((f) => [f.path.replace(/.*\//, ''), f.errorClass, f.message]).sort();
    expect(rows).toEqual([
      ['empty.pdf', 'empty', 'empty file (0 bytes): there is nothing to read'],
      ['zero.png', 'empty', 'empty file (0 bytes): there is nothing to read'],
    ]);
    const s = JSON.parse(String(r.stdout));
    expect(s.files).toMatchObject({ seen: 3, failedToScan: 2, sameContent: 0 });
    expect(s.byState).toMatchObject({ completed: 1, failed: 0 });
    for (const n of ['empty.pdf', 'zero.png']) expect(String(r.stderr)).toContain(`failed     ${join(dir, 'in', n)}: empty: empty file (0 bytes)`);
    // The summary adds up: 3 files = 1 completed + 2 failed.
    const plain = await docparse(['submit', 'in', ...BASE], { cwd: dir });
    expect(String(plain.stderr)).toMatch(/done: 3 files, 1 completed \(1 already done\), 2 failed in /);
  });

  it('the same document under two names is one job; the other name is said skipped as the same content, and a failing content fails under both names', async () => {
    const dir = tempDir('docparse-qa19-same-');
    mkdirSync(join(dir, 'in'));
    copyFileSync(PDF, join(dir, 'in', 'a.pdf'));
    copyFileSync(PDF, join(dir, 'in', 'b.pdf'));
    copyFileSync(PDF2, join(dir, 'in', 'other.pdf')); // control: its own job, not "the same"
    writeFileSync(join(dir, 'in', 'c.pdf'), '%PDF-1.7\nnot a pdf at all\n');
    writeFileSync(join(dir, 'in', 'd.pdf'), '%PDF-1.7\nnot a pdf at all\n');
    const r = await docparse(['submit', 'in', ...BASE, '--json'], { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(2);
    const s = JSON.parse(String(r.stdout));
    expect(s.files).toMatchObject({ seen: 5, sameContent: 2 });
    expect(s.jobs.total).toBe(3);
    const pairs = (s.sameContent as Array<{ path: string; sameAs: string }>).map((x) => [x.path, x.sameAs].map((p) => p.replace(/.*\//, '')).sort().join('='));
    expect(pairs.sort()).toEqual(['a.pdf=b.pdf', 'c.pdf=d.pdf']);
    for (const x of s.sameContent) expect(String(r.stderr)).toContain(`skipped    ${x.path}: same content as ${x.sameAs} (one job, read once`);
    // Both names of the broken content are in the failures report, with the one job.
    const rows = failures(dir);
    expect(rows.map((f) => f.path.replace(/.*\//, '')).sort()).toEqual(['c.pdf', 'd.pdf']);
    expect(new Set(rows.map((f) => f.jobId)).size).toBe(1);
    expect(rows.every((f) => f.errorClass === 'corrupt')).toBe(true);
    // The one result lists both paths; the last line's counts add up (5 = 2 + 1 + 2).
    const plain = await docparse(['submit', 'in', ...BASE, '--force'], { cwd: dir });
    expect(String(plain.stderr)).toMatch(/done: 5 files, 2 completed, 1 failed, 2 skipped as the same content as another file in /);
    const result = readdirSync(join(dir, 'out')).filter((n) => /^[ab]\.pdf\.[0-9a-f]{12}\.json$/.test(n));
    expect(result).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'out', result[0]), 'utf8')).paths.sort()).toEqual([join(dir, 'in', 'a.pdf'), join(dir, 'in', 'b.pdf')]);
  });
});

describe('a folder that cannot be read', () => {
  const unpriv = unprivilegedRunner();
  it.skipIf('reason' in unpriv)(`is counted apart from the files, and its line names the folder and what to do (run as uid ${UNPRIVILEGED.uid})`, async () => {
    if ('reason' in unpriv) return;
    const dir = tempDir('docparse-qa19-folder-');
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'in', 'private'), { recursive: true });
    copyFileSync(PDF, join(dir, 'in', 'a.pdf'));
    copyFileSync(PDF2, join(dir, 'in', 'private', 'b.pdf'));
    for (const p of ['', 'in', 'in/a.pdf', 'in/private', 'in/private/b.pdf']) chownSync(join(dir, p), UNPRIVILEGED.uid, UNPRIVILEGED.gid);
    chmodSync(join(dir, 'in', 'private'), 0o000);
    const [cmd, ...pre] = unpriv.wrap.length ? unpriv.wrap : [process.execPath];
    const args = unpriv.wrap.length ? [...pre, process.execPath, BIN] : [BIN];
    const run = (more: string[]) => execa(cmd, [...args, 'submit', 'in', ...BASE, ...more], { cwd: dir, reject: false, env: { NO_COLOR: '1', HOME: dir } });
    const r = await run([]);
    chmodSync(join(dir, 'in', 'private'), 0o755);
    expect(r.exitCode, String(r.stderr)).toBe(2);
    const err = String(r.stderr);
    const folder = join(dir, 'in', 'private');
    expect(err).toContain(`failed     folder ${folder} could not be read: permission denied (EACCES); none of its files were read (Give the user running docparse read and execute permission on it (chmod u+rx '${folder}'`);
    expect(err).not.toMatch(/opendir\s*$/m);
    expect(err).toMatch(/done: 1 file, 1 completed, 0 failed, 1 folder could not be read in [\d.]+s -> .*; see .*failures\.csv/);
    const s = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));
    expect(s.files).toMatchObject({ seen: 1, failedToScan: 0, foldersUnreadable: 1 });
    expect(failures(dir)).toEqual([expect.objectContaining({ path: folder, errorClass: 'unreadable', jobId: null })]);
    // Readable again: its file is read, and nothing is said of folders.
    const again = await run([]);
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect(String(again.stderr)).toMatch(/done: 2 files, 2 completed \(1 already done\), 0 failed in /);
  });
});

describe('-q for cron: the exit code is the signal', () => {
  it('submit, retry and extract print nothing when they end 0; a failure is still said, with the last line pointing at the report', async () => {
    const dir = tempDir('docparse-qa19-quiet-');
    copyFileSync(PDF, join(dir, 'a.pdf'));
    const ok = await docparse(['submit', 'a.pdf', ...BASE, '-q'], { cwd: dir });
    expect(ok.exitCode, String(ok.stderr)).toBe(0);
    expect([String(ok.stdout), String(ok.stderr)]).toEqual(['', '']);

    writeFileSync(join(dir, 'b.pdf'), '%PDF-1.7\nnot a pdf at all\n');
    const bad = await docparse(['submit', 'b.pdf', ...BASE, '-q'], { cwd: dir });
    expect(bad.exitCode).toBe(2);
    expect(String(bad.stderr)).toMatch(/^failed +b\.pdf: corrupt: .*\ndone: 1 file, 0 completed, 1 failed in [\d.]+s -> .*; see .*failures\.csv/);

    // Fixed, then retried: the retry ends 0 and says nothing.
    copyFileSync(PDF2, join(dir, 'b.pdf'));
    const retried = await docparse(['retry', '--failed', ...BASE.slice(0, 4), '-q'], { cwd: dir });
    expect(retried.exitCode, String(retried.stderr)).toBe(0);
    expect(String(retried.stderr)).toBe('');

    const ex = await docparse(['extract', 'a.pdf', '-q'], { cwd: dir });
    expect(ex.exitCode, String(ex.stderr)).toBe(0);
    expect(JSON.parse(String(ex.stdout)).documentKind).toBe('text_pdf');
    expect(String(ex.stderr)).toBe('');
    // A file it cannot read is still said on stderr, with exit 2.
    const exBad = await docparse(['extract', 'missing.pdf', '-q'], { cwd: dir });
    expect(exBad.exitCode).not.toBe(0);
    expect(String(exBad.stderr)).toMatch(/missing\.pdf/);
  });
});

describe("the native engine's model cache", () => {
  it('keeps the folder in use and the recent ones, and removes copies nobody used for a day', async () => {
    const home = tempDir('docparse-qa19-home-');
    const root = join(home, '.cache', 'docparse', 'tessdata');
    const day = 24 * 3600 * 1000;
    const stale = join(root, '0123456789abcdef');
    const recent = join(root, 'fedcba9876543210');
    const notOurs = join(root, 'notes');
    for (const d of [stale, recent, notOurs]) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'eng.traineddata'), 'old model');
    }
    const back = (p: string, ms: number) => utimesSync(p, new Date(Date.now() - ms), new Date(Date.now() - ms));
    back(stale, 3 * day);
    back(notOurs, 3 * day);
    back(recent, 3600 * 1000);
    copyFileSync(SCAN, join(home, 'scan.png'));
    const r = await docparse(['extract', 'scan.png', '--ocr-engine', 'native', '--ocr-model', 'fast'], { cwd: home, env: { HOME: home } });
    // The document was read as before (control).
    expect(r.exitCode, String(r.stderr)).toBe(0);
    expect(JSON.parse(String(r.stdout)).pages[0].source).toBe('ocr');
    const left = readdirSync(root).sort();
    expect(left).not.toContain('0123456789abcdef');
    expect(left).toContain('fedcba9876543210');
    expect(left).toContain('notes');
    // The folder this run read its model from is there, marked as used now.
    const current = left.filter((n) => /^[0-9a-f]{16}$/.test(n) && n !== 'fedcba9876543210');
    expect(current).toHaveLength(1);
    expect(existsSync(join(root, current[0], 'eng.traineddata'))).toBe(true);
    expect(Date.now() - statSync(join(root, current[0])).mtimeMs).toBeLessThan(60_000);
  }, 120_000);
});
