/**
 * The eighth held-out sweep (fixtures/sweep8, made by scripts/make-sweep8-fixtures.mjs), written blind
 * on main a36459f: German insurance premium, tax adviser (StBVV), car workshop with Altteilsteuer,
 * Sammelrechnung, travel booking at 7 % / 19 %, club fee, BEZAHLT stamp, "Leipzig, den …", number in
 * the subject, Swiss Rappen rounding; French HT/TVA/TTC in one row, retenue de garantie, two pages with
 * "A reporter", PAYÉ stamp, Luxembourg 17 % / 3 %, hotel with taxe de séjour, export in USD; Swedish,
 * Czech and Polish invoices; a two-page scan, a pale photocopy, a phone photo on a table and seven till
 * receipts (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right on main a36459f (as seen in docparse's JSON output; the test fails when
 * one comes out right, so the list shrinks):
 * - fr-photocopie-pale.jpg: the pale copy's number is not found, and its amounts come out x100
 *   (total 133440 for "1 334,40 €", subtotal 111200, tax 22240).
 * - de-handyfoto-tisch.jpg: number "Ks-25-214" (OCR case) for KS-25-214.
 * - fr-be-cafe-ticket.jpg: total 17, subtotal 15.18, tax 1.82 from the B 12 % row of the TVA table
 *   (TOTAL EUR 25,80 not read).
 */
const SHORT: Record<string, string[]> = {
  'fr-photocopie-pale.jpg': ['invoiceNumber', 'total', 'subtotal', 'tax'],
  'de-handyfoto-tisch.jpg': ['invoiceNumber'],
  'fr-be-cafe-ticket.jpg': ['total', 'subtotal', 'tax'],
};

// Every document with a wrong core field is flagged needsReview today: no unflagged list.
sweepSuite('eighth held-out sweep: German and French kinds, sv/cs/pl, scans, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep8'), { short: SHORT });
