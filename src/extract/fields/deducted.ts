/**
 * A deposit deducted with its own breakdown on one line ("Odpočet zálohy (zálohová faktúra ZF19,
 * základ 975,61, DPH 224,39)   -1 200,00", "Less deposit (net 500.00, VAT 100.00)   -600.00"): the
 * amounts before the line's last one restate the earlier deposit invoice's net and tax, and are
 * neither this invoice's total, nor its net amount, nor its tax. They are marked `deduct:part` (no
 * candidates for those fields); the deducted sum itself, the line's last amount, is read as usual.
 */
import type { AmountCandidate } from './amounts.js';
import { AMOUNT } from './lexicon.js';

/** Marks the amounts inside a deposit line's label: every one but its last, when the line starts by saying it deducts a deposit. */
export function markDeductedParts(cs: AmountCandidate[]): void {
  const byLine = new Map<AmountCandidate['line'], AmountCandidate[]>();
  for (const c of cs) {
    const row = byLine.get(c.line);
    if (row) row.push(c);
    else byLine.set(c.line, [c]);
  }
  for (const [line, row] of byLine) {
    if (row.length < 2) continue;
    const first = Math.min(...row.map((c) => c.money.start));
    if (!AMOUNT.prepaid.test(line.text.slice(0, first))) continue;
    const last = Math.max(...row.map((c) => c.money.start));
    for (const c of row) if (c.money.start < last) c.features['deduct:part'] = 1;
  }
}
