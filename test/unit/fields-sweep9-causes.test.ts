/**
 * The causes the ninth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: a self-billed invoice titled "Gutschrift"; payment terms that
 * give an early-payment discount's date and the net date in one sentence; one OCR'd `$` (an S
 * misread) on a German page; a car park's entry time above the payment; a till's date and time
 * joined by a word in capitals.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentType } from '../../src/extract/fields/doctype.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });

describe('a self-billed invoice titled "Gutschrift"', () => {
  const doc = (note: string, sign = '') => `Maschinenbau Keller GmbH
Vertriebsbüro Sommer                              Gutschrift-Nr.   GS-77
                                                  Datum            30.04.2025
Gutschrift
${note}
Provision April                                            ${sign}1.000,00
                                   Summe netto             ${sign}1.000,00
                                   USt 19 %                  ${sign}190,00
                                   Auszahlungsbetrag       ${sign}1.190,00`;

  it('is an invoice when the page says self-billing, in German or another language', () => {
    for (const note of ['Gutschrift im Gutschriftverfahren nach § 14 Abs. 2 Satz 2 UStG.', 'Abrechnung im Gutschriftsverfahren.', 'Self-billing: issued by the customer.', 'Autofacturation.']) {
      expect(documentType(doc(note), 1, 1190, []), note).toBe('invoice');
    }
  });

  it('control: a Gutschrift without it is a credit note, and so is a self-billed one with a negative total', () => {
    expect(documentType(doc('Wir schreiben Ihnen die Retoure gut.'), 1, 1190, [])).toBe('credit_note');
    expect(documentType(doc('Storno im Gutschriftverfahren.', '-'), 1, -1190, [])).toBe('credit_note');
  });
});
