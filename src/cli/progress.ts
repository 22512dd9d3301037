/**
 * Shows a run as it happens: on a terminal an ora spinner while scanning and a cli-progress
 * bar (counts, rate, ETA) while processing; in a pipe or with --quiet, plain lines on stderr
 * with no escape codes. Everything goes to stderr, so stdout stays clean for --json.
 */
import type { ChalkInstance } from 'chalk';
import cliProgress from 'cli-progress';
import ora, { type Ora } from 'ora';
import { basename } from 'node:path';
import type { RunSummary, SubmitEvent } from '../pipeline/submit.js';
import { einvoiceLabel } from '../extract/einvoice/profile.js';

export interface DisplayOptions {
  tty: boolean;
  quiet: boolean;
  c: ChalkInstance;
  stream?: NodeJS.WriteStream;
}

/**
 * A terminal that can take a redrawn progress bar: a TTY that reports a width. Pseudo-terminals
 * without a size (some CI runners, `script` under a pipe) report 0 columns, on which a spinner's
 * clear-the-lines arithmetic never ends: they get plain lines.
 */
export function liveTerminal(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return !!stream.isTTY && (stream.columns ?? 0) > 0 && env.TERM !== 'dumb';
}

export class RunDisplay {
  private readonly out: NodeJS.WriteStream;
  private spinner: Ora | null = null;
  private bar: cliProgress.SingleBar | null = null;
  private scanned = 0;
  private toProcess = 0;
  private settled = 0;
  private failed = 0;

  constructor(private readonly o: DisplayOptions) {
    this.out = o.stream ?? process.stderr;
  }

  private get live(): boolean {
    return this.o.tty && !this.o.quiet;
  }

  private line(text: string): void {
    if (this.bar) {
      // Print above the bar without tearing it.
      this.bar.stop();
      this.out.write(text + '\n');
      this.startBar();
    } else if (this.spinner) {
      this.spinner.clear();
      this.out.write(text + '\n');
      this.spinner.render();
    } else this.out.write(text + '\n');
  }

  private startBar(): void {
    const { c } = this.o;
    this.bar = new cliProgress.SingleBar(
      {
        stream: this.out,
        format: `${c.cyan('{bar}')} {value}/{total} documents | {rate}/s | ETA {eta_formatted} | ${c.red('{failed} failed')}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
        fps: 8,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(Math.max(this.toProcess, this.settled), this.settled, { failed: this.failed, rate: '0.0' });
  }

  private started = Date.now();

  onEvent(e: SubmitEvent): void {
    const { c } = this.o;
    switch (e.type) {
      case 'run-started':
        this.started = Date.now();
        if (this.live) this.spinner = ora({ text: 'Scanning…', stream: this.out }).start();
        else if (!this.o.quiet) this.out.write(`docparse: run ${e.runId} started\n`);
        break;
      case 'file': {
        const f = e.file;
        if (f.type === 'registered') {
          this.scanned++;
          const s = f.result.status;
          if (s === 'pending' || s === 'retrying' || s === 'processing' || f.result.outcome === 'requeued') this.toProcess++;
        } else if (f.type === 'failed') {
          this.failed++;
          this.line(`${c.red('failed')}     ${f.failure.path}: ${f.failure.errorClass}: ${f.failure.message}`);
        } else if (f.type === 'would-register') {
          this.scanned++;
        }
        if (this.spinner) this.spinner.text = `Scanning… ${this.scanned} files, ${this.toProcess} to process`;
        this.bar?.setTotal(Math.max(this.toProcess, this.settled));
        break;
      }
      case 'scan-done':
        break;
      case 'job': {
        const { outcome } = e;
        const name = basename(outcome.job.path);
        const secs = (outcome.durationMs / 1000).toFixed(1);
        if (outcome.state === 'completed') {
          this.settled++;
          const r = outcome.job.result;
          const notes = [r?.einvoice ? `e-invoice ${einvoiceLabel(r.einvoice)}` : '', r?.needsReview ? c.yellow('needs review') : ''].filter(Boolean);
          const review = notes.length ? ` (${notes.join(', ')})` : '';
          if (!this.live && !this.o.quiet) this.line(`${c.green('completed')}  ${name} ${c.dim(`${secs}s`)}${review}`);
        } else if (outcome.state === 'failed') {
          this.settled++;
          this.failed++;
          this.line(`${c.red('failed')}     ${name}: ${outcome.error?.errorClass}: ${outcome.error?.message}${outcome.error?.hint ? c.dim(` (${outcome.error.hint})`) : ''}`);
        } else if (outcome.state === 'retrying' && !this.o.quiet) {
          const wait = outcome.job.nextAttemptAt ? Math.max(0, Math.round((outcome.job.nextAttemptAt - Date.now()) / 1000)) : 0;
          this.line(`${c.yellow('retrying')}   ${name}: attempt ${outcome.job.attempts}/${outcome.job.maxAttempts} failed (${outcome.error?.errorClass}: ${outcome.error?.message}); next in ${wait}s`);
        }
        if (this.live) {
          if (this.spinner && this.settled > 0) {
            this.spinner.stop();
            this.spinner = null;
            this.startBar();
          }
          const elapsed = Math.max(0.001, (Date.now() - this.started) / 1000);
          this.bar?.update(this.settled, { failed: this.failed, rate: (this.settled / elapsed).toFixed(1) });
        }
        break;
      }
      case 'interrupting':
        this.line(c.yellow('Interrupted: finishing up and putting unfinished documents back (Ctrl-C again to quit at once)…'));
        break;
    }
  }

  finish(summary: RunSummary): void {
    this.spinner?.stop();
    this.spinner = null;
    this.bar?.stop();
    this.bar = null;
    this.out.write(summaryLine(summary, this.o.c) + '\n');
  }

  abort(): void {
    this.spinner?.stop();
    this.bar?.stop();
  }
}

export function summaryLine(s: RunSummary, c: ChalkInstance): string {
  const secs = (s.durationMs / 1000).toFixed(1);
  if (s.dryRun) {
    return `dry run: ${s.plan?.process.length ?? 0} to process, ${s.plan?.skip.length ?? 0} already done (skipped), ${s.files.ignored} ignored; nothing was changed`;
  }
  if (s.detached) return `registered ${s.jobs.total} jobs in run ${s.runId} (${s.jobs.new} new, ${s.jobs.skipped} already done); process them with \`docparse worker\``;
  const parts = [
    `${s.files.seen} files`,
    c.green(`${s.byState.completed} completed`) + (s.jobs.skipped ? ` (${s.jobs.skipped} already done)` : ''),
    (s.byState.failed + s.files.failedToScan ? c.red : c.dim)(`${s.byState.failed + s.files.failedToScan} failed`),
  ];
  if (s.needsReview) parts.push(c.yellow(`${s.needsReview} need review`));
  if (s.einvoices?.read) parts.push(`${s.einvoices.read} e-invoices${s.einvoices.pageMismatch ? c.yellow(` (${s.einvoices.pageMismatch} printed page differs from the XML)`) : ''}`);
  const open = s.byState.pending + s.byState.processing + s.byState.retrying;
  if (open) parts.push(c.yellow(`${open} unfinished`));
  if (s.files.ignored) parts.push(`${s.files.ignored} ignored`);
  const head = s.interrupted ? c.yellow('interrupted:') : s.exitCode === 0 ? c.green('done:') : c.red('done:');
  const tail = s.byState.failed + s.files.failedToScan ? `; see ${s.outDir}/failures.csv` : '';
  return `${head} ${parts.join(', ')} in ${secs}s -> ${s.outDir}${tail}`;
}
