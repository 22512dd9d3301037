/**
 * The Ledger port: the job store in domain verbs, with no connection or transaction types.
 *
 * It is implemented once, over SQL (ledger/sql: every method's statements, written once), for
 * SQLite (ledger/sqlite) and PostgreSQL (ledger/postgres), which both pass the same contract
 * suite (test/contract/ledger.contract.ts). Every state change goes through `transition()`
 * (transitions.ts) and is appended to the audit trail in the same transaction.
 */
import type { BackoffPolicy } from './backoff.js';
import type { DocumentResult, FileKind, Job, JobError, JobEvent, JobSettings, JobState, Run } from '../types.js';
import type { CancelOutcome, ControlEvent, LeaseCheck, Pause, PauseSelector } from './job-control.js';

export type { CancelOutcome, ControlEvent, LeaseCheck, Pause, PauseSelector };
import type { OutboxTarget, OutboxState, OutboxEvent, OutboxFilter, OutboxOutcome, RedeliverSelection } from './outbox-types.js';
export * from './outbox-types.js';

/** What the scanner knows about one file on disk. */
export interface FileRecord {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
  ctimeMs: number | null; // null in a record made before the change time was kept (0009_file_ctime.sql)
  fingerprint: string;
  /** Sniffed from the content; null when it is not a supported type (the job then fails with a reason). */
  kind: FileKind | null;
  /** Only from `lookupFiles` given a settings key: the job of this content under it, as read then (null: none). */
  job?: KnownJob | null;
}

/** A file record's job under one settings key, read with the record, outside any write. */
export interface KnownJob {
  id: string;
  /** The job's file name (what its result file is named after). */
  fileName: string;
  /** Completed with nothing to look at (no review flag), and this path is the job's own. */
  settled: boolean;
  /** Raised by every claim: the same token later means the job was not processed since. */
  leaseToken: number;
}

/** A file found exactly as recorded whose job `lookupFiles` read settled (see `countSettled`). */
export interface SettledItem {
  path: string;
  fingerprint: string;
  job: KnownJob;
}

export interface RegisterItem extends FileRecord {
  fileName: string;
  /** The file record is exactly what lookupFiles returned (fast path): no need to write it again. */
  unchanged?: boolean;
}

export type RegisterOutcome =
  /** A job was created for this content + settings. */
  | 'new'
  /** A job already exists (any state); this path was recorded on it. */
  | 'existing'
  /** A finished job was put back to `pending` (`--force`). */
  | 'requeued';

export interface RegisterResult {
  path: string;
  jobId: string;
  status: JobState;
  outcome: RegisterOutcome;
  fingerprint: string;
  /** The job's file name (its first path's): what its result file is named after. */
  fileName: string;
  /** Linked to the run (runJobs lists it); false for a job found done, only counted (Run.skipped). */
  linked: boolean;
}

export interface RegisterOptions {
  runId: string;
  /** Priority of the jobs this registers or requeues (`--priority`); jobs already waiting keep theirs. Default 0. */
  priority?: number;
  settings: JobSettings;
  settingsKey: string;
  maxAttempts: number;
  /** Requeue jobs that are already completed or failed. */
  force: boolean;
  now: number;
}

export interface ClaimOptions {
  owner: string;
  leaseMs: number;
  now: number;
  /** Only jobs registered by this run; all due jobs when omitted (workers). */
  runId?: string;
  /**
   * Only jobs whose settings name this templates folder digest (null: submitted without `--templates`). A worker
   * builds each job's extractor from the job's own settings, but it can only load the templates folder it was given.
   */
  templatesDigest?: string | null;
}

/** A job just completed, with every path its content was seen under: what its result file holds. */
export interface CompletedJob {
  job: Job;
  paths: string[];
}

export interface JobFilter {
  status?: JobState[];
  /** createdAt >= since (ms) */
  since?: number;
  runId?: string;
  limit?: number;
  /** Keyset pagination: only jobs after this one in (createdAt, id) order. */
  after?: { createdAt: number; id: string };
  /** true: only completed jobs whose result needs review and was not approved yet (`jobs --needs-review`). */
  needsReview?: boolean;
  /** false: leave out failed jobs whose file was fixed (superseded by another job). Default: all. */
  superseded?: boolean;
}

