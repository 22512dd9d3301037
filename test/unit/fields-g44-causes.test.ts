/**
 * The causes G44 fixed among the sweeps' leftovers, each on a document invented for the test in the
 * shape of the cause: an insurance tax is not VAT (an insurer's notice that states it charges no VAT
 * has tax 0 and net = total, as the EN 16931 insurance samples' XML says); exemption wordings the
 * statement list missed ("non soumises à TVA" without the article, Austria's "§ 6 Abs. 1 Z 9 lit. c
 * UStG"); a net amount "hors taxes" is no tax line.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { statesNoVat } from '../../src/extract/fields/exempt.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe('an insurance tax is not VAT', () => {
  it('an Austrian motor premium: insurance taxes (one over two lines), "Keine Umsatzsteuer (§ 6 Abs. 1 Z 9 lit. c UStG)": tax 0, net = total', () => {
    const r = run(`Bergland Versicherung AG
Hauptplatz 4 · 8010 Graz

Frau Anna Huber                                            Prämienvorschreibung
Grieskai 7                                                 Nr. PV-2026-1177
8020 Graz                                                  Datum: 10.01.2026
                                                                Polizzennummer: 12-3456789-0

Kfz-Versicherung für G-123 AB · Versicherungsperiode 01.02.2026 – 31.01.2027
Sparte                                                                                              Nettoprämie €
Kfz-Haftpflicht                                                                                              350,00
Teilkasko                                                                                                    250,00

                                                    Nettoprämie                                               600,00
                                                    Versicherungssteuer 11 %                                   66,00
                                                    motorbezogene Versicherungssteuer (12                     300,00
                                                    x 25,00)
                                                    Jahresprämie                                          € 966,00

Fällig am 01.02.2026. Die Prämie wird per SEPA-Lastschrift eingezogen. Keine Umsatzsteuer (§ 6 Abs. 1 Z 9 lit. c
UStG).`);
    expect(r.total?.value).toBe(966);
    expect(r.tax?.value).toBe(0);
    expect(r.subtotal?.value).toBe(966);
  });

  it('a German premium whose Versicherungsteuer adds up with the net premium: tax 0, net = total', () => {
    const r = run(`Hanse Assekuranz AG
Beitragsrechnung                                   Rechnungs-Nr.   HA-77-1201
                                                   Datum           14.03.2025
Vertragsteil                                                    Beitrag EUR
Gebäudeversicherung                                                  250,00
Glasversicherung                                                      50,00
                                    Beitrag netto                    300,00
                                    Versicherungsteuer 19 %           57,00
                                    Gesamtbeitrag                    357,00
Versicherungsleistungen sind nach § 4 Nr. 10 UStG umsatzsteuerfrei.`);
    expect(r.total?.value).toBe(357);
    expect(r.tax?.value).toBe(0);
    expect(r.subtotal?.value).toBe(357);
  });

  it('a French notice: "Cotisation hors taxes" and the taxe sur les conventions d\'assurance, "exonérés de TVA": tax 0, net = total', () => {
    const r = run(`Mutuelle de l'Estuaire
Avis d'échéance n° AE-2026-5512                      Nantes, le 10 janvier 2026
Détail de la cotisation annuelle                                        Montant
Cotisation hors taxes                                                  400,00 €
Taxe sur les conventions d'assurance 9 %                                36,00 €
Contribution attentats (FGTI)                                            5,90 €
                                        Cotisation TTC                 441,90 €
Les contrats d'assurance sont exonérés de TVA (art. 261 C du CGI).`);
    expect(r.total?.value).toBe(441.9);
    expect(r.tax?.value).toBe(0);
    expect(r.subtotal?.value).toBe(441.9);
  });

  it('control: an insurance tax on a page that states no exemption stays a tax', () => {
    const r = run(`Hanse Assekuranz AG
Beitragsrechnung                                   Rechnungs-Nr.   HA-77-1202
                                                   Datum           14.03.2025
                                    Beitrag netto                    300,00
                                    Versicherungsteuer 19 %           57,00
                                    Gesamtbeitrag                    357,00`);
    expect(r.total?.value).toBe(357);
    expect(r.tax?.value).toBe(57);
    expect(r.subtotal?.value).toBe(300);
  });

  it('control: a VAT line beside an insurance tax and an exemption note keeps its VAT', () => {
    const r = run(`Autohaus Berger GmbH
Rechnung Nr. AB-2025-771                                   Datum 02.04.2025
Leasingrate April                                                   400,00
Kaskoversicherung (umsatzsteuerfrei nach § 4 Nr. 10 UStG)            40,00
Versicherungsteuer 19 %                                               7,60
                                    Summe netto                     447,60
                                    MwSt 19 % auf 400,00             76,00
                                    Rechnungsbetrag EUR             523,60`);
    expect(r.total?.value).toBe(523.6);
    expect(r.tax?.value).not.toBe(0);
  });
});

describe('exemption wordings', () => {
  it('"non soumises à TVA" without the article, and Austria\'s § 6 Abs. 1 Z n UStG, state no VAT', () => {
    for (const s of ['Prestations non soumises à TVA.', 'Opération non soumise à la TVA', 'Keine Umsatzsteuer (§ 6 Abs. 1 Z 9 lit. c UStG).', 'unecht steuerbefreit gem. § 6 Abs. 1 Z 19 UStG']) expect(statesNoVat(s), s).toBe(true);
    for (const s of ['Prestations soumises à TVA 20 %', '§ 6 Abs. 2 UStG Option zur Steuerpflicht']) expect(statesNoVat(s), s).toBe(false);
  });

  it('a canteen bill "Prestations non soumises à TVA": tax 0, net = total; control: the same bill with a TVA line keeps it', () => {
    const bill = (tail: string) => `Mairie de Saint-Julien (exemple)
Facture n° 2026-03-0088                                  Date d'émission : 05/04/2026
Prestation                                     Qté       Tarif      Montant
Restauration scolaire                           10        4,00       40,00 €
Accueil périscolaire du matin                    5        2,00       10,00 €
${tail}`;
    const r = run(bill(`                                      Montant à payer            50,00 €
Date limite de paiement : 30/04/2026. Prestations non soumises à TVA.`));
    expect(r.total?.value).toBe(50);
    expect(r.tax?.value).toBe(0);
    expect(r.subtotal?.value).toBe(50);
    const c = run(bill(`                                      Total HT                   50,00 €
                                      TVA 20 %                   10,00 €
                                      Montant à payer            60,00 €
Date limite de paiement : 30/04/2026.`));
    expect(c.total?.value).toBe(60);
    expect(c.tax?.value).toBe(10);
  });
});

describe("a reminder's repeated gross amount is not its net", () => {
  const reminder = (rows: string) => `Malerbetrieb Voss GmbH
                                                                Kundennummer            31-0077
Gärtnerei Hansen                                                Datum                02.06.2025
Fördestraße 12
24944 Flensburg

1. Mahnung
Sehr geehrte Damen und Herren,

die folgende Rechnung ist noch offen. Bitte begleichen Sie den Betrag umgehend.

Rechnung Nr.          Rechnungsdatum           fällig am            Rechnungsbetrag           offen
2025-0311             10.04.2025               24.04.2025                  952,00 €        952,00 €
${rows}
Bitte überweisen Sie den Gesamtbetrag bis zum 12.06.2025.`;

  it('a Mahnung restating the invoice amount (Rechnungsbetrag, offen, offener Rechnungsbetrag), fees added: no subtotal', () => {
    const r = run(reminder(`
                                                   offener Rechnungsbetrag              952,00 €
                                                   Mahngebühr                             5,00 €
                                                   Gesamtforderung                      957,00 €
`));
    expect(r.total?.value).toBe(952);
    expect(r.subtotal).toBeNull();
  });

  it('control: a reminder that prints the invoice\'s net under a net label keeps it', () => {
    const r = run(reminder(`
                                                   Summe netto                          800,00 €
                                                   USt 19 %                             152,00 €
                                                   offener Rechnungsbetrag              952,00 €
`));
    expect(r.total?.value).toBe(952);
    expect(r.subtotal?.value).toBe(800);
  });

  it('control: an invoice (no reminder) printing its tax-free amount twice keeps subtotal = total', () => {
    const r = run(`Nachhilfe Lehmann
Rechnung Nr. NL-2025-17                                  Datum 03.06.2025
Nachhilfestunden Mai (8 x 45,00)                                   360,00 €
                                      Summe                        360,00 €
                                      Rechnungsbetrag              360,00 €
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.`);
    expect(r.total?.value).toBe(360);
    expect(r.subtotal?.value).toBe(360);
  });
});
