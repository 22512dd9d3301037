/** A till receipt paid by card (no cash, no change) told by its wording and a transaction time written with a word before it. */
import { describe, expect, it } from 'vitest';
import { documentType } from '../../src/extract/fields/doctype.js';

describe('receipt: date and time with a word between', () => {
  it('"Le 19/02/2024 à 08:42" with ticket wording is a receipt; the same without a time is not', () => {
    const body = (when: string) => `BOULANGERIE
CROISSANT                1,20
TOTAL                    1,20 EUR
CB SANS CONTACT          1,20
${when}     Ticket 0042
`;
    for (const when of ['Le 19/02/2024 à 08:42', 'Le 19/02/2024 a 08:42', '19.02.2024 um 08:42', '02/19/2024 at 08:42']) expect(documentType(body(when), 1, 1.2, []), when).toBe('receipt');
    expect(documentType(body('Le 19/02/2024'), 1, 1.2, [])).toBe('invoice');
  });
});
