/**
 * Discount, shipping and fee lines in a totals block ("Remise 10 % -54,75", "Frais de port 12,00",
 * "Sconto 3%", "Portes", "Trade discount", "Delivery"): they stand between the sum of the items (the
 * goods before them) and the net total. Two uses: the amount they turn into a later net amount is the
 * amount *before* them, no subtotal (`adj:before`, left out of the subtotal's candidates); and the
 * line-items check allows for them (checks.ts: the items add up to the goods, not to the net total).
 */
import { own, printedNowhere, type AmountCandidate } from './amounts.js';
import { round2 } from '../normalize.js';

/** The signed adjustment of a line: a discount lowers the amount whatever sign it is printed with; shipping raises it. */
export function signed(c: AmountCandidate): number {
  return own(c, 'discount') ? -Math.abs(c.value) : Math.abs(c.value);
}

/**
 * The adjustment lines of the document, in page order: rightmost money amounts (with cents) labelled as a
 * discount or shipping, not a total, in a totals block (a net or total line within 6 lines: a
 * "Delivery note 88304" in the header box is no adjustment).
 */
export function adjustmentLines(cs: AmountCandidate[]): AmountCandidate[] {
  const totals = cs.filter((c) => own(c, 'net', 'totalWeak', 'totalStrong', 'due') && !own(c, 'discount', 'shipping'));
  return cs.filter(
    (c) =>
      c.features['pos:rightmost'] && c.money.decimals && c.value !== 0 && !printedNowhere(c) && own(c, 'discount', 'shipping') && !own(c, 'totalStrong', 'due', 'tax') &&
      totals.some((t) => t.line.page === c.line.page && Math.abs(t.line.n - c.line.n) <= 6),
  );
}

/** The signed values of the document's adjustment lines (for the line-items check). */
export const adjustmentValues = (cs: AmountCandidate[]): number[] => adjustmentLines(cs).map(signed);

/**
 * Marks `adj:before` on each labelled amount that the adjustment lines right below it turn into a
 * net amount printed after them: `Total brut HT 547,50`, `Remise -54,75`, `Frais de port 12,00`,
 * `Total HT 504,75` (547.50 is the goods before discount and shipping, 504.75 the subtotal).
 */
export function markBeforeAdjustments(cs: AmountCandidate[]): void {
  const adj = adjustmentLines(cs);
  if (!adj.length) return;
  const labelled = cs.filter((c) => c.features['pos:rightmost'] && !printedNowhere(c) && own(c, 'net', 'totalWeak', 'totalStrong') && !own(c, 'discount', 'shipping', 'tax'));
  for (const a of labelled) {
    for (const b of labelled) {
      if (b === a || b.line.page !== a.line.page || b.line.n <= a.line.n || b.line.n - a.line.n > 10 || !own(b, 'net')) continue;
      const between = adj.filter((x) => x.line.page === a.line.page && x.line.n > a.line.n && x.line.n < b.line.n);
      if (!between.length) continue;
      if (Math.abs(round2(a.value + between.reduce((s, x) => s + signed(x), 0)) - b.value) < 0.015) a.features['adj:before'] = 1;
    }
  }
}
