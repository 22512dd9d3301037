/**
 * Receipts' dates that OCR damaged (dates.ts `centuryRepaired`): a four-digit year no document of
 * this era has (`3017`, `2618`) is read by its last two digits, and the date so made is a guess,
 * given below the review threshold. And the other forms OCR breaks (fields/misread-dates.ts): each
 * read back only where the rest of the form is a date, given below the review threshold with a
 * reason that says so; the look-alikes that are no date (a nine-digit number, an amount beside a
 * year, a word one letter from a month) left alone. Invented receipts.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { centuryRepaired } from '../../src/extract/fields/dates.js';
import { misreadDates } from '../../src/extract/fields/misread-dates.js';
import { datesIn } from '../../src/extract/fields/tokens.js';
import { currencyVotes, dateCandidates, parseDate } from '../../src/extract/normalize.js';
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

/** The dates a line gives only through a misread form, with what was mended. */
const repaired = (line: string) => {
  const r = misreadDates(line, 'DMY', datesIn(line, 'DMY'), (s) => /date|tarikh/i.test(line.slice(0, s)));
  return r.found.map((d) => `${d.iso} ${d.misread}`);
};

describe('dates OCR broke, read back', () => {
  it('each cause, in a whole slip: the date read back, below review, with its reason', () => {
    for (const [line, want, why] of [
      ['Date :        15/07/20 17 12:07', '2017-07-15', 'year split by a space'],
      ['Tarikh: 03-11-2 019   10:41', '2019-11-03', 'year split by a space'],
      ['CB# : 78292158223   14/un/2017 08:34:22', '2017-06-14', 'month name misread'],
      ['CB# : 78292158223   25/Few/2017 07:43:54', '2017-02-25', 'month name misread'],
      ['RECEIPT #:CS00633800 DATE:250412017', '2017-04-25', 'separator read as a digit'],
      ['RECEIPT # CS00633800 DATE: 25/412017', '2017-04-25', 'separator read as a digit'],
      ['01:34PM           568017         05 02-18', '2018-02-05', 'separator lost'],
      ['Date: 15,07,2017  12:07', '2017-07-15', 'commas for dots'],
      ['Date: 15/O7/2O17  12:07', '2017-07-15', 'letters for digits'],
    ] as const) {
      const r = run(slip(line));
      expect(r.invoiceDate?.value, line).toBe(want);
      expect(r.invoiceDate!.confidence, line).toBeLessThan(0.9);
      expect(r.needsReview).toBe(true);
      expect(r.reviewReasons.some((s) => s.includes(why)), `${line}: ${r.reviewReasons.join('; ')}`).toBe(true);
    }
  });

  it('a year split by a space replaces the two-digit year it seemed to be, not a time after it', () => {
    expect(repaired('Date: 15/07/20 17 12:07')).toEqual(['2017-07-15 year split by a space']);
    expect(repaired('Date: 12/05/20 15:30')).toEqual([]);
    expect(datesIn('Date: 12/05/20 15:30', 'DMY').map((d) => d.iso)).toEqual(['2020-05-12']);
  });

  it('a till\'s day/month-name/year with slashes is a clean date', () => {
    expect(parseDate('14/Jun/2017')?.iso).toBe('2017-06-14');
    expect(datesIn('CB#: 7829 14/Jun/2017 08:34:22', 'DMY').map((d) => d.iso)).toEqual(['2017-06-14']);
  });

  it('controls: a nine-digit number, an amount beside a year, a word one letter from a month', () => {
    // A nine-digit number with no date label and no time beside it.
    expect(repaired('Invoice No 250412017')).toEqual([]);
    expect(run(slip('Invoice No 250412017')).invoiceDate).toBeNull();
    // With a label but more than one way to read it, or none: not a date.
    expect(repaired('Date: 123456789')).toEqual([]);
    // An amount beside a year: no separator lost between them.
    expect(repaired('Date 2017 GST 12 05 18.00')).toEqual([]);
    expect(repaired('SUBTOTAL 12.50 2017')).toEqual([]);
    // A weekday one letter from a month ("Sat" / Portuguese "set"), and a word matching none or several.
    expect(repaired('Date: 12 Sat 2017')).toEqual([]);
    expect(repaired('Date: 12 Tab 2017')).toEqual([]);
    // "Fen" is one letter from February's names and from Italian January's ("gen"): no one month.
    expect(repaired('Date: 25/Fen/2017')).toEqual([]);
    // A real month needs no mending; a phone number is no date with a lost separator.
    expect(repaired('Date: 14 Jun 2017')).toEqual([]);
    expect(repaired('Tel 03 7845-8155 10:00')).toEqual([]);
    // A clean date beside a time stays the only date.
    const r = run(slip('Date: 15/07/2017 12:07'));
    expect(r.invoiceDate?.value).toBe('2017-07-15');
    expect(r.reviewReasons.some((s) => s.includes('misread'))).toBe(false);
  });
});
