/**
 * Real inputs made by the tests: small text-PDF invoices (pdfkit), broken files, folders.
 */
import PDFDocument from 'pdfkit';
import { createWriteStream, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tempDir(prefix = 'docparse-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface InvoiceSpec {
  number: string;
  date?: string;
  vendor?: string;
  total?: string;
  lines?: number;
}

/** Writes a one-page text PDF invoice; deterministic for the same spec. */
export function writeInvoicePdf(path: string, spec: InvoiceSpec): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: new Date(Date.UTC(2025, 0, 1)), Producer: 'docparse tests' } });
    const out = createWriteStream(path);
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.pipe(out);
    doc.fontSize(18).text(spec.vendor ?? 'Acme Widgets Ltd', 50, 50);
    doc.fontSize(10).text('12 Sample Street, Springfield', 50, 75);
    doc.fontSize(14).text('INVOICE', 400, 50);
    doc.fontSize(10).text(`Invoice No: ${spec.number}`, 400, 75);
    doc.text(`Date: ${spec.date ?? '2025-05-26'}`, 400, 90);
    let y = 160;
    const n = spec.lines ?? 2;
    for (let i = 1; i <= n; i++) {
      doc.text(`Item ${i}`, 50, y);
      doc.text('1', 300, y);
      doc.text('10.00', 400, y);
      doc.text('10.00', 480, y);
      y += 15;
    }
    doc.text('Total', 400, y + 20);
    doc.text(spec.total ?? `${(n * 10).toFixed(2)} USD`, 480, y + 20);
    doc.end();
  });
}

export async function writeInvoiceFolder(dir: string, count: number, prefix = 'inv'): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 1; i <= count; i++) {
    const p = join(dir, `${prefix}-${String(i).padStart(3, '0')}.pdf`);
    await writeInvoicePdf(p, { number: `${prefix.toUpperCase()}-${i}` });
    paths.push(p);
  }
  return paths;
}

export function writeBytes(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}
