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
