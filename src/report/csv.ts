/**
 * CSV for spreadsheets: RFC 4180 (csv-stringify), CRLF line ends, and safe to open in Excel,
 * LibreOffice or Google Sheets: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with `'`, so a vendor name such as `=HYPERLINK(...)` read off an invoice is
 * shown as text, never run as a formula (OWASP "CSV injection"). Numbers stay numbers (a credit
 * note's -120.5 is not escaped).
 */
import { stringify } from 'csv-stringify/sync';
import { CORE_FIELDS, type DocumentRow } from './rows.js';

const OPTIONS = {
  escape_formulas: true,
  record_delimiter: 'windows',
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone CR or LF,
  // which breaks rows in readers that take either as a line end.
  quoted_match: /[\r\n]/,
  cast: { boolean: (b: boolean) => (b ? 'true' : 'false') },
} as const;

/** One CSV record (with its CRLF) from cell values; null and undefined are empty cells. */
export function csvLine(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return stringify([cells.map((c) => (c === undefined ? null : c))], OPTIONS);
}

/** results.csv columns, in order. */
export const RESULT_COLUMNS: readonly string[] = [
  'path',
  'jobId',
  'fingerprint',
  'documentType',
  ...CORE_FIELDS.map((c) => c.key),
  'lowestConfidence',
  'needsReview',
  'duplicateOf',
  'reasons',
];

/** Review reasons (and duplicate job ids) share one cell, separated by this. */
export const LIST_SEPARATOR = ' | ';

export function resultCells(row: DocumentRow): Array<string | number | boolean | null> {
  return [
    row.path,
    row.jobId,
    row.fingerprint,
    row.documentType,
    ...CORE_FIELDS.map((c) => row.values[c.key] ?? null),
    row.lowestConfidence,
    row.needsReview,
    row.duplicateOf.join(LIST_SEPARATOR),
    row.reviewReasons.join(LIST_SEPARATOR),
  ];
}

export const resultsCsvHeader = (): string => csvLine([...RESULT_COLUMNS]);
export const resultCsvLine = (row: DocumentRow): string => csvLine(resultCells(row));
