/**
 * Generic invoice extraction (the built-in `invoice` template): multilingual labels, layout
 * (value after the label or in the same column below), and the arithmetic between amounts.
 * Knows no vendor; every rule here must hold for invoices in general.
 */
import type { PageText } from '../types.js';
import type { Field, LineItem, Party } from '../../types.js';
import { DATE_IN_TEXT, currencyFromToken, currencyVotes, parseDate, parseNumber, round2, type DateOrder } from './normalize.js';

export interface GenericResult {
  invoiceNumber: Field<string> | null;
  invoiceDate: Field<string> | null;
  dueDate: Field<string> | null;
  vendor: Party;
  customer: Party;
  currency: Field<string> | null;
  subtotal: Field<number> | null;
  tax: Field<number> | null;
  total: Field<number> | null;
  lineItems: LineItem[];
  /** Notes for review (ambiguous dates ...). */
  notes: string[];
}

interface Line {
  page: number;
  text: string;
  /** Index in the flat list of all lines. */
  n: number;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

const f = <T>(value: T, confidence: number, rule: string, page: number | null): Field<T> => ({
  value,
  confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  source: `generic:${rule}`,
  page,
});

function cells(text: string): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
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

const dateRe = new RegExp(DATE_IN_TEXT, 'giu');

/** Blanks out dates, percentages and long digit runs so they are not read as amounts. */
function maskNonMoney(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(dateRe, (m) => (parseDate(m.replace(/\s+/g, ' ')) ? blank(m) : m))
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

/** Day/month order for the document, from its unambiguous numeric dates, then its currency/locale. */
export function inferDateOrder(text: string, currency: string | null): { order: DateOrder; decided: boolean } {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g)) {
    if (+m[1] > 12 && +m[3] <= 12) dmy++;
    else if (+m[3] > 12 && +m[1] <= 12) mdy++;
  }
  if (dmy > mdy) return { order: 'DMY', decided: true };
  if (mdy > dmy) return { order: 'MDY', decided: true };
  if (/\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text)) return { order: 'DMY', decided: false };
  return { order: currency === 'USD' ? 'MDY' : 'DMY', decided: false };
}

