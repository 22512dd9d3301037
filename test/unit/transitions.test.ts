import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transition, IllegalTransitionError, isTerminal, type JobSnapshot, type JobEventInput } from '../../src/ledger/transitions.js';
import { backoffDelay, parseBackoff, parseDuration, DEFAULT_BACKOFF } from '../../src/ledger/backoff.js';
import { JOB_STATES } from '../../src/types.js';

const transientErr = { errorClass: 'timeout', message: 'slow', hint: 'h', retryable: true };
const permanentErr = { errorClass: 'corrupt', message: 'bad', hint: 'h', retryable: false };
const fresh = (over: Partial<JobSnapshot> = {}): JobSnapshot => ({ status: 'pending', attempts: 0, maxAttempts: 3, nextAttemptAt: null, leaseToken: 0, ...over });

describe('transition', () => {
  it('claims a pending job: processing, one more attempt, a new lease token', () => {
    const t = transition(fresh(), { type: 'claim', now: 1000, owner: 'h:1:a', leaseMs: 500 });
    expect(t.to).toBe('processing');
    expect(t.patch).toMatchObject({ attempts: 1, leaseOwner: 'h:1:a', leaseExpiresAt: 1500, leaseToken: 1, startedAt: 1000 });
  });

  it('job control: priority of waiting jobs, a cancel request while processed, a cancel that ends the job as failed/cancelled', () => {
    expect(transition(fresh({ status: 'retrying', priority: 2 }), { type: 'prioritize', now: 5, priority: -1, by: 'ann@h pid 1' })).toMatchObject({ from: 'retrying', to: 'retrying', kind: 'priority', note: 'priority 2 -> -1', patch: { priority: -1 } });
    const asked = transition(fresh({ status: 'processing', attempts: 1 }), { type: 'requestCancel', now: 6, by: 'ann@h pid 1' });
    expect(asked).toMatchObject({ to: 'processing', kind: 'cancel_requested', by: 'ann@h pid 1', patch: { cancelRequestedAt: 6, cancelRequestedBy: 'ann@h pid 1' } });
    for (const status of ['pending', 'retrying', 'processing'] as const) {
      const t = transition(fresh({ status, attempts: 1 }), { type: 'cancel', now: 7, by: 'bob@h pid 2' });
      expect(t).toMatchObject({ from: status, to: 'failed', kind: 'cancelled', by: 'bob@h pid 2', patch: { completedAt: 7, leaseOwner: null, cancelRequestedBy: 'bob@h pid 2', error: { errorClass: 'cancelled', retryable: false } } });
      expect(t.patch.error!.hint).toMatch(/docparse retry <jobId>/);
    }
    for (const status of ['completed', 'failed'] as const) expect(() => transition(fresh({ status }), { type: 'cancel', now: 0, by: 'x' })).toThrow(IllegalTransitionError);
    for (const status of ['processing', 'completed', 'failed'] as const) expect(() => transition(fresh({ status }), { type: 'prioritize', now: 0, priority: 1, by: 'x' })).toThrow(IllegalTransitionError);
    expect(() => transition(fresh(), { type: 'requestCancel', now: 0, by: 'x' })).toThrow(IllegalTransitionError);
    // A cancel asked for as the job completed is too late: the result stands, the request is cleared.
    expect(transition(fresh({ status: 'processing', attempts: 1 }), { type: 'complete', now: 8 }).patch).toMatchObject({ cancelRequestedAt: null, cancelRequestedBy: null });
  });

  it('retries a transient failure with backoff while attempts remain, then fails', () => {
    const random = () => 0.5; // no jitter at the midpoint
    const first = transition(fresh({ status: 'processing', attempts: 1 }), { type: 'fail', now: 0, error: transientErr, backoff: DEFAULT_BACKOFF, random });
    expect(first.to).toBe('retrying');
    expect(first.patch.nextAttemptAt).toBe(5000);
    const second = transition(fresh({ status: 'processing', attempts: 2 }), { type: 'fail', now: 0, error: transientErr, backoff: DEFAULT_BACKOFF, random });
    expect(second.patch.nextAttemptAt).toBe(25000);
    const last = transition(fresh({ status: 'processing', attempts: 3 }), { type: 'fail', now: 0, error: transientErr, backoff: DEFAULT_BACKOFF, random });
    expect(last.to).toBe('failed');
  });

  it('takes back a job whose process died with the attempt counted, and fails it as worker_crashed once attempts are used up', () => {
    const back = transition(fresh({ status: 'processing', attempts: 2 }), { type: 'abandon', now: 9, reason: 'its worker h:1:a is gone' });
    expect(back.to).toBe('pending');
    expect(back.patch.attempts).toBeUndefined(); // kept: the next claim makes it 3
    expect(back.note).toBe('its worker h:1:a is gone');
    const last = transition(fresh({ status: 'processing', attempts: 3 }), { type: 'abandon', now: 9, reason: 'lease expired' });
    expect(last.to).toBe('failed');
    expect(last.patch).toMatchObject({ completedAt: 9, leaseOwner: null, error: { errorClass: 'worker_crashed', retryable: false } });
    expect(() => transition(fresh(), { type: 'abandon', now: 1, reason: 'x' })).toThrow(IllegalTransitionError);
  });

  it('fails a permanent error at once, whatever attempts remain', () => {
    const t = transition(fresh({ status: 'processing', attempts: 1 }), { type: 'fail', now: 7, error: permanentErr, backoff: DEFAULT_BACKOFF });
    expect(t.to).toBe('failed');
    expect(t.patch.completedAt).toBe(7);
    expect(t.patch.error).toEqual(permanentErr);
  });

  it('does not claim a retrying job before it is due', () => {
    expect(() => transition(fresh({ status: 'retrying', attempts: 1, nextAttemptAt: 5000 }), { type: 'claim', now: 4999, owner: 'o', leaseMs: 1 })).toThrow(IllegalTransitionError);
    expect(transition(fresh({ status: 'retrying', attempts: 1, nextAttemptAt: 5000 }), { type: 'claim', now: 5000, owner: 'o', leaseMs: 1 }).to).toBe('processing');
  });

  it('release gives the attempt back; requeue resets a finished job', () => {
    expect(transition(fresh({ status: 'processing', attempts: 2 }), { type: 'release', now: 0, reason: 'x' }).patch.attempts).toBe(1);
    const r = transition(fresh({ status: 'failed', attempts: 3 }), { type: 'requeue', now: 0, reason: 'retry' });
    expect(r.to).toBe('pending');
    expect(r.patch.attempts).toBe(0);
  });

  it('approve and supersede record an event without changing the state, each from its one state', () => {
    const a = transition(fresh({ status: 'completed', attempts: 1 }), { type: 'approve', now: 7, by: 'ann@host' });
    expect(a).toMatchObject({ from: 'completed', to: 'completed', kind: 'approved', by: 'ann@host', patch: { status: 'completed', reviewedAt: 7, reviewedBy: 'ann@host' } });
    const s = transition(fresh({ status: 'failed', attempts: 1 }), { type: 'supersede', now: 8, by: 'job_new' });
    expect(s).toMatchObject({ from: 'failed', to: 'failed', kind: 'superseded', patch: { status: 'failed', supersededBy: 'job_new' } });
    expect(s.note).toMatch(/superseded by job_new/);
    for (const st of ['pending', 'processing', 'retrying', 'failed'] as const) expect(() => transition(fresh({ status: st }), { type: 'approve', now: 0, by: 'x' })).toThrow(IllegalTransitionError);
    for (const st of ['pending', 'processing', 'retrying', 'completed'] as const) expect(() => transition(fresh({ status: st }), { type: 'supersede', now: 0, by: 'x' })).toThrow(IllegalTransitionError);
    expect(() => transition(fresh({ status: 'failed', supersededBy: 'job_a' }), { type: 'supersede', now: 0, by: 'job_b' })).toThrow(IllegalTransitionError);
    // Requeueing a superseded job (its content asked for again) makes it current again.
    expect(transition(fresh({ status: 'failed', supersededBy: 'job_a' }), { type: 'requeue', now: 0, reason: 'submit --force' }).patch.supersededBy).toBeNull();
  });

  it('rejects illegal transitions', () => {
    expect(() => transition(fresh({ status: 'completed' }), { type: 'claim', now: 0, owner: 'o', leaseMs: 1 })).toThrow(/illegal/);
    expect(() => transition(fresh({ status: 'pending' }), { type: 'complete', now: 0 })).toThrow(/illegal/);
    expect(() => transition(fresh({ status: 'pending' }), { type: 'requeue', now: 0, reason: '' })).toThrow(/illegal/);
  });
});

