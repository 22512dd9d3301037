/**
 * A real PostgreSQL for the tests, one fresh database per test file (graphile-worker style).
 *
 * The server is `DOCPARSE_TEST_PG_URL` when set (CI sets it from scripts/pg-test-server.sh);
 * otherwise this file starts a throwaway cluster with that script and stops it afterwards.
 * When neither works, `skipReason` says why, and the test file reports itself skipped with it.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { tempDir } from './fixtures.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-test-server.sh', import.meta.url));

export interface PgTestDb {
  /** postgres:// URL of the fresh database. */
  url: string;
  /** Runs one query on the test database (checks the tests make directly). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Another fresh database on the same server. */
  createDatabase(prefix?: string): Promise<string>;
  /** Drops the databases (and stops the server this file started). */
  drop(): Promise<void>;
}

export type PgTestSetup = { db: PgTestDb; skipReason: null } | { db: null; skipReason: string };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function startServer(): Promise<{ url: string; stop: () => void } | string> {
  const dir = tempDir('docparse-pg-');
  try {
    const url = execFileSync('bash', [SCRIPT, 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).trim();
    return {
      url,
      stop: () => {
        try {
          execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'ignore', timeout: 30_000 });
        } catch {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = String((err as { stderr?: string }).stderr ?? '').trim();
    return `DOCPARSE_TEST_PG_URL is not set and scripts/pg-test-server.sh could not start a server (${stderr ? stderr.split('\n')[0] : (err as Error).message})`;
  }
}

/** Connects to the server, creates a fresh database for this test file. */
export async function pgTestDatabase(name: string): Promise<PgTestSetup> {
  let serverUrl = process.env.DOCPARSE_TEST_PG_URL || '';
  let stop = () => {};
  if (!serverUrl) {
    const started = await startServer();
    if (typeof started === 'string') return { db: null, skipReason: started };
    serverUrl = started.url;
    stop = started.stop;
  }
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
  } catch (err) {
    stop();
    // A server that was named (CI) but is down is a failure, never a skip.
    if (process.env.DOCPARSE_TEST_PG_URL) throw new Error(`DOCPARSE_TEST_PG_URL is set but the server does not answer: ${(err as Error).message}`);
    return { db: null, skipReason: `cannot connect to the PostgreSQL test server: ${(err as Error).message}` };
  }
  const created: string[] = [];
  const createDatabase = async (prefix = name) => {
    const db = `docparse_${prefix.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase();
    await admin.query(`CREATE DATABASE ${db}`);
    created.push(db);
    return withDatabase(serverUrl, db);
  };
  const url = await createDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    skipReason: null,
    db: {
      url,
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      createDatabase,
      drop: async () => {
        await client.end().catch(() => undefined);
        for (const db of created) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
        await admin.end().catch(() => undefined);
        stop();
      },
    },
  };
}

/** Empties the ledger tables between tests, keeping the schema (and its version). */
export async function truncateLedger(db: PgTestDb): Promise<void> {
  const tables = await db.query<{ t: string }>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'docparse_schema'`,
  );
  if (tables.length) await db.query(`TRUNCATE ${tables.map((r) => `"${r.t}"`).join(', ')} RESTART IDENTITY CASCADE`);
}
