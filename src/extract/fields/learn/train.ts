/**
 * Training the scoring model from labelled documents (what `npm run fit` runs): per field, a
 * conditional logit over the document's candidates; the joint-decision weights and the Platt
 * calibration are then fitted on out-of-fold decisions (each document decided by weights fitted
 * without it), so confidences are those of documents the weights have not seen.
 */
import { createHash } from 'node:crypto';
import { candidatesFor, sameAs, SCORED_FIELDS, type DocCandidates, type ScoredField } from '../candidates.js';
import { calibrationFlags, decide, type Decision } from '../decide.js';
import { confidenceOf, REVIEW_FIELDS, type Model, type ReviewField } from '../model.js';
import { chooseFieldThresholds, chooseThreshold } from './thresholds.js';
import { CALIBRATION_INPUTS, calibrationInputs, fitCalibration, fitConditionalLogit, type CalibrationFlags, type FitOptions, type Group } from './logistic.js';

export { chooseThreshold, REVIEW_FLOOR } from './thresholds.js';

/** A labelled document ready for training. */
export interface TrainDoc {
  corpus: string;
  name: string;
  cands: DocCandidates;
  /** Expected values by scored field (absent: the corpus does not say). */
  truth: Partial<Record<ScoredField, string | number>>;
  /** Fields that must be right for the document to count as fully right (the corpus's core fields). */
  core: ScoredField[];
  /** The expected currency, when the corpus says and counts it as core. */
  currency?: string;
}

type CurrencyCase = keyof Model['currency'];
const currencyCase = (d: TrainDoc): CurrencyCase | null => (d.cands.currency ? (d.cands.currency.tied ? 'tied' : d.cands.currency.atTotal ? 'atTotal' : 'votes') : null);

/** The currency's confidence per kind of evidence: the share right on the documents, smoothed (Laplace). */
function currencyConfidence(docs: TrainDoc[]): Model['currency'] {
  const n = { atTotal: [0, 0], votes: [0, 0], tied: [0, 0] };
  for (const d of docs) {
    const c = currencyCase(d);
    if (!c || d.currency === undefined) continue;
    n[c][1]++;
    if (d.cands.currency!.code === d.currency) n[c][0]++;
  }
  const share = ([r, t]: number[]) => Math.round(((r + 1) / (t + 2)) * 100) / 100;
  return { atTotal: share(n.atTotal), votes: share(n.votes), tied: share(n.tied) };
}

/** invoice2data names -> scored fields. */
export const TRUTH_FIELDS: Record<string, ScoredField> = {
  amount: 'total',
  amount_untaxed: 'subtotal',
  amount_tax: 'tax',
  date: 'invoiceDate',
  date_due: 'dueDate',
  invoice_number: 'invoiceNumber',
};

export interface TrainOptions extends Partial<FitOptions> {
  folds: number;
  /**
   * Calibration only: this model's field and joint weights are kept (the documents are decided
   * out of fold with its joint weights), and only the calibration, the currency's confidences and
   * the review thresholds are fitted (`npm run fit -- --calibration-only`).
   */
  keep: Model;
}

/** Each corpus weighs as the square root of its size, so hundreds of receipts do not drown a few dozen invoices. */
function docWeights(docs: TrainDoc[]): number[] {
  const n = new Map<string, number>();
  for (const d of docs) n.set(d.corpus, (n.get(d.corpus) ?? 0) + 1);
  return docs.map((d) => 1 / Math.sqrt(n.get(d.corpus)!));
}

function groupsFor(docs: TrainDoc[], field: ScoredField, weights: number[]): Group[] {
  const out: Group[] = [];
  docs.forEach((d, i) => {
    const expected = d.truth[field];
    if (expected === undefined) return;
    const cands = candidatesFor(d.cands, field);
    const positives = cands.flatMap((c, k) => (sameAs(c, expected) ? [k] : []));
    out.push({ candidates: cands.map((c) => c.features), positives, weight: weights[i] });
  });
  return out;
}

