/**
 * Causes the held-out sweeps' text PDFs showed (branch G46), each on a document invented for the
 * test in the shape of the cause, with a control: a due date pushed out of its row of values under a
 * row of headings; a deposit's remainder (net and tax after the total) against the labelled net and
 * tax that make the total; a tax on owning or earning ("Grundsteuer") as a cost row, not a tax label.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, cues } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe('a due date pushed out of its row of values', () => {
  const statement = (meta: string) => `Transports Dumas SARL                                                                   FACTURE
12 rue Garibaldi – 69003 Lyon
TVA FR55812447111

Imprimerie Royer
4 place Bellecour
69002 Lyon

${meta}

Réf.     Désignation                                                     Qté       P.U. HT     Montant HT
1        Course urgente                                                    1        120,00         120,00
2        Frais de gestion                                                  1         10,00          10,00

                                                                                    Total HT         130,00
                                                                                   TVA 20 %           26,00
                                                                                   Total TTC         156,00
`;

  it('reads the heading left without a value ("Échéance") as its own', () => {
    const r = run(statement(`N° facture                 Date                     Période                        Échéance
TD-2603-0042               05/03/2026               du 01/02/2026 au 28/02/2026
                                                                            04/04/2026`));
    expect(r.dueDate?.value).toBe('2026-04-04');
    expect(r.invoiceDate?.value).toBe('2026-03-05');
  });

  it('control: every heading with its value under it, a date alone below is no due date', () => {
    const r = run(statement(`N° facture                 Date                     Période
TD-2603-0042               05/03/2026               du 01/02/2026 au 28/02/2026
                                                                            04/04/2026`));
    expect(r.dueDate?.value).not.toBe('2026-04-04');
    expect(r.invoiceDate?.value).toBe('2026-03-05');
  });
});

describe("a deposit's remainder after the total", () => {
  const invoice = (after: string) => `Festsaal Catering GmbH
Schlussrechnung Nr. FC-2026-0112                                  Datum 02.03.2026
Pos.   Bezeichnung                                   Menge     Einzelpreis        Betrag
1      Buffet (pro Person)                              80           30,00      2.400,00
2      Getränkepauschale (pro Person)                   80           12,50      1.000,00
                                              Gesamtleistung netto            3.400,00
                                                    zzgl. 19 % USt              646,00
                                               Gesamtbetrag brutto            4.046,00
${after}`;

  it('gives the net and tax that make the total, not the remainder\'s', () => {
    const r = run(invoice(`                       abzgl. Anzahlung netto (FC-A-2026-0020)           -1.000,00
                                      abzgl. USt auf Anzahlung            -190,00
                                                  Restbetrag netto            2.400,00
                                           USt 19 % auf Restbetrag              456,00
                                                          Zahlbetrag          2.856,00`));
    expect(r.total?.value).toBe(4046);
    expect(r.subtotal?.value).toBe(3400);
    expect(r.tax?.value).toBe(646);
  });

  it('control: with no remainder after the total, the net and tax are read as before', () => {
    const r = run(invoice(''));
    expect(r.total?.value).toBe(4046);
    expect(r.subtotal?.value).toBe(3400);
    expect(r.tax?.value).toBe(646);
  });
});

describe('a tax on owning or earning is a cost, not a tax label', () => {
  it('"Grundsteuer", "Hundesteuer", "Gewerbesteuer" are no tax cue; energy, electricity, insurance and exchange-part taxes still are', () => {
    for (const l of ['Grundsteuer', 'Hundesteuer', 'Gewerbesteuer', 'Grunderwerbsteuer']) expect([...cues(AMOUNT, l)], l).not.toContain('tax');
    for (const l of ['Energiesteuer', 'Stromsteuer', 'Versicherungsteuer 19 %', 'Altteilsteuer', 'Umsatzsteuer', 'Kfz-Steuer']) expect([...cues(AMOUNT, l)], l).toContain('tax');
  });

  it("a Betriebskostenabrechnung's Grundsteuer row gives no tax", () => {
    const r = run(`Hausverwaltung Brandt                                            Datum        12.05.2026
Betriebskostenabrechnung 2025
Kostenart                        Gesamtkosten €   Schlüssel          Ihr Anteil        Betrag €
Grundsteuer                            1.800,00   Wohnfläche       60 / 600 m²          180,00
Müllabfuhr                               960,00   Wohneinheiten    1/8                  120,00
Hausreinigung                          1.200,00   Wohnfläche       60 / 600 m²          120,00

                                                      Ihre Betriebskosten 2025          420,00
                                                abzgl. Vorauszahlungen 12 x 30,00      -360,00
                                                                     Nachzahlung         60,00 €`);
    expect(r.tax?.value ?? null).toBeNull();
  });
});
