/**
 * `docparse priority <jobId|runId...> <n>`: changes the priority of waiting jobs (pending,
 * retrying): higher is claimed first by every submit and worker. Jobs being processed or finished
 * are left alone (`retry --priority` puts finished ones back at a priority).
 */
import { loadConfig, printJson, withLedger } from '../context.js';
import { colors } from '../colors.js';
import { UsageError } from '../../errors.js';
import { parsePriority } from '../parse.js';
import { actor, jobsNamed } from '../targets.js';
import { plural } from '../plural.js';

export async function runPriority(args: string[], opts: Record<string, unknown>): Promise<number> {
  if (args.length < 2) throw new UsageError('give the jobs or runs, then the priority: docparse priority job_... run_... 10', 'A priority is a whole number (higher first) or high (10), normal (0), low (-10).');
  const priority = parsePriority(args[args.length - 1], 'priority');
  const ids = args.slice(0, -1);
  const { config } = loadConfig(opts);
  const by = actor();
  return withLedger(config, async (ledger) => {
    const jobs = await jobsNamed(ledger, ids, ['pending', 'retrying']);
    const changed = new Set(await ledger.setPriority(jobs.map((j) => j.id), priority, by, Date.now()));
    const unchanged = jobs
      .filter((j) => !changed.has(j.id))
      .map((j) => ({ jobId: j.id, path: j.path, reason: j.status === 'pending' || j.status === 'retrying' ? `its priority is ${priority} already` : `it is ${j.status}: only waiting jobs change priority` }));
    if (opts.json) {
      printJson({ priority, by, changed: [...changed], unchanged });
      return 0;
    }
    const c = colors(process.stderr);
    for (const u of unchanged) process.stderr.write(`${c.dim('unchanged')}  ${u.path}: ${u.reason}  (${u.jobId})\n`);
    if (!opts.quiet) process.stderr.write(`priority ${priority}: ${plural(changed.size, 'waiting job')} changed${unchanged.length ? `, ${unchanged.length} left as they were` : ''}\n`);
    return 0;
  });
}
