/** A till slip headed "TAX INVOICE" is a receipt by its till cues (doctype.ts TILL_CUES); an A4 invoice with a customer or due date stays an invoice. */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentType } from '../../src/extract/fields/doctype.js';

const page = (text: string) => [{ page: 1, text, source: 'text' as const, ocrConfidence: null }];

const slip = `KEDAI RUNCIT CONTOH
GST REG NO: 000123456789
TAX INVOICE
Cashier: 07        Table: 12
Date: 14/05/2019   Time: 13:05:22
MILO ICED          2   7.00
ROTI BAKAR         1   2.50
TOTAL INCL GST         9.50
`;

describe('till-slip cues', () => {
  it('a "TAX INVOICE" till slip with a cashier/table number and a clock time is typed receipt', () => {
    expect(extractFields(page(slip), { templates: [] }).documentType).toBe('receipt');
  });
  it('the candidate scoring asks without the till cues (its receipt features stay as fitted)', () => {
    expect(documentType(slip, 1, 9.5, [])).toBe('invoice');
    expect(documentType(slip, 1, 9.5, [], true)).toBe('receipt');
  });
  it('the same page with a customer and a due date stays an invoice', () => {
    const a4 = slip.replace('TAX INVOICE', 'TAX INVOICE\nBill to: Contoh Trading Sdn Bhd\nDue date: 14/06/2019');
    expect(documentType(a4, 1, 9.5, [], true)).toBe('invoice');
  });
  it('a card named on an A4 page (no till number, time or cash line) does not make a receipt', () => {
    const paid = `ACME SUPPLIES LTD\nINVOICE 2019-044\nDate: 14/05/2019\nConsulting   1   900.00\nTotal   900.00\nPaid with Visa ending 4242. Thank you!\n`;
    expect(documentType(paid, 1, 900, [], true)).toBe('invoice');
  });
});
