/**
 * The reads that show one job, written once for every SQL backend: by id, by fingerprint prefix
 * or path, its paths and its audit trail. A leaf (rows and statements only), so `status <jobId>`
 * runs these on a read-only connection without loading the rest of the ledger logic
 * (../sqlite/reader.ts); queries.ts re-exports them for the Ledger.
 */
import type { Job, JobEvent } from '../../types.js';
import { toJob, toJobEvent } from '../rows.js';
import { all, one, type Step } from './statements.js';
import { fromStored, storedPath } from '../../raw-names.js';

export function* getJob(jobId: string): Step<Job | null> {
  const row = yield* one('SELECT * FROM jobs WHERE id = ?', [jobId]);
  return row ? toJob(row) : null;
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

/** Every path a job's content was seen under. */
export function* jobPaths(jobId: string): Step<string[]> {
  return (yield* all('SELECT path FROM job_paths WHERE job_id = ? ORDER BY first_seen, path', [jobId])).map((r) => fromStored(String(r.path)));
}
