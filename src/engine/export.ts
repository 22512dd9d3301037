/**
 * `export`: writes results and the failures report from the ledger to a folder, so any machine
 * that reaches the ledger (a shared PostgreSQL one, say) can produce them without sharing a
 * results folder. Jobs are read page by page, so memory stays flat on large ledgers.
 */
import { resolve } from 'node:path';
import type { Ledger } from '../ledger/port.js';
import { writeResultFile } from '../report/results.js';
import { finishedJobs } from './finished.js';
import { jobFailureRow, writeFailures, type FailureRow } from '../report/failures.js';
import { csvSink, ndjsonSink, xlsxSink, type ExportFormat, type ResultSink } from '../report/sinks.js';

export interface ExportOptions {
  ledger: Ledger;
  outDir: string;
  /** Only the jobs of this run. */
  runId?: string;
  /** Only jobs created since (ms). */
  since?: number;
  pageSize?: number;
  /** `json` (default): one result file per document; `csv`, `xlsx`, `ndjson`: one file for all (report/sinks.ts). */
  format?: ExportFormat;
  onJob?: (jobId: string, file: string | null) => void;
}

export interface ExportSummary {
  outDir: string;
  format: ExportFormat;
  results: number;
  failures: number;
  /** Results that need review and were not approved yet. */
  needsReview: number;
}

export async function exportResults(opts: ExportOptions): Promise<ExportSummary> {
  const outDir = resolve(opts.outDir);
  const failures: FailureRow[] = [];
  let results = 0;
  let needsReview = 0;
  const format = opts.format ?? 'json';
  const sink = await openSink(format, outDir);
  try {
    for await (const job of finishedJobs(opts.ledger, opts)) {
      if (job.status === 'failed') {
        // A failure whose file was fixed is history: its successor job is exported instead.
        if (!job.supersededBy) {
          const row = jobFailureRow(job);
          failures.push(row);
          sink?.addFailure(row);
        }
        opts.onJob?.(job.id, null);
        continue;
      }
      const paths = await opts.ledger.jobPaths(job.id);
      let file: string | null = null;
      if (sink) sink.add(job, paths);
      else file = writeResultFile(outDir, job, paths);
      results++;
      if (job.result?.needsReview && job.reviewedAt === null) needsReview++;
      opts.onJob?.(job.id, file);
    }
    await sink?.commit();
  } catch (err) {
    await sink?.abort();
    throw err;
  }
  writeFailures(outDir, failures);
  return { outDir, format, results, failures: failures.length, needsReview };
}

/** One file for every result (csv, xlsx, ndjson), or null for one result file per document (json). */
async function openSink(format: ExportFormat, outDir: string): Promise<ResultSink | null> {
  switch (format) {
    case 'json':
      return null;
    case 'csv':
      return csvSink(outDir);
    case 'ndjson':
      return ndjsonSink(outDir);
    case 'xlsx':
      return xlsxSink(outDir);
  }
}
