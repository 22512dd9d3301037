/**
 * The Ledger contract for job control (issue I): priority, pause/resume, cancel. Every backend
 * runs it unchanged (sqlite.test.ts, postgres.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger, RegisterItem } from '../../src/ledger/port.js';
import type { JobSettings } from '../../src/types.js';
import { DEFAULT_BACKOFF } from '../../src/ledger/backoff.js';
import { emptyResult } from '../../src/extract/result.js';
import type { LedgerHarness } from './ledger.contract.js';

const settings: JobSettings = { extractor: 'auto', extractorVersion: '1', template: null, templatesDigest: null, lang: 'eng' };
const fp = (n: number) => n.toString(16).padStart(64, 'c');
const item = (n: number): RegisterItem => ({ path: `/in/f${n}.pdf`, fileName: `f${n}.pdf`, size: 100 + n, mtimeMs: 1000 + n, ino: n, fingerprint: fp(n), kind: 'pdf' });
const transientErr = { errorClass: 'timeout', message: 'slow', hint: 'retry', retryable: true };
const hook = { url: 'http://127.0.0.1:9/hooks' };
const BY = 'ann@host-a pid 4242';

export function controlContract(name: string, make: () => Promise<LedgerHarness>): void {
  describe(`Ledger contract (priority, pause, cancel): ${name}`, () => {
    let h: LedgerHarness;
    let ledger: Ledger;
    let seq = 0;
    const newRun = async () => {
      const id = `run_c${++seq}`;
      await ledger.createRun({ id, startedAt: 1, settings, paths: ['/in'], detached: true, idempotencyKey: null, inputsDigest: null });
      return id;
    };
    /** Registers items one batch per call, at `now`, with a priority. */
    const reg = (runId: string, items: RegisterItem[], now: number, priority?: number) =>
      ledger.register(items, { runId, settings, settingsKey: 'k', maxAttempts: 3, force: false, now, ...(priority === undefined ? {} : { priority }) });
    /** One registration per item, a millisecond apart: their age orders them. */
    const regEach = async (runId: string, items: RegisterItem[], now: number) => {
      const out = [];
      for (const [i, it] of items.entries()) out.push(...(await reg(runId, [it], now + i)));
      return out;
    };
    const claimAll = async (now: number, runId?: string) => {
      const ids: string[] = [];
      for (let j; (j = await ledger.claim({ owner: 'w', leaseMs: 60_000, now, ...(runId ? { runId } : {}) })); ) ids.push(j.fingerprint);
      return ids;
    };

    beforeEach(async () => {
      h = await make();
      ledger = h.ledger;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('claims the highest priority first, the oldest first within a priority, due retries in that order too', async () => {
      const run = await newRun();
      await reg(run, [item(1)], 10);
      await reg(run, [item(2)], 20, 5);
      await reg(run, [item(3)], 30, -10);
      await reg(run, [item(4)], 40, 5);
      await reg(run, [item(5)], 50);
      expect((await ledger.getJob((await ledger.findJobs({}))[1].id))!.priority).toBe(5);
      // A retry keeps its place by priority and age once due; not before.
      const first = (await ledger.claim({ owner: 'w', leaseMs: 1000, now: 60 }))!;
      expect(first.fingerprint).toBe(fp(2));
      await ledger.fail(first.id, first.leaseToken, transientErr, { ...DEFAULT_BACKOFF, baseMs: 100, jitter: 0 }, 70);
      expect((await ledger.claim({ owner: 'w', leaseMs: 1000, now: 80 }))!.fingerprint).toBe(fp(4));
      expect(await claimAll(1_000)).toEqual([fp(2), fp(1), fp(5), fp(3)]);
    });

    it('a run claims the jobs it created by priority and age, then the waiting jobs it found already; never others', async () => {
      const backlog = await newRun();
      const run = await newRun();
      await reg(backlog, [item(1)], 10, 9);
      await reg(backlog, [item(2)], 11, 0);
      await reg(run, [item(3)], 20, 0);
      await reg(run, [item(4)], 21, 5);
      await reg(run, [item(2)], 22); // found waiting already (created by the backlog's run)
      expect(await claimAll(30, run)).toEqual([fp(4), fp(3), fp(2)]);
      expect(await claimAll(30)).toEqual([fp(1)]);
    });

    it('changes the priority of waiting jobs only, as an audit event with who', async () => {
      const run = await newRun();
      const [a, b, c] = await regEach(run, [item(1), item(2), item(3)], 10);
      const taken = (await ledger.claim({ owner: 'w', leaseMs: 1000, now: 20 }))!;
      expect(taken.id).toBe(a.jobId);
      expect((await ledger.setPriority([a.jobId, b.jobId, c.jobId, c.jobId, 'job_none'], 7, BY, 30)).sort()).toEqual([b.jobId, c.jobId].sort());
      expect(await ledger.setPriority([b.jobId], 7, BY, 31)).toEqual([]); // at it already
      expect((await ledger.getJob(c.jobId))!.priority).toBe(7);
      expect((await ledger.getJob(a.jobId))!.priority).toBe(0);
      const ev = (await ledger.jobEvents(b.jobId)).at(-1)!;
      expect(ev).toMatchObject({ kind: 'priority', by: BY, from: 'pending', to: 'pending', at: 30, error: 'priority 0 -> 7' });
      // retry --priority: requeued at the new priority.
      await ledger.complete(taken.id, taken.leaseToken, emptyResult('text_pdf', []), 40);
      expect(await ledger.requeue([taken.id], 'retry', 50, { priority: 9 })).toEqual([taken.id]);
      expect((await ledger.claim({ owner: 'w', leaseMs: 1000, now: 60 }))!.id).toBe(taken.id);
    });

    it('pauses everything, one run, or the work below a priority, and resumes each; paused jobs stay pending', async () => {
      const r1 = await newRun();
      const r2 = await newRun();
      await reg(r1, [item(1)], 10, 0);
      await reg(r1, [item(2)], 11, 0);
      await reg(r2, [item(3)], 20, 10);
      await reg(r2, [item(4)], 30, -5);

      expect(await ledger.pause({ all: true }, BY, 100)).toBe(true);
      expect(await ledger.pause({ all: true }, BY, 101)).toBe(false);
      expect(await ledger.claim({ owner: 'w', leaseMs: 1000, now: 110 })).toBeNull();
      expect(await ledger.claim({ owner: 'w', leaseMs: 1000, now: 110, runId: r1 })).toBeNull();
      expect(await ledger.held()).toBe(4);
      expect((await ledger.runProgress(r1)).paused).toBe(2);
      expect((await ledger.stats({ now: 120 })).paused).toBe(4);

      expect(await ledger.pause({ runId: r2 }, BY, 130)).toBe(true);
      expect(await ledger.pause({ below: 5 }, BY, 131)).toBe(true);
      expect((await ledger.pauses()).map((p) => [p.selector, p.runId, p.below, p.by])).toEqual([
        ['all', null, null, BY],
        ['run', r2, null, BY],
        ['below', null, 5, BY],
      ]);
      // Lifting "all" leaves the others: r2 is paused, and r1's jobs are below 5.
      expect((await ledger.resume({ all: true }, 'bob@host-b pid 1', 140)).map((p) => p.selector)).toEqual(['all']);
      expect(await ledger.claim({ owner: 'w', leaseMs: 1000, now: 150 })).toBeNull();
      expect(await ledger.held()).toBe(4);
      expect(await ledger.claim({ owner: 'w', leaseMs: 1000, now: 150, runId: r2 })).toBeNull();
      // A floor of -5 leaves r1's jobs (priority 0) claimable, and r2's still paused.
      expect(await ledger.pause({ below: -5 }, BY, 155)).toBe(true);
      expect(await ledger.held()).toBe(2);
      expect((await ledger.runProgress(r1)).paused).toBe(0);
      expect(await claimAll(160)).toEqual([fp(1), fp(2)]);
      await ledger.resume({ runId: r2 }, BY, 170);
      // r2's job 4 is at -5: not below -5, so claimable; job 3 first (priority 10).
      expect(await claimAll(180, r2)).toEqual([fp(3), fp(4)]);
      expect(await ledger.resume(null, BY, 190)).toHaveLength(1);
      expect(await ledger.pauses()).toEqual([]);
      const trail = await ledger.controlEvents(10);
      expect(trail.map((e) => `${e.action} ${e.selector}`)).toEqual(['resume below', 'resume run', 'pause below', 'resume all', 'pause below', 'pause run', 'pause all']);
      expect(trail[3]).toMatchObject({ by: 'bob@host-b pid 1', at: 140 });
      // Paused jobs were never touched: their trail is register, claim only.
      for (const j of await ledger.findJobs({})) expect((await ledger.jobEvents(j.id)).map((e) => e.to)).toEqual(['pending', 'processing']);
    });

    it('cancels waiting and retrying jobs at once, as failed/cancelled with who, not retried, with job.failed', async () => {
      const run = await newRun();
      const [a, b, c] = await regEach(run, [item(1), item(2), item(3)], 10);
      const r = (await ledger.claim({ owner: 'w', leaseMs: 1000, now: 20 }))!;
      expect(r.id).toBe(a.jobId);
      expect(await ledger.fail(r.id, r.leaseToken, transientErr, DEFAULT_BACKOFF, 30)).toBe('retrying');
      await ledger.complete((await ledger.claim({ owner: 'w', leaseMs: 1000, now: 40 }))!.id, 1, emptyResult('text_pdf', []), 50);
      const out = await ledger.cancel([a.jobId, b.jobId, c.jobId, 'job_none'], BY, 60, hook);
      expect(out).toEqual([
        { jobId: a.jobId, outcome: 'cancelled', status: 'failed' },
        { jobId: b.jobId, outcome: 'finished', status: 'completed' },
        { jobId: c.jobId, outcome: 'cancelled', status: 'failed' },
      ]);
      const job = (await ledger.getJob(a.jobId))!;
      expect(job).toMatchObject({ status: 'failed', attempts: 1, completedAt: 60, cancelRequestedBy: BY, cancelRequestedAt: 60, nextAttemptAt: null });
      expect(job.error).toMatchObject({ errorClass: 'cancelled', retryable: false, message: `cancelled by ${BY}` });
      expect(job.error!.hint).toMatch(/docparse retry <jobId>/);
      expect((await ledger.jobEvents(a.jobId)).at(-1)).toMatchObject({ from: 'retrying', to: 'failed', kind: 'cancelled', by: BY });
      expect(await ledger.claim({ owner: 'w', leaseMs: 1000, now: 1e9 })).toBeNull();
      const events = await ledger.findOutbox({});
      expect(events.map((e) => [e.type, e.jobId])).toEqual([['job.failed', a.jobId], ['job.failed', c.jobId]]);
      expect(JSON.parse(events[0].body).data.error.message).toBe(`cancelled by ${BY}`);
      expect((await ledger.stats({ now: 70 })).failedByClass).toEqual([{ errorClass: 'cancelled', retryable: false, jobs: 2 }]);
      // `docparse retry` runs it again, with the cancel forgotten.
      expect(await ledger.requeue([a.jobId], 'retry', 80)).toEqual([a.jobId]);
      expect((await ledger.getJob(a.jobId))!).toMatchObject({ status: 'pending', cancelRequestedBy: null, cancelRequestedAt: null, error: null });
    });

    it('asks the holder of a job being processed to stop: its lease check sees it, and it ends the job cancelled', async () => {
      const run = await newRun();
      const [a, b] = await regEach(run, [item(1), item(2)], 10);
      const ja = (await ledger.claim({ owner: 'w1', leaseMs: 1000, now: 20 }))!;
      const jb = (await ledger.claim({ owner: 'w2', leaseMs: 1000, now: 20 }))!;
      const leases = [ja, jb].map((j) => ({ jobId: j.id, leaseToken: j.leaseToken }));
      expect(await ledger.checkLeases(leases, null, 30)).toEqual([
        { jobId: a.jobId, held: true, cancelRequestedBy: null },
        { jobId: b.jobId, held: true, cancelRequestedBy: null },
      ]);
      expect(await ledger.cancel([a.jobId], BY, 40, hook)).toEqual([{ jobId: a.jobId, outcome: 'requested', status: 'processing', by: BY }]);
      // Asked twice: the first request stands.
      expect(await ledger.cancel([a.jobId], 'other', 41)).toEqual([{ jobId: a.jobId, outcome: 'requested', status: 'processing', by: BY }]);
      expect((await ledger.getJob(a.jobId))!).toMatchObject({ status: 'processing', cancelRequestedAt: 40, cancelRequestedBy: BY });
      expect((await ledger.jobEvents(a.jobId)).at(-1)).toMatchObject({ kind: 'cancel_requested', by: BY, from: 'processing', to: 'processing' });
      // The renewing check extends held leases and reports the request; a stale token is not held.
      expect(await ledger.checkLeases([...leases, { jobId: b.jobId, leaseToken: 0 }], 5_000, 50)).toEqual([
        { jobId: a.jobId, held: true, cancelRequestedBy: BY },
        { jobId: b.jobId, held: true, cancelRequestedBy: null },
        { jobId: b.jobId, held: false, cancelRequestedBy: null },
      ]);
      expect((await ledger.getJob(b.jobId))!.leaseExpiresAt).toBe(5_050);
      expect(await ledger.cancelHeld(a.jobId, ja.leaseToken + 1, 60, hook)).toBeNull();
      const done = (await ledger.cancelHeld(a.jobId, ja.leaseToken, 60, hook))!;
      expect(done).toMatchObject({ status: 'failed', completedAt: 60, leaseOwner: null });
      expect(done.error).toMatchObject({ errorClass: 'cancelled', message: `cancelled by ${BY} while it was being processed` });
      expect((await ledger.findOutbox({})).map((e) => e.type)).toEqual(['job.failed']);
      expect(await ledger.checkLeases(leases.slice(0, 1), 5_000, 70)).toEqual([{ jobId: a.jobId, held: false, cancelRequestedBy: null }]);
    });

    it('a holder that fails or completes a job asked to stop: a failure ends it cancelled, a completion stands', async () => {
      const run = await newRun();
      const [a, b] = await regEach(run, [item(1), item(2)], 10);
      const ja = (await ledger.claim({ owner: 'w', leaseMs: 60_000, now: 20 }))!;
      const jb = (await ledger.claim({ owner: 'w', leaseMs: 60_000, now: 20 }))!;
      await ledger.cancel([a.jobId, b.jobId], BY, 30);
      const failed = (await ledger.failReturning(ja.id, ja.leaseToken, transientErr, DEFAULT_BACKOFF, 40, hook))!;
      expect(failed).toMatchObject({ status: 'failed', error: { errorClass: 'cancelled' }, cancelRequestedBy: BY });
      expect(await ledger.complete(jb.id, jb.leaseToken, emptyResult('text_pdf', []), 50)).toBe(true);
      expect((await ledger.getJob(b.jobId))!).toMatchObject({ status: 'completed', cancelRequestedBy: null, cancelRequestedAt: null });
      expect((await ledger.jobEvents(b.jobId)).map((e) => e.kind)).toEqual([null, null, 'cancel_requested', null]);
      expect((await ledger.findOutbox({})).map((e) => [e.type, e.jobId])).toEqual([['job.failed', a.jobId]]);
    });

    it('cancels, not requeues, a job asked to stop whose holder died or put it back', async () => {
      const run = await newRun();
      const [a, b] = await regEach(run, [item(1), item(2)], 10);
      const ja = (await ledger.claim({ owner: 'dead', leaseMs: 60_000, now: 20 }))!;
      const jb = (await ledger.claim({ owner: 'live', leaseMs: 60_000, now: 20 }))!;
      await ledger.cancel([a.jobId, b.jobId], BY, 30);
      expect(await ledger.reclaimAbandoned(40, (o) => o !== 'dead', hook)).toEqual([a.jobId]);
      expect((await ledger.getJob(a.jobId))!.error?.errorClass).toBe('cancelled');
      expect((await ledger.findOutbox({})).map((e) => [e.type, e.jobId])).toEqual([['job.failed', a.jobId]]);
      // Interrupted (Ctrl-C) while a cancel was asked: it ends cancelled, not back in the queue.
      expect(await ledger.release(jb.id, jb.leaseToken, 'interrupted', 50)).toBe(true);
      expect((await ledger.getJob(b.jobId))!).toMatchObject({ status: 'failed', error: { errorClass: 'cancelled' } });
      expect(ja.id).toBe(a.jobId);
    });
  });
}
