/**
 * Backend-neutral pieces of the outbox and the stats: the webhook bodies a backend writes
 * with a state change, the percentile rule, the size bands. Every backend uses these, so
 * SQLite and PostgreSQL send the same bytes and report the same numbers.
 */
import type { Job } from '../types.js';
import { SIZE_BAND_LIMITS, SIZE_BANDS, type OutboxEventType, type SizeBand } from './port.js';

/**
 * The body of a webhook, in the Standard Webhooks shape `{type, timestamp, data}`. Built once,
 * stored, and sent byte for byte on every attempt (the signature covers the exact body).
 */
export function webhookBody(type: OutboxEventType, now: number, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: new Date(now).toISOString(), data });
}

/** `data` of job.completed / job.failed: the `status --json` view plus where the file was. */
export function jobEventData(job: Job, runId: string | null): Record<string, unknown> {
  const iso = (ms: number | null) => (ms == null ? null : new Date(ms).toISOString());
  return {
    jobId: job.id,
    runId,
    status: job.status,
    fileName: job.fileName,
    path: job.path,
    fingerprint: job.fingerprint,
    templateId: job.result?.templateId ?? job.templateId,
    needsReview: job.result?.needsReview ?? false,
    result: job.result,
    error: job.error,
    pageCount: job.pageCount,
    attempts: job.attempts,
    createdAt: iso(job.createdAt),
    startedAt: iso(job.startedAt),
    completedAt: iso(job.completedAt),
    priority: job.priority,
    cancelledBy: job.cancelRequestedBy,
  };
}

/** `data` of run.finished: the run summary as summary.json has it. */
export function runEventData(runId: string, summary: unknown): Record<string, unknown> {
  return { runId, summary };
}

/**
 * Nearest-rank percentile: the smallest value with at least p of the values at or below it.
 * Returns the 0-based index into the sorted values, or -1 when there are none.
 */
export function percentileIndex(count: number, p: number): number {
  if (count <= 0) return -1;
  return Math.min(count - 1, Math.max(0, Math.ceil(p * count) - 1));
}

/** Nearest-rank percentile of already sorted values (null when empty). */
export function percentile(sorted: readonly number[], p: number): number | null {
  const i = percentileIndex(sorted.length, p);
  return i < 0 ? null : sorted[i];
}

export function sizeBand(bytes: number): SizeBand {
  for (let i = 0; i < SIZE_BAND_LIMITS.length; i++) if (bytes < SIZE_BAND_LIMITS[i]) return SIZE_BANDS[i];
  return SIZE_BANDS[SIZE_BANDS.length - 1];
}
