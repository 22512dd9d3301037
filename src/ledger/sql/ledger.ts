/**
 * The Ledger port over SQL, written once: each method runs the ledger logic of this folder on
 * a backend's Driver, in one transaction when it changes what others may be changing too. The
 * backends (../sqlite, ../postgres) only open the database and say how their SQL differs
 * (dialect.ts).
 *
 * A new ledger method is one generator function here beside its kin (its SQL, once) and one
 * line below that runs it.
 */
import type { DocumentResult, Job, JobError, JobEvent, JobState, Run } from '../../types.js';
import type { BackoffPolicy } from '../backoff.js';
import { IdempotencyConflictError } from '../../errors.js';
import type {
  CancelOutcome,
  ClaimOptions,
  CompletedJob,
  ControlEvent,
  LeaseCheck,
  Pause,
  PauseSelector,
  FileRecord,
  JobFilter,
  Ledger,
  LedgerStats,
  NewRun,
  OutboxEvent,
  OutboxFilter,
  OutboxOutcome,
  OutboxTarget,
  PruneOptions,
  PruneResult,
  RedeliverSelection,
  RegisterItem,
  RegisterOptions,
  RegisterResult,
  RunJob,
  RunJobsFilter,
  RunProgress,
  SettledItem,
  StatsOptions,
} from '../port.js';
import type { Dialect, Driver } from './dialect.js';
import * as jobs from './jobs.js';
import * as files from './register.js';
import * as runs from './runs.js';
import * as find from './queries.js';
import * as outbox from './outbox.js';
import * as review from './review.js';
import * as ops from './stats.js';
import * as control from './control.js';
import * as pausing from './pauses.js';
import { ms } from './statements.js';

export class SqlLedger implements Ledger {
  constructor(
    protected readonly x: Driver,
    protected readonly d: Dialect,
    readonly location: string,
  ) {}

  close(): Promise<void> {
    return this.x.close();
  }

  // ---- runs ---------------------------------------------------------------

  async createRun(run: NewRun): Promise<void> {
    try {
      await this.x.read(() => runs.createRun(run));
    } catch (err) {
      // The UNIQUE constraint is what decides between two submits racing with one key.
      if (run.idempotencyKey !== null && this.d.isUniqueViolation(err, 'idempotency_key')) {
        throw new IdempotencyConflictError(`the idempotency key "${run.idempotencyKey}" is already used by another run`);
      }
      throw err;
    }
  }

  finishRun(runId: string, summary: unknown, now: number, target?: OutboxTarget): Promise<void> {
    return this.x.write(() => runs.finishRun(runId, summary, now, target));
  }

  getRun(runId: string): Promise<Run | null> {
    return this.x.read(() => runs.getRun(runId));
  }

  touchRun(runId: string, owner: string, now: number): Promise<void> {
    return this.x.read(() => runs.touchRun(runId, owner, now));
  }

  takeOverRun(runId: string, seen: { owner: string | null; heartbeatAt: number | null; finishedAt: number | null }, owner: string, now: number): Promise<boolean> {
    return this.x.read(() => runs.takeOverRun(this.d, runId, seen, owner, now));
  }

  findRunByIdempotencyKey(key: string): Promise<Run | null> {
    return this.x.read(() => runs.findRunByIdempotencyKey(key));
  }

  runProgress(runId: string): Promise<RunProgress> {
    return this.x.read(() => runs.runProgress(this.d, runId));
  }

  runJobs(runId: string, filter?: RunJobsFilter): Promise<RunJob[]> {
    return this.x.read(() => runs.runJobs(this.d, runId, filter));
  }

  // ---- files and jobs -----------------------------------------------------

  lookupFiles(paths: string[], settingsKey?: string): Promise<Map<string, FileRecord>> {
    return this.x.read(() => files.lookupFiles(this.d, paths, settingsKey));
  }

  register(items: RegisterItem[], opts: RegisterOptions): Promise<RegisterResult[]> {
    return this.x.write(() => files.register(this.d, items, opts));
  }

  countSettled(items: SettledItem[], runId: string): Promise<RegisterResult[] | null> {
    return this.x.write(() => files.countSettled(this.d, items, runId));
  }

  claim(opts: ClaimOptions): Promise<Job | null> {
    return this.x.write(() => jobs.claim(this.d, opts));
  }

  heartbeat(jobId: string, leaseToken: number, leaseMs: number, now: number): Promise<boolean> {
    return this.x.read(() => jobs.heartbeat(jobId, leaseToken, leaseMs, now));
  }

  async complete(jobId: string, leaseToken: number, result: DocumentResult, now: number, target?: OutboxTarget): Promise<boolean> {
    return (await this.completeReturning(jobId, leaseToken, result, now, target)) !== null;
  }

  completeReturning(jobId: string, leaseToken: number, result: DocumentResult, now: number, target?: OutboxTarget): Promise<CompletedJob | null> {
    return this.x.write(() => jobs.complete(this.d, jobId, leaseToken, result, now, target));
  }

  async fail(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, target?: OutboxTarget): Promise<JobState | null> {
    return (await this.failReturning(jobId, leaseToken, error, backoff, now, target))?.status ?? null;
  }

  failReturning(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, target?: OutboxTarget): Promise<Job | null> {
    return this.x.write(() => jobs.fail(this.d, jobId, leaseToken, error, backoff, now, target));
  }

