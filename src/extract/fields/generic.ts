/**
 * Generic invoice extraction (the built-in `invoice` template): multilingual labels, layout
 * (value after the label or in the same column below), and the arithmetic between amounts.
 * Knows no vendor; every rule here must hold for invoices in general.
 */
import type { PageText } from '../types.js';
import type { DocumentResult, Field, LineItem, Party } from '../../types.js';
import { findParties } from './parties.js';
import { DATE_IN_TEXT, currencyFromToken, currencyVotes, dateCandidates, parseDate, parseNumber, round2, type DateOrder } from '../normalize.js';
import { cells, genericField as f, type Cell, type Line } from './cells.js';

/** The invoice fields the generic extractor finds, in the result's own shape. */
export interface GenericResult
  extends Pick<DocumentResult, 'invoiceNumber' | 'invoiceDate' | 'dueDate' | 'vendor' | 'customer' | 'currency' | 'subtotal' | 'tax' | 'total' | 'lineItems'> {
  /** Notes for review (ambiguous dates ...). */
  notes: string[];
}


/** The cell of `line` that sits in the column [start, end) of a label above it. */
function cellBelow(line: string, start: number, end: number): Cell | null {
  let best: Cell | null = null;
  let bestScore = -Infinity;
  for (const c of cells(line)) {
    const overlap = Math.min(c.end, end + 6) - Math.max(c.start, start - 6);
    if (overlap <= 0) continue;
    const score = overlap - Math.abs((c.start + c.end) / 2 - (start + end) / 2) * 0.1;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function nextLines(lines: Line[], l: Line, max = 2): Line[] {
  const out: Line[] = [];
  for (let i = l.n + 1; i < lines.length && out.length < max; i++) {
    if (lines[i].page !== l.page) break;
    if (lines[i].text.trim()) out.push(lines[i]);
    else if (i - l.n > 2) break;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Labels (case-insensitive). Weights say how strongly a label names the field.
// ---------------------------------------------------------------------------

type LabelSet = [RegExp, number, string][];
const L = (src: string, w: number, rule: string): [RegExp, number, string] => [new RegExp(src, 'giu'), w, rule];

const NUMBER_LABELS: LabelSet = [
  L("(?:invoice|inv\\.?)\\s*(?:no\\.?|number|num\\.?|nr\\.?|#|n[°º]|id)(?![a-z])|tax\\s+invoice\\s+(?:no|number)|bill\\s*(?:no\\.?|number|#)", 0.9, 'label:invoice-number'),
  L('rechnungs?\\s*-?\\s*(?:nummer|nr\\.?|no\\.?)|rechnung\\s+(?:nr\\.?|no\\.?|#)', 0.9, 'label:invoice-number'),
  L("n[°º]\\s*(?:de\\s+)?facture|num[ée]ro\\s+de\\s+facture|facture\\s*(?:n[°º]|no\\.?|num[ée]ro|#)", 0.9, 'label:invoice-number'),
  L('factuur\\s*-?\\s*(?:nummer|nr\\.?|no\\.?)', 0.9, 'label:invoice-number'),
  L('factura\\s*(?:n[°ºo]\\.?|n[úu]m(?:ero)?\\.?|#)|n[úu]mero\\s+de\\s+factura|fatura\\s*n[°ºo.]', 0.9, 'label:invoice-number'),
  L('num(?:ero|\\.)?\\s*(?:di\\s+)?fattura|fattura\\s*(?:n[°º.]|num)', 0.9, 'label:invoice-number'),
  L('faktura\\s*(?:vat\\s*)?(?:nr|numer)\\.?|n(?:ume)?r\\.?\\s+faktury', 0.9, 'label:invoice-number'),
  L('(?<![\\p{L}])(?:invoice|rechnung|facture|factuur|factura|fattura|faktura)(?![\\p{L}])', 0.55, 'label:invoice'),
  L('(?:booking|order|receipt|document|reference|beleg|bestell|commande)\\s*(?:id|no\\.?|number|nr\\.?|#|nummer)(?![a-z])', 0.4, 'label:reference'),
];

const INVOICE_DATE_LABELS: LabelSet = [
  L("invoice\\s*date|date\\s+of\\s+(?:invoice|issue)|issue\\s+date|billing\\s+date|date\\s+issued|rechnungsdatum|datum\\s+der\\s+rechnung|date\\s+de\\s+(?:la\\s+)?facture|date\\s+d['’]?[ée]mission|factuur\\s*datum|fecha\\s+(?:de\\s+)?(?:la\\s+)?(?:factura|emisi[óo]n|expedici[óo]n)|data\\s+(?:della\\s+)?fattura|data\\s+(?:de\\s+)?emiss[ãa]o|data\\s+wystawienia|data\\s+faktury", 0.9, 'label:invoice-date'),
  L('(?<![\\p{L}])(?:date|datum|fecha|data|dated)(?![\\p{L}])', 0.6, 'label:date'),
];
const DUE_DATE_LABELS: LabelSet = [
  L('due\\s+(?:date|on|by)|payment\\s+due|date\\s+due|pay(?:able)?\\s+by|f[äa]llig(?:keitsdatum|\\s+am|\\s+bis)?|zahlbar\\s+bis|zahlungsziel|[ée]ch[ée]ance|date\\s+limite(?:\\s+de\\s+paiement)?|vervaldatum|vervaldag|uiterste\\s+betaaldatum|fecha\\s+de\\s+vencimiento|vencimiento|data\\s+(?:di\\s+)?scadenza|scadenza|termin\\s+p[łl]atno[śs]ci|data\\s+(?:de\\s+)?vencimento', 0.85, 'label:due-date'),
];
/** Words that make a nearby `date` label some other date (order, delivery, period ...). */
const OTHER_DATE = /(?:due|f[äa]llig|[ée]ch[ée]ance|verval|vencim|scadenz|order|bestell|commande|auftrag|livraison|liefer|leistung|delivery|ship|check|period|zeitraum|limite|paiement|payment|betaal|zahlung|start|end|birth|geburt|valid|print|druck)\S*\s*$/iu;

const TOTAL_LABELS: LabelSet = [
  L("grand\\s+total|amount\\s+due|total\\s+due|balance\\s+due|total\\s+amount(?:\\s+due)?|amount\\s+payable|total\\s+payable|invoice\\s+total|total\\s+(?:incl\\.?\\S*|including)|total\\s+ttc|montant\\s+ttc|net\\s+[àa]\\s+payer|total\\s+[àa]\\s+payer|gesamtbetrag|rechnungsbetrag|endbetrag|gesamtsumme|zu\\s+zahlen|bruttobetrag|te\\s+betalen|totaal\\s+(?:incl\\.?\\S*|te\\s+betalen)|factuur\\s*totaal|importe\\s+total|total\\s+factura|totale\\s+(?:fattura|documento|da\\s+pagare)|do\\s+zap[łl]aty|razem\\s+do\\s+zap[łl]aty|warto[śs][ćc]\\s+brutto|total\\s+facture", 0.9, 'label:total'),
  L('(?<![\\p{L}])(?:total|totaal|totale|summe|gesamt|razem|suma|betrag|montant)(?![\\p{L}])', 0.6, 'label:total'),
];
/** Marks a total label as not the grand total. */
const NOT_TOTAL = /sub\s*-?\s*tota|zwischen|subtotaal|netto|\bnet\b(?!\s+[àa]\s+payer)|\bht\b|h\.t\.|excl|exkl|hors|before\s+tax|ohne|zonder|vat\b|\btax|tva|btw|mwst|ust\b|iva|gst|steuer|podatek|vat\s+amount|discount|rabatt|remise|korting|shipping|versand|frais|qty|quantity|menge|aantal|items?\b/iu;

const SUBTOTAL_LABELS: LabelSet = [
  L('sub\\s*-?\\s*total|subtotaal|zwischensumme|netto\\s*betrag|nettobetrag|net\\s+(?:amount|total)|total\\s+(?:ht|h\\.t\\.|net|netto|excl\\.?\\S*|excluding\\s+\\S+|before\\s+tax|hors\\s+taxes?)|montant\\s+(?:ht|h\\.t\\.)|(?:exclusief|excl\\.?|exkl\\.?|ohne)\\s*(?:btw|vat|tax|mwst|ust)|base\\s+imponible|imponibile|warto[śs][ćc]\\s+netto|amount\\s+untaxed|summe\\s+netto|netto|grondslag', 0.85, 'label:subtotal'),
  L('(?<![\\p{L}])(?:net|ht)(?![\\p{L}])', 0.5, 'label:subtotal'),
];
const TAX_LABELS: LabelSet = [
  L('(?<![\\p{L}])(?:vat|tax|taxes|mwst|ust|umsatzsteuer|mehrwertsteuer|tva|btw|iva|gst|igst|cgst|sgst|hst|steuer|podatek|sales\\s+tax)(?![\\p{L}])', 0.7, 'label:tax'),
];
const NOT_TAX = /excl|exkl|incl|inkl|inclusief|hors|\bht\b|ohne|zonder|total\s+(?:incl|ttc)|brutto|netto|id|nr|no\.|number|nummer|reg|identif|siret|gstin/iu;

// ---------------------------------------------------------------------------

const MONEY = /(?<![\p{L}\d.,/-])[-−]?(?:\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{2}|\d+[.,]\d{1,2}|\d+)(?:[.,]-)?(?![\d%]|[.,]\d|\s?%|[\p{L}](?!\b))/gu;

interface Money {
  value: number;
  start: number;
  end: number;
  decimals: boolean;
  currency: string | null;
}

/** Blanks out dates, percentages and long digit runs so they are not read as amounts. */
function maskNonMoney(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let masked = text;
  for (const d of dateCandidates(text)) if (parseDate(d.raw)) masked = masked.slice(0, d.start) + blank(text.slice(d.start, d.end)) + masked.slice(d.end);
  return masked
    .replace(/\d+(?:[.,]\d+)?\s?%/g, blank)
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, blank)
    .replace(/\b\d{7,}\b/g, blank);
}

function amountsIn(text: string, from = 0): Money[] {
  const masked = maskNonMoney(text);
  const out: Money[] = [];
  for (const m of masked.matchAll(MONEY)) {
    if (m.index < from) continue;
    const raw = m[0];
    const v = parseNumber(raw);
    if (v === null) continue;
    const around = text.slice(Math.max(0, m.index - 4), m.index + raw.length + 4);
    const cur = /€|\$|£|₹|\bRs\.?|zł|CHF|EUR|USD|GBP|INR|PLN/.exec(around);
    out.push({ value: v, start: m.index, end: m.index + raw.length, decimals: /[.,]\d{2}$|[.,]-$/.test(raw), currency: cur ? currencyFromToken(cur[0]) : null });
  }
  return out;
}

interface Hit {
  line: Line;
  start: number;
  end: number;
  weight: number;
  rule: string;
}

function findLabels(lines: Line[], set: LabelSet): Hit[] {
  const hits: Hit[] = [];
  for (const line of lines) {
    const taken: [number, number][] = [];
    for (const [re, weight, rule] of set) {
      re.lastIndex = 0;
      for (const m of line.text.matchAll(re)) {
        const s = m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && e > a)) continue;
        taken.push([s, e]);
        hits.push({ line, start: s, end: e, weight, rule });
      }
    }
  }
  return hits;
}

/** Text right after a label on its line, up to the next wide gap (the label's own cell). */
function afterLabel(h: Hit): { text: string; start: number } {
  const rest = h.line.text.slice(h.end);
  const lead = /^[\s:#.\-–=]*/.exec(rest)![0];
  // AWS-style "Label:        value": one wide gap is allowed right after the label.
  const body = rest.slice(lead.length);
  const cell = /^\S+(?: {1,2}\S+)*/.exec(body);
  return { text: cell ? cell[0] : '', start: h.end + lead.length };
}

// ---------------------------------------------------------------------------
// Invoice number
// ---------------------------------------------------------------------------

const ID_TOKEN = /^[#№]?[A-Za-z0-9][A-Za-z0-9\-/_.]*[A-Za-z0-9]$|^[0-9]$/;

function idFrom(text: string): string | null {
  const toks = text.replace(/^[#№:\s]+/, '').split(/\s+/).slice(0, 3);
  for (const raw of toks) {
    const t = raw.replace(/^[#№:]+/, '').replace(/[.,;:)]+$/, '');
    if (!t || !ID_TOKEN.test(t) || !/\d/.test(t)) continue;
    if (new RegExp(`^(?:${DATE_IN_TEXT})$`, 'iu').test(t)) continue;
    if (t.length < 3) continue;
    return t;
  }
  return null;
}

function isOtherLabel(text: string): boolean {
  return /^(?:date|datum|due|total|amount|page|seite|order|customer|kunde|client|ref|vat|tax)/i.test(text.trim());
}

function findInvoiceNumber(lines: Line[]): Field<string> | null {
  let best: Field<string> | null = null;
  let bestScore = 0;
  for (const h of findLabels(lines, NUMBER_LABELS)) {
    const after = afterLabel(h);
    let value: string | null = null;
    let conf = h.weight;
    if (after.text && !isOtherLabel(after.text)) value = idFrom(after.text);
    if (!value) {
      for (const nl of nextLines(lines, h.line, 1)) {
        const c = cellBelow(nl.text, h.start, h.end);
        if (c && !isOtherLabel(c.text)) value = idFrom(c.text);
      }
      conf -= 0.1;
    }
    if (!value) continue;
    // An early label on the first page is likelier the document's own number.
    const score = conf - h.line.n * 0.0005 + (h.line.page === 1 ? 0.02 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = f(value, conf, h.rule, h.line.page);
    }
  }
  // A line starting with "#" under or beside an "Invoice" heading.
  if (!best) {
    for (const l of lines) {
      const m = /^\s*#\s*([A-Za-z0-9][\w\-/.]*\d[\w\-/.]*)\s*$/.exec(l.text);
      if (m) return f(m[1], 0.4, 'hash-number', l.page);
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/** Currencies of countries that write numeric dates month first (the US and its dollar territories). */
const MDY_CURRENCIES = new Set(['USD']);
/** Currencies whose countries write the day first. */
const DMY_CURRENCIES = new Set(['EUR', 'GBP', 'INR', 'AUD', 'NZD', 'CHF', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'ZAR', 'SGD', 'HKD', 'RUB', 'UAH', 'ILS', 'EGP', 'NGN', 'KES', 'PKR', 'BDT', 'LKR', 'IDR', 'MYR', 'THB', 'VND', 'AED', 'SAR']);
/** English field labels: together with a dollar amount they point to a US document. */
const ENGLISH_LABELS = /\b(?:invoice\s+(?:date|no|number|#)|due\s+date|bill\s+to|amount\s+due|total\s+due|subtotal|sales\s+tax)\b/i;

export interface DateOrderGuess {
  order: DateOrder;
  /** True when something on the document decides the order (not just the default). */
  decided: boolean;
  /** What decided it: `dates` (an unambiguous date), `locale` (currency and label language), or null. */
  by: 'dates' | 'locale' | null;
}

/**
 * Day/month order for the document: from its unambiguous numeric dates (13/05 or 05/13), then from
 * locale hints (the currency, with English labels for the dollar), else a guess (`decided` false).
 */
export function inferDateOrder(text: string, currency: string | null): DateOrderGuess {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g)) {
    if (+m[1] > 12 && +m[3] <= 12) dmy++;
    else if (+m[3] > 12 && +m[1] <= 12) mdy++;
  }
  if (dmy > mdy) return { order: 'DMY', decided: true, by: 'dates' };
  if (mdy > dmy) return { order: 'MDY', decided: true, by: 'dates' };
  if (/\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text)) return { order: 'DMY', decided: true, by: 'locale' };
  if (currency && MDY_CURRENCIES.has(currency) && ENGLISH_LABELS.test(text)) return { order: 'MDY', decided: true, by: 'locale' };
  if (currency && DMY_CURRENCIES.has(currency)) return { order: 'DMY', decided: true, by: 'locale' };
  return { order: currency === 'USD' ? 'MDY' : 'DMY', decided: false, by: null };
}

/** Payment terms in days ("Net 30", "within 14 days", "30 Tage"), or null. */
function paymentTermDays(text: string): number | null {
  const m = /\bnet\s*(\d{1,3})\b|(?:within|innerhalb\s+von|binnen|dans\s+les|sous|en|a)\s+(\d{1,3})\s*(?:days|tagen|dagen|jours|d[íi]as)\b|\b(\d{1,3})\s*(?:days|tage|dagen|jours|d[íi]as)\s+(?:net|netto)\b/i.exec(text);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

interface FoundDate {
  iso: string;
  ambiguous: boolean;
  /** For an ambiguous date, its reading in the other day/month order. */
  alt: string | null;
  start: number;
  end: number;
}

function datesIn(text: string, order: DateOrder): FoundDate[] {
  const out: FoundDate[] = [];
  for (const c of dateCandidates(text)) {
    const d = parseDate(c.raw, order);
    if (!d) continue;
    const alt = d.ambiguous ? (parseDate(c.raw, order === 'MDY' ? 'DMY' : 'MDY')?.iso ?? null) : null;
    out.push({ ...d, alt, start: c.start, end: c.end });
  }
  return out;
}

type DateField = Field<string> & { ambiguous: boolean; alt: string | null };

function findDate(lines: Line[], set: LabelSet, order: DateOrder, excludeOther: boolean): DateField | null {
  let best: DateField | null = null;
  let bestScore = 0;
  for (const h of findLabels(lines, set)) {
    if (excludeOther && OTHER_DATE.test(h.line.text.slice(Math.max(0, h.start - 20), h.start))) continue;
    if (excludeOther && h.rule === 'label:date' && /^\s*(?:due|limite|d['’]?[ée]ch)/i.test(h.line.text.slice(h.end))) continue;
    let conf = h.weight;
    const after = h.line.text.slice(h.end);
    const leadLen = /^[\s:.\-–]*/.exec(after)![0].length;
    let d = datesIn(after, order).find((x) => x.start - leadLen < 40 && !/[A-Za-z]{3,}\s*:/.test(after.slice(0, x.start)));
    if (!d) {
      for (const nl of nextLines(lines, h.line, 1)) {
        const c = cellBelow(nl.text, h.start, h.end);
        if (c) d = datesIn(c.text, order)[0];
      }
      conf -= 0.1;
    }
    if (!d) continue;
    const score = conf - h.line.n * 0.0005;
    if (score > bestScore) {
      bestScore = score;
      best = { ...f(d.iso, conf, h.rule, h.line.page), ambiguous: d.ambiguous, alt: d.alt };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------

interface AmountCand {
  value: number;
  weight: number;
  rule: string;
  page: number;
  currency: string | null;
  n: number;
}

function amountCandidates(lines: Line[], set: LabelSet, reject: RegExp | null, rejectScope: 'label' | 'line'): AmountCand[] {
  const out: AmountCand[] = [];
  for (const h of findLabels(lines, set)) {
    const labelCell = h.line.text.slice(Math.max(0, h.start - 25), h.end + 12);
    if (reject && reject.test(rejectScope === 'line' ? labelCell : h.line.text.slice(h.start, h.end + 12))) continue;
    let ams = amountsIn(h.line.text, h.end);
    // Only the amounts that sit to the right of this label, before the next label on the line.
    // A later cell with words starts another label/value pair on the same line.
    const nextLabel = /\s{2,}(?!(?:EUR|USD|GBP|INR|PLN|CHF|Rs)\b)[\p{L}'"]{3,}/u.exec(h.line.text.slice(h.end));
    if (nextLabel) {
      const lim = h.end + nextLabel.index;
      const before = ams.filter((a) => a.start < lim);
      if (before.length) ams = before;
    }
    let weight = h.weight;
    if (ams.length === 0) {
      const nl = nextLines(lines, h.line, 1)[0];
      const c = nl ? cellBelow(nl.text, h.start, h.end) : null;
      if (c) ams = amountsIn(c.text).map((a) => ({ ...a }));
      weight -= 0.1;
    }
    const a = ams[ams.length - 1];
    if (!a) continue;
    if (!a.decimals && !a.currency) weight -= 0.2;
    out.push({ value: a.value, weight, rule: h.rule, page: h.line.page, currency: a.currency, n: h.line.n });
  }
  return out;
}

function pickAmounts(lines: Line[]): { total: AmountCand | null; subtotal: AmountCand | null; tax: AmountCand | null; consistent: boolean } {
  const totals = amountCandidates(lines, TOTAL_LABELS, NOT_TOTAL, 'label').filter((c) => c.value > 0);
  const subs = amountCandidates(lines, SUBTOTAL_LABELS, null, 'label').filter((c) => c.value > 0);
  const taxes = amountCandidates(lines, TAX_LABELS, NOT_TAX, 'label').filter((c) => c.value >= 0);
  let best: { total: AmountCand; subtotal: AmountCand; tax: AmountCand; score: number } | null = null;
  for (const t of totals) {
    for (const s of subs) {
      for (const x of taxes) {
        if (x.value >= t.value || s.value >= t.value + 0.001) continue;
        if (Math.abs(round2(s.value + x.value) - t.value) > 0.02) continue;
        const score = t.weight + s.weight + x.weight + t.value * 1e-9;
        if (!best || score > best.score) best = { total: t, subtotal: s, tax: x, score };
      }
    }
  }
  if (best) return { ...best, consistent: true };
  // Several VAT rates (19% and 7%, 21% and 9% ...): one tax line per rate between the subtotal
  // and the total, which together make up the difference.
  for (const t of totals) {
    for (const s of subs) {
      if (s.n >= t.n || s.value >= t.value) continue;
      const between = taxes.filter((x) => x.page === s.page && x.n > s.n && x.n < t.n);
      if (between.length < 2) continue;
      const sum = round2(between.reduce((a, x) => a + x.value, 0));
      if (Math.abs(round2(s.value + sum) - t.value) > 0.02) continue;
      const score = t.weight + s.weight + Math.min(...between.map((x) => x.weight));
      if (!best || score > best.score) best = { total: t, subtotal: s, tax: { ...between[0], value: sum, weight: Math.min(...between.map((x) => x.weight)), rule: 'label:tax-rates-sum' }, score };
    }
  }
  if (best) return { ...best, consistent: true };
  const maxTotal = Math.max(0, ...totals.map((t) => t.value));
  const scored = totals.map((t) => ({ t, s: t.weight + (t.value === maxTotal ? 0.15 : 0) + t.n * 1e-5 }));
  scored.sort((a, b) => b.s - a.s);
  const total = scored[0]?.t ?? null;
  const subtotal = subs.filter((s) => !total || s.value <= total.value + 0.001).sort((a, b) => b.weight - a.weight || b.value - a.value)[0] ?? null;
  const tax = taxes.filter((x) => !total || x.value < total.value).sort((a, b) => b.weight - a.weight || b.n - a.n)[0] ?? null;
  return { total, subtotal, tax, consistent: false };
}

// ---------------------------------------------------------------------------
// Line items (column tables)
// ---------------------------------------------------------------------------

const COL_DESC = /description|item|product|artikel|beschreibung|bezeichnung|omschrijving|d[ée]signation|libell[ée]|descripci[óo]n|concepto|descrizione|opis|nazwa|title/i;
const COL_QTY = /\bqty\b|quantity|menge|anzahl|aantal|hoeveelheid|qt[ée]|quantit[ée]|nombre|cantidad|quantit[àa]|ilo[śs][ćc]|\bunits?\b/i;
const COL_PRICE = /price|rate|unit|preis|prijs|prix|p\.\s*u\.|precio|prezzo|cena/i;
const COL_AMOUNT = /amount|total|betrag|bedrag|montant|importe|importo|warto[śs][ćc]/i;

/** A line that says the table goes on on the next page. */
const CONTINUED = /continued|carried\s+forward|fortsetzung|[üu]bertrag|suite\s+page|[àa]\s+suivre|vervolg|contin[úu]a/i;
/** A cell that is only OCR noise (specks read as punctuation). */
const NOISE_CELL = /^[^\p{L}\d]+$/u;

interface Header {
  line: Line;
  /** Where the description column starts and where the numeric columns start. */
  descStart: number;
  numStart: number;
  /** The table has a column (item code, position) left of the description. */
  codeColumn: boolean;
  /** The quantity column comes after the unit price column. */
  qtyAfterPrice: boolean;
}

const COL_DESC_STRONG = /description|beschreibung|bezeichnung|omschrijving|d[ée]signation|libell[ée]|descripci[óo]n|concepto|descrizione|opis|nazwa/i;

/** Column headings of an item code or position column (not the description). */
const COL_CODE = /^(?:item\s*(?:#|no\.?|nr\.?|number|code|id)|pos\.?|position|#|no\.?|nr\.?|sku|code|art(?:ikel)?[\s.-]*(?:nr|no)\.?|ref\.?|r[ée]f[ée]rence|part\s*(?:#|no\.?))$/i;

function tableHeader(l: Line): Header | null {
  const h = l.text;
  const hits = [COL_DESC, COL_QTY, COL_PRICE, COL_AMOUNT].filter((r) => r.test(h)).length;
  if (hits < 3 || !COL_AMOUNT.test(h)) return null;
  const cs = cells(h);
  // "Description" names the column better than "Item"/"Artikel", which may head a code column.
  const desc = cs.find((c) => COL_DESC_STRONG.test(c.text)) ?? cs.find((c) => COL_DESC.test(c.text) && !COL_AMOUNT.test(c.text) && !COL_CODE.test(c.text));
  const num = cs.find((c) => (c !== desc && (COL_QTY.test(c.text) || COL_PRICE.test(c.text))) || COL_AMOUNT.test(c.text));
  const descStart = desc ? desc.start : cs[0].start;
  // Column order from where the headings sit (two headings may share one cell: "Prijs BTW Hoeveelheid").
  const rest = h.slice(desc ? desc.end : 0);
  const qty = rest.search(COL_QTY);
  const price = rest.search(COL_PRICE);
  return {
    line: l,
    descStart,
    numStart: num ? num.start : h.length,
    codeColumn: cs.some((c) => c.end < descStart),
    qtyAfterPrice: qty >= 0 && price >= 0 && qty > price,
  };
}

/**
 * Value of a numeric cell ("1,150.00", "$ 45.00", "2 500", "1.00 kg", "1 PCS"), or null when the
 * cell is not a number. A unit after a quantity is dropped.
 */
function numericCell(text: string): { value: number; decimals: boolean } | null {
  const t = text
    .replace(/^[-−]\s+(?=\d)/, '-')
    .replace(/\s*(?:€|\$|£|₹|EUR|USD|GBP|INR|PLN|CHF|zł)\s*/gu, '')
    .replace(/(?<=\d)\s*\p{L}{1,6}\.?$/u, '');
  if (!/^[-−(]?\d[\d.,\s'’]*\)?-?$/u.test(t)) return null;
  const value = parseNumber(t);
  return value === null ? null : { value, decimals: /[.,]\d{2}\)?$/.test(t) };
}

const PERCENT_CELL = /^\d+(?:[.,]\d+)?\s?%$/;

/** The numbers of a cell that holds several columns set one space apart ("0.00 15.00%"), or null. */
function numericTokens(text: string): { value: number; decimals: boolean }[] | null {
  const whole = numericCell(text);
  if (whole) return [whole];
  if (PERCENT_CELL.test(text)) return [];
  const toks = text.split(' ');
  const out: { value: number; decimals: boolean }[] = [];
  for (const tok of toks) {
    if (PERCENT_CELL.test(tok)) continue;
    const v = numericCell(tok);
    if (!v) return null;
    out.push(v);
  }
  return out;
}

/**
 * One table row: leading cells (code, description) then numeric cells (qty, unit price, amount).
 * `header` places the columns; without one (headerless fallback) the row must add up.
 */
function tableRow(l: Line, header: Header | null, dropCode = false): LineItem | null {
  const cs = cells(l.text).filter((c) => !NOISE_CELL.test(c.text));
  const nums: { value: number; decimals: boolean }[] = [];
  let k = cs.length;
  while (k > 0) {
    // Tax-rate columns (percentages) are skipped; units after quantities dropped.
    const v = numericTokens(cs[k - 1].text);
    if (!v) break;
    nums.unshift(...v);
    k--;
  }
  if (nums.length === 0 || k === 0) return null;
  let lead = cs.slice(0, k);
  // The row must start in the table's columns, left of its numbers ("Page 1 of 2" does not).
  if (header && lead[0].start >= header.numStart - 2) return null;
  // Cells left of the description column (item code, position) are not part of the description.
  if (header) {
    const inDesc = lead.filter((c) => c.end > header.descStart - 1);
    if (inDesc.length) lead = inDesc;
  } else if (dropCode && lead.length >= 2 && /^[\p{L}\d][\p{L}\d\-/._]*\d[\p{L}\d\-/._]*$/u.test(lead[0].text)) lead = lead.slice(1);
  let desc = lead.map((c) => c.text).join(' ').replace(/\s{2,}/g, ' ').trim();
  // A description cell may end in a number the layout glued to it ("Widget 3"): keep it.
  if (!/\p{L}{2,}/u.test(desc)) return null;
  desc = desc.replace(/^\[[^\]]*\]\s*/u, '').replace(/^[^\p{L}\d(]+/u, ''); // "[SKU] name": the code is not the description
  const values = nums.map((n) => n.value);
  let amount: number | null = values[values.length - 1];
  let quantity: number | null = null;
  let unitPrice: number | null = null;
  let conf = 0.4;
  const close = (x: number, y: number) => Math.abs(x - y) <= 0.02 + Math.abs(y) * 0.001;
  if (values.length >= 3) {
    for (let a = 0; a < values.length - 1 && quantity === null; a++) {
      for (let b = a + 1; b < values.length - 1; b++) {
        // Quantity first, unless the header says otherwise or only the second number is whole.
        const swap = header ? header.qtyAfterPrice : !Number.isInteger(values[a]) && Number.isInteger(values[b]);
        const [q, u] = swap ? [values[b], values[a]] : [values[a], values[b]];
        if (close(q * u, amount)) [quantity, unitPrice, conf] = [q, u, 0.75];
        else if (close(Math.abs(q * u), Math.abs(amount))) [quantity, unitPrice, conf] = [Math.abs(q), Math.abs(u), 0.6]; // a stray "-" on a scan
        if (quantity !== null) break;
      }
    }
    if (quantity === null) {
      if (!header) return null;
      quantity = values[values.length - 3];
      unitPrice = values[values.length - 2];
    }
  } else if (values.length === 2) {
    if (!header) return null;
    if (Number.isInteger(values[0]) && !nums[0].decimals) quantity = values[0];
    else unitPrice = values[0];
    if (quantity !== null && quantity !== 0) unitPrice = round2(amount / quantity);
    conf = 0.5;
  } else {
    if (!header || !nums[0].decimals) return null;
    amount = values[0];
  }
  return { description: desc, quantity, unitPrice, amount, confidence: conf, source: header ? 'generic:table' : 'generic:table-rows', page: l.page };
}

/**
 * Line items from column tables. A table ends at a total/subtotal line; one that ends at a page
 * break or a "continued" line goes on under the next table header (repeated on the next page).
 */
function findLineItems(lines: Line[]): LineItem[] {
  const items: LineItem[] = [];
  let finished = false;
  let open = null as Header | null;
  const isEnd = (l: Line) => findLabels([l], TOTAL_LABELS).length > 0 || findLabels([l], SUBTOTAL_LABELS).some((x) => x.weight > 0.8);
  for (let i = 0; i < lines.length && !finished; i++) {
    let header = tableHeader(lines[i]);
    if (!header) {
      // A table broken by a page break goes on at the top of the next page even when its repeated
      // header was not read (OCR often loses a shaded header band): rows that add up continue it.
      if (open && lines[i].page > open.line.page && tableRow(lines[i], null, open.codeColumn)) {
        header = null;
      } else continue;
    }
    const page = lines[i].page;
    let j = header ? i + 1 : i;
    for (; j < lines.length && j < i + 120; j++) {
      const l = lines[j];
      if (l.page !== page) break;
      const t = l.text;
      if (!t.trim()) continue;
      if (isEnd(l)) {
        finished = items.length > 0;
        break;
      }
      if (CONTINUED.test(t) && !/\d[.,]\d{2}\s*$/.test(t)) break;
      const row = tableRow(l, header, open?.codeColumn ?? false);
      if (row) items.push(row);
    }
    if (header) open = header;
    else if (open !== null) open = { ...open, line: lines[i] };
    i = j - 1;
  }
  if (items.length) return items;
  // No header was read at all: rows that add up on their own.
  for (const l of lines) {
    const row = tableRow(l, null);
    if (row) items.push(row);
  }
  return items.length >= 2 ? items : [];
}

// ---------------------------------------------------------------------------

/** Runs every generic rule over the pages. */
const noParty = (): Party => ({ name: null, address: null, taxId: null });

/** `keyFieldsOnly`: number, dates, currency and amounts, not parties or line items (a page checked against its e-invoice XML). */
export function extractGeneric(pages: PageText[], opts: { keyFieldsOnly?: boolean } = {}): GenericResult {
  const lines: Line[] = [];
  for (const p of pages) for (const t of p.text.split(/\r?\n|\f/)) lines.push({ page: p.page, text: t, n: lines.length });
  const all = pages.map((p) => p.text).join('\n');
  const notes: string[] = [];

  const amounts = pickAmounts(lines);
  let currency: Field<string> | null = null;
  if (amounts.total?.currency) currency = f(amounts.total.currency, 0.85, 'symbol-at-total', amounts.total.page);
  else {
    const votes = [...currencyVotes(all).entries()].sort((a, b) => b[1] - a[1]);
    if (votes.length) currency = f(votes[0][0], votes.length > 1 && votes[1][1] === votes[0][1] ? 0.4 : 0.7, 'symbols', null);
  }
  const guess = inferDateOrder(all, currency?.value ?? null);
  const { order } = guess;
  let invoiceDate = findDate(lines, INVOICE_DATE_LABELS, order, true);
  let dueDate = findDate(lines, DUE_DATE_LABELS, order, false);
  if ((invoiceDate?.ambiguous || dueDate?.ambiguous) && guess.by !== 'dates') {
    // The document's other dates decide before any locale hint: the due date is not before the
    // invoice date, and matches the payment terms ("Net 30") in only one of the two readings.
    const flip = (d: DateField | null): DateField | null => (d !== null && d.ambiguous && d.alt !== null ? { ...d, value: d.alt, alt: d.value } : d);
    const fits = (inv: DateField | null, due: DateField | null) => {
      if (!inv || !due) return 0;
      const days = daysBetween(inv.value, due.value);
      if (days < 0) return -1;
      const terms = paymentTermDays(all);
      return terms !== null && Math.abs(days - terms) <= 1 ? 2 : 1;
    };
    const asIs = fits(invoiceDate, dueDate);
    const swapped = fits(flip(invoiceDate), flip(dueDate));
    if (swapped > asIs && (swapped === 2 || asIs < 0)) {
      invoiceDate = flip(invoiceDate);
      dueDate = flip(dueDate);
    }
    if (asIs !== swapped && (Math.max(asIs, swapped) === 2 || Math.min(asIs, swapped) < 0)) {
      for (const d of [invoiceDate, dueDate]) if (d) d.ambiguous = false;
    }
  }
  for (const [name, d] of [['invoice date', invoiceDate], ['due date', dueDate]] as const) {
    if (!d?.ambiguous || guess.decided) continue;
    // Nothing on the document decides day/month order: flag it and trust the date less.
    d.confidence = Math.round(Math.max(0.1, d.confidence - 0.3) * 100) / 100;
    notes.push(`${name} ${d.value} is ambiguous (day/month order guessed as ${order}; it could be ${d.alt})`);
  }
  const plain = (d: DateField | null): Field<string> | null => (d ? { value: d.value, confidence: d.confidence, source: d.source, page: d.page } : null);
  let invDate = plain(invoiceDate);
  if (!invDate) {
    // Fallback: the first date on the document that is not labelled as another kind of date.
    for (const l of lines) {
      const d = datesIn(l.text, order).find((x) => !OTHER_DATE.test(l.text.slice(0, x.start).slice(-25)));
      if (d) {
        invDate = f(d.iso, d.ambiguous && !guess.decided ? 0.25 : 0.4, 'first-date', l.page);
        break;
      }
    }
  }
  const invoiceNumber = findInvoiceNumber(lines);
  const { vendor, customer } = opts.keyFieldsOnly ? { vendor: noParty(), customer: noParty() } : findParties(lines);
  const conf = (c: AmountCand | null, bonus: number) => (c ? Math.min(1, c.weight + bonus) : 0);
  const bonus = amounts.consistent ? 0.1 : 0;
  let total = amounts.total ? f(amounts.total.value, conf(amounts.total, bonus), amounts.consistent ? 'arithmetic' : amounts.total.rule, amounts.total.page) : null;
  if (!total) {
    // Fallback: the largest amount written with a currency.
    let best: { m: Money; l: Line } | null = null;
    for (const l of lines) for (const m of amountsIn(l.text)) if (m.currency && m.decimals && (!best || m.value > best.m.value)) best = { m, l };
    if (best) total = f(best.m.value, 0.3, 'largest-amount', best.l.page);
  }
  const subtotal = amounts.subtotal ? f(amounts.subtotal.value, conf(amounts.subtotal, bonus) - 0.05, amounts.consistent ? 'arithmetic' : amounts.subtotal.rule, amounts.subtotal.page) : null;
  let tax = amounts.tax ? f(amounts.tax.value, conf(amounts.tax, bonus) - 0.05, amounts.consistent ? 'arithmetic' : amounts.tax.rule, amounts.tax.page) : null;
  if (!amounts.consistent && total && subtotal && amounts.subtotal && amounts.total) {
    // The tax label was not read (OCR) or its amount was misread: a line between the subtotal and the
    // total that holds exactly total - subtotal is the tax.
    const diff = round2(total.value - subtotal.value);
    const [from, to] = [Math.min(amounts.subtotal.n, amounts.total.n), Math.max(amounts.subtotal.n, amounts.total.n)];
    if (diff > 0 && (!tax || Math.abs(round2(subtotal.value + tax.value) - total.value) > 0.02)) {
      const l = lines.slice(from + 1, to).find((x) => amountsIn(x.text).some((a) => Math.abs(a.value - diff) < 0.005));
      if (l) tax = f(diff, 0.6, 'arithmetic:between-subtotal-and-total', l.page);
    }
  }
  return { invoiceNumber, invoiceDate: invDate, dueDate: plain(dueDate), vendor, customer, currency, subtotal, tax, total, lineItems: opts.keyFieldsOnly ? [] : findLineItems(lines), notes };
}
