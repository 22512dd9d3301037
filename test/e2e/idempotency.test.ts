import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes, writeInvoiceFolder } from '../helpers/fixtures.js';
import { ledgerCounts, readLedger } from '../helpers/ledger.js';

let template: string;

beforeAll(async () => {
  template = tempDir('docparse-idem-src-');
  await writeInvoiceFolder(template, 20);
});

function setup() {
  const dir = tempDir('docparse-idem-');
  const inv = join(dir, 'invoices');
  cpSync(template, inv, { recursive: true });
  const ledger = join(dir, 'ledger.db');
  const out = join(dir, 'out');
  return { dir, inv, ledger, out, base: ['--ledger', ledger, '--out', out, '--extractor', 'text'] };
}

const runRows = (ledger: string) => readLedger(ledger, (db) => db.prepare('SELECT id, idempotency_key AS key FROM runs').all() as Array<{ id: string; key: string | null }>);
const eventCount = (ledger: string) => readLedger(ledger, (db) => (db.prepare('SELECT count(*) AS n FROM job_events').get() as { n: number }).n);

/** Starts the command and kills it (-9) as soon as its first result file is written. */
async function killAfterFirstResult(args: string[], t: ReturnType<typeof setup>): Promise<void> {
  const child = docparse(args, { cwd: t.dir });
  const deadline = Date.now() + 20_000;
  while (!(existsSync(t.out) && readdirSync(t.out).some((f) => f.startsWith('inv-')))) {
    if (Date.now() > deadline) throw new Error('no result appeared');
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  await child;
}

describe('submit --idempotency-key (end to end)', () => {
  it('replays the earlier run for the same key and inputs, with its exit code, doing nothing again', async () => {
    const t = setup();
    writeBytes(join(t.inv, 'broken.pdf'), 'not a pdf');
    const first = await docparse(['submit', t.inv, ...t.base, '--idempotency-key', 'batch-1', '--json'], { cwd: t.dir });
    expect(first.exitCode).toBe(2);
    const s1 = JSON.parse(String(first.stdout));
    expect(s1.replayed).toBeUndefined();
    const events = eventCount(t.ledger);

    // Other operational flags (concurrency, quiet) do not make it another request.
    const again = await docparse(['submit', t.inv, ...t.base, '--idempotency-key', 'batch-1', '--json', '-c', '1'], { cwd: t.dir });
    expect(again.exitCode).toBe(2);
    const s2 = JSON.parse(String(again.stdout));
    expect(s2).toMatchObject({ runId: s1.runId, replayed: true, exitCode: 2, byState: s1.byState });
    expect(String(again.stderr)).toMatch(/already did this; nothing was done again/);
    expect(eventCount(t.ledger)).toBe(events);
    expect(runRows(t.ledger)).toHaveLength(1);
  });

  it('refuses the same key with other inputs with exit 6 (key_reused_with_different_params)', async () => {
    const t = setup();
    const first = await docparse(['submit', join(t.inv, 'inv-001.pdf'), ...t.base, '--idempotency-key', 'k', '--json'], { cwd: t.dir });
    expect(first.exitCode).toBe(0);
    const runId = JSON.parse(String(first.stdout)).runId as string;
    const otherPaths = await docparse(['submit', join(t.inv, 'inv-002.pdf'), ...t.base, '--idempotency-key', 'k'], { cwd: t.dir });
    expect(otherPaths.exitCode).toBe(6);
    expect(String(otherPaths.stderr)).toMatch(/key_reused_with_different_params/);
    expect(String(otherPaths.stderr)).toContain(runId);
    const otherSettings = await docparse(['submit', join(t.inv, 'inv-001.pdf'), '--ledger', t.ledger, '--out', t.out, '--extractor', 'noop', '--idempotency-key', 'k'], { cwd: t.dir });
    expect(otherSettings.exitCode).toBe(6);
    expect(runRows(t.ledger)).toHaveLength(1);
    expect(ledgerCounts(t.ledger).jobs).toHaveLength(1);
  });

  it('of two concurrent submits with one key, one runs and the other says so', async () => {
    const t = setup();
    const args = ['submit', t.inv, ...t.base, '--idempotency-key', 'same', '--json', '-c', '1'];
    const [a, b] = await Promise.all([docparse(args, { cwd: t.dir }), docparse(args, { cwd: t.dir })]);
    const rows = runRows(t.ledger);
    expect(rows).toHaveLength(1);
    const runId = rows[0].id;
    const ran = [a, b].filter((r) => r.exitCode === 0 && !JSON.parse(String(r.stdout) || '{}').replayed);
    expect(ran, `exit ${a.exitCode}: ${String(a.stderr)} / exit ${b.exitCode}: ${String(b.stderr)}`).toHaveLength(1);
    const other = ran[0] === a ? b : a;
    if (other.exitCode === 6) {
      // It started while the first was running: the UNIQUE key decided, and the message names the run.
      expect(String(other.stderr)).toMatch(/in use|already used/);
      expect(String(other.stderr)).toContain(runId);
      expect(String(other.stdout)).toBe('');
    } else {
      // It started after the first had finished: a replay of that run.
      expect(other.exitCode, String(other.stderr)).toBe(0);
      expect(JSON.parse(String(other.stdout))).toMatchObject({ runId, replayed: true });
    }
    const c = ledgerCounts(t.ledger);
    expect(c.jobs).toHaveLength(20);
    for (const j of c.jobs) expect(c.completions.get(j.id), `${j.id} completed more than once`).toBe(1);
  });

  it('a run killed with -9 is continued by the same command with the same key, each file done once', async () => {
    const t = setup();
    const args = ['submit', t.inv, ...t.base, '-c', '1', '--idempotency-key', 'nightly-1'];
    await killAfterFirstResult(args, t);
    const again = await docparse([...args, '--json'], { cwd: t.dir });
    expect(again.exitCode).toBe(0);
    const s = JSON.parse(String(again.stdout));
    expect(s.replayed).toBeUndefined();
    expect(s.byState.completed).toBe(20);
    expect(runRows(t.ledger)).toHaveLength(1); // the same run, continued
    expect(runRows(t.ledger)[0].id).toBe(s.runId);
    const c = ledgerCounts(t.ledger);
    for (const j of c.jobs) expect(c.completions.get(j.id)).toBe(1);
    const replay = await docparse([...args, '--json'], { cwd: t.dir });
    expect(JSON.parse(String(replay.stdout)).replayed).toBe(true);
  });

  it('a run of another machine is in progress while it says it is alive, and continued once it has been silent too long', async () => {
    const t = setup();
    const args = ['submit', t.inv, ...t.base, '-c', '1', '--idempotency-key', 'remote-1'];
    await killAfterFirstResult(args, t);
    // As if that process had run on another machine that then died: its pid cannot be checked here.
    const Database = (await import('better-sqlite3')).default;
    const setRun = (heartbeatAt: number) => {
      const db = new Database(t.ledger);
      try {
        db.prepare("UPDATE runs SET owner = 'far-away-host:4242:abcdefgh', heartbeat_at = ?").run(heartbeatAt);
      } finally {
        db.close();
      }
    };
    setRun(Date.now());
    const alive = await docparse(args, { cwd: t.dir });
    expect(alive.exitCode).toBe(6);
    expect(String(alive.stderr)).toMatch(/still in progress/);
    expect(String(alive.stderr)).toMatch(/continues it once the run has been silent for 3 minutes/);

    setRun(Date.now() - 10 * 60_000);
    const again = await docparse([...args, '--json'], { cwd: t.dir });
    expect(again.exitCode).toBe(0);
    const s = JSON.parse(String(again.stdout));
    expect(runRows(t.ledger)).toHaveLength(1);
    expect(runRows(t.ledger)[0].id).toBe(s.runId);
    expect(s.byState.completed).toBe(20);
    const c = ledgerCounts(t.ledger);
    for (const j of c.jobs) expect(c.completions.get(j.id)).toBe(1);
  });

  it('with --detach, a replay lists the same run and jobs', async () => {
    const t = setup();
    const args = ['submit', t.inv, ...t.base, '--detach', '--idempotency-key', 'd', '--json'];
    const first = JSON.parse(String((await docparse(args, { cwd: t.dir })).stdout));
    const again = await docparse(args, { cwd: t.dir });
    expect(again.exitCode).toBe(0);
    const second = JSON.parse(String(again.stdout));
    expect(second.runId).toBe(first.runId);
    expect(second.replayed).toBe(true);
    expect(second.jobs.map((j: { jobId: string }) => j.jobId)).toEqual(first.jobs.map((j: { jobId: string }) => j.jobId));
    const bad = await docparse(['submit', t.inv, ...t.base, '--idempotency-key', 'x', '--dry-run'], { cwd: t.dir });
    expect(bad.exitCode).toBe(1);
  });
});
