/**
 * Finnish, Romanian and Hungarian invoices; a currency-conversion block under the totals; a tax
 * summary table with its own total row; numbers printed in digit groups; direct-debit dates. Every
 * document here is invented for the test (parties, numbers and amounts differ from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, DATE, DOCUMENT, NUMBER, cues } from '../../src/extract/fields/lexicon.js';
import { amountsIn } from '../../src/extract/fields/tokens.js';
import { equivalentCurrency } from '../../src/extract/fields/conversion.js';
import { currencyFromToken } from '../../src/extract/normalize.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (...texts: string[]): PageText[] => texts.map((text, i) => ({ page: i + 1, text, source: 'text', ocrConfidence: null }));
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-01-01' });
const amount = (s: string) => [...cues(AMOUNT, s)];
const number = (s: string) => [...cues(NUMBER, s)];

describe('lexicon: Finnish, Romanian, Hungarian', () => {
  it('knows their number, date and amount labels', () => {
    for (const l of ['Laskun numero', 'Hyvityslaskun nro', 'Sorszám', 'Számlaszám']) expect(number(l), l).toContain('compound');
    for (const l of ['Viitenumero', 'Y-tunnus', 'Nr. ord. reg. com.', 'CUI', 'Adószám', 'Cégjegyzékszám', 'Contribuinte n.º']) expect(number(l), l).toContain('other');
    for (const l of ['Data emiterii', 'Számla kelte', 'Laskun päiväys']) expect(DATE.issue.test(l), l).toBe(true);
    for (const l of ['Eräpäivä', 'Data scadenței', 'Fizetési határidő', 'Prélevé le', 'will be debited on', 'Abbuchung am']) expect(DATE.due.test(l), l).toBe(true);
    expect(DATE.other.test('Teljesítés dátuma')).toBe(true);
    for (const l of ['ALV 25,5 %', 'ÁFA összesen', 'Valoarea TVA']) expect(amount(l), l).toContain('tax');
    for (const l of ['Veroton yhteensä', 'Nettó összesen', 'Nett']) expect(amount(l), l).toContain('net');
    expect(amount('Nett Total')).not.toContain('net');
    for (const l of ['Hyvitys yhteensä', 'Total de plată', 'Bruttó összesen']) expect(amount(l), l).toContain('totalStrong');
    for (const l of ['Fizetendő', 'Maksettava']) expect(amount(l), l).toContain('due');
    for (const l of ['HYVITYSLASKU', 'FACTURĂ STORNO']) expect(DOCUMENT.creditNote.test(l), l).toBe(true);
  });

  it('reads whole forints grouped by spaces only before a currency, and the forint and leu signs', () => {
    expect(amountsIn('Fizetendő: 312 480 Ft').map((a) => a.value)).toEqual([312480]);
    expect(amountsIn('Fizetendő: 312 480 Ft')[0].currency).toBe('HUF');
    // A quantity and a price one space apart stay two numbers.
    expect(amountsIn('Plakát A3   2 000 db   45').map((a) => a.value)).not.toContain(2000045);
    expect(amountsIn('Total de plată 9.404,50 lei')[0].currency).toBe('RON');
    // Italian "lei" (a pronoun) is no currency.
    expect(currencyFromToken('La ringraziamo, lei')).toBeNull();
  });

  it('reads a Finnish invoice: a yyyymmdd-shaped number after its label, the payment reference no number', () => {
    const r = run(`Lumihuippu Oy                                        LASKU
Kauppakatu 3                                         Päivämäärä          9.4.2025
Y-tunnus 1112223-4                                   Laskun numero       20250409
                                                     Eräpäivä            23.4.2025
                                                     Viitenumero         20250 40912

Tuote                          Määrä      À-hinta     ALV %      Yhteensä
Lumityöt                       6 h          55,00      25,5        330,00

                                           Veroton yhteensä       330,00
                                           ALV 25,5 %              84,15
                                           Yhteensä EUR           414,15`);
    expect(r.invoiceNumber?.value).toBe('20250409');
    expect(r.invoiceDate?.value).toBe('2025-04-09');
    expect(r.dueDate?.value).toBe('2025-04-23');
    expect(r.total?.value).toBe(414.15);
    expect(r.subtotal?.value).toBe(330);
    expect(r.tax?.value).toBe(84.15);
  });

  it('reads a Romanian invoice: "Seria X Nr. N", Total de plată with column references, lei', () => {
    const r = run(`Furnizor: ALFA DEMO S.R.L.
Nr. ord. reg. com.: J12/555/2018
CUI: RO11223344

                              FACTURĂ
          Seria ADM Nr. 000052 · Data emiterii: 02.04.2025 · Data scadenței: 02.05.2025

Nr. crt.   Denumirea                  U.M.   Cant.   Preț unitar   Valoarea -lei-   Valoarea TVA -lei-
1          Consultanță                ore    10      300,00        3.000,00         570,00

                                                      Total        3.000,00         570,00
                          Total de plată (col. 5 + col. 6)         3.570,00 lei`);
    expect(r.invoiceNumber?.value).toBe('ADM 000052');
    expect(r.invoiceDate?.value).toBe('2025-04-02');
    expect(r.dueDate?.value).toBe('2025-05-02');
    expect(r.total?.value).toBe(3570);
    expect(r.currency?.value).toBe('RON');
  });

  it('reads a Hungarian invoice: Sorszám, the issue date of a row of dates, whole forints', () => {
    const r = run(`                    SZÁMLA                         Sorszám: AB-2025/000077

 Eladó                                     Vevő
 Példa Kft.                                Minta Bt.
 Adószám: 11111111-2-41                    Adószám: 22222222-1-41

 Fizetési mód        Teljesítés dátuma      Számla kelte       Fizetési határidő
 Átutalás            2025.04.01.            2025.04.03.        2025.04.18.

                                          Nettó összesen:            100 000 Ft
                                          ÁFA összesen (27%):         27 000 Ft
                                          Bruttó összesen:           127 000 Ft
Fizetendő: 127 000 Ft`);
    expect(r.invoiceNumber?.value).toBe('AB-2025/000077');
    expect(r.invoiceDate?.value).toBe('2025-04-03');
    expect(r.dueDate?.value).toBe('2025-04-18');
    expect(r.total?.value).toBe(127000);
    expect(r.currency?.value).toBe('HUF');
  });
});

describe('conversion blocks, tax summaries, grouped numbers', () => {
  it('an EUR equivalent block does not beat the invoice currency and total', () => {
    expect(equivalentCurrency('EUR equivalent (reference rate: 1 EUR = 1.10 USD)')).toBe('EUR');
    expect(equivalentCurrency('Gegenwert in EUR')).toBe('EUR');
    expect(equivalentCurrency('Ocean freight (USD 1,000.00 @ 0.92)')).toBeNull();
    const r = run(`Example Analytics S.A.                                   INVOICE
                                              Invoice no.     EX-2025-0009
                                              Invoice date    2 April 2025
                                              Currency        USD

                                   Subtotal           USD 5,000.00
                                   VAT 17%            USD 850.00
                                   Total              USD 5,850.00

  EUR equivalent (reference rate of 01/04/2025: 1 EUR = 1.0800 USD)
  Taxable amount                          EUR 4,629.63
  VAT 17%                                 EUR 787.04
  Total                                   EUR 5,416.67`);
    expect(r.currency?.value).toBe('USD');
    expect(r.total?.value).toBe(5850);
    expect(r.tax?.value).toBe(850);
  });

  it("a tax summary's own total row gives the tax when a row without VAT keeps the rates from adding up", () => {
    const r = run(`                                       GASTHOF BEISPIEL
                                                    Rechnung Nr.     2504-118
                                                    Datum            12.04.2025
Datum        Beschreibung                       MwSt     Belastung
10.04.2025   Zimmer                              10%        200,00
11.04.2025   Getränke                            20%         24,00
11.04.2025   Ortstaxe                             0%          6,00

                                      Summe / Total          EUR 230,00

Steuerübersicht
MwSt-Satz            Netto          MwSt          Brutto
10 %                181,82         18,18          200,00
20 %                 20,00          4,00           24,00
Ortstaxe (keine MwSt) 6,00          0,00            6,00
Gesamt              207,82         22,18          230,00`);
    expect(r.total?.value).toBe(230);
    expect(r.tax?.value).toBe(22.18);
  });

  it('joins a number printed in digit groups after a document number label, never after a tax id', () => {
    const r = run(`Exemple Télécom S.A.
TVA LU 11112222 · NIF 123 456 789

Facture n°            2025 04 555123                 Montant à payer           35,10 €
Date de facture       03/04/2025                     Prélevé le 18/04/2025 sur votre compte

                                    Total HT          30,00 €
                                    TVA 17 %           5,10 €
                                    Total TTC         35,10 €`);
    expect(r.invoiceNumber?.value).toBe('2025 04 555123');
    expect(r.dueDate?.value).toBe('2025-04-18');
    expect(r.total?.value).toBe(35.1);
  });
});

describe('Canadian sales taxes and a dollar named in words', () => {
  it('sums TPS and TVQ between the Sous-total and the Total, and names the dollar from "dollars canadiens"', () => {
    const r = run(`Plomberie Exemple inc.
TPS : 888777666 RT0001

FACTURE
                                         Facture no             2231
                                         Date :                 2025-04-02

                                              Sous-total        1 000,00 $
                                              TPS (5 %)            50,00 $
                                            TVQ (9,975 %)          99,75 $
                                                   Total        1 149,75 $

Montants en dollars canadiens.`);
    expect(r.currency?.value).toBe('CAD');
    expect(r.total?.value).toBe(1149.75);
    expect(r.subtotal?.value).toBe(1000);
    expect(r.tax?.value).toBe(149.75);
  });
});
