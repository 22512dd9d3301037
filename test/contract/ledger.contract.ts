/**
 * The Ledger contract: every backend (SQLite now, PostgreSQL later) runs this suite unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger, RegisterItem } from '../../src/ledger/port.js';
import type { DocumentResult, JobSettings } from '../../src/types.js';
import { DEFAULT_BACKOFF } from '../../src/ledger/backoff.js';
import { emptyResult } from '../../src/extract/result.js';
import { percentile } from '../../src/ledger/outbox.js';
import { IdempotencyConflictError } from '../../src/errors.js';

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
      // A pending job is read from the latest path it was seen under (the first may have moved).
      expect((await ledger.getJob(r[0].jobId))!.path).toBe('/in/copy-of-f1.pdf');
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
      expect(m.get('/in/f1.pdf')).toMatchObject({ size: 101, mtimeMs: 1001, ino: 1, ctimeMs: null, fingerprint: fp(1), kind: 'pdf' });
      // The change time as seen (a fraction of a millisecond kept), written again when the file is.
      await reg(run, [{ ...item(1), ctimeMs: 5000.125 }]);
      expect((await ledger.lookupFiles(['/in/f1.pdf'])).get('/in/f1.pdf')).toMatchObject({ mtimeMs: 1001, ctimeMs: 5000.125, fingerprint: fp(1) });
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

    it('claims only jobs made with a given templates folder when asked (workers)', async () => {
      const run = await newRun();
      const withTemplates = { ...settings, templatesDigest: 'abc123' };
      await reg(run, [item(1)]);
      await reg(run, [item(2)], { settings: { ...withTemplates, lang: 'deu' } });
      await reg(run, [item(3)], { settings: other });
      expect(await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20, templatesDigest: 'nope' })).toBeNull();
      expect((await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20, templatesDigest: 'abc123' }))?.fingerprint).toBe(fp(2));
      expect(await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20, templatesDigest: 'abc123' })).toBeNull();
      // Without a templates folder: every job made without one, whatever its other settings.
      const a = await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20, templatesDigest: null });
      const b = await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20, templatesDigest: null });
      expect([a?.fingerprint, b?.fingerprint].sort()).toEqual([fp(1), fp(3)].sort());
      expect(await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20, templatesDigest: null })).toBeNull();
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
      // The attempt counts (a document that kills its process each time is not claimed for ever).
      expect((await ledger.getJob(dead.id))!).toMatchObject({ status: 'pending', attempts: 1, leaseOwner: null });
      expect((await ledger.getJob(live.id))!.status).toBe('processing');
      // The late worker cannot finish what was taken from it.
      expect(await ledger.complete(dead.id, dead.leaseToken, result(), 200)).toBe(false);
      const retaken = (await ledger.claim({ owner: 'new', leaseMs: 1000, now: 300, runId: run }))!;
      expect(retaken.leaseToken).toBeGreaterThan(dead.leaseToken);
    });

    it('fails a job whose process died on every attempt, as worker_crashed, instead of claiming it for ever', async () => {
      const run = await newRun();
      await reg(run, [item(1)]);
      let now = 0;
      let id = '';
      for (let i = 1; i <= 3; i++) {
        const c = (await ledger.claim({ owner: `dead-${i}`, leaseMs: 10_000, now, runId: run }))!;
        expect(c.attempts).toBe(i);
        expect(await ledger.reclaimAbandoned(++now, (o) => !o.startsWith('dead'))).toEqual([c.id]);
        id = c.id;
      }
      const j = (await ledger.getJob(id))!;
      expect(j).toMatchObject({ status: 'failed', attempts: 3, leaseOwner: null });
      expect(j.error).toMatchObject({ errorClass: 'worker_crashed', retryable: false });
      expect(j.error!.message).toMatch(/^the process working on it stopped 3 times without finishing it \(last: its worker dead-3 is gone\); it is not tried again$/);
      expect(await ledger.claim({ owner: 'next', leaseMs: 1000, now: ++now, runId: run })).toBeNull();
    });

    it('writes job.failed for a job failed as worker_crashed when reclaimed, and nothing for one put back to pending', async () => {
      const run = await newRun();
      await reg(run, [item(1)], { maxAttempts: 2 });
      const hook = { url: 'http://127.0.0.1:9/hook' };
      const first = (await ledger.claim({ owner: 'dead-1', leaseMs: 10_000, now: 1, runId: run }))!;
      await ledger.reclaimAbandoned(2, () => false, hook);
      expect(await ledger.findOutbox({})).toHaveLength(0); // back to pending: not final
      await ledger.claim({ owner: 'dead-2', leaseMs: 10_000, now: 3, runId: run });
      expect(await ledger.reclaimAbandoned(4, () => false, hook)).toEqual([first.id]);
      const events = await ledger.findOutbox({});
      expect(events.map((e) => [e.type, e.jobId, e.runId, e.url])).toEqual([['job.failed', first.id, run, hook.url]]);
      expect(JSON.parse(events[0].body).data).toMatchObject({ jobId: first.id, status: 'failed', error: { errorClass: 'worker_crashed', retryable: false } });
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
      const forced = await reg(await newRun(), [item(1, '/moved/f1.pdf'), item(2, '/moved/f2.pdf')], { force: true });
      expect(forced.find((f) => f.jobId === b.id)?.outcome).toBe('requeued');
      // Processed again from where the file is now, on every backend.
      expect((await ledger.getJob(b.id))!.path).toBe(b.fingerprint === fp(1) ? '/moved/f1.pdf' : '/moved/f2.pdf');
    });

    it('reads each file\'s job with its record when asked, and counts a settled batch on the run as register would', async () => {
      const run = await newRun();
      await reg(run, [item(1), item(2), item(3)]);
      const flagged = { ...result(), needsReview: true, reviewReasons: ['total does not add up'] };
      // Each claimed job's fate by its content: 1 done, 2 done with a review flag, 3 failed; 4 waits.
      for (let i = 0; i < 3; i++) {
        const j = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 20 + i, runId: run }))!;
        if (j.fingerprint === fp(3)) await ledger.fail(j.id, j.leaseToken, permanentErr, DEFAULT_BACKOFF, 30);
        else await ledger.complete(j.id, j.leaseToken, j.fingerprint === fp(2) ? flagged : result(), 30);
      }
      await reg(run, [item(4)]);
      const clean = (await ledger.findJob(fp(1), 'eng'))!;
      // The same content under a second path: its job keeps its own path (it is done).
      await reg(run, [item(1, '/in/copy-of-f1.pdf')]);
      const paths = ['/in/f1.pdf', '/in/f2.pdf', '/in/f3.pdf', '/in/f4.pdf', '/in/copy-of-f1.pdf'];
      const m = await ledger.lookupFiles(paths, 'eng');
      expect(paths.map((p) => m.get(p)!.job?.settled)).toEqual([true, false, false, false, false]);
      expect(m.get('/in/f1.pdf')!.job).toMatchObject({ id: clean.id, fileName: 'f1.pdf', leaseToken: clean.leaseToken });
      expect(m.get('/in/copy-of-f1.pdf')!.job!.id).toBe(clean.id);
      expect((await ledger.lookupFiles(['/in/f1.pdf'], 'eng+fra')).get('/in/f1.pdf')!.job).toBeNull();
      expect((await ledger.lookupFiles(['/in/f1.pdf'])).get('/in/f1.pdf')!.job).toBeUndefined();

      // Counted, not linked: the run's figures are the ones register gives the same batch.
      const counted = await newRun();
      const out = await ledger.countSettled([{ path: '/in/f1.pdf', fingerprint: fp(1), job: m.get('/in/f1.pdf')!.job! }], counted);
      expect(out).toEqual([{ path: '/in/f1.pdf', jobId: clean.id, status: 'completed', outcome: 'existing', fingerprint: fp(1), fileName: 'f1.pdf', linked: false }]);
      const registered = await newRun();
      const viaRegister = await reg(registered, [{ ...item(1), ctimeMs: null, unchanged: true }]);
      expect(out).toEqual(viaRegister);
      expect(await ledger.runProgress(counted)).toEqual(await ledger.runProgress(registered));
      expect(await ledger.runProgress(counted)).toMatchObject({ skipped: 1, byState: { completed: 1 }, byOutcome: { existing: 1 } });
      expect(await ledger.runJobs(counted)).toEqual([]);
    });

    it('counts no job that changed after it was read (requeued, processing, done again): register then links it as work', async () => {
      const first = await newRun();
      const [r] = await reg(first, [item(1)]);
      const a = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 20, runId: first }))!;
      await ledger.complete(a.id, a.leaseToken, result(), 21);
      const read = (await ledger.lookupFiles(['/in/f1.pdf'], 'eng')).get('/in/f1.pdf')!;
      expect(read.job).toMatchObject({ id: r.jobId, settled: true });
      const batch = [{ path: '/in/f1.pdf', fingerprint: fp(1), job: read.job! }];
      const rerun = await newRun();

      // Between the read and the count another process puts the job back (--force) and processes it.
      await reg(await newRun(), [item(1)], { force: true });
      expect(await ledger.countSettled(batch, rerun)).toBeNull();
      const b = (await ledger.claim({ owner: 'other', leaseMs: 100, now: 30 }))!;
      expect(b.id).toBe(r.jobId);
      expect(await ledger.countSettled(batch, rerun)).toBeNull();
      expect((await ledger.runProgress(rerun)).skipped).toBe(0);
      // Done again, with the result of the new attempt: still not the job that was read.
      await ledger.complete(b.id, b.leaseToken, { ...result(), needsReview: true, reviewReasons: ['look'] }, 31);
      expect(await ledger.countSettled(batch, rerun)).toBeNull();
      expect((await ledger.runProgress(rerun)).skipped).toBe(0);
      // Register reads it as it is now: completed with a review flag, so linked to the run.
      const [now] = await reg(rerun, [{ ...item(1), ctimeMs: null, unchanged: true }]);
      expect(now).toMatchObject({ jobId: r.jobId, status: 'completed', linked: true });
      expect((await ledger.runJobs(rerun)).map((j) => j.id)).toEqual([r.jobId]);
    });

    it('does not count a job the run linked already (an earlier batch met it as work)', async () => {
      const run = await newRun();
      const [r] = await reg(run, [item(1)]);
      const a = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 20, runId: run }))!;
      await ledger.complete(a.id, a.leaseToken, result(), 21);
      const job = (await ledger.lookupFiles(['/in/f1.pdf'], 'eng')).get('/in/f1.pdf')!.job!;
      expect(job.settled).toBe(true);
      const out = await ledger.countSettled([{ path: '/in/f1.pdf', fingerprint: fp(1), job }], run);
      expect(out).toEqual(await reg(run, [{ ...item(1), ctimeMs: null, unchanged: true }]));
      expect(out![0]).toMatchObject({ jobId: r.jobId, linked: true });
      expect(await ledger.runProgress(run)).toMatchObject({ skipped: 0, byState: { completed: 1 } });
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

    it('approves completed results that need review, once, recording who and when; filters and stats count only pending review', async () => {
      const run = await newRun();
      await reg(run, [item(1), item(2), item(3)]);
      const flagged = { ...result(), needsReview: true, reviewReasons: ['total does not add up'] };
      const done: string[] = [];
      for (const [i, r] of [flagged, result(), null].entries()) {
        const j = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 20 + i, runId: run }))!;
        if (r) await ledger.complete(j.id, j.leaseToken, r, 30 + i);
        else await ledger.fail(j.id, j.leaseToken, permanentErr, DEFAULT_BACKOFF, 30 + i);
        done.push(j.id);
      }
      const [review, clean, failed] = done;
      expect((await ledger.findJobs({ needsReview: true })).map((j) => j.id)).toEqual([review]);
      expect((await ledger.runJobs(run, { needsReview: true })).map((j) => j.id)).toEqual([review]);
      expect((await ledger.stats({ now: 100 })).needsReview).toBe(1);
      // Only a completed result that needs review, and only once: the clean one, the failed one and a repeat are left.
      expect(await ledger.approve([review, clean, failed, 'job_nope'], 'a.clerk@host', 40)).toEqual([review]);
      expect(await ledger.approve([review], 'someone.else', 41)).toEqual([]);
      expect(await ledger.getJob(review)).toMatchObject({ status: 'completed', reviewedAt: 40, reviewedBy: 'a.clerk@host' });
      expect((await ledger.getJob(review))!.result!.needsReview).toBe(true);
      expect(await ledger.getJob(clean)).toMatchObject({ reviewedAt: null, reviewedBy: null });
      const trail = await ledger.jobEvents(review);
      expect(trail[trail.length - 1]).toMatchObject({ from: 'completed', to: 'completed', at: 40, kind: 'approved', by: 'a.clerk@host' });
      expect(trail.slice(0, -1).every((e) => e.kind === null)).toBe(true);
      expect(await ledger.findJobs({ needsReview: true })).toEqual([]);
      expect(await ledger.runJobs(run, { needsReview: true })).toEqual([]);
      expect((await ledger.stats({ now: 100 })).needsReview).toBe(0);
    });

    it('supersedes a failed job by the job of its fixed file, once, and leaves it out of failed listings when asked', async () => {
      const run = await newRun();
      await reg(run, [item(1, '/in/inv.pdf'), item(2, '/in/other.pdf')]);
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        const j = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 20 + i, runId: run }))!;
        await ledger.fail(j.id, j.leaseToken, permanentErr, DEFAULT_BACKOFF, 30 + i);
        ids.push(j.id);
      }
      const old = (await ledger.findJobsByPath('/in/inv.pdf'))[0];
      // The file was fixed in place: new content at the same path.
      const fixRun = await newRun();
      const [fixed] = await reg(fixRun, [item(3, '/in/inv.pdf')]);
      expect(fixed.outcome).toBe('new');
      // Other settings, or the same content, or another path, supersede nothing.
      expect(await ledger.supersede([{ path: '/in/inv.pdf', jobId: fixed.jobId }], 'eng+fra', 40)).toEqual([]);
      expect(await ledger.supersede([{ path: '/in/inv.pdf', jobId: old.id }], settings.lang, 40)).toEqual([]);
      expect(await ledger.supersede([{ path: '/in/elsewhere.pdf', jobId: fixed.jobId }], settings.lang, 40)).toEqual([]);
      expect(await ledger.supersede([{ path: '/in/inv.pdf', jobId: fixed.jobId }], settings.lang, 41)).toEqual([{ jobId: old.id, by: fixed.jobId }]);
      expect(await ledger.supersede([{ path: '/in/inv.pdf', jobId: fixed.jobId }], settings.lang, 42)).toEqual([]);
      expect(await ledger.getJob(old.id)).toMatchObject({ status: 'failed', supersededBy: fixed.jobId });
      const trail = await ledger.jobEvents(old.id);
      expect(trail[trail.length - 1]).toMatchObject({ from: 'failed', to: 'failed', at: 41, kind: 'superseded' });
      expect(trail[trail.length - 1].error).toContain(fixed.jobId);
      const stillFailed = ids.find((id) => id !== old.id)!;
      expect((await ledger.findJobs({ status: ['failed'], superseded: false })).map((j) => j.id)).toEqual([stillFailed]);
      expect((await ledger.findJobs({ status: ['failed'] })).map((j) => j.id).sort()).toEqual([...ids].sort());
      expect((await ledger.runJobs(run, { status: ['failed'], superseded: false })).map((j) => j.id)).toEqual([stillFailed]);
      expect((await ledger.stats({ now: 100 })).failedByClass).toEqual([{ errorClass: 'corrupt', retryable: false, jobs: 1 }]);
      // Its old content turning up again and forced through: asked for again, no longer history.
      const again = await reg(await newRun(), [item(1, '/in/copy.pdf')], { force: true });
      expect(again[0]).toMatchObject({ jobId: old.id, outcome: 'requeued' });
      expect((await ledger.getJob(old.id))!.supersededBy).toBeNull();
    });

    it('keeps paths that are not UTF-8 byte for byte: register, job, paths, file records, lookup by path, supersede', async () => {
      // Latin-1 `café.pdf` as docparse holds it (the byte 0xE9 as U+DCE9), beside a real file whose
      // name is the escaped form itself and one holding a backslash: three paths, never confused.
      const raw = '/in/caf\udce9.pdf';
      const literal = '/in/caf\\xe9.pdf';
      const slash = '/in/a\\\\b\udcff.pdf';
      const run = await newRun();
      const r = await reg(run, [item(1, raw), item(2, literal), item(3, slash)]);
      expect(r.map((x) => x.path)).toEqual([raw, literal, slash]);
      for (const [i, p] of [raw, literal, slash].entries()) {
        const job = (await ledger.getJob(r[i].jobId))!;
        expect(job.path).toBe(p);
        expect(job.fileName).toBe(p.slice('/in/'.length));
        expect(await ledger.jobPaths(r[i].jobId)).toEqual([p]);
        expect((await ledger.findJobsByPath(p)).map((j) => j.id)).toEqual([r[i].jobId]);
      }
      const m = await ledger.lookupFiles([raw, literal, slash, '/in/caf\ufffd.pdf']);
      expect([...m.keys()].sort()).toEqual([raw, literal, slash].sort());
      expect(m.get(raw)).toMatchObject({ path: raw, fingerprint: fp(1) });
      // A rerun knows it; a failed job at that path is superseded by the path's new content.
      expect((await reg(await newRun(), [item(1, raw)]))[0]).toMatchObject({ jobId: r[0].jobId, outcome: 'existing' });
      const j = (await ledger.claim({ owner: 'o', leaseMs: 100, now: 20, runId: run }))!;
      await ledger.fail(j.id, j.leaseToken, permanentErr, DEFAULT_BACKOFF, 30);
      const [fixed] = await reg(await newRun(), [item(9, j.path)]);
      expect(await ledger.supersede([{ path: j.path, jobId: fixed.jobId }], settings.lang, 40)).toEqual([{ jobId: j.id, by: fixed.jobId }]);
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
      const [first, second] = await ledger.findJobs({});
      expect((await ledger.findJobs({ after: { createdAt: first.createdAt, id: first.id } })).map((j) => j.id)).toEqual([second.id]);
      expect(await ledger.findJobs({ after: { createdAt: second.createdAt, id: second.id } })).toEqual([]);
      expect(await ledger.getJob('job_missing')).toBeNull();
    });

    it('keeps runs with their summary and idempotency key', async () => {
      await ledger.createRun({ id: 'run_k', startedAt: 5, settings, paths: ['/a'], detached: true, idempotencyKey: 'key-1', inputsDigest: 'd1', owner: 'host:42:abc' });
      await ledger.finishRun('run_k', { ok: true }, 9);
      expect(await ledger.getRun('run_k')).toMatchObject({ id: 'run_k', finishedAt: 9, summary: { ok: true }, detached: true, inputsDigest: 'd1', owner: 'host:42:abc' });
      expect((await ledger.findRunByIdempotencyKey('key-1'))?.id).toBe('run_k');
      expect(await ledger.findRunByIdempotencyKey('nope')).toBeNull();
      // The key is unique: a second run with it is refused with the typed error, whatever its inputs.
      const again = ledger.createRun({ id: 'run_k2', startedAt: 6, settings, paths: ['/a'], detached: false, idempotencyKey: 'key-1', inputsDigest: 'd1' });
      await expect(again).rejects.toBeInstanceOf(IdempotencyConflictError);
      expect(await ledger.getRun('run_k2')).toBeNull();
    });

    it('keeps a run\'s heartbeat: set at creation, moved by its owner only while it runs, frozen once it finished', async () => {
      await ledger.createRun({ id: 'run_h', startedAt: 100, settings, paths: ['/a'], detached: false, idempotencyKey: null, inputsDigest: null, owner: 'h:1:x' });
      expect((await ledger.getRun('run_h'))?.heartbeatAt).toBe(100);
      await ledger.touchRun('run_h', 'h:1:x', 250);
      expect((await ledger.getRun('run_h'))?.heartbeatAt).toBe(250);
      await ledger.touchRun('run_h', 'other:2:y', 260); // not its owner: no effect
      expect((await ledger.getRun('run_h'))?.heartbeatAt).toBe(250);
      await ledger.finishRun('run_h', {}, 300);
      await ledger.touchRun('run_h', 'h:1:x', 400);
      expect((await ledger.getRun('run_h'))?.heartbeatAt).toBe(250);
      await ledger.touchRun('run_missing', 'h:1:x', 400); // nothing to touch: no error
    });

    it('lets exactly one process take over a run, as it was seen, and reopens a finished (interrupted) one', async () => {
      await ledger.createRun({ id: 'run_t', startedAt: 100, settings, paths: ['/a'], detached: false, idempotencyKey: 'kt', inputsDigest: 'd', owner: 'dead:1:x' });
      const seen = await ledger.getRun('run_t');
      const as = { owner: seen!.owner, heartbeatAt: seen!.heartbeatAt, finishedAt: seen!.finishedAt };
      expect(await ledger.takeOverRun('run_t', as, 'b:2:y', 500)).toBe(true);
      expect(await ledger.takeOverRun('run_t', as, 'c:3:z', 501)).toBe(false); // what it saw is gone
      expect(await ledger.getRun('run_t')).toMatchObject({ owner: 'b:2:y', heartbeatAt: 500, finishedAt: null });
      await ledger.finishRun('run_t', { interrupted: true }, 600);
      const done = (await ledger.getRun('run_t'))!;
      expect(await ledger.takeOverRun('run_t', { owner: done.owner, heartbeatAt: done.heartbeatAt, finishedAt: done.finishedAt }, 'c:3:z', 700)).toBe(true);
      expect(await ledger.getRun('run_t')).toMatchObject({ owner: 'c:3:z', heartbeatAt: 700, finishedAt: null });
    });

    it('flags a completed job that repeats an earlier invoice under other content, across runs and at once; never the same content', async () => {
      const invoice = (number: string, o: { taxId?: string | null; name?: string; total?: number | null } = {}): DocumentResult => {
        const r = result();
        const f = <T>(value: T) => ({ value, confidence: 0.9, source: 'generic:test', page: 1 });
        r.invoiceNumber = f(number);
        r.vendor = { name: f(o.name ?? 'Acme Widgets GmbH'), address: null, taxId: o.taxId === null ? null : f(o.taxId ?? 'DE 123 456 789') };
        r.total = o.total === null ? null : f(o.total ?? 100);
        return r;
      };
      const done = async (runId: string, n: number, r: DocumentResult, s = settings) => {
        const [reg1] = await reg(runId, [item(n)], { settings: s });
        const job = await ledger.claim({ owner: 'o', leaseMs: 1000, now: 20 + n, runId });
        expect(job!.id).toBe(reg1.jobId);
        expect(await ledger.complete(job!.id, job!.leaseToken, r, 30 + n)).toBe(true);
        return (await ledger.getJob(job!.id))!;
      };
      const first = await done(await newRun(), 1, invoice('INV-7'));
      expect(first.result!.duplicateOf).toBeUndefined();
      expect(first.result!.needsReview).toBe(false);

      const run2 = await newRun();
      // Same vendor tax id (spaced otherwise) and number, another name and no total: a duplicate, from the earlier run.
      const again = await done(run2, 2, invoice('inv 7', { taxId: 'DE123456789', name: 'ACME Widgets', total: null }));
      expect(again.result!.duplicateOf).toEqual([first.id]);
      expect(again.result!.needsReview).toBe(true);
      expect(again.result!.reviewReasons.join('\n')).toContain(first.id);
      // The same content under other settings is the same file, not a duplicate.
      const sameContent = await done(run2, 1, invoice('INV-7'), other);
      expect(sameContent.result!.duplicateOf).toBeUndefined();
      // The original processed again (--force) stays the original.
      const run2b = await newRun();
      expect(await ledger.requeue([first.id], 'submit --force', 40, { runId: run2b })).toEqual([first.id]);
      const redo = (await ledger.claim({ owner: 'o', leaseMs: 1000, now: 41, runId: run2b }))!;
      expect(await ledger.complete(redo.id, redo.leaseToken, invoice('INV-7'), 42)).toBe(true);
      expect((await ledger.getJob(first.id))!.result!.duplicateOf).toBeUndefined();
      // Another total is another invoice (the first one), but totals count only when both have one (the second).
      expect((await done(run2, 3, invoice('INV-7', { total: 100.5 }))).result!.duplicateOf).toEqual([again.id]);
      // Another vendor tax id: another invoice.
      expect((await done(run2, 4, invoice('INV-7', { taxId: 'DE999999999' }))).result!.duplicateOf).toBeUndefined();
      // Without tax ids, the normalised vendor name decides.
      const byName = await done(run2, 5, invoice('N-1', { taxId: null, name: 'Müller & Söhne KG' }));
      expect((await done(run2, 6, invoice('N-1', { taxId: null, name: 'MULLER SOHNE KG' }))).result!.duplicateOf).toEqual([byName.id]);
      expect((await done(run2, 7, invoice('N-1', { taxId: null, name: 'Other Supplier KG' }))).result!.duplicateOf).toBeUndefined();

      // Copies completing at once (pairs of one invoice each): the one that completes second names the first.
      const run3 = await newRun();
      const pairs = 6;
      await reg(run3, Array.from({ length: pairs * 2 }, (_, i) => item(20 + i)));
      const claimed = [];
      for (let i = 0; i < pairs * 2; i++) claimed.push((await ledger.claim({ owner: `c${i}`, leaseMs: 1000, now: 50, runId: run3 }))!);
      await Promise.all(claimed.map((j, i) => ledger.complete(j.id, j.leaseToken, invoice(`RACE-${Math.floor(i / 2)}`), 60)));
      for (let p = 0; p < pairs; p++) {
        const [a, b] = [claimed[2 * p], claimed[2 * p + 1]];
        const flagged = [(await ledger.getJob(a.id))!, (await ledger.getJob(b.id))!].map((j) => j.result!.duplicateOf ?? []);
        expect(flagged.filter((d) => d.length > 0), `pair ${p}`).toHaveLength(1);
        expect(flagged.flat()).toEqual([flagged[0].length ? b.id : a.id]);
      }
    });
  });

  describe(`Ledger contract (outbox, stats, prune): ${name}`, () => {
    let h: LedgerHarness;
    let ledger: Ledger;
    let seq = 0;
    const hook = { url: 'http://127.0.0.1:9/hook' };
    const newRun = async (id = `run_o${++seq}`) => {
      await ledger.createRun({ id, startedAt: 1, settings, paths: ['/in'], detached: false, idempotencyKey: null, inputsDigest: null });
      return id;
    };
    const reg = (runId: string, items: RegisterItem[], now = 10) =>
      ledger.register(items, { runId, settings, settingsKey: settings.lang, maxAttempts: 3, force: false, now });
    const claim = async (run: string, now: number) => (await ledger.claim({ owner: 'o', leaseMs: 10_000, now, runId: run }))!;
    const noRetry = { ...DEFAULT_BACKOFF, baseMs: 1, maxMs: 1, jitter: 0 };

    beforeEach(async () => {
      h = await make();
      ledger = h.ledger;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('writes job and run events with the state change, and only then', async () => {
      const run = await newRun();
      await reg(run, [item(1), item(2), item(3), item(4)]);
      const a = await claim(run, 20);
      const b = await claim(run, 20);
      const c = await claim(run, 20);
      expect(await ledger.complete(a.id, a.leaseToken + 1, result(), 30, hook)).toBe(false); // lease lost: no event either
      expect(await ledger.findOutbox({})).toHaveLength(0);
      expect(await ledger.complete(a.id, a.leaseToken, result(), 30, hook)).toBe(true);
      expect(await ledger.fail(b.id, b.leaseToken, transientErr, DEFAULT_BACKOFF, 31, hook)).toBe('retrying'); // not final: no event
      expect(await ledger.fail(c.id, c.leaseToken, permanentErr, DEFAULT_BACKOFF, 32, hook)).toBe('failed');
      await ledger.finishRun(run, { exitCode: 2 }, 40, hook);
      const events = await ledger.findOutbox({});
      expect(events.map((e) => [e.type, e.jobId, e.runId, e.status, e.attempts, e.url])).toEqual([
        ['job.completed', a.id, run, 'pending', 0, hook.url],
        ['job.failed', c.id, run, 'pending', 0, hook.url],
        ['run.finished', null, run, 'pending', 0, hook.url],
      ]);
      expect(new Set(events.map((e) => e.id)).size).toBe(3);
      for (const e of events) expect(e.id).toMatch(/^evt_/);
      const done = JSON.parse(events[0].body);
      expect(done).toMatchObject({ type: 'job.completed', data: { jobId: a.id, runId: run, status: 'completed', fingerprint: a.fingerprint } });
      expect(done.data.result.documentKind).toBe('text_pdf');
      expect(JSON.parse(events[1].body).data.error).toEqual(permanentErr);
      expect(JSON.parse(events[2].body)).toMatchObject({ type: 'run.finished', data: { runId: run, summary: { exitCode: 2 } } });
      // Without a target nothing is written.
      const d = await claim(run, 50);
      await ledger.complete(d.id, d.leaseToken, result(), 60);
      expect(await ledger.findOutbox({})).toHaveLength(3);
    });

    it('leases outbox events so one is not sent by two at once, and settles them', async () => {
      const run = await newRun();
      await reg(run, [1, 2, 3].map((n) => item(n)));
      for (let i = 0; i < 3; i++) {
        const j = await claim(run, 20);
        await ledger.complete(j.id, j.leaseToken, result(), 30 + i, hook);
      }
      const [x, y] = await Promise.all([
        ledger.claimOutbox({ owner: 'p1', leaseMs: 100, now: 100, limit: 2 }),
        ledger.claimOutbox({ owner: 'p2', leaseMs: 100, now: 100, limit: 2 }),
      ]);
      const ids = [...x, ...y].map((e) => e.id);
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3);
      expect(await ledger.claimOutbox({ owner: 'p3', leaseMs: 100, now: 150, limit: 10 })).toHaveLength(0);
      const [e1, e2, e3] = (await ledger.findOutbox({})).map((e) => e);
      // A lease that expired is taken over; the old holder's failure no longer counts.
      const retaken = await ledger.claimOutbox({ owner: 'p3', leaseMs: 100, now: 250, limit: 1 });
      expect(retaken.map((e) => e.id)).toEqual([e1.id]);
      expect(await ledger.settleOutbox(e1.id, e1.leaseToken, { type: 'failed', error: 'HTTP 500', retryAt: 300 }, 260)).toBe(false);
      expect(await ledger.settleOutbox(e1.id, retaken[0].leaseToken, { type: 'failed', error: 'HTTP 500', retryAt: 1000 }, 260)).toBe(true);
      expect((await ledger.findOutbox({ ids: [e1.id] }))[0]).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: 1000, lastError: 'HTTP 500', leaseOwner: null });
      expect(await ledger.claimOutbox({ owner: 'p3', leaseMs: 100, now: 999, limit: 10 })).toHaveLength(2); // e2, e3: leases expired
      const again = await ledger.claimOutbox({ owner: 'p3', leaseMs: 100, now: 1000, limit: 10 });
      expect(again.map((e) => e.id)).toEqual([e1.id]);
      // Out of attempts: dead, kept and visible.
      expect(await ledger.settleOutbox(e1.id, again[0].leaseToken, { type: 'failed', error: 'timeout', retryAt: null }, 1001)).toBe(true);
      expect(await ledger.findOutbox({ status: ['dead'] })).toMatchObject([{ id: e1.id, attempts: 2, lastError: 'timeout' }]);
      // Delivered counts whoever holds the lease (at least once), and only once.
      expect(await ledger.settleOutbox(e2.id, 0, { type: 'delivered' }, 1002)).toBe(true);
      expect(await ledger.settleOutbox(e2.id, 0, { type: 'delivered' }, 1003)).toBe(false);
      expect((await ledger.findOutbox({ status: ['delivered'] }))[0]).toMatchObject({ id: e2.id, deliveredAt: 1002 });
      // Released: back at once, attempt not counted.
      const e3lease = (await ledger.claimOutbox({ owner: 'p4', leaseMs: 100, now: 2000, limit: 10 })).find((e) => e.id === e3.id)!;
      expect(await ledger.settleOutbox(e3.id, e3lease.leaseToken, { type: 'released' }, 2001)).toBe(true);
      expect((await ledger.findOutbox({ ids: [e3.id] }))[0]).toMatchObject({ status: 'pending', attempts: 0, leaseOwner: null });
      expect(await ledger.findOutbox({ status: ['pending'], since: 31 })).toHaveLength(1);
      expect(await ledger.findOutbox({ limit: 2 })).toHaveLength(2);
    });

    it('redelivers dead, chosen or pending events', async () => {
      const run = await newRun();
      await reg(run, [1, 2].map((n) => item(n)));
      for (let i = 0; i < 2; i++) {
        const j = await claim(run, 20);
        await ledger.complete(j.id, j.leaseToken, result(), 30 + i, hook);
      }
      const [a, b] = await ledger.claimOutbox({ owner: 'p', leaseMs: 100_000, now: 100, limit: 10 });
      await ledger.settleOutbox(a.id, a.leaseToken, { type: 'failed', error: 'x', retryAt: null }, 101);
      await ledger.settleOutbox(b.id, b.leaseToken, { type: 'delivered' }, 102);
      expect(await ledger.redeliverOutbox({ dead: true }, 200)).toEqual([a.id]);
      expect((await ledger.findOutbox({ ids: [a.id] }))[0]).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: 200 });
      expect(await ledger.redeliverOutbox({ ids: [b.id] }, 300)).toEqual([b.id]);
      expect((await ledger.findOutbox({ ids: [b.id] }))[0]).toMatchObject({ status: 'pending', deliveredAt: null });
      // Pending events held by a (dead) process are taken over at once.
      const held = await ledger.claimOutbox({ owner: 'gone', leaseMs: 100_000, now: 400, limit: 10 });
      expect(held).toHaveLength(2);
      expect(await ledger.claimOutbox({ owner: 'me', leaseMs: 100, now: 401, limit: 10 })).toHaveLength(0);
      expect((await ledger.redeliverOutbox({ pending: true }, 402)).sort()).toEqual([a.id, b.id].sort());
      expect(await ledger.claimOutbox({ owner: 'me', leaseMs: 100, now: 402, limit: 10 })).toHaveLength(2);
      expect(await ledger.redeliverOutbox({}, 500)).toEqual([]);
    });

    it('reports stats: states, queue, throughput, latency percentiles by kind and size, errors, retries', async () => {
      const HOUR = 3_600_000;
      const now = 100 * HOUR;
      const run = await newRun();
      const sizes = [50 * 1024, 500 * 1024, 5 * 1024 * 1024, 20 * 1024 * 1024];
      const kinds = ['text_pdf', 'scanned_pdf', 'image', 'text_pdf'] as const;
      const items = Array.from({ length: 12 }, (_, i) => ({ ...item(i + 1), size: sizes[i % 4] }));
      await reg(run, items, now - 10 * HOUR);
      const latencies: number[] = [];
      const byKind: Record<string, number[]> = {};
      // 8 completed with increasing latency, one of them after a retry; 2 failed; 1 retrying later; 1 pending.
      for (let i = 0; i < 8; i++) {
        let j = await claim(run, now - 9 * HOUR);
        if (i === 0) {
          await ledger.fail(j.id, j.leaseToken, transientErr, noRetry, now - 9 * HOUR);
          j = (await ledger.claim({ owner: 'o', leaseMs: 10_000, now: now - 9 * HOUR + 10, runId: run }))!;
        }
        const doneAt = i < 6 ? now - 2 * HOUR + i * 60_000 : now - 30 * 60_000 + i;
        const res = emptyResult(kinds[i % 4], [{ page: 1, source: 'text', ocrConfidence: null, chars: 1 }]);
        // Two e-invoices, the second one printing something else than its XML says.
        if (i === 1 || i === 2) {
          res.einvoice = { syntax: 'CII', standard: 'Factur-X', profile: 'EN 16931', guideline: null, typeCode: '380', documentType: 'commercial invoice', container: 'pdf', attachment: 'factur-x.xml', pageCheck: { status: i === 2 ? 'mismatch' : 'match', fields: [] } };
          res.needsReview = i === 2;
        }
        await ledger.complete(j.id, j.leaseToken, res, doneAt);
        latencies.push(doneAt - (now - 10 * HOUR));
        (byKind[kinds[i % 4]] ??= []).push(doneAt - (now - 10 * HOUR));
      }
      for (let i = 0; i < 2; i++) {
        const j = await claim(run, now - HOUR);
        await ledger.fail(j.id, j.leaseToken, i ? permanentErr : { ...permanentErr, errorClass: 'encrypted' }, noRetry, now - 10 * 60_000);
      }
      const r = await claim(run, now - HOUR);
      await ledger.fail(r.id, r.leaseToken, transientErr, { ...DEFAULT_BACKOFF, baseMs: 10 * HOUR, maxMs: 10 * HOUR, jitter: 0 }, now - 5);
      await ledger.finishRun(run, {}, now - 1000);

      const s = await ledger.stats({ now });
      expect(s.byState).toEqual({ pending: 1, processing: 0, retrying: 1, completed: 8, failed: 2 });
      expect(s.queueDepth).toBe(1);
      expect(s.retryingLater).toBe(1);
      expect(s.completedLastHour).toBe(2);
      expect(s.completedLastDay).toBe(8);
      expect(s.failedLastHour).toBe(2);
      expect(s.failedLastDay).toBe(2);
      const sorted = [...latencies].sort((x, y) => x - y);
      expect(s.latency).toEqual({ count: 8, sumMs: latencies.reduce((x, y) => x + y, 0), p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) });
      expect(s.latency.p50).toBe(sorted[3]);
      expect(s.latencyByKind.text_pdf.count).toBe(byKind.text_pdf.length);
      expect(s.latencyByKind.text_pdf.p99).toBe(Math.max(...byKind.text_pdf));
      expect(s.latencyByKind.mixed_pdf).toEqual({ count: 0, sumMs: 0, p50: null, p95: null, p99: null });
      expect(Object.values(s.latencyBySize).map((l) => l.count)).toEqual([2, 2, 2, 2]);
      expect(s.failedByClass).toEqual(expect.arrayContaining([
        { errorClass: 'corrupt', retryable: false, jobs: 1 },
        { errorClass: 'encrypted', retryable: false, jobs: 1 },
      ]));
      expect(s.retriedByClass).toEqual([{ errorClass: 'timeout', attempts: 2 }]);
      expect(s.retriesSucceeded).toBe(1);
      expect(s.needsReview).toBe(1);
      expect(s.einvoices).toEqual({ read: 2, pageMismatch: 1 });
      expect(s.lastRunFinishedAt).toBe(now - 1000);
      expect(s.outbox).toEqual({ pending: 0, delivered: 0, dead: 0 });
      // A window: only jobs finished in the last hour count for latency and errors.
      const recent = await ledger.stats({ now, since: now - HOUR });
      expect(recent.latency.count).toBe(2);
      expect(recent.retriesSucceeded).toBe(0);
    });

    it('prunes old finished jobs with their trail, never unfinished ones; dry run counts only', async () => {
      const run = await newRun();
      await reg(run, [1, 2, 3, 4].map((n) => item(n)), 10);
      const a = await claim(run, 20);
      await ledger.complete(a.id, a.leaseToken, result(), 30, hook);
      const b = await claim(run, 20);
      await ledger.fail(b.id, b.leaseToken, permanentErr, DEFAULT_BACKOFF, 40, hook);
      const c = await claim(run, 20); // processing, old
      await ledger.finishRun(run, {}, 50);
      const emptyRun = await newRun();
      await ledger.finishRun(emptyRun, {}, 60);
      const [ev] = await ledger.claimOutbox({ owner: 'p', leaseMs: 10, now: 70, limit: 1 });
      await ledger.settleOutbox(ev.id, ev.leaseToken, { type: 'delivered' }, 80);

      const dry = await ledger.prune({ before: 1000, dryRun: true, compact: false });
      expect(dry).toEqual({ jobs: 2, events: 6, paths: 2, runLinks: 2, runs: 1, files: 2, outbox: 1 });
      expect(await ledger.getJob(a.id)).not.toBeNull();
      expect(await ledger.prune({ before: 1000, dryRun: false, compact: true })).toEqual(dry);
      expect(await ledger.getJob(a.id)).toBeNull();
      expect(await ledger.getJob(b.id)).toBeNull();
      expect(await ledger.jobEvents(a.id)).toEqual([]);
      expect((await ledger.getJob(c.id))?.status).toBe('processing');
      expect((await ledger.findJobs({})).map((j) => j.status).sort()).toEqual(['pending', 'processing']);
      expect(await ledger.getRun(run)).not.toBeNull(); // still has unfinished jobs
      expect(await ledger.getRun(emptyRun)).toBeNull();
      expect((await ledger.findOutbox({})).map((e) => e.status)).toEqual(['pending']); // undelivered events stay
      expect(await ledger.prune({ before: 5, dryRun: false, compact: false })).toEqual({ jobs: 0, events: 0, paths: 0, runLinks: 0, runs: 0, files: 0, outbox: 0 });
      // The run goes on (a watch worker's): new links are numbered after the highest left,
      // never reusing a number, so paging by it still sees every job.
      await reg(run, [item(5)], 90);
      await reg(run, [item(6)], 91);
      const left = await ledger.runJobs(run);
      expect(left).toHaveLength(4);
      expect(new Set(left.map((j) => j.seq)).size).toBe(4);
      const firstTwo = await ledger.runJobs(run, { limit: 2 });
      expect([...firstTwo, ...(await ledger.runJobs(run, { afterSeq: firstTwo[1].seq }))].map((j) => j.id)).toEqual(left.map((j) => j.id));
    });
  });
}
