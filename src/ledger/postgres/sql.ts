/**
 * The seam between the PostgreSQL ledger and the `pg` driver: index.ts builds it on a pool,
 * and nothing else here knows about connections, clients or pools.
 */
import type { Result, Row } from '../sql/statements.js';

export type { Row };

export interface Sql {
  query(text: string, params?: unknown[]): Promise<Row[]>;
  /** The rows, and how many rows an INSERT, UPDATE or DELETE changed. */
  execute(text: string, params?: unknown[]): Promise<Result>;
}

export interface Db extends Sql {
  /**
   * Runs `fn` in one transaction on one connection; commits, or rolls back on a throw.
   * Retried from the start on a deadlock or serialization failure, so `fn` must only touch
   * the database.
   */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  /** Runs `fn` on one dedicated connection, outside any transaction (session-level locks). */
  session<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}
