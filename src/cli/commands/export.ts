import { loadConfig, printJson, withLedger } from '../context.js';
import { readyOutDir } from '../../make-dirs.js';
import { ExitCode } from '../../errors.js';
import { requireRun } from '../targets.js';
import { exportResults } from '../../engine/export.js';
import { parseSince } from '../parse.js';
import type { ExportFormat } from '../../report/sinks.js';

export async function runExport(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  readyOutDir(config.out);
  return withLedger(config, async (ledger) => {
    const runId = opts.run ? String(opts.run) : undefined;
    if (runId) await requireRun(ledger, runId);
    const summary = await exportResults({ ledger, outDir: config.out, runId, since: opts.since ? parseSince(String(opts.since)) : undefined, format: (opts.format as ExportFormat | undefined) ?? 'json' });
    if (opts.json) printJson(summary);
    else if (!opts.quiet) process.stderr.write(`exported ${summary.results} results${summary.format === 'json' ? '' : ` (${summary.format})`} and ${summary.failures} failures to ${summary.outDir}\n`);
    return summary.failures > 0 ? ExitCode.someFailed : ExitCode.ok;
  });
}
