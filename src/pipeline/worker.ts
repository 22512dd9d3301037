/**
 * `docparse worker`: processes the due jobs of the whole ledger (pending, and retrying ones
 * whose time has come), whichever run registered them, through the same runner, result files
 * and reports as `submit`. With `watch`, it also submits the files that arrive in hot folders.
 *
 * Any number of workers (and submits) may share a ledger: a job is claimed atomically and
 * finished under its lease token, so none is processed twice. A worker claims only the jobs
 * keyed by its own settings, because its extractor is set up for those.
 */
import { resolve } from 'node:path';
import { newId } from '../ledger/ids.js';
import type { JobSettings } from '../types.js';
import type { FailureRow } from '../report/failures.js';
import { finishRun, makeMover, makeRunner, settingsKey, type EngineOptions, type RunSummary } from './submit.js';
import { HotFolder } from './watch.js';
import { makeOwnerId } from './runner.js';
import { withWebhooks } from './webhooks.js';

export interface WatchOptions {
  /** Hot folders: new files are submitted once complete. */
  dirs: string[];
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  /** A file is complete once unchanged (size, mtime, inode) for this long, ms. */
  settleMs: number;
}

export interface WorkerOptions extends EngineOptions {
  /** The settings the extractor is set up for: only jobs keyed by them are claimed, and new files get them. */
  settings: JobSettings;
  /** Process what is due (and the retries of what it took), then return: for cron. Otherwise poll until interrupted. */
  once: boolean;
  /** How long an idle worker waits before looking for due jobs again, ms. */
  pollMs: number;
  watch?: WatchOptions | null;
  /** Run id to use (tests). */
  runId?: string;
}

/** Runs the worker; with `webhook`, its events are dispatched while it works (see webhooks.ts). */
export async function runWorker(opts: WorkerOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  return withWebhooks(opts.ledger, opts.webhook ?? null, makeOwnerId(newId('wrk').slice(-8)), () => workerRun(opts), { now: opts.now, onDelivery: opts.onWebhook });
}

async function workerRun(opts: WorkerOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const started = now();
  const runId = opts.runId ?? newId('run');
  const key = settingsKey(opts.settings);
  const watchDirs = (opts.watch?.dirs ?? []).map((d) => resolve(d));
  const emit = opts.onEvent ?? (() => undefined);

  // The worker's own run: its summary, and the jobs its hot folders register.
  await opts.ledger.createRun({ id: runId, startedAt: started, settings: opts.settings, paths: watchDirs, detached: false, idempotencyKey: null, inputsDigest: null });
  emit({ type: 'run-started', runId });

  // The jobs this worker takes are recorded in its run in the ledger as they settle (those its hot
  // folders register already are), and its summary pages them from there: nothing per job stays in
  // memory, however long the worker runs.
  let links: Promise<void> = Promise.resolve();
  let linkError: unknown = null;
  const link = (jobId: string) => {
    links = links.then(() => opts.ledger.linkRunJob(runId, jobId, 'existing')).catch((err: unknown) => {
      linkError ??= err;
    });
  };
  const mover = makeMover(opts, watchDirs, true);
  const engine: EngineOptions = {
    ...opts,
    onEvent: (e) => {
      if (e.type === 'job') link(e.outcome.job.id);
      emit(e);
    },
  };
  const runner = makeRunner(engine, runId, now, { templatesDigest: opts.settings.templatesDigest, mover });

  let skipped = 0;
  const hot = opts.watch
    ? new HotFolder({
        ledger: opts.ledger,
        dirs: watchDirs,
        runId,
        settings: opts.settings,
        settingsKey: key,
        maxAttempts: opts.maxAttempts,
        include: opts.watch.include,
        exclude: opts.watch.exclude,
        hidden: opts.watch.hidden,
        settleMs: opts.watch.settleMs,
        skip: [opts.moveDone, opts.moveFailed].filter((d): d is string => !!d),
        firstPollOnly: opts.once,
        now,
        onFile: (f) => {
          if (f.type === 'registered') {
            const finished = f.result.status === 'completed' || f.result.status === 'failed';
            if (f.result.outcome === 'existing' && f.result.status === 'completed') skipped++;
            // Dropped again after it was done: it goes where a finished one goes.
            if (mover && f.result.outcome === 'existing' && finished) mover.scheduleById(f.result.jobId);
          }
          emit({ type: 'file', file: f });
        },
      })
    : null;

  // One interruptible pause, woken by new files or by the interrupt.
  let wake: (() => void) | null = null;
  const pause = (ms: number) =>
    new Promise<void>((res) => {
      const t = setTimeout(() => {
        wake = null;
        res();
      }, ms);
      wake = () => {
        clearTimeout(t);
        wake = null;
        res();
      };
    });
  const wakeUp = () => wake?.();

  const onAbort = () => {
    emit({ type: 'interrupting' });
    runner.stop();
    wakeUp();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  let watching = !!hot;
  const watchLoop = async () => {
    if (!hot) return;
    const interval = Math.max(50, Math.min(opts.pollMs, opts.watch!.settleMs));
    try {
      while (!runner.stopped) {
        if ((await hot.poll()) > 0) {
          runner.nudge();
          wakeUp();
        }
        // A cron run (--once) is done with the folder once every file it saw is taken.
        if (opts.once && hot.waiting === 0) break;
        await new Promise((r) => setTimeout(r, interval));
      }
    } finally {
      watching = false;
    }
  };

  const drainLoop = async () => {
    while (!runner.stopped) {
      await runner.drain(() => watching, { waitForRetries: false });
      if (runner.stopped) break;
      if (!opts.once) {
        await pause(opts.pollMs);
        continue;
      }
      // Like submit, --once waits for the retries of the jobs it took (held elsewhere: for their lease).
      await links;
      const open = await opts.ledger.runJobs(runId, { status: ['pending', 'processing', 'retrying'] });
      if (open.length === 0 && !watching) break;
      const due = open.map((j) => (j.status === 'retrying' ? j.nextAttemptAt : j.leaseExpiresAt)).filter((t): t is number => t !== null);
      const wait = due.length ? Math.min(...due) - now() + 5 : 200;
      await pause(Math.max(20, Math.min(opts.pollMs, wait)));
    }
  };

  const [watchResult, drainResult] = await Promise.allSettled([watchLoop(), drainLoop()]);
  opts.signal?.removeEventListener('abort', onAbort);
  if (drainResult.status === 'rejected' || watchResult.status === 'rejected') {
    runner.stop();
    await mover?.flush();
    throw drainResult.status === 'rejected' ? drainResult.reason : (watchResult as PromiseRejectedResult).reason;
  }
  await mover?.flush();
  await links;
  if (linkError) throw linkError;
  return finishRun(opts, {
    runId,
    started,
    stats: hot?.stats ?? { files: 0, hashed: 0, ignored: 0, failed: [], bytes: 0 },
    skipped,
    runner,
    interrupted: !!opts.signal?.aborted,
    dryRun: false,
    detached: false,
    moved: mover?.counts,
  });
}
