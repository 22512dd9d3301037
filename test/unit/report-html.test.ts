/**
 * report.html as a pure function: bounded size (budget, cut strings), documents that need a look
 * kept first, and no value able to escape its place in the file. The browser tests
 * (test/e2e/report.test.ts) check what a person sees.
 */
import { describe, expect, it } from 'vitest';
import type { Job } from '../../src/types.js';
import { emptyResult } from '../../src/extract/result.js';
import { documentRow } from '../../src/report/rows.js';
import { LIMITS, REPORT_FIELDS, ReportCollector } from '../../src/report/html/data.js';
import { renderReportHtml, reportHtmlChunks, scriptJson, thousands } from '../../src/report/html/index.js';
import { pagesToShow } from '../../src/report/pages.js';

const f = <T>(value: T, confidence = 0.9) => ({ value, confidence, source: 'generic:amount-label', page: 1, box: { page: 1, x: 0.61, y: 0.72, w: 0.12, h: 0.018 } });

/** A completed job with every view field, as a typical invoice gives. */
function typical(i: number, review: boolean): Job {
  const r = emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 1800 }]);
  r.templateId = 'invoice';
  r.invoiceNumber = f(`INV-2025-${String(i).padStart(5, '0')}`);
  r.invoiceDate = f('2025-05-26');
  r.dueDate = f('2025-06-25', 0.85);
  r.vendor = { name: f('Harbor Light Consulting, Inc.'), address: f('1200 Marina Way, Suite 400, Portland, OR 97209'), taxId: f('02-7718354', 0.5) };
  r.customer = { name: f('Millbrook Community Credit Union', 0.3), address: f('88 Mill Street, Millbrook, NY 12545'), taxId: null };
  r.currency = f('USD');
  r.subtotal = f(4666.95);
  r.tax = f(0);
  r.total = f(4666.95);
  if (review) {
    r.needsReview = true;
    r.reviewReasons = ['subtotal + tax (4666.95) does not equal total (4676.95)'];
  }
  return {
    id: `job_${String(i).padStart(18, '0')}`, fingerprint: i.toString(16).padStart(64, 'c'), settingsKey: 'k',
    settings: { extractor: 'auto', extractorVersion: '4', template: null, templatesDigest: null, lang: 'eng' },
    status: 'completed', path: `/srv/invoices/2025/05/supplier-${i}/invoice-${i}.pdf`, fileName: `invoice-${i}.pdf`, size: 40_000, kind: 'pdf',
    templateId: 'invoice', attempts: 1, maxAttempts: 3, nextAttemptAt: null, leaseOwner: null, leaseExpiresAt: null, leaseToken: 1,
    result: r, error: null, pageCount: 1, runId: 'run_1', createdAt: i, startedAt: i, completedAt: i, updatedAt: i,
  };
}

