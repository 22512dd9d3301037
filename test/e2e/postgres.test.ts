/**
 * The real CLI against a shared PostgreSQL ledger: submit/status/jobs/retry, three submits
 * at once on one ledger, and kill -9 then rerun. Each test gets its own fresh database.
 * Skipped, with the reason, when no PostgreSQL server is available.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes, writeInvoiceFolder } from '../helpers/fixtures.js';
import { pgTestDatabase } from '../helpers/pg.js';

const setup = await pgTestDatabase('e2e');

const FILES = 24;
let source: string;

async function onDb<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function counts(url: string) {
  return onDb(url, async (c) => {
    const jobs = (await c.query<{ id: string; status: string }>('SELECT id, status FROM jobs ORDER BY path')).rows;
    const per = async (state: string) => {
      const m = new Map<string, number>();
      for (const r of (await c.query<{ job_id: string; n: number }>('SELECT job_id, count(*)::int AS n FROM job_events WHERE to_state = $1 GROUP BY job_id', [state])).rows) m.set(r.job_id, r.n);
      return m;
    };
    return { jobs, completions: await per('completed'), claims: await per('processing') };
  });
}

async function expectExactlyOnce(url: string, n: number) {
  const c = await counts(url);
  expect(c.jobs).toHaveLength(n);
  for (const j of c.jobs) {
    expect(j.status).toBe('completed');
    expect(c.completions.get(j.id)).toBe(1);
  }
  return c;
}

const resultFiles = (out: string) => (existsSync(out) ? readdirSync(out).filter((f) => f.startsWith('doc-') && f.endsWith('.json')) : []);

if (!setup.db) {
  console.warn(`PostgreSQL tests skipped: ${setup.skipReason}`);
  describe.skip(`docparse on a PostgreSQL ledger: skipped, ${setup.skipReason}`, () => {
    it('needs a PostgreSQL server (set DOCPARSE_TEST_PG_URL, or apt-get install postgresql)', () => {});
  });
} else {
  const db = setup.db;
  afterAll(() => db.drop());
  beforeAll(async () => {
    source = tempDir('docparse-pg-src-');
    await writeInvoiceFolder(source, FILES, 'doc');
  });

  async function fresh(files = FILES) {
    const dir = tempDir('docparse-pg-e2e-');
    const inv = join(dir, 'in');
    for (const f of readdirSync(source).sort().slice(0, files)) cpSync(join(source, f), join(inv, f));
    const url = await db.createDatabase('e2e');
    const out = join(dir, 'out');
    return { dir, inv, url, out, base: ['--ledger', url, '--out', out, '--extractor', 'text'] };
  }

  describe('docparse on a PostgreSQL ledger (end to end)', () => {
    it('submit processes, reruns idempotently; status, jobs and retry work; no password is shown', async () => {
      const t = await fresh(6);
      // Trust auth ignores the password: it is here to prove it never shows.
      const secretUrl = t.url.replace('postgres://postgres@', 'postgres://postgres:hunter2@');
      const base = ['--ledger', secretUrl, '--out', t.out, '--extractor', 'text'];
      writeBytes(join(t.inv, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%% truncated here');
      const first = await docparse(['submit', t.inv, ...base, '--json'], { cwd: t.dir });
      expect(first.exitCode).toBe(2);
      const s1 = JSON.parse(String(first.stdout));
      expect(s1.byState).toMatchObject({ completed: 6, failed: 1 });
      expect(resultFiles(t.out)).toHaveLength(6);

      const second = await docparse(['submit', t.inv, ...base, '--json'], { cwd: t.dir });
      const s2 = JSON.parse(String(second.stdout));
      expect(s2.jobs).toMatchObject({ total: 7, new: 0, processed: 0, skipped: 6 });
      expect(s2.files.hashed).toBe(0);

      const { jobs } = await counts(t.url);
      expect(jobs).toHaveLength(7);
      const jobId = await onDb(t.url, async (c) => (await c.query<{ id: string }>(`SELECT id FROM jobs WHERE file_name = 'doc-001.pdf'`)).rows[0].id);

      // Another machine needs only the URL: status is served from the ledger's copy of the result.
      const other = tempDir('docparse-pg-other-');
      const st = await docparse(['status', jobId, '--ledger', secretUrl, '--json', '--events'], { cwd: other });
      expect(st.exitCode).toBe(0);
      const v = JSON.parse(String(st.stdout));
      expect(v).toMatchObject({ jobId, status: 'completed', fileName: 'doc-001.pdf', attempts: 1, pageCount: 1 });
      expect(v.result.pageCount).toBe(1);
      expect(v.events.map((e: { to: string }) => e.to)).toEqual(['pending', 'processing', 'completed']);
      const runView = JSON.parse(String((await docparse(['status', s1.runId, '--ledger', secretUrl, '--json'], { cwd: other })).stdout));
      expect(runView).toMatchObject({ runId: s1.runId, byState: { completed: 6, failed: 1 } });
      const missing = await docparse(['status', 'job_doesnotexist', '--ledger', secretUrl], { cwd: other });
      expect(missing.exitCode).toBe(4);

      const list = await docparse(['jobs', '--ledger', secretUrl, '--json', '--status', 'failed'], { cwd: other });
      const lines = String(list.stdout).trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]).error.errorClass).toBe('corrupt');

      // An unchanged permanent failure is skipped without --all, and said so; with it, it runs again.
      const skip = await docparse(['retry', '--failed', '--ledger', secretUrl, '--out', t.out], { cwd: t.dir });
      expect(skip.exitCode).toBe(2);
      expect(String(skip.stderr)).toMatch(/skipped .*corrupt and the file is unchanged/);
      const retry = await docparse(['retry', '--failed', '--all', '--ledger', secretUrl, '--out', t.out, '--json'], { cwd: t.dir });
      expect(retry.exitCode).toBe(2);
      expect(JSON.parse(String(retry.stdout)).jobs).toMatchObject({ total: 1, requeued: 1, processed: 1 });

      const all = [first, second, st, missing, list, skip, retry].map((r) => String(r.stdout) + String(r.stderr)).join('\n');
      expect(all).not.toContain('hunter2');
      expect(readFileSync(join(t.out, 'summary.json'), 'utf8')).not.toContain('hunter2');
    });

    it('refuses an unreachable server with exit 10 and a message naming it', async () => {
      const dir = tempDir('docparse-pg-down-');
      const r = await docparse(['submit', dir, '--ledger', 'postgres://me:s3cret@127.0.0.1:1/ledger'], { cwd: dir });
      expect(r.exitCode).toBe(10);
      expect(String(r.stderr)).toMatch(/127\.0\.0\.1:1.*refused the connection/);
      expect(String(r.stderr)).not.toContain('s3cret');
    });

    it('sslmode=require against a server without TLS: exit 10 saying so; a bad port: exit 1 saying so', async () => {
      const dir = tempDir('docparse-pg-tls-');
      const url = new URL(db.url);
      url.searchParams.set('sslmode', 'require');
      const tls = await docparse(['submit', dir, '--ledger', url.toString()], { cwd: dir });
      expect(tls.exitCode, String(tls.stderr)).toBe(10);
      expect(String(tls.stderr)).toMatch(/the TLS connection to the PostgreSQL server at .* failed: The server does not support SSL connections/);
      expect(String(tls.stderr)).toMatch(/Enable SSL on the server, or set sslmode/);
      const port = await docparse(['submit', dir, '--ledger', 'postgres://me@127.0.0.1:99999/ledger'], { cwd: dir });
      expect(port.exitCode, String(port.stderr)).toBe(1);
      expect(String(port.stderr)).toMatch(/the ledger URL postgres:\/\/me@127.0.0.1:99999\/ledger is not a valid URL/);
    });

    it('three submits at once on one ledger: every job completed exactly once', async () => {
      const t = await fresh();
      const started = Date.now();
      const runs = await Promise.all(
        [1, 2, 3].map((i) => docparse(['submit', t.inv, '--ledger', t.url, '--out', join(t.dir, `out${i}`), '--extractor', 'text', '-c', '2', '--json'], { cwd: t.dir })),
      );
      const wall = Date.now() - started;
      for (const r of runs) {
        expect(r.exitCode, String(r.stderr)).toBe(0);
        expect(JSON.parse(String(r.stdout)).byState.completed).toBe(FILES);
      }
      const c = await expectExactlyOnce(t.url, FILES);
      // Every run wrote every result file (the others' from the ledger's copy).
      for (const i of [1, 2, 3]) expect(resultFiles(join(t.dir, `out${i}`))).toHaveLength(FILES);
      const processedBy = runs.map((r) => JSON.parse(String(r.stdout)).jobs.processed as number);
      expect(processedBy.reduce((a, b) => a + b, 0)).toBe(FILES);
      expect([...c.claims.values()].every((n) => n === 1)).toBe(true);
      console.info(`3 concurrent submits, ${FILES} jobs: processed ${processedBy.join('/')} in ${wall} ms`);
    });

    it('kill -9 mid-run, then a rerun: every file completed exactly once', async () => {
      const t = await fresh();
      const args = ['submit', t.inv, ...t.base, '-c', '1'];
      const child = docparse(args, { cwd: t.dir });
      const end = Date.now() + 30_000;
      while ((await counts(t.url).catch(() => ({ completions: new Map() }))).completions.size < 3) {
        if (Date.now() > end) throw new Error('timed out waiting for the first completions');
        await sleep(20);
      }
      child.kill('SIGKILL');
      expect((await child).signal).toBe('SIGKILL');
      const before = (await counts(t.url)).completions.size;
      expect(before).toBeLessThan(FILES);

      const rerun = await docparse([...args, '--json'], { cwd: t.dir });
      expect(rerun.exitCode, String(rerun.stderr)).toBe(0);
      expect(JSON.parse(String(rerun.stdout)).byState.completed).toBe(FILES);
      const c = await expectExactlyOnce(t.url, FILES);
      // The job in flight at the kill was taken back at once (its owner process is gone): claimed twice at most.
      expect([...c.claims.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(1);
      expect(resultFiles(t.out)).toHaveLength(FILES);
    });

    it('every other command works against it: detach, worker, stats, webhooks, export, prune', async () => {
      const t = await fresh(4);
      writeBytes(join(t.inv, 'bad.pdf'), 'not a pdf');
      const detached = await docparse(['submit', t.inv, ...t.base, '--detach', '--json'], { cwd: t.dir });
      expect(detached.exitCode, String(detached.stderr)).toBe(0);
      expect(JSON.parse(String(detached.stdout)).jobs).toHaveLength(5);
      // A receiver that is down: the events stay in the shared outbox, visible to any machine.
      const worker = await docparse(['worker', '--once', ...t.base, '--webhook', 'http://127.0.0.1:9/hooks'], {
        cwd: t.dir,
        env: { DOCPARSE_WEBHOOK_MAX_ATTEMPTS: '1', DOCPARSE_WEBHOOK_GRACE: '1s' },
      });
      expect(worker.exitCode, String(worker.stderr)).toBe(2);
      const stats = JSON.parse(String((await docparse(['stats', '--ledger', t.url, '--json'], { cwd: t.dir })).stdout));
      expect(stats.byState).toMatchObject({ completed: 4, failed: 1 });
      const hooks = String((await docparse(['webhooks', '--ledger', t.url, '--json'], { cwd: t.dir })).stdout).trim().split('\n').map((l) => JSON.parse(l));
      expect(hooks.filter((h) => h.type === 'job.completed')).toHaveLength(4);
      expect(hooks.every((h) => h.status === 'dead')).toBe(true);
      const exported = await docparse(['export', '--ledger', t.url, '--out', join(t.dir, 'exported'), '--json'], { cwd: t.dir });
      expect(JSON.parse(String(exported.stdout))).toMatchObject({ results: 4, failures: 1 });
      const pruned = await docparse(['prune', '--ledger', t.url, '--older-than', '0s', '--json'], { cwd: t.dir });
      expect(pruned.exitCode, String(pruned.stderr)).toBe(0);
      expect(JSON.parse(String(pruned.stdout)).removed.jobs).toBe(5);
      expect((await counts(t.url)).jobs).toHaveLength(0);
    });
  });
}
