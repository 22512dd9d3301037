/**
 * Cash rounding on till receipts (rounding.ts): the total is what is paid, the exact total plus the
 * rounding adjustment beside it, unless the till did not round (0.00) or the rounding follows the
 * payment (it rounds the change). Invented receipts.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { roundedTotal } from '../../src/extract/fields/rounding.js';
import type { PageText } from '../../src/extract/types.js';

const ocr = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 80 }];
const run = (t: string) => extractFields(ocr(t), { templates: [], today: '2026-01-01' });

const slip = (totalBlock: string) => `KEDAI RUNCIT CONTOH
No. 7, Jalan Contoh 3
Date: 14/05/2018 10:21
Cashier: 02
TEA BAGS 25S          RM   6.35
FLOUR 1KG             RM   2.80
DISH SOAP             RM   9.27
${totalBlock}
THANK YOU, PLEASE COME AGAIN`;

describe('cash rounding', () => {
  it('takes the rounded amount printed after the exact total and its rounding line, whatever its label', () => {
    for (const paid of ['Rounding              RM  18.40\n    CASH                  RM  18.40', 'CASH                  RM  18.40\n    CHANGE                RM   0.00']) {
      const r = run(slip(`Total Sales (Incl GST)   RM  18.42\n    Rounding Adj           RM  -0.02\n    ${paid}`));
      expect(r.total?.value).toBe(18.4);
      // The printed amount, not one made from the exact total.
      expect(r.total?.source).not.toBe('generic:cash-rounding');
    }
  });

  it('rounds to the nearest 0.05 when OCR left the adjustment unreadable and the rounded total is printed nowhere', () => {
    const r = run(
      slip(`Total Sales (Incl GST)   RM  18.42
    Rounding Adjustment    RM  ~~
    Thank you`),
    );
    expect(r.total?.value).toBe(18.4);
    expect(r.total?.source).toBe('generic:cash-rounding');
  });

  it('a rounding of 0.00 says the till did not round: the exact total stays', () => {
    const r = run(
      slip(`Total Sales (Incl GST)   RM  18.42
    Rounding               RM   0.00
    CASH                   RM  18.42
    CHANGE                 RM   0.00`),
    );
    expect(r.total?.value).toBe(18.42);
  });

  it('a rounding printed after the payment rounds the change, not the total', () => {
    const d = documentCandidates(
      ocr(`TOTAL (GST INCL)            18.42
CASH                        50.00
ROUNDING ADJUSTMENTS        0.02-
CHANGE DUE                  31.60`),
    );
    const t = d.amounts.find((c) => c.value === 18.42)!;
    expect(roundedTotal(t, d.view)).toBeNull();
    const before = documentCandidates(
      ocr(`TOTAL (GST INCL)            18.42
ROUNDING ADJUSTMENTS        -0.02
CASH                        50.00
CHANGE DUE                  31.60`),
    );
    expect(roundedTotal(before.amounts.find((c) => c.value === 18.42)!, before.view)).toBe(18.4);
  });

  it('a bare "Adjustment" is no rounding, and a total already on the coin is left alone', () => {
    const d = documentCandidates(
      ocr(`Total                       18.42
Adjustment                  -0.02
Total                       18.40`),
    );
    expect(roundedTotal(d.amounts.find((c) => c.value === 18.42)!, d.view)).toBeNull();
    const on = documentCandidates(
      ocr(`Total                       18.45
Rounding                    0.03`),
    );
    expect(roundedTotal(on.amounts.find((c) => c.value === 18.45)!, on.view)).toBeNull();
  });
});
