import { resolve } from 'node:path';
import { loadConfig, printJson, withLedger, webhookOptions } from '../context.js';
import { readyOutDir } from '../../make-dirs.js';
import { colors } from '../colors.js';
import { ExitCode, firstExitCode, NotFoundError, UsageError } from '../../errors.js';
import type { Job } from '../../types.js';
import { templatesDigest } from '../../extract/settings.js';
import { planRetry, runJobsAgain } from '../../engine/retry.js';
import { RunEvents } from '../../engine/events.js';
import { parsePriority } from '../parse.js';
import { liveTerminal, runDisplay } from '../progress.js';
import { plural } from '../plural.js';
import { configForJob, engineSettings, extractorFor, followRun, interruptSignal, boundHeapGrowth, reportChoice } from '../processing.js';

/**
 * Every job keeps the settings it was created with (they are its idempotency key), so jobs are
 * retried in groups, each with an extractor set up from its settings.
 */
function groupBySettings(jobs: Job[]): Job[][] {
  const groups = new Map<string, Job[]>();
  for (const j of jobs) groups.set(j.settingsKey, [...(groups.get(j.settingsKey) ?? []), j]);
  return [...groups.values()];
}

/**
 * A failure that came from the job's extractor, not its file: `--extractor text` found no text
 * layer (a scan) or was given an image or e-invoice XML, and its hint says `--extractor auto`
 * reads it (extract/basic.ts, read/index.ts). Fixing the file would not help, and a retry keeps
 * the extractor; another submit with `--extractor auto` reads it.
 */
function readerTooNarrow(job: Job): boolean {
  return job.settings.extractor === 'text' && !!job.error?.hint.includes('--extractor auto');
}

/** A path as one word for a POSIX shell, quoted only when it needs to be. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

const NOTHING_RETRIED = { runId: null, retry: { requeued: 0, reread: 0, skipped: [] } };

export async function runRetry(jobIds: string[], opts: Record<string, unknown>): Promise<number> {
  if (!opts.failed && jobIds.length === 0) throw new UsageError('name the jobs to retry, or use --failed for every failed job');
  if (opts.all && !opts.failed) throw new UsageError('--all goes with --failed: named jobs are always retried');
  if (opts.priority !== undefined) opts.priority = parsePriority(opts.priority);
  const { config } = loadConfig(opts);
  readyOutDir(config.out);
  return withLedger(config, async (ledger) => {
    const jobs: Job[] = [];
    // Failures whose file was fixed already have a successor: they are history, not to retry.
    if (opts.failed) jobs.push(...(await ledger.findJobs({ status: ['failed'], superseded: false })));
    for (const id of jobIds) {
      const job = await ledger.getJob(id);
      if (!job) throw new NotFoundError(`no job with id ${id} in ${ledger.location}`, '`docparse jobs --status failed` lists failed jobs.');
      if (!jobs.some((j) => j.id === id)) jobs.push(job);
    }
    if (jobs.length === 0) {
      if (!opts.quiet) process.stderr.write('no failed jobs to retry\n');
      // A script reading --json gets JSON for "nothing to do" too: the shape of a retry that retried nothing.
      if (opts.json) printJson(NOTHING_RETRIED);
      return 0;
    }
    const digest = config.templates ? await templatesDigest(resolve(config.templates)) : null;
    const c = colors(process.stderr);
    let exitCode: number = ExitCode.ok;
    // --json: one document on stdout, however many groups of settings were retried (printed below).
    const docs: unknown[] = [];
    for (const group of groupBySettings(jobs)) {
      const want = group[0].settings.templatesDigest;
      if (want !== null && want !== digest) {
        process.stderr.write(
          `docparse retry: ${plural(group.length, 'job was', 'jobs were')} submitted with a templates folder that is not the one given now; skipped. Pass the same --templates (unchanged) to retry them.\n`,
        );
        exitCode = firstExitCode(exitCode, ExitCode.someFailed);
        continue;
      }
      const plan = await planRetry(group, { all: !!opts.all, named: new Set(jobIds) });
      for (const s of plan.skipped) {
        process.stderr.write(`${c.yellow('skipped')}    ${s.job.path}: ${s.reason} (${s.job.id})\n`);
        if (readerTooNarrow(s.job)) {
          process.stderr.write(c.dim(`  Read with --extractor text, which reads text layers only, and a retry keeps the extractor a job was submitted with: \`docparse submit ${shellWord(s.job.path)} --extractor auto\` reads it (OCR, e-invoices).\n`));
        }
      }
      if (plan.skipped.some((s) => !readerTooNarrow(s.job)) && !opts.all) {
        process.stderr.write(c.dim('  The same file would fail the same way: fix it and retry (a changed file is read again), or `docparse retry --failed --all` to try anyway.\n'));
      }
      if (plan.requeue.length + plan.reread.length === 0) {
        // Nothing that could turn out differently: no run, and the jobs stay failed.
        docs.push({ runId: null, retry: { requeued: 0, reread: 0, skipped: plan.skipped.map((s) => ({ jobId: s.job.id, path: s.job.path, reason: s.reason })) } });
        exitCode = firstExitCode(exitCode, plan.skipped.some((s) => s.job.status === 'failed') ? ExitCode.someFailed : ExitCode.ok);
        continue;
      }
      const display = await runDisplay({ tty: liveTerminal(process.stderr), quiet: !!opts.quiet, c });
      const groupConfig = configForJob(config, group[0]);
      const extractor = await extractorFor(groupConfig);
      boundHeapGrowth();
      const { signal, dispose } = interruptSignal();
      try {
        // The run puts its events in this queue, which followRun shows as they come till the run is over.
        const events = new RunEvents();
        const run = runJobsAgain({
          ledger,
          extractor,
          plan,
          ...(opts.priority !== undefined ? { priority: opts.priority as number } : {}),
          ...engineSettings(config),
          webhook: webhookOptions(config),
          report: reportChoice(opts),
          signal,
          events,
        });
        const { summary } = await followRun(run, events, display, c, !!opts.quiet);
        display.finish(summary);
        docs.push(summary);
        // Jobs left failed on purpose still fail the command: nothing made them succeed.
        const left = plan.skipped.some((s) => s.job.status === 'failed') ? ExitCode.someFailed : ExitCode.ok;
        exitCode = firstExitCode(exitCode, summary.exitCode, left);
        if (summary.interrupted) break;
      } finally {
        dispose();
        await extractor.close();
      }
    }
    // Jobs of several settings are retried in one run each: then `{runs: [...], exitCode}`.
    // Every group refused (another templates folder): still JSON, the shape of a retry of nothing.
    if (opts.json) printJson(docs.length === 0 ? NOTHING_RETRIED : docs.length === 1 ? docs[0] : { runs: docs, exitCode });
    return exitCode;
  });
}
