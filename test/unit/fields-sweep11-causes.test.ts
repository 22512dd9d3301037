/**
 * The causes the eleventh held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: credit notes that print the minus after the amount
 * ("350,57-"); Swiss francs grouped by spaces with a decimal point ("Fr. 3 883.49"); a customer
 * number abbreviated "Kd.-Nr." beside a title's number; an intervention date beside the title's date;
 * "Payable jusqu'au" as a due label; Bulgarian, Ukrainian and Albanian labels, "№", and the lev, hryvnia
 * and lek signs beside amounts; a till slip's time labelled in its language ("Zeit: 10:05") or after an
 * English date with the month's name ("Mar 7, 2025 14:22").
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { amountsIn } from '../../src/extract/fields/tokens.js';
import { documentType } from '../../src/extract/fields/doctype.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });

describe('a credit note printing the minus after each amount', () => {
  const doc = (title: string, lines: [string, string, string], sign: string) => `Papeterie Rhein GmbH · Hafenstraße 4 · 68159 Mannheim
Weber Steuerberatung                                            Nr.               GS-4471
Lindenweg 9                                                     Datum          14.08.2025
68161 Mannheim
${title}
Artikel                                            Menge       Preis         Betrag
Ordner A4 breit (Rückgabe)                             10        4,20        42,00${sign}
Druckerpapier A4 (Rückgabe)                             5       23,60       118,00${sign}
                                        ${lines[0]}                      160,00${sign}
                                        ${lines[1]}                       30,40${sign}
                                        ${lines[2]}                      190,40${sign}`;

  it('the amounts keep the printed sign (German and French wording)', () => {
    for (const [title, lines] of [
      ['Gutschrift', ['Netto', 'MwSt 19 %', 'Gutschriftsbetrag']],
      ['Avoir', ['Total HT', 'TVA 19 %', 'Total TTC']],
    ] as [string, [string, string, string]][]) {
      const r = run(doc(title, lines, '-'));
      expect(r.total?.value, title).toBe(-190.4);
      expect(r.subtotal?.value, title).toBe(-160);
      expect(r.tax?.value, title).toBe(-30.4);
    }
  });

  it('a minus after an amount with cents is its sign; a range or a dash before a word is none', () => {
    expect(amountsIn('Rabatt 10 %          342,72-').map((m) => m.value)).toEqual([-342.72]);
    expect(amountsIn('Preis je nach Menge 12,50-15,00 EUR').every((m) => m.value > 0)).toBe(true);
    expect(amountsIn('Summe 45,00-Anzahlung').every((m) => m.value > 0)).toBe(true);
  });

  it('control: the same document without the minus stays positive', () => {
    const r = run(doc('Gutschrift', ['Netto', 'MwSt 19 %', 'Gutschriftsbetrag'], ''));
    expect(r.total?.value).toBe(190.4);
    expect(r.subtotal?.value).toBe(160);
  });
});

describe('francs grouped by spaces with a decimal point', () => {
  const doc = (sum: string, tax: string, total: string) => `Revisionsbüro Keller AG · Marktgasse 2 · 3011 Bern
Bäckerei Zaugg GmbH                                            Rechnung          25-1104
Hauptstrasse 8                                                 Datum          04.11.2025
3400 Burgdorf
Leistung                                                   Std.        Ansatz         Betrag
Revision Jahresrechnung 2024                               12.5        180.00       ${sum}
Total Honorar                                 Fr. ${sum}
MWST 8.1 %                                    Fr. ${tax}
Rechnungsbetrag                               Fr. ${total}`;

  it('the amount is read whole on a text page', () => {
    const r = run(doc('2 250.00', '182.25', '2 432.25'));
    expect(r.total?.value).toBe(2432.25);
    expect(r.subtotal?.value).toBe(2250);
    expect(amountsIn('Rechnungsbetrag      Fr. 12 432.25').map((m) => m.value)).toEqual([12432.25]);
  });

  it('control: a count and a price apart in their columns stay two amounts, and an OCR line is read as before', () => {
    expect(amountsIn('Revision                  12        180.00').map((m) => m.value)).toEqual([12, 180]);
    expect(amountsIn('Kaffee 2 180.00', 0, true).map((m) => m.value)).toEqual([2, 180]);
    const r = run(doc('250.00', '20.25', '270.25'));
    expect(r.total?.value).toBe(270.25);
  });
});

describe('the meta block\'s other numbers and dates, and "payable jusqu\'au"', () => {
  const doc = (meta1: string, meta2: string, title: string, due = '') => `Atelier Vélo Marchand · 5 rue Haute · 21000 Dijon
Transports Girard SARL                                          ${meta1}
12 avenue Foch                                                  ${meta2}
21000 Dijon
${title}
${due}
Désignation                                     Qté        P.U. HT      Montant HT
Révision vélo cargo                               1         180,00          180,00
                                                  Total HT                  180,00 €
                                                  TVA 20 %                   36,00 €
                                                  Total TTC                 216,00 €`;

  it('a customer number "Kd.-Nr." / "Deb.-Nr." yields to the number in the title', () => {
    for (const label of ['Kd.-Nr.', 'KdNr', 'Debitor', 'Deb.-Nr.']) {
      const r = run(doc(`Datum                12.04.2025`, `${label}                  3098`, 'Rechnung 2025-0412'));
      expect(r.invoiceNumber?.value, label).toBe('2025-0412');
    }
  });

  it('an intervention or execution date yields to the date in the title', () => {
    for (const label of ['Intervention :', 'Date d\'intervention :', 'Ausführung:', 'Einsatzdatum:']) {
      const r = run(doc(`${label}          10/03/2025`, '', 'Facture n° 2025-0311 du 11/03/2025'));
      expect(r.invoiceDate?.value, label).toBe('2025-03-11');
    }
  });

  it('"Payable jusqu\'au" names the due date', () => {
    for (const label of ['Payable jusqu\'au :', 'À régler jusqu\'au', 'Payable until']) {
      const r = run(doc('Facture n°        FA-881', 'Date             11/06/2025', 'FACTURE', `${label}     11/07/2025`));
      expect(r.dueDate?.value, label).toBe('2025-07-11');
      expect(r.invoiceDate?.value, label).toBe('2025-06-11');
    }
  });

  it('control: a number labelled as the invoice\'s and a plain date keep their places', () => {
    const r = run(doc('Rechnungs-Nr.         R-7781', 'Kd.-Nr.                  3098', 'RECHNUNG'));
    expect(r.invoiceNumber?.value).toBe('R-7781');
    const d = run(doc('Date :          10/03/2025', '', 'Facture n° 2025-0311'));
    expect(d.invoiceDate?.value).toBe('2025-03-10');
  });
});

describe('Bulgarian, Ukrainian and Albanian invoices', () => {
  const bg = (sign: string) => `Доставчик: „Пример“ ЕООД, гр. Варна
ЕИК 201234567
№:                  0000007731
Дата на издаване:   03.02.2025
Падеж:              17.02.2025
ФАКТУРА
Наименование                                          Кол.        Ед. цена          Стойност
Консултация                                              2          400,00            800,00
                                    Данъчна основа                               800,00${sign}
                                    ДДС 20 %                                     160,00${sign}
                                    Сума за плащане                              960,00${sign}`;
  const sq = `Shitësi: Shembull sh.p.k., Tiranë
NIPT L12345678A
Nr. i faturës:             77/2025
Data e lëshimit:           05.03.2025
Afati i pagesës:           04.04.2025
FATURË TATIMORE
Përshkrimi                                        Sasia        Çmimi            Vlera
Shërbim                                              10       1.000,00        10.000,00
                                    Vlera pa TVSH                         10.000,00 lekë
                                    TVSH 20 %                              2.000,00 lekë
                                    Totali për t'u paguar                 12.000,00 lekë`;

  it('the number after "№", the due date, the net, the tax and the lev (Bulgarian)', () => {
    const r = run(bg(' лв.'));
    expect(r.invoiceNumber?.value).toBe('0000007731');
    expect(r.dueDate?.value).toBe('2025-02-17');
    expect(r.subtotal?.value).toBe(800);
    expect(r.tax?.value).toBe(160);
    expect(r.total?.value).toBe(960);
    expect(r.currency?.value).toBe('BGN');
  });

  it('the due date, the tax and the lek (Albanian); the hryvnia beside an amount (Ukrainian)', () => {
    const r = run(sq);
    expect(r.invoiceNumber?.value).toBe('77/2025');
    expect(r.dueDate?.value).toBe('2025-04-04');
    expect(r.tax?.value).toBe(2000);
    expect(r.currency?.value).toBe('ALL');
    const u = run(`Рахунок-фактура № СД-0101
Сплатити до                      22.04.2025
Разом без ПДВ                               1 000,00 грн
ПДВ 20 %                                      200,00 грн
Всього з ПДВ                                1 200,00 грн`);
    expect(u.currency?.value).toBe('UAH');
    expect(u.dueDate?.value).toBe('2025-04-22');
    expect(u.invoiceNumber?.value).toBe('СД-0101');
  });

  it('control: without a sign beside an amount no currency is guessed, and a word alone is no sign', () => {
    expect(run(bg('')).currency?.value ?? null).toBe(null);
    expect(run(bg('')).total?.value).toBe(960);
    expect(run('Сума за плащане в лв. по курс\nСума за плащане        960,00').currency?.value ?? null).toBe(null);
  });
});

describe('a till slip\'s time in its own language or after a month\'s name', () => {
  const slip = (when: string) => `      Apotheke am Markt
   Marktplatz 3, 3011 Bern
${when}
 Hustensirup  1          12.90
 Pflaster     1           4.20
 Total CHF               17.10`;

  it('is a receipt', () => {
    for (const when of ['Datum: 14.03.2025    Zeit: 10:05\nKasse 2', 'Date: 14.03.2025  Heure: 10:05\nCaisse 3', 'Mar 7, 2025 14:22\nTicket 0047']) {
      expect(documentType(slip(when), 1, 17.1, [], true), when).toBe('receipt');
    }
  });

  it('a labelled time is a till cue only: the candidate scoring asks without it', () => {
    expect(documentType(slip('Datum: 14.03.2025    Zeit: 10:05\nKasse 2'), 1, 17.1, [])).toBe('invoice');
  });

  it('control: an invoice with a due date and a time stays an invoice; a date alone says nothing', () => {
    expect(documentType(slip('Datum: 14.03.2025    Zeit: 10:05\nFällig am 28.03.2025\nRechnungsempfänger: Muster AG'), 1, 17.1, [], true)).toBe('invoice');
    expect(documentType(slip('Datum: 14.03.2025'), 1, 17.1, [], true)).toBe('invoice');
  });
});
