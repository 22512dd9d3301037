/**
 * The causes the twentieth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: a hire's pick-up and return date-times in the meta box beside
 * the invoice date; a form's "Ort / Datum" box under which the form was dated, beside a service date
 * typed in its "für" box; a reminder whose title stands beside the letterhead, not on a line of its
 * own; a deadline worded "Zahlung bis:".
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, ocr = false): PageText[] => [{ page: 1, text, source: ocr ? 'ocr' : 'text', ocrConfidence: ocr ? 80 : null }];
const run = (t: string, ocr = false) => extractFields(pages(t, ocr), { templates: [], today: '2026-12-01' });

describe("a hire's pick-up and return date-times beside the invoice date", () => {
  const rental = (a: string, b: string) => `Autovermietung Nord GmbH                                                                                                                    Rechnung
Hafenstraße 4 · 24103 Kiel
USt-IdNr. DE301122334

Autovermietung Nord GmbH   · Hafenstraße 4 · 24103 Kiel

Förde Bau GmbH                                                                                      Rechnung Nr.                                 KV-55012
Am Ufer 9                                                                                           Rechnungsdatum                               10.03.2026
24105 Kiel                                                                                          Mietvertrag                                 MV-26-0071
                                                                                                    ${a}                                02.03.2026 08:00
                                                                                                    ${b}                                06.03.2026 17:30

Pos.     Bezeichnung                                                                                         Menge            Einzelpreis              Betrag

1        Transporter 3,5 t, Tagesmiete 02.03.–06.03.2026                                                             4             89,00               356,00
2        Mehrkilometer (Freikilometer 800)                                                                        186               0,29                53,94
3        Betankung Diesel 34,6 l × 2,19                                                                              1             75,77                75,77
4        Tankservicepauschale                                                                                        1             15,00                15,00
5        Innenreinigung                                                                                              1             40,00                40,00
6        Schadenspauschale Kratzer Heckklappe (Schadensersatz,                                                       1            350,00               350,00
         nicht steuerbar)

                                                                                                               Summe Positionen netto                  890,71
                                                                                                          davon steuerpflichtig (19 %)                 540,71
                                                                                                                               19 % MwSt               102,73
                                                                                                                            Gesamtbetrag               993,44

Der Gesamtbetrag wird der bei Anmietung hinterlegten Kreditkarte belastet.
Die Schadenspauschale ist echter Schadensersatz und unterliegt nicht der Umsatzsteuer.

                                                     Autovermietung Nord GmbH   · Hafenstraße 4 · 24103 Kiel`;

  it('gives the Rechnungsdatum, not the return date-time (German, English, French labels)', () => {
    for (const [a, b] of [['Abholung', 'Rückgabe'], ['Pick-up ', 'Return  '], ['Retrait ', 'Restitution']] as const) {
      expect(run(rental(a, b)).invoiceDate?.value, b).toBe('2026-03-10');
    }
  });

  it("control: a till receipt's date-time with no other date is its date", () => {
    const r = run(`Baumarkt Kiel\nHammer             12,90\nSUMME EUR          12,90\nenth. MwSt 19%      2,06\n06.03.2026 17:30   Bon 4411`);
    expect(r.invoiceDate?.value).toBe('2026-03-06');
  });
});

describe('a form dated under its "Ort / Datum" box', () => {
  const form = (label: string) => `QUITTUNG                                                         Nr. 0347
                                          Netto EUR                 420,00
                                          + 19 % MwSt. EUR           79,80
                                          Gesamt EUR                499,80
 von
  Heimatverein Lindenberg e.V., Marktplatz 3, 88161 Lindenberg
 für
  Saalmiete Festsaal für Vereinsabend am 07.03.2026
richtig erhalten zu haben, bestätigt
 ${label}                                     Stempel / Unterschrift des Empfängers
  Heimenkirch,  09.03.2026                        Festsaal Allgäuer Hof`;

  it('gives the date filled in under "Ort / Datum" (and "Lieu et date", "Place / Date"), not the service date in "für"', () => {
    for (const label of ['Ort / Datum', 'Lieu et date', 'Place / Date']) expect(run(form(label), true).invoiceDate?.value, label).toBe('2026-03-09');
  });

  it('control: under another label (a signature box) the place and date are not taken as the form\'s date', () => {
    expect(run(form('Unterschrift'), true).invoiceDate?.value).toBe('2026-03-07');
  });
});

describe("a reminder's title beside the letterhead", () => {
  const letter = (title: string) => `Sprachschule Nord GmbH                                                              ${title}
Karlstraße 17 · 96049 Bamberg
USt-IdNr. DE276612093

                                                         Datum:                 20.03.2026
Regnitz Verpackungen GmbH                                Kunden-Nr.:            10-2281
Gundelsheimer Straße 90                                  Betrifft:              Rechnung Nr. 2026-0412
96052 Bamberg                                            Rechnungsdatum:        12.02.2026
                                                         ursprünglich fällig:   26.02.2026

Pos.  Bezeichnung                                  Menge    Einzelpreis      Betrag
1     Firmenkurs Englisch B2                          12          48,00      576,00
                                               Rechnungsbetrag netto         576,00
                                               19 % USt                      109,44
                                               Offener Betrag                685,44`;

  it('gives the restated invoice\'s date, not the letter\'s (Zahlungserinnerung, 1. Mahnung, Relance)', () => {
    for (const title of ['Zahlungserinnerung', '1. Mahnung', 'Relance']) expect(run(letter(title)).invoiceDate?.value, title).toBe('2026-02-12');
  });

  it('control: the same page titled Rechnung keeps its own date', () => {
    expect(run(letter('Rechnung').replace('Rechnungsdatum:', 'Lieferdatum:  ')).invoiceDate?.value).toBe('2026-03-20');
  });
});

describe('a deadline worded "Zahlung bis:"', () => {
  const seminar = (label: string) => `Bildungswerk Süd e.V.                                                    Rechnung
                                                Rechnungs-Nr.:             BW-2026-118
                                                Rechnungsdatum:            12.03.2026
                                                ${label}            26.03.2026

Seminar "Arbeitsschutz" 02.–03.03.2026, 2 Teilnehmer                          780,00
Gemäß § 4 Nr. 21 a) bb) UStG steuerfrei.                  Umsatzsteuer          0,00
                                                          Gesamtbetrag        780,00 €`;

  it('reads the date after "Zahlung bis:" (and "Überweisung bis:") as the due date', () => {
    for (const label of ['Zahlung bis:     ', 'Überweisung bis: ']) expect(run(seminar(label)).dueDate?.value, label).toBe('2026-03-26');
  });

  it('control: a date after "Zahlung erhalten am" is no due date', () => {
    expect(run(seminar('Zahlung erhalten am:')).dueDate?.value ?? null).not.toBe('2026-03-26');
  });
});
