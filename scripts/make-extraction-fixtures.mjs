#!/usr/bin/env node
// Generates fixtures/extraction/: documents laid out unlike fixtures/invoices, for the end-to-end
// tests of the generic extractor (issue 13): a German invoice with a prepayment (the gross total
// is not what is left to pay), a French invoice whose totals stand under their headings, a German
// credit note with negative amounts, and a till receipt rendered to an image (read by real OCR).
//
//   node scripts/make-extraction-fixtures.mjs
//
// Deterministic: fixed PDF dates, base-14 fonts (pdfkit), pdf.js rendering with its standard
// font files. Every name, address and number is invented.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import PDFDocument from 'pdfkit';
import { docToBuffer } from './lib/pdf-buffer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'extraction');
const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json', { paths: [dirname(require.resolve('pdf-parse'))] }));
const STANDARD_FONTS = join(PDFJS_DIR, 'standard_fonts') + '/';

const WHEN = new Date(Date.UTC(2025, 3, 3, 9, 30, 0));

function newDoc(title, size) {
  return new PDFDocument({ autoFirstPage: false, size, margin: 0, info: { Title: title, Creator: 'docparse scripts/make-extraction-fixtures.mjs', Producer: 'PDFKit', CreationDate: WHEN, ModDate: WHEN }, pdfVersion: '1.7' });
}


/** Where each text was drawn, per document: [text, x, y, w, h] as fractions of the page (boxes.json). */
const DRAWN = [];

/** Writes `rows` of [x, y, text, {bold, size, right}] onto the current page. */
function draw(doc, rows, font = 'Helvetica') {
  for (const [x, y, text, o = {}] of rows) {
    const size = o.size ?? 10;
    doc.font(o.bold ? `${font}-Bold` : font).fontSize(size);
    const w = doc.widthOfString(text);
    doc.text(text, o.right ? x - w : x, y, { lineBreak: false });
    const { width, height } = doc.page;
    DRAWN.push([text, (o.right ? x - w : x) / width, y / height, w / width, (size * 1.2) / height]);
  }
}

/**
 * The boxes of the texts `wanted` ({field: [text, exact]}; exact: the text is the value as printed,
 * not a longer line holding it) of the document just drawn, every place each was drawn:
 * {field: {text, exact, boxes: [[x, y, w, h] ...]}}.
 */
function drawnBoxes(wanted) {
  const out = {};
  for (const [field, [text, exact]] of Object.entries(wanted)) {
    const hits = DRAWN.filter((d) => d[0] === text);
    if (!hits.length) throw new Error(`${text} was not drawn`);
    out[field] = { text, exact, boxes: hits.map((h) => h.slice(1).map((n) => Math.round(n * 1e4) / 1e4)) };
  }
  DRAWN.length = 0;
  return out;
}

/** German invoice: "Rechnung Nr. ... vom ...", a 19 % and a 7 % line, a prepayment deducted. */
async function germanInvoice() {
  const doc = newDoc('Rechnung 2025-117', 'A4');
  doc.addPage();
  draw(doc, [
    [50, 50, 'Tischlerei Brandmeier GmbH', { bold: true, size: 14 }],
    [50, 68, 'Werkstattweg 9 · 49074 Osnabrück'],
    [50, 82, 'USt-IdNr. DE298765431'],
    [50, 140, 'Gemeindeverwaltung Ostercappeln'],
    [50, 154, 'Rathausplatz 1'],
    [50, 168, '49179 Ostercappeln'],
    [50, 230, 'Rechnung Nr. 2025-117 vom 03.04.2025', { bold: true, size: 13 }],
    [50, 250, 'Leistungszeitraum 03.03.2025 bis 28.03.2025'],
    [50, 264, 'Ihre Bestellung vom 14.02.2025'],
    [50, 300, 'Pos.', { bold: true }], [90, 300, 'Bezeichnung', { bold: true }], [330, 300, 'Menge', { bold: true }], [470, 300, 'Einzelpreis', { bold: true, right: true }], [545, 300, 'Betrag', { bold: true, right: true }],
    [50, 320, '1'], [90, 320, 'Einbauschrank Eiche, Montage'], [330, 320, '2'], [470, 320, '1.240,00', { right: true }], [545, 320, '2.480,00', { right: true }],
    [50, 336, '2'], [90, 336, 'Fachbuch Holzschutz'], [330, 336, '3'], [470, 336, '42,00', { right: true }], [545, 336, '126,00', { right: true }],
    [330, 380, 'Summe netto'], [545, 380, '2.606,00 €', { right: true }],
    [330, 396, 'USt. 19 % auf 2.480,00'], [545, 396, '471,20 €', { right: true }],
    [330, 412, 'USt. 7 % auf 126,00'], [545, 412, '8,82 €', { right: true }],
    [330, 428, 'Bruttosumme', { bold: true }], [545, 428, '3.086,02 €', { bold: true, right: true }],
    [330, 444, 'abzüglich Anzahlung vom 10.03.2025'], [545, 444, '-1.000,00 €', { right: true }],
    [330, 460, 'Zahlbetrag', { bold: true }], [545, 460, '2.086,02 €', { bold: true, right: true }],
    [50, 510, 'Zahlbar ohne Abzug bis 17.04.2025.'],
    [50, 524, 'IBAN DE02 1203 0000 0000 2020 51 · BIC BYLADEM1001 (Beispieldaten)'],
  ]);
  return docToBuffer(doc);
}

