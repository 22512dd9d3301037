/**
 * Values an e-invoice should never carry are said, not dropped: NaN or 1e308 amounts (not
 * xsd:decimal), absurd magnitudes, and a type-380 invoice whose every amount is negative.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFromXml } from '../../src/extract/einvoice/index.js';
import { ciiXml, sampleInvoice, ublXml } from '../helpers/einvoice.js';

const read = (xml: string) => fieldsFromXml(new TextEncoder().encode(xml), { container: 'xml', attachment: null, today: '2026-11-23' });
const setGrandTotal = (xml: string, v: string) => xml.replace(/(<ram:GrandTotalAmount[^>]*>)[^<]*(<)/, `$1${v}$2`);
/** Every amount element's value negated (the arithmetic stays consistent). */
const negateAll = (xml: string) => xml.replace(/(<(?:ram|cbc):\w*Amount[^>]*>)(\d)/g, '$1-$2');

describe('e-invoice values that are not usable numbers', () => {
  const base = ciiXml(sampleInvoice(), 'EN16931');

  it('the sample itself raises none of these reasons', () => {
    const f = read(base);
    expect(f.reviewReasons.filter((r) => /left out|all negative/.test(r))).toEqual([]);
  });

  for (const [value, said] of [
    ['NaN', 'GrandTotalAmount is "NaN", not a decimal number; it was left out'],
    ['1e308', 'GrandTotalAmount is "1e308", not a decimal number; it was left out'],
    ['Infinity', 'GrandTotalAmount is "Infinity", not a decimal number; it was left out'],
    ['1' + '0'.repeat(308), 'GrandTotalAmount is a 309-digit number, beyond any real invoice; it was left out'],
    ['12345678901234.00', 'GrandTotalAmount is 12345678901234.00, beyond any real invoice; it was left out'],
  ] as const) {
    it(`a total of ${value.length > 20 ? 'a 309-digit number' : value} needs review, with the element named`, () => {
      const f = read(setGrandTotal(base, value));
      expect(f.needsReview).toBe(true);
      expect(f.reviewReasons).toContain(`e-invoice XML: ${said}`);
    });
  }
});

describe('a commercial invoice whose amounts are all negative', () => {
  it('type 380 (CII and UBL): needs review, asking whether it is a credit note', () => {
    for (const xml of [ciiXml(sampleInvoice(), 'EN16931'), ublXml(sampleInvoice(), 'PEPPOL')]) {
      const f = read(negateAll(xml));
      expect(f.total!.value).toBeLessThan(0);
      expect(f.needsReview).toBe(true);
      expect(f.reviewReasons.some((r) => /^a commercial invoice \(type 380\) whose amounts are all negative \(total -[\d.]+\): is it a credit note \(381\)/.test(r))).toBe(true);
    }
  });

  it('a corrected invoice (384) with negative amounts is not flagged for that', () => {
    const f = read(negateAll(ciiXml(sampleInvoice({ typeCode: '384' }), 'EN16931')));
    expect(f.reviewReasons.some((r) => /all negative/.test(r))).toBe(false);
  });
});