/** Fits every field's weights on `docs`. */
export function fitFieldWeights(docs: TrainDoc[], opts: Partial<FitOptions> = {}): Record<ScoredField, Record<string, number>> {
  const w = docWeights(docs);
  return Object.fromEntries(SCORED_FIELDS.map((f) => [f, fitConditionalLogit(groupsFor(docs, f, w), opts)])) as Record<ScoredField, Record<string, number>>;
}

const foldOf = (d: TrainDoc, folds: number) => createHash('sha256').update(`${d.corpus}/${d.name}`).digest().readUInt32BE(4) % folds;

const JOINT_GRID = { arithmetic: [0, 1, 2, 3, 5], order: [0, 2, 5], dueBeforeIssue: [0, 2, 5] };
const identity = { w: [0, 1, ...Array<number>(CALIBRATION_INPUTS - 2).fill(0)] };

const flagsOf = (d: TrainDoc, dec: Decision): CalibrationFlags => calibrationFlags(d.cands, dec.candidate, dec.agree);

function blankModel(weights: Record<ScoredField, Record<string, number>>, joint: Model['joint']): Model {
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { weights: weights[f], calibration: identity }])) as Model['fields'];
  return { version: 1, fittedOn: {}, fields, joint, currency: { atTotal: 1, votes: 1, tied: 1 }, reviewThreshold: 0.9 };
}

const right = (v: unknown, expected: unknown) => (typeof v === 'number' ? typeof expected === 'number' && Math.abs(v - expected) < 0.005 : v === expected);

/** The whole fit: weights on all documents, joint weights, calibration and review threshold out of fold. */
export function train(docs: TrainDoc[], opts: Partial<TrainOptions> = {}): Model {
  const folds = opts.folds ?? 5;
  const sorted = [...docs].sort((a, b) => `${a.corpus}/${a.name}`.localeCompare(`${b.corpus}/${b.name}`));
  // Out-of-fold weights: document i is scored by the weights fitted on the other folds.
  const oofWeights = Array.from({ length: folds }, (_, k) => fitFieldWeights(sorted.filter((d) => foldOf(d, folds) !== k), opts));
  const decideAll = (joint: Model['joint']) => sorted.map((d) => decide(d.cands, blankModel(oofWeights[foldOf(d, folds)], joint)));
  const { joint: bestJoint, rows: jointRows } = opts.keep ? { joint: opts.keep.joint, rows: opts.keep.jointGrid } : chooseJoint(sorted, docWeights(sorted), decideAll);
  const decisions = decideAll(bestJoint);
  const fields = {} as Model['fields'];
  const finalWeights = opts.keep ? (Object.fromEntries(SCORED_FIELDS.map((f) => [f, opts.keep!.fields[f].weights])) as Record<ScoredField, Record<string, number>>) : fitFieldWeights(sorted, opts);
  for (const f of SCORED_FIELDS) {
    const samples: Array<{ x: number[]; right: boolean }> = [];
    decisions.forEach((dec, i) => {
      const d = dec[f];
      if (!d || sorted[i].truth[f] === undefined) return;
      samples.push({ x: calibrationInputs(d.p, flagsOf(sorted[i], d)), right: right(d.value, sorted[i].truth[f]) });
    });
    fields[f] = { weights: finalWeights[f], calibration: fitCalibration(samples) };
  }
  const model: Model = { version: 1, fittedOn: {}, fields, joint: bestJoint, ...(jointRows ? { jointGrid: jointRows } : {}), currency: currencyConfidence(sorted), reviewThreshold: 0.9 };
  for (const d of sorted) model.fittedOn[d.corpus] = (model.fittedOn[d.corpus] ?? 0) + 1;
  // Review thresholds for receipts and for the rest: one per kind (chooseThreshold), and one per core field (chooseFieldThresholds).
  const conf = decisions.map((dec, i) => Object.fromEntries(SCORED_FIELDS.map((f) => [f, dec[f] ? { v: dec[f]!.value, c: confidenceOf(model.fields[f], dec[f]!.p, flagsOf(sorted[i], dec[f]!)) } : null])));
  const countAt = (receipts: boolean, th: (f: ReviewField) => number) => {
    let unflagged = 0;
    let ok = 0;
    sorted.forEach((d, i) => {
      if (d.cands.receipt !== receipts) return;
      if (d.core.some((f) => !conf[i][f] || conf[i][f]!.c < th(f as ReviewField))) return;
      const cc = currencyCase(d);
      if (d.currency !== undefined && (!cc || model.currency[cc] < th('currency'))) return;
      unflagged++;
      if (d.core.every((f) => d.truth[f] === undefined || right(conf[i][f]!.v, d.truth[f])) && (d.currency === undefined || d.cands.currency?.code === d.currency)) ok++;
    });
    return { unflagged, ok };
  };
  // The core fields of a kind's documents, in REVIEW_FIELDS order.
  const fieldsOf = (receipts: boolean) => REVIEW_FIELDS.filter((f) => sorted.some((d) => d.cands.receipt === receipts && (f === 'currency' ? d.currency !== undefined : d.core.includes(f))));
  const invoices = chooseThreshold((th) => countAt(false, () => th));
  const receipts = chooseThreshold((th) => countAt(true, () => th));
  model.reviewThreshold = invoices.threshold;
  model.receiptReviewThreshold = receipts.threshold;
  model.thresholds = invoices.rows;
  model.receiptThresholds = receipts.rows;
  model.fieldThresholds = {
    invoice: chooseFieldThresholds(fieldsOf(false), (th) => countAt(false, (f) => th[f])),
    receipt: chooseFieldThresholds(fieldsOf(true), (th) => countAt(true, (f) => th[f])),
  };
  return model;
}

