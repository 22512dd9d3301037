/**
 * `submit`: one run = scan the inputs into the ledger while the runner processes what the
 * scan registers, then write the run's reports. The core never prints: it emits events and
 * returns a summary; the CLI renders them.
 */
import { join, resolve } from 'node:path';
import type { Ledger } from '../ledger/port.js';
import type { BackoffPolicy } from '../ledger/backoff.js';
import { newId } from '../ledger/ids.js';
import type { Extractor } from '../extract/types.js';
import type { Job, JobSettings, JobState } from '../types.js';
import { JOB_STATES } from '../types.js';
import { scan, type ScanFailure, type ScannedFile, type ScanStats } from './scan.js';
import { makeOwnerId, Runner, type JobOutcome } from './runner.js';
import { digestJson } from './fingerprint.js';
import { writeJsonAtomic } from '../report/atomic.js';
import { resultFileExists, writeResultFile } from '../report/results.js';
import { writeFailures, type FailureRow } from '../report/failures.js';
import { ExitCode } from '../errors.js';

export interface EngineOptions {
  ledger: Ledger;
  extractor: Extractor;
  outDir: string;
  concurrency: number;
  maxAttempts: number;
  backoff: BackoffPolicy;
  leaseMs: number;
  jobTimeoutMs: number;
  maxFileSize: number;
  /** Aborting it interrupts the run: no new claims, in-flight jobs go back to `pending`. */
  signal?: AbortSignal;
  onEvent?: (e: SubmitEvent) => void;
  now?: () => number;
  /** `--fail-on review`: exit code 7 when any result of the run needs review. */
  failOnReview?: boolean;
}

export interface SubmitOptions extends EngineOptions {
  paths: string[];
  settings: JobSettings;
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  force?: boolean;
  verify?: boolean;
  dryRun?: boolean;
  /** Register the jobs and return without processing them (`submit --detach`). */
  detach?: boolean;
  idempotencyKey?: string | null;
  inputsDigest?: string | null;
  /** Run id to use (tests; idempotency keys). */
  runId?: string;
}

export type SubmitEvent =
  | { type: 'run-started'; runId: string }
  | { type: 'file'; file: ScannedFile }
  | { type: 'scan-done'; stats: ScanStats; jobs: number; toProcess: number }
  | { type: 'job'; outcome: JobOutcome }
  | { type: 'interrupting' };

export interface RunSummary {
  runId: string;
  ledger: string;
  outDir: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  interrupted: boolean;
  dryRun: boolean;
  detached: boolean;
  files: { seen: number; hashed: number; ignored: number; failedToScan: number; bytes: number };
  jobs: {
    total: number;
    /** Created by this run. */
    new: number;
    /** Already in the ledger (any state) and not forced. */
    existing: number;
    /** Finished jobs put back by --force. */
    requeued: number;
    /** Already completed before this run: nothing to do. */
    skipped: number;
    /** Jobs that reached completed or failed during this run. */
    processed: number;
    /** Failed attempts that were retried. */
    retries: number;
  };
  byState: Record<JobState, number>;
  needsReview: number;
  filesPerSecond: number;
  exitCode: number;
  /** For --dry-run: what would be processed and what skipped. */
  plan?: { process: string[]; skip: Array<{ path: string; jobId: string; status: string }> };
}

export function settingsKey(settings: JobSettings): string {
  return digestJson(settings).slice(0, 32);
}

