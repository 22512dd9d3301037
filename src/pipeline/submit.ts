/**
 * `submit`: one run = scan the inputs into the ledger while the runner processes what the
 * scan registers, then write the run's reports. The core never prints: it emits events and
 * returns a summary; the CLI renders them.
 */
import { join, resolve } from 'node:path';
import type { Ledger, RegisterOutcome, RunJob } from '../ledger/port.js';
import type { BackoffPolicy } from '../ledger/backoff.js';
import { newId } from '../ledger/ids.js';
import type { Extractor } from '../extract/types.js';
import type { Job, JobSettings, JobState } from '../types.js';
import { JOB_STATES } from '../types.js';
import { scan, type ScanFailure, type ScannedFile, type ScanStats } from './scan.js';
import { checkRoots } from './walk.js';
import { makeOwnerId, Runner, type ExtractorFor, type JobOutcome } from './runner.js';
import { digestJson } from './fingerprint.js';
import { sweepStaleTemps, writeJsonAtomic } from '../report/atomic.js';
import { resultFileExists, writeResultFile } from '../report/results.js';
import { writeFailures, type FailureRow } from '../report/failures.js';
import { EnvironmentError, environmentError, ExitCode, IdempotencyConflictError } from '../errors.js';
import { MOVE_REFUSED, OriginalsMover, type MoveCounts, type MoveEvent } from './move.js';
import { resolveIdempotencyKey, submitInputsDigest } from './idempotency.js';
import { newId as newWorkerId } from '../ledger/ids.js';
import { outboxTarget, withWebhooks, type DeliveryReport, type WebhookOptions } from './webhooks.js';
import { extractorRenderer, RunOutputs, type ReportOptions } from './outputs.js';

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
  onEvent?: (e: SubmitEvent) => void;
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
  | { type: 'interrupting' }
  | MoveEvent;

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
    /** Failed jobs (of earlier runs) whose file this run found fixed: the new content is another job, and they left the failures. */
    superseded: number;
  };
  byState: Record<JobState, number>;
  /** Results of the run that need review and were not approved yet (`docparse approve`): what `--fail-on review` counts. */
  needsReview: number;
  /** Results of the run that needed review and were approved. */
  reviewed: number;
  /** Completed jobs of the run flagged as possible duplicate invoices (`duplicateOf` in their result). */
  duplicates: number;
  /** Completed jobs of the run whose fields came from e-invoice XML, and those whose printed page differs from it. */
  einvoices: { read: number; pageMismatch: number };
  filesPerSecond: number;
  exitCode: number;
  /** Why the run stopped early, when the machine stopped it (out of disk, permission ...; exit 8-10). */
  error?: { message: string; hint: string };
  /** For --dry-run: what would be processed and what skipped. */
  plan?: { process: string[]; skip: Array<{ path: string; jobId: string; status: string }> };
  /** With --move-done / --move-failed: originals moved, and left in place. */
  moved?: MoveCounts;
  /** With --idempotency-key: this is the summary of an earlier run with the same key and inputs; nothing was done again. */
  replayed?: boolean;
  /** `docparse retry`: jobs requeued (file unchanged), re-read (file changed: new content, new job) and left alone, with why. */
  retry?: RetryCounts;
  /** The review report (report.html) written for the run, or null (`--no-report`, dry runs, detached runs). */
  report?: string | null;
}

export interface RetryCounts {
  requeued: number;
  reread: number;
  skipped: Array<{ jobId: string; path: string; reason: string }>;
}

/** How often a running submit says it is alive: well within the lease, and at least every 20 s. */
export const runHeartbeatMs = (leaseMs: number): number => Math.max(1000, Math.min(20_000, Math.floor(leaseMs / 3)));

/** A run silent for this long is taken as dead by an idempotency-key check on another machine. */
export const runStaleMs = (leaseMs: number): number => Math.max(3 * leaseMs, 120_000);

export function settingsKey(settings: JobSettings): string {
  return digestJson(settings).slice(0, 32);
}

export async function submit(opts: SubmitOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const webhook = opts.dryRun || opts.detach ? null : opts.webhook;
  return withWebhooks(opts.ledger, webhook, makeOwnerId(newWorkerId('wrk').slice(-8)), () => submitRun(opts), { now: opts.now, onDelivery: opts.onWebhook });
}

