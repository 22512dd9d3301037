/**
 * `retry`: process finished jobs again, in a new run.
 *
 * What a retry can change decides what it does with each job (planRetry):
 * - the file at the job's path holds other content now (it was fixed: decrypted, re-exported)
 *   -> the path is scanned again; the new content is a job of its own, which supersedes the old
 *   one (it leaves the failures report) and is processed in this run;
 * - the file is unchanged and the failure was transient (a timeout, a crashed worker)
 *   -> the job is requeued;
 * - the file is unchanged and the failure was permanent (encrypted, corrupt ...), or the file is
 *   gone -> the same input would fail the same way: skipped, and said why, unless the job was
 *   named on the command line or `--all` asks for every one.
 */
import { statSync } from 'node:fs';
import { newId } from '../ledger/ids.js';
import type { Job } from '../types.js';
import type { FailureRow } from '../report/failures.js';
import { fingerprintFile } from '../files/fingerprint.js';
import { scan, type ScanStats } from '../files/scan.js';
import { Engine, sendWebhooks, type EngineOptions } from './run.js';
import type { RunEvents } from './events.js';
import { closeRun } from './close.js';
import { NO_FILES, type RunSummary } from './summary.js';
import { makeOwnerId } from '../owner.js';
import { fsPath } from '../raw-names.js';

export interface RetryPlan {
  /** Unchanged files whose jobs run again. */
  requeue: Job[];
  /** Jobs whose file changed: their paths are read again; the new content supersedes them. */
  reread: Job[];
  /** Jobs left as they are, with why. */
  skipped: Array<{ job: Job; reason: string }>;
}

/**
 * Sorts jobs into requeue / reread / skipped by looking at their files now. `named`: jobs the user
 * asked for by id, retried even when nothing changed; `all`: every job so.
 */
export async function planRetry(jobs: Job[], opts: { all?: boolean; named?: ReadonlySet<string> } = {}): Promise<RetryPlan> {
  const plan: RetryPlan = { requeue: [], reread: [], skipped: [] };
  for (const job of jobs) {
    const insist = !!opts.all || !!opts.named?.has(job.id);
    if (job.status !== 'failed' && job.status !== 'completed') {
      plan.skipped.push({ job, reason: `it is ${job.status}, not finished` });
      continue;
    }
    if (job.supersededBy) {
      plan.skipped.push({ job, reason: `its file was fixed: the new content is ${job.supersededBy}` });
      continue;
    }
    let size: number | null = null;
    try {
      const st = statSync(fsPath(job.path));
      if (st.isFile()) size = st.size;
    } catch {
      /* gone: decided below */
    }
    if (size === null) {
      // A share that is not mounted now may be back by the time the job runs: the reader retries it.
      if (insist || job.error?.retryable) plan.requeue.push(job);
      else plan.skipped.push({ job, reason: `${job.path} is gone` });
      continue;
    }
    const now = await fingerprintFile(job.path, size).catch(() => null);
    if (now && now.fingerprint !== job.fingerprint) plan.reread.push(job);
    else if (insist || job.status === 'completed' || job.error?.retryable) plan.requeue.push(job);
    else plan.skipped.push({ job, reason: `${job.error?.errorClass ?? 'failed'} and the file is unchanged` });
  }
  return plan;
}

export interface RetryOptions extends EngineOptions {
  /** The run's event queue, ended when the run is (the CLI reads it: events.ts). */
  events?: RunEvents;
  /** What to do, from planRetry; every job of it has the same settings (a retry runs one group at a time). */
  plan: RetryPlan;
  /** `--priority`: the retried jobs' new priority (they keep theirs without it). */
  priority?: number;
}

/** Requeues and re-reads the plan's jobs in a new run and processes them; with `webhook`, their events are sent. */
export async function runJobsAgain(opts: RetryOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const webhooks = sendWebhooks(opts, now);
  try {
    return await retryRun(opts, now);
  } finally {
    await webhooks?.stop();
    // The run is over: the CLI's loop over its events ends (events.ts).
    opts.events?.end();
  }
}

async function retryRun(opts: RetryOptions, now: () => number): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const started = now();
  const runId = newId('run');
  const { requeue, reread, skipped } = opts.plan;
  const first = requeue[0] ?? reread[0] ?? skipped[0]?.job;
  await opts.ledger.createRun({
    id: runId,
    startedAt: started,
    settings: first?.settings ?? { extractor: 'auto', extractorVersion: '-', template: null, templatesDigest: null, lang: 'eng' },
    paths: [...requeue, ...reread].map((j) => j.path),
    detached: false,
    idempotencyKey: null,
    inputsDigest: null,
  });
  opts.events?.put({ type: 'run-started', runId });
  await opts.ledger.requeue(requeue.map((j) => j.id), 'docparse retry', now(), { runId, ...(opts.priority !== undefined ? { priority: opts.priority } : {}) });
  let stats: ScanStats = NO_FILES;
  if (reread.length > 0) {
    // The fixed files, read as submit reads them: new content is a new job in this run, and it
    // supersedes the failed one (scan.ts).
    const batches = scan(opts.ledger, reread.map((j) => j.path), {
      runId,
      settings: first!.settings,
      settingsKey: first!.settingsKey,
      maxAttempts: opts.maxAttempts,
      priority: opts.priority,
      force: false,
      verify: true,
      dryRun: false,
      now,
      signal: opts.signal,
    });
    for await (const batch of batches) {
      if (batch.files.length) opts.events?.put({ type: 'files', files: batch.files });
      stats = batch.stats;
    }
    if (stats.stopped) throw stats.stopped; // out of disk registering: nothing was retried yet
  }
  const engine = new Engine({ ...opts, now }, { owner: makeOwnerId(runId.slice(-8)), runId });
  const onAbort = () => {
    opts.events?.put({ type: 'interrupting' });
    engine.stop();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await engine.drain();
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
  return closeRun(opts, {
    runId,
    started,
    stats,
    skipped: 0,
    counts: engine.counts,
    interrupted: !!opts.signal?.aborted,
    dryRun: false,
    detached: false,
    retry: { requeued: requeue.length, reread: reread.length, skipped: skipped.map((s) => ({ jobId: s.job.id, path: s.job.path, reason: s.reason })) },
    paused: engine.pausedLeft > 0 ? { jobs: engine.pausedLeft, stopped: true } : undefined,
  });
}