  release(jobId: string, leaseToken: number, reason: string, now: number): Promise<boolean> {
    return this.x.write(() => jobs.release(this.d, jobId, leaseToken, reason, now));
  }

  async reclaimAbandoned(now: number, isOwnerAlive: (owner: string) => boolean, target?: OutboxTarget): Promise<string[]> {
    const t = ms(now);
    const released: string[] = [];
    for (const seen of await this.x.read(() => jobs.processing())) {
      const expired = seen.lease_expires_at != null && Number(seen.lease_expires_at) <= t;
      if (!expired && isOwnerAlive(String(seen.lease_owner ?? ''))) continue;
      if (await this.x.write(() => jobs.releaseAbandoned(this.d, seen, expired, t, target))) released.push(String(seen.id));
    }
    return released;
  }

  requeue(jobIds: string[], reason: string, now: number, opts: { runId?: string; priority?: number } = {}): Promise<string[]> {
    return this.x.write(() => jobs.requeue(this.d, jobIds, reason, now, opts.runId, opts.priority));
  }

  // ---- job control --------------------------------------------------------

  setPriority(jobIds: string[], priority: number, by: string, now: number): Promise<string[]> {
    return this.x.write(() => control.setPriority(this.d, jobIds, priority, by, now));
  }

  cancel(jobIds: string[], by: string, now: number, target?: OutboxTarget): Promise<CancelOutcome[]> {
    return this.x.write(() => control.cancel(this.d, jobIds, by, now, target));
  }

  checkLeases(leases: Array<{ jobId: string; leaseToken: number }>, renewMs: number | null, now: number): Promise<LeaseCheck[]> {
    return this.x.read(() => control.checkLeases(leases, renewMs, now));
  }

  cancelHeld(jobId: string, leaseToken: number, now: number, target?: OutboxTarget): Promise<Job | null> {
    return this.x.write(() => control.cancelHeld(this.d, jobId, leaseToken, now, target));
  }

  pause(sel: PauseSelector, by: string, now: number): Promise<boolean> {
    return this.x.write(() => pausing.pause(sel, by, now));
  }

  resume(sel: PauseSelector | null, by: string, now: number): Promise<Pause[]> {
    return this.x.write(() => pausing.resume(sel, by, now));
  }

  pauses(): Promise<Pause[]> {
    return this.x.read(() => pausing.pauses());
  }

  held(runId?: string): Promise<number> {
    return this.x.read(() => pausing.held(this.d, runId));
  }

  heldJobs(jobIds: string[]): Promise<string[]> {
    return this.x.read(() => pausing.heldJobs(this.d, jobIds));
  }

  controlEvents(limit: number): Promise<ControlEvent[]> {
    return this.x.read(() => pausing.controlEvents(limit));
  }

  approve(jobIds: string[], by: string, now: number): Promise<string[]> {
    return this.x.write(() => review.approve(this.d, jobIds, by, now));
  }

  supersede(items: Array<{ path: string; jobId: string }>, settingsKey: string, now: number): Promise<Array<{ jobId: string; by: string }>> {
    return this.x.write(() => review.supersede(this.d, items, settingsKey, now));
  }

  getJob(jobId: string): Promise<Job | null> {
    return this.x.read(() => find.getJob(jobId));
  }

  findJobs(filter: JobFilter): Promise<Job[]> {
    return this.x.read(() => find.findJobs(this.d, filter));
  }

  findJobsByFingerprint(prefix: string): Promise<Job[]> {
    return this.x.read(() => find.findJobsByFingerprint(prefix));
  }

  findJobsByPath(path: string): Promise<Job[]> {
    return this.x.read(() => find.findJobsByPath(path));
  }

  jobPaths(jobId: string): Promise<string[]> {
    return this.x.read(() => find.jobPaths(jobId));
  }

  jobEvents(jobId: string): Promise<JobEvent[]> {
    return this.x.read(() => find.jobEvents(jobId));
  }

  findJob(fingerprint: string, settingsKey: string): Promise<Job | null> {
    return this.x.read(() => find.findJob(fingerprint, settingsKey));
  }

  // ---- webhook outbox -----------------------------------------------------

  claimOutbox(opts: { owner: string; leaseMs: number; now: number; limit: number }): Promise<OutboxEvent[]> {
    return this.x.read(() => outbox.claimOutbox(this.d, opts));
  }

  settleOutbox(eventId: string, leaseToken: number, outcome: OutboxOutcome, now: number): Promise<boolean> {
    return this.x.read(() => outbox.settleOutbox(eventId, leaseToken, outcome, now));
  }

  findOutbox(filter: OutboxFilter): Promise<OutboxEvent[]> {
    return this.x.read(() => outbox.findOutbox(this.d, filter));
  }

  redeliverOutbox(sel: RedeliverSelection, now: number): Promise<string[]> {
    return this.x.read(() => outbox.redeliverOutbox(this.d, sel, now));
  }

  // ---- operations ---------------------------------------------------------

  stats(opts: StatsOptions): Promise<LedgerStats> {
    return this.x.read(() => ops.stats(this.d, opts));
  }

  async prune(opts: PruneOptions): Promise<PruneResult> {
    let result: PruneResult;
    try {
      result = await this.x.write(() => ops.prune(opts));
    } catch (err) {
      if (!(err instanceof ops.DryRunRollback)) throw err;
      result = err.result;
    }
    if (opts.compact && !opts.dryRun) for (const sql of this.d.compact) await this.x.read(() => ops.statement(sql));
    return result;
  }
}
