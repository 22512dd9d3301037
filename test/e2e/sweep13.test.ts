/**
 * The thirteenth held-out sweep (fixtures/sweep13, made by scripts/make-sweep13-fixtures.mjs),
 * written blind: a household's and a small firm's folder of bills (mobile, internet, electricity,
 * water, heating oil, a marketplace order, a workshop with a pass-through fee, a locksmith paid in
 * cash, a second progress invoice; French, Belgian, Swiss, Québec and Luxembourg bills), Macedonian,
 * Galician and Basque invoices, a 100-dpi scan, a photo in strong perspective and six till
 * receipts (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on main 5900f10 (the Austrian mobile bill's tax, wrong there, is right
 * on the session's final extraction):
 * - fr-qc-electricite-tps-tvq.pdf tax: 82.86, the first consumption tier's amount, for TPS + TVQ 19.35.
 * - mk-faktura.pdf: no due date ("Рок на плаќање"), subtotal 18000 (the first line) for
 *   "Износ без ДДВ 40.200,00", no tax ("ДДВ 18 %").
 * - gl-factura.pdf: no due date ("Data de vencemento"), no subtotal ("Base impoñible"), no tax ("IVE 21 %").
 * - eu-faktura.pdf: no due date ("Epemuga"), no subtotal ("Zerga-oinarria"), no tax ("BEZ %21").
 * - de-fliesenleger-scan-100dpi.jpg (100 dpi scan): subtotal 159950 for 1599.50, tax 262.5, typed
 *   credit_note. Its number, due date and total (1903.41, 0.27) are right since PaddleOCR's reading is
 *   the first look at a doubtful page (branch ocr14; tesseract alone: number "5", total 1176).
 * - fr-plombier-photo-perspective.jpg (strong keystone): due date 2025-10-21 for 2025-11-07; since
 *   PaddleOCR's look (branch ocr14) its date and tax (89.10) are right, but its number PL-2025-0388,
 *   right before, is missing (flagged): PaddleOCR's reading settles the date and total, so the
 *   tesseract looks after it, which had given the number, are no longer made.
 * - de-drogerie-coupons-dunkel.jpg (dim photo): total 26.80, the A-rate group, for SUMME 31.72;
 *   subtotal and tax of that group only.
 * - de-apotheke-zuzahlung-scan.jpg: typed invoice (a pharmacy till slip).
 * - fr-supermarche-bons-perspective.jpg: subtotal 15.65 and tax 3.13, one VAT row's, for 36.55 / 4.28.
 * - de-gasthaus-trinkgeld-stift.jpg total: 50 (the handwritten Gesamt with the tip) for the printed
 *   Summe 45.50 (a debatable truth, see fixtures/README.md).
 * - fr-cinema-billet.jpg tax: none for "DONT TVA 5,5% 0,62".
 */
const SHORT: Record<string, string[]> = {
  'fr-qc-electricite-tps-tvq.pdf': ['tax'],
  'mk-faktura.pdf': ['dueDate', 'subtotal', 'tax'],
  'gl-factura.pdf': ['dueDate', 'subtotal', 'tax'],
  'eu-faktura.pdf': ['dueDate', 'subtotal', 'tax'],
  'de-fliesenleger-scan-100dpi.jpg': ['subtotal', 'tax', 'documentType'],
  'fr-plombier-photo-perspective.jpg': ['invoiceNumber', 'dueDate'],
  'de-drogerie-coupons-dunkel.jpg': ['total', 'subtotal', 'tax'],
  'de-apotheke-zuzahlung-scan.jpg': ['documentType'],
  'fr-supermarche-bons-perspective.jpg': ['subtotal', 'tax'],
  'de-gasthaus-trinkgeld-stift.jpg': ['total'],
  'fr-cinema-billet.jpg': ['tax'],
};

sweepSuite('thirteenth held-out sweep: household bills, energy, telecom, Macedonian, Galician, Basque, scans, receipts (real CLI)', join(ROOT, 'fixtures/sweep13'), { short: SHORT, unflagged: [] });
