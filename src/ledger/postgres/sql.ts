/**
 * The two-method seam between the PostgreSQL ledger and the driver: index.ts builds it on a
 * `pg` pool, and nothing else here knows about connections, clients or pools.
 */

export type Row = Record<string, unknown>;

export interface Sql {
  query(text: string, params?: unknown[]): Promise<Row[]>;
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