describe('report.html', () => {
  it('embeds 10,000 typical documents in a bounded file', () => {
    const c = new ReportCollector();
    for (let i = 0; i < 10_000; i++) {
      const j = typical(i, i % 10 === 0);
      c.add(documentRow({ job: j }), j.result);
    }
    const docs = c.docs();
    expect(c.leftOut).toBe(0);
    expect(docs).toHaveLength(10_000);
    expect(c.counts).toEqual({ documents: 10_000, completed: 10_000, needsReview: 1000, failed: 0, duplicates: 0 });
    // Documents that need a look come first.
    expect(docs.slice(0, 1000).every((d) => d.st === 'review')).toBe(true);
    const html = renderReportHtml({ title: 't', generatedAt: 'now', scope: 's', counts: c.counts, docs, sources: c.fieldSources(), leftOut: 0, pagesDir: 'report/pages', lowConfidence: 0.8 });
    // README "The review report" states this figure: about 1 KB a document (10.5 MB here).
    expect(html.length).toBeLessThan(10_000 * 1150);
    expect(html.length).toBeGreaterThan(10_000 * 600);
  });

  it('is made in pieces that add up to exactly the data of the whole report (a run writes them as they come)', () => {
    const c = new ReportCollector();
    for (let i = 0; i < 2_000; i++) {
      const j = typical(i, i % 7 === 0);
      c.add(documentRow({ job: j }), j.result);
    }
    // A value with `<` and U+2028: escaped in every piece as in the whole.
    const odd = typical(2_000, true);
    odd.result!.reviewReasons = ['</script><b>x</b>\u2028 end'];
    c.add(documentRow({ job: odd }), odd.result);
    const input = { title: 't', generatedAt: 'now', scope: 's', counts: c.counts, docs: c.docs(), sources: c.fieldSources(), leftOut: 0, pagesDir: 'report/pages', lowConfidence: 0.8 };
    const chunks = [...reportHtmlChunks(input)];
    // About 1 KB a document: 2 MB does not come as one piece, nor as one piece per document.
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.length).toBeLessThan(200);
    const html = chunks.join('');
    // The embedded data is byte for byte the data serialised whole.
    const whole = scriptJson({ title: 't', pagesDir: 'report/pages', lowConfidence: 0.8, printLimit: 5000, fields: REPORT_FIELDS, sources: c.fieldSources(), docs: c.docs() });
    expect(html).toContain(`<script id="docparse-data" type="application/json">${whole}</script>`);
    expect(html).not.toContain('</script><b>');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(renderReportHtml(input)).toBe(html);
  });

  it('keeps to its budget: documents that need no look make room, then the rest are counted as left out', () => {
    const one = JSON.stringify(new ReportCollectorProbe().size(typical(1, false)));
    const budget = Number(one) * 10 + 50;
    const c = new ReportCollector(budget);
    for (let i = 0; i < 20; i++) {
      const j = typical(i, i >= 12);
      c.add(documentRow({ job: j }), j.result);
    }
    const docs = c.docs();
    expect(docs.length).toBeLessThanOrEqual(10);
    expect(c.leftOut).toBe(20 - docs.length);
    // All eight that need review are in; the first ones that need none made room for them.
    expect(docs.filter((d) => d.st === 'review')).toHaveLength(8);
    expect(c.counts.documents).toBe(20);
    const html = renderReportHtml({ title: 't', generatedAt: 'now', scope: 's', counts: c.counts, docs, sources: c.fieldSources(), leftOut: c.leftOut, pagesDir: 'p', lowConfidence: 0.8 });
    expect(html).toContain(`${c.leftOut} of 20 documents are not listed here`);
  });

  it('cuts long values and long lists of reasons', () => {
    const j = typical(1, true);
    j.result!.vendor.name = f('x'.repeat(5000));
    j.result!.reviewReasons = Array.from({ length: 50 }, (_, i) => `reason ${i} ${'y'.repeat(1000)}`);
    const c = new ReportCollector();
    c.add(documentRow({ job: j }), j.result);
    const [d] = c.docs();
    expect(d.f.find((x) => REPORT_FIELDS[x[0]][0] === 'vendorName')![1].length).toBe(LIMITS.value);
    expect(d.why).toHaveLength(LIMITS.reasons + 1);
    expect(d.why.at(-1)).toBe('(40 more in the result file)');
    expect(Math.max(...d.why.map((w) => w.length))).toBeLessThanOrEqual(LIMITS.reason);
    expect(JSON.stringify(d).length).toBeLessThan(10_000);
  });

  it('lets no value close its script block or become markup', () => {
    const j = typical(1, true);
    j.result!.vendor.name = f('</script><script>alert(1)</script><!--');
    j.result!.reviewReasons = ['<img src=x onerror=alert(1)> \u2028'];
    const c = new ReportCollector();
    c.add(documentRow({ job: j }), j.result);
    const html = renderReportHtml({ title: '<b>t</b>', generatedAt: 'now', scope: '"s"', counts: c.counts, docs: c.docs(), sources: c.fieldSources(), leftOut: 0, pagesDir: 'p', lowConfidence: 0.8 });
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the data block's and the script's own
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<title>&lt;b&gt;t&lt;/b&gt;</title>');
    expect(scriptJson('</script>')).toBe('"\\u003c/script>"');
    const data = html.slice(html.indexOf('application/json">') + 'application/json">'.length, html.indexOf('</script>'));
    const parsed = JSON.parse(data);
    const vendorField = parsed.fields.findIndex((x: string[]) => x[0] === 'vendorName');
    expect(parsed.docs[0].f.find((x: unknown[]) => x[0] === vendorField)[1]).toBe('</script><script>alert(1)</script><!--');
    // No network: the policy allows no connection and no outside resource.
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('shows page 1, the last page and the pages fields were read on, at most four', () => {
    const d = { f: [[0, 'v', 1, 0, 3, [3, 0, 0, 0.1, 0.1]], [1, 'v', 1, 0, 5, [5, 0, 0, 0.1, 0.1]], [2, 'v', 1, 0, null, null]], np: 9 } as never;
    expect(pagesToShow(d)).toEqual([1, 3, 5, 9]);
    expect(pagesToShow({ f: [], np: 1 } as never)).toEqual([1]);
    expect(pagesToShow({ f: [[0, 'v', 1, 0, 2, [2, 0, 0, 0.1, 0.1]], [1, 'v', 1, 0, 4, [4, 0, 0, 0.1, 0.1]], [2, 'v', 1, 0, 6, [6, 0, 0, 0.1, 0.1]]], np: 9 } as never)).toEqual([1, 2, 4, 6]);
  });
});

/** The embedded size of one document, as the collector counts it. */
class ReportCollectorProbe {
  size(j: Job): number {
    const c = new ReportCollector();
    c.add(documentRow({ job: j }), j.result);
    return JSON.stringify(c.docs()[0]).length + 1;
  }
}

describe('report.html counts', () => {
  it('writes thousands as toLocaleString("en") does, without loading ICU', () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 1234567890, 10 ** 15]) expect(thousands(n)).toBe(n.toLocaleString('en'));
  });
});
