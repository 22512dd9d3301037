/**
 * The runner: claims due jobs from the ledger and runs them through a bounded pool (p-limit),
 * with a lease per job renewed by heartbeat, a time limit per job, and the retry decision
 * made by the ledger's transition function.
 *
 * A job is complete when the ledger says so; result files are written after that, from the
 * ledger's copy, so a kill between the two loses nothing (the next run writes the file).
 */
import pLimit from 'p-limit';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import type { Ledger, OutboxTarget } from '../ledger/port.js';
import type { BackoffPolicy } from '../ledger/backoff.js';
import type { Extractor } from '../extract/types.js';
import type { Job, JobError as JobErrorView, JobState } from '../types.js';
import { DocparseError, permanent, toJobError, transient } from '../errors.js';
import { kindFromExtension } from '../sniff.js';

/** Gives the extractor a job must be processed with (from the job's own settings). */
export type ExtractorFor = (job: Job) => Promise<Extractor>;

export interface RunnerOptions {
  ledger: Ledger;
  extractor: Extractor | ExtractorFor;
  /** Lease owner id: `host:pid:random`. */
  owner: string;
  concurrency: number;
  leaseMs: number;
  backoff: BackoffPolicy;
  /** Time limit for one job, ms. */
  jobTimeoutMs: number;
  maxFileSize: number;
  /** Only this run's jobs; every due job in the ledger when omitted (workers). */
  runId?: string;
  /** `--webhook`: job.completed / job.failed events are written with the state change (see pipeline/webhooks.ts). */
  outbox?: OutboxTarget;
  now?: () => number;
  /** Called after a job reaches a new state. */
  onJob?: (e: JobOutcome) => void;
  /** Called with the job the ledger just completed, before onJob (result files are written here). */
  onCompleted?: (job: Job) => Promise<void> | void;
}

export interface JobOutcome {
  job: Job;
  state: JobState;
  error: JobErrorView | null;
  durationMs: number;
}

export function makeOwnerId(random: string): string {
  return `${hostname()}:${process.pid}:${random}`;
}

/** The machine of an owner id (`host:pid:random`; the host name itself may contain ':'), or null. */
export function ownerHost(owner: string): string | null {
  const parts = owner.split(':');
  return parts.length < 3 ? null : parts.slice(0, -2).join(':');
}