async function submitRun(opts: SubmitOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const started = now();
  let runId = opts.runId ?? newId('run');
  const key = settingsKey(opts.settings);
  const emit = opts.onEvent ?? (() => undefined);
  const paths = opts.paths.map((p) => resolve(p));
  await checkRoots(opts.paths);

  // This process, as the run's owner (null for a dry run, which records no run).
  let owner: string | null = null;
  if (!opts.dryRun) {
    const idem = opts.idempotencyKey ? { key: opts.idempotencyKey, digest: opts.inputsDigest ?? submitInputsDigest(opts, key) } : null;
    const newRun = { id: runId, startedAt: started, settings: opts.settings, paths, detached: !!opts.detach, idempotencyKey: idem?.key ?? null, inputsDigest: idem?.digest ?? null, owner: makeOwnerId(runId.slice(-8)) };
    // With a key, the ledger's UNIQUE constraint decides which of two racing submits runs.
    const decision = idem ? await resolveIdempotencyKey(opts.ledger, idem.key, idem.digest, () => opts.ledger.createRun(newRun), { now: started, staleMs: runStaleMs(opts.leaseMs) }) : null;
    if (decision?.type === 'replay') return { summary: { ...(decision.run.summary as RunSummary), replayed: true }, failures: [] };
    if (decision?.type === 'resume') {
      // Taken over atomically: of two processes continuing one dead run, one does; the other is told it is in progress.
      const r = decision.run;
      if (!(await opts.ledger.takeOverRun(r.id, { owner: r.owner, heartbeatAt: r.heartbeatAt, finishedAt: r.finishedAt }, newRun.owner, started))) {
        throw new IdempotencyConflictError(`the idempotency key "${idem!.key}" is in use: run ${r.id} was just continued by another process`, `Run the same command again once it has finished to get its summary; \`docparse status ${r.id}\` shows its progress.`);
      }
      runId = r.id;
    }
    owner = newRun.owner;
    if (!idem) await opts.ledger.createRun(newRun);
  }
  // The run says it is alive while it works, so a submit with its idempotency key on another
  // machine can tell it from a dead one (idempotency.ts). A dry run records no run.
  const beat = owner === null ? null : setInterval(() => void opts.ledger.touchRun(runId, owner!, now()).catch(() => undefined), runHeartbeatMs(opts.leaseMs));
  beat?.unref();
  try {
    emit({ type: 'run-started', runId });
    const mover = makeMover(opts, paths, false);

    let skipped = 0;
    const plan: NonNullable<RunSummary['plan']> = { process: [], skip: [] };
    const runner = opts.dryRun || opts.detach ? null : makeRunner(opts, runId, now, { runId, mover });
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
          // Already finished before this run: its original goes where a finished one goes.
          if (mover && f.result.outcome === 'existing' && (f.result.status === 'completed' || f.result.status === 'failed')) mover.scheduleById(f.result.jobId);
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
    // Out of disk or permission while processing: the run stops, and still writes what it can.
    const environment = drainResult.status === 'rejected' ? environmentError(drainResult.reason) : null;
    if (drainResult.status === 'rejected' && !environment) throw drainResult.reason;
    const stats = scanResult.value;
    await mover?.flush();

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
      moved: mover?.counts,
      moveRefused: mover?.refused,
      environment: environment ?? undefined,
    });
  } finally {
    if (beat) clearInterval(beat);
  }
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
  moved?: MoveCounts;
  /** Files the mover left in place because their real path is outside the folders given (failures report rows). */
  moveRefused?: FailureRow[];
  /** The run was stopped by the machine (out of disk, no permission ...): the reports say so, as far as they can be written. */
  environment?: EnvironmentError;
  /** The jobs to tally when they are not the run's own (a worker tallies the jobs it took from any run). */
  jobs?: Array<Job & { outcome: RegisterOutcome }>;
  retry?: RetryCounts;
}

