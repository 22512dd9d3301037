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
 * Right since branch G44 (the truths of pages with no VAT aligned with the earlier sweeps and the EN 16931
 *   insurance samples' XML: tax 0, subtotal = total): the Kita bill's tax 0 and net; the motor insurance
 *   notice's and the home insurance notice's tax 0 and net (an insurance tax is no VAT: insurance-tax.ts;
 *   Austria's "§ 6 Abs. 1 Z 9 lit. c UStG" and a net "hors taxes" line no longer stop exempt.ts); the
 *   canteen bill's tax 0 and net ("non soumises à TVA", the article left out, is a no-VAT statement).
 * - de-taxi-quittung-block.jpg: the pad's "Nr. 0394" as invoice number (0.73 since G40, flagged); typed
 *   receipt since G40 (no invoice word, a fare label "Fahrpreis").
 * Right since G40: the e-billet's type (receipt: no invoice word, "Total payé"), and the quittance de
 *   loyer's type (a receipt form: "Quittance", "déclare avoir reçu"), date (the signing date "Fait à
 *   Rennes, le 3 mars 2026", not the payment date) and due date (none).
 * Right since branch G39: the electricity bill's subtotal (Total HT 326,59, the 1,00 donation outside
 * VAT kept out; the bill is now flagged, its arithmetic check not counting the donation listed above
 * the net line), the hotel scan's subtotal and tax (Total HT / Total TVA, the VAT table's sums), the
 * Croatian bill's tax (its PDV 13 % and 25 % rows, each over two lines, summed: 47,12).
 */
const SHORT: Record<string, string[]> = {
  'de-taxi-quittung-block.jpg': ['invoiceNumber'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer): none since G37. */
const UNFLAGGED: string[] = [];

sweepSuite('seventeenth held-out sweep: travel and expense receipts, household bills (DE/FR), Croatian, Greek, Slovenian, receipts and scans (real CLI)', join(ROOT, 'fixtures/sweep17'), { short: SHORT, unflagged: UNFLAGGED });
