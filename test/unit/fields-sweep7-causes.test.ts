/**
 * The causes the seventh held-out sweep showed (invoicing-software layouts, rent, subscriptions,
 * Portuguese invoices, phone photos and scans, restaurant receipts), each on a document invented
 * for the test in the shape of the cause: a tip added to a bill and the total paid after it; a
 * decimal comma OCR lost before a currency sign; an invoice date years ahead (an OCR misread year);
 * a due date in "exigible le 1er ..."; a paid subscription's next debit; the billing software's
 * certificate number in a footer; a till's total whose label OCR spaced out ("TOTAL  A  PAYER") and
 * its card payment; a till's VAT table of one rate; a restaurant bill titled "Rechnung".
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, DATE, NUMBER, cues } from '../../src/extract/fields/lexicon.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { leftWords } from '../../src/extract/fields/context.js';
import { euroAddress } from '../../src/extract/fields/locale.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr' = 'text'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });

describe('a tip added to the bill', () => {
  it('knows the words, and a total that includes the tip is a total', () => {
    for (const l of ['Tip', 'Gratuity', 'Pourboire', 'Trinkgeld', 'Propina', 'Mancia', 'Fooi', 'Gorjeta', 'Tip amount']) expect([...cues(AMOUNT, l)], l).toContain('tip');
    const total = documentCandidates(pages('Total incl. tip     68.50\nTip amount     5.00')).amounts;
    expect(total[0].features['seg:tip']).toBeUndefined();
    expect(total[0].features['seg:totalStrong']).toBe(1);
    expect(total[1].features['seg:tip']).toBe(1);
    expect(total[1].features['seg:totalWeak']).toBeUndefined();
  });

  it('the card slip: the total paid after the tip is the total; net and tax stay the bill’s', () => {
    const r = run(
      `BRASSERIE DU MARCHE
12 rue des Halles, 69001 Lyon

3 PLAT DU JOUR            42,00 B
1 CARAFE VIN ROUGE        18,00 C
2 CAFE                     5,00 B

TOTAL TTC              65,00 EUR
TVA     HT      TVA
B 10%  42,73   4,27
C 20%  15,00   3,00
21/05/2025 13:10

CARTE BANCAIRE
MONTANT                65,00 EUR
POURBOIRE               6,50 EUR
TOTAL                  71,50 EUR`,
      'ocr',
    );
    expect(r.total?.value).toBe(71.5);
    expect(r.subtotal?.value).toBe(57.73);
    expect(r.tax?.value).toBe(7.27);
    // The tip makes up the difference: no "subtotal + tax does not equal total" reason.
    expect(r.reviewReasons.filter((x) => x.includes('does not equal'))).toEqual([]);
  });

  it('a German bill: Summe, the tax it holds, Trinkgeld and the Gesamt paid', () => {
    const r = run(
      `Wirtshaus am Markt
Marktplatz 3, 93047 Regensburg
Tisch 4     Bed.: Sepp

2 Schnitzel Wiener Art        37,80
2 Radler 0,5l                  8,60

Summe                         46,40 EUR
enth. MwSt 19%                 7,41
Netto                         38,99

Trinkgeld                      3,60
Gesamt                        50,00 EUR
Bezahlt Karte                 50,00
12.07.2025  19:48`,
      'ocr',
    );
    expect(r.total?.value).toBe(50);
    expect(r.subtotal?.value).toBe(38.99);
    expect(r.tax?.value).toBe(7.41);
  });

  it('a bill whose tax lines stand between its total and the tip', () => {
    const r = run(
      `Trattoria Roma
Via Garibaldi 5, 80331 München

1 Pizza Margherita              9,50
1 Bier 0,5l                     4,60

Summe                          14,10 EUR
enth. MwSt 7%                   0,62
enth. MwSt 19%                  0,73
Netto                          12,75

Kartenzahlung
Trinkgeld                       1,40
Gesamt                         15,50 EUR
20.06.2025  21:15`,
      'ocr',
    );
    expect(r.total?.value).toBe(15.5);
  });

  it('a restaurant bill headed "Rechnung Nr." with a table number and a card payment line is a receipt', () => {
    const r = run(
      `Gasthof zur Linde
Lindenstr. 2, 79098 Freiburg
Tisch 7            Bed.: Anna
Rechnung Nr. 88120

2 Flammkuchen                 19,80
2 Apfelschorle 0,4l            7,60

Summe                         27,40
enth. MwSt 19%                 4,37
Netto                         23,03

Bezahlt Visa                  27,40
03.05.2025  13:02`,
      'ocr',
    );
    expect(r.documentType).toBe('receipt');
    expect(r.total?.value).toBe(27.4);
    // No currency printed anywhere: a German address and "MwSt" say euro, as a hint below review.
    expect(r.currency?.value).toBe('EUR');
    expect(r.currency?.confidence).toBeLessThan(0.9);
  });

  it('a German or French address hints at the euro; a Swiss or Austrian one (four digits) does not', () => {
    expect(euroAddress('Lindenstr. 2, 79098 Freiburg\nenth. MwSt 19%')).toBe(true);
    expect(euroAddress('2 quai Cronstadt\n83000 TOULON\nTVA 10%')).toBe(true);
    expect(euroAddress('Rue du Lac 4, 1003 Lausanne\nTVA 8,1%')).toBe(false);
    expect(euroAddress('Hauptplatz 4, 4020 Linz\nUSt. 20%')).toBe(false);
    expect(euroAddress('Lindenstr. 2, 79098 Freiburg')).toBe(false);
  });

  it('a tip line with no total paid printed: the bill’s total is not given with confidence', () => {
    const r = run(
      `THE HARBOUR GRILL
1 Quay Street, Bristol

2 Fish and chips            25.00
2 Pale ale                  11.00

TOTAL                 £36.00
VAT 20% incl.          £6.00
12/05/2025 20:14
Gratuity                £4.00`,
      'ocr',
    );
    expect(r.total?.value).toBe(36);
    expect(r.total?.confidence).toBeLessThanOrEqual(0.5);
    expect(r.needsReview).toBe(true);
  });

  it('a suggested tip is no tip given', () => {
    const r = run(
      `THE HARBOUR GRILL
1 Quay Street, Bristol

2 Fish and chips            25.00
2 Pale ale                  11.00

TOTAL                 $36.00
Suggested tip 15%      $5.40
12/05/2025 20:14`,
      'ocr',
    );
    expect(r.total?.value).toBe(36);
    expect(r.total?.confidence).toBeGreaterThan(0.5);
  });
});

describe('a decimal comma OCR lost before a currency sign', () => {
  const text = `Fensterbau Kramer
Ringstr. 4 - 34117 Kassel

Rechnung Nr. FK-25-118
Datum: 03.06.2025

Leistung                                               Betrag
Fenster abdichten                                      12000€
Material                                               38,50 €
Anfahrt                                                25,00 €

                                  Nettobetrag         183,50 €
                                  19 % MwSt.            3487€
                                  Gesamtbetrag         21837€`;

  it('reads the whole numbers glued to the sign with the cents the page writes everywhere else', () => {
    const r = run(text, 'ocr');
    expect(r.total?.value).toBe(218.37);
    expect(r.subtotal?.value).toBe(183.5);
    expect(r.tax?.value).toBe(34.87);
  });

  it('leaves a text PDF’s amounts as printed, and a page that writes whole amounts', () => {
    expect(documentCandidates(pages(text, 'text')).amounts.some((a) => a.value === 21837)).toBe(true);
    const whole = documentCandidates(pages('Honoraires          1500€\nFrais               200€\nTotal               1700€', 'ocr')).amounts.map((a) => a.value);
    expect(whole).toEqual([1500, 200, 1700]);
  });
});

describe('an invoice date years ahead', () => {
  it('is an OCR misread year: not given with confidence', () => {
    const r = run(
      `ELEKTRO WAGNER GMBH
Hauptstr. 5, 80331 München

Rechnung Nr. 2025-311
Rechnungsdatum: 14.05.2055

Nettobetrag          100,00 EUR
MwSt 19 %             19,00 EUR
Gesamtbetrag         119,00 EUR`,
      'ocr',
    );
    expect(r.invoiceDate?.value).toBe('2055-05-14');
    expect(r.invoiceDate?.confidence).toBeLessThanOrEqual(0.5);
    expect(r.reviewReasons.some((x) => x.includes('more than a year in the future'))).toBe(true);
  });
});

describe('due dates and next debits in sentences', () => {
  const invoice = (sentence: string) => `Cabinet Martin Immobilier
8 rue Nationale, 37000 Tours

Facture n° F-2025-044
Date : 14/03/2025

Loyer HT                   1 000,00 €
TVA 20 %                     200,00 €
Total TTC                  1 200,00 €

${sentence}`;

  it('reads "exigible le 1er avril 2025" as the due date', () => {
    expect(DATE.due.test('exigible le')).toBe(true);
    expect(run(invoice('Terme payable d’avance, exigible le 1er avril 2025.')).dueDate?.value).toBe('2025-04-01');
  });

  it('the next debit of a paid subscription is no due date', () => {
    for (const l of ['Prochain prélèvement le', 'Next payment on', 'Nächste Abbuchung am', 'Volgende incasso op']) expect(DATE.next.test(l), l).toBe(true);
    expect(run(invoice('Payée le 14/03/2025. Prochain prélèvement le 14 avril 2025.')).dueDate).toBeNull();
    expect(run(invoice('Next payment will be debited on 14 April 2025.')).dueDate).toBeNull();
  });
});

describe("the billing software's certificate number", () => {
  it('is a number of something else', () => {
    for (const l of ['Processado por programa certificado n.º', 'Software certificate no.', 'Certified software no.']) expect([...cues(NUMBER, l)], l).toContain('other');
  });

  it('a Portuguese invoice: its own number, not the certificate in the footer', () => {
    const r = run(`Oficina Silva, Lda.
Rua Direita 10 · 3000-150 Coimbra
NIF 508765432

Fatura                Data de emissão          Data de vencimento
FT 2025B/17           2025-04-10               2025-05-10

Descrição                                   Valor
Reparação                                  200,00

                      Total ilíquido       200,00 €
                      IVA 23%               46,00 €
                      Total a pagar        246,00 €

Processado por programa certificado n.º 1234/AT`);
    expect(r.invoiceNumber?.value).toBe('FT 2025B/17');
  });
});

describe('a till receipt’s totals block', () => {
  it('keeps a one-letter word OCR spaced out inside a label', () => {
    const line = '   TOTAL  A  PAYER       39,81  EUR';
    expect(leftWords(line, line.indexOf('39,81'))).toBe('TOTAL A PAYER');
    // A lone letter with no word before it is no part of the label.
    const coded = '   B  14,00';
    expect(leftWords(coded, coded.indexOf('14,00'))).toBe('');
    for (const l of ['CARTE BANCAIRE', 'EC-Karte', 'Girocard', 'Tarjeta', 'Cartão']) expect([...cues(AMOUNT, l)], l).toContain('tendered');
  });

  it('a pharmacy ticket: the total to pay, not the first row of its VAT table', () => {
    const r = run(
      `PHARMACIE DU CENTRE
3 place de la Mairie, 31000 Toulouse

   SIROP TOUX 200ML            6,90 2
   PANSEMENTS X20              4,20 3
   CREME MAINS 75ML           12,50 3

   3 ARTICLES
   TOTAL  A  PAYER       23,60  EUR
   CARTE BANCAIRE              23,60

   TVA   TAUX    HT      TVA
   2    10,00%   6,27    0,63
   3    20,00%  13,92    2,78

   05/03/2025 09:12        Caisse 01`,
      'ocr',
    );
    expect(r.total?.value).toBe(23.6);
    expect(r.subtotal?.value).toBe(20.19);
    expect(r.tax?.value).toBe(3.41);
  });

  it('a hardware store slip with a VAT table of one rate: its row is the net and the tax', () => {
    const r = run(
      `BAUMARKT SONNE
Industriestr. 8, 04109 Leipzig

   Schrauben 4x40 200St        8,99  1
   Holzleim 750g               7,49  1
   Farbrolle 18cm
     2 St  x 4,49              8,98  1
   Kabeltrommel 25m           34,99  1

   5 Artikel
   ZU  ZAHLEN  EUR             60,45
   EC-Karte                    60,45

   MwSt  1 19%  50,80  9,65

   14.09.2025 10:02       Bon 1182`,
      'ocr',
    );
    expect(r.total?.value).toBe(60.45);
    expect(r.subtotal?.value).toBe(50.8);
    expect(r.tax?.value).toBe(9.65);
  });
});
