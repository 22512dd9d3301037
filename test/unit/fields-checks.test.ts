import { describe, expect, it } from 'vitest';
import { runChecks, type FieldsResult } from '../../src/extract/fields/index.js';

const fld = <T,>(value: T) => ({ value, confidence: 0.9, source: 'generic:test', page: 1 });
function base(): FieldsResult {
  return {
    templateId: 'invoice',
    invoiceNumber: fld('A-1'),
    invoiceDate: fld('2024-03-01'),
    dueDate: fld('2024-03-31'),
    vendor: { name: null, address: null, taxId: null },
    customer: { name: null, address: null, taxId: null },
    currency: fld('EUR'),
    subtotal: fld(100),
    tax: fld(19),
    total: fld(119),
    lineItems: [],
    extra: {},
    needsReview: false,
    reviewReasons: [],
  };
}
const req = { required: ['invoiceNumber', 'invoiceDate', 'total'], today: '2025-01-01' };

describe('runChecks', () => {
  it('passes a consistent invoice', () => expect(runChecks(base(), req)).toEqual([]));
  it('tolerates one cent of rounding', () => expect(runChecks({ ...base(), total: fld(119.01) }, req)).toEqual([]));
  it('reports subtotal + tax != total', () => {
    expect(runChecks({ ...base(), total: fld(120) }, req)).toEqual(['subtotal 100 + tax 19 = 119 does not equal total 120']);
  });
  it('reports missing required fields', () => {
    expect(runChecks({ ...base(), invoiceNumber: null }, req)).toEqual(['required field invoice number is missing']);
  });
  it('reports due date before invoice date and implausible dates', () => {
    const r = runChecks({ ...base(), dueDate: fld('2024-02-01') }, req);
    expect(r).toEqual(['due date 2024-02-01 is before invoice date 2024-03-01']);
    expect(runChecks({ ...base(), invoiceDate: fld('1985-01-01'), dueDate: null }, req)).toEqual(['invoice date 1985-01-01 is before 1990']);
    expect(runChecks({ ...base(), invoiceDate: fld('2031-01-01'), dueDate: null }, req)[0]).toMatch(/more than a year in the future/);
  });
  it('checks line items against subtotal/total', () => {
    const item = (amount: number) => ({ description: 'x', quantity: 1, unitPrice: amount, amount, confidence: 0.5, source: 'generic:table', page: 1 });
    expect(runChecks({ ...base(), lineItems: [item(60), item(40)] }, req)).toEqual([]);
    expect(runChecks({ ...base(), lineItems: [item(60), item(10)] }, req)[0]).toMatch(/line items add up to 70/);
  });
});
