/**
 * `docparse stats`: the ledger at a glance (states, queue, throughput, latency, errors), as
 * text, `--json`, or Prometheus text with `--metrics FILE`.
 */
import { resolve } from 'node:path';
import { loadConfig, printJson, withLedger } from '../context.js';
import { colors } from '../colors.js';
import type { LatencySummary, LedgerStats } from '../../ledger/port.js';
import { writeMetricsFile } from '../../report/metrics.js';
import { parseSince } from '../parse.js';

export async function runStats(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const now = Date.now();
  const since = opts.since ? parseSince(String(opts.since), now) : now - 86_400_000;
  return withLedger(config, async (ledger) => {
    const stats = await ledger.stats({ now, since });
    if (config.metrics) writeMetricsFile(resolve(config.metrics), stats);
    if (opts.json) printJson({ ...stats, since, throughputPerMinute: throughput(stats) });
    else if (!opts.quiet) process.stdout.write(render(stats, since, colors(process.stdout)));
    return 0;
  });
}

function throughput(s: LedgerStats): { lastHour: number; lastDay: number } {
  return { lastHour: Math.round((s.completedLastHour / 60) * 100) / 100, lastDay: Math.round((s.completedLastDay / 1440) * 100) / 100 };
}

function secs(ms: number | null): string {
  if (ms === null) return '-';
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)}s` : ms < 3_600_000 ? `${(ms / 60_000).toFixed(1)}m` : `${(ms / 3_600_000).toFixed(1)}h`;
}

function latencyLine(label: string, l: LatencySummary): string {
  return `  ${label.padEnd(12)} ${String(l.count).padStart(7)}   p50 ${secs(l.p50).padStart(7)}   p95 ${secs(l.p95).padStart(7)}   p99 ${secs(l.p99).padStart(7)}\n`;
}

function render(s: LedgerStats, since: number, c: ReturnType<typeof colors>): string {
  const t = throughput(s);
  let out = '';
  out += c.bold('Jobs') + '  ' + Object.entries(s.byState).map(([k, v]) => `${k} ${v}`).join(', ') + '\n';
  out += `Queue depth ${s.queueDepth} (pending + retry due), ${s.retryingLater} retrying later\n`;
  for (const p of s.pauses) {
    const what = p.selector === 'all' ? 'everything' : p.selector === 'run' ? `run ${p.runId}` : `work below priority ${p.below}`;
    out += c.yellow(`Paused ${what}`) + ` since ${new Date(p.since).toISOString()} by ${p.by ?? '?'}\n`;
  }
  if (s.pauses.length) out += `  ${s.paused} waiting jobs held; \`docparse resume\` lifts every pause\n`;
  out += `Throughput ${t.lastHour}/min over the last hour (${s.completedLastHour} completed, ${s.failedLastHour} failed), ${t.lastDay}/min over the last day (${s.completedLastDay} completed, ${s.failedLastDay} failed)\n`;
  out += c.bold(`Latency, submission to completion`) + c.dim(` (jobs finished since ${new Date(since).toISOString()})`) + '\n';
  out += latencyLine('all', s.latency);
  for (const [k, l] of Object.entries(s.latencyByKind)) if (l.count) out += latencyLine(k, l);
  for (const [k, l] of Object.entries(s.latencyBySize)) if (l.count) out += latencyLine(k.replace('lt_', '< ').replace('ge_', '>= ').replace('kb', ' KB').replace('mb', ' MB'), l);
  out += c.bold('Errors') + '\n';
  if (s.failedByClass.length === 0) out += '  no failed jobs\n';
  for (const f of s.failedByClass) out += `  failed   ${f.errorClass.padEnd(16)} ${String(f.jobs).padStart(6)}  ${f.retryable ? 'transient (attempts used up)' : 'permanent'}\n`;
  for (const r of s.retriedByClass) out += `  retried  ${r.errorClass.padEnd(16)} ${String(r.attempts).padStart(6)}  attempts\n`;
  out += `Retries that later succeeded: ${s.retriesSucceeded}; results needing review: ${s.needsReview}\n`;
  out += `E-invoices read from their XML: ${s.einvoices.read}; printed page differs from the XML: ${s.einvoices.pageMismatch > 0 ? c.yellow(String(s.einvoices.pageMismatch)) : '0'}\n`;
  out += `Webhook outbox: ${s.outbox.pending} pending, ${s.outbox.delivered} delivered, ${s.outbox.dead > 0 ? c.red(`${s.outbox.dead} dead`) : '0 dead'}\n`;
  out += `Last run finished: ${s.lastRunFinishedAt === null ? 'never' : new Date(s.lastRunFinishedAt).toISOString()}\n`;
  return out;
}
