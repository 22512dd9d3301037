/**
 * Causes the fifteenth sweep (fixtures/sweep15, till receipts as photos) and the sixteenth showed, on
 * texts in their shape: OCR reads the koruna's "Kč" as "Ké" (the caron turned), and a Czech receipt
 * that prints no other currency sign had no currency (controls: the same words in a text layer, and a
 * page in another language, give no koruna); a hand-filled Quittung whose title line holds its number
 * and amount, or starts with OCR noise, was typed invoice (control: an invoice paid in cash).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const run = (text: string, source: 'text' | 'ocr') =>
  extractFields([{ page: 1, text, source, ocrConfidence: source === 'ocr' ? 0.8 : null }] as PageText[], { templates: [], today: '2026-12-01' });

const slip = (sign: string) => `           KAVARNA NA ROHU s.r.o.
        Dlouha 4, 110 00 Praha 1
             DIC CZ12345678
        Uctenka c. 2026/00112
        Datum: 12.03.2026          09:12
        Espresso
          2 x 55,00                   110,00
        Croissant                      45,00
        Celkem ${sign}                      155,00
        Platba kartou                 155,00
        Sazba     Zaklad     DPH
        12 %      138,39    16,61
            Dekujeme za navstevu
`;

describe('the koruna sign as OCR misreads it', () => {
  for (const sign of ['Ké', 'Kc']) {
    it(`"Celkem ${sign}" on a Czech slip read by OCR: CZK`, () => {
      expect(run(slip(sign), 'ocr').currency?.value).toBe('CZK');
    });
  }

  it('control: the same slip in a text layer (no OCR) is not given the koruna', () => {
    expect(run(slip('Ké'), 'text').currency?.value).not.toBe('CZK');
  });

  it('control: "Kc" beside an amount on a German slip is no koruna', () => {
    const r = run(`Baeckerei Beispiel
Hauptstr. 1, 10115 Berlin
Datum: 12.03.2026
Kaffee                               3,20
Summe Kc                             3,20
MwSt 19 %                            0,51
Vielen Dank
`, 'ocr');
    expect(r.currency?.value).not.toBe('CZK');
  });
});

describe('a hand-filled receipt form is a receipt', () => {
  const form = (title: string, thanks: string) => `${title}
                                            Netto EUR          240,00
                                            +19 % MwSt. EUR     45,60
                                            Gesamt EUR         285,60
Euro in Worten  zweihundertfünfundachtzig 60/100
von            Familie Beispiel, Lübeck
für            Reparatur Dachrinne
${thanks}
Ort / Datum  Lübeck, 12.03.2026
                                             Stempel / Unterschrift des Empfängers
`;
  for (const [title, thanks] of [
    ['QUITTUNG                      Nr   23             EUR|   285,60', 'richtig erhalten zu haben, bestätigt'],
    ['I              QUITTUNG\n      Nr.  17', 'dankend erhalten,'],
  ] as const) {
    it(`"${title.trim().split(/\s+/)[0]} … ${thanks}": receipt`, () => {
      expect(run(form(title, thanks), 'ocr').documentType).toBe('receipt');
    });
  }

  it('control: an invoice paid in cash ("Betrag dankend erhalten") under its invoice title stays an invoice', () => {
    const r = run(`Schlüsseldienst Beispiel · Hafenstr. 2 · 44135 Dortmund
RECHNUNG                                     Rechnung Nr.  SD-2025-118
                                             Datum         22.06.2025
Türöffnung Notdienst                                            120,00
                                            Netto EUR          120,00
                                            19 % MwSt.          22,80
                                            Gesamt EUR         142,80
Betrag von 142,80 € in bar dankend erhalten, Dortmund, 22.06.2025.
`, 'text');
    expect(r.documentType).toBe('invoice');
  });
});