/** French invoice: totals under their headings in one row, a deposit, "Net à payer". */
async function frenchInvoice() {
  const doc = newDoc('Facture F2025-031', 'A4');
  doc.addPage();
  draw(doc, [
    [50, 50, 'LOGO', { bold: true, size: 16 }],
    [360, 50, 'FACTURE N° :'], [545, 50, 'F2025-031', { right: true }],
    [360, 64, 'Date :'], [545, 64, '31/01/2025', { right: true }],
    [50, 90, 'Ateliers Vernay SAS'],
    [50, 104, '12 quai des Brotteaux, 69006 Lyon'],
    [50, 118, 'N° TVA : FR 41 512 345 678'],
    [360, 90, 'Adresse du client'],
    [360, 104, 'Librairie du Vieux Port'],
    [360, 118, '3 rue Sainte, 13001 Marseille'],
    [50, 150, 'N° DE CLIENT : CLI-0087'],
    [50, 164, 'N° DE FACTURE ASSOCIÉE : F2024-388'],
    [50, 178, 'DATE DE FACTURE ASSOCIÉE : 15/12/2024'],
    [50, 210, 'Désignation', { bold: true }], [330, 210, 'Qté', { bold: true }], [450, 210, 'P.U. HT', { bold: true, right: true }], [545, 210, 'Total HT', { bold: true, right: true }],
    [50, 228, 'Étagères chêne massif'], [330, 228, '4'], [450, 228, '180,00', { right: true }], [545, 228, '720,00', { right: true }],
    [50, 244, 'Livraison et pose'], [330, 244, '1'], [450, 244, '130,00', { right: true }], [545, 244, '130,00', { right: true }],
    [300, 290, 'TOTAL HT', { bold: true }], [400, 290, 'TOTAL TVA', { bold: true }], [480, 290, 'TOTAL TTC', { bold: true }],
    [50, 306, 'TVA acquittée sur les débits'],
    [350, 322, '850,00', { right: true }], [450, 322, '170,00', { right: true }], [545, 322, '1 020,00', { right: true }],
    [400, 350, 'Acompte :'], [545, 350, '300,00', { right: true }],
    [50, 370, "Date d'échéance :"], [160, 370, '02/03/2025'],
    [400, 370, 'NET A PAYER', { bold: true }], [545, 370, '720,00 EUR', { bold: true, right: true }],
  ]);
  return docToBuffer(doc);
}

/** German credit note: "Gutschrift", negative amounts. */
async function germanCreditNote() {
  const doc = newDoc('Gutschrift GS-2025-014', 'A4');
  doc.addPage();
  draw(doc, [
    [50, 50, 'Elektro Haberl KG', { bold: true, size: 14 }],
    [50, 68, 'Lindenstraße 4 · 84028 Landshut'],
    [50, 140, 'Café Rosenhof'],
    [50, 154, 'Altstadt 120, 84028 Landshut'],
    [50, 220, 'Gutschrift', { bold: true, size: 16 }],
    [50, 244, 'Gutschrift-Nr.:'], [170, 244, 'GS-2025-014'],
    [50, 258, 'Datum:'], [170, 258, '22.05.2025'],
    [50, 272, 'zu Rechnung:'], [170, 272, 'RE-2025-0388 vom 02.05.2025'],
    [50, 310, 'Rücknahme Wandleuchte, beschädigt geliefert'], [545, 310, '-180,00 €', { right: true }],
    [330, 350, 'Nettobetrag'], [545, 350, '-180,00 €', { right: true }],
    [330, 366, 'zzgl. 19 % USt.'], [545, 366, '-34,20 €', { right: true }],
    [330, 382, 'Gutschriftsbetrag', { bold: true }], [545, 382, '-214,20 €', { bold: true, right: true }],
    [50, 420, 'Der Betrag wird Ihrem Konto gutgeschrieben.'],
  ]);
  return docToBuffer(doc);
}

