/** A conversion note in a sentence under the totals names the equivalent's currency, not the invoice's (sweep19's cause). */
import { describe, expect, it } from 'vitest';
import { equivalentCurrency } from '../../src/extract/fields/conversion.js';

describe('conversion notes in a sentence', () => {
  it('names the currency an amount is restated in', () => {
    expect(equivalentCurrency("Umrechnung zur Information: Total entspricht EUR 1'434.34 (Kurs 1 CHF = 1,0642 EUR).")).toBe('EUR');
    expect(equivalentCurrency('Equivalent for information: EUR 777.94 at 1.1910.')).toBe('EUR');
    expect(equivalentCurrency('Approx. EUR 88.44 at 0.9213 EUR/USD.')).toBe('EUR');
    expect(equivalentCurrency('Montant total soit 1 434,34 EUR au taux de 1,0642.')).toBe('EUR');
  });
  it('control: a total line, and "soit" or "approx." with no rate, are no note', () => {
    expect(equivalentCurrency("Total CHF                        1'347.81")).toBeNull();
    expect(equivalentCurrency('Arrêtée la présente facture à la somme de 788,50 EUR, soit 788,50 EUR TTC.')).toBeNull();
    expect(equivalentCurrency('Delivery in approx. 3 days')).toBeNull();
  });
});
