/**
 * SQLite's words for what differs between the SQL backends (../sql/dialect.ts). Its own file so
 * the read-only reader (reader.ts) has them without the read-write ledger.
 */
import type { Dialect } from '../sql/dialect.js';

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
  forShare: '',
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
