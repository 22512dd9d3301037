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
 * Fields not extracted right on main e4f67c2 (held out; observed from docparse's JSON only). The
 * test fails when one of them comes out right, so the list shrinks with the extractor:
 * - de-rechnungskorrektur-minus-nachgestellt.pdf, fr-avoir-moins-apres.pdf: the credit notes print
 *   their amounts with the minus after ("350,57-"); total, subtotal and tax come out positive.
 * - de-rabatt-minus-nachgestellt.pdf: number only in the title "Rechnung 2025-0412"; the Kd.-Nr.
 *   "3098" in the meta block is given (0.75).
 * - de-ch-treuhand-fr-leerzeichen.pdf: "Fr. 3 883.49" (space thousands, decimal point) is read as
 *   a line amount: total 660 (0.26), subtotal 592.5, no tax.
 * - fr-ch-geneve-apostrophe.pdf: "Payable jusqu'au: 11 juillet 2025" in the meta block gives no due date.
 * - fr-ramonage-numero-du.pdf: "Facture n° 2025-0311 du 11/03/2025" in the title; the intervention
 *   date 10/03 below is given as the invoice date.
 * - bg-faktura.pdf: "№ 0000004518", "лв." and "Падеж" not read; subtotal 1429 (a unit price).
 * - uk-rakhunok-faktura.pdf: "Рахунок-фактура № СД-0412", "від 12 квітня 2025 р.", "грн", "ПДВ 20 %"
 *   not read; the due date 22.04.2025 is given as the invoice date.
 * - sq-fature-tatimore.pdf: "TVSH 20 %", "lekë" and "Afati i pagesës" not read (the total is right).
 * - de-rechnung-foto-summen-links.jpg: "Fällig: 09.09.2025" in the photographed meta block not read.
 * - fr-facture-scan-espaces.pdf: "N°: PM-25-0808" on the scan not read.
 * - de-tankstelle-iso-zeitstempel.jpg: "2025-03-07T14:22:41" read as 2007-03-25 (0.35).
 * - de-metzgerei-bon-verblasst.jpg: "07.03.25 14:22" on the faded slip given as 2025-03-17; the
 *   net and tax of the A 19 % row only, not of both rows.
 * - de-ch-apotheke-bar-rueckgeld.jpg: tax of the 2.6 % row only; "Total CHF / Bar / Rückgeld" typed invoice.
 * - fr-be-pharmacie-bancontact.jpg: HTVA of one row as the subtotal, TVA of the other as the tax; typed invoice.
 * - de-parkhaus-englisches-datum.jpg: parking slip typed invoice (its date "Mar 7, 2025" is right).
 * - fr-ch-supermarche-long-carte.jpg: the date "07.03.2025 14:22" not read; net and TVA of one row only
 *   (since the fourth reading of receipts in doubt, page segmentation 4: its subtotal 0.88 at 0.85,
 *   was 46.58 at 0.70; still wrong, flagged).
 * - de-hotel-folio-foto.jpg: number read "250369-1187" (0.99), the arrival date given as the invoice
 *   date, the VAT sum 50.49 as the total, the B row's VAT as the tax.
 */
const SHORT: Record<string, string[]> = {
  'de-rechnungskorrektur-minus-nachgestellt.pdf': ['total', 'subtotal', 'tax'],
  'de-rabatt-minus-nachgestellt.pdf': ['invoiceNumber'],
  'de-ch-treuhand-fr-leerzeichen.pdf': ['total', 'subtotal', 'tax'],
  'fr-ch-geneve-apostrophe.pdf': ['dueDate'],
  'fr-avoir-moins-apres.pdf': ['total', 'subtotal', 'tax'],
  'fr-ramonage-numero-du.pdf': ['invoiceDate'],
  'bg-faktura.pdf': ['invoiceNumber', 'dueDate', 'subtotal', 'tax', 'currency'],
  'uk-rakhunok-faktura.pdf': ['invoiceNumber', 'invoiceDate', 'dueDate', 'tax', 'currency'],
  'sq-fature-tatimore.pdf': ['dueDate', 'tax', 'currency'],
  'de-rechnung-foto-summen-links.jpg': ['dueDate'],
  'fr-facture-scan-espaces.pdf': ['invoiceNumber'],
  'de-tankstelle-iso-zeitstempel.jpg': ['invoiceDate'],
  'de-metzgerei-bon-verblasst.jpg': ['invoiceDate', 'subtotal', 'tax'],
  'de-ch-apotheke-bar-rueckgeld.jpg': ['tax', 'documentType'],
  'fr-be-pharmacie-bancontact.jpg': ['subtotal', 'tax', 'documentType'],
  'de-parkhaus-englisches-datum.jpg': ['documentType'],
  'fr-ch-supermarche-long-carte.jpg': ['invoiceDate', 'subtotal', 'tax'],
  'de-hotel-folio-foto.jpg': ['invoiceNumber', 'invoiceDate', 'total', 'tax'],
};

// Every document with a wrong core field is flagged needsReview today: no unflagged core miss.
sweepSuite('eleventh held-out sweep: left totals, right customers, odd number formats, receipts and scans (real CLI)', join(ROOT, 'fixtures/sweep11'), { short: SHORT, unflagged: [] });