/** The jobs of a run, a page at a time. */
export async function* runJobPages(ledger: Ledger, runId: string, pageSize = 500): AsyncGenerator<RunJob> {
  let afterSeq: number | undefined;
  for (;;) {
    const page = await ledger.runJobs(runId, { afterSeq, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    afterSeq = page[page.length - 1].seq;
  }
}

/** Tallies a run from the ledger, writes missing result files and the reports, and closes the run. */
export async function finishRun(opts: EngineOptions, t: RunTally): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const outDir = resolve(opts.outDir);
  // Half-written results of processes that were killed; their jobs were done again or will be.
  if (!t.dryRun && !t.detached) sweepStaleTemps(outDir);
  const { stats, runner } = t;
  const finished = now();
  const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  const failures: FailureRow[] = [...stats.failed.map(scanFailureRow), ...(t.moveRefused ?? [])];
  // Out of disk or permission: the first such error stops the run; what can still be written is.
  let environment = t.environment ?? null;
  const bestEffort = (what: string, write: () => void) => {
    try {
      write();
    } catch (err) {
      const env = environmentError(err, what);
      if (!env) throw err;
      environment ??= env;
    }
  };
  const byOutcome = { new: 0, existing: 0, requeued: 0 };
  let needsReview = 0;
  let reviewed = 0;
  let duplicates = 0;
  const einvoices = { read: 0, pageMismatch: 0 };
  let total = 0;
  // results.csv and the review report, fed as the run's jobs are tallied.
  const openOutputs = (): RunOutputs | null => {
    try {
      return new RunOutputs(outDir, opts.report === undefined ? { pages: 'review' } : opts.report, extractorRenderer(opts.extractor));
    } catch (err) {
      const env = environmentError(err, `results.csv to ${outDir}`);
      if (!env) throw err;
      environment ??= env;
      return null;
    }
  };
  let outputs: RunOutputs | null = t.dryRun || t.detached ? null : openOutputs();
  const feed = (add: (o: RunOutputs) => void) => {
    if (!outputs) return;
    const o: RunOutputs = outputs;
    bestEffort(`results.csv to ${outDir}`, () => add(o));
    if (environment) outputs = null; // the disk is what failed: the reports are left to the next run
  };
  for (const f of failures) feed((o) => o.addScanFailure(f));

  if (!t.dryRun) {
    // Page through the run's jobs: memory stays flat however many files the run covered.
    try {
      for await (const j of t.jobs ?? runJobPages(opts.ledger, t.runId)) {
        total++;
        byState[j.status]++;
        byOutcome[j.outcome]++;
        if (j.status === 'completed') {
          if (j.result?.needsReview && j.reviewedAt === null) needsReview++;
          else if (j.result?.needsReview) reviewed++;
          if (j.result?.duplicateOf?.length) duplicates++;
          if (j.result?.einvoice) {
            einvoices.read++;
            if (j.result.einvoice.pageCheck.status === 'mismatch') einvoices.pageMismatch++;
          }
          // Results of jobs done earlier, or by another process, are written from the ledger.
          if (!t.detached && !environment && !resultFileExists(outDir, j)) {
            const paths = await opts.ledger.jobPaths(j.id);
            bestEffort(`a result to ${outDir}`, () => writeResultFile(outDir, j, paths));
          }
        }
        // A failure whose file was fixed (another job now) is history, not something to act on.
        if (j.status === 'failed' && !j.supersededBy) failures.push(jobFailureRow(j));
        if (j.status === 'completed' || !j.supersededBy) feed((o) => o.add(j));
      }
    } catch (err) {
      await outputs?.abort();
      throw err;
    }
  }

  // Files a move left in place (move_refused) are listed, but nothing failed.
  const failedCount = failures.filter((f) => f.errorClass !== MOVE_REFUSED).length;
  let exitCode: number = ExitCode.ok;
  if (environment) exitCode = environment.exitCode;
  else if (t.interrupted) exitCode = ExitCode.interrupted;
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
      superseded: stats.superseded ?? 0,
    },
    byState,
    needsReview,
    reviewed,
    duplicates,
    einvoices,
    filesPerSecond: Math.round((Math.max(stats.files, total) / seconds) * 100) / 100,
    exitCode,
  };
  if (t.moved) summary.moved = { ...t.moved };
  if (t.retry) summary.retry = t.retry;
  if (t.dryRun) summary.plan = t.plan;
  else {
    if (outputs) {
      try {
        summary.report = (await outputs.finish(`Run ${t.runId}`))?.file ?? null;
      } catch (err) {
        const env = environmentError(err, `the reports to ${outDir}`);
        if (!env) throw err;
        environment ??= env;
        await outputs.abort().catch(() => undefined);
      }
    }
    try {
      await opts.ledger.finishRun(t.runId, summary, finished, t.detached ? undefined : outboxTarget(opts.webhook));
    } catch (err) {
      const env = environmentError(err, 'the ledger');
      if (!env) throw err;
      environment ??= env;
    }
    if (environment) {
      summary.exitCode = environment.exitCode;
      summary.error = { message: environment.message, hint: environment.hint ?? '' };
    }
    if (!t.detached) {
      bestEffort(join(outDir, 'summary.json'), () => writeJsonAtomic(join(outDir, 'summary.json'), summary));
      bestEffort(`the failures report to ${outDir}`, () => writeFailures(outDir, failures));
    }
  }
  // Written what could be: now the run ends with the machine's problem and its exit code.
  if (environment) throw environment;
  return { summary, failures };
}

