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
 * as observed in docparse's JSON output on main 7bba43f:
 * - de-supermarkt-tse-kartenbeleg.jpg: invoice number "DE999123456", the store's VAT id.
 * (de-baeckerei-exif-gedreht.jpg, its date "Sa 14.02.2026 07:52 Bon 0093" missing on 7bba43f, is fully
 * right on main 7276df6: read upright since branch orient.)
 * - de-tankstelle-verwackelt.jpg (motion blur): number "58214" (Beleg-Nr.), no date; its total 80.45,
 *   tax 12.84 and currency (88.45, 2.18, GBP before) are right since PaddleOCR's look (branch ocr14).
 * - de-ladesaeule-nacht.jpg: typed invoice (an EV charging slip).
 * - de-markt-quittung-handschrift.jpg (handwritten form): number "17" (Quittung Nr.), tax 22.24 (0.24)
 *   for 1.56, typed invoice; its subtotal (Netto 22.24; 23.80, the Gesamt, before) is right since
 *   PaddleOCR's look (branch ocr14).
 * - de-kiosk-lotto-auszahlung.jpg: subtotal 4.02 and tax 0.28, the 7 % row's, for 8.70 / 1.17.
 * (de-restaurant-rechnung-tischdecke.jpg: its date "Datum 28.02.2026", missing with tesseract alone
 * (keystone, -4°), is right since PaddleOCR's look, branch ocr14: fully right.)
 * - de-hotel-minibar-zerknittert.jpg: date 2026-03-10 (Anreise) for the Belegdatum 11.03.2026, typed invoice.
 * - de-cafe-gemusterter-tisch.jpg: number "22910" (TSE Sig), subtotal 8.13 and tax 0.57, the 7 % row's,
 *   for 16.28 / 2.12.
 * - de-at-baeckerei-rksv.jpg: number "1187" (Beleg-Nr.), total 13.08 for 13.00, subtotal 5.73 and tax
 *   1.12 for 11.31 / 1.69; its date and currency (missing with tesseract alone, which gave total 6.70,
 *   the B group) are right since PaddleOCR's look (branch ocr14).
 * - de-at-tankstelle-nacht.jpg (dark, grain): no date, typed invoice; its tax (missing before) is right
 *   since PaddleOCR's look (branch ocr14).
 * - de-ch-tankstelle-scanapp.pdf: number "30318" (Beleg-Nr.), typed invoice.
 * - fr-horodateur-nuit.jpg: no tax for "TVA 20% 0,60".
 * - fr-marche-recu-manuscrit.jpg: no total for the handwritten "la somme de 18,50 €".
 * - fr-pressing-depot-retrait.jpg: typed invoice.
 * - fr-be-friterie-bancontact.jpg: number "BEG99S.123.456", the misread VAT number.
 * - fr-lu-supermarche-vidange.jpg: number "LU99887766", the VAT number.
 * - pl-paragon-fiskalny.jpg: number "118/4412" (nr wydr.), no tax for "SUMA PTU 9,16".
 * - cz-uctenka-kavarna.jpg: number "299887766" (from DIČ), no currency for "Celkem Kč", typed invoice.
 * - pt-talao-fatura-simplificada.jpg: number "2026A/1187" without its series "FS", typed invoice.
 */
const SHORT: Record<string, string[]> = {
  'de-supermarkt-tse-kartenbeleg.jpg': ['invoiceNumber'],
  'de-tankstelle-verwackelt.jpg': ['invoiceNumber', 'invoiceDate'],
  'de-ladesaeule-nacht.jpg': ['documentType'],
  'de-markt-quittung-handschrift.jpg': ['invoiceNumber', 'tax', 'documentType'],
  'de-kiosk-lotto-auszahlung.jpg': ['subtotal', 'tax'],
  'de-hotel-minibar-zerknittert.jpg': ['invoiceDate', 'documentType'],
  'de-cafe-gemusterter-tisch.jpg': ['invoiceNumber', 'subtotal', 'tax'],
  'de-at-baeckerei-rksv.jpg': ['invoiceNumber', 'total', 'subtotal', 'tax'],
  'de-at-tankstelle-nacht.jpg': ['invoiceDate', 'documentType'],
  'de-ch-tankstelle-scanapp.pdf': ['invoiceNumber', 'documentType'],
  'fr-horodateur-nuit.jpg': ['tax'],
  'fr-marche-recu-manuscrit.jpg': ['total'],
  'fr-pressing-depot-retrait.jpg': ['documentType'],
  'fr-be-friterie-bancontact.jpg': ['invoiceNumber'],
  'fr-lu-supermarche-vidange.jpg': ['invoiceNumber'],
  'pl-paragon-fiskalny.jpg': ['invoiceNumber', 'tax'],
  'cz-uctenka-kavarna.jpg': ['invoiceNumber', 'currency', 'documentType'],
  'pt-talao-fatura-simplificada.jpg': ['invoiceNumber', 'documentType'],
};

sweepSuite('fifteenth held-out sweep: European till receipts and small bills as photos and scans (real CLI)', join(ROOT, 'fixtures/sweep15'), { short: SHORT, unflagged: [] });