const JOINT_FIELDS = ['total', 'subtotal', 'tax', 'invoiceDate', 'dueDate'] as const;

/**
 * The joint weights: the grid point whose out-of-fold decisions get the most amount and date fields
 * right, each document weighing as in the fit (its corpus as the square root of its size). Counted
 * unweighted, the receipts (a third of them with a subtotal or tax line, and labelled with only
 * the total) outvoted the invoices whose subtotal, tax and total agree: a refit set the agreement's
 * weight to 0 and lost e-invoice taxes. Ties go to the grid point with the higher out-of-fold
 * log-likelihood of the right values, so a weight that changes nothing is not chosen for being
 * first in the grid.
 */
function chooseJoint(
  docs: TrainDoc[],
  weights: number[],
  decideAll: (joint: Model['joint']) => ReturnType<typeof decide>[],
): { joint: Model['joint']; rows: NonNullable<Model['jointGrid']> } {
  const rows: NonNullable<Model['jointGrid']> = [];
  let best: { joint: Model['joint']; right: number; ll: number } | null = null;
  for (const arithmetic of JOINT_GRID.arithmetic) {
    for (const order of JOINT_GRID.order) {
      for (const dueBeforeIssue of JOINT_GRID.dueBeforeIssue) {
        const joint = { arithmetic, order, dueBeforeIssue };
        let n = 0;
        let ll = 0;
        decideAll(joint).forEach((dec, i) => {
          for (const f of JOINT_FIELDS) {
            const t = docs[i].truth[f];
            if (t === undefined) continue;
            const ok = right(dec[f]?.value, t);
            if (ok) n += weights[i];
            // The decision's own probability of what it chose, when right; of "not that" when wrong.
            const p = dec[f] ? dec[f]!.p : 0.5;
            ll += weights[i] * Math.log(Math.max(1e-6, ok ? p : 1 - p));
          }
        });
        const r = Math.round(n * 1e6) / 1e6;
        rows.push({ ...joint, right: Math.round(n * 1000) / 1000 });
        if (!best || r > best.right || (r === best.right && ll > best.ll + 1e-9)) best = { joint, right: r, ll };
      }
    }
  }
  return { joint: best!.joint, rows };
}
