/**
 * General causes of the fifth sweep's leftovers, each in a document invented for the test: costs
 * outside VAT between the net amount and the total, a browser's print header and footer, Latvian
 * and Lithuanian dates written in words, a correction's negative total labelled as a refund and its
 * before and after columns, a till slip paid by card, a US till slip that prints no currency sign.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, cues } from '../../src/extract/fields/lexicon.js';
import { parseDate } from '../../src/extract/normalize.js';
import { browserChrome } from '../../src/extract/fields/chrome.js';
import { linesOf } from '../../src/extract/fields/cells.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr' = 'text'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-01-01' });

describe('costs outside VAT between the net amount and the total', () => {
  it('a pass-through cost is no net amount, whatever "without VAT" its label says', () => {
    const d = documentCandidates(pages(`Zwischensumme netto      100,00
Gerichtsvollzieherkosten (durchlaufender Posten, ohne USt.)      25,00
Gesamtbetrag      144,00`));
    const fee = d.amounts.find((a) => a.value === 25)!;
    expect(fee.features['seg:outside']).toBe(1);
    expect(Object.keys(fee.features).filter((k) => /^seg:(?:net|excl|tax)$/.test(k))).toEqual([]);
    for (const l of ['Disbursements (outside the scope of VAT)', 'Débours (non soumis à TVA)', 'Spese anticipate fuori campo IVA']) expect([...cues(AMOUNT, l)], l).toContain('outside');
  });

  it('net + VAT + a court fee outside VAT = the total: subtotal and tax still agree', () => {
    const r = run(`Kanzlei Muster Rechtsanwälte                                                 Kostennote
Hauptstraße 1, 10115 Berlin
Frau Erika Beispiel                                      Rechnungsnummer            KN-2024-0077
Am Markt 2                                               Datum                        04.11.2024
10117 Berlin                                             Zahlbar bis                  18.11.2024
Bezeichnung                                                     Menge     Einzelpreis       Betrag
Verfahrensgebühr Nr. 3100 VV RVG (1,3)                              1          482,30       482,30
Pauschale für Post und Telekommunikation Nr. 7002 VV RVG            1           20,00        20,00
                                                   Zwischensumme netto                      502,30
                                                   19 % USt.                                 95,44
                                                   Gerichtskosten (durchlaufender Posten, ohne USt.)
                                                                                            213,00
                                                   Gesamtbetrag                         810,74 EUR`);
    expect(r.total?.value).toBe(810.74);
    expect(r.subtotal?.value).toBe(502.3);
    expect(r.tax?.value).toBe(95.44);
    expect(r.reviewReasons.filter((x) => /subtotal|disagree/.test(x))).toEqual([]);
  });

  it('English disbursements on their own line', () => {
    const r = run(`Smith & Partners Solicitors                                   INVOICE
Invoice No: SP/2024/118                                      Date: 12 November 2024
Professional fees                                                        1,250.00
                                 Net fees                                1,250.00
                                 VAT 20%                                   250.00
                                 Disbursements (outside the scope of VAT)   95.00
                                 Total due                            £1,595.00`);
    expect(r.total?.value).toBe(1595);
    expect(r.subtotal?.value).toBe(1250);
    expect(r.tax?.value).toBe(250);
  });
});

describe("a browser's print header and footer", () => {
  const printed = `11/7/24, 3:15 PM                                            Invoice 55-1042 - Northwind Cloud



         Northwind Cloud Inc.                                                         Invoice #55-1042
         200 Pine St, Seattle, WA 98101



         Bill to: Acme Corp                                          Invoice date                 Nov 5, 2024
         1 Main St, Portland, OR 97201                               Due date                     Dec 5, 2024



         Description                                                          Qty    Unit price     Amount
         Storage plan (November)                                                1        240.00     240.00

                                                                    Subtotal                        240.00
                                                                    Sales tax 10.1%                  24.24
                                                                    Total                      264.24 USD



https://billing.northwind.example/invoices/55-1042                                                     1/1`;

  it('are its first and last lines when the page edges hold a URL and a page counter', () => {
    const lines = linesOf(pages(printed));
    const chrome = [...browserChrome(lines)].map((n) => lines[n].text.trim().slice(0, 10));
    expect(chrome).toEqual(['11/7/24, 3', 'https://bi']);
    // Without the URL and the counter the top line is the document's own.
    expect(browserChrome(linesOf(pages(printed.replace(/https:\S+\s+1\/1/, 'Thank you for your business'))))).toEqual(new Set());
  });

  it('the printing date is not the invoice date', () => {
    const r = run(printed);
    expect(r.invoiceDate?.value).toBe('2024-11-05');
    expect(r.dueDate?.value).toBe('2024-12-05');
  });
});

describe('dates written in words: Latvian and Lithuanian', () => {
  it('parses the year-first forms, the month in the nominative, genitive or locative', () => {
    expect(parseDate('2025. gada 5. marts')?.iso).toBe('2025-03-05');
    expect(parseDate('2024. gada 17. decembrī')?.iso).toBe('2024-12-17');
    expect(parseDate('2024.g. 1. jūlija')?.iso).toBe('2024-07-01');
    expect(parseDate('2025 m. kovo 5 d.')?.iso).toBe('2025-03-05');
    expect(parseDate('2024 m. rugsėjo 30 d.')?.iso).toBe('2024-09-30');
    expect(parseDate('5. märts 2025')?.iso).toBe('2025-03-05');
  });

  it('reads them as the invoice date beside a due date in figures', () => {
    const lv = run(`SIA Piemērs                                    PVN RĒĶINS
Rēķina Nr.              PP 2024/310
Datums                  2024. gada 14. novembrī
Apmaksas termiņš        28.11.2024
Summa bez PVN                         100,00
PVN 21%                                21,00
Kopā apmaksai                     121,00 EUR`);
    expect(lv.invoiceDate?.value).toBe('2024-11-14');
    expect(lv.dueDate?.value).toBe('2024-11-28');
    const lt = run(`UAB Pavyzdys                                   PVM SĄSKAITA FAKTŪRA
Sąskaitos Nr.           PV-2024-88
Data                    2024 m. spalio 9 d.
Apmokėti iki            2024-10-23
Suma be PVM                           200,00
PVM 21%                                42,00
Iš viso mokėti                    242,00 EUR`);
    expect(lt.invoiceDate?.value).toBe('2024-10-09');
    expect(lt.dueDate?.value).toBe('2024-10-23');
  });
});

describe("a correction's refund", () => {
  it('"Do zwrotu" is what a Polish correction pays back: the total, with the negative net and VAT agreeing', () => {
    const r = run(`Hurtownia Przykład Sp. z o.o.          FAKTURA KORYGUJĄCA
NIP 111-222-33-44
Nabywca: Sklep Testowy                Nr                                FK/2024/11/003
                                      Data wystawienia                      14.11.2024
                                      Do faktury           FV/2024/10/118 z 30.10.2024
Nazwa                                        Ilość        Cena netto    Wartość netto
Zwrot: mąka 1 kg                               -10              3,50           -35,00
                                 Razem netto                                  -35,00
                                 VAT 23%                                       -8,05
                                 Do zwrotu                                -43,05 PLN`);
    expect(r.documentType).toBe('credit_note');
    expect(r.total?.value).toBe(-43.05);
    expect(r.subtotal?.value).toBe(-35);
    expect(r.tax?.value).toBe(-8.05);
  });
});

describe("a correction's before, after and difference columns", () => {
  it('the amounts before and after the correction are no candidates: the corrected invoice\'s gross is not given as the total', () => {
    const text = `Hurtownia Przykład Sp. z o.o.          FAKTURA KORYGUJĄCA
Nr                               FK/2024/11/007
Data wystawienia                     18.11.2024
Nazwa                         Przed korektą        Po korekcie          Różnica
Cukier 1 kg                         100,00              60,00            -40,00
                 Razem netto        100,00              60,00            -40,00
                 VAT 23%             23,00              13,80             -9,20
                 Razem brutto       123,00              73,80            -49,20`;
    const d = documentCandidates(pages(text));
    const superseded = d.amounts.filter((a) => a.features['col:superseded']).map((a) => a.value);
    expect(superseded.sort((a, b) => a - b)).toEqual([13.8, 23, 60, 60, 73.8, 100, 100, 123]);
    const r = run(text);
    expect([123, 73.8]).not.toContain(r.total?.value);
    expect([100, 60]).not.toContain(r.subtotal?.value);
  });
});

describe('till slips paid by card', () => {
  it('a card payment line makes a slip with a transaction time a receipt', () => {
    const uk = run(`            CORNER MARKET
      High St, Leeds LS1 4AB
SPARKLING WATER              £0.85
APPLES 6PK                   £2.10
3 ITEMS  BALANCE DUE         £2.95
CONTACTLESS                  £2.95
12/11/24 08:14  ST 0102 OP 03`, 'ocr');
    expect(uk.documentType).toBe('receipt');
    const ca = run(`      HARBOUR BAKERY
2024-11-12  07:55
1 CROISSANT                   3.25
TOTAL                        $3.25
DEBIT                        $3.25`, 'ocr');
    expect(ca.documentType).toBe('receipt');
  });

  it('an invoice paid by card stays an invoice', () => {
    const r = run(`Webshop Example Ltd                                   INVOICE
Invoice No: WE-2291                     Invoice date: 12/11/2024 10:02
Bill to: J. Smith
Item                                      Amount
Headphones                                 59.00
Total                                    £59.00
VISA ****1234                            £59.00`);
    expect(r.documentType).toBe('invoice');
  });
});

describe('a US till slip without a currency sign', () => {
  const slip = (address: string) => `       MAPLE FUEL #12
     ${address}
         TEL 555-555-0199
11/09/2024  06:30 PM
PUMP# 03
REGULAR 10.000 G @ 3.199     31.99
TOTAL                        31.99
VISA ***1111                 31.99`;

  it('a town and state code with a North American phone give USD, at a hint\'s confidence (reviewed)', () => {
    const r = run(slip('400 MAIN ST, DAYTON OH'), 'ocr');
    expect(r.currency?.value).toBe('USD');
    expect(r.currency!.confidence).toBeLessThan(0.9);
  });

  it('no US address: no currency', () => {
    expect(run(slip('400 MAIN ST, DAYTON'), 'ocr').currency).toBeNull();
  });
});