function datesIn(text: string, order: DateOrder): { iso: string; ambiguous: boolean; start: number; end: number }[] {
  const out: { iso: string; ambiguous: boolean; start: number; end: number }[] = [];
  dateRe.lastIndex = 0;
  for (const m of text.matchAll(dateRe)) {
    const d = parseDate(m[0].replace(/\s+/g, ' '), order);
    if (d) out.push({ ...d, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function findDate(lines: Line[], set: LabelSet, order: DateOrder, excludeOther: boolean): (Field<string> & { ambiguous: boolean }) | null {
  let best: (Field<string> & { ambiguous: boolean }) | null = null;
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
    if (d.ambiguous) conf -= 0.2;
    const score = conf - h.line.n * 0.0005;
    if (score > bestScore) {
      bestScore = score;
      best = { ...f(d.iso, conf, h.rule, h.line.page), ambiguous: d.ambiguous };
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
  const maxTotal = Math.max(0, ...totals.map((t) => t.value));
  const scored = totals.map((t) => ({ t, s: t.weight + (t.value === maxTotal ? 0.15 : 0) + t.n * 1e-5 }));
  scored.sort((a, b) => b.s - a.s);
  const total = scored[0]?.t ?? null;
  const subtotal = subs.filter((s) => !total || s.value <= total.value + 0.001).sort((a, b) => b.weight - a.weight || b.value - a.value)[0] ?? null;
  const tax = taxes.filter((x) => !total || x.value < total.value).sort((a, b) => b.weight - a.weight || b.n - a.n)[0] ?? null;
  return { total, subtotal, tax, consistent: false };
}

// ---------------------------------------------------------------------------
// Parties and tax ids (best effort)
// ---------------------------------------------------------------------------

const TAX_ID = /\b(?:ATU\d{8}|BE\s?0?\d{3}[.\s]?\d{3}[.\s]?\d{3}|DE\s?\d{3}\s?\d{3}\s?\d{3}|FR\s?[0-9A-Z]{2}\s?\d{9}|NL\s?\d{9}\s?B\d{2}|ES\s?[0-9A-Z]\d{7}[0-9A-Z]|IT\s?\d{11}|PL\s?\d{10}|GB\s?\d{9}(?:\d{3})?|CHE[-\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}|\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z])\b/;
const TAX_ID_LABEL = /(?:vat\s*(?:reg\.?\s*)?(?:no|number|id)|ust\.?\s*-?\s*id\.?\s*-?\s*nr|ust-?idnr|steuer-?nr|tva\s+intra\S*|n[°º]\s*tva|btw[\s-]*(?:nummer|nr|no)|nif|cif|p\.?\s*iva|partita\s+iva|nip|gstin|siret|siren|abn|tax\s*id)\s*[.:#]?\s*([A-Z]{0,3}[\s.]?[0-9][0-9A-Z .\-/]{5,20}[0-9A-Z])/iu;

function findParties(lines: Line[]): { vendor: Party; customer: Party } {
  const vendor: Party = { name: null, address: null, taxId: null };
  const customer: Party = { name: null, address: null, taxId: null };
  for (const l of lines) {
    const m = TAX_ID_LABEL.exec(l.text);
    if (m) {
      vendor.taxId = f(m[1].trim(), 0.5, 'label:tax-id', l.page);
      break;
    }
  }
  if (!vendor.taxId) {
    for (const l of lines) {
      const m = TAX_ID.exec(l.text);
      if (m) {
        vendor.taxId = f(m[0], 0.4, 'pattern:tax-id', l.page);
        break;
      }
    }
  }
  const custLabel = /(?:bill(?:ed)?\s+to|invoice\s+to|sold\s+to|customer|client|kunde|rechnungsempf[äa]nger|rechnungsadresse|factuuradres|klant|factur[ée]\s+[àa]|destinataire|cliente|nabywca|odbiorca)\s*:?/iu;
  for (const l of lines) {
    const m = custLabel.exec(l.text);
    if (!m) continue;
    const after = l.text.slice(m.index + m[0].length).trim().split(/\s{2,}/)[0];
    if (after && /\p{L}{2,}/u.test(after) && !/\d{4,}/.test(after)) {
      customer.name = f(after, 0.35, 'label:customer', l.page);
    } else {
      const nl = nextLines(lines, l, 1)[0];
      const c = nl ? cellBelow(nl.text, m.index, m.index + m[0].length) : null;
      if (c && /\p{L}{2,}/u.test(c.text)) customer.name = f(c.text, 0.3, 'label:customer', nl.page);
    }
    if (customer.name) break;
  }
  const company = /\b(?:GmbH|AG|B\.?V\.?|N\.?V\.?|S\.?A\.?S?|SARL|S\.?r\.?l\.?|S\.?p\.?A\.?|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|Co\.|sp\.\s*z\s*o\.?\s*o\.?|S\.?L\.?|Oy|AB|A\/S|KG|UG|PLC|Pvt)\b/u;
  for (const l of lines.slice(0, 200)) {
    for (const c of cells(l.text)) {
      if (company.test(c.text) && c.text.length < 70 && (!customer.name || c.text !== customer.name.value)) {
        vendor.name = f(c.text.replace(/[,:;]+$/, ''), 0.35, 'company-suffix', l.page);
        break;
      }
    }
    if (vendor.name) break;
  }
  return { vendor, customer };
}

// ---------------------------------------------------------------------------
// Line items (column tables)
// ---------------------------------------------------------------------------

const COL_DESC = /description|item|product|artikel|beschreibung|bezeichnung|omschrijving|d[ée]signation|libell[ée]|descripci[óo]n|concepto|descrizione|opis|nazwa|title/i;
const COL_QTY = /\bqty\b|quantity|menge|anzahl|aantal|hoeveelheid|qt[ée]|quantit[ée]|nombre|cantidad|quantit[àa]|ilo[śs][ćc]|\bunits?\b/i;
const COL_PRICE = /price|rate|unit|preis|prijs|prix|p\.\s*u\.|precio|prezzo|cena/i;
const COL_AMOUNT = /amount|total|betrag|bedrag|montant|importe|importo|warto[śs][ćc]/i;

function findLineItems(lines: Line[]): LineItem[] {
  const items: LineItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i].text;
    const hits = [COL_DESC, COL_QTY, COL_PRICE, COL_AMOUNT].filter((r) => r.test(h)).length;
    if (hits < 3 || !COL_AMOUNT.test(h)) continue;
    for (let j = i + 1; j < lines.length && j < i + 80; j++) {
      const l = lines[j];
      if (l.page !== lines[i].page) break;
      const t = l.text;
      if (!t.trim()) continue;
      if (findLabels([l], TOTAL_LABELS).length || findLabels([l], SUBTOTAL_LABELS).some((x) => x.weight > 0.8)) break;
      // Leading numbers (position) come before the description; amounts follow it.
      const letter = /\p{L}{2,}/u.exec(t);
      if (!letter) continue;
      const ams = amountsIn(t).filter((a) => a.start > letter.index);
      if (ams.length === 0) continue;
      const desc = t.slice(letter.index, ams[0].start).trim().replace(/\s{2,}/g, ' ');
      const nums = ams.map((a) => a.value);
      let quantity: number | null = null;
      let unitPrice: number | null = null;
      let amount: number | null = nums[nums.length - 1];
      let conf = 0.4;
      if (nums.length >= 3) {
        // Find qty, unit such that qty × unit ≈ amount among the leading numbers.
        for (let a = 0; a < nums.length - 1 && quantity === null; a++) {
          for (let b = a + 1; b < nums.length - 1; b++) {
            if (Math.abs(nums[a] * nums[b] - amount) <= 0.02 + amount * 0.001) {
              quantity = nums[a];
              unitPrice = nums[b];
              conf = 0.75;
              break;
            }
          }
        }
        if (quantity === null) {
          quantity = nums[0];
          unitPrice = nums[nums.length - 2];
        }
      } else if (nums.length === 2) {
        if (Number.isInteger(nums[0]) && !ams[0].decimals) quantity = nums[0];
        else unitPrice = nums[0];
        if (quantity !== null && Math.abs(quantity * (unitPrice ?? amount) - amount) < 0.02) unitPrice = round2(amount / quantity);
        conf = 0.5;
      } else amount = nums[0];
      items.push({ description: desc, quantity, unitPrice, amount, confidence: conf, source: 'generic:table', page: l.page });
    }
    if (items.length) break;
  }
  return items;
}

// ---------------------------------------------------------------------------

/** Runs every generic rule over the pages. */
export function extractGeneric(pages: PageText[]): GenericResult {
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
  const { order, decided } = inferDateOrder(all, currency?.value ?? null);
  const invoiceDate = findDate(lines, INVOICE_DATE_LABELS, order, true);
  const dueDate = findDate(lines, DUE_DATE_LABELS, order, false);
  let invDate: Field<string> | null = invoiceDate ? { value: invoiceDate.value, confidence: invoiceDate.confidence, source: invoiceDate.source, page: invoiceDate.page } : null;
  if (invoiceDate?.ambiguous && !decided) notes.push(`invoice date ${invoiceDate.value} is ambiguous (day/month order guessed as ${order})`);
  if (!invDate) {
    // Fallback: the first date on the document that is not labelled as another kind of date.
    for (const l of lines) {
      const d = datesIn(l.text, order).find((x) => !OTHER_DATE.test(l.text.slice(0, x.start).slice(-25)));
      if (d) {
        invDate = f(d.iso, d.ambiguous ? 0.25 : 0.4, 'first-date', l.page);
        break;
      }
    }
  }
  const invoiceNumber = findInvoiceNumber(lines);
  const { vendor, customer } = findParties(lines);
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
  const tax = amounts.tax ? f(amounts.tax.value, conf(amounts.tax, bonus) - 0.05, amounts.consistent ? 'arithmetic' : amounts.tax.rule, amounts.tax.page) : null;
  return { invoiceNumber, invoiceDate: invDate, dueDate: dueDate ? { value: dueDate.value, confidence: dueDate.confidence, source: dueDate.source, page: dueDate.page } : null, vendor, customer, currency, subtotal, tax, total, lineItems: findLineItems(lines), notes };
}
