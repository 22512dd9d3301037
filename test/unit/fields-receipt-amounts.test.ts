/**
 * Till receipts' amounts: a ringgit sign glued to its amount (`RM41.45`, as Malaysian tills print
 * it) and a "Total GST" line (the tax's total, not the receipt's). Invented receipts.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { amountsIn } from '../../src/extract/fields/tokens.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import type { PageText } from '../../src/extract/types.js';

const ocr = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 80 }];
const run = (t: string) => extractFields(ocr(t), { templates: [], today: '2026-01-01' });

describe('receipt amounts', () => {
  it('reads an amount with the ringgit sign glued to it, and no amount glued to other letters', () => {
    expect(amountsIn('Sub Total RM40.00', 0, true).map((a) => [a.value, a.currency])).toEqual([[40, 'MYR']]);
    expect(amountsIn('Nett Total: rM28.05', 0, true).map((a) => a.value)).toEqual([28.05]);
    expect(amountsIn('Parking Fee RM4. 00', 0, true).map((a) => a.value)).toEqual([4]);
    expect(amountsIn('FORM12.00 ABC3.50', 0, true)).toEqual([]);
  });

  it('takes the total printed with a glued RM over an item line', () => {
    const r = run(`KEDAI CONTOH SDN BHD
Date: 14/05/2018 10:21
SUGAR 1KG          RM2.90
RICE 5KG           RM18.50
COOKING OIL        RM9.95
Total (Incl GST)   RM31.35
CASH               RM50.00
CHANGE             RM18.65`);
    expect(r.total?.value).toBe(31.35);
    expect(r.currency?.value).toBe('MYR');
  });

  it('a "Total GST Amt" line is the tax, not the total', () => {
    const r = run(`KEDAI CONTOH
Invoice No.: CS0099001
Date : 03/03/2018 4:12 PM
   2     1.5000      3.00 SR
   1    34.7400     34.74 SR
Gross Amount  :     37.74
Total GST Amt :      2.26
Sub Total     :     40.00
Total (RM)
THANK YOU`);
    expect(r.total?.value).not.toBe(2.26);
    // The rule itself: the line's amount is read with the tax's label only.
    const tax = documentCandidates(ocr('Sub Total :  40.00\nTotal GST Amt :  2.26\nTotal VAT 20%  8.00\nTotal incl. GST  42.26')).amounts;
    expect(tax.find((c) => c.value === 2.26)?.features).toMatchObject({ 'seg:tax': 1 });
    expect(tax.find((c) => c.value === 2.26)?.features['seg:totalWeak']).toBeUndefined();
    expect(tax.find((c) => c.value === 42.26)?.features['seg:totalStrong']).toBe(1);
  });
});
