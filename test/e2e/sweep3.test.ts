/**
 * The third held-out sweep (fixtures/sweep3, made by scripts/make-sweep3-fixtures.mjs), now a
 * regression set: 23 text PDFs in 11 languages (two-column heads, boxed totals grids, every
 * thousands convention, Indian lakh grouping, Danish, Swedish and Czech invoices, credit notes), a
 * turned scan and four thermal till receipts read by OCR, through the real CLI. Per document every
 * field of truth.json must come out right, except the fields listed in SHORT, and a document with a
 * core field not right must be flagged needsReview, except the ones listed in UNFLAGGED.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks):
 * - fr-ca-facture-tps-tvq.pdf tax, currency and en-nz-tax-invoice.pdf currency: a `$` beside the
 *   amounts while the page names the country's dollar ("dollars canadiens", "Total NZD"), and the
 *   tax as the sum of two printed tax lines (TPS + TVQ): causes of the second sweep, fixed on
 *   another branch (G7); remove these entries when it is merged.
 * - nl-kassabon.jpg currency: the receipt prints no currency sign or code anywhere (flagged).
 */
const SHORT: Record<string, string[]> = {
  'fr-ca-facture-tps-tvq.pdf': ['tax', 'currency'],
  'en-nz-tax-invoice.pdf': ['currency'],
  'nl-kassabon.jpg': ['currency'],
};

/** The NZ invoice's USD (for NZD) is given at 0.97 and not flagged: the same cause as above (G7). */
const UNFLAGGED = ['en-nz-tax-invoice.pdf'];

sweepSuite('third held-out sweep: Nordic, Czech, Indian, Swiss, Brazilian invoices, credit notes, receipts (real CLI)', join(ROOT, 'fixtures/sweep3'), { short: SHORT, unflagged: UNFLAGGED });
