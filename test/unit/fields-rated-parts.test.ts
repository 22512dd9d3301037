/** A totals block OCR damaged, mended by its VAT line's rate (rated.ts), and German compound total labels with a misread ending (lexicon.ts mendTotalWord). */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { mendTotalWord } from '../../src/extract/fields/lexicon.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { printedNowhere } from '../../src/extract/fields/amounts.js';

const ocr = (text: string) => [{ page: 1, text, source: 'ocr' as const, ocrConfidence: 0.8 }];
const row = (label: string, amount: string) => `${' '.repeat(44)}${label.padEnd(22)}${amount.padStart(14)}`;
const head = [
  '  Beispiel Tischlerei',
  '  Werkstattweg 4 - 12345 Musterstadt',
  '  Kunde GmbH                                  Rechnungsnr.          T-25-077',
  '  Hauptstr. 1                                 Datum               14.08.2025',
  '  Leistung                                 Menge         Preis          Betrag',
  '  Regal Eiche                                  1        410,00          410,00',
  '  Montage (Std.)                               3         48,00          144,00',
];

describe('a VAT line\'s rate mends a damaged totals block', () => {
  it('the net line unreadable (a shadow): tax = the USt line, net = total less it, as 19 % of it', () => {
    const text = [...head, row('Neto meen', ''), row('USt. 19%', '105,26 EUR'), row('Summe', '659,26 EUR')].join('\n');
    const r = extractFields(ocr(text), { templates: [] });
    expect([r.total?.value, r.subtotal?.value, r.tax?.value]).toEqual([659.26, 554, 105.26]);
  });
  it('the tax unreadable (its comma read as a point): tax = total less net, 19 % of the net', () => {
    const text = [...head, row('Nettobetrag', '554,00 €'), row('MwSt. 19 %', '1.0526€'), row('Rechnungsbetrag', '659,26 €')].join('\n');
    const r = extractFields(ocr(text), { templates: [] });
    expect([r.total?.value, r.subtotal?.value, r.tax?.value]).toEqual([659.26, 554, 105.26]);
  });
  it('control: a tax line whose rate does not fit the difference gives no tax of it', () => {
    const text = [...head, row('Nettobetrag', '554,00 €'), row('MwSt. 7 %', '1.0526€'), row('Rechnungsbetrag', '659,26 €')].join('\n');
    expect(extractFields(ocr(text), { templates: [] }).tax?.value).not.toBe(105.26);
  });
  it('control: with the net line printed and readable nothing is made up (the printed net is taken)', () => {
    const text = [...head, row('Netto', '554,00 EUR'), row('USt. 19%', '105,26 EUR'), row('Summe', '659,26 EUR')].join('\n');
    expect(documentCandidates(ocr(text)).amounts.filter(printedNowhere)).toEqual([]);
  });
});

describe('German compound total labels OCR misread at the ending', () => {
  it('mends Rechnungshetrag, Gesamtbetraq, Endsunme', () => {
    expect(mendTotalWord('Rechnungshetrag 7,00 Gesamtbetraq Endsunme')).toBe('Rechnungsbetrag 7,00 Gesamtbetrag Endsumme');
  });
  it('control: leaves right labels and other words alone (Nettobetrag, Bestellung, Kundennummer, Summe)', () => {
    expect(mendTotalWord('Nettobetrag Bestellung Kundennummer Summe')).toBe('Nettobetrag Bestellung Kundennummer Summe');
  });
});
