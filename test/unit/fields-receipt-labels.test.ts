/**
 * Receipts' total labels as scanned slips print them: "total" misread by OCR by one character
 * (`T0TAL`, `iotal`, `Tota`), a count standing between a label and its amount ("Sub Total  2  RM
 * 68.87"), and a tax summary's "Tax Total" (the tax, not the receipt's total). Invented receipts.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { mendTotalWord } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';

const ocr = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 80 }];
const text = (t: string): PageText[] => [{ page: 1, text: t, source: 'text' }];
const run = (t: string) => extractFields(ocr(t), { templates: [], today: '2026-01-01' });

describe('receipt total labels', () => {
  it('mends "total" misread by one character, and nothing further from it', () => {
    expect(mendTotalWord('T0TAL: RM')).toBe('Total: RM');
    expect(mendTotalWord('iotal After Rounding')).toBe('Total After Rounding');
    expect(mendTotalWord('[otal Sales')).toBe('Total Sales');
    expect(mendTotalWord('Nett Totai')).toBe('Nett Total');
    expect(mendTotalWord('Tota')).toBe('Total');
    for (const w of ['TOTAL', 'Totals', 'Totalled', 'Metal', 'Hotel', 'TOZY', 'igtal', 'DENTAL']) expect(mendTotalWord(w)).toBe(w);
  });

  it('reads a misread "total" as the total\'s label on a scanned slip and an OCR text layer', () => {
    const slip = `KEDAI RUNCIT CONTOH
Date: 14/05/2018 10:21
TEA BAGS 25S   1 x 6.35        6.35
FLOUR 1KG      2 x 2.80        5.60
FRUIT JUICE    1 x 12.90      12.90
T0TAL                         24.85
CASH                          50.00
CHANGE                        25.15`;
    expect(run(slip).total?.value).toBe(24.85);
    const scanned = documentCandidates(ocr(slip)).amounts.find((c) => c.value === 24.85)!;
    expect(scanned.features['seg:totalWeak']).toBe(1);
    // A text layer may be a copier's or OCRmyPDF's OCR (misread.ts mends its label words too):
    // "T0TAL" there is the total's label as well; a word that is no label stays unlabelled.
    const printed = documentCandidates(text(slip)).amounts.find((c) => c.value === 24.85)!;
    expect(printed.features['seg:totalWeak']).toBe(1);
    const other = documentCandidates(text(slip.replace('T0TAL', 'T0TEM'))).amounts.find((c) => c.value === 24.85)!;
    expect(other.features['seg:totalWeak']).toBeUndefined();
  });

  it('a count between the label and its amount leaves the row\'s label to the arithmetic', () => {
    const d = documentCandidates(
      ocr(`Sub Total        2        RM   68.87
GST/TAX 6%       4        RM    4.13
TOZY,                     RM   73.00
CHANGE                    RM    0.00`),
    );
    expect(d.amounts.find((c) => c.value === 73)?.features['arith:netPlusTax']).toBe(1);
    // Whole digit groups after a tax word (an IBAN in the footer) are a number's pieces, no sum's parts.
    const footer = documentCandidates(
      ocr(`Pose                         1     500,00 €     500,00 €
Total TTC                                      1600,00 €
TVA FR19 523456789 IBAN 7000 1100 1600`),
    );
    expect(footer.amounts.find((c) => c.value === 500)?.features['arith:netOfTotal']).toBeUndefined();
  });

  it('"Tax Total:" is the tax, as "Total Tax" is', () => {
    const d = documentCandidates(ocr('Sub Total     40.00\nTAX TOTAL:     0.40\nTotal Incl GST   40.40'));
    const tax = d.amounts.find((c) => c.value === 0.4)!;
    expect(tax.features['seg:tax']).toBe(1);
    expect(tax.features['seg:totalWeak']).toBeUndefined();
  });

  it('"Total  RM  Incl.  of  GST": the currency and a joining word OCR set apart stay inside the label', () => {
    const slip = `KEDAI BUKU CONTOH
Date: 24/01/2018 14:02
NOTEBOOK A5        2 x 6.50       13.00
PEN BLUE           4 x 1.90        7.60
RULER 30CM         1 x 9.50        9.50
Total  RM  Incl.  of  GST        30.10
Cash                            -40.10
CHANGE                           10.00`;
    const total = documentCandidates(ocr(slip)).amounts.find((c) => c.value === 30.1)!;
    expect(total.features['seg:totalStrong']).toBe(1);
    expect(run(slip).total?.value).toBe(30.1);
  });

  it('control: a currency before a label word that says nothing of tax still ends the label', () => {
    const paid = documentCandidates(ocr('Cash  RM  Total        30.10')).amounts.find((c) => c.value === 30.1)!;
    expect(paid.features['seg:totalWeak']).toBe(1);
    expect(paid.features['seg:tendered']).toBeUndefined();
  });
});
