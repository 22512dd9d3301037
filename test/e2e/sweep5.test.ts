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
 * - de-anwalt-kostennote.pdf subtotal and tax: a court fee outside VAT stands between the net and the total.
 * - en-browser-printed-invoice.pdf invoice date: the browser's print header date is taken (flagged).
 * - lv-rekins.pdf invoice date: written in words ("2025. gada 5. marts"), not read; the due date is
 *   given in its place at 0.5 (a conflict: flagged).
 * - lt-saskaita.pdf invoice number: "Serija NL Nr. 004512" is given as `NL 004512` (series, space,
 *   number, as for Romanian series); the truth writes `NL004512`. Unflagged at 0.99: the same
 *   identifier in another spacing.
 * - pl-faktura-korygujaca.pdf tax: the correction's negative VAT lines give no tax.
 * - en-us-gas-station-receipt.jpg currency: no sign or code printed (flagged).
 * - en-uk-supermarket-receipt.jpg, en-ca-coffee-receipt.jpg type: paid by card with no cash or
 *   change and few till words, typed invoice (totals right).
 */
const SHORT: Record<string, string[]> = {
  'de-anwalt-kostennote.pdf': ['subtotal', 'tax'],
  'en-browser-printed-invoice.pdf': ['invoiceDate'],
  'lv-rekins.pdf': ['invoiceDate'],
  'lt-saskaita.pdf': ['invoiceNumber'],
  'pl-faktura-korygujaca.pdf': ['tax'],
  'en-us-gas-station-receipt.jpg': ['currency'],
  'en-uk-supermarket-receipt.jpg': ['documentType'],
  'en-ca-coffee-receipt.jpg': ['documentType'],
};

sweepSuite('fifth held-out sweep: Baltic, South Slavic, Turkish, Catalan, scans, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep5'), { short: SHORT, unflagged: ['lt-saskaita.pdf'] });
