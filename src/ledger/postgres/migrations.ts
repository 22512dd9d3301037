/**
 * Numbered, append-only SQL migrations (`NNNN_name.sql`), one transaction each, the version
 * in `docparse_schema`. Several docparse processes may start at once on a new database, so
 * the whole check-and-apply runs under a session advisory lock: the first one migrates, the
 * others wait, re-read the version and find nothing to do.
 */
import { loadMigrationsFrom, type Migration } from '../migrations.js';
import { LedgerError } from '../../errors.js';
import type { Db, Sql } from './sql.js';

/** pg_advisory_lock key: "docparse" in ASCII, so other applications' keys are unlikely to collide. */
const MIGRATION_LOCK = 0x646f637061727365n.toString();

export function loadMigrations(): Migration[] {
  return loadMigrationsFrom(new URL('./migrations/', import.meta.url));
}

/** The schema version of the database; 0 when docparse never ran on it. */
export async function schemaVersion(q: Sql): Promise<number> {
  const [exists] = await q.query(`SELECT to_regclass('docparse_schema') IS NOT NULL AS ok`);
  if (!exists?.ok) return 0;
  const [row] = await q.query('SELECT coalesce(max(version), 0) AS v FROM docparse_schema');
  return Number(row?.v ?? 0);
}

/**
 * Brings the database to the latest schema. Throws LedgerError, changing nothing, when a newer
 * docparse migrated it.
 */
export async function migrate(db: Db, location: string, now: () => number = Date.now): Promise<void> {
  const migrations = loadMigrations();
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const tooNew = (v: number) =>
    new LedgerError(
      `the ledger ${location} was written by a newer docparse (schema version ${v}; this docparse knows up to ${latest}); nothing was changed`,
      'Upgrade docparse on this machine (every worker on one ledger needs the same or a newer version), or use another database with --ledger.',
    );
  // The common case, checked without the lock: already up to date.
  const seen = await schemaVersion(db);
  if (seen > latest) throw tooNew(seen);
  if (seen === latest) return;
  await db.session(async (s) => {
    await s.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK]);
    try {
      // Re-read under the lock: another process may have migrated meanwhile.
      const current = await schemaVersion(s);
      if (current > latest) throw tooNew(current);
      for (const m of migrations) {
        if (m.version <= current) continue;
        await s.query('BEGIN');
        try {
          if (m.version === 1) {
            await s.query(`CREATE TABLE IF NOT EXISTS docparse_schema (
              version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`);
          }
          await s.query(m.sql);
          await s.query('INSERT INTO docparse_schema (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, now()]);
          await s.query('COMMIT');
        } catch (err) {
          await s.query('ROLLBACK').catch(() => undefined);
          throw new LedgerError(
            `cannot set up the ledger tables in ${location} (migration ${m.name}): ${(err as Error).message}`,
            'Give docparse a database (or a user with CREATE rights) of its own: its tables (jobs, runs, files ...) must not clash with another application\'s.',
            err,
          );
        }
      }
    } finally {
      await s.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  });
}
