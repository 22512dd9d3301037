/**
 * Currency evidence in conflict: a page that prints one currency beside a labelled total and
 * another beside a labelled amount (a total, net, tax or amount due), outside any recognised
 * conversion note (conversion.ts), states its currency twice and differently. The vote still picks
 * one, but which is a guess the page does not settle: the currency is given a tie's confidence
 * (below the review threshold) and a review reason says why.
 */
import type { AmountCandidate } from './amounts.js';
import { CURRENCY_NEAR } from './tokens.js';
import { currencyFromToken } from '../normalize.js';

/** The labels whose amounts' currency signs are the page's statement of its currency. */
const LABELS = ['totalStrong', 'totalWeak', 'due', 'net', 'tax'] as const;
const TOTALS = ['totalStrong', 'totalWeak', 'due'] as const;
const NEAR = new RegExp(CURRENCY_NEAR.source, 'g');

export interface LabelledCurrencies {
  /** Currency -> how many labelled amounts (LABELS) print it. */
  all: Map<string, number>;
  /** The same for amounts labelled as a total or amount due. */
  totals: Map<string, number>;
}

/**
 * The currency a labelled amount is printed in: its own sign or code, else the last code or sign
 * between the label and the amount ("Total  USD   1,190.00", a code in a column of its own).
 */
function currencyOfRow(a: AmountCandidate): string | null {
  if (a.money.currency) return a.money.currency;
  const before = a.line.text.slice(0, a.money.start);
  const from = before.length - a.label.length >= 0 ? before.lastIndexOf(a.label) : -1;
  if (from < 0 || !a.label) return null;
  const signs = [...before.slice(from + a.label.length).matchAll(NEAR)];
  const last = signs.at(-1)?.[0];
  return last ? currencyFromToken(last) : null;
}

/** The currencies the page's labelled amounts print, leaving out the lines of conversion blocks and notes (`converted`). */
export function labelledCurrencies(amounts: AmountCandidate[], converted: ReadonlySet<number>): LabelledCurrencies {
  const all = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const a of amounts) {
    if (converted.has(a.line.n) || !LABELS.some((k) => a.features[`seg:${k}`])) continue;
    const c = currencyOfRow(a);
    if (!c) continue;
    all.set(c, (all.get(c) ?? 0) + 1);
    if (TOTALS.some((k) => a.features[`seg:${k}`])) totals.set(c, (totals.get(c) ?? 0) + 1);
  }
  return { all, totals };
}

/** The other currency when the labelled amounts print two, one of them at a total, given the chosen `code`; null when they agree. */
export function conflictingCurrency(code: string, l: LabelledCurrencies): string | null {
  if (!l.totals.size) return null;
  const others = [...l.all.keys()].filter((c) => c !== code).sort((a, b) => (l.all.get(b) ?? 0) - (l.all.get(a) ?? 0) || a.localeCompare(b));
  return others[0] ?? null;
}

/** The review reason for a conflict (it starts with the field's name: names.ts). */
export const conflictNote = (code: string, other: string): string =>
  `currency ${code} is in conflict: the page prints ${other} beside a labelled amount as well (not as a recognised conversion note)`;
