import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPostgresUrl, openLedger } from '../../ledger/open.js';
import { loadConfig, printJson, openConfiguredLedger, webhookOptions } from '../context.js';
import { paintFor } from '../paint.js';
import { writeLedgerMetrics } from '../../report/metrics.js';
import { liveTerminal, runDisplay } from '../progress.js';
import { UsageError } from '../../errors.js';
import type { Config } from '../../config/index.js';
import type { JobSettings } from '../../types.js';
import { submit } from '../../engine/submit.js';
import type { RunSummary } from '../../engine/summary.js';
import { RunEvents } from '../../engine/events.js';
import type { Ledger } from '../../ledger/port.js';
import { templatesDigest } from '../../extract/settings.js';
import { engineSettings, extractorFor, followRun, interruptSignal, boundHeapGrowth, jobSettings, moveTargets, reportChoice } from '../processing.js';
import { checkRoots } from '../../files/walk.js';
import { readyOutDir } from '../../make-dirs.js';
import { parsePriority } from '../parse.js';

/** Prints a detached run for scripts: the run id and every job id, with how the run found each. */
async function printDetached(ledger: Ledger, summary: RunSummary, opts: Record<string, unknown>): Promise<void> {
  const jobs = (await ledger.runJobs(summary.runId)).map((j) => ({ jobId: j.id, path: j.path, status: j.status, outcome: j.outcome }));
  if (opts.json) {
    const { jobs: jobCounts, ...rest } = summary;
    printJson({ ...rest, jobs, jobCounts });
  } else if (!opts.quiet) {
    for (const j of jobs) process.stdout.write(`${j.jobId}  ${j.status.padEnd(10)}  ${j.path}\n`);
  }
}

export async function runSubmit(paths: string[], opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  if (opts.failOn !== undefined && opts.failOn !== 'review') throw new UsageError(`--fail-on accepts "review", got "${String(opts.failOn)}"`);
  if (opts.idempotencyKey !== undefined) {
    const k = String(opts.idempotencyKey);
    if (k.trim() === '' || k.length > 255) throw new UsageError('--idempotency-key needs a key of 1 to 255 characters');
    if (opts.dryRun) throw new UsageError('--idempotency-key cannot be used with --dry-run (a dry run records nothing to replay)');
  }
  if (opts.detach && opts.dryRun) throw new UsageError('--detach and --dry-run cannot be used together');
  if (opts.priority !== undefined) opts.priority = parsePriority(opts.priority);
  // Before the ledger is opened: a mistyped path creates no ledger, run or report.
  await checkRoots(paths);
  // Results go to --out: a path that cannot take them fails now, not when the first is written.
  if (!opts.dryRun && !opts.detach) readyOutDir(config.out);
  const settings = jobSettings(config, config.templates ? await templatesDigest(resolve(config.templates)) : null);
  // Opened and closed here rather than through withLedger: the command's walk goes straight down
  // into the engine, with no wrapper calling back into this file (README, "One job's walk").
  // A dry run changes nothing: with no ledger there yet it makes none (an empty one, in memory,
  // says the same: every file would be processed).
  const fresh = opts.dryRun && !isPostgresUrl(config.ledger) && !existsSync(resolve(config.ledger));
  const ledger = fresh ? await openLedger(':memory:') : await openConfiguredLedger(config);
  try {
    return await runEngine(ledger, config, settings, opts, paths);
  } finally {
    await ledger.close();
  }
}

async function runEngine(ledger: Ledger, config: Config, settings: JobSettings, opts: Record<string, unknown>, paths: string[]): Promise<number> {
  // chalk only when colour is on (paint.ts): a cron job's rerun into a pipe or a log never loads it.
  const c = await paintFor(process.stderr);
  const display = await runDisplay({ tty: liveTerminal(process.stderr), quiet: !!opts.quiet, c, dryRun: !!opts.dryRun });
  const extractor = await extractorFor(config);
  boundHeapGrowth();
  const { signal, dispose } = interruptSignal();
  const webhook = webhookOptions(config);
  if (webhook && !webhook.secret && !opts.json) process.stderr.write('docparse: webhooks are sent unsigned: set DOCPARSE_WEBHOOK_SECRET or "webhookSecret" in the config file\n');
  try {
    // The run puts its events in this queue, which followRun shows as they come till the run is over.
    const events = new RunEvents();
    const run = submit({
      ledger,
      extractor,
      paths,
      settings,
      ...engineSettings(config),
      include: opts.include as string[] | undefined,
      exclude: opts.exclude as string[] | undefined,
      hidden: !!opts.hidden,
      force: !!opts.force,
      verify: !!opts.verify,
      priority: opts.priority as number | undefined,
      dryRun: !!opts.dryRun,
      detach: !!opts.detach,
      idempotencyKey: opts.idempotencyKey === undefined ? null : String(opts.idempotencyKey),
      ...moveTargets(opts),
      failOnReview: opts.failOn === 'review',
      report: reportChoice(opts),
      webhook,
      signal,
      events,
    });
    const { summary } = await followRun(run, events, display, c, !!opts.quiet);
    if (summary.replayed && !opts.quiet) {
      process.stderr.write(`docparse: idempotency key "${String(opts.idempotencyKey)}": run ${summary.runId} (${summary.startedAt}) already did this; nothing was done again\n`);
    }
    display.finish(summary);
    if (config.metrics && !summary.dryRun) {
      await writeLedgerMetrics(ledger, resolve(config.metrics), { finishedAt: Date.parse(summary.finishedAt), durationMs: summary.durationMs, exitCode: summary.exitCode });
    }
    if (opts.dryRun && !opts.json && !opts.quiet) {
      for (const p of summary.plan?.process ?? []) process.stderr.write(`would process  ${p}\n`);
      for (const s of summary.plan?.skip ?? []) process.stderr.write(`would skip     ${s.path} (${s.status} as ${s.jobId})\n`);
      for (const s of summary.plan?.ignore ?? []) process.stderr.write(`would ignore   ${s.path} (${s.reason})\n`);
    }
    if (summary.detached) await printDetached(ledger, summary, opts);
    else if (opts.json) printJson(summary);
    return summary.exitCode;
  } catch (err) {
    display.abort();
    throw err;
  } finally {
    dispose();
    await extractor.close();
  }
}
