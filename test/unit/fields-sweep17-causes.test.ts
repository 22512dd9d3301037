/**
 * The causes the seventeenth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: a ticket that prints the journey's date before its invoice
 * block, whose date label (Hinfahrt, Reisedatum, date du voyage, aller) names another date than the
 * document's own; a number printed in digit groups after a label of several words ("N° de
 * facture 10 2345 678 901") or after a colon ("Rechnungsnummer: 6002 4471 8821").
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { DATE, cues } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe("a journey's date before the invoice block", () => {
  const ticket = (travel: string, issue: string) => `Fahrschein
Regionalbahn Süd AG · Am Bahnhof 3 · 70173 Stuttgart

Buchungsnummer        882 410 3307
Fahrgast              Herr Jonas Keller
${travel}
Strecke               Stuttgart Hbf - Ulm Hbf

${issue}
Position                                                               Preis
IC 2013 Stuttgart Hbf - Ulm Hbf, 2. Klasse                           38,90 €
Sitzplatz                                                             4,90 €
                                  Summe                              43,80 €
                                  enthaltene MwSt 7 %                 2,87 €`;

  it('gives the Rechnungsdatum, not the Hinfahrt or Reisedatum printed first', () => {
    const invoice = `Rechnung\nRechnungsnummer       RB-2026-77120\nRechnungsdatum        21.04.2026`;
    for (const travel of ['Hinfahrt am           09.05.2026', 'Reisedatum            09.05.2026', 'Rückfahrt am          09.05.2026']) {
      const r = run(ticket(travel, invoice));
      expect(r.invoiceDate?.value, travel).toBe('2026-04-21');
    }
  });

  it('gives the date de facture, not the date du voyage or the aller printed first (right before too: a guard for the French labels)', () => {
    const billet = (travel: string) => `E-billet
Rail Ouest SA · 2 place de la Gare · 35000 Rennes
Référence dossier     QXK7PL
${travel}
Facture n°            RO-26-55310
Date de facture       02/04/2026
Trajet Rennes - Nantes, 2de classe                                   24,00 €
                                  Total TTC                          24,00 €
                                  dont TVA 10 %                       2,18 €`;
    for (const travel of ['Date du voyage        18/04/2026', 'Aller                 18/04/2026 07:12']) expect(run(billet(travel)).invoiceDate?.value, travel).toBe('2026-04-02');
  });

  it('knows travel and compound period words as another date', () => {
    for (const w of ['Hinfahrt am', 'Reisedatum', 'Fahrtag', 'date du voyage', 'Retour', 'Abrechnungszeitraum', 'Rechnungsperiode', 'Travel date', 'Vertrekdatum']) expect(DATE.other.test(w), w).toBe(true);
    // Control: the document's own date labels stay its own.
    for (const w of ['Rechnungsdatum', 'Date de facture', 'Datum']) expect([...cues(DATE, w)], w).not.toContain('other');
  });

  it('control: with no label of its own, the journey date is still given, as before', () => {
    const r = run(ticket('Hinfahrt am           09.05.2026', 'Rechnung\nRechnungsnummer       RB-2026-77120'));
    expect(r.invoiceDate?.value).toBe('2026-05-09');
  });
});

describe('a number printed in digit groups', () => {
  const bill = (label: string, more = '') => `Énergie des Coteaux (exemple)
Service clients · 4 rue du Port · 44000 Nantes

Mme Lucie Perrin                                      Facture du 12 mai 2026
3 rue des Lilas                                       ${label}
44100 Nantes                                          Référence client 5 118 204 337
${more}
Détail                                                             Montant HT €
Abonnement                                                                 22,40
Consommation 318 kWh x 0,2146                                              68,24
                                     Total HT                              90,64 €
                                     TVA 20 %                              18,13 €
                                     Montant TTC à payer                  108,77 €`;

  it('reads it whole after a label of several words or a colon', () => {
    expect(run(bill('N° de facture 20 4471 552 310')).invoiceNumber?.value).toBe('20 4471 552 310');
    expect(run(bill('Rechnungsnummer: 7001 5582 9932')).invoiceNumber?.value).toBe('7001 5582 9932');
  });

  it('stops before a date written after it, never taking its day', () => {
    expect(run(bill('Rechnungsnummer 7001 5582 9932 vom 12.05.2026')).invoiceNumber?.value).toBe('7001 5582 9932');
    expect(run(bill('Rechnungsnummer 7001 5582 9932 12.05.2026')).invoiceNumber?.value).toBe('7001 5582 9932');
  });

  it("control: a customer reference's groups are not joined, nor a number with an amount after it", () => {
    const r = run(bill('N° de facture 20 4471 552 310'));
    expect(r.invoiceNumber?.value).not.toContain('118');
    expect(run(bill('Rechnungsnummer 7001 5582 9932 108,77')).invoiceNumber?.value).not.toBe('7001 5582 9932 108');
  });
});

describe("a ticket's invoice block makes it an invoice", () => {
  const ticket = (title: string) => `Online-Ticket
Regionalbahn Süd AG (Beispiel) · Am Bahnhof 3 · 70173 Stuttgart · Fahrgastservice und Fundbüro
Buchungsnummer        882 410 3307
Hinfahrt am           09.05.2026
Gültigkeit            09.05.2026 bis 10.05.2026 10:00 Uhr

${title}
Rechnungsnummer       RB-2026-77120
Rechnungsdatum        21.04.2026
Position                                                                                         Preis
IC 2013 Stuttgart Hbf - Ulm Hbf, Flexpreis, 2. Klasse, 1 Erwachsener                            38,90 €
Sitzplatzreservierung Wagen 5, Platz 12                                                          4,90 €
                                                    Summe                                       43,80 €
                                                    enthaltene MwSt (D) 7 %                      2,87 €

Das Ticket gilt nur zusammen mit dem Ausweis, dessen Nummer bei der Buchung angegeben wurde.`;

  it('types a ticket with a "Rechnung" block and its Rechnungsdatum an invoice', () => {
    expect(run(ticket('Rechnung')).documentType).toBe('invoice');
  });

  it('control: without the title line it stays a receipt, and a till slip titled RECHNUNG too', () => {
    expect(run(ticket('')).documentType).toBe('receipt');
    const slip = `      Gasthaus Zur Linde
    Marktplatz 2, 88212 Ravensburg
            RECHNUNG
Rechnungsdatum 14.03.2026 19:42
Tisch 7         Bed. 3
2 Maultaschen           23,80
1 Apfelschorle           3,60
SUMME EUR               27,40
BAR                     30,00
Rückgeld                 2,60
 MwSt 19% Netto 23,03 MwSt 4,37`;
    expect(run(slip).documentType).toBe('receipt');
  });
});
