/**
 * The run engine: claims due jobs from the ledger and takes each down one straight walk, in this
 * file: checks before parsing (preflight.ts), extraction in a bounded pool (p-limit) with a time
 * limit and a lease renewed by heartbeat, completion in the ledger (which hands back the job and
 * its paths), the job's result file, then what is reported: the counts, the move of its original,
 * the event the CLI shows. A failure goes to the ledger's transition function, which decides
 * between a retry and the end.
 *
 * submit, worker and retry (this folder) feed the engine jobs and close the run (closeRun, summary.ts).
 * A job is complete when the ledger says so; its result file is written after that, so a kill
 * between the two loses nothing: closing a run writes the result files that are missing.
 */
import pLimit from 'p-limit';
import { resolve } from 'node:path';
import type { ClaimOptions, Ledger } from '../ledger/port.js';
import type { BackoffPolicy } from '../ledger/backoff.js';
import type { Extractor } from '../extract/types.js';
import type { Job, JobError as JobErrorView } from '../types.js';
import { DocparseError, environmentError, toJobError, transient } from '../errors.js';
import { writeResultFileGrouped } from '../report/results.js';
import { GroupCommitWriter } from '../report/group-commit.js';
import { outboxTarget, startWebhooks, type DeliveryReport, type WebhookOptions } from '../report/webhooks.js';
import { newId } from '../ledger/ids.js';
import { OriginalsMover } from '../files/move.js';
import type { EventSink } from './events.js';
import type { ReportOptions } from './outputs.js';
import { makeOwnerId, ownerAliveOnThisHost } from '../owner.js';
import { preflight } from './preflight.js';

/** Gives the extractor a job must be processed with (from the job's own settings: a worker). */
export type ExtractorFor = (job: Job) => Promise<Extractor>;

export interface EngineOptions {
  ledger: Ledger;
  /** One extractor for every job, or one per job's settings (a worker: see ExtractorFor). */
  extractor: Extractor | ExtractorFor;
  outDir: string;
  concurrency: number;
  maxAttempts: number;
  backoff: BackoffPolicy;
  leaseMs: number;
  jobTimeoutMs: number;
  maxFileSize: number;
  /** Aborting it interrupts the run: no new claims, in-flight jobs go back to `pending`. */
  signal?: AbortSignal;
  /** Where the run puts its events (the CLI reads them: events.ts); none when omitted. */
  events?: EventSink;
  now?: () => number;
  /** `--fail-on review`: exit code 7 when any result of the run needs review. */
  failOnReview?: boolean;
  /** `--move-done`: move the originals of completed jobs into this folder. */
  moveDone?: string | null;
  /** `--move-failed`: move the originals of failed jobs (final failure) into this folder. */
  moveFailed?: string | null;
  /**
   * `--webhook URL`: job.completed / job.failed / run.finished events are written to the outbox
   * in the same transaction as the state change, and sent by a dispatcher while the run works.
   */
  webhook?: WebhookOptions | null;
  /** Called after each webhook delivery attempt. */
  onWebhook?: (r: DeliveryReport) => void;
  /** The review report written when the run is finished (report.html); null: none (`--no-report`). Default: page images of the documents that need a look. */
  report?: ReportOptions | null;
}

export interface EngineCounts {
  completed: number;
  failed: number;
  retried: number;
}

/** Which jobs an engine takes, as whom, and what happens to the originals of the jobs it finishes. */
export interface EngineScope {
  /** Lease owner id (`host:pid:random`, owner.ts). */
  owner: string;
  /** Only this run's jobs (submit, retry); every due job in the ledger when omitted (a worker). */
  runId?: string;
  /** Without a run: only jobs made with this templates folder digest, or none (a worker can load only its own). */
  templatesDigest?: string | null;
  mover?: OriginalsMover | null;
}

