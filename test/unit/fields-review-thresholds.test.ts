/**
 * A review threshold per core field (learn/thresholds.ts chooseFieldThresholds): the fit applies
 * the single threshold's rule (98% of the unflagged documents fully right, judged on at least 20,
 * never below REVIEW_FLOOR) to each core field, so a field whose confident values are right lower
 * down is not held to the threshold of a field that needs a higher one. Out-of-fold documents are
 * stood in for by hand-made confidences; the review decision reads the chosen thresholds
 * (model.ts reviewThresholdsOf, generic.ts).
 */
import { describe, expect, it } from 'vitest';
import { chooseFieldThresholds, chooseThreshold, REVIEW_FLOOR } from '../../src/extract/fields/learn/thresholds.js';
import { reviewThresholdsOf, type Model, type ReviewField } from '../../src/extract/fields/model.js';
import { extractGeneric } from '../../src/extract/fields/generic.js';
import { defaultModel } from '../../src/extract/fields/model.js';

interface Doc {
  c: Partial<Record<ReviewField, number>>;
  right: boolean;
}

/** Documents unflagged at `th` (per field), and how many of them are right. */
const counter = (docs: Doc[]) => (th: Readonly<Record<ReviewField, number>>) => {
  const unflagged = docs.filter((d) => Object.entries(d.c).every(([f, c]) => c >= th[f as ReviewField]));
  return { unflagged: unflagged.length, ok: unflagged.filter((d) => d.right).length };
};
const single = (docs: Doc[]) => (th: number) => counter(docs)({ invoiceNumber: th, invoiceDate: th, total: th, currency: th });

/**
 * 60 documents whose dates are right from 0.9 up, totals right only from 0.97 up: 20 with a total
 * at 0.93 that is wrong, 40 with both right, half of them with a total at 0.95.
 */
function dateSureTotalNot(): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < 20; i++) docs.push({ c: { invoiceDate: 0.99, total: 0.93 }, right: false });
  for (let i = 0; i < 20; i++) docs.push({ c: { invoiceDate: 0.91, total: 0.98 }, right: true });
  for (let i = 0; i < 20; i++) docs.push({ c: { invoiceDate: 0.91, total: 0.995 }, right: true });
  return docs;
}

describe('chooseFieldThresholds', () => {
  it('holds each field to its own threshold: a date right from 0.9 is not held to the threshold its totals need', () => {
    const docs = dateSureTotalNot();
    // A single threshold high enough for the totals flags every date at 0.91: none qualifies, all flagged.
    const one = chooseThreshold(single(docs));
    expect(one.threshold).toBe(0.99);
    expect(single(docs)(one.threshold).unflagged).toBe(0);
    const per = chooseFieldThresholds(['invoiceDate', 'total'], counter(docs));
    // (0.95 leaves the same 40 unflagged: ties to the lower)
    expect(per.thresholds).toEqual({ invoiceDate: 0.9, total: 0.95 });
    expect(per).toMatchObject({ unflagged: 40, share: 1 });
  });

  it('control: fields equally reliable get the single threshold', () => {
    // right from 0.95 up on both fields, wrong at 0.93 on either
    const docs: Doc[] = [];
    for (let i = 0; i < 10; i++) docs.push({ c: { invoiceDate: 0.93, total: 0.99 }, right: false });
    for (let i = 0; i < 10; i++) docs.push({ c: { invoiceDate: 0.99, total: 0.93 }, right: false });
    for (let i = 0; i < 30; i++) docs.push({ c: { invoiceDate: 0.96, total: 0.96 }, right: true });
    expect(chooseThreshold(single(docs)).threshold).toBe(0.95);
    expect(chooseFieldThresholds(['invoiceDate', 'total'], counter(docs)).thresholds).toEqual({ invoiceDate: 0.95, total: 0.95 });
  });

  it('ties go to the lower thresholds, as the single threshold’s rule (the lowest that qualifies)', () => {
    // Every currency at 1: any currency threshold leaves the same documents unflagged.
    const docs: Doc[] = Array.from({ length: 30 }, () => ({ c: { total: 0.96, currency: 1 }, right: true }));
    expect(chooseFieldThresholds(['total', 'currency'], counter(docs)).thresholds).toEqual({ total: 0.9, currency: 0.9 });
    expect(chooseThreshold(single(docs)).threshold).toBe(0.9);
  });

  it('never below REVIEW_FLOOR, and every field at the highest when nothing reaches 98% on 10 documents', () => {
    const low: Doc[] = Array.from({ length: 40 }, () => ({ c: { invoiceDate: 0.8, total: 0.8 }, right: true }));
    const lowChoice = chooseFieldThresholds(['invoiceDate', 'total'], counter(low));
    for (const t of Object.values(lowChoice.thresholds)) expect(t).toBeGreaterThanOrEqual(REVIEW_FLOOR);
    const few: Doc[] = Array.from({ length: 9 }, () => ({ c: { invoiceDate: 0.99, total: 0.99 }, right: true }));
    expect(chooseFieldThresholds(['invoiceDate', 'total'], counter(few))).toEqual({ thresholds: { invoiceDate: 0.99, total: 0.99 }, unflagged: 9, share: 1 });
  });
});

describe('the review decision reads the per-field thresholds', () => {
  const base = defaultModel();
  const withFields = (ft: Model['fieldThresholds']): Model => ({ ...base, reviewThreshold: 0.9, receiptReviewThreshold: 0.93, fieldThresholds: ft });

  it('a field the fit chose for takes its own threshold; the others the kind’s single one', () => {
    const m = withFields({ invoice: { thresholds: { invoiceDate: 0.97 }, unflagged: 0, share: 0 }, receipt: { thresholds: { total: 0.9, invoiceDate: 0.95 }, unflagged: 0, share: 0 } });
    expect(reviewThresholdsOf(m, false)).toEqual({ invoiceNumber: 0.9, invoiceDate: 0.97, total: 0.9, currency: 0.9 });
    expect(reviewThresholdsOf(m, true)).toEqual({ invoiceNumber: 0.93, invoiceDate: 0.95, total: 0.9, currency: 0.93 });
    // control: a model without per-field thresholds holds every field to its kind's single one
    expect(reviewThresholdsOf(withFields(undefined), true)).toEqual({ invoiceNumber: 0.93, invoiceDate: 0.93, total: 0.93, currency: 0.93 });
  });

  it('the generic extractor hands the chosen thresholds to the review decision', () => {
    const m = withFields({ invoice: { thresholds: { total: 0.98 }, unflagged: 0, share: 0 }, receipt: { thresholds: {}, unflagged: 0, share: 0 } });
    const g = extractGeneric([{ page: 1, text: 'Invoice No. 4711\nDate: 2025-03-04\nTotal EUR 120.00', source: 'text', ocrConfidence: null }], { model: m });
    expect(g.reviewThresholds.total).toBe(0.98);
    expect(g.reviewThresholds.invoiceDate).toBe(0.9);
  });
});
