/**
 * Currency evidence in conflict is flagged (currency-conflict.ts): a page that prints one currency
 * beside its total and another beside a labelled amount, in no recognised conversion note, gets a
 * currency below the review threshold and a reason naming both.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const invoice = (tail: string) => `Nordlicht Software GmbH                          Invoice No.   NL-2025-0412
Hafenstraße 12, 20457 Hamburg                     Invoice date  12.09.2025

Consulting services September                                     1,000.00
                          Net amount                         USD  1,000.00
                          VAT 19 %                           USD    190.00
                          Total                              USD  1,190.00
${tail}
Payable within 14 days.`;

describe('currency evidence in conflict', () => {
  it('a second currency beside a labelled amount, in no recognised conversion note, flags the currency', () => {
    const r = run(invoice('                          VAT in local currency              EUR    162.45'));
    expect(r.currency?.value).toBe('USD');
    expect(r.currency!.confidence).toBeLessThan(0.9);
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons.some((x) => x.startsWith('currency USD is in conflict') && x.includes('EUR'))).toBe(true);
  });

  it('control: a recognised conversion note restating the total leaves the currency unflagged', () => {
    const r = run(invoice('Equivalent for information: EUR 1,015.07 at 0.8530.'));
    expect(r.currency?.value).toBe('USD');
    expect(r.currency!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.reviewReasons.filter((x) => x.startsWith('currency '))).toEqual([]);
  });

  it('control: one currency throughout, the other named only in prose (no amount), is no conflict', () => {
    const r = run(invoice('Bank charges in EUR are borne by the payer.'));
    expect(r.currency?.value).toBe('USD');
    expect(r.reviewReasons.filter((x) => x.startsWith('currency '))).toEqual([]);
  });
});
