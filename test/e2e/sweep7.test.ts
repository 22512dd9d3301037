/**
 * The seventh held-out sweep (fixtures/sweep7, made by scripts/make-sweep7-fixtures.mjs), written
 * blind: German and French invoices as invoicing software lays them out (lexoffice / DATEV / sevDesk /
 * Sage / EBP / Pennylane / Facture.net styles), a wholesaler's 22 article lines, electricity and gas
 * bills with advance payments deducted, rent and subscription invoices, a German Gutschrift, French
 * autoliquidation, Italian, Spanish (IRPF), Dutch and Portuguese invoices, a scanned and a
 * photographed invoice, and seven till receipts (bakery, petrol station, pharmacy, motorway toll
 * photographed at an angle, restaurant with a tip, a long DIY-store slip, a faded total), through
 * the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks);
 * each reason is what docparse's JSON output shows (value, source, box), not a reading of its code:
 * - de-steuerbuero-nr-slash.pdf dueDate: "bis zum 17. März 2025" inside a sentence gives none.
 * - de-stromrechnung-abschlaege.pdf dueDate: the debit date "am 31.01.2025 ... ab" gives none.
 * - de-summenbox-rechts.pdf subtotal, tax: the totals box (Netto / MwSt. 19 % / Brutto) gives subtotal
 *   68 (the line "1,5 x 68,00 €", by position) and tax 0 from the footer; the total 286,80 is right.
 * - de-catering-iso-datum.pdf dueDate: "Zahlungsziel" over "2025-10-20" in a bordered grid gives none.
 * - fr-facture-loyer-trimestre.pdf dueDate: "exigible le 1er avril 2025" gives none.
 * - fr-abonnement-logiciel-payee.pdf dueDate: the paid invoice's "Prochain prélèvement le 1er avril
 *   2025" (next period's debit) is given as the due date.
 * - pt-fatura-atcud.pdf invoiceNumber: the footer's software certificate "n.º 9999/AT" is taken for
 *   the number instead of "Fatura FT 2025A/42".
 * - de-rechnung-handyfoto.jpg total, tax: the photo's total is 45 (a line amount, @0.15), tax none.
 * - fr-pharmacie-ticket.jpg subtotal, tax: one row of the TVA table (HT 2,14 at 2,10 %; TVA 4,48 at
 *   20 %) instead of the sums 34,31 / 5,50; the total 39,81 is right.
 * - fr-peage-ticket-incline.jpg invoiceDate, total, subtotal, tax, documentType: tilted 9° with the
 *   values in a right column, the date is not found, the total reads 12,49 for 12,40, tax 0, and
 *   the ticket is called an invoice.
 * - de-restaurant-trinkgeld.jpg total, currency, documentType: the "Summe" 76,50 before the tip, not
 *   the paid "Gesamt" 81,10; no currency (none is printed); called an invoice.
 * - de-baumarkt-langer-bon.jpg subtotal, tax, documentType: subtotal 5,99 (a line), no tax from
 *   "MwSt 1 19% <net> <tax>", called an invoice.
 * Every document with a wrong core field is flagged needsReview today (no `unflagged`).
 */
const SHORT: Record<string, string[]> = {
  'de-steuerbuero-nr-slash.pdf': ['dueDate'],
  'de-stromrechnung-abschlaege.pdf': ['dueDate'],
  'de-summenbox-rechts.pdf': ['subtotal', 'tax'],
  'de-catering-iso-datum.pdf': ['dueDate'],
  'fr-facture-loyer-trimestre.pdf': ['dueDate'],
  'fr-abonnement-logiciel-payee.pdf': ['dueDate'],
  'pt-fatura-atcud.pdf': ['invoiceNumber'],
  'de-rechnung-handyfoto.jpg': ['total', 'tax'],
  'fr-pharmacie-ticket.jpg': ['subtotal', 'tax'],
  'fr-peage-ticket-incline.jpg': ['invoiceDate', 'total', 'subtotal', 'tax', 'documentType'],
  'de-restaurant-trinkgeld.jpg': ['total', 'currency', 'documentType'],
  'de-baumarkt-langer-bon.jpg': ['subtotal', 'tax', 'documentType'],
};

sweepSuite('seventh held-out sweep: German and French software layouts, utility bills, it/es/nl/pt, scan, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep7'), { short: SHORT, unflagged: [] });
