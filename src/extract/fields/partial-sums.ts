/**
 * Partial sums printed before the sum they make ("Summe Lohn netto 485,00" / "Summe Material netto
 * 390,80" / "Nettobetrag 875,80", "Sous-total main d'œuvre" / "Sous-total fournitures" / "Total HT"):
 * a craftsman's labour and material blocks, a quote's lots. Each row is a sum of some lines, labelled
 * as a net, but only a part of the document's: two or more such rows on consecutive
 * lines whose amounts add up to the row right below them are marked `sum:part` (no candidates for
 * the total, the subtotal nor the tax, nor are the amounts printed nowhere made of them); the row they
 * make is read as usual.
 */
import { printedNowhere, type AmountCandidate } from './amounts.js';

export const SUM_PART = 'sum:part';

/**
 * A row's amount labelled as a net ("Summe … netto", "Sous-total …", "Subtotal …"), not as a gross total
 * nor a tax: a total and its rounding ("Gross Total Amount" / "Rounding Amount" / "Open Amount") are no parts.
 */
const sumLabelled = (c: AmountCandidate): boolean => !!c.features['seg:net'] && !c.features['seg:tax'] && !c.features['seg:totalStrong'];

/** Marks the parts: the rows of at most six consecutive sum-labelled lines whose amounts add up to the next line's. */
export function markPartialSums(cs: AmountCandidate[]): void {
  const rows = new Map<number, AmountCandidate>();
  for (const c of cs) if (c.features['pos:rightmost'] && !printedNowhere(c)) rows.set(c.line.n, c);
  for (const whole of rows.values()) {
    if (!whole.value || !(sumLabelled(whole) || whole.features['seg:totalStrong'])) continue;
    let sum = 0;
    const parts: AmountCandidate[] = [];
    for (let n = whole.line.n - 1; n >= whole.line.n - 6; n--) {
      const c = rows.get(n);
      if (!c || c.line.page !== whole.line.page || !sumLabelled(c)) break;
      sum += c.value;
      parts.push(c);
      if (parts.length >= 2 && Math.abs(sum - whole.value) < 0.005) {
        for (const p of parts) p.features[SUM_PART] = 1;
        // So are the amounts printed nowhere that were made of a part, which carry its label and place (a tax as a total less a part: rated.ts).
        for (const m of cs) if (printedNowhere(m) && parts.some((p) => p.label === m.label && p.money.start === m.money.start)) m.features[SUM_PART] = 1;
        break;
      }
    }
  }
}
