/** Consistency checks on extracted fields; each failure is a human-readable review reason. */
import type { DocumentResult } from '../../types.js';
import { round2 } from '../normalize.js';
import type { RulesDateRaw } from './look.js';

export type FieldsResult = Omit<DocumentResult, 'schemaVersion' | 'documentKind' | 'pageCount' | 'pages' | 'text'> & {
  /**
   * The date's and the total's confidence as the second-look trigger sees it (look.ts: not the
   * model file's calibration, so a refit does not change which documents are read again); null
   * where none was chosen; generic extractor only. Not in the result a user gets (../auto.ts drops it).
   * `dateRules`: the chosen date's raw confidences for the look rules (look.ts dateForRules).
   */
  look?: { invoiceDate: number | null; total: number | null; dateRules?: RulesDateRaw | null };
};

export interface CheckOptions {
  /** Fields (our names: invoiceNumber, invoiceDate, total ...) that must be present. */
  required: string[];
  /** "Today" for the far-future check (ISO date); injectable for tests. */
  today?: string;
  /** A negative total is as written, not a sign of a misread (e-invoices: their type code says what they are). */
  negativeTotalOk?: boolean;
  /** Signed discount / shipping lines printed between the items and the net total (generic extractor): the items add up to the goods before them. */
  adjustments?: number[];
  /** Amounts outside VAT printed between the subtotal and the total (generic extractor): the total holds them besides subtotal + tax. */
  outsideVat?: number;
  /** A withholding deducted after the VAT between the subtotal and the total (generic extractor; 0 or less): the total lacks it. */
  withheld?: number;
}

const LABELS: Record<string, string> = {
  invoiceNumber: 'invoice number',
  invoiceDate: 'invoice date',
  dueDate: 'due date',
  total: 'total',
  subtotal: 'subtotal',
  tax: 'tax',
  currency: 'currency',
};

const EARLIEST = '1990-01-01';

/** The ISO date `years` after today (`today` injectable for tests). */
const yearsAfter = (today: string | undefined, years: number): string => {
  const t = today ?? new Date().toISOString().slice(0, 10);
  return `${Number(t.slice(0, 4)) + years}${t.slice(4)}`;
};

/** Above this confidence no implausible date is given (below every review threshold). */
const IMPLAUSIBLE_CAP = 0.5;

/**
 * An invoice date more than a year after today, or before 1990, is no issue date anyone printed:
 * an OCR misread of its year ("2055" for "2025") or another date. Whatever the evidence around it,
 * it is not given with confidence (in place; the review reason is runChecks').
 */
export function capImplausibleDates(r: FieldsResult, today?: string): void {
  for (const k of ['invoiceDate', 'dueDate'] as const) {
    const f = r[k];
    const latest = yearsAfter(today, k === 'invoiceDate' ? 1 : 3);
    if (f && (f.value < EARLIEST || f.value > latest)) r[k] = { ...f, confidence: Math.min(f.confidence, IMPLAUSIBLE_CAP) };
  }
}

/** Returns the review reasons for a result (empty when everything checks out). */
export function runChecks(r: FieldsResult, opts: CheckOptions): string[] {
  const reasons: string[] = [];
  for (const name of opts.required) {
    const v = (r as unknown as Record<string, unknown>)[name] ?? (r.extra as Record<string, unknown>)[name];
    if (v === null || v === undefined) reasons.push(`required field ${LABELS[name] ?? name} is missing`);
  }
  const sub = r.subtotal?.value;
  const tax = r.tax?.value;
  const total = r.total?.value;
  if (sub !== undefined && tax !== undefined && total !== undefined) {
    const outside = opts.outsideVat ?? 0;
    const withheld = opts.withheld ?? 0;
    const diff = Math.abs(round2(sub + tax + outside + withheld) - total);
    if (diff > 0.02) reasons.push(`subtotal ${sub} + tax ${tax}${outside ? ` + ${outside} outside VAT` : ''}${withheld ? ` - ${-withheld} withheld` : ''} = ${round2(sub + tax + outside + withheld)} does not equal total ${total}`);
  } else if (sub !== undefined && total !== undefined && sub > total + 0.02) {
    reasons.push(`subtotal ${sub} is larger than total ${total}`);
  }
  const amounts = r.lineItems.map((l) => l.amount).filter((a): a is number => typeof a === 'number');
  if (amounts.length >= 2 && (sub !== undefined || total !== undefined)) {
    const sum = round2(amounts.reduce((a, b) => a + b, 0));
    const adj = round2((opts.adjustments ?? []).reduce((a, b) => a + b, 0));
    const ok = [sub, total].some((x) => x !== undefined && [sum, round2(sum + adj)].some((s) => Math.abs(s - x) <= 0.02 + 0.005 * amounts.length));
    if (!ok) reasons.push(`line items add up to ${sum}, which matches neither subtotal ${sub ?? '-'} nor total ${total ?? '-'}`);
  }
  for (const [name, fld] of [['invoice date', r.invoiceDate], ['due date', r.dueDate]] as const) {
    if (!fld) continue;
    if (fld.value < EARLIEST) reasons.push(`${name} ${fld.value} is before 1990`);
    else if (name === 'invoice date' && fld.value > yearsAfter(opts.today, 1)) reasons.push(`${name} ${fld.value} is more than a year in the future`);
    else if (name === 'due date' && fld.value > yearsAfter(opts.today, 3)) reasons.push(`${name} ${fld.value} is far in the future`);
  }
  if (r.invoiceDate && r.dueDate && r.dueDate.value < r.invoiceDate.value) {
    reasons.push(`due date ${r.dueDate.value} is before invoice date ${r.invoiceDate.value}`);
  }
  if (total !== undefined && total < 0 && !opts.negativeTotalOk) reasons.push(`total ${total} is negative (credit note?)`);
  return reasons;
}
