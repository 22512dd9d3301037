/**
 * PostgreSQL's way of saying what the ledger logic (../sql) needs, and the driver that runs it:
 * `?` placeholders become `$1, $2 ...`, a batch's rows become arrays read back with `unnest`
 * (one round trip per batch), writes run in one transaction each on one connection.
 */
import type { Columns, Dialect, Driver } from '../sql/dialect.js';
import { drive, ROWS, type Query, type Result } from '../sql/statements.js';
import type { Db, Sql } from './sql.js';

/** `c->'a'->'b'->>'c'`: the text of a JSON member. */
const jsonText = (column: string, path: string) => {
  const keys = path.split('.');
  return `(${column}${keys.slice(0, -1).map((k) => `->'${k}'`).join('')}->>'${keys[keys.length - 1]}')`;
};

/** A batch's rows as table `t`: one array per column, read back in row order. */
const rows = (columns: Columns) => `unnest(${columns.map(([, type]) => `?::${type}[]`).join(', ')}) WITH ORDINALITY AS t(${columns.map(([name]) => name).join(', ')}, n)`;

export const POSTGRES: Dialect = {
  jsonText,
  jsonTrue: (column, path) => `coalesce(${jsonText(column, path)}::boolean, false)`,
  same: (a, b) => `${a} IS NOT DISTINCT FROM ${b}`,
  inList: (expr) => `${expr} = ANY(?::text[])`,
  position: (haystack, needle) => `strpos(${haystack}, ${needle})`,
  insertRows: (table, columns, literals = {}) =>
    `INSERT INTO ${table} (${[...columns.map(([name]) => name), ...Object.keys(literals)].join(', ')}) ` +
    `SELECT ${[...columns.map(([name]) => `t.${name}`), ...Object.values(literals)].join(', ')} FROM ${rows(columns)} ORDER BY t.n`,
  updateRows: (table, key, columns) =>
    `UPDATE ${table} SET ${columns.map(([name]) => `${name} = t.${name}`).join(', ')} FROM ${rows([...columns, key])} WHERE ${table}.${key[0]} = t.${key[0]}`,
  chainsWrites: true,
  forUpdate: ' FOR UPDATE',
  // Two reruns counting the same jobs do not wait on each other; a --force requeueing them does.
  forShare: ' FOR SHARE',
  // A row another worker is claiming right now is passed over, not waited for.
  skipLocked: ' FOR UPDATE SKIP LOCKED',
  // Read committed sees what committed: two copies of one invoice completing at once take turns.
  lockText: 'SELECT pg_advisory_xact_lock(?, hashtext(?))',
  waitingJobs: 'jobs j',
  waitingRunJobs: 'jobs j',
  linkOrder: 'link_id',
  // Plain VACUUM makes the space reusable without locking out the workers (VACUUM FULL would).
  compact: ['jobs', 'job_events', 'job_paths', 'run_jobs', 'runs', 'files', 'outbox'].map((t) => `VACUUM (ANALYZE) ${t}`),
  isUniqueViolation: (err, column) => {
    const e = err as { code?: string; constraint?: string } | null;
    return e?.code === '23505' && String(e.constraint).includes(column);
  },
};

/** `?` -> `$n`, once per statement text. */
const numbered = new Map<string, string>();
function pgText(sql: string): string {
  let text = numbered.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, text);
  }
  return text;
}

export function pgDriver(db: Db): Driver {
  const run = (q: Sql) => async (query: Query): Promise<Result> => {
    let params = query.params;
    if (query.rows) {
      if (query.rows.length === 0) return { rows: [], changes: 0 };
      const rows = query.rows;
      const columns = rows[0].map((_, c) => rows.map((r) => r[c]));
      params = params.flatMap((p) => (p === ROWS ? columns : [p]));
    }
    return q.execute(pgText(query.sql), params);
  };
  return {
    write: (steps) => db.tx((q) => drive(steps(), run(q))),
    read: (steps) => drive(steps(), run(db)),
    close: () => db.end(),
  };
}
