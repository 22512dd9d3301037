/**
 * The twenty-first held-out sweep (fixtures/sweep21, made by scripts/make-sweep21-fixtures.mjs),
 * written blind: trades the earlier sweeps did not cover, German- and French-language mostly (DE, AT,
 * CH, FR, BE, LU) and Polish, Portuguese, Spanish and UK English (a security firm's month of guard
 * hours; Austrian scaffolding with USt and UID; a funeral home's bill with disbursements outside VAT; a
 * Swiss gardener's invoice with its QR-bill payment part; a Swiss self-storage credit note with an
 * insurance line outside VAT; home cleaning at 10 % (services à la personne); a land surveyor's note with
 * a provision deducted; Belgian lift maintenance with a structured communication; Luxembourg coworking at
 * 17 %; a piano tuner under art. 293 B; exempt physiotherapy; a notary's GNotKG Kostenberechnung with a
 * Geschäftswert; a Polish faktura VAT; a Portuguese fatura with ATCUD; a Spanish factura with IRPF; a UK
 * print works' zero-rated and standard-rated lines; horse livery with a SEPA debit date) and nine images
 * (a two-column glazier's invoice scanned at 200 dpi, a Belgian heating engineer's invoice photographed
 * at a slant, a Swiss taxi pad filled in by hand, a long Austrian supermarket receipt with discounts and
 * an RKSV code, a Luxembourg DIY ticket with a loyalty discount, an Austrian pharmacy paid in cash, a
 * faded hairdresser's thermal ticket, a copy shop's Kassenbon with a TSE block, a Swiss bike shop with
 * cash rounding), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on main 04cbb12 (2026-12-07, held out, before any fix; 18/26
 * fully right: fixtures/README.md, "Twenty-first held-out sweep"), each with the cause its output shows:
 * - de-physiotherapie-privatrechnung.pdf: no currency (no € or EUR printed, only a DE IBAN; flagged
 *   "required field currency is missing").
 * - de-notar-kostenberechnung-gnotkg.pdf: subtotal 385000, the "Wert EUR" column's Geschäftswert, for the
 *   fees' net 2 113,40 (flagged: subtotal + tax does not equal total).
 * - es-factura-asesoria-laboral-irpf.pdf: no currency (none printed). (Its tax, the IVA 83,37 once dropped
 *   as disagreeing with the total after the IRPF withholding, is right since G48: withholding.ts.)
 * - en-gb-print-works-zero-rated.pdf: subtotal 1 480,00, the "Subtotal zero-rated" row alone, for both
 *   rows' 1 921,00; no tax (the VAT @ 20% 88,20 dropped as disagreeing with that subtotal).
 * - fr-be-chauffagiste-photo-perspective.jpg: subtotal 25, a line amount (Déplacement), for the Total
 *   HTVA 227,80 (the slanted photo's OCR; flagged).
 * - de-at-supermarkt-langer-bon.jpg: subtotal 39,75 and tax 3,98, the VAT table's 10 % row alone, for
 *   the two rows' sums 60,87 and 8,21.
 * - de-at-apotheke-bon-bar.jpg: subtotal 27,95, the 10 % row's net alone, and no tax ("1 USt 10% v.
 *   27,95 2,80" rows); not flagged (no core field wrong).
 * - fr-ch-atelier-velo-ticket-arrondi.jpg: no tax ("dont TVA 8.1 %" under the rounded A PAYER).
 */
const SHORT: Record<string, string[]> = {
  'de-physiotherapie-privatrechnung.pdf': ['currency'],
  'de-notar-kostenberechnung-gnotkg.pdf': ['subtotal'],
  'es-factura-asesoria-laboral-irpf.pdf': ['currency'],
  'en-gb-print-works-zero-rated.pdf': ['subtotal', 'tax'],
  'fr-be-chauffagiste-photo-perspective.jpg': ['subtotal'],
  'de-at-supermarkt-langer-bon.jpg': ['subtotal', 'tax'],
  'de-at-apotheke-bon-bar.jpg': ['subtotal', 'tax'],
  'fr-ch-atelier-velo-ticket-arrondi.jpg': ['tax'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer): none on main 04cbb12. */
const UNFLAGGED: string[] = [];

sweepSuite('twenty-first held-out sweep: trades not covered before (security, scaffolding, funeral home, notary, physiotherapy, horse livery, QR-bill gardener, self-storage, home cleaning, surveyor, lifts, coworking, piano tuner; PL, PT, ES, UK) and nine scanned or photographed pages and slips (DE/FR; AT, CH, BE, LU) (real CLI)', join(ROOT, 'fixtures/sweep21'), { short: SHORT, unflagged: UNFLAGGED });
