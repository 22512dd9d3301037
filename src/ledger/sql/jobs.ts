/**
 * A job's state changes, written once for every SQL backend. Each one reads the job's row (locked
 * for the transaction), asks `transition()` (../transitions.ts) for the patch, and persists it
 * with its audit event; finishing a job is fenced by its lease token.
 */
import type { DocumentResult, Job, JobError, JobState } from '../../types.js';
import type { BackoffPolicy } from '../backoff.js';
import type { ClaimOptions, CompletedJob, OutboxEventType, OutboxTarget } from '../port.js';
import { transition, type JobEventInput, type JobPatch } from '../transitions.js';
import { jobEventData, webhookBody } from '../outbox.js';
import { newId } from '../ids.js';
import { json, num, toJob } from '../rows.js';
import { candidatesSql, invoiceKey, withDuplicates } from '../duplicates.js';
import type { Dialect } from './dialect.js';
import { all, exec, ms, one, type Row, type Step } from './statements.js';
import { jobPaths } from './job-reads.js';
import { CLAIM_ORDER, pauseFilter, WAITING } from './pauses.js';

/** First key of the transaction lock taken per invoice key while completing ("dp" + 1). */
const DUPLICATE_LOCK_CLASS = 0x64700001;
const DUPLICATE_CANDIDATES = candidatesSql(() => '?');

/** Columns the state machine may patch, by JobPatch key. */
const PATCH_COLUMNS: ReadonlyArray<readonly [keyof JobPatch, string]> = [
  ['status', 'status'],
  ['attempts', 'attempts'],
  ['nextAttemptAt', 'next_attempt_at'],
  ['leaseOwner', 'lease_owner'],
  ['leaseExpiresAt', 'lease_expires_at'],
  ['leaseToken', 'lease_token'],
  ['startedAt', 'started_at'],
  ['completedAt', 'completed_at'],
  ['error', 'error'],
  ['reviewedAt', 'reviewed_at'],
  ['reviewedBy', 'reviewed_by'],
  ['supersededBy', 'superseded_by'],
  ['priority', 'priority'],
  ['cancelRequestedAt', 'cancel_requested_at'],
  ['cancelRequestedBy', 'cancel_requested_by'],
];

/** Columns a transition may carry besides its patch (a completion's result, a new max_attempts). */
export interface Extra {
  maxAttempts?: number;
  /** The result document, as JSON text. */
  result?: string;
  pageCount?: number;
  templateId?: string | null;
  /** The normalised invoice number of a completed result (duplicate invoices). */
  invoiceKey?: string | null;
  /** A requeued job's new priority (`retry --priority`, `submit --force --priority`). */
  priority?: number;
}

/**
 * Applies one state-machine event to a row read in this transaction: the patch and its audit
 * event (one statement where the database can). Returns the updated row.
 */
export function* applyTransition(d: Dialect, row: Row, event: JobEventInput, runId: string | null, extra: Extra = {}): Step<Row> {
  const t = transition(
    {
      status: row.status as JobState,
      attempts: Number(row.attempts),
      maxAttempts: Number(row.max_attempts),
      nextAttemptAt: num(row.next_attempt_at),
      leaseToken: Number(row.lease_token),
      supersededBy: (row.superseded_by as string | null) ?? null,
      priority: Number(row.priority ?? 0),
    },
    event,
  );
  const cols: Array<[string, unknown]> = [];
  for (const [key, col] of PATCH_COLUMNS) {
    const v = t.patch[key];
    if (v !== undefined) cols.push([col, key === 'error' ? (v ? JSON.stringify(v) : null) : v]);
  }
  if (extra.maxAttempts !== undefined) cols.push(['max_attempts', extra.maxAttempts]);
  if (extra.result !== undefined) cols.push(['result', extra.result]);
  if (extra.pageCount !== undefined) cols.push(['page_count', extra.pageCount]);
  if (extra.templateId !== undefined) cols.push(['template_id', extra.templateId]);
  if (extra.invoiceKey !== undefined) cols.push(['invoice_key', extra.invoiceKey]);
  if (extra.priority !== undefined) cols.push(['priority', extra.priority]);
  cols.push(['updated_at', event.now]);
  const update = `UPDATE jobs SET ${cols.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ? RETURNING *`;
  const updateParams = [...cols.map(([, v]) => v), row.id];
  const audit = 'INSERT INTO job_events (job_id, from_state, to_state, attempt, at, error, run_id, kind, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
  const auditParams = [row.id, t.from, t.to, t.attempt, event.now, t.note, runId, t.kind ?? null, t.by ?? null];
  if (d.chainsWrites) return (yield* all(`WITH u AS (${update}), e AS (${audit}) SELECT * FROM u`, [...updateParams, ...auditParams]))[0];
  const [updated] = yield* all(update, updateParams);
  yield* exec(audit, auditParams);
  return updated;
}

