/**
 * A text PDF whose vendor details live only inside an image (a scanned letterhead pasted
 * onto a generated invoice): the reader OCRs the image area and appends its text.
 */
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { createReader } from '../../src/extract/read/index.js';
import { tempDir } from '../helpers/fixtures.js';

async function letterheadPdf(path: string): Promise<void> {
  const c = createCanvas(1600, 300);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 1600, 300);
  ctx.fillStyle = '#000';
  ctx.font = 'bold 64px sans-serif';
  ctx.fillText('NORTHWIND TRADING', 60, 110);
  ctx.font = '52px sans-serif';
  ctx.fillText('VAT NL123456789B01', 60, 220);
  const png = c.toBuffer('image/png');
  await new Promise<void>((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    const out = createWriteStream(path);
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.pipe(out);
    doc.image(png, 50, 40, { width: 495 }); // about 12% of the page
    doc.fontSize(11).text('Invoice number: NW-2025-0042', 50, 220);
    doc.text('Invoice date: 2025-05-26', 50, 240);
    doc.text('Total due: 120.00 EUR', 50, 260);
    doc.end();
  });
}

describe('OCR of images on pages with a text layer', () => {
  it('appends the text found in a large image to the page text, and not with imageOcr off', async () => {
    const dir = tempDir('docparse-imgocr-');
    const path = join(dir, 'letterhead.pdf');
    await letterheadPdf(path);
    const input = { path, kind: 'pdf' as const, size: statSync(path).size };
    const reader = await createReader({ ocrWorkers: 1 });
    const off = await createReader({ ocrWorkers: 1, imageOcr: 'off' });
    try {
      const r = await reader.read(input);
      expect(r.documentKind).toBe('text_pdf');
      expect(r.pages[0].text).toMatch(/NW-2025-0042/);
      expect(r.pages[0].text).toMatch(/NL123456789B01/);
      expect(reader.stats().ocrPages).toBeGreaterThan(0);
      const plain = await off.read(input);
      expect(plain.pages[0].text).toMatch(/NW-2025-0042/);
      expect(plain.pages[0].text).not.toMatch(/NL123456789B01/);
      expect(off.stats().workersStarted).toBe(0);
    } finally {
      await reader.close();
      await off.close();
    }
  });
});
