/**
 * OCR paths, kept few and small (2-core machine): a rendered page as PNG, a PDF made of that
 * image (scanned), a text page + image page (mixed), and a two-page TIFF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobError } from '../../src/errors.js';
import { createReader, type Reader } from '../../src/extract/read/index.js';
import { ThreadPool } from '../../src/extract/read/thread-pool.js';
import { INVOICE_NUMBER, encodeTiff, imagePdf, pngToRgb, textPdf } from './read-fixtures.js';

let dir: string;
let reader: Reader;
let scanPng: Buffer;
const opts = { lang: 'eng', ocrWorkers: 2, pageTimeoutMs: 60_000, recycleAfterPages: 50, workerMemoryCeilingMb: 1024, renderDpi: 200, maxPixels: 100e6 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docparse-ocr-'));
  reader = await createReader(opts);
  // "Scan" the text invoice with our own renderer.
  const threads = new ThreadPool({ size: 1, pageTimeoutMs: 60_000, memoryCeilingMb: 1024, recycleAfterTasks: 10 });
  const r = await threads.run('render', { data: new Uint8Array(await textPdf()), page: 1, dpi: 200, maxPixels: 100e6 });
  await threads.close();
  scanPng = Buffer.from(r.png);
  expect(r.width).toBe(Math.floor((595.28 * 200) / 72));
}, 30_000);
afterAll(async () => {
  await reader.close();
  await rm(dir, { recursive: true, force: true });
}, 30_000);

async function file(name: string, data: Buffer): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, data);
  return p;
}

describe('OCR', { timeout: 60_000 }, () => {
  it('reads a PNG scan, keeping label and value on one line', async () => {
    const r = await reader.read({ path: await file('scan.png', scanPng), kind: 'png', size: scanPng.length });
    expect(r.documentKind).toBe('image');
    expect(r.pageCount).toBe(1);
    expect(r.pages[0].source).toBe('ocr');
    expect(r.pages[0].ocrConfidence).toBeGreaterThan(0.6);
    expect(r.pages[0].text).toMatch(new RegExp(`Invoice Number:\\s+${INVOICE_NUMBER}`));
    expect(r.pages[0].text).toMatch(/Total:\s+77\.48/);
  });

  it('OCRs the image-only pages of scanned and mixed PDFs, and only those', async () => {
    const [scanned, mixed] = await Promise.all([
      reader.read({ path: await file('scanned.pdf', await imagePdf([scanPng])), kind: 'pdf', size: 0 }),
      reader.read({ path: await file('mixed.pdf', await imagePdf([scanPng], { textFirst: true })), kind: 'pdf', size: 0 }),
    ]);
    expect(scanned.documentKind).toBe('scanned_pdf');
    expect(scanned.pageCount).toBe(1);
    expect(scanned.pages[0].source).toBe('ocr');
    expect(scanned.pages[0].text).toContain(INVOICE_NUMBER);

    expect(mixed.documentKind).toBe('mixed_pdf');
    expect(mixed.pages.map((p) => p.source)).toEqual(['text', 'ocr']);
    expect(mixed.pages[0].ocrConfidence).toBeNull();
    expect(mixed.pages[1].text).toContain(INVOICE_NUMBER);
  });

  it('recycles an OCR worker after its page budget, and reads on with a fresh one', async () => {
    const small = await createReader({ ...opts, ocrWorkers: 1, recycleAfterPages: 1 });
    try {
      const path = await file('recycle.png', scanPng);
      for (let i = 0; i < 2; i++) {
        const r = await small.read({ path, kind: 'png', size: scanPng.length });
        expect(r.pages[0].text).toMatch(new RegExp(INVOICE_NUMBER));
      }
      const st = small.stats();
      expect(st.ocrPages).toBe(2);
      expect(st.workersRecycled).toBeGreaterThanOrEqual(1);
      expect(st.workersStarted).toBe(2);
    } finally {
      await small.close();
    }
  });

  it('reads every page of a multi-page TIFF', async () => {
    const page = await pngToRgb(scanPng);
    const tiff = encodeTiff([page, page]);
    const r = await reader.read({ path: await file('scan.tiff', tiff), kind: 'tiff', size: tiff.length });
    expect(r.documentKind).toBe('image');
    expect(r.pageCount).toBe(2);
    for (const p of r.pages) expect(p.text).toContain(INVOICE_NUMBER);
    // one pool shared by all documents: never more workers than configured
    expect(reader.stats().workersStarted).toBeLessThanOrEqual(opts.ocrWorkers);
    expect(reader.stats().ocrPages).toBe(5);
  });

  it('a page over the time limit fails with a transient timeout', async () => {
    const slow = await createReader({ ...opts, ocrWorkers: 1, pageTimeoutMs: 1 });
    try {
      const err = await slow.read({ path: join(dir, 'scan.png'), kind: 'png', size: 0 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(JobError);
      expect((err as JobError).errorClass).toBe('timeout');
      expect((err as JobError).retryable).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('a blank image -> no_text', async () => {
    const { createCanvas } = await import('@napi-rs/canvas');
    const c = createCanvas(400, 300);
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 300);
    const err = await reader.read({ path: await file('blank.png', c.toBuffer('image/png')), kind: 'png', size: 0 }).catch((e: unknown) => e);
    expect((err as JobError).errorClass).toBe('no_text');
  });
});