/** Runs `fn` on the job's row only while `leaseToken` still holds it; null otherwise. */
export function* fenced<T>(d: Dialect, jobId: string, leaseToken: number, fn: (row: Row) => Step<T>): Step<T | null> {
  const row = yield* one(`SELECT * FROM jobs WHERE id = ?${d.forUpdate}`, [jobId]);
  if (!row || row.status !== 'processing' || Number(row.lease_token) !== leaseToken) return null;
  return yield* fn(row);
}

/**
 * Takes the head of the due queue: the highest priority first, the oldest first within a
 * priority (a retry whose time has not come is stepped over), leaving out what is paused. One
 * walk down the `jobs_waiting` index (its WHERE is repeated here word for word). A run's claim
 * (submit, retry) looks first at the jobs the run created, in `jobs_waiting_run`, then walks for
 * the jobs it found waiting already or put back.
 */
export function* claim(d: Dialect, o: ClaimOptions): Step<Job | null> {
  const now = ms(o.now);
  const paused = yield* pauseFilter(d, o.runId);
  if (paused.blocked) return null;
  const due = `${WAITING} AND (j.status = 'pending' OR j.next_attempt_at <= ?)`;
  const tail = ` ORDER BY ${CLAIM_ORDER} LIMIT 1${d.skipLocked}`;
  let row: Row | undefined;
  if (o.runId !== undefined) {
    row = yield* one(`SELECT j.* FROM ${d.waitingRunJobs} WHERE j.run_id = ? AND ${due}${paused.sql}${tail}`, [o.runId, now, ...paused.params]);
    row ??= yield* one(
      `SELECT j.* FROM ${d.waitingJobs} WHERE ${due}${paused.sql} AND EXISTS (SELECT 1 FROM run_jobs r WHERE r.run_id = ? AND r.job_id = j.id)${tail}`,
      [now, ...paused.params, o.runId],
    );
  } else {
    // A worker takes only jobs made with the templates folder it has.
    const scope = o.templatesDigest !== undefined ? ` AND ${d.same(d.jsonText('j.settings', 'templatesDigest'), '?')}` : '';
    row = yield* one(`SELECT j.* FROM ${d.waitingJobs} WHERE ${due}${paused.sql}${scope}${tail}`, [now, ...paused.params, ...(scope ? [o.templatesDigest] : [])]);
  }
  if (!row) return null;
  return toJob(yield* applyTransition(d, row, { type: 'claim', now, owner: o.owner, leaseMs: o.leaseMs }, o.runId ?? null));
}

export function* heartbeat(jobId: string, leaseToken: number, leaseMs: number, now: number): Step<boolean> {
  const n = yield* exec(`UPDATE jobs SET lease_expires_at = ?, updated_at = ? WHERE id = ? AND status = 'processing' AND lease_token = ?`, [ms(now + leaseMs), ms(now), jobId, leaseToken]);
  return n === 1;
}

/**
 * Stores the result, flagged with the earlier completed jobs that hold the same invoice (read in
 * this transaction; `Dialect.lockText` makes two copies completing at once take turns where
 * writers are not serialised already), and keeps its invoice key. Returns the completed job and
 * its paths (what its result file holds).
 */
export function* complete(d: Dialect, jobId: string, leaseToken: number, result: DocumentResult, now: number, outbox?: OutboxTarget): Step<CompletedJob | null> {
  const t = ms(now);
  return yield* fenced(d, jobId, leaseToken, function* (row) {
    const key = invoiceKey(result);
    let stored = result;
    if (key) {
      if (d.lockText) yield* all(d.lockText, [DUPLICATE_LOCK_CLASS, key]);
      const earlier = yield* all(DUPLICATE_CANDIDATES, [key, jobId]);
      stored = withDuplicates(result, { jobId, fingerprint: String(row.fingerprint) }, earlier, json);
    }
    const extra: Extra = { result: JSON.stringify(stored), pageCount: result.pageCount, templateId: result.templateId, invoiceKey: key };
    const job = toJob(yield* applyTransition(d, row, { type: 'complete', now: t }, null, extra));
    if (outbox) yield* enqueueJobEvent(d, outbox, 'job.completed', job, t);
    return { job, paths: yield* jobPaths(jobId) };
  });
}

