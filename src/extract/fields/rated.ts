/**
 * A VAT line's printed rate settles what OCR damaged. A scan or a photo loses one amount of its totals
 * block: the net ("Netto" smudged under a shadow) or the tax (its decimal comma read as a point:
 * "MwSt. 19 %  1.13166€"). The rate on the VAT line's label and the two amounts left say which
 * value the lost one has: with the total T and the tax x, the net is T - x when x is the rate of it;
 * with the total T and the net n, the tax is T - n when that is the rate of n. Each such value is a
 * candidate printed nowhere (on the VAT line), and the arithmetic features say the three agree. Not
 * where the block already agrees (a net and a tax printed that add up to the total).
 */
import { own, type AmountCandidate } from './amounts.js';
import type { DocView } from './context.js';
import { AMOUNT } from './lexicon.js';
import { round2, nearAmount } from '../normalize.js';
import { percentsIn } from './tokens.js';

/** Lines above the total within which its net and VAT lines stand. */
const REACH = 6;

/** The VAT rate printed on a tax line's label ("MwSt. 19 %", "USt. 19%", "TVA 20 %", "VAT 7.5%"), or null. */
function rateOf(text: string): number | null {
  const r = percentsIn(text)[0];
  return r > 0 && r <= 27 ? r : null;
}

const isTotal = (c: AmountCandidate) => own(c, 'totalStrong', 'totalWeak', 'due') && !own(c, 'tax', 'net') && c.value > 0 && !!c.features['pos:rightmost'];
const isNet = (c: AmountCandidate) => own(c, 'net') && !own(c, 'tax') && c.value > 0 && !!c.features['pos:rightmost'];
const isTax = (c: AmountCandidate) => own(c, 'tax') && !own(c, 'net', 'totalStrong', 'totalWeak', 'due') && c.value > 0 && !!c.features['pos:rightmost'];

/**
 * The line above the VAT line, where the net stands, prints no amount OCR could read ("Neto meen"):
 * the net was there and was lost. (A till that prints its VAT line under its items and no net at
 * all is not damaged: its tax is not this rule's to settle.)
 */
function netLineLost(x: AmountCandidate, v: DocView): boolean {
  for (let i = x.line.n - 1; i >= 0 && v.lines[i].page === x.line.page; i--) {
    if (!v.lines[i].text.trim()) continue;
    return v.amounts[i].length === 0 && /\p{L}{3,}/u.test(v.lines[i].text);
  }
  return false;
}

/** The candidates printed nowhere that a VAT line's rate makes of a damaged totals block. */
export function ratedParts(cs: AmountCandidate[], v: DocView): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const above = (c: AmountCandidate, t: AmountCandidate) => c.line.page === t.line.page && c.line.n < t.line.n && t.line.n - c.line.n <= REACH;
  for (const t of cs.filter(isTotal)) {
    const nets = cs.filter((c) => isNet(c) && above(c, t) && c.value < t.value);
    const taxes = cs.filter((c) => isTax(c) && above(c, t) && c.value < t.value);
    if (nets.some((n) => taxes.some((x) => nearAmount(n.value + x.value, t.value)))) continue;
    const at = (line: AmountCandidate, value: number, features: Record<string, number>): AmountCandidate => ({ value, line: line.line, money: { ...line.money, value }, label: line.label, features: { bias: 1, ...features, 'fmt:decimals': 1, 'pos:rightmost': 1 } });
    // The net lost: the tax is its rate of the total less it.
    for (const x of taxes) {
      const r = rateOf(x.line.text.slice(0, x.money.start));
      const net = round2(t.value - x.value);
      if (r === null || nets.length || !netLineLost(x, v) || !nearAmount(round2((net * r) / 100), x.value)) continue;
      x.features['arith:taxOfTotal'] = 1;
      t.features['arith:netPlusTax'] = 1;
      out.push(at(x, net, { 'seg:net': 1, 'synthetic:netSum': 1, 'arith:netOfTotal': 1 }));
    }
    // The tax lost: a VAT line with a rate between the net and the total, and the difference is that rate of the net.
    for (const n of nets) {
      const tax = round2(t.value - n.value);
      for (let i = n.line.n + 1; i < t.line.n; i++) {
        const text = v.lines[i].text;
        const r = AMOUNT.tax.test(text) ? rateOf(text) : null;
        if (r === null || !nearAmount(round2((n.value * r) / 100), tax) || taxes.some((x) => x.line.n === i && nearAmount(x.value, tax))) continue;
        n.features['arith:netOfTotal'] = 1;
        t.features['arith:netPlusTax'] = 1;
        out.push({ ...at(n, tax, { 'seg:tax': 1, 'synthetic:taxSum': 1, 'arith:taxOfTotal': 1 }), line: v.lines[i] });
        break;
      }
    }
  }
  return out;
}
