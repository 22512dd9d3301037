/**
 * What a run reports when it is closed (summary.json, `--json`): the summary, and the tally
 * the callers of the engine hand to closeRun (close.ts).
 */
import type { Ledger, RegisterOutcome, RunJob } from '../ledger/port.js';
import type { Job, JobState } from '../types.js';
import type { EnvironmentError } from '../errors.js';
import type { ScanStats } from '../files/scan.js';
import type { MoveCounts } from '../files/move.js';
import type { FailureRow } from '../report/failures.js';
import type { EngineCounts } from './run.js';

export interface RunSummary {
  runId: string;
  ledger: string;
  outDir: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  interrupted: boolean;
  dryRun: boolean;
  detached: boolean;
  /**
   * `failedToScan`: files that could not be read to be keyed (unreadable, empty); `foldersUnreadable`:
   * folders that could not be read (their files are not in `seen`); `sameContent`: files whose
   * content the run met first under another path (one job for both; listed in `sameContent`).
   */
  files: { seen: number; hashed: number; ignored: number; failedToScan: number; foldersUnreadable: number; sameContent: number; bytes: number };
  /** The files whose content the run met first under another path, with that path: the first 1,000 (`files.sameContent` counts them all). */
  sameContent: Array<{ path: string; sameAs: string }>;
  /** The files the run left alone (not a document), each with why and, for a document in another format, what to do: the first 1,000 (`files.ignored` counts them all). */
  ignored: Array<{ path: string; reason: string }>;
  jobs: {
    total: number;
    /** Created by this run. */
    new: number;
    /** Already in the ledger (any state) and not forced. */
    existing: number;
    /** Finished jobs put back by --force. */
    requeued: number;
    /** Already completed before this run: nothing to do. */
    skipped: number;
    /** Jobs that reached completed or failed during this run. */
    processed: number;
    /** Failed attempts that were retried. */
    retries: number;
    /** Failed jobs (of earlier runs) whose file this run found fixed: the new content is another job, and they left the failures. */
    superseded: number;
  };
  byState: Record<JobState, number>;
  /** Results of the run that need review and were not approved yet (`docparse approve`): what `--fail-on review` counts. */
  needsReview: number;
  /** Results of the run that needed review and were approved. */
  reviewed: number;
  /** Completed jobs of the run flagged as possible duplicate invoices (`duplicateOf` in their result). */
  duplicates: number;
  /** Completed jobs of the run whose fields came from e-invoice XML, and those whose printed page differs from it. */
  einvoices: { read: number; pageMismatch: number };
  /**
   * Waiting jobs a pause holds (`docparse pause`): for submit and retry, the run's jobs left
   * unprocessed because all of its remaining work is paused (exit 11); for a worker, the ledger's.
   */
  paused: number;
  filesPerSecond: number;
  exitCode: number;
  /** Why the run stopped early, when the machine stopped it (out of disk, permission ...; exit 8-10). */
  error?: { message: string; hint: string };
  /** For --dry-run: what would be processed and what skipped. */
  plan?: { process: string[]; skip: Array<{ path: string; jobId: string; status: string }>; ignore: Array<{ path: string; reason: string }> };
  /** With --move-done / --move-failed: originals moved, and left in place. */
  moved?: MoveCounts;
  /** With --idempotency-key: this is the summary of an earlier run with the same key and inputs; nothing was done again. */
  replayed?: boolean;
  /** `docparse retry`: jobs requeued (file unchanged), re-read (file changed: new content, new job) and left alone, with why. */
  retry?: RetryCounts;
  /** The review report (report.html) written for the run, or null (`--no-report`, dry runs, detached runs). */
  report?: string | null;
  /** A worker that took no job: --out (summary.json, failures, report.html, results.csv) was left as the last run wrote it. */
  outKept?: true;
}

export interface RetryCounts {
  requeued: number;
  reread: number;
  skipped: Array<{ jobId: string; path: string; reason: string }>;
}

export interface RunTally {
  runId: string;
  started: number;
  stats: ScanStats;
  skipped: number;
  /** What the run's engine processed; null when it processed nothing (dry run, detached). */
  counts: EngineCounts | null;
  interrupted: boolean;
  dryRun: boolean;
  detached: boolean;
  plan?: RunSummary['plan'];
  moved?: MoveCounts;
  /** Files the mover left in place because their real path is outside the folders given (failures report rows). */
  moveRefused?: FailureRow[];
  /** The run was stopped by the machine (out of disk, no permission ...): the reports say so, as far as they can be written. */
  environment?: EnvironmentError;
  /**
   * Jobs the scan found completed (counted, not linked to the run) whose result file is missing
   * from --out: written again from the ledger when the run closes.
   */
  missingResults?: Iterable<string>;
  /** The listing of --out the scan took (missing.ts), when it took one: the temp sweep reuses it. */
  outListing?: Iterable<string> | null;
  /** The jobs to tally when they are not the run's own (a worker tallies the jobs it took from any run). */
  jobs?: Array<Job & { outcome: RegisterOutcome }>;
  retry?: RetryCounts;
  /** Waiting jobs a pause holds; `stopped`: the run stopped because that is all its remaining work (exit 11). */
  paused?: { jobs: number; stopped: boolean };
}

/** The stats of a run that scanned nothing (a worker without hot folders, a retry of unchanged files). */
export const NO_FILES: ScanStats = Object.freeze({ files: 0, hashed: 0, ignored: 0, failed: [], bytes: 0, superseded: 0 }) as ScanStats;

/** The jobs of a run, a page at a time. */
export async function* runJobPages(ledger: Ledger, runId: string, pageSize = 100): AsyncGenerator<RunJob> {
  let afterSeq: number | undefined;
  for (;;) {
    const page = await ledger.runJobs(runId, { afterSeq, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    afterSeq = page[page.length - 1].seq;
  }
}
