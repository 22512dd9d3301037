/**
 * An income-tax withholding deducted after the VAT ("Retención IRPF 15 %  -59,55", "Ritenuta
 * d'acconto 20 %", "Retenção na fonte IRS", "Withholding tax"): the customer pays it to the tax
 * office, not to the seller, so the total after it is net + VAT − the withholding. Printed between
 * the tax and that total, it is what the two lack to agree with it; the VAT is still the invoice's
 * tax. Only when no amount labelled as a total stands between them: a "Totale documento" printed
 * before the withholding is the gross the net and tax make, and the sum after it ("Netto a pagare")
 * is no total they make (fixtures/README.md: the total is the gross when printed).
 */
import type { Line } from './cells.js';
import type { Amount } from './outside.js';
import { round2 } from '../normalize.js';

/** A withholding's label: Spanish and Portuguese "retención/retenção (IRPF/IRS)", Italian "ritenuta", English "withholding". */
export const WITHHELD = /\b(?:retenci[óo]n|retenç[ãa]o|retencao|irpf|ritenuta|withholding)\b/iu;

const totalLabelled = (c: Amount): boolean => !!(c.features['seg:totalStrong'] || c.features['seg:totalWeak'] || c.features['seg:due']);

/**
 * What the withholdings printed after `from` and before `to` on its page take off the total `to`
 * (0 or less; 0 when none, or when an amount labelled as a total stands between them).
 */
export function withheldBetween(cs: Amount[], from: { line: Line }, to: { line: Line }): number {
  if (from.line.page !== to.line.page) return 0;
  const between = cs.filter((c) => c.line.page === to.line.page && c.line.n > from.line.n && c.line.n < to.line.n && c.features['pos:rightmost']);
  if (between.some(totalLabelled)) return 0;
  const held = round2(between.filter((c) => c.money.decimals && c.value !== 0 && WITHHELD.test(c.label)).reduce((s, c) => s + Math.abs(c.value), 0));
  return held ? -held : 0;
}