export class Engine {
  readonly counts: EngineCounts = { completed: 0, failed: 0, retried: 0 };
  private readonly now: () => number;
  private readonly outDir: string;
  private readonly limit;
  private readonly outbox;
  /**
   * Result files, their fsyncs grouped and off the main thread (group-commit.ts): a job is
   * reported once its file is in place; the ledger holds the result before that.
   */
  private readonly results = new GroupCommitWriter();
  private stopping = false;
  private readonly inflight = new Map<string, { job: Job; abort: AbortController }>();
  /** Jobs that have left `inflight`: drain claims again when one finished after its last claims. */
  private finishedCount = 0;
  private wake: (() => void) | null = null;
  private fatal: unknown = null;
  private lastReclaim = 0;
  private lastRenew = 0;
  private lastHeldCheck = 0;
  private leaseTimer: NodeJS.Timeout | null = null;
  /** A lease check is under way (a slow round trip must not pile up checks). */
  private checking = false;
  /** Waiting jobs held by a pause, as last seen (the progress display shows it). */
  held = 0;
  /** Set when a run's drain stopped because all of its remaining work is paused: how many jobs. */
  pausedLeft = 0;
  /** Jobs are still being registered for this engine (a submit's scan): drain waits for them. */
  private inputOpen = false;

  constructor(
    private readonly o: EngineOptions,
    private readonly scope: EngineScope,
  ) {
    this.now = o.now ?? Date.now;
    this.outDir = resolve(o.outDir);
    this.limit = pLimit(Math.max(1, o.concurrency));
    this.outbox = outboxTarget(o.webhook);
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

  /** Wakes the claiming loop (new jobs registered, a job finished). */
  nudge(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** More jobs are on their way (a submit's scan is registering them): drain does not end before endOfInput. */
  expectInput(): void {
    this.inputOpen = true;
  }

  /** No more jobs are on their way: drain ends once the work it has is done. */
  endOfInput(): void {
    this.inputOpen = false;
    this.nudge();
  }

  /**
   * Processes due jobs until none is left and `moreComing()` is false (by default: until
   * endOfInput, after expectInput). With a run, waits for jobs of the run held by other processes
   * or due for a retry.
   */
  async drain(moreComing: () => boolean = () => this.inputOpen, opts: { waitForRetries?: boolean } = {}): Promise<void> {
    const waitForRetries = opts.waitForRetries ?? true;
    const { runId } = this.scope;
    const claim = { owner: this.scope.owner, leaseMs: this.o.leaseMs, runId, ...(runId === undefined && this.scope.templatesDigest !== undefined ? { templatesDigest: this.scope.templatesDigest } : {}) };
    this.leaseTimer ??= setInterval(() => void this.checkLeases(), Math.max(100, Math.min(LEASE_CHECK_MS, Math.floor(this.o.leaseMs / 3))));
    try {
      await this.drainLoop(claim, moreComing, waitForRetries);
    } finally {
      // Let in-flight jobs settle (they were aborted if we are stopping), their leases checked till the end.
      while (this.inflight.size > 0) await this.sleep(50);
      if (this.leaseTimer) clearInterval(this.leaseTimer);
      this.leaseTimer = null;
    }
    if (this.fatal) throw this.fatal;
  }

  private async drainLoop(claim: Omit<ClaimOptions, 'now'>, moreComing: () => boolean, waitForRetries: boolean): Promise<void> {
    const { ledger } = this.o;
    const { runId } = this.scope;
    while (!this.stopping && !this.fatal) {
      await this.reclaim();
      const finishedBefore = this.finishedCount;
      let claimed = 0;
      // Slots are counted by our own `inflight` (set at claim, cleared when the job's promise
      // settles), not by p-limit's counters, which may still count a job whose `finally` ran.
      while (!this.stopping && this.inflight.size < this.limit.concurrency) {
        const job = await ledger.claim({ ...claim, now: this.now() });
        if (!job) break;
        claimed++;
        const abort = new AbortController();
        this.inflight.set(job.id, { job, abort });
        void this.limit(() => this.process(job, abort)).finally(() => {
          this.inflight.delete(job.id);
          this.finishedCount++;
          this.nudge();
        });
      }
      if (this.stopping || this.fatal) break;
      if (claimed > 0) continue;
      await this.checkHeld();
      // A job that finished while the claims or the check above awaited the ledger freed a slot
      // after the last claim: claim again before deciding that nothing is left (else a worker
      // --once could end with due work unclaimed; seen with PostgreSQL under load).
      if (this.finishedCount !== finishedBefore) continue;
      const busy = this.inflight.size > 0;
      let waitMs = 1_000;
      if (!busy && !moreComing()) {
        if (!runId || !waitForRetries) break;
        const p = await ledger.runProgress(runId);
        const waiting = p.byState.pending + p.byState.retrying;
        if (waiting + p.byState.processing === 0) break;
        // All that is left is paused: say so and stop, rather than wait for a resume that may never come.
        if (p.byState.processing === 0 && p.paused === waiting) {
          this.pausedLeft = waiting;
          break;
        }
        // Jobs of this run are retrying later or held by another process: wait for them.
        if (p.nextDueAt !== null) waitMs = Math.max(20, Math.min(1_000, p.nextDueAt - this.now() + 5));
        else waitMs = 200;
      }
      await this.sleep(waitMs);
    }
  }

  /** Nothing to claim: how much waiting work a pause holds (at most once a second), told when it changes. */
  private async checkHeld(): Promise<void> {
    const now = this.now();
    if (now - this.lastHeldCheck < 1_000) return;
    this.lastHeldCheck = now;
    const held = this.scope.runId !== undefined ? (await this.o.ledger.runProgress(this.scope.runId)).paused : await this.o.ledger.held();
    if (held !== this.held) {
      this.held = held;
      this.o.events?.put({ type: 'paused', held });
    }
  }

  /**
   * The lease check of the jobs in flight, about once a second: a cancel asked for (on any
   * machine) aborts the job's work; a lease lost aborts it too; leases are renewed every third
   * of their length.
   */
  private async checkLeases(): Promise<void> {
    if (this.inflight.size === 0 || this.checking) return;
    this.checking = true;
    try {
      await this.checkLeasesOnce();
    } finally {
      this.checking = false;
    }
  }

  private async checkLeasesOnce(): Promise<void> {
    const now = this.now();
    const renew = now - this.lastRenew >= this.o.leaseMs / 3 - 50;
    if (renew) this.lastRenew = now;
    const leases = [...this.inflight.values()].map(({ job }) => ({ jobId: job.id, leaseToken: job.leaseToken }));
    let checks;
    try {
      checks = await this.o.ledger.checkLeases(leases, renew ? this.o.leaseMs : null, now);
    } catch {
      if (renew) this.lastRenew = 0; // try again at the next tick
      return;
    }
    for (const c of checks) {
      const abort = this.inflight.get(c.jobId)?.abort;
      if (!abort || abort.signal.aborted) continue;
      if (!c.held) abort.abort(new Error('lease lost'));
      else if (c.cancelRequestedBy !== null) abort.abort(new CancelRequested(c.cancelRequestedBy));
    }
  }

  private async reclaim(): Promise<void> {
    const now = this.now();
    if (now - this.lastReclaim < 1_000) return;
    this.lastReclaim = now;
    await this.o.ledger.reclaimAbandoned(now, ownerAliveOnThisHost, this.outbox);
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

  /** One job's walk: checks, extraction, completion, result file, report. */
  private async process(job: Job, abort: AbortController): Promise<void> {
    const { ledger } = this.o;
    const started = this.now();
    const token = job.leaseToken;
    const timer = setTimeout(() => abort.abort(transient('timeout', `processing took longer than ${Math.round(this.o.jobTimeoutMs / 1000)} s`)), this.o.jobTimeoutMs);
    try {
      preflight(job, this.o.maxFileSize);
      const extractor = typeof this.o.extractor === 'function' ? await this.o.extractor(job) : this.o.extractor;
      const result = await abortable(extractor.extract({ path: job.path, kind: job.kind!, size: job.size, fingerprint: job.fingerprint }, { signal: abort.signal }), abort.signal);
      const done = await ledger.completeReturning(job.id, token, result, this.now(), this.outbox);
      if (!done) return; // the lease was lost: whoever holds the job now finishes it
      try {
        await writeResultFileGrouped(this.results, this.outDir, done.job, done.paths);
      } catch (err) {
        // The result is safe in the ledger; the disk is what failed, and would fail every job.
        throw environmentError(err, `a result to ${this.outDir}`) ?? err;
      }
      this.report(done.job, null, started);
    } catch (err) {
      if (abort.signal.reason instanceof CancelRequested) {
        // Cancelled on request (docparse cancel, from any machine): failed as `cancelled`, not retried.
        const after = await ledger.cancelHeld(job.id, token, this.now(), this.outbox);
        if (after) this.report(after, after.error, started);
        return;
      }
      if (this.stopping && abort.signal.aborted) {
        await ledger.release(job.id, token, 'interrupted: put back for the next run', this.now());
        return;
      }
      if (err instanceof DocparseError) {
        // A run-level problem (missing OCR language, say): put the job back and stop the run.
        // (A job already completed, whose result file could not be written, is left completed.)
        await ledger.release(job.id, token, `run stopped: ${err.message}`, this.now()).catch(() => false);
        this.fatal ??= err;
        this.stop();
        return;
      }
      if (abort.signal.aborted && String((abort.signal.reason as Error)?.message) === 'lease lost') return;
      const je = toJobError(err);
      const view: JobErrorView = { errorClass: je.errorClass, message: je.message, hint: je.hint, retryable: je.retryable };
      const after = await ledger.failReturning(job.id, token, view, this.o.backoff, this.now(), this.outbox);
      if (after) this.report(after, view, started);
    } finally {
      clearTimeout(timer);
    }
  }

  /** What the run reports of a job that reached a new state: after its result file, so a moved original always has its result beside it. */
  private report(job: Job, error: JobErrorView | null, started: number): void {
    const state = job.status;
    if (state === 'completed') this.counts.completed++;
    else if (state === 'failed') this.counts.failed++;
    else if (state === 'retrying') this.counts.retried++;
    if (state === 'completed' || state === 'failed') this.scope.mover?.schedule(job);
    this.o.events?.put({ type: 'job', outcome: { job, state, error, durationMs: this.now() - started } });
  }
}

/** How often the jobs in flight are checked for a cancel request or a lost lease, ms: "within about a second". */
const LEASE_CHECK_MS = 1_000;

/** The abort reason of a job whose cancel was asked for (by `user@host pid N`). */
class CancelRequested extends Error {
  constructor(readonly by: string) {
    super(`cancelled by ${by}`);
  }
}

/** Starts sending the run's webhook events while it works (`--webhook`); null without one. */
export function sendWebhooks(opts: EngineOptions, now: () => number): { stop(): Promise<void> } | null {
  return startWebhooks(opts.ledger, opts.webhook, makeOwnerId(newId('wrk').slice(-8)), { now, onDelivery: opts.onWebhook });
}

/** The mover for `--move-done` / `--move-failed` over these roots, or null when neither is set. */
export function moverFor(opts: EngineOptions, roots: string[], includeJobPath: boolean): OriginalsMover | null {
  if (!opts.moveDone && !opts.moveFailed) return null;
  return new OriginalsMover({ ledger: opts.ledger, done: opts.moveDone ?? null, failed: opts.moveFailed ?? null, roots, includeJobPath, events: opts.events });
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
