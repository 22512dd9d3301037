/**
 * Evidence the rules act on (a fax header's date, a tip, a no-VAT statement) is also a feature of
 * the candidates, so `npm run fit` can weigh it: a feature the learner never sees gets no weight.
 * Each on a document invented for the test; each feature is absent where its evidence is.
 */
import { describe, expect, it } from 'vitest';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr' = 'text'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const amountsOf = (t: string, source: 'text' | 'ocr' = 'text') => documentCandidates(pages(t, source)).amounts;

describe('fax:contradicts', () => {
  const faxed = (date: string) => `22.01.2026 09:15  FAX +49 761 556677   Bauservice Link    S. 01/01
Bauservice Link GmbH
Rechnung Nr. 2026-014
Rechnungsdatum: ${date}
Gesamtbetrag                                   1.190,00 EUR`;

  it('marks a date the fax that carried the page contradicts (after it was sent, or long before)', () => {
    for (const d of ['19.01.2024', '19.02.2026']) {
      const dates = documentCandidates(pages(faxed(d))).dates.filter((c) => !c.alt);
      expect(dates.length, d).toBeGreaterThan(0);
      expect(dates.every((c) => c.features['fax:contradicts'] === 1), d).toBe(true);
    }
  });

  it('not a date sent days later, nor any date of a page no fax carried', () => {
    expect(documentCandidates(pages(faxed('19.01.2026'))).dates.some((c) => c.features['fax:contradicts'])).toBe(false);
    const plain = faxed('19.01.2024').split('\n').slice(1).join('\n');
    expect(documentCandidates(pages(plain)).dates.some((c) => c.features['fax:contradicts'])).toBe(false);
  });
});

describe('tip:before and tip:paid', () => {
  const slip = `BRASSERIE DU MARCHE
TOTAL TTC              65,00 EUR
21/05/2025 13:10
CARTE BANCAIRE
MONTANT                65,00 EUR
POURBOIRE               6,50 EUR
TOTAL                  71,50 EUR`;

  it('an amount a tip follows is before it; the bill plus the tip printed after it is paid', () => {
    const cs = amountsOf(slip, 'ocr');
    const at = (v: number) => cs.filter((c) => Math.abs(c.value - v) < 0.005);
    expect(at(65).every((c) => c.features['tip:before'] === 1)).toBe(true);
    expect(at(71.5).map((c) => c.features['tip:paid'])).toEqual([1]);
    expect(at(71.5).some((c) => c.features['tip:before'])).toBe(false);
    // The tip itself is neither.
    expect(at(6.5).some((c) => c.features['tip:before'] || c.features['tip:paid'])).toBe(false);
  });

  it('none on a bill without a tip', () => {
    const cs = amountsOf(slip.replace(/POURBOIRE.*\n/, ''), 'ocr');
    expect(cs.some((c) => c.features['tip:before'] || c.features['tip:paid'])).toBe(false);
  });
});

describe('doc:noVat', () => {
  const bill = (note: string) => `Grafikdesign Weber
Rechnung Nr. 2025-031   Datum 03.04.2025
Logo-Entwurf                                      480,00 EUR
Gesamtbetrag                                      480,00 EUR
${note}`;

  it('marks every amount of a document that states it charges no VAT', () => {
    const cs = amountsOf(bill('Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.'));
    expect(cs.length).toBeGreaterThan(0);
    expect(cs.every((c) => c.features['doc:noVat'] === 1)).toBe(true);
  });

  it('none where no statement is printed', () => {
    expect(amountsOf(bill('Zahlbar innerhalb von 14 Tagen.')).some((c) => c.features['doc:noVat'])).toBe(false);
  });
});
