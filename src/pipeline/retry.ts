/**
 * `retry`: put failed (or finished) jobs back to `pending` in a new run, and process them.
 */
import { newId } from '../ledger/ids.js';
import type { Job } from '../types.js';
import { finishRun, makeRunner, type EngineOptions, type RunSummary } from './submit.js';
import type { FailureRow } from '../report/failures.js';
import { makeOwnerId } from './runner.js';
import { withWebhooks } from './webhooks.js';

export interface RetryOptions extends EngineOptions {
  jobIds: string[];
}

/** Requeues the jobs in a new run and processes them; with `webhook`, their events are sent. */
export async function runJobsAgain(opts: RetryOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const webhook = opts.webhook ?? null;
  return withWebhooks(opts.ledger, webhook, makeOwnerId(newId('wrk').slice(-8)), () => retryRun(opts), { now: opts.now, onDelivery: opts.onWebhook });
}

async function retryRun(opts: RetryOptions): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const started = now();
  const runId = newId('run');
  const jobs = (await Promise.all(opts.jobIds.map((id) => opts.ledger.getJob(id)))).filter((j): j is Job => j !== null);
  await opts.ledger.createRun({
    id: runId,
    startedAt: started,
    settings: jobs[0]?.settings ?? { extractor: 'auto', extractorVersion: '-', template: null, templatesDigest: null, lang: 'eng' },
    paths: jobs.map((j) => j.path),
    detached: false,
    idempotencyKey: null,
    inputsDigest: null,
  });
  opts.onEvent?.({ type: 'run-started', runId });
  await opts.ledger.requeue(opts.jobIds, 'docparse retry', now(), { runId });
  const runner = makeRunner(opts, runId, now);
  const onAbort = () => {
    opts.onEvent?.({ type: 'interrupting' });
    runner.stop();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await runner.drain();
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
  return finishRun(opts, {
    runId,
    started,
    stats: { files: 0, hashed: 0, ignored: 0, failed: [], bytes: 0 },
    skipped: 0,
    runner,
    interrupted: !!opts.signal?.aborted,
    dryRun: false,
    detached: false,
  });
}
