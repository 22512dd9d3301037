/**
 * A till receipt's total from its cash lines: the money tendered less the change given. OCR garbles
 * the total line of a slip ("Total Incl. GST RM E7.10", "Grand Total re) ' 35") or misreads one of
 * its digits more often than it garbles both the tendered and the change line the same way, and on
 * the development receipts whose cash lines are read, tendered - change is the total on 159 of the
 * 184 where the chosen total was right (first reading). When the chosen total disagrees with it (or none was found),
 * the difference is taken, but only with evidence of its own besides the two cash lines:
 *
 * - the total line's amount is garbled and its legible digits end as the difference's do ('E7.10'
 *   for 37.10, 'M39 . 00' for 39.00): three digits or more, or only the cents when that is all the
 *   line holds;
 * - the page's own sums make it: a net amount and a tax, a column of amounts above the cash line,
 *   an exact total and its cash rounding (the arithmetic features of amounts.ts, weighed on the
 *   difference as on a printed amount), a net amount less its discount lines, a tax said to be
 *   included that is the difference's share at the page's rate;
 * - an amount labelled as a total or a net amount elsewhere on the page equals it.
 *
 * And not when the chosen total has arithmetic of its own (its net and tax agree, a tendered and
 * change pair make it), nor when two pairs give different totals. A misread change makes a
 * difference no sum agrees with; a card amount with no change line makes none at all.
 */
import { AMOUNT, mendTotalWord } from './lexicon.js';
import { arithmeticOf, has, own, type AmountCandidate } from './amounts.js';
import type { DocView } from './context.js';
import { round2, sameCents } from '../normalize.js';
import { adjustmentLines, signed } from './adjustments.js';

/** How many lines after the tendered line its change line may stand. */
const CHANGE_REACH = 3;
/** How many lines above the tendered line the total line may stand. */
const TOTAL_REACH = 4;

/** The arithmetic features that make a derived total agree with the page's other amounts. */
const SUMS = ['arith:netPlusTax', 'arith:columnSum', 'arith:afterRounding', 'arith:roundedOfTotal', 'arith:grossOf'] as const;

/** Why a derived total was taken (for the review reason). */
export type DerivedEvidence = 'garbled total' | 'sums' | 'printed';

export interface DerivedTotal {
  candidate: AmountCandidate;
  evidence: DerivedEvidence[];
}

/** A total derived from the cash lines is printed nowhere as such (no box of its own). */
export const CASH_LESS_CHANGE = 'synthetic:cashLessChange';

/** The differences of every tendered line and the change line right after it (positive, distinct), as candidates on the tendered line. */
function differences(cs: AmountCandidate[]): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const tendered = cs.filter((c) => own(c, 'tendered') && !own(c, 'change', 'totalStrong', 'totalWeak', 'due') && c.value > 0 && c.money.decimals);
  const changes = cs.filter((c) => own(c, 'change') && !own(c, 'tendered') && c.value >= 0 && c.money.decimals);
  for (const t of tendered) {
    for (const h of changes) {
      const gap = h.line.n - t.line.n;
      if (h.line.page !== t.line.page || gap <= 0 || gap > CHANGE_REACH || h.value >= t.value) continue;
      const value = round2(t.value - h.value);
      if (out.some((o) => o.value === value)) continue;
      out.push({ value, line: t.line, money: { ...t.money, value }, label: 'tendered less change', features: { bias: 1, [CASH_LESS_CHANGE]: 1 } });
    }
  }
  return out;
}

/** The digits of `x` as a till prints it, cents included ("3710" for 37.10). */
const digitsOf = (x: number): string => x.toFixed(2).replace('.', '');

/** A tail that is one legible amount ("RM 37.10", "- 30.50", ": 8.40"): not garbled. */
const LEGIBLE = /^[\s:=*-]*(?:[A-Z]{2,3}|[$€£])?[\s.:]*\d{1,3}(?:[,.]\d{3})*[.,]\d{2}\s*$/;

/**
 * The total line above the cash lines, when its amount is garbled: the digits of what follows its
 * last word, else null ("Total: Incl. GST RM E7.10" gives "710").
 */