export interface RunnerCounts {
  completed: number;
  failed: number;
  retried: number;
}

/** Which jobs a runner takes, and what happens to the originals of the jobs it finishes. */
export interface RunnerScope {
  /** Only this run's jobs (submit, retry). */
  runId?: string;
  /** Without a run: every due job made with this templates folder digest, or none (a worker). */
  templatesDigest?: string | null;
  mover?: OriginalsMover | null;
}

export function makeRunner(opts: EngineOptions, runId: string, now: () => number, scope: RunnerScope = { runId }): Runner & { counts: RunnerCounts } {
  const counts: RunnerCounts = { completed: 0, failed: 0, retried: 0 };
  const outDir = resolve(opts.outDir);
  const mover = scope.mover ?? null;
  const runner = new Runner({
    ledger: scope.runId === undefined && scope.templatesDigest !== undefined ? claimingOnly(opts.ledger, scope.templatesDigest) : opts.ledger,
    extractor: opts.extractor,
    owner: makeOwnerId(runId.slice(-8)),
    concurrency: opts.concurrency,
    leaseMs: opts.leaseMs,
    backoff: opts.backoff,
    jobTimeoutMs: opts.jobTimeoutMs,
    maxFileSize: opts.maxFileSize,
    runId: scope.runId,
    now,
    outbox: outboxTarget(opts.webhook),
    onCompleted: async (job) => {
      const paths = await opts.ledger.jobPaths(job.id);
      try {
        writeResultFile(outDir, job, paths);
      } catch (err) {
        // The result is safe in the ledger; the disk is what failed, and would fail every job.
        throw environmentError(err, `a result to ${outDir}`) ?? err;
      }
    },
    onJob: (o) => {
      if (o.state === 'completed') counts.completed++;
      else if (o.state === 'failed') counts.failed++;
      else if (o.state === 'retrying') counts.retried++;
      // After the result file (onCompleted): a moved original always has its result beside it.
      if (o.state === 'completed' || o.state === 'failed') mover?.schedule(o.job);
      opts.onEvent?.({ type: 'job', outcome: o });
    },
  }) as Runner & { counts: typeof counts };
  runner.counts = counts;
  return runner;
}

/** The ledger as a worker's runner sees it: claims take only the jobs made with its templates folder. */
function claimingOnly(ledger: Ledger, templatesDigest: string | null): Ledger {
  return new Proxy(ledger, {
    get(target, prop) {
      if (prop === 'claim') return (o: Parameters<Ledger['claim']>[0]) => target.claim({ ...o, templatesDigest });
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** The mover for `--move-done` / `--move-failed`, or null when neither is set. */
export function makeMover(opts: EngineOptions, roots: string[], includeJobPath: boolean): OriginalsMover | null {
  if (!opts.moveDone && !opts.moveFailed) return null;
  return new OriginalsMover({
    ledger: opts.ledger,
    done: opts.moveDone ?? null,
    failed: opts.moveFailed ?? null,
    roots,
    includeJobPath,
    onEvent: (e) => opts.onEvent?.(e),
  });
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
