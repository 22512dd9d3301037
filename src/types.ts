/**
 * Shared domain types: jobs, runs, and the result format of one document.
 * This module imports nothing; every layer may import it.
 */

export const JOB_STATES = ['pending', 'processing', 'retrying', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** What kind of input a file is, from its content (magic bytes), not its extension. */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'xml';

/**
 * How a document was read: its text layer, OCR, or both (mixed PDFs); `einvoice_xml` for an
 * e-invoice XML file, `einvoice_pdf` for a PDF whose embedded e-invoice alone was read
 * (`--einvoice only`). A hybrid PDF read both ways keeps the kind its pages were read as.
 */
export type DocumentKind = 'text_pdf' | 'scanned_pdf' | 'mixed_pdf' | 'image' | 'einvoice_xml' | 'einvoice_pdf';

/** `--einvoice`: use the data an e-invoice carries (`prefer`), never (`ignore`), or nothing else (`only`). */
export const EINVOICE_MODES = ['prefer', 'ignore', 'only'] as const;
export type EInvoiceMode = (typeof EINVOICE_MODES)[number];

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
  /** `--einvoice` mode (`auto` extractor; `-` for the others). Absent in jobs made before e-invoices. */
  einvoice?: EInvoiceMode | '-';
  /**
   * `--ocr-model` (`auto` extractor), only when it is not `best`: jobs read with the best model,
   * which every job made before the option was, keep the settings key they always had.
   */
  ocrModel?: 'fast' | 'cascade';
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
  /** When a person approved a result that needs review (`docparse approve`), and who; null until then. */
  reviewedAt: number | null;
  reviewedBy: string | null;
  /**
   * A failed job whose file was fixed: the job made for the file's new content (same settings).
   * It stays `failed` but leaves the failures report, `jobs --status failed` and `retry --failed`.
   */
  supersededBy: string | null;
  /** Claimed highest first, oldest first within a priority (`submit --priority`, `docparse priority`); default 0. */
  priority: number;
  /** `docparse cancel` of a job being processed: when it was asked, and who (`user@host pid N`); null otherwise. */
  cancelRequestedAt: number | null;
  cancelRequestedBy: string | null;
}

export type JobEventKind = 'approved' | 'superseded' | 'priority' | 'cancel_requested' | 'cancelled';

export interface JobEvent {
  id: number;
  jobId: string;
  from: JobState | null;
  to: JobState;
  attempt: number;
  at: number;
  error: string | null;
  runId: string | null;
  /**
   * What happened besides a plain state change: `approved` (a review), `superseded` (the file was
   * fixed), `priority` (changed; the note says from and to), `cancel_requested` (asked while it
   * was processed), `cancelled` (ended by a cancel); null for other state changes.
   */
  kind: JobEventKind | null;
  /** Who did it (approve, cancel, priority), when the ledger knows. */
  by: string | null;
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
  /** When that process last said it was alive (ms), or null (finished runs, older ledgers). */
  heartbeatAt: number | null;
  /**
   * Jobs the run found completed with nothing to look at: counted, not linked to the run (its
   * linked jobs are what was work for it; see Ledger.register).
   */
  skipped: number;
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
  /**
   * Where on the page the value is printed, when the reader knew the words' positions (text PDFs,
   * OCR'd pages; the generic extractor): fractions of the page's width and height, origin top-left.
   */
  box?: FieldBox;
}

