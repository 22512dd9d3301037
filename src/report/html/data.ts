/**
 * What report.html embeds for each document (compact keys: ten thousand of them are parsed by
 * the browser on open), and the collector that keeps the report's size bounded: every string is
 * cut to a length, and once the data reaches its budget, documents that need no look make room
 * for those that do (failed, needing review, duplicates), then further documents are left out and
 * counted. A run's collector spools the documents to a file (store.ts), so its memory does not
 * grow with them; a collector in memory is bounded by the same budget.
 */
import type { DocumentResult, FileKind } from '../../types.js';
import { fieldBox, VIEW_FIELDS, type DocumentRow } from '../rows.js';
import { memoryStore, SpoolStore, type EntryStore } from './store.js';

/**
 * One field in the document view: its index in REPORT_FIELDS, value, confidence, its source's
 * index in the report's `sources`, page, box [page, x, y, w, h] or null. Indexes, not names: a
 * label or a source written out on every field of ten thousand documents is megabytes.
 */
export type ReportField = [number, string, number, number, number | null, [number, number, number, number, number] | null];

/** The fields of the document view, [key, label], in order; the list's columns come from them too. */
export const REPORT_FIELDS: ReadonlyArray<[string, string]> = VIEW_FIELDS.map((c) => [c.key, c.label]);

export interface ReportDoc {
  /** Unique in the report: the job id, or `scan-N` for a file that failed before it became a job. */
  id: string;
  job: string | null;
  path: string;
  name: string;
  /** Content fingerprint: page images are `<pagesDir>/<fp>-<page>.png`. */
  fp: string | null;
  st: 'ok' | 'review' | 'failed';
  /** Job ids this document repeats (duplicate invoices). */
  dup: string[];
  type: string | null;
  kind: string | null;
  tpl: string | null;
  /** Lowest confidence among the core fields. */
  conf: number | null;
  why: string[];
  /** errorClass, message, hint. */
  err: [string, string, string] | null;
  f: ReportField[];
  /** Pages with an image in pagesDir. */
  pg: number[];
  /** Why there is no page image, when there is none. */
  noPage?: string;
  np: number;
  warn: string[];
}

/** The file a document was read from, as the renderer needs it. */
export interface PageSource {
  path: string;
  kind: FileKind | null;
  size: number;
  fingerprint: string;
}

/** Cuts: a value, a reason, a path; at most this many reasons and warnings per document. */
export const LIMITS = Object.freeze({ value: 300, reason: 400, path: 500, reasons: 10, warnings: 5 });

