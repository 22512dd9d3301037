import { describe, expect, it } from 'vitest';
import { renderCorpus } from '../../src/eval/report.js';
import { nameKey, reliability, sameName, scoreDoc, summarize } from '../../src/eval/score.js';

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
