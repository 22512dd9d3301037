/** A slip headed by a receipt title alone (QUITTUNG, RECEIPT, Reçu ...) is a receipt (doctype.ts RECEIPT_TITLE); a title on an A4 page, or a receipt word in a sentence, is not. */
import { describe, expect, it } from 'vitest';
import { documentType } from '../../src/extract/fields/doctype.js';

const taxi = `        CITY CAB 88
   Inh. M. Example, Musterstadt
         QUITTUNG
Datum                 11.04.2025
Beginn                     21:05
Ende                       21:27
Fahrpreis EUR              18,60
darin 7% MwSt               1,22
Betrag erhalten            18,60
`;

const cab = `     METRO TAXI 12
        RECEIPT
Date            04/11/2025
Pick-up              08:10
Drop-off             08:34
Fare               $32.50
`;

const recu = `  Plomberie Exemple
      Reçu n° 118
Date            12/03/2025
Intervention      85,00 €
Payé en espèces
`;

describe('receipt title on a slip', () => {
  it('a taxi slip titled QUITTUNG with labels left and values right is a receipt', () => {
    expect(documentType(taxi, 1, 18.6, [], true)).toBe('receipt');
  });
  it('the same in English (RECEIPT) and French (Reçu n° 118)', () => {
    expect(documentType(cab, 1, 32.5, [], true)).toBe('receipt');
    expect(documentType(recu, 1, 85, [], true)).toBe('receipt');
  });
  it('the candidate scoring asks without the title (its fitted features stay as they were)', () => {
    expect(documentType(taxi, 1, 18.6, [])).toBe('invoice');
  });
  it('control: the title on an A4-wide page (a payment receipt of an account) stays an invoice', () => {
    const a4 = `                          PAYMENT RECEIPT\nGuest Name: Example Person                                                          Date: 31/12/2024\nRoom Charges                                                          1 Night          Rs 1939\nGrand Total                                                                             Rs 1939\n`;
    expect(documentType(a4, 1, 1939, [], true)).toBe('invoice');
  });
  it('control: a receipt word beside other words ("Receipt date") is no title', () => {
    // (Its "Fare" label is taken away too: a fare on a page with no invoice word is a receipt sign of its own, fields-proof-of-payment.test.ts.)
    const slip = cab.replace('        RECEIPT\n', '').replace('Date ', 'Receipt date').replace('Fare', 'Sum ');
    expect(documentType(slip, 1, 32.5, [], true)).toBe('invoice');
  });
  it('control: a slip that says invoice (a due date) stays an invoice', () => {
    expect(documentType(taxi + 'Fällig am 30.04.2025\n', 1, 18.6, [], true)).toBe('invoice');
  });
});
