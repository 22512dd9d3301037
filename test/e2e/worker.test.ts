import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes, writeInvoiceFolder, writeInvoicePdf } from '../helpers/fixtures.js';
import { ledgerCounts, readLedger } from '../helpers/ledger.js';

let template: string;

beforeAll(async () => {
  template = tempDir('docparse-worker-src-');
  await writeInvoiceFolder(template, 24);
});

function setup(count = 24) {
  const dir = tempDir('docparse-worker-');
  const inv = join(dir, 'invoices');
  mkdirSync(inv);
  for (const f of readdirSync(template).sort().slice(0, count)) cpSync(join(template, f), join(inv, f));
  const ledger = join(dir, 'ledger.db');
  const out = join(dir, 'out');
  return { dir, inv, ledger, out, base: ['--ledger', ledger, '--out', out, '--extractor', 'text'] };
}

const resultFiles = (out: string) => readdirSync(out).filter((f) => f.endsWith('.json') && !['summary.json', 'failures.json'].includes(f));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const listFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((p) => statSync(p).isFile()) : []);

/** Every job reached `processing` once and `completed` once: nothing was processed twice. */
function expectEachCompletedOnce(ledger: string, n: number) {
  const c = ledgerCounts(ledger);
  expect(c.jobs).toHaveLength(n);
  for (const j of c.jobs) {
    expect(j.status).toBe('completed');
    expect(c.completions.get(j.id)).toBe(1);
    expect(c.claims.get(j.id)).toBe(1);
  }
  expect(c.integrity).toBe('ok');
}

