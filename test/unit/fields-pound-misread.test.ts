/**
 * OCR reads a till's `€` as `£` (locale.ts poundMisread): on a scanned page in German or French
 * whose only sign of sterling is that glyph, the signs are the euro's. A UK receipt (VAT, a
 * postcode, GBP) and a text PDF keep the pound. Invented receipts.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const page = (text: string, source: 'ocr' | 'text' = 'ocr'): PageText[] => [{ page: 1, text, source, ocrConfidence: source === 'ocr' ? 80 : null }];
const run = (t: string, source: 'ocr' | 'text' = 'ocr') => extractFields(page(t, source), { templates: [], today: '2026-01-01' });

const drogerie = `        DROGERIE BEISPIEL
      Musterweg 12, Musterstadt
 662034502022  BRILLENPUTZTUCH      £1.95 A
 Summe                              £1,95
 Bar                                £2,00
 Rückgeld                           £0,05
 MwSt Gruppe     Netto      MwSt     Brutto
 A 19%           1,64       0,31     1,95
 27.02.2020 15:56  Kasse 02`;

const cafe = `        LE PETIT CAFE
 2 CAFE CREME                        £5,20
 1 CROISSANT                         £1,40
 Total TTC                           £6,60
 dont TVA 10%                        £0,60
 Le 14/03/2020 a 09:12`;

const uk = `        THE CORNER SHOP
      12 High Street, London SW1A 1AA
 TEA BAGS 80                         £2.49
 MILK 2 PINTS                        £1.35
 Total                               £3.84
 VAT Reg No 123 4567 89
 14/03/2020 09:12`;

describe('a `£` that OCR read for `€`', () => {
  it('a German till receipt with `£` signs only is in euros', () => {
    expect(run(drogerie).currency?.value).toBe('EUR');
  });

  it('a French café bill with `£` signs only is in euros', () => {
    expect(run(cafe).currency?.value).toBe('EUR');
  });

  it('a garbled German slip whose only words left are its postcode and town is in euros', () => {
    expect(run(`  y = == = =     Lue8 BIN (CH MENSCH    33100 Paderborn\n  £   dnBio Kokos Riegel 40g      0,88  2\n  Ge5amt                          3,55\n  14.05.2020 10:12`).currency?.value).toBe('EUR');
  });

  it('a UK receipt keeps the pound (control)', () => {
    expect(run(uk).currency?.value).toBe('GBP');
  });

  it('a text PDF keeps the pound: its signs are not read by OCR (control)', () => {
    expect(run(drogerie, 'text').currency?.value).toBe('GBP');
  });
});
