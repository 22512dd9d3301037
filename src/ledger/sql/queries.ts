/**
 * Finding jobs: by content and settings, by filters (state, age, run; keyset pages). By id,
 * fingerprint prefix or path, a job's paths and its audit trail: job-reads.ts, re-exported here.
 */
import type { Job } from '../../types.js';
import type { JobFilter } from '../port.js';
import { toJob } from '../rows.js';
import { needsReview } from './review.js';
import type { Dialect } from './dialect.js';
import { all, ms, one, type Step } from './statements.js';

export { getJob, findJobsByFingerprint, findJobsByPath, jobEvents, jobPaths } from './job-reads.js';

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
