/**
 * How the ledger logic (../sql) runs on one better-sqlite3 connection, read-write (index.ts) or
 * read-only (reader.ts): statements prepared once, steps driven synchronously, damage reported
 * as the ledger error it is.
 */
import type Database from 'better-sqlite3';
import { LedgerError, environmentError } from '../../errors.js';
import type { Driver } from '../sql/dialect.js';
import { driveSync, ROWS, type Query, type Result, type Row, type Step } from '../sql/statements.js';

/**
 * Runs the ledger logic synchronously on one connection. Statements are prepared once and kept;
 * a batch statement runs once per row; booleans bind as 0/1 and lists as JSON text (json_each).
 */
export function sqliteDriver(db: Database.Database, path: string): Driver {
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) prepared.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const bind = (params: unknown[]) => params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : Array.isArray(p) ? JSON.stringify(p) : (p ?? null)));
  const execute = (stmt: Database.Statement, params: unknown[]): Result => {
    if (!stmt.reader) return { rows: [], changes: stmt.run(...bind(params)).changes };
    const rows = stmt.all(...bind(params)) as Row[];
    return { rows, changes: rows.length };
  };
  const run = (q: Query): Result => {
    const stmt = statement(q.sql);
    if (!q.rows) return execute(stmt, q.params);
    const out: Result = { rows: [], changes: 0 };
    for (const row of q.rows) {
      const r = execute(stmt, q.params.length === 1 && q.params[0] === ROWS ? row : q.params.flatMap((p) => (p === ROWS ? row : [p])));
      for (const x of r.rows) out.rows.push(x);
      out.changes += r.changes;
    }
    return out;
  };
  // One wrapper for every write: BEGIN IMMEDIATE, the steps, COMMIT (ROLLBACK on a throw).
  const transaction = db.transaction((steps: Step<unknown>) => driveSync(steps, run));
  return {
    write: async <T>(steps: () => Step<T>) => reportDamage(path, () => transaction.immediate(steps()) as T),
    read: async (steps) => reportDamage(path, () => driveSync(steps(), run)),
    close: async () => {
      if (db.open) db.close();
    },
  };
}

/**
 * A ledger damaged past its first pages opens fine and fails at the first query that reads the
 * damage (SQLite rolls that statement back). Report that as the ledger error it is (exit 5),
 * not as an unexpected one; a full disk or a read-only file as the environment error it is.
 */
function reportDamage<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as { code?: string } | null)?.code;
    if (code !== 'SQLITE_CORRUPT' && code !== 'SQLITE_NOTADB') throw environmentError(err, `the ledger ${path}`) ?? err;
    throw new LedgerError(
      `the ledger ${path} is damaged (${(err as Error).message}); docparse stopped at the damage and did not write past it`,
      'Restore it from a backup, or point --ledger / DOCPARSE_LEDGER at a new file. docparse never repairs or overwrites a damaged ledger.',
      err,
    );
  }
}
