/**
 * How the ledger logic (this folder) talks to a database: it is written as generator functions
 * that yield one SQL statement at a time and get its rows back. A backend drives them: SQLite
 * synchronously, inside one IMMEDIATE transaction, so better-sqlite3's fast paths stay; PostgreSQL
 * with `await`, one round trip per statement. The SQL is written once, with `?` placeholders and
 * the few differences between the two put in words by the Dialect (dialect.ts).
 */

export type Row = Record<string, unknown>;

/** Marks, in `params`, where the placeholders of a batch's row set go (see `Query.rows`). */
export const ROWS = Symbol('rows');

export interface Query {
  sql: string;
  /** One value per `?`, in order; `ROWS` stands for the row set's columns. */
  params: unknown[];
  /**
   * A batch: the statement applies to each of these rows (values in the order of the columns given
   * to `Dialect.insertRows` or `Dialect.rows`). SQLite runs it once per row, prepared once;
   * PostgreSQL runs it once over one array per column (`unnest`), so a batch costs one round trip.
   */
  rows?: unknown[][];
}

export interface Result {
  rows: Row[];
  /** Rows inserted, updated or deleted. */
  changes: number;
}

/** Ledger logic: yields statements, receives their results, returns a value. */
export type Step<T> = Generator<Query, T, Result>;

/** The rows of one statement. */
export function* all(sql: string, params: unknown[] = [], rows?: unknown[][]): Step<Row[]> {
  return (yield { sql, params, rows }).rows;
}

/** The first row of one statement, if any. */
export function* one(sql: string, params: unknown[] = []): Step<Row | undefined> {
  return (yield { sql, params }).rows[0];
}

/** How many rows one statement changed. */
export function* exec(sql: string, params: unknown[] = [], rows?: unknown[][]): Step<number> {
  return (yield { sql, params, rows }).changes;
}

/** Runs steps synchronously against `run` (SQLite). */
export function driveSync<T>(steps: Step<T>, run: (q: Query) => Result): T {
  let r = steps.next(undefined as never);
  while (!r.done) {
    let result: Result;
    try {
      result = run(r.value);
    } catch (err) {
      r = steps.throw(err);
      continue;
    }
    r = steps.next(result);
  }
  return r.value;
}

/** Runs steps against `run`, one statement after the other (PostgreSQL). */
export async function drive<T>(steps: Step<T>, run: (q: Query) => Promise<Result>): Promise<T> {
  let r = steps.next(undefined as never);
  while (!r.done) {
    let result: Result;
    try {
      result = await run(r.value);
    } catch (err) {
      r = steps.throw(err);
      continue;
    }
    r = steps.next(result);
  }
  return r.value;
}

/** Milliseconds as stored (integers): callers' clocks may hand over fractions. */
export const ms = (n: number): number => Math.round(n);

/** Bytewise order, as the "C" collation of ids, fingerprints and paths (and SQLite's default). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
