/**
 * Receipts' dates that OCR damaged (dates.ts `centuryRepaired`): a four-digit year no document of
 * this era has (`3017`, `2618`) is read by its last two digits, and the date so made is a guess,
 * given below the review threshold. Invented receipts.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { centuryRepaired } from '../../src/extract/fields/dates.js';
import { currencyVotes, dateCandidates } from '../../src/extract/normalize.js';
import type { PageText } from '../../src/extract/types.js';

const ocr = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 80 }];
const run = (t: string) => extractFields(ocr(t), { templates: [], today: '2026-01-01' });

const slip = (dateLine: string) => `KEDAI RUNCIT CONTOH
No. 7, Jalan Contoh 3
${dateLine}
Cashier: 02
TEA BAGS 25S          RM   6.35
FLOUR 1KG             RM   2.80
Total (Incl GST)      RM   9.15
CASH                  RM  10.00
CHANGE                RM   0.85
THANK YOU`;

describe('OCR-damaged years', () => {
  it('reads a misread century by the year\'s last two digits, flagged for review', () => {
    for (const [line, want] of [
      ['Date: 22/11/3016 14:03', '2016-11-22'],
      ['14-02-2619          11:34:45 AM', '2019-02-14'],
    ] as const) {
      const r = run(slip(line));
      expect(r.invoiceDate?.value).toBe(want);
      expect(r.invoiceDate!.confidence).toBeLessThan(0.9);
      expect(r.needsReview).toBe(true);
    }
  });

  it('leaves plausible and two-digit years alone, and mends only into this era', () => {
    expect(centuryRepaired({ iso: '2018-03-05', named: false, compact: false })).toBeNull();
    expect(centuryRepaired({ iso: '2099-03-05', named: false })).toBeNull();
    expect(centuryRepaired({ iso: '2518-03-05', named: false })).toBe('2018-03-05');
    expect(centuryRepaired({ iso: '1017-12-31', named: false })).toBe('2017-12-31');
    expect(centuryRepaired({ iso: '1975-01-01', named: false })).toBeNull();
    // 1585 would make 1985, before this era: no mending.
    expect(centuryRepaired({ iso: '1585-01-01', named: false })).toBeNull();
    expect(centuryRepaired({ iso: '2816-02-29', named: false })).toBe('2016-02-29');
  });

  it('a run of dotted digit groups is a phone number, not a date', () => {
    expect(dateCandidates('Tel. : 04.11.96.21.30')).toEqual([]);
    expect(dateCandidates('Le 30/03/2018 a 12:36').map((d) => d.raw)).toEqual(['30/03/2018']);
    const r = run(slip('Tel. : 04.11.96.21.30\nLe 17/04/2018 a 12:36'));
    expect(r.invoiceDate?.value).toBe('2018-04-17');
  });

  it('a `$` glued to a word is OCR\'s S, no dollar to decide the day/month order by', () => {
    expect(currencyVotes('*$GST @ 6% INCLUDED IN TOTAL').has('USD')).toBe(false);
    expect(currencyVotes('Total $12.50').get('USD')).toBe(1);
    const r = run(`HARDWARE CONTOH
RECEIPT #: CS0012345  DATE: 10/05/2017
PAINT BRUSH 2IN        2    8.00
TOTAL                      16.00
CASH                       20.00
CHANGE                      4.00
$GST @ 6% INCLUDED IN TOTAL`);
    expect(r.invoiceDate?.value).toBe('2017-05-10');
  });

  it('a `$` glued to digits led by a zero is a document number\'s S, no dollar to decide the day/month order by', () => {
    expect(currencyVotes('DocNo.    $000046284    DEPT.').has('USD')).toBe(false);
    const r = run(`PRINT SHOP CONTOH
DocNo.    $000046284    DEPT.
Cashier.  USER           Date:   12/01/2018
BANNER A1                1    60.00     60.00
FLYERS                 100     0.40     40.00
Total Sales                            100.00`);
    expect(r.invoiceDate?.value).toBe('2018-01-12');
  });

  it('control: a `$` before an amount still votes for the dollar, and a leading zero amount too', () => {
    expect(currencyVotes('Total $120.50').get('USD')).toBe(1);
    expect(currencyVotes('Tip $0.50').get('USD')).toBe(1);
    expect(currencyVotes('Fee $05.00').get('USD')).toBe(1);
  });
});
