/**
 * The SQLite ledger: the embedded default. The only module that imports better-sqlite3.
 *
 * It opens the file (WAL mode with synchronous=NORMAL, see below; a busy timeout so several
 * docparse processes can share one file), brings the schema up to date, and runs the ledger
 * logic (../sql) synchronously: every write is one IMMEDIATE transaction, so a claim is atomic
 * across processes, and every statement is prepared once.
 */
import Database from 'better-sqlite3';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { LedgerError, environmentError } from '../../errors.js';
import { SqlLedger } from '../sql/ledger.js';
import type { Dialect, Driver } from '../sql/dialect.js';
import { driveSync, ROWS, type Query, type Result, type Row, type Step } from '../sql/statements.js';
import { loadMigrations } from './migrations.js';

export interface SqliteLedgerOptions {
  /** Busy timeout in ms when another process holds the write lock. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

/** SQLite's way of saying what the ledger logic needs. */
export const SQLITE: Dialect = {
  jsonText: (column, path) => `json_extract(${column}, '$.${path}')`,
  jsonTrue: (column, path) => `(coalesce(json_extract(${column}, '$.${path}'), 0) = 1)`,
  same: (a, b) => `${a} IS ${b}`,
  inList: (expr) => `${expr} IN (SELECT value FROM json_each(?))`,
  position: (haystack, needle) => `instr(${haystack}, ${needle})`,
  insertRows: (table, columns, literals = {}) =>
    `INSERT INTO ${table} (${[...columns.map(([name]) => name), ...Object.keys(literals)].join(', ')}) VALUES (${[...columns.map(() => '?'), ...Object.values(literals)].join(', ')})`,
  updateRows: (table, [key], columns) => `UPDATE ${table} SET ${columns.map(([name]) => `${name} = ?`).join(', ')} WHERE ${key} = ?`,
  chainsWrites: false,
  // One writer at a time: an IMMEDIATE transaction holds the whole file.
  forUpdate: '',
  skipLocked: '',
  lockText: null,
  waitingJobs: 'jobs j INDEXED BY jobs_waiting',
  waitingRunJobs: 'jobs j INDEXED BY jobs_waiting_run',
  linkOrder: 'rowid',
  compact: ['VACUUM'],
  isUniqueViolation: (err, column) => {
    const e = err as { code?: string; message?: string } | null;
    return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' && String(e.message).includes(column);
  },
};

export function openSqliteLedger(path: string, opts: SqliteLedgerOptions = {}): SqlLedger {
  const db = openDatabase(path, opts);
  return new SqlLedger(sqliteDriver(db, path), SQLITE, `sqlite:${path}`);
}

function openDatabase(path: string, opts: SqliteLedgerOptions): Database.Database {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw environmentError(err, `the ledger's folder ${dirname(path)}`) ?? err;
    }
  }
  const existed = path === ':memory:' ? false : existsSync(path);
  let opened: Database.Database | undefined;
  try {
    const busyTimeoutMs = opts.busyTimeoutMs ?? 15_000;
    const db = (opened = new Database(path, { readonly: opts.readonly ?? false, timeout: busyTimeoutMs }));
    // Several processes opening a new ledger at once: switching it to WAL can fail with
    // SQLITE_BUSY without SQLite's busy handler being asked (seen in tests: "locked by another
    // process"), so the set-up is retried until the busy timeout. Every step is idempotent.
    const deadline = Date.now() + busyTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        setUp(db, path);
        return db;
      } catch (err) {
        if (!String((err as { code?: string }).code).startsWith('SQLITE_BUSY') || Date.now() >= deadline) throw err;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(200, 10 * 2 ** attempt));
      }
    }
  } catch (err) {
    // Close what was opened, so a refused ledger is left as it was (no -wal/-shm beside it).
    try {
      opened?.close();
    } catch {
      /* nothing more to release */
    }
    if (err instanceof LedgerError) throw err;
    const e = err as { code?: string; message?: string };
    if (e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT') {
      throw new LedgerError(
        `the ledger ${path} is not a valid docparse ledger (${e.message}); nothing was changed`,
        'Restore it from a backup, or point --ledger / DOCPARSE_LEDGER at a new file. docparse never overwrites an unreadable ledger.',
        err,
      );
    }
    const env = environmentError(err, `the ledger ${path}`);
    if (env) throw env;
    if (String(e.code).startsWith('SQLITE_BUSY')) {
      throw new LedgerError(`the ledger ${path} is locked by another process`, 'Wait for the other docparse process, or raise the busy timeout.', err);
    }
    throw new LedgerError(`cannot open the ledger ${path}${existed ? '' : ' (new file)'}: ${e.message}`, 'Check the path and its permissions (--ledger / DOCPARSE_LEDGER).', err);
  }
}

function setUp(db: Database.Database, path: string): void {
  // Reading the schema version is the first query: it fails on a file that is not a database.
  const version = db.pragma('user_version', { simple: true }) as number;
  // Refuse a newer ledger before any pragma that writes (journal_mode = WAL rewrites the header).
  refuseNewer(path, version);
  db.pragma('journal_mode = WAL');
  // In WAL mode, NORMAL never corrupts the ledger and survives any process crash (kill -9);
  // only a power loss may roll back the last commits, whose jobs then simply run again.
  // FULL would add an fsync per state change (~1 ms each here).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // No memory map (mmap_size stays 0): mapped ledger pages count in a run's resident memory
  // (bench, 10,000 files: peak RSS 134 MB mapped vs 120 MB not) and the no-op rerun was not
  // measurably faster with it on an idle machine (10,000 files 0.75 s mapped vs 0.61 s not).
  // better-sqlite3 builds SQLite with a 16 MB page cache per connection, which a run fills as its
  // ledger grows (21 MB at 10,000 jobs): memory that grew with the number of files. 4 MB holds
  // the indexes a claim and a lookup walk; other pages come from the OS's file cache.
  db.pragma('cache_size = -4000');
  migrate(db, path, version);
}

function refuseNewer(path: string, current: number): void {
  const migrations = loadMigrations();
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new LedgerError(
      `the ledger ${path} was written by a newer docparse (schema version ${current}; this docparse knows up to ${latest}); nothing was changed`,
      'Upgrade docparse, or use another ledger file with --ledger.',
    );
  }
}

function migrate(db: Database.Database, path: string, current: number): void {
  refuseNewer(path, current);
  const migrations = loadMigrations();
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current === latest) return;
  // Re-read the version inside the write lock: another process may have migrated meanwhile.
  db.transaction(() => {
    const now = db.pragma('user_version', { simple: true }) as number;
    for (const m of migrations) {
      if (m.version <= now) continue;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

/**
 * Runs the ledger logic synchronously on one connection. Statements are prepared once and kept;
 * a batch statement runs once per row; booleans bind as 0/1 and lists as JSON text (json_each).
 */
function sqliteDriver(db: Database.Database, path: string): Driver {
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
