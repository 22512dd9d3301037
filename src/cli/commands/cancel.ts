/**
 * `docparse cancel <jobId|runId...>`: waiting jobs (pending, retrying) end at once as `failed` /
 * `cancelled`; for a job being processed the request goes to the ledger, and the process holding
 * it, on whatever machine, aborts the work at its next lease check (about a second) and ends it
 * the same way. Finished jobs are left alone. `docparse retry <jobId>` runs a cancelled job again.
 */
import { loadConfig, printJson, webhookOptions, withLedger } from '../context.js';
import { colors } from '../colors.js';
import { startWebhooks } from '../../report/webhooks.js';
import { makeOwnerId } from '../../owner.js';
import { actor, jobsNamed } from '../targets.js';
import { plural } from '../plural.js';

export async function runCancel(ids: string[], opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const by = actor();
  return withLedger(config, async (ledger) => {
    const jobs = await jobsNamed(ledger, ids, ['pending', 'retrying', 'processing']);
    const webhook = webhookOptions(config);
    // job.failed of the jobs cancelled here is written with the cancel and sent now (within the grace).
    const hooks = startWebhooks(ledger, webhook, makeOwnerId('cancel'));
    const outcomes = await ledger.cancel(jobs.map((j) => j.id), by, Date.now(), webhook ? { url: webhook.url } : undefined);
    await hooks?.stop();
    const path = new Map(jobs.map((j) => [j.id, j.path]));
    const row = (o: (typeof outcomes)[number]) => ({ jobId: o.jobId, path: path.get(o.jobId) ?? null, status: o.status });
    const cancelled = outcomes.filter((o) => o.outcome === 'cancelled').map(row);
    const requested = outcomes.filter((o) => o.outcome === 'requested').map((o) => ({ ...row(o), by: o.by ?? by }));
    const skipped = outcomes.filter((o) => o.outcome === 'finished').map((o) => ({ ...row(o), reason: `it is ${o.status} already` }));
    if (opts.json) {
      printJson({ by, cancelled, requested, skipped });
      return 0;
    }
    const c = colors(process.stderr);
    if (!opts.quiet) {
      for (const j of cancelled) process.stderr.write(`${c.red('cancelled')}  ${j.path}  (${j.jobId})\n`);
      for (const j of requested) process.stderr.write(`${c.yellow('stopping')}   ${j.path}  (${j.jobId}): being processed; its process stops it within about a second${j.by !== by ? ` (asked already by ${j.by})` : ''}\n`);
    }
    for (const j of skipped) process.stderr.write(`${c.dim('skipped')}    ${j.path}: ${j.reason}  (${j.jobId})\n`);
    if (!opts.quiet || skipped.length) {
      const parts = [`cancelled ${plural(cancelled.length, 'job')}`];
      if (requested.length) parts.push(`${requested.length} being processed will stop`);
      if (skipped.length) parts.push(`${skipped.length} finished already`);
      process.stderr.write(`${parts.join(', ')}; \`docparse retry <jobId>\` runs a cancelled job again\n`);
    }
    return 0;
  });
}
