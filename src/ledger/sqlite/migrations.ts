/**
 * The SQLite ledger's migrations; the schema version lives in `PRAGMA user_version`.
 */
import { loadMigrationsFrom, type Migration } from '../migrations.js';

export type { Migration };

export function loadMigrations(): Migration[] {
  return loadMigrationsFrom(new URL('./migrations/', import.meta.url));
}
