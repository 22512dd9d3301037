/**
 * `docparse report`: the review report (report.html + page images) of a run, or of every job in
 * the ledger, written from the ledger: any machine that reaches it can make the report, as long
 * as it can read the documents for their page images.
 */
import { resolve } from 'node:path';
import type { Ledger } from '../ledger/port.js';
import { finishedJobs } from './finished.js';
import { ReportBuilder, type ReportSummary } from '../report/write.js';
import type { PageChoice, PageRenderer } from '../report/pages.js';

export interface LedgerReportOptions {
  ledger: Ledger;
  outDir: string;
  /** Only the jobs of this run. */
  runId?: string;
  /** Only jobs created since (ms). */
  since?: number;
  pages: PageChoice;
  pageSize?: number;
}

/**
 * A page renderer on a reader of its own (text layers only: no OCR worker is ever started),
 * whose threads start on the first page drawn. Close it when done.
 */
export async function openPageRenderer(): Promise<{ render: PageRenderer; close(): Promise<void> }> {
  let reader: Awaited<ReturnType<typeof import('../extract/read/index.js').createReader>> | null = null;
  return {
    async render(src, page, opts) {
      reader ??= await (await import('../extract/read/index.js')).createReader({ ocr: false, imageOcr: 'off' });
      return reader.renderPage({ path: src.path, kind: src.kind!, size: src.size, fingerprint: src.fingerprint }, page, opts);
    },
    close: async () => reader?.close(),
  };
}

/** Writes report.html for the run's jobs (or the whole ledger's), page by page. */
export async function writeLedgerReport(o: LedgerReportOptions): Promise<ReportSummary> {
  const outDir = resolve(o.outDir);
  const builder = new ReportBuilder({ spoolDir: outDir });
  for await (const job of finishedJobs(o.ledger, o)) builder.addJob(job);
  const scope = o.runId ? `Run ${o.runId}` : `Every finished job in ${o.ledger.location}${o.since ? ` since ${new Date(o.since).toISOString()}` : ''}`;
  const renderer = o.pages === 'none' ? null : await openPageRenderer();
  try {
    return await builder.write({ outDir, scope, pages: o.pages, render: renderer?.render ?? null });
  } finally {
    await renderer?.close();
  }
}
