/**
 * The sixth held-out sweep (fixtures/sweep6, made by scripts/make-sweep6-fixtures.mjs), now a
 * regression set: German (DE/AT/CH) and French (FR/BE/CH) invoices of small businesses (craftsman
 * with § 35a, § 19 UStG, reverse charge, Skonto, GOÄ, hotel 7/19 %, Austrian "Jänner", Swiss
 * QR-bills, two pages with Übertrag, shop with voucher and shipping, Storno, direct debit,
 * auto-entrepreneur, acompte, honoraires, Belgian structured communication, net à payer after a
 * deposit, remise and frais de port, avoir, note de crédit, three VAT rates), a scanned PDF, a fax
 * PNG, a phone photo and five till receipts (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in the results after branch G15 (the sweep's causes fixed; 17 -> 28 of 30 fully right):
 * - de-rechnung-fax.png invoiceDate: OCR reads the invoice's date as "04.11.2023" (the year misread);
 *   the fax header's date (06.11.2025, the transmission's) is no candidate, and the fax contradicts
 *   the misread date, so it is given at 0.5 (flagged).
 * - fr-facture-photo.jpg: OCR reads the date "17/10/2025" as "1711012025" (no date), so the due date
 *   (Échéance) is given as the invoice date at 0.5 (flagged); the shadowed totals block reads
 *   "UE 147400€" and "TVA20% 294B0¢" (no amounts), so no subtotal or tax.
 */
const SHORT: Record<string, string[]> = {
  'de-rechnung-fax.png': ['invoiceDate'],
  'fr-facture-photo.jpg': ['invoiceDate', 'subtotal', 'tax'],
};

sweepSuite('sixth held-out sweep: German and French small-business invoices, scans, fax, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep6'), { short: SHORT, unflagged: [] });
