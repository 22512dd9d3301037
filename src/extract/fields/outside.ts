/**
 * Amounts outside VAT in a totals block: costs paid on the customer's behalf and passed on at cost
 * ("Gerichtskosten (durchlaufender Posten, ohne USt.)", "Disbursements (outside the scope of VAT)",
 * "Débours", "Fuori campo IVA"). They stand between the net amount and its VAT and the grand total,
 * which is net + tax + them: the subtotal and the tax still agree with the total once they are
 * counted, and they are neither. A tip added to a bill (tips.ts) stands there the same way.
 */
import type { Line } from './cells.js';
import type { Features } from './learn/logistic.js';
import { round2 } from '../normalize.js';
import { tipLabelled } from './tips.js';
import { AMOUNT } from './lexicon.js';

/** What this reads of an amount candidate (amounts.ts imports this module, so it names no type of it; withholding.ts reads the same). */
export interface Amount {
  value: number;
  label: string;
  line: Line;
  money: { decimals: boolean };
  features: Features;
}

/** The amount's own label (its cell, its row, the line above a bare amount) or its section's heading says it is outside VAT, or a tip (tips.ts). */
const outsideVat = (c: Amount): boolean => !!(c.features['seg:outside'] || c.features['row:outside'] || c.features['prev:outside'] || c.features['sec:outside']) || tipLabelled(c);

/** The amounts outside VAT of a document: rightmost amounts (with cents) labelled so, not zero. */
export const outsideLines = <C extends Amount>(cs: C[]): C[] => cs.filter((c) => outsideVat(c) && c.features['pos:rightmost'] && c.money.decimals && c.value !== 0);

/**
 * The sum of the amounts outside VAT printed after `from` and before `to` on its page (0 when none):
 * what the total `to` holds besides the net amount or tax `from` stands for.
 */
export function outsideBetween(outs: Amount[], from: Amount, to: Amount): number {
  if (from.line.page !== to.line.page) return 0;
  return round2(outs.filter((o) => o.line.page === to.line.page && o.line.n > from.line.n && o.line.n < to.line.n).reduce((s, o) => s + o.value, 0));
}

/** A label that names a total or what is to pay ("TOTAL À RÉGLER", "Zu zahlen", "Amount due"). */
const totalLabelled = (c: Amount): boolean => !!(c.features['seg:totalStrong'] || c.features['seg:totalWeak'] || c.features['seg:due']);

/** A label with a word for a sum or total in it ("Total débours", "Summe Auslagen"). */
const sumWord = (label: string): boolean => AMOUNT.totalWeak.test(label) || AMOUNT.totalStrong.test(label);

/** How many lines a section of amounts outside VAT may run under its heading. */
const SECTION_LINES = 12;

/**
 * A section of amounts outside VAT under a heading of its own, after a total ("Total honoraires TVAC
 * 4.381,65 / Débours (hors champ de TVA) / Frais de greffe 75,00 / Frais d'huissier 148,20 / Total de
 * la note 4.604,85"; "Auslagen (durchlaufende Posten)", "Disbursements"): a line with no amount whose
 * words say outside VAT heads the rows below it, up to the next line labelled as a total, which
 * closes the section (within SECTION_LINES, on the heading's page). Each row's rightmost amount with
 * cents is marked `sec:outside`. A heading that no total closes, that comes before any total (a
 * page-wide "non soumis à la TVA"), or whose rows end in a sum of their own labelled outside VAT
 * ("Total débours", counted already), marks nothing.
 */
export function markOutsideSections<C extends Amount>(cs: C[], lines: Line[]): void {
  const byLine = new Map<number, C[]>();
  for (const c of cs) byLine.set(c.line.n, [...(byLine.get(c.line.n) ?? []), c]);
  for (const [i, h] of lines.entries()) {
    if (byLine.has(h.n) || !AMOUNT.outside.test(h.text)) continue;
    if (!cs.some((c) => c.line.page === h.page && c.line.n < h.n && totalLabelled(c))) continue;
    const rows: C[] = [];
    for (const l of lines.slice(i + 1, i + 1 + SECTION_LINES)) {
      if (l.page !== h.page) break;
      const row = byLine.get(l.n) ?? [];
      // The section's own sum labelled outside VAT ("Total débours 327,00"): it stands for the rows, which are not counted again.
      if (row.some((c) => c.features['seg:outside'] && sumWord(c.label))) break;
      if (row.some(totalLabelled)) {
        for (const c of rows) c.features['sec:outside'] = 1;
        break;
      }
      rows.push(...row.filter((c) => c.features['pos:rightmost'] && c.money.decimals));
    }
  }
}

/**
 * The amount to pay printed after a total and the amounts outside VAT that follow it ("Total
 * honoraires TTC 2 880,00 / Débours : Frais de greffe 65,00, Timbre 21,40 / TOTAL À RÉGLER
 * 2 966,40"): labelled as a total, on the same page, equal to the total plus those amounts. Null
 * when none is printed.
 */
export function totalAfterOutside<C extends Amount>(total: C, cs: C[]): C | null {
  const outs = outsideLines(cs);
  if (!outs.some((o) => o.line.page === total.line.page && o.line.n > total.line.n)) return null;
  return cs.find((c) => c.line.page === total.line.page && c.line.n > total.line.n && totalLabelled(c) && !outsideVat(c) && outsideBetween(outs, total, c) !== 0 && Math.abs(round2(total.value + outsideBetween(outs, total, c)) - c.value) < 0.005) ?? null;
}
