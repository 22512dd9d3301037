/**
 * Everyday use that session 14's QA (S14-QA14) noticed and left, each through the real CLI: what a
 * bookkeeper, a cron job and a CI pipeline saw, and now see.
 */
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';

/** Runs a long command, kills it with SIGKILL once it said its run started; returns the run id. */
async function killOnceStarted(args: string[], cwd: string): Promise<string> {
  const child = docparse(args, { cwd });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += String(d)));
  for (const end = Date.now() + 60_000; !/run (run_\w+) started/.test(err) && Date.now() < end; ) await sleep(20);
  child.kill('SIGKILL');
  const killed = await child;
  expect(killed.signal, err).toBe('SIGKILL');
  return /run (run_\w+) started/.exec(err)![1];
}

describe('a worker or a retry killed with kill -9', () => {
  it('shows as stopped (its process died), not "not finished" for ever: worker and retry runs record their owner too', async () => {
    const dir = tempDir('docparse-qa15-died-');
    await writeInvoiceFolder(join(dir, 'in'), 30, 'doc');
    const base = ['--extractor', 'text', '--ledger', 'l.db', '--out', 'out'];
    // A worker that polls until stopped (here: killed).
    const worker = await killOnceStarted(['worker', ...base], dir);
    const w = JSON.parse(String((await docparse(['status', worker, '--ledger', 'l.db', '--json'], { cwd: dir })).stdout));
    expect(w).toMatchObject({ finished: false, died: true });
    expect(String((await docparse(['status', worker, '--ledger', 'l.db'], { cwd: dir })).stdout)).toMatch(/stopped: its process died before the run finished/);
    // A retry of 30 finished jobs, one at a time, killed while it works.
    expect((await docparse(['submit', 'in', ...base, '-q'], { cwd: dir })).exitCode).toBe(0);
    const ids = String((await docparse(['jobs', '--ledger', 'l.db', '--json'], { cwd: dir })).stdout).trim().split('\n').map((l) => JSON.parse(l).jobId as string);
    expect(ids).toHaveLength(30);
    const retry = await killOnceStarted(['retry', ...ids, '--ledger', 'l.db', '--out', 'out', '-c', '1'], dir);
    expect(JSON.parse(String((await docparse(['status', retry, '--ledger', 'l.db', '--json'], { cwd: dir })).stdout))).toMatchObject({ finished: false, died: true });
  }, 180_000);
});

describe('--dry-run changes nothing on disk', () => {
  it('reads a ledger of an older docparse without migrating it (it migrated the file), and says so', async () => {
    const dir = tempDir('docparse-qa15-dry-');
    await writeInvoiceFolder(join(dir, 'in'), 2, 'doc');
    const base = ['--extractor', 'text', '--ledger', 'l.db', '--out', 'out'];
    expect((await docparse(['submit', 'in', ...base, '-q'], { cwd: dir })).exitCode).toBe(0);
    // The ledger as the docparse before migration 0009 left it.
    const db = new Database(join(dir, 'l.db'));
    const latest = db.pragma('user_version', { simple: true }) as number;
    db.exec('ALTER TABLE files DROP COLUMN ctime_ms');
    db.pragma(`user_version = ${latest - 1}`);
    db.close();
    const before = readFileSync(join(dir, 'l.db'));
    await writeInvoiceFolder(join(dir, 'in'), 1, 'new');
    const dry = await docparse(['submit', 'in', ...base, '--dry-run', '--json'], { cwd: dir });
    expect(dry.exitCode, String(dry.stderr)).toBe(0);
    expect(String(dry.stderr)).toMatch(/^dry run: the ledger l\.db was written by an older docparse; read as updated, left as it is \(the next real run updates it\)\n/);
    // Its plan is read from that ledger all the same: 2 done, 1 new.
    expect(JSON.parse(String(dry.stdout)).plan).toMatchObject({ skip: [expect.anything(), expect.anything()], process: [expect.stringMatching(/new-001\.pdf$/)] });
    expect(readFileSync(join(dir, 'l.db')).equals(before)).toBe(true);
    // Beside it at most SQLite's empty log and its index (a read-only connection's, as status's).
    expect(existsSync(join(dir, 'l.db-wal')) ? readFileSync(join(dir, 'l.db-wal')).length : 0).toBe(0);
    // An up-to-date ledger: the same, without the note.
    expect((await docparse(['submit', 'in', ...base, '-q'], { cwd: dir })).exitCode).toBe(0);
    const now = readFileSync(join(dir, 'l.db'));
    const again = await docparse(['submit', 'in', ...base, '--dry-run'], { cwd: dir });
    expect(String(again.stderr)).toMatch(/^dry run: 0 to process, 3 already done/);
    expect(readFileSync(join(dir, 'l.db')).equals(now)).toBe(true);
  });

  it("--json names the ledger it would create (it said sqlite::memory:), and makes none", async () => {
    const dir = tempDir('docparse-qa15-dryfresh-');
    await writeInvoiceFolder(join(dir, 'in'), 1, 'doc');
    const dry = await docparse(['submit', 'in', '--extractor', 'text', '--ledger', 'state/l.db', '--dry-run', '--json'], { cwd: dir });
    expect(dry.exitCode).toBe(0);
    expect(JSON.parse(String(dry.stdout)).ledger).toBe(`sqlite:${join(dir, 'state', 'l.db')}`);
    expect(existsSync(join(dir, 'state'))).toBe(false);
  });
});

