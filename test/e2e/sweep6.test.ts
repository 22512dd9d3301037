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
 * as observed in the results on main 0b5cba9:
 * - de-kleinunternehmer-19ustg.pdf, fr-auto-entrepreneur-293b.pdf subtotal/tax: no VAT charged
 *   (§ 19 UStG, art. 293 B du CGI); the truth is tax 0 and subtotal = total, none is given.
 * - de-arztrechnung-goae.pdf: due date only in a sentence ("bis zum 25.06.2025"), not read; VAT-exempt
 *   (§ 4 Nr. 14 UStG), no subtotal or tax given.
 * - de-at-tischlerei-rechnung.pdf: the seller's UID-Nr. (ATU…) is given as the number ("Rechnung
 *   Nr. 2025/041" is the title); the date is printed only as "Graz, am 28. Jänner 2025", the offer's
 *   date (02.12.2024) is taken instead (both flagged).
 * - de-onlineshop-rabatt-versand.pdf: the order date (Bestelldatum) is taken, not the Rechnungsdatum (flagged).
 * - de-stornorechnung.pdf: the cancelled invoice's number ("zur Rechnung") is taken, not the Storno-Nr. (flagged).
 * - de-telekom-lastschrift.pdf: the direct-debit date ("buchen wir am 06.10.2025 ab") is not read as due date.
 * - fr-note-honoraires-architecte.pdf: the architect's Ordre registration number is taken, not the
 *   number in the title "NOTE D'HONORAIRES N° 2025-18" (flagged).
 * - fr-traiteur-multi-taux.pdf tax: one rate's VAT of the breakdown (3,71) is given, not "Total TVA" (flagged).
 * - de-rechnung-gescannt.pdf tax: not read from the scan.
 * - de-rechnung-fax.png: the fax header's number and date are taken (flagged); tax not read.
 * - fr-facture-photo.jpg: the due date is given as invoice date (OCR misreads the date; flagged);
 *   subtotal and tax not read from the shadowed side.
 * - de-ch-kassenzettel.jpg tax: one rate's MWST of two (flagged).
 */
const SHORT: Record<string, string[]> = {
  'de-kleinunternehmer-19ustg.pdf': ['subtotal', 'tax'],
  'de-arztrechnung-goae.pdf': ['dueDate', 'subtotal', 'tax'],
  'de-at-tischlerei-rechnung.pdf': ['invoiceNumber', 'invoiceDate'],
  'de-onlineshop-rabatt-versand.pdf': ['invoiceDate'],
  'de-stornorechnung.pdf': ['invoiceNumber'],
  'de-telekom-lastschrift.pdf': ['dueDate'],
  'fr-auto-entrepreneur-293b.pdf': ['tax'],
  'fr-note-honoraires-architecte.pdf': ['invoiceNumber'],
  'fr-traiteur-multi-taux.pdf': ['tax'],
  'de-rechnung-gescannt.pdf': ['tax'],
  'de-rechnung-fax.png': ['invoiceNumber', 'invoiceDate', 'tax'],
  'fr-facture-photo.jpg': ['invoiceDate', 'subtotal', 'tax'],
  'de-ch-kassenzettel.jpg': ['tax'],
};

sweepSuite('sixth held-out sweep: German and French small-business invoices, scans, fax, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep6'), { short: SHORT, unflagged: [] });
