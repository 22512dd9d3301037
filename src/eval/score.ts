/** Scoring extraction results against invoice2data-style expected JSON. Pure functions. */
import type { FieldsResult } from '../extract/fields/checks.js';
import { CREDIT_NOTE_CODES } from '../extract/fields/doctype.js';

export const CORE_FIELDS = ['invoice_number', 'date', 'amount', 'currency'] as const;
/** Keys in expected outputs that describe the template, not the document. */
const IGNORED = new Set(['desc']);

export type Verdict = 'correct' | 'wrong' | 'missing';

export interface FieldScore {
  verdict: Verdict;
  expected: unknown;
  actual: unknown;
  /** The result's confidence for the field (null: no value, or a field without one). */
  confidence: number | null;
  /** Party names only (NAME_FIELDS): the verdict under the name comparison (sameName). */
  nameVerdict?: Verdict;
  /** invoice_number only: right only once a leading number sign was set aside (sameNumber). */
  numberSign?: true;
  /** An amount of a credit-note e-invoice, right only with its sign turned (creditNoteSign). */
  creditSign?: true;
}

/** Fields holding a party's name, scored a second time by sameName besides exactly. */
export const NAME_FIELDS = ['issuer', 'partner_name'] as const;

/**
 * A name as the name comparison sees it: case-folded, punctuation removed ("S.H.H." = "SHH"),
 * whitespace collapsed.
 * Nothing looser (no accents dropped, no legal form or word left out, no edit distance): OCR'd
 * capitals ("SDN. BHD." vs "SDN BHD") and XML vs page spelling ("Müller GmbH." vs "MÜLLER GMBH")
 * differ in those three only when the same words are read.
 */
export const nameKey = (s: string) => s.normalize('NFC').toLowerCase().replace(/\p{P}+/gu, '').replace(/\s+/g, ' ').trim();

/** Two names are the same name when their keys are equal (and not empty). */
export function sameName(expected: unknown, actual: unknown): boolean {
  if (typeof expected !== 'string' || typeof actual !== 'string') return false;
  const e = nameKey(expected);
  return e !== '' && e === nameKey(actual);
}

/**
 * A number sign printed before an invoice number ("#", "No.", "Nº" or "N°", a space after it or
 * not): the page's way of saying "number", not part of it. invoice2data's truths keep it where a
 * template's regex captured it ("Invoice No : # BLR_…" gives "#BLR_…"), the extractor never does.
 */
const NUMBER_SIGN = /^(?:#|No\.|N[º°])\s*/i;
export const withoutNumberSign = (s: string) => s.trim().replace(NUMBER_SIGN, '');

/**
 * Two invoice numbers that differ only by a leading number sign on either side (the scoring rule
 * for invoice_number; exactly equal ones do not need it). Nothing else is set aside.
 */
export function sameNumber(expected: unknown, actual: unknown): boolean {
  if (typeof expected !== 'string' || typeof actual !== 'string') return false;
  const e = withoutNumberSign(expected);
  return e !== '' && e === withoutNumberSign(actual);
}

/** The amounts a credit note's page may print with the other sign than its XML writes them. */
const SIGNED_AMOUNTS = new Set(['amount', 'amount_untaxed', 'amount_tax', 'amount_due']);

/**
 * The credit-note sign rule (e-invoice pages only): a credit note's XML (UNTDID 1001 credit-note
 * type codes, CREDIT_NOTE_CODES) writes its amounts positive, as EN 16931 wants, while its page may
 * print them negative (`Total TTC -233,47 €`). docparse keeps the sign the page prints (README,
 * `documentType`), so an amount that is the XML's with its sign turned is right. Invoices (380,
 * and a corrected invoice, 384, which may be negative in its XML too) are scored exactly.
 */
export function creditNoteSign(field: string, typeCode: string | null | undefined, expected: unknown, actual: unknown): boolean {
  if (!typeCode || !CREDIT_NOTE_CODES.has(typeCode) || !SIGNED_AMOUNTS.has(field)) return false;
  return typeof expected === 'number' && typeof actual === 'number' && expected !== 0 && sameValue(-expected, actual);
}

export interface DocScore {
  name: string;
  input: string;
  templateId: string | null;
  fields: Record<string, FieldScore>;
  /** The result's needsReview (null when the document could not be read). */
  needsReview: boolean | null;
  /** The result's review reasons (empty when not flagged or not read): what flagged it (scripts/review-reasons.mjs). */
  reviewReasons: string[];
  error?: string;
}

/** Deep equality with a cent tolerance for numbers and numeric strings compared as numbers. */
export function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) < 0.005;
  if (typeof expected === 'number' && typeof actual === 'string') return actual.trim() !== '' && sameValue(expected, Number(actual));
  if (typeof expected === 'string' && typeof actual === 'string') return expected.trim() === actual.trim();
  if (typeof expected === 'string' && typeof actual === 'number') return false;
  if (Array.isArray(expected) && Array.isArray(actual)) return expected.length === actual.length && expected.every((e, i) => sameValue(e, actual[i]));
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(expected) && !Array.isArray(actual)) {
    const ek = Object.keys(expected);
    return ek.length === Object.keys(actual).length && ek.every((k) => sameValue((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k]));
  }
  return expected === actual;
}

/** invoice2data field name -> the result's field, for confidences. */
const RESULT_FIELD: Record<string, (r: FieldsResult) => { confidence: number } | null> = {
  invoice_number: (r) => r.invoiceNumber,
  date: (r) => r.invoiceDate,
  date_due: (r) => r.dueDate,
  amount: (r) => r.total,
  amount_untaxed: (r) => r.subtotal,
  amount_tax: (r) => r.tax,
  amount_due: (r) => r.amountDue,
  currency: (r) => r.currency,
  issuer: (r) => r.vendor.name,
  partner_name: (r) => r.customer.name,
  vat: (r) => r.vendor.taxId,
};

