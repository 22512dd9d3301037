/**
 * Estonian, Latvian, Lithuanian, Slovenian, Croatian, Turkish and Catalan invoices; a
 * subtotal + tax = total that is only two lines and their sum (no plausible tax rate); a lone date
 * labelled as due given as the invoice date (a conflict, so flagged); Canada's sales-tax names as a
 * hint for a plain `$`. Every document here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, DATE, NUMBER, cues } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';
import { plausibleRate } from '../../src/extract/fields/decide.js';

const pages = (text: string, source: 'text' | 'ocr' = 'text'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-01-01' });

describe('lexicon: Baltic, South Slavic, Turkish, Catalan', () => {
  it('knows their labels', () => {
    for (const l of ['Kokku tasuda', 'Kopā apmaksai', 'Iš viso mokėti', 'Skupaj za plačilo', 'Ukupno za platiti', 'Genel Toplam']) expect([...cues(AMOUNT, l)], l).toContain('totalStrong');
    for (const l of ['Summa käibemaksuta', 'Summa bez PVN', 'Suma be PVM', 'Osnova za DDV', 'Osnovica', 'Ara Toplam', 'Base imposable']) expect([...cues(AMOUNT, l)], l).toContain('net');
    for (const l of ['Käibemaks 22%', 'PVN 21%', 'PVM 21%', 'DDV 22%', 'PDV 25%', 'KDV 20%']) expect([...cues(AMOUNT, l)], l).toContain('tax');
    for (const l of ['Maksetähtaeg', 'Apmaksas termiņš', 'Apmokėti iki', 'Rok plačila', 'Datum dospijeća', 'Son Ödeme Tarihi', 'Venciment']) expect(DATE.due.test(l), l).toBe(true);
    for (const l of ['Arve nr', 'Rēķina Nr.', 'Račun št.', 'Broj računa', 'Fatura No', 'Núm. factura']) expect([...cues(NUMBER, l)], l).toContain('compound');
    for (const l of ['KMKR', 'PVN reģ. Nr.', 'PVM kodas', 'ID za DDV', 'OIB', 'Vergi No']) expect([...cues(NUMBER, l)], l).toContain('other');
    // Kilometres are no tax ("KM" is Estonian VAT's abbreviation, but a distance everywhere).
    expect([...cues(AMOUNT, 'Fahrt 120 km')]).not.toContain('tax');
  });

  it('reads a Croatian invoice: Broj računa, Osnovica, PDV, Ukupno za platiti, the issue date with a time', () => {
    const r = run(`Primjer Tisak d.o.o.                                               RAČUN
OIB 98765432109
Kupac: Restoran Luka                    Broj računa                                   77-2-1
                                        Datum i vrijeme izdavanja            03.05.2025. 09:40
                                        Datum dospijeća                           18.05.2025.
Naziv                                         Kol.                  Cijena              Iznos
Letci A5                                      400                    0,20               80,00
                                  Osnovica                                             80,00
                                  PDV 25%                                              20,00
                                  Ukupno za platiti                                   100,00 EUR`);
    expect(r.invoiceNumber?.value).toBe('77-2-1');
    expect(r.invoiceDate?.value).toBe('2025-05-03');
    expect(r.dueDate?.value).toBe('2025-05-18');
    expect(r.total?.value).toBe(100);
    expect(r.subtotal?.value).toBe(80);
    expect(r.tax?.value).toBe(20);
  });
});

describe('conflicting evidence is flagged', () => {
  it('two line amounts and their sum are no subtotal + tax = total (a 51 % "tax"): the net is not asserted as the total', () => {
    expect(plausibleRate(100, 20)).toBe(true);
    expect(plausibleRate(-100, -20)).toBe(true);
    expect(plausibleRate(100, 0)).toBe(true);
    expect(plausibleRate(350, 180)).toBe(false);
    expect(plausibleRate(100, -20)).toBe(false);
    // "Summa km-ta" (Estonian: without VAT, abbreviated) is a label the lexicon lacks; "Summa" alone reads as a total.
    const r = run(`Näide OÜ                                                   ARVE
Arve nr            EX-2025-0007
Kuupäev            02.05.2025
Kirjeldus                              Kogus          Hind         Summa
Hooldus                                        1     350,00         350,00
Lisatunnid                                     4      45,00         180,00
                                Summa km-ta                        530,00
                                Käibemaks 22%                      116,60
                                Tasuda                        646,60 EUR`);
    expect(r.tax?.value).not.toBe(180);
    expect(r.total?.value === 530 ? r.total.confidence : 0).toBeLessThan(0.9);
  });

  it('a lone date labelled as due is not asserted as the invoice date', () => {
    // The issue date is written in words the reader does not know (a date in figures or in Latvian words would be read).
    const r = run(`Piemērs SIA                                   RĒĶINS
Rēķina Nr.              AB 2025/001
Datums                  septītais maijs
Apmaksas termiņš        21.05.2025
Kopā apmaksai           121,00 EUR`);
    if (r.invoiceDate?.value === '2025-05-21') expect(r.invoiceDate.confidence).toBeLessThanOrEqual(0.5);
    expect(r.needsReview).toBe(true);
  });

  it('a plain $ with Canadian sales taxes (PST, HST, QST) is a hint of CAD, given at a tie\'s confidence', () => {
    const r = run(`CAFE EXEMPLE
2025-04-01  09:12
LATTE                          5.00
SUBTOTAL                       5.00
GST 5%                         0.25
PST 7%                         0.35
TOTAL                         $5.60
DEBIT                         $5.60`, 'ocr');
    expect(r.currency?.value).toBe('CAD');
    expect(r.currency!.confidence).toBeLessThan(0.9);
  });
});
