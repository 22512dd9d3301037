/**
 * Values an e-invoice should never carry, said instead of dropped: an amount, quantity or percent
 * that is not a number (`NaN`, `1e308`: xsd:decimal has no exponent) or is beyond any real invoice
 * would otherwise just be missing from the result; and a commercial invoice (type 380) whose every
 * amount is negative is more likely a credit note filed under the wrong type.
 */
import type { FieldsResult } from '../fields/checks.js';
import type { XNode } from './xml.js';

/** No invoice is for ten trillion: past this a value is a mistake or an attack (and loses cents as a double). */
const LARGEST = 1e13;
const NUMERIC = /(Amount|Quantity|Percent)$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Review reasons for numeric elements whose text is not a usable number (at most 5, then a count). */
export function numberProblems(doc: XNode): string[] {
  const found: string[] = [];
  let more = 0;
  const visit = (node: unknown, name: string) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, name));
    const isObj = node !== null && typeof node === 'object';
    if (NUMERIC.test(name)) {
      const raw = isObj ? (node as Record<string, unknown>)['#text'] : node;
      if (raw !== undefined && raw !== null && typeof raw !== 'object') {
        const t = String(raw).replace(/\s+/g, '');
        const n = Number(t);
        const why = !DECIMAL.test(t) ? `"${t.slice(0, 40)}", not a decimal number` : Math.abs(n) >= LARGEST ? `${t.length > 20 ? `a ${t.replace(/^[+-]/, '').split('.')[0].length}-digit number` : t}, beyond any real invoice` : null;
        if (why) {
          if (found.length < 5) found.push(`e-invoice XML: ${name} is ${why}; it was left out`);
          else more++;
        }
      }
    }
    if (isObj) for (const [k, v] of Object.entries(node as Record<string, unknown>)) if (!k.startsWith('@_') && k !== '#text') visit(v, k);
  };
  visit(doc, '');
  if (more) found.push(`e-invoice XML: ${more} more values like these`);
  return found;
}

/** A commercial invoice (380) whose total, tax and every line are negative: a credit note (381) under the wrong type? */
export function negativeInvoiceProblem(f: FieldsResult, typeCode: string | null): string | null {
  if (typeCode !== '380' || !f.total || f.total.value >= 0) return null;
  if ((f.tax?.value ?? 0) > 0 || f.lineItems.some((l) => (l.amount ?? 0) > 0)) return null;
  return `a commercial invoice (type 380) whose amounts are all negative (total ${f.total.value}): is it a credit note (381) sent under the wrong type?`;
}
