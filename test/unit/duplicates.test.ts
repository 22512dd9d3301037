/**
 * The duplicate-invoice rule (src/duplicates.ts), as a pure function. The ledgers' use of it,
 * across runs and with copies completing at once, is in the contract suite.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flagDuplicates, invoiceKey, sameInvoice, type DuplicateCandidate } from '../../src/duplicates.js';
import { emptyResult } from '../../src/extract/result.js';
import type { DocumentResult } from '../../src/types.js';

const f = <T>(value: T) => ({ value, confidence: 0.9, source: 'generic:test', page: 1 });
function inv(number: string | null, o: { taxId?: string | null; name?: string | null; total?: number | null } = {}): DocumentResult {
  const r = emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 10 }]);
  r.invoiceNumber = number === null ? null : f(number);
  r.vendor = { name: o.name === null ? null : f(o.name ?? 'Nordlicht Werkzeugbau GmbH'), address: null, taxId: o.taxId === null || o.taxId === undefined ? null : f(o.taxId) };
  r.total = o.total === null ? null : f(o.total ?? 1010.62);
  return r;
}
const cand = (jobId: string, fingerprint: string, result: DocumentResult | null): DuplicateCandidate => ({ jobId, fingerprint, path: `/in/${jobId}.pdf`, result });

describe('duplicate invoices', () => {
  it('needs an invoice number and a vendor to compare at all', () => {
    expect(invoiceKey(inv('RE-2025/0042'))).toBe('RE20250042');
    expect(invoiceKey(inv(null))).toBeNull();
    expect(invoiceKey(inv('  - ', {}))).toBeNull();
    expect(invoiceKey(inv('1001', { name: null }))).toBeNull();
    expect(invoiceKey(inv('1001', { name: null, taxId: 'DE123' }))).toBe('1001');
  });

  it('compares tax ids when both have one, else normalised names; totals only when both have one', () => {
    expect(sameInvoice(inv('re 2025 0042'), inv('RE-2025-0042'))).toBe(true);
    expect(sameInvoice(inv('A1', { taxId: 'DE 123 456 789', name: 'One name' }), inv('A1', { taxId: 'de123456789', name: 'Another name' }))).toBe(true);
    expect(sameInvoice(inv('A1', { taxId: 'DE123456789' }), inv('A1', { taxId: 'DE987654321' }))).toBe(false);
    // One tax id missing: the names decide.
    expect(sameInvoice(inv('A1', { taxId: 'DE123456789', name: 'Café Zürich AG' }), inv('A1', { name: 'CAFE ZURICH AG' }))).toBe(true);
    expect(sameInvoice(inv('A1', { taxId: 'DE123456789', name: 'Café Zürich AG' }), inv('A1', { name: 'Café Basel AG' }))).toBe(false);
    expect(sameInvoice(inv('A1', { total: 100 }), inv('A1', { total: 100.004 }))).toBe(true);
    expect(sameInvoice(inv('A1', { total: 100 }), inv('A1', { total: 100.01 }))).toBe(false);
    expect(sameInvoice(inv('A1', { total: 100 }), inv('A1', { total: null }))).toBe(true);
    expect(sameInvoice(inv('A1'), inv('A2'))).toBe(false);
  });

  it('flags a result with the jobs holding the same invoice under other content, once per content', () => {
    const r = inv('INV-9');
    const out = flagDuplicates(r, { jobId: 'job_new', fingerprint: 'f-new' }, [
      cand('job_1', 'f1', inv('INV-9')),
      cand('job_1b', 'f1', inv('INV-9')), // the same content under other settings: named once
      cand('job_same', 'f-new', inv('INV-9')), // this content itself: never
      cand('job_other', 'f2', inv('INV-9', { total: 5 })),
      cand('job_gone', 'f3', null),
    ]);
    expect(out.duplicateOf).toEqual(['job_1']);
    expect(out.needsReview).toBe(true);
    expect(out.reviewReasons).toEqual(['possible duplicate invoice: invoice INV-9, from Nordlicht Werkzeugbau GmbH, total 1010.62 was already read from job_1 (/in/job_1.pdf)']);
    expect(r.duplicateOf).toBeUndefined(); // the input is not changed
    expect(flagDuplicates(r, { jobId: 'job_new', fingerprint: 'f-new' }, [cand('job_other', 'f2', inv('INV-9', { total: 5 }))])).toBe(r);
  });

  it('never flags the original against a copy that was flagged as a copy of it', () => {
    const copy = { ...inv('INV-9'), duplicateOf: ['job_orig_other_settings'] };
    const out = flagDuplicates(inv('INV-9'), { jobId: 'job_orig', fingerprint: 'f-orig' }, [cand('job_copy', 'f-copy', copy), cand('job_orig_other_settings', 'f-orig', inv('INV-9'))]);
    expect(out.duplicateOf).toBeUndefined();
  });

  it('is symmetric and blind to spacing, case and separators of the number (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '-', '/', '.', ''), fc.double({ min: 0, max: 1e6, noNaN: true }), (parts, sep, total) => {
        const a = inv(parts.join(sep), { total });
        const b = inv(parts.join('').toLowerCase(), { total });
        expect(sameInvoice(a, b)).toBe(true);
        expect(sameInvoice(b, a)).toBe(true);
      }),
    );
  });
});
