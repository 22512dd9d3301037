/**
 * Shows a run as it happens: on a terminal an ora spinner while scanning and a cli-progress
 * bar (counts, rate, ETA) while processing; in a pipe or with --quiet, plain lines on stderr
 * with no escape codes. Everything goes to stderr, so stdout stays clean for --json.
 * ora and cli-progress are loaded only for a live terminal (runDisplay): in a pipe or with
 * --quiet (cron) they would cost a run ~0.1 s of start-up (ora alone imports 20 modules) for nothing.
 */
import type { Paint } from './paint.js';
import type cliProgress from 'cli-progress';
import type { Ora } from 'ora';
import { basename } from 'node:path';
import type { RunEvent } from '../engine/events.js';
import type { RunSummary } from '../engine/summary.js';
import { einvoiceLabel } from '../extract/einvoice/profile.js';
import { plural } from './plural.js';

export interface DisplayOptions {
  tty: boolean;
  quiet: boolean;
  c: Paint;
  stream?: NodeJS.WriteStream;
  /** `--dry-run`: nothing is started; the command lists what would be done when it ends. */
  dryRun?: boolean;
}

/**
 * A terminal that can take a redrawn progress bar: a TTY that reports a width. Pseudo-terminals
 * without a size (some CI runners, `script` under a pipe) report 0 columns, on which a spinner's
 * clear-the-lines arithmetic never ends: they get plain lines.
 */
export function liveTerminal(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return !!stream.isTTY && (stream.columns ?? 0) > 0 && env.TERM !== 'dumb';
}

/** The terminal libraries a live display draws with. */
interface Terminal {
  ora: typeof import('ora').default;
  cliProgress: typeof cliProgress;
}

/** A run's display, with the terminal libraries loaded when it will draw on a live terminal. */
export async function runDisplay(o: DisplayOptions): Promise<RunDisplay> {
  if (!o.tty || o.quiet) return new RunDisplay(o, null);
  const [ora, bar] = await Promise.all([import('ora'), import('cli-progress')]);
  return new RunDisplay(o, { ora: ora.default, cliProgress: bar.default });
}

export class RunDisplay {
  private readonly out: NodeJS.WriteStream;
  private spinner: Ora | null = null;
  private bar: cliProgress.SingleBar | null = null;
  private scanned = 0;
  private toProcess = 0;
  private settled = 0;
  private failed = 0;

  /** Made by runDisplay(), which loads `term` when the display is live. */
  constructor(
    private readonly o: DisplayOptions,
    private readonly term: Terminal | null,
  ) {
    this.out = o.stream ?? process.stderr;
  }

