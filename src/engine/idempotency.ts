/**
 * Idempotency of jobs (the settings key) and of requests. `submit --idempotency-key KEY`, as the
 * hosted parsing APIs do it: the same key with the same inputs returns the earlier run instead
 * of doing anything again; the same key with other inputs is refused (HTTP 409
 * `key_reused_with_different_params` there, exit 6 here); of two submits racing with one key,
 * the ledger's UNIQUE constraint lets exactly one run.
 */
import { resolve } from 'node:path';
import { hostname } from 'node:os';
import type { Ledger } from '../ledger/port.js';
import type { JobSettings, Run } from '../types.js';
import { IdempotencyConflictError } from '../errors.js';
import { digestJson } from '../files/fingerprint.js';
import { ownerHost, runProcessGone } from '../owner.js';

/** A job is its content plus the settings that change its result: this digest of the settings. */
export function settingsKey(settings: JobSettings): string {
  return digestJson(settings).slice(0, 32);
}

/** How often a running submit says it is alive: well within the lease, and at least every 20 s. */
export const runHeartbeatMs = (leaseMs: number): number => Math.max(1000, Math.min(20_000, Math.floor(leaseMs / 3)));

/**
 * What a request is, for comparing two uses of one key: the resolved paths and everything
 * that changes which files are taken or what becomes of them. Operational knobs (concurrency,
 * timeouts, output folder, display) are not part of it.
 */
export interface SubmitInputs {
  paths: string[];
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  force?: boolean;
  detach?: boolean;
  moveDone?: string | null;
  moveFailed?: string | null;
}

export function submitInputsDigest(opts: SubmitInputs, settingsKey: string): string {
  const sorted = (a: string[] | undefined) => [...(a ?? [])].sort();
  return digestJson({
    paths: sorted(opts.paths.map((p) => resolve(p))),
    settingsKey,
    include: sorted(opts.include),
    exclude: sorted(opts.exclude),
    hidden: !!opts.hidden,
    force: !!opts.force,
    detach: !!opts.detach,
    moveDone: opts.moveDone ? resolve(opts.moveDone) : null,
    moveFailed: opts.moveFailed ? resolve(opts.moveFailed) : null,
  });
}

export type KeyDecision =
  /** The key was free: `create` made the run. */
  | { type: 'new' }
  /** An earlier run with this key and these inputs finished: return its summary. */
  | { type: 'replay'; run: Run }
  /** An earlier run with this key and these inputs was interrupted: continue it under its id. */
  | { type: 'resume'; run: Run };

/**
 * Decides what a submit with `key` does. `create` registers the new run with the key; when it
 * loses a race (the key was taken meanwhile) the winner's run is judged like any earlier one.
 */
export async function resolveIdempotencyKey(ledger: Ledger, key: string, digest: string, create: () => Promise<void>, liveness: { now: number; staleMs: number }): Promise<KeyDecision> {
  let earlier = await ledger.findRunByIdempotencyKey(key);
  if (!earlier) {
    try {
      await create();
      return { type: 'new' };
    } catch (err) {
      if (!(err instanceof IdempotencyConflictError)) throw err;
      earlier = await ledger.findRunByIdempotencyKey(key);
      if (!earlier) throw err;
    }
  }
  return judge(earlier, key, digest, liveness);
}

function judge(run: Run, key: string, digest: string, liveness: { now: number; staleMs: number }): KeyDecision {
  const when = new Date(run.startedAt).toISOString();
  if (run.inputsDigest !== digest) {
    throw new IdempotencyConflictError(
      `key_reused_with_different_params: the idempotency key "${key}" was already used by run ${run.id} (${when}) with different paths or settings`,
      'Repeat exactly the same paths and settings to get that run\'s result, or use a new key for a new request.',
    );
  }
  // Killed (kill -9, power loss) before it finished: its process is gone, so continue it.
  if (runProcessGone(run, liveness.now, liveness.staleMs)) return { type: 'resume', run };
  const elsewhere = run.owner !== null && ownerHost(run.owner) !== hostname();
  if (run.finishedAt === null) {
    throw new IdempotencyConflictError(
      `the idempotency key "${key}" is in use: run ${run.id} (started ${when}) is still in progress`,
      `Run the same command again once it has finished to get its summary; \`docparse status ${run.id}\` shows its progress. ${
        run.heartbeatAt === null && elsewhere
          ? 'It was started by an older docparse, which does not say it is alive: if its machine died, submit with a new key.'
          : `If its process died, the same command continues it once the run has been silent for ${Math.round(liveness.staleMs / 60_000)} minutes.`
      }`,
    );
  }
  const summary = run.summary as { interrupted?: boolean } | null;
  // An interrupted request did not complete: running the same command again continues it.
  if (summary?.interrupted) return { type: 'resume', run };
  return { type: 'replay', run };
}
