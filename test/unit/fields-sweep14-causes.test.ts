/**
 * The causes the fourteenth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: Luxembourgish, Maltese and Welsh number, due, net and tax labels;
 * a reminder restating an invoice (its date is the invoice's, not the letter's); an invoice in an
 * e-mail printed from a mail client (the header's sent date, the browser's printing time); label words
 * an OCR text layer misread (rn for m, 1 for l, q for g); a due label OCR read with a letter too many.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, DATE, NUMBER, cues } from '../../src/extract/fields/lexicon.js';
import { mendMisreadLabels } from '../../src/extract/fields/misread.js';
import { mendDueWords } from '../../src/extract/fields/due-words.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr' = 'text'): PageText[] => [{ page: 1, text, source, ocrConfidence: source === 'ocr' ? 85 : null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });
const core = (t: string, source: 'text' | 'ocr' = 'text') => {
  const r = run(t, source);
  return { invoiceNumber: r.invoiceNumber?.value, invoiceDate: r.invoiceDate?.value, dueDate: r.dueDate?.value, subtotal: r.subtotal?.value, tax: r.tax?.value, total: r.total?.value };
};

describe('Luxembourgish, Maltese and Welsh labels', () => {
  it('knows the labels', () => {
    for (const l of ['Bezuelt bis', 'Ze bezuelen bis', 'Data tal-Ħlas', 'Data tal-Hlas', 'Dovut sa', 'Dyddiad talu', 'Talu erbyn']) expect([...cues(DATE, l)], l).toContain('due');
    for (const l of ['Is-gyfanswm', 'Cyfanswm heb TAW', 'Total ouni TVA', 'Total mingħajr VAT']) expect([...cues(AMOUNT, l)], l).toContain('net');
    for (const l of ['TAW 20%', 'TVA 17 %']) expect([...cues(AMOUNT, l)], l).toContain('tax');
    for (const l of ["Cyfanswm i'w dalu", 'Total dovut', 'Total mat TVA']) expect([...cues(AMOUNT, l)], l).toContain('totalStrong');
    for (const l of ['Rhif yr anfoneb', 'Rhif anfoneb', 'Numru tal-Fattura']) expect([...cues(NUMBER, l)], l).toContain('compound');
    // A VAT number and a bank account are numbers of something else.
    for (const l of ['Rhif TAW', 'rhif cyfrif']) expect([...cues(NUMBER, l)], l).toContain('other');
  });

  const doc = (title: string, no: string, date: string, due: string, net: string, tax: string, total: string) => `Gwasanaethau Enghraifft Cyf.
1 Stryd Fawr, Caerdydd CF10 1AA · ${no.includes('Rhif') ? 'Rhif TAW' : 'VAT'} GB 987 6543 21
                                                            ${no}                  EX-25-301
Cwsmer Enghraifft                                           ${date}                13/03/2025
Heol y Parc 4                                               ${due}                 14/04/2025
${title}
Item                                                        Nifer      Pris        Swm
Gwasanaeth A                                                   2     £400.00     £800.00
Gwasanaeth B                                                   1     £250.00     £250.00
                                                            ${net}                £1,050.00
                                                            ${tax}                  £210.00
                                                            ${total}              £1,260.00
Côd didoli 11-22-33, rhif cyfrif 87654321.`;
  const want = { invoiceNumber: 'EX-25-301', invoiceDate: '2025-03-13', dueDate: '2025-04-14', subtotal: 1050, tax: 210, total: 1260 };

  it('Welsh: "Rhif yr anfoneb", "Dyddiad talu", "Is-gyfanswm", "TAW 20%" (control: English labels)', () => {
    expect(core(doc('ANFONEB', 'Rhif yr anfoneb', 'Dyddiad', 'Dyddiad talu', 'Is-gyfanswm', 'TAW 20%', "Cyfanswm i'w dalu"))).toEqual(want);
    expect(core(doc('INVOICE', 'Invoice number', 'Date', 'Due date', 'Subtotal', 'VAT 20%', 'Total due'))).toEqual(want);
  });

  it('Luxembourgish "Bezuelt bis" and Maltese "Data tal-Ħlas" are due dates', () => {
    expect(core(doc('Rechnung', 'Rechnungsnummer', 'Datum', 'Bezuelt bis', 'Total ouni TVA', 'TVA 20 %', 'Total mat TVA')).dueDate).toBe('2025-04-14');
    expect(core(doc('FATTURA', 'Numru tal-Fattura', 'Data', 'Data tal-Ħlas', 'Total mingħajr VAT', 'VAT 20%', 'Total dovut')).dueDate).toBe('2025-04-14');
  });
});

describe("a reminder restates an invoice: the invoice's date, not the letter's", () => {
  const table = (title: string, head: string) => `Musterbau GmbH · Hafenweg 3 · 20457 Hamburg
                                                              Kundennummer            K-4410
Gärtnerei Beispiel
Ringstraße 9                                                  Datum                   06.06.2025
22111 Hamburg

${title}
Sehr geehrte Damen und Herren,
wir bitten Sie, den folgenden offenen Betrag zu begleichen:

${head}
2025-0533                 17.04.2025                 17.05.2025                 2.380,00 €

                                                  offener Betrag              2.380,00 €
                                                  Mahngebühr                      5,00 €
                                                  Gesamtforderung             2.385,00 €
Bitte überweisen Sie den Betrag bis zum 16.06.2025.`;
  const head = 'Rechnung Nr.              Rechnungsdatum             fällig am                  Betrag';

  it('"1. Mahnung", "Zahlungserinnerung", "Payment reminder": the restated invoice\'s date', () => {
    for (const t of ['1. Mahnung', 'Zahlungserinnerung', 'Payment reminder']) expect(run(table(t, head)).invoiceDate?.value, t).toBe('2025-04-17');
  });

  it('a column headed "du" / "vom" (the invoice\'s date), not the one headed "échéance"', () => {
    const fr = 'Facture n°                du                         échéance                   Montant';
    expect(run(table('Relance – facture impayée', fr)).invoiceDate?.value).toBe('2025-04-17');
    expect(run(table('Sollecito di pagamento', fr)).invoiceDate?.value).toBe('2025-04-17');
  });

  it('control: the same letter titled as an invoice, or "Mahnung" in a sentence, keeps its own date', () => {
    expect(run(table('Rechnung', head)).invoiceDate?.value).toBe('2025-06-06');
    expect(run(table('Bei Verzug erfolgt eine Mahnung mit Gebühr.', head)).invoiceDate?.value).toBe('2025-06-06');
  });
});

describe("an invoice in a printed e-mail: the header's sent date and the browser's printing time are not the invoice's", () => {
  const mail = (from: string, sent: string, to: string, subject: string, dateLabel: string) => `07/11/2025 09:30                                  Inbox - Mail
        ${from}               Accounts <accounts@example.example>
        ${sent}               Monday, 3 November 2025 10:12
        ${to}                 office@example.example
        ${subject}            Invoice INV-7781

        Please find our invoice below.

        Invoice number: INV-7781
        ${dateLabel}: 28/10/2025
        Due date: 27/11/2025

        Description                                        Qty      Price      Amount
        Consulting                                           4     150.00      600.00
                                                          Subtotal             600.00
                                                          VAT 20%              120.00
                                                          Total                720.00

        Kind regards

https://mail.example/inbox/id/AAQk                                               Page 1 of 1`;

  it('English, German, French, Dutch, Italian and Spanish headers', () => {
    for (const h of [['From:', 'Sent:', 'To:', 'Subject:'], ['Von:', 'Gesendet:', 'An:', 'Betreff:'], ['De :', 'Envoyé :', 'À :', 'Objet :'], ['Van:', 'Verzonden:', 'Aan:', 'Onderwerp:'], ['Da:', 'Inviato:', 'A:', 'Oggetto:'], ['De:', 'Enviado:', 'Para:', 'Asunto:']]) {
      const r = run(mail(h[0], h[1], h[2], h[3], 'Invoice date'));
      expect(r.invoiceDate?.value, h[1]).toBe('2025-10-28');
      expect(r.documentType, h[1]).toBe('invoice');
    }
  });

  it('a header "Date:" line too, against a bare "Date" label in the body', () => {
    expect(run(mail('From:', 'Date:', 'To:', 'Subject:', 'Date')).invoiceDate?.value).toBe('2025-10-28');
  });

  it('control: the same lines with no sender and recipient are no e-mail header, and the rule leaves them alone', () => {
    expect(run(mail('Account:', 'Sent:', 'Ref:', 'Note:', 'Invoice date')).invoiceDate?.value).toBe('2025-11-03');
  });

  it("the browser's printing time is no till's transaction time (control: a till slip's time still is)", () => {
    expect(run(mail('From:', 'Sent:', 'To:', 'Subject:', 'Invoice date').replace('Kind regards', 'Thank you for your business.')).documentType).toBe('invoice');
    const slip = `CORNER CAFE
12/03/2025 14:22
Flat white                 3.40
Croissant                  2.60
TOTAL                      6.00
VISA                       6.00
Thank you!`;
    expect(run(slip, 'ocr').documentType).toBe('receipt');
  });
});

describe('label words an OCR text layer misread: rn for m, 1 or | for l, 0 for o, q for g', () => {
  it('mends labels, keeps the line\'s length, leaves ordinary words and names alone', () => {
    const cases: [string, string][] = [
      ['Rechnungsnurnmer    GW-1', 'Rechnungsnummer     GW-1'],
      ['Invoice Nurnber: 12', 'Invoice Number : 12'],
      ['Gesarntbetraq EUR', 'Gesamtbetrag  EUR'],
      ['Zah1bar bis', 'Zahlbar bis'],
      ['Tota1 HT', 'Total HT'],
      ['Daturn', 'Datum '],
      ['lnvoice date', 'Invoice date'],
      // Controls: words that are no label either way, and labels read right.
      ['Modern Turnier Quittung', 'Modern Turnier Quittung'],
      ['G1asreinigung', 'G1asreinigung'],
      ['Rechnungsnummer', 'Rechnungsnummer'],
    ];
    for (const [read, want] of cases) {
      expect(mendMisreadLabels(read), read).toBe(want);
      expect(mendMisreadLabels(read).length, read).toBe(read.length);
    }
  });

  const doc = (label: string) => `Reinigung Beispiel GmbH · Ring 5 · 65205 Wiesbaden
                                                            ${label}                GW-2025-1087
Kanzlei Muster                                              Rechnungsdatum          31.10.2025
Wilhelmstraße 12, 65185 Wiesbaden                           Kundennummer            K-77
Rechnung
Pos.  Leistung                                                         Betrag €
1     Unterhaltsreinigung Oktober                                      1.390,00
                                                       Nettobetrag     1.390,00
                                                       USt 19 %          264,10
                                                       Gesamtbetrag    1.654,10`;

  it('the invoice number after "Rechnungsnurnmer" / "Rechnungs-Nurnmer" (control: "Rechnungsnummer")', () => {
    expect(run(doc('Rechnungsnurnmer')).invoiceNumber?.value).toBe('GW-2025-1087');
    expect(run(doc('Rechnungs-Nurnmer')).invoiceNumber?.value).toBe('GW-2025-1087');
    expect(run(doc('Rechnungsnummer ')).invoiceNumber?.value).toBe('GW-2025-1087');
  });
});

describe('a due label OCR read with one letter too many ("Echeéance")', () => {
  it('is mended, the line\'s length kept (control: an ordinary word two letters off is not)', () => {
    expect(mendDueWords('Echeéance   05/12/2025')).toBe('Échéance    05/12/2025');
    expect(mendDueWords('Zahlbarr bis 12.03.2025')).toBe('Zahlbar  bis 12.03.2025');
    expect(mendDueWords('Eschenallee 5')).toBe('Eschenallee 5');
  });

  it('gives the due date of a scanned invoice', () => {
    const scan = `Jardins Exemple EURL                                   Facture n°        JE-2025-219
M. Client                                              Date              21/11/2025
15 impasse des Oliviers                                Echeéance         -05/12/2025
FACTURE
Désignation                                       PU HT        Total HT
Débroussaillage                                  480,00          480,00
                                             Total HT            480,00 €
                                             TVA 20 %             96,00 €
                                             Total TTC           576,00 €`;
    expect(run(scan, 'ocr').dueDate?.value).toBe('2025-12-05');
  });
});
