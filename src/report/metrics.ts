/**
 * Prometheus text exposition format (version 0.0.4) of the ledger's stats, written atomically
 * for node_exporter's textfile collector (`--collector.textfile.directory`): the collector
 * reads `*.prom` files, and a half-written file would be a scrape error.
 */
import type { LatencySummary, Ledger, LedgerStats } from '../ledger/port.js';
import { writeFileAtomic } from './atomic.js';

/** What a run adds to the ledger-wide figures (submit/worker `--metrics`). */
export interface RunMetrics {
  finishedAt: number;
  durationMs: number;
  exitCode: number;
}

type Labels = Record<string, string>;

class Exposition {
  private readonly lines: string[] = [];

  family(name: string, type: 'gauge' | 'counter' | 'summary', help: string, samples: Array<[Labels, number | null, string?]>): void {
    this.lines.push(`# HELP ${name} ${escapeHelp(help)}`, `# TYPE ${name} ${type}`);
    for (const [labels, value, suffix] of samples) {
      if (value === null) continue;
      this.lines.push(`${name}${suffix ?? ''}${formatLabels(labels)} ${formatValue(value)}`);
    }
  }

  toString(): string {
    return this.lines.join('\n') + '\n';
  }
}

export function prometheusText(s: LedgerStats, run?: RunMetrics): string {
  const x = new Exposition();
  x.family('docparse_jobs', 'gauge', 'Jobs in the ledger by state.', Object.entries(s.byState).map(([state, n]) => [{ state }, n]));
  x.family('docparse_queue_depth', 'gauge', 'Jobs waiting to be processed now: pending plus retrying whose retry is due.', [[{}, s.queueDepth]]);
  x.family('docparse_jobs_paused', 'gauge', 'Waiting jobs a pause holds (docparse pause).', [[{}, s.paused]]);
  x.family('docparse_jobs_retrying_later', 'gauge', 'Jobs waiting for a retry that is not due yet.', [[{}, s.retryingLater]]);
  x.family('docparse_jobs_finished_recent', 'gauge', 'Jobs that reached a final state in the trailing window.', [
    [{ state: 'completed', window: '1h' }, s.completedLastHour],
    [{ state: 'completed', window: '24h' }, s.completedLastDay],
    [{ state: 'failed', window: '1h' }, s.failedLastHour],
    [{ state: 'failed', window: '24h' }, s.failedLastDay],
  ]);
  x.family('docparse_throughput_per_minute', 'gauge', 'Jobs completed per minute, averaged over the trailing window.', [
    [{ window: '1h' }, round(s.completedLastHour / 60)],
    [{ window: '24h' }, round(s.completedLastDay / 1440)],
  ]);
  const latency: Array<[Labels, number | null, string?]> = [...summarySamples({}, s.latency)];
  for (const [kind, l] of Object.entries(s.latencyByKind)) latency.push(...summarySamples({ kind }, l));
  for (const [size, l] of Object.entries(s.latencyBySize)) latency.push(...summarySamples({ size }, l));
  x.family('docparse_job_latency_seconds', 'summary', 'Time from submission to completion of completed jobs (nearest-rank quantiles), overall, by document kind and by size band.', latency);
  x.family(
    'docparse_job_failures',
    'gauge',
    'Failed jobs by error class; retryable="true" for transient classes that used up their attempts.',
    s.failedByClass.map((f) => [{ class: f.errorClass, retryable: String(f.retryable) }, f.jobs]),
  );
  x.family('docparse_job_retries', 'gauge', 'Failed attempts that were retried, by error class.', s.retriedByClass.map((r) => [{ class: r.errorClass }, r.attempts]));
  x.family('docparse_jobs_retried_then_completed', 'gauge', 'Completed jobs that needed more than one attempt.', [[{}, s.retriesSucceeded]]);
  x.family('docparse_jobs_needs_review', 'gauge', 'Completed jobs whose result needs review and was not approved yet (docparse approve).', [[{}, s.needsReview]]);
  x.family('docparse_einvoices', 'gauge', 'Completed jobs whose fields came from e-invoice XML.', [[{}, s.einvoices.read]]);
  x.family('docparse_einvoice_page_mismatches', 'gauge', 'E-invoices whose printed page differs from their XML (they need review).', [[{}, s.einvoices.pageMismatch]]);
  x.family('docparse_webhook_events', 'gauge', 'Webhook events in the outbox by state (dead = undeliverable, see `docparse webhooks --status dead`).', Object.entries(s.outbox).map(([state, n]) => [{ state }, n]));
  x.family('docparse_last_run_timestamp_seconds', 'gauge', 'When the latest run finished (Unix time).', [[{}, s.lastRunFinishedAt === null ? null : s.lastRunFinishedAt / 1000]]);
  if (run) {
    x.family('docparse_run_duration_seconds', 'gauge', 'Duration of the run that wrote this file.', [[{}, run.durationMs / 1000]]);
    x.family('docparse_run_exit_code', 'gauge', 'Exit code of the run that wrote this file (0 all done, 2 some failed, 7 needs review, 130 interrupted).', [[{}, run.exitCode]]);
  }
  x.family('docparse_metrics_timestamp_seconds', 'gauge', 'When this file was written (Unix time).', [[{}, s.now / 1000]]);
  return x.toString();
}

function summarySamples(labels: Labels, l: LatencySummary): Array<[Labels, number | null, string?]> {
  const sec = (ms: number | null) => (ms === null ? null : ms / 1000);
  return [
    [{ ...labels, quantile: '0.5' }, sec(l.p50)],
    [{ ...labels, quantile: '0.95' }, sec(l.p95)],
    [{ ...labels, quantile: '0.99' }, sec(l.p99)],
    [labels, l.sumMs / 1000, '_sum'],
    [labels, l.count, '_count'],
  ];
}

export function writeMetricsFile(path: string, stats: LedgerStats, run?: RunMetrics): void {
  writeFileAtomic(path, prometheusText(stats, run));
}

/** Reads the ledger's stats and writes them (submit/worker `--metrics`, `stats --metrics`). */
export async function writeLedgerMetrics(ledger: Ledger, path: string, run?: RunMetrics, now: number = Date.now()): Promise<LedgerStats> {
  const stats = await ledger.stats({ now, since: now - 86_400_000 });
  writeMetricsFile(path, stats, run);
  return stats;
}

function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return '{' + entries.map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`).join(',') + '}';
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

function escapeHelp(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
