/**
 * VAT included in gross prices, said after the total ("enthaltene MwSt 7 % 6,22", "inkl. MwSt 19 %
 * 15,97", "davon USt", "dont TVA 10 % 4,45", "incl. VAT 20 % 3,50", "waarvan btw"): a travel
 * booking, a ticket, a shop's invoice to a consumer prints its gross total and, under it, the tax that
 * total holds, one line per rate, and no net amount. The tax is the sum of those lines (a candidate
 * of its own when there are several, printed nowhere) and the net is the total less it (printed
 * nowhere): the arithmetic features say they and the total agree.
 */
import { adjustedRival, own, printedNowhere, type AmountCandidate } from './amounts.js';
import { round2, sameCents } from '../normalize.js';

/** Words that say a tax line is contained in the amount above it, not added to it. */
const INCLUDED = /(?<![\p{L}])(?:inkl\.?|incl\.?|enthalten\p{L}*|davon|darin|dont|including|included|inclus\p{L}*|waarvan|inbegrepen|incluido|inclusa|di\s+cui)(?![\p{L}])/iu;

/** Lines after the total within which its included tax lines stand. */
const REACH = 4;
/** Lines above the total within which a printed net amount is the document's own. */
const NET_REACH = 8;
/** The highest standard VAT rate is 27 %: a larger share of the total is no VAT it holds. */
const MAX_SHARE = 0.25;

const taxOnly = (c: AmountCandidate): boolean => own(c, 'tax') && !own(c, 'net', 'totalStrong', 'totalWeak', 'due') && !!c.features['pos:rightmost'] && c.value > 0;

/**
 * Marks the total, and the included tax line when there is one, and returns the candidates printed
 * nowhere: the taxes' sum (two or more lines) and the net (the total less the tax). Not where the
 * document prints its own net above the total, nor under a total a coupon or rounding puts in doubt.
 */
export function includedTax(cs: AmountCandidate[]): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const totals = cs.filter((t) => own(t, 'totalStrong', 'totalWeak', 'due') && !own(t, 'tax', 'net') && t.value > 0);
  // The words before the amount on its line (OCR may split the rate, "10, 00%", leaving the amount's own cell empty).
  const included = cs.filter((x) => taxOnly(x) && INCLUDED.test(x.line.text.slice(0, x.money.start)));
  markNetUnderGross(cs, included);
  for (const t of totals) {
    // A total a coupon or rounding relates to another ("Sub-Total 60.60", "Coupon 27.60", "Grand Total
    // 33.00"): which of the two is the total is in doubt, and the tax under them settles nothing.
    if (adjustedRival(t, cs)) continue;
    // A net or sub-total printed above the total: the document gives its own net (when it differs, a
    // coupon or discount stands between them, and the total is in doubt as above).
    if (cs.some((n) => own(n, 'net') && !printedNowhere(n) && n.line.page === t.line.page && n.line.n < t.line.n && t.line.n - n.line.n <= NET_REACH)) continue;
    const lines = included.filter((x) => x.line.page === t.line.page && x.line.n > t.line.n && x.line.n <= t.line.n + REACH);
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
