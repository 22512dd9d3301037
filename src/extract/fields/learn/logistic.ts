/**
 * The fitter behind `npm run fit`: a conditional logit (multinomial logistic regression over the
 * candidates of one document), and Platt scaling for calibrated confidences. Deterministic: no
 * randomness, a fixed number of full-batch steps, features visited in sorted order, so the same
 * data always gives the same weights (the fit is reproducible, and tested for it).
 *
 * A group is one document's candidates for one field, plus an implicit "none of them" candidate
 * (feature NONE) that is right when no candidate holds the true value. The loss is the negative
 * log of the probability mass on the right candidates, weighted per group, plus an L2 penalty.
 */

export type Features = Record<string, number>;

export interface Group {
  candidates: Features[];
  /** Indices of the right candidates; empty means "none of them". */
  positives: number[];
  weight: number;
}

/** The feature of the implicit "none of them" candidate. */
export const NONE = '__none__';

export interface FitOptions {
  /** L2 penalty on every weight (per unit of total group weight). */
  l2: number;
  iterations: number;
  learningRate: number;
}

export const FIT_DEFAULTS: FitOptions = { l2: 0.01, iterations: 600, learningRate: 0.05 };

export type Weights = Record<string, number>;

export function score(w: Weights, f: Features): number {
  let s = 0;
  for (const k in f) s += (w[k] ?? 0) * f[k];
  return s;
}

