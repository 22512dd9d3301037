/**
 * The review report and the spreadsheet outputs through the real CLI, and report.html opened in
 * a real browser (the system's Chromium through playwright-core; skipped, with the reason, when
 * none is installed). The inputs: two text PDFs, a scan of one of them (the same invoice under
 * other content: a duplicate), and a broken file; for the field boxes, a text PDF and a photo of
 * a receipt whose values were drawn at known places (fixtures/extraction/boxes.json).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes } from '../helpers/fixtures.js';
import { findChromium, openBrowser } from '../helpers/browser.js';
import { DRAWN, EXTRACTION_FIXTURES, onDrawnText } from '../helpers/drawn.js';
import { emptyResult } from '../../src/extract/result.js';
import { documentRow } from '../../src/report/rows.js';
import { ReportCollector } from '../../src/report/html/data.js';
import { renderReportHtml } from '../../src/report/html/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/invoices/', import.meta.url));
const TEXT_PDF = 'en-us-quarry-lane-software.pdf';
const SCAN = 'en-us-quarry-lane-software-scan.png';
const OTHER = 'en-us-harbor-light-consulting.pdf';
/** Documents whose values were drawn at known places (boxes.json): a text PDF and an OCR'd image. */
const BOXED = ['de-rechnung-anzahlung.pdf', 'receipt-till.png'];

interface Run {
  dir: string;
  out: string;
  summary: Record<string, any>;
  rows: Record<string, string>[];
  jobOf: (name: string) => string;
}

let run: Run;
/** results.csv of the second run itself. */
let runCsv: Record<string, string>[];

