/** Net + VAT + a cash-rounding line printed before the rounded total agree with it (adjustment.ts roundingBetween), so the VAT line is the tax. */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentCandidates, candidatesFor } from '../../src/extract/fields/candidates.js';
import { roundingBetween } from '../../src/extract/fields/adjustment.js';
import type { AmountCandidate } from '../../src/extract/fields/amounts.js';

const page = (text: string) => [{ page: 1, text, source: 'text' as const, ocrConfidence: null }];
const row = (label: string, amount: string) => `${' '.repeat(40)}${label.padEnd(24)}${amount.padStart(12)}`;

const head = [
  'Beispiel Malerei GmbH · Musterweg 1 · 8000 Zürich',
  '',
  'Kunde AG                                Rechnung Nr.        25-0318',
  'Hauptstrasse 9                          Datum               12.05.2025',
  '',
  'Leistung                                  Menge     Ansatz CHF     Betrag CHF',
  "Malerarbeiten (Std.)                        16          95.00        1'520.00",
  'Material                                     1         226.18          226.18',
  '',
];
const swiss = [...head, row('Total exkl. MWST', "1'746.18"), row('MWST 8.1 %', '141.44'), row('Rundung', '-0.02'), row('Total CHF', "1'887.60"), '', 'Zahlbar innert 30 Tagen netto.'].join('\n');

const czech = [
  'Příklad s.r.o., Vzorová 12, 110 00 Praha 1',
  '',
  'Faktura – daňový doklad č. 2025-0417',
  'Datum vystavení: 14.04.2025',
  'Datum splatnosti: 28.04.2025',
  '',
  'Popis                                     Množství        Cena        Celkem',
  'Montáž regálů                                    1    2 900,00      2 900,00',
  'Spojovací materiál                               1      515,90        515,90',
  '',
  row('Základ daně 21 %', '3 415,90'),
  row('DPH 21 %', '717,34'),
  row('Zaokrouhlení', '-0,24'),
  row('Celkem k úhradě', '4 133,00 Kč'),
].join('\n');

const amount = (text: string, field: 'total' | 'subtotal', value: number) => {
  const d = documentCandidates(page(text));
  const c = (candidatesFor(d, field) as AmountCandidate[]).find((a) => Math.abs(a.value - value) < 0.005);
  if (!c) throw new Error(`no ${field} candidate ${value}`);
  return { d, c };
};

describe('cash rounding between the VAT and the total', () => {
  it('a Swiss invoice: net + MWST + "Rundung -0.02" = the total rounded to 5 Rappen, so MWST is the tax', () => {
    const r = extractFields(page(swiss), { templates: [] });
    expect([r.total?.value, r.subtotal?.value, r.tax?.value]).toEqual([1887.6, 1746.18, 141.44]);
  });
  it('a Czech invoice rounded to whole crowns ("Zaokrouhlení -0,24")', () => {
    const r = extractFields(page(czech), { templates: [] });
    expect([r.total?.value, r.subtotal?.value, r.tax?.value]).toEqual([4133, 3415.9, 717.34]);
  });
  it('reads the adjustment between the net amount and the rounded total', () => {
    const { d, c: net } = amount(swiss, 'subtotal', 1746.18);
    const total = amount(swiss, 'total', 1887.6).c;
    expect(roundingBetween(d.view, net, total)).toBe(-0.02);
  });
  it('control: a rounding line after the total (it rounds the change) is not between them', () => {
    const after = [...head, row('Total exkl. MWST', "1'746.18"), row('MWST 8.1 %', '141.44'), row('Total CHF', "1'887.60"), row('Rundung', '-0.02')].join('\n');
    const { d, c: net } = amount(after, 'subtotal', 1746.18);
    expect(roundingBetween(d.view, net, amount(after, 'total', 1887.6).c)).toBe(0);
  });
  it('control: a total that is not on a coin was not rounded', () => {
    const exact = swiss.replace("1'887.60", "1'887.62");
    const { d, c: net } = amount(exact, 'subtotal', 1746.18);
    expect(roundingBetween(d.view, net, amount(exact, 'total', 1887.62).c)).toBe(0);
  });
});
