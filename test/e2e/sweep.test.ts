/**
 * The two stress sweeps (fixtures/sweep and fixtures/sweep2, made by scripts/make-sweep-fixtures.mjs
 * and scripts/make-sweep2-fixtures.mjs) through the real CLI: invoices and credit notes in eight
 * languages and several countries' conventions, and German, French, Spanish and English till
 * receipts read by OCR. One `submit` per folder; then, per document, every field of truth.json must
 * come out right, except the known shortfalls (what the extractor does not get today, and why), and a
 * document with any core field not right must be flagged needsReview: the result says honestly where
 * it may be wrong.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The two sweeps (both regression sets now: the extractor was fixed on their documents, see
 * fixtures/README.md), each with the fields not extracted right today, per document (kept honest:
 * the test fails when one of them comes out right, so the list shrinks with the extractor).
 * (None today. fr-ticket-especes.jpg prints no currency sign or code anywhere; its five-digit
 * postcode and "TVA" say France, not Switzerland (four digits): EUR as a hint, at a tie's confidence,
 * so the receipt is still flagged.)
 */
const SWEEPS: Array<{ dir: string; short: Record<string, string[]> }> = [
  { dir: 'fixtures/sweep', short: {} },
  { dir: 'fixtures/sweep2', short: {} },
];

for (const { dir, short } of SWEEPS) sweepSuite(`held-out sweep ${dir}: many languages, credit notes, thermal receipts (real CLI)`, join(ROOT, dir), { short });
