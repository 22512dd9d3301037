/**
 * The Ledger contract against a real PostgreSQL (one fresh database for this file, emptied
 * between tests), plus what only a shared server has: concurrent migration and the refusal of
 * a newer schema. Skipped, with the reason, when no server is available.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresLedger, redactUrl } from '../../src/ledger/postgres/index.js';
import { ledgerContract } from './ledger.contract.js';
import { controlContract } from './control.contract.js';
import { pgTestDatabase, truncateLedger } from '../helpers/pg.js';
import { LedgerError, EnvironmentError } from '../../src/errors.js';
import { emptyResult } from '../../src/extract/result.js';
import { loadMigrations } from '../../src/ledger/postgres/migrations.js';

const setup = await pgTestDatabase('contract');

if (!setup.db) {
  console.warn(`PostgreSQL tests skipped: ${setup.skipReason}`);
  describe.skip(`PostgreSQL ledger: skipped, ${setup.skipReason}`, () => {
    it('needs a PostgreSQL server (set DOCPARSE_TEST_PG_URL, or apt-get install postgresql)', () => {});
  });
} else {
  const db = setup.db;
  afterAll(() => db.drop());

  const postgres = async () => {
    const ledger = await openPostgresLedger(db.url);
    await truncateLedger(db);
    return { ledger, cleanup: () => ledger.close() };
  };
  ledgerContract('PostgreSQL', postgres);
  controlContract('PostgreSQL', postgres);

  describe('PostgreSQL ledger: what a shared server adds', () => {
    it('migrates once when many processes open a new database at once', async () => {
      const url = await db.createDatabase('migrate');
      const ledgers = await Promise.all(Array.from({ length: 6 }, () => openPostgresLedger(url)));
      await Promise.all(ledgers.map((l) => l.close()));
      const check = await openPostgresLedger(url);
      await check.close();
      const pg = (await import('pg')).default;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query('SELECT version FROM docparse_schema ORDER BY version');
      await c.end();
      expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    });

    it('refuses a database migrated by a newer docparse, changing nothing', async () => {
      const url = await db.createDatabase('newer');
      await (await openPostgresLedger(url)).close();
      const pg = (await import('pg')).default;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`INSERT INTO docparse_schema (version, name, applied_at) VALUES (999, '0999_future.sql', 0)`);
      const err = await openPostgresLedger(url).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LedgerError);
      expect((err as LedgerError).exitCode).toBe(5);
      expect((err as Error).message).toMatch(/newer docparse/);
      const { rows } = await c.query('SELECT count(*)::int AS n FROM docparse_schema');
      await c.end();
      expect(rows[0].n).toBe(loadMigrations().length + 1); // ours and the future one, nothing else
    });

    it('says which server is down, without the password', async () => {
      const err = await openPostgresLedger('postgres://me:s3cret@127.0.0.1:1/nodb').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EnvironmentError);
      expect((err as EnvironmentError).exitCode).toBe(10);
      expect((err as Error).message).toMatch(/refused the connection/);
      expect((err as Error).message).not.toMatch(/s3cret/);
      expect(redactUrl('postgres://me:s3cret@db.example/ledger?password=x&sslmode=require')).toBe('postgres://me@db.example/ledger?sslmode=require');
      const missing = await openPostgresLedger(db.url.replace(/\/[^/]*$/, '/no_such_db')).catch((e: unknown) => e);
      expect((missing as Error).message).toMatch(/does not exist/);
    });

    it('machines racing for work: each job claimed once; a late worker cannot overwrite the new holder', async () => {
      const url = await db.createDatabase('race');
      // Separate pools stand for separate machines.
      const workers = await Promise.all(Array.from({ length: 4 }, () => openPostgresLedger(url)));
      try {
        const [a, b] = workers;
        const settings = { extractor: 'noop', extractorVersion: '1', template: null, templatesDigest: null, lang: 'eng' };
        const N = 400;
        await a.createRun({ id: 'run_race', startedAt: 1, settings, paths: [], detached: false, idempotencyKey: null, inputsDigest: null });
        await a.register(
          Array.from({ length: N }, (_, i) => ({ path: `/in/${i}.pdf`, fileName: `${i}.pdf`, size: 1, mtimeMs: 1, ino: i, fingerprint: i.toString(16).padStart(64, '0'), kind: 'pdf' as const })),
          { runId: 'run_race', settings, settingsKey: 'k', maxAttempts: 3, force: false, now: 1 },
        );
        const result = emptyResult('text_pdf', []);
        const started = performance.now();
        const done = await Promise.all(
          workers.map(async (w, i) => {
            const ids: string[] = [];
            for (;;) {
              const j = await w.claim({ owner: `m${i}`, leaseMs: 60_000, now: 10 });
              if (!j) return ids;
              expect(await w.complete(j.id, j.leaseToken, result, 11)).toBe(true);
              ids.push(j.id);
            }
          }),
        );
        const secs = (performance.now() - started) / 1000;
        const all = done.flat();
        expect(all).toHaveLength(N);
        expect(new Set(all).size).toBe(N);
        console.info(`4 ledgers on one server: ${N} claim+complete in ${secs.toFixed(2)} s = ${Math.round(N / secs)} jobs/s (${done.map((d) => d.length).join('/')})`);

        // Fencing across machines: A's lease expires, B takes the job over, A comes back late.
        await a.requeue([all[0]], 'again', 20);
        const late = (await a.claim({ owner: 'a', leaseMs: 10, now: 30 }))!;
        expect(await b.reclaimAbandoned(100, () => true)).toEqual([late.id]);
        const fresh = (await b.claim({ owner: 'b', leaseMs: 60_000, now: 110 }))!;
        expect(fresh.id).toBe(late.id);
        expect(await a.heartbeat(late.id, late.leaseToken, 1000, 120)).toBe(false);
        expect(await a.complete(late.id, late.leaseToken, result, 120)).toBe(false);
        expect(await a.fail(late.id, late.leaseToken, { errorClass: 'timeout', message: 'x', hint: '', retryable: true }, { baseMs: 1, factor: 1, maxMs: 1, jitter: 0 }, 120)).toBeNull();
        expect(await b.complete(fresh.id, fresh.leaseToken, result, 130)).toBe(true);
        const ev = await b.jobEvents(late.id);
        expect(ev.filter((e) => e.to === 'completed').map((e) => e.at)).toEqual([11, 130]);
      } finally {
        await Promise.all(workers.map((w) => w.close()));
      }
    });

    it('keeps the result document as the extractor wrote it, key order included', async () => {
      const url = await db.createDatabase('order');
      const ledger = await openPostgresLedger(url);
      try {
        const settings = { extractor: 'text', extractorVersion: '1', template: null, templatesDigest: null, lang: 'eng' };
        await ledger.createRun({ id: 'run_o', startedAt: 1, settings, paths: [], detached: false, idempotencyKey: null, inputsDigest: null });
        await ledger.register([{ path: '/x.pdf', fileName: 'x.pdf', size: 1, mtimeMs: 1.5, ino: 1, fingerprint: 'ab'.repeat(32), kind: 'pdf' }], { runId: 'run_o', settings, settingsKey: 'k', maxAttempts: 3, force: false, now: 1 });
        const job = (await ledger.claim({ owner: 'o', leaseMs: 1000, now: 2 }))!;
        const result = emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 3 }]);
        expect(await ledger.complete(job.id, job.leaseToken, result, 3)).toBe(true);
        expect(JSON.stringify((await ledger.getJob(job.id))!.result)).toBe(JSON.stringify(result));
      } finally {
        await ledger.close();
      }
    });
  });
}
