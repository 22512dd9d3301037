/**
 * European till receipts (synthetic OCR-like texts in the shape of fixtures/sweep15's slips): their
 * card schemes (Karte Maestro, Bankomat ...), Beleg-/Bon-/ticket numbers and "Belegdatum", a "…-BELEG"
 * title are till cues (doctype.ts); a date under another date's label (Anreise) standing in for a
 * garbled own date label is flagged (generic.ts). Controls: an A4 invoice naming a card stays an invoice;
 * a readable Belegdatum gives no such reason.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentType } from '../../src/extract/fields/doctype.js';

const page = (text: string) => [{ page: 1, text, source: 'ocr' as const, ocrConfidence: 0.9 }];
const fields = (text: string) => extractFields(page(text), { templates: [] });

const fuel = `     TANKSTELLE BERGSTRASSE
  Bergstrasse 4,  6300 Zug
        CHE-123.456.789 MWST

Datum 14.01.2026                09:12
Beleg-Nr.  41207

Saeule 3  Diesel
  30.00 l x 1.900               57.00

Total CHF                       57.00
Karte Maestro                   57.00

Total exkl.  MWST               52.73
MWST 8.1%                        4.27
              Gute Fahrt
`;

const night = `         TANKSTELLE NORD
     Ringstr. 12, 4020 Linz
12.01.2026                    21:05
Zapfsaeule 2 Benzin
  20.00 l x 1,650             33,00
SUMME EUR                     33,00
Bankomat                      33,00
Netto                         27,50
USt 20%                        5,50
`;

const minibar = `         HOTEL AM SEE
  Seestr. 5, 20099 Hamburg
           MINIBAR-BELEG
 Anreise 10.03.2026
 Belegdatum               11.03.2026
Mineralwasser                 9,00
Schokolade                    4,00
 Summe EUR                    13,00
 inkl. 19% MwSt                2,08
`;

describe('European till slips typed receipt', () => {
  it('a card line led by "Karte" and a scheme (Maestro), with a date and time: receipt', () => {
    expect(documentType(fuel, 1, 57, [], true)).toBe('receipt');
  });
  it('"Bankomat 33,00" is a card payment line: receipt', () => {
    expect(documentType(night, 1, 33, [], true)).toBe('receipt');
  });
  it('a "MINIBAR-BELEG" title and its "Belegdatum": receipt', () => {
    expect(documentType(minibar, 1, 13, [], true)).toBe('receipt');
  });
  it('control: an A4 invoice with a customer and a due date that names a card stays an invoice', () => {
    const a4 = `MUSTER GMBH\nRechnung Nr. 2026-118\nRechnungsempfaenger: Beispiel AG\nDatum 14.01.2026\nBeratung   1   900,00\nGesamt   900,00\nFaellig am 14.02.2026\nKarte Maestro 900,00\n`;
    expect(documentType(a4, 1, 900, [], true)).toBe('invoice');
  });
});

describe("a date under another date's label while the slip's own date is unreadable", () => {
  const folio = minibar.replace('11.03.2026', '11.63.2026');
  it('the arrival date standing in for a garbled "Belegdatum" is flagged', () => {
    const r = fields(folio);
    expect(r.invoiceDate?.value).toBe('2026-03-10');
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons.some((x) => /labelled as another date/.test(x))).toBe(true);
  });
  it('control: with the Belegdatum readable it is the date, and no such reason', () => {
    const r = fields(minibar);
    expect(r.invoiceDate?.value).toBe('2026-03-11');
    expect(r.reviewReasons.some((x) => /labelled as another date/.test(x))).toBe(false);
  });
});
