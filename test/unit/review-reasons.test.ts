import { describe, expect, it } from 'vitest';
import { runChecks, type FieldsResult } from '../../src/extract/fields/index.js';
import { scoreDoc } from '../../src/eval/score.js';
// The kinds scripts/review-reasons.mjs counts review reasons by.
import { reasonKind } from '../../scripts/lib/reason-kind.mjs';

const fld = <T,>(value: T) => ({ value, confidence: 0.9, source: 'generic:test', page: 1 });
const line = (amount: number) => ({ description: 'x', quantity: 1, unitPrice: amount, amount, confidence: 0.9, source: 'generic:test', page: 1 });
function result(over: Partial<FieldsResult>): FieldsResult {
  return {
    templateId: 'invoice', invoiceNumber: fld('A-1'), invoiceDate: fld('2024-03-01'), dueDate: fld('2024-03-31'),
    vendor: { name: null, address: null, taxId: null }, customer: { name: null, address: null, taxId: null },
    currency: fld('EUR'), subtotal: fld(100), tax: fld(19), total: fld(119), lineItems: [], extra: {}, needsReview: false, reviewReasons: [], ...over,
  } as FieldsResult;
}
const kinds = (r: FieldsResult) => runChecks(r, { required: ['invoiceNumber', 'invoiceDate', 'total', 'currency'], today: '2025-01-01' }).map(reasonKind);

describe('reasonKind', () => {
  it('names each check of runChecks without its values', () => {
    expect(kinds(result({ total: fld(120) }))).toEqual(['subtotal + tax does not equal total']);
    expect(kinds(result({ total: fld(-50), subtotal: null, tax: null }))).toEqual(['total is negative']);
    expect(kinds(result({ currency: null, dueDate: fld('2024-02-01') }))).toEqual(['required field currency is missing', 'due date is before invoice date']);
    expect(kinds(result({ subtotal: fld(200), tax: null, total: fld(119) }))).toEqual(['subtotal is larger than total']);
    expect(kinds(result({ lineItems: [line(10), line(20)] }))).toEqual(['line items match neither subtotal nor total']);
    expect(kinds(result({ invoiceDate: fld('1980-01-01'), dueDate: null }))).toEqual(['invoice date is before 1990']);
  });
  it('gives two reasons of one kind the same kind whatever their values', () => {
    const a = kinds(result({ total: fld(120) }));
    const b = kinds(result({ subtotal: fld(5.5), tax: fld(1.05), total: fld(99.99) }));
    expect(a).toEqual(b);
  });
  it('keeps the field and the threshold of an uncertain value, not its value or confidence (values with spaces too)', () => {
    expect(reasonKind('invoice number AB 12/3 is uncertain (confidence 0.84 < 0.9)')).toBe('invoice number is uncertain (< 0.9)');
    expect(reasonKind('total 28.5 is uncertain (confidence 0.5 < 0.93)')).toBe('total is uncertain (< 0.93)');
    expect(reasonKind('invoice date 2025-03-06 is uncertain (confidence 0.7 < 0.93)')).toBe('invoice date is uncertain (< 0.93)');
  });
  it('names the generic notes and the second look', () => {
    expect(reasonKind('invoice date 2025-03-06 is ambiguous (day/month order guessed as DMY; it could be 2025-06-03)')).toBe('invoice date is ambiguous (day/month order)');
    expect(reasonKind('labelled amounts disagree: the amounts printed as subtotal (100) and tax (10) add up to 110, not the total 150')).toBe('labelled amounts disagree (subtotal + tax != total)');
    expect(reasonKind('total 37.1 derived from cash tendered less change (the printed amounts gave 50; agrees with: sums)')).toBe('total derived from cash tendered less change');
    expect(reasonKind('subtotal, total read from a second OCR reading (ink thickened): check against the image')).toBe('values read from another reading (second look)');
  });
  it('replaces the numbers of a reason it does not know', () => expect(reasonKind('something 12.5 odd on 2024-01-01')).toBe('something # odd on #'));
});

describe("the eval's document scores keep the review reasons (for scripts/review-reasons.mjs)", () => {
  it('carries the result\'s reasons beside needsReview, none for an unread document', () => {
    const flagged = result({ total: fld(120), needsReview: true, reviewReasons: ['subtotal 100 + tax 19 = 119 does not equal total 120'] });
    const d = scoreDoc('a', 'a.pdf', { amount: 120 }, { amount: 120 }, flagged);
    expect(d.needsReview).toBe(true);
    expect(d.reviewReasons).toEqual(['subtotal 100 + tax 19 = 119 does not equal total 120']);
    expect(scoreDoc('b', 'b.pdf', { amount: 1 }, {}, null).reviewReasons).toEqual([]);
  });
});
