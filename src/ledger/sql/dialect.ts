/**
 * What differs between the two SQL backends, in words the ledger logic uses: a few pieces of
 * SQL text, how a batch of rows is written, and how statements run (the Driver). Everything
 * else, the state machine's patches, filters, stats, prune and the outbox, is written once.
 */
import type { Row, Step } from './statements.js';

/** Column types of a batch's row set (PostgreSQL array types). */
export type ColumnType = 'text' | 'bigint' | 'int' | 'float8' | 'json';
export type Columns = ReadonlyArray<readonly [name: string, type: ColumnType]>;

export interface Dialect {
  /** Text of a JSON column's member at a dotted path: `json_extract(c, '$.a.b')`, `c->'a'->>'b'`. */
  jsonText(column: string, path: string): string;
  /** The JSON member is `true` (false when missing), as a boolean expression. */
  jsonTrue(column: string, path: string): string;
  /** `a` equals `b`, two nulls being equal: `a IS b`, `a IS NOT DISTINCT FROM b`. */
  same(a: string, b: string): string;
  /** `expr` is one of the texts of the array bound to the next `?`. */
  inList(expr: string): string;
  /** 1-based position of `needle` in `haystack`, 0 when absent: `instr`, `strpos`. */
  position(haystack: string, needle: string): string;
  /**
   * `INSERT INTO table (columns..., literal columns...)` of a batch's rows, each row giving the
   * values of `columns` in order; `literals` are SQL constants for the other columns. Append
   * ON CONFLICT / RETURNING as needed. SQLite inserts a row at a time with VALUES (several times
   * faster for it than INSERT ... SELECT); PostgreSQL inserts the batch in row order.
   */
  insertRows(table: string, columns: Columns, literals?: Record<string, string>): string;
  /**
   * `UPDATE table` of a batch's rows: each row gives the values of `columns`, then its `key`.
   * SQLite updates a row at a time by its key (an UPDATE joined to a row set costs it ~1 ms a
   * statement); PostgreSQL joins the batch (UPDATE ... FROM).
   */
  updateRows(table: string, key: Columns[number], columns: Columns): string;
  /**
   * Whether one statement may write to two tables (PostgreSQL's data-modifying WITH): a state
   * change and its audit event then cost one round trip, not two.
   */
  readonly chainsWrites: boolean;
  /** Appended to a SELECT of rows the transaction will change (SQLite's write lock covers them already). */
  readonly forUpdate: string;
  /** Appended to a SELECT of rows the transaction relies on staying as read, without changing them. */
  readonly forShare: string;
  /** Appended to a claim's SELECT: other processes' rows being claimed are passed over, not waited for. */
  readonly skipLocked: string;
  /**
   * A statement taking a lock on a text key until the transaction ends (parameters: a class
   * number, the key), or null where writers are serialised already (SQLite's write lock).
   */
  readonly lockText: string | null;
  /**
   * The claim's FROM: waiting jobs `j` read down the `jobs_waiting` index. SQLite names the index
   * (`INDEXED BY`): without statistics its planner takes the status index and sorts every waiting
   * job, 26 ms a claim at 100,000 of them; PostgreSQL's planner finds it.
   */
  readonly waitingJobs: string;
  /** The same for a run's own waiting jobs, read down `jobs_waiting_run`. */
  readonly waitingRunJobs: string;
  /** The column that orders a job's run links by insertion (a job's latest run). */
  readonly linkOrder: string;
  /** Statements that give freed space back to the file system (prune --vacuum), outside a transaction. */
  readonly compact: readonly string[];
  /** Whether `err` is the violation of the UNIQUE constraint on `column`. */
  isUniqueViolation(err: unknown, column: string): boolean;
}

/** How a backend runs the ledger logic's statements. */
export interface Driver {
  /**
   * Runs `steps` as one write transaction: IMMEDIATE in SQLite (one writer at a time, so a claim
   * is atomic across processes), BEGIN ... COMMIT in PostgreSQL with the rows locked by
   * `forUpdate` / `skipLocked`, started again from the beginning after a deadlock. Throwing
   * inside rolls it back.
   */
  write<T>(steps: () => Step<T>): Promise<T>;
  /** Runs `steps` outside a transaction, each statement on its own (reads, single-statement writes). */
  read<T>(steps: () => Step<T>): Promise<T>;
  close(): Promise<void>;
}

export type { Row };
