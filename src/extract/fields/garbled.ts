/**
 * A till slip whose total line OCR garbled ("SUMME EUR   “FBR bd" on a dim photo): its label is
 * read, its amount is not. Two sums the slip prints elsewhere still give it: the VAT table under it
 * (the rows' gross amounts, or nets and taxes) and the column of item amounts above it. When both
 * come to the same value to the cent, that value is the total, a candidate printed nowhere on the
 * total's line (`synthetic:garbledTotal`), with the arithmetic that makes it (breakdown.ts then
 * gives the table's net and tax sums as the subtotal and tax).
 */
import type { AmountCandidate } from './amounts.js';
import type { DocView } from './context.js';
import { AMOUNT, mendTotalWord } from './lexicon.js';
import { round2, sameCents } from '../normalize.js';

/** Lines above the VAT table within which the garbled total line stands. */
const REACH = 6;
/** Lines without an amount (a separator, a discount note) the item column may hold in a row. */
const GAPS = 3;

/** The feature of a total derived from the VAT table and the item column. */
export const GARBLED_TOTAL = 'synthetic:garbledTotal';

/** The amounts of the item column above line `top` add up to `value` (two or more, the rightmost of each line). */
function itemsSumTo(v: DocView, top: number, value: number): boolean {
  let sum = 0;
  let n = 0;
  let gaps = 0;
  for (let i = top - 1; i >= 0 && v.lines[i].page === v.lines[top].page && gaps <= GAPS; i--) {
    const last = v.amounts[i].filter((m) => m.decimals).at(-1);
    if (!last) {
      if (v.lines[i].text.trim()) gaps++;
      continue;
    }
    gaps = 0;
    sum = round2(sum + last.value);
    n++;
    if (n >= 2 && sameCents(sum, value)) return true;
    if (sum > value * 1.5 + 1) return false;
  }
  return false;
}

/**
 * The total of a slip whose VAT table starting at line `first` sums to `value`, when a line above the
 * table is labelled as a total and holds no legible amount, and the items above that line sum to the
 * same value; else null.
 */
export function garbledTotal(v: DocView, first: number, value: number, like: AmountCandidate): AmountCandidate | null {
  if (!v.ocr || value <= 0) return null;
  for (let i = first - 1; i >= 0 && first - i <= REACH && v.lines[i].page === v.lines[first].page; i--) {
    const text = mendTotalWord(v.lines[i].text);
    const strong = AMOUNT.totalStrong.test(text);
    if (!strong && !AMOUNT.totalWeak.test(text)) continue;
    if (v.amounts[i].some((m) => m.decimals) || AMOUNT.tax.test(text) || AMOUNT.net.test(text)) return null;
    if (!itemsSumTo(v, i, value)) return null;
    const label = strong ? 'seg:totalStrong' : 'seg:totalWeak';
    return { value, line: v.lines[i], money: { ...like.money, value }, label: text.trim(), features: { bias: 1, [label]: 1, 'pos:rightmost': 1, 'fmt:decimals': 1, 'arith:columnSum': 1, [GARBLED_TOTAL]: 1 } };
  }
  return null;
}
