/**
 * Opens the PostgreSQL ledger (`--ledger postgres://user@host/db`). The only module that
 * imports `pg`: it turns a pool into the `Db` seam (sql.ts), translates connection trouble into
 * LedgerError (exit 5) with a message naming the server but never a password, checks the server
 * version, brings the schema up to date under an advisory lock, and runs the ledger logic
 * (../sql) on it with PostgreSQL's dialect (dialect.ts).
 */
import pg from 'pg';
import { EnvironmentError, ExitCode, LedgerError, UsageError } from '../../errors.js';
import type { Ledger } from '../port.js';
import { SqlLedger } from '../sql/ledger.js';
import { pgDriver, POSTGRES } from './dialect.js';
import { migrate } from './migrations.js';
import { redactUrl } from '../../redact.js';
import type { Db, Row, Sql } from './sql.js';

export interface PostgresLedgerOptions {
  /**
   * Connections kept open at most. A worker needs about one per document it processes at
   * once (claims, heartbeats and completions overlap), so size it to the concurrency.
   * Default 10; mind the server's `max_connections` across all workers.
   */
  poolSize?: number;
  /** How long to wait for a connection before calling the server unreachable, ms. Default 10 s. */
  connectTimeoutMs?: number;
}

/** Oldest server the schema and queries are written for (SKIP LOCKED, identity columns). */
const MIN_SERVER_VERSION = 120000;

export async function openPostgresLedger(url: string, opts: PostgresLedgerOptions = {}): Promise<Ledger> {
  const location = redactUrl(url);
  try {
    new URL(url);
  } catch {
    throw new UsageError(`the ledger URL ${location} is not a valid URL (a port over 65535, a character to escape?)`, 'Write it as postgres://user@host:5432/database, with special characters in the user or database name %-escaped.');
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: Math.max(2, opts.poolSize ?? 10),
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'docparse',
  });
  // An idle connection dropped by the server (restart, network cut) must not crash the
  // process; the next query gets a fresh connection or reports the failure.
  pool.on('error', () => undefined);
  const db = poolDb(pool, location);
  try {
    const [row] = await db.query(`SELECT current_setting('server_version_num')::int AS v, current_setting('server_version') AS name`);
    if (Number(row.v) < MIN_SERVER_VERSION) {
      throw new LedgerError(`the PostgreSQL server at ${location} is too old (${String(row.name)}); docparse needs PostgreSQL 12 or newer`, 'Upgrade the server, or use a SQLite ledger (a file path) on one machine.');
    }
    await migrate(db, location);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  return new SqlLedger(pgDriver(db), POSTGRES, location);
}

/** The URL without its password, for messages (also used by the tests). */
export { redactUrl };

/** SQLSTATEs after which running the same transaction again can succeed. */
const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

function poolDb(pool: pg.Pool, location: string): Db {
  const run = (c: pg.Pool | pg.PoolClient): Sql => {
    const execute = async (text: string, params?: unknown[]) => {
      try {
        const r = await c.query<Row>(text, params);
        return { rows: r.rows, changes: r.rowCount ?? 0 };
      } catch (err) {
        throw translate(err, location);
      }
    };
    return { execute, query: async (text, params) => (await execute(text, params)).rows };
  };
  const connect = async () => {
    try {
      return await pool.connect();
    } catch (err) {
      throw translate(err, location);
    }
  };
  return {
    ...run(pool),
    async tx(fn) {
      for (let attempt = 1; ; attempt++) {
        const client = await connect();
        const q = run(client);
        let broken = false;
        try {
          await q.query('BEGIN');
          const out = await fn(q);
          await q.query('COMMIT');
          return out;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          const code = (err as { code?: string }).code ?? ((err as Error).cause as { code?: string } | undefined)?.code;
          if (attempt < 5 && code && RETRYABLE.has(code)) continue;
          throw err;
        } finally {
          client.release(broken);
        }
      }
    },
    async session(fn) {
      const client = await connect();
      try {
        return await fn(run(client));
      } finally {
        client.release();
      }
    },
    async end() {
      await pool.end();
    },
  };
}

/** Connection-level failures become LedgerError (exit 5); anything else passes through. */
function translate(err: unknown, location: string): unknown {
  if (err instanceof LedgerError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  const msg = e.message ?? String(err);
  const hintUrl = 'Check the server and --ledger / DOCPARSE_LEDGER (postgres://user@host:port/database).';
  switch (code) {
    case 'ECONNREFUSED':
      return new EnvironmentError(`the PostgreSQL server at ${location} refused the connection (is it running, on that port?)`, ExitCode.unreachable, hintUrl, err);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new EnvironmentError(`cannot resolve the host of the ledger ${location}`, ExitCode.unreachable, hintUrl, err);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
      return new EnvironmentError(`cannot reach the PostgreSQL server at ${location} (${code})`, ExitCode.unreachable, 'Check the network path to the server (firewall, VPN) and that it is up.', err);
    case 'ERR_SOCKET_BAD_PORT':
      return new UsageError(`the ledger URL ${location} has no valid port (${msg})`, 'A port is a number from 1 to 65535: postgres://user@host:5432/database.');
    case '28P01':
    case '28000':
      return new LedgerError(`the PostgreSQL server at ${location} refused the login: ${msg}`, 'Check the user name, and give the password through PGPASSWORD or ~/.pgpass rather than in the URL.', err);
    case '3D000':
      return new LedgerError(`the database of the ledger ${location} does not exist`, 'Create it first (createdb, or CREATE DATABASE ...): docparse creates its tables but not the database.', err);
    case '57P01':
    case '57P02':
    case '57P03':
    case '53300':
      return new LedgerError(`the PostgreSQL server at ${location} is not taking connections now: ${msg}`, 'Wait for the server to come back (or raise max_connections), then run the command again: no finished work is lost.', err);
  }
  // TLS: sslmode=require against a server without it, or a certificate that does not verify.
  if (/does not support SSL|SSL|TLS|certificate|self[- ]signed/i.test(msg) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return new EnvironmentError(`the TLS connection to the PostgreSQL server at ${location} failed: ${msg}`, ExitCode.unreachable, 'Enable SSL on the server, or set sslmode in the URL to what it offers (e.g. sslmode=disable on a trusted network); for a private CA, give sslrootcert=FILE.', err);
  }
  if (code.startsWith('08') || /timeout exceeded when trying to connect|Connection terminated/i.test(msg)) {
    return new EnvironmentError(`lost the connection to the PostgreSQL server at ${location}: ${msg}`, ExitCode.unreachable, 'Check the server and the network, then run the command again: no finished work is lost.', err);
  }
  return err;
}
