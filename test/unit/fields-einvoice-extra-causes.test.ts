/**
 * The causes the held-out e-invoice pages (einvoice-extra, development half) showed, each on a page
 * invented for the test in the shape of the cause, with a control.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { currencyVotes } from '../../src/extract/normalize.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe('opening hours: "Mo.-Fr." is a weekday, not the franc sign', () => {
  const doc = (hours: string) => `Rechnung Nr. 2024-118 vom 03.05.2024
Währung              : EUR

Versicherungsbüro Nord
Hafenweg 3, 20457 Hamburg
${hours}

Pos  Beschreibung                         Entgelt
1    Hausratversicherung                   84,00
                          Rechnungssumme ohne USt.   84,00
                          Steuerbetrag               15,96
                          Bruttosumme                99,96`;

  it('a weekday range before opening times votes for no currency; the printed EUR stands', () => {
    for (const hours of ['Mo.-Fr. 08.30 - 12.30 Uhr\nMo.-Fr. 14.00 - 17.00 Uhr', 'Mo bis Fr. 8.00-20.00 Uhr', 'Fr. 9 Uhr']) {
      expect(currencyVotes(hours).get('CHF'), hours).toBeUndefined();
      const r = run(doc(hours));
      expect(r.currency?.value, hours).toBe('EUR');
    }
  });

  it('control: "Fr." before an amount is still the franc', () => {
    expect(currencyVotes('Rechnungsbetrag      Fr. 12 432.25').get('CHF')).toBe(2);
    expect(currencyVotes('Total Fr. 84.00').get('CHF')).toBe(2);
    expect(currencyVotes('Total Fr. 12.50 - Rabatt').get('CHF')).toBe(2);
  });
});

describe('the lines\' sum before allowances ("Line Total Amount") is a net amount, not the total', () => {
  const doc = (first: string) => `Northwind Supplies Ltd · 12 Mill Road · Leeds LS1 4AB
Harbour Cafe                                              Invoice Number:    NW-2207
4 Quay Street                                             Invoice Date:      March 3, 2024
Bristol BS1 5TT                                           Due Date:          April 2, 2024

Invoice

${first.padEnd(58)}            £1,640.00
Allowance (Tax: 0.00%): Loyalty discount                                  - £20.00
Allowance (Tax: 0.00%): Early order                                        - £5.00
Extra charge (Tax: 0.00%): Delivery                                         £3.00
Extra charge (Tax: 0.00%): Packing                                          £2.00
Net Total Amount                                                        £1,620.00
Gross Total Amount                                                      £1,620.00

No VAT is charged: the supplier is not VAT registered.`;

  it('the gross total wins over the lines\' sum, in several wordings', () => {
    for (const label of ['Line Total Amount', 'Lines total', 'Total of lines', 'Summe der Positionen']) {
      const r = run(doc(label));
      expect(r.total?.value, label).toBe(1620);
    }
  });

  it('control: a plain "Total Amount" label is still read as a total', () => {
    const r = run(`Invoice No. 4471
Date: 03/03/2024
Item                         Qty     Price
Widget                         2    320.00
Total Amount                        £640.00`);
    expect(r.total?.value).toBe(640);
  });
});

describe('label words a text layer split apart ("Br uttosumme", "Zahlbetr ag")', () => {
  const doc = (split: boolean) => {
    const s = (w: string, at: number) => (split ? `${w.slice(0, at)} ${w.slice(at)}` : w);
    return `Handelsrechnung Nr. 88120 vom 14.02.2024
Währung              : EUR

Belegsummen:
               Positionssumme                     310,00
               Rechnungssumme ohne USt.           310,00
               Steuerbetrag                        58,90
               ${s('Bruttosumme', 2).padEnd(35)}368,90
               Erhaltene Anzahlungen             -100,00
               ${s('Zahlbetrag', 8).padEnd(35)}268,90`;
  };

  it('the total and the amount due are read from the split labels', () => {
    const r = run(doc(true));
    expect(r.total?.value).toBe(368.9);
    expect(r.amountDue?.value).toBe(268.9);
  });

  it('the join keeps the line\'s length and joins only what makes a label word', async () => {
    const { joinSplitLabels } = await import('../../src/extract/fields/split-words.js');
    const line = '               Br uttosumme                 215,07';
    expect(joinSplitLabels(line)).toBe('               Bruttosumme                  215,07');
    expect(joinSplitLabels(line).length).toBe(line.length);
    expect(joinSplitLabels('Zahlbetr ag: 12,00')).toBe('Zahlbetrag:  12,00');
    // Two words that are one label as written, names and prose: left alone.
    for (const t of ['Rechnungs nummer: 12', 'Liefer ant GmbH', 'Die steuer ist enthalten', 'Total amount 12,00', 'Netto betrag 5,00']) expect(joinSplitLabels(t)).toBe(t);
  });

  it('control: the same page printed whole reads the same', () => {
    const r = run(doc(false));
    expect(r.total?.value).toBe(368.9);
    expect(r.amountDue?.value).toBe(268.9);
  });
});

describe('invoice numbers: a value right-aligned on the line under its label, and an order\'s number beside "Rechnung ... Nr."', () => {
  const header = (gap: boolean, note: string) => `     Rechnungsersteller
          Holzbau Meier GmbH
          Sägewerkstraße 4                                                                     RECHNUNG
                                                                                               Rechnungsnummer
          83022 Rosenheim                                                                                                       ${gap ? '58813' : '     '}
                                                                                               Rechnungsdatum
          Deutschland                                                                                                       12.09.2024
          GLN: 4012345000009                                                                   Kundennummer
                                                                                                                             K-7731
                                                                                               Hinweis
                                                                                               ${note}

Pos  Artikel                                   Menge     Preis      Betrag
1    Dachlatten 30x50                            40      2,10       84,00
                      Rechnungssumme Netto                          84,00
                      USt. 19 %                                     15,96
                      Rechnungsbetrag                               99,96`;

  it('the number under its label, right-aligned, wins over a GLN and over an order number in a note', () => {
    const r = run(header(true, 'Rechnung gemäß Bestellung Nr. 2024-40117 vom 02.09.2024.'));
    expect(r.invoiceNumber?.value).toBe('58813');
  });

  it('"Rechnung gemäß Bestellung Nr." names the order\'s number, in other languages too', async () => {
    const { numberCandidates } = await import('../../src/extract/fields/numbers.js');
    const { docView } = await import('../../src/extract/fields/context.js');
    for (const line of ['Rechnung gemäß Bestellung Nr. 2024-40117', 'Invoice for purchase order no. 2024-40117', 'Facture selon commande n° 2024-40117']) {
      const c = numberCandidates(docView(pages(line))).find((x) => x.value === '2024-40117');
      expect(c?.features['label:invoiceNumber'], line).toBeUndefined();
      expect(c?.features['label:otherOnly'], line).toBe(1);
    }
    // Control: the document's own label keeps its meaning.
    for (const line of ['Rechnung Nr. 2024-40117', 'Tax Invoice No. 2024-40117', 'Bestellung 12, Rechnung Nr. 2024-40117', 'Faktura VAT nr 2024-40117']) {
      const c = numberCandidates(docView(pages(line))).find((x) => x.value === '2024-40117');
      expect(c?.features['label:invoiceNumber'], line).toBe(1);
    }
  });

  it('control: a title or a sentence ending its line takes no value from the line under it', async () => {
    const { numberCandidates } = await import('../../src/extract/fields/numbers.js');
    const { docView } = await import('../../src/extract/fields/context.js');
    const text = `Acme Ltd                                                          INVOICE
12 High Street                                                                  4000001123452
Please quote the invoice number
London                                                                          GB-77`;
    expect(numberCandidates(docView(pages(text))).map((c) => c.value)).not.toContain('4000001123452');
    expect(numberCandidates(docView(pages(text))).map((c) => c.value)).not.toContain('GB-77');
  });
});

describe('German compound labels written with a hyphen ("Beleg-Datum", "Rechnungs-Betrag")', () => {
  const doc = (dateLabel: string, totalLabel: string) => `Lieferant                                  RECHNUNG                    Seite 1
MUSTERHANDEL GMBH                          Beleg-Nr           : RG-20931
                                           ${dateLabel.padEnd(19)}: 06.10.2024
                                           Leistungs-Datum    : 05.09.2024
                                           Bestell-Datum      : 01.09.2024

Pos  Artikel                               Menge     Preis      Betrag
1    Reinigungsmittel 5l                      4     12,50       50,00
     Zwischensumme                                              50,00
     MwSt. 19 %                                                  9,50
     ${totalLabel.padEnd(56)}59,50`;

  it('the hyphenated issue-date and total labels are read as the whole words are', async () => {
    const { DATE, AMOUNT } = await import('../../src/extract/fields/lexicon.js');
    for (const l of ['Beleg-Datum', 'Rechnungs-Datum', 'Ausstellungs-Datum']) expect(DATE.issue.test(l), l).toBe(true);
    for (const l of ['Rechnungs-Betrag', 'Gesamt-Betrag', 'Brutto-Summe', 'End-Summe']) expect(AMOUNT.totalStrong.test(l), l).toBe(true);
    const r = run(doc('Beleg-Datum', 'Rechnungs-Betrag'));
    expect(r.invoiceDate?.value).toBe('2024-10-06');
    expect(r.invoiceDate?.source).toBe('generic:label:invoice-date');
    expect(r.total?.value).toBe(59.5);
  });

  it('control: the whole words read the same, and "Leistungs-Datum" stays a date of something else', async () => {
    const { DATE } = await import('../../src/extract/fields/lexicon.js');
    expect(DATE.issue.test('Leistungs-Datum')).toBe(false);
    const r = run(doc('Belegdatum', 'Rechnungsbetrag'));
    expect(r.invoiceDate?.value).toBe('2024-10-06');
    expect(r.invoiceDate?.source).toBe('generic:label:invoice-date');
    expect(r.total?.value).toBe(59.5);
  });
});

describe('the buyer under its label: a form field ("Nummer : GE20") or a salutation ("Herrn") before the name', () => {
  const doc = (first: string) => `Handelsrechnung Nr. 50317 vom 11.04.2024

Verkäufer :
Werkzeughandel Ost GmbH
Gartenweg 2
DE 04109 Leipzig

Käufer :
${first}
Baustoffe Nord KG
Hafenstraße 15
DE 18055 Rostock

Pos  Artikel                 Menge    Preis     Betrag
1    Schrauben 5x40            10     4,20      42,00
                     Bruttosumme                49,98`;

  it('the name is the line after the form field or the salutation', () => {
    for (const first of ['Nummer      : K-2020211', 'Kunden-Nr.: 88412', 'Herrn']) {
      const r = run(doc(first));
      expect(r.customer.name?.value, first).toBe('Baustoffe Nord KG');
    }
  });

  it('control: with the name first under the label, it is read as before', () => {
    expect(run(doc('Baustoffe Süd GmbH')).customer.name?.value).toBe('Baustoffe Süd GmbH');
  });
});