export interface RunProgress {
  /** Jobs of the run by their current state; `completed` includes the `skipped` ones. */
  byState: Record<JobState, number>;
  /** Waiting jobs of the run (pending, retrying) that a pause holds (`docparse pause`). */
  paused: number;
  /** Jobs of the run by how the run found them; `existing` includes the `skipped` ones. */
  byOutcome: Record<RegisterOutcome, number>;
  /** Jobs the run found completed with nothing to look at: counted, not linked (runJobs leaves them out). */
  skipped: number;
  /** Earliest time a non-terminal job of the run may become claimable (retry due or lease expiry). */
  nextDueAt: number | null;
}

/** A job as a run found it; `seq` orders a run's jobs (first seen first). */
export type RunJob = Job & { outcome: RegisterOutcome; seq: number };

export interface RunJobsFilter {
  status?: JobState[];
  /** false: leave out failed jobs whose file was fixed (superseded). Default: all. */
  superseded?: boolean;
  /** true: only completed jobs whose result needs review and was not approved yet. */
  needsReview?: boolean;
  /** Keyset pagination: only jobs after this `seq`. */
  afterSeq?: number;
  limit?: number;
}

export interface NewRun {
  id: string;
  startedAt: number;
  settings: JobSettings;
  paths: string[];
  detached: boolean;
  idempotencyKey: string | null;
  inputsDigest: string | null;
  /** The process running it (`host:pid:random`), or null. */
  owner?: string | null;
}

