/**
 * A card slip's date whose day lost its first digit to OCR ("Datum/Uhrzeit 4.05.2020 17:35", the
 * till padding the month and so the day too) yields to the receipt's own date it was
 * ("Datum:14.05.20"): decide.ts with dates.ts withLostDayDigit. Invented receipts.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const run = (text: string) => extractFields([{ page: 1, text, source: 'ocr', ocrConfidence: 80 }] as PageText[], { templates: [], today: '2026-01-01' });

const slip = (cardDate: string, tillDate: string) => `            BEISPIEL MARKT
          Musterweg 12, 12345 Musterstadt
 BROT                                  2,49 B
 KAFFEE                                5,99 B
 Summe                                 8,48
 Kartenzahlung                         8,48
          K-U-N-D-E-N-B-E-L-E-G
 Terminal-ID                       60122456
 Datum/Uhrzeit              ${cardDate} 17:35
 Betrag EUR                            8,48
 MwSt  B 7%      7,93      0,55      8,48
 Datum:${tillDate} Uhrzeit:17:36:12 Bon: 00320`;

describe('a date whose day lost its first digit', () => {
  it('yields to the date of the same month whose day ends in it', () => {
    expect(run(slip('4.05.2020', '14.05.20')).invoiceDate?.value).toBe('2020-05-14');
  });

  it('a date written whole stays the same (control)', () => {
    expect(run(slip('14.05.2020', '14.05.20')).invoiceDate?.value).toBe('2020-05-14');
  });

  it('a one-digit day with a one-digit month is a date as written (control)', () => {
    const r = run(slip('4.5.2020', '4.5.20'));
    expect(r.invoiceDate?.value).toBe('2020-05-04');
  });
});