/** A till receipt (Courier), rendered at 300 dpi: read by OCR like a photographed receipt. */
async function receipt() {
  const doc = newDoc('Receipt', [226, 430]);
  doc.addPage();
  // Paper: without it the rendered page is transparent, and OCR sees black ink on black.
  doc.rect(0, 0, 226, 430).fill('#ffffff').fillColor('#000000');
  const L = 14;
  const R = 212;
  draw(
    doc,
    [
      [113 - 52, 20, 'CORNER HARDWARE', { bold: true, size: 11 }],
      [113 - 60, 36, '45 Market Street, Leeds', { size: 8 }],
      [113 - 40, 48, 'VAT No. 123 4567 89', { size: 8 }],
      [L, 72, '14/06/2025 17:42', { size: 9 }], [R, 72, 'Till 2', { size: 9, right: true }],
      [L, 96, 'WOOD SCREWS 4X40', { size: 9 }], [R, 96, '6.49', { size: 9, right: true }],
      [L, 110, '2 x 3.25', { size: 9 }], [R, 110, '6.50', { size: 9, right: true }],
      [L, 124, 'MASKING TAPE', { size: 9 }],
      [L, 138, 'CABLE TIES 100PK', { size: 9 }], [R, 138, '4.99', { size: 9, right: true }],
      [L, 162, 'SUBTOTAL', { size: 9 }], [R, 162, '17.98', { size: 9, right: true }],
      [L, 176, 'VAT 20% INCL', { size: 9 }], [R, 176, '3.00', { size: 9, right: true }],
      [L, 194, 'TOTAL', { bold: true, size: 11 }], [R, 194, '17.98', { bold: true, size: 11, right: true }],
      [L, 214, 'CASH', { size: 9 }], [R, 214, '20.00', { size: 9, right: true }],
      [L, 228, 'CHANGE', { size: 9 }], [R, 228, '2.02', { size: 9, right: true }],
      [L, 256, '4 ITEMS', { size: 9 }],
      [113 - 55, 280, 'THANK YOU FOR SHOPPING', { size: 8 }],
    ],
    'Courier',
  );
  const pdf = await docToBuffer(doc);
  const parser = new PDFParse({ data: new Uint8Array(pdf), standardFontDataUrl: STANDARD_FONTS });
  try {
    const shot = await parser.getScreenshot({ scale: 300 / 72, imageDataUrl: false, imageBuffer: true });
    return Buffer.from(shot.pages[0].data);
  } finally {
    await parser.destroy();
  }
}

const TRUTH = {
  'de-rechnung-anzahlung.pdf': { documentType: 'invoice', invoiceNumber: '2025-117', invoiceDate: '2025-04-03', dueDate: '2025-04-17', currency: 'EUR', subtotal: 2606, tax: 480.02, total: 3086.02 },
  'fr-facture-totaux-en-colonnes.pdf': { documentType: 'invoice', invoiceNumber: 'F2025-031', invoiceDate: '2025-01-31', dueDate: '2025-03-02', currency: 'EUR', subtotal: 850, tax: 170, total: 1020 },
  'de-gutschrift.pdf': { documentType: 'credit_note', invoiceNumber: 'GS-2025-014', invoiceDate: '2025-05-22', currency: 'EUR', subtotal: -180, tax: -34.2, total: -214.2 },
  'receipt-till.png': { documentType: 'receipt', invoiceDate: '2025-06-14', total: 17.98 },
};

mkdirSync(OUT, { recursive: true });
const BOXES = {};
writeFileSync(join(OUT, 'de-rechnung-anzahlung.pdf'), await germanInvoice());
BOXES['de-rechnung-anzahlung.pdf'] = drawnBoxes({ total: ['3.086,02 €', true], invoiceDate: ['Rechnung Nr. 2025-117 vom 03.04.2025', false], subtotal: ['2.606,00 €', true] });
writeFileSync(join(OUT, 'fr-facture-totaux-en-colonnes.pdf'), await frenchInvoice());
BOXES['fr-facture-totaux-en-colonnes.pdf'] = drawnBoxes({ invoiceNumber: ['F2025-031', true], total: ['1 020,00', true] });
writeFileSync(join(OUT, 'de-gutschrift.pdf'), await germanCreditNote());
DRAWN.length = 0;
writeFileSync(join(OUT, 'receipt-till.png'), await receipt());
BOXES['receipt-till.png'] = drawnBoxes({ total: ['17.98', true], invoiceDate: ['14/06/2025 17:42', false] });
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(TRUTH, null, 2) + '\n');
// Where the values were drawn ([x, y, w, h], fractions of the page, origin top-left; a field's
// value may be part of a longer drawn text): the result's field boxes must lie on one of them.
writeFileSync(join(OUT, 'boxes.json'), JSON.stringify(BOXES) + '\n');
process.stdout.write(`wrote ${Object.keys(TRUTH).length} documents and truth.json to ${OUT}\n`);
