/** Discount and shipping lines between the items' sum and the net total. */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { runChecks } from '../../src/extract/fields/checks.js';
import { candidatesFor, documentCandidates } from '../../src/extract/fields/candidates.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-01-01' });

const FR = `FACTURE
Facture n° FA-2024-0031                          Date : 04/03/2024
Désignation                              Qté          P.U. HT        Montant HT
Cartouches                                10            30,00            300,00
Papier                                    20             5,00            100,00
                                    Total brut HT                        400,00
                                    Remise 5 %                           -20,00
                                    Frais de port HT                      15,00
                                    Total HT                             395,00
                                    TVA 20 %                              79,00
                                    Net à payer TTC                      474,00 €
`;

describe('discount and shipping lines', () => {
  it('the subtotal is the net total after them, not the goods before them', () => {
    const r = run(FR);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([395, 79, 474]);
    // The goods before the adjustments are no subtotal candidate at all (the model alone preferred them on some layouts).
    const subtotals = candidatesFor(documentCandidates(pages(FR)), 'subtotal').map((c) => c.value);
    expect(subtotals).toContain(395);
    expect(subtotals).not.toContain(400);
  });

  it('the line items add up to the goods: no review reason for that', () => {
    const r = run(FR);
    expect(r.reviewReasons.filter((x) => x.startsWith('line items'))).toEqual([]);
    const es = run(`Factura nº F-2024-77                       Fecha: 04/03/2024
Descripción                      Cant.     Precio      Importe
Sillas                              4      50,00        200,00
Mesas                               2     150,00        300,00
                         Suma                           500,00
                         Descuento 10 %                 -50,00
                         Portes                          20,00
                         Base imponible                 470,00
                         IVA 21 %                        98,70
                         TOTAL                          568,70 €
`);
    expect([es.subtotal?.value, es.total?.value]).toEqual([470, 568.7]);
    expect(es.reviewReasons.filter((x) => x.startsWith('line items'))).toEqual([]);
  });

  it('the check still fails when the items match nothing, adjustments or not', () => {
    const base = { documentType: 'invoice', templateId: 'invoice', invoiceNumber: null, invoiceDate: null, dueDate: null, vendor: { name: null, address: null, taxId: null }, customer: { name: null, address: null, taxId: null }, currency: null, amountDue: null, taxBreakdown: [], einvoice: null, warnings: [], extra: {}, needsReview: false, reviewReasons: [] };
    const f = (value: number) => ({ value, confidence: 1, source: 't', page: 1 });
    const item = (amount: number) => ({ description: 'x', quantity: null, unitPrice: null, amount, confidence: 1, source: 't', page: 1 });
    const r = { ...base, subtotal: f(395), tax: f(79), total: f(474), lineItems: [item(300), item(100)] } as never;
    expect(runChecks(r, { required: [], adjustments: [-20, 15] }).some((x) => x.startsWith('line items'))).toBe(false);
    expect(runChecks(r, { required: [] }).some((x) => x.startsWith('line items'))).toBe(true);
    expect(runChecks(r, { required: [], adjustments: [-25, 15] }).some((x) => x.startsWith('line items'))).toBe(true);
  });
});
