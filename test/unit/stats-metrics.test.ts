import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentile, percentileIndex, sizeBand } from '../../src/ledger/outbox.js';
import { prometheusText } from '../../src/report/metrics.js';
import type { LatencySummary, LedgerStats } from '../../src/ledger/port.js';

describe('percentiles (nearest rank)', () => {
  it('picks the smallest value with at least p of the values at or below it', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(v, 0.5)).toBe(50);
    expect(percentile(v, 0.95)).toBe(95);
    expect(percentile(v, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([1, 2], 0.5)).toBe(1);
    expect(percentile([], 0.5)).toBeNull();
    expect(percentileIndex(0, 0.5)).toBe(-1);
  });

  it('is a member of the values, with at least p of them at or below it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 200 }), fc.constantFrom(0.5, 0.95, 0.99), (xs, p) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const q = percentile(sorted, p)!;
        expect(sorted).toContain(q);
        expect(sorted.filter((x) => x <= q).length).toBeGreaterThanOrEqual(Math.ceil(p * sorted.length));
        expect(sorted.filter((x) => x < q).length).toBeLessThan(Math.ceil(p * sorted.length));
      }),
    );
  });

  it('puts sizes in their bands', () => {
    expect([0, 102399, 102400, 1048575, 1048576, 10485759, 10485760, 1e10].map(sizeBand)).toEqual(['lt_100kb', 'lt_100kb', 'lt_1mb', 'lt_1mb', 'lt_10mb', 'lt_10mb', 'ge_10mb', 'ge_10mb']);
  });
});

describe('Prometheus text format', () => {
  const empty: LatencySummary = { count: 0, sumMs: 0, p50: null, p95: null, p99: null };
  const stats: LedgerStats = {
    now: 1_700_000_000_000,
    byState: { pending: 1, processing: 0, retrying: 2, completed: 12, failed: 3 },
    queueDepth: 2,
    retryingLater: 1,
    completedLastHour: 6,
    completedLastDay: 12,
    failedLastHour: 1,
    failedLastDay: 3,
    latency: { count: 12, sumMs: 30_000, p50: 1500, p95: 4000, p99: 4500 },
    latencyByKind: { text_pdf: { count: 12, sumMs: 30_000, p50: 1500, p95: 4000, p99: 4500 }, image: empty },
    latencyBySize: { lt_100kb: empty, lt_1mb: { count: 12, sumMs: 30_000, p50: 1500, p95: 4000, p99: 4500 }, lt_10mb: empty, ge_10mb: empty },
    failedByClass: [{ errorClass: 'corrupt', retryable: false, jobs: 2 }, { errorClass: 'timeout', retryable: true, jobs: 1 }],
    retriedByClass: [{ errorClass: 'timeout', attempts: 4 }],
    retriesSucceeded: 2,
    needsReview: 1,
    einvoices: { read: 4, pageMismatch: 1 },
    paused: 0,
    pauses: [],
    outbox: { pending: 1, delivered: 5, dead: 0 },
    lastRunFinishedAt: 1_699_999_999_500,
  };
  const text = prometheusText(stats, { finishedAt: 1_699_999_999_500, durationMs: 2500, exitCode: 2 });
  const lines = text.trimEnd().split('\n');

  it('writes the expected samples', () => {
    expect(lines).toContain('docparse_jobs{state="completed"} 12');
    expect(lines).toContain('docparse_queue_depth 2');
    expect(lines).toContain('docparse_einvoices 4');
    expect(lines).toContain('docparse_einvoice_page_mismatches 1');
    expect(lines).toContain('docparse_job_latency_seconds{quantile="0.95"} 4');
    expect(lines).toContain('docparse_job_latency_seconds{kind="text_pdf",quantile="0.5"} 1.5');
    expect(lines).toContain('docparse_job_latency_seconds{size="lt_1mb",quantile="0.99"} 4.5');
    expect(lines).toContain('docparse_job_latency_seconds_count 12');
    expect(lines).toContain('docparse_job_latency_seconds_sum 30');
    expect(lines).toContain('docparse_job_failures{class="timeout",retryable="true"} 1');
    expect(lines).toContain('docparse_throughput_per_minute{window="1h"} 0.1');
    expect(lines).toContain('docparse_last_run_timestamp_seconds 1699999999.5');
    expect(lines).toContain('docparse_run_exit_code 2');
    expect(lines.some((l) => l.startsWith('docparse_job_latency_seconds{kind="image",quantile='))).toBe(false); // empty quantiles are left out
    expect(lines).toContain('docparse_job_latency_seconds_count{kind="image"} 0');
  });

  it('follows the exposition grammar: HELP and TYPE once per family, before its samples', () => {
    const seen = new Set<string>();
    let family = '';
    for (const l of lines) {
      const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(l);
      if (meta) {
        if (meta[1] === 'HELP') {
          expect(seen.has(meta[2])).toBe(false);
          seen.add(meta[2]);
          family = meta[2];
        } else expect(['gauge', 'counter', 'summary']).toContain(meta[3]);
        continue;
      }
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$/.exec(l);
      expect(m, l).not.toBeNull();
      expect(m![1] === family || m![1] === `${family}_sum` || m![1] === `${family}_count`, l).toBe(true);
    }
    expect(text.endsWith('\n')).toBe(true);
  });
});
