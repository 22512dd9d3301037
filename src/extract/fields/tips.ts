/**
 * Tips (gratuity, pourboire, Trinkgeld, propina ...). A restaurant's bill prints its total with tax;
 * the card slip or the waiter then adds a tip and prints what was paid ("Montant 63,50 /
 * Pourboire 5,00 / Total 68,50"). What was paid is the receipt's total; the bill's net and tax stay
 * as they are (a tip is outside VAT: outside.ts counts it between them and the total paid). A tip
 * line after the chosen total with no paid total printed leaves that total in doubt.
 */
import type { Line } from './cells.js';
import type { Features } from './learn/logistic.js';
import { nearAmount } from '../normalize.js';

/** What this reads of an amount candidate (amounts.ts imports outside.ts, which imports this module: it names no type of it). */
interface Amount {
  value: number;
  line: Line;
  money: { decimals: boolean };
  features: Features;
}

/** The amount's own label (its cell, its row, the line above a bare amount) says it is a tip. */
export const tipLabelled = (c: Amount): boolean => !!(c.features['seg:tip'] || c.features['row:tip'] || c.features['prev:tip']);

/** A suggested tip ("Tip 15 %: 7.50", "suggested gratuity") is printed before anything was paid: not a tip given. */
const SUGGESTED = /suggest|guide|%|vorschlag|sugg[ée]r|sugerid|suggerit|sugerowan/iu;

/** The tips given on a document: positive amounts with cents, labelled as a tip, rightmost on their line, not suggestions. */
export const tipLines = <C extends Amount>(cs: C[]): C[] => cs.filter((c) => tipLabelled(c) && c.features['pos:rightmost'] && c.money.decimals && c.value > 0 && !SUGGESTED.test(c.line.text));


/** How far (lines) before a tip the bill's total may stand (its tax and net lines may come between), and the total paid after it. */
const BEFORE = 8;
const AFTER = 4;

export interface Tipped<C> {
  /** The tip line. */
  tip: C;
  /** The total paid (the bill's total + the tip) printed after the tip, or null when none is. */
  paid: C | null;
}

/**
 * A tip added to the total `total`: a tip line printed after an amount of the total's value (within
 * a few lines on its page), and the amount paid (total + tip) printed after the tip, when it is.
 * Null when no tip follows the total.
 */
export function tipAfter<C extends Amount>(total: C, cs: C[]): Tipped<C> | null {
  for (const tip of tipLines(cs)) {
    const before = cs.some((c) => c !== tip && c.line.page === tip.line.page && c.line.n < tip.line.n && c.line.n >= tip.line.n - BEFORE && nearAmount(c.value, total.value));
    if (!before) continue;
    const paid = cs.find((c) => c.line.page === tip.line.page && c.line.n > tip.line.n && c.line.n <= tip.line.n + AFTER && nearAmount(c.value, total.value + tip.value) && !tipLabelled(c));
    return { tip, paid: paid ?? null };
  }
  return null;
}

/**
 * The same evidence as features of the candidates, for the fit: `tip:before` on an amount a tip line
 * follows (within BEFORE lines on its page: a bill's total, net or tax, not what was paid), and
 * `tip:paid` on an amount printed after the tip that is such an amount plus the tip.
 */
export function markTips<C extends Amount>(cs: C[]): void {
  for (const tip of tipLines(cs)) {
    for (const bill of cs) {
      if (bill === tip || bill.line.page !== tip.line.page || bill.line.n >= tip.line.n || bill.line.n < tip.line.n - BEFORE || bill.value <= 0 || tipLabelled(bill)) continue;
      bill.features['tip:before'] = 1;
      const paid = cs.find((c) => c.line.page === tip.line.page && c.line.n > tip.line.n && c.line.n <= tip.line.n + AFTER && nearAmount(c.value, bill.value + tip.value) && !tipLabelled(c));
      if (paid) paid.features['tip:paid'] = 1;
    }
  }
}
