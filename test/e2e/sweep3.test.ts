/**
 * The third held-out sweep (fixtures/sweep3, made by scripts/make-sweep3-fixtures.mjs), now a
 * regression set: 23 text PDFs in 11 languages (two-column heads, boxed totals grids, every
 * thousands convention, Indian lakh grouping, Danish, Swedish and Czech invoices, credit notes), a
 * turned scan and four thermal till receipts read by OCR, through the real CLI. Per document every
 * field of truth.json must come out right, except the fields listed in SHORT, and a document with a
 * core field not right must be flagged needsReview.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks):
 * (none left: nl-kassabon.jpg's currency, printed nowhere, is EUR since branch G25 from its "BTW", a
 * name for VAT only euro countries print, as a hint at 0.50: still flagged.)
 */
const SHORT: Record<string, string[]> = {};

sweepSuite('third held-out sweep: Nordic, Czech, Indian, Swiss, Brazilian invoices, credit notes, receipts (real CLI)', join(ROOT, 'fixtures/sweep3'), { short: SHORT });
