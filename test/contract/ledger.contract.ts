/**
 * The Ledger contract: every backend (SQLite now, PostgreSQL later) runs this suite unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger, RegisterItem } from '../../src/ledger/port.js';
import type { DocumentResult, JobSettings } from '../../src/types.js';
import { DEFAULT_BACKOFF } from '../../src/ledger/backoff.js';
import { emptyResult } from '../../src/extract/result.js';

export interface LedgerHarness {
  ledger: Ledger;
  cleanup: () => Promise<void>;
}

const settings: JobSettings = { extractor: 'auto', extractorVersion: '1', template: null, templatesDigest: null, lang: 'eng' };
const other: JobSettings = { ...settings, lang: 'eng+fra' };
const fp = (n: number) => n.toString(16).padStart(64, 'a');
const item = (n: number, path = `/in/f${n}.pdf`): RegisterItem => ({ path, fileName: path.split('/').pop()!, size: 100 + n, mtimeMs: 1000 + n, ino: n, fingerprint: fp(n), kind: 'pdf' });
const result = (): DocumentResult => emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 10 }]);
const transientErr = { errorClass: 'timeout', message: 'slow', hint: 'retry', retryable: true };
const permanentErr = { errorClass: 'corrupt', message: 'bad', hint: 'fix', retryable: false };

export function ledgerContract(name: string, make: () => Promise<LedgerHarness>): void {
  describe(`Ledger contract: ${name}`, () => {
    let h: LedgerHarness;
    let ledger: Ledger;
    let seq = 0;
    const newRun = async (id = `run_${++seq}`) => {
      await ledger.createRun({ id, startedAt: 1, settings, paths: ['/in'], detached: false, idempotencyKey: null, inputsDigest: null });
      return id;
    };
    const reg = (runId: string, items: RegisterItem[], over: Partial<{ force: boolean; settings: JobSettings; maxAttempts: number }> = {}) =>
      ledger.register(items, { runId, settings: over.settings ?? settings, settingsKey: (over.settings ?? settings).lang, maxAttempts: over.maxAttempts ?? 3, force: over.force ?? false, now: 10 });

    beforeEach(async () => {
      h = await make();
      ledger = h.ledger;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('registers one job per content and settings, recording every path', async () => {
      const run = await newRun();
      const r = await reg(run, [item(1), item(2), item(1, '/in/copy-of-f1.pdf')]);
      expect(r.map((x) => x.outcome)).toEqual(['new', 'new', 'existing']);
      expect(r[2].jobId).toBe(r[0].jobId);
      expect(await ledger.jobPaths(r[0].jobId)).toEqual(['/in/copy-of-f1.pdf', '/in/f1.pdf'].sort());
      const again = await reg(await newRun(), [item(1)]);
      expect(again[0]).toMatchObject({ jobId: r[0].jobId, outcome: 'existing', status: 'pending' });
      const changed = await reg(await newRun(), [item(1)], { settings: other });
      expect(changed[0].outcome).toBe('new');
      expect(changed[0].jobId).not.toBe(r[0].jobId);
      const progress = await ledger.runProgress(run);
      expect(progress.byState.pending).toBe(2);
      expect(progress.byOutcome).toEqual({ new: 2, existing: 0, requeued: 0 });
    });

    it('remembers files for the fast path', async () => {
      const run = await newRun();
      await reg(run, [item(1), item(2)]);
      const m = await ledger.lookupFiles(['/in/f1.pdf', '/in/none.pdf']);
      expect([...m.keys()]).toEqual(['/in/f1.pdf']);
      expect(m.get('/in/f1.pdf')).toMatchObject({ size: 101, mtimeMs: 1001, ino: 1, fingerprint: fp(1), kind: 'pdf' });
    });

    it('claims each job once, then nothing', async () => {
      const run = await newRun();
      await reg(run, [1, 2, 3, 4, 5].map((n) => item(n)));
      const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => ledger.claim({ owner: `o${i}`, leaseMs: 1000, now: 20, runId: run })));
      const got = claims.filter((c) => c !== null);
      expect(got).toHaveLength(5);
      expect(new Set(got.map((j) => j!.id)).size).toBe(5);
      for (const j of got) expect(j).toMatchObject({ status: 'processing', attempts: 1, leaseToken: 1, startedAt: 20 });
    });

    it('claims only the run\'s jobs when asked, any job otherwise', async () => {
      const a = await newRun();
      const b = await newRun();
      await reg(a, [item(1)]);
      await reg(b, [item(2)]);
      const j = await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20, runId: b });
      expect(j?.fingerprint).toBe(fp(2));
      expect(await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20, runId: b })).toBeNull();
      expect((await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20 }))?.fingerprint).toBe(fp(1));
    });

    it('completes with the current lease token only (fencing)', async () => {
      const run = await newRun();
      await reg(run, [item(1)]);
      const j = (await ledger.claim({ owner: 'a', leaseMs: 1000, now: 20, runId: run }))!;
      expect(await ledger.complete(j.id, j.leaseToken + 1, result(), 30)).toBe(false);
      expect(await ledger.complete(j.id, j.leaseToken, result(), 30)).toBe(true);
      const done = (await ledger.getJob(j.id))!;
      expect(done).toMatchObject({ status: 'completed', completedAt: 30, pageCount: 1, leaseOwner: null });
      expect(done.result?.pageCount).toBe(1);
      expect(await ledger.complete(j.id, j.leaseToken, result(), 31)).toBe(false);
    });

    it('retries transient failures after the backoff, fails permanent ones at once', async () => {
      const run = await newRun();
      await reg(run, [item(1), item(2)]);
      const a = (await ledger.claim({ owner: 'o', leaseMs: 1000, now: 100, runId: run }))!;
      const b = (await ledger.claim({ owner: 'o', leaseMs: 1000, now: 100, runId: run }))!;
      expect(await ledger.fail(a.id, a.leaseToken, transientErr, DEFAULT_BACKOFF, 200)).toBe('retrying');
      expect(await ledger.fail(b.id, b.leaseToken, permanentErr, DEFAULT_BACKOFF, 200)).toBe('failed');
      const retrying = (await ledger.getJob(a.id))!;
      expect(retrying.nextAttemptAt).toBeGreaterThanOrEqual(200 + 4000);
      expect(retrying.error).toEqual(transientErr);
      expect(await ledger.claim({ owner: 'o', leaseMs: 1000, now: 300, runId: run })).toBeNull();
      const progress = await ledger.runProgress(run);
      expect(progress.nextDueAt).toBe(retrying.nextAttemptAt);
      const again = (await ledger.claim({ owner: 'o', leaseMs: 1000, now: retrying.nextAttemptAt!, runId: run }))!;
      expect(again).toMatchObject({ id: a.id, attempts: 2, leaseToken: 2 });
      expect((await ledger.getJob(b.id))!.error).toEqual(permanentErr);
    });

    it('gives up after max attempts', async () => {
      const run = await newRun();
      await reg(run, [item(1)], { maxAttempts: 2 });
      let now = 0;
      let state;
      for (let i = 0; i < 2; i++) {
        const j = (await ledger.claim({ owner: 'o', leaseMs: 1000, now, runId: run }))!;
        expect(j.attempts).toBe(i + 1);
        state = await ledger.fail(j.id, j.leaseToken, transientErr, { ...DEFAULT_BACKOFF, baseMs: 1, maxMs: 1 }, now);
        now += 10;
      }
      expect(state).toBe('failed');
    });

    it('takes back jobs whose owner died or whose lease expired, and keeps live ones', async () => {
      const run = await newRun();
      await reg(run, [item(1), item(2), item(3)]);
      const dead = (await ledger.claim({ owner: 'dead', leaseMs: 10_000, now: 0, runId: run }))!;
      const expired = (await ledger.claim({ owner: 'alive-expired', leaseMs: 10, now: 0, runId: run }))!;
      const live = (await ledger.claim({ owner: 'alive', leaseMs: 10_000, now: 0, runId: run }))!;
      const released = await ledger.reclaimAbandoned(100, (o) => o !== 'dead');
      expect(released.sort()).toEqual([dead.id, expired.id].sort());
      expect((await ledger.getJob(dead.id))!).toMatchObject({ status: 'pending', attempts: 0, leaseOwner: null });
      expect((await ledger.getJob(live.id))!.status).toBe('processing');
      // The late worker cannot finish what was taken from it.
      expect(await ledger.complete(dead.id, dead.leaseToken, result(), 200)).toBe(false);
      const retaken = (await ledger.claim({ owner: 'new', leaseMs: 1000, now: 300, runId: run }))!;
      expect(retaken.leaseToken).toBeGreaterThan(dead.leaseToken);
    });

    it('extends leases by heartbeat for the holder only', async () => {
      const run = await newRun();
      await reg(run, [item(1)]);
      const j = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 0, runId: run }))!;
      expect(await ledger.heartbeat(j.id, j.leaseToken, 100, 90)).toBe(true);
      expect((await ledger.getJob(j.id))!.leaseExpiresAt).toBe(190);
      expect(await ledger.heartbeat(j.id, j.leaseToken - 1, 100, 95)).toBe(false);
      expect(await ledger.reclaimAbandoned(150, () => true)).toEqual([]);
    });

    it('releases a job without counting the attempt', async () => {
      const run = await newRun();
      await reg(run, [item(1)]);
      const j = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 0, runId: run }))!;
      expect(await ledger.release(j.id, j.leaseToken, 'interrupted', 5)).toBe(true);
      expect((await ledger.getJob(j.id))!).toMatchObject({ status: 'pending', attempts: 0 });
    });

    it('requeues finished jobs (retry, --force) and records them in the run', async () => {
      const run = await newRun();
      await reg(run, [item(1), item(2)]);
      const a = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 0, runId: run }))!;
      await ledger.fail(a.id, a.leaseToken, permanentErr, DEFAULT_BACKOFF, 1);
      const retryRun = await newRun();
      expect(await ledger.requeue([a.id], 'retry', 2, { runId: retryRun })).toEqual([a.id]);
      expect((await ledger.getJob(a.id))!).toMatchObject({ status: 'pending', attempts: 0, error: null });
      expect((await ledger.runJobs(retryRun)).map((j) => [j.id, j.outcome])).toEqual([[a.id, 'requeued']]);
      const b = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 3, runId: run }))!;
      await ledger.complete(b.id, b.leaseToken, result(), 4);
      const forced = await reg(await newRun(), [item(1), item(2)], { force: true });
      expect(forced.find((f) => f.jobId === b.id)?.outcome).toBe('requeued');
    });

    it('appends every state change to the audit trail', async () => {
      const run = await newRun();
      await reg(run, [item(1)]);
      const j = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 20, runId: run }))!;
      await ledger.fail(j.id, j.leaseToken, transientErr, { ...DEFAULT_BACKOFF, baseMs: 1, maxMs: 1, jitter: 0 }, 30);
      const k = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 40, runId: run }))!;
      await ledger.complete(k.id, k.leaseToken, result(), 50);
      const ev = await ledger.jobEvents(j.id);
      expect(ev.map((e) => [e.from, e.to, e.attempt])).toEqual([
        [null, 'pending', 0],
        ['pending', 'processing', 1],
        ['processing', 'retrying', 1],
        ['retrying', 'processing', 2],
        ['processing', 'completed', 2],
      ]);
      expect(ev[2].error).toMatch(/timeout: slow/);
      expect(ev.map((e) => e.at)).toEqual([10, 20, 30, 40, 50]);
    });

    it('finds jobs by id, path, fingerprint prefix and filters', async () => {
      const run = await newRun();
      const [r1] = await reg(run, [item(1), item(2)]);
      expect((await ledger.findJobsByPath('/in/f1.pdf')).map((j) => j.id)).toEqual([r1.jobId]);
      expect((await ledger.findJobsByFingerprint(fp(1).slice(0, 12))).map((j) => j.id)).toContain(r1.jobId);
      expect(await ledger.findJobs({ status: ['pending'] })).toHaveLength(2);
      expect(await ledger.findJobs({ status: ['failed'] })).toHaveLength(0);
      expect(await ledger.findJobs({ limit: 1 })).toHaveLength(1);
      expect(await ledger.findJobs({ since: 11 })).toHaveLength(0);
      expect(await ledger.findJobs({ runId: run })).toHaveLength(2);
      expect(await ledger.getJob('job_missing')).toBeNull();
    });

    it('keeps runs with their summary and idempotency key', async () => {
      await ledger.createRun({ id: 'run_k', startedAt: 5, settings, paths: ['/a'], detached: true, idempotencyKey: 'key-1', inputsDigest: 'd1' });
      await ledger.finishRun('run_k', { ok: true }, 9);
      expect(await ledger.getRun('run_k')).toMatchObject({ id: 'run_k', finishedAt: 9, summary: { ok: true }, detached: true, inputsDigest: 'd1' });
      expect((await ledger.findRunByIdempotencyKey('key-1'))?.id).toBe('run_k');
      expect(await ledger.findRunByIdempotencyKey('nope')).toBeNull();
    });
  });
}
