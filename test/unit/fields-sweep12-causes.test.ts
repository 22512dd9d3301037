/**
 * The causes the twelfth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: a German compound title ("Schlussrechnung Nr.") beside the
 * vendor's "MWST-Nr."; Slovak "FAKTÚRA č." and Serbian "FAKTURA br." beside the company's
 * registration numbers (IČ DPH, Matični broj); accounting software's "N° pièce" grid beside the
 * deposit invoice a final invoice names ("facture d'acompte FA-… du …").
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { NUMBER, cues } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe('numbers: a title in the document word of its language, beside registration numbers', () => {
  it('knows the labels', () => {
    for (const l of ['Schlussrechnung Nr.', 'Teilrechnung Nr.', "Facture d'acompte N°", 'FAKTÚRA č.', 'FAKTURA br.', 'N° pièce']) expect([...cues(NUMBER, l)], l).not.toContain('other');
    for (const l of ['MWST-Nr.', 'MwSt.-Nr.', 'IČ DPH:', 'Matični broj:', 'Poziv na broj:', 'Tekući račun:', "Suivant devis DV-77 et facture d'acompte", 'abzüglich Anzahlung lt. Abschlagsrechnung']) expect([...cues(NUMBER, l)], l).toContain('other');
  });

  const swiss = (title: string) => `Malerei Brunner GmbH
Seestrasse 12
8800 Thalwil
                                                           Thalwil, 14. Mai 2025
Herr Peter Keller                                          Objekt            Wohnung Keller
Bahnhofstrasse 3                                           Ihre Referenz     P. Keller
8810 Horgen                                                MWST-Nr.          CHE-211.904.377 MWST


${title}
Pos.   Beschreibung                                               Menge       Preis CHF      Total CHF
1      Malerarbeiten Wohnzimmer                                       1        3'200.00       3'200.00
2      Abdeckmaterial                                                 1          140.00         140.00
                                                           Total exkl. MWST                CHF 3'340.00
                                                           MWST 8.1 %                        CHF 270.54
                                                           Total inkl. MWST                CHF 3'610.54`;

  it('a German compound title "Schlussrechnung Nr." beats the vendor\'s MWST-Nr. (control: "Rechnung Nr.")', () => {
    expect(run(swiss('Schlussrechnung Nr. 25-0388')).invoiceNumber?.value).toBe('25-0388');
    expect(run(swiss('Rechnung Nr. 25-0388')).invoiceNumber?.value).toBe('25-0388');
  });

  it('a compound title with a month and a year names no number ("Mietrechnung März 2025"): the labelled number is kept', () => {
    const r = run(`Hausverwaltung Obermaier GmbH · Leopoldstr. 12 · 80802 München

Praxis Dr. Hahn
Marienplatz 2, 80331 München
                                                                               München, 24.02.2025
Mietrechnung März 2025
Rechnung: MR-2025-03-0042
Mietzeitraum: 01.03.2025 - 31.03.2025
Nettokaltmiete Praxisräume                                                              1.800,00
                                                                    Summe netto         1.800,00
                                                                    USt 19 %              342,00
                                                                    Gesamtbetrag        2.142,00`);
    expect(r.invoiceNumber?.value).toBe('MR-2025-03-0042');
    expect(r.invoiceNumber?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('Slovak "FAKTÚRA č." beats the IČ DPH (control: "Faktúra číslo")', () => {
    const sk = (title: string) => `Dodávateľ:
Stavmont s.r.o.
Hlavná 4, 811 01 Bratislava
IČO: 47 118 330 · DIČ: 2023456789
IČ DPH: SK2023456789

Odberateľ:                                                 Dátum vyhotovenia           05.05.2025
Hotel Tatra s.r.o.                                         Dátum splatnosti            19.05.2025

${title}
Označenie dodávky                                   Množstvo        Cena/MJ       Spolu bez DPH
Oprava strechy                                             1         800,00              800,00
                                                    Základ DPH 23 %                     800,00 €
                                                    DPH 23 %                            184,00 €
                                                    Celkom s DPH                        984,00 €`;
    expect(run(sk('FAKTÚRA č. 2025112')).invoiceNumber?.value).toBe('2025112');
    expect(run(sk('Faktúra číslo 2025112')).invoiceNumber?.value).toBe('2025112');
  });

  it('Serbian "FAKTURA br." beats the Matični broj (control: "Broj fakture" only)', () => {
    const sr = (title: string) => `ELEKTRO-MONT DOO
Cara Dušana 14, 11000 Beograd
PIB: 101234567 · Matični broj: 07654321

Kupac:                                                        Datum izdavanja           03.04.2025.
Pekara Zlatni klas DOO                                        Datum prometa             01.04.2025.

${title}
Opis                                                          Kol.      Cena bez PDV      Iznos bez PDV
Zamena razvodne table                                            1          40.000,00          40.000,00
                                                              Osnovica za PDV 20%             40.000,00
                                                              PDV 20%                          8.000,00
                                                              Ukupno za uplatu                48.000,00`;
    expect(run(sr('FAKTURA br. 57/2025')).invoiceNumber?.value).toBe('57/2025');
    expect(run(sr('FAKTURA                                             Broj fakture: 57/2025')).invoiceNumber?.value).toBe('57/2025');
  });

  it('the "N° pièce" grid beats the deposit invoice named in the first line (control: no deposit invoice named)', () => {
    const fr = (first: string) => `MENUISERIE DU LAC
12 rue des Forges
74000 Annecy

M. Dupont
3 chemin des Vignes
74940 Annecy-le-Vieux

FACTURE DE SOLDE
 N° pièce                          Date                          Code client
 FA25-00931                        12/05/2025                    DUPO02
 Date de livraison                 Échéance                      Règlement
 07/05/2025                        11/06/2025                    Virement

${first}

Désignation                                                     Qté          P.U. HT         Montant HT
Escalier chêne sur mesure                                        1          4 200,00           4 200,00
                                                    Total HT                                   4 200,00
                                                    TVA 20,00 %                                  840,00
                                                    Total TTC                                  5 040,00
                                                    Acompte versé le 10/03/2025               -1 500,00
                                                    Reste à payer (EUR)                        3 540,00`;
    expect(run(fr("Suivant devis DV25-0077 du 01/03/2025 et facture d'acompte FA25-00410 du 10/03/2025 (1 500,00 € TTC).")).invoiceNumber?.value).toBe('FA25-00931');
    expect(run(fr('Escalier posé selon vos plans.')).invoiceNumber?.value).toBe('FA25-00931');
  });
});

describe('a Serbian invoice: "Valuta plaćanja" is its due date, "RSD" its currency', () => {
  const sr = (due: string, cur: string) => `GRADNJA PLUS DOO
Njegoševa 8, 21000 Novi Sad

Kupac:                                                        Datum izdavanja           10.03.2025.
Kafe Galerija DOO                                             Datum prometa             08.03.2025.
                                                              ${due}           25.03.2025.
FAKTURA br. 31/2025
Opis                                                          Kol.      Cena bez PDV      Iznos bez PDV
Krečenje lokala                                                  1          60.000,00          60.000,00
                                                              Osnovica za PDV 20%         60.000,00 ${cur}
                                                              PDV 20%                     12.000,00 ${cur}
                                                              Ukupno za uplatu            72.000,00 ${cur}`;

  it('reads the due date and the dinar (control: "Datum dospeća" wording absent, "din." sign)', () => {
    const r = run(sr('Valuta plaćanja', 'RSD'));
    expect(r.dueDate?.value).toBe('2025-03-25');
    expect(r.currency?.value).toBe('RSD');
    expect(r.total?.value).toBe(72000);
    // Control: a date under an unrelated label is no due date; the dinar's short sign was read already.
    const c = run(sr('Mesto izdavanja', 'din.'));
    expect(c.dueDate).toBeNull();
    expect(c.currency?.value).toBe('RSD');
  });
});

describe('a deducted advance with its own net and VAT in its label', () => {
  const sk = (deduct: string) => `Dodávateľ:
Tlačiareň Orava s.r.o.
Hlavná 7
026 01 Dolný Kubín
IČ DPH: SK2021234567

Odberateľ:                                                                                  Dátum vyhotovenia                   12.05.2025
Kníhkupectvo Lipa s.r.o.                                                                    Dátum splatnosti                    26.05.2025

FAKTÚRA č. 2025044
Označenie dodávky                                                                         Množstvo                   Cena/MJ          Spolu bez DPH

Katalógy A4                                                                                        1000                    1,50            1 500,00
Letáky A5                                                                                          2000                    0,10              200,00

                                                                                            Základ DPH 23 %                                    1 700,00 €
                                                                                            DPH 23 %                                             391,00 €
                                                                                            Celkom s DPH                                       2 091,00 €
${deduct}
                                                                                            Zostáva uhradiť                                    1 476,00 €`;

  it("its net and VAT are the earlier invoice's: the breakdown changes none of this invoice's amounts (control: the advance without one)", () => {
    const r = run(sk('                                   Odpočet zálohy (zálohová faktúra ZF2025011, základ 500,00, DPH 115,00)                                       -615,00 €'));
    const c = run(sk('                                   Odpočet zálohy ZF2025011                                                                                     -615,00 €'));
    expect(r.tax?.value).not.toBe(115);
    expect(r.subtotal?.value).not.toBe(500);
    for (const k of ['total', 'subtotal', 'tax'] as const) expect(r[k]?.value ?? null, k).toBe(c[k]?.value ?? null);
    expect(r.total?.value).toBe(2091);
    expect(c.total?.value).toBe(2091);
  });
});