/** True unless the owner is a process on this host that no longer exists. */
export function ownerAliveOnThisHost(owner: string): boolean {
  const host = ownerHost(owner);
  if (host === null) return false;
  const pid = Number(owner.split(':').at(-2));
  if (host !== hostname()) return true; // another machine: only its lease expiry tells
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Runner {
  private readonly o: Required<Pick<RunnerOptions, 'now'>> & RunnerOptions;
  private readonly limit;
  private stopping = false;
  private readonly inflight = new Map<string, { job: Job; abort: AbortController }>();
  private wake: (() => void) | null = null;
  private fatal: unknown = null;
  private lastReclaim = 0;

  constructor(opts: RunnerOptions) {
    this.o = { now: Date.now, ...opts };
    this.limit = pLimit(Math.max(1, opts.concurrency));
  }

  /** Stop claiming; abort in-flight jobs and put them back to `pending`. */
  stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    for (const { abort } of this.inflight.values()) abort.abort(new Error('interrupted'));
    this.nudge();
  }

  get stopped(): boolean {
    return this.stopping;
  }

  /** Wakes the dispatcher (new jobs registered, a job finished). */
  nudge(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /**
   * Processes due jobs until none is left and `moreComing()` is false.
   * With a runId, waits for jobs of the run held by other processes or due for a retry.
   */
  async drain(moreComing: () => boolean = () => false, opts: { waitForRetries?: boolean } = {}): Promise<void> {
    const waitForRetries = opts.waitForRetries ?? true;
    const { ledger } = this.o;
    while (!this.stopping && !this.fatal) {
      await this.reclaim();
      let claimed = 0;
      while (!this.stopping && this.limit.activeCount + this.limit.pendingCount < this.limit.concurrency) {
        const job = await ledger.claim({ owner: this.o.owner, leaseMs: this.o.leaseMs, now: this.o.now(), runId: this.o.runId });
        if (!job) break;
        claimed++;
        const abort = new AbortController();
        this.inflight.set(job.id, { job, abort });
        void this.limit(() => this.process(job, abort)).finally(() => {
          this.inflight.delete(job.id);
          this.nudge();
        });
      }
      if (this.stopping || this.fatal) break;
      if (claimed > 0) continue;
      const busy = this.inflight.size > 0;
      let waitMs = 1_000;
      if (!busy && !moreComing()) {
        if (!this.o.runId || !waitForRetries) break;
        const p = await ledger.runProgress(this.o.runId);
        if (p.byState.pending + p.byState.processing + p.byState.retrying === 0) break;
        // Jobs of this run are retrying later or held by another process: wait for them.
        if (p.nextDueAt !== null) waitMs = Math.max(20, Math.min(1_000, p.nextDueAt - this.o.now() + 5));
        else waitMs = 200;
      }
      await this.sleep(waitMs);
    }
    // Let in-flight jobs settle (they were aborted if we are stopping).
    while (this.inflight.size > 0) await this.sleep(50);
    if (this.fatal) throw this.fatal;
  }

  private async reclaim(): Promise<void> {
    const now = this.o.now();
    if (now - this.lastReclaim < 1_000) return;
    this.lastReclaim = now;
    await this.o.ledger.reclaimAbandoned(now, ownerAliveOnThisHost);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  private async process(job: Job, abort: AbortController): Promise<void> {
    const { ledger } = this.o;
    const started = this.o.now();
    const token = job.leaseToken;
    const beat = setInterval(() => {
      ledger.heartbeat(job.id, token, this.o.leaseMs, this.o.now()).then(
        (ok) => {
          if (!ok) abort.abort(new Error('lease lost'));
        },
        () => undefined,
      );
    }, Math.max(100, Math.floor(this.o.leaseMs / 3)));
    const timer = setTimeout(() => abort.abort(transient('timeout', `processing took longer than ${Math.round(this.o.jobTimeoutMs / 1000)} s`)), this.o.jobTimeoutMs);
    try {
      await this.preflight(job);
      const extractor = typeof this.o.extractor === 'function' ? await this.o.extractor(job) : this.o.extractor;
      const result = await abortable(extractor.extract({ path: job.path, kind: job.kind!, size: job.size, fingerprint: job.fingerprint }, { signal: abort.signal }), abort.signal);
      if (await ledger.complete(job.id, token, result, this.o.now(), this.o.outbox)) {
        const done = (await ledger.getJob(job.id))!;
        await this.o.onCompleted?.(done);
        this.o.onJob?.({ job: done, state: 'completed', error: null, durationMs: this.o.now() - started });
      }
    } catch (err) {
      if (this.stopping && abort.signal.aborted) {
        await ledger.release(job.id, token, 'interrupted: put back for the next run', this.o.now());
        return;
      }
      if (err instanceof DocparseError) {
        // A run-level problem (missing OCR language, say): put the job back and stop the run.
        // (A job already completed, whose result file could not be written, is left completed.)
        await ledger.release(job.id, token, `run stopped: ${err.message}`, this.o.now()).catch(() => false);
        this.fatal ??= err;
        this.stop();
        return;
      }
      if (abort.signal.aborted && String((abort.signal.reason as Error)?.message) === 'lease lost') return;
      const je = toJobError(err);
      const view: JobErrorView = { errorClass: je.errorClass, message: je.message, hint: je.hint, retryable: je.retryable };
      const state = await ledger.fail(job.id, token, view, this.o.backoff, this.o.now(), this.o.outbox);
      if (state) {
        const after = (await ledger.getJob(job.id))!;
        this.o.onJob?.({ job: after, state, error: view, durationMs: this.o.now() - started });
      }
    } finally {
      clearInterval(beat);
      clearTimeout(timer);
    }
  }

  /** Checks that fail a job before any parsing: missing, changed, empty, too large, not a document. */
  private async preflight(job: Job): Promise<void> {
    let st;
    try {
      st = statSync(job.path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        // No parent folder either: more likely a share not mounted on this machine (many
        // workers reading one submitted path) than a deleted file. That can heal: retry.
        if (!existsSync(dirname(job.path))) {
          throw transient('file_unavailable', `the folder ${dirname(job.path)} is not there on ${hostname()}`, 'Workers read files at the path they were submitted with: mount the share at the same path on every worker machine.');
        }
        throw permanent('unreadable', `the file is gone: ${job.path} was moved or deleted after it was scanned`, 'Put the file back, or submit the folder again to pick up its new location.');
      }
      throw err;
    }
    if (!st.isFile()) throw permanent('unsupported', `${job.path} is not a regular file`);
    if (st.size === 0) throw permanent('empty', 'the file is empty (0 bytes)');
    if (st.size > this.o.maxFileSize) {
      throw permanent('too_large', `the file is ${formatBytes(st.size)}, over the ${formatBytes(this.o.maxFileSize)} limit (--max-file-size)`);
    }
    // A size change is caught here; same-size edits by the extractor, which hashes what it reads.
    if (st.size !== job.size) {
      throw permanent('unreadable', 'the file changed after it was scanned, so this job\'s content is gone', 'Run submit again: the new content becomes a new job.');
    }
    if (!job.kind) {
      const claimed = kindFromExtension(job.fileName);
      if (claimed) throw permanent('corrupt', `${job.fileName} is named like a ${claimed.toUpperCase()} file but its content is not one (damaged, truncated at the start, or mislabelled)`);
      throw permanent('unsupported', `${job.fileName} is not a PDF, PNG, JPEG, TIFF or e-invoice XML file (its content matches none of them)`);
    }
  }
}

/** Rejects with the signal's reason when it aborts, even if the work ignores the signal. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
