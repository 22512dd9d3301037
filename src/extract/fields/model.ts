/**
 * The scoring model: per field, weights over candidate features (a conditional logit: the chance a
 * candidate is the field is the softmax of its score over the document's candidates and "none of
 * them"), a calibration that turns the chosen value's share into a confidence (the chance it is right), and the
 * weights of the joint decision (arithmetic agreement, due date after invoice date).
 *
 * The numbers live in model/weights.json, written by `npm run fit` from the development parts of
 * the public corpora (see README: "Measuring extraction") and reviewed like code.
 */
import { readFileSync } from 'node:fs';
import type { ScoredField, AnyCandidate } from './candidates.js';
import { calibrated, calibrationInputs, NONE, probabilities, type Calibration, type CalibrationFlags, type Weights } from './learn/logistic.js';

export interface FieldModel {
  weights: Weights;
  /** Confidence of a chosen value from its probability, whether the page was OCR'd and the amounts agree. */
  calibration: Calibration;
}

export interface Model {
  version: number;
  /** What the weights were fitted on (documents per corpus), for the reviewer. */
  fittedOn: Record<string, number>;
  fields: Record<ScoredField, FieldModel>;
  joint: {
    /** Bonus (log-odds) for subtotal + tax = total. */
    arithmetic: number;
    /** Penalty for a subtotal or tax above the total. */
    order: number;
    /** Penalty for a due date before the invoice date. */
    dueBeforeIssue: number;
  };
  /** The joint weights tried and the (corpus-weighted) amount and date fields each got right out of fold (how `joint` was chosen). */
  jointGrid?: Array<{ arithmetic: number; order: number; dueBeforeIssue: number; right: number }>;
  /** Confidence of the currency by its evidence: a sign at a labelled total, most signs, a tie (share right on the development documents). */
  currency: { atTotal: number; votes: number; tied: number };
  /** A core field below this confidence flags the document for review (invoices, credit notes). */
  reviewThreshold: number;
  /** The same for till receipts (their own evidence, their own threshold); reviewThreshold when absent. */
  receiptReviewThreshold?: number;
  /** Out-of-fold development documents left unflagged, and the share of them fully right, per threshold (how it was chosen). */
  thresholds?: Array<{ threshold: number; unflagged: number; share: number }>;
  /** The same for receipts. */
  receiptThresholds?: Array<{ threshold: number; unflagged: number; share: number }>;
  /**
   * A threshold per core field and kind of document, chosen by the fit (learn/thresholds.ts) by
   * the rule of the single threshold applied to each field; a field absent here is held to the
   * kind's single threshold. `unflagged` and `share`: the out-of-fold development documents they
   * leave unflagged and the share of them fully right.
   */
  fieldThresholds?: Record<DocKind, FieldThresholds>;
}

/** The core fields a review threshold is chosen for (a till receipt has no invoice number to require). */
export const REVIEW_FIELDS = ['invoiceNumber', 'invoiceDate', 'total', 'currency'] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];
export type DocKind = 'invoice' | 'receipt';
export interface FieldThresholds {
  thresholds: Partial<Record<ReviewField, number>>;
  unflagged: number;
  share: number;
}

let loaded: Model | null = null;

/** The committed model (model/weights.json next to this module, in src/ and in dist/). */
export function defaultModel(): Model {
  loaded ??= JSON.parse(readFileSync(new URL('./model/weights.json', import.meta.url), 'utf8')) as Model;
  return loaded;
}

export interface ValueShare<C extends AnyCandidate = AnyCandidate> {
  value: C['value'];
  /**
   * The probability of the value's likeliest printed occurrence: the sum over the candidates read
   * from the same characters (one token seen right of one label and under another), the largest of
   * such sums. (Not the sum over every occurrence: a value repeated down a table's rows would
   * outweigh the one total printed once; repetition is a feature.)
   */
  p: number;
  /** The candidate with the most mass for this value (for page, label, source). */
  best: C;
}

/** A field's candidates grouped by value, most likely first, and the share of "none of them". */
export function distribution<C extends AnyCandidate>(fm: FieldModel, cands: C[]): { values: ValueShare<C>[]; none: number } {
  const p = probabilities(fm.weights, cands.map((c) => c.features));
  // Mass per printed occurrence (value, line, first character), then the likeliest occurrence per value.
  const byPlace = new Map<string, { key: string | number; p: number; best: C; bestP: number }>();
  cands.forEach((c, i) => {
    const key = typeof c.value === 'number' ? Math.round(c.value * 100) : c.value;
    const place = `${key}\0${c.line.n}:${startOf(c)}`;
    const e = byPlace.get(place);
    if (!e) byPlace.set(place, { key, p: p[i], best: c, bestP: p[i] });
    else {
      e.p += p[i];
      if (p[i] > e.bestP) [e.best, e.bestP] = [c, p[i]];
    }
  });
  const byValue = new Map<string | number, { p: number; best: C }>();
  for (const e of byPlace.values()) {
    const v = byValue.get(e.key);
    if (!v || e.p > v.p) byValue.set(e.key, { p: e.p, best: e.best });
  }
  const values = [...byValue.values()].map((e) => ({ value: e.best.value, p: e.p, best: e.best })).sort((a, b) => b.p - a.p);
  return { values, none: p[p.length - 1] };
}

/** The first character of the token a candidate was read from. */
const startOf = (c: AnyCandidate): number => ('money' in c ? c.money.start : 'date' in c ? c.date.start : c.token.start);

/** The single review threshold for a kind of document. */
export const reviewThresholdOf = (m: Model, receipt: boolean): number => (receipt ? (m.receiptReviewThreshold ?? m.reviewThreshold) : m.reviewThreshold);

/** Each core field's review threshold for a kind of document: the fit's per-field choice, else the kind's single threshold. */
export function reviewThresholdsOf(m: Model, receipt: boolean): Record<ReviewField, number> {
  const one = reviewThresholdOf(m, receipt);
  const chosen = m.fieldThresholds?.[receipt ? 'receipt' : 'invoice'].thresholds ?? {};
  return Object.fromEntries(REVIEW_FIELDS.map((f) => [f, chosen[f] ?? one])) as Record<ReviewField, number>;
}

export const confidenceOf = (fm: FieldModel, p: number, flags: CalibrationFlags): number => calibrated(fm.calibration, calibrationInputs(p, flags));

/** The candidate takes part in arithmetic besides subtotal + tax = total, or its value is printed twice. */
export const corroborated = (c: AnyCandidate): boolean => Object.keys(c.features).some((k) => k.startsWith('arith:') || k === 'rep:2');

export { NONE };
