import { colors, loadConfig, withLedger } from '../context.js';
import { UsageError } from '../../errors.js';
import { jobView } from '../../report/results.js';
import { parseSince, parseStates } from '../parse.js';

export async function runJobs(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw new UsageError(`--limit expects a whole number, got "${String(opts.limit)}"`);
  return withLedger(config, async (ledger) => {
    const jobs = await ledger.findJobs({
      status: opts.status ? parseStates(String(opts.status)) : undefined,
      since: opts.since ? parseSince(String(opts.since)) : undefined,
      runId: opts.run ? String(opts.run) : undefined,
      limit,
    });
    if (opts.json) {
      for (const j of jobs) process.stdout.write(JSON.stringify(jobView(j)) + '\n');
      return 0;
    }
    const c = colors(process.stdout);
    if (jobs.length === 0) {
      process.stderr.write('no jobs match\n');
      return 0;
    }
    for (const j of jobs) {
      const state = j.status === 'completed' ? c.green(j.status) : j.status === 'failed' ? c.red(j.status) : c.yellow(j.status);
      const extra = j.error ? c.dim(`  ${j.error.errorClass}: ${j.error.message}`) : j.result?.needsReview ? c.yellow('  needs review') : '';
      process.stdout.write(`${j.id}  ${state.padEnd(10 + (state.length - j.status.length))}  ${String(j.attempts)}/${j.maxAttempts}  ${j.path}${extra}\n`);
    }
    return 0;
  });
}
