/**
 * The document's own number against the number of the invoice it refers to (a credit note, a
 * correction): reference wording is evidence against, the document's own word for its number
 * (Korrektur-Nr., the heading sentence) evidence for.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, NUMBER, cues } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-01-01' });

describe('own number vs referenced number', () => {
  it('the number in the heading sentence, not the referenced invoice', () => {
    const r = run(`Livraria Central, Lda.
Rua Direita 10, 3000-100 Coimbra

NOTA DE CRÉDITO
Nota de crédito NC 2024/3 de 5 de março de 2024
Referente à fatura FT 2024/88 de 2024-02-20

Descrição                                  Valor
Devolução                                  40,00
                               Total sem IVA                  40,00
                               IVA 6%                          2,40
                               Total a creditar              42,40 €
`);
    expect(r.invoiceNumber?.value).toBe('NC 2024/3');
    expect(r.documentType).toBe('credit_note');
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([40, 2.4, 42.4]);
  });

  it('Korrektur-Nr. is the document number, "zu Rechnung ... vom" the referenced one', () => {
    const r = run(`Muster Technik GmbH
Hauptstraße 1 · 10115 Berlin
                                          Korrektur-Nr.              KR-2024-0007
                                          Datum                        04.03.2024
                                          zu Rechnung       2024-00912 vom 12.02.2024
Rechnungskorrektur
Bezeichnung                                Menge      Einzelpreis €       Gesamt €
Rücknahme Ventil                              -2              30,00         -60,00
                                           Nettobetrag                      -60,00
                                           19 % MwSt.                       -11,40
                                           Gutschriftsbetrag EUR            -71,40
`);
    expect(r.invoiceNumber?.value).toBe('KR-2024-0007');
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([-60, -11.4, -71.4]);
  });

  it('lexicon: reference wording is another number; credit totals are totals', () => {
    for (const label of ['Referente à fatura', 'zu Rechnung', 'Relativa alla fattura', 'With reference to invoice']) expect([...cues(NUMBER, label)], label).toContain('other');
    for (const label of ['Gutschriftsbetrag EUR', 'Total a creditar', 'Total credit']) expect([...cues(AMOUNT, label)], label).toContain('totalStrong');
  });
});
