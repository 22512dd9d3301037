import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (...texts: string[]): PageText[] => texts.map((text, i) => ({ page: i + 1, text, source: 'text', ocrConfidence: null }));
const cands = (...texts: string[]) => documentCandidates(pages(...texts));
const amountsOf = (d: ReturnType<typeof cands>, value: number) => d.amounts.filter((a) => Math.abs(a.value - value) < 0.001);

describe('candidate generation', () => {
  it('makes every amount a candidate, with the label left of it and the heading above it', () => {
    const d = cands(`Bruttosumme                3.273,00
Anzahlung                    500,00

   Total HT     Total TVA     Total TTC
     100,00         20,00        120,00`);
    expect(amountsOf(d, 3273)[0].features['seg:totalStrong']).toBe(1);
    expect(amountsOf(d, 500)[0].features['seg:prepaid']).toBe(1);
    const ttc = amountsOf(d, 120)[0].features;
    expect(ttc['above:totalStrong']).toBe(1);
    expect(ttc['above:incl']).toBe(1);
    expect(amountsOf(d, 100)[0].features['above:net']).toBe(1);
    expect(amountsOf(d, 20)[0].features['above:tax']).toBe(1);
  });

  it('does not take dates, percentages, times or long digit runs for amounts', () => {
    const d = cands('Date 12.03.2024 10:45   VAT 19%   Account 123456789   Total 12.50');
    expect(d.amounts.map((a) => a.value)).toEqual([12.5]);
  });

  it('adds the arithmetic each amount takes part in', () => {
    const d = cands(`Subtotal        100.00
VAT 20%          20.00
TOTAL           120.00
CASH            150.00
CHANGE           30.00`);
    const total = amountsOf(d, 120)[0].features;
    expect(total['arith:netPlusTax']).toBe(1);
    expect(total['arith:tenderedMinusChange']).toBe(1);
    expect(total['arith:grossOf']).toBe(1);
    expect(amountsOf(d, 100)[0].features['arith:netOfTotal']).toBe(1);
    expect(amountsOf(d, 20)[0].features['arith:taxOfTotal']).toBe(1);
    expect(amountsOf(d, 20)[0].features['arith:rateOf']).toBe(1);
    expect(amountsOf(d, 150)[0].features['arith:netPlusTax']).toBeUndefined();
  });

  it('sums one tax line per rate into a tax candidate printed nowhere', () => {
    const d = cands(`Nettobetrag                 857,30 EUR
MwSt 19%                    147,73 EUR
MwSt 7%                       5,59 EUR
Gesamtbetrag              1.010,62 EUR`);
    const sum = amountsOf(d, 153.32);
    expect(sum).toHaveLength(1);
    expect(sum[0].features['synthetic:taxSum']).toBe(1);
    expect(amountsOf(d, 1010.62)[0].features['arith:netPlusTax']).toBe(1);
  });

  it('knows a column total from the rows above it', () => {
    const d = cands(`Item A        10.00
Item B        15.50
Item C         4.50
              30.00`);
    expect(amountsOf(d, 30)[0].features['arith:columnSum']).toBe(1);
    expect(amountsOf(d, 15.5)[0].features['arith:columnSum']).toBeUndefined();
  });

  it('makes both readings of an ambiguous date candidates, and marks times, ranges and yyyymmdd dates', () => {
    const d = cands('Date: 06/03/2025\nPeriod 01/01/2025 - 31/01/2025\n19/02/2018 16:45  #123\nDate : 20260815');
    const ambiguous = d.dates.filter((x) => x.date.start === 6 && x.line.n === 0);
    expect(ambiguous.map((x) => [x.value, x.alt])).toEqual([
      ['2025-03-06', false],
      ['2025-06-03', true],
    ]);
    expect(d.dates.filter((x) => x.line.n === 1).every((x) => x.features['fmt:range'] === 1)).toBe(true);
    expect(d.dates.find((x) => x.value === '2018-02-19')!.features['fmt:time']).toBe(1);
    expect(d.dates.find((x) => x.value === '2026-08-15')!.features['fmt:compact']).toBe(1);
  });

  it('ties a date to the document heading it follows ("Rechnung Nr. 471102 vom 15.11.2024")', () => {
    const d = cands(' Handelsrechnung (380) Nr. 471102 vom 15.11.2024');
    const f = d.dates[0].features;
    expect(d.dates[0].value).toBe('2024-11-15');
    expect(f['near:of']).toBe(1);
    expect(f['seg:docword']).toBe(1);
    expect(d.numbers.map((n) => n.value)).toContain('471102');
  });

  it('reads identifier candidates right of a label, glued to it, or in the cell below', () => {
    const d = cands(`Facture n°562044387 du 02 Juillet 2015
Invoice No.          Customer No.
INV-7781             K-1200`);
    const byValue = Object.fromEntries(d.numbers.map((n) => [n.value, n.features]));
    expect(byValue['562044387']['label:invoice']).toBe(1);
    expect(byValue['INV-7781']['via:below']).toBe(1);
    expect(byValue['INV-7781']['label:invoiceNumber']).toBe(1);
    expect(byValue['K-1200']['label:otherOnly']).toBe(1);
  });

  it('keeps a series code printed before the number ("FT A/318"), and a number shaped like an impossible date', () => {
    const d = cands(`Fatura n.º FT A/318
Numero     FPR 58/25
Faktura nr 41/03/2025
Invoice No INV 2025-7`);
    const values = d.numbers.map((n) => n.value);
    expect(values).toEqual(expect.arrayContaining(['FT A/318', 'FPR 58/25', '41/03/2025']));
    // A label word is no series: "INV" stays out of the number.
    expect(values).toContain('2025-7');
    expect(values).not.toContain('INV 2025-7');
  });

  it('knows the number of a credit note by its own compound label, and a referenced invoice as another number', () => {
    const d = cands(`Gutschriftsnummer:   GS-25-0031
Betreft factuur 25-0203
Rectifica la factura F-2025-0231`);
    const byValue = Object.fromEntries(d.numbers.map((n) => [n.value, n.features]));
    expect(byValue['GS-25-0031']['label:compound']).toBe(1);
    expect(byValue['25-0203']['label:other']).toBe(1);
    expect(byValue['F-2025-0231']['label:other']).toBe(1);
  });

  it('does not take an amount for a document number, even under a document word', () => {
    const d = cands(`Invoice date: 2024-01-10
Subtotal   100.00 EUR
Invoice    1.234,56`);
    expect(d.numbers.map((n) => n.value)).not.toContain('100.00');
    expect(d.numbers.map((n) => n.value)).not.toContain('1.234,56');
  });

  it('counts a value once per printed occurrence: one token read under two labels is one place', () => {
    const d = cands(`Rechnung
Rechnungsnummer: RE-2024-0042`);
    const re = d.numbers.filter((n) => n.value === 'RE-2024-0042');
    // Seen right of "Rechnungsnummer:" and under "Rechnung": two candidates, one token.
    expect(re.length).toBe(2);
    expect(new Set(re.map((n) => `${n.line.n}:${n.token.start}`)).size).toBe(1);
  });

  it('finds net + tax = total for any amounts and number format (property)', () => {
    const fmt = (n: number, style: number) => {
      const [i, c] = n.toFixed(2).split('.');
      const g = (sep: string) => i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
      return style === 0 ? `${g(',')}.${c}` : style === 1 ? `${g('.')},${c}` : `${g(' ')},${c}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 50_000_000 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 2 }), (netCents, rate, style) => {
        const net = netCents / 100;
        const tax = Math.round(netCents * rate) / 10000;
        const total = Math.round((net + tax) * 100) / 100;
        const d = cands(`Net amount        ${fmt(net, style)}\nVAT ${rate}%        ${fmt(tax, style)}\nTotal        ${fmt(total, style)}`);
        const t = d.amounts.find((a) => Math.abs(a.value - total) < 0.001 && a.features['seg:totalWeak']);
        return !!t && t.features['arith:netPlusTax'] === 1;
      }),
      { numRuns: 200 },
    );
  });
});
