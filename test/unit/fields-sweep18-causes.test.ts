/**
 * The causes the eighteenth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: Skonto terms whose net clause runs onto the next line; Irish
 * and Faroese labels; a quote's own number on a page titled as the quote; a date pushed under its
 * row's label in a key-value block; partial sums (labour, material) printed above the net they make.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { SUM_PART } from '../../src/extract/fields/partial-sums.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe('Skonto terms whose net date stands on the next line', () => {
  const invoice = (terms: string) => `Baustoffe Huber KG
Rechnung
                                  Rechnung              4711-0815
                                  Datum                 09.01.2026
Artikel                                        Menge    Betrag
Zement 25 kg                                       40    380,00
                                  Warenwert netto              380,00
                                  zzgl. 19 % MwSt.              72,20
                                  Rechnungsbetrag              452,20

${terms}`;

  it('gives the "oder bis … netto" date of the second line as the due date, not the Skonto date', () => {
    const r = run(invoice('Zahlung bis 19.01.2026 abzüglich 2 % Skonto (9,04 EUR): 443,16 EUR\noder bis 08.02.2026 netto ohne Abzug.'));
    expect(r.dueDate?.value).toBe('2026-02-08');
    const fr = run(invoice("Escompte de 2 % pour paiement avant le 19/01/2026 : 443,16 EUR\nou au plus tard le 08/02/2026 net sans escompte."));
    expect(fr.dueDate?.value).toBe('2026-02-08');
  });

  it('control: a next line that goes on with no "or" gives no due date of the discount terms', () => {
    const r = run(invoice('Zahlung bis 19.01.2026 abzüglich 2 % Skonto (9,04 EUR): 443,16 EUR\nLieferung am 12.01.2026 frei Baustelle.'));
    expect(r.dueDate?.value ?? null).toBe(null);
  });
});

describe('Irish and Faroese labels', () => {
  it('reads an Irish Sonrasc: Uimhir sonraisc, Dáta dlite, Glan, CBL, Iomlán le híoc', () => {
    const r = run(`Ó Néill Pluiméireacht Teo.
Uimhir CBL IE9876543W

Sonrasc
                                            Uimhir sonraisc       ON-2026-117
                                            Dáta                  03/03/2026
                                            Dáta dlite            02/04/2026

Cur síos                                        Méid          Praghas            Suim
Obair (uair an chloig)                              4           60.00           240.00
Píopaí                                              1           96.00            96.00

                                                                Glan            336.00
                                                          CBL 13.5%              45.36
                                                     Iomlán le híoc €           381.36`);
    expect(r.invoiceNumber?.value).toBe('ON-2026-117');
    expect(r.dueDate?.value).toBe('2026-04-02');
    expect(r.subtotal?.value).toBe(336);
    expect(r.tax?.value).toBe(45.36);
    expect(r.total?.value).toBe(381.36);
  });

  it('reads a Faroese Rokningur: Gjaldkomudagur, Tilsamans uttan MVG, MVG, At gjalda', () => {
    const r = run(`Timburhandil Sp/f
V-tal 498765

Rokningur
                 Rokningur nr.        2026-044
                 Dagfesting           12.03.2026
                 Gjaldkomudagur       26.03.2026

Lýsing              Nøgd           Prísur          Upphædd
Arbeiði, tímar          4          400.00           1'600.00
Tilfar                  1          900.00             900.00

                     Tilsamans uttan MVG            2'500.00
                               MVG 25%                625.00
                           At gjalda DKK            3'125.00`);
    expect(r.dueDate?.value).toBe('2026-03-26');
    expect(r.subtotal?.value).toBe(2500);
    expect(r.tax?.value).toBe(625);
    expect(r.total?.value).toBe(3125);
  });

  it("control: the VAT number's label (Uimhir CBL, V-tal) printed first gives no invoice number, the invoice's own label does", () => {
    const r = run(`Ó Néill Pluiméireacht Teo.
Uimhir CBL IE9876543W
Sonrasc
Uimhir sonraisc ON-2026-117
Dáta 03/03/2026
Iomlán le híoc € 381.36`);
    expect(r.invoiceNumber?.value).toBe('ON-2026-117');
    const fo = run(`Timburhandil Sp/f
V-tal 498765
Rokningur
Rokningur nr. 2026-044
Dagfesting 12.03.2026
At gjalda DKK 3'125.00`);
    expect(fo.invoiceNumber?.value).toBe('2026-044');
  });
});

describe("a quote's own number", () => {
  const quote = (title: string, extra = '') => `Plomberie Martin SARL
SIRET 903 111 222 00015

${title}
                                  Devis n°               DV-26-0088
                                  Date                   05/03/2026
${extra}
Désignation                                             Montant HT
Remplacement baignoire par douche                          3 200,00
                                  Total HT                3 200,00
                                  TVA 10 %                  320,00
                                  Total TTC               3 520,00`;

  it('gives the "Devis n°" of a page titled DEVIS', () => {
    expect(run(quote('DEVIS')).invoiceNumber?.value).toBe('DV-26-0088');
  });

  it('control: on an invoice that cites the quote it follows, the invoice number stays its own', () => {
    const r = run(quote('FACTURE', '                                  Facture n°             F-2026-0144'));
    expect(r.invoiceNumber?.value).toBe('F-2026-0144');
  });
});

describe("a date pushed under its row's label", () => {
  const doc = (block: string) => `Holzbau Kerner GmbH
2. Abschlagsrechnung
${block}
                                  Rechnungs-Nr.         AR-26-0031
                                  Datum                 27.02.2026

Pos.   Beschreibung                                   Betrag
1      Abschlag nach Baufortschritt (60 %)         18.000,00
                                  Abschlag netto        18.000,00
                                  Umsatzsteuer 19 %      3.420,00
                                  Abschlagsbetrag brutto 21.420,00`;

  it("reads the row's label (an order's date) as the date's own, and gives the Datum", () => {
    const r = run(doc(`                                  Bauvorhaben           Neubau MFH
                                  Auftrag vom           Lindenhof,
                                                        14.10.2025 Dachstuhl`));
    expect(r.invoiceDate?.value).toBe('2026-02-27');
  });

  it('control: a date alone on its line with no row label above it keeps its reading', () => {
    const r = run(`Holzbau Kerner GmbH
Rechnung AR-26-0031
                                                        27.02.2026
Pos.   Beschreibung                                   Betrag
1      Abbund                                      18.000,00
                                  Gesamtbetrag          18.000,00`);
    expect(r.invoiceDate?.value).toBe('2026-02-27');
  });
});

describe('partial sums above the net they make', () => {
  const invoice = (rows: string) => `Heizung Sanitär Brandt
Rechnung Nr. HS-2026-0147
Rechnungsdatum 12.02.2026
Leistung                                   Menge     Einzelpreis       Betrag
Geselle, Austausch Heizkörper                6,5           58,00       377,00
Meister, Einregulierung                      1,5           72,00       108,00
Plattenheizkörper 22/600/1000                  1          314,50       314,50
Thermostatventil-Set                           2           28,90        57,80
Kleinmaterial pauschal                         1           18,50        18,50

${rows}
Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG: 577,15 EUR (inkl. MwSt.).`;

  it('gives the Nettobetrag, not the labour sum, and the tax on it', () => {
    const r = run(invoice(`                                 Summe Lohn netto                485,00
                             Summe Material netto                390,80
                                      Nettobetrag                875,80
                                 zzgl. 19 % MwSt.                166,40
                              Rechnungsbetrag EUR              1.042,20`));
    expect(r.subtotal?.value).toBe(875.8);
    expect(r.tax?.value).toBe(166.4);
    expect(r.total?.value).toBe(1042.2);
  });

  it('control: a gross total and its rounding above the amount they make are no parts', () => {
    const d = documentCandidates(pages(`Invoice INV-1
      Net Total Amount                                   €121.50
      Value Added Tax (19.00% of €121.50)                 €23.09
      Gross Total Amount                                 €144.59
      Rounding Amount                                      €0.01
      Open Amount                                        €144.60`));
    expect(d.amounts.filter((c) => c.features[SUM_PART]).map((c) => c.value)).toEqual([]);
  });

  it('control: a net row with one sum above it that does not make it is still the subtotal', () => {
    const r = run(invoice(`                                     Zwischensumme               875,80
                                      Nettobetrag                875,80
                                 zzgl. 19 % MwSt.                166,40
                              Rechnungsbetrag EUR              1.042,20`));
    expect(r.subtotal?.value).toBe(875.8);
    expect(r.total?.value).toBe(1042.2);
  });
});
