/**
 * The causes the sixth held-out sweep showed (German, Austrian, Swiss, French and Belgian small
 * businesses; scans and a fax), each on a document invented for the test in the shape of the
 * cause: Austrian month names; a VAT id, an offer, a cancelled invoice or a registration number
 * beside the document's own number; a due date or a direct debit written in a sentence; an order
 * date before the invoice date; a statement that no VAT is charged; a VAT table laid beside the
 * totals block or printing gross and tax per rate; a total whose label OCR misread; a fax header.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { DATE, NUMBER, cues } from '../../src/extract/fields/lexicon.js';
import { parseDate } from '../../src/extract/fields/index.js';
import { statesNoVat } from '../../src/extract/fields/exempt.js';
import { contradictsFax } from '../../src/extract/fields/fax.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr' = 'text'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });

describe('Austrian month names', () => {
  it('reads Jänner and Feber', () => {
    expect(parseDate('3. Jänner 2026')?.iso).toBe('2026-01-03');
    expect(parseDate('14. Feber 2026')?.iso).toBe('2026-02-14');
    expect(parseDate('14. Februar 2026')?.iso).toBe('2026-02-14');
  });

  it('takes a letter date in Jänner over the date of the offer it follows', () => {
    const r = run(`Malerei Steinbauer KG
Hauptplatz 4, 4020 Linz
UID-Nr.: ATU12345678

Herrn
Josef Wimmer
Landstraße 9, 4020 Linz
                                                                  Linz, am 9. Jänner 2026
Rechnung Nr. 26-003
Kostenvoranschlag:                 KV-118 vom 14.11.2025

Pos.  Leistung                                                     Betrag
1     Malerarbeiten Stiegenhaus                                  1.800,00
                                              Summe netto      € 1.800,00
                                              20 % USt.          € 360,00
                                              Gesamtbetrag     € 2.160,00`);
    expect(r.invoiceNumber?.value).toBe('26-003');
    expect(r.invoiceDate?.value).toBe('2026-01-09');
  });
});

describe("another number's label beside the document's own", () => {
  it('knows a VAT id (UID-Nr.), the invoice a cancellation refers to (zur Rechnung), a Storno-Nr., a note d’honoraires', () => {
    expect([...cues(NUMBER, 'UID-Nr.')]).toContain('other');
    expect([...cues(NUMBER, 'zur Rechnung')]).toContain('other');
    expect([...cues(NUMBER, 'Storno-Nr.')]).toContain('compound');
    expect([...cues(NUMBER, 'Storno-Nr.')]).not.toContain('other');
    expect([...cues(NUMBER, "Note d'honoraires n°")]).toContain('invoice');
    expect([...cues(NUMBER, 'Honorarnote Nr.')]).toContain('invoice');
    for (const l of ['Angebot', 'Kostenvoranschlag', 'Devis', 'Quotation']) expect(DATE.other.test(l), l).toBe(true);
  });

  it("a cancellation: its own Storno-Nr., not the number of the invoice it cancels", () => {
    const r = run(`Elektro Brandner GmbH · Am Markt 2 · 93047 Regensburg
Gärtnerei Hofer                                   Storno-Nr.            SR-0019
Lindenweg 3                                       Datum              02.02.2026
93055 Regensburg                                  zur Rechnung        R-2026-0107
                                                  vom                27.01.2026
Stornorechnung
Pos.  Leistung                                          Betrag
1     Prüfung ortsveränderlicher Geräte               -250,00
                                         Nettobetrag   -250,00 €
                                         USt. 19 %      -47,50 €
                                         Gesamtbetrag  -297,50 €`);
    expect(r.invoiceNumber?.value).toBe('SR-0019');
  });

  it("a note d'honoraires: the number in its title, not the professional registration number", () => {
    const r = run(`Cabinet Lefèvre, géomètre-expert
8 place Carnot, 21000 Dijon
Inscrit à l'Ordre des géomètres-experts sous le n° 04512

                                                          Dijon, le 12 mars 2026
NOTE D'HONORAIRES N° H-26-07
Bornage contradictoire, parcelle AB 112
                                          Total honoraires HT          900,00 €
                                          TVA 20 %                     180,00 €
                                          Total TTC                  1 080,00 €`);
    expect(r.invoiceNumber?.value).toBe('H-26-07');
  });
});

describe('due dates written in a sentence', () => {
  it('"bis zum" after a request to pay, "avant le" after one to settle, "by" after the amount', () => {
    const de = run(`Praxis für Physiotherapie Lenz
Rechnungsnummer        PT-2026-118
Rechnungsdatum         04.02.2026
Behandlungen Januar                                  Rechnungsbetrag    180,00 EUR
Wir bitten Sie, den Betrag bis spätestens 04.03.2026 auf unser Konto zu überweisen.`);
    expect(de.dueDate?.value).toBe('2026-03-04');
    const fr = run(`Atelier Roux
Facture n°      2026-014
Date            05/02/2026
Reliure d'art                                    Total TTC      240,00 €
Merci de régler cette facture avant le 07/03/2026 par virement.`);
    expect(fr.dueDate?.value).toBe('2026-03-07');
    const en = run(`Greenleaf Gardening
Invoice no.    GL-311
Invoice date   02/02/2026
Hedge trimming                                   Total    £120.00
Please pay the amount shown by 16/02/2026.`);
    expect(en.dueDate?.value).toBe('2026-02-16');
  });

  it('a direct debit announced in a sentence ("buchen wir am ... ab", "wird am ... per Lastschrift eingezogen", "sera prélevé ... le")', () => {
    const de = run(`Stadtwerke Beispielstadt
Rechnungsnummer        SW-2026-4411
Rechnungsdatum         01.02.2026
Strom Januar                                      Rechnungsbetrag     88,40 €
Den Rechnungsbetrag buchen wir am 10.02.2026 von Ihrem Konto ab.`);
    expect(de.dueDate?.value).toBe('2026-02-10');
    const de2 = run(`Fitnessstudio Kraftwerk
Rechnungsnummer        FK-9921
Rechnungsdatum         01.02.2026
Mitgliedsbeitrag Februar                          Gesamtbetrag        39,90 €
Der Betrag wird am 05.02.2026 per SEPA-Lastschrift eingezogen.`);
    expect(de2.dueDate?.value).toBe('2026-02-05');
    const fr = run(`Opérateur Exemple
Facture n°      FX-2026-02-8812
Date            01/02/2026
Abonnement fibre                                  Total TTC      39,99 €
Ce montant sera prélevé sur votre compte le 12/02/2026.`);
    expect(fr.dueDate?.value).toBe('2026-02-12');
  });

  it('a period written with "bis" is no due date', () => {
    const r = run(`Hausverwaltung Ost
Rechnungsnummer        HV-77
Rechnungsdatum         01.02.2026
Verwaltung vom 01.01.2026 bis zum 31.01.2026            Gesamtbetrag     250,00 €`);
    expect(r.dueDate).toBeNull();
  });
});

describe('an order date printed before the invoice date', () => {
  it('the date labelled as the invoice date, not the order date', () => {
    const r = run(`Buchhandlung Seitenweise · Marktstraße 4 · 79098 Freiburg
Eva Maier                                         Bestellnummer            55-1187
Hauptstraße 2                                     Bestelldatum             10.01.2026
79100 Freiburg                                    Rechnungsnummer          RG-26-0042
                                                  Rechnungsdatum           13.01.2026
Rechnung
1   Gartenbuch                                                     24,00 €
                                                  Gesamtbetrag     24,00 €
Der Betrag wurde am 10.01.2026 per Kreditkarte bezahlt.`);
    expect(r.invoiceDate?.value).toBe('2026-01-13');
  });
});

describe('a statement that no VAT is charged', () => {
  it('knows the statutory wording', () => {
    for (const s of [
      'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.',
      'Kleinunternehmer gem. § 6 Abs. 1 Z 27 UStG',
      'Heilbehandlung, umsatzsteuerfrei nach § 4 Nr. 14 UStG',
      'Steuerschuldnerschaft des Leistungsempfängers',
      'TVA non applicable, article 293 B du CGI',
      'Exonération de TVA',
      'Autoliquidation',
      'VAT exempt',
      'Reverse charge: VAT to be accounted for by the recipient',
      'Vrijgesteld van btw',
      'BTW verlegd',
    ])
      expect(statesNoVat(s), s).toBe(true);
    expect(statesNoVat('zzgl. 19 % USt.')).toBe(false);
    expect(statesNoVat('TVA 20 %')).toBe(false);
  });

  it('gives tax 0 and net = total (at a moderate confidence) when no tax line is printed', () => {
    const de = run(`Jonas Weber – Fotografie
Rechnung Nr. 2026-004
Datum:                 12.01.2026
Fotoshooting Produktbilder                                        450,00 €
                                          Gesamtbetrag            450,00 €
Als Kleinunternehmer im Sinne von § 19 Abs. 1 UStG wird keine Umsatzsteuer berechnet.`);
    expect(de.total?.value).toBe(450);
    expect(de.tax?.value).toBe(0);
    expect(de.subtotal?.value).toBe(450);
    expect(de.tax!.confidence).toBeLessThan(0.9);
    const fr = run(`Claire Petit – Traduction EI
Facture n°      T-2026-009
Date            20/01/2026
Traduction technique (12 pages)                    Total                 600,00 €
                                                   Net à payer           600,00 €
TVA non applicable, art. 293 B du CGI.`);
    expect(fr.tax?.value).toBe(0);
    expect(fr.subtotal?.value).toBe(600);
  });

  it('a printed tax line wins over nothing: no statement, no tax 0; a taxed invoice keeps its tax', () => {
    const none = run(`Jonas Weber – Fotografie
Rechnung Nr. 2026-004
Datum:                 12.01.2026
Fotoshooting Produktbilder                                        450,00 €
                                          Gesamtbetrag            450,00 €`);
    expect(none.tax).toBeNull();
    const taxed = run(`Werkstatt Keller
Rechnung Nr. 2026-010
Datum:                 12.01.2026
Reparatur                                                          100,00 €
                                          Nettobetrag              100,00 €
                                          USt. 19 %                 19,00 €
                                          Gesamtbetrag             119,00 €
Reparaturen an Hilfsmitteln sind teilweise umsatzsteuerfrei.`);
    expect(taxed.tax?.value).toBe(19);
    expect(taxed.subtotal?.value).toBe(100);
  });
});

describe('VAT tables', () => {
  it('a rate table laid beside the totals block: the printed Total TVA, not one rate\'s TVA', () => {
    const r = run(`Épicerie fine Martin
Facture n° 26-0150                                              Date     15/01/2026
Désignation                                Qté      P.U. HT    TVA        Total HT
Confitures                                  10       5,00 €    5,5 %       50,00 €
Coffret cadeau                               4      25,00 €     20 %      100,00 €
Taux        Base HT      Montant TVA                 Total HT              150,00 €
5,5 %        50,00 €          2,75 €                 Total TVA              22,75 €
20 %        100,00 €         20,00 €                 Total TTC             172,75 €`);
    expect(r.tax?.value).toBe(22.75);
    expect(r.subtotal?.value).toBe(150);
    expect(r.total?.value).toBe(172.75);
  });

  it("a till's table of gross and tax per rate with no tax total: the tax is the rows' sum", () => {
    const r = run(
      `      Bäckerei am Platz
   Bahnhofstrasse 1, 8001 Zürich
Gipfeli 4 Stk                    6.40 A
Kaffee                           4.80 B
Total CHF                        11.20
Twint                            11.20
MWST        Satz    Brutto   MWST
A           2.6%     6.40    0.16
B           8.1%     4.80    0.36
12.01.2026 07:42            Bon 4411`,
      'ocr',
    );
    expect(r.total?.value).toBe(11.2);
    expect(r.tax?.value).toBe(0.52);
  });
});

describe('a total whose label OCR misread', () => {
  it('net and tax lines, each labelled, over their sum: that pair is the net and the tax', () => {
    const r = run(
      `Malerbetrieb Sommer GmbH
Rechnungsnr.                            MS-26-044
Rechnungsdatum                          20.01.2026
Leistung                                              Menge        Preis       Betrag
Anstrich Büro                                            1       740,00       740,00
Material                                                 1        95,00        95,00
                                         Netto                               835,00
                                         19 % USt.                           158,65
                                         Gesamtbhetrag EUR                   993,65`,
      'ocr',
    );
    expect(r.total?.value).toBe(993.65);
    expect(r.subtotal?.value).toBe(835);
    expect(r.tax?.value).toBe(158.65);
  });
});

describe('a fax header', () => {
  it("its date, time, fax number and page counter are the transmission's: neither the number nor the date", () => {
    const r = run(
      `22.01.2026 09:15  FAX +49 761 556677   Bauservice Link    S. 01/01

     Bauservice Link GmbH
     Industriestr. 5, 79108 Freiburg

     Hofgut Ebner                                         Rechnungs-Nr.          BL-26-031
     Ebnerweg 1                                           Datum                  19.01.2026
     79111 Freiburg
     Rechnung
     Gerüststellung                                                              600,00
                                               Summe netto                       600,00
                                               MwSt. 19 %                        114,00
                                               Rechnungsbetrag EUR               714,00`,
      'ocr',
    );
    expect(r.invoiceNumber?.value).toBe('BL-26-031');
    expect(r.invoiceDate?.value).toBe('2026-01-19');
  });

  it('an invoice date the fax contradicts (after it was sent, or long before) is doubtful', () => {
    expect(contradictsFax('2026-01-19', ['2026-01-22'])).toBe(false);
    expect(contradictsFax('2024-01-19', ['2026-01-22'])).toBe(true);
    expect(contradictsFax('2026-02-19', ['2026-01-22'])).toBe(true);
    expect(contradictsFax('2026-02-19', [])).toBe(false);
  });
});
