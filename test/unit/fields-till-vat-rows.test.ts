/**
 * Receipts' VAT rows and boxed totals (issue 13, "scanned receipts must come out right"), each cause
 * on a document invented for the test in its shape, with a control: "incl." rows whose tax word the
 * rate or a row number cuts off the amount's label ("TVA1   2.6%  incl."); a till's VAT rows under the
 * total and the payment lines with no "incl." word (included.ts, vat-rows.ts); a till's total, its VAT
 * rows (one tax word misread) and its net under them (vat-rows.ts rowTaxSums); a form's boxes, each
 * label on a line of its own and its amount on the next (amounts.ts arithmeticOf).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { printedNowhere } from '../../src/extract/fields/amounts.js';
import type { PageText } from '../../src/extract/types.js';

const ocr = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 0.85 }];
const amounts = (t: string) => {
  const r = extractFields(ocr(t), { templates: [], today: '2026-12-01' });
  return { subtotal: r.subtotal?.value ?? null, tax: r.tax?.value ?? null, total: r.total?.value ?? null };
};
/** The amounts made up from the page's arithmetic (sums and differences printed nowhere). */
const madeUp = (t: string) => documentCandidates(ocr(t)).amounts.filter(printedNowhere).map((c) => c.value);

describe('"incl." VAT rows whose tax word the rate or a row number cuts off the label', () => {
  const ticket = (a: string, b: string) => `    Confiserie Meier
        Grand-Rue 12
        1400 Yverdon

Pralinés assortis                  24.80  1
Thé vert 100g                       9.20  1
Chocolat chaud (sur place)
  2x  4.50                          9.00  2

TOTAL   CHF                        43.00
TWINT                               43.00

${a}
${b}

02.11.2026   15:12  Caisse 2`;

  it('sums the rows as the tax the total holds and gives the total less it as the net', () => {
    expect(amounts(ticket('TVA1   2.6%  incl.                   0.87', 'TVA  2  8.1%  incl.                  0.67'))).toEqual({ subtotal: 41.46, tax: 1.54, total: 43 });
  });

  it('control: "incl." rows that name no tax (a service charge, a deposit) make no tax of them', () => {
    expect(madeUp(ticket('Service  10%  incl.                   3.91', 'Consigne  incl.                       0.50'))).toEqual([]);
  });
});

describe("a till's VAT rows under the total and the payment lines, no \"incl.\" word", () => {
  const bon = (rows: string) => `          Backstube Sommer
     Marktgasse 3, 79098 Freiburg

Dinkelbrot 750g                            4,60
Laugenbrezel x3                            2,70
Apfeltasche                                2,20
Cappuccino                                 3,40
SUMME EUR                                 12,90
Bar                                       20,00
Rückgeld                                   7,10

${rows}

          05.11.2026  08:14  Bon 2210`;

  it('sums the rate rows as the tax (7 % and 19 %)', () => {
    expect(amounts(bon('MwSt 7%                                    0,62\nMwSt 19%                                   0,54')).tax).toBe(1.16);
  });

  it('one rate row for the one taxed article (the rest outside VAT) is the tax', () => {
    const slip = `           TABAC DU PORT
       3 quai des Pêcheurs, 29900 Concarneau
Ouest-France                              1,40
Carnet timbres                           12,96
Allumettes                                1,50
TOTAL                                    15,86
Especes                                  20,00
Rendu                                    -4,14
TVA 20,00 %                               0,25
Presse/timbres                        hors TVA

               04/11/2026 11:05`;
    expect(amounts(slip).tax).toBe(0.25);
  });

  it('control: a rate row whose gross the total cannot hold (tax added on top) makes nothing up', () => {
    expect(madeUp(bon('MwSt 19%                                   2,45'))).toEqual([]);
  });

  it('control: a row under a sum and over a larger total is tax added to the sum (its gross fits in the sum), not held by it', () => {
    const bill = `          Backstube Sommer
     Marktgasse 3, 79098 Freiburg
Torte (Bestellung)                        50,00
Tischdeko (Leihgabe)                      10,00
Zwischen Summe                            60,00
MwSt 7%                                    3,50
Gesamt                                    63,50

          05.11.2026  08:14  Bon 2211`;
    expect(madeUp(bill)).toEqual([]);
  });
});

describe("a till's total, its VAT rows and its net under them, a tax word misread", () => {
  const bon = (net: string) => `    Zeitschriften & Lotto am Markt
      Markt 2, 89073 Ulm

Tageszeitung                       2,90 B
Rätselheft                         4,50 B
Batterien AA                       6,99 A
Postkarte                          1,50 A

Summe EUR                          15,89
Bar                                 20,00
Zurück                               4,11

A  19%  MwSt                          1,36
B  7% MuwSt                           0,48
Netto gesamt                         ${net}

06.11.2026 09:40   Bon-Nr.  7731`;

  it('the rows between the total and the net make up their difference: that sum is the tax', () => {
    expect(amounts(bon('14,05'))).toEqual({ subtotal: 14.05, tax: 1.84, total: 15.89 });
  });

  it('control: a net the rows do not make up to the total gives no sum of them', () => {
    expect(madeUp(bon('14,50'))).toEqual([]);
  });
});

