/**
 * Row -> domain object mapping shared by the SQL backends. Column names are the same in both
 * schemas. JSON columns arrive as text from SQLite and already parsed from pg; every JSON column
 * holds an object or an array, never a bare string, so a string is always text to parse.
 */
import type { DocumentResult, Job, JobError, JobEvent, JobSettings, JobState, Run } from '../types.js';
import type { OutboxEvent, OutboxState } from './port.js';
import { basename } from 'node:path';
import { fromStored } from '../raw-names.js';

export type Row = Record<string, unknown>;

export function num(v: unknown): number | null {
  return v == null ? null : Number(v);
}

const str = (v: unknown): string | null => (v as string | null) ?? null;

export const json = (v: unknown): unknown => (v == null || v === '' ? null : typeof v === 'string' ? JSON.parse(v) : v);

/**
 * A job's file name. A path with bytes that are not UTF-8 is stored escaped (raw-names.ts); its
 * file name column holds a form for people only, so the name comes from the path.
 */
export function jobFileName(r: Row): string {
  const path = fromStored(String(r.path));
  return path === r.path ? String(r.file_name) : basename(path);
}

export function toJob(r: Row): Job {
  const path = fromStored(String(r.path));
  return {
    id: String(r.id),
    fingerprint: String(r.fingerprint),
    settingsKey: String(r.settings_key),
    settings: json(r.settings) as JobSettings,
    status: r.status as JobState,
    path,
    fileName: jobFileName(r),
    size: Number(r.size),
    kind: (r.kind as Job['kind']) ?? null,
    templateId: str(r.template_id),
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    nextAttemptAt: num(r.next_attempt_at),
    leaseOwner: str(r.lease_owner),
    leaseExpiresAt: num(r.lease_expires_at),
    leaseToken: Number(r.lease_token),
    result: (json(r.result) as DocumentResult | null) ?? null,
    error: (json(r.error) as JobError | null) ?? null,
    pageCount: num(r.page_count),
    runId: str(r.run_id),
    createdAt: Number(r.created_at),
    startedAt: num(r.started_at),
    completedAt: num(r.completed_at),
    updatedAt: Number(r.updated_at),
    // Columns of schema 5; absent from rows read before the migration ran.
    reviewedAt: num(r.reviewed_at),
    reviewedBy: str(r.reviewed_by),
    supersededBy: str(r.superseded_by),
    // Columns of schema 7.
    priority: Number(r.priority ?? 0),
    cancelRequestedAt: num(r.cancel_requested_at),
    cancelRequestedBy: str(r.cancel_requested_by),
  };
}

export function toJobEvent(r: Row): JobEvent {
  return {
    id: Number(r.id),
    jobId: String(r.job_id),
    from: (r.from_state as JobState | null) ?? null,
    to: r.to_state as JobState,
    attempt: Number(r.attempt),
    at: Number(r.at),
    error: str(r.error),
    runId: str(r.run_id),
    kind: (r.kind as JobEvent['kind']) ?? null,
    by: str(r.actor),
  };
}

export function toOutboxEvent(r: Row): OutboxEvent {
  return {
    id: String(r.id),
    type: r.type as OutboxEvent['type'],
    url: String(r.url),
    body: String(r.body),
    jobId: str(r.job_id),
    runId: str(r.run_id),
    status: r.status as OutboxState,
    attempts: Number(r.attempts),
    nextAttemptAt: Number(r.next_attempt_at),
    leaseOwner: str(r.lease_owner),
    leaseExpiresAt: num(r.lease_expires_at),
    leaseToken: Number(r.lease_token),
    lastError: str(r.last_error),
    createdAt: Number(r.created_at),
    deliveredAt: num(r.delivered_at),
  };
}

export function toRun(r: Row): Run {
  return {
    id: String(r.id),
    startedAt: Number(r.started_at),
    finishedAt: num(r.finished_at),
    settings: json(r.settings) as JobSettings,
    paths: json(r.paths) as string[],
    summary: json(r.summary) ?? null,
    idempotencyKey: str(r.idempotency_key),
    inputsDigest: str(r.inputs_digest),
    detached: Boolean(r.detached),
    owner: str(r.owner),
    heartbeatAt: num(r.heartbeat_at),
    // Column of schema 8.
    skipped: Number(r.skipped ?? 0),
  };
}