  private get live(): boolean {
    return this.o.tty && !this.o.quiet && this.term !== null;
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
    const { cliProgress } = this.term!;
    this.bar = new cliProgress.SingleBar(
      {
        stream: this.out,
        // Laid out for the terminal's width at every redraw (it may be resized): see progressLine.
        format: (_options, params, payload: { failed?: number; rate?: string }) =>
          progressLine(this.out.columns || 80, { value: params.value, total: params.total, rate: payload.rate ?? '0.0', etaSeconds: params.eta, failed: payload.failed ?? 0, paused: this.held }, c),
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
  /** Waiting documents a pause holds, as the engine last said. */
  private held = 0;

  /** Shows one event of the run (cli/processing.ts showEvents reads them from the run's queue). */
  show(e: RunEvent): void {
    const { c } = this.o;
    switch (e.type) {
      case 'run-started':
        this.started = Date.now();
        if (this.live) this.spinner = this.term!.ora({ text: 'Scanning…', stream: this.out }).start();
        // A dry run starts no run (none is recorded): its last line says what it found.
        else if (!this.o.quiet && !this.o.dryRun) this.out.write(`docparse: run ${e.runId} started\n`);
        break;
      case 'files': {
        for (const f of e.files) {
          if (f.type === 'registered') {
            this.scanned++;
            // Not a failure: said as it is met, like an ignored file (not with -q).
            if (f.sameAs !== undefined && !this.o.quiet) this.line(`${c.dim('skipped')}    ${f.result.path}: same content as ${f.sameAs} (one job, read once: its result lists both paths)`);
            const s = f.result.status;
            if (s === 'pending' || s === 'retrying' || s === 'processing' || f.result.outcome === 'requeued') this.toProcess++;
          } else if (f.type === 'failed') {
            this.failed++;
            // A folder's line says which folder and what to do: none of its files are in the counts.
            if (f.failure.folder) this.line(`${c.red('failed')}     ${f.failure.message}${c.dim(` (${f.failure.hint})`)}`);
            else this.line(`${c.red('failed')}     ${f.failure.path}: ${f.failure.errorClass}: ${f.failure.message}`);
          } else if (f.type === 'would-register') {
            this.scanned++;
          } else if (f.type === 'ignored' && !this.o.quiet && !this.o.dryRun) {
            // Named as it is met (a dry run lists them at its end): a photo saved as .heic is not silently left out.
            this.line(`${c.dim('ignored')}    ${f.path}: ${f.reason}`);
          }
        }
        if (this.spinner) this.spinner.text = `Scanning… ${this.scanned} files, ${this.toProcess} to process`;
        this.bar?.setTotal(Math.max(this.toProcess, this.settled));
        break;
      }
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
      case 'paused':
        this.held = e.held;
        if (!this.o.quiet) {
          this.line(
            e.held > 0
              ? c.yellow(`paused: ${e.held} waiting document${e.held === 1 ? ' is' : 's are'} held by a pause (\`docparse pauses\` says which; \`docparse resume\` lifts it)`)
              : 'resumed: nothing waiting is paused now',
          );
        }
        break;
    }
  }

  finish(summary: RunSummary): void {
    this.spinner?.stop();
    this.spinner = null;
    this.bar?.stop();
    this.bar = null;
    // Quiet (cron): the exit code is the signal. A run that ended 0 prints nothing, whatever it
    // processed, so cron mails no one; one that did not (failures, interrupted, review with
    // --fail-on) ends with this line, which says where the failures report is. `--detach` keeps
    // its `registered N jobs in run ...` line: the run id is what the command gives back.
    if (this.o.quiet && summary.exitCode === 0 && !summary.interrupted && !summary.detached) return;
    this.out.write(summaryLine(summary, this.o.c) + '\n');
  }

  abort(): void {
    this.spinner?.stop();
    this.bar?.stop();
  }
}

export interface ProgressState {
  value: number;
  total: number;
  /** Documents per second, formatted. */
  rate: string;
  etaSeconds: number;
  failed: number;
  /** Waiting documents a pause holds (shown when some are). */
  paused?: number;
}

/** `42s`, `3m05s`, `2h04m`; `?` before the first estimate. */
export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The progress line for a terminal `columns` wide: the counts, rate, ETA and failures always
 * show, whole; the bar takes the room left (10 to 40 cells) and is the first thing to go, then
 * the word "documents". Never wider than columns - 1, so the terminal neither wraps nor clips it
 * mid-word (the escape codes of colours take no cells).
 */
export function progressLine(columns: number, p: ProgressState, c: Paint): string {
  const failed = `${p.failed} failed`;
  const paintFailed = p.failed > 0 ? c.red(failed) : c.dim(failed);
  const paused = p.paused ? ` ${p.paused} paused` : '';
  const texts = [
    (f: string) => `${p.value}/${p.total} documents${paused && ' |' + paused} | ${p.rate}/s | ETA ${formatEta(p.etaSeconds)} | ${f}`,
    (f: string) => `${p.value}/${p.total}${paused && ' |' + paused} | ${p.rate}/s | ETA ${formatEta(p.etaSeconds)} | ${f}`,
    (f: string) => `${p.value}/${p.total}${paused} ${p.rate}/s ETA ${formatEta(p.etaSeconds)} ${f}`,
  ];
  const room = Math.max(1, columns - 1);
  for (const text of texts) {
    const plain = text(failed);
    const barCells = Math.min(40, room - plain.length - 1);
    if (barCells >= 10) {
      const done = p.total > 0 ? Math.round((Math.min(p.value, p.total) / p.total) * barCells) : 0;
      return `${c.cyan('\u2588'.repeat(done) + '\u2591'.repeat(barCells - done))} ${text(paintFailed)}`;
    }
  }
  for (const text of texts) if (text(failed).length <= room) return text(paintFailed);
  // Narrower than any terminal this is laid out for: cut at a word, never inside one.
  const plain = texts[2](failed);
  return plain.slice(0, Math.max(0, plain.lastIndexOf(' ', room))) || plain.slice(0, room);
}

export function summaryLine(s: RunSummary, c: Paint): string {
  const secs = (s.durationMs / 1000).toFixed(1);
  if (s.dryRun) {
    return `dry run: ${s.plan?.process.length ?? 0} to process, ${s.plan?.skip.length ?? 0} already done (skipped), ${s.files.ignored} ignored; nothing was changed`;
  }
  if (s.detached) {
    // Jobs of earlier runs the scan found again and linked: still waiting, or failed (retry's to put back).
    const waiting = Math.max(0, s.byState.pending + s.byState.processing + s.byState.retrying - s.jobs.new - s.jobs.requeued);
    const how = [
      `${s.jobs.new} new`,
      ...(s.jobs.requeued ? [`${s.jobs.requeued} requeued (--force)`] : []),
      ...(waiting ? [`${waiting} already waiting`] : []),
      `${s.jobs.skipped} already done`,
      ...(s.byState.failed ? [`${s.byState.failed} failed before (\`docparse retry\` puts them back)`] : []),
    ];
    return `registered ${plural(s.jobs.total, 'job')} in run ${s.runId} (${how.join(', ')}); process them with \`docparse worker\``;
  }
  const failed = s.byState.failed + s.files.failedToScan;
  // A retry reads no folder: it counts jobs, and says what it did with each; so does a worker that
  // took waiting jobs without watching a folder ("0 files, 13 completed" read as nothing found).
  const what = s.retry
    ? `retried ${plural(s.retry.requeued + s.retry.reread, 'job')}${s.retry.reread ? ` (${s.retry.reread} re-read: the file changed)` : ''}`
    : s.files.seen === 0 && s.jobs.total > 0
      ? plural(s.jobs.total, 'job')
      : plural(s.files.seen, 'file');
  const parts = [
    what,
    c.green(`${s.byState.completed} completed`) + (s.jobs.skipped ? ` (${s.jobs.skipped} already done)` : ''),
    (failed ? c.red : c.dim)(`${failed} failed`),
  ];
  if (s.retry?.skipped.length) parts.push(c.yellow(`${s.retry.skipped.length} skipped`));
  if (s.jobs.superseded) parts.push(`${plural(s.jobs.superseded, 'earlier failure')} fixed`);
  if (s.reviewed) parts.push(`${s.reviewed} approved`);
  if (s.needsReview) parts.push(c.yellow(`${s.needsReview} ${s.needsReview === 1 ? 'needs' : 'need'} review`));
  if (s.einvoices?.read) {
    const m = s.einvoices.pageMismatch;
    parts.push(`${plural(s.einvoices.read, 'e-invoice')}${m ? c.yellow(` (${m === 1 ? '1 printed page differs' : `${m} printed pages differ`} from the XML)`) : ''}`);
  }
  if (s.duplicates) parts.push(c.yellow(`${s.duplicates} possible duplicate invoice${s.duplicates === 1 ? '' : 's'}`));
  const open = s.byState.pending + s.byState.processing + s.byState.retrying;
  if (open) parts.push(c.yellow(`${open} unfinished`));
  if (s.paused) parts.push(c.yellow(`${s.paused} waiting paused (\`docparse pauses\`)`));
  if (s.files.sameContent) parts.push(`${s.files.sameContent} skipped as the same content as another file`);
  if (s.files.ignored) parts.push(`${s.files.ignored} ignored`);
  // Folders are not files: counted apart, so the files' figures add up.
  const folders = s.files.foldersUnreadable ?? 0;
  if (folders) parts.push(c.red(`${folders === 1 ? '1 folder' : `${folders} folders`} could not be read`));
  const head = s.interrupted ? c.yellow('interrupted:') : s.exitCode === 0 ? c.green('done:') : c.red('done:');
  let tail = failed || folders ? `; see ${s.outDir}/failures.csv` : '';
  if (s.report) tail += `; report: ${s.report}`;
  if (s.paused && s.exitCode === 11) tail += '; the rest is paused: `docparse resume`, then run the same command again (or `docparse worker`) to finish it';
  if (s.outKept) return `${head} ${parts.join(', ')} in ${secs}s; nothing to do: ${s.outDir} left as the last run wrote it`;
  return `${head} ${parts.join(', ')} in ${secs}s -> ${s.outDir}${tail}`;
}
