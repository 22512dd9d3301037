#!/usr/bin/env node
// Generates fixtures/rotated/: one text invoice, upright, and the same page turned as real files
// turn it, for the end-to-end test of the layout's text direction (test/e2e/rotated.test.ts):
//
//   upright.pdf                 the invoice as drawn (the control)
//   shown-upright-rotate90.pdf  (a) a landscape page in user space, content drawn turned a quarter
//   shown-upright-rotate270.pdf     counter-clockwise (clockwise), /Rotate 90 (270) turning it back:
//                                   the page displays upright (scanners, landscape-made pages)
//   sideways-rotate90.pdf       (b) content drawn upright, /Rotate 90 (270): the page displays
//   sideways-rotate270.pdf          sideways, its text running down (up) the display
//   margin-note.pdf             the upright invoice with text running up its left margin (a
//                               generator's note, as some e-invoice tools print) and a stamp
//                               running down its right margin
//
//   node scripts/make-rotated-fixtures.mjs
//
// Deterministic: fixed PDF dates, base-14 fonts (pdfkit), pdf-lib without metadata updates. Every
// name, address and number is invented.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument as LibDocument, StandardFonts, degrees } from 'pdf-lib';
import PDFDocument from 'pdfkit';
import { docToBuffer } from './lib/pdf-buffer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'rotated');
const WHEN = new Date(Date.UTC(2025, 4, 12, 8, 0, 0));

/** The upright invoice (A4 portrait, pdfkit). */
async function upright() {
  const doc = new PDFDocument({ autoFirstPage: false, size: 'A4', margin: 0, info: { Title: 'Invoice RT-4471', Creator: 'docparse scripts/make-rotated-fixtures.mjs', Producer: 'PDFKit', CreationDate: WHEN, ModDate: WHEN }, pdfVersion: '1.7' });
  doc.addPage();
  const rows = [
    [60, 60, 'Kettleby Surveying Ltd', { bold: true, size: 16 }],
    [60, 82, '14 Orchard Row, Ludlow SY8 1AA'],
    [60, 96, 'VAT GB 987 6543 21'],
    [400, 60, 'INVOICE', { bold: true, size: 16 }],
    [400, 84, 'Invoice No: RT-4471'],
    [400, 98, 'Invoice Date: 12 May 2025'],
    [400, 112, 'Due Date: 11 June 2025'],
    [60, 150, 'Bill to:'],
    [60, 164, 'Wrekin Parish Council, The Old School, Wellington TF1 2AB'],
    [60, 210, 'Description', { bold: true }], [360, 210, 'Qty', { bold: true }], [410, 210, 'Unit price', { bold: true }], [490, 210, 'Amount', { bold: true }],
    [60, 228, 'Boundary survey, field work'], [360, 228, '3'], [410, 228, '420.00'], [490, 228, '1,260.00'],
    [60, 244, 'Drawings and report'], [360, 244, '1'], [410, 244, '385.50'], [490, 244, '385.50'],
    [60, 260, 'Travel'], [360, 260, '2'], [410, 260, '37.25'], [490, 260, '74.50'],
    [410, 300, 'Subtotal'], [490, 300, '1,720.00'],
    [410, 316, 'VAT 20%'], [490, 316, '344.00'],
    [410, 332, 'Total due', { bold: true }], [490, 332, '2,064.00 GBP', { bold: true }],
    [60, 380, 'Payment by bank transfer within 30 days. Sort code 00-00-00, account 00000000 (sample data).'],
  ];
  for (const [x, y, text, o = {}] of rows) doc.font(o.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(o.size ?? 10).text(text, x, y, { lineBreak: false });
  return docToBuffer(doc);
}

const lib = (bytes) => LibDocument.load(bytes, { updateMetadata: false });
const save = (doc) => doc.save({ useObjectStreams: false });

/** (a): the upright page drawn turned on a landscape page whose /Rotate turns it back upright. */
async function shownUpright(bytes, rotate) {
  const doc = await LibDocument.create({ updateMetadata: false });
  const [page] = await doc.embedPdf(bytes);
  const { width, height } = page;
  const land = doc.addPage([height, width]);
  // Turned counter-clockwise for /Rotate 90 (origin to the bottom-right corner), clockwise for 270.
  if (rotate === 90) land.drawPage(page, { x: height, y: 0, rotate: degrees(90) });
  else land.drawPage(page, { x: 0, y: width, rotate: degrees(-90) });
  land.setRotation(degrees(rotate));
  return save(doc);
}

/** (b): the upright page, displayed sideways by /Rotate. */
async function sideways(bytes, rotate) {
  const doc = await lib(bytes);
  doc.getPage(0).setRotation(degrees(rotate));
  return save(doc);
}

/** The upright page with a note running up its left margin and a stamp running down its right. */
async function marginNote(bytes) {
  const doc = await lib(bytes);
  const page = doc.getPage(0);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Created with Example Billing Suite 4.2 - archive copy, not a duplicate', { x: 30, y: 300, size: 7, font, rotate: degrees(90) });
  page.drawText('RECEIVED - ACCOUNTS', { x: 572, y: 700, size: 12, font, rotate: degrees(-90) });
  return save(doc);
}

mkdirSync(OUT, { recursive: true });
const base = await upright();
const files = {
  'upright.pdf': base,
  'shown-upright-rotate90.pdf': await shownUpright(base, 90),
  'shown-upright-rotate270.pdf': await shownUpright(base, 270),
  'sideways-rotate90.pdf': await sideways(base, 90),
  'sideways-rotate270.pdf': await sideways(base, 270),
  'margin-note.pdf': await marginNote(base),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(OUT, name), bytes);
console.log(`wrote ${Object.keys(files).length} PDFs to ${OUT}`);
