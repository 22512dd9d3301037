/**
 * Proofs of payment the blind sweeps typed invoice, each on a page invented for the test in the
 * shape of the cause, with a control: a page that never names itself an invoice and prints a ride's
 * fare or says the amount paid (a taxi pad, a ticket bought online), a café slip with a transaction
 * time and no invoice word, a rent receipt ("quittance") whose boilerplate names an instalment.
 */
import { describe, expect, it } from 'vitest';
import { documentType } from '../../src/extract/fields/doctype.js';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';
import { quittance } from '../helpers/quittance.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

describe('a proof of payment that never names itself an invoice', () => {
  const pad = (fare: string) => `Funktaxi M. Weber - Konzessionsnr. 552
Leipzig  Tel. 0341 4884
Nr.   1207
${fare}    21,80
von   Augustusplatz
nach  Messeallee 1
Im Fahrpreis sind 7 % MwSt. enthalten.
Unterschrift Fahrer   Weber`;

  it("types a taxi pad with a fare label a receipt (German, French, Italian), and the same pad with 'Betrag' an invoice (control)", () => {
    for (const fare of ['Fahrpreis EUR', 'Prix de la course EUR', 'Prezzo della corsa EUR']) expect(documentType(pad(fare), 1, 21.8, [], true), fare).toBe('receipt');
    expect(documentType(pad('Betrag EUR').replace('Im Fahrpreis', 'Im Betrag'), 1, 21.8, [], true)).toBe('invoice');
  });

  it('keeps a page that names itself an invoice anywhere (even in a compound) an invoice', () => {
    expect(documentType(`${pad('Fahrpreis EUR')}\nRechnungsnummer 2026-118`, 1, 21.8, [], true)).toBe('invoice');
    expect(documentType(`${pad('Fahrpreis EUR')}\nMontant facturé 21,80`, 1, 21.8, [], true)).toBe('invoice');
  });

  const ticket = (paid: string) => `E-TICKET
Autocars Régionaux (exemple) · valable avec une pièce d'identité

Voyageur             M. Paul Girard
Référence            XWQ7PL
Date d'achat         11/04/2026
Trajet                                                                                           Prix
Aller · Sam. 18/04/2026 · Nantes 08:10 - Rennes 09:55 · Car 412                             24,00 €
Retour · Dim. 19/04/2026 · Rennes 17:30 - Nantes 19:15 · Car 415                            24,00 €

                                ${paid}                                                     48,00 €
                                dont TVA 10 %                                                4,36 €`;

  it("types a ticket bought online whose total is said paid a receipt, and one with a plain 'Total' an invoice (control)", () => {
    expect(documentType(ticket('Total payé'), 1, 48, [], true)).toBe('receipt');
    expect(documentType(ticket('Total    '), 1, 48, [], true)).toBe('invoice');
  });

  const slip = (time: string) => `KAVARNA NA ROHU s.r.o.
Dlouha 12, 110 00 Praha 1
Datum: 14.05.2026 ${time}
Cappuccino                       89,00
Zakusek                          75,00
Celkem Kc                       164,00
Dekujeme`;

  it('types a slip with a transaction time and no invoice word a receipt; without the time (and no other till sign) an invoice (control)', () => {
    expect(documentType(slip('09:12'), 1, 164, [], true)).toBe('receipt');
    expect(documentType(slip(''), 1, 164, [], true)).toBe('invoice');
  });

  it('gives a letter that only thanks no receipt point for the missing invoice word (control)', () => {
    const letter = `Elternbeitrag Kindertagesstätte\nBeitrag April 2026                      180,00\nVielen Dank für Ihr Vertrauen.`;
    expect(documentType(letter, 1, 180, [], true)).toBe('invoice');
  });
});

describe('a rent receipt (quittance de loyer)', () => {

  it('is a receipt; the same page titled "Avis d\'échéance" is an invoice (control)', () => {
    expect(run(quittance('Quittance de loyer')).documentType).toBe('receipt');
    expect(run(quittance("Avis d'échéance")).documentType).toBe('invoice');
  });

});
