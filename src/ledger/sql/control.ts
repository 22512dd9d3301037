/**
 * Job control, written once for every SQL backend: changing the priority of waiting jobs,
 * cancelling jobs, and the lease check through which a process holding jobs renews their leases
 * and learns of cancel requests. Each change goes through the state machine (transitions.ts)
 * with its audit event; a cancel ends a job as `failed` / `cancelled`, with its `job.failed`
 * webhook in the same transaction.
 */
import type { Job } from '../../types.js';
import type { CancelOutcome, LeaseCheck, OutboxTarget } from '../port.js';
import { toJob } from '../rows.js';
import type { Dialect } from './dialect.js';
import { applyTransition, enqueueJobEvent, fenced } from './jobs.js';
import { all, ms, one, type Step } from './statements.js';

/** Sets the priority of jobs still waiting; returns the ids changed (others: not waiting, or at it already). */
export function* setPriority(d: Dialect, jobIds: string[], priority: number, by: string, now: number): Step<string[]> {
  const changed: string[] = [];
  for (const id of jobIds) {
    const row = yield* one(`SELECT * FROM jobs WHERE id = ?${d.forUpdate}`, [id]);
    if (!row || (row.status !== 'pending' && row.status !== 'retrying') || Number(row.priority) === priority || changed.includes(id)) continue;
    yield* applyTransition(d, row, { type: 'prioritize', now: ms(now), priority, by }, null);
    changed.push(id);
  }
  return changed;
}

/**
 * Cancels jobs: a waiting (pending, retrying) one ends as `failed` / `cancelled` at once; for a
 * job being processed the request is recorded, and the process holding its lease ends it at its
 * next lease check. Finished jobs are left as they are.
 */
export function* cancel(d: Dialect, jobIds: string[], by: string, now: number, outbox?: OutboxTarget): Step<CancelOutcome[]> {
  const t = ms(now);
  const out: CancelOutcome[] = [];
  for (const id of jobIds) {
    if (out.some((o) => o.jobId === id)) continue;
    const row = yield* one(`SELECT * FROM jobs WHERE id = ?${d.forUpdate}`, [id]);
    if (!row) continue;
    const status = row.status as Job['status'];
    if (status === 'pending' || status === 'retrying') {
      const job = toJob(yield* applyTransition(d, row, { type: 'cancel', now: t, by }, null));
      if (outbox) yield* enqueueJobEvent(d, outbox, 'job.failed', job, t);
      out.push({ jobId: id, outcome: 'cancelled', status: job.status });
    } else if (status === 'processing') {
      if (row.cancel_requested_by != null) {
        out.push({ jobId: id, outcome: 'requested', status, by: String(row.cancel_requested_by) });
        continue;
      }
      yield* applyTransition(d, row, { type: 'requestCancel', now: t, by }, null);
      out.push({ jobId: id, outcome: 'requested', status, by });
    } else out.push({ jobId: id, outcome: 'finished', status });
  }
  return out;
}

/**
 * The lease check of a process's jobs in flight: each one still held (its token current) and,
 * with `renewMs`, renewed for that long; and whether a cancel was asked for.
 */
export function* checkLeases(leases: Array<{ jobId: string; leaseToken: number }>, renewMs: number | null, now: number): Step<LeaseCheck[]> {
  if (leases.length === 0) return [];
  const t = ms(now);
  const out: LeaseCheck[] = [];
  for (const l of leases) {
    const [row] =
      renewMs === null
        ? yield* all(`SELECT cancel_requested_by FROM jobs WHERE id = ? AND status = 'processing' AND lease_token = ?`, [l.jobId, l.leaseToken])
        : yield* all(`UPDATE jobs SET lease_expires_at = ?, updated_at = ? WHERE id = ? AND status = 'processing' AND lease_token = ? RETURNING cancel_requested_by`, [ms(now + renewMs), t, l.jobId, l.leaseToken]);
    out.push({ jobId: l.jobId, held: row !== undefined, cancelRequestedBy: (row?.cancel_requested_by as string | null | undefined) ?? null });
  }
  return out;
}

/** The holder of a job ends it as cancelled (its cancel request seen); null when the lease was lost. */
export function* cancelHeld(d: Dialect, jobId: string, leaseToken: number, now: number, outbox?: OutboxTarget): Step<Job | null> {
  const t = ms(now);
  return yield* fenced(d, jobId, leaseToken, function* (row) {
    const job = toJob(yield* applyTransition(d, row, { type: 'cancel', now: t, by: String(row.cancel_requested_by ?? 'unknown') }, null));
    if (outbox) yield* enqueueJobEvent(d, outbox, 'job.failed', job, t);
    return job;
  });
}
