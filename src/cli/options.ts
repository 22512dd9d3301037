/**
 * Options several commands declare, written once: the ledger, and the processing options that
 * `submit`, `worker` and `retry` share (one help text each, so they cannot drift apart). Where
 * an option means something narrower for the worker (its folders, its own settings), the
 * worker's text says so.
 */
import { Option, type Command } from 'commander';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

interface Spec {
  flags: string;
  help: string;
  /** The worker's text, where the option applies to its hot folders or its own settings only. */
  worker?: string;
  choices?: string[];
  repeatable?: boolean;
}

const EINVOICE_HELP =
  'e-invoices (ZUGFeRD, Factur-X, XRechnung, Peppol): prefer = read their XML, checked against the page (default); ignore = read pages only; only = fail documents without one [env DOCPARSE_EINVOICE]';
/** For the worker, the settings options are those of the files its hot folders submit. */
const FOR_WATCHED = ' (for the files its --watch folders submit; waiting jobs keep the settings they were submitted with)';

const SPECS = {
  ledger: { flags: '--ledger <path>', help: 'job ledger: a SQLite file (default .docparse/ledger.db) or a postgres:// URL [env DOCPARSE_LEDGER]' },
  out: { flags: '-o, --out <dir>', help: 'where results, summary.json and failures.json/.csv go (default docparse-out) [env DOCPARSE_OUT]' },
  concurrency: { flags: '-c, --concurrency <n>', help: 'documents processed at once (default: twice the number of cores) [env DOCPARSE_CONCURRENCY]' },
  maxAttempts: {
    flags: '--max-attempts <n>',
    help: 'attempts per document in all, for transient failures (default 3) [env DOCPARSE_MAX_ATTEMPTS]',
    worker: 'attempts per document in all, for transient failures, of the jobs it registers (default 3) [env DOCPARSE_MAX_ATTEMPTS]',
  },
  backoff: { flags: '--backoff <spec>', help: 'retry delays: first delay, then multiplier, e.g. "5s,x5" (default) or "1s,x2,max=1m" [env DOCPARSE_BACKOFF]' },
  maxFileSize: { flags: '--max-file-size <size>', help: 'files over this fail at once as too_large (default 50MB) [env DOCPARSE_MAX_FILE_SIZE]' },
  maxPages: { flags: '--max-pages <n>', help: 'documents (PDF, TIFF) with more pages fail at once as too_large (default 1000) [env DOCPARSE_MAX_PAGES]' },
  timeout: { flags: '--timeout <duration>', help: 'time limit for one document, e.g. 90s, 10m (default 10m) [env DOCPARSE_TIMEOUT]' },
  include: {
    flags: '--include <glob>',
    help: 'only files matching this glob (repeatable; no slash = match the file name)',
    worker: 'watched folders: only files matching this glob (repeatable; no slash = match the file name)',
    repeatable: true,
  },
  exclude: { flags: '--exclude <glob>', help: 'skip files matching this glob (repeatable)', worker: 'watched folders: skip files matching this glob (repeatable)', repeatable: true },
  hidden: { flags: '--hidden', help: 'also walk hidden files and folders (names starting with a dot)', worker: 'watched folders: also take hidden files and folders' },
  template: { flags: '--template <id>', help: 'use this template for every document instead of the best match', worker: 'use this template instead of the best match' + FOR_WATCHED },
  templates: {
    flags: '--templates <dir>',
    help: 'folder of invoice2data templates (YAML or JSON) [env DOCPARSE_TEMPLATES]',
    worker: 'folder of invoice2data templates: the worker takes the jobs submitted with this folder (unchanged), or without one when not given [env DOCPARSE_TEMPLATES]',
  },
  lang: { flags: '--lang <langs>', help: 'OCR languages, e.g. eng or eng+fra (default eng; others need @tesseract.js-data/<lang>) [env DOCPARSE_LANG]', worker: 'OCR languages, e.g. eng or eng+fra, default eng' + FOR_WATCHED },
  ocrModel: {
    flags: '--ocr-model <model>',
    help: 'OCR model for scans: best (default), fast (tessdata_fast, English) or cascade (fast, doubtful words read again with best); part of the job settings, so a change reads files again [env DOCPARSE_OCR_MODEL]',
    worker: 'OCR model for scans: best (default), fast or cascade' + FOR_WATCHED + ' [env DOCPARSE_OCR_MODEL]',
    choices: ['best', 'fast', 'cascade'],
  },
  ocrEngine: {
    flags: '--ocr-engine <engine>',
    help: 'what runs the OCR: wasm (default, built in) or native (the tesseract program on PATH, 4.1 or later, with the same models: faster; exit 3 when it is missing); not part of the job settings [env DOCPARSE_OCR_ENGINE]',
    worker: 'what runs the OCR: wasm (default) or native (the tesseract program on PATH, 4.1 or later; faster) [env DOCPARSE_OCR_ENGINE]',
    choices: ['wasm', 'native'],
  },
  readingCache: {
    flags: '--reading-cache <dir>',
    help: 'keep each document\'s reading (text layer, OCR, per look) in this folder and take it from there next time: the same bytes read with the same reader settings and code are never OCR\'d twice; not part of the job settings [env DOCPARSE_READING_CACHE]',
  },
  einvoice: { flags: '--einvoice <mode>', help: EINVOICE_HELP, worker: EINVOICE_HELP + FOR_WATCHED, choices: ['prefer', 'ignore', 'only'] },
  extractor: {
    flags: '--extractor <name>',
    help: 'auto = text layer + OCR + invoice fields; text = PDF text layer only; noop = nothing (benchmarks) [env DOCPARSE_EXTRACTOR]',
    worker: 'auto = text layer + OCR + invoice fields; text = PDF text layer only; noop = nothing' + FOR_WATCHED,
    choices: ['auto', 'text', 'noop'],
  },
  priority: { flags: '--priority <n>', help: 'priority of the jobs it creates or puts back: a whole number, higher is processed first (default 0); high = 10, low = -10' },
  failOn: { flags: '--fail-on <what>', help: 'also exit non-zero (7) when results need review: "review"' },
  moveDone: { flags: '--move-done <dir>', help: 'move the originals of completed jobs into this folder (copy + fsync + rename; never overwrites)' },
  moveFailed: { flags: '--move-failed <dir>', help: 'move the originals of failed jobs (final failure) into this folder' },
  webhook: { flags: '--webhook <url>', help: 'POST signed job.completed/job.failed/run.finished events here (secret: env DOCPARSE_WEBHOOK_SECRET) [env DOCPARSE_WEBHOOK]' },
  metrics: {
    flags: '--metrics <file>',
    help: 'after the run, write Prometheus metrics here (node_exporter textfile collector) [env DOCPARSE_METRICS]',
    worker: 'write Prometheus metrics here (node_exporter textfile collector): every 15 s while running, and at exit [env DOCPARSE_METRICS]',
  },
  noReport: {
    flags: '--no-report',
    help: 'do not write report.html when done (results.csv is written all the same)',
    worker: 'do not write report.html after --once (results.csv is written all the same)',
  },
  pages: {
    flags: '--pages <which>',
    help: 'page images in report.html: review = documents that need a look (default); all = every document; none',
    choices: ['review', 'all', 'none'],
  },
  json: { flags: '--json', help: 'print the run summary as JSON on stdout, and nothing else there', worker: 'print the summary of what it processed as JSON on stdout, and nothing else there' },
  quiet: { flags: '-q, --quiet', help: 'for cron: nothing at all when the command ends 0 (the exit code is the signal); failures, and then the final line, on stderr' },
} satisfies Record<string, Spec>;

