/**
 * Two causes behind non-core fields left wrong on documents the calibration-only refit would leave
 * unflagged (fixtures/sweep10), each on a document invented for the test, with a control: a
 * subtotal taken from the total's own printed amount when a lone line item repeats the value (a
 * margin-scheme invoice shows no net), and a payment schedule whose later instalment was given as
 * the due date.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe('a subtotal of the total\'s value', () => {
  const margin = `Gebrauchtwagen Sommer KG · Ringstraße 3 · 04109 Leipzig
Frau Anna Keller
Lindenweg 12
04177 Leipzig
Rechnung Nr. SO-2024-311
Leipzig, 03.09.2024
Wir liefern Ihnen folgendes Fahrzeug:
Opel Corsa 1.2, Erstzulassung 05/2017, km-Stand 81.400                              8.450,00 EUR
                                                          Gesamtbetrag             8.450,00 EUR
Differenzbesteuerung nach § 25a UStG. Die Umsatzsteuer wird nicht gesondert ausgewiesen.`;

  it('is not given when its likeliest occurrence is the total\'s own amount (a line item repeats the value)', () => {
    const r = run(margin);
    expect(r.total?.value).toBe(8450);
    expect(r.subtotal).toBeNull();
  });

  it('control: a tax-free invoice that prints a subtotal apart from the total keeps it', () => {
    const r = run(margin.replace('                                                          Gesamtbetrag', '                                                          Zwischensumme            8.450,00 EUR\n                                                          Gesamtbetrag'));
    expect(r.total?.value).toBe(8450);
    expect(r.subtotal?.value).toBe(8450);
  });
});

describe('a payment schedule', () => {
  const doc = (schedule: string) => `Menuiserie Arnaud SARL · 12 rue des Tanneurs · 21000 Dijon
                                                       Cabinet Vasseur
                                                       5 avenue Foch, 21000 Dijon
FACTURE
Numéro : MA-2024-118
Date : 02/04/2024
Désignation                                               Qté        P.U. HT     Total HT
Agencement bureau                                           1       9 000,00     9 000,00
                                                       Total HT              9 000,00 €
                                                       TVA 20 %              1 800,00 €
                                                       Total TTC            10 800,00 €
${schedule}`;

  it('is due from its first instalment', () => {
    const r = run(doc(`Échéancier de paiement
1re échéance (50 %)                        30/04/2024                 5 400,00 €
2e échéance (25 %)                         31/05/2024                 2 700,00 €
3e échéance (25 %)                         30/06/2024                 2 700,00 €`));
    expect(r.dueDate?.value).toBe('2024-04-30');
    expect(r.total?.value).toBe(10800);
  });

  it('control: a single due date is kept', () => {
    const r = run(doc(`Date d'échéance :                          31/05/2024`));
    expect(r.dueDate?.value).toBe('2024-05-31');
  });
});

describe('an implausible year', () => {
  it('marks a date whose year could not be mended, not one the extractor mended (that one carries yearRepaired)', async () => {
    const { documentCandidates } = await import('../../src/extract/fields/candidates.js');
    const d = documentCandidates([{ page: 1, text: 'KEDAI RUNCIT MAJU\nDATE: 12/03/2618\nTOTAL 12.50\n@#1/01/1970 xx', source: 'ocr', ocrConfidence: null }]);
    const mended = d.dates.find((c) => c.value === '2018-03-12');
    const garbage = d.dates.find((c) => c.value === '1970-01-01');
    expect(mended?.features['fmt:yearRepaired']).toBe(1);
    expect(mended?.features['fmt:yearImplausible']).toBeUndefined();
    expect(garbage?.features['fmt:yearImplausible']).toBe(1);
    expect(garbage?.features['fmt:yearRepaired']).toBeUndefined();
  });
});
