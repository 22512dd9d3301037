/**
 * The failures report: failures.json for programs, failures.csv for spreadsheets.
 * Written on every run (empty when nothing failed) so an old report never lingers.
 */
import { join } from 'node:path';
import type { Job } from '../types.js';
import { writeFileAtomic, writeJsonAtomic } from './atomic.js';
import { csvLine } from './csv.js';
import { shownPath } from '../raw-names.js';

export interface FailureRow {
  path: string;
  jobId: string | null;
  fingerprint: string | null;
  errorClass: string;
  message: string;
  attempts: number;
  retryable: boolean;
  hint: string;
}

/** A failed job's row. */
export function jobFailureRow(j: Job): FailureRow {
  return {
    path: j.path,
    jobId: j.id,
    fingerprint: j.fingerprint,
    errorClass: j.error?.errorClass ?? 'internal',
    message: j.error?.message ?? '',
    attempts: j.attempts,
    retryable: j.error?.retryable ?? false,
    hint: j.error?.hint ?? '',
  };
}

const COLUMNS: Array<keyof FailureRow> = ['path', 'jobId', 'fingerprint', 'errorClass', 'message', 'attempts', 'retryable', 'hint'];

export function failuresCsv(rows: FailureRow[]): string {
  return csvLine(COLUMNS) + rows.map((r) => csvLine(COLUMNS.map((c) => (c === 'path' ? shownPath(r.path) : r[c])))).join('');
}

/**
 * failures.json and failures.csv. `durable: false` (a run that processed nothing): no fsync, and a
 * file that already holds the same bytes is left alone; the ledger can rebuild both.
 */
export function writeFailures(outDir: string, rows: FailureRow[], durable = true): void {
  const o = durable ? {} : { sync: false, unlessSame: true };
  writeJsonAtomic(join(outDir, 'failures.json'), rows, o);
  writeFileAtomic(join(outDir, 'failures.csv'), failuresCsv(rows), o);
}
