/**
 * Amount candidates: every amount on the document, described by the evidence around it (the label
 * words left of it and above it in its column, the other amounts on its row, its place on the page,
 * how it is written) and by the arithmetic it takes part in (net + tax = it, tendered - change =
 * it, it is the sum of the column above, it is a rate of another amount ...). The model (model.ts)
 * turns these features into the chance that the amount is the total, the subtotal or the tax.
 */
import type { Features } from './learn/logistic.js';
import { AMOUNT, LINES_TOTAL, mendTotalWord } from './lexicon.js';
import { cuesSeen as cues } from './cues-seen.js';
import { columnContinues, headingAbove, leftWords, previousLine, relY, type DocView } from './context.js';
import type { Line } from './cells.js';
import { printsRate, type Money } from './tokens.js';
import { round2, nearAmount, sameCents } from '../normalize.js';
import { markOutsideSections, outsideBetween, outsideLines } from './outside.js';
import { roundingBetween } from './adjustment.js';

export interface AmountCandidate {
  value: number;
  line: Line;
  money: Money;
  /** The label words the amount was read with (for `source`). */
  label: string;
  features: Features;
}


const TAX_WORD = '(?:gst|vat|tax|sst|hst|mwst|ust|tva|iva|btw|moms|alv|dph|[áa]fa)';
// "Total GST Amt", and the other way round, "Tax Total:" (a tax summary's last line).
const TAX_TOTAL = new RegExp(`(?<![\\p{L}])(?:total\\s*${TAX_WORD}(?![\\p{L}])(?:\\s*(?:amt|amount|payable|due))?|${TAX_WORD}\\s*total)\\s*[:.]?\\s*(?:\\(?[A-Z]{2,3}\\)?|RM)?\\s*$`, 'iu');

/** What a label says: the lexicon classes found in it, and whether it holds a percentage. */
interface LabelCues {
  classes: readonly string[];
  pct: boolean;
}

/**
 * Reads labels for one document, each distinct text once: an amount's heading, its row's label and
 * the line before it are shared by its neighbours (`ocr`: a scanned page's labels, their misread
 * "total" mended).
 */
function labelReader(ocr: boolean): (raw: string) => LabelCues {
  const memo = new Map<string, LabelCues>();
  return (raw) => {
    let r = memo.get(raw);
    if (!r) memo.set(raw, (r = readLabel(raw, ocr)));
    return r;
  };
}

/** Adds `prefix:class` for each lexicon class the label holds (and `prefix:pct`); whether it holds any. */
function addCues(f: Features, prefix: string, label: LabelCues): boolean {
  for (const k of label.classes) f[`${prefix}:${k}`] = 1;
  if (label.pct) f[`${prefix}:pct`] = 1;
  return label.classes.length > 0;
}

/**
 * A word for "without" and the word for VAT after it ("ohne MwSt", "excl. VAT", "hors TVA", "без ПДВ"):
 * a column heading that says so ("Сума без ПДВ", "Betrag ohne MwSt") names the net amounts under it, no tax.
 */
const WITHOUT_TAX = new RegExp(`(?:${AMOUNT.excl.source})(?:[.\\s]*(?:${AMOUNT.tax.source}))?`, "giu");

function readLabel(raw: string, ocr: boolean): LabelCues {
  const text = ocr ? mendTotalWord(raw) : raw;
  const found = cues(AMOUNT, text);
  // "Total GST Amt", "Total VAT", "Total MwSt": the total of the tax, not the document's total.
  if (TAX_TOTAL.test(text) && !found.has('incl') && !found.has('excl')) {
    found.delete('totalWeak');
    found.delete('totalStrong');
  }
  // "Line Total Amount": the lines' sum before allowances, a net amount, not the document's total.
  if (LINES_TOTAL.test(text) && !found.has('incl')) {
    found.delete('totalWeak');
    found.delete('totalStrong');
    found.add('net');
  }
  // "Gerichtskosten (durchlaufender Posten, ohne USt.)": a cost outside VAT (outside.ts), whose "without VAT" makes it no net amount;
  // "Gesamtbetrag inkl. durchlaufender Posten" is still the total.
  if (found.has('outside')) {
    if (found.has('totalStrong') || found.has('due')) found.delete('outside');
    else for (const k of ['net', 'excl', 'tax', 'incl', 'totalWeak'] as const) found.delete(k);
  }
  // "Tip amount", "Trinkgeld gesamt" are tips; "Total incl. tip", "Total with gratuity" are totals: the first word says which.
  if (found.has('tip')) {
    const first = (k: 'tip' | 'totalStrong' | 'totalWeak' | 'due') => (found.has(k) ? (AMOUNT[k].exec(text)?.index ?? Infinity) : Infinity);
    const total = Math.min(first('totalStrong'), first('totalWeak'), first('due'));
    if (total < first('tip')) found.delete('tip');
    else for (const k of ['totalStrong', 'totalWeak', 'due'] as const) found.delete(k);
  }
  return { classes: [...found].map(String), pct: printsRate(text) };
}

