/**
 * The fifteenth held-out sweep (fixtures/sweep15, made by scripts/make-sweep15-fixtures.mjs),
 * written blind: thirty European till receipts and small bills as phone photos and scans (German-
 * and French-speaking first; one each from Italy, Spain, the Netherlands, Poland, Czechia and
 * Portugal): a supermarket slip with a TSE block and card slip, a sideways photo with EXIF
 * Orientation 6, motion blur, night shots, crumpled and curled paper, patterned tables, a gray
 * Deflate TIFF, a black-and-white PNG, image-only scanner-app PDFs, handwritten Quittung and reçu,
 * Swiss cash rounding, through the real CLI (OCR).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on branch G36 (2026-12-07; G32 after main 7bab5e0 before it):
 * - de-tankstelle-verwackelt.jpg (motion blur): number "58214" (Beleg-Nr.; kept from a second
 *   reading, whose two pages count as a long document), no date; its total 80.45, tax 12.84 and
 *   currency are right since PaddleOCR's look (branch ocr14).
 * - de-markt-quittung-handschrift.jpg (handwritten form): tax 22.24 for 1.56 (typed receipt since G36,
 *   a receipt form: its "Nr. 17" is no invoice number then).
 * - de-kiosk-lotto-auszahlung.jpg: subtotal 4.02 and tax 0.28, the 7 % row's, for 8.70 / 1.17 (the
 *   lottery payout outside VAT keeps the table from reconciling with the total).
 * - de-hotel-minibar-zerknittert.jpg: date 2026-03-10 (Anreise) for the Belegdatum 11.03.2026 (OCR
 *   "11.63.2026"; flagged since G32).
 * - de-cafe-gemusterter-tisch.jpg: subtotal 8.13 and tax 0.57, the 7 % row's, for 16.28 / 2.12 (rates
 *   misread "19s", "74").
 * - de-at-baeckerei-rksv.jpg: total 13.08 for 13.00 (OCR), subtotal 5.73 and tax 1.12 for 11.31 / 1.69.
 * - de-at-tankstelle-nacht.jpg (dark, grain): no date ("89.81.2025").
 * - fr-horodateur-nuit.jpg: no tax for "TVA 20% 0,60" (OCR "8,60").
 * - fr-marche-recu-manuscrit.jpg: no total for the handwritten "la somme de 18,50 €".
 * Right since G40: cz-uctenka-kavarna.jpg's type (receipt: no invoice word and a transaction time) and
 *   so its number (none: the DIČ "299887766" of a receipt is no invoice number); its currency CZK since G36.
 * Right since G39: the paragon's tax, "SUMA PTU 9,16" (PTU is a tax word; its "Sprzed. opod. PTU A" /
 * "Kwota PTU A 23%" rows, each over two lines, make a table that adds up to "SUMA PLN").
 * Right since G32: the receipts' own numbers and VAT ids as invoice numbers (supermarket, café, Austrian
 * bakery, Swiss fuel PDF, friterie, Luxembourg supermarket, paragon) and the Portuguese "FS 2026A/1187";
 * documentType of the EV charging, minibar, Austrian and Swiss fuel, pressing and Portuguese slips.
 */
const SHORT: Record<string, string[]> = {
  'de-tankstelle-verwackelt.jpg': ['invoiceNumber', 'invoiceDate'],
  'de-markt-quittung-handschrift.jpg': ['tax'],
  'de-kiosk-lotto-auszahlung.jpg': ['subtotal', 'tax'],
  'de-hotel-minibar-zerknittert.jpg': ['invoiceDate'],
  'de-cafe-gemusterter-tisch.jpg': ['subtotal', 'tax'],
  'de-at-baeckerei-rksv.jpg': ['total', 'subtotal', 'tax'],
  'de-at-tankstelle-nacht.jpg': ['invoiceDate'],
  'fr-horodateur-nuit.jpg': ['tax'],
  'fr-marche-recu-manuscrit.jpg': ['total'],
};

sweepSuite('fifteenth held-out sweep: European till receipts and small bills as photos and scans (real CLI)', join(ROOT, 'fixtures/sweep15'), { short: SHORT, unflagged: [] });
