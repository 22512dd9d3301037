/**
 * The sixteenth held-out sweep (fixtures/sweep16, made by scripts/make-sweep16-fixtures.mjs),
 * written blind: the tax regimes, trades and long documents of German and French folders
 * (Kleinunternehmer, intra-EU supplies, reverse charge and autoliquidation, 293 B, GOZ / GOÄ / TARMED
 * bills, RVG and StBVV fee notes with advances deducted, a § 35a craftsman's bill with Skonto, a
 * Betriebskostenabrechnung, a syndic's appel de fonds, notaire and avocat notes with débours, three
 * pages with "Übertrag", a totals block alone on page 2, Austrian 10/13/20 %, Swiss 3.8/8.1 %),
 * Lithuanian, Swiss Italian and an Italian ritenuta d'acconto, three scans, a phone photo and a
 * hand-filled Quittung (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on main 7bab5e0 (held out, no cause fixed):
 * - de-nebenkostenabrechnung-nachzahlung.pdf: number "04-117" (the Mieter-Nr.) where the settlement
 *   has none; subtotal 2184 (the Grundsteuer row's Gesamtkosten) and tax 280.14 (its share) where it
 *   shows no VAT at all (flagged).
 * - fr-expert-comptable-totaux-page-2.pdf: with the totals block alone on page 2, "8 829,60 €" is read
 *   829.6, "7 358,00 €" 7 and "1 471,60 €" 471.6: the space-grouped thousands are cut off (flagged).
 * - fr-syndic-appel-de-fonds.pdf: "Date d'exigibilité : 01/01/2026" not taken as the due date; tax 9320
 *   (the ALUR fund's "5 % du budget" row's budget amount) where the call shows no VAT.
 * - fr-be-autoliquidation-cocontractant.pdf: tax 38 (the first line's unit price "38,00 €") where the
 *   autoliquidation invoice prints no VAT amount ("TVA autoliquidation") (flagged).
 * - fr-lu-avocat-honoraires-provision.pdf: total 4381.65 (the fees' TVAC) for the note's total 4604.85
 *   with the débours (not flagged).
 * - it-parcella-ritenuta-acconto.pdf: subtotal 1621.5 (the "Netto a pagare" after the ritenuta) for
 *   the Imponibile 1575 (flagged).
 * - de-quittung-dachdecker-handschrift.jpg: typed invoice, not receipt (a hand-filled Quittung).
 * - de-kleinunternehmer-hausmeister-scan-200dpi.pdf: number "05151" (the phone number's area code in
 *   the letterhead) for HB-2026-004, no subtotal (not flagged).
 * - fr-micro-entrepreneur-293b-scan-240dpi.pdf: number 2026-004 missing (flagged).
 * - fr-be-peintre-6-21-scan-200dpi.pdf: number "04555" (the phone number) for PL-26-0047; total 1907
 *   (Total HTVA) for the TVAC 2073.44, subtotal 1560.2 (the 6 % base printed "TVA 6 % sur …"), tax
 *   346.8 (the 21 % base) (flagged).
 */
const SHORT: Record<string, string[]> = {
  'de-nebenkostenabrechnung-nachzahlung.pdf': ['invoiceNumber', 'subtotal', 'tax'],
  'fr-expert-comptable-totaux-page-2.pdf': ['total', 'subtotal', 'tax'],
  'fr-syndic-appel-de-fonds.pdf': ['dueDate', 'tax'],
  'fr-be-autoliquidation-cocontractant.pdf': ['tax'],
  'fr-lu-avocat-honoraires-provision.pdf': ['total'],
  'it-parcella-ritenuta-acconto.pdf': ['subtotal'],
  'de-quittung-dachdecker-handschrift.jpg': ['documentType'],
  'de-kleinunternehmer-hausmeister-scan-200dpi.pdf': ['invoiceNumber', 'subtotal'],
  'fr-micro-entrepreneur-293b-scan-240dpi.pdf': ['invoiceNumber'],
  'fr-be-peintre-6-21-scan-200dpi.pdf': ['invoiceNumber', 'total', 'subtotal', 'tax'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer). */
const UNFLAGGED = ['fr-lu-avocat-honoraires-provision.pdf', 'de-kleinunternehmer-hausmeister-scan-200dpi.pdf'];

sweepSuite('sixteenth held-out sweep: tax regimes, trades and long documents of German and French folders, Lithuanian, Swiss Italian, scans (real CLI)', join(ROOT, 'fixtures/sweep16'), { short: SHORT, unflagged: UNFLAGGED });