export async function submit(opts: SubmitOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const started = now();
  const runId = opts.runId ?? newId('run');
  const key = settingsKey(opts.settings);
  const outDir = resolve(opts.outDir);
  const emit = opts.onEvent ?? (() => undefined);
  const paths = opts.paths.map((p) => resolve(p));

  if (!opts.dryRun) {
    await opts.ledger.createRun({
      id: runId,
      startedAt: started,
      settings: opts.settings,
      paths,
      detached: !!opts.detach,
      idempotencyKey: opts.idempotencyKey ?? null,
      inputsDigest: opts.inputsDigest ?? null,
    });
  }
  emit({ type: 'run-started', runId });

  let skipped = 0;
  const plan: NonNullable<RunSummary['plan']> = { process: [], skip: [] };
  const runner = opts.dryRun || opts.detach ? null : makeRunner(opts, runId, now);
  const onAbort = () => {
    emit({ type: 'interrupting' });
    runner?.stop();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  let scanning = true;
  const scanPromise = scan(opts.ledger, paths, {
    runId,
    settings: opts.settings,
    settingsKey: key,
    maxAttempts: opts.maxAttempts,
    force: !!opts.force,
    verify: !!opts.verify,
    dryRun: !!opts.dryRun,
    include: opts.include,
    exclude: opts.exclude,
    hidden: opts.hidden,
    now,
    signal: opts.signal,
    onFile: (f) => {
      if (f.type === 'registered') {
        if (f.result.outcome === 'existing' && f.result.status === 'completed') skipped++;
      } else if (f.type === 'would-register') {
        if (f.existing && (f.existing.status === 'completed' || f.existing.status === 'failed') && !opts.force) plan.skip.push({ path: f.path, ...f.existing });
        else plan.process.push(f.path);
      }
      emit({ type: 'file', file: f });
    },
    onBatch: () => runner?.nudge(),
  }).finally(() => {
    scanning = false;
    runner?.nudge();
  });

  const drained = runner ? runner.drain(() => scanning) : Promise.resolve();
  const [scanResult, drainResult] = await Promise.allSettled([scanPromise, drained]);
  opts.signal?.removeEventListener('abort', onAbort);
  if (scanResult.status === 'rejected') {
    runner?.stop();
    throw scanResult.reason;
  }
  if (drainResult.status === 'rejected') throw drainResult.reason;
  const stats = scanResult.value;

  return finishRun(opts, {
    runId,
    started,
    stats,
    skipped,
    runner,
    interrupted: !!opts.signal?.aborted,
    dryRun: !!opts.dryRun,
    detached: !!opts.detach,
    plan,
  });
}

export interface RunTally {
  runId: string;
  started: number;
  stats: ScanStats;
  skipped: number;
  runner: (Runner & { counts: RunnerCounts }) | null;
  interrupted: boolean;
  dryRun: boolean;
  detached: boolean;
  plan?: RunSummary['plan'];
}

/** Tallies a run from the ledger, writes missing result files and the reports, and closes the run. */
export async function finishRun(opts: EngineOptions, t: RunTally): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const outDir = resolve(opts.outDir);
  const { stats, runner } = t;
  const finished = now();
  const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  const failures: FailureRow[] = stats.failed.map(scanFailureRow);
  const byOutcome = { new: 0, existing: 0, requeued: 0 };
  let needsReview = 0;
  let total = 0;

  if (!t.dryRun) {
    const jobs = await opts.ledger.runJobs(t.runId);
    total = jobs.length;
    for (const j of jobs) {
      byState[j.status]++;
      byOutcome[j.outcome]++;
      if (j.status === 'completed') {
        if (j.result?.needsReview) needsReview++;
        // Results of jobs done earlier, or by another process, are written from the ledger.
        if (!t.detached && !resultFileExists(outDir, j)) writeResultFile(outDir, j, await opts.ledger.jobPaths(j.id));
      }
      if (j.status === 'failed') failures.push(jobFailureRow(j));
    }
  }

  const failedCount = byState.failed + stats.failed.length;
  let exitCode: number = ExitCode.ok;
  if (t.interrupted) exitCode = ExitCode.interrupted;
  else if (failedCount > 0) exitCode = ExitCode.someFailed;
  else if (opts.failOnReview && needsReview > 0) exitCode = ExitCode.needsReview;

  const seconds = Math.max(0.001, (finished - t.started) / 1000);
  const summary: RunSummary = {
    runId: t.runId,
    ledger: opts.ledger.location,
    outDir,
    startedAt: new Date(t.started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - t.started,
    interrupted: t.interrupted,
    dryRun: t.dryRun,
    detached: t.detached,
    files: { seen: stats.files, hashed: stats.hashed, ignored: stats.ignored, failedToScan: stats.failed.length, bytes: stats.bytes },
    jobs: {
      total,
      ...byOutcome,
      skipped: t.skipped,
      processed: runner ? runner.counts.completed + runner.counts.failed : 0,
      retries: runner ? runner.counts.retried : 0,
    },
    byState,
    needsReview,
    filesPerSecond: Math.round((Math.max(stats.files, total) / seconds) * 100) / 100,
    exitCode,
  };
  if (t.dryRun) summary.plan = t.plan;
  else {
    await opts.ledger.finishRun(t.runId, summary, finished);
    if (!t.detached) {
      writeJsonAtomic(join(outDir, 'summary.json'), summary);
      writeFailures(outDir, failures);
    }
  }
  return { summary, failures };
}

export interface RunnerCounts {
  completed: number;
  failed: number;
  retried: number;
}

export function makeRunner(opts: EngineOptions, runId: string, now: () => number): Runner & { counts: RunnerCounts } {
  const counts: RunnerCounts = { completed: 0, failed: 0, retried: 0 };
  const outDir = resolve(opts.outDir);
  const runner = new Runner({
    ledger: opts.ledger,
    extractor: opts.extractor,
    owner: makeOwnerId(runId.slice(-8)),
    concurrency: opts.concurrency,
    leaseMs: opts.leaseMs,
    backoff: opts.backoff,
    jobTimeoutMs: opts.jobTimeoutMs,
    maxFileSize: opts.maxFileSize,
    runId,
    now,
    onCompleted: async (job) => {
      writeResultFile(outDir, job, await opts.ledger.jobPaths(job.id));
    },
    onJob: (o) => {
      if (o.state === 'completed') counts.completed++;
      else if (o.state === 'failed') counts.failed++;
      else if (o.state === 'retrying') counts.retried++;
      opts.onEvent?.({ type: 'job', outcome: o });
    },
  }) as Runner & { counts: typeof counts };
  runner.counts = counts;
  return runner;
}

export function scanFailureRow(f: ScanFailure): FailureRow {
  return { path: f.path, jobId: null, fingerprint: null, errorClass: f.errorClass, message: f.message, attempts: 0, retryable: false, hint: f.hint };
}

export function jobFailureRow(j: Job): FailureRow {
  return {
    path: j.path,
    jobId: j.id,
    fingerprint: j.fingerprint,
    errorClass: j.error?.errorClass ?? 'internal',
    message: j.error?.message ?? '',
    attempts: j.attempts,
    retryable: j.error?.retryable ?? false,
    hint: j.error?.hint ?? '',
  };
}
