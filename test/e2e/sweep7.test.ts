/**
 * The seventh held-out sweep (fixtures/sweep7, made by scripts/make-sweep7-fixtures.mjs), written
 * blind: German and French invoices as invoicing software lays them out (lexoffice / DATEV / sevDesk /
 * Sage / EBP / Pennylane / Facture.net styles), a wholesaler's 22 article lines, electricity and gas
 * bills with advance payments deducted, rent and subscription invoices, a German Gutschrift, French
 * autoliquidation, Italian, Spanish (IRPF), Dutch and Portuguese invoices, a scanned and a
 * photographed invoice, and eight till receipts (bakery, petrol station, pharmacy, motorway toll
 * photographed at an angle, German and French restaurant bills with a tip, a long DIY-store slip, a faded total), through
 * the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks);
 * each reason is what docparse's JSON output shows (value, source, box), not a reading of its code:
 * - fr-peage-ticket-incline.jpg invoiceDate, subtotal: tilted 9° with the
 *   values in a right column: date read as 2055-08-02 (now at 0.5: over a year ahead), the net
 *   wrong. Flagged. (Typed receipt since G40: the proof-of-payment rule, a page with no invoice word.) (Its total, 12 from the TTC OCR'd "12, 4p", comes right,
 *   12.40, since G33: its doubtful date asks for PaddleOCR's reading.)
 * (Fixed on branch G15/G16: the sentence and debit due dates, the framed totals box, "exigible le",
 * the next debit, the software certificate number, the scan's and the photo's lost decimal commas,
 * the pharmacy's TOTAL A PAYER, both tips, the DIY slip's one-rate VAT row, the German restaurant
 * bill's type and its currency, printed nowhere: EUR from its address and "MwSt", as a hint at 0.5.)
 */
const SHORT: Record<string, string[]> = {
  'fr-peage-ticket-incline.jpg': ['invoiceDate', 'subtotal'],
};

/** Wrong core field, not flagged needsReview: none. */
const UNFLAGGED: string[] = [];

sweepSuite('seventh held-out sweep: German and French software layouts, utility bills, it/es/nl/pt, scan, photo, receipts (real CLI)', join(ROOT, 'fixtures/sweep7'), { short: SHORT, unflagged: UNFLAGGED });
