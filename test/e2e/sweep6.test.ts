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
 * none since branch G33 (30 of 30): `de-rechnung-fax.png`'s date (OCR read its year "2023") and
 * `fr-facture-photo.jpg`'s subtotal and tax (its shadowed totals block read "UE 147400€") come
 * right from PaddleOCR's reading, which their doubtful dates now ask for (fields/look.ts dateAsksPaddle).
 */
const SHORT: Record<string, string[]> = {};
sweepSuite('sixth held-out sweep: German and French small-business invoices, scans, fax, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep6'), { short: SHORT, unflagged: [] });
