/**
 * The eleventh held-out sweep (fixtures/sweep11, made by scripts/make-sweep11-fixtures.mjs): layouts
 * with the totals block at the left, the customer at the right, tables without rules, amounts as
 * "1 234,56", "1'234.50", "1.234,56 EUR" and "12,00-"; German, Austrian, Swiss, French, Belgian,
 * Luxembourg and Québec invoices; Bulgarian, Ukrainian and Albanian; a photo, a scanned PDF, seven
 * till receipts and a hotel folio (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right on main e4f67c2 (held out; observed from docparse's JSON only), less
 * those its causes' fixes (branch G22) brought right. The test fails when one of them comes out
 * right, so the list shrinks with the extractor:
 * - fr-facture-scan-espaces.pdf: "N°: PM-25-0808" on the scan not read.
 * - de-tankstelle-iso-zeitstempel.jpg: its date ("2025-03-07T14:22:41", read by tesseract as
 *   2007-03-25 at 0.35) is right since PaddleOCR's look (branch ocr14), but that look lost its total,
 *   subtotal and tax (70.48, 59.23, 11.25 at 0.86-0.89, flagged; 73.26 was right): PaddleOCR's
 *   layout puts the tilted photo's amounts one row off their labels (its boxes' corners, not the
 *   baseline, place them), and the readings together pick the VAT table's Brutto 70,48.
 * - de-ch-apotheke-bar-rueckgeld.jpg: tax of the 2.6 % row only (typed receipt since G29: its "Bar"
 *   line is a till's cash line, though OCR reads "Rickgeld", "100. 6€").
 * - fr-be-pharmacie-bancontact.jpg: typed invoice (its HTVA and TVA rows' sums right since G24).
 * - fr-ch-supermarche-long-carte.jpg: net and TVA of one row only (its date "07.03.2025 14:22", not read
 *   by tesseract, right since PaddleOCR's look, branch ocr14)
 *   (since the fourth reading of receipts in doubt, page segmentation 4: its subtotal 0.88 at 0.85,
 *   was 46.58 at 0.70; still wrong, flagged).
 * - de-hotel-folio-foto.jpg: number read "250369-1187" (0.99), the B row's VAT as the tax. (Its
 *   date and total, the arrival date and the VAT sum 50.49 before, come right since branch G33: its
 *   doubtful date asks for PaddleOCR's reading.)
 */
// (Came right on branch G35: de-metzgerei-bon-verblasst.jpg's date, "07.03.25 14:22" on the faded slip,
// given as 2025-03-17 at 0.86 from tesseract's reading, now PaddleOCR's 2025-03-07 (0.89, flagged):
// such a date asks for PaddleOCR's reading of the date alone. Its VAT rows' sums right since G24.)
// (Came right on branch G25: uk-rakhunok-faktura.pdf's date in words, "від 12 квітня 2025 р." (Cyrillic
// and Greek month names), and its tax, the "ПДВ 20 %" row, no more a line amount under the column
// heading "Сума без ПДВ" (a heading "without VAT" names net amounts); de-rechnung-foto-summen-links.jpg's due date, OCR's "Faliig 09.09.2025" and
// "Zahibar bis" read as Fällig / Zahlbar bis, due labels one letter off on an OCR'd page;
// de-ch-treuhand-fr-leerzeichen.pdf's tax, "MWST 8.1 %  Fr. 290.99" under the
// net "Total Honorar" and over "Rechnungsbetrag": a plain total right above the tax line is the net
// when the grand total follows the tax.)
const SHORT: Record<string, string[]> = {
  'fr-facture-scan-espaces.pdf': ['invoiceNumber'],
  'de-tankstelle-iso-zeitstempel.jpg': ['total', 'subtotal', 'tax'],
  'de-ch-apotheke-bar-rueckgeld.jpg': ['tax'],
  'fr-be-pharmacie-bancontact.jpg': ['documentType'],
  'fr-ch-supermarche-long-carte.jpg': ['subtotal', 'tax'],
  'de-hotel-folio-foto.jpg': ['invoiceNumber', 'tax'],
};

// Every document with a wrong core field is flagged needsReview today: no unflagged core miss.
sweepSuite('eleventh held-out sweep: left totals, right customers, odd number formats, receipts and scans (real CLI)', join(ROOT, 'fixtures/sweep11'), { short: SHORT, unflagged: [] });
