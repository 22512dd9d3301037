/**
 * The nineteenth held-out sweep (fixtures/sweep19, made by scripts/make-sweep19-fixtures.mjs),
 * written blind: goods in a small retailer's or workshop's purchase folder, German- and
 * French-language (a wholesaler's three-page invoice with Übertrag rows, line discounts, Rabatt,
 * freight, packaging and a Mindermengenzuschlag; a two-page facture with "À reporter" / "Report";
 * crate deposits (Pfand, consigne); a Lieferschein/Rechnung; partial deliveries referring to an order
 * and a delivery note; webshop and marketplace invoices with VAT-inclusive prices, shipping and
 * vouchers; digital goods under OSS; a subscription box; a Rechnungskorrektur and a facture
 * rectificative; pro-forma invoices; Swiss suppliers in CHF with a EUR equivalent), a UK supplier in
 * GBP, a US SaaS invoice in USD, Polish, Czech and Swedish suppliers, and five image documents (a
 * black-and-white fax with streaks, a scanned packing-slip invoice, a phone photo, a low-resolution webshop
 * screenshot, a scanned two-page invoice as a PDF of page images), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on main f840ee7 (2026-12-07, held out, before any fix;
 * 21/29 fully right: fixtures/README.md):
 * - de-ch-lieferant-chf-mwst81.pdf: currency EUR (a note prints the EUR equivalent; "Total CHF").
 * - de-fax-grosshandel.png: no due date ("Fällig" in the meta column of a black-and-white fax).
 * - fr-facture-rectificative.pdf: invoiceDate = the replaced invoice's date ("annule et remplace …
 *   du 09/02/2026").
 * - fr-scan-2pages-facture.pdf: no invoiceDate and no dueDate ("Date" / "Échéance" in the meta column
 *   of the scanned first page).
 * - en-gb-supplier-gbp-export.pdf, en-us-saas-usd-novat.pdf: currency EUR (a EUR equivalent in a note;
 *   "Total due GBP" / "Amount due USD").
 * Fixed by G43 (2026-12-07): de-at-rechnungskorrektur.pdf's documentType (a corrected invoice that does
 * not refund is an invoice, as EN 16931's 384) and fr-be-fournisseur-remise-consigne.pdf's subtotal (the
 * later net that adds up with the tax to the total): 27/29 fully right.
 */
const SHORT: Record<string, string[]> = {
  'de-fax-grosshandel.png': ['dueDate'],
  'fr-scan-2pages-facture.pdf': ['invoiceDate', 'dueDate'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer). */
const UNFLAGGED: string[] = [];

sweepSuite('nineteenth held-out sweep: goods from wholesalers, webshops and suppliers across Europe in several currencies (DE/FR, EN, PL, CS, SV; faxes, scans, photo, screenshot) (real CLI)', join(ROOT, 'fixtures/sweep19'), { short: SHORT, unflagged: UNFLAGGED });
