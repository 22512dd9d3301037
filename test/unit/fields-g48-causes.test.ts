/**
 * Causes the held-out sweeps' text PDFs showed (branch G48), on a document invented for the test in
 * the shape of the cause, with a control: an income-tax withholding deducted after the VAT ("Retención
 * IRPF 15 %"), so that net + VAT − withholding = total, on a page with no currency sign.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { withheldBetween, WITHHELD } from '../../src/extract/fields/withholding.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe('a withholding deducted after the VAT', () => {
  const invoice = (totals: string) => `Jorge Sanz Ibáñez – Traducciones                                                     FACTURA
Avenida del Puerto, 41 · 46023 Valencia
NIF 48213377P

Cerámicas Turia, S.L.                                                    Factura n.º:        T-2026/118
Calle Sagunto, 7                                                         Fecha:              12/05/2026
46009 Valencia                                                           Vencimiento:        11/06/2026

N.º    Concepto                                                           Cant.      Precio       Importe
1      Traducción de catálogo (palabras)                                  4200        0,08        336,00
2      Revisión de ficha técnica                                             3       28,00         84,00
3      Gestión de pedidos, tarifa mensual                                    1       95,00         95,00
4      Maquetación de tablas                                                 2       12,50         25,00

${totals}
`;

  it('keeps the VAT as the tax when net + VAT − withholding makes the total', () => {
    const r = run(invoice(`                                                                      Base imponible        540,00
                                                                            IVA 21 %        113,40
                                                             Retención IRPF 15 %         -81,00
                                                                      Total factura        572,40`));
    expect(r.total?.value).toBe(572.4);
    expect(r.subtotal?.value).toBe(540);
    expect(r.tax?.value).toBe(113.4);
    expect(r.reviewReasons.some((x) => x.includes('does not equal total'))).toBe(false);
  });

  it('control: the same rows without a withholding line do not make the total, and no tax is invented', () => {
    const r = run(invoice(`                                                                      Base imponible        540,00
                                                                            IVA 21 %        113,40
                                                             Descuento especial          -81,00
                                                                      Total factura        572,40`));
    expect(r.total?.value).toBe(572.4);
    expect(r.tax?.value).not.toBe(113.4);
  });

  it('reads only withholding labels, and nothing once a total stands between the net and the total', () => {
    expect(WITHHELD.test('Retención IRPF 15 %')).toBe(true);
    expect(WITHHELD.test("Ritenuta d'acconto 20%")).toBe(true);
    expect(WITHHELD.test('Descuento especial')).toBe(false);
    const line = (n: number) => ({ n, page: 1, text: '' }) as never;
    const amt = (n: number, value: number, label: string, features: Record<string, number>) => ({ value, label, line: line(n), money: { decimals: true }, features: { 'pos:rightmost': 1, ...features } });
    const net = amt(1, 1000, 'Imponibile', { 'seg:net': 1 });
    const gross = amt(3, 1220, 'Totale documento', { 'seg:totalStrong': 1 });
    const held = amt(4, -200, "Ritenuta d'acconto 20%", {});
    const pay = amt(5, 1020, 'Netto a pagare', { 'seg:due': 1 });
    expect(withheldBetween([net, gross, held, pay], net, gross)).toBe(0);
    expect(withheldBetween([net, gross, held, pay], net, pay)).toBe(0);
    expect(withheldBetween([net, held, pay], net, pay)).toBe(-200);
  });
});
