/**
 * A till receipt's total from its cash lines (tendered.ts): cash tendered less change given, taken
 * where the total line is garbled or disagrees and the difference has evidence of its own (the
 * total line's legible digits, the page's sums), flagged as derived. Invented receipts.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';
import { SECOND_LOOK_BELOW } from '../../src/extract/second-look.js';
import { DERIVED_CONFIDENCE } from '../../src/extract/fields/decide.js';

const ocr = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 80 }];
const run = (t: string) => extractFields(ocr(t), { templates: [], today: '2026-01-01' });
const derived = (r: ReturnType<typeof run>) => r.reviewReasons.filter((x) => x.includes('derived from cash tendered less change'));

const slip = (block: string) => `KEDAI RUNCIT CONTOH
No. 7, Jalan Contoh 3
Date: 14/05/2018 10:21
Cashier: 02
TEA BAGS 25S          RM  12.50
FLOUR 1KG             RM  24.60
Item(s) : 2
${block}
THANK YOU, PLEASE COME AGAIN`;

describe('total from cash tendered less change', () => {
  it('takes the difference when the total line is garbled and its legible digits end as the difference does', () => {
    const r = run(slip(`Total Incl. GST          RM E7.10\nCASH                     RM 50.00\nCHANGE                   RM 12.90`));
    expect(r.total?.value).toBe(37.1);
    expect(r.total?.source).toBe('generic:cash-less-change');
    expect(r.total?.confidence).toBeLessThan(0.9);
    expect(r.needsReview).toBe(true);
    expect(derived(r)).toHaveLength(1);
    expect(derived(r)[0]).toContain('garbled total');
    // No further reading is asked for the total (one would bring the garbled printed total back).
    expect(r.look?.total).toBe(DERIVED_CONFIDENCE);
    expect(r.look?.total).toBeGreaterThanOrEqual(SECOND_LOOK_BELOW);
  });

  it('takes it over a legible total one digit off when the net amount less its discount makes it', () => {
    const r = run(`PIZZA CONTOH SDN BHD
Date: 28/04/2018 13:14
1 PIZZA REGULAR                 31.20
1 CHICKEN WINGS                 14.50
Sub-Total                       45.70
Coupon Discount                 14.80
Grand Total                     30.50
Payment                        101.00
Change Due                      70.10
THANK YOU`);
    expect(r.total?.value).toBe(30.9);
    expect(derived(r)[0]).toContain('sums');
  });

  it('keeps a legible total when a misread change line makes another difference (control)', () => {
    const r = run(slip(`Total Incl. GST          RM 37.10\nCASH                     RM 50.00\nCHANGE                   RM  2.90`));
    expect(r.total?.value).toBe(37.1);
    expect(derived(r)).toHaveLength(0);
  });

  it('keeps a garbled total when the change is misread and nothing else agrees with the difference (control)', () => {
    const r = run(slip(`Total Incl. GST          RM 3?.10\nCASH                     RM 50.00\nCHANGE                   RM 22.95`));
    expect(derived(r)).toHaveLength(0);
    expect(r.total?.value).not.toBe(27.05);
  });

  it('leaves a card payment alone: no change line, nothing derived (control)', () => {
    const r = run(slip(`Total Incl. GST          RM 37.10\nVISA                     RM 37.10`));
    expect(r.total?.value).toBe(37.1);
    expect(r.total?.source).not.toBe('generic:cash-less-change');
    expect(r.total?.source).not.toBe('generic:card-payment');
    expect(derived(r)).toHaveLength(0);
  });
});
