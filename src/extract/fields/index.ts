/**
 * Field extraction: text pages in, invoice fields out. A vendor template (invoice2data format) is used
 * when one matches; otherwise the generic extractor. Results are checked and flagged for review.
 */
import type { Field, LineItem, Party } from '../../types.js';
import type { PageText } from '../types.js';
import { GENERIC_TEMPLATE, GENERIC_TEMPLATE_ID, selectTemplate, type TemplateCandidate } from '../templates/select.js';
import { prepareInput, runTemplate, type RawOutput } from '../templates/engine.js';
import type { Template } from '../templates/types.js';
import { capImplausibleDates, runChecks, type FieldsResult } from './checks.js';
import { extractGeneric } from './generic.js';
import { documentType } from './doctype.js';
import { paymentDetails } from './payment.js';
import { currencyFromToken, parseDate, parseNumber } from '../normalize.js';
import { CORE_FIELD_NAMES, reasonIsAbout } from './names.js';

export type { FieldsResult } from './checks.js';
export { runChecks } from './checks.js';
export { extractGeneric, inferDateOrder } from './generic.js';
export { documentType, documentTypeFromCode } from './doctype.js';
export { paymentDetails, validIban } from './payment.js';
export * from '../normalize.js';

export interface ExtractFieldsOptions {
  /** Vendor templates (from loadTemplates); the built-in generic one is always available. */
  templates: Template[];
  /** Force a template by id (`--template`); `invoice` forces the generic extractor. */
  templateId?: string | null;
  /** ISO "today" for date plausibility checks (tests). */
  today?: string;
  /** Only what a page check needs (number, dates, amounts): no parties, line items or payment details. */
  keyFieldsOnly?: boolean;
}

const MAPPED: Record<string, string> = {
  invoice_number: 'invoiceNumber',
  date: 'invoiceDate',
  date_due: 'dueDate',
  amount: 'total',
  amount_untaxed: 'subtotal',
  amount_tax: 'tax',
  currency: 'currency',
  issuer: 'vendor.name',
  partner_name: 'customer.name',
  vat: 'vendor.taxId',
  lines: 'lineItems',
};
const REQUIRED_MAP: Record<string, string> = { invoice_number: 'invoiceNumber', date: 'invoiceDate', amount: 'total', date_due: 'dueDate', amount_untaxed: 'subtotal', amount_tax: 'tax' };

const emptyParty = (): Party => ({ name: null, address: null, taxId: null });

/** Extracts the invoice fields of one document. */
export function extractFields(pages: PageText[], opts: ExtractFieldsOptions): FieldsResult {
  const texts = pages.map((p) => p.text);
  const sel = selectTemplate(texts, opts.templates, opts.templateId);
  const t = sel.template;
  let result: FieldsResult;
  let required: string[];
  let adjustments: number[] | undefined;
  let outsideVat = 0;
  let withheld = 0;
  if (t.generic) {
    const g = extractGeneric(pages, { keyFieldsOnly: opts.keyFieldsOnly });
    adjustments = g.adjustments;
    outsideVat = g.outsideVat;
    withheld = g.withheld;
    const pay = opts.keyFieldsOnly ? { iban: null, bic: null } : paymentDetails(texts.join('\n'));
    result = {
      documentType: g.documentType,
      templateId: GENERIC_TEMPLATE_ID,
      invoiceNumber: g.invoiceNumber,
      invoiceDate: g.invoiceDate,
      dueDate: g.dueDate,
      vendor: g.vendor,
      customer: g.customer,
      currency: g.currency,
      subtotal: g.subtotal,
      tax: g.tax,
      total: g.total,
      amountDue: g.amountDue,
      lineItems: g.lineItems,
      taxBreakdown: [],
      einvoice: null,
      warnings: [],
      extra: { ...(pay.iban ? { iban: pay.iban } : {}), ...(pay.bic ? { bic: pay.bic } : {}) },
      needsReview: false,
      reviewReasons: [...g.notes],
      look: g.look,
    };
    // A till receipt has no invoice number to require.
    required = g.documentType === 'receipt' ? ['invoiceDate', 'total', 'currency'] : ['invoiceNumber', 'invoiceDate', 'total', 'currency'];
    // (An ambiguous date already has its own reason, from the generic extractor's notes.)
    const said = (k: string) => g.notes.some((n) => reasonIsAbout(n, k));
    result.reviewReasons.push(...uncertain(result, required.filter((k) => !said(k)), g.reviewThresholds));
  } else {
    const run = runTemplate(t, prepareInput(t, texts));
    result = fromTemplateOutput(t, run.output, run.pages, pages);
    required = (t.requiredFields ?? ['date', 'amount', 'invoice_number', 'issuer']).map((x) => REQUIRED_MAP[x] ?? x).filter((x) => x !== 'issuer');
    for (const w of run.warnings) result.reviewReasons.push(`template ${t.id}: ${w}`);
  }
  capImplausibleDates(result, opts.today);
  result.reviewReasons.push(...runChecks(result, { required, today: opts.today, negativeTotalOk: result.documentType === 'credit_note', adjustments, outsideVat, withheld }));
  result.needsReview = result.reviewReasons.length > 0;
  return result;
}

const NAMES = CORE_FIELD_NAMES;

/**
 * Core fields whose confidence (the model's calibrated chance of being right) is below the field's
 * review threshold: each is a review reason, so what is not flagged can be trusted.
 */
function uncertain(r: FieldsResult, fields: string[], thresholds: Readonly<Record<string, number>>): string[] {
  const out: string[] = [];
  for (const k of fields) {
    const fld = (r as unknown as Record<string, Field<unknown> | null>)[k];
    const threshold = thresholds[k];
    if (fld && threshold !== undefined && fld.confidence < threshold) out.push(`${NAMES[k] ?? k} ${String(fld.value)} is uncertain (confidence ${fld.confidence} < ${threshold})`);
  }
  return out;
}

