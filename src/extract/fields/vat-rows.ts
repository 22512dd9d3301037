/**
 * A till's VAT rows: one line per rate, the rate in the line's label and the rate's tax its last
 * amount ("MwSt 7%  0,69", "A  19%  MwSt  1,13", "TVA 20,00 %  0,33"). OCR now and then misreads the
 * tax word of one row ("B  7% MuwSt  0,86"): a line that prints a rate and an amount and no label
 * word of any class, right above or under a tax-labelled row, is a row of the same block. A table's
 * rows may leave the tax word to the head of their column ("Code  Satz  MWST" / "1   2.6 %  0.57").
 */
import { own, printedNowhere, type AmountCandidate } from './amounts.js';
import { percentsIn } from './tokens.js';
import { nearAmount, round2, sameCents } from '../normalize.js';

/** The highest standard VAT rate is 27 %. */
const MAX_RATE = 27;

/** The one VAT rate printed before the amount on its line, or null. */
export function rowRate(c: AmountCandidate): number | null {
  const rates = percentsIn(c.line.text.slice(0, c.money.start));
  return rates.length === 1 && rates[0] > 0 && rates[0] <= MAX_RATE ? rates[0] : null;
}

/** The amount's own cell and row name no label class (only a rate, or nothing). */
const bareLabel = (c: AmountCandidate): boolean => !Object.keys(c.features).some((k) => /^(?:seg|row):/.test(k) && !/:(?:pct|empty)$/.test(k));

/** The document's VAT rows (their last amounts), in page order. */
export function vatRows(cs: AmountCandidate[]): AmountCandidate[] {
  const rated = cs.filter((c) => c.features['pos:rightmost'] && c.value >= 0 && !printedNowhere(c) && !own(c, 'net', 'totalStrong', 'totalWeak', 'due', 'tendered', 'change') && rowRate(c) !== null);
  // A tax word in the row, or at the head of its column ("Code  Satz  MWST" over "1   2.6 %  0.57").
  const taxWord = (c: AmountCandidate) => own(c, 'tax') || (bareLabel(c) && !!c.features['above:tax'] && !c.features['above:net']);
  const taxed = rated.filter(taxWord);
  const beside = (c: AmountCandidate) => taxed.some((x) => x.line.page === c.line.page && Math.abs(x.line.n - c.line.n) === 1);
  return rated.filter((c) => taxWord(c) || (bareLabel(c) && beside(c)));
}

/**
 * The rows' taxes can be held by a gross total: the gross each row's rate makes of its tax (the tax
 * rounded to the cent, so within half a cent's worth at that rate) add up to no more than the total.
 * (Tax added on top of a total T at rate r is T x r / 100, whose gross at r is more than T.)
 */
export function fitsInTotal(rows: AmountCandidate[], total: number): boolean {
  let gross = 0;
  let slack = 0.01;
  for (const x of rows) {
    const r = rowRate(x);
    if (r === null) return false;
    gross += (x.value * (100 + r)) / r;
    slack += (0.005 * (100 + r)) / r;
  }
  return gross <= total + slack;
}

/** Lines between a net and a total within which their VAT rows stand. */
const REACH = 8;

/**
 * The rows' taxes summed, where a net and a total printed on either side of two or more rows differ
 * by that sum: a till prints its total, its VAT rows and then its net ("Summe 24,94 / A 19% MwSt 1,13
 * / B 7% MwSt 0,86 / Netto gesamt 22,95"), an invoice its net, its rows and its total (amounts.ts
 * taxSums reads those when every row is tax-labelled). The sum is a candidate printed nowhere, and
 * the arithmetic features say the three agree.
 */
export function rowTaxSums(cs: AmountCandidate[]): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const rows = vatRows(cs);
  const totals = cs.filter((t) => own(t, 'totalStrong', 'totalWeak', 'due') && !own(t, 'tax', 'net') && t.value > 0 && !printedNowhere(t));
  const nets = cs.filter((n) => own(n, 'net') && !own(n, 'tax') && n.value > 0 && !printedNowhere(n) && n.features['pos:rightmost']);
  for (const t of totals) {
    for (const n of nets) {
      if (n.line.page !== t.line.page || n.value >= t.value || Math.abs(n.line.n - t.line.n) > REACH) continue;
      const [lo, hi] = n.line.n < t.line.n ? [n.line.n, t.line.n] : [t.line.n, n.line.n];
      const between = rows.filter((x) => x.line.page === t.line.page && x.line.n > lo && x.line.n < hi && x.value > 0);
      if (between.length < 2) continue;
      const sum = round2(between.reduce((a, x) => a + x.value, 0));
      if (!nearAmount(n.value + sum, t.value) || cs.some((c) => c.features['synthetic:taxSum'] && sameCents(c.value, sum)) || out.some((c) => sameCents(c.value, sum))) continue;
      t.features['arith:netPlusTax'] = 1;
      n.features['arith:netOfTotal'] = 1;
      const first = between[0];
      out.push({ value: sum, line: first.line, money: { ...first.money, value: sum }, label: first.label, features: { bias: 1, 'seg:tax': 1, 'synthetic:taxSum': 1, 'arith:taxOfTotal': 1, 'fmt:decimals': 1, 'pos:rightmost': 1 } });
    }
  }
  return out;
}