describe("a form's boxes: each label on a line of its own, its amount on the next", () => {
  const form = (tax: string) => `QUITTUNG                                                                    Nr.  0815

                                                                       Netto EUR
                                                                                                        360,00
                                                                       + 19 % MwSt. EUR
                                                                                                         ${tax}
                                                                       Gesamt EUR
                                                                                                        428,40

 Gesamtbetrag EUR in Worten
  vierhundertachtundzwanzig            ----   40/100
 von
  Musikverein Harmonie e.V., Kirchweg 2, 88239 Wangen
 für
  Miete Probenraum Oktober 2026
richtig erhalten zu haben, bestätigt
 Ort / Datum
  Wangen, 02.11.2026`;

  it('reads the net and the tax that make the total', () => {
    expect(amounts(form('68,40'))).toEqual({ subtotal: 360, tax: 68.4, total: 428.4 });
  });

  it('control: boxes that do not add up give no net and tax', () => {
    expect(amounts(form('86,40'))).toMatchObject({ subtotal: null });
  });
});

describe("a till's VAT table that leaves the tax word to its column's head", () => {
  const slip = (rows: string) => ` Drogerie am Zytglogge
 Kramgasse 40,  3011  Bern
 Datum:  03.11.2026    Zeit:  16:20
 Handcreme  75ml   1          8.90
 Vitamin C  Brause   2        11.80
 Pflaster  Set   1            6.45
 Total  CHF                   27.15
 Bar  CHF                     30.00
 Rückgeld   CHF                2.85
Code   Satz    MWST
${rows}
            Auf Wiedersehen!`;

  it('sums the rate rows under the "MWST" head as the tax', () => {
    expect(amounts(slip('1     2.6  %  0.51\n2     8.1%    0.50')).tax).toBe(1.01);
  });

  it('control: rows whose grosses the total cannot hold make nothing up', () => {
    expect(madeUp(slip('1     2.6  %  0.91\n2     8.1%    0.90'))).toEqual([]);
  });
});

describe('VAT rows whose rates OCR garbled, their net and tax named by their words', () => {
  const bon = (b: string) => `                       CAFE AM DOM
             Domplatz 3, 93047 Regensburg
           Tisch 4          02.11.2026 14:10
             2 x 3,80                7,60 A
          Apfelstrudel               4,60 B
          Orangensaft                3,20 A
          Quarktorte                 4,20 B
         Gesamt EUR                  19,60
         Gegeben                     20,00
        Zurueck                       0,40
        MwSt 19s, (A) 1,72 » Netto 9,08     3
        ${b}
       TSE-Nr 3817`;

  it('the two rows make up the total: their sums are the net and the tax', () => {
    expect(amounts(bon('MwSt 74 (8)    0,57 netto 8,23'))).toEqual({ subtotal: 17.31, tax: 2.29, total: 19.6 });
  });

  it('control: rows that do not make up the total give no sums of them', () => {
    expect(madeUp(bon('MwSt 74 (8)    0,57 netto 8,32'))).toEqual([]);
  });
});

describe("a till's VAT table, one row's net and tax misread, its gross in the gross column", () => {
  const ticket = (rowA: string) => `         Brasserie du Marché
           Grand-Place 8
           7000 Mons
           TVA BE0401.222.333
Table  3                    Serveur:  Ana
2  x  Bière                       7,00 A
1  x  Américain frites           16,50  B
1  x  Eau plate                   2,80 A
TOTAL  EUR                         26,30
Bancontact                         26,30
TVA        HTVA      TVA      TVAC
${rowA}
B  12%        14,73      1,77      16,50
16/11/2026                         20:05`;

  it('the row\'s gross and rate give its tax: the table reconciles with the total, whose net and tax it gives', () => {
    expect(amounts(ticket('A  21%         T1S10     1,80       9,80'))).toEqual({ subtotal: 22.83, tax: 3.47, total: 26.3 });
  });

  it('control: an amount out of the gross column makes no row, and no sums', () => {
    expect(madeUp(ticket('A  21%         T1S10     1,80  9,80'))).toEqual([]);
  });
});

describe("a till's article marked outside VAT by a footnote", () => {
  const bon = (foot: string) => `         KIOSK AM HAFEN
    Hafenstr. 9,  18055 Rostock
Tageszeitung                 2,20 B
Schokolade                   1,49 A
Cola 0,51                    1,89 A
Rubbellos Gewinn            -4,00  *

SUMME EUR                      1,58
BAR                            5,00
RUECKGELD                      3,42

A 19% Netto 2,84          MwSt 0,54
B 7% Netto 2,06           MwSt 0,14
${foot}

05.11.2026 10:02           Bon 1207`;

  it('"* nicht steuerbar": the marked payout is outside VAT, and the rows\' taxes are the tax', () => {
    expect(amounts(bon('* nicht steuerbar')).tax).toBe(0.68);
  });

  it('control: a footnote that says nothing of VAT leaves the article in, and the rows make no sums', () => {
    expect(madeUp(bon('* Gewinn ausgezahlt'))).toEqual([]);
  });
});
