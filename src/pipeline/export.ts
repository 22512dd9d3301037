/**
 * `export`: writes results and the failures report from the ledger to a folder, so any machine
 * that reaches the ledger (a shared PostgreSQL one, say) can produce them without sharing a
 * results folder. Jobs are read page by page, so memory stays flat on large ledgers.
 */
import { resolve } from 'node:path';
import type { Ledger } from '../ledger/port.js';
import type { JobState } from '../types.js';
import { writeResultFile } from '../report/results.js';
import { writeFailures, type FailureRow } from '../report/failures.js';
import { jobFailureRow } from './submit.js';

export interface ExportOptions {
  ledger: Ledger;
  outDir: string;
  /** Only the jobs of this run. */
  runId?: string;
  /** Only jobs created since (ms). */
  since?: number;
  pageSize?: number;
  onJob?: (jobId: string, file: string | null) => void;
}

export interface ExportSummary {
  outDir: string;
  results: number;
  failures: number;
  /** Results that need review and were not approved yet. */
  needsReview: number;
}

export async function exportResults(opts: ExportOptions): Promise<ExportSummary> {
  const outDir = resolve(opts.outDir);
  const pageSize = opts.pageSize ?? 500;
  const status: JobState[] = ['completed', 'failed'];
  const failures: FailureRow[] = [];
  let results = 0;
  let needsReview = 0;
  let after: { createdAt: number; id: string } | undefined;
  for (;;) {
    const page = await opts.ledger.findJobs({ status, runId: opts.runId, since: opts.since, limit: pageSize, after });
    for (const job of page) {
      if (job.status === 'failed') {
        // A failure whose file was fixed is history: its successor job is exported instead.
        if (!job.supersededBy) failures.push(jobFailureRow(job));
        opts.onJob?.(job.id, null);
        continue;
      }
      const file = writeResultFile(outDir, job, await opts.ledger.jobPaths(job.id));
      results++;
      if (job.result?.needsReview && job.reviewedAt === null) needsReview++;
      opts.onJob?.(job.id, file);
    }
    if (page.length < pageSize) break;
    const last = page[page.length - 1];
    after = { createdAt: last.createdAt, id: last.id };
  }
  writeFailures(outDir, failures);
  return { outDir, results, failures: failures.length, needsReview };
}
