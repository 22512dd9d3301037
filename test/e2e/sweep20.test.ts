/**
 * The twentieth held-out sweep (fixtures/sweep20, made by scripts/make-sweep20-fixtures.mjs),
 * written blind: a small firm's shoebox of paper, German- and French-language, and text PDFs from
 * hospitality, events, transport and logistics, agriculture, associations and education (a
 * forwarder's freight invoice with CMR and Maut surcharge; a courier's monthly statement; coach
 * hire; an event caterer's final invoice deducting an already invoiced Anzahlung; venue hire at 10 %
 * and 20 %; a farm's direct sale at 5.5 % and 20 %; seminar fees exempt under § 4 Nr. 21 UStG; a
 * sports club's membership invoice without VAT; a language school; a car rental with fuel and a
 * non-taxable damage line; Belgian, Luxembourg and Swiss invoices; a Zahlungserinnerung restating an
 * invoice; Dutch and Italian invoices) and twelve images (a fuel station receipt with a Bewirtung block,
 * a restaurant bill with a hand-written tip and total, a Swiss parking ticket, a Luxembourg pharmacy,
 * a Swiss bakery, a hardware store paid in cash, a hotel folio scanned at 150 dpi turned 1.6°, a
 * faded thermal receipt, a carbon-copy Quittung form, a phone photo under uneven light, a 1-bit fax
 * with a cover block, a Belgian bookshop), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on main 8c32017 (2026-12-07, held out, before any fix;
 * 15/28 fully right: fixtures/README.md, "Twentieth held-out sweep"), after G45's fixes (dates of a
 * hire, a form's "Ort / Datum", a reminder's title beside the letterhead, "Zahlung bis:") and the
 * truths aligned with the earlier sweeps' conventions (19/28):
 * - (fr-messagerie-releve-mensuel.pdf: no dueDate, "Échéance" in a row of labels above values, its
 *   value pushed to the next line: right since G46, the heading left without a value is its own.)
 * - (de-catering-schlussrechnung-anzahlung.pdf: subtotal and tax of the Restbetrag after the deducted
 *   Anzahlung, not the Gesamtleistung netto and its USt (the truth follows sweep6's deposit convention):
 *   right since G46, the labelled pair before the total that makes it wins over the remainder's.)
 * - (fr-lu-transport-frigorifique.pdf: no currency; since G43's euro-vat-id.ts EUR at 0.5 from its LU VAT number, flagged.)
 * - fr-hotel-folio-scan-150dpi-incline.jpg: subtotal = "Total HT" without the taxe de séjour
 *   (debatable truth: total − tax, as earlier hotel folios).
 * - fr-photo-facture-fleuriste-lumiere.jpg: no dueDate (OCR does not read the "À régler avant le
 *   25 mars 2026" sentence).
 * - de-quittung-durchschlag-formular.jpg: no number ("Nr." of the form), no subtotal or tax (boxed
 *   "Netto" / "+ 19 % MwSt.").
 * - fr-ch-boulangerie-ticket.jpg: subtotal 18.50 and no tax ("TVA 1 2.6% incl." rows).
 * - de-kiosk-thermobon-verblasst.png: tax 2.00 for 1.99 (faded thermal print).
 * - fr-be-librairie-ticket.jpg: no subtotal or tax (VAT table "TVA Base HT TVA Total").
 * - fr-restaurant-addition-pourboire-manuscrit.jpg: subtotal 74.55 @0.96 for the printed "Total HT"
 *   72,22 (TOTAL TTC 80,60 less the first "dont TVA 10%" row, 6,05, though the tax given is both rows'
 *   8,38; the first look reads "72,22" as "12,24"). Listed since 2026-12-08, when its truth was set to
 *   the printed value: the 74.55 in truth.json had been the extractor's output.
 */
const SHORT: Record<string, string[]> = {
  'fr-restaurant-addition-pourboire-manuscrit.jpg': ['subtotal'],
  'fr-hotel-folio-scan-150dpi-incline.jpg': ['subtotal'],
  'fr-photo-facture-fleuriste-lumiere.jpg': ['dueDate'],
  'de-quittung-durchschlag-formular.jpg': ['invoiceNumber', 'subtotal', 'tax'],
  'fr-ch-boulangerie-ticket.jpg': ['subtotal', 'tax'],
  'de-kiosk-thermobon-verblasst.png': ['tax'],
  'fr-be-librairie-ticket.jpg': ['subtotal', 'tax'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer): none on main 8c32017, none after G45. */
const UNFLAGGED: string[] = [];

sweepSuite('twentieth held-out sweep: a small firm\'s shoebox of scanned and photographed paper and invoices from hospitality, events, transport, agriculture, associations and education (DE/FR, NL, IT; BE, LU, CH) (real CLI)', join(ROOT, 'fixtures/sweep20'), { short: SHORT, unflagged: UNFLAGGED });
