import { loadConfig, withLedger } from '../context.js';
import { colors } from '../colors.js';
import { UsageError } from '../../errors.js';
import { jobView } from '../../report/results.js';
import { parseSince, parseStates } from '../parse.js';
import { requireRun } from '../targets.js';

export async function runJobs(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw new UsageError(`--limit expects a whole number, got "${String(opts.limit)}"`);
  return withLedger(config, async (ledger) => {
    // A run id the ledger does not know is a typo or another ledger, not a filter that matched nothing.
    if (opts.run) await requireRun(ledger, String(opts.run));
    const jobs = await ledger.findJobs({
      status: opts.status ? parseStates(String(opts.status)) : undefined,
      since: opts.since ? parseSince(String(opts.since)) : undefined,
      runId: opts.run ? String(opts.run) : undefined,
      limit,
      needsReview: opts.needsReview ? true : undefined,
      // Failures whose file was fixed are history: listed only when asked for.
      superseded: opts.superseded ? undefined : false,
    });
    const held = new Set(await ledger.heldJobs(jobs.filter((j) => j.status === 'pending' || j.status === 'retrying').map((j) => j.id)));
    if (opts.json) {
      for (const j of jobs) process.stdout.write(JSON.stringify({ ...jobView(j), paused: held.has(j.id) }) + '\n');
      return 0;
    }
    const c = colors(process.stdout);
    if (jobs.length === 0) {
      process.stderr.write(opts.needsReview ? 'no results wait for review\n' : 'no jobs match\n');
      return 0;
    }
    for (const j of jobs) {
      const state = j.status === 'completed' ? c.green(j.status) : j.status === 'failed' ? c.red(j.status) : c.yellow(j.status);
      const review = j.result?.needsReview
        ? j.reviewedAt !== null
          ? c.dim(`  approved by ${j.reviewedBy ?? '?'}`)
          : c.yellow(`  needs review${opts.needsReview ? `: ${j.result.reviewReasons.join('; ')}` : ''}`)
        : '';
      const extra = j.supersededBy ? c.dim(`  superseded by ${j.supersededBy} (its file was fixed)`) : j.error ? c.dim(`  ${j.error.errorClass}: ${j.error.message}`) : review;
      const control = `${j.priority ? c.dim(`  priority ${j.priority}`) : ''}${held.has(j.id) ? c.yellow('  paused') : ''}${j.status === 'processing' && j.cancelRequestedBy ? c.yellow(`  cancelling (asked by ${j.cancelRequestedBy})`) : ''}`;
      process.stdout.write(`${j.id}  ${state.padEnd(10 + (state.length - j.status.length))}  ${String(j.attempts)}/${j.maxAttempts}  ${j.path}${extra}${control}\n`);
    }
    return 0;
  });
}
