/**
 * Finding jobs: by id, by content and settings, by filters (state, age, run; keyset pages), by
 * fingerprint prefix or path; a job's audit trail.
 */
import type { Job, JobEvent } from '../../types.js';
import type { JobFilter } from '../port.js';
import { toJob, toJobEvent } from '../rows.js';
import { needsReview } from './review.js';
import type { Dialect } from './dialect.js';
import { all, ms, one, type Step } from './statements.js';
import { storedPath } from '../../raw-names.js';

export function* getJob(jobId: string): Step<Job | null> {
  const row = yield* one('SELECT * FROM jobs WHERE id = ?', [jobId]);
  return row ? toJob(row) : null;
}

export function* findJob(fingerprint: string, settingsKey: string): Step<Job | null> {
  const row = yield* one('SELECT * FROM jobs WHERE fingerprint = ? AND settings_key = ?', [fingerprint, settingsKey]);
  return row ? toJob(row) : null;
}

export function* findJobs(d: Dialect, filter: JobFilter): Step<Job[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status?.length) {
    where.push(d.inList('status'));
    params.push(filter.status);
  }
  if (filter.since !== undefined) {
    where.push('created_at >= ?');
    params.push(ms(filter.since));
  }
  if (filter.runId) {
    where.push('id IN (SELECT job_id FROM run_jobs WHERE run_id = ?)');
    params.push(filter.runId);
  }
  if (filter.after) {
    where.push('(created_at, id) > (?, ?)');
    params.push(ms(filter.after.createdAt), filter.after.id);
  }
  if (filter.needsReview) where.push(needsReview(d));
  if (filter.superseded === false) where.push('superseded_by IS NULL');
  let sql = `SELECT * FROM jobs${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY created_at, id`;
  if (filter.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(Math.max(0, Math.floor(filter.limit)));
  }
  return (yield* all(sql, params)).map(toJob);
}

/** Jobs whose fingerprint starts with `prefix`: a range scan on the unique index (ids and fingerprints sort bytewise). */
export function* findJobsByFingerprint(prefix: string): Step<Job[]> {
  const p = prefix.toLowerCase();
  return (yield* all('SELECT * FROM jobs WHERE fingerprint >= ? AND fingerprint < ? ORDER BY created_at, id LIMIT 50', [p, p + 'g'])).map(toJob);
}

export function* findJobsByPath(path: string): Step<Job[]> {
  return (yield* all('SELECT j.* FROM job_paths p JOIN jobs j ON j.id = p.job_id WHERE p.path = ? ORDER BY j.created_at, j.id', [storedPath(path)])).map(toJob);
}

export function* jobEvents(jobId: string): Step<JobEvent[]> {
  return (yield* all('SELECT * FROM job_events WHERE job_id = ? ORDER BY id', [jobId])).map(toJobEvent);
}
