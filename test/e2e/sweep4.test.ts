/**
 * The fourth held-out sweep (fixtures/sweep4, made by scripts/make-sweep4-fixtures.mjs), now a
 * regression set: a SaaS invoice paid by card, utility bills, a hotel folio with a tax summary, a
 * freight invoice full of references, a summary box on top, landscape and three-page invoices, a
 * USD invoice with its EUR equivalent, a Swiss QR-bill, a typewriter invoice, Finnish, Romanian,
 * Hungarian, Slovak and Luxembourg documents, credit notes, three thermal receipts and two scans
 * (the last five read by OCR), through the real CLI. Per document every field of truth.json must
 * come out right, except the fields listed in SHORT, and a document with a core field not right
 * must be flagged needsReview.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks):
 * - fr-ticket-pharmacie.jpg invoice date: OCR reads the date `13/63/2025` (flagged). Its total
 *   (a speck before it read as a `1`: 119,48 for 19,48) is right since the second reading of
 *   doubtful receipts with thickened ink (src/extract/second-look.ts: 19,48 at 0.89, flagged; at 0.78
 *   since the third reading, its date still missing after it; at 0.84 since the fourth, page
 *   segmentation 4, which reads no date either).
 *   (Its type is right: the till cues of doctype.ts make it a receipt.)
 */
const SHORT: Record<string, string[]> = {
  'fr-ticket-pharmacie.jpg': ['invoiceDate'],
};

sweepSuite('fourth held-out sweep: bills, folio, USD with EUR equivalent, Finnish, Romanian, Hungarian, receipts (real CLI)', join(ROOT, 'fixtures/sweep4'), { short: SHORT });
