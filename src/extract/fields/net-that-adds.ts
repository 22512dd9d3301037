/**
 * Two nets printed one under the other ("Total marchandises HT 354,40", then a discount and a
 * taxed deposit, then "Total HTVA 390,68"), the first likelier by its label and place, but only the
 * second adding up with the tax to the total: the second is the invoice's net. The first is a sum
 * of goods before the adjustments printed between them. The joint search (decide.ts) weighs the
 * arithmetic, but a close call can still give the first: this settles it by the arithmetic alone,
 * and only between two amounts labelled as a net, the later one printed between the first and the total.
 */
import type { AmountCandidate } from './amounts.js';
import type { ValueShare } from './model.js';

type Option = ValueShare<AmountCandidate> | null;

const labelledNet = (c: AmountCandidate): boolean => !!c.features['seg:net'] && !!c.features['pos:rightmost'];
/** `a` is printed before `b` (page, then line). */
const before = (a: AmountCandidate, b: AmountCandidate): boolean => a.line.page < b.line.page || (a.line.page === b.line.page && a.line.n < b.line.n);

/**
 * The later net of `opts` that adds up with tax `x` (and `off`, amounts outside VAT or rounding
 * between it and the total) to total `t`, when the chosen net `s` does not; null otherwise.
 */
export function laterNetThatAdds(s: Option, x: Option, t: Option, opts: Option[], off: (o: ValueShare<AmountCandidate>) => number, rateOk: (net: number, tax: number) => boolean): ValueShare<AmountCandidate> | null {
  if (!s || !x || !t || !labelledNet(s.best) || x.value === 0) return null;
  const adds = (o: ValueShare<AmountCandidate>) => o.value !== 0 && Math.abs(o.value + x.value + off(o) - t.value) < 0.015 && rateOk(o.value, x.value);
  if (adds(s)) return null;
  return opts.find((o): o is ValueShare<AmountCandidate> => !!o && o !== s && labelledNet(o.best) && before(s.best, o.best) && before(o.best, t.best) && adds(o)) ?? null;
}

const labelledTax = (c: AmountCandidate): boolean => !!c.features['seg:tax'] && !!c.features['pos:rightmost'] && !c.features['seg:prepaid'];

/**
 * A net and a tax printed after the total (what is left to pay once a deposit is deducted: "abzgl.
 * Anzahlung", "Restbetrag netto", "USt auf Restbetrag") that do not add up to it, while a labelled
 * net and a labelled tax printed before it do ("Gesamtleistung netto 7.045,00", "zzgl. 19 % USt
 * 1.338,55", "Gesamtbetrag brutto 8.383,55"): the pair that makes the total is the invoice's net and
 * tax; the later pair is a remainder's. The joint search weighs the arithmetic, but labels saying
 * "net" and "tax" twice can outweigh it. Null when the chosen pair adds up, or stands before the total.
 */
export function pairBeforeThatAdds(s: Option, x: Option, t: Option, sOpts: Option[], xOpts: Option[], off: (o: ValueShare<AmountCandidate>) => number, rateOk: (net: number, tax: number) => boolean): { s: ValueShare<AmountCandidate>; x: ValueShare<AmountCandidate> } | null {
  if (!s || !x || !t) return null;
  if (Math.abs(s.value + x.value + off(s) - t.value) < 0.015) return null;
  if (!before(t.best, s.best) && !before(t.best, x.best)) return null;
  for (const os of sOpts) {
    if (!os || !labelledNet(os.best) || os.best.features['seg:prepaid'] || os.value === 0 || !before(os.best, t.best)) continue;
    for (const ox of xOpts) {
      if (!ox || !labelledTax(ox.best) || !before(ox.best, t.best)) continue;
      if (Math.abs(os.value + ox.value + off(os) - t.value) < 0.015 && rateOk(os.value, ox.value)) return { s: os, x: ox };
    }
  }
  return null;
}
