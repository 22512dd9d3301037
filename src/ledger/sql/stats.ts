/**
 * Operations over the whole ledger: `docparse stats` (and `--metrics`) and `docparse prune`.
 */
import { JOB_STATES, type JobState } from '../../types.js';
import { OUTBOX_STATES, SIZE_BAND_LIMITS, SIZE_BANDS, type LatencySummary, type LedgerStats, type OutboxState, type PruneOptions, type PruneResult, type SizeBand, type StatsOptions } from '../port.js';
import { percentileIndex } from '../outbox.js';
import { num } from '../rows.js';
import type { Dialect } from './dialect.js';
import { needsReview } from './review.js';
import { held, pauses } from './pauses.js';
import { all, exec, ms, one, type Step } from './statements.js';

export function* stats(d: Dialect, opts: StatsOptions): Step<LedgerStats> {
  const now = ms(opts.now);
  const since = ms(opts.since ?? 0);
  const count = function* (sql: string, params: unknown[] = []): Step<number> {
    return Number((yield* one(sql, params))?.n ?? 0);
  };
  const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  for (const r of yield* all('SELECT status, count(*) AS n FROM jobs GROUP BY status')) byState[r.status as JobState] = Number(r.n);
  const due = yield* count(`SELECT count(*) AS n FROM jobs WHERE status = 'retrying' AND next_attempt_at <= ?`, [now]);
  const finishedSince = (state: string, t: number) => count('SELECT count(*) AS n FROM jobs WHERE status = ? AND completed_at >= ?', [state, t]);

  // Latency percentiles in SQL, nearest rank (outbox.ts): count the group, then read the ranked row by OFFSET.
  const base = `FROM jobs WHERE status = 'completed' AND completed_at >= ?`;
  const latency = function* (cond: string, p: unknown[]): Step<LatencySummary> {
    const agg = (yield* one(`SELECT count(*) AS n, coalesce(sum(completed_at - created_at), 0) AS s ${base}${cond}`, [since, ...p]))!;
    const n = Number(agg.n);
    const at = function* (q: number): Step<number | null> {
      const i = percentileIndex(n, q);
      if (i < 0) return null;
      return Number((yield* one(`SELECT completed_at - created_at AS l ${base}${cond} ORDER BY l LIMIT 1 OFFSET ?`, [since, ...p, i]))!.l);
    };
    return { count: n, sumMs: Number(agg.s), p50: yield* at(0.5), p95: yield* at(0.95), p99: yield* at(0.99) };
  };
  const kind = d.jsonText('result', 'documentKind');
  const kinds = new Set<string>(['text_pdf', 'scanned_pdf', 'mixed_pdf', 'image']);
  for (const r of yield* all(`SELECT DISTINCT ${kind} AS k ${base}`, [since])) if (r.k) kinds.add(String(r.k));
  const latencyByKind: Record<string, LatencySummary> = {};
  for (const k of kinds) latencyByKind[k] = yield* latency(` AND ${kind} = ?`, [k]);
  const latencyBySize = {} as Record<SizeBand, LatencySummary>;
  for (let i = 0; i < SIZE_BANDS.length; i++) {
    const lo = i === 0 ? 0 : SIZE_BAND_LIMITS[i - 1];
    const hi = i < SIZE_BAND_LIMITS.length ? SIZE_BAND_LIMITS[i] : Number.MAX_SAFE_INTEGER;
    latencyBySize[SIZE_BANDS[i]] = yield* latency(' AND size >= ? AND size < ?', [lo, hi]);
  }

  const failedByClass = (
    yield* all(
      `SELECT ${d.jsonText('error', 'errorClass')} AS c, ${d.jsonTrue('error', 'retryable')} AS r, count(*) AS n
       FROM jobs WHERE status = 'failed' AND superseded_by IS NULL AND completed_at >= ? GROUP BY 1, 2 ORDER BY n DESC, c`,
      [since],
    )
  ).map((r) => ({ errorClass: String(r.c ?? 'internal'), retryable: Boolean(r.r), jobs: Number(r.n) }));
  // The audit trail notes a retried failure as "<class>: <message>".
  const colon = d.position('error', `':'`);
  const retriedByClass = (
    yield* all(
      `SELECT CASE WHEN ${colon} > 0 THEN substr(error, 1, ${colon} - 1) ELSE '' END AS c, count(*) AS n
       FROM job_events WHERE to_state = 'retrying' AND at >= ? GROUP BY 1 ORDER BY n DESC, c`,
      [since],
    )
  ).map((r) => ({ errorClass: String(r.c || 'internal'), attempts: Number(r.n) }));

  const outbox = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
  for (const r of yield* all('SELECT status, count(*) AS n FROM outbox GROUP BY status')) outbox[r.status as OutboxState] = Number(r.n);
  const last = yield* one('SELECT max(finished_at) AS t FROM runs');
  const completed = `SELECT count(*) AS n FROM jobs WHERE status = 'completed' AND completed_at >= ? AND`;

  return {
    now,
    byState,
    queueDepth: byState.pending + due,
    retryingLater: byState.retrying - due,
    completedLastHour: yield* finishedSince('completed', now - 3_600_000),
    completedLastDay: yield* finishedSince('completed', now - 86_400_000),
    failedLastHour: yield* finishedSince('failed', now - 3_600_000),
    failedLastDay: yield* finishedSince('failed', now - 86_400_000),
    latency: yield* latency('', []),
    latencyByKind,
    latencyBySize,
    failedByClass,
    retriedByClass,
    retriesSucceeded: yield* count(`${completed} attempts > 1`, [since]),
    needsReview: yield* count(`SELECT count(*) AS n FROM jobs WHERE ${needsReview(d)} AND completed_at >= ?`, [since]),
    einvoices: {
      read: yield* count(`${completed} ${d.jsonText('result', 'einvoice.syntax')} IS NOT NULL`, [since]),
      pageMismatch: yield* count(`${completed} ${d.jsonText('result', 'einvoice.pageCheck.status')} = 'mismatch'`, [since]),
    },
    paused: yield* held(d),
    pauses: yield* pauses(),
    outbox,
    lastRunFinishedAt: num(last?.t),
  };
}

