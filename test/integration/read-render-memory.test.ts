/**
 * pdf-parse 2.4.5 leaks one canvas per rendered page (FIELD-NOTES). The render thread releases
 * each page's canvas through the document's canvas factory; this renders many pages in ONE
 * thread (no recycling) and checks that the process RSS stays flat. A 200 dpi A4 canvas is
 * ~14 MB, so a leak would add ~560 MB over the 40 measured pages.
 */
import { describe, expect, it } from 'vitest';
import { ThreadPool } from '../../src/extract/read/thread-pool.js';
import { textPdf } from './read-fixtures.js';

describe('page rendering memory', () => {
  it('stays flat over many rendered pages', async () => {
    const pdf = new Uint8Array(await textPdf({ pages: 4 }));
    const pool = new ThreadPool({ size: 1, pageTimeoutMs: 60_000, memoryCeilingMb: 100_000, recycleAfterTasks: 100_000 });
    try {
      const rss: number[] = [];
      for (let i = 0; i < 50; i++) {
        const r = await pool.run('render', { data: pdf.slice(), page: (i % 4) + 1, dpi: 200, maxPixels: 100e6 });
        expect(r.png.byteLength).toBeGreaterThan(1000);
        rss.push(process.memoryUsage().rss);
      }
      expect(pool.started).toBe(1);
      const growthMb = (Math.max(...rss.slice(10)) - rss[9]) / 1048576;
      expect(growthMb).toBeLessThan(150);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
