/**
 * Scanned PDF pages rendered grey for OCR, and OCR of hard scans through real tesseract: a small low-resolution receipt (read at twice its
 * size), a large page (read at fewer pixels), a total printed white on a dark bar (tesseract's inverted-line retry must stay on), and a
 * tilted page (read once when the reading is confident; turned level by its baselines otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import Tesseract from 'tesseract.js';
import { createReader, type Reader } from '../../src/extract/read/index.js';
import { harmfulSkew, linesOf, recognizePage } from '../../src/extract/ocr/recognize.js';
import { pageSlope } from '../../src/extract/ocr/layout.js';
import { ocrLayout } from '../../src/extract/ocr/pool.js';
import { ThreadPool } from '../../src/extract/read/thread-pool.js';
import { decodePgm } from '../../src/extract/image/gray.js';
import { textPdf } from './read-fixtures.js';

let dir: string;
let reader: Reader;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docparse-ocr-prep-'));
  // ocrDownscaleAbove is off by default; set to 3 MP here (the large page is built against it); the other pages are under it.
  reader = await createReader({ ocrWorkers: 1, ocrDownscaleAbove: 3e6 });
}, 30_000);
afterAll(async () => {
  await reader.close();
  await rm(dir, { recursive: true, force: true });
}, 30_000);

function page(w: number, h: number, draw: (ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void, turnDeg = 0): Buffer {
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.translate(w / 2, h / 2);
  ctx.rotate((turnDeg * Math.PI) / 180);
  ctx.translate(-w / 2, -h / 2);
  ctx.fillStyle = '#000';
  draw(ctx);
  return c.toBuffer('image/png');
}

async function read(name: string, png: Buffer) {
  const path = join(dir, name);
  await writeFile(path, png);
  return reader.read({ path, kind: 'png', size: png.length });
}

const LINES = ['Invoice No: INV-20417', 'Date: 26/05/2025', 'Consulting services, May 2025      3      150.00      450.00', 'Travel expenses                    1       90.00       90.00', 'TOTAL DUE                                       EUR 540.00'];

describe('scanned PDF pages go to OCR as grey PGM', () => {
  it('a gray render is a PGM of the same size as the PNG render, ink dark and paper light', async () => {
    const threads = new ThreadPool({ size: 1, pageTimeoutMs: 60_000, memoryCeilingMb: 1024, recycleAfterTasks: 10 });
    try {
      const pdf = new Uint8Array(await textPdf());
      const png = await threads.run('render', { data: pdf.slice(), page: 1, dpi: 100, maxPixels: 100e6 });
      const grey = await threads.run('render', { data: pdf.slice(), page: 1, dpi: 100, maxPixels: 100e6, gray: true });
      expect(grey.png.length).toBe(0);
      const g = decodePgm(grey.pgm!);
      expect([g.width, g.height]).toEqual([png.width, png.height]);
      const dark = g.data.filter((v) => v < 100).length;
      expect(dark).toBeGreaterThan(1000); // the invoice's text
      expect(dark).toBeLessThan(g.data.length * 0.2); // on white paper
    } finally {
      await threads.close();
    }
  });

  it('a receipt-sized scanned PDF page (under the enlargement limit at 300 dpi) is read from its grey render', async () => {
    const scan = page(600, 1000, (ctx) => {
      ctx.font = '30px sans-serif';
      ['CORNER SHOP', 'Receipt 12/03/2018', 'Bread        2.40', 'Milk         1.10', 'TOTAL        3.50'].forEach((t, i) => ctx.fillText(t, 40, 80 + i * 70));
    });
    // 3 x 5 inches: 900 x 1500 pixels at 300 dpi, below ocrUpscaleBelow
    const doc = new PDFDocument({ size: [216, 360], margin: 0 });
    doc.image(scan, 0, 0, { width: 216, height: 360 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.end();
    await done;
    const path = join(dir, 'small-scan.pdf');
    await writeFile(path, Buffer.concat(chunks));
    const before = reader.stats().ocrUpscaled;
    const r = await reader.read({ path, kind: 'pdf', size: Buffer.concat(chunks).length });
    expect(r.documentKind).toBe('scanned_pdf');
    expect(reader.stats().ocrUpscaled).toBe(before); // already rendered at 300 dpi
    expect(r.pages[0].text).toMatch(/TOTAL\s+3\.50/);
  });
});

describe('OCR of hard scans', { timeout: 120_000 }, () => {
  it('reads a small receipt-sized image at twice its size', async () => {
    const receipt = page(420, 300, (ctx) => {
      ctx.font = '17px sans-serif';
      ['KEDAI RUNCIT SAMPLE', 'RECEIPT  12/03/2018  13:14', 'MILO 1KG          1   18.90', 'SUGAR 2KG         2    6.50', 'TOTAL              RM 31.90', 'CASH               RM 50.00'].forEach((t, i) => ctx.fillText(t, 16, 36 + i * 42));
    });
    const before = reader.stats().ocrUpscaled;
    const r = await read('receipt.png', receipt);
    expect(reader.stats().ocrUpscaled).toBe(before + 1);
    expect(r.pages[0].text).toMatch(/TOTAL\s+RM\s*31\.90/);
    expect(r.pages[0].text).toContain('12/03/2018');
  });

  it('reads a large page at fewer pixels, with word boxes still as fractions of the page', async () => {
    // 3000 x 1750 = 5.25 MP, over this reader's budget (ocrDownscaleAbove 3 MP) by more than MIN_SHRINK
    const big = page(3000, 1750, (ctx) => {
      ctx.font = '50px sans-serif';
      LINES.forEach((t, i) => ctx.fillText(t, 150, 250 + i * 125));
    });
    const before = reader.stats().ocrDownscaled;
    const r = await read('large.png', big);
    expect(reader.stats().ocrDownscaled).toBe(before + 1);
    const text = r.pages[0].text;
    expect(text).toMatch(/Invoice No:\s+INV-20417/);
    expect(text).toMatch(/TOTAL DUE\s+EUR 540\.00/);
    const rows = text.split('\n');
    const at = (word: string) => r.pages[0].words!.find((w) => rows[w.row].slice(w.start, w.end) === word)!;
    // 'Invoice' starts at x = 150 of 3000 on the baseline y = 250 of 1750
    expect(at('Invoice').x).toBeCloseTo(150 / 3000, 2);
    expect(at('Invoice').y + at('Invoice').h).toBeCloseTo(250 / 1750, 1);
  });

  it('reads a total printed white on a dark bar', async () => {
    const png = page(1700, 500, (ctx) => {
      ctx.font = '34px sans-serif';
      ctx.fillText('Consulting services May 2025      3      150.00      450.00', 90, 120);
      ctx.fillStyle = '#223';
      ctx.fillRect(880, 220, 760, 76);
      ctx.fillStyle = '#fff';
      ctx.font = 'bold 38px sans-serif';
      ctx.fillText('TOTAL DUE  EUR 540.00', 910, 272);
    });
    const r = await read('dark-bar.png', png);
    expect(r.pages[0].text).toMatch(/TOTAL DUE\s+EUR 540\.00/);
  });

  it('a tilted page: read once when the reading is confident, turned level by its baselines when not', async () => {
    const tilted = page(
      2000,
      900,
      (ctx) => {
        ctx.font = '32px sans-serif';
        LINES.forEach((t, i) => ctx.fillText(t, 100, 140 + i * 60));
      },
      1.5,
    );
    const before = reader.stats().ocrDeskewed;
    const r = await read('tilted.png', tilted);
    expect(r.pages[0].ocrConfidence).toBeGreaterThan(0.9);
    expect(reader.stats().ocrDeskewed).toBe(before); // confident: no second pass
    expect(r.pages[0].text).toMatch(/TOTAL DUE\s+EUR 540\.00/);

    // The second pass: the angle from the first pass's baselines turns the image the right way
    // (the lines come out level), and recognizePage keeps whichever reading is more confident.
    const langPath = join(dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
    const w = await Tesseract.createWorker('eng', 1, { langPath, cacheMethod: 'none', gzip: true });
    try {
      const first = (await w.recognize(tilted, {}, { blocks: true })).data;
      const angle = harmfulSkew(linesOf(first));
      expect(angle).toBeCloseTo((-1.5 * Math.PI) / 180, 2);
      const level = (await w.recognize(tilted, { rotateRadians: angle }, { blocks: true })).data;
      expect(Math.abs(pageSlope(linesOf(level)))).toBeLessThan(0.004);
      const forced = await recognizePage(w, tilted, 'when-needed', 101);
      expect(forced.page.confidence).toBe(Math.max(first.confidence, level.confidence));
      const { text, words } = ocrLayout(forced.page, tilted);
      // The deskewed reading keeps its word boxes (fields get a box on OCR'd pages too).
      expect(words.length).toBeGreaterThan(10);
      expect(text).toMatch(/Invoice No:\s+INV-20417/);
      expect(text).toMatch(/TOTAL DUE\s+EUR 540\.00/);
      const off = await recognizePage(w, tilted, 'off');
      expect(off.deskewed).toBe(false);
    } finally {
      await w.terminate();
    }
  });
});

describe('OCR models (ReaderOptions.ocrModel)', { timeout: 120_000 }, () => {
  for (const ocrModel of ['fast', 'cascade'] as const) {
    it(`${ocrModel}: reads an invoice page`, async () => {
      const png = page(1700, 600, (ctx) => {
        ctx.font = '32px sans-serif';
        LINES.forEach((t, i) => ctx.fillText(t, 80, 80 + i * 90));
      });
      const path = join(dir, `model-${ocrModel}.png`);
      await writeFile(path, png);
      const r2 = await createReader({ ocrWorkers: 1, ocrModel });
      try {
        const r = await r2.read({ path, kind: 'png', size: png.length });
        expect(r.pages[0].text).toMatch(/Invoice No:\s+INV-20417/);
        expect(r.pages[0].text).toMatch(/TOTAL DUE\s+EUR 540\.00/);
        expect(r2.stats().workersStarted).toBe(1);
      } finally {
        await r2.close();
      }
    });
  }
});
