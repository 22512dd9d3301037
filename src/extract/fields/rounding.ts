/**
 * Cash rounding. Where the smallest coin is 5 cents (Malaysia, Australia, Canada, Switzerland ...),
 * a till prints the exact total, a rounding line ("Rounding Adj -0.02") and then what is paid: the
 * rounded total. What the customer pays is the receipt's total. On the development receipts that
 * print a rounding line beside an exact total and the rounded amount nearby, the labelled total is
 * the rounded one 22 times out of 23; the model, scoring amounts one by one, often takes the exact
 * one (its label says "Total", the rounded one's says "Rounding" or "Cash", or OCR lost it).
 *
 * The rule: when the chosen total is not a multiple of 0.05 and a rounding line stands beside it
 * (within 3 lines before or 4 after, no tendered or change line between them: a rounding printed
 * after "Cash" rounds the change, not the total), the total is the exact one plus the adjustment,
 * or, when OCR left the adjustment unreadable, the exact one rounded to the nearest 0.05. A
 * rounding of 0.00 says the till did not round. The rounded amount printed on the page is taken
 * when there is one (its box); else a candidate printed nowhere stands for it.
 */
import { AMOUNT, CASH_ROUNDING } from './lexicon.js';
import type { AmountCandidate } from './amounts.js';
import type { DocView } from './context.js';
import { round2, sameCents } from '../normalize.js';
import { adjustmentOf, onCoin } from './adjustment.js';

/** How far from the total a rounding line may stand (lines before, lines after). */
const BEFORE = 3;
const AFTER = 4;

/** The rounded total the page's cash rounding makes of `t`, or null when it does not round `t`. */
export function roundedTotal(t: AmountCandidate, v: DocView): number | null {
  const x = t.value;
  if (x <= 0 || onCoin(x) || CASH_ROUNDING.test(t.line.text)) return null;
  const lines = v.lines;
  const from = Math.max(0, t.line.n - BEFORE);
  const to = Math.min(lines.length - 1, t.line.n + AFTER);
  for (let n = from; n <= to; n++) {
    const l = lines[n];
    if (n === t.line.n || l.page !== t.line.page || !CASH_ROUNDING.test(l.text)) continue;
    // A payment or change line between the total and the rounding: the rounding is the change's.
    const [a, b] = n < t.line.n ? [n, t.line.n] : [t.line.n, n];
    if (lines.slice(a + 1, b).some((u) => AMOUNT.tendered.test(u.text) || AMOUNT.change.test(u.text))) continue;
    const r = adjustmentOf(v, n);
    if (r === 0) return null;
    if (r !== null) {
      const by = [x + r, x - Math.abs(r), x + Math.abs(r)].map(round2).find(onCoin);
      if (by !== undefined && by > 0) return by;
    }
    return round2(Math.round(x * 20) / 20);
  }
  return null;
}

/**
 * The candidate standing for the rounded total: the amount of that value printed nearest after the
 * exact total on its page (within 8 lines), else one printed nowhere (`synthetic:rounded`, on the
 * exact total's line, with no box of its own).
 */
export function roundedCandidate(t: AmountCandidate, value: number, all: AmountCandidate[]): AmountCandidate {
  const printed = all
    .filter((c) => c.line.page === t.line.page && c.line.n > t.line.n && c.line.n <= t.line.n + 8 && sameCents(c.value, value))
    .sort((a, b) => a.line.n - b.line.n)[0];
  if (printed) return printed;
  return { ...t, value, money: { ...t.money, value }, features: { ...t.features, 'synthetic:rounded': 1 } };
}