const cut = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}\u2026`);
const cutAll = (a: string[], each: number, most: number): string[] => {
  const out = a.slice(0, most).map((s) => cut(s, each));
  if (a.length > most) out.push(`(${a.length - most} more in the result file)`);
  return out;
};
/** Box coordinates to 1/1000 of the page: a pixel of a 1000-pixel-wide page image. */
const round = (n: number, d = 3): number => Math.round(n * 10 ** d) / 10 ** d;

/** Whether a document is one a reviewer has to look at. */
export const needsLook = (d: Pick<ReportDoc, 'st' | 'dup'>): boolean => d.st !== 'ok' || d.dup.length > 0;

/** `source(s)`: the index of a source name in the report's table of sources. */
export function reportDoc(row: DocumentRow, result: DocumentResult | null, id: string, source: (s: string) => number): ReportDoc {
  const fields: ReportField[] = [];
  if (result) {
    VIEW_FIELDS.forEach((c, i) => {
      const f = c.get(result);
      if (!f || f.value === null || f.value === '') return;
      const b = fieldBox(f);
      fields.push([i, cut(String(f.value), LIMITS.value), round(f.confidence, 3), source(f.source), f.page, b ? [b.page, round(b.x), round(b.y), round(b.w), round(b.h)] : null]);
    });
  }
  return {
    id,
    job: row.jobId,
    path: cut(row.path, LIMITS.path),
    name: cut(row.fileName, LIMITS.value),
    fp: row.fingerprint,
    st: row.status === 'failed' ? 'failed' : row.needsReview ? 'review' : 'ok',
    dup: row.duplicateOf.slice(0, LIMITS.reasons),
    type: row.documentType,
    kind: row.documentKind,
    tpl: row.templateId,
    conf: row.lowestConfidence === null ? null : round(row.lowestConfidence, 3),
    why: cutAll(row.reviewReasons, LIMITS.reason, LIMITS.reasons),
    err: row.error ? [row.error.errorClass, cut(row.error.message, LIMITS.reason), cut(row.error.hint, LIMITS.reason)] : null,
    f: fields,
    pg: [],
    np: result?.pageCount ?? 0,
    warn: cutAll(result?.warnings ?? [], LIMITS.reason, LIMITS.warnings),
  };
}

export interface ReportCounts {
  documents: number;
  completed: number;
  needsReview: number;
  failed: number;
  duplicates: number;
}

/** Default data budget (bytes of JSON): about 20,000 typical documents; see README "The review report". */
export const DEFAULT_BUDGET = 24 * 1024 * 1024;

/** A document and the file it was read from (for its page images), as the store keeps them. */
export interface ReportEntry {
  doc: ReportDoc;
  src: PageSource | null;
}

export class ReportCollector {
  readonly counts: ReportCounts = { documents: 0, completed: 0, needsReview: 0, failed: 0, duplicates: 0 };
  /** Documents counted but not embedded, because the data reached its budget. */
  leftOut = 0;
  private readonly look: EntryStore<ReportEntry>;
  private readonly rest: EntryStore<ReportEntry>;
  /** The embedded size of each entry in `rest`: room is made from the end. */
  private readonly restSizes: number[] = [];
  private readonly sourceNames = new Map<string, number>();
  private bytes = 0;
  private scanIds = 0;

  /** `spoolDir`: keep the documents in a file there until written, not in memory (a run's report). */
  constructor(
    private readonly budget = DEFAULT_BUDGET,
    spoolDir?: string,
  ) {
    this.look = spoolDir ? new SpoolStore(spoolDir) : memoryStore();
    this.rest = spoolDir ? new SpoolStore(spoolDir) : memoryStore();
  }

  /** `source`: the file the document was read from, for its page images. */
  add(row: DocumentRow, result: DocumentResult | null, source?: PageSource): void {
    this.counts.documents++;
    if (row.status === 'failed') this.counts.failed++;
    else this.counts.completed++;
    if (row.status === 'completed' && row.needsReview) this.counts.needsReview++;
    if (row.duplicateOf.length > 0) this.counts.duplicates++;
    const doc = reportDoc(row, result, row.jobId ?? `scan-${++this.scanIds}`, (s) => {
      let n = this.sourceNames.get(s);
      if (n === undefined) this.sourceNames.set(s, (n = this.sourceNames.size));
      return n;
    });
    const size = JSON.stringify(doc).length + 1;
    const look = needsLook(doc);
    // Make room: documents that need no look go first, newest first.
    while (this.bytes + size > this.budget && look && this.rest.length > 0) {
      this.rest.pop();
      this.bytes -= this.restSizes.pop()!;
      this.leftOut++;
    }
    if (this.bytes + size > this.budget) {
      this.leftOut++;
      return;
    }
    (look ? this.look : this.rest).push({ doc, src: source ?? null });
    if (!look) this.restSizes.push(size);
    this.bytes += size;
  }

  /** The field sources the documents' fields point to, by index. */
  fieldSources(): string[] {
    return [...this.sourceNames.keys()];
  }

  /** The embedded documents with their files: those that need a look first, each group in the order added. */
  *entries(): Generator<ReportEntry> {
    yield* this.look.entries();
    yield* this.rest.entries();
  }

  /** The embedded documents, as entries() orders them, in one array (small reports, tests). */
  docs(): ReportDoc[] {
    return [...this.entries()].map((e) => e.doc);
  }

  /** Lets the spool go (the report is written, or abandoned). */
  close(): void {
    this.look.close();
    this.rest.close();
  }
}
