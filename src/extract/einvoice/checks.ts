/**
 * The arithmetic of an e-invoice's own XML, by the EN 16931 business rules: line net amounts
 * (BR-CO-10 family), the VAT breakdown (BR-CO-14, BR-S-08) and the document totals (BR-CO-13,
 * BR-CO-15, BR-CO-16). Each failure is a review reason naming the numbers involved.
 */
import { round2 } from '../normalize.js';
import type { EInvoiceData } from './map.js';

/** Cents of slack for each rounded amount that goes into a sum. */
const CENT = 0.01;

const fmt = (n: number): string => n.toFixed(2);

export function einvoiceArithmetic(d: EInvoiceData): string[] {
  const out: string[] = [];
  const t = d.totals;
  const near = (a: number, b: number, terms = 1) => Math.abs(a - b) <= CENT * terms + 1e-9;

  // Lines: quantity x net price / base quantity, less line allowances, plus line charges.
  d.lines.forEach((l, i) => {
    if (!l.inTotal || l.quantity === null || l.price === null || l.amount === null) return;
    const expected = round2((l.quantity * l.price) / (l.basisQuantity && l.basisQuantity > 0 ? l.basisQuantity : 1) - l.allowances + l.charges);
    if (!near(expected, l.amount)) {
      out.push(`e-invoice line ${l.id ?? i + 1}: ${l.quantity} x ${fmt(l.price)}${l.basisQuantity && l.basisQuantity !== 1 ? ` / ${l.basisQuantity}` : ''}${l.allowances ? ` - ${fmt(l.allowances)}` : ''}${l.charges ? ` + ${fmt(l.charges)}` : ''} = ${fmt(expected)}, but the line amount is ${fmt(l.amount)}`);
    }
  });
  const amounts = d.lines.filter((l) => l.inTotal).map((l) => l.amount).filter((a): a is number => a !== null);
  if (t.lineTotal !== null && amounts.length > 0) {
    const s = round2(amounts.reduce((a, b) => a + b, 0));
    if (!near(s, t.lineTotal)) out.push(`e-invoice lines add up to ${fmt(s)}, but the sum of line amounts (BT-106) is ${fmt(t.lineTotal)}`);
  }

  // Document totals.
  if (t.lineTotal !== null && t.taxBasis !== null) {
    const expected = round2(t.lineTotal - (t.allowances ?? 0) + (t.charges ?? 0));
    if (!near(expected, t.taxBasis)) out.push(`e-invoice total without VAT (BT-109) is ${fmt(t.taxBasis)}, but lines ${fmt(t.lineTotal)} - allowances ${fmt(t.allowances ?? 0)} + charges ${fmt(t.charges ?? 0)} = ${fmt(expected)}`);
  }
  if (t.taxBasis !== null && t.taxTotal !== null && t.grandTotal !== null) {
    const expected = round2(t.taxBasis + t.taxTotal);
    if (!near(expected, t.grandTotal)) out.push(`e-invoice total with VAT (BT-112) is ${fmt(t.grandTotal)}, but ${fmt(t.taxBasis)} + VAT ${fmt(t.taxTotal)} = ${fmt(expected)}`);
  }
  if (t.grandTotal !== null && t.due !== null) {
    const expected = round2(t.grandTotal - (t.prepaid ?? 0) + (t.rounding ?? 0));
    if (!near(expected, t.due)) out.push(`e-invoice amount due (BT-115) is ${fmt(t.due)}, but total ${fmt(t.grandTotal)} - paid ${fmt(t.prepaid ?? 0)}${t.rounding ? ` + rounding ${fmt(t.rounding)}` : ''} = ${fmt(expected)}`);
  }

  // VAT breakdown.
  const rows = d.fields.taxBreakdown;
  rows.forEach((r) => {
    if (r.taxableAmount === null || r.taxAmount === null || r.rate === null) return;
    const expected = round2((r.taxableAmount * r.rate) / 100);
    if (!near(expected, r.taxAmount)) out.push(`e-invoice VAT ${r.category ?? ''} ${r.rate}%: ${fmt(r.taxableAmount)} x ${r.rate}% = ${fmt(expected)}, but the VAT amount is ${fmt(r.taxAmount)}`.replace('VAT  ', 'VAT '));
  });
  if (rows.length > 0 && t.taxTotal !== null && rows.every((r) => r.taxAmount !== null)) {
    const s = round2(rows.reduce((a, r) => a + (r.taxAmount ?? 0), 0));
    if (!near(s, t.taxTotal, rows.length)) out.push(`e-invoice VAT breakdown adds up to ${fmt(s)}, but the VAT total (BT-110) is ${fmt(t.taxTotal)}`);
  }
  if (rows.length > 0 && t.taxBasis !== null && rows.every((r) => r.taxableAmount !== null)) {
    const s = round2(rows.reduce((a, r) => a + (r.taxableAmount ?? 0), 0));
    if (!near(s, t.taxBasis, rows.length)) out.push(`e-invoice VAT breakdown covers ${fmt(s)}, but the total without VAT (BT-109) is ${fmt(t.taxBasis)}`);
  }
  return out;
}
