/**
 * The review report's documents spooled to a file (report/html/store.ts): what a run's collector
 * gives back is exactly what a collector in memory gives, budget and room-making included, the
 * file leaves no name behind, and a multi-byte value cut between two read blocks comes back whole.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyResult } from '../../src/extract/result.js';
import { documentRow } from '../../src/report/rows.js';
import { ReportCollector } from '../../src/report/html/data.js';
import { SpoolStore } from '../../src/report/html/store.js';
import type { Job } from '../../src/types.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'docparse-spool-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function job(i: number, review: boolean, name = `Vendor ${i}`): Job {
  const result = emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 100 }]);
  result.vendor.name = { value: name, confidence: 0.9, source: 'generic:test', page: 1 };
  result.total = { value: i, confidence: 0.95, source: 'generic:total', page: 1 };
  if (review) {
    result.needsReview = true;
    result.reviewReasons = [`reason ${i}`];
  }
  return { id: `job_${i}`, fingerprint: String(i).padStart(64, '0'), path: `/in/${i}.pdf`, fileName: `${i}.pdf`, status: 'completed', result, error: null, pageCount: 1, kind: 'pdf' } as unknown as Job;
}

describe('report spool', () => {
  it('gives back what a collector in memory gives, with the budget making room from the end', () => {
    for (const budget of [undefined, 40_000]) {
      const dir = tmp();
      const mem = new ReportCollector(budget);
      const spooled = new ReportCollector(budget, dir);
      for (let i = 0; i < 3_000; i++) {
        // Long names so entries cross the 64 KB write blocks; every fifth needs a look.
        const j = job(i, i % 5 === 0, `Vendor ${i} ${'é€'.repeat(i % 50)}`);
        const src = { path: j.path, kind: 'pdf' as const, size: 10, fingerprint: j.fingerprint };
        mem.add(documentRow({ job: j }), j.result, src);
        spooled.add(documentRow({ job: j }), j.result, src);
      }
      expect(spooled.leftOut).toBe(mem.leftOut);
      expect(spooled.counts).toEqual(mem.counts);
      expect([...spooled.entries()]).toEqual([...mem.entries()]);
      if (budget) expect(mem.leftOut).toBeGreaterThan(0);
      else expect(mem.docs()).toHaveLength(3_000);
      // The spool is unlinked once open: nothing is left in the folder, even before close.
      expect(readdirSync(dir)).toEqual([]);
      spooled.close();
    }
  });

  it('drops the last entry whether it is still buffered or already in the file', () => {
    const s = new SpoolStore<string>(tmp());
    const big = 'x'.repeat(70_000);
    s.push('a');
    s.push(big); // flushes: both in the file
    s.pop(); // truncates the file
    s.push('b'); // buffered
    s.push('c');
    s.pop(); // from the buffer
    expect([...s.entries()]).toEqual(['a', 'b']);
    expect(s.length).toBe(2);
    s.pop();
    s.pop();
    s.pop(); // nothing left: no error
    expect([...s.entries()]).toEqual([]);
    s.close();
  });
});
