/**
 * Shared domain types: jobs, runs, and the result format of one document.
 * This module imports nothing; every layer may import it.
 */

export const JOB_STATES = ['pending', 'processing', 'retrying', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** What kind of input a file is, from its content (magic bytes), not its extension. */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'tiff';

/** How a document was read: its text layer, OCR, or both (mixed PDFs). */
export type DocumentKind = 'text_pdf' | 'scanned_pdf' | 'mixed_pdf' | 'image';

/** Settings that change a job's result; part of the idempotency key. */
export interface JobSettings {
  /** Extractor name: `auto` (text + OCR + fields), `text` (text layer only), `noop` (benchmarks). */
  extractor: string;
  /** Version of the extractor's code; bumping it makes earlier results stale. */
  extractorVersion: string;
  /** Forced template id (`--template`), or null for best match. */
  template: string | null;
  /** Digest of the user's template folder (`--templates`), or null. */
  templatesDigest: string | null;
  /** OCR languages, e.g. `eng` or `eng+fra`. */
  lang: string;
}

export interface JobError {
  errorClass: string;
  message: string;
  hint: string;
  retryable: boolean;
}

export interface Job {
  id: string;
  fingerprint: string;
  settingsKey: string;
  settings: JobSettings;
  status: JobState;
  /** Absolute path the job is processed from (the first path it was seen under). */
  path: string;
  fileName: string;
  size: number;
  kind: FileKind | null;
  templateId: string | null;
  attempts: number;
  maxAttempts: number;
  /** ms since epoch; when a `retrying` job is due. */
  nextAttemptAt: number | null;
  leaseOwner: string | null;
  leaseExpiresAt: number | null;
  /** Fencing token: bumped on every claim; only the holder of the latest token may finish the job. */
  leaseToken: number;
  result: DocumentResult | null;
  error: JobError | null;
  pageCount: number | null;
  runId: string | null;
  createdAt: number;
  startedAt: number | null;
  completedAt: number | null;
  updatedAt: number;
}

export interface JobEvent {
  id: number;
  jobId: string;
  from: JobState | null;
  to: JobState;
  attempt: number;
  at: number;
  error: string | null;
  runId: string | null;
}

export interface Run {
  id: string;
  startedAt: number;
  finishedAt: number | null;
  settings: JobSettings;
  paths: string[];
  summary: unknown | null;
  idempotencyKey: string | null;
  inputsDigest: string | null;
  detached: boolean;
  /** The process that ran it (`host:pid:random`), or null when not recorded. */
  owner: string | null;
}

// ---------------------------------------------------------------------------
// The result of one document (issue 3 fills the fields; the engine stores and writes it).
// ---------------------------------------------------------------------------

/** Where a value came from and how sure we are. */
export interface Provenance {
  /** 0..1 */
  confidence: number;
  /** `template:<id>` or `generic:<rule>` */
  source: string;
  /** 1-based page number, or null when not known. */
  page: number | null;
}

export interface Field<T> extends Provenance {
  value: T;
}

export interface Party {
  name: Field<string> | null;
  address: Field<string> | null;
  taxId: Field<string> | null;
}

export interface LineItem {
  description: string;
  quantity: number | null;
  unitPrice: number | null;
  amount: number | null;
  confidence: number;
  source: string;
  page: number | null;
}

export interface PageInfo {
  /** 1-based */
  page: number;
  /** `text` when the PDF's text layer was used, `ocr` when the page was rendered and OCR'd. */
  source: 'text' | 'ocr';
  /** Mean OCR word confidence 0..1 for OCR pages, null for text pages. */
  ocrConfidence: number | null;
  chars: number;
}

export interface DocumentResult {
  /** Version of the result format. */
  schemaVersion: 1;
  documentKind: DocumentKind;
  pageCount: number;
  pages: PageInfo[];
  /** Template that matched (`invoice` for the generic one), or null for the text-only extractor. */
  templateId: string | null;
  invoiceNumber: Field<string> | null;
  /** ISO 8601 date (YYYY-MM-DD). */
  invoiceDate: Field<string> | null;
  dueDate: Field<string> | null;
  vendor: Party;
  customer: Party;
  /** ISO 4217 code. */
  currency: Field<string> | null;
  subtotal: Field<number> | null;
  tax: Field<number> | null;
  total: Field<number> | null;
  lineItems: LineItem[];
  /** Template-specific extra fields (invoice2data templates can define any field). */
  extra: Record<string, unknown>;
  /** True when a consistency check failed or a required field is missing. */
  needsReview: boolean;
  reviewReasons: string[];
  /** Only with `--keep-text`/`extract --text`: the text that was read, page by page. */
  text?: string[];
}
