/**
 * A statutory invoice grid's "Total" row (Romanian layout: value and VAT columns, then "Total de
 * plată" with their sum): its two amounts are the net and the tax. The document is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const run = (text: string) => extractFields([{ page: 1, text, source: 'text', ocrConfidence: null } satisfies PageText], { templates: [], today: '2026-01-01' });

describe("a grid's Total row over the grand total", () => {
  it('gives the net and the tax, not one line\'s VAT', () => {
    const r = run(`                                         FACTURĂ  seria CJX nr. 000052 din 02.06.2025

Nr. crt.   Denumirea                      U.M.    Cant.    Preț unitar (fără TVA) -lei-     Valoarea -lei-    Valoarea TVA -lei-
0          1                              2       3        4                                5 (3x4)           6
1          Mentenanță servere             luni    2        1.500,00                         3.000,00            570,00
2          Licență                        buc     1          800,00                           800,00            152,00
3          Instruire                      zi      1          400,00                           400,00             76,00



Semnătura și ștampila
furnizorului                                               Total                            4.200,00            798,00

Date privind expediția:                                    Total de plată (col. 5 + col. 6)          4.998,00 lei
`);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([4200, 798, 4998]);
  });

  it('leaves a Total row whose amounts do not add up to a grand total after it alone', () => {
    const r = run(`INVOICE No. 77                                              02/06/2025
Item                                Qty            Amount
Widgets                              10            400.00
                          Total      10            400.00
                          VAT 20%                   80.00
                          Amount due               480.00
`);
    expect(r.total?.value).not.toBe(410);
    expect(r.tax?.value).toBe(80);
  });
});
