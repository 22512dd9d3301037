/**
 * A till receipt whose total line OCR spoiled, paid by card or cash (tendered.ts): the card
 * payment's amount with no change line after it, or German cash given ("Bargeld") less the change
 * ("Zurück"), is taken over the VAT table's row when the page agrees with it (the total's place
 * right above the payment, the VAT table's gross column). Invented receipts in the shape of German
 * till slips; the controls keep a total the page labels.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const ocr = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 80 }];
const run = (t: string) => extractFields(ocr(t), { templates: [], today: '2026-01-01' });
const derived = (r: ReturnType<typeof run>) => r.reviewReasons.filter((x) => / derived from /.test(x));

const till = (block: string, vat: string) => `        BEISPIEL MARKT
        Musterweg 12
        12345 Musterstadt
TEEBEUTEL 25ST                       2,49  C
ROGGENBROT                           1,19  C
APFELSAFT 1L                         3,05  D
KAFFEE 500G                          599  C
SPUELMITTEL                          4,29  D
${block}
  MWST        Netto  MWST-BETRAG     BRUTTO
${vat}
ANZAHL ARTIKEL                          5
      Vielen Dank fuer Ihren Einkauf!
 21(30104 1234)              10:12 14.03.2020`;

const VAT = `C  7,00%      9,0          0,63       9,67\nD 19,00%      6,17         1,17       7,34`;

describe('the amount paid as the total of a spoiled total line', () => {
  it('takes the card payment over a VAT row when the total line above it carries the same amount', () => {
    const r = run(till(`IU ZAHLEN EURO                      17,01
  Kartenzahlung
  Debit MasterCard
       EUR     17,01
  Datum 14.03.20 10:12 Uhr
  BITTE BELEG AUFBEWAHREN`, VAT));
    expect(r.total?.value).toBe(17.01);
    expect(derived(r)[0]).toContain('derived from the card payment');
    // Its source names the card, not the cash lines (it said generic:cash-less-change).
    expect(r.total?.source).toBe('generic:card-payment');
    expect(r.needsReview).toBe(true);
  });

  it("takes the card payment when the total's value is garbled and the VAT table's gross column adds up to it", () => {
    const r = run(till(`SUMME          EUR               J, 00\n\nMastercard              EUR         17,01\nDatum 14.03.20 10:12 Uhr`, VAT));
    expect(r.total?.value).toBe(17.01);
    expect(derived(r)[0]).toContain('sums');
    expect(r.total?.source).toBe('generic:card-payment');
  });

  it('takes German cash given (Bargeld) less the change (Zurück) over a VAT row', () => {
    const r = run(till(`IU 78HLEN EURO                      17,01\nBARGELD                             20,00\nZURUCK                               2,99`, VAT));
    // Bargeld - Zurück = the total line's amount: the arithmetic feature chooses it, nothing derived.
    expect(r.total?.value).toBe(17.01);
    expect(r.documentType).toBe('receipt');
  });

  it('keeps a total its label names when the card line reads less (control)', () => {
    const r = run(till(`SUMME          EUR               17,01\nMastercard              EUR          0,01`, VAT));
    expect(r.total?.value).toBe(17.01);
    expect(derived(r)).toHaveLength(0);
  });

  it('keeps the VAT row when nothing on the page agrees with the card amount (control)', () => {
    const r = run(till(`SUMME          EUR               J, 00\n\nMastercard              EUR         25,50\nDatum 14.03.20 10:12 Uhr`, VAT));
    expect(r.total?.value).not.toBe(25.5);
    expect(derived(r)).toHaveLength(0);
  });
});
