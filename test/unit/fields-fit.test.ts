import { describe, expect, it } from 'vitest';
import { calibrate, fitConditionalLogit, fitPlatt, logLikelihood, probabilities, type Group } from '../../src/extract/fields/learn/logistic.js';
import { train, type TrainDoc } from '../../src/extract/fields/learn/train.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { decide } from '../../src/extract/fields/decide.js';

/** A small deterministic pseudo-random generator (tests must not depend on Math.random). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Documents whose right candidate has feature `good` most of the time; `noise` is uninformative. */
function synthetic(n: number, seed: number): Group[] {
  const r = lcg(seed);
  return Array.from({ length: n }, () => {
    const k = 3 + Math.floor(r() * 5);
    const right = Math.floor(r() * k);
    const candidates = Array.from({ length: k }, (_, i) => ({ bias: 1, ...(i === right ? (r() < 0.9 ? { good: 1 } : {}) : r() < 0.1 ? { good: 1 } : {}), ...(r() < 0.5 ? { noise: 1 } : {}) }));
    return { candidates, positives: [right], weight: 1 };
  });
}

describe('the fitter (conditional logit, Platt scaling)', () => {
  it('learns which feature marks the right candidate, and predicts unseen documents better than chance', () => {
    const w = fitConditionalLogit(synthetic(300, 1));
    expect(w.good).toBeGreaterThan(1.5);
    expect(Math.abs(w.noise ?? 0)).toBeLessThan(0.5);
    const test = synthetic(200, 2);
    const hits = test.filter((g) => {
      const p = probabilities(w, g.candidates);
      return p.indexOf(Math.max(...p)) === g.positives[0];
    }).length;
    expect(hits / test.length).toBeGreaterThan(0.6);
    expect(logLikelihood(w, test)).toBeGreaterThan(logLikelihood({}, test));
  });

  it('learns "none of them" when no candidate is ever right', () => {
    const groups: Group[] = Array.from({ length: 50 }, () => ({ candidates: [{ bias: 1 }, { bias: 1 }], positives: [], weight: 1 }));
    const w = fitConditionalLogit(groups);
    const p = probabilities(w, groups[0].candidates);
    expect(p[2]).toBeGreaterThan(0.8);
  });

  it('is reproducible: the same data gives the same weights, byte for byte', () => {
    const a = JSON.stringify(fitConditionalLogit(synthetic(200, 7)));
    const b = JSON.stringify(fitConditionalLogit(synthetic(200, 7)));
    expect(a).toBe(b);
    expect(JSON.stringify(fitConditionalLogit(synthetic(200, 8)))).not.toBe(a);
  });

  it('calibrates: raw scores that overstate certainty are mapped to the share right', () => {
    const r = lcg(3);
    // Raw probability 0.95 but right only 70% of the time; raw 0.6 right 40% of the time.
    const samples = [
      ...Array.from({ length: 400 }, () => ({ p: 0.95, right: r() < 0.7 })),
      ...Array.from({ length: 400 }, () => ({ p: 0.6, right: r() < 0.4 })),
    ];
    const c = fitPlatt(samples);
    expect(calibrate(c, 0.95)).toBeCloseTo(0.7, 1);
    expect(calibrate(c, 0.6)).toBeCloseTo(0.4, 1);
    expect(fitPlatt(samples)).toEqual(c);
  });
});

/** A generated invoice: its text and truth, with the total among distractors (net, tax, cash, a line). */
function invoice(r: () => number, i: number): { text: string; total: number; date: string; number: string } {
  const net = Math.round(1000 + r() * 90000) / 100;
  const rate = [5, 7, 10, 19, 20, 21][Math.floor(r() * 6)];
  const tax = Math.round(net * rate) / 100;
  const total = Math.round((net + tax) * 100) / 100;
  const day = 1 + Math.floor(r() * 28);
  const date = `2025-0${1 + Math.floor(r() * 9)}-${String(day).padStart(2, '0')}`;
  const number = `INV-${1000 + i}`;
  const [y, m, d] = date.split('-');
  const text = `Invoice No: ${number}        Customer No: C-${500 + i}
Invoice date: ${d}.${m}.${y}     Order date: 01.01.${y}
Widget            2 x      ${(net / 2).toFixed(2)}     ${net.toFixed(2)}
Subtotal                            ${net.toFixed(2)}
VAT ${rate}%                            ${tax.toFixed(2)}
Total                               ${total.toFixed(2)}
Paid by card                        ${(total + 50).toFixed(2)}`;
  return { text, total, date, number };
}

