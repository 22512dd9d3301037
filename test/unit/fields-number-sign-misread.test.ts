/**
 * The degree sign of "n°" that OCR read as a registered or copyright sign and glued to the document
 * word (`Facturen®  2026-004`, `N© 2026-118`): the number label is read again, one character for one,
 * only where the word with "°" is a number label of the lexicon; with a control each.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { mendMisreadLabels } from '../../src/extract/fields/misread.js';
import type { PageText } from '../../src/extract/types.js';

const scan = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 0.8 }];
const run = (t: string) => extractFields(scan(t), { templates: [], today: '2026-12-01' });

const invoice = (label: string) => `   Atelier Mercier - Menuiserie
   12 rue Neuve - 69002 Lyon
                                              ${label}            2026-118
   M. Louis Garnier                           Date                 02/02/2026
   8 quai Rambaud                             Echéance             04/03/2026

   Facture
   Désignation                                         Qté     Prix unitaire        Total
   Pose de plinthes chêne                               12          18,00 €       216,00 €
   Fourniture plinthes                                  12           9,50 €       114,00 €
                                                           Total à payer          330,00 €
   TVA non applicable, art. 293 B du CGI.`;

describe('the number sign of n° read as ® or ©', () => {
  it('mends the label, keeping the line length, and leaves a word that is no number label as read (control)', () => {
    for (const [read, want] of [['Facturen®  7', 'Facturen°  7'], ['N© 2026-118', 'N° 2026-118'], ['Ordern® 12', 'Ordern® 12'], ['Marque Pern® 3', 'Marque Pern® 3']]) {
      const out = mendMisreadLabels(read);
      expect(out, read).toBe(want);
      expect(out.length).toBe(read.length);
    }
  });

  it('gives the number printed after "Facturen®" or "N©", as after "Facture n°" (control)', () => {
    for (const label of ['Facturen®', 'N©        ', 'Facture n°']) expect(run(invoice(label)).invoiceNumber?.value, label).toBe('2026-118');
  });
});
