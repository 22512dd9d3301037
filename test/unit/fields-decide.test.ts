/**
 * The joint decision (decide.ts): the amounts are chosen together, so subtotal + tax = total wins
 * over each field's own favourite, and a due date before the invoice date loses. A hand-made model
 * isolates the solver from the fitted weights; the committed model is checked on generated
 * invoices (property).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { decide } from '../../src/extract/fields/decide.js';
import { defaultModel, distribution, type Model } from '../../src/extract/fields/model.js';

const doc = (text: string) => documentCandidates([{ page: 1, text, source: 'text', ocrConfidence: null }]);
const identity = { w: [0, 1, 0, 0, 0, 0] };

/** Each field likes its label a little and the largest amount a little more (a misleading cue). */
function handModel(arithmetic: number): Model {
  const amount = (label: string) => ({ weights: { [`seg:${label}`]: 1, 'val:max': 1.5, __none__: -3 }, calibration: identity });
  const dates = { weights: { 'seg:issue': 2, 'seg:due': 2, __none__: -3 }, calibration: identity };
  return {
    version: 1,
    fittedOn: {},
    fields: { total: amount('totalWeak'), subtotal: amount('net'), tax: amount('tax'), invoiceDate: dates, dueDate: dates, invoiceNumber: { weights: {}, calibration: identity } },
    joint: { arithmetic, order: 2, dueBeforeIssue: 5 },
    currency: { atTotal: 1, votes: 1, tied: 1 },
    reviewThreshold: 0.9,
  };
}

const TEXT = `Subtotal              200.00
VAT 10%                20.00
Total                 220.00
Paid by card          300.00`;

describe('the joint decision (arithmetic solver)', () => {
  it('without the agreement bonus each field takes its own favourite; with it, the triple that adds up', () => {
    const alone = decide(doc(TEXT), handModel(0));
    // The largest amount (the card payment) pulls every field towards it.
    expect(alone.total?.value).toBe(300);
    expect(alone.total?.agree).toBe(false);
    const joint = decide(doc(TEXT), handModel(5));
    expect([joint.subtotal?.value, joint.tax?.value, joint.total?.value]).toEqual([200, 20, 220]);
    expect(joint.total?.agree).toBe(true);
  });

  it('never gives a due date before the invoice date when another reading exists', () => {
    const d = decide(doc('Invoice date: 12/03/2025\nDue date: 02/03/2025\nPayment due by 12/04/2025'), handModel(0));
    expect(d.invoiceDate?.value).toBe('2025-03-12');
    expect(d.dueDate!.value >= d.invoiceDate!.value).toBe(true);
  });

  it('with the committed model: for any net amount, rate and distractors, subtotal + tax = total is found (property)', () => {
    const model = defaultModel();
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 5_000_000 }), fc.constantFrom(5, 7, 10, 19, 20, 21), fc.integer({ min: 1, max: 9 }), (netCents, rate, qty) => {
        const net = netCents / 100;
        const tax = Math.round((netCents * rate) / 100) / 100;
        const total = Math.round((net + tax) * 100) / 100;
        const unit = Math.round((net / qty) * 100) / 100;
        const text = `Item            ${qty} x ${unit.toFixed(2)}        ${net.toFixed(2)}
Subtotal                          ${net.toFixed(2)}
VAT ${rate}%                           ${tax.toFixed(2)}
Total                             ${total.toFixed(2)}
Cash                              ${(Math.ceil(total / 50) * 50 + 50).toFixed(2)}
Change                            ${(Math.ceil(total / 50) * 50 + 50 - total).toFixed(2)}`;
        const d = decide(doc(text), model);
        return d.total?.value === total && d.subtotal?.value === net && d.tax?.value === tax && d.total.agree;
      }),
      { numRuns: 100 },
    );
  });

  it("a value's probability: summed over one token's candidates, the likeliest of its printed places", () => {
    const uniform = { weights: {}, calibration: identity };
    // RE-7 is one token read twice (right of "Rechnungsnummer:", under "Rechnung"); 12.50 is printed twice.
    const d = doc(`Rechnung
Rechnungsnummer: RE-7      Kunde: K-1`);
    const nums = distribution(uniform, d.numbers);
    const n = d.numbers.length + 1;
    expect(nums.values[0].value).toBe('RE-7');
    expect(nums.values[0].p).toBeCloseTo(2 / n, 6);
    const a = doc('Item   12.50\nTotal  12.50');
    const amounts = distribution(uniform, a.amounts);
    expect(amounts.values.find((v) => v.value === 12.5)!.p).toBeCloseTo(1 / (a.amounts.length + 1), 6);
  });
});
