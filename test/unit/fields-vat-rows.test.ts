/**
 * A page's VAT read from several rate rows (the causes of the sweeps' tax and subtotal misses, each
 * on a document invented for the test in the shape of the cause, with a control): a till's VAT table
 * whose rate sets its % a few columns apart ("20   %   17,82   3,57"); a table whose rows' net and tax
 * sums the totals block prints ("Total HT" / "Total TVA") beside an amount the rows do not hold; a
 * rate's net and tax on two lines of their own ("Osnovica PDV 13 %" / "PDV 13 %"); a Polish till's
 * "Sprzed. opod. PTU A" gross over its "Kwota PTU A 23%" tax and "SUMA PTU".
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, cues } from '../../src/extract/fields/lexicon.js';
import { percentsIn } from '../../src/extract/fields/tokens.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe("a till's VAT table with its rates' % set apart", () => {
  const ticket = (rows: string, after = '') => `PHARMACIE DU MARCHE
12 rue Haute 69002 Lyon
SIROP TOUX 200ML             10,55
BROSSE A DENTS               18,00
TOTAL A PAYER           28,55 EUR
CARTE BANCAIRE              28,55
TVA    HT       TVA
${rows}
${after}LE 12/02/2026             A 10:41`;

  it('reads "5,5   %" and "20   %" as the rows\' rates and sums their taxes', () => {
    expect(percentsIn('20   %   17,82   3,57')).toEqual([20]);
    expect(percentsIn('5,5  %  10,00')).toEqual([5.5]);
    const r = run(ticket('5,5   %   10,00   0,55\n20   %   15,00   3,00', 'TOTAL TVA                    3,55\n'));
    expect(r.tax?.value).toBe(3.55);
    expect(r.subtotal?.value).toBe(25);
    expect(r.total?.value).toBe(28.55);
  });

  it('sums a table with a TTC column and no tax line (the sum is printed nowhere)', () => {
    const r = run(`BOULANGERIE DES HALLES
4 place du Marche 33000 Bordeaux
2 BAGUETTE                     2,40
1 GATEAU 6P                   18,70
1 CAFE                         4,40
TOTAL EUR                     25,50
CB EMV                        25,50
TAUX      HT      TVA     TTC
5,5   %  20,00     1,10   21,10
10   %    4,00    0,40    4,40
Ticket 0456      07/03/2026 08:16`);
    expect(r.tax?.value).toBe(1.5);
    expect(r.subtotal?.value).toBe(24);
  });

  it('control: a number of a longer one, or far from its %, is no rate', () => {
    expect(percentsIn('119%')).toEqual([]);
    expect(percentsIn('Menge 3     % Rabatt')).toEqual([]);
    expect(percentsIn('MwSt. 19 %')).toEqual([19]);
  });
});

describe("a totals block that prints the table's net and tax sums", () => {
  const bill = (taxLine: string) => `Hôtel des Dunes (exemple)
1 rue de la Plage 85100 Les Sables
Facture n° H-2026-0412
Date 14/02/2026
Prestation                 Qté       P.U.      Montant
Chambre                      2     110,00       220,00
Parking                      2      6,00        12,00
Taux          HT          TVA          TTC
10 %       200,00        20,00       220,00
20 %        10,00         2,00        12,00
                        Total HT                 210,00
                        ${taxLine}
                        Frais de réservation       3,30
                        Total TTC                235,30 €`;

  it('takes the Total TVA and Total HT, not one rate row, though the total holds more', () => {
    const r = run(bill('Total TVA                 22,00'));
    expect(r.tax?.value).toBe(22);
    expect(r.subtotal?.value).toBe(210);
    expect(r.total?.value).toBe(235.3);
  });

  it('control: a tax line that is not the rows\' sum leaves the rows unmarked (no tax sum made)', () => {
    const r = run(bill('Total TVA                 21,00'));
    expect(r.tax?.value).not.toBe(22);
  });
});

describe("a rate's net and tax on two lines of their own", () => {
  const racun = (rows: string) => `Hotel Primjer d.o.o.
Obala 8 · 52440 Poreč · OIB 12345678903
RAČUN br. 77-1-1
Datum izdavanja: 10.07.2025.
Opis                                      Kol.     Cijena     PDV      Iznos EUR
Smještaj                                     2     113,00     13 %        226,00
Parkiranje                                   2      25,00     25 %         50,00
Boravišna pristojba (2 osobe x 2 noćenja)    4       2,00       –           8,00
${rows}
                          Boravišna pristojba (nije predmet PDV-a)          8,00
                          UKUPNO EUR                                      284,00`;

  it('sums the PDV rows, the tourist tax outside VAT', () => {
    const r = run(racun(`                          Osnovica PDV 13 %                              200,00
                          PDV 13 %                                        26,00
                          Osnovica PDV 25 %                               40,00
                          PDV 25 %                                        10,00`));
    expect(r.tax?.value).toBe(36);
    expect(r.total?.value).toBe(284);
  });

  it('knows Croatian and Slovenian wording for outside VAT and tourist taxes', () => {
    for (const w of ['Boravišna pristojba', 'nije predmet PDV-a', 'ni predmet DDV', 'Turistična taksa']) expect([...cues(AMOUNT, w)], w).toContain('outside');
    // Control: the VAT's own labels are no such thing.
    for (const w of ['PDV 13 %', 'Osnovica PDV 25 %', 'DDV 22 %']) expect([...cues(AMOUNT, w)], w).not.toContain('outside');
  });

  it('control: one rate alone is no table (its tax line is the tax, as before)', () => {
    const r = run(`Hotel Primjer d.o.o.
RAČUN br. 77-1-2
Datum izdavanja: 10.07.2025.
Smještaj                                     2     113,00     13 %        226,00
                          Osnovica PDV 13 %                              200,00
                          PDV 13 %                                        26,00
                          UKUPNO EUR                                      226,00`);
    expect(r.tax?.value).toBe(26);
    expect(r.subtotal?.value).toBe(200);
  });
});

describe("a Polish till's PTU", () => {
  const paragon = (sum: string) => `SKLEP POD DEBEM
ul. Krotka 3, 30-001 Krakow
NIP 123-456-32-18
2026-03-02            nr wydr. 221/1090
            PARAGON FISKALNY
Kawa mielona 1 x19,60             19,60A
Czekolada 1 x5,00                  5,00A
Chleb 1 x10,80                    10,80B
Sprzed. opod. PTU A                24,60
Sprzed. opod. PTU B                10,80
Kwota PTU A 23%                     4,60
Kwota PTU B 8%                      0,80
${sum}SUMA PLN                           35,40
Karta platnicza                35,40 PLN`;

  it('gives SUMA PTU, the rates\' taxes summed, as the tax', () => {
    expect([...cues(AMOUNT, 'Kwota PTU A 23%')]).toContain('tax');
    const r = run(paragon('SUMA PTU                            5,40\n'));
    expect(r.tax?.value).toBe(5.4);
    expect(r.total?.value).toBe(35.4);
  });

  it('sums the rates\' taxes when no SUMA PTU is printed', () => {
    expect(run(paragon('')).tax?.value).toBe(5.4);
  });
});

describe('a net line that prints the rates\' nets alone, an amount outside VAT after it', () => {
  const bill = (net: string) => `Énergie Verte (exemple)
Facture du 12 mars 2026
N° de facture FV-2026-118
Détail                                                   Montant HT €      TVA
Abonnement                                                      20,00    5,5 %
Consommation                                                   100,00     20 %
Don solidaire (non soumis à TVA)                                 2,00        –
Taux                             Base HT                  TVA
5,5 %                              20,00                  1,10
20 %                              100,00                 20,00
                          ${net}
                          Total TVA                      21,10   €
                          Hors TVA                        2,00   €
                          Montant TTC à payer           143,10   €`;

  it('gives the printed Total HT as the subtotal, the donation outside it', () => {
    const r = run(bill('Total HT                      120,00   €'));
    expect(r.subtotal?.value).toBe(120);
    expect(r.tax?.value).toBe(21.1);
    expect(r.total?.value).toBe(143.1);
  });

  it('control: with no net line printed, the net made of the rates and the amount outside VAT stays', () => {
    const r = run(bill(''));
    expect(r.tax?.value).toBe(21.1);
    expect(r.subtotal?.value).toBe(122);
  });
});
