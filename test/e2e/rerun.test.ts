/**
 * Reruns through the real CLI: a cron job rerunning an unchanged folder writes the run's row and
 * its counts, not a row per file, while every output still says the right counts, a file that
 * still fails stays reported, and a result file deleted from --out is written again. The noop
 * extractor keeps the results free of review flags (a result that needs review stays linked to
 * every run that meets it, as a failure does: review-retry.test.ts covers those).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes, writeInvoiceFolder, writeInvoicePdf } from '../helpers/fixtures.js';
import { readLedger } from '../helpers/ledger.js';

const FILES = 40;
let source: string;

beforeAll(async () => {
  source = tempDir('docparse-rerun-src-');
  await writeInvoiceFolder(source, FILES, 'doc');
  // Named as a PDF, holding none: it fails at every run, whichever the extractor.
  writeBytes(join(source, 'broken.pdf'), 'these bytes are no PDF at all');
});

const rows = (ledger: string) =>
  readLedger(ledger, (db) => ({
    links: (db.prepare('SELECT count(*) AS n FROM run_jobs').get() as { n: number }).n,
    paths: (db.prepare('SELECT count(*) AS n FROM job_paths').get() as { n: number }).n,
    events: (db.prepare('SELECT count(*) AS n FROM job_events').get() as { n: number }).n,
    runs: (db.prepare('SELECT count(*) AS n FROM runs').get() as { n: number }).n,
  }));
const ledgerBytes = (ledger: string) => [ledger, `${ledger}-wal`].reduce((a, f) => a + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
const resultFiles = (out: string) => readdirSync(out).filter((f) => f.startsWith('doc-') && f.endsWith('.json'));

describe('no-op reruns', () => {
  it('write the run row only, however many files, and keep every count and report true', async () => {
    const dir = tempDir('docparse-rerun-');
    const inv = join(dir, 'in');
    cpSync(source, inv, { recursive: true });
    const ledger = join(dir, 'ledger.db');
    const out = join(dir, 'out');
    const args = ['submit', inv, '--ledger', ledger, '--out', out, '--extractor', 'noop', '--json'];

    const first = await docparse(args, { cwd: dir });
    expect(first.exitCode, String(first.stderr)).toBe(2); // broken.pdf
    expect(JSON.parse(String(first.stdout)).jobs).toMatchObject({ total: FILES + 1, new: FILES + 1, processed: FILES + 1 });
    const after1 = rows(ledger);
    // The first run links each of its jobs (they were work for it).
    expect(after1.links).toBe(FILES + 1);

    // Five reruns: nothing changed, so each adds its run row and the link of the file that still
    // fails (it stays work: the failures report and exit 2 say so), never a row per file.
    const runs = [];
    const inodes = (): number[] => ['failures.json', 'failures.csv', 'summary.json'].map((f) => statSync(join(out, f)).ino);
    let kept: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await docparse(args, { cwd: dir });
      expect(r.exitCode, String(r.stderr)).toBe(2);
      runs.push(JSON.parse(String(r.stdout)));
      if (i === 0) kept = inodes();
    }
    // A run that finished nothing leaves failures files holding the same bytes as they are (no
    // temp file, no rename: the same inode), and still replaces summary.json: it holds the last
    // run's id (its inode says nothing here: four renames since can hand the first one's back).
    const now = inodes();
    expect(now.slice(0, 2)).toEqual(kept.slice(0, 2));
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).runId).toBe(runs[4].runId);
    expect(runs[4].runId).not.toBe(runs[0].runId);
    const after6 = rows(ledger);
    expect(after6.runs - after1.runs).toBe(5);
    expect(after6.links - after1.links).toBe(5);
    expect(after6.paths).toBe(after1.paths);
    expect(after6.events).toBe(after1.events);
    // The counts: every job of the folder, the done ones as skipped (counted from the run's row).
    for (const s of runs) {
      expect(s.jobs).toMatchObject({ total: FILES + 1, new: 0, existing: FILES + 1, skipped: FILES, processed: 0 });
      expect(s.byState).toMatchObject({ completed: FILES, failed: 1, pending: 0 });
    }
    const failures = JSON.parse(readFileSync(join(out, 'failures.json'), 'utf8'));
    expect(failures.map((f: { path: string }) => f.path)).toEqual([join(inv, 'broken.pdf')]);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).runId).toBe(runs[4].runId);
    // status <runId> of a no-op rerun: the same counts, and what was done before it said so.
    const status = JSON.parse(String((await docparse(['status', runs[4].runId, '--ledger', ledger, '--json'], { cwd: dir })).stdout));
    expect(status).toMatchObject({ jobs: FILES + 1, skipped: FILES, byState: { completed: FILES, failed: 1 }, finished: true });
    expect(status.failed.map((f: { path: string }) => f.path)).toEqual([join(inv, 'broken.pdf')]);
    const text = await docparse(['status', runs[4].runId, '--ledger', ledger], { cwd: dir });
    expect(String(text.stdout)).toContain(`(${FILES} of them done before this run)`);
    // The growth of the file itself, WAL included: a few pages for six runs, not a row per file.
    const before = ledgerBytes(ledger);
    for (let i = 0; i < 3; i++) await docparse(args, { cwd: dir });
    expect(ledgerBytes(ledger) - before).toBeLessThan(64 * 1024);
  }, 240_000);

  it('write a result file again when it is missing from --out, and process only what changed', async () => {
    const dir = tempDir('docparse-rerun-missing-');
    const inv = join(dir, 'in');
    cpSync(source, inv, { recursive: true });
    rmSync(join(inv, 'broken.pdf'));
    const ledger = join(dir, 'ledger.db');
    const out = join(dir, 'out');
    const args = ['submit', inv, '--ledger', ledger, '--out', out, '--extractor', 'noop', '--json'];
    expect((await docparse(args, { cwd: dir })).exitCode).toBe(0);
    const files = resultFiles(out);
    expect(files).toHaveLength(FILES);
    // A kill between a job's completion and its result file leaves it missing: the next run writes it.
    rmSync(join(out, files[3]));
    rmSync(join(out, files[17]));
    const again = JSON.parse(String((await docparse(args, { cwd: dir })).stdout));
    expect(again.jobs).toMatchObject({ skipped: FILES, processed: 0 });
    expect(resultFiles(out).sort()).toEqual(files.sort());
    expect(JSON.parse(readFileSync(join(out, files[3]), 'utf8')).status).toBe('completed');
    // Into a new folder, every result is written from the ledger.
    const other = join(dir, 'out2');
    await docparse(['submit', inv, '--ledger', ledger, '--out', other, '--extractor', 'noop', '-q'], { cwd: dir });
    expect(resultFiles(other)).toHaveLength(FILES);

    // One file changed: it alone is new work, linked with its run; the rest are counted.
    await writeInvoicePdf(join(inv, 'doc-005.pdf'), { number: 'CHANGED-5' });
    const linksBefore = rows(ledger).links;
    const changed = JSON.parse(String((await docparse(args, { cwd: dir })).stdout));
    expect(changed.jobs).toMatchObject({ total: FILES, new: 1, skipped: FILES - 1, processed: 1 });
    expect(rows(ledger).links - linksBefore).toBe(1);
    const jobs = String((await docparse(['jobs', '--run', changed.runId, '--ledger', ledger], { cwd: dir })).stdout).trim().split('\n');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toContain('doc-005.pdf');
  }, 240_000);

  it('take a file as remembered only while its size, mtime and change time are: any changed, it is read again; --verify reads all', async () => {
    const dir = tempDir('docparse-rerun-changed-');
    const inv = join(dir, 'in');
    cpSync(source, inv, { recursive: true });
    rmSync(join(inv, 'broken.pdf'));
    const ledger = join(dir, 'ledger.db');
    const args = ['submit', inv, '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'noop', '--json'];
    const run = async (extra: string[] = []) => {
      const r = await docparse([...args, ...extra], { cwd: dir });
      expect(r.exitCode, String(r.stderr)).toBe(0);
      return JSON.parse(String(r.stdout)) as { files: { hashed: number }; jobs: Record<string, number> };
    };
    expect((await run()).files.hashed).toBe(FILES);
    expect((await run()).files).toMatchObject({ hashed: 0 });

    // Touched (mtime only): read again, found the same content, so the same finished job.
    const touched = join(inv, 'doc-003.pdf');
    const was = statSync(touched);
    utimesSync(touched, was.atime, new Date(was.mtimeMs + 10_000));
    expect(await run()).toMatchObject({ files: { hashed: 1 }, jobs: { new: 0, skipped: FILES, processed: 0 } });

    // New content put back under the old mtime (size alone tells): read again, a new job.
    const rewritten = join(inv, 'doc-007.pdf');
    const old = statSync(rewritten);
    await writeInvoicePdf(rewritten, { number: 'REWRITTEN-7-WITH-A-LONGER-NUMBER' });
    expect(statSync(rewritten).size).not.toBe(old.size);
    utimesSync(rewritten, old.atime, old.mtime);
    expect(await run()).toMatchObject({ files: { hashed: 1 }, jobs: { new: 1, skipped: FILES - 1, processed: 1 } });

    // New content of the same size put back under the old mtime: only the change time tells (the
    // system sets it at every write; utimes cannot set it back). Read again, a new job.
    const sameSize = join(inv, 'doc-002.pdf');
    // A whole second as its mtime first (a Date keeps milliseconds only, mtimeMs has more), recorded.
    utimesSync(sameSize, 1_700_000_000, 1_700_000_000);
    expect(await run()).toMatchObject({ files: { hashed: 1 }, jobs: { new: 0, processed: 0 } });
    const before = statSync(sameSize);
    const bytes = readFileSync(sameSize);
    const at = bytes.lastIndexOf('%%EOF') - 2; // a byte no reader of this test looks at
    bytes[at] = bytes[at] === 0x20 ? 0x0a : 0x20;
    writeFileSync(sameSize, bytes);
    utimesSync(sameSize, 1_700_000_000, 1_700_000_000);
    expect([statSync(sameSize).size, statSync(sameSize).mtimeMs, statSync(sameSize).ino]).toEqual([before.size, before.mtimeMs, before.ino]);
    expect(await run()).toMatchObject({ files: { hashed: 1 }, jobs: { new: 1, skipped: FILES - 1, processed: 1 } });
    expect(await run()).toMatchObject({ files: { hashed: 0 }, jobs: { new: 0, processed: 0 } });

    // --verify trusts no record: every file is read, and nothing is new.
    expect(await run(['--verify'])).toMatchObject({ files: { hashed: FILES }, jobs: { new: 0, skipped: FILES, processed: 0 } });
  }, 240_000);
});
