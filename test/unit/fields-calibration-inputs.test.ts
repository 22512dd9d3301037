/**
 * The calibration's inputs beside the model's probability (learn/logistic.ts calibrationInputs,
 * decide.ts calibrationFlags): an OCR word read below WORD_SURE as a step (wordUnsure), a date whose
 * own label names it the document's date and whose digits were read surely (labelledSure); and the
 * review threshold's floor (train.ts chooseThreshold). A calibration fitted before these inputs
 * existed (fewer weights) gives the same confidence.
 */
import { describe, expect, it } from 'vitest';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { calibrationFlags, decide } from '../../src/extract/fields/decide.js';
import { CALIBRATION_INPUTS, calibrated, calibrationInputs, wordUnsure, WORD_SURE } from '../../src/extract/fields/learn/logistic.js';
import { chooseThreshold, REVIEW_FLOOR } from '../../src/extract/fields/learn/train.js';
import type { Model } from '../../src/extract/fields/model.js';

const doc = (text: string) => documentCandidates([{ page: 1, text, source: 'text', ocrConfidence: null }]);
const UNSURE = CALIBRATION_INPUTS - 2;
const LABELLED = CALIBRATION_INPUTS - 1;

describe('wordUnsure', () => {
  it('is a step at WORD_SURE, and 0 where no OCR word confidence exists', () => {
    expect(wordUnsure(WORD_SURE - 0.01)).toBe(1);
    expect(wordUnsure(0.2)).toBe(1);
    expect(wordUnsure(WORD_SURE)).toBe(0);
    expect(wordUnsure(0.97)).toBe(0);
    expect(wordUnsure(null)).toBe(0);
    expect(wordUnsure(undefined)).toBe(0);
    expect(wordUnsure(Number.NaN)).toBe(0);
  });
});

describe('calibrationInputs', () => {
  it('has CALIBRATION_INPUTS entries; labelledSure only for a labelled value read surely', () => {
    const x = (wordConfidence: number | null, labelled: boolean) => calibrationInputs(0.8, { ocr: true, wordConfidence, labelled });
    expect(x(null, false)).toHaveLength(CALIBRATION_INPUTS);
    expect([x(0.95, true)[UNSURE], x(0.95, true)[LABELLED]]).toEqual([0, 1]);
    expect([x(0.7, true)[UNSURE], x(0.7, true)[LABELLED]]).toEqual([1, 0]);
    expect([x(null, true)[UNSURE], x(null, true)[LABELLED]]).toEqual([0, 1]);
    expect([x(0.95, false)[UNSURE], x(0.95, false)[LABELLED]]).toEqual([0, 0]);
  });

  it('a calibration with fewer weights (fitted before the new inputs) gives the confidence it gave', () => {
    const old = { w: [1.3559, 0.6075, -0.2399, 0, 1.6781, -0.0049, 0, -0.8862, -2.1931] };
    const x = calibrationInputs(0.83, { ocr: true, wordConfidence: 0.6, labelled: true });
    const z = old.w.reduce((a, w, i) => a + w * x[i], 0);
    expect(calibrated(old, x)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    expect(x[UNSURE]).toBe(1);
  });
});

describe('calibrationFlags: a date labelled as the document\'s date', () => {
  const flagOf = (text: string) => {
    const d = doc(text);
    const c = d.dates.find((x) => x.value === '2025-03-12')!;
    return calibrationFlags(d, c, false).labelled;
  };
  it('an issue-date label or a bare "Date" on its line', () => {
    expect(flagOf('Invoice date: 12.03.2025')).toBe(true);
    expect(flagOf('Rechnungsdatum: 12.03.2025')).toBe(true);
    expect(flagOf('Date: 12.03.2025')).toBe(true);
  });
  it('not another kind of date, and not a date without a label', () => {
    expect(flagOf('Due date: 12.03.2025')).toBe(false);
    expect(flagOf('Delivery date: 12.03.2025')).toBe(false);
    expect(flagOf('Berlin, 12.03.2025')).toBe(false);
  });
});

describe('the order penalty', () => {
  const identity = { w: [0, 1] };
  const model = (order: number): Model => ({
    version: 1,
    fittedOn: {},
    fields: {
      // The total's weights like a tendered line more than a total's label (a misleading cue).
      total: { weights: { 'seg:totalWeak': 1, 'seg:tendered': 1.5, __none__: -3 }, calibration: identity },
      subtotal: { weights: { 'seg:net': 3, __none__: -3 }, calibration: identity },
      tax: { weights: { __none__: 3 }, calibration: identity },
      invoiceDate: { weights: {}, calibration: identity },
      dueDate: { weights: {}, calibration: identity },
      invoiceNumber: { weights: {}, calibration: identity },
    },
    joint: { arithmetic: 0, order, dueBeforeIssue: 0 },
    currency: { atTotal: 1, votes: 1, tied: 1 },
    reviewThreshold: 0.9,
  });
  const TEXT = 'Subtotal            20.00\nTotal               20.00\nCash               -10.00';
  it('holds a negative total to it too: a subtotal larger than the total (by size) loses', () => {
    expect(decide(doc(TEXT), model(0)).total?.value).toBe(-10);
    expect(decide(doc(TEXT), model(5)).total?.value).toBe(20);
  });
});

describe('chooseThreshold', () => {
  it('never chooses below REVIEW_FLOOR, even where 98% of the unflagged are right lower down', () => {
    const { threshold } = chooseThreshold((th) => ({ unflagged: Math.round(200 * (1 - th)) + 20, ok: Math.round(200 * (1 - th)) + 20 }));
    expect(threshold).toBe(REVIEW_FLOOR);
  });
  it('chooses the lowest threshold at or above the floor that reaches 98%', () => {
    const { threshold } = chooseThreshold((th) => (th < 0.95 ? { unflagged: 100, ok: 90 } : { unflagged: 40, ok: 40 }));
    expect(threshold).toBe(0.95);
  });
});
