/**
 * The dates of a rent receipt, on a page invented for the test: the place and date of signing ("Fait à
 * …, le …", "Berlin, den …") is the document's date, the day the rent was paid ("Date du paiement") is
 * not, and a due word in the sentence above the signing line makes no due date; a control each.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { DATE } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';
import { quittance } from '../helpers/quittance.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const paidOn = (paid: string) => quittance('Quittance de loyer', paid);

describe('a rent receipt', () => {
  it('is dated the day it was signed, not the day the rent was paid, and has no due date', () => {
    const r = run(paidOn('Date du paiement : 4 avril 2026 (virement).'));
    expect(r.invoiceDate?.value).toBe('2026-04-06');
    expect(r.dueDate?.value ?? null).toBeNull();
  });

  it('still gives a date under a due label as the due date (control)', () => {
    expect(run(paidOn("Date d'échéance : 10 avril 2026")).dueDate?.value).toBe('2026-04-10');
  });

  it('reads the signing place and date as an issue label in several languages, and a payment made as another date (control: a bare place name is none)', () => {
    for (const l of ['Fait à Nantes, le', 'Fatto a Bologna, il', 'Hecho en Sevilla, a', 'Opgemaakt te Gent op', 'Berlin, den', 'Signed at Leeds on']) expect(DATE.issue.test(l), l).toBe(true);
    for (const l of ['Date du paiement', 'Bezahlt am', 'Paid on']) expect(DATE.other.test(l), l).toBe(true);
    expect(DATE.issue.test('Nantes')).toBe(false);
  });
});
