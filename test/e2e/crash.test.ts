/**
 * Crash and concurrency safety of `docparse submit` through the real CLI: kill -9 mid-run,
 * Ctrl-C, and two runs on one ledger at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';
import { ledgerCounts } from '../helpers/ledger.js';

const FILES = 30;
let source: string;

beforeAll(async () => {
  source = tempDir('docparse-crash-src-');
  await writeInvoiceFolder(source, FILES, 'doc');
});

function setup() {
  const dir = tempDir('docparse-crash-');
  const inv = join(dir, 'in');
  cpSync(source, inv, { recursive: true });
  const ledger = join(dir, 'ledger.db');
  const out = join(dir, 'out');
  return { dir, inv, ledger, out, args: ['submit', inv, '--ledger', ledger, '--out', out, '--extractor', 'text', '-c', '1'] };
}

async function waitFor(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(10);
  }
}

const resultFiles = (out: string) => (existsSync(out) ? readdirSync(out).filter((f) => f.startsWith('doc-') && f.endsWith('.json')) : []);

function expectExactlyOnce(ledger: string) {
  const c = ledgerCounts(ledger);
  expect(c.integrity).toBe('ok');
  expect(c.jobs).toHaveLength(FILES);
  for (const j of c.jobs) {
    expect(j.status).toBe('completed');
    expect(c.completions.get(j.id)).toBe(1);
  }
  return c;
}

describe('crash safety', () => {
  it('kill -9 during a run, then a rerun: every file completed exactly once, no partial result', async () => {
    const t = setup();
    const child = docparse(t.args, { cwd: t.dir });
    await waitFor(() => resultFiles(t.out).length >= 3);
    child.kill('SIGKILL');
    const killed = await child;
    expect(killed.signal).toBe('SIGKILL');
    const before = resultFiles(t.out).length;
    expect(before).toBeLessThan(FILES);

    const rerun = await docparse([...t.args, '--json'], { cwd: t.dir });
    expect(rerun.exitCode).toBe(0);
    const s = JSON.parse(String(rerun.stdout));
    expect(s.byState.completed).toBe(FILES);
    expect(s.jobs.skipped).toBeGreaterThanOrEqual(before - 1);
    const c = expectExactlyOnce(t.ledger);
    // The job that was in flight when killed was taken back at once (its owner process is gone).
    const released = [...c.claims.values()].filter((n) => n > 1).length;
    expect(released).toBeLessThanOrEqual(1);
    const files = resultFiles(t.out);
    expect(files).toHaveLength(FILES);
    for (const f of files) expect(JSON.parse(readFileSync(join(t.out, f), 'utf8')).status).toBe('completed');
    expect(readdirSync(t.out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('Ctrl-C stops the run with exit 130, puts unfinished work back, and the rerun finishes it', async () => {
    const t = setup();
    const child = docparse(t.args, { cwd: t.dir });
    await waitFor(() => resultFiles(t.out).length >= 2);
    child.kill('SIGINT');
    const r = await child;
    expect(r.exitCode).toBe(130);
    expect(String(r.stderr)).toMatch(/interrupted/i);
    const mid = ledgerCounts(t.ledger);
    expect(mid.jobs.filter((j) => j.status === 'processing')).toEqual([]);
    expect(mid.jobs.filter((j) => j.status === 'completed').length).toBeLessThan(FILES);
    const rerun = await docparse(t.args, { cwd: t.dir });
    expect(rerun.exitCode).toBe(0);
    expectExactlyOnce(t.ledger);
  });

  it('a second Ctrl-C exits at once with 130 (the interrupt policy, in a real process)', async () => {
    // The graceful stop of a real run is too quick to interrupt reliably, so a process installs
    // the CLI's interrupt handling, takes the first SIGINT, then sends itself a second one.
    const mod = new URL('../../dist/cli/processing.js', import.meta.url).href;
    const script = `
      const { interruptSignal } = await import(${JSON.stringify(mod)});
      const { signal } = interruptSignal();
      signal.addEventListener('abort', () => {
        process.stdout.write('graceful stop started\\n');
        setTimeout(() => process.kill(process.pid, 'SIGINT'), 50);
      });
      setTimeout(() => process.exit(0), 10_000);
      process.kill(process.pid, 'SIGINT');
    `;
    const { execa } = await import('execa');
    const r = await execa('node', ['--input-type=module', '-e', script], { reject: false });
    expect(String(r.stdout)).toMatch(/graceful stop started/);
    expect(r.exitCode).toBe(130);
    expect(String(r.stderr)).toMatch(/interrupted again, exiting now/);
  });

  it('two submits on one ledger at the same time never process a job twice', async () => {
    const t = setup();
    const [a, b] = await Promise.all([docparse([...t.args, '--json'], { cwd: t.dir }), docparse([...t.args, '--json', '-c', '2'], { cwd: t.dir })]);
    expect(a.exitCode, String(a.stderr)).toBe(0);
    expect(b.exitCode, String(b.stderr)).toBe(0);
    const c = expectExactlyOnce(t.ledger);
    for (const j of c.jobs) expect(c.claims.get(j.id), `${j.id} claimed more than once`).toBe(1);
    // Each run reports every job completed (the other's work is waited for, not redone).
    expect(JSON.parse(String(a.stdout)).byState.completed).toBe(FILES);
    expect(JSON.parse(String(b.stdout)).byState.completed).toBe(FILES);
    const pa = JSON.parse(String(a.stdout)).jobs.processed;
    const pb = JSON.parse(String(b.stdout)).jobs.processed;
    expect(pa + pb, `processed ${pa} + ${pb}`).toBe(FILES);
  });
});
