/**
 * Several VAT rates with a breakdown table (one row per rate: rate, net, tax, gross): the document's
 * tax is its total VAT line, or the sum of the rows' taxes when none is printed; no row is taken for
 * the subtotal, tax or total when the rows reconcile with the document's own total line.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, ocr = false): PageText[] => [{ page: 1, text, source: ocr ? 'ocr' : 'text', ocrConfidence: ocr ? 0.9 : null }];
const run = (t: string, ocr = false) => extractFields(pages(t, ocr), { templates: [], today: '2026-01-01' });
/** Subtotal, tax and total of a text. */
const amounts = (t: string) => {
  const r = run(t);
  return [r.subtotal?.value, r.tax?.value, r.total?.value];
};

describe('VAT breakdown tables', () => {
  it('takes the printed total VAT line, not one rate row of the table below', () => {
    expect(amounts(`Fattura n. 2024/77 del 12/03/2024

Descrizione                          Q.tà      Prezzo   IVA      Importo
Consulenza                             16       50,00   10%       800,00
Materiale                               5       50,00   22%       250,00

                                  Totale imponibile              1.050,00
                                  Totale IVA                       135,00
                                  Totale documento              € 1.185,00

Riepilogo IVA
      Aliquota       Imponibile        Imposta        Totale
        10%            800,00           80,00         880,00
        22%            250,00           55,00         305,00
`)).toEqual([1050, 135, 1185]);
  });

  it('sums the rows taxes when no total VAT line is printed', () => {
    expect(amounts(`Rechnung Nr. 4711
Rechnungsdatum: 03.04.2024

                                  Summe netto                      900,00
                                  Gesamtbetrag                   1.011,00 €

Steuersatz          Netto          Steuer          Brutto
   7%              500,00           35,00          535,00
  19 %             400,00           76,00          476,00
`)).toEqual([900, 111, 1011]);
  });

  it('a till receipt (OCR): the sum line beats the table row that adds up on its own', () => {
    const r = run(`        DROGERIE AM MARKT
  Seife                        0,95 A
  Shampoo                      3,20 B
  Zahnbürste                   2,80 B
  Pfand                        0,25 A

  SUMME    EUR                 7,20
  Geg.  EC-Karte               7,20

  MwSt   Netto   Steuer  Brutto
  A 7%    1,12     0,08    1,20
  B 19%   5,04     0,96    6,00

  12.03.2024  10:15            Bon 812
`, true);
    expect(r.total?.value).toBe(7.2);
    // The table's net and tax sums, printed nowhere, are the subtotal and tax (no box: no place on the page holds them).
    expect([r.subtotal?.value, r.tax?.value]).toEqual([6.16, 1.04]);
    expect(r.subtotal?.box).toBeUndefined();
    expect(r.reviewReasons.filter((x) => x.includes('does not equal'))).toEqual([]);
  });

  it('leaves a single rate row alone (one tax line with its base is the tax)', () => {
    const dc = documentCandidates(pages(`Rechnung Nr. 12
Rechnungsdatum: 03.04.2024
Nettobetrag                        100,00
zzgl. 19 % MwSt. auf 100,00         19,00
Gesamtbetrag                       119,00
`));
    expect(dc.amounts.some((c) => c.features['tbl:perRate'])).toBe(false);
    const r = run(dc.text);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([100, 19, 119]);
  });

  it('marks the rows only when they reconcile with a total line outside the table', () => {
    const dc = documentCandidates(pages(`Invoice 88
      Rate       Net       VAT      Gross
       5%      200.00     10.00    210.00
      20%      100.00     20.00    120.00
Total due                          999.00
`));
    expect(dc.amounts.some((c) => c.features['tbl:perRate'])).toBe(false);
  });
});

/** A till slip's VAT table (OCR): `rows` under the heading, the items and the payment lines above. */
const slip = (items: string, sum: string, rows: string) => `        METZGEREI AM MARKT
07.03.25 14:22   Kasse 1
${items}
--------------------------------------
${sum}
BAR                                 50,00
RUCKGELD                             ${(50 - Number(sum.trim().split(/\s+/).pop()!.replace(',', '.'))).toFixed(2).replace('.', ',')}

 Steuer    Netto    MwSt            Brutto
${rows}

 Bon-Nr. 4471
`;
const perRate = (t: string) => documentCandidates(pages(t, true)).amounts.some((c) => c.features['tbl:perRate'] || c.features['synthetic:netSum']);

describe('a till VAT table whose rate or total label OCR damaged', () => {
  it('two rates, one rate read as a number ("7,06"): the nets and taxes of both rows', () => {
    const t = slip(`Hackfleisch 0,612 kg              7,95 B
Leberkase 2 x 2,10                4,20 B
Kartoffelsalat                    8,81 B
Apfelschorle 0,5 l                1,90 A`, 'SUMME                              22,86', `A  19,0%   1,60   0,30               1,90
B  7,06  19,59   1,37               20,96`);
    const r = run(t, true);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([21.19, 1.67, 22.86]);
  });

  it('three rates under a total whose label is lost (",UMME"): tendered less change and the items sum say it is the total', () => {
    const t = slip(`Seife                            10,60 A
Brot                              5,60 B
Wein                             24,20 C`, ' ,UMME                             40,40', `A  6,0%   10,00   0,60              10,60
B 12,0%    5,00   0,60               5,60
C 21,0%   20,00   4,20              24,20`);
    const r = run(t, true);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([35, 5.4, 40.4]);
  });

  it('control: one row whose rate is lost is no table (its net and tax are not taken for the document\'s)', () => {
    const t = slip(`Apfelschorle 0,5 l               11,90 A`, 'SUMME                              11,90', `A  19,06   10,00   1,90             11,90`);
    expect(perRate(t)).toBe(false);
  });

  it('control: rows that do not add up to the total are left alone', () => {
    const t = slip(`Hackfleisch                       7,95 B
Apfelschorle 0,5 l                1,90 A
Brot                              3,00 B`, ' ,UMME                             12,85', `A  19,0%   1,60   0,30               1,90
B  7,06   6,00   0,42                6,42`);
    expect(perRate(t)).toBe(false);
  });
});

describe('currency as a core field', () => {
  it('flags a document whose currency is printed nowhere', () => {
    const r = run(`TICKET 0042
PAIN                      1,20
TOTAL TTC                 1,20
ESPECES                   2,00
RENDU MONNAIE             0,80
12/03/2024 08:10
`);
    expect(r.currency).toBeNull();
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons).toContain('required field currency is missing');
  });

  it('reads the ringgit from RM in a column heading', () => {
    const r = run(`TAX INVOICE
Item                 Qty    Amount (RM)
Rice 5kg               1          18.90
Total                             18.90
CASH                              20.00
CHANGE                             1.10
12/03/2024 08:10
`);
    expect(r.currency?.value).toBe('MYR');
  });
});
