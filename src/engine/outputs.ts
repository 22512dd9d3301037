/**
 * What a run writes beside its result files once it is finished: results.csv (one row per
 * completed document) and, unless switched off, the review report (report.html and its page
 * images). Fed one job at a time while the run is tallied, so memory stays bounded.
 */
import type { Job } from '../types.js';
import type { FailureRow } from '../report/failures.js';
import { csvSink, type ResultSink } from '../report/sinks.js';
import { ReportBuilder, type ReportSummary } from '../report/write.js';
import type { PageChoice, PageRenderer } from '../report/pages.js';
import type { Extractor } from '../extract/types.js';
import { openPageRenderer } from './report.js';

/** `report` in the engine options: which page images to draw; null writes no report (`--no-report`). */
export interface ReportOptions {
  pages: PageChoice;
}

/** Page images drawn by the run's own extractor, when it has one that reads pages. */
export function extractorRenderer(extractor: Extractor | ((...a: never[]) => unknown)): PageRenderer | undefined {
  if (typeof extractor === 'function' || !extractor.renderPage) return undefined;
  const ex = extractor;
  return (src, page, opts) => ex.renderPage!({ path: src.path, kind: src.kind!, size: src.size, fingerprint: src.fingerprint }, page, opts);
}

export class RunOutputs {
  private readonly csv: ResultSink;
  private readonly report: ReportBuilder | null;

  /** `render`: draws page images (the run's extractor, warm); without one, a reader of its own is opened. */
  constructor(
    private readonly outDir: string,
    private readonly reportOptions: ReportOptions | null,
    private readonly render?: PageRenderer,
  ) {
    this.csv = csvSink(outDir);
    this.report = reportOptions ? new ReportBuilder({ spoolDir: outDir }) : null;
  }

  add(job: Job): void {
    if (job.status === 'completed') this.csv.add(job, []);
    if (job.status === 'completed' || job.status === 'failed') this.report?.addJob(job);
  }

  addScanFailure(row: FailureRow): void {
    this.report?.addScanFailure(row);
  }

  /**
   * Writes results.csv and the report; returns the report's summary, or null without one.
   * `durable: false` for a run that processed nothing: no fsync (both are rebuilt from the ledger).
   */
  async finish(scope: string, durable = true): Promise<ReportSummary | null> {
    await this.csv.commit({ durable });
    if (!this.report || !this.reportOptions) return null;
    const renderer = this.reportOptions.pages === 'none' ? null : this.render ? { render: this.render, close: async () => undefined } : await openPageRenderer();
    try {
      return await this.report.write({ outDir: this.outDir, scope, pages: this.reportOptions.pages, render: renderer?.render ?? null, durable });
    } finally {
      await renderer?.close();
    }
  }

  async abort(): Promise<void> {
    this.report?.discard();
    await this.csv.abort();
  }
}