/** How far (non-blank lines) a sum row looks up for its columns' headings: a table of a page's length. */
const SUM_ROW_UP = 40;
/** A row labelled as a sum ("Summe", "Total", "Gesamt") and as nothing else. */
const sumRow = (c: LabelCues): boolean => c.classes.length > 0 && c.classes.every((k) => k === 'totalWeak' || k === 'totalStrong');

/** Every amount of the document with its local evidence (arithmetic is added by `addArithmetic`). */
export function amountCandidates(v: DocView): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const all = v.amounts.flat();
  const maxAbs = Math.max(0, ...all.map((a) => Math.abs(a.value)));
  const distinct = [...new Set(all.map((a) => Math.abs(a.value)))].sort((a, b) => b - a);
  const rounds = v.lines.some((l) => AMOUNT.rounding.test(l.text));
  const counts = new Map<number, number>();
  for (const a of all) counts.set(round2(Math.abs(a.value)), (counts.get(round2(Math.abs(a.value))) ?? 0) + 1);
  const label = labelReader(v.ocr);
  for (const l of v.lines) {
    const row = v.amounts[l.n];
    if (!row.length) continue;
    // What the line says for each of its amounts, read once per line.
    const lineWordless = !/\p{L}{2}/u.test(l.text);
    const qtyx = /\b\d+\s?[x×*]\s|\s[x×*]\s?\d/i.test(l.text);
    row.forEach((m, i) => {
      const f: Features = { bias: 1 };
      const left = leftWords(l.text, m.start, i > 0 ? row[i - 1].end : 0);
      const labelled = addCues(f, 'seg', label(left));
      if (!/\p{L}{2}/u.test(left)) f['seg:empty'] = 1;
      // The line's first words (a row label) when the amount's own cell has none.
      const head = l.text.slice(0, row[0].start);
      if (i > 0 && !labelled) addCues(f, 'row', label(head));
      // A sum row carrying several columns ("Summe  1.602,80  277,08  1.879,88") under a long table: each amount is its column's sum, named by the column's heading however far up.
      const above = headingAbove(v, l, [m.start, m.end]) ?? (row.length >= 2 && sumRow(label(head)) ? headingAbove(v, l, [m.start, m.end], SUM_ROW_UP) : null);
      if (above) {
        addCues(f, 'above', label(above.text));
        if (f['above:tax'] && f['above:excl'] && !AMOUNT.tax.test(above.text.replace(WITHOUT_TAX, ' '))) delete f['above:tax'];
        if (columnContinues(v, l, [m.start, m.end])) f['col:more'] = 1;
      }
      if (lineWordless) {
        const prev = previousLine(v, l);
        if (prev) addCues(f, 'prev', label(prev.text));
      }
      if (i === row.length - 1) f['pos:rightmost'] = 1;
      if (row.length === 1) f['pos:only'] = 1;
      if (row.length >= 3) f['pos:row3'] = 1;
      if (qtyx) f['pos:qtyx'] = 1;
      const y = relY(v, l);
      f['place:y'] = y;
      if (y > 0.5) f['place:lower'] = 1;
      if (l.page === v.lastPage) f['place:lastPage'] = 1;
      if (l.page === 1) f['place:firstPage'] = 1;
      if (m.decimals) f['fmt:decimals'] = 1;
      else f['fmt:whole'] = 1;
      if (m.currency) f['fmt:currency'] = 1;
      if (m.value < 0) f['fmt:negative'] = 1;
      if (m.value === 0) f['fmt:zero'] = 1;
      if (/[.,'’ ]\d{3}/.test(m.raw) && m.decimals) f['fmt:grouped'] = 1;
      // Cash totals are rounded to the smallest coin in many countries (0.05): counts where the document rounds.
      if (Math.round(Math.abs(m.value) * 100) % 5 === 0 && rounds) f['fmt:round05'] = 1;
      const abs = Math.abs(m.value);
      f['val:log'] = Math.log10(abs + 1) / 4;
      if (abs === maxAbs && abs > 0) f['val:max'] = 1;
      else if (abs === distinct[1]) f['val:second'] = 1;
      const c = counts.get(round2(abs)) ?? 1;
      if (c >= 2) f['rep:2'] = 1;
      if (c >= 3) f['rep:3'] = 1;
      if (v.ocr) f['doc:ocr'] = 1;
      out.push({ value: m.value, line: l, money: m, label: left, features: f });
    });
  }
  markOutsideSections(out, v.lines);
  addArithmetic(out, v);
  columnTotals(out);
  sumBelow(out);
  out.push(...taxSums(out));
  // The first and the last amount labelled as a total (a receipt prints "Total" before and after rounding).
  const labelledTotals = out.filter((c) => c.features['seg:totalStrong'] || c.features['seg:totalWeak']);
  if (labelledTotals.length > 1) {
    labelledTotals[0].features['order:firstTotal'] = 1;
    labelledTotals[labelledTotals.length - 1].features['order:lastTotal'] = 1;
  }
  return out;
}

/**
 * The amount has a rival the page relates to it by an adjustment: a rounding or discount line whose
 * value is the difference between the two (26.82 and 26.80 with "Rounding -0.02"; 60.60 and 33.00
 * with "Coupon 27.60"), or a cash rounding is printed right beside it. Documents and their readers disagree on which of the two is the total, so
 * the choice is less certain than its evidence alone says (a calibration input).
 */
export function adjustedRival(c: AmountCandidate, all: AmountCandidate[]): boolean {
  if (c.value === 0) return false;
  const adjustments = all.filter((r) => r !== c && r.value !== 0 && Math.abs(r.value) < Math.abs(c.value) && (own(r, 'rounding', 'discount') || r.features['prev:rounding'] || r.features['prev:discount']));
  if (!adjustments.length) return false;
  // A cash rounding printed beside it: the amount before and after it are both "the total" to someone (even when OCR misread the other).
  if (adjustments.some((r) => own(r, 'rounding') && Math.abs(r.value) < 0.1 && r.line.page === c.line.page && Math.abs(r.line.n - c.line.n) <= 3)) return true;
  return all.some(
    (o) =>
      o.line.n !== c.line.n &&
      Math.abs(o.line.n - c.line.n) <= 8 &&
      o.value !== 0 &&
      !sameCents(o.value, c.value) &&
      adjustments.some((r) => r !== o && r.line.n !== o.line.n && Math.abs(Math.abs(o.value - c.value) - Math.abs(r.value)) < 0.005),
  );
}

/**
 * A grid's "Total" row under its value and VAT columns ("Total  10.670,00  2.027,30" over "Total
 * de plată 12.697,30"): a row labelled only as a total, with two amounts whose sum is the labelled
 * grand total printed within four lines after it, holds the column totals: the net and the tax.
 */
function columnTotals(cs: AmountCandidate[]): void {
  const rows = new Map<number, AmountCandidate[]>();
  for (const c of cs) rows.set(c.line.n, [...(rows.get(c.line.n) ?? []), c]);
  for (const row of rows.values()) {
    if (row.length !== 2 || !row.some((c) => own(c, 'totalWeak')) || row.some((c) => own(c, 'totalStrong', 'due', 'net', 'tax'))) continue;
    const [a, b] = row;
    if (Math.abs(b.value) >= Math.abs(a.value) || b.value === 0) continue;
    const grand = cs.filter((t) => t.line.page === a.line.page && t.line.n > a.line.n && t.line.n <= a.line.n + 4 && own(t, 'totalStrong', 'due') && nearAmount(a.value + b.value, t.value));
    if (!grand.length) continue;
    a.features['arith:netOfTotal'] = 1;
    b.features['arith:taxOfTotal'] = 1;
    for (const t of grand) t.features['arith:netPlusTax'] = 1;
  }
}

/**
 * A net line and a tax line, each with its own label, and their sum right under them in the same
 * column: the total, whatever its label says. OCR misreads the total's label ("Gesamtbhetrag",
 * "Rechnungshetrag") more often than the two short ones above it, and a lexicon lacks some wordings;
 * the pair is then the net and the tax of that total (as with a labelled one, addArithmetic).
 */
function sumBelow(cs: AmountCandidate[]): void {
  const rightmost = cs.filter((c) => c.features['pos:rightmost'] && c.value !== 0);
  const nets = rightmost.filter((c) => own(c, 'net') && !own(c, 'tax', 'totalStrong', 'due'));
  const taxes = rightmost.filter((c) => own(c, 'tax') && !own(c, 'net', 'totalStrong', 'totalWeak', 'due'));
  for (const n of nets) {
    for (const q of taxes) {
      const [first, last] = n.line.n < q.line.n ? [n, q] : [q, n];
      if (q.line.page !== n.line.page || last.line.n - first.line.n > 2 || Math.abs(q.value) > 0.3 * Math.abs(n.value) || Math.sign(q.value) !== Math.sign(n.value)) continue;
      const sum = cs.find((t) => t.features['pos:rightmost'] && t.line.page === n.line.page && t.line.n > last.line.n && t.line.n <= last.line.n + 2 && nearAmount(n.value + q.value, t.value) && Math.abs(t.money.end - last.money.end) <= 3);
      if (!sum) continue;
      n.features['arith:netOfTotal'] = 1;
      q.features['arith:taxOfTotal'] = 1;
      sum.features['arith:netPlusTax'] = 1;
    }
  }
}

/**
 * Several VAT rates (19 % and 7 %, 21 % and 9 % ...): one tax line per rate between the net amount
 * and the total, which together make up the difference. Their sum is printed nowhere, so it becomes
 * a candidate of its own (feature `synthetic:taxSum`), and the net and the total it joins agree.
 */
function taxSums(cs: AmountCandidate[]): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const seen = new Set<number>();
  // The labels, read once per amount (the loops below visit every pair and triple; none of them changes a label).
  const totals = cs.filter((t) => has(t, 'totalStrong', 'totalWeak', 'due') && t.value !== 0);
  const nets = cs.filter((n) => has(n, 'net'));
  const taxLines = cs.filter((x) => own(x, 'tax') && !own(x, 'net', 'totalStrong') && x.features['pos:rightmost']);
  for (const t of totals) {
    for (const n of nets) {
      if (n.line.page !== t.line.page || n.line.n >= t.line.n || Math.abs(n.value) >= Math.abs(t.value)) continue;
      // A tax line by its own label (a heading above it may be the net amount's line, when a layout runs label and value together).
      const between = taxLines.filter((x) => x.line.page === t.line.page && x.line.n > n.line.n && x.line.n < t.line.n);
      if (between.length < 2) continue;
      const sum = round2(between.reduce((a, x) => a + x.value, 0));
      if (!nearAmount(n.value + sum, t.value) || seen.has(sum)) continue;
      seen.add(sum);
      t.features['arith:netPlusTax'] = 1;
      n.features['arith:netOfTotal'] = 1;
      const first = between[0];
      out.push({ value: sum, line: first.line, money: { ...first.money, value: sum }, label: first.label, features: { bias: 1, 'seg:tax': 1, 'synthetic:taxSum': 1, 'arith:taxOfTotal': 1, 'fmt:decimals': 1, 'pos:rightmost': 1 } });
    }
  }
  return out;
}

