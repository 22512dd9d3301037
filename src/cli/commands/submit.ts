import { resolve } from 'node:path';
import { loadConfig, colors, printJson, withLedger } from '../context.js';
import { RunDisplay } from '../progress.js';
import { UsageError, ExitCode } from '../../errors.js';
import type { Config } from '../../config/index.js';
import type { JobSettings } from '../../types.js';
import { createExtractor, EXTRACTOR_VERSIONS } from '../../extract/index.js';
import { submit } from '../../pipeline/submit.js';
import type { Ledger } from '../../ledger/port.js';
import { templatesDigest } from '../../extract/settings.js';

export function jobSettings(config: Config, templatesDigestValue: string | null): JobSettings {
  return {
    extractor: config.extractor,
    extractorVersion: EXTRACTOR_VERSIONS[config.extractor],
    template: config.template,
    templatesDigest: templatesDigestValue,
    lang: config.extractor === 'auto' ? config.lang : '-',
  };
}

/**
 * Installs the interrupt policy: the first Ctrl-C (or SIGTERM) aborts the run gracefully,
 * a second one exits at once. Returns the signal and a function that removes the handlers.
 */
export function interruptSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  let count = 0;
  const handler = () => {
    count++;
    if (count === 1) controller.abort(new Error('interrupted'));
    else {
      process.stderr.write('\ndocparse: interrupted again, exiting now (unfinished jobs are taken back by the next run)\n');
      process.exit(ExitCode.interrupted);
    }
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

export async function runSubmit(paths: string[], opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  if (opts.failOn !== undefined && opts.failOn !== 'review') throw new UsageError(`--fail-on accepts "review", got "${String(opts.failOn)}"`);
  const settings = jobSettings(config, config.templates ? await templatesDigest(resolve(config.templates)) : null);
  return withLedger(config, (ledger) => runEngine(ledger, config, settings, opts, paths));
}

async function runEngine(ledger: Ledger, config: Config, settings: JobSettings, opts: Record<string, unknown>, paths: string[]): Promise<number> {
  const c = colors(process.stderr);
  const display = new RunDisplay({ tty: !!process.stderr.isTTY, quiet: !!opts.quiet, c });
  const extractor = await createExtractor({
    extractor: config.extractor,
    lang: config.lang,
    template: config.template,
    templatesDir: config.templates ? resolve(config.templates) : null,
    ocrWorkers: config.ocrWorkers,
    pageTimeoutMs: config.pageTimeoutMs,
    maxPixels: config.maxPixels,
    keepText: false,
  });
  const { signal, dispose } = interruptSignal();
  try {
    const { summary } = await submit({
      ledger,
      extractor,
      paths,
      settings,
      outDir: config.out,
      concurrency: config.concurrency,
      maxAttempts: config.maxAttempts,
      backoff: config.backoff,
      leaseMs: config.leaseMs,
      jobTimeoutMs: config.timeoutMs,
      maxFileSize: config.maxFileSize,
      include: opts.include as string[] | undefined,
      exclude: opts.exclude as string[] | undefined,
      hidden: !!opts.hidden,
      force: !!opts.force,
      verify: !!opts.verify,
      dryRun: !!opts.dryRun,
      detach: !!opts.detach,
      failOnReview: opts.failOn === 'review',
      signal,
      onEvent: (e) => display.onEvent(e),
    });
    display.finish(summary);
    if (opts.dryRun && !opts.json && !opts.quiet) {
      for (const p of summary.plan?.process ?? []) process.stderr.write(`would process  ${p}\n`);
      for (const s of summary.plan?.skip ?? []) process.stderr.write(`would skip     ${s.path} (${s.status} as ${s.jobId})\n`);
    }
    if (opts.json) printJson(summary);
    return summary.exitCode;
  } catch (err) {
    display.abort();
    throw err;
  } finally {
    dispose();
    await extractor.close();
  }
}
