/**
 * Who holds a job's lease or runs a run: `host:pid:random`, and whether that process is alive.
 * A process on this machine is checked by its pid; one elsewhere only by its lease expiring.
 */
import { hostname } from 'node:os';

export function makeOwnerId(random: string): string {
  return `${hostname()}:${process.pid}:${random}`;
}

/** The machine of an owner id (`host:pid:random`; the host name itself may contain ':'), or null. */
export function ownerHost(owner: string): string | null {
  const parts = owner.split(':');
  return parts.length < 3 ? null : parts.slice(0, -2).join(':');
}

/** True unless the owner is a process on this host that no longer exists. */
export function ownerAliveOnThisHost(owner: string): boolean {
  const host = ownerHost(owner);
  if (host === null) return false;
  const pid = Number(owner.split(':').at(-2));
  if (host !== hostname()) return true; // another machine: only its lease expiry tells
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long a run may be silent (no heartbeat) before it counts as dead, on any machine. */
export const runStaleMs = (leaseMs: number): number => Math.max(3 * leaseMs, 120_000);

/**
 * A run killed (kill -9, power loss) before it finished: its process is gone. On this machine a
 * dead pid says so at once; anywhere, a run is dead when it has stopped saying it is alive (its
 * heartbeat) for longer than a live one ever would (another machine's, or a container whose host
 * name and pid came back the same after a restart). Only a run with an owner says it is alive
 * (submit's): a worker's or a retry's run, which records none, is never judged dead by its silence.
 */
export function runProcessGone(run: { finishedAt: number | null; owner: string | null; heartbeatAt: number | null }, now: number, staleMs: number): boolean {
  if (run.finishedAt !== null || run.owner === null) return false;
  if (!ownerAliveOnThisHost(run.owner)) return true;
  return run.heartbeatAt !== null && now - run.heartbeatAt > staleMs;
}
