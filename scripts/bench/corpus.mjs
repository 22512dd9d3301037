/**
 * The benchmark's corpus, generated in a temp dir: text invoice PDFs (pdfkit), "scanned" pages
 * (those PDFs rendered at 300 dpi by pdf.js, as PNG), and many small distinct PDFs for the
 * engine measurements. Deterministic: no clock, no Math.random.
 */
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/** A dense one-page invoice (header, parties, 18 line items, totals), like a real one. */
export function writeInvoicePdf(path, i) {
  mkdirSync(dirname(path), { recursive: true });
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: new Date(Date.UTC(2025, 0, 1)), Producer: 'docparse bench' } });
    const out = createWriteStream(path);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.pipe(out);
    doc.font('Helvetica-Bold').fontSize(18).text(`Vendor ${i % 17} Trading Company`, 50, 50);
    doc.font('Helvetica').fontSize(10).text(`${100 + (i % 900)} Market Street, Springfield, IL 62704`, 50, 75);
    doc.text(`VAT GB${String(123456789 + i).slice(0, 9)}`, 50, 90);
    doc.font('Helvetica-Bold').fontSize(16).text('INVOICE', 420, 50);
    doc.font('Helvetica').fontSize(10);
    doc.text(`Invoice No: BENCH-${String(i).padStart(5, '0')}`, 380, 75);
    doc.text(`Invoice Date: 2025-05-${String(1 + (i % 28)).padStart(2, '0')}`, 380, 90);
    doc.text('Due Date: 2025-06-30', 380, 105);
    doc.text('Bill to:', 50, 130);
    doc.text(`Customer ${i} Ltd, 7 Harbour Road, Portsmouth PO1 3AX`, 50, 145);
    let y = 185;
    doc.font('Helvetica-Bold').text('Description', 50, y).text('Qty', 330, y).text('Unit price', 380, y).text('Amount', 480, y);
    doc.font('Helvetica');
    let subtotal = 0;
    for (let l = 1; l <= 18; l++) {
      y += 18;
      const qty = 1 + ((i + l) % 9);
      const unit = 5 + ((i * 7 + l * 13) % 200);
      subtotal += qty * unit;
      doc.text(`Item ${l}: service or part number ${1000 + ((i * 31 + l) % 9000)}`, 50, y);
      doc.text(String(qty), 330, y).text(unit.toFixed(2), 380, y).text((qty * unit).toFixed(2), 480, y);
    }
    const tax = Math.round(subtotal * 20) / 100;
    y += 30;
    doc.text('Subtotal', 380, y).text(subtotal.toFixed(2), 480, y);
    doc.text('VAT 20%', 380, y + 15).text(tax.toFixed(2), 480, y + 15);
    doc.font('Helvetica-Bold').text('Total', 380, y + 30).text(`${(subtotal + tax).toFixed(2)} GBP`, 480, y + 30);
    doc.font('Helvetica').fontSize(8).text('Payment within 30 days. Bank: Sample Bank, sort code 00-00-00, account 00000000 (sample data).', 50, 760);
    doc.end();
  });
}

/** Renders page 1 of each PDF at `dpi` with pdf.js (pdf-parse), as PNG files. */
export async function renderScans(pdfs, dir, dpi = 300) {
  const { PDFParse } = await import('pdf-parse');
  const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json', { paths: [dirname(require.resolve('pdf-parse'))] }));
  mkdirSync(dir, { recursive: true });
  const out = [];
  for (const pdf of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(pdf)), standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/' });
    try {
      const shot = await parser.getScreenshot({ scale: dpi / 72, imageDataUrl: false, imageBuffer: true, first: 1 });
      const p = join(dir, pdf.split('/').pop().replace(/\.pdf$/, '.png'));
      writeFileSync(p, Buffer.from(shot.pages[0].data));
      out.push(p);
    } finally {
      await parser.destroy();
    }
  }
  return out;
}

/** `count` small distinct PDFs: one real PDF with a different trailing comment each (~1.5 KB). */
export async function writeSmallFiles(dir, count) {
  mkdirSync(dir, { recursive: true });
  const seed = join(dir, '..', `seed-${count}.pdf`);
  await writeInvoicePdf(seed, 0);
  const base = readFileSync(seed);
  // 100 files per folder, like an archive by month/vendor.
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `f${String(i).padStart(5, '0')}.pdf`), Buffer.concat([base, Buffer.from(`\n% bench file ${i}\n`)]));
  }
}
