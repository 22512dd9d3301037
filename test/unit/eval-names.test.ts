import { describe, expect, it } from 'vitest';
import { renderCorpus } from '../../src/eval/report.js';
import { nameKey, reliability, sameName, sameNumber, scoreDoc, summarize, withoutNumberSign } from '../../src/eval/score.js';

describe('eval: the name comparison for issuer and partner_name', () => {
  it('ignores case, punctuation and spacing, and nothing else', () => {
    expect(sameName('KEDAI MAJU SDN. BHD.', 'Kedai Maju Sdn Bhd')).toBe(true);
    expect(sameName('A.B.C.  (M) SDN BHD', 'ABC (M) SDN BHD')).toBe(true);
    expect(nameKey('  Müller  GmbH. ')).toBe('müller gmbh');
    // Not looser: accents, legal forms, words and letters count.
    expect(sameName('Müller GmbH', 'Muller GmbH')).toBe(false);
    expect(sameName('Acme Ltd', 'Acme Limited')).toBe(false);
    expect(sameName('Acme', 'Acme Ltd')).toBe(false);
    expect(sameName('KEDAI MAJU', 'KEDAI MAIU')).toBe(false);
    expect(sameName('', '')).toBe(false);
  });

  it('scores names both ways, keeps every other field exact, and prints both rows with the names\' reliability', () => {
    const doc = scoreDoc('n', 'n.pdf', { issuer: 'KEDAI MAJU SDN. BHD.', partner_name: 'X', amount: 10, invoice_number: 'A-1' }, { issuer: 'Kedai Maju Sdn Bhd', partner_name: 'Y', amount: 10, invoice_number: 'a-1' }, null);
    expect(doc.fields.issuer).toMatchObject({ verdict: 'wrong', nameVerdict: 'correct' });
    expect(doc.fields.partner_name).toMatchObject({ verdict: 'wrong', nameVerdict: 'wrong' });
    expect(doc.fields.invoice_number.verdict).toBe('wrong');
    expect(doc.fields.invoice_number.nameVerdict).toBeUndefined();
    doc.fields.issuer.confidence = 0.55;
    const s = summarize([doc]);
    expect(s.perField.issuer).toEqual({ correct: 0, wrong: 1, missing: 0 });
    expect(s.names.issuer).toEqual({ correct: 1, wrong: 0, missing: 0 });
    expect(s.names.amount).toBeUndefined();
    const names = reliability([doc], ['amount'], true);
    expect(names.find((b) => b.fields)).toMatchObject({ from: 0.5, fields: 1, right: 1 });
    const text = renderCorpus({ id: 'c', title: 't', core: ['amount'], skipped: [], parts: [{ part: 'dev', docs: [doc], summary: s, reliability: reliability([doc], ['amount']), nameReliability: names }] }, false);
    expect(text).toMatch(/^issuer\s+0\/1\/0$/m);
    expect(text).toMatch(/^issuer ~name\s+1\/0\/0$/m);
    expect(text).toMatch(/reliability of party names/);
  });
});

describe('eval: the number-sign rule for invoice_number', () => {
  it('sets aside a leading "#", "No." or "Nº" on either side, and nothing else', () => {
    expect(sameNumber('#BLR_WFLD20151000982590', 'BLR_WFLD20151000982590')).toBe(true);
    expect(sameNumber('INV-7', '# INV-7')).toBe(true);
    expect(sameNumber('No. 4411', '4411')).toBe(true);
    expect(sameNumber('Nº 12/2024', 'Nº12/2024')).toBe(true);
    expect(withoutNumberSign(' #  A1')).toBe('A1');
    // Not looser: the sign only where it leads, case and other characters count.
    expect(sameNumber('A#1', 'A1')).toBe(false);
    expect(sameNumber('#A-1', 'a-1')).toBe(false);
    expect(sameNumber('No4411', '4411')).toBe(false);
    expect(sameNumber('#', '')).toBe(false);
    expect(sameNumber('#12', 12)).toBe(false);
  });

  it('counts such a match right, says how many needed it, and leaves other fields strict', () => {
    const signed = scoreDoc('f', 'f.pdf', { invoice_number: '#BLR_1', amount: 5, issuer: '#Acme' }, { invoice_number: 'BLR_1', amount: 5, issuer: 'Acme' }, null);
    const exact = scoreDoc('g', 'g.pdf', { invoice_number: '#7' }, { invoice_number: '#7' }, null);
    expect(signed.fields.invoice_number).toMatchObject({ verdict: 'correct', numberSign: true });
    expect(signed.fields.issuer.verdict).toBe('wrong');
    expect(exact.fields.invoice_number.numberSign).toBeUndefined();
    const s = summarize([signed, exact], ['invoice_number', 'amount']);
    expect(s.perField.invoice_number).toEqual({ correct: 2, wrong: 0, missing: 0 });
    expect(s.numberSign).toBe(1);
    const text = renderCorpus({ id: 'c', title: 't', core: ['invoice_number'], skipped: [], parts: [{ part: 'dev', docs: [signed, exact], summary: s, reliability: reliability([signed], ['invoice_number']) }] }, false);
    expect(text).toMatch(/^invoice_number by # rule\s+1$/m);
  });
});
