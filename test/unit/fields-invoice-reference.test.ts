/**
 * "Référence facture : X", "Rechnungsreferenz: X", "Invoice reference: X" name the page's own number
 * where it prints no other label for it (numbers.ts referenceAsNumber); beside a label of the
 * document's own number (a credit note's "Avoir n°") they name the invoice it refers to.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const page = (label: string, value: string, head = '') => `                                              Atelier Lumen
                                              12 rue des Lilas
                                              69003 Lyon
                                              Tel: 0611223344
                                              SIRET: 12345678900011

Client Nord
Oslo
${head}

${label} : ${value}

Date d'émission : 05/11/2025

Désignation                     Qté      PU HT      Total HT
Conseil                           2     100,00        200,00

                                 Total HT            200,00 €
                                 TVA 20 %             40,00 €
                                 Total TTC           240,00 €
`;

describe('invoice reference as the number label', () => {
  it('"Référence facture" is the number where the page has no other number label (not the telephone)', () => {
    expect(run(page('Référence facture', 'AutumnWind07')).invoiceNumber?.value).toBe('AutumnWind07');
  });
  it('"Rechnungsreferenz" and "Invoice reference" likewise', () => {
    expect(run(page('Rechnungsreferenz', 'RX-2025-77')).invoiceNumber?.value).toBe('RX-2025-77');
    expect(run(page('Invoice reference', 'ABC-4471')).invoiceNumber?.value).toBe('ABC-4471');
  });
  it("control: a credit note's own number label wins; the reference names the invoice it corrects", () => {
    const r = run(page('Référence facture', 'FA-2025-88', 'AVOIR\nAvoir n° AV-2025-12'));
    expect(r.invoiceNumber?.value).toBe('AV-2025-12');
  });
});