describe('training the scoring model', () => {
  const docsOf = (seed: number, n: number): TrainDoc[] => {
    const r = lcg(seed);
    return Array.from({ length: n }, (_, i) => {
      const inv = invoice(r, i);
      return { corpus: 'synthetic', name: `doc${i}`, cands: documentCandidates([{ page: 1, text: inv.text, source: 'text', ocrConfidence: null }]), truth: { total: inv.total, invoiceDate: inv.date, invoiceNumber: inv.number }, core: ['total', 'invoiceDate', 'invoiceNumber'] };
    });
  };

  it('fits weights that read unseen documents, with calibrated confidences and a review threshold', () => {
    const model = train(docsOf(11, 40), { iterations: 300 });
    expect(model.fittedOn).toEqual({ synthetic: 40 });
    const r = lcg(99);
    let right = 0;
    for (let i = 0; i < 20; i++) {
      const inv = invoice(r, 1000 + i);
      const dec = decide(documentCandidates([{ page: 1, text: inv.text, source: 'text', ocrConfidence: null }]), model);
      if (dec.total?.value === inv.total && dec.invoiceDate?.value === inv.date && dec.invoiceNumber?.value === inv.number) right++;
      expect(dec.total!.confidence).toBeGreaterThan(0);
      expect(dec.total!.confidence).toBeLessThan(1);
    }
    expect(right).toBeGreaterThanOrEqual(19);
    expect(model.reviewThreshold).toBeGreaterThan(0);
    // a threshold per core field of the documents (no receipts among them: none chosen for receipts)
    const per = model.fieldThresholds!;
    expect(Object.keys(per.invoice.thresholds)).toEqual(['invoiceNumber', 'invoiceDate', 'total']);
    for (const t of Object.values(per.invoice.thresholds)) expect(t).toBeGreaterThanOrEqual(0.9);
    expect(per.invoice.unflagged).toBeGreaterThan(0);
    expect(per.receipt.thresholds).toEqual({});
  });

  it('chooses the joint weights on fields right weighted per corpus, and records the grid', () => {
    // Two corpora of 30 and 10 documents: each weighs as the square root of its size, as in the logit.
    const docs = docsOf(7, 40).map((d, i) => ({ ...d, corpus: i < 30 ? 'big' : 'small' }));
    const model = train(docs, { iterations: 100 });
    const grid = model.jointGrid!;
    expect(grid).toHaveLength(45);
    // Total and invoice date per document: at most 2 x 30/sqrt(30) + 2 x 10/sqrt(10) weighted fields.
    const most = 2 * Math.sqrt(30) + 2 * Math.sqrt(10);
    for (const row of grid) expect(row.right).toBeLessThanOrEqual(most + 1e-3);
    expect(Math.max(...grid.map((r) => r.right))).toBeGreaterThan(0.9 * most);
    const chosen = grid.find((r) => r.arithmetic === model.joint.arithmetic && r.order === model.joint.order && r.dueBeforeIssue === model.joint.dueBeforeIssue)!;
    expect(chosen.right).toBe(Math.max(...grid.map((r) => r.right)));
  });

  it('--calibration-only keeps the given weights and joint weights and refits only the calibration and thresholds, reproducibly', () => {
    const full = train(docsOf(11, 40), { iterations: 300 });
    // a model whose calibration says nothing (identity on the probability): the refit must replace it
    const flat = { w: [0, 1] };
    const keep = { ...full, joint: { arithmetic: 0, order: 0, dueBeforeIssue: 0 }, fields: Object.fromEntries(Object.entries(full.fields).map(([f, m]) => [f, { ...m, calibration: flat }])) as typeof full.fields };
    const docs = docsOf(3, 30);
    const cal = train(docs, { iterations: 100, keep });
    for (const f of Object.keys(full.fields) as Array<keyof typeof full.fields>) expect(cal.fields[f].weights).toEqual(keep.fields[f].weights);
    expect(cal.joint).toEqual(keep.joint);
    expect(cal.fields.total.calibration).not.toEqual(flat);
    expect(cal.fittedOn).toEqual({ synthetic: 30 });
    expect(cal.receiptReviewThreshold).toBeGreaterThanOrEqual(0.9);
    // a full refit of the same documents moves the weights; the calibration-only fit does not
    expect(train(docs, { iterations: 100 }).fields.total.weights).not.toEqual(keep.fields.total.weights);
    expect(JSON.stringify(train(docs, { iterations: 100, keep }))).toBe(JSON.stringify(cal));
  });

  it('is reproducible end to end: the same documents give the same model', () => {
    const a = JSON.stringify(train(docsOf(5, 20), { iterations: 100 }));
    const b = JSON.stringify(train(docsOf(5, 20), { iterations: 100 }));
    expect(a).toBe(b);
  });
});
