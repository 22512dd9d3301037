/**
 * `docparse prune --older-than 30d`: removes finished jobs and what hangs on them, empty old
 * runs and delivered webhook events. Never pending, processing or retrying jobs.
 */
import { loadConfig, printJson, withLedger } from '../context.js';
import { UsageError } from '../../errors.js';
import { parseDuration } from '../../ledger/backoff.js';
import { plural } from '../plural.js';

export async function runPrune(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  if (opts.olderThan === undefined) throw new UsageError('prune needs --older-than', 'e.g. `docparse prune --older-than 30d`.');
  let age: number;
  try {
    age = parseDuration(String(opts.olderThan));
  } catch {
    throw new UsageError(`--older-than: invalid duration "${String(opts.olderThan)}"`, 'Use e.g. 30d, 12h, 90m.');
  }
  const now = Date.now();
  const before = now - age;
  return withLedger(config, async (ledger) => {
    const dryRun = !!opts.dryRun;
    const r = await ledger.prune({ before, dryRun, compact: !!opts.vacuum });
    if (opts.json) {
      printJson({ dryRun, before: new Date(before).toISOString(), vacuumed: !!opts.vacuum && !dryRun, removed: r });
      return 0;
    }
    if (opts.quiet) return 0;
    const verb = dryRun ? 'would remove' : 'removed';
    process.stdout.write(
      `${verb} ${plural(r.jobs, 'job')} finished before ${new Date(before).toISOString()} ` +
        `(${plural(r.events, 'audit event')}, ${plural(r.paths, 'path')}, ${plural(r.runLinks, 'run link')}), ${plural(r.runs, 'run')} without jobs, ` +
        `${plural(r.files, 'remembered file')}, ${plural(r.outbox, 'delivered webhook event')}\n`,
    );
    if (opts.vacuum && !dryRun) process.stdout.write('vacuumed the ledger\n');
    return 0;
  });
}