/** A dry run rolls its transaction back: this is what it throws. */
export class DryRunRollback extends Error {
  constructor(readonly result: PruneResult) {
    super('dry run');
  }
}

/**
 * Removes finished jobs (never pending, processing or retrying ones) with their events, paths
 * and run links, runs left empty, remembered files of pruned contents and delivered events, all
 * older than `before`. A dry run counts the same, in a transaction it rolls back.
 */
export function* prune(opts: Pick<PruneOptions, 'before' | 'dryRun'>): Step<PruneResult> {
  const before = ms(opts.before);
  const old = `SELECT id FROM jobs WHERE status IN ('completed', 'failed') AND coalesce(completed_at, updated_at) < ?`;
  const count = function* (sql: string): Step<number> {
    return Number((yield* one(sql, [before]))!.n);
  };
  const res: PruneResult = {
    jobs: yield* count(`SELECT count(*) AS n FROM (${old}) AS o`),
    events: yield* count(`SELECT count(*) AS n FROM job_events WHERE job_id IN (${old})`),
    paths: yield* count(`SELECT count(*) AS n FROM job_paths WHERE job_id IN (${old})`),
    runLinks: yield* count(`SELECT count(*) AS n FROM run_jobs WHERE job_id IN (${old})`),
    runs: 0,
    files: 0,
    outbox: 0,
  };
  // Events, paths and run links go with their job (ON DELETE CASCADE).
  yield* exec(`DELETE FROM jobs WHERE id IN (${old})`, [before]);
  res.runs = yield* exec(`DELETE FROM runs WHERE coalesce(finished_at, started_at) < ? AND NOT EXISTS (SELECT 1 FROM run_jobs r WHERE r.run_id = runs.id)`, [before]);
  res.files = yield* exec(`DELETE FROM files WHERE seen_at < ? AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.fingerprint = files.fingerprint)`, [before]);
  res.outbox = yield* exec(`DELETE FROM outbox WHERE status = 'delivered' AND coalesce(delivered_at, created_at) < ?`, [before]);
  if (opts.dryRun) throw new DryRunRollback(res);
  return res;
}

/** One statement with no parameters (VACUUM). */
export function* statement(sql: string): Step<void> {
  yield* exec(sql);
}