/** A sum of one line per rate, a total after a cash rounding OCR lost (rounding.ts), tendered less change (tendered.ts) or a garbled total's sums (garbled.ts): printed nowhere on the page (no box, no word of its own). */
export const printedNowhere = (c: AmountCandidate): boolean =>
  !!(c.features['synthetic:taxSum'] || c.features['synthetic:netSum'] || c.features['synthetic:rounded'] || c.features['synthetic:cashLessChange'] || c.features['synthetic:garbledTotal']);

/** The label classes an amount's features name: in its own cell or row (`own`), or also in the heading above it or the line before (`has`). */
interface LabelClasses {
  own: ReadonlySet<string>;
  has: ReadonlySet<string>;
}

/**
 * Each amount's label classes, read once from its features: `own` and `has` run for every pair of
 * amounts (the arithmetic, the adjustments, the rivals), and a look-up of `seg:${k}`, `row:${k}` ...
 * in a features object of dozens of names was a fifth of the candidates' time. The label features
 * are all set when the amount is made (amountCandidates, taxSums): later features (arith:, adj:, rep:)
 * name no label class. Keyed by the features object, so the sets live as long as the amount does.
 */
const labelClassesOf = new WeakMap<Features, LabelClasses>();
function labelClasses(c: AmountCandidate): LabelClasses {
  let lc = labelClassesOf.get(c.features);
  if (!lc) {
    const own = new Set<string>();
    const has = new Set<string>();
    for (const n of Object.keys(c.features)) {
      if (!c.features[n]) continue;
      const i = n.indexOf(':');
      const where = n.slice(0, i);
      if (where === 'seg' || where === 'row') own.add(n.slice(i + 1));
      if (where === 'seg' || where === 'row' || where === 'above' || where === 'prev') has.add(n.slice(i + 1));
    }
    labelClassesOf.set(c.features, (lc = { own, has }));
  }
  return lc;
}
const anyIn = (set: ReadonlySet<string>, keys: readonly string[]): boolean => {
  for (const k of keys) if (set.has(k)) return true;
  return false;
};
/** The amount's own cell or row says so. */
export const own = (c: AmountCandidate, ...keys: string[]): boolean => anyIn(labelClasses(c).own, keys);
/** Its cell, row, the heading above it or the line before it says so. */
export const has = (c: AmountCandidate, ...keys: string[]): boolean => anyIn(labelClasses(c).has, keys);

