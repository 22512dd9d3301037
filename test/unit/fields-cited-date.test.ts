/** A date cited after another document's word and number is that document's date, not the issue date (sweep19's cause). */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-06-01' });

const page = (title: string, own: string, cited: string, rows: string[]) =>
  [
    `Papeterie Exemple SARL                                                   ${title}`,
    '12 rue des Lilas, 44000 Nantes',
    `                                                          ${own}`,
    '                                                          Date                20/02/2026',
    'Client Exemple',
    '                                                          Annule et remplace',
    `                                                          ${cited}`,
    '3 rue Crébillon',
    '44000 Nantes',
    ...rows,
    `La présente facture annule et remplace la ${cited} (erreur de quantité).`,
    "Date d'échéance : 22/03/2026.",
  ].join('\n');

const rows = [
  'Réf.   Désignation                     Qté     P.U. HT       Montant HT',
  '1      Rouleau peinture                 11       39,70           436,70',
  '                                                 Total HT        436,70',
  '                                                 TVA 20 %         87,34',
  '                                                 Total TTC EUR   524,04',
];

/** A German invoice dated 20.02.2026 whose meta column cites another document (`cited`, under `above`), repeated in a sentence. */
const german = (title: string, own: string, above: string[], cited: string, sentence: string) =>
  [
    `Muster GmbH, Hauptstr. 1, 10115 Berlin                          ${title}`,
    `                                                  Rechnung Nr.     ${own}`,
    '                                                  Datum            20.02.2026',
    'Kunde AG',
    ...above.map((t) => `                                                  ${t}`),
    `                                                  ${cited}`,
    'Hauptstr. 5',
    '10115 Berlin',
    'Pos.  Artikel                    Menge    Preis      Betrag',
    '1     Schrauben                     10    10,00      100,00',
    '                                         Netto       100,00',
    '                                         MwSt 19 %    19,00',
    '                                         Gesamt EUR  119,00',
    sentence,
    'Zahlbar bis 22.03.2026.',
  ].join('\n');

describe('dates of cited documents', () => {
  it('the replaced invoice\'s date ("facture n° FA-2026-0187 du 09/02/2026") is not the issue date', () => {
    const r = run(page('FACTURE RECTIFICATIVE', 'Facture n°     FR-2026-0212', 'facture n° FA-2026-0187 du 09/02/2026', rows));
    expect(r.invoiceNumber?.value).toBe('FR-2026-0212');
    expect(r.invoiceDate?.value).toBe('2026-02-20');
  });
  it('an order cited by number ("Bestellung Nr. 4711 vom 02.02.2026") is not the issue date', () => {
    const text = german('Rechnung', 'R-2026-77', [], 'Bestellung Nr. 4711 vom 02.02.2026', 'Wir liefern gemäß Ihrer Bestellung Nr. 4711 vom 02.02.2026.');
    expect(run(text).invoiceDate?.value).toBe('2026-02-20');
  });
  it('the corrected invoice\'s date ("ersetzt Rechnung Nr. R-2026-0388 vom 09.02.2026") is not the issue date', () => {
    const cited = 'Rechnung Nr. R-2026-0388 vom 09.02.2026';
    const r = run(german('RECHNUNGSKORREKTUR', 'R-2026-0412', ['Ersetzt'], cited, `Diese Rechnung ersetzt die ${cited} (Mengenfehler).`));
    expect(r.invoiceNumber?.value).toBe('R-2026-0412');
    expect(r.invoiceDate?.value).toBe('2026-02-20');
  });
  it('control: the document\'s own number and date ("Facture n° FR-2026-0212 du 20/02/2026") stay its date', () => {
    const text = [
      'Papeterie Exemple SARL, 12 rue des Lilas, 44000 Nantes',
      'Facture n° FR-2026-0212 du 20/02/2026',
      'Client Exemple',
      'Date de livraison 09/02/2026',
      ...rows,
    ].join('\n');
    const r = run(text);
    expect(r.invoiceNumber?.value).toBe('FR-2026-0212');
    expect(r.invoiceDate?.value).toBe('2026-02-20');
  });
});
