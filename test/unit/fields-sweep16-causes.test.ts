/**
 * The causes the sixteenth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: a phone number in the letterhead taken as the invoice number
 * (its digits follow a phone label, Tel. / Tél. / Fax / Mobil / GSM); a number label run together
 * with the document word ("RechnungNr.") with a scan's specks between it and the value; a section
 * of costs outside VAT under a heading of its own ("Débours (hors champ de TVA)", "Auslagen
 * (durchlaufende Posten)") between the fees' total and the note's total.
 */
import { describe, expect, it } from 'vitest';
import { withSplitThousandsJoined } from '../../src/extract/fields/split-amounts.js';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText, PageWord } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr'): PageText[] => [{ page: 1, text, source, ocrConfidence: source === 'ocr' ? 0.9 : null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });

describe('a phone number in the letterhead is no invoice number', () => {
  const doc = (phone: string, label: string) => `         Malerbetrieb Kurt Lange
         Lindenweg 7 - 37073 Göttingen - ${phone} 0551 4477 12

                                                 ${label}          MB-2026-019
         Familie Roth                            Datum                 12.02.2026
         Am Markt 3
         37083 Göttingen

         Rechnung
         Leistung                                    Menge       Preis €      Betrag €
         Wände streichen                                 1        640,00        640,00
                                                 Rechnungsbetrag                640,00 €
         Als Kleinunternehmer im Sinne von § 19 UStG wird keine Umsatzsteuer berechnet.`;

  it('with the number label unread (no label before the number), no phone digits are given', () => {
    for (const phone of ['Tel.', 'Telefon', 'Fax', 'Mobil', 'GSM', 'Tél.']) {
      const r = run(doc(phone, '~~~~~~~~~~~'), 'ocr');
      expect(String(r.invoiceNumber?.value ?? ''), phone).not.toMatch(/^0551|^4477|^12$/);
    }
  });

  it('control: the labelled number is given beside the phone line', () => {
    const r = run(doc('Tel.', 'Rechnung Nr.'), 'ocr');
    expect(r.invoiceNumber?.value).toBe('MB-2026-019');
  });

  it('"Phone No." names no document: its digits are no candidate; "Invoice No." still is', () => {
    const r = run(`Harbour Supplies Ltd
Phone No. 0207 946 0018
Invoice No. HS-4471          Date 03/02/2026
Rope 40 m                                        120.00
                                     Total        120.00 GBP`);
    expect(r.invoiceNumber?.value).toBe('HS-4471');
  });
});

describe('a number label run together with the document word, specks between it and its value', () => {
  it('"RechnungNr.   ~~   HB-…" and "FactureN°" give the number', () => {
    for (const label of ['RechnungNr.     ~~', 'FactureN°      ..', 'InvoiceNo.']) {
      const r = run(`     Hausdienste Weber
     Bahnhofstraße 2 - 30159 Hannover
                                                   ${label}    HD-2026-044
                                                   Datum              07.01.2026
     Leistung                                                         Betrag €
     Treppenhausreinigung                                              180,00
                                                   Rechnungsbetrag     180,00 €`, 'ocr');
      expect(r.invoiceNumber?.value, label).toBe('HD-2026-044');
    }
  });
});

describe('costs outside VAT in a section under a heading of their own, after the fees total', () => {
  const doc = (heading: string, closing: string, row = 'Frais de greffe') => `Cabinet Muller Avocats
12 rue Royale, L-2449 Luxembourg

Note d'honoraires n° 2026/031                         Date   14/01/2026
Désignation                                                        Montant EUR
Honoraires : 8 heures à 250,00                                          2.000,00
                                                 Total HTVA             2.000,00
                                                   TVA 17 %               340,00
                                       Total honoraires TVAC            2.340,00

${heading}
Désignation                                                        Montant EUR
${row.padEnd(74)}60,00
Frais d'huissier                                                          112,40

                                           ${closing}            2.512,40
                                             Provision versée          -1.000,00
                                                Solde à payer           1.512,40 EUR`;

  it('the note\'s total counts them: net + VAT + the section = total', () => {
    for (const heading of ['Débours (hors champ de TVA)', 'Auslagen (durchlaufende Posten)', 'Disbursements (outside the scope of VAT)']) {
      const r = run(doc(heading, 'Total de la note'));
      expect(r.total?.value, heading).toBe(2512.4);
      expect([r.subtotal?.value, r.tax?.value], heading).toEqual([2000, 340]);
    }
  });

  it('control: a section summed by its own "Total débours" row is counted once', () => {
    const r = run(doc('Débours (non soumis à TVA)', 'Total débours                 172,40\n                                           Total de la note', 'Frais de copie'));
    expect(r.total?.value).toBe(2512.4);
    expect([r.subtotal?.value, r.tax?.value]).toEqual([2000, 340]);
  });

  it('control: a heading with no outside-VAT words marks nothing (the fees total stays unexplained by the rows)', () => {
    const r = run(doc('Autres frais', 'Total de la note'));
    expect(r.total?.value === 2512.4 && (r.total?.confidence ?? 0) >= 0.9).toBe(false);
  });
});