async function waitFor(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('docparse submit --detach and docparse worker (end to end)', () => {
  it('registers with --detach, processes nothing, and a worker --once processes the jobs', async () => {
    const t = setup(6);
    const d = await docparse(['submit', t.inv, ...t.base, '--detach', '--json'], { cwd: t.dir });
    expect(d.exitCode).toBe(0);
    const reg = JSON.parse(String(d.stdout));
    expect(reg.runId).toMatch(/^run_/);
    expect(reg.detached).toBe(true);
    expect(reg.jobs).toHaveLength(6);
    for (const j of reg.jobs) expect(j).toEqual({ jobId: expect.stringMatching(/^job_/), path: expect.stringContaining(t.inv), status: 'pending', outcome: 'new' });
    expect(reg.jobCounts).toMatchObject({ total: 6, new: 6, processed: 0 });
    expect(ledgerCounts(t.ledger).claims.size).toBe(0);
    expect(existsSync(t.out)).toBe(false);

    const w = await docparse(['worker', '--once', ...t.base, '--json'], { cwd: t.dir });
    expect(w.exitCode).toBe(0);
    const s = JSON.parse(String(w.stdout));
    expect(s.jobs).toMatchObject({ total: 6, processed: 6 });
    expect(s.byState.completed).toBe(6);
    expect(resultFiles(t.out)).toHaveLength(6);
    expect(JSON.parse(readFileSync(join(t.out, 'summary.json'), 'utf8')).runId).toBe(s.runId);
    expect(JSON.parse(readFileSync(join(t.out, 'failures.json'), 'utf8'))).toEqual([]);
    expectEachCompletedOnce(t.ledger, 6);

    // Nothing left: a second worker has nothing to do.
    const again = await docparse(['worker', '--once', ...t.base, '--json'], { cwd: t.dir });
    expect(JSON.parse(String(again.stdout)).jobs.processed).toBe(0);

    // Jobs submitted with other settings are processed with their own: a worker configured for
    // `text` runs a `noop` job with the noop extractor (no pages read).
    await docparse(['submit', join(t.inv, 'inv-001.pdf'), '--ledger', t.ledger, '--out', t.out, '--extractor', 'noop', '--detach', '-q'], { cwd: t.dir });
    const other = await docparse(['worker', '--once', ...t.base, '--json'], { cwd: t.dir });
    expect(other.exitCode).toBe(0);
    expect(JSON.parse(String(other.stdout)).jobs.processed).toBe(1);
    const noopJob = readLedger(t.ledger, (db) => db.prepare(`SELECT result FROM jobs WHERE settings LIKE '%"extractor":"noop"%'`).get() as { result: string });
    expect(JSON.parse(noopJob.result).pageCount).toBe(0);

    // Only a templates folder it does not have makes a worker leave jobs alone, and it says so.
    const tdir = join(t.dir, 'templates');
    mkdirSync(tdir);
    writeFileSync(join(tdir, 'acme.yml'), 'issuer: Acme\nkeywords: [Acme]\nfields:\n  invoice_number: Invoice No:\\s+(\\S+)\n');
    await docparse(['submit', join(t.inv, 'inv-002.pdf'), '--ledger', t.ledger, '--out', t.out, '--templates', tdir, '--force', '--detach', '-q'], { cwd: t.dir });
    const without = await docparse(['worker', '--once', ...t.base], { cwd: t.dir });
    expect(String(without.stderr)).toMatch(/1 waiting jobs were submitted with another --templates folder/);
    const withIt = await docparse(['worker', '--once', '--ledger', t.ledger, '--out', t.out, '--templates', tdir, '--json'], { cwd: t.dir });
    expect(JSON.parse(String(withIt.stdout)).jobs.processed).toBe(1);
  });

  it('two and three concurrent workers on one ledger complete each job exactly once', async () => {
    for (const workers of [2, 3]) {
      const t = setup(24);
      expect((await docparse(['submit', t.inv, ...t.base, '--detach', '-q'], { cwd: t.dir })).exitCode).toBe(0);
      const runs = await Promise.all(Array.from({ length: workers }, () => docparse(['worker', '--once', '-c', '2', ...t.base, '--json'], { cwd: t.dir })));
      for (const r of runs) expect(r.exitCode).toBe(0);
      const processed = runs.map((r) => JSON.parse(String(r.stdout)).jobs.processed as number);
      expect(processed.reduce((a, b) => a + b, 0)).toBe(24);
      expectEachCompletedOnce(t.ledger, 24);
      // Every result file is whole JSON (atomic writes), one per job.
      const files = resultFiles(t.out);
      expect(files).toHaveLength(24);
      for (const f of files) expect(JSON.parse(readFileSync(join(t.out, f), 'utf8')).status).toBe('completed');
      expect(readdirSync(t.out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  });

  it('stops on SIGTERM with exit 130, leaving no job processing; the next worker finishes the rest', async () => {
    const t = setup(24);
    await docparse(['submit', t.inv, ...t.base, '--detach', '-q'], { cwd: t.dir });
    const w = docparse(['worker', '-c', '1', '--poll', '200ms', ...t.base], { cwd: t.dir });
    // Stop it while it works (or, on a fast machine, once it idles: the exit must be the same).
    await waitFor(() => existsSync(t.out) && resultFiles(t.out).length >= 2);
    w.kill('SIGTERM');
    const r = await w;
    expect(r.exitCode).toBe(130);
    const after = ledgerCounts(t.ledger);
    expect(after.jobs.filter((j) => j.status === 'processing')).toEqual([]);
    expect(after.jobs.every((j) => j.status === 'completed' || j.status === 'pending')).toBe(true);
    for (const n of after.completions.values()) expect(n).toBe(1);

    const rest = await docparse(['worker', '--once', ...t.base], { cwd: t.dir });
    expect(rest.exitCode).toBe(0);
    const c = ledgerCounts(t.ledger);
    expect(c.jobs.every((j) => j.status === 'completed')).toBe(true);
    for (const j of c.jobs) expect(c.completions.get(j.id)).toBe(1);
    expect(resultFiles(t.out)).toHaveLength(24);
  });

  it('--watch takes a file copied in slowly only once it is complete, and --move-done moves it', async () => {
    const t = setup(1);
    const inbox = join(t.dir, 'inbox');
    const done = join(t.dir, 'done');
    mkdirSync(inbox);
    const src = join(t.dir, 'big.pdf');
    await writeInvoicePdf(src, { number: 'SLOW-1', lines: 30 });
    const bytes = readFileSync(src);
    writeBytes(join(inbox, 'README.txt'), 'drop invoices here');

    const w = docparse(['worker', '--watch', inbox, '--settle', '1s', '--poll', '200ms', '--move-done', done, ...t.base], { cwd: t.dir });
    // Copy it in six chunks, 300 ms apart: each pause is shorter than --settle.
    const target = join(inbox, 'slow.pdf');
    const chunk = Math.ceil(bytes.length / 6);
    for (let i = 0; i < bytes.length; i += chunk) {
      appendFileSync(target, bytes.subarray(i, i + chunk));
      await new Promise((r) => setTimeout(r, 300));
    }
    await waitFor(() => existsSync(join(done, 'slow.pdf')));
    w.kill('SIGTERM');
    expect((await w).exitCode).toBe(130);

    const c = ledgerCounts(t.ledger);
    expect(c.jobs).toHaveLength(1); // a partial copy taken early would be a second, failed job
    expect(c.jobs[0].status).toBe('completed');
    const fp = readLedger(t.ledger, (db) => (db.prepare('SELECT fingerprint FROM jobs').get() as { fingerprint: string }).fingerprint);
    expect(fp).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(readFileSync(join(done, 'slow.pdf')).equals(bytes)).toBe(true);
    expect(readdirSync(inbox)).toEqual(['README.txt']); // not a document: left alone
    expect(resultFiles(t.out)).toHaveLength(1);
  });

  it('--move-done / --move-failed move every original, across file systems and name clashes, losing nothing', async () => {
    const t = setup(6);
    const done = join(t.dir, 'done');
    // The failed folder on another file system when there is one (tmpfs), to exercise copy + unlink.
    const failed = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/docparse-failed-') : join(t.dir, 'failed');
    writeBytes(join(t.inv, 'broken.pdf'), 'not a pdf at all');
    writeBytes(join(t.inv, 'notes.txt'), 'not an invoice');
    writeBytes(join(done, 'inv-001.pdf'), 'an older file already in the archive');
    const before = [...listFiles(t.inv), ...listFiles(done)].map(sha).sort();

    try {
      const r = await docparse(['submit', t.inv, ...t.base, '--move-done', done, '--move-failed', failed, '--json'], { cwd: t.dir });
      expect(r.exitCode).toBe(2);
      const s = JSON.parse(String(r.stdout));
      expect(s.moved).toEqual({ done: 6, failed: 1, skipped: 0 });
      expect(readdirSync(t.inv)).toEqual(['notes.txt']);
      expect(readdirSync(failed)).toEqual(['broken.pdf']);
      expect(readdirSync(done).sort()).toEqual(['inv-001-1.pdf', 'inv-001.pdf', 'inv-002.pdf', 'inv-003.pdf', 'inv-004.pdf', 'inv-005.pdf', 'inv-006.pdf']);
      expect(readFileSync(join(done, 'inv-001.pdf'), 'utf8')).toBe('an older file already in the archive');
      const after = [...listFiles(t.inv), ...listFiles(done), ...listFiles(failed)].map(sha).sort();
      expect(after).toEqual(before);
      // The jobs stay finished: moving records nothing in the ledger.
      expect(ledgerCounts(t.ledger).jobs.map((j) => j.status).sort()).toEqual([...Array(6).fill('completed'), 'failed']);

      // Cron on a drop folder: a file dropped again after it was done is moved without processing it again.
      cpSync(join(done, 'inv-002.pdf'), join(t.inv, 'inv-002.pdf'));
      const w = await docparse(['worker', '--once', '--watch', t.inv, '--settle', '300ms', '--move-done', done, ...t.base, '--json'], { cwd: t.dir });
      expect(w.exitCode).toBe(0);
      expect(JSON.parse(String(w.stdout)).jobs).toMatchObject({ total: 1, skipped: 1, processed: 0 });
      expect(readdirSync(t.inv)).toEqual(['notes.txt']);
      expect(readdirSync(done)).toContain('inv-002-1.pdf');
      expect(ledgerCounts(t.ledger).completions.size).toBe(6);
    } finally {
      if (failed.startsWith('/dev/shm')) rmSync(failed, { recursive: true, force: true });
    }
  });

  it('exits 1 on bad worker options, naming them', async () => {
    const t = setup(1);
    const r = await docparse(['worker', '--once', '--poll', 'soon', ...t.base], { cwd: t.dir });
    expect(r.exitCode).toBe(1);
    expect(String(r.stderr)).toMatch(/--poll/);
    const w = await docparse(['worker', '--once', '--watch', join(t.dir, 'missing'), ...t.base], { cwd: t.dir });
    expect(w.exitCode).toBe(1);
    expect(String(w.stderr)).toMatch(/--watch .*not a folder/);
  });
});
