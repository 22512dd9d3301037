/**
 * Closing a run: tally its jobs from the ledger a page at a time (memory stays flat however many
 * files it covered), write the result files still missing from the output folder (jobs completed
 * earlier, or by another process), results.csv and the review report (outputs.ts), the run
 * summary and the failures report, and record the summary on the run. When the machine stopped
 * the run (out of disk, no permission), what can still be written is, and the run ends with it.
 */
import { join, resolve } from 'node:path';
import type { JobState } from '../types.js';
import { JOB_STATES } from '../types.js';
import { environmentError, ExitCode, firstExitCode } from '../errors.js';
import type { ScanFailure, ScanStats } from '../files/scan.js';
import { MOVE_REFUSED } from '../files/move.js';
import { sweepStaleTemps, writeJsonAtomic } from '../report/atomic.js';
import { resultFileExists, writeResultFile } from '../report/results.js';
import { jobFailureRow, writeFailures, type FailureRow } from '../report/failures.js';
import { outboxTarget } from '../report/webhooks.js';
import { extractorRenderer, RunOutputs } from './outputs.js';
import { runJobPages, type RunSummary, type RunTally } from './summary.js';
import type { EngineOptions } from './run.js';

/** Tallies a run from the ledger, writes missing result files and the reports, and closes the run. */
export async function closeRun(opts: EngineOptions, t: RunTally): Promise<{ summary: RunSummary; failures: FailureRow[] }> {
  const now = opts.now ?? Date.now;
  const outDir = resolve(opts.outDir);
  // Half-written results of processes that were killed; their jobs were done again or will be.
  if (!t.dryRun && !t.detached) sweepStaleTemps(outDir, t.outListing);
  const { stats, counts } = t;
  const finished = now();
  const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  const failures: FailureRow[] = [...stats.failed.map(scanFailureRow), ...(t.moveRefused ?? [])];
  // A run that finished no document and met no file the ledger does not know (scan failures,
  // refused moves) writes reports the ledger can rebuild (summary on the run, results.csv and
  // report.html by `export` / `report --run`): no fsync for them, and failures files already
  // holding the same bytes are left alone. A no-op rerun of a cron job pays no disk flush.
  const durable = !t.counts || t.counts.completed + t.counts.failed > 0 || failures.length > 0;
  // Out of disk or permission: the first such error stops the run; what can still be written is.
  let environment = t.environment ?? null;
  const bestEffort = (what: string, write: () => void) => {
    try {
      write();
    } catch (err) {
      const env = environmentError(err, what);
      if (!env) throw err;
      environment ??= env;
    }
  };
  const byOutcome = { new: 0, existing: 0, requeued: 0 };
  let needsReview = 0;
  let reviewed = 0;
  let duplicates = 0;
  const einvoices = { read: 0, pageMismatch: 0 };
  let total = 0;
  // Linked jobs the run found completed already (a review flag links them); with Run.skipped, jobs.skipped.
  let doneBefore = 0;
  let skippedJobs: number | null = null;
  // results.csv and the review report, fed as the run's jobs are tallied.
  const openOutputs = (): RunOutputs | null => {
    try {
      return new RunOutputs(outDir, opts.report === undefined ? { pages: 'review' } : opts.report, extractorRenderer(opts.extractor));
    } catch (err) {
      const env = environmentError(err, `results.csv to ${outDir}`);
      if (!env) throw err;
      environment ??= env;
      return null;
    }
  };
  // A worker that took no job and met no failing file leaves --out as the last run wrote it: a cron
  // job every 5 minutes keeps the last real report, not an empty one (`--json` still prints the summary).
  const keepOut = !t.dryRun && !t.detached && t.jobs?.length === 0 && failures.length === 0;
  let outputs: RunOutputs | null = t.dryRun || t.detached || keepOut ? null : openOutputs();
  const feed = (add: (o: RunOutputs) => void) => {
    if (!outputs) return;
    const o: RunOutputs = outputs;
    bestEffort(`results.csv to ${outDir}`, () => add(o));
    if (environment) outputs = null; // the disk is what failed: the reports are left to the next run
  };
  for (const f of failures) feed((o) => o.addScanFailure(f));

  if (!t.dryRun) {
    // Page through the run's jobs: memory stays flat however many files the run covered.
    try {
      for await (const j of t.jobs ?? runJobPages(opts.ledger, t.runId)) {
        total++;
        byState[j.status]++;
        byOutcome[j.outcome]++;
        if (j.outcome === 'existing' && j.status === 'completed' && (j.completedAt ?? Infinity) < t.started) doneBefore++;
        if (j.status === 'completed') {
          if (j.result?.needsReview && j.reviewedAt === null) needsReview++;
          else if (j.result?.needsReview) reviewed++;
          if (j.result?.duplicateOf?.length) duplicates++;
          if (j.result?.einvoice) {
            einvoices.read++;
            if (j.result.einvoice.pageCheck.status === 'mismatch') einvoices.pageMismatch++;
          }
          // Results of jobs done earlier, or by another process, are written from the ledger.
          if (!t.detached && !environment && !resultFileExists(outDir, j)) {
            const paths = await opts.ledger.jobPaths(j.id);
            bestEffort(`a result to ${outDir}`, () => writeResultFile(outDir, j, paths));
          }
        }
        // A failure whose file was fixed (another job now) is history, not something to act on.
        if (j.status === 'failed' && !j.supersededBy) failures.push(...sameContentRows(jobFailureRow(j), stats));
        if (j.status === 'completed' || !j.supersededBy) feed((o) => o.add(j));
      }
      if (!t.jobs) {
        // The jobs the run found done already are counted on the run, not linked to it (register.ts).
        const skipped = (await opts.ledger.getRun(t.runId))?.skipped ?? 0;
        // Jobs, as total counts them: a content found under two paths is one job done before.
        skippedJobs = doneBefore + skipped;
        total += skipped;
        byState.completed += skipped;
        byOutcome.existing += skipped;
      }
      // Their result files are written again only where missing from --out (the scan looked).
      if (!t.detached) {
        for (const id of t.missingResults ?? []) {
          if (environment) break;
          const j = await opts.ledger.getJob(id);
          if (j?.status !== 'completed') continue;
          const paths = await opts.ledger.jobPaths(j.id);
          bestEffort(`a result to ${outDir}`, () => writeResultFile(outDir, j, paths));
        }
      }
    } catch (err) {
      await outputs?.abort();
      throw err;
    }
  }

  // Files a move left in place (move_refused) are listed, but nothing failed.
  const failedCount = failures.filter((f) => f.errorClass !== MOVE_REFUSED).length;
  const exitCode = firstExitCode(
    environment?.exitCode ?? ExitCode.ok,
    t.interrupted ? ExitCode.interrupted : ExitCode.ok,
    t.paused?.stopped ? ExitCode.paused : ExitCode.ok,
    failedCount > 0 ? ExitCode.someFailed : ExitCode.ok,
    opts.failOnReview && needsReview > 0 ? ExitCode.needsReview : ExitCode.ok,
  );

  const seconds = Math.max(0.001, (finished - t.started) / 1000);
  const summary: RunSummary = {
    runId: t.runId,
    ledger: opts.ledger.location,
    outDir,
    startedAt: new Date(t.started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - t.started,
    interrupted: t.interrupted,
    dryRun: t.dryRun,
    detached: t.detached,
    files: {
      seen: stats.files,
      hashed: stats.hashed,
      ignored: stats.ignored,
      failedToScan: stats.failed.filter((f) => !f.folder).length,
      foldersUnreadable: stats.failed.filter((f) => f.folder).length,
      sameContent: stats.sameContentCount ?? 0,
      bytes: stats.bytes,
    },
    ignored: stats.ignoredFiles ?? [],
    sameContent: (stats.sameContent ?? []).map(({ path, sameAs }) => ({ path, sameAs })),
    jobs: {
      total,
      ...byOutcome,
      skipped: skippedJobs ?? t.skipped,
      processed: counts ? counts.completed + counts.failed : 0,
      retries: counts ? counts.retried : 0,
      superseded: stats.superseded ?? 0,
    },
    byState,
    needsReview,
    reviewed,
    duplicates,
    einvoices,
    paused: t.paused?.jobs ?? 0,
    filesPerSecond: Math.round((Math.max(stats.files, total) / seconds) * 100) / 100,
    exitCode,
  };
  if (t.moved) summary.moved = { ...t.moved };
  if (t.retry) summary.retry = t.retry;
  if (t.dryRun) summary.plan = t.plan;
  else {
    if (keepOut) {
      summary.outKept = true;
      summary.report = null;
    }
    if (outputs) {
      try {
        summary.report = (await outputs.finish(`Run ${t.runId}`, durable))?.file ?? null;
      } catch (err) {
        const env = environmentError(err, `the reports to ${outDir}`);
        if (!env) throw err;
        environment ??= env;
        await outputs.abort().catch(() => undefined);
      }
    }
    try {
      await opts.ledger.finishRun(t.runId, summary, finished, t.detached ? undefined : outboxTarget(opts.webhook));
    } catch (err) {
      const env = environmentError(err, 'the ledger');
      if (!env) throw err;
      environment ??= env;
    }
    if (environment) {
      summary.exitCode = environment.exitCode;
      summary.error = { message: environment.message, hint: environment.hint ?? '' };
    }
    if (!t.detached && !keepOut) {
      bestEffort(join(outDir, 'summary.json'), () => writeJsonAtomic(join(outDir, 'summary.json'), summary, { sync: durable }));
      bestEffort(`the failures report to ${outDir}`, () => writeFailures(outDir, failures, durable));
    }
  }
  // Written what could be: now the run ends with the machine's problem and its exit code.
  if (environment) throw environment;
  return { summary, failures };
}

/**
 * A failed job's rows: one for each path the run met its content under, so no file the user gave
 * is missing from the report (the job's own path first).
 */
function sameContentRows(row: FailureRow, stats: ScanStats): FailureRow[] {
  const rows = [row];
  for (const s of stats.sameContent ?? []) {
    if (s.jobId !== row.jobId) continue;
    for (const p of [s.sameAs, s.path]) if (!rows.some((r) => r.path === p)) rows.push({ ...row, path: p });
  }
  return rows;
}

/** A file the scan could not fingerprint: a failure without a job. */
function scanFailureRow(f: ScanFailure): FailureRow {
  return { path: f.path, jobId: null, fingerprint: null, errorClass: f.errorClass, message: f.message, attempts: 0, retryable: false, hint: f.hint };
}
