/**
 * VAT included in gross prices, said after the total ("enthaltene MwSt 7 % 6,22", "inkl. MwSt 19 %
 * 15,97", "davon USt", "dont TVA 10 % 4,45", "incl. VAT 20 % 3,50", "waarvan btw"): a travel
 * booking, a ticket, a shop's invoice to a consumer prints its gross total and, under it, the tax that
 * total holds, one line per rate, and no net amount. The tax is the sum of those lines (a candidate
 * of its own when there are several, printed nowhere) and the net is the total less it (printed
 * nowhere): the arithmetic features say they and the total agree.
 *
 * A till says it by where it prints them: its VAT rows, one per rate, under the total and the
 * payment lines ("MwSt 7%  0,69 / MwSt 19%  0,45", "TVA 20,00 %  0,33"), hold the total's tax too,
 * with no "incl." word (vat-rows.ts: each row's rate says which gross its tax comes from, and those
 * grosses must fit in the total, which tax added on top of it never does).
 */
import type { Line } from './cells.js';
import { adjustedRival, own, printedNowhere, type AmountCandidate } from './amounts.js';
import { AMOUNT } from './lexicon.js';
import { round2, sameCents } from '../normalize.js';
import { fitsInTotal, vatRows } from './vat-rows.js';

/** Words that say a tax line is contained in the amount above it, not added to it. */
const INCLUDED = /(?<![\p{L}])(?:inkl\.?|incl\.?|enthalten\p{L}*|davon|darin|dont|including|included|inclus\p{L}*|waarvan|inbegrepen|incluido|inclusa|di\s+cui)(?![\p{L}])/iu;

/** Lines after the total (not counting blank ones) within which its included tax lines stand. */
const REACH = 4;
/** The same for a till's VAT rows, which may follow the payment lines and a table's header. */
const ROWS_REACH = 6;
/** Lines above the total within which a printed net amount is the document's own. */
const NET_REACH = 8;
/** The highest standard VAT rate is 27 %: a larger share of the total is no VAT it holds. */
const MAX_SHARE = 0.25;

/**
 * A tax line that says it is included: its words before the amount name the tax and say so. Its own
 * label may be cut short of the tax word by the rate between them ("TVA1   2.6%  incl.   0.74") or
 * by a row number read as an amount ("TVA  2  8.1%  incl.   0.57"): the line's words say it.
 */
function saysIncluded(c: AmountCandidate): boolean {
  const before = c.line.text.slice(0, c.money.start);
  if (!INCLUDED.test(before) || !c.features['pos:rightmost'] || c.value <= 0 || own(c, 'net', 'totalStrong', 'totalWeak', 'due')) return false;
  return own(c, 'tax') || (own(c, 'incl') && AMOUNT.tax.test(before));
}

/** The line `x` stands within `reach` lines after `t`, blank lines not counted (a till sets its VAT rows off by one). */
function within(page: readonly Line[], t: AmountCandidate, x: AmountCandidate, reach = REACH): boolean {
  if (x.line.page !== t.line.page || x.line.n <= t.line.n) return false;
  let n = 0;
  for (let i = t.line.n + 1; i <= x.line.n; i++) if (page[i]?.text.trim()) n++;
  return n <= reach;
}

/**
 * Marks the total, and the included tax line when there is one, and returns the candidates printed
 * nowhere: the taxes' sum (two or more lines) and the net (the total less the tax). Not where the
 * document prints its own net above the total, nor under a total a coupon or rounding puts in doubt.
 */
