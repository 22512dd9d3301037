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
 * difference no sum agrees with.
 *
 * A card payment ("Kartenzahlung", "Mastercard EUR 20,08", "Payé par carte", "VISA") with no change
 * line after it pays the whole total: its amount is a derived total too, held to the same evidence.
 * One more piece of evidence counts for either: the last amount printed above the payment is the
 * same value (a till prints the total right above the payment lines, however OCR spoiled its label:
 * "IU ZAHLEN EURO 18,01"). And a VAT table's row (rate, net, tax, gross: "D 19,00% 6,28 1,19
 * 7,47") adding up is the row's own arithmetic, not the total's: it does not keep a chosen total
 * the payment contradicts. A card amount never replaces a total its own label names (a part
 * payment, or the card line misread: "Mastercard EUR 0,20" under "SUMME EUR 36,20").
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
export type DerivedEvidence = 'garbled total' | 'sums' | 'printed' | 'printed above the payment';

export interface DerivedTotal {
  candidate: AmountCandidate;
  evidence: DerivedEvidence[];
  /** What the total was derived from. */
  from: 'cash tendered less change' | 'the card payment';
}

/** A total derived from the cash lines is printed nowhere as such (no box of its own). */
export const CASH_LESS_CHANGE = 'synthetic:cashLessChange';
/** The label of a total derived from a card payment (its `source` says so: `generic:card-payment`). */
export const PAID_BY_CARD = 'paid by card';

/**
 * A card payment's words, on the payment line or the card slip's lines right above its amount
 * ("Debit MasterCard" over "EUR 18,01"): the card pays the whole total, no change comes back.
 */
const CARD = /(?<![\p{L}])(?:card|karte|kartenzahlung|kreditkarte|girocard|ec[\s-]*cash|visa|master\s*card|maestro|amex|debit|contactless|kontaktlos|carte(?:\s*bancaire)?|cb|tarjeta|carta|cart[ãa]o|pinpas|eftpos)(?![\p{L}])/iu;
/** How many lines above its amount a card slip names the card. */
const CARD_REACH = 3;

/** A payment amount: labelled as one on its line, or alone on its line under a payment's words (a card slip's "EUR 18,01"). */
const payment = (c: AmountCandidate) => own(c, 'tendered') || (!!c.features['seg:empty'] && has(c, 'tendered') && !has(c, 'change'));

function paidByCard(t: AmountCandidate, v: DocView): boolean {
  for (let n = t.line.n; n >= Math.max(0, t.line.n - CARD_REACH); n--) {
    const l = v.lines[n];
    if (l.page !== t.line.page) return false;
    if (CARD.test(n === t.line.n ? l.text.slice(0, t.money.start) : l.text)) return true;
  }
  return false;
}

/**
 * The differences of every tendered line and the change line right after it (positive, distinct),
 * and the amount of a card payment with no change line after it, as candidates on the payment line.
 */
function differences(cs: AmountCandidate[], v: DocView): Array<{ candidate: AmountCandidate; from: DerivedTotal['from'] }> {
  const out: Array<{ candidate: AmountCandidate; from: DerivedTotal['from'] }> = [];
  const add = (t: AmountCandidate, value: number, label: string, from: DerivedTotal['from']) => {
    if (out.some((o) => o.candidate.value === value)) return;
    out.push({ candidate: { value, line: t.line, money: { ...t.money, value }, label, features: { bias: 1, [CASH_LESS_CHANGE]: 1 } }, from });
  };
  const tendered = cs.filter((c) => payment(c) && !own(c, 'change', 'totalStrong', 'totalWeak', 'due') && c.value > 0 && c.money.decimals);
  const changes = cs.filter((c) => own(c, 'change') && !own(c, 'tendered') && c.value >= 0 && c.money.decimals);
  for (const t of tendered) {
    const after = changes.filter((h) => h.line.page === t.line.page && h.line.n > t.line.n && h.line.n - t.line.n <= CHANGE_REACH);
    for (const h of after) if (h.value < t.value) add(t, round2(t.value - h.value), 'tendered less change', 'cash tendered less change');
    if (!after.length && paidByCard(t, v)) add(t, t.value, PAID_BY_CARD, 'the card payment');
  }
  return out;
}

/** The last amount with cents printed above the payment line `c` stands on is `c`'s value (the till's total line, whatever its label reads). */
function printedAbove(c: AmountCandidate, v: DocView): boolean {
  for (let n = c.line.n - 1; n >= 0; n--) {
    if (v.lines[n].page !== c.line.page) return false;
    const last = v.amounts[n].filter((a) => a.decimals).at(-1);
    if (last) return sameCents(last.value, c.value);
  }
  return false;
}

/** A row of a VAT table (a rate and amounts, no label of its own): its net and tax adding up to it is the row's own sum, not a total's. */
const vatRow = (c: AmountCandidate) => !!(c.features['row:pct'] && c.features['seg:empty']) && !own(c, 'totalStrong', 'totalWeak', 'due');

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
 * in total RM 0.49" of 8.60), a VAT table's gross column (two rates or more), and a net amount less the discount lines after it ("Sub-Total 45.70",
 * "Coupon Discount 14.80").
 */
function otherSums(x: number, cs: AmountCandidate[], v: DocView): boolean {
  const included = cs.some((q) => has(q, 'tax') && q.value > 0 && AMOUNT.incl.test(q.line.text) && v.rates.some((r) => sameCents(round2((x * r) / (100 + r)), q.value)));
  if (included) return true;
  // The gross column of a VAT table, one row per rate ("B 7% 15,46 1,08 16,54", "C 19% 2,97 0,57 3,54"), adds up to it.
  const grosses = cs.filter((c) => vatRow(c) && c.features['pos:rightmost']);
  if (grosses.length >= 2 && new Set(grosses.map((c) => c.line)).size === grosses.length && sameCents(round2(grosses.reduce((a, c) => a + c.value, 0)), x)) return true;
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
  if (printedAbove(c, v)) out.push('printed above the payment');
  return out;
}

/**
 * The total the cash lines make, when it has evidence of its own and the chosen total (`chosen`,
 * null when none) is another value with no arithmetic of its own; null otherwise.
 */
export function cashLessChange(cs: AmountCandidate[], v: DocView, chosen: AmountCandidate | null, chosenAgrees: boolean): DerivedTotal | null {
  if (chosen && (((chosenAgrees || chosen.features['arith:netPlusTax']) && !vatRow(chosen)) || chosen.features['arith:tenderedMinusChange'])) return null;
  // A card payment pays what the total says: one that differs from a total labelled as such is a part payment or a misread card line.
  const labelled = chosen !== null && own(chosen, 'totalStrong', 'totalWeak', 'due');
  const diffs = differences(cs, v).filter((d) => d.from !== 'the card payment' || !labelled);
  if (!diffs.length || (chosen && diffs.some((d) => sameCents(d.candidate.value, chosen.value)))) return null;
  const mark = arithmeticOf(cs, v);
  const found: DerivedTotal[] = [];
  for (const { candidate, from } of diffs) {
    mark(candidate);
    const evidence = evidenceOf(candidate, cs, v, chosen);
    if (evidence.length) found.push({ candidate, evidence, from });
  }
  return found.length === 1 ? found[0] : null;
}