/** A rectangle on a page: 1-based page; x, y (top-left corner), w, h as fractions of the page (0..1). */
export interface FieldBox {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
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
  /** The seller's item number, else a global id (GTIN ...), when the document says (e-invoices). */
  code?: string | null;
  quantity: number | null;
  /** UN/ECE Recommendation 20 unit code (`C62` piece, `HUR` hour ...), when the document says. */
  unit?: string | null;
  unitPrice: number | null;
  amount: number | null;
  /** VAT rate in percent, when the document says (e-invoices). */
  taxRate?: number | null;
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

/** One row of a VAT breakdown (e-invoices: BG-23). */
export interface TaxBreakdownLine {
  /** UNCL5305 category: S standard, Z zero, E exempt, AE reverse charge, K intra-EU, G export, O outside scope. */
  category: string | null;
  /** Percent. */
  rate: number | null;
  taxableAmount: number | null;
  taxAmount: number | null;
  exemptionReason: string | null;
}

/** How the printed page of a hybrid e-invoice compares with its XML. */
export interface PageCheck {
  /**
   * `match`: every key field found on the page agrees; `mismatch`: at least one differs (the
   * result keeps the XML values and needs review); `unverified`: none could be found on the page;
   * `skipped`: not compared (XML file alone, or `--einvoice only`).
   */
  status: 'match' | 'mismatch' | 'unverified' | 'skipped';
  /**
   * Per field: `match` (the page's own field, read next to its label, is the XML's value),
   * `mismatch` (it is another value), `printed` (the page's own field could not be read, but the
   * XML's value is printed on the page), `not_found`.
   */
  fields: Array<{ field: string; xml: string | number; page: string | number | null; status: 'match' | 'mismatch' | 'printed' | 'not_found' }>;
}

/** What an e-invoice's XML said about itself. Present only when the fields came from the XML. */
export interface EInvoiceInfo {
  /** `CII` (UN/CEFACT Cross Industry Invoice, incl. ZUGFeRD 1's CrossIndustryDocument) or `UBL` 2.1. */
  syntax: 'CII' | 'UBL';
  /** `Factur-X`, `ZUGFeRD 2`, `ZUGFeRD 1`, `XRechnung`, `Peppol BIS Billing 3.0`, `EN 16931`, or null. */
  standard: string | null;
  /** `MINIMUM`, `BASIC WL`, `BASIC`, `EN 16931`, `COMFORT` (ZUGFeRD 1), `EXTENDED`, `XRECHNUNG`, `PEPPOL BIS 3.0`, or null. */
  profile: string | null;
  /** The specification identifier as written (CII guideline id / UBL CustomizationID). */
  guideline: string | null;
  /** UNTDID 1001 document type: 380 invoice, 381 credit note, 384 corrected invoice ... */
  typeCode: string | null;
  documentType: string | null;
  /** `xml`: the file itself; `pdf`: embedded in a PDF. */
  container: 'xml' | 'pdf';
  /** The attachment's name inside the PDF. */
  attachment: string | null;
  pageCheck: PageCheck;
}

export type DocumentType = 'invoice' | 'credit_note' | 'receipt';

export interface DocumentResult {
  /** Version of the result format. */
  schemaVersion: 1;
  documentKind: DocumentKind;
  pageCount: number;
  pages: PageInfo[];
  /**
   * What the document is: `invoice`, `credit_note` (an e-invoice's credit-note type code, credit-note
   * wording in the heading, or a negative total) or `receipt` (a till receipt: money tendered and
   * change, receipt wording, a transaction time). Amounts keep the sign the document gives them: a
   * credit note whose page or XML writes 100.00 has total 100, one that writes -100,00 has -100.
   * Null for the text-only extractor.
   */
  documentType: DocumentType | null;
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
  /** What is left to pay (total less prepayments): e-invoices, or a document's "amount due". */
  amountDue: Field<number> | null;
  lineItems: LineItem[];
  /** VAT by category and rate (e-invoices); empty when the document has none. */
  taxBreakdown: TaxBreakdownLine[];
  /** Set when the fields were read from an e-invoice's XML (`source: "e-invoice"`, confidence 1). */
  einvoice: EInvoiceInfo | null;
  /** Things the reader noticed that did not stop it, e.g. an embedded XML it could not use. */
  warnings: string[];
  /** Template-specific extra fields (invoice2data templates can define any field). */
  extra: Record<string, unknown>;
  /** True when a consistency check failed or a required field is missing. Stays true once approved. */
  needsReview: boolean;
  reviewReasons: string[];
  /** In job views and result files: when the result was approved (`docparse approve`), ISO 8601, and by whom; null until then. */
  reviewedAt?: string | null;
  reviewedBy?: string | null;
  /**
   * Jobs already holding this invoice under other content (same vendor, invoice number and
   * total): set when the document completes, absent otherwise. See src/duplicates.ts.
   */
  duplicateOf?: string[];
  /** Only with `--keep-text`/`extract --text`: the text that was read, page by page. */
  text?: string[];
}
