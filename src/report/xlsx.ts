/**
 * results.xlsx (`export --format xlsx`) with exceljs's streaming writer, so rows go to disk as
 * they come and memory stays flat on large ledgers. Values are typed: amounts and confidences
 * are numbers, dates are dates (shown yyyy-mm-dd), needsReview is a boolean; text is always a
 * string cell, never a formula, so a value read off an invoice cannot run in the spreadsheet.
 * Written under a temp name and renamed when complete.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { tempPathFor } from './atomic.js';
import { CORE_FIELDS, type DocumentRow } from './rows.js';
import { RESULT_COLUMNS, resultCells } from './csv.js';
import type { FailureRow } from './failures.js';
import { shownPath } from '../raw-names.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date as a Date at midnight UTC (what spreadsheets store as a day), or null. */
export function isoDateToDate(s: unknown): Date | null {
  const m = typeof s === 'string' ? ISO_DATE.exec(s) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) ? d : null;
}

const DATE_COLUMNS = new Set(CORE_FIELDS.filter((c) => c.type === 'date').map((c) => c.key));
const NUMBER_COLUMNS = new Set([...CORE_FIELDS.filter((c) => c.type === 'number').map((c) => c.key), 'lowestConfidence']);

export interface XlsxWriter {
  addResult(row: DocumentRow): void;
  addFailure(row: FailureRow): void;
  /** Finishes the workbook and moves it into place. */
  commit(): Promise<void>;
  abort(): Promise<void>;
}

const FAILURE_COLUMNS: Array<keyof FailureRow> = ['path', 'jobId', 'fingerprint', 'errorClass', 'message', 'attempts', 'retryable', 'hint'];

export async function openXlsxWriter(path: string): Promise<XlsxWriter> {
  const { default: ExcelJS } = await import('exceljs');
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
  wb.creator = 'docparse';
  const results = wb.addWorksheet('Results', { views: [{ state: 'frozen', ySplit: 1 }] });
  results.columns = RESULT_COLUMNS.map((key) => ({
    header: key,
    key,
    width: key === 'path' || key === 'reasons' ? 50 : key === 'fingerprint' ? 20 : 16,
    style: DATE_COLUMNS.has(key) ? { numFmt: 'yyyy-mm-dd' } : key === 'lowestConfidence' ? { numFmt: '0.00' } : {},
  }));
  const failures = wb.addWorksheet('Failures', { views: [{ state: 'frozen', ySplit: 1 }] });
  failures.columns = FAILURE_COLUMNS.map((key) => ({ header: key, key, width: key === 'path' || key === 'message' || key === 'hint' ? 50 : 16 }));
  // Failures come while results are being written: keep them until the results sheet is done
  // (the streaming writer commits one sheet at a time). There are few, and each is small.
  const pendingFailures: FailureRow[] = [];
  let done = false;
  return {
    addResult(row) {
      const cells = resultCells(row);
      const values = RESULT_COLUMNS.map((key, i) => {
        const v = cells[i];
        if (DATE_COLUMNS.has(key)) return isoDateToDate(v) ?? (v === null ? null : String(v));
        if (NUMBER_COLUMNS.has(key)) return typeof v === 'number' ? v : null;
        if (key === 'needsReview') return row.needsReview;
        return v === null ? null : String(v);
      });
      results.addRow(values).commit();
    },
    addFailure(row) {
      pendingFailures.push({ ...row, path: shownPath(row.path) });
    },
    async commit() {
      if (done) return;
      done = true;
      results.commit();
      for (const f of pendingFailures) failures.addRow(FAILURE_COLUMNS.map((k) => f[k])).commit();
      failures.commit();
      await wb.commit();
      renameSync(tmp, path);
    },
    async abort() {
      done = true;
      rmSync(tmp, { force: true });
    },
  };
}
