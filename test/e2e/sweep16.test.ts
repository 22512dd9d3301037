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
 * as observed in docparse's JSON output on branch G36 (2026-12-07; on main 7bab5e0 before the
 * causes were fixed, 18/28 fully right; after G34 21/28; after G36 24/28: fixtures/README.md):
 * - de-nebenkostenabrechnung-nachzahlung.pdf: subtotal 2870.1 (the Gebäudeversicherung row's
 *   Gesamtkosten) where the settlement shows no VAT at all (flagged); its tax is none since G46 (a
 *   Grundsteuer, a tax on owning land, is a cost passed on, no tax label: lexicon-direct-tax.ts; it was
 *   280.14, that row's share, and the subtotal 2184, its Gesamtkosten); its number is none since
 *   G36 (the Mieter-Nr. is a holder's number).
 * - de-kleinunternehmer-hausmeister-scan-200dpi.pdf: no subtotal (the number, once the letterhead's
 *   phone area code "05151", is HB-2026-004 now).
 * - fr-be-peintre-6-21-scan-200dpi.pdf: total 1907 (Total HTVA) for the TVAC 2073.44, subtotal 1560.2 (the
 *   6 % base printed "TVA 6 % sur …"), tax 346.8 (the 21 % base) (flagged).
 * Right since G40: the numbers of fr-micro-entrepreneur-293b-scan-240dpi.pdf (2026-004) and
 *   fr-be-peintre-6-21-scan-200dpi.pdf (PL-26-0047), whose label OCR read "Facturen®" ("n°" with "®").
 * Right since G36: the syndic's tax (none: "5 % du budget" is a share, no rate), the autoliquidation
 * invoice's tax 0 (an IBAN group under the statement is no tax amount), the hand-filled Quittung's type.
 */
const SHORT: Record<string, string[]> = {
  'de-nebenkostenabrechnung-nachzahlung.pdf': ['subtotal'],
  'de-kleinunternehmer-hausmeister-scan-200dpi.pdf': ['subtotal'],
  'fr-be-peintre-6-21-scan-200dpi.pdf': ['total', 'subtotal', 'tax'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer): none since G34. */
const UNFLAGGED: string[] = [];

sweepSuite('sixteenth held-out sweep: tax regimes, trades and long documents of German and French folders, Lithuanian, Swiss Italian, scans (real CLI)', join(ROOT, 'fixtures/sweep16'), { short: SHORT, unflagged: UNFLAGGED });
