/**
 * The commander program: every command declared, each command's module lazy-imported by its
 * action, so `--help` and `--version` load the declarations only. main.ts runs it.
 */
import { Command } from 'commander';
import { createRequire } from 'node:module';
import { addSharedOptions, ledgerOption, PROCESSING_OPTIONS } from './options.js';
import { declareOutputCommands } from './outputs.js';
import { declareControlCommands } from './control.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('docparse')
    .description('Turn folders of invoices (PDF, PNG, JPEG, TIFF, and e-invoices: ZUGFeRD, Factur-X, XRechnung, Peppol) into structured JSON, safely and fast.\nA job ledger makes reruns cheap: unchanged files are never processed twice.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .option('--config <file>', 'config file (JSON; default ./docparse.config.json when present); `docparse config` shows the result')
    .option('--verbose', 'on an unexpected error, also print its stack trace (as DOCPARSE_DEBUG=1 does)')
    .exitOverride();
  // `--config` is global: hand it to whichever command runs, so its loadConfig() reads the file.
  program.hook('preAction', (root, action) => {
    const file = root.opts().config as string | undefined;
    if (file !== undefined && action !== root) action.setOptionValueWithSource('config', file, 'cli');
  });

  const submit = program
    .command('submit')
    .description('scan files and folders, and process every invoice not already done with the same settings')
    .argument('<paths...>', 'files or folders (folders are walked recursively)');
  addSharedOptions(submit, PROCESSING_OPTIONS.slice(0, PROCESSING_OPTIONS.indexOf('hidden') + 1));
  submit
    .option('--force', 'process again even files already done with the same settings')
    .option('--verify', 're-hash every file instead of trusting unchanged size, mtime and inode')
    .option('-n, --dry-run', 'list what would be processed and what skipped; change nothing')
    .option('--detach', 'register the jobs and return at once (run id and job ids); `docparse worker` processes them')
    .option('--idempotency-key <key>', 'the same key with the same inputs returns the earlier run instead of running again; with other inputs: exit 6');
  addSharedOptions(submit, ['priority', ...PROCESSING_OPTIONS.slice(PROCESSING_OPTIONS.indexOf('hidden') + 1)]);
  submit
    .addHelpText(
      'after',
      `
Examples:
  $ docparse submit ./invoices                 process a folder, results in ./docparse-out
  $ docparse submit inbox/ --webhook https://example.com/hooks --metrics /var/lib/node_exporter/docparse.prom
  $ docparse submit ./invoices --dry-run       show what would be processed
  $ docparse submit inbox/ --json > run.json   machine-readable summary for scripts and CI
  $ docparse submit scans/ --lang eng+deu -c 4 OCR in English and German, 4 at a time
  $ docparse submit inbox/ --detach --json     register only; \`docparse worker\` processes
  $ docparse submit inbox/ --idempotency-key batch-2026-05-26   safe to repeat: runs once
  $ docparse submit zugferd/ --fail-on review  exit 7 when an e-invoice's page differs from its XML
  $ docparse submit xrechnung/ --einvoice only  read only e-invoice XML; other documents fail

Exit codes: 0 all done, 1 usage or config error, 2 some files failed (see failures.json),
3 missing dependency or data, 5 ledger unusable, 6 idempotency key reused with other inputs
or still in use, 7 results need review (--fail-on review), 11 the rest of the work is paused
(docparse resume, then rerun), 130 interrupted (rerun to continue).`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runSubmit } = await import('./commands/submit.js');
      process.exitCode = await runSubmit(paths, opts);
    });

  program
    .command('status')
    .description('show a job (by job id, file path or fingerprint prefix) or a run (by run id)')
    .argument('<id>', 'job id (job_...), run id (run_...), a file path, or the first 6+ hex digits of a fingerprint')
    .addOption(ledgerOption())
    .option('--events', 'add the job\'s audit trail (every state change)')
    .option('--json', 'print JSON: for a job exactly {jobId, status, fileName, templateId, result, error, pageCount, attempts, createdAt, startedAt, completedAt, supersededBy, priority, cancelledBy, paused}')
    .addHelpText(
      'after',
      `
Examples:
  $ docparse status job_01jf3k...              one job: file, attempts, key fields, warnings, review reasons
  $ docparse status invoices/acme-0042.pdf     the job of a file that was submitted
  $ docparse status run_01jf3k...              a run: jobs by state, failures, what needs review
  $ docparse status 3fa9c2 --events --json     by fingerprint prefix, with the audit trail

Exit codes: 0 shown, 4 nothing matches the id.`,
    )
    .action(async (id: string, opts: Record<string, unknown>) => {
      const { runStatus } = await import('./commands/status.js');
      process.exitCode = await runStatus(id, opts);
    });

  program
    .command('jobs')
    .description('list jobs in the ledger, oldest first')
    .addOption(ledgerOption())
    .option('-s, --status <states>', 'only these states, comma-separated: pending,processing,retrying,completed,failed')
    .option('--since <when>', 'only jobs created since an ISO date or a duration ago (e.g. 2026-01-31, 24h, 7d)')
    .option('--run <runId>', 'only the jobs of this run')
    .option('-l, --limit <n>', 'at most this many jobs')
    .option('--needs-review', 'only completed results that need review and were not approved yet, with the reasons')
    .option('--superseded', 'also list failed jobs whose file was fixed since (superseded by the job of the new content)')
    .option('--json', 'one JSON object per line (NDJSON)')
    .addHelpText(
      'after',
      `
Examples:
  $ docparse jobs --status failed               what failed, with the reason
  $ docparse jobs --needs-review                what waits for a person to check, and why; then \`docparse approve\`
  $ docparse jobs --since 24h --json | jq -r .fileName
  $ docparse jobs --run run_01jf3k... --limit 20`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runJobs } = await import('./commands/jobs.js');
      process.exitCode = await runJobs(opts);
    });

  const retry = program
    .command('retry')
    .description('put failed jobs back and process them again')
    .argument('[jobIds...]', 'job ids to retry')
    .option('--failed', 'retry every failed job whose file changed or whose failure was transient')
    .option('--all', 'with --failed: also permanent failures (encrypted, corrupt ...) whose file is unchanged');
  addSharedOptions(retry, ['ledger', 'out', 'concurrency', 'maxAttempts', 'backoff', 'timeout', 'templates', 'readingCache', 'priority', 'webhook', 'noReport', 'pages', 'json', 'quiet'], {
    help: { templates: 'the templates folder the jobs were submitted with (each job keeps its own extractor, template and languages) [env DOCPARSE_TEMPLATES]' },
  });
  retry
    .addHelpText(
      'after',
      `
Examples:
  $ docparse retry --failed                     after fixing files: changed files are read again, permanent failures of unchanged files skipped
  $ docparse retry --failed --all               every failed job, changed or not
  $ docparse retry job_01jf3k... job_01jf3m...  these jobs (always retried)

Exit codes as submit: 0 all done, 2 some failed, 4 unknown job id, 130 interrupted.`,
    )
    .action(async (jobIds: string[], opts: Record<string, unknown>) => {
      const { runRetry } = await import('./commands/retry.js');
      process.exitCode = await runRetry(jobIds, opts);
    });

  program
    .command('approve')
    .description('record that a person checked results that need review: who and when go to the audit trail, and --fail-on review stops counting them')
    .argument('[jobIds...]', 'job ids of completed results that need review')
    .option('--run <runId>', 'every result of this run that needs review and was not approved yet')
    .option('--by <name>', 'who approves (default: your login@host)')
    .addOption(ledgerOption())
    .option('-o, --out <dir>', 'the results folder whose result files are rewritten to show the approval (default docparse-out) [env DOCPARSE_OUT]')
    .option('--json', 'print {by, approved, skipped} as JSON')
    .option('-q, --quiet', 'print only what was skipped')
    .addHelpText(
      'after',
      `
Examples:
  $ docparse jobs --needs-review                 what waits for review, and why
  $ docparse approve job_01jf3k... job_01jf3m...  these results are right as they are
  $ docparse approve --run run_01jf3k... --by "A. Clerk"   every result of a run that needs review

needsReview stays true in the result; reviewedAt and reviewedBy beside it say who accepted it.
Exit codes: 0 done (jobs that cannot be approved are listed as skipped), 1 usage, 4 unknown job or run id.`,
    )
    .action(async (jobIds: string[], opts: Record<string, unknown>) => {
      const { runApprove } = await import('./commands/approve.js');
      process.exitCode = await runApprove(jobIds, opts);
    });

  // Commands of the extraction tools (extract, templates) are registered below this line.
  // [extraction commands]
  const extract = program
    .command('extract')
    .description('print one document\'s result JSON on stdout, without touching the ledger')
    .argument('<file>', 'a PDF, PNG, JPEG, TIFF or e-invoice XML file (or a .txt of its text)')
    .option('--text', 'print the text that was read instead of the JSON, pages separated by form feeds (like pdftotext)')
    .option('--json', 'with --text: print the result JSON with the text of each page in "text"');
  addSharedOptions(extract, ['template', 'templates', 'lang', 'ocrModel', 'ocrEngine', 'readingCache', 'einvoice', 'quiet'], {
    help: { template: 'use this template instead of the best match', quiet: 'no notes on stderr (a template skipped); what went wrong still goes there, and the exit code says it' },
  });
  extract
    .option('--fail-on <what>', 'exit 7 when the result needs review: "review"')
    .addHelpText('after', '\nExamples:\n  $ docparse extract invoice.pdf | jq .total.value\n  $ docparse extract scan.png --text --lang eng+deu   the text OCR read\n  $ docparse extract invoice.pdf --text --json | jq -r .text[0]\n  $ docparse extract zugferd.pdf | jq .einvoice   profile, syntax and the page check of an e-invoice\n\nExit codes: 0 extracted, 2 the file could not be read (reason on stderr), 3 missing OCR language data.')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { runExtract } = await import('./commands/extract.js');
      process.exitCode = await runExtract(file, opts);
    });

  const templates = program
    .command('templates')
    .description('list invoice2data templates and test them on a document')
    .addHelpText('after', '\nExamples:\n  $ docparse templates list --templates ./my-templates\n  $ docparse templates test invoice.pdf --templates ./my-templates');
  templates
    .command('list')
    .description('list the templates that load (and the ones that do not, with why)')
    .option('--templates <dir>', 'folder of invoice2data templates [env DOCPARSE_TEMPLATES]')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ docparse templates list --templates ./my-templates\n  $ docparse templates list --json | jq -r .templates[].id\n\nExit codes: 0 all loaded, 2 some templates could not be loaded (listed with why).')
    .action(async (opts: Record<string, unknown>) => {
      const { runTemplatesList } = await import('./commands/templates.js');
      process.exitCode = await runTemplatesList(opts);
    });
  templates
    .command('test')
    .description('show which template matches a document and why, what it extracts, and the text it saw')
    .argument('<file>', 'a PDF, image, or .txt file')
    .option('--templates <dir>', 'folder of invoice2data templates [env DOCPARSE_TEMPLATES]')
    .option('--template <id>', 'test this template even if its keywords do not match')
    .option('--lang <langs>', 'OCR languages (default eng)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ docparse templates test invoice.pdf --templates ./my-templates')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { runTemplatesTest } = await import('./commands/templates.js');
      process.exitCode = await runTemplatesTest(file, opts);
    });

  // Commands of asynchronous operation (worker) are registered below this line.
  // [worker commands]
  const worker = program
    .command('worker')
    .description('process the waiting jobs of the ledger (from submit --detach, interrupted runs, retries); optionally watch drop folders')
    .addOption(ledgerOption())
    .option('--once', 'process what is due (and its retries), then exit: for cron')
    .option('--poll <duration>', 'how often an idle worker looks for new jobs (default 2s)')
    .option('--watch <dir>', 'hot folder: submit new files once complete, i.e. unchanged for --settle (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--settle <duration>', 'a watched file is complete once its size and mtime have not changed for this long (default 1s)');
  addSharedOptions(worker, PROCESSING_OPTIONS.filter((o) => o !== 'ledger'), { worker: true });
  worker
    .addHelpText(
      'after',
      `
Examples:
  $ docparse submit inbox/ --detach && docparse worker --once     register now, process later
  $ docparse worker                                               keep processing until Ctrl-C / SIGTERM
  $ docparse worker --watch /srv/drop --move-done /srv/done --move-failed /srv/failed
  $ */5 * * * * docparse worker --once --watch /srv/drop --move-done /srv/done -q   (crontab)

Several workers may share one ledger: no job is processed twice. Each job is processed with
the settings it was submitted with; a worker takes only the jobs submitted with its own
--templates folder (or without one), the folder it can load.
Exit codes as submit: 0 all done (paused work left waiting is said, not an error), 2 some failed,
7 needs review (--fail-on review), 130 stopped by Ctrl-C / SIGTERM (in-flight jobs are put back
for the next worker).`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runWorkerCommand } = await import('./commands/worker.js');
      process.exitCode = await runWorkerCommand(opts);
    });

  // Commands of operations (webhooks, stats, prune, config, export) are registered below this line.
  // [operations commands]
  declareOutputCommands(program);
  declareControlCommands(program);
  const webhooks = program
    .command('webhooks')
    .description('list webhook events in the outbox (pending, delivered, dead); `webhooks redeliver` sends them again')
    // Options after `redeliver` belong to it, not to `webhooks`.
    .enablePositionalOptions()
    .addOption(ledgerOption())
    .option('-s, --status <states>', 'only these states, comma-separated: pending,delivered,dead')
    .option('-l, --limit <n>', 'at most this many events')
    .option('--json', 'one JSON object per line (NDJSON)')
    .addHelpText(
      'after',
      `
Events are written to the ledger's outbox with the state change they report and sent by
submit/worker --webhook with retries; after DOCPARSE_WEBHOOK_MAX_ATTEMPTS (default 8) failed
attempts an event is kept as "dead".

Examples:
  $ docparse webhooks --status dead             events that could not be delivered
  $ docparse webhooks redeliver --dead          send them again now
  $ docparse webhooks redeliver evt_01h...      send one event again (even if delivered)
  $ docparse webhooks redeliver                 send every pending event now`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runWebhooksList } = await import('./commands/webhooks.js');
      process.exitCode = await runWebhooksList(opts);
    });
  webhooks
    .command('redeliver')
    .description('send webhook events again now: the ids given, every dead one (--dead), or else every pending one')
    .argument('[eventIds...]', 'event ids (evt_...), as `docparse webhooks` lists them')
    .option('--dead', 'every dead event')
    .addOption(ledgerOption())
    .option('--json', 'print {redelivered, delivered, undelivered} as JSON')
    .option('-q, --quiet', 'only the final line')
    .addHelpText('after', '\nExamples:\n  $ docparse webhooks redeliver --dead\n  $ docparse webhooks redeliver evt_01h... --json\n\nExit codes: 0 every selected event delivered, 2 some still undelivered (kept in the outbox), 4 unknown event id.')
    .action(async (eventIds: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { runWebhooksRedeliver } = await import('./commands/webhooks.js');
      process.exitCode = await runWebhooksRedeliver(eventIds, { ...cmd.parent?.opts(), ...opts });
    });

  program
    .command('stats')
    .description('jobs by state, queue depth, throughput, latency percentiles, errors by class')
    .addOption(ledgerOption())
    .option('--since <when>', 'latency and error figures for jobs finished since an ISO date or a duration ago (default 24h)')
    .option('--metrics <file>', 'also write them in Prometheus text format to this file (atomically) [env DOCPARSE_METRICS]')
    .option('--json', 'print the stats as JSON')
    .option('-q, --quiet', 'print nothing (with --metrics, for cron)')
    .addHelpText(
      'after',
      `
Examples:
  $ docparse stats                               summary of the last 24 hours
  $ docparse stats --since 7d --json             for scripts
  $ docparse stats -q --metrics /var/lib/node_exporter/textfile/docparse.prom   for cron + Prometheus`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runStats } = await import('./commands/stats.js');
      process.exitCode = await runStats(opts);
    });

  program
    .command('prune')
    .description('remove finished jobs older than a given age (never pending, processing or retrying ones)')
    .addOption(ledgerOption())
    .requiredOption('--older-than <age>', 'finished before this long ago, e.g. 30d, 12h')
    .option('-n, --dry-run', 'count what would be removed; change nothing')
    .option('--vacuum', 'then VACUUM the ledger to give the space back to the file system')
    .option('--json', 'print what was removed as JSON')
    .option('-q, --quiet', 'print nothing (for cron)')
    .addHelpText(
      'after',
      `
Removes completed and failed jobs finished before the cut-off with their audit events, paths
and run links, runs left without jobs, remembered files of pruned jobs, and delivered webhook
events. A pruned file submitted again is processed again.

Examples:
  $ docparse prune --older-than 30d --dry-run   what would go
  $ docparse prune --older-than 90d --vacuum    remove and shrink the file`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runPrune } = await import('./commands/prune.js');
      process.exitCode = await runPrune(opts);
    });

  program
    .command('config')
    .description('print the effective configuration and where each value came from (default, file, env, flag)')
    .addOption(ledgerOption())
    .option('--json', 'print {file, config, sources, env} as JSON')
    .addHelpText(
      'after',
      `
Sources, lowest first: defaults < config file (./docparse.config.json or --config FILE) <
environment variables (DOCPARSE_*) < flags. Secrets are shown as "(set)".

Examples:
  $ docparse config
  $ docparse --config ci.config.json config --json`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runConfig } = await import('./commands/config.js');
      process.exitCode = await runConfig(opts);
    });

  return program;
}
export { CommanderError } from 'commander';
