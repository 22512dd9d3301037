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
