/**
 * `submit`: one run = scan the inputs into the ledger while the engine processes what the scan
 * registers, then close the run (summary.ts). With an idempotency key, the key decides first
 * whether anything runs at all (idempotency.ts). The core never prints: it puts events in the
 * queue it is given (events.ts), which the CLI reads, and returns a summary.
 */
import { resolve } from 'node:path';
import { newId } from '../ledger/ids.js';
import type { JobSettings } from '../types.js';
import { environmentError, IdempotencyConflictError } from '../errors.js';
import { scan, type ScanStats } from '../files/scan.js';
import { checkRoots } from '../files/walk.js';
import type { FailureRow } from '../report/failures.js';
import { Engine, moverFor, sendWebhooks, type EngineOptions } from './run.js';
import type { RunEvents } from './events.js';
import { closeRun } from './close.js';
import { NO_FILES, type RunSummary } from './summary.js';
import { makeOwnerId, runStaleMs } from '../owner.js';
import { MissingResults } from './missing.js';
import { resolveIdempotencyKey, runHeartbeatMs, settingsKey, submitInputsDigest } from './idempotency.js';

export interface SubmitOptions extends EngineOptions {
  /** The run's event queue, ended when the run is (the CLI reads it: events.ts). */
  events?: RunEvents;
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
  /** `--priority`: of the jobs this run creates or requeues (default 0; higher is claimed first). */
  priority?: number;
}

export async function submit(opts: SubmitOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  // A dry run or a detached submit processes nothing, so it sends no events either.
  const webhooks = opts.dryRun || opts.detach ? null : sendWebhooks(opts, now);
  try {
    return await submitRun(opts, now);
  } finally {
    await webhooks?.stop();
    // The run is over: the CLI's loop over its events ends (events.ts).
    opts.events?.end();
  }
}

async function submitRun(opts: SubmitOptions, now: () => number): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const started = now();
  let runId = opts.runId ?? newId('run');
  const key = settingsKey(opts.settings);
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
    if (!idem) {
      try {
        await opts.ledger.createRun(newRun);
      } catch (err) {
        // Out of disk (or not writable) at the ledger's first write: no run is recorded, and the
        // summary and failures report in --out still say so.
        const environment = environmentError(err, `the ledger ${opts.ledger.location}`);
        if (!environment) throw err;
        const none = { skipped: 0, counts: null, interrupted: false, dryRun: false, detached: !!opts.detach, jobs: [] };
        return closeRun(opts, { runId, started, stats: NO_FILES, ...none, environment });
      }
    }
  }
  // The run says it is alive while it works, so a submit with its idempotency key on another
  // machine can tell it from a dead one (idempotency.ts). A dry run records no run.
  const beat = owner === null ? null : setInterval(() => void opts.ledger.touchRun(runId, owner!, now()).catch(() => undefined), runHeartbeatMs(opts.leaseMs));
  beat?.unref();
  try {
    opts.events?.put({ type: 'run-started', runId });
    const mover = moverFor(opts, paths, false);

    let skipped = 0;
    // A detached run writes no result files; a dry run registers nothing.
    const missing = opts.dryRun || opts.detach ? null : new MissingResults(resolve(opts.outDir));
    const plan: NonNullable<RunSummary['plan']> = { process: [], skip: [], ignore: [] };
    const engine = opts.dryRun || opts.detach ? null : new Engine({ ...opts, now }, { owner: makeOwnerId(runId.slice(-8)), runId, mover });
    const onAbort = () => {
      opts.events?.put({ type: 'interrupting' });
      engine?.stop();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    // The scan's batches, read as they are registered: counted, told to the CLI, and the engine
    // woken for their jobs. The engine waits for them until the scan ends (endOfInput).
    engine?.expectInput();
    const readScan = async (): Promise<ScanStats> => {
      let stats = NO_FILES;
      try {
        const batches = scan(opts.ledger, paths, {
          runId,
          settings: opts.settings,
          settingsKey: key,
          maxAttempts: opts.maxAttempts,
          priority: opts.priority,
          force: !!opts.force,
          verify: !!opts.verify,
          dryRun: !!opts.dryRun,
          // --out inside a folder it reads: docparse's own outputs (page images) are not walked.
          skipDirs: [opts.outDir],
          include: opts.include,
          exclude: opts.exclude,
          hidden: opts.hidden,
          now,
          signal: opts.signal,
        });
        for await (const batch of batches) {
          for (const f of batch.files) {
            if (f.type === 'registered') {
              if (f.result.outcome === 'existing' && f.result.status === 'completed') skipped++;
              missing?.check(f.result);
              // Already finished before this run: its original goes where a finished one goes.
              if (mover && f.result.outcome === 'existing' && (f.result.status === 'completed' || f.result.status === 'failed')) mover.scheduleById(f.result.jobId);
            } else if (f.type === 'would-register') {
              if (f.existing && (f.existing.status === 'completed' || f.existing.status === 'failed') && !opts.force) plan.skip.push({ path: f.path, ...f.existing });
              else plan.process.push(f.path);
            } else if (f.type === 'ignored' && opts.dryRun) {
              plan.ignore.push({ path: f.path, reason: f.reason });
            }
          }
          if (batch.files.length) opts.events?.put({ type: 'files', files: batch.files });
          engine?.nudge();
          stats = batch.stats;
        }
        // Out of disk registering (before any job may have run): nothing more is processed either.
        if (stats.stopped) engine?.stop();
        return stats;
      } finally {
        engine?.endOfInput();
      }
    };

    const scanned = readScan();
    const drained = engine ? engine.drain() : Promise.resolve();
    const [scanResult, drainResult] = await Promise.allSettled([scanned, drained]);
    opts.signal?.removeEventListener('abort', onAbort);
    if (scanResult.status === 'rejected') {
      engine?.stop();
      throw scanResult.reason;
    }
    // Out of disk or permission while registering or processing: the run stops, and still writes what it can.
    const environment = scanResult.value.stopped ?? (drainResult.status === 'rejected' ? environmentError(drainResult.reason) : null);
    if (drainResult.status === 'rejected' && !environmentError(drainResult.reason)) throw drainResult.reason;
    await mover?.flush();

    return closeRun(opts, {
      runId,
      started,
      stats: scanResult.value,
      skipped,
      missingResults: missing?.jobIds,
      outListing: missing?.names,
      counts: engine?.counts ?? null,
      interrupted: !!opts.signal?.aborted,
      dryRun: !!opts.dryRun,
      detached: !!opts.detach,
      plan,
      moved: mover?.counts,
      moveRefused: mover?.refused,
      environment: environment ?? undefined,
      paused: engine && engine.pausedLeft > 0 ? { jobs: engine.pausedLeft, stopped: true } : undefined,
    });
  } finally {
    if (beat) clearInterval(beat);
  }
}
