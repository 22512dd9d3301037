/**
 * The seventh held-out sweep (fixtures/sweep7, made by scripts/make-sweep7-fixtures.mjs), written
 * blind: German and French invoices as invoicing software lays them out (lexoffice / DATEV / sevDesk /
 * Sage / EBP / Pennylane / Facture.net styles), a wholesaler's 22 article lines, electricity and gas
 * bills with advance payments deducted, rent and subscription invoices, a German Gutschrift, French
 * autoliquidation, Italian, Spanish (IRPF), Dutch and Portuguese invoices, a scanned and a
 * photographed invoice, and eight till receipts (bakery, petrol station, pharmacy, motorway toll
 * photographed at an angle, German and French restaurant bills with a tip, a long DIY-store slip, a faded total), through
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
 * - de-summenbox-rechts.pdf subtotal, tax: the framed totals box (Netto / MwSt. 19 % / Brutto) gives
 *   subtotal 68 (the unit price 68,00 of a line, by position) and tax 0 from the footer.
 * - fr-facture-loyer-trimestre.pdf dueDate: "exigible le 1er avril 2025" gives none.
 * - fr-abonnement-logiciel-payee.pdf dueDate: the paid invoice's "Prochain prélèvement le 1er avril
 *   2025" (the next period's debit) is given as its due date.
 * - pt-fatura-atcud.pdf invoiceNumber: the footer's software certificate "n.º 9999/AT" is taken for
 *   the number instead of "Fatura FT 2025A/42".
 * - fr-facture-plombier-scannee.pdf subtotal: the scan's "Total HT 418,00 €" comes out 41800.
 * - de-rechnung-handyfoto.jpg total, tax: the photo's total is 45 (a line amount, @0.14), tax none.
 * - fr-pharmacie-ticket.jpg total, subtotal, tax: the first row of the TVA table (HT 2,14 + TVA 0,04
 *   = 2,18) is taken for the sums; the TOTAL A PAYER 39,81 is not.
 * - fr-peage-ticket-incline.jpg invoiceDate, total, subtotal, tax, documentType: tilted 9° with the
 *   values in a right column: date read as 2055-08-02, total 10,33 (the HT), tax 0, called an invoice.
 * - de-restaurant-trinkgeld.jpg total, currency, documentType: the "Summe" 76,50 before the tip, not
 *   the paid "Gesamt" 81,10; no currency (none is printed); called an invoice.
 * - fr-restaurant-pourboire.jpg total: TOTAL TTC 63,50 before the tip, not the card slip's TOTAL
 *   68,50 (POURBOIRE 5,00 included), at 0.99 and unflagged.
 * - de-baumarkt-langer-bon.jpg subtotal, tax: subtotal 5,99 (a line's price), no tax from the
 *   one-line "MwSt 1 19% <net> <tax>" summary.
 */
const SHORT: Record<string, string[]> = {
  'de-steuerbuero-nr-slash.pdf': ['dueDate'],
  'de-stromrechnung-abschlaege.pdf': ['dueDate'],
  'de-summenbox-rechts.pdf': ['subtotal', 'tax'],
  'fr-facture-loyer-trimestre.pdf': ['dueDate'],
  'fr-abonnement-logiciel-payee.pdf': ['dueDate'],
  'pt-fatura-atcud.pdf': ['invoiceNumber'],
  'fr-facture-plombier-scannee.pdf': ['subtotal'],
  'de-rechnung-handyfoto.jpg': ['total', 'tax'],
  'fr-pharmacie-ticket.jpg': ['total', 'subtotal', 'tax'],
  'fr-peage-ticket-incline.jpg': ['invoiceDate', 'total', 'subtotal', 'tax', 'documentType'],
  'de-restaurant-trinkgeld.jpg': ['total', 'currency', 'documentType'],
  'fr-restaurant-pourboire.jpg': ['total'],
  'de-baumarkt-langer-bon.jpg': ['subtotal', 'tax'],
};

/** Wrong core field, not flagged needsReview: the tip receipt's pre-tip total at 0.99. */
const UNFLAGGED = ['fr-restaurant-pourboire.jpg'];

sweepSuite('seventh held-out sweep: German and French software layouts, utility bills, it/es/nl/pt, scan, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep7'), { short: SHORT, unflagged: UNFLAGGED });
