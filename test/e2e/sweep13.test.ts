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
 * as observed in docparse's JSON output on main 5900f10, less what the causes' fixes (branch G29)
 * brought right:
 * - de-fliesenleger-scan-100dpi.jpg (100 dpi scan): subtotal 159950 for 1599.50, tax 262.5, typed
 *   credit_note. Its number, due date and total (1903.41, 0.27) are right since PaddleOCR's reading is
 *   the first look at a doubtful page (branch ocr14; tesseract alone: number "5", total 1176, subtotal 3,
 *   no due date, no tax: OCR misreads of the small print).
 * - fr-plombier-photo-perspective.jpg (strong keystone): since PaddleOCR's look (branch ocr14) its
 *   date and tax (89.10) are right, and its due date 2025-11-07 since branch G41's date rules (was
 *   2025-10-21); but its number PL-2025-0388,
 *   right with tesseract alone, is missing (flagged): PaddleOCR's reading settles the date and total,
 *   so the tesseract looks after it, which had given the number, are no longer made.
 * - de-gasthaus-trinkgeld-stift.jpg total: 50 (the handwritten Gesamt with the tip) for the printed
 *   Summe 45.50 (a debatable truth, see fixtures/README.md).
 */
// (Came right on branch G29: the Québec bill's tax, TPS + TVQ under "Total avant taxes"; the Macedonian,
// Galician and Basque due dates, nets and taxes; the dim drugstore slip's total, derived from its VAT
// table and items where OCR garbled the SUMME line; the pharmacy slip typed receipt by its "Bar" line;
// the supermarket's VAT rows with misread rates; the cinema ticket's "DONT TVA" under its price.)
const SHORT: Record<string, string[]> = {
  'de-fliesenleger-scan-100dpi.jpg': ['subtotal', 'tax', 'documentType'],
  'fr-plombier-photo-perspective.jpg': ['invoiceNumber'],
  'de-gasthaus-trinkgeld-stift.jpg': ['total'],
};

sweepSuite('thirteenth held-out sweep: household bills, energy, telecom, Macedonian, Galician, Basque, scans, receipts (real CLI)', join(ROOT, 'fixtures/sweep13'), { short: SHORT, unflagged: [] });
