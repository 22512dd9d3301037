/**
 * The SQLite ledger's migrations; the schema version lives in `PRAGMA user_version`.
 */
import { latestVersionIn, loadMigrationsFrom, type Migration } from '../migrations.js';

export type { Migration };

const FOLDER = new URL('./migrations/', import.meta.url);

export function loadMigrations(): Migration[] {
  return loadMigrationsFrom(FOLDER);
}

/** The schema version this docparse writes (the read-only reader opens only a ledger at it). */
export function latestVersion(): number {
  return latestVersionIn(FOLDER);
}
