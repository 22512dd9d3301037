/**
 * The failures report: failures.json for programs, failures.csv for spreadsheets.
 * Written on every run (empty when nothing failed) so an old report never lingers.
 */
import { join } from 'node:path';
import { writeFileAtomic, writeJsonAtomic } from './atomic.js';

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

const COLUMNS: Array<keyof FailureRow> = ['path', 'jobId', 'fingerprint', 'errorClass', 'message', 'attempts', 'retryable', 'hint'];

function csvCell(v: unknown): string {
  const s = v == null ? '' : String(v);
  // Quote everything that could break a row or be read as a formula by a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function failuresCsv(rows: FailureRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const r of rows) lines.push(COLUMNS.map((c) => csvCell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function writeFailures(outDir: string, rows: FailureRow[]): void {
  writeJsonAtomic(join(outDir, 'failures.json'), rows);
  writeFileAtomic(join(outDir, 'failures.csv'), failuresCsv(rows));
}
