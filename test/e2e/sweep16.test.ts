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
 * as observed in docparse's JSON output on branch G34 (2026-12-07; on main 7bab5e0 before the
 * causes were fixed, 18/28 fully right: fixtures/README.md):
 * - de-nebenkostenabrechnung-nachzahlung.pdf: number "04-117" (the Mieter-Nr.) where the settlement
 *   has none; subtotal 2184 (the Grundsteuer row's Gesamtkosten) and tax 280.14 (its share) where it
 *   shows no VAT at all (flagged).
 * - fr-syndic-appel-de-fonds.pdf: tax 9320 (the ALUR fund's "5 % du budget" row's budget amount)
 *   where the call shows no VAT.
 * - fr-be-autoliquidation-cocontractant.pdf: tax 38 (the first line's unit price "38,00 €") where the
 *   autoliquidation invoice prints no VAT amount ("TVA autoliquidation") (flagged).
 * - de-quittung-dachdecker-handschrift.jpg: typed invoice, not receipt (a hand-filled Quittung).
 * - de-kleinunternehmer-hausmeister-scan-200dpi.pdf: no subtotal (the number, once the letterhead's
 *   phone area code "05151", is HB-2026-004 now).
 * - fr-micro-entrepreneur-293b-scan-240dpi.pdf: number 2026-004 missing (flagged).
 * - fr-be-peintre-6-21-scan-200dpi.pdf: number PL-26-0047 missing (once the phone number "04555";
 *   its label reads "Facturen®"); total 1907 (Total HTVA) for the TVAC 2073.44, subtotal 1560.2 (the
 *   6 % base printed "TVA 6 % sur …"), tax 346.8 (the 21 % base) (flagged).
 */
const SHORT: Record<string, string[]> = {
  'de-nebenkostenabrechnung-nachzahlung.pdf': ['invoiceNumber', 'subtotal', 'tax'],
  'fr-syndic-appel-de-fonds.pdf': ['tax'],
  'fr-be-autoliquidation-cocontractant.pdf': ['tax'],
  'de-quittung-dachdecker-handschrift.jpg': ['documentType'],
  'de-kleinunternehmer-hausmeister-scan-200dpi.pdf': ['subtotal'],
  'fr-micro-entrepreneur-293b-scan-240dpi.pdf': ['invoiceNumber'],
  'fr-be-peintre-6-21-scan-200dpi.pdf': ['invoiceNumber', 'total', 'subtotal', 'tax'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer): none since G34. */
const UNFLAGGED: string[] = [];

sweepSuite('sixteenth held-out sweep: tax regimes, trades and long documents of German and French folders, Lithuanian, Swiss Italian, scans (real CLI)', join(ROOT, 'fixtures/sweep16'), { short: SHORT, unflagged: UNFLAGGED });
