import { describe, expect, it } from 'vitest';
import { renderCorpus } from '../../src/eval/report.js';
import { creditNoteSign, reliability, scoreDoc, summarize } from '../../src/eval/score.js';

/**
 * The credit-note sign rule of the e-invoice eval: a credit note's XML writes its amounts positive,
 * its page may print them negative, and docparse keeps the printed sign (README, documentType).
 */
describe('eval: the credit-note sign rule for e-invoice pages', () => {
  const truth = { invoice_number: 'AV-1', amount: 233.47, amount_untaxed: 218.48, amount_tax: 14.99 };
  const page = { invoice_number: 'AV-1', amount: -233.47, amount_untaxed: -218.48, amount_tax: -14.99 };

  it('a credit note (381) whose page prints the amounts negative is right, and counted as such', () => {
    const doc = scoreDoc('n', 'n.pdf', truth, page, null, '381');
    for (const k of ['amount', 'amount_untaxed', 'amount_tax']) expect(doc.fields[k], k).toMatchObject({ verdict: 'correct', creditSign: true });
    expect(doc.fields.invoice_number.creditSign).toBeUndefined();
    const s = summarize([doc], ['invoice_number', 'amount']);
    expect(s.creditSign).toBe(3);
    expect(s.core.correct).toBe(2);
    const text = renderCorpus({ id: 'c', title: 't', core: ['amount'], skipped: [], parts: [{ part: 'all', docs: [doc], summary: s, reliability: reliability([doc], ['amount']) }] }, false);
    expect(text).toMatch(/^amounts by credit-note sign\s+3$/m);
  });

  it('control: an invoice (380), a corrected invoice (384) and a page without a type code stay exact', () => {
    for (const code of ['380', '384', null]) {
      const doc = scoreDoc('n', 'n.pdf', truth, page, null, code);
      expect(doc.fields.amount.verdict, String(code)).toBe('wrong');
      const text = renderCorpus({ id: 'c', title: 't', core: ['amount'], skipped: [], parts: [{ part: 'all', docs: [doc], summary: summarize([doc]), reliability: [] }] }, false);
      expect(text).not.toMatch(/credit-note sign/);
    }
  });

  it('control: only the sign is turned, only for amounts, and a right sign needs no rule', () => {
    expect(creditNoteSign('amount', '381', 233.47, -233.46)).toBe(false);
    expect(creditNoteSign('amount', '381', 233.47, 233.47)).toBe(false);
    expect(creditNoteSign('invoice_number', '381', 5, -5)).toBe(false);
    expect(creditNoteSign('amount', '381', 0, -0)).toBe(false);
    const doc = scoreDoc('n', 'n.pdf', truth, { ...page, amount: 233.47 }, null, '381');
    expect(doc.fields.amount).toMatchObject({ verdict: 'correct' });
    expect(doc.fields.amount.creditSign).toBeUndefined();
  });
});
