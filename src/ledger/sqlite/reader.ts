/**
 * A read-only connection for `status <jobId>`, the answer a script or a person waits on. It
 * loads better-sqlite3 and the few reads that show a job (../sql/job-reads.ts, the pause check),
 * not the ledger logic behind every other method (~14 modules, ~30 ms of a ~165 ms start). It
 * serves only a ledger that needs nothing done to it: an existing file already at this
 * docparse's schema version (one query). Anything else (no file yet, a migration due, a newer
 * ledger, a file that does not open) is null, and the caller opens the full ledger, whose
 * set-up and messages stay the only ones.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Ledger } from '../port.js';
import * as reads from '../sql/job-reads.js';
import { heldJobs } from '../sql/pauses.js';
import { SQLITE } from './dialect.js';
import { sqliteDriver } from './driver.js';
import { latestVersion } from './migrations.js';
import { addonPath } from './addon.js';

/** What showing one job reads: the part of the Ledger this connection serves. */
export type JobReader = Pick<Ledger, 'location' | 'close' | 'getJob' | 'findJobsByFingerprint' | 'findJobsByPath' | 'jobPaths' | 'jobEvents' | 'heldJobs'>;

export function openSqliteReader(path: string): JobReader | null {
  if (!existsSync(path)) return null;
  let db: Database.Database | undefined;
  try {
    // readonly: no -wal/-shm set-up, no journal-mode switch, nothing this command could change.
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 15_000, ...addonPath() });
    if (db.pragma('user_version', { simple: true }) !== latestVersion()) {
      db.close();
      return null;
    }
  } catch {
    try {
      db?.close();
    } catch {
      /* nothing more to release */
    }
    return null;
  }
  const x = sqliteDriver(db, path);
  return {
    location: `sqlite:${path}`,
    close: x.close,
    getJob: (jobId) => x.read(() => reads.getJob(jobId)),
    findJobsByFingerprint: (prefix) => x.read(() => reads.findJobsByFingerprint(prefix)),
    findJobsByPath: (p) => x.read(() => reads.findJobsByPath(p)),
    jobPaths: (jobId) => x.read(() => reads.jobPaths(jobId)),
    jobEvents: (jobId) => x.read(() => reads.jobEvents(jobId)),
    heldJobs: (jobIds) => x.read(() => heldJobs(SQLITE, jobIds)),
  };
}