/** Records a failed attempt; returns the job as it now is (`retrying` or `failed`). */
export function* fail(d: Dialect, jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, outbox?: OutboxTarget): Step<Job | null> {
  const t = ms(now);
  return yield* fenced(d, jobId, leaseToken, function* (row) {
    // Asked to stop while it was failing: it ends cancelled rather than waiting for a retry.
    const event = row.cancel_requested_by != null ? ({ type: 'cancel', now: t, by: String(row.cancel_requested_by) } as const) : ({ type: 'fail', now: t, error, backoff } as const);
    const job = toJob(yield* applyTransition(d, row, event, null));
    if (outbox && job.status === 'failed') yield* enqueueJobEvent(d, outbox, 'job.failed', job, t);
    return job;
  });
}

export function* release(d: Dialect, jobId: string, leaseToken: number, reason: string, now: number): Step<boolean> {
  const done = yield* fenced(d, jobId, leaseToken, function* (row) {
    // Asked to stop meanwhile: it ends as cancelled instead of waiting for the next run.
    if (row.cancel_requested_by != null) yield* applyTransition(d, row, { type: 'cancel', now: ms(now), by: String(row.cancel_requested_by) }, null);
    else yield* applyTransition(d, row, { type: 'release', now: ms(now), reason }, null);
    return true;
  });
  return done === true;
}

/** The jobs being processed, with their leases: candidates for reclaimAbandoned. */
export function* processing(): Step<Row[]> {
  return yield* all(`SELECT id, lease_owner, lease_token, lease_expires_at FROM jobs WHERE status = 'processing'`);
}

/**
 * Releases an abandoned job, fenced on the lease token it was seen with: a job renewed or
 * re-claimed meanwhile is left alone.
 */
export function* releaseAbandoned(d: Dialect, seen: Row, expired: boolean, now: number, outbox?: OutboxTarget): Step<boolean> {
  const reason = expired ? 'lease expired (its worker stopped renewing it)' : `its worker ${String(seen.lease_owner)} is gone`;
  const done = yield* fenced(d, String(seen.id), Number(seen.lease_token), function* (row) {
    if (expired && Number(row.lease_expires_at) > now) return false; // renewed just now
    if (row.cancel_requested_by != null) {
      // Asked to stop, and its process is gone: the cancel is carried out here.
      const job = toJob(yield* applyTransition(d, row, { type: 'cancel', now, by: String(row.cancel_requested_by) }, null));
      if (outbox) yield* enqueueJobEvent(d, outbox, 'job.failed', job, now);
      return true;
    }
    // Its process died (or stopped renewing): the attempt counts (worker_crashed once used up).
    const after = yield* applyTransition(d, row, { type: 'abandon', now, reason }, null);
    // Its attempts used up, it is a final failure like any other: job.failed goes out with it.
    if (outbox && after.status === 'failed') yield* enqueueJobEvent(d, outbox, 'job.failed', toJob(after), now);
    return true;
  });
  return done === true;
}

/** Puts finished jobs back to `pending`, linked to `runId` when given. */
export function* requeue(d: Dialect, jobIds: string[], reason: string, now: number, runId?: string, priority?: number): Step<string[]> {
  const t = ms(now);
  const done: string[] = [];
  let seq = runId ? Number((yield* one('SELECT coalesce(max(seq) + 1, 0) AS n FROM run_jobs WHERE run_id = ?', [runId]))!.n) : 0;
  for (const id of jobIds) {
    const row = yield* one(`SELECT * FROM jobs WHERE id = ?${d.forUpdate}`, [id]);
    if (!row || (row.status !== 'failed' && row.status !== 'completed')) continue;
    yield* applyTransition(d, row, { type: 'requeue', now: t, reason }, runId ?? null, priority === undefined ? {} : { priority });
    if (runId && (yield* exec(`INSERT INTO run_jobs (run_id, job_id, outcome, seq) VALUES (?, ?, 'requeued', ?) ON CONFLICT DO NOTHING`, [runId, id, seq]))) seq++;
    done.push(id);
  }
  return done;
}

/** Writes one webhook event; call inside the transaction of the state change it reports. */
export function* enqueueEvent(target: OutboxTarget, type: OutboxEventType, data: Record<string, unknown>, jobId: string | null, runId: string | null, now: number): Step<void> {
  yield* exec(
    `INSERT INTO outbox (id, type, url, body, job_id, run_id, status, attempts, next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
    [newId('evt'), type, target.url, webhookBody(type, now, data), jobId, runId, now, now, now],
  );
}

/** A job's webhook names the run that last covered it (a retry run), else the run that created it. */
export function* enqueueJobEvent(d: Dialect, target: OutboxTarget, type: OutboxEventType, job: Job, now: number): Step<void> {
  const link = yield* one(`SELECT run_id FROM run_jobs WHERE job_id = ? ORDER BY ${d.linkOrder} DESC LIMIT 1`, [job.id]);
  const runId = (link?.run_id as string | undefined) ?? job.runId;
  yield* enqueueEvent(target, type, jobEventData(job, runId), job.id, runId, now);
}
