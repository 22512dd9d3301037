/**
 * The one function that decides a job's next state.
 *
 * Storage code never sets `status` itself: it asks `transition()` for a patch and persists
 * it together with an audit event. Illegal transitions throw, so a bug cannot quietly move a
 * job from `completed` back to `processing`.
 *
 *   pending ──claim──> processing ──complete──> completed
 *      ^                  │  │
 *      │ release          │  └─fail (permanent, or attempts used up)──> failed
 *      └──────────────────┤
 *   retrying <─fail (transient, attempts left)
 *      └──claim──> processing
 *   completed / failed ──requeue (retry, --force)──> pending
 *   processing ──abandon (its process died)──> pending, the attempt counted; failed once attempts are used up
 *   pending / retrying / processing ──cancel──> failed (`cancelled`: not retried; `docparse retry` runs it again)
 *
 * Two events change no state and are recorded all the same: `approve` (completed: a person
 * checked a result that needs review) and `supersede` (failed: its file was fixed, and the new
 * content is another job; requeueing it, when its content turns up again, clears that). Two more
 * for job control: `prioritize` (a waiting job's priority changes) and `requestCancel` (a job being
 * processed is asked to stop: the process holding it sees the request and then applies `cancel`).
 */
import type { JobError, JobState } from '../types.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import { hintFor } from '../errors.js';

/** The part of a job the state machine looks at. */
export interface JobSnapshot {
  status: JobState;
  /** Set once the job's file was fixed (a failed job): it is then history, superseded once only. */
  supersededBy?: string | null;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: number | null;
  leaseToken: number;
  /** Absent: 0. */
  priority?: number;
}

export type JobEventInput =
  | { type: 'claim'; now: number; owner: string; leaseMs: number }
  | { type: 'complete'; now: number }
  | { type: 'fail'; now: number; error: JobError; backoff: BackoffPolicy; random?: () => number }
  /** Put an in-flight job back without counting the attempt (an interrupt: the process stopped it cleanly). */
  | { type: 'release'; now: number; reason: string }
  /**
   * Take back a job whose process died while working on it (kill -9, a native crash, the kernel's
   * OOM killer) or stopped renewing its lease. The attempt counts: a document that takes its
   * process down every time must not be claimed for ever, so once attempts are used up it fails.
   */
  | { type: 'abandon'; now: number; reason: string }
  /** Run a finished job again (`docparse retry`, `submit --force`). */
  | { type: 'requeue'; now: number; reason: string }
  /** A person checked a completed result (`docparse approve`): no state change, recorded with who. */
  | { type: 'approve'; now: number; by: string }
  /** A failed job's file was fixed and is now the job `by`: no state change; it leaves the failures. */
  | { type: 'supersede'; now: number; by: string }
  /** A waiting job's priority changes (`docparse priority`): no state change, recorded with the old and new value. */
  | { type: 'prioritize'; now: number; priority: number; by: string }
  /** `docparse cancel` of a job being processed: recorded; the process holding its lease ends it. */
  | { type: 'requestCancel'; now: number; by: string }
  /** End the job as `failed` / `cancelled`, not retried: a waiting one at once, a processed one by its holder. */
  | { type: 'cancel'; now: number; by: string };

/** Columns to persist; `status` is always present. */
export interface JobPatch {
  status: JobState;
  attempts?: number;
  nextAttemptAt?: number | null;
  leaseOwner?: string | null;
  leaseExpiresAt?: number | null;
  leaseToken?: number;
  startedAt?: number;
  completedAt?: number | null;
  error?: JobError | null;
  reviewedAt?: number;
  reviewedBy?: string;
  supersededBy?: string | null;
  priority?: number;
  cancelRequestedAt?: number | null;
  cancelRequestedBy?: string | null;
}

export interface Transition {
  from: JobState;
  to: JobState;
  patch: JobPatch;
  /** Attempt number recorded in the audit event. */
  attempt: number;
  /** Error text recorded in the audit event. */
  note: string | null;
  /** For events that change no state: what happened (`approved`, `superseded`), and who did it. */
  kind?: 'approved' | 'superseded' | 'priority' | 'cancel_requested' | 'cancelled';
  by?: string;
}

export class IllegalTransitionError extends Error {
  constructor(from: JobState, event: string) {
    super(`illegal job transition: "${event}" from state "${from}"`);
    this.name = 'IllegalTransitionError';
  }
}

