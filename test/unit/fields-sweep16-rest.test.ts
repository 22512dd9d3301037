/**
 * The sixteenth sweep's causes left after G34 (fixtures/sweep16), on synthetic texts of the same shape: a
 * statement of charges whose only number is the tenant's, customer's or member's (never the
 * invoice's, in any language), and a reverse-charge invoice whose account number under the
 * statement is no tax amount. Each has a control that keeps what is right.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const statement = (label: string, number: string, more = '') => `Hausverwaltung Beispiel                                                  Tel. 030 555 1000
Lindenweg 4 · 10115 Berlin

                                                         ${label}                ${number}
Frau Ada Muster                                          Datum                     14.04.2026
Ahornweg 9                                               Zeitraum                  01.01.2025 - 31.12.2025
10117 Berlin
${more}
Abrechnung 2025
Kostenart                                 Gesamtkosten €                      Ihr Anteil €
Wasser / Abwasser                                 2.410,00                          301,25
Hausreinigung                                     1.980,00                          247,50

                                                     Ihre Kosten 2025                548,75
                                                     abzgl. Vorauszahlungen         -480,00
                                                     Nachzahlung                      68,75 €
`;

describe("a holder's number is never the invoice number", () => {
  for (const [label, number] of [
    ['Mieter-Nr.', '04-117'],
    ['Kunden-Nr.', 'K-20931'],
    ['N° locataire', 'LOC-3381'],
    ['Huurdernummer', 'HN-5521'],
    ['Codice cliente', 'CL-88213'],
    ['Nº de socio', 'S-30117'],
    ['Mitglieds-Nr.', 'M-7781'],
    ['Vertragsnummer', 'V-2024-118'],
  ]) {
    it(`"${label} ${number}" on a page with no number of its own: no invoice number`, () => {
      expect(run(statement(label, number)).invoiceNumber?.value ?? null).toBeNull();
    });
  }

  it('control: the same page with a Rechnungs-Nr. in its place gives that number', () => {
    expect(run(statement('Rechnungs-Nr.', 'NK-2025-017')).invoiceNumber?.value).toBe('NK-2025-017');
  });

  it('the same page with a Rechnungs-Nr. under the Mieter-Nr. gives the Rechnungs-Nr.', () => {
    const r = run(statement('Mieter-Nr.', '04-117', '                                                         Rechnungs-Nr.             NK-2025-017\n'));
    expect(r.invoiceNumber?.value).toBe('NK-2025-017');
  });
});

const reverseCharge = (note: string) => `Plafonnage Exemple SRL                                                         TVA BE 0456.789.123
Rue de la Gare 12 · 5000 Namur

                                                       Facture n°              2025/0714
Construction Client SA                                 Date                    12/11/2025
Avenue des Arts 4                                      Échéance                12/12/2025
1000 Bruxelles

Description                                     Qté      P.U. HTVA             Total HTVA
Pose de cloisons plâtre                          42          38,00 €              1.596,00 €
Bandes et enduit de finition                     84           6,50 €                546,00 €

                                                                 Total HTVA         2.142,00 €
                                                                        TVA     autoliquidation
                                                               Total à payer        2.142,00 €

${note}
Merci de verser le montant sur le compte BE68 5390 0754 7034.
`;

describe('a reverse-charge statement with no tax amount: tax 0', () => {
  it('"Autoliquidation" with the IBAN printed under it: tax 0, subtotal = total (not a unit price)', () => {
    const r = run(reverseCharge('Autoliquidation. TVA due par le cocontractant, article 20 de l\'AR n° 1.'));
    expect([r.total?.value, r.subtotal?.value, r.tax?.value]).toEqual([2142, 2142, 0]);
  });

  it('control: a tax printed in cents under the statement line still counts as a tax (no tax 0 given)', () => {
    const r = run(reverseCharge('Autoliquidation pour les travaux du 2e étage.\n                                                                   TVA 21 %             449,82 €'));
    expect(r.tax?.value).not.toBe(0);
  });
});

describe('a percentage of a named thing is a share, not a tax rate', () => {
  it('"Fonds de travaux (5 % du budget)" on a call for funds: no tax (its amount is 5 % of the budget row)', () => {
    const r = run(`Cabinet Exemple Immobilier                                              Tél. 03 20 00 00 00
Syndic de copropriété · 1 rue de la Paix · 59000 Lille

                                                        N° d'appel                2026-T2-004
M. Paul Martin                                          Date                      05/03/2026
3 rue Nationale                                         Tantièmes                 250 / 10 000
59000 Lille

Appel de fonds – 2e trimestre 2026
Nature                                                                    Montant total        Votre quote-part
Budget prévisionnel 2026 – charges générales (1/4)                          120 000,00                 750,00
Fonds de travaux (loi ALUR, 5 % du budget) (1/4)                              6 000,00                  37,50

                                                                          Total à payer                787,50 €
`);
    expect(r.total?.value).toBe(787.5);
    expect(r.tax?.value ?? null).toBeNull();
  });

  for (const [label, tax] of [
    ['MwSt. 19 % vom Nettobetrag', '19,00'],
    ['20 % de TVA', '20,00'],
  ] as const) {
    it(`control: "${label}" is still a tax rate`, () => {
      const r = run(`Beispiel GmbH
Rechnung Nr. 2026-118                                   Datum 02.03.2026
Leistung                                                        Betrag
Beratung                                                        100,00
                                   Nettobetrag                  100,00
                                   ${label.padEnd(28)}${tax.padStart(8)}
                                   Gesamtbetrag                 ${(100 + Number(tax.replace(',', '.'))).toFixed(2).replace('.', ',')}
`);
      expect(r.tax?.value).toBe(Number(tax.replace(',', '.')));
    });
  }
});
