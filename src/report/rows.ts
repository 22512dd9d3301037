/**
 * One flat row per document: what the spreadsheets (results.csv, export --format csv|xlsx) and
 * the review report show. The core fields are listed once here, so every output names and
 * orders them alike.
 */
import type { DocumentResult, Field, FieldBox, Job } from '../types.js';
import { shownPath } from '../raw-names.js';

/** Where a field was read: 1-based page and a rectangle as fractions of the page (0..1, origin top-left). */
export type { FieldBox };

export type CoreValueType = 'text' | 'date' | 'number';

export interface CoreField {
  /** Column name in the spreadsheets (camelCase, as in the result JSON where it can be). */
  key: string;
  /** Header people read (report, XLSX). */
  label: string;
  type: CoreValueType;
  get(r: DocumentResult): Field<string> | Field<number> | null;
}

/** The fields a reviewer checks, in the order the outputs show them. */
export const CORE_FIELDS: readonly CoreField[] = [
  { key: 'invoiceNumber', label: 'Invoice number', type: 'text', get: (r) => r.invoiceNumber },
  { key: 'invoiceDate', label: 'Invoice date', type: 'date', get: (r) => r.invoiceDate },
  { key: 'dueDate', label: 'Due date', type: 'date', get: (r) => r.dueDate },
  { key: 'vendorName', label: 'Vendor', type: 'text', get: (r) => r.vendor?.name ?? null },
  { key: 'vendorTaxId', label: 'Vendor tax id', type: 'text', get: (r) => r.vendor?.taxId ?? null },
  { key: 'customerName', label: 'Customer', type: 'text', get: (r) => r.customer?.name ?? null },
  { key: 'currency', label: 'Currency', type: 'text', get: (r) => r.currency },
  { key: 'subtotal', label: 'Subtotal', type: 'number', get: (r) => r.subtotal },
  { key: 'tax', label: 'Tax', type: 'number', get: (r) => r.tax },
  { key: 'total', label: 'Total', type: 'number', get: (r) => r.total },
  { key: 'amountDue', label: 'Amount due', type: 'number', get: (r) => r.amountDue ?? null },
];

/** Fields the report's document view lists (the core fields plus the parties' addresses). */
export const VIEW_FIELDS: readonly CoreField[] = [
  ...CORE_FIELDS.slice(0, 5),
  { key: 'vendorAddress', label: 'Vendor address', type: 'text', get: (r) => r.vendor?.address ?? null },
  CORE_FIELDS[5],
  { key: 'customerTaxId', label: 'Customer tax id', type: 'text', get: (r) => r.customer?.taxId ?? null },
  { key: 'customerAddress', label: 'Customer address', type: 'text', get: (r) => r.customer?.address ?? null },
  ...CORE_FIELDS.slice(6),
];

/** A job as the outputs need it: the job and every path its content was seen under. */
export interface JobWithPaths {
  job: Pick<Job, 'id' | 'fingerprint' | 'path' | 'fileName' | 'status' | 'result' | 'error' | 'pageCount' | 'kind'> & { reviewedAt?: number | null };
  paths?: string[];
}

export interface DocumentRow {
  path: string;
  jobId: string | null;
  fingerprint: string | null;
  fileName: string;
  status: 'completed' | 'failed';
  documentType: string | null;
  documentKind: string | null;
  templateId: string | null;
  /** Core field values by CoreField.key (null when not found). */
  values: Record<string, string | number | null>;
  /** Lowest confidence among the core fields found, or null when none was. */
  lowestConfidence: number | null;
  needsReview: boolean;
  reviewReasons: string[];
  /** Earlier jobs holding the same invoice under other content (see duplicates). */
  duplicateOf: string[];
  error: { errorClass: string; message: string; hint: string } | null;
}

/** The box of a field, when extraction recorded one. */
export function fieldBox(f: unknown): FieldBox | null {
  const b = (f as { box?: unknown } | null)?.box as Partial<FieldBox> | null | undefined;
  if (!b || typeof b !== 'object') return null;
  const { page, x, y, w, h } = b;
  if (![page, x, y, w, h].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return { page: page!, x: x!, y: y!, w: w!, h: h! };
}

/**
 * What kind of document this is: the result's own `documentType` when extraction sets one,
 * else the e-invoice's document type, else null.
 */
export function documentTypeOf(r: DocumentResult | null): string | null {
  if (!r) return null;
  const own = (r as { documentType?: unknown }).documentType;
  if (typeof own === 'string' && own) return own;
  return r.einvoice?.documentType ?? null;
}

export function documentRow({ job, paths }: JobWithPaths): DocumentRow {
  const r = job.status === 'completed' ? job.result : null;
  const values: Record<string, string | number | null> = {};
  let lowest: number | null = null;
  for (const c of CORE_FIELDS) {
    const f = r ? c.get(r) : null;
    values[c.key] = f?.value ?? null;
    if (f && f.value !== null && f.value !== '' && (lowest === null || f.confidence < lowest)) lowest = f.confidence;
  }
  return {
    path: shownPath(paths?.[0] ?? job.path),
    jobId: job.id,
    fingerprint: job.fingerprint,
    fileName: shownPath(job.fileName),
    status: job.status === 'failed' ? 'failed' : 'completed',
    documentType: documentTypeOf(r),
    documentKind: r?.documentKind ?? null,
    templateId: r?.templateId ?? null,
    values,
    lowestConfidence: lowest,
    // Approved (`docparse approve`): checked by a person, no longer waiting for review.
    needsReview: !!r?.needsReview && !job.reviewedAt,
    reviewReasons: r?.reviewReasons ?? [],
    duplicateOf: r?.duplicateOf ?? [],
    error: job.status === 'failed' && job.error ? { errorClass: job.error.errorClass, message: job.error.message, hint: job.error.hint } : null,
  };
}

/** A file that failed before it became a job (the scan could not read it): a row of failures.json. */
export function failureDocumentRow(f: { path: string; jobId: string | null; fingerprint: string | null; errorClass: string; message: string; hint: string }): DocumentRow {
  return {
    path: shownPath(f.path),
    jobId: f.jobId,
    fingerprint: f.fingerprint,
    fileName: shownPath(f.path.split(/[\\/]/).pop() ?? f.path),
    status: 'failed',
    documentType: null,
    documentKind: null,
    templateId: null,
    values: Object.fromEntries(CORE_FIELDS.map((c) => [c.key, null])),
    lowestConfidence: null,
    needsReview: false,
    reviewReasons: [],
    duplicateOf: [],
    error: { errorClass: f.errorClass, message: f.message, hint: f.hint },
  };
}
