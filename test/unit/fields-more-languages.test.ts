/**
 * Danish, Norwegian, Swedish and Czech invoices, the krone / koruna / real / rupee signs, Indian
 * digit grouping, compound and net "Total" labels, and which lines make a document a credit note or
 * a till receipt. Every document here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, DATE, DOCUMENT, NUMBER, cues } from '../../src/extract/fields/lexicon.js';
import { kroneCurrency } from '../../src/extract/fields/locale.js';
import { amountsIn } from '../../src/extract/fields/tokens.js';
import { currencyFromToken, dateCandidates, parseDate } from '../../src/extract/normalize.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (...texts: string[]): PageText[] => texts.map((text, i) => ({ page: i + 1, text, source: 'text', ocrConfidence: null }));
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-01-01' });
const amount = (s: string) => [...cues(AMOUNT, s)];
const number = (s: string) => [...cues(NUMBER, s)];

describe('lexicon: Danish, Norwegian, Swedish, Czech', () => {
  it('knows their number, date and amount labels', () => {
    for (const l of ['Fakturanr.', 'Fakturanummer', 'Kreditfakturanr', 'Kreditnotanr.', 'Creditnummer', 'Číslo faktury']) expect(number(l), l).toContain('compound');
    for (const l of ['Fakturanr.', 'Kreditfakturanr', 'Creditnummer']) expect(number(l), l).toContain('invoice');
    for (const l of ['Fakturadato', 'Fakturadatum', 'Datum vystavení']) expect(DATE.issue.test(l), l).toBe(true);
    for (const l of ['Forfaldsdato', 'Forfallsdato', 'Förfallodatum', 'Datum splatnosti']) expect(DATE.due.test(l), l).toBe(true);
    for (const l of ['Moms 25%', 'MVA 25 %', 'DPH 21 %']) expect(amount(l), l).toContain('tax');
    for (const l of ['Nettobeløb', 'Netto', 'Základ daně 21 %']) expect(amount(l), l).toContain('net');
    for (const l of ['I alt', 'Totalt', 'Celkem k úhradě', 'Rechnungstotal', 'Gesamttotal', 'Totalbetrag']) expect(amount(l), l).toContain('totalStrong');
    for (const l of ['At betale', 'Att betala', 'Å betale']) expect(amount(l), l).toContain('due');
  });

  it('takes a letterhead registration id for a number of something else', () => {
    for (const l of ['CVR-nr.', 'Org.nr', 'Momsreg.nr', 'IČO:', 'DIČ:', 'KvK', 'CNPJ']) expect(number(l), l).toContain('other');
  });

  it('reads a "Total ... exkl." line as a net amount', () => {
    expect(amount('Total Leistungen exkl. MWST')).toContain('net');
    expect(amount('Total Honorar netto')).toContain('net');
  });

  it('knows Czech and Scandinavian credit notes and till words', () => {
    for (const w of ['KREDITFAKTURA', 'Kreditnota', 'DOBROPIS']) expect(DOCUMENT.creditNote.test(w), w).toBe(true);
    for (const w of ['Kassen-ID: 3', 'Vielen Dank für Ihren Einkauf', 'KVITTO']) expect(DOCUMENT.receipt.test(w), w).toBe(true);
  });

  it('reads their date forms', () => {
    expect(parseDate('3. 11. 2025')?.iso).toBe('2025-11-03');
    expect(parseDate('2025-11-03')?.iso).toBe('2025-11-03');
  });

  it('knows their month names (full forms; Czech in the genitive of a date)', () => {
    expect(parseDate('7. marts 2025')?.iso).toBe('2025-03-07');
    expect(parseDate('12. maj 2025')?.iso).toBe('2025-05-12');
    expect(parseDate('3 augusti 2025')?.iso).toBe('2025-08-03');
    expect(parseDate('10. dubna 2025')?.iso).toBe('2025-04-10');
    expect(parseDate('24. července 2025')?.iso).toBe('2025-07-24');
    expect(dateCandidates('Datum vystavení: 3. března 2025').map((d) => d.raw)).toEqual(['3. března 2025']);
    // Their prefixes are not months: "pro" (prosince) and "led" (ledna) are words elsewhere.
    expect(parseDate('12 pro 2025')).toBeNull();
  });
});

describe('currency signs', () => {
  it('R$ is the real and Kč the koruna, never the dollar', () => {
    expect(amountsIn('Valor total R$ 1.250,00').map((m) => m.currency)).toEqual(['BRL']);
    expect(amountsIn('Celkem 8 410,50 Kč').map((m) => m.currency)).toEqual(['CZK']);
    expect(currencyFromToken('Kč')).toBe('CZK');
  });

  it('₹, Rs. and INR are the rupee', () => {
    expect(amountsIn('Net ₹ 4,500.00').map((m) => m.currency)).toEqual(['INR']);
    expect(amountsIn('Total Rs. 4,500.00').map((m) => m.currency)).toEqual(['INR']);
    expect(amountsIn('Total INR 4,500.00').map((m) => m.currency)).toEqual(['INR']);
  });

  it('kr is the krone whose code the page prints, else the one of its language', () => {
    const votes = (codes: Record<string, number>) => new Map(Object.entries(codes));
    expect(kroneCurrency('Total 1 200,00 kr\nBelopp i NOK', votes({ NOK: 2 }))?.code).toBe('NOK');
    expect(kroneCurrency('Att betala 640,00 kr\nFörfallodatum', votes({}))?.code).toBe('SEK');
    expect(kroneCurrency('I alt kr. 640,00\nForfaldsdato · Beløb', votes({}))?.code).toBe('DKK');
    expect(kroneCurrency('Å betale kr 640,00\nMVA 25 %', votes({}))?.code).toBe('NOK');
    expect(kroneCurrency('Total 640,00 kr', votes({}))).toBeNull();
    expect(kroneCurrency('Moms 25% · Beløb 640,00', votes({}))).toBeNull();
  });
});

describe('Indian digit grouping', () => {
  it('reads lakh and crore grouping as one amount with paise or a rupee sign', () => {
    expect(amountsIn('Grand Total ₹3,42,150.00').map((m) => m.value)).toEqual([342150]);
    expect(amountsIn('Amount 12,34,567.80').map((m) => m.value)).toEqual([1234567.8]);
    expect(amountsIn('Rs. 1,00,00,000').map((m) => m.value)).toEqual([10000000]);
  });

  it('never joins a list of numbers into one', () => {
    expect(amountsIn('Lots 1,23,456 and 7').map((m) => m.value)).toEqual([7]);
    expect(amountsIn('Sizes 10,12,14').map((m) => m.value)).not.toContain(101214);
  });
});

describe('invented documents', () => {
  it('a Danish invoice: its number beside Fakturanr., not the CVR-nr. of the letterhead; kroner from DKK', () => {
    const r = run(`                                                   Havnens Tømrer ApS
                                                   Strandvejen 9, 8000 Aarhus C
                                                   CVR-nr. 31415926

Andelsboligforeningen Lyngen
Parkvej 3
8000 Aarhus C

Faktura
                                        Fakturanr.                      7310
                                        Fakturadato                     03.06.2025
                                        Forfaldsdato                    17.06.2025

Beskrivelse                                       Antal      Pris        Beløb
Udskiftning af dør                                1          2.480,00    2.480,00

                                                        Subtotal        2.480,00
                                                        Moms 25%          620,00
                                                        I alt DKK       3.100,00
`);
    expect(r.invoiceNumber?.value).toBe('7310');
    expect(r.dueDate?.value).toBe('2025-06-17');
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([2480, 620, 3100]);
    expect(r.currency?.value).toBe('DKK');
  });

  it('a Czech invoice: due date from Datum splatnosti, net from Základ daně, DPH, CZK from Kč', () => {
    const r = run(`Dodavatel: Stavby Novák s.r.o.
IČO: 12345678 · DIČ: CZ12345678

FAKTURA č. 2025117
                                   Datum vystavení:          3. 6. 2025
                                   Datum splatnosti:        17. 6. 2025

                                   Základ daně 21 %        4 000,00 Kč
                                         DPH 21 %            840,00 Kč
                                   Celkem k úhradě         4 840,00 Kč
`);
    expect(r.invoiceNumber?.value).toBe('2025117');
    expect(r.dueDate?.value).toBe('2025-06-17');
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([4000, 840, 4840]);
    expect(r.currency?.value).toBe('CZK');
  });

  it('a compound total beats a net line that starts with Total', () => {
    const r = run(`Rechnung Nr. 88-4
Datum 2025-06-03
                               Total Leistungen exkl. MWST        1'500.00
                                             MWST 8.1 %             121.50
                                          Gesamttotal CHF         1'621.50
`);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([1500, 121.5, 1621.5]);
  });

  it('an Indian invoice: the lakh-grouped total', () => {
    const r = run(`TAX INVOICE
Invoice No.: KA/25/0077
Invoice Date: 03-06-2025
                          Taxable Value     ₹2,50,000.00
                          IGST @ 18%           ₹45,000.00
                    Total Invoice Value     ₹2,95,000.00
`);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([250000, 45000, 295000]);
    expect(r.currency?.value).toBe('INR');
  });

  it('an invoice with one credited position stays an invoice; a credit-note title makes a credit note', () => {
    const inv = run(`RECHNUNG
Rechnung Nr. R-5521
Rechnungsdatum 03.06.2025
Pos  Leistung                                   Menge   Preis      Betrag
1    Wartung                                    1       900,00     900,00
2    Gutschrift aus Rechnung R-5400             1      -100,00    -100,00
Summe netto                                                        800,00
USt. 19 %                                                          152,00
Gesamtbetrag EUR                                                   952,00
Die Gutschrift aus Position 2 wurde mit dieser Rechnung verrechnet.
`);
    expect(inv.documentType).toBe('invoice');
    const cn = run(`GUTSCHRIFT
Gutschrift Nr. G-17
Datum 03.06.2025
Summe netto                                                        100,00
USt. 19 %                                                           19,00
Gesamtbetrag EUR                                                   119,00
`);
    expect(cn.documentType).toBe('credit_note');
  });

  it('a till receipt with cash tendered and a Beleg-Nr. is a receipt', () => {
    const r = run(`        CAFE AM ECK
    Hauptplatz 2, 8010 Graz
Melange                      3,90
Kipferl                      1,80
SUMME     EUR                5,70
Bar                         10,00
Kassen-ID: 2   Beleg-Nr.  4410
Datum: 03.06.2025   09:12
   Vielen Dank!
`);
    expect(r.documentType).toBe('receipt');
    expect(r.total?.value).toBe(5.7);
  });
});
