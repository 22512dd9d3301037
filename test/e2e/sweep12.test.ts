/**
 * The twelfth held-out sweep (fixtures/sweep12, made by scripts/make-sweep12-fixtures.mjs), written
 * blind as documents from real small businesses' software: cover letters before the invoice, two-
 * and three-page invoices with Übertrag / A reporter and a legal footer on every page, deposits and
 * Akonto deducted (Schlussrechnung, facture de solde, Belgian, Québec, Flemish, Slovak), Skonto and
 * escompte lines, paid invoices (PayPal, acquittée), Odoo / Sage / sevDesk / DATEV / Word layouts,
 * English invoices with German and French formats, Serbian; six till receipts and three scans, one
 * with a stamp over the totals (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right on main 8ffec7c (observed from docparse's JSON only; the test fails when
 * one comes out right, so the list shrinks):
 * - de-ch-akonto-restbetrag.pdf number: the vendor's "MWST-Nr. CHE-108.443.912 MWST" in the meta
 *   block is given (0.83) for the title's "Schlussrechnung Nr. 25-0417".
 * - fr-facture-solde-acompte-escompte.pdf number: the deposit invoice "FA25-00188" named in the first
 *   line is given (0.79) for the grid's "N° pièce FA25-00612".
 * - sk-faktura-odpocet-zalohy.pdf number: the IČ DPH "SK2120654321" (0.50) for "FAKTÚRA č. 2025071";
 *   tax: the deducted advance's DPH 224,39 for the invoice's DPH 23 % 681,72.
 * - sr-faktura.pdf number: the Matični broj "21456789" (0.70) for "FAKTURA br. 118/2025"; due date
 *   ("Valuta plaćanja 27.06.2025.") and currency ("… RSD") not given.
 * - de-kiosk-bon-90-grad.jpg (slip saved turned 90°): no date, total 7 (0.28), no subtotal, no tax,
 *   currency GBP (0.89), typed an invoice: the page is read sideways.
 * - de-discounter-zu-zahlen-foto.jpg tax: 1,86 (the A 7 % row) for the Summe row's 2,99.
 * - fr-marche-balance-photo.jpg subtotal: 12 given where the ticket prints no VAT (truth null).
 * - de-imbiss-haus-ausser-haus-zerknittert.jpg: subtotal 17 for the Netto line's 31,39; tax not given
 *   (two MwSt code lines, no sum).
 * - de-scan-bezahlt-stempel.jpg: under the BEZAHLT stamp, total 108 (the § 35a labour amount, 0.58)
 *   for 441,37; no subtotal; tax 0.
 * - fr-photo-facture-payee.jpg tax: not given (the PAYÉ stamp lies over the TVA 20 % row).
 */
const SHORT: Record<string, string[]> = {
  'de-ch-akonto-restbetrag.pdf': ['invoiceNumber'],
  'fr-facture-solde-acompte-escompte.pdf': ['invoiceNumber'],
  'sk-faktura-odpocet-zalohy.pdf': ['invoiceNumber', 'tax'],
  'sr-faktura.pdf': ['invoiceNumber', 'dueDate', 'currency'],
  'de-kiosk-bon-90-grad.jpg': ['invoiceDate', 'total', 'subtotal', 'tax', 'currency', 'documentType'],
  'de-discounter-zu-zahlen-foto.jpg': ['tax'],
  'fr-marche-balance-photo.jpg': ['subtotal'],
  'de-imbiss-haus-ausser-haus-zerknittert.jpg': ['subtotal', 'tax'],
  'de-scan-bezahlt-stempel.jpg': ['total', 'subtotal', 'tax'],
  'fr-photo-facture-payee.jpg': ['tax'],
};

sweepSuite('twelfth held-out sweep: cover letters, multi-page, deposits, paid, Odoo/Sage/Word, receipts and stamped scans (real CLI)', join(ROOT, 'fixtures/sweep12'), { short: SHORT, unflagged: [] });
