/**
 * A run says its process is alive while it works (the run's `owner` and `heartbeat_at`), so
 * `status` can tell a run killed with kill -9 from one still going, and a submit with the same
 * idempotency key on another machine can tell a dead run from a live one (owner.ts judges).
 * Submit, worker and retry runs all record their owner and beat the same way.
 */
import type { Ledger } from '../ledger/port.js';
import { makeOwnerId } from '../owner.js';

/** How often a running run says it is alive: well within the lease, and at least every 20 s. */
export const runHeartbeatMs = (leaseMs: number): number => Math.max(1000, Math.min(20_000, Math.floor(leaseMs / 3)));

/** This process as the owner of a run (`host:pid:random`, the run id's tail as the random part). */
export const runOwnerId = (runId: string): string => makeOwnerId(runId.slice(-8));

/** Touches the run every runHeartbeatMs while `owner` holds it; returns the function that stops it. */
export function keepRunAlive(ledger: Ledger, runId: string, owner: string, leaseMs: number, now: () => number): () => void {
  const beat = setInterval(() => void ledger.touchRun(runId, owner, now()).catch(() => undefined), runHeartbeatMs(leaseMs));
  beat.unref();
  return () => clearInterval(beat);
}
