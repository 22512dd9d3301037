/**
 * The ninth held-out sweep (fixtures/sweep9, made by scripts/make-sweep9-fixtures.mjs), written
 * blind: German Schlussrechnung after Abschläge, a Word template with tab stops, self-billing
 * Gutschrift, landscape Hausverwaltung, vet and dentist, amount in words beside a framed total box,
 * a Kleinbetragsrechnung, a meta grid of order/delivery numbers; French situation de travaux,
 * "Fait à Lyon, le …" with the sum in words, remise + acompte, TVA sur les débits, avis d'échéance,
 * vet, Réunion 8,5 % / 2,1 %, delivery date before the invoice date; Danish, Finnish, Hungarian;
 * three scans (150 dpi PDF, a receiving stamp over the totals, two image-only pages), a hotel folio
 * scan and six till receipts (TSE block, Bewirtungsbeleg with handwriting, curled parking ticket,
 * NF525 bakery, pharmacy with mutuelle share, crumpled fuel-pump ticket), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right on main b19b095 (the test fails when one comes out right, so the list
 * shrinks), as seen in docparse's JSON output:
 * - de-scan-eingangsstempel.jpg net and tax: missing; the blue receiving stamp lies over those lines
 *   (OCR reads "SumnETEo giNGEGANGE"): an OCR misread no rule repairs. (Its currency, "USD" @0.95 from
 *   OCR's "$235" for the steel grade "S235" on main b19b095, is EUR since G19: one OCR'd `$` at no
 *   total is no evidence against a German page.) Flagged (total and date uncertain).
 */
const SHORT: Record<string, string[]> = {
  'de-scan-eingangsstempel.jpg': ['subtotal', 'tax'],
};

sweepSuite('ninth held-out sweep: German and French folders, Danish, Finnish, Hungarian, scans, receipts (real CLI)', join(ROOT, 'fixtures/sweep9'), { short: SHORT, unflagged: [] });