function field<T>(value: T, t: Template, page: number | null, confidence = 0.95): Field<T> {
  return { value, confidence, source: `template:${t.id}`, page };
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' ? parseNumber(v) : null);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : Array.isArray(v) ? (v.length ? String(v[0]) : null) : String(v));

/** Maps invoice2data output (field names as in their templates) to our result format. */
export function fromTemplateOutput(t: Template, out: RawOutput, pages: Record<string, number | null>, text: PageText[]): FieldsResult {
  const pg = (k: string) => pages[k] ?? (text.length === 1 ? 1 : null);
  const mk = <T>(k: string, conv: (v: unknown) => T | null, conf = 0.95): Field<T> | null => {
    if (!(k in out)) return null;
    const v = conv(out[k]);
    // A list means the template's regex matched several different values: lower confidence.
    return v === null ? null : field(v, t, pg(k), Array.isArray(out[k]) ? 0.6 : conf);
  };
  const date = (v: unknown) => {
    const s = str(v);
    if (!s) return null;
    return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : (parseDate(s)?.iso ?? null);
  };
  const reasons: string[] = [];
  const vendor = emptyParty();
  const customer = emptyParty();
  vendor.name = out.issuer ? field(String(out.issuer), t, null, 1) : null;
  vendor.taxId = mk('vat', str);
  customer.name = mk('partner_name', str);
  const currencyRaw = str(out.currency);
  const currencyCode = currencyRaw ? (currencyFromToken(currencyRaw) ?? currencyRaw.toUpperCase()) : null;
  const lineItems: LineItem[] = [];
  if (Array.isArray(out.lines)) {
    for (const row of out.lines as Record<string, unknown>[]) {
      if (!row || typeof row !== 'object') continue;
      const description = str(row.name ?? row.description ?? row.desc);
      if (description === null) continue;
      lineItems.push({
        description,
        quantity: num(row.qty ?? row.quantity),
        unitPrice: num(row.price_unit ?? row.price ?? row.unit_price),
        amount: num(row.price_subtotal ?? row.amount ?? row.subtotal),
        confidence: 0.9,
        source: `template:${t.id}`,
        page: pages.lines ?? null,
      });
    }
  }
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(out)) if (!(k in MAPPED) && k !== 'desc') extra[k] = v;
  const total = mk('amount', num);
  const result: FieldsResult = {
    documentType: documentType(text.map((p) => p.text).join('\n'), text.length, total?.value ?? null, []),
    templateId: t.id,
    invoiceNumber: mk('invoice_number', str),
    invoiceDate: mk('date', date),
    dueDate: mk('date_due', date),
    vendor,
    customer,
    currency: currencyCode ? field(currencyCode, t, null, 0.9) : null,
    subtotal: mk('amount_untaxed', num),
    tax: mk('amount_tax', num),
    total,
    amountDue: null,
    lineItems,
    taxBreakdown: [],
    einvoice: null,
    warnings: [],
    extra,
    needsReview: false,
    reviewReasons: reasons,
  };
  Object.defineProperty(result, RAW, { value: out, enumerable: false });
  return result;
}

const RAW = Symbol.for('docparse.invoice2data');

/**
 * The result in invoice2data's JSON shape (their field names, ISO dates), for comparison with their
 * expected outputs. Template results return the template's own output; generic results are mapped back.
 */
export function toInvoice2dataJson(r: FieldsResult): Record<string, unknown> {
  const raw = (r as unknown as Record<symbol, RawOutput | undefined>)[RAW];
  if (raw) return { ...raw };
  const o: Record<string, unknown> = {};
  if (r.vendor.name) o.issuer = r.vendor.name.value;
  if (r.invoiceNumber) o.invoice_number = r.invoiceNumber.value;
  if (r.invoiceDate) o.date = r.invoiceDate.value;
  if (r.dueDate) o.date_due = r.dueDate.value;
  if (r.total) o.amount = r.total.value;
  if (r.subtotal) o.amount_untaxed = r.subtotal.value;
  if (r.tax) o.amount_tax = r.tax.value;
  if (r.amountDue) o.amount_due = r.amountDue.value;
  if (r.currency) o.currency = r.currency.value;
  if (r.customer.name) o.partner_name = r.customer.name.value;
  if (r.vendor.taxId) o.vat = r.vendor.taxId.value;
  if (r.lineItems.length) {
    o.lines = r.lineItems.map((l) => ({ name: l.description, qty: l.quantity, price_unit: l.unitPrice, price_subtotal: l.amount }));
  }
  Object.assign(o, r.extra);
  return o;
}

export interface MatchExplanation {
  /** The template that would be used. */
  templateId: string;
  reason: 'forced' | 'keywords' | 'fallback';
  /** Every vendor template with its keyword result, matching ones first (by priority). */
  candidates: (TemplateCandidate & { file: string | null })[];
}

/** For `docparse templates test`: which template matches a document and why. */
export function explainMatch(pages: PageText[], templates: Template[], templateId?: string | null): MatchExplanation {
  const sel = selectTemplate(
    pages.map((p) => p.text),
    templates,
    templateId,
  );
  const byId = new Map(templates.map((t) => [t.id, t]));
  const candidates = sel.candidates
    .map((c) => ({ ...c, file: byId.get(c.id)?.file ?? null }))
    .sort((a, b) => Number(b.matched) - Number(a.matched) || b.priority - a.priority || b.keywords.hit.length - a.keywords.hit.length);
  return { templateId: sel.template.id, reason: sel.reason, candidates };
}

export { GENERIC_TEMPLATE };
