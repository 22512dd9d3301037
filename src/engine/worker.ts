/**
 * `docparse worker`: processes the due jobs of the whole ledger (pending, and retrying ones
 * whose time has come), whichever run registered them, through the same engine, result files
 * and reports as `submit`. With `watch`, it also submits the files that arrive in hot folders.
 *
 * Any number of workers (and submits) may share a ledger: a job is claimed atomically and
 * finished under its lease token, so none is processed twice. A worker claims only the jobs
 * keyed by its own settings, because its extractor is set up for those.
 */
import { resolve } from 'node:path';
import type { RegisterOutcome } from '../ledger/port.js';
import { newId } from '../ledger/ids.js';
import type { Job, JobSettings } from '../types.js';
import type { FailureRow } from '../report/failures.js';
import { HotFolder } from '../files/watch.js';
import { Engine, moverFor, sendWebhooks, type EngineOptions } from './run.js';
import type { RunEvents } from './events.js';
import type { ScannedFile } from '../files/scan.js';
import { closeRun } from './close.js';
import { NO_FILES, type RunSummary } from './summary.js';
import { environmentError } from '../errors.js';
import { makeOwnerId } from '../owner.js';
import { settingsKey } from './idempotency.js';

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
  /** The run's event queue, ended when the run is (the CLI reads it: events.ts). */
  events?: RunEvents;
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

/** Runs the worker; with `webhook`, its events are sent while it works (report/webhooks.ts). */
export async function runWorker(opts: WorkerOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const webhooks = sendWebhooks(opts, now);
  try {
    return await workerRun(opts, now);
  } finally {
    await webhooks?.stop();
    // The run is over: the CLI's loop over its events ends (events.ts).
    opts.events?.end();
  }
}

async function workerRun(opts: WorkerOptions, now: () => number): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const started = now();
  const runId = opts.runId ?? newId('run');
  const key = settingsKey(opts.settings);
  const watchDirs = (opts.watch?.dirs ?? []).map((d) => resolve(d));

  // The worker's own run: its summary, and the jobs its hot folders register.
  await opts.ledger.createRun({ id: runId, startedAt: started, settings: opts.settings, paths: watchDirs, detached: false, idempotencyKey: null, inputsDigest: null });
  opts.events?.put({ type: 'run-started', runId });

  /** Jobs this worker took or registered, with how it found them; they make its summary. */
  const touched = new Map<string, RegisterOutcome>();
  // With hot folders, only files under them are moved (not the job's first path, which another
  // command submitted); without, the path each detached job was read from.
  const mover = moverFor(opts, watchDirs, watchDirs.length === 0);
  const engine = new Engine(
    {
      ...opts,
      now,
      // The jobs it processes are the worker's too: seen on their way to the CLI's queue.
      events: {
        put: (e) => {
          if (e.type === 'job' && !touched.has(e.outcome.job.id)) touched.set(e.outcome.job.id, 'existing');
          opts.events?.put(e);
        },
      },
    },
    { owner: makeOwnerId(runId.slice(-8)), templatesDigest: opts.settings.templatesDigest, mover },
  );

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
        // The results folder too: its page images are no invoices (--out inside a watched folder).
        skip: [opts.moveDone, opts.moveFailed, opts.outDir].filter((d): d is string => !!d),
        firstPollOnly: opts.once,
        now,
      })
    : null;

  /** A file a hot folder found: the worker's job when registered (the CLI is told of the batch). */
  const noteFile = (f: ScannedFile) => {
    if (f.type === 'registered') {
      touched.set(f.result.jobId, f.result.outcome);
      const finished = f.result.status === 'completed' || f.result.status === 'failed';
      if (f.result.outcome === 'existing' && f.result.status === 'completed') skipped++;
      // Dropped again after it was done: it goes where a finished one goes.
      if (mover && f.result.outcome === 'existing' && finished) mover.scheduleById(f.result.jobId);
    }
  };

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
    opts.events?.put({ type: 'interrupting' });
    engine.stop();
    wakeUp();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  let watching = !!hot;
  const watchLoop = async () => {
    if (!hot) return;
    const interval = Math.max(50, Math.min(opts.pollMs, opts.watch!.settleMs));
    try {
      while (!engine.stopped) {
        let found = 0;
        for await (const files of hot.poll()) {
          for (const f of files) noteFile(f);
          if (files.length) opts.events?.put({ type: 'files', files });
          found += files.length;
        }
        if (found > 0) {
          engine.nudge();
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
    while (!engine.stopped) {
      await engine.drain(() => watching, { waitForRetries: false });
      if (engine.stopped) break;
      if (!opts.once) {
        await pause(opts.pollMs);
        continue;
      }
      // Like submit, --once waits for the retries of the jobs it took (held elsewhere: for their lease).
      const open = await openJobs([...touched.keys()]);
      if (open.length === 0 && !watching) break;
      const due = open.map((j) => (j.status === 'retrying' ? j.nextAttemptAt : j.leaseExpiresAt)).filter((t): t is number => t !== null);
      const wait = due.length ? Math.min(...due) - now() + 5 : 200;
      await pause(Math.max(20, Math.min(opts.pollMs, wait)));
    }
  };

  const openJobs = async (ids: string[]): Promise<Job[]> => {
    const jobs = await Promise.all(ids.map((id) => opts.ledger.getJob(id)));
    return jobs.filter((j): j is Job => j !== null && (j.status === 'retrying' || j.status === 'processing' || j.status === 'pending'));
  };

  const [watchResult, drainResult] = await Promise.allSettled([watchLoop(), drainLoop()]);
  opts.signal?.removeEventListener('abort', onAbort);
  // Out of disk or permission while processing: stop, but still write what can be of the reports.
  const environment = drainResult.status === 'rejected' ? environmentError(drainResult.reason) : null;
  if ((drainResult.status === 'rejected' && !environment) || watchResult.status === 'rejected') {
    engine.stop();
    await mover?.flush();
    throw drainResult.status === 'rejected' ? drainResult.reason : (watchResult as PromiseRejectedResult).reason;
  }
  await mover?.flush();

  const jobs: Array<Job & { outcome: RegisterOutcome }> = [];
  for (const [id, outcome] of touched) {
    const j = await opts.ledger.getJob(id);
    if (j) jobs.push({ ...j, outcome });
  }
  return closeRun(opts, {
    runId,
    started,
    stats: hot?.stats ?? NO_FILES,
    skipped,
    counts: engine.counts,
    interrupted: !!opts.signal?.aborted,
    dryRun: false,
    detached: false,
    moved: mover?.counts,
    moveRefused: mover?.refused,
    environment: environment ?? undefined,
    jobs,
    // What a pause holds back is left waiting: a worker says so, and --once still exits 0.
    paused: { jobs: await opts.ledger.held(), stopped: false },
  });
}