/** Latency percentiles of one group of completed jobs, ms (nearest rank; null when empty). */
export interface LatencySummary {
  count: number;
  sumMs: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

export const SIZE_BANDS = ['lt_100kb', 'lt_1mb', 'lt_10mb', 'ge_10mb'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
/** Upper bounds (exclusive) of the size bands, bytes; the last band is open. */
export const SIZE_BAND_LIMITS = [100 * 1024, 1024 * 1024, 10 * 1024 * 1024] as const;

/** Ledger-wide figures for `docparse stats` and `--metrics`, plain numbers. */
export interface LedgerStats {
  now: number;
  byState: Record<JobState, number>;
  /** pending + retrying whose retry is due now. */
  queueDepth: number;
  /** retrying, not due yet. */
  retryingLater: number;
  completedLastHour: number;
  completedLastDay: number;
  failedLastHour: number;
  failedLastDay: number;
  /** Submission (job createdAt) to completion, completed jobs finished since `since`. */
  latency: LatencySummary;
  latencyByKind: Record<string, LatencySummary>;
  latencyBySize: Record<SizeBand, LatencySummary>;
  /** Failed jobs by their final error class. */
  failedByClass: Array<{ errorClass: string; retryable: boolean; jobs: number }>;
  /** Failed attempts that were retried, by error class (from the audit trail). */
  retriedByClass: Array<{ errorClass: string; attempts: number }>;
  /** Completed jobs that needed more than one attempt. */
  retriesSucceeded: number;
  /** Completed jobs whose result needs review and was not approved yet. */
  needsReview: number;
  /** Completed jobs whose fields came from e-invoice XML, and those of them whose printed page differs from the XML. */
  einvoices: { read: number; pageMismatch: number };
  /** Waiting jobs (pending, retrying) that the pauses hold, and the pauses (`docparse pause`). */
  paused: number;
  pauses: Pause[];
  outbox: Record<OutboxState, number>;
  /** finishedAt of the latest finished run, ms; null when none. */
  lastRunFinishedAt: number | null;
}

export interface StatsOptions {
  now: number;
  /** Latency and error figures cover jobs finished since then (ms); all when omitted. */
  since?: number;
}

export interface PruneOptions {
  /** Finished jobs, runs and delivered events older than this (ms) go. */
  before: number;
  /** Count only. */
  dryRun: boolean;
  /** Give the freed space back to the file system (SQLite VACUUM). */
  compact: boolean;
}

export interface PruneResult {
  jobs: number;
  events: number;
  paths: number;
  runLinks: number;
  runs: number;
  files: number;
  outbox: number;
}

export interface Ledger {
  /** `sqlite:<path>` or `postgres://...` without credentials, for messages. */
  readonly location: string;
  close(): Promise<void>;

  // Runs
  /** Throws IdempotencyConflictError (errors.ts) when another run already holds `idempotencyKey`. */
  createRun(run: NewRun): Promise<void>;
  /** Closes the run; with `outbox`, a `run.finished` event is written in the same transaction. */
  finishRun(runId: string, summary: unknown, now: number, outbox?: OutboxTarget): Promise<void>;
  getRun(runId: string): Promise<Run | null>;
  /** Records that the run's process is alive: only while `owner` holds the unfinished run. */
  touchRun(runId: string, owner: string, now: number): Promise<void>;
  /**
   * Makes `owner` the run's process (and reopens it if it was finished, interrupted), but only if
   * it is still as `seen`: of two processes taking over one dead run, exactly one gets true.
   */
  takeOverRun(runId: string, seen: { owner: string | null; heartbeatAt: number | null; finishedAt: number | null }, owner: string, now: number): Promise<boolean>;
  findRunByIdempotencyKey(key: string): Promise<Run | null>;
  runProgress(runId: string): Promise<RunProgress>;
  /** The jobs linked to a run (what was work for it: not the ones it only counted as skipped), with how the run found each, in first-seen order. */
  runJobs(runId: string, filter?: RunJobsFilter): Promise<RunJob[]>;

  // Files (the size+mtime+inode fast path)
  /** The file records of these paths; with `settingsKey`, each with its content's job under those settings. */
  lookupFiles(paths: string[], settingsKey?: string): Promise<Map<string, FileRecord>>;

  // Jobs
  /**
   * Upserts files and jobs for a batch in one transaction; links to the run the jobs that are work
   * for it (new, put back, waiting, failed, review-flagged) and counts the ones found done instead.
   */
  register(items: RegisterItem[], opts: RegisterOptions): Promise<RegisterResult[]>;
  /**
   * What `register` does, without its writes, for a batch of files all found exactly as recorded
   * whose jobs `lookupFiles` read settled: counts on the run the jobs it has not linked (one
   * UPDATE). Null, counting nothing, when any of those jobs is no longer as read (claimed,
   * requeued, pruned since): the batch is then for `register`.
   */
  countSettled(items: SettledItem[], runId: string): Promise<RegisterResult[] | null>;
  /** Atomically takes the next due job and leases it to `owner`. */
  claim(opts: ClaimOptions): Promise<Job | null>;
  /** Extends a lease; false when the lease was lost (someone else holds the job now). */
  heartbeat(jobId: string, leaseToken: number, leaseMs: number, now: number): Promise<boolean>;
  /**
   * Stores the result; false when the lease was lost (the result is discarded).
   * With `outbox`, a `job.completed` event is written in the same transaction.
   */
  complete(jobId: string, leaseToken: number, result: DocumentResult, now: number, outbox?: OutboxTarget): Promise<boolean>;
  /**
   * `complete`, returning in the same round trip what the job's result file holds: the completed
   * job and every path its content was seen under. Null when the lease was lost.
   */
  completeReturning(jobId: string, leaseToken: number, result: DocumentResult, now: number, outbox?: OutboxTarget): Promise<CompletedJob | null>;
  /**
   * Records a failed attempt; the state becomes `retrying` or `failed`. Null when the lease was lost.
   * With `outbox`, a final failure writes a `job.failed` event in the same transaction.
   */
  fail(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, outbox?: OutboxTarget): Promise<JobState | null>;
  /** `fail`, returning the job as it now is (`retrying` or `failed`); null when the lease was lost. */
  failReturning(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, outbox?: OutboxTarget): Promise<Job | null>;
  /** Puts an in-flight job back to `pending` without counting the attempt. */
  release(jobId: string, leaseToken: number, reason: string, now: number): Promise<boolean>;
  /**
   * Releases `processing` jobs whose lease expired, or whose owner `isOwnerAlive` says is dead
   * (a job asked to cancel is cancelled instead, with its `job.failed` event when `outbox` is
   * given). Returns the ids released. A job whose attempts this used up fails as `worker_crashed`,
   * with its job.failed event written to `outbox` when given.
   */
  reclaimAbandoned(now: number, isOwnerAlive: (owner: string) => boolean, outbox?: OutboxTarget): Promise<string[]>;
  /** Puts finished jobs back to `pending` (`docparse retry`), at `priority` when given; returns the ids requeued. */
  requeue(jobIds: string[], reason: string, now: number, opts?: { runId?: string; priority?: number }): Promise<string[]>;

  // Job control
  /** Sets the priority of jobs still waiting (pending, retrying); returns the ids changed, each with a `priority` audit event. */
  setPriority(jobIds: string[], priority: number, by: string, now: number): Promise<string[]>;
  /**
   * Cancels jobs: waiting ones end `failed` / `cancelled` at once (with `job.failed` when `outbox`
   * is given); for jobs being processed the request is recorded for their holder. See CancelOutcome.
   */
  cancel(jobIds: string[], by: string, now: number, outbox?: OutboxTarget): Promise<CancelOutcome[]>;
  /**
   * The lease check of a process's jobs in flight (about once a second): which are still held,
   * which have a cancel request; with `renewMs`, the held ones' leases are extended that long.
   */
  checkLeases(leases: Array<{ jobId: string; leaseToken: number }>, renewMs: number | null, now: number): Promise<LeaseCheck[]>;
  /** The holder ends a job whose cancel it saw: `failed` / `cancelled`. Null when the lease was lost. */
  cancelHeld(jobId: string, leaseToken: number, now: number, outbox?: OutboxTarget): Promise<Job | null>;
  /** Pauses claims of what `sel` names, on every process; false when it was paused so already. */
  pause(sel: PauseSelector, by: string, now: number): Promise<boolean>;
  /** Lifts the pause `sel` names, or every pause (null); returns those lifted. */
  resume(sel: PauseSelector | null, by: string, now: number): Promise<Pause[]>;
  pauses(): Promise<Pause[]>;
  /** Waiting jobs the pauses hold, of a run or of the whole ledger. */
  held(runId?: string): Promise<number>;
  /** Which of these jobs are waiting and held by a pause. */
  heldJobs(jobIds: string[]): Promise<string[]>;
  /** The pause/resume audit trail, latest first. */
  controlEvents(limit: number): Promise<ControlEvent[]>;
  /**
   * Records that `by` checked these results (`docparse approve`): completed jobs whose result
   * needs review and was not approved yet get reviewedAt/reviewedBy and an `approved` audit
   * event. Returns the ids approved; others are left as they are.
   */
  approve(jobIds: string[], by: string, now: number): Promise<string[]>;
  /**
   * A file was fixed: each path now holds the content of `jobId`. Failed jobs with the same
   * settings that were seen under that path with other content, and not superseded yet, are
   * marked superseded by `jobId` (a `superseded` audit event). Returns them, with their successor.
   */
  supersede(items: Array<{ path: string; jobId: string }>, settingsKey: string, now: number): Promise<Array<{ jobId: string; by: string }>>;

  getJob(jobId: string): Promise<Job | null>;
  findJobs(filter: JobFilter): Promise<Job[]>;
  /** Jobs whose fingerprint starts with `prefix` (at least 6 hex chars). */
  findJobsByFingerprint(prefix: string): Promise<Job[]>;
  /** Jobs that have been seen under this absolute path. */
  findJobsByPath(path: string): Promise<Job[]>;
  /** All paths a job's content was seen under. */
  jobPaths(jobId: string): Promise<string[]>;
  /** The audit trail of a job, oldest first. */
  jobEvents(jobId: string): Promise<JobEvent[]>;
  /** Looks a job up by its idempotency key (fingerprint + settings). */
  findJob(fingerprint: string, settingsKey: string): Promise<Job | null>;

  // Webhook outbox (the events are written by complete/fail/finishRun)
  /** Leases up to `limit` due `pending` events whose lease is free or expired, oldest first. */
  claimOutbox(opts: { owner: string; leaseMs: number; now: number; limit: number }): Promise<OutboxEvent[]>;
  /** Records one attempt. `failed`/`released` apply only while `leaseToken` holds; `delivered` always. */
  settleOutbox(eventId: string, leaseToken: number, outcome: OutboxOutcome, now: number): Promise<boolean>;
  /** Events, oldest first. */
  findOutbox(filter: OutboxFilter): Promise<OutboxEvent[]>;
  /** Makes the selected events due now (dead ones get their attempts back); returns their ids. */
  redeliverOutbox(sel: RedeliverSelection, now: number): Promise<string[]>;

  // Operations
  stats(opts: StatsOptions): Promise<LedgerStats>;
  /** Removes finished jobs (never pending, processing, retrying), empty runs and delivered events older than `before`. */
  prune(opts: PruneOptions): Promise<PruneResult>;
}