/** Arithmetic agreement: which sums, differences and rates each amount takes part in. */
function addArithmetic(cs: AmountCandidate[], v: DocView): void {
  const mark = arithmeticOf(cs, v);
  for (const c of cs) mark(c);
}

/**
 * The arithmetic features of an amount among the document's amounts `cs` (the amount itself need
 * not be one of them: a total derived from the cash and change lines, tendered.ts, is weighed by
 * the same sums as a printed one).
 */
export function arithmeticOf(cs: AmountCandidate[], v: DocView): (c: AmountCandidate) => void {
  // A count printed between a label and its amount ("Sub Total   2   RM 68.87", "GST 6%   4   RM 4.13") leaves the amount's own cell empty: the row's label is its label.
  // Only for an amount with cents: a row of whole digit groups is a number's pieces (an IBAN after "TVA FR19 ..."), no sum's part.
  const rowLabelled = (c: AmountCandidate) => c.money.decimals && Object.keys(c.features).some((k) => k.startsWith('row:') && k !== 'row:pct');
  const labelled = cs.filter((c) => !c.features['seg:empty'] || c.features['above:totalWeak'] || c.features['above:net'] || c.features['above:tax'] || rowLabelled(c));
  const nets = labelled.filter((c) => has(c, 'net'));
  const taxes = labelled.filter((c) => has(c, 'tax') && !has(c, 'net', 'totalStrong'));
  const totals = labelled.filter((c) => has(c, 'totalStrong', 'totalWeak', 'due'));
  // A sum under a plain total's label right above the tax line is the net when the grand total follows the tax
  // ("Total Honorar 3 592.50 / MWST 8.1 % 290.99 / Rechnungsbetrag 3 883.49", "Summe / USt / Gesamtbetrag").
  const weakSums = labelled.filter((c) => own(c, 'totalWeak') && !has(c, 'totalStrong', 'due', 'tax', 'net'));
  const grand = labelled.filter((c) => own(c, 'totalStrong', 'due'));
  const netAbove = (q: AmountCandidate) =>
    grand.some((t) => t !== q && t.line.page === q.line.page && t.line.n > q.line.n && Math.abs(t.value) > Math.abs(q.value) && weakSums.some((n) => n !== q && n.line.page === q.line.page && n.line.n < q.line.n && nearAmount(n.value + q.value + off(n, t), t.value)));
  const tendered = labelled.filter((c) => has(c, 'tendered'));
  const changes = labelled.filter((c) => has(c, 'change'));
  const prepaid = labelled.filter((c) => has(c, 'prepaid'));
  const dues = labelled.filter((c) => has(c, 'due'));
  const roundings = labelled.filter((c) => has(c, 'rounding'));
  const values = new Set(labelled.map((c) => round2(c.value)));
  // Amounts outside VAT between a net amount or tax and the total are part of the total (outside.ts), and so is a cash-rounding adjustment (adjustment.ts).
  const outs = outsideLines(cs);
  const off = (a: AmountCandidate, t: AmountCandidate) => (outs.length ? outsideBetween(outs, a, t) : 0) + roundingBetween(v, a, t);
  return (c) => {
    const x = c.value;
    const f = c.features;
    if (x === 0) return;
    // Signed sums, so a credit note's negative amounts agree as well as an invoice's.
    const bigger = (t: AmountCandidate) => Math.abs(t.value) > Math.abs(x);
    if (nets.some((n) => n !== c && taxes.some((t) => t !== c && t !== n && nearAmount(n.value + t.value + off(n, c), x)))) f['arith:netPlusTax'] = 1;
    if (totals.some((t) => t !== c && bigger(t) && taxes.some((q) => q !== c && q !== t && nearAmount(x + q.value + off(c, t), t.value)))) f['arith:netOfTotal'] = 1;
    if (totals.some((t) => t !== c && bigger(t) && nets.some((n) => n !== c && n !== t && nearAmount(n.value + x + off(n, t), t.value)))) f['arith:taxOfTotal'] = 1;
    if (own(c, 'tax') && netAbove(c)) f['arith:taxOfTotal'] = 1;
    if (tendered.some((t) => t !== c && changes.some((h) => h !== c && h !== t && nearAmount(t.value - h.value, x)))) f['arith:tenderedMinusChange'] = 1;
    if (tendered.some((t) => t !== c && nearAmount(t.value, x))) f['arith:equalsTendered'] = 1;
    if (prepaid.some((p) => p !== c && dues.some((d) => d !== c && d !== p && nearAmount(x - p.value, d.value) && d.value > 0))) f['arith:duePlusPrepaid'] = 1;
    if (roundings.some((r) => r !== c && values.has(round2(x - r.value)) && Math.abs(r.value) < 1 && r.value !== 0)) f['arith:afterRounding'] = 1;
    for (const r of v.rates) {
      if (labelled.some((o) => o !== c && bigger(o) && nearAmount(round2((o.value * r) / 100), x))) f['arith:rateOf'] = 1;
      if (labelled.some((o) => o !== c && !bigger(o) && nearAmount(round2(o.value * (1 + r / 100)), x))) f['arith:grossOf'] = 1;
    }
    if (columnSum(c, v)) f['arith:columnSum'] = 1;
    // Cash rounding: a total rounded to the smallest coin, printed after the exact one (or before it).
    const cents = Math.round(Math.abs(x) * 100);
    const exact = totals.filter((t) => t !== c && Math.abs(t.value - x) < 0.05 && Math.abs(t.value - x) > 0.004);
    if (cents % 5 === 0 && exact.some((t) => t.line.n < c.line.n && Math.round(Math.abs(t.value) * 100) % 5 !== 0)) f['arith:roundedOfTotal'] = 1;
    if (cents % 5 !== 0 && cs.some((o) => o !== c && o.line.n > c.line.n && Math.abs(o.value - x) < 0.05 && Math.abs(o.value - x) > 0.004 && Math.round(Math.abs(o.value) * 100) % 5 === 0)) f['arith:roundedLater'] = 1;
  };
}

/** The amount is the sum of two or more amounts right above it in its column (a table's sum). */
function columnSum(c: AmountCandidate, v: DocView): boolean {
  let sum = 0;
  let n = 0;
  let gaps = 0;
  for (let i = c.line.n - 1; i >= 0 && gaps < 4; i--) {
    const l = v.lines[i];
    if (l.page !== c.line.page) break;
    const m = v.amounts[i].find((a) => a.end > c.money.start - 2 && a.start < c.money.end + 2);
    if (!m) {
      if (l.text.trim()) gaps++;
      continue;
    }
    gaps = 0;
    sum = round2(sum + m.value);
    n++;
    if (n >= 2 && nearAmount(sum, c.value)) return true;
    if (Math.abs(sum) > Math.abs(c.value) * 1.5 + 1) return false;
  }
  return false;
}