export type SharedOption = keyof typeof SPECS;

/** The options of one processing command, in the order given; `worker` picks the worker's texts. */
export function addSharedOptions(cmd: Command, names: SharedOption[], opts: { worker?: boolean; help?: Partial<Record<SharedOption, string>> } = {}): Command {
  for (const name of names) {
    const spec: Spec = SPECS[name];
    const help = opts.help?.[name] ?? (opts.worker && spec.worker ? spec.worker : spec.help);
    const option = new Option(spec.flags, help);
    if (spec.choices) option.choices(spec.choices);
    if (spec.repeatable) option.argParser(collect);
    cmd.addOption(option);
  }
  return cmd;
}

/** `--ledger`, for the commands that open the ledger. */
export function ledgerOption(): Option {
  return new Option(SPECS.ledger.flags, SPECS.ledger.help);
}

/** Options of submit and worker (the engine's settings, results, reports and display), in help order. */
export const PROCESSING_OPTIONS: SharedOption[] = [
  'ledger', 'out', 'concurrency', 'maxAttempts', 'backoff', 'maxFileSize', 'maxPages', 'timeout', 'include', 'exclude', 'hidden',
  'template', 'templates', 'lang', 'ocrModel', 'ocrEngine', 'readingCache', 'einvoice', 'extractor', 'failOn', 'moveDone', 'moveFailed', 'webhook', 'metrics', 'noReport', 'pages', 'json', 'quiet',
];
