import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { formatEta, progressLine, summaryLine } from '../../src/cli/progress.js';
import type { RunSummary } from '../../src/engine/summary.js';

const colour = new Chalk({ level: 1 });
const plain = new Chalk({ level: 0 });
// eslint-disable-next-line no-control-regex
const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const RED = '\u001b[31m';

describe('progress line', () => {
  const states = [
    { value: 12, total: 300, rate: '3.4', etaSeconds: 84, failed: 0 },
    { value: 2_471, total: 10_000, rate: '118.2', etaSeconds: 3_725, failed: 37 },
    { value: 99_999, total: 100_000, rate: '1203.9', etaSeconds: Number.NaN, failed: 12_345 },
  ];

  it('fits every width from 60 to 200 columns, keeping counts, rate, ETA and failures whole', () => {
    for (const p of states) {
      for (let cols = 60; cols <= 200; cols++) {
        const line = visible(progressLine(cols, p, colour));
        expect(line.length, `${cols} columns: ${line}`).toBeLessThan(cols);
        expect(line).toContain(`${p.value}/${p.total}`);
        expect(line).toContain(`${p.rate}/s`);
        expect(line).toContain(`ETA ${formatEta(p.etaSeconds)}`);
        expect(line.endsWith(`${p.failed} failed`)).toBe(true);
      }
    }
  });

  it('gives the bar the room left, up to 40 cells, and drops it before any figure', () => {
    const p = states[0];
    const wide = visible(progressLine(200, p, plain));
    expect(wide).toMatch(/^[\u2588\u2591]{40} 12\/300 documents \| 3\.4\/s \| ETA 1m24s \| 0 failed$/);
    const at80 = visible(progressLine(80, p, plain));
    expect(at80).toMatch(/^[\u2588\u2591]{10,40} 12\/300 documents/);
    // Big counts at 60 columns: the word "documents" goes first, the bar shrinks, the figures stay.
    const at60 = visible(progressLine(60, states[2], plain));
    expect(at60).toMatch(/^[\u2588\u2591]{10,} 99999\/100000 \| 1203\.9\/s \| ETA \? \| 12345 failed$/);
    expect(visible(progressLine(45, states[2], plain))).toBe('99999/100000 1203.9/s ETA ? 12345 failed');
    // The bar shows the share done.
    expect((wide.match(/\u2588/g) ?? []).length).toBe(Math.round((12 / 300) * 40));
  });

  it('paints failures red only when there are some', () => {
    expect(progressLine(120, states[0], colour)).not.toContain(`${RED}0 failed`);
    expect(progressLine(120, states[1], colour)).toContain(`${RED}37 failed`);
  });

  it('formats the ETA in seconds, minutes or hours', () => {
    expect([formatEta(42), formatEta(185), formatEta(7_440), formatEta(Number.POSITIVE_INFINITY)]).toEqual(['42s', '3m05s', '2h04m', '?']);
  });
});

function summary(over: Partial<RunSummary> = {}): RunSummary {
  return {
    runId: 'run_x', ledger: 'sqlite:l.db', outDir: '/out', startedAt: '', finishedAt: '', durationMs: 1200, interrupted: false, dryRun: false, detached: false,
    files: { seen: 1, hashed: 1, ignored: 0, failedToScan: 0, bytes: 10 },
    jobs: { total: 1, new: 1, existing: 0, requeued: 0, skipped: 0, processed: 1, retries: 0 },
    byState: { pending: 0, processing: 0, retrying: 0, completed: 1, failed: 0 },
    needsReview: 0, einvoices: { read: 0, pageMismatch: 0 }, filesPerSecond: 1, exitCode: 0,
    ...over,
  };
}

describe('summary line', () => {
  it('speaks English at 1 and does not paint "0 failed" red', () => {
    const line = summaryLine(summary({ needsReview: 1, einvoices: { read: 1, pageMismatch: 1 } }), colour);
    expect(visible(line)).toMatch(/^done: 1 file, 1 completed, 0 failed, 1 needs review, 1 e-invoice \(1 printed page differs from the XML\) in 1\.2s/);
    expect(line).not.toContain(`${RED}0 failed`);
    const two = visible(summaryLine(summary({ files: { seen: 2, hashed: 2, ignored: 0, failedToScan: 0, bytes: 1 }, needsReview: 2 }), plain));
    expect(two).toMatch(/2 files, .* 2 need review/);
  });

  it('counts an unreadable folder apart from the files, so the figures add up, and points at the failures report', () => {
    const line = visible(summaryLine(summary({ files: { seen: 1, hashed: 1, ignored: 0, failedToScan: 0, foldersUnreadable: 1, sameContent: 0, bytes: 1 }, exitCode: 2 }), plain));
    expect(line).toMatch(/^done: 1 file, 1 completed, 0 failed, 1 folder could not be read in 1\.2s -> \/out; see \/out\/failures\.csv/);
    // Control: no folder, no words about folders nor a pointer to an empty report.
    expect(visible(summaryLine(summary(), plain))).not.toMatch(/folder|failures\.csv/);
  });
});
