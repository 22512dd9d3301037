/**
 * The webhook outbox's types: what a state change sends, what became of each delivery attempt
 * (re-exported by port.ts, whose Ledger reads and writes them).
 */
/** Where the events of a state change go (`--webhook URL`): written to the outbox in the same transaction. */
export interface OutboxTarget {
  url: string;
}

export const OUTBOX_EVENT_TYPES = ['job.completed', 'job.failed', 'run.finished'] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];
export const OUTBOX_STATES = ['pending', 'delivered', 'dead'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** One webhook event in the outbox. */
export interface OutboxEvent {
  /** `evt_...`: the `webhook-id` header, stable across attempts. */
  id: string;
  type: OutboxEventType;
  url: string;
  /** The exact JSON body, the same on every attempt. */
  body: string;
  jobId: string | null;
  runId: string | null;
  status: OutboxState;
  /** Delivery attempts made so far. */
  attempts: number;
  nextAttemptAt: number;
  leaseOwner: string | null;
  leaseExpiresAt: number | null;
  /** Fencing token: bumped on every claim. */
  leaseToken: number;
  lastError: string | null;
  createdAt: number;
  deliveredAt: number | null;
}

export interface OutboxFilter {
  status?: OutboxState[];
  ids?: string[];
  /** createdAt >= since (ms) */
  since?: number;
  limit?: number;
}

/** What became of one delivery attempt. The dispatcher decides retryAt (backoff.ts); the ledger persists it. */
export type OutboxOutcome =
  /** The receiver answered 2xx: done, whoever holds the lease now. */
  | { type: 'delivered' }
  /** The attempt failed: try again at `retryAt`, or keep the event as `dead` when null. */
  | { type: 'failed'; error: string; retryAt: number | null }
  /** Not attempted after all (shutdown): put back, attempt not counted. */
  | { type: 'released' };

/** Which events to send again (`docparse webhooks redeliver`). */
export interface RedeliverSelection {
  ids?: string[];
  /** Every `dead` event. */
  dead?: boolean;
  /** Every `pending` event, taking over leases (the user asked to send now). */
  pending?: boolean;
}