export function includedTax(cs: AmountCandidate[], page: readonly Line[]): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const totals = cs.filter((t) => own(t, 'totalStrong', 'totalWeak', 'due') && !own(t, 'tax', 'net') && t.value > 0);
  // The words before the amount on its line (OCR may split the rate, "10, 00%", leaving the amount's own cell empty).
  const included = cs.filter(saysIncluded);
  markNetUnderGross(cs, included);
  const rows = vatRows(cs);
  for (const t of totals) {
    // A total a coupon or rounding relates to another ("Sub-Total 60.60", "Coupon 27.60", "Grand Total
    // 33.00"): which of the two is the total is in doubt, and the tax under them settles nothing.
    if (adjustedRival(t, cs)) continue;
    // A net or sub-total printed above the total: the document gives its own net (when it differs, a
    // coupon or discount stands between them, and the total is in doubt as above).
    if (cs.some((n) => own(n, 'net') && !printedNowhere(n) && n.line.page === t.line.page && n.line.n < t.line.n && t.line.n - n.line.n <= NET_REACH)) continue;
    let lines = included.filter((x) => within(page, t, x));
    // No word says so: a till's VAT rows under the total, unless the page prints a net or a larger total after it (tax added, not held).
    if (!lines.length) lines = tillRows(t, rows.filter((x) => within(page, t, x, ROWS_REACH)), cs);
    if (!lines.length || new Set(lines.map((x) => x.line.n)).size !== lines.length) continue;
    const tax = round2(lines.reduce((a, x) => a + x.value, 0));
    if (tax > MAX_SHARE * t.value) continue;
    const net = round2(t.value - tax);
    t.features['arith:netPlusTax'] = 1;
    const first = lines[0];
    const at = (value: number, features: Record<string, number>): AmountCandidate => ({ value, line: first.line, money: { ...first.money, value }, label: first.label, features: { bias: 1, ...features, 'fmt:decimals': 1, 'pos:rightmost': 1 } });
    if (lines.length === 1) first.features['arith:taxOfTotal'] = 1;
    else if (!out.some((c) => c.value === tax && c.features['synthetic:taxSum'])) out.push(at(tax, { 'seg:tax': 1, 'synthetic:taxSum': 1, 'arith:taxOfTotal': 1 }));
    out.push(at(net, { 'seg:net': 1, 'synthetic:netSum': 1, 'arith:netOfTotal': 1 }));
  }
  return out;
}

/**
 * A till's VAT rows under the total `t` (vat-rows.ts) as the tax it holds: their grosses fit in the
 * total, and no net, nor a larger total, is printed after the total (then the tax is added to it, or
 * the page's own net says what the tax is: amounts.ts taxSums).
 */
function tillRows(t: AmountCandidate, rows: AmountCandidate[], cs: AmountCandidate[]): AmountCandidate[] {
  const taxed = rows.filter((x) => x.value > 0);
  if (!taxed.length || !fitsInTotal(taxed, t.value)) return [];
  const after = (c: AmountCandidate) => c.line.page === t.line.page && c.line.n > t.line.n && c.line.n - t.line.n <= NET_REACH && !printedNowhere(c);
  if (cs.some((c) => after(c) && (own(c, 'net') || (own(c, 'totalStrong', 'totalWeak', 'due') && c.value > t.value)))) return [];
  return taxed;
}

/**
 * A ticket or a shop's slip that prints its price without a total word and, under it, the tax it
 * holds and its net ("PLEIN TARIF 11,90 / dont TVA 5,5 % 0,62 / HT 11,28", "Preis 24,00 / darin MwSt
 * 3,83 / netto 20,17"): the net and the included tax add up to the amount just above them, to the
 * cent. The three agree (the arithmetic features say so) whatever the gross's label.
 */
function markNetUnderGross(cs: AmountCandidate[], included: AmountCandidate[]): void {
  const nets = cs.filter((n) => own(n, 'net') && !own(n, 'tax', 'totalStrong', 'totalWeak', 'due') && !printedNowhere(n) && !!n.features['pos:rightmost'] && n.value > 0);
  for (const x of included) {
    for (const n of nets) {
      if (n.line.page !== x.line.page || n.line.n === x.line.n || Math.abs(n.line.n - x.line.n) > 2) continue;
      const top = Math.min(n.line.n, x.line.n);
      const gross = cs.find((g) => g.line.page === x.line.page && g.line.n < top && top - g.line.n <= REACH && !!g.features['pos:rightmost'] && !own(g, 'tax', 'net') && !printedNowhere(g) && sameCents(g.value, n.value + x.value));
      if (!gross) continue;
      gross.features['arith:netPlusTax'] = 1;
      n.features['arith:netOfTotal'] = 1;
      x.features['arith:taxOfTotal'] = 1;
    }
  }
}
