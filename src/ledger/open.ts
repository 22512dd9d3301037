/**
 * Opens the ledger a location names: a file path (SQLite, the default) or a
 * `postgres://` URL (the shared backend). Backends are imported lazily.
 */
import { resolve } from 'node:path';
import type { Ledger } from './port.js';
import type { JobReader } from './sqlite/reader.js';

export type { JobReader };

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export interface OpenOptions {
  /** Connections a PostgreSQL ledger may hold (about the run's concurrency plus a few). */
  poolSize?: number;
}

export async function openLedger(location: string, opts: OpenOptions = {}): Promise<Ledger> {
  if (isPostgresUrl(location)) {
    const { openPostgresLedger } = await import('./postgres/index.js');
    return openPostgresLedger(location, { poolSize: opts.poolSize });
  }
  const { openSqliteLedger } = await import('./sqlite/index.js');
  return openSqliteLedger(location === ':memory:' ? location : resolve(location));
}

/**
 * The ledger a dry run reads, which it leaves as it is on disk: for SQLite a read-only or
 * in-memory view (sqlite/index.ts openSqliteSnapshot; `migrationDue` when the file is older and
 * was migrated in memory only); a PostgreSQL ledger is opened as usual (its schema is migrated by
 * whichever docparse connects first).
 */
export async function openLedgerSnapshot(location: string, opts: OpenOptions = {}): Promise<{ ledger: Ledger; migrationDue: boolean }> {
  if (isPostgresUrl(location)) return { ledger: await openLedger(location, opts), migrationDue: false };
  const { openSqliteSnapshot } = await import('./sqlite/index.js');
  return openSqliteSnapshot(resolve(location));
}

/**
 * A read-only view of a SQLite ledger that is there and up to date, for `status <jobId>`; null
 * otherwise (a PostgreSQL URL, `:memory:`, no file yet, a migration due): open the full ledger then.
 */
export async function openJobReader(location: string): Promise<JobReader | null> {
  if (isPostgresUrl(location) || location === ':memory:') return null;
  const { openSqliteReader } = await import('./sqlite/reader.js');
  return openSqliteReader(resolve(location));
}