export function transition(job: JobSnapshot, event: JobEventInput): Transition {
  const from = job.status;
  const illegal = () => new IllegalTransitionError(from, event.type);
  switch (event.type) {
    case 'claim': {
      if (from !== 'pending' && from !== 'retrying') throw illegal();
      if (from === 'retrying' && job.nextAttemptAt !== null && job.nextAttemptAt > event.now) throw illegal();
      const attempts = job.attempts + 1;
      return {
        from,
        to: 'processing',
        attempt: attempts,
        note: null,
        patch: {
          status: 'processing',
          attempts,
          nextAttemptAt: null,
          leaseOwner: event.owner,
          leaseExpiresAt: event.now + event.leaseMs,
          leaseToken: job.leaseToken + 1,
          startedAt: event.now,
        },
      };
    }
    case 'complete': {
      if (from !== 'processing') throw illegal();
      return {
        from,
        to: 'completed',
        attempt: job.attempts,
        note: null,
        // A cancel asked for as it finished comes too late: the result stands (the request stays in the trail).
        patch: { status: 'completed', leaseOwner: null, leaseExpiresAt: null, completedAt: event.now, error: null, cancelRequestedAt: null, cancelRequestedBy: null },
      };
    }
    case 'fail': {
      if (from !== 'processing') throw illegal();
      const note = `${event.error.errorClass}: ${event.error.message}`;
      if (event.error.retryable && job.attempts < job.maxAttempts) {
        const delay = backoffDelay(job.attempts, event.backoff, event.random);
        return {
          from,
          to: 'retrying',
          attempt: job.attempts,
          note,
          patch: { status: 'retrying', leaseOwner: null, leaseExpiresAt: null, nextAttemptAt: event.now + delay, error: event.error },
        };
      }
      return finalFailure(from, job.attempts, event.now, event.error);
    }
    case 'release': {
      if (from !== 'processing') throw illegal();
      return {
        from,
        to: 'pending',
        attempt: Math.max(0, job.attempts - 1),
        note: event.reason,
        patch: { status: 'pending', attempts: Math.max(0, job.attempts - 1), leaseOwner: null, leaseExpiresAt: null, nextAttemptAt: null },
      };
    }
    case 'abandon': {
      if (from !== 'processing') throw illegal();
      if (job.attempts >= job.maxAttempts) {
        const error: JobError = {
          errorClass: 'worker_crashed',
          message: `the process working on it stopped ${job.attempts} time${job.attempts === 1 ? '' : 's'} without finishing it (last: ${event.reason}); it is not tried again`,
          hint: 'The document may take docparse down (out of memory, a crash) or it was killed each time. Check the file (split it, lower --concurrency), then run `docparse retry <jobId>`.',
          retryable: false,
        };
        return finalFailure(from, job.attempts, event.now, error);
      }
      return {
        from,
        to: 'pending',
        attempt: job.attempts,
        note: event.reason,
        patch: { status: 'pending', leaseOwner: null, leaseExpiresAt: null, nextAttemptAt: null },
      };
    }
    case 'requeue': {
      if (from !== 'completed' && from !== 'failed') throw illegal();
      return {
        from,
        to: 'pending',
        attempt: 0,
        note: event.reason,
        // Asked for again (its content turned up again, `--force`): no longer history.
        patch: {
          status: 'pending', attempts: 0, nextAttemptAt: null, completedAt: null, error: null, leaseOwner: null, leaseExpiresAt: null, cancelRequestedAt: null, cancelRequestedBy: null,
          ...(job.supersededBy ? { supersededBy: null } : {}),
        },
      };
    }
    case 'approve': {
      if (from !== 'completed') throw illegal();
      return { from, to: from, attempt: job.attempts, note: null, kind: 'approved', by: event.by, patch: { status: from, reviewedAt: event.now, reviewedBy: event.by } };
    }
    case 'supersede': {
      if (from !== 'failed' || job.supersededBy) throw illegal();
      return { from, to: from, attempt: job.attempts, note: `superseded by ${event.by}: its file was fixed`, kind: 'superseded', patch: { status: from, supersededBy: event.by } };
    }
    case 'prioritize': {
      if (from !== 'pending' && from !== 'retrying') throw illegal();
      return { from, to: from, attempt: job.attempts, note: `priority ${job.priority ?? 0} -> ${event.priority}`, kind: 'priority', by: event.by, patch: { status: from, priority: event.priority } };
    }
    case 'requestCancel': {
      if (from !== 'processing') throw illegal();
      return { from, to: from, attempt: job.attempts, note: `cancel requested by ${event.by}`, kind: 'cancel_requested', by: event.by, patch: { status: from, cancelRequestedAt: event.now, cancelRequestedBy: event.by } };
    }
    case 'cancel': {
      if (from !== 'pending' && from !== 'retrying' && from !== 'processing') throw illegal();
      const error: JobError = {
        errorClass: 'cancelled',
        message: `cancelled by ${event.by}${from === 'processing' ? ' while it was being processed' : ''}`,
        hint: hintFor('cancelled'),
        retryable: false,
      };
      // Who asked is kept on the job; a waiting job's request and its end are one moment.
      const asked = from === 'processing' ? { cancelRequestedBy: event.by } : { cancelRequestedBy: event.by, cancelRequestedAt: event.now };
      return { ...finalFailure(from, job.attempts, event.now, error, asked), kind: 'cancelled', by: event.by };
    }
  }
}

/** The end of a job that is not retried: failed with `error`, its lease let go. */
function finalFailure(from: JobState, attempts: number, now: number, error: JobError, patch: Partial<JobPatch> = {}): Transition {
  return {
    from,
    to: 'failed',
    attempt: attempts,
    note: `${error.errorClass}: ${error.message}`,
    patch: { status: 'failed', leaseOwner: null, leaseExpiresAt: null, nextAttemptAt: null, completedAt: now, error, ...patch },
  };
}

/** True when no further transition will happen without a user's request. */
export function isTerminal(s: JobState): boolean {
  return s === 'completed' || s === 'failed';
}