beforeAll(async () => {
  const dir = tempDir('docparse-report-');
  const inDir = join(dir, 'in');
  mkdirSync(inDir);
  for (const f of [TEXT_PDF, OTHER]) copyFileSync(join(FIXTURES, f), join(inDir, f));
  writeBytes(join(inDir, 'broken.pdf'), '%PDF-1.4 this is not a PDF');
  const base = ['--ledger', join(dir, 'ledger.db'), '--out', join(dir, 'out'), '--json'];
  // The text PDF first; the scan of the same invoice arrives in a later run.
  const first = await docparse(['submit', inDir, ...base], { cwd: dir });
  expect(first.exitCode, String(first.stderr)).toBe(2);
  copyFileSync(join(FIXTURES, SCAN), join(inDir, SCAN));
  const second = await docparse(['submit', inDir, ...base], { cwd: dir });
  expect(second.exitCode, String(second.stderr)).toBe(2);
  const summary = JSON.parse(String(second.stdout));
  const out = join(dir, 'out');
  runCsv = parse(readFileSync(join(out, 'results.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  // The second run's own outputs list what was work for it (the scan, the file still failing);
  // the documents done in the first run are counted there, and the whole ledger's report and
  // table are one command away: the report and rows the tests below look at.
  const all = await docparse(['report', '--out', out, ...base.slice(0, 2)], { cwd: dir });
  expect(all.exitCode, String(all.stderr)).toBe(0);
  expect((await docparse(['export', '--format', 'csv', '--out', join(dir, 'all'), ...base.slice(0, 2)], { cwd: dir })).exitCode).toBe(2);
  const rows = parse(readFileSync(join(dir, 'all', 'results.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  const jobOf = (name: string) => rows.find((r) => r.path.endsWith(`/${name}`))!.jobId;
  run = { dir, out, summary, rows, jobOf };
}, 300_000);

describe('outputs of a run', () => {
  it('flags the scan as a duplicate of the PDF read in the earlier run', () => {
    const { summary, rows, jobOf } = run;
    expect(summary.duplicates).toBe(1);
    expect(summary.report).toBe(join(run.out, 'report.html'));
    // results.csv: one row per completed document of the run: the scan it read. The two done
    // in the first run are counted (skipped), and exported with the rest of the ledger.
    expect(runCsv.map((r) => r.path.split('/').pop())).toEqual([SCAN]);
    expect(summary.jobs).toMatchObject({ total: 4, new: 1, skipped: 2 });
    expect(rows.map((r) => r.path.split('/').pop()).sort()).toEqual([OTHER, TEXT_PDF, SCAN].sort());
    const scan = rows.find((r) => r.path.endsWith(SCAN))!;
    expect(scan.duplicateOf).toBe(jobOf(TEXT_PDF));
    expect(scan.needsReview).toBe('true');
    expect(scan.reasons).toMatch(/possible duplicate invoice: invoice QLS-2025-0417/);
    expect(rows.find((r) => r.path.endsWith(TEXT_PDF))!.duplicateOf).toBe('');
    const file = readdirSync(run.out).find((n) => n.startsWith(SCAN) && n.endsWith('.json'))!;
    const body = JSON.parse(readFileSync(join(run.out, file), 'utf8'));
    expect(body.result.duplicateOf).toEqual([jobOf(TEXT_PDF)]);
    // Page images: only for the document that needs a look.
    const pages = readdirSync(join(run.out, 'report', 'pages'));
    expect(pages).toEqual([`${body.fingerprint}-1.png`]);
  });

  it('exports csv, xlsx and ndjson from the ledger', async () => {
    const base = ['--ledger', join(run.dir, 'ledger.db'), '--json'];
    for (const format of ['csv', 'xlsx', 'ndjson']) {
      const r = await docparse(['export', '--format', format, '--out', join(run.dir, `export-${format}`), ...base], { cwd: run.dir });
      expect(r.exitCode, String(r.stderr)).toBe(2); // broken.pdf failed
      expect(JSON.parse(String(r.stdout))).toMatchObject({ format, results: 3, failures: 1 });
    }
    const csv = parse(readFileSync(join(run.dir, 'export-csv', 'results.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r.jobId).sort()).toEqual(run.rows.map((r) => r.jobId).sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(run.dir, 'export-xlsx', 'results.xlsx'));
    expect(wb.getWorksheet('Results')!.actualRowCount).toBe(4);
    expect(wb.getWorksheet('Failures')!.getRow(2).getCell(4).value).toBe('corrupt');
    const lines = readFileSync(join(run.dir, 'export-ndjson', 'results.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).status)).toEqual(['completed', 'completed', 'completed']);
    // No result file per document in those formats; the failures report as always.
    expect(readdirSync(join(run.dir, 'export-csv')).sort()).toEqual(['failures.csv', 'failures.json', 'results.csv']);
  });

  it('`docparse report --run` draws every page with --pages all; --no-report writes none', async () => {
    const runId = run.summary.runId;
    const out = join(run.dir, 'report-all');
    const r = await docparse(['report', '--run', runId, '--pages', 'all', '--out', out, '--ledger', join(run.dir, 'ledger.db'), '--json'], { cwd: run.dir });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    // The run's documents: the scan it read and the file that still fails (no page to draw).
    expect(JSON.parse(String(r.stdout))).toMatchObject({ file: join(out, 'report.html'), documents: 2, leftOut: 0, pages: { rendered: 1, failed: 0 } });
    expect(readdirSync(join(out, 'report', 'pages'))).toHaveLength(1);
    const unknown = await docparse(['report', '--run', 'run_nope', '--out', out, '--ledger', join(run.dir, 'ledger.db')], { cwd: run.dir });
    expect(unknown.exitCode).toBe(4);
    const quiet = join(run.dir, 'quiet');
    const none = await docparse(['submit', join(run.dir, 'in'), '--no-report', '--ledger', join(run.dir, 'ledger.db'), '--out', quiet, '--json'], { cwd: run.dir });
    expect(JSON.parse(String(none.stdout)).report).toBeNull();
    expect(existsSync(join(quiet, 'report.html'))).toBe(false);
    expect(existsSync(join(quiet, 'results.csv'))).toBe(true);
  });

  it('`worker --once` writes the report of what it processed', async () => {
    const dir = tempDir('docparse-report-worker-');
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(FIXTURES, OTHER), join(dir, 'in', OTHER));
    const base = ['--ledger', join(dir, 'ledger.db'), '--out', join(dir, 'out')];
    expect((await docparse(['submit', join(dir, 'in'), '--detach', ...base], { cwd: dir })).exitCode).toBe(0);
    expect(existsSync(join(dir, 'out', 'report.html'))).toBe(false);
    const w = await docparse(['worker', '--once', ...base, '--json'], { cwd: dir });
    expect(w.exitCode, String(w.stderr)).toBe(0);
    expect(JSON.parse(String(w.stdout)).report).toBe(join(dir, 'out', 'report.html'));
    expect(readFileSync(join(dir, 'out', 'report.html'), 'utf8')).toContain(OTHER);
  });
});

const browser = findChromium();
if (browser.skipReason !== null) console.warn(`report browser tests skipped: ${browser.skipReason}`);

describe.skipIf(browser.skipReason !== null)(`report.html in a real browser${browser.skipReason ? `: skipped, ${browser.skipReason}` : ''}`, () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    b = await openBrowser(browser.executablePath!);
    page = await b.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // Nothing leaves the page: any request that is not a file beside the report fails the test.
    page.on('request', (req) => {
      if (!req.url().startsWith('file://')) errors.push(`network request: ${req.url()}`);
    });
  }, 120_000);
  /** Each test starts from the report as opened (the state lives in the #hash). */
  const open = async (hash = '', out = run.out) => {
    await page.goto('about:blank');
    await page.goto(pathToFileURL(join(out, 'report.html')).href + hash);
    await page.waitForSelector('html[data-ready]');
  };
  afterAll(async () => {
    await b?.close();
    expect(errors).toEqual([]);
  });

  /** The share of dark pixels of the page image under an overlay (drawn with no border or fill). */
  const inkUnder = async (selector: string) => {
    await page.addStyleTag({ content: '.box { border: 0 !important; background: none !important; } .box span, figcaption { visibility: hidden; }' });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.box')!).borderTopWidth === '0px');
    const png = await page.locator(selector).screenshot();
    return page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2] < 128) dark++;
      return dark / (px.length / 4);
    }, png.toString('base64'));
  };

  const rowNames = () => page.$$eval('#rows tr[data-id] td.file', (tds) => tds.map((td) => td.textContent));

  it('lists every document and failure, those that need a look first', async () => {
    await open();
    expect(await page.textContent('#count-documents')).toBe('4 documents');
    expect(await page.textContent('#count-duplicates')).toBe('1 duplicates');
    const names = await rowNames();
    expect(names).toHaveLength(4);
    expect(names.slice(0, 2)).toEqual(['broken.pdf', SCAN]); // failed, then duplicate
    expect(await page.textContent('#range')).toBe('1–4 of 4');
  });

  it('filters: failed shows the failure with its hint; duplicates shows the scan', async () => {
    await open();
    // The view follows the address (hashchange): asynchronous, so each check waits for it.
    await page.click('button[data-filter="failed"]');
    await expect.poll(rowNames).toEqual(['broken.pdf']);
    const why = await page.textContent('#rows tr td.reasons');
    expect(why).toMatch(/^corrupt: /);
    expect((await page.textContent('#rows tr td.reasons .hint'))!.length).toBeGreaterThan(10);
    expect(page.url()).toMatch(/#filter=failed$/);
    await page.click('button[data-filter="duplicates"]');
    await expect.poll(rowNames).toEqual([SCAN]);
    await page.click('button[data-filter="all"]');
    await expect.poll(rowNames).toHaveLength(4);
  });

  it('sorts by a column, both ways', async () => {
    await open();
    await page.click('button[data-sort="total"]');
    const totals = async () => (await page.$$eval('#rows tr[data-id] td.num:nth-child(7)', (tds) => tds.map((td) => td.textContent))).filter(Boolean);
    await expect.poll(totals).toEqual(['4,666.95 USD', '4,988.16 USD', '4,988.16 USD']); // after the hashchange
    expect(await page.getAttribute('th[aria-sort="ascending"] button', 'data-sort')).toBe('total');
    await page.click('button[data-sort="total"]');
    await expect.poll(totals).toEqual(['4,988.16 USD', '4,988.16 USD', '4,666.95 USD']);
  });

  it('opens a document: its page image, its fields, what it duplicates (a link to it)', async () => {
    await open();
    await page.click(`#rows tr[data-id="${run.jobOf(SCAN)}"]`);
    await page.waitForSelector('#docview:not([hidden]) figure.page img');
    expect(await page.$eval('figure.page img', (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBe(1000);
    expect(await page.textContent('#docview h2')).toBe(SCAN);
    expect(await page.textContent('#docview tr[data-key="invoiceNumber"] td.value')).toBe('QLS-2025-0417');
    await page.click('#duplicates a');
    await expect.poll(() => page.textContent('#docview h2')).toBe(TEXT_PDF); // hashchange: asynchronous
    // Back twice: to the scan, then to the list.
    await page.goBack();
    await expect.poll(() => page.textContent('#docview h2')).toBe(SCAN);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#listview:not([hidden])');
  });

  it('draws each field\'s box over the place its value is printed on the page image', { timeout: 240_000 }, async () => {
    const dir = tempDir('docparse-report-boxes-');
    mkdirSync(join(dir, 'in'));
    for (const f of BOXED) copyFileSync(join(EXTRACTION_FIXTURES, f), join(dir, 'in', f));
    const out = join(dir, 'out');
    const r = await docparse(['submit', join(dir, 'in'), '--pages', 'all', '--ledger', join(dir, 'ledger.db'), '--out', out, '--json'], { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const rows = parse(readFileSync(join(out, 'results.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    for (const file of BOXED) {
      await open('', out);
      // Open the document the way a reviewer does: click its row, wait for the page image.
      await page.click(`#rows tr[data-id="${rows.find((x) => x.path.endsWith(`/${file}`))!.jobId}"]`);
      await page.waitForSelector('#docview:not([hidden]) figure.page img');
      await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('figure.page img')).every((i) => i.complete && i.naturalWidth > 0));
      expect(await page.textContent('#docview h2')).toBe(file);
      for (const [field, drawn] of Object.entries(DRAWN[file])) {
        // The overlay's rectangle as the browser laid it out, as fractions of its page image's.
        const shown = await page.$eval(`figure.page .box[data-key="${field}"]`, (box) => {
          const b = box.getBoundingClientRect();
          const i = box.closest('figure')!.querySelector('img')!.getBoundingClientRect();
          return { x: (b.left - i.left) / i.width, y: (b.top - i.top) / i.height, w: b.width / i.width, h: b.height / i.height, imgWidth: i.width };
        });
        expect(shown.imgWidth).toBeGreaterThan(300);
        expect(onDrawnText(shown, drawn), `${field} of ${file}: shown at ${JSON.stringify(shown)}, drawn at ${JSON.stringify(drawn.boxes)}`).toBe(true);
        // And on the image itself: with the overlays made see-through, the pixels under the box are
        // printed text (some dark, mostly light), not a margin or blank paper.
        const ink = await inkUnder(`figure.page .box[data-key="${field}"]`);
        expect(ink, `${field} of ${file}: share of dark pixels under its box`).toBeGreaterThan(0.08);
        expect(ink).toBeLessThan(0.7);
      }
    }
  });

  it('prints without its controls', async () => {
    await open();
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#toolbar')).toBe(false);
    expect(await page.isVisible('#list')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('#toolbar')).toBe(true);
  });
});

/** A report made directly from documents (no extraction): ten thousand of them, and hostile values. */
function syntheticReport(dir: string, n: number, hostile: string): string {
  const c = new ReportCollector();
  for (let i = 0; i < n; i++) {
    const result = emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 100 }]);
    const f = <T>(value: T) => ({ value, confidence: 0.9, source: 'generic:test', page: 1 });
    result.invoiceNumber = f(`N-${i}`);
    result.vendor.name = f(i === 0 ? hostile : `Vendor ${i % 37}`);
    result.total = f(i);
    if (i % 10 === 0) {
      result.needsReview = true;
      result.reviewReasons = [i === 0 ? hostile : 'total does not add up'];
    }
    const job = { id: `job_${i}`, fingerprint: String(i).padStart(64, '0'), path: `/in/${i}.pdf`, fileName: `${i}.pdf`, status: 'completed' as const, result, error: null, pageCount: 1, kind: 'pdf' as const };
    c.add(documentRow({ job }), result);
  }
  const file = join(dir, 'report.html');
  writeFileSync(file, renderReportHtml({ title: 'synthetic', generatedAt: 'now', scope: 'test', counts: c.counts, docs: c.docs(), sources: c.fieldSources(), leftOut: c.leftOut, pagesDir: 'report/pages', lowConfidence: 0.8 }));
  return file;
}

describe.skipIf(browser.skipReason !== null)(`report.html at 10,000 documents, with hostile values${browser.skipReason ? `: skipped, ${browser.skipReason}` : ''}`, () => {
  it('pages, filters and shows every value as text', async () => {
    const hostile = '<img src=x onerror="document.title=\'pwned\'"></script><b>bold</b>';
    const file = syntheticReport(tempDir('docparse-report-big-'), 10_000, hostile);
    const b = await openBrowser(browser.executablePath!);
    try {
      const page = await b.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('html[data-ready]');
      expect(await page.textContent('#range')).toBe('1–100 of 10000');
      expect(await page.$$eval('#rows tr[data-id]', (r) => r.length)).toBe(100);
      await page.click('#next');
      await expect.poll(() => page.textContent('#range')).toBe('101–200 of 10000'); // the view follows the address (hashchange): asynchronous
      await page.click('button[data-filter="review"]');
      await expect.poll(() => page.textContent('#range')).toBe('1–100 of 1000'); // the view follows the address (hashchange): asynchronous
      await page.fill('#search', 'N-9990');
      await page.press('#search', 'Enter');
      await expect.poll(() => page.textContent('#range')).toBe('1–1 of 1'); // the view follows the address (hashchange): asynchronous
      // The hostile document: its values are text, nothing ran.
      await page.goto(pathToFileURL(file).href + '#doc=job_0');
      await page.waitForSelector('#docview:not([hidden]) h2');
      expect(await page.textContent('#docview tr[data-key="vendorName"] td.value')).toBe(hostile);
      expect(await page.textContent('#why li')).toBe(hostile);
      expect(await page.$$eval('#docview img, #docview b', (e) => e.length)).toBe(0);
      expect(await page.title()).not.toBe('pwned');
      expect(dialogs).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