/** `typeCode`: an e-invoice page's type code from its XML (the credit-note sign rule); null otherwise. */
export function scoreDoc(name: string, input: string, expected: Record<string, unknown>, actual: Record<string, unknown>, result: FieldsResult | null, typeCode: string | null = null): DocScore {
  const fields: DocScore['fields'] = {};
  for (const [k, e] of Object.entries(expected)) {
    if (IGNORED.has(k)) continue;
    const a = actual[k];
    const signed = k === 'invoice_number' && a != null && !sameValue(e, a) && sameNumber(e, a);
    const credit = !sameValue(e, a) && creditNoteSign(k, typeCode, e, a);
    const verdict: Verdict = a === undefined || a === null ? 'missing' : signed || credit || sameValue(e, a) ? 'correct' : 'wrong';
    const conf = result && verdict !== 'missing' ? (RESULT_FIELD[k]?.(result)?.confidence ?? null) : null;
    fields[k] = { verdict, expected: e, actual: a ?? null, confidence: conf };
    if (signed) fields[k].numberSign = true;
    if (credit) fields[k].creditSign = true;
    if ((NAME_FIELDS as readonly string[]).includes(k)) fields[k].nameVerdict = verdict === 'missing' ? 'missing' : sameName(e, a) ? 'correct' : 'wrong';
  }
  return { name, input, templateId: result?.templateId ?? null, fields, needsReview: result?.needsReview ?? null, reviewReasons: result?.reviewReasons ?? [] };
}

export interface Tally {
  correct: number;
  wrong: number;
  missing: number;
}

export interface Summary {
  documents: number;
  perField: Record<string, Tally>;
  overall: { correct: number; total: number; share: number };
  core: { correct: number; total: number; share: number };
  /** Documents not flagged for review, and of those the ones with every core field right. */
  unflagged: { documents: number; fullyRight: number; share: number };
  /** Core fields given with confidence >= 0.9, and of those the ones that are right. */
  confident: { fields: number; right: number; share: number };
  /** Party names (NAME_FIELDS) under the name comparison; perField keeps the exact verdicts. */
  names: Record<string, Tally>;
  /** Invoice numbers counted right only by the number-sign rule (sameNumber): strict = right - this. */
  numberSign: number;
  /** Amounts counted right only by the credit-note sign rule (creditNoteSign). */
  creditSign: number;
}

const share = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function summarize(docs: DocScore[], core: readonly string[] = CORE_FIELDS): Summary {
  const perField: Summary['perField'] = {};
  let correct = 0;
  let total = 0;
  let coreCorrect = 0;
  let coreTotal = 0;
  let unflagged = 0;
  let fullyRight = 0;
  let confident = 0;
  let confidentRight = 0;
  const names: Summary['names'] = {};
  let numberSign = 0;
  let creditSign = 0;
  for (const d of docs) {
    let allCore = true;
    for (const [k, v] of Object.entries(d.fields)) {
      if (v.numberSign) numberSign++;
      if (v.creditSign) creditSign++;
      if (v.nameVerdict) (names[k] ??= { correct: 0, wrong: 0, missing: 0 })[v.nameVerdict]++;
      const row = (perField[k] ??= { correct: 0, wrong: 0, missing: 0 });
      row[v.verdict]++;
      total++;
      if (v.verdict === 'correct') correct++;
      if (core.includes(k)) {
        coreTotal++;
        if (v.verdict === 'correct') coreCorrect++;
        else allCore = false;
        if (v.confidence !== null && v.confidence >= 0.9) {
          confident++;
          if (v.verdict === 'correct') confidentRight++;
        }
      }
    }
    if (d.needsReview === false) {
      unflagged++;
      if (allCore) fullyRight++;
    }
  }
  return {
    documents: docs.length,
    perField,
    overall: { correct, total, share: share(correct, total) },
    core: { correct: coreCorrect, total: coreTotal, share: share(coreCorrect, coreTotal) },
    unflagged: { documents: unflagged, fullyRight, share: share(fullyRight, unflagged) },
    confident: { fields: confident, right: confidentRight, share: share(confidentRight, confident) },
    names,
    numberSign,
    creditSign,
  };
}

/** Confidence bins for the reliability table. */
export const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

export interface ReliabilityRow {
  from: number;
  to: number;
  fields: number;
  right: number;
  /** Mean confidence in the bin. */
  meanConfidence: number;
}

/**
 * Core fields that have a value, binned by confidence: how often each bin is right. With
 * `names`, the party names instead, right by the name comparison.
 */
export function reliability(docs: DocScore[], core: readonly string[] = CORE_FIELDS, names = false): ReliabilityRow[] {
  const rows: ReliabilityRow[] = BINS.slice(0, -1).map((from, i) => ({ from, to: Math.min(1, BINS[i + 1]), fields: 0, right: 0, meanConfidence: 0 }));
  for (const d of docs) {
    for (const [k, f] of Object.entries(d.fields)) {
      const v = names ? { ...f, verdict: f.nameVerdict } : f;
      if (names ? !v.verdict : !core.includes(k)) continue;
      if (v.verdict === 'missing' || v.confidence === null) continue;
      const i = BINS.findIndex((b, j) => j < BINS.length - 1 && v.confidence! >= b && v.confidence! < BINS[j + 1]);
      const row = rows[Math.max(0, i)];
      row.fields++;
      row.meanConfidence += v.confidence;
      if (v.verdict === 'correct') row.right++;
    }
  }
  for (const r of rows) r.meanConfidence = r.fields ? r.meanConfidence / r.fields : 0;
  return rows;
}
