/**
 * The held-out stress sweep (fixtures/sweep, made by scripts/make-sweep-fixtures.mjs) through the real
 * CLI: invoices and credit notes in Italian, Portuguese, Polish, Dutch, Swiss German and French,
 * Austrian, Belgian, French, Spanish and German, and German and French thermal till receipts read by
 * OCR. One `submit` over the folder; then, per document, every field of truth.json must come out
 * right, except the fields listed in SHORT (what the extractor does not get today, and why), and a
 * document with any core field not right must be flagged needsReview: the result says honestly where
 * it may be wrong.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today, per document (kept honest: the test fails when one of them
 * comes out right, so the list shrinks with the extractor).
 * - fr-ticket-especes.jpg currency: the receipt prints no currency sign or code anywhere; nothing on
 *   it says euro rather than Swiss franc, so no currency is given (and the receipt is flagged).
 */
const SHORT: Record<string, string[]> = { 'fr-ticket-especes.jpg': ['currency'] };

sweepSuite('held-out sweep: many languages, credit notes, thermal receipts (real CLI)', join(ROOT, 'fixtures/sweep'), { short: SHORT });
