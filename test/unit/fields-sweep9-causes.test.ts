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
import { DATE, cues } from '../../src/extract/fields/lexicon.js';
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

describe('payment terms with an early-payment discount and the net date', () => {
  const doc = (terms: string) => `Baustoffe Lindner KG
Rechnung Nr. 2025-311                              Rechnungsdatum 12.05.2025
Zement 25 kg                                                    500,00
                                 Summe netto                    500,00
                                 USt 19 %                        95,00
                                 Rechnungsbetrag                595,00
${terms}`;

  it('the net date is the due date, not the discount date', () => {
    expect(run(doc('Zahlbar bis 26.05.2025 abzüglich 2 % Skonto (583,10 EUR) oder bis 11.06.2025 netto.')).dueDate?.value).toBe('2025-06-11');
    expect(run(doc('Zahlbar bis 26.05.2025 mit 3 % Skonto, bis 11.06.2025 ohne Abzug.')).dueDate?.value).toBe('2025-06-11');
  });

  it('a discount date alone is no due date', () => {
    expect(run(doc('Zahlbar bis 26.05.2025 mit 2 % Skonto, sonst 30 Tage netto.')).dueDate?.value).not.toBe('2025-05-26');
  });

  it('control: a due date beside a discount in another clause stays the due date', () => {
    expect(run(doc('Zahlbar bis 11.06.2025.')).dueDate?.value).toBe('2025-06-11');
    expect(run(doc('Fällig am 11.06.2025, 2 % Skonto bei Zahlung innerhalb von 8 Tagen.')).dueDate?.value).toBe('2025-06-11');
  });
});

describe("one OCR'd dollar sign on a German page", () => {
  const doc = (item: string, sign = '', amounts = 'EUR') => `Blechbau Sauter KG
Rechnungsnummer 2025-10-0562            Rechnungsdatum 22.10.2025
1   ${item}                                      539,00
2   Kanten                                                     168,00
                                   Summe netto                 707,00
                                   USt 19 %                    134,33
                                   Endbetrag ${amounts}       ${sign}841,33
Sauter KG · 72760 Reutlingen · USt-IdNr. DE145566778 · IBAN DE36 6405 0000 0000 5566 77`;

  it('an S read as `$` beside a code ("S235" steel) does not make the page USD at a sign\'s confidence', () => {
    const c = run(doc('Laserschneiden Blech $235, 3 mm', '', ''), 'ocr').currency;
    expect(c?.value).toBe('EUR');
    expect(c?.confidence).toBeLessThan(0.9);
  });

  it('control: a dollar at the total, or a text page, keeps its dollar', () => {
    expect(run(doc('Laserschneiden Blech S235, 3 mm', '$', ''), 'ocr').currency?.value).toBe('USD');
    expect(run(doc('Laserschneiden Blech $235, 3 mm', '', ''), 'text').currency?.value).toBe('USD');
  });
});

describe("a car park's entry time", () => {
  it('"Einfahrt", "Entrée", "Entry" are dates of something else', () => {
    for (const l of ['Einfahrt', 'Einfahrtszeit', 'Entrée', 'ENTRY', 'Inrit']) expect([...cues(DATE, l)], l).toContain('other');
    expect([...cues(DATE, 'Datum')]).not.toContain('other');
  });

  it('the day paid is the date, not the entry the night before', () => {
    const r = run(
      `PARKHAUS MITTE
QUITTUNG
Ticket-Nr.             0047118823
Einfahrt         13.03.2025 22:14
Ausfahrt bis     14.03.2025 08:11
BETRAG                 12,00 EUR
darin 19% MwSt          1,92  EUR
Bezahlt          14.03.2025 07:51`,
      'ocr',
    );
    expect(r.invoiceDate?.value).toBe('2025-03-14');
  });
});

describe("a till's date and time joined by a word in capitals", () => {
  const body = (when: string) => `STATION AUTO 24/24
${when}
PISTOLET                       04
MONTANT REEL            67,20 EUR
DONT TVA 20,00%         11,20 EUR
TICKET CLIENT
`;
  it('"LE 15/07/25 A 18:02" is a transaction time: a receipt', () => {
    for (const when of ['LE 15/07/25 A 18:02', 'AM 14.03.2025 UM 07:51', '03/14/2025 AT 07:51']) expect(documentType(body(when), 1, 67.2, []), when).toBe('receipt');
  });
  it('control: the date without a time is no receipt by itself', () => {
    expect(documentType(body('LE 15/07/25'), 1, 67.2, [])).toBe('invoice');
  });
});

describe("a hotel folio's VAT table beside a tourist tax outside VAT", () => {
  const folio = (tourist: string) => `HOTEL DU PORT
Facture N°  48812                                  Date 18/09/2025
Date        Prestation                                   Montant TTC
16/09/2025  Chambre double                                    145,00
16/09/2025  Petit-déjeuner x 2                                 32,00
17/09/2025  Parking                                            18,00
18/09/2025  ${tourist}                                          9,20
                  TVA 10 % — HT 160,91                         16,09
                  TVA 20 % — HT 15,00                           3,00
                  Total TTC                                   204,20 €
                  Solde                                         0,00`;

  it('the rates\' taxes are the tax, and the net is all that is not VAT', () => {
    for (const tourist of ['Taxe de séjour 2 pers. x 2 nuits', 'Kurtaxe 2 Pers.', 'City tax 2 guests']) {
      const r = run(folio(tourist), 'ocr');
      expect(r.total?.value, tourist).toBe(204.2);
      expect(r.tax?.value, tourist).toBe(19.09);
      expect(r.subtotal?.value, tourist).toBe(185.11);
    }
  });

  it('control: the same amount with no word for a tax outside VAT reconciles nothing', () => {
    const r = run(folio('Minibar'), 'ocr');
    expect(r.tax?.value).not.toBe(19.09);
  });
});

describe('line items: an area unit, and the goods value that ends the table', () => {
  const invoice = (unit: string, foot: string) => `Dachbau Keller GmbH
Rechnung Nr. 2025-118                                  Rechnungsdatum 23.06.2025
Pos.   Leistung                                Menge Einh.        EP €         GP €
01     Gerüst stellen                              1 psch      2.850,00     2.850,00
02     Dacheindeckung abbrechen                  186 ${unit}         14,50     2.697,00
03     Lattung erneuern                          186 ${unit}         18,90     3.515,40
                              ${foot}                                   9.062,40
                              USt 19 % auf 9.062,40                     1.721,86
                              Rechnungsbetrag EUR                      10.784,26`;

  it('a quantity in m² or m³ is a row; a "Warenwert netto" line ends the table', () => {
    for (const unit of ['m²', 'm³']) {
      const r = run(invoice(unit, 'Warenwert netto'));
      expect(r.lineItems.map((l) => l.amount), unit).toEqual([2850, 2697, 3515.4]);
      expect(r.reviewReasons.filter((x) => x.startsWith('line items')), unit).toEqual([]);
    }
    expect(run(invoice('m', 'Nettowarenwert')).lineItems).toHaveLength(3);
  });

  it('control: a plain unit under a Zwischensumme was read before', () => {
    expect(run(invoice('m', 'Zwischensumme')).lineItems.map((l) => l.amount)).toEqual([2850, 2697, 3515.4]);
  });
});
