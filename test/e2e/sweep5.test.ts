/**
 * The fifth held-out sweep (fixtures/sweep5, made by scripts/make-sweep5-fixtures.mjs), now a
 * regression set: a marketplace invoice, car repair, VAT-exempt dental, a lawyer's fee note, a
 * progress invoice, a correction, a browser print, rule-less columns, a letterhead reference line,
 * Estonian, Latvian, Lithuanian, Slovenian, Croatian, Turkish and Catalan invoices, Polish and Dutch
 * credit notes, two scanned PDFs, a photo and four till receipts (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks):
 * - lt-saskaita.pdf invoice number: "Serija NL Nr. 004512" is given as `NL 004512` (series, space,
 *   number, as the Romanian "Seria BVX Nr. 000417" of fixtures/sweep4 is cited); the truth writes
 *   `NL004512`. Both countries cite the pair either way and the page prints it nowhere else, so no
 *   rule decides it. Flagged since branch G25 (0.50: a number joined from a series and a number the
 *   page prints apart is a guess at its spelling); it was unflagged at 0.99.
 * (Came right: the lawyer's court fee outside VAT, the browser's print header date, the Latvian date
 * in words, the Polish correction's tax, the US slip's currency by its address, the card-paid slips'
 * type.)
 */
const SHORT: Record<string, string[]> = {
  'lt-saskaita.pdf': ['invoiceNumber'],
};

sweepSuite('fifth held-out sweep: Baltic, South Slavic, Turkish, Catalan, scans, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep5'), { short: SHORT, unflagged: [] });
