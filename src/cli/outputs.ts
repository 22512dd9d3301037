/**
 * The commands that write outputs from the ledger alone (`export`, `report`), declared like the
 * others in main.ts (lazy-importing their module), kept here so main.ts stays readable.
 */
import { Option, type Command } from 'commander';
import { ledgerOption } from './options.js';

export function declareOutputCommands(program: Command): void {
  program
    .command('export')
    .description('write the results and the failures report from the ledger to a folder (any machine that reaches the ledger can)')
    .addOption(ledgerOption())
    .option('-o, --out <dir>', 'where to write them (default docparse-out) [env DOCPARSE_OUT]')
    .option('--run <runId>', 'only the jobs of this run')
    .option('--since <when>', 'only jobs created since an ISO date or a duration ago (24h, 7d)')
    .addOption(new Option('--format <format>', 'json = one result file per document (default); csv = results.csv; xlsx = results.xlsx (typed cells, a Failures sheet); ndjson = results.ndjson').choices(['json', 'csv', 'xlsx', 'ndjson']))
    .option('--json', 'print {outDir, format, results, failures, needsReview} as JSON')
    .option('-q, --quiet', 'print nothing (for cron; the exit code says whether jobs failed)')
    .addHelpText('after', '\nExamples:\n  $ docparse export --ledger postgres://docparse@db/docparse --out ./results --since 24h\n  $ docparse export --format xlsx --run run_...   results.xlsx for one run\n\nExit codes: 0 exported, 2 exported but some jobs failed (see failures.json), 4 unknown run.')
    .action(async (opts: Record<string, unknown>) => {
      const { runExport } = await import('./commands/export.js');
      process.exitCode = await runExport(opts);
    });
  program
    .command('report')
    .description('write report.html: every document with its key fields, why it needs review, failures with their hint, and the fields boxed on the page')
    .addOption(ledgerOption())
    .option('-o, --out <dir>', 'where report.html (and report/pages/) go (default docparse-out) [env DOCPARSE_OUT]')
    .option('--run <runId>', 'only the jobs of this run (default: every finished job in the ledger)')
    .option('--since <when>', 'only jobs created since an ISO date or a duration ago (24h, 7d)')
    .addOption(new Option('--pages <which>', 'page images: review = documents that need a look (default); all = every document; none').choices(['review', 'all', 'none']))
    .option('--json', 'print {file, documents, leftOut, pages} as JSON')
    .option('-q, --quiet', 'print nothing (for cron)')
    .addHelpText('after', '\nExamples:\n  $ docparse report --run run_... --out review/   then open review/report.html in a browser\n  $ docparse report --pages all --since 7d\n\nExit codes: 0 written, 1 usage, 4 unknown run, 5 ledger unusable.')
    .action(async (opts: Record<string, unknown>) => {
      const { runReport } = await import('./commands/report.js');
      process.exitCode = await runReport(opts);
    });
}
