/**
 * Where the results of many documents go, one document at a time: results.csv, results.ndjson,
 * results.xlsx. Each writes under a temp name and replaces its file only when complete, so a
 * kill mid-way leaves the previous file (or none), never half of one.
 */
import { join } from 'node:path';
import type { Job } from '../types.js';
import { openAtomicWriter } from './atomic.js';
import { resultCsvLine, resultsCsvHeader } from './csv.js';
import { documentRow } from './rows.js';
import { jobView, type ResultFile } from './results.js';
import type { FailureRow } from './failures.js';

export interface ResultSink {
  /** A completed job and every path its content was seen under. */
  add(job: Job, paths: string[]): void;
  /** A failed job or file (only sinks that show failures keep them). */
  addFailure(row: FailureRow): void;
  /** `durable: false`: no fsync (the output of a run that processed nothing: see AtomicOptions.sync). */
  commit(o?: { durable?: boolean }): Promise<void>;
  abort(): Promise<void>;
}

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file each spreadsheet-like format writes in the output folder. */
export const SINK_FILES = { csv: 'results.csv', ndjson: 'results.ndjson', xlsx: 'results.xlsx' } as const;

/** results.csv: one row per completed document (see csv.ts for the columns). */
export function csvSink(outDir: string): ResultSink {
  const w = openAtomicWriter(join(outDir, SINK_FILES.csv), { syncDir: false });
  w.write(resultsCsvHeader());
  return {
    add: (job, paths) => w.write(resultCsvLine(documentRow({ job, paths }))),
    addFailure: () => undefined,
    commit: async (o) => w.commit({ sync: o?.durable ?? true }),
    abort: async () => w.abort(),
  };
}

/** results.ndjson: one result file's JSON (as written per document) per line. */
export function ndjsonSink(outDir: string): ResultSink {
  const w = openAtomicWriter(join(outDir, SINK_FILES.ndjson), { syncDir: false });
  return {
    add: (job, paths) => {
      const body: ResultFile = { ...jobView(job), fingerprint: job.fingerprint, paths };
      w.write(JSON.stringify(body) + '\n');
    },
    addFailure: () => undefined,
    commit: async () => w.commit(),
    abort: async () => w.abort(),
  };
}

/** results.xlsx: a Results sheet (typed cells) and a Failures sheet. */
export async function xlsxSink(outDir: string): Promise<ResultSink> {
  // Loaded here, by the one sink that writes it: every run opens the CSV sink of this module.
  const { openXlsxWriter } = await import('./xlsx.js');
  const w = await openXlsxWriter(join(outDir, SINK_FILES.xlsx));
  return {
    add: (job, paths) => w.addResult(documentRow({ job, paths })),
    addFailure: (row) => w.addFailure(row),
    commit: () => w.commit(),
    abort: () => w.abort(),
  };
}
