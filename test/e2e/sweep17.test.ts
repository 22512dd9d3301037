/**
 * The seventeenth held-out sweep (fixtures/sweep17, made by scripts/make-sweep17-fixtures.mjs),
 * written blind: an employee's travel and expense receipts and a household's recurring bills,
 * German- and French-language (hotel folios with Kurtaxe / taxe de séjour and a deposit, a rail
 * ticket with its Rechnung, an e-billet, car rentals with a deposit and a fuel charge, a conference
 * fee, an Austrian electricity settlement with Teilbeträge, a French electricity bill at 5.5 / 20 %
 * with a donation outside VAT, a water bill at 5.5 / 10 %, telecom bills with a debit date,
 * insurance premiums with insurance tax (not VAT), a quittance de loyer, Kita and canteen bills,
 * subscription renewals), a Croatian hotel bill, a Greek mobile bill, a Slovenian e-vignette, and
 * eight images (till receipts, a hand-filled taxi Quittung, a hotel scan, a tilted bill photo),
 * through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on main 1bdc033 (2026-12-07, held out, before any fix;
 * 19/30 fully right: fixtures/README.md):
 * - de-bahn-onlineticket-rechnung.pdf: date 2026-03-14 (the journey's "Hinfahrt am") for the
 *   Rechnungsdatum 02.03.2026 (UNFLAGGED); typed receipt though its block is headed "Rechnung".
 * - de-at-strom-jahresabrechnung-nachzahlung.pdf: number "4471" (one group of "6002 4471 8821").
 * - de-at-kfz-praemienvorschreibung.pdf: tax 28.56 (the monthly motor insurance tax) where no VAT is
 *   charged.
 * - de-kita-elternbeitrag.pdf: tax 0 where the exempt bill prints none (truth null; debatable).
 * - de-taxi-quittung-block.jpg: the pad's "Nr. 0394" as invoice number, typed invoice, not receipt.
 * - fr-e-billet-train-aller-retour.pdf: typed invoice, not receipt.
 * - fr-facture-electricite-5-5-20-don.pdf: number "2345" (one group of "10 2345 678 901")
 *   (UNFLAGGED); subtotal 327.59 (Total HT 326,59 plus the 1,00 donation outside VAT).
 * - fr-quittance-de-loyer.pdf: date 2026-03-02 (the payment date) for "Fait à Rennes, le 3 mars
 *   2026", due date 2026-03-03 where none is printed, typed invoice, not receipt.
 * - fr-facture-cantine-periscolaire.pdf: tax 14.4 (the périscolaire line's amount) where the bill
 *   is not subject to VAT.
 * - fr-hotel-facture-scan-200dpi.jpg: subtotal 12.5 and tax 2.5 (the 20 % row of the VAT table)
 *   for Total HT 312,50 and Total TVA 32,50.
 * - hr-hotelski-racun-boravisna-pristojba.pdf: no tax (PDV 13 % and PDV 25 % printed as two rows).
 */
const SHORT: Record<string, string[]> = {
  'de-bahn-onlineticket-rechnung.pdf': ['invoiceDate', 'documentType'],
  'de-at-strom-jahresabrechnung-nachzahlung.pdf': ['invoiceNumber'],
  'de-at-kfz-praemienvorschreibung.pdf': ['tax'],
  'de-kita-elternbeitrag.pdf': ['tax'],
  'de-taxi-quittung-block.jpg': ['invoiceNumber', 'documentType'],
  'fr-e-billet-train-aller-retour.pdf': ['documentType'],
  'fr-facture-electricite-5-5-20-don.pdf': ['invoiceNumber', 'subtotal'],
  'fr-quittance-de-loyer.pdf': ['invoiceDate', 'dueDate', 'documentType'],
  'fr-facture-cantine-periscolaire.pdf': ['tax'],
  'fr-hotel-facture-scan-200dpi.jpg': ['subtotal', 'tax'],
  'hr-hotelski-racun-boravisna-pristojba.pdf': ['tax'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer). */
const UNFLAGGED: string[] = ['de-bahn-onlineticket-rechnung.pdf', 'fr-facture-electricite-5-5-20-don.pdf'];

sweepSuite('seventeenth held-out sweep: travel and expense receipts, household bills (DE/FR), Croatian, Greek, Slovenian, receipts and scans (real CLI)', join(ROOT, 'fixtures/sweep17'), { short: SHORT, unflagged: UNFLAGGED });
