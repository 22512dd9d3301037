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
  for (const [n, r] of cashRoundings(v)) if (n > from.line.n && n < to.line.n) return r;
  return 0;
}

/**
 * The document's rounding lines with a non-zero adjustment, [line, adjustment] in line order: read
 * once per document, not once per pair of amounts (the arithmetic asks for every pair). Keyed by
 * the document's view, so it lives as long as the document does.
 */
const roundingLines = new WeakMap<DocView, ReadonlyArray<readonly [number, number]>>();
function cashRoundings(v: DocView): ReadonlyArray<readonly [number, number]> {
  let found = roundingLines.get(v);
  if (!found) {
    const out: [number, number][] = [];
    for (const l of v.lines) {
      if (!CASH_ROUNDING.test(l.text)) continue;
      const r = adjustmentOf(v, l.n);
      if (r !== null && r !== 0) out.push([l.n, r]);
    }
    roundingLines.set(v, (found = out));
  }
  return found;
}
