/**
 * Reads a ledger file directly (read-only) to check what the CLI did.
 */
import Database from 'better-sqlite3';

export function readLedger<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export interface LedgerCounts {
  jobs: Array<{ id: string; status: string; path: string; attempts: number }>;
  completions: Map<string, number>;
  claims: Map<string, number>;
  integrity: string;
}

export function ledgerCounts(path: string): LedgerCounts {
  return readLedger(path, (db) => {
    const jobs = db.prepare('SELECT id, status, path, attempts FROM jobs ORDER BY path').all() as LedgerCounts['jobs'];
    const completions = new Map<string, number>();
    for (const r of db.prepare(`SELECT job_id, count(*) AS n FROM job_events WHERE to_state = 'completed' GROUP BY job_id`).all() as Array<{ job_id: string; n: number }>) completions.set(r.job_id, r.n);
    const claims = new Map<string, number>();
    for (const r of db.prepare(`SELECT job_id, count(*) AS n FROM job_events WHERE to_state = 'processing' GROUP BY job_id`).all() as Array<{ job_id: string; n: number }>) claims.set(r.job_id, r.n);
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    return { jobs, completions, claims, integrity };
  });
}
