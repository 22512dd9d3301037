/**
 * What the processing commands (submit, worker, retry) share: the job settings and engine
 * options from the configuration, the extractor, the interrupt policy and how a run's events
 * are shown.
 */
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { Paint } from './paint.js';
import { UsageError, ExitCode } from '../errors.js';
import type { Config } from '../config/index.js';
import type { Job, JobSettings } from '../types.js';
import { createExtractor, EXTRACTOR_VERSIONS, type ExtractorConfig, type ExtractorName } from '../extract/index.js';
import type { Extractor } from '../extract/types.js';
import type { RunEvents } from '../engine/events.js';
import type { RunDisplay } from './progress.js';
import type { ReportOptions } from '../engine/outputs.js';
import type { PageChoice } from '../report/pages.js';

export function jobSettings(config: Config, templatesDigestValue: string | null): JobSettings {
  return {
    extractor: config.extractor,
    extractorVersion: EXTRACTOR_VERSIONS[config.extractor],
    template: config.template,
    templatesDigest: templatesDigestValue,
    lang: config.extractor === 'auto' ? config.lang : '-',
    einvoice: config.extractor === 'auto' ? config.einvoice : '-',
    // Absent for best, so jobs keep the key they had before the option (see JobSettings.ocrModel).
    ...(config.extractor === 'auto' && config.ocrModel !== 'best' ? { ocrModel: config.ocrModel } : {}),
  };
}

/** The review report a run writes when it finishes: none with `--no-report` (commander sets `report: false`). */
export function reportChoice(opts: Record<string, unknown>, enabled = true): ReportOptions | null {
  if (!enabled || opts.report === false) return null;
  return { pages: (opts.pages as PageChoice | undefined) ?? 'review' };
}

/** The engine options every processing command takes from the configuration. */
export function engineSettings(config: Config) {
  return {
    outDir: config.out,
    concurrency: config.concurrency,
    maxAttempts: config.maxAttempts,
    backoff: config.backoff,
    leaseMs: config.leaseMs,
    jobTimeoutMs: config.timeoutMs,
    maxFileSize: config.maxFileSize,
  };
}

/** The configuration a job must be processed with: its own extractor, template and languages. */
export function configForJob(config: Config, job: Job): Config {
  const s = job.settings;
  // Jobs from before e-invoices were read have no `einvoice`: they run as the default does.
  const einvoice = s.einvoice === undefined || s.einvoice === '-' ? 'prefer' : s.einvoice;
  // A job's settings name its OCR model unless it is best (jobs from before the option too).
  const ocrModel = s.extractor === 'auto' ? (s.ocrModel ?? 'best') : config.ocrModel;
  return { ...config, extractor: s.extractor as ExtractorName, template: s.template, lang: s.lang === '-' ? config.lang : s.lang, einvoice, ocrModel };
}

/** The extractor configuration of a processing command's configuration (submit, worker, retry). */
export function extractorConfig(config: Config): ExtractorConfig {
  return {
    extractor: config.extractor,
    lang: config.lang,
    ocrModel: config.ocrModel,
    ocrEngine: config.ocrEngine,
    template: config.template,
    templatesDir: config.templates ? resolve(config.templates) : null,
    ocrWorkers: config.ocrWorkers,
    pageTimeoutMs: config.pageTimeoutMs,
    maxPixels: config.maxPixels,
    maxPages: config.maxPages,
    keepText: false,
    einvoice: config.einvoice,
    readingCache: config.readingCache ? resolve(config.readingCache) : null,
  };
}

/** The extractor the configuration asks for (submit, worker, retry). */
export function extractorFor(config: Config): Promise<Extractor> {
  return createExtractor(extractorConfig(config));
}

/**
 * Bounds V8's heap for a run. The young generation keeps its starting size. By default it doubles whenever
 * enough survives a scavenge, up to 2 x 16 MB, and a long run reaches that: peak RSS grew with the
 * number of files (10,000 noop jobs 139 MB against 96 MB for 1,000) while the live heap stayed
 * at 10-25 MB (measured: 112 MB with this). V8 reads the flag each time the young generation
 * would grow, so it takes effect when set after start-up; scavenges come more often, each as cheap.
 * The old generation grows 1.3x past what survived the last full collection (V8's default is up
 * to ~4x): a run promotes each batch it holds across awaits (scan batches, group commits, ledger
 * pages), garbage that piled up to 30-40 MB over 10,000 files while the live heap stayed ~8 MB.
 * V8 reads this one at every full collection. Measured (noop, alternating, load 3-7): peak RSS of
 * 10,000 files 96-103 -> 85-90 MB, CPU 12.1-12.3 -> 11.6-12.4 s; README Benchmark.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=30');
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

/**
 * Shows a run's events as the run puts them in its queue (the progress display, and the moves of
 * --move-done / --move-failed), then gives the run's result: the run ends its queue when it is over.
 */
export async function followRun<T>(run: Promise<T>, events: RunEvents, display: RunDisplay, c: Paint, quiet: boolean): Promise<T> {
  for await (const e of events) {
    if (e.type === 'moved') {
      if (!quiet) process.stderr.write(`moved      ${e.from} -> ${e.to}\n`);
    } else if (e.type === 'move-skipped') process.stderr.write(`${c.yellow('not moved')}  ${e.path}: ${e.reason}\n`);
    else display.show(e);
  }
  return run;
}

/** `--move-done` / `--move-failed` as absolute folders; each must not be one of the inputs. */
export function moveTargets(opts: Record<string, unknown>): { moveDone: string | null; moveFailed: string | null } {
  const dir = (v: unknown, flag: string) => {
    if (v === undefined || v === null || v === false) return null;
    if (String(v).trim() === '') throw new UsageError(`${flag} needs a folder`);
    return resolve(String(v));
  };
  return { moveDone: dir(opts.moveDone, '--move-done'), moveFailed: dir(opts.moveFailed, '--move-failed') };
}
