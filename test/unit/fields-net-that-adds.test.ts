/**
 * A net printed before a discount and a taxed deposit yields to the later net that adds up with the
 * tax to the total (net-that-adds.ts; sweep19's fr-be-fournisseur-remise-consigne cause).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const head = `Fromagerie des Ardennes SPRL                                               Facture
Chaussée de Liège 40, 6900 Marche
TVA BE 0634.221.708
                                                        Facture n°                          FA-2207
                                                        Date facture                        14/03/2026

Réf.      Désignation                                    Qté            P.U. HT            Montant HT
1         Fromage affiné 1 kg                               8             21,50                172,00
2         Beurre fermier 500 g                             10              4,60                 46,00
`;

describe('the later net that adds up', () => {
  it('a goods net before a discount and a deposit yields to the net that adds with the VAT to the total', () => {
    const r = run(`${head}
                                                        Total marchandises HT                  218,00
                                                        Remise 3 %                               -6,54
                                                        Consigne 6 caisses                       18,00
                                                        Total HTVA                             229,46
                                                        TVA 6 %                                 13,77
                                                        Total TVAC EUR                         243,23
`);
    expect(r.total?.value).toBe(243.23);
    expect(r.tax?.value).toBe(13.77);
    expect(r.subtotal?.value).toBe(229.46);
  });

  it('control: a first net that already adds up with the VAT to the total stays', () => {
    const r = run(`${head}
                                                        Total HTVA                             218,00
                                                        TVA 6 %                                 13,08
                                                        Total TVAC EUR                         231,08
                                                        Montant HT hors frais de port          218,00
`);
    expect(r.subtotal?.value).toBe(218);
    expect(r.total?.value).toBe(231.08);
  });
});