/** Softmax over a group's candidates followed by the "none" candidate (last). */
export function probabilities(w: Weights, candidates: Features[]): number[] {
  const s = candidates.map((c) => score(w, c));
  s.push(w[NONE] ?? 0);
  const m = Math.max(...s);
  const e = s.map((x) => Math.exp(x - m));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

/**
 * Fits weights by full-batch gradient descent with Adam steps (fixed schedule, zero start).
 * Returns weights rounded to 4 decimals, only those not zero, in sorted key order.
 */
export function fitConditionalLogit(groups: Group[], opts: Partial<FitOptions> = {}): Weights {
  const o = { ...FIT_DEFAULTS, ...opts };
  const names = new Set<string>([NONE]);
  for (const g of groups) for (const c of g.candidates) for (const k in c) names.add(k);
  const keys = [...names].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  // Dense candidate rows as (index, value) pairs, for speed.
  const rows = groups.map((g) => g.candidates.map((c) => Object.keys(c).sort().map((k) => [index.get(k)!, c[k]] as const)));
  const noneIx = index.get(NONE)!;
  const w = new Float64Array(keys.length);
  const m = new Float64Array(keys.length);
  const v = new Float64Array(keys.length);
  const totalWeight = groups.reduce((a, g) => a + g.weight, 0) || 1;
  const b1 = 0.9;
  const b2 = 0.999;
  for (let it = 1; it <= o.iterations; it++) {
    const grad = new Float64Array(keys.length);
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      const cand = rows[gi];
      const s = cand.map((r) => r.reduce((a, [i, x]) => a + w[i] * x, 0));
      s.push(w[noneIx]);
      const mx = Math.max(...s);
      const e = s.map((x) => Math.exp(x - mx));
      const z = e.reduce((a, b) => a + b, 0);
      const p = e.map((x) => x / z);
      const pos = g.positives.length ? g.positives : [cand.length];
      const zp = pos.reduce((a, i) => a + p[i], 0);
      // d(-log sum_pos p)/ds_j = p_j - [j in pos] p_j / zp
      const scale = g.weight / totalWeight;
      const posSet = new Set(pos);
      for (let j = 0; j <= cand.length; j++) {
        const d = (p[j] - (posSet.has(j) ? p[j] / zp : 0)) * scale;
        if (d === 0) continue;
        if (j === cand.length) grad[noneIx] += d;
        else for (const [i, x] of cand[j]) grad[i] += d * x;
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const gr = grad[i] + o.l2 * w[i];
      m[i] = b1 * m[i] + (1 - b1) * gr;
      v[i] = b2 * v[i] + (1 - b2) * gr * gr;
      const mh = m[i] / (1 - b1 ** it);
      const vh = v[i] / (1 - b2 ** it);
      w[i] -= (o.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const out: Weights = {};
  for (let i = 0; i < keys.length; i++) {
    const r = Math.round(w[i] * 1e4) / 1e4;
    if (r !== 0) out[keys[i]] = r;
  }
  return out;
}

/** Mean log-likelihood of the groups under `w` (for reports and tests). */
export function logLikelihood(w: Weights, groups: Group[]): number {
  let ll = 0;
  let tw = 0;
  for (const g of groups) {
    const p = probabilities(w, g.candidates);
    const pos = g.positives.length ? g.positives : [g.candidates.length];
    ll += g.weight * Math.log(Math.max(1e-12, pos.reduce((a, i) => a + p[i], 0)));
    tw += g.weight;
  }
  return tw ? ll / tw : 0;
}

export interface Platt {
  a: number;
  b: number;
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/**
 * A calibration: logistic regression from a few inputs to the chance of being right. The inputs
 * are the model's probability for the chosen value (as log-odds) and what else says how far to
 * trust it: an OCR'd document, arithmetic agreement (`calibrationInputs`).
 */
export interface Calibration {
  /** Weights of [1, logit(p), ocr, agree, corroborated, ambiguous, contested, againstLocale, wordDoubt, wordUnsure, labelledSure] (a shorter list: the rest 0). */
  w: number[];
}

export interface CalibrationFlags {
  /** Every page was OCR'd. */
  ocr: boolean;
  /** The amounts were chosen with subtotal + tax = total. */
  agree?: boolean;
  /** The chosen candidate takes part in other arithmetic (tendered - change, a column sum, a rate ...) or is printed twice. */
  corroborated?: boolean;
  /** A date whose day and month could be swapped, and nothing on the document says which. */
  ambiguous?: boolean;
  /**
   * An amount the page also prints before or after an adjustment (a rounding or a discount line
   * relates it to another amount): which of the two is "the total" is a matter of convention.
   */
  contested?: boolean;
  /** A numeric date readable only in the day/month order its currency's country does not write (a misread, or a foreign document). */
  againstLocale?: boolean;
  /**
   * The OCR engine's confidence (0..1) in the least certain word the value was read from; null or
   * absent on a text layer. A misread digit leaves the page's evidence intact (the value still
   * stands under its label) but tesseract is less sure of that word: the one sign of it.
   */
  wordConfidence?: number | null;
  /**
   * A date whose own label (left of it on its line) names it the document's date ("Rechnungsdatum",
   * "Date:"), not an order's, a delivery's or a due date. With its digits read surely (a text layer,
   * or OCR at least WORD_SURE) it is an input of its own: such a date is nearly always right, even
   * when the page prints other dates that share the model's probability.
   */
  labelled?: boolean;
}

export function calibrationInputs(p: number, f: CalibrationFlags): number[] {
  const unsure = wordUnsure(f.wordConfidence);
  return [1, logit(p), f.ocr ? 1 : 0, f.agree ? 1 : 0, f.corroborated ? 1 : 0, f.ambiguous ? 1 : 0, f.contested ? 1 : 0, f.againstLocale ? 1 : 0, wordDoubt(f.wordConfidence), unsure, f.labelled && !unsure ? 1 : 0];
}

/** The number of calibration inputs (the identity calibration's length). */
export const CALIBRATION_INPUTS = 11;

/**
 * 1 when OCR read the value's least sure word below WORD_SURE, else 0 (text layers too). The
 * confident wrong values of scanned receipts are digits OCR misread (2014 for 2016, 20/03 for
 * 30/03), and nearly all of them lie below this line, while the values read at or above it are
 * right 262 times of 263 (receipt dates, out of fold): a step, which the linear shortfall
 * (wordDoubt) alone cannot draw.
 */
export function wordUnsure(c: number | null | undefined): number {
  return c === null || c === undefined || !Number.isFinite(c) ? 0 : c < WORD_SURE ? 1 : 0;
}

/**
 * The calibration input for the OCR engine's word confidence: how far it falls short of
 * WORD_SURE (0 for a text layer or a word read at least that surely), scaled to 0..1.
 */
export function wordDoubt(c: number | null | undefined): number {
  if (c === null || c === undefined || !Number.isFinite(c)) return 0;
  return Math.max(0, WORD_SURE - Math.max(0, Math.min(1, c))) / WORD_SURE;
}

/** tesseract's word confidence at or above which a word counts as read surely (its LSTM gives clean print ~0.9-0.96). */
export const WORD_SURE = 0.9;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Calibrated probability for the inputs. */
export function calibrated(c: Calibration, x: number[]): number {
  return sigmoid(x.reduce((a, xi, i) => a + xi * (c.w[i] ?? 0), 0));
}

/**
 * Fits a calibration by Newton's method (with step halving, so it never diverges) on Platt's
 * smoothed targets, so a perfect separation stays finite. A ridge pulls the weights towards the
 * identity (confidence = the model's own probability): where the data says little (few wrong
 * answers to learn from), the model's probability stands instead of a constant.
 */
export function fitCalibration(samples: Array<{ x: number[]; right: boolean }>, ridge = 1): Calibration {
  const k = samples[0]?.x.length ?? 2;
  if (samples.length === 0) return { w: [0, 1, ...Array(Math.max(0, k - 2)).fill(0)] };
  const pos = samples.filter((s) => s.right).length;
  const neg = samples.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const ts = samples.map((s) => (s.right ? hi : lo));
  const loss = (w: number[]) => {
    let l = 0;
    samples.forEach((s, i) => {
      const z = s.x.reduce((a, xi, j) => a + xi * w[j], 0);
      l += Math.max(z, 0) - z * ts[i] + Math.log1p(Math.exp(-Math.abs(z)));
    });
    return l + (ridge / 2) * w.reduce((a, wi, j) => a + (wi - prior[j]) ** 2, 0);
  };
  const prior = [0, 1, ...Array(Math.max(0, k - 2)).fill(0)];
  let w = [...prior];
  for (let it = 0; it < 100; it++) {
    const g = Array(k).fill(0);
    const h = Array.from({ length: k }, () => Array(k).fill(0));
    samples.forEach((s, i) => {
      const p = sigmoid(s.x.reduce((a, xi, j) => a + xi * w[j], 0));
      const d = p - ts[i];
      const q = p * (1 - p);
      for (let a = 0; a < k; a++) {
        g[a] += d * s.x[a];
        for (let b = 0; b < k; b++) h[a][b] += q * s.x[a] * s.x[b];
      }
    });
    for (let a = 0; a < k; a++) {
      g[a] += ridge * (w[a] - prior[a]);
      h[a][a] += ridge;
    }
    const step = solve(h, g);
    if (!step) break;
    const before = loss(w);
    let t = 1;
    while (t > 1e-6 && loss(w.map((wi, j) => wi - t * step[j])) > before) t /= 2;
    w = w.map((wi, j) => wi - t * step[j]);
    if (step.reduce((a, x) => a + Math.abs(t * x), 0) < 1e-9) break;
  }
  return { w: w.map((x) => Math.round(x * 1e4) / 1e4) };
}

/** Solves H x = g (Gaussian elimination with partial pivoting); null when H is singular. */
function solve(h: number[][], g: number[]): number[] | null {
  const n = g.length;
  const m = h.map((row, i) => [...row, g[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) < 1e-12) return null;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Calibrated probability from a raw probability (Platt scaling: inputs [1, logit p]). */
export function calibrate(c: Platt, p: number): number {
  return sigmoid(c.a * logit(p) + c.b);
}

/** Platt scaling: sigmoid(a * logit(p) + b) fitted to (raw probability, was it right) pairs. */
export function fitPlatt(samples: Array<{ p: number; right: boolean }>): Platt {
  const c = fitCalibration(samples.map((s) => ({ x: [1, logit(s.p)], right: s.right })), 0);
  return { a: c.w[1], b: c.w[0] };
}
