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
 * 19/30 fully right: fixtures/README.md), and after branch G37 (2026-12-07; 21/30: the rail
 * ticket's date (the journey's "Hinfahrt am") and type (receipt, though its block is headed
 * "Rechnung"), and the numbers in digit groups ("4471" of "6002 4471 8821", "2345" of
 * "10 2345 678 901") fixed; no unflagged wrong core field left):
 * - de-at-kfz-praemienvorschreibung.pdf: tax 28.56 (the monthly motor insurance tax) where no VAT is
 *   charged.
 * - de-kita-elternbeitrag.pdf: tax 0 where the exempt bill prints none (truth null; debatable).
 * - de-taxi-quittung-block.jpg: the pad's "Nr. 0394" as invoice number, typed invoice, not receipt.
 * - fr-e-billet-train-aller-retour.pdf: typed invoice, not receipt.
 * - fr-quittance-de-loyer.pdf: date 2026-03-02 (the payment date) for "Fait à Rennes, le 3 mars
 *   2026", due date 2026-03-03 where none is printed, typed invoice, not receipt.
 * - fr-facture-cantine-periscolaire.pdf: tax 14.4 (the périscolaire line's amount) where the bill
 *   is not subject to VAT.
 * Right since branch G39: the electricity bill's subtotal (Total HT 326,59, the 1,00 donation outside
 * VAT kept out; the bill is now flagged, its arithmetic check not counting the donation listed above
 * the net line), the hotel scan's subtotal and tax (Total HT / Total TVA, the VAT table's sums), the
 * Croatian bill's tax (its PDV 13 % and 25 % rows, each over two lines, summed: 47,12).
 */
const SHORT: Record<string, string[]> = {
  'de-at-kfz-praemienvorschreibung.pdf': ['tax'],
  'de-kita-elternbeitrag.pdf': ['tax'],
  'de-taxi-quittung-block.jpg': ['invoiceNumber', 'documentType'],
  'fr-e-billet-train-aller-retour.pdf': ['documentType'],
  'fr-quittance-de-loyer.pdf': ['invoiceDate', 'dueDate', 'documentType'],
  'fr-facture-cantine-periscolaire.pdf': ['tax'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer): none since G37. */
const UNFLAGGED: string[] = [];

sweepSuite('seventeenth held-out sweep: travel and expense receipts, household bills (DE/FR), Croatian, Greek, Slovenian, receipts and scans (real CLI)', join(ROOT, 'fixtures/sweep17'), { short: SHORT, unflagged: UNFLAGGED });