describe('retry --json over jobs submitted with different settings', () => {
  it('prints one JSON document, {runs, exitCode} (it printed one object per settings back to back: JSON.parse failed)', async () => {
    const dir = tempDir('docparse-qa15-retryjson-');
    await writeInvoiceFolder(join(dir, 'in'), 1, 'doc');
    writeFileSync(join(dir, 'in', 'broken.pdf'), '%PDF-1.4\nnot a PDF body');
    const base = ['--ledger', 'l.db', '--out', 'out'];
    // The same folder under two settings: two failed jobs of broken.pdf, one per settings.
    expect((await docparse(['submit', 'in', '--extractor', 'text', ...base, '-q'], { cwd: dir })).exitCode).toBe(2);
    expect((await docparse(['submit', 'in', '--extractor', 'auto', ...base, '-q'], { cwd: dir })).exitCode).toBe(2);
    const retry = await docparse(['retry', '--failed', '--all', ...base, '--json'], { cwd: dir });
    expect(retry.exitCode).toBe(2);
    const doc = JSON.parse(String(retry.stdout)) as { runs: Array<{ runId: string; byState: { failed: number } }>; exitCode: number };
    expect(doc.exitCode).toBe(2);
    expect(doc.runs).toHaveLength(2);
    expect(new Set(doc.runs.map((r) => r.runId)).size).toBe(2);
    for (const r of doc.runs) expect(r.byState.failed).toBe(1);
    // Jobs of one settings: the run's summary itself, as before.
    const failed = String((await docparse(['jobs', '--status', 'failed', '--ledger', 'l.db', '--json'], { cwd: dir })).stdout).trim().split('\n');
    const one = await docparse(['retry', JSON.parse(failed[0]).jobId, ...base, '--json'], { cwd: dir });
    expect(JSON.parse(String(one.stdout))).toMatchObject({ runId: expect.stringMatching(/^run_/), byState: { failed: 1 } });
  });
});

describe('a mistyped config key, environment variable or flag', () => {
  it('is answered with "did you mean" (a config key listed all 25 keys; a mistyped variable was ignored without a word)', async () => {
    const dir = tempDir('docparse-qa15-typo-');
    writeFileSync(join(dir, 'docparse.config.json'), JSON.stringify({ webhok: 'https://erp.example.com/hook', concurrency: 2 }));
    const file = await docparse(['config'], { cwd: dir });
    expect(file.exitCode).toBe(1);
    expect(String(file.stderr)).toMatch(/^docparse: config file: unknown key "webhok" \(did you mean "webhook"\?\)\n/);
    // Nothing near: the known keys, as before.
    writeFileSync(join(dir, 'docparse.config.json'), JSON.stringify({ colour: 'red' }));
    expect(String((await docparse(['config'], { cwd: dir })).stderr)).toMatch(/unknown key "colour" \(known: ledger, out, concurrency, /);
    writeFileSync(join(dir, 'docparse.config.json'), '{}');
    // A variable one letter off: a warning naming the right one (even with --json), and it is ignored.
    const env = await docparse(['config', '--json'], { cwd: dir, env: { DOCPARSE_CONCURENCY: '3', DOCPARSE_LEGDER: 'x.db', DOCPARSE_DEBUG: '' } });
    expect(env.exitCode).toBe(0);
    expect(String(env.stderr).split('\n').sort()).toEqual([
      'docparse: warning: environment variable DOCPARSE_CONCURENCY is not one docparse reads: did you mean DOCPARSE_CONCURRENCY? (it is ignored)',
      'docparse: warning: environment variable DOCPARSE_LEGDER is not one docparse reads: did you mean DOCPARSE_LEDGER? (it is ignored)',
    ]);
    expect(JSON.parse(String(env.stdout)).sources).toMatchObject({ concurrency: 'default', ledger: 'default' });
    // A flag: commander's suggestion.
    const flag = await docparse(['submit', '.', '--extracter', 'text'], { cwd: dir });
    expect(flag.exitCode).toBe(1);
    expect(String(flag.stderr)).toMatch(/unknown option '--extracter'\n\(Did you mean --extractor\?\)/);
  });
});
