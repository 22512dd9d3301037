/**
 * Cash-rounding adjustments as a page prints them: the amount of a rounding line ("Rounding Adj
 * -0.02", "Rundung -0.02", "Zaokrouhlení 0,40", "Öresavrundning", "Arrondi"), and the one printed
 * between a net amount and the total it adds up to. amounts.ts (the arithmetic features) and
 * rounding.ts (the total paid) read them; this module names no type of amounts.ts, which imports it.
 */
import type { DocView } from './context.js';
import type { Line } from './cells.js';
import { CASH_ROUNDING } from './lexicon.js';

const cents = (x: number) => Math.round(Math.abs(x) * 100);
/** A multiple of the smallest coin where cash is rounded (5 cents, 5 Rappen; a whole crown is one too). */
export const onCoin = (x: number) => cents(x) % 5 === 0;

/**
 * The adjustment a rounding line reads: its last amount when it is a plausible rounding (under
 * 0.50), null when none is readable ("Rounding Adj: ~~", "RM 02" with its point lost).
 */
export function adjustmentOf(v: DocView, n: number): number | null {
  const row = v.amounts[n];
  const last = row[row.length - 1];
  if (!last || !last.decimals || Math.abs(last.value) >= 0.5) return null;
  return last.value;
}

/**
 * The rounding adjustment printed between the net amount `from` and the total `to` (0 when none):
 * an invoice from where the smallest coin is 5 cents (Switzerland) or a whole crown (Czechia)
 * prints its net, its VAT, a rounding line and the rounded total, so net + VAT + adjustment is the
 * total. The total must be the rounded one (on a coin), the rounding line on its page between the two.
 */
export function roundingBetween(v: DocView, from: { line: Line }, to: { value: number; line: Line }): number {
  if (from.line.page !== to.line.page || !onCoin(to.value)) return 0;
  for (let n = from.line.n + 1; n < to.line.n; n++) {
    if (!CASH_ROUNDING.test(v.lines[n].text)) continue;
    const r = adjustmentOf(v, n);
    if (r !== null && r !== 0) return r;
  }
  return 0;
}
