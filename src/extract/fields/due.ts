/**
 * What is left to pay (`amountDue`): the amount a "due" label prints (Amount due, Balance due, Reste
 * à payer, Noch zu zahlen, Zahlbetrag, Te betalen ...) when the page shows how it follows from the
 * total: the total itself, or the total less what was paid before (Acompte versé, Anzahlung,
 * Abschlagszahlung, Deposit ...). A due amount nothing explains is not given (a guess a
 * bookkeeper would pay from), nor is one on a till receipt (paid at the till).
 */
import { has, own, printedNowhere, type AmountCandidate } from './amounts.js';
import type { Decision } from './decide.js';
import { round2, nearAmount } from '../normalize.js';
import { previousLine, type DocView } from './context.js';
import { AMOUNT } from './lexicon.js';


/** Lines in reading order: page, then line. */
const after = (a: AmountCandidate, b: AmountCandidate) => a.line.n >= b.line.n;

export interface AmountDue {
  value: number;
  /** The due line's amount (its place on the page). */
  candidate: AmountCandidate;
  confidence: number;
  rule: string;
}

/**
 * The amount due, from the decided total and the page's amounts; null when no due label prints one
 * that the total explains. Confidence: the total's (the arithmetic ties the two together), at most 0.95.
 */
export function amountDueOf(v: DocView, amounts: AmountCandidate[], total: Decision<AmountCandidate> | null, receipt: boolean): AmountDue | null {
  if (!total || receipt) return null;
  const t = total.candidate;
  const labelledDue = amounts.filter((a) => own(a, 'due') && !own(a, 'prepaid', 'tendered', 'change') && !printedNowhere(a));
  if (!labelledDue.length) return null;
  const sign = Math.sign(t.value) || 1;
  // Paid before: a line's last amount labelled so, or under a line that says so and prints no amount
  // ("abzgl. 1. Abschlagsrechnung vom 14.04.2025" above "netto 8.000,00 + USt 1.520,00   -9.520,00").
  const saysPrepaid = (a: AmountCandidate) => {
    if (has(a, 'prepaid')) return true;
    const prev = previousLine(v, a.line);
    return !!prev && AMOUNT.prepaid.test(prev.text) && !amounts.some((o) => o.line.n === prev.n && o.money.decimals);
  };
  const prepaid = amounts.filter((a) => a.features['pos:rightmost'] && a.value !== 0 && !own(a, 'due', 'totalStrong') && !printedNowhere(a) && saysPrepaid(a));
  const conf = Math.min(0.95, total.confidence);
  // The last due line that the total less the prepayments explains (a final "Reste à payer" after
  // "Solde" lines): each prepayment alone, or all of them between the total and the due line together.
  for (const d of [...labelledDue].reverse()) {
    if (!after(d, t)) continue;
    const between = prepaid.filter((p) => after(p, t) && after(d, p));
    const paidSums = [...prepaid.map((p) => Math.abs(p.value)), round2(between.reduce((s, p) => s + Math.abs(p.value), 0))].filter((x) => x > 0);
    if (paidSums.some((x) => nearAmount(round2(t.value - sign * x), d.value))) return { value: d.value, candidate: d, confidence: conf, rule: 'arithmetic:total-less-prepaid' };
  }
  // No prepayment explains a due amount: what is due is the total when a due line (anywhere: a header's "Amount due") says so.
  const same = labelledDue.find((d) => nearAmount(d.value, t.value));
  return same ? { value: t.value, candidate: same, confidence: conf, rule: 'label:amount-due' } : null;
}
