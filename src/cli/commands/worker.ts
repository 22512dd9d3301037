import { resolve } from 'node:path';
import { loadConfig, printJson, withLedger, webhookOptions } from '../context.js';
import { colors } from '../colors.js';
import { writeLedgerMetrics } from '../../report/metrics.js';
import { liveTerminal, runDisplay } from '../progress.js';
import { UsageError } from '../../errors.js';
import { readyOutDir } from '../../make-dirs.js';
import type { Ledger } from '../../ledger/port.js';
import type { Job, JobSettings } from '../../types.js';
import type { Extractor } from '../../extract/types.js';
import { templatesDigest } from '../../extract/settings.js';
import { settingsKey } from '../../engine/idempotency.js';
import { runWorker } from '../../engine/worker.js';
import { RunEvents } from '../../engine/events.js';
import { configForJob, engineSettings, extractorFor, followRun, interruptSignal, boundHeapGrowth, jobSettings, moveTargets, reportChoice } from '../processing.js';
import { duration, folders } from '../parse.js';

export async function runWorkerCommand(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  if (opts.failOn !== undefined && opts.failOn !== 'review') throw new UsageError(`--fail-on accepts "review", got "${String(opts.failOn)}"`);
  const pollMs = duration(opts.poll, '--poll', 2_000, 50);
  const settleMs = duration(opts.settle, '--settle', 1_000, 0);
  const watch = folders(opts.watch);
  const moves = moveTargets(opts);
  const settings = jobSettings(config, config.templates ? await templatesDigest(resolve(config.templates)) : null);
  const once = !!opts.once;
  readyOutDir(config.out);

  return withLedger(config, async (ledger) => {
    const c = colors(process.stderr);
    const display = await runDisplay({ tty: liveTerminal(process.stderr), quiet: !!opts.quiet, c });
    // Each job is processed with its own settings: one extractor per settings, made on first
    // use. The worker's own is made now, so a missing OCR language stops it before any work.
    const extractors = new Map<string, Promise<Extractor>>();
    const extractorForJob = (job: Job): Promise<Extractor> => {
      let e = extractors.get(job.settingsKey);
      if (!e) {
        e = extractorFor(configForJob(config, job));
        extractors.set(job.settingsKey, e);
      }
      return e;
    };
    extractors.set(settingsKey(settings), Promise.resolve(await extractorFor(config)));
    boundHeapGrowth();
    const { signal, dispose } = interruptSignal();
    const webhook = webhookOptions(config);
    // A long-running worker keeps its metrics file fresh for the textfile collector.
    const started = Date.now();
    const metricsFile = config.metrics ? resolve(config.metrics) : null;
    const writeMetrics = (exitCode: number | null) =>
      metricsFile ? writeLedgerMetrics(ledger, metricsFile, { finishedAt: Date.now(), durationMs: Date.now() - started, exitCode: exitCode ?? 0 }) : Promise.resolve();
    const metricsTimer = metricsFile && !once ? setInterval(() => void writeMetrics(null).catch(() => undefined), 15_000) : null;
    if (!once && !opts.quiet) {
      const what = watch.length ? `; watching ${watch.join(', ')}` : '';
      process.stderr.write(`docparse worker: taking jobs from ${ledger.location} (each job with its own settings)${what}; Ctrl-C or SIGTERM stops it\n`);
    }
    try {
      // The run puts its events in this queue, which followRun shows as they come till the run is over.
      const events = new RunEvents();
      const run = runWorker({
        ledger,
        extractor: extractorForJob,
        settings,
        once,
        pollMs,
        watch: watch.length
          ? { dirs: watch, include: opts.include as string[] | undefined, exclude: opts.exclude as string[] | undefined, hidden: !!opts.hidden, settleMs }
          : null,
        ...engineSettings(config),
        failOnReview: opts.failOn === 'review',
        // A worker that runs until stopped has no end to report on; `docparse report` makes one.
        report: reportChoice(opts, once),
        ...moves,
        webhook,
        signal,
        events,
      });
      const { summary } = await followRun(run, events, display, c, !!opts.quiet);
      display.finish(summary);
      await writeMetrics(summary.exitCode);
      if (opts.json) printJson(summary);
      await noteOtherSettings(ledger, settings);
      return summary.exitCode;
    } catch (err) {
      display.abort();
      throw err;
    } finally {
      if (metricsTimer) clearInterval(metricsTimer);
      dispose();
      await Promise.all([...extractors.values()].map((e) => e.then((x) => x.close(), () => undefined)));
    }
  });
}

/** A worker takes only jobs made with its templates folder: say so when others wait, or they would wait unseen. */
async function noteOtherSettings(ledger: Ledger, settings: JobSettings): Promise<void> {
  const waiting = (await ledger.findJobs({ status: ['pending', 'retrying'], limit: 10_000 })).filter((j) => j.settings.templatesDigest !== settings.templatesDigest);
  if (waiting.length === 0) return;
  const other = waiting[0].settings.templatesDigest;
  process.stderr.write(
    `docparse worker: ${waiting.length}${waiting.length === 10_000 ? '+' : ''} waiting jobs were submitted ${other ? 'with another --templates folder (or it changed since)' : 'without --templates'}; this worker left them alone.\n` +
      `  Run a worker with ${other ? 'the same, unchanged --templates folder' : 'no --templates'} to process them.\n`,
  );
}