function garbledTotalDigits(v: DocView, t: AmountCandidate): string | null {
  for (let n = t.line.n - 1; n >= Math.max(0, t.line.n - TOTAL_REACH); n--) {
    const l = v.lines[n];
    if (l.page !== t.line.page) return null;
    const text = v.ocr ? mendTotalWord(l.text) : l.text;
    if (!AMOUNT.totalStrong.test(text) && !AMOUNT.totalWeak.test(text)) continue;
    if (AMOUNT.net.test(text) || AMOUNT.tendered.test(text) || AMOUNT.change.test(text)) return null;
    const words = [...text.matchAll(/\p{L}{2,}/gu)];
    const last = words[words.length - 1];
    const tail = last ? text.slice(last.index + last[0].length) : text;
    const digits = tail.replace(/\D/g, '');
    return LEGIBLE.test(tail) || !digits ? null : digits;
  }
  return null;
}

/** How many trailing digits two digit strings share. */
function sharedEnd(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

/**
 * Sums the page makes of `x` that the amounts' arithmetic features do not weigh: a tax line said to
 * be included in the total that is the total's share at a rate the page prints ("GST @6% included
 * in total RM 0.49" of 8.60), and a net amount less the discount lines after it ("Sub-Total 45.70",
 * "Coupon Discount 14.80").
 */
function otherSums(x: number, cs: AmountCandidate[], v: DocView): boolean {
  const included = cs.some((q) => has(q, 'tax') && q.value > 0 && AMOUNT.incl.test(q.line.text) && v.rates.some((r) => sameCents(round2((x * r) / (100 + r)), q.value)));
  if (included) return true;
  const adj = adjustmentLines(cs);
  return cs.some((n) => {
    if (!own(n, 'net') || n.value <= x) return false;
    const after = adj.filter((a) => a.line.page === n.line.page && a.line.n > n.line.n && a.line.n <= n.line.n + TOTAL_REACH);
    return after.length > 0 && sameCents(round2(n.value + after.reduce((s, a) => s + signed(a), 0)), x);
  });
}

/** The evidence a derived total has besides the cash lines (`chosen`: the printed total it would replace, whose own sums are no evidence against it). */
function evidenceOf(c: AmountCandidate, cs: AmountCandidate[], v: DocView, chosen: AmountCandidate | null): DerivedEvidence[] {
  const out: DerivedEvidence[] = [];
  const garbled = garbledTotalDigits(v, c);
  if (garbled) {
    const k = sharedEnd(garbled, digitsOf(c.value));
    if (k >= 3 || (k === garbled.length && k >= 2)) out.push('garbled total');
  }
  if (SUMS.some((s) => c.features[s]) || (otherSums(c.value, cs, v) && !(chosen && otherSums(chosen.value, cs, v)))) out.push('sums');
  const printed = (o: AmountCandidate) => sameCents(o.value, c.value) && has(o, 'totalStrong', 'totalWeak', 'due', 'net', 'incl') && !has(o, 'tendered', 'change');
  if (cs.some(printed)) out.push('printed');
  return out;
}

/**
 * The total the cash lines make, when it has evidence of its own and the chosen total (`chosen`,
 * null when none) is another value with no arithmetic of its own; null otherwise.
 */
export function cashLessChange(cs: AmountCandidate[], v: DocView, chosen: AmountCandidate | null, chosenAgrees: boolean): DerivedTotal | null {
  if (chosen && (chosenAgrees || chosen.features['arith:tenderedMinusChange'] || chosen.features['arith:netPlusTax'])) return null;
  const diffs = differences(cs);
  if (!diffs.length || (chosen && diffs.some((d) => sameCents(d.value, chosen.value)))) return null;
  const mark = arithmeticOf(cs, v);
  const found: DerivedTotal[] = [];
  for (const d of diffs) {
    mark(d);
    const evidence = evidenceOf(d, cs, v, chosen);
    if (evidence.length) found.push({ candidate: d, evidence });
  }
  return found.length === 1 ? found[0] : null;
}
