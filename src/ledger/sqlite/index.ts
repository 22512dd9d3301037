/**
 * The SQLite ledger: the embedded default. With reader.ts (a read-only connection for `status`),
 * the only module that imports better-sqlite3.
 *
 * It opens the file (WAL mode with synchronous=NORMAL, see below; a busy timeout so several
 * docparse processes can share one file), brings the schema up to date, and runs the ledger
 * logic (../sql) synchronously: every write is one IMMEDIATE transaction, so a claim is atomic
 * across processes, and every statement is prepared once.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { makeDirs } from '../../make-dirs.js';
import { dirname } from 'node:path';
import { LedgerError, environmentError } from '../../errors.js';
import { SqlLedger } from '../sql/ledger.js';
import { SQLITE } from './dialect.js';
import { sqliteDriver } from './driver.js';
import { latestVersion, loadMigrations } from './migrations.js';
import { addonPath } from './addon.js';

export { SQLITE };

export interface SqliteLedgerOptions {
  /** Busy timeout in ms when another process holds the write lock. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

export function openSqliteLedger(path: string, opts: SqliteLedgerOptions = {}): SqlLedger {
  const db = openDatabase(path, opts);
  return new SqlLedger(sqliteDriver(db, path), SQLITE, `sqlite:${path}`);
}

/**
 * A dry run's view of the SQLite ledger at `path`, which changes nothing on disk: an existing
 * file is read through a read-only connection; one written by an older docparse is copied into
 * memory and migrated there (`migrationDue`: the file keeps its version until a real run
 * migrates it); no file yet is an empty ledger in memory (every file would be processed). Its
 * location names the path either way.
 */
export function openSqliteSnapshot(path: string): { ledger: SqlLedger; migrationDue: boolean } {
  const latest = latestVersion();
  let db: Database.Database;
  let migrationDue = false;
  if (!existsSync(path)) {
    db = openDatabase(':memory:', {});
  } else {
    db = openDatabase(path, { readonly: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < latest) {
      const image = db.serialize();
      // Header bytes 18-19 say "WAL": an in-memory database cannot be one (it would not open).
      image[18] = image[19] = 1;
      const copy = new Database(image, addonPath());
      db.close();
      setUp((db = copy), path);
      migrationDue = true;
    }
  }
  return { ledger: new SqlLedger(sqliteDriver(db, path), SQLITE, `sqlite:${path}`), migrationDue };
}

function openDatabase(path: string, opts: SqliteLedgerOptions): Database.Database {
  if (path !== ':memory:') {
    try {
      makeDirs(dirname(path), "the ledger's folder");
    } catch (err) {
      throw environmentError(err, `the ledger's folder ${dirname(path)}`, true) ?? err;
    }
  }
  const existed = path === ':memory:' ? false : existsSync(path);
  let opened: Database.Database | undefined;
  try {
    const busyTimeoutMs = opts.busyTimeoutMs ?? 15_000;
    const db = (opened = new Database(path, { readonly: opts.readonly ?? false, timeout: busyTimeoutMs, ...addonPath() }));
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
    const env = environmentError(err, `the ledger ${path}`, true);
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
  // A read-only connection (a dry run's) only reads: the file's journal mode and schema stay as they are.
  if (db.readonly) return;
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