describe('backoff', () => {
  it('is exponential with bounded jitter', () => {
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0)).toBe(4000);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0.999999)).toBe(6000);
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.5)).toBe(25000);
    expect(backoffDelay(10, DEFAULT_BACKOFF, () => 0.5)).toBe(DEFAULT_BACKOFF.maxMs);
  });
  it('parses specs and durations', () => {
    expect(parseBackoff('1s,x2,max=30s')).toMatchObject({ baseMs: 1000, factor: 2, maxMs: 30000 });
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('30d')).toBe(30 * 86_400_000);
    // A bare number is refused, not read as milliseconds (`--timeout 10` timed out everything).
    expect(() => parseDuration('10')).toThrow(/no unit: write 10s for seconds/);
    expect(() => parseBackoff('500,x2')).toThrow(/no unit/);
    expect(() => parseBackoff('5s,y3')).toThrow(/unknown backoff part/);
  });
});

describe('state machine properties', () => {
  const event = fc.oneof(
    fc.record({ type: fc.constant('claim' as const), dt: fc.integer({ min: 0, max: 100_000 }) }),
    fc.record({ type: fc.constant('complete' as const), dt: fc.integer({ min: 0, max: 1000 }) }),
    fc.record({ type: fc.constant('fail' as const), dt: fc.integer({ min: 0, max: 1000 }), retryable: fc.boolean() }),
    fc.record({ type: fc.constant('release' as const), dt: fc.integer({ min: 0, max: 1000 }) }),
    fc.record({ type: fc.constant('requeue' as const), dt: fc.integer({ min: 0, max: 1000 }) }),
  );

  it('no sequence of events reaches an illegal state, exceeds max attempts or loses a job', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (events, maxAttempts) => {
        let job: JobSnapshot = fresh({ maxAttempts });
        let now = 0;
        for (const e of events) {
          now += e.dt;
          let input: JobEventInput;
          if (e.type === 'claim') input = { type: 'claim', now, owner: 'o', leaseMs: 10 };
          else if (e.type === 'fail') input = { type: 'fail', now, error: e.retryable ? transientErr : permanentErr, backoff: DEFAULT_BACKOFF, random: () => 0.5 };
          else if (e.type === 'complete') input = { type: 'complete', now };
          else input = { type: e.type, now, reason: 'p' } as JobEventInput;
          let t;
          try {
            t = transition(job, input);
          } catch (err) {
            expect(err).toBeInstanceOf(IllegalTransitionError);
            continue; // the job is unchanged: nothing lost
          }
          expect(t.from).toBe(job.status);
          const prevToken = job.leaseToken;
          job = {
            status: t.patch.status,
            attempts: t.patch.attempts ?? job.attempts,
            maxAttempts,
            nextAttemptAt: t.patch.nextAttemptAt !== undefined ? t.patch.nextAttemptAt : job.nextAttemptAt,
            leaseToken: t.patch.leaseToken ?? job.leaseToken,
          };
          expect(JOB_STATES).toContain(job.status);
          expect(job.attempts).toBeGreaterThanOrEqual(0);
          expect(job.attempts).toBeLessThanOrEqual(maxAttempts);
          if (input.type === 'claim') expect(job.leaseToken).toBe(prevToken + 1);
          else expect(job.leaseToken).toBe(prevToken);
          if (job.status === 'retrying') expect(job.attempts).toBeLessThan(maxAttempts);
          if (job.status === 'retrying') expect(job.nextAttemptAt).not.toBeNull();
          if (isTerminal(job.status)) expect(job.status === 'completed' || job.status === 'failed').toBe(true);
        }
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
