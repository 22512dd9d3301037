import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { equivalentCurrency } from '../../src/extract/fields/conversion.js';
import { CURRENCY_CODES, currencyFromToken, currencyVotes, dateCandidates, monthFromName, parseDate, parseDateWithFormat, parseNumber } from '../../src/extract/normalize.js';

describe('parseNumber', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1 234,56', 1234.56],
    ["1'234.56", 1234.56],
    ['€ 717,97', 717.97],
    ['$4.11', 4.11],
    ['(12.00)', -12],
    ['12.00-', -12],
    ['1.234', 1234],
    ['0,75', 0.75],
    ['1939', 1939],
  ])('%s -> %d', (s, n) => expect(parseNumber(s)).toBe(n));
  it('honours a forced decimal separator', () => expect(parseNumber('1.234', '.')).toBe(1.234));
  it('rejects text', () => expect(parseNumber('abc')).toBeNull());
});

describe('parseDate', () => {
  it.each([
    ['26/05/2025', '2025-05-26'],
    ['05/26/2025', '2025-05-26'],
    ['26.05.2025', '2025-05-26'],
    ['2025-05-26', '2025-05-26'],
    ['May 26, 2025', '2025-05-26'],
    ['26 mai 2025', '2025-05-26'],
    ['26. Mai 2025', '2025-05-26'],
    ['26 mei 2025', '2025-05-26'],
    ['26 de mayo de 2025', '2025-05-26'],
    ['7. März 2014', '2014-03-07'],
    ['02 Juillet 2015', '2015-07-02'],
    ['3 października 2021', '2021-10-03'],
    ['12 dicembre 2020', '2020-12-12'],
    ['August 3 , 2014', '2014-08-03'],
  ])('%s -> %s', (s, iso) => expect(parseDate(s)?.iso).toBe(iso));
  it('flags ambiguous day/month and follows the order hint', () => {
    expect(parseDate('03/04/2024', 'DMY')).toEqual({ iso: '2024-04-03', ambiguous: true });
    expect(parseDate('03/04/2024', 'MDY')).toEqual({ iso: '2024-03-04', ambiguous: true });
    expect(parseDate('13/04/2024', 'MDY')).toEqual({ iso: '2024-04-13', ambiguous: false });
  });
  it('rejects impossible dates', () => expect(parseDate('31/02/2024')).toBeNull());
  it('parses Python strptime formats', () => {
    expect(parseDateWithFormat('28/11/2022', '%d/%m/%Y')).toBe('2022-11-28');
    expect(parseDateWithFormat('19 april 2014', '%d %B %Y')).toBe('2014-04-19');
    expect(parseDateWithFormat('2014-04-19', '%d %B %Y')).toBeNull();
  });
  it('knows month names in several languages', () => {
    expect(['janvier', 'Februar', 'maart', 'abril', 'giugno', 'lipca', 'Sept.', 'Dez'].map(monthFromName)).toEqual([1, 2, 3, 4, 6, 7, 9, 12]);
  });
});

describe('currencyFromToken', () => {
  it.each([
    ['€', 'EUR'],
    ['$', 'USD'],
    ['£', 'GBP'],
    ['₹', 'INR'],
    ['zł', 'PLN'],
    ['CHF', 'CHF'],
    ['usd', 'USD'],
    // The Serbian dinar and the Macedonian denar: the page's evidence counted them, the code list did not.
    ['RSD', 'RSD'],
    ['mkd', 'MKD'],
  ])('%s -> %s', (t, c) => expect(currencyFromToken(t)).toBe(c));

  it('a dinar equivalent block under an invoice in euros is named as one (its code was unknown), and the invoice keeps its euro total, tax and currency', () => {
    expect(equivalentCurrency('Equivalent in RSD (NBS middle rate 117.20)')).toBe('RSD');
    const r = extractFields([{ page: 1, source: 'text', ocrConfidence: null, text: `Example Logistics d.o.o.                                 INVOICE
                                              Invoice no.     EL-2025-0031
                                              Invoice date    3 April 2025

                                   Subtotal           EUR 2,000.00
                                   VAT 20%            EUR 400.00
                                   Total              EUR 2,400.00

  Equivalent in RSD (NBS middle rate of 02/04/2025: 1 EUR = 117.2000 RSD)
  Taxable amount                          RSD 234,400.00
  VAT 20%                                 RSD 46,880.00
  Total                                   RSD 281,280.00` }], { templates: [], today: '2026-01-01' });
    expect(r.total?.value).toBe(2400);
    expect(r.tax?.value).toBe(400);
    expect(r.currency?.value).toBe('EUR');
  });
});

describe('dateCandidates', () => {
  it('does not let a word between numbers ("1 Date 01") hide the real date after it', () => {
    expect(dateCandidates('Ref 1 Date 01/03/2025, due 31 March 2025').map((d) => d.raw)).toEqual(['01/03/2025', '31 March 2025']);
  });

  it('never starts a date inside a number: an impossible date is no date, not its tail', () => {
    // OCR's "26/14/2017": no order reads it; "6/14/2017" from its second digit on is not on the page.
    expect(dateCandidates('DATE: 26/14/2017')).toEqual([]);
    expect(dateCandidates('No 126/05/2017 x').map((d) => d.raw)).toEqual([]);
    expect(dateCandidates('12018-03-05')).toEqual([]);
    // Glued to a label or punctuation, a date is still found.
    expect(dateCandidates('DATE:26/04/2017 TIME:07:52').map((d) => d.raw)).toEqual(['26/04/2017']);
    expect(dateCandidates('#26.04.2017,x').map((d) => d.raw)).toEqual(['26.04.2017']);
  });

  it('never ends a date inside a number either', () => {
    // A Polish invoice number holds no 2025-03-01; a street number then a postcode hold no 2 September 1612.
    expect(dateCandidates('FAKTURA VAT nr FV/2025/03/015')).toEqual([]);
    expect(dateCandidates('Via XX Settembre 2, 16121 Genova')).toEqual([]);
    expect(dateCandidates('Data wystawienia: 2025-03-15, 15 marca 2025').map((d) => d.raw)).toEqual(['2025-03-15', '15 marca 2025']);
  });
});

describe('currencyVotes', () => {
  it('counts each code written once, as two votes, whichever currency (INR and CHF were counted twice: four)', () => {
    for (const code of CURRENCY_CODES) expect([...currencyVotes(`Total ${code} 120.50`)], code).toEqual([[code, 2]]);
    // Their signs still count, once each.
    expect([...currencyVotes('Total Rs. 120.50 INR')]).toEqual([['INR', 4]]);
    expect([...currencyVotes('Total Fr. 84.00 CHF')]).toEqual([['CHF', 4]]);
  });
});
