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
