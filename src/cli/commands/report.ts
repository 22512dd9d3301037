import { loadConfig, printJson, withLedger } from '../context.js';
import { readyOutDir } from '../../make-dirs.js';
import { ExitCode } from '../../errors.js';
import { requireRun } from '../targets.js';
import { writeLedgerReport } from '../../engine/report.js';
import type { PageChoice } from '../../report/pages.js';
import { parseSince } from '../parse.js';

export async function runReport(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  readyOutDir(config.out);
  return withLedger(config, async (ledger) => {
    const runId = opts.run ? String(opts.run) : undefined;
    if (runId) await requireRun(ledger, runId);
    const summary = await writeLedgerReport({
      ledger,
      outDir: config.out,
      runId,
      since: opts.since ? parseSince(String(opts.since)) : undefined,
      pages: (opts.pages as PageChoice | undefined) ?? 'review',
    });
    if (opts.json) printJson(summary);
    else if (!opts.quiet) {
      const left = summary.leftOut > 0 ? ` (${summary.leftOut} not listed: size limit)` : '';
      const failed = summary.pages.failed > 0 ? `, ${summary.pages.failed} could not be drawn` : '';
      process.stderr.write(`report of ${summary.documents} documents${left}, ${summary.pages.rendered} page images drawn${failed}: ${summary.file}\n`);
    }
    return ExitCode.ok;
  });
}