describe('a totals block whose thousands the layout set a column apart ("8   829,60 €")', () => {
  const rows = [
    ['Total HT', '7', '358,00'],
    ['TVA 20 %', '1', '471,60'],
    ['Total TTC', '8', '829,60'],
  ];
  /** The page: each amount's leading digit at `leadX` (page widths), its group at 0.8502. */
  const page = (leadX: number): PageText => {
    const head = 'Facture n° EC-2025-12-0143 du 31/12/2025';
    const lines = [head, '', ...rows.map(([l, a, b]) => `${' '.repeat(100)}${l.padEnd(20)}${a}   ${b}   €`)];
    const words: PageWord[] = rows.flatMap(([l, a], i) => {
      const start = 100 + 20;
      const y = 0.1 + i * 0.0166;
      return [
        { row: i + 2, start, end: start + a.length, x: leadX, y, w: 0.0075, h: 0.0104 },
        { row: i + 2, start: start + a.length + 3, end: start + a.length + 9, x: 0.8502, y, w: 0.0453, h: 0.0104 },
      ];
    });
    return { page: 1, text: lines.join('\n'), source: 'text', ocrConfidence: null, words };
  };
  const go = (p: PageText) => extractFields([p], { templates: [], today: '2026-12-01' });

  it('the boxes one space apart join the digits: total 8829.60 = 7358.00 + 1471.60', () => {
    const r = go(page(0.8351));
    expect([r.total?.value, r.subtotal?.value, r.tax?.value]).toEqual([8829.6, 7358, 1471.6]);
  });

  it('control: a digit a column away on the page (a quantity) is no thousands group', () => {
    const r = go(page(0.7));
    expect(r.total?.value).not.toBe(8829.6);
  });

  // A page shown turned (/Rotate 90) gives its boxes as displayed: its lines run down the page, the
  // words of one line share an x and differ in y. A quantity and a price there ("3   420.00") stood
  // "less than a digit apart" on the x axis and were joined into 3 420.00 (rotated.test's sideways pages).
  const turned = (leadY: number): PageText => {
    const line = `Boundary survey, field work${' '.repeat(20)}3         420.00              1,260.00`;
    const at = line.indexOf('3 ');
    const g = line.indexOf('420.00');
    const words: PageWord[] = [
      { row: 0, start: at, end: at + 1, x: 0.4, y: leadY, w: 0.0104, h: 0.0075 },
      { row: 0, start: g, end: g + 6, x: 0.4, y: 0.62, w: 0.0104, h: 0.0453 },
    ];
    return { page: 1, text: line, source: 'text', ocrConfidence: null, words };
  };

  it('on a page shown turned, the gap is measured along the line: a quantity a column away stays apart', () => {
    expect(withSplitThousandsJoined([turned(0.5)])[0].text).toBe(turned(0.5).text);
  });

  it('control: on a page shown turned, digits one space apart along the line are joined', () => {
    expect(withSplitThousandsJoined([turned(0.6088)])[0].text).toMatch(/ 3 420\.00 /);
  });
});

describe('an Italian "Netto a pagare" after a ritenuta d\'acconto is what is paid, not a net amount', () => {
  const doc = (last: string) => `Studio Tecnico Rossi
Via Roma 4, 20121 Milano                                   P.IVA 01234560509
Fattura n. 12/2026                                         Data 10/02/2026
Prestazione professionale                                         1.000,00
Cassa previdenza 4 %                                                 40,00
                                            Imponibile            1.040,00
                                             IVA 22 %               228,80
                                        Totale fattura            1.268,80
                     Ritenuta d'acconto 20 % su € 1.000,00          -200,00
                                        ${last}           € 1.068,80`;

  it('the subtotal is the Imponibile, the total the Totale fattura', () => {
    const r = run(doc('Netto a pagare'));
    expect([r.total?.value, r.subtotal?.value, r.tax?.value]).toEqual([1268.8, 1040, 228.8]);
  });

  it('control: "Totale netto" and "Nettó" still name a net amount', async () => {
    const { AMOUNT, cues } = await import('../../src/extract/fields/lexicon.js');
    expect(cues(AMOUNT, 'Totale netto').has('net')).toBe(true);
    expect(cues(AMOUNT, 'Nettó összesen').has('net')).toBe(true);
  });
});

describe('"Date d\'exigibilité" is a due date', () => {
  const doc = (label: string) => `Cabinet Dupont Immobilier · Syndic
Appel de fonds                       N° d'appel   2026-T2-004
                                     Date         05/03/2026
Budget prévisionnel (quote-part)                        412,00
                                  Total à payer         412,00 €
${label} : 01/04/2026. Merci de régler par virement.`;

  it('the date after it is due, the issue date stays', () => {
    const r = run(doc("Date d'exigibilité"));
    expect([r.invoiceDate?.value, r.dueDate?.value]).toEqual(['2026-03-05', '2026-04-01']);
  });

  it('control: an unlabelled date in the same sentence is no due date', () => {
    const r = run(doc('Votre relevé'));
    expect(r.invoiceDate?.value).toBe('2026-03-05');
    expect(r.dueDate?.value ?? null).not.toBe('2026-04-01');
  });
});

describe('a dimension under the document title is no invoice number', () => {
  const doc = (item: string) => `Fliesen Kaya · Neckarauer Str. 40 · 68199 Mannheim
                                                         Datum        12.03.2025
         Rechnung
         Bodenfliesen ${item} verlegen                                  1.176,00
                                              Gesamtbetrag              1.176,00 €`;

  it('"60x60" and "30×60" under "Rechnung" are sizes', () => {
    for (const item of ['60x60', '30×60', '120x60']) expect(run(doc(item), 'ocr').invoiceNumber?.value ?? null, item).toBeNull();
  });

  it('control: an identifier under the title is still a candidate', () => {
    expect(run(doc('RG-4471'), 'ocr').invoiceNumber?.value).toBe('RG-4471');
  });
});
