import { describe, expect, it } from 'vitest';
import { paymentDetails, validIban } from '../../src/extract/fields/payment.js';
import { extractFields } from '../../src/extract/fields/index.js';

describe('payment details', () => {
  it('checks IBANs by their mod-97 check digits', () => {
    expect(validIban('DE02120300000000202051')).toBe(true);
    expect(validIban('NL50INGB0683251309')).toBe(true);
    expect(validIban('GB33BUKB20201555555555')).toBe(true);
    expect(validIban('DE02120300000000202052')).toBe(false); // one digit off
    expect(validIban('DE0212030000')).toBe(false); // too short
  });

  it('finds an IBAN printed in groups of four, even when the next word follows on the line', () => {
    expect(paymentDetails('Bank: Sparkasse  IBAN: DE02 1203 0000 0000 2020 51  BIC: BYLADEM1001').iban).toBe('DE02120300000000202051');
    expect(paymentDetails('IBAN NL58 RABO 0198 7232 02 KVK 12345678').iban).toBe('NL58RABO0198723202');
    expect(paymentDetails('Order DE12345678901234567890').iban).toBeNull();
  });

  it('takes a BIC only next to its label, whatever the label\'s case', () => {
    expect(paymentDetails('BIC: BYLADEM1001').bic).toBe('BYLADEM1001');
    expect(paymentDetails('BiC: RABONL2U').bic).toBe('RABONL2U');
    expect(paymentDetails('SWIFT code INGBNL2A').bic).toBe('INGBNL2A');
    expect(paymentDetails('DELIVERY WAREHOUSE').bic).toBeNull();
  });

  it('puts them in the generic result\'s extra', () => {
    const r = extractFields([{ page: 1, text: 'Invoice No. 7\nIBAN: DE02 1203 0000 0000 2020 51\nBIC: BYLADEM1001', source: 'text', ocrConfidence: null }], { templates: [], today: '2026-01-01' });
    expect(r.extra).toEqual({ iban: 'DE02120300000000202051', bic: 'BYLADEM1001' });
  });
});
