/**
 * Runs: created, owned, kept alive, taken over, finished; their progress and their jobs.
 */
import { JOB_STATES, type JobState, type Run } from '../../types.js';
import type { NewRun, OutboxTarget, RegisterOutcome, RunJob, RunJobsFilter, RunProgress } from '../port.js';
import { runEventData } from '../outbox.js';
import { num, toJob, toRun } from '../rows.js';
import { enqueueEvent } from './jobs.js';
import { needsReview } from './review.js';
import { held } from './pauses.js';
import type { Dialect } from './dialect.js';
import { all, exec, ms, one, type Step } from './statements.js';

/** A run with an idempotency key already held by another: see SqlLedger.createRun. */
export function* createRun(run: NewRun): Step<void> {
  yield* exec(
    `INSERT INTO runs (id, started_at, settings, paths, idempotency_key, inputs_digest, detached, owner, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [run.id, ms(run.startedAt), JSON.stringify(run.settings), JSON.stringify(run.paths), run.idempotencyKey, run.inputsDigest, run.detached, run.owner ?? null, ms(run.startedAt)],
  );
}

/** Closes the run; with `outbox`, its `run.finished` event in the same transaction. */
export function* finishRun(runId: string, summary: unknown, now: number, outbox?: OutboxTarget): Step<void> {
  const t = ms(now);
  yield* exec('UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?', [t, JSON.stringify(summary), runId]);
  if (outbox) yield* enqueueEvent(outbox, 'run.finished', runEventData(runId, summary), null, runId, t);
}

export function* touchRun(runId: string, owner: string, now: number): Step<void> {
  yield* exec('UPDATE runs SET heartbeat_at = ? WHERE id = ? AND owner = ? AND finished_at IS NULL', [ms(now), runId, owner]);
}

/** Makes `owner` the run's process, only if the run is still as `seen` (one conditional update). */
export function* takeOverRun(d: Dialect, runId: string, seen: { owner: string | null; heartbeatAt: number | null; finishedAt: number | null }, owner: string, now: number): Step<boolean> {
  const n = yield* exec(
    // The run's scan starts again from the top and counts what it skips afresh (its links stay:
    // a job linked already is not counted again).
    `UPDATE runs SET owner = ?, heartbeat_at = ?, finished_at = NULL, skipped = 0
     WHERE id = ? AND ${d.same('owner', '?')} AND ${d.same('heartbeat_at', '?')} AND ${d.same('finished_at', '?')}`,
    [owner, ms(now), runId, seen.owner, seen.heartbeatAt === null ? null : ms(seen.heartbeatAt), seen.finishedAt === null ? null : ms(seen.finishedAt)],
  );
  return n === 1;
}

export function* getRun(runId: string): Step<Run | null> {
  const row = yield* one('SELECT * FROM runs WHERE id = ?', [runId]);
  return row ? toRun(row) : null;
}

export function* findRunByIdempotencyKey(key: string): Step<Run | null> {
  const row = yield* one('SELECT * FROM runs WHERE idempotency_key = ?', [key]);
  return row ? toRun(row) : null;
}

export function* runProgress(d: Dialect, runId: string): Step<RunProgress> {
  const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  const byOutcome: Record<RegisterOutcome, number> = { new: 0, existing: 0, requeued: 0 };
  const rows = yield* all(`SELECT j.status AS status, r.outcome AS outcome, count(*) AS n FROM run_jobs r JOIN jobs j ON j.id = r.job_id WHERE r.run_id = ? GROUP BY j.status, r.outcome`, [runId]);
  for (const r of rows) {
    byState[r.status as JobState] += Number(r.n);
    byOutcome[r.outcome as RegisterOutcome] += Number(r.n);
  }
  const due = yield* one(
    `SELECT min(CASE WHEN j.status = 'retrying' THEN j.next_attempt_at ELSE j.lease_expires_at END) AS t
     FROM run_jobs r JOIN jobs j ON j.id = r.job_id WHERE r.run_id = ? AND j.status IN ('retrying', 'processing')`,
    [runId],
  );
  const paused = byState.pending + byState.retrying > 0 ? yield* held(d, runId) : 0;
  // Jobs found done already are counted on the run, not linked one row each (register.ts).
  const skipped = Number((yield* one('SELECT skipped FROM runs WHERE id = ?', [runId]))?.skipped ?? 0);
  byState.completed += skipped;
  byOutcome.existing += skipped;
  return { byState, paused, byOutcome, skipped, nextDueAt: num(due?.t) };
}

export function* runJobs(d: Dialect, runId: string, filter: RunJobsFilter = {}): Step<RunJob[]> {
  const params: unknown[] = [runId];
  let sql = 'SELECT j.*, r.outcome AS outcome, r.seq AS seq FROM run_jobs r JOIN jobs j ON j.id = r.job_id WHERE r.run_id = ?';
  if (filter.status?.length) {
    sql += ` AND ${d.inList('j.status')}`;
    params.push(filter.status);
  }
  if (filter.afterSeq !== undefined) {
    sql += ' AND r.seq > ?';
    params.push(filter.afterSeq);
  }
  if (filter.needsReview) sql += ` AND ${needsReview(d, 'j.')}`;
  if (filter.superseded === false) sql += ' AND j.superseded_by IS NULL';
  sql += ' ORDER BY r.seq';
  if (filter.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(Math.max(0, Math.floor(filter.limit)));
  }
  return (yield* all(sql, params)).map((r) => ({ ...toJob(r), outcome: r.outcome as RegisterOutcome, seq: Number(r.seq) }));
}
