/**
 * Everyday use that session 14's QA (S14-QA14) noticed and left, each through the real CLI: what a
 * bookkeeper, a cron job and a CI pipeline saw, and now see.
 */
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
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
