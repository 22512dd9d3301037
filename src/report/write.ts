/**
 * Writes the review report of a set of jobs: `<outDir>/report.html` and its page images in
 * `<outDir>/report/pages/`. Jobs are fed one at a time (a run's, or a ledger's, page by page);
 * the collector keeps the embedded data within its budget (html/data.ts).
 */
import { join } from 'node:path';
import type { Job } from '../types.js';
import { openAtomicWriter, sweepStaleTemps } from './atomic.js';
import { documentRow, failureDocumentRow } from './rows.js';
import type { FailureRow } from './failures.js';
import { ReportCollector } from './html/data.js';
import { DocsJson, reportHtmlHead } from './html/index.js';
import { withPageImages, type PageChoice, type PageRenderer, type PageStats } from './pages.js';

export const REPORT_FILE = 'report.html';
/** Page images, relative to report.html. */
export const PAGES_DIR = 'report/pages';
/** Fields below this confidence are marked in the report. */
export const LOW_CONFIDENCE = 0.8;

export interface ReportSummary {
  file: string;
  documents: number;
  /** Documents counted but not listed (size budget). */
  leftOut: number;
  pages: PageStats;
}

export class ReportBuilder {
  private readonly collector: ReportCollector;

  /** `spoolDir`: where the documents wait until written (a folder the report goes to); else in memory. */
  constructor(o: { budget?: number; spoolDir?: string } = {}) {
    this.collector = new ReportCollector(o.budget, o.spoolDir);
  }

  /** A completed or failed job. */
  addJob(job: Job, paths?: string[]): void {
    const src = job.kind ? { path: job.path, kind: job.kind, size: job.size, fingerprint: job.fingerprint } : undefined;
    this.collector.add(documentRow({ job, paths }), job.status === 'completed' ? job.result : null, src);
  }

  /** Lets the collected documents go without writing them (the run stopped). */
  discard(): void {
    this.collector.close();
  }

  /** A file that failed before it became a job (the scan could not read it). */
  addScanFailure(row: FailureRow): void {
    this.collector.add(failureDocumentRow(row), null);
  }

  /** `durable: false`: no fsync (a run that processed nothing; `docparse report --run` rebuilds it). */
  async write(o: { outDir: string; scope: string; pages: PageChoice; render: PageRenderer | null; now?: Date; durable?: boolean }): Promise<ReportSummary> {
    // Page images half-written by a process that was killed.
    sweepStaleTemps(join(o.outDir, PAGES_DIR));
    const pages: PageStats = { rendered: 0, reused: 0, failed: 0 };
    const head = reportHtmlHead({
      title: 'docparse review report',
      generatedAt: (o.now ?? new Date()).toISOString(),
      scope: o.scope,
      counts: this.collector.counts,
      sources: this.collector.fieldSources(),
      leftOut: this.collector.leftOut,
      pagesDir: PAGES_DIR,
      lowConfidence: LOW_CONFIDENCE,
    });
    const file = join(o.outDir, REPORT_FILE);
    // Written as it is made (under a temp name, renamed when whole): neither the file nor its
    // documents are ever all in memory; each document is written once its page images are.
    const w = openAtomicWriter(file, { syncDir: false });
    try {
      w.write(head);
      const json = new DocsJson();
      for await (const doc of withPageImages(this.collector.entries(), pages, { dir: join(o.outDir, PAGES_DIR), choice: o.pages, render: o.render })) {
        const piece = json.add(doc);
        if (piece !== null) w.write(piece);
      }
      w.write(json.end());
    } catch (err) {
      w.abort();
      throw err;
    } finally {
      this.collector.close();
    }
    w.commit({ sync: o.durable ?? true });
    return { file, documents: this.collector.counts.documents, leftOut: this.collector.leftOut, pages };
  }
}
