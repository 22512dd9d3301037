/**
 * The Ledger port: the job store in domain verbs, with no connection or transaction types.
 *
 * Every backend (SQLite in ledger/sqlite, PostgreSQL later) implements this interface and
 * must pass the same contract suite (test/contract/ledger.contract.ts). Every state change
 * goes through `transition()` (transitions.ts) and is appended to the audit trail in the
 * same transaction.
 */
import type { BackoffPolicy } from './backoff.js';
import type { DocumentResult, FileKind, Job, JobError, JobEvent, JobSettings, JobState, Run } from '../types.js';

/** What the scanner knows about one file on disk. */
export interface FileRecord {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
  fingerprint: string;
  /** Sniffed from the content; null when it is not a supported type (the job then fails with a reason). */
  kind: FileKind | null;
}

export interface RegisterItem extends FileRecord {
  fileName: string;
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
}

export interface RegisterOptions {
  runId: string;
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
}

export interface JobFilter {
  status?: JobState[];
  /** createdAt >= since (ms) */
  since?: number;
  runId?: string;
  limit?: number;
}

export interface RunProgress {
  /** Jobs of the run by their current state. */
  byState: Record<JobState, number>;
  /** Jobs of the run by how the run found them. */
  byOutcome: Record<RegisterOutcome, number>;
  /** Earliest time a non-terminal job of the run may become claimable (retry due or lease expiry). */
  nextDueAt: number | null;
}

export interface NewRun {
  id: string;
  startedAt: number;
  settings: JobSettings;
  paths: string[];
  detached: boolean;
  idempotencyKey: string | null;
  inputsDigest: string | null;
}

export interface Ledger {
  /** `sqlite:<path>` or `postgres://...` without credentials, for messages. */
  readonly location: string;
  close(): Promise<void>;

  // Runs
  createRun(run: NewRun): Promise<void>;
  finishRun(runId: string, summary: unknown, now: number): Promise<void>;
  getRun(runId: string): Promise<Run | null>;
  findRunByIdempotencyKey(key: string): Promise<Run | null>;
  runProgress(runId: string): Promise<RunProgress>;
  /** Jobs of a run with how the run found each, paths first-seen order. */
  runJobs(runId: string, filter?: { status?: JobState[] }): Promise<Array<Job & { outcome: RegisterOutcome }>>;

  // Files (the size+mtime+inode fast path)
  lookupFiles(paths: string[]): Promise<Map<string, FileRecord>>;

  // Jobs
  /** Upserts files and jobs for a batch of scanned files in one transaction. */
  register(items: RegisterItem[], opts: RegisterOptions): Promise<RegisterResult[]>;
  /** Atomically takes the next due job and leases it to `owner`. */
  claim(opts: ClaimOptions): Promise<Job | null>;
  /** Extends a lease; false when the lease was lost (someone else holds the job now). */
  heartbeat(jobId: string, leaseToken: number, leaseMs: number, now: number): Promise<boolean>;
  /** Stores the result; false when the lease was lost (the result is discarded). */
  complete(jobId: string, leaseToken: number, result: DocumentResult, now: number): Promise<boolean>;
  /** Records a failed attempt; the state becomes `retrying` or `failed`. Null when the lease was lost. */
  fail(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number): Promise<JobState | null>;
  /** Puts an in-flight job back to `pending` without counting the attempt. */
  release(jobId: string, leaseToken: number, reason: string, now: number): Promise<boolean>;
  /**
   * Releases `processing` jobs whose lease expired, or whose owner `isOwnerAlive` says is dead.
   * Returns the ids released.
   */
  reclaimAbandoned(now: number, isOwnerAlive: (owner: string) => boolean): Promise<string[]>;
  /** Puts finished jobs back to `pending` (`docparse retry`); returns the ids requeued. */
  requeue(jobIds: string[], reason: string, now: number, opts?: { runId?: string }): Promise<string[]>;

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
}
