/**
 * The words of job control (issue I) in the Ledger port: pauses, their audit trail, what a cancel
 * did, and a process's lease check. port.ts re-exports them.
 */
import type { JobState } from '../types.js';

/** A pause (`docparse pause`): everything, one run's jobs, or the jobs below a priority. */
export interface Pause {
  selector: 'all' | 'run' | 'below';
  runId: string | null;
  /** Jobs with a priority below this are paused. */
  below: number | null;
  since: number;
  /** Who paused (`user@host pid N`). */
  by: string | null;
}

/** What `pause` / `resume` name: everything, a run, or the work below a priority. */
export type PauseSelector = { all: true } | { runId: string } | { below: number };

/** One pause or resume in the ledger's audit trail. */
export interface ControlEvent {
  action: 'pause' | 'resume';
  selector: Pause['selector'];
  runId: string | null;
  below: number | null;
  at: number;
  by: string | null;
}

/**
 * What a cancel did to one job: `cancelled` (it was waiting: failed now), `requested` (it is
 * being processed: its holder ends it within about a second), `finished` (completed or failed
 * already: left alone).
 */
export interface CancelOutcome {
  jobId: string;
  outcome: 'cancelled' | 'requested' | 'finished';
  status: JobState;
  /** Who asked, for `requested` (an earlier request is kept). */
  by?: string;
}

/** One job in flight as its process's lease check found it. */
export interface LeaseCheck {
  jobId: string;
  /** false: the lease was lost (someone else holds the job now). */
  held: boolean;
  /** Someone asked to cancel it (`user@host pid N`), or null. */
  cancelRequestedBy: string | null;
}
