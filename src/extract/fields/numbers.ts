/**
 * Invoice-number candidates: identifier-like tokens that stand after a label (on its line, to the
 * right) or under it (the cell below), described by the label's words (a document word, a number
 * word, a word for some other number: customer, order, VAT id, phone ...), the token's shape and
 * its place. The model scores them as the document's own number.
 */
import type { Features } from './learn/logistic.js';
import { compileCues, DATE, INVOICE_WORDS, NUMBER } from './lexicon.js';
import { HOLDER_NUMBER_CUES } from './lexicon-holders.js';
import { cuesSeen as cues } from './cues-seen.js';
import { nextLines, cells, cellInColumn, type Line } from './cells.js';
import { relY, type DocView } from './context.js';
import { CURRENCY_NEAR, datesIn, idTokensIn, type FoundDate, type IdToken } from './tokens.js';
import { isFaxHeader } from './fax.js';
import { titledQuote, QUOTE_LABEL } from './quote.js';

export interface NumberCandidate {
  value: string;
  line: Line;
  token: IdToken;
  label: string;
  features: Features;
}

/** A document word of any language starting a word, as the first part of a compound ("Factuur" of "Factuurnr.", "Reiknings" of "Reikningsnúmer"). */
const INVOICE_STEM = new RegExp(`(?<![\\p{L}])(?:${INVOICE_WORDS.join('|')})`, 'iu');

/** A series named as such before the number: "Seria BVX Nr. " (Romanian), "Serija NL Nr. " (Lithuanian); group 1 the series. */
const NAMED_SERIES = String.raw`(?<![\p{L}])seri(?:[ae]|ja)\s+([A-Z]{1,5})\s*(?:nr\.?|n[°º]\.?|num[ăa]r(?:ul)?)`;
const SERIES_LABEL = new RegExp(NAMED_SERIES, 'iu');
const SERIES_BEFORE = new RegExp(`${NAMED_SERIES}\\s*$`, 'iu');

const MONEY_SHAPE = /^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/;
/** A size or a count written with a times sign ("60x60", "30×60", "2x4"): a tile's or a board's dimensions, no identifier. */
const DIMENSION_SHAPE = /^\d+(?:[.,]\d+)?[x×]\d+(?:[.,]\d+)?$/i;

const ANY_NUMBER_CUE = new RegExp(`${NUMBER.invoice.source}|${NUMBER.number.source}|${NUMBER.compound.source}|${NUMBER.other.source}`, 'giu');

/**
 * Every phrase of the number classes starts with a letter (or a class of letters), "#" or "№" (the
 * number sign of Cyrillic scripts), and under case folding a letter matches only letters: a cell
 * with none of them holds no cue (amounts, dates, digit runs: most cells of a page), and skips the
 * long search.
 */
const MAY_CUE = /[\p{L}#№]/u;

/** The first label cue in a cell that is not itself the start of an identifier ("INV-7781"). */
function cueIn(text: string): RegExpExecArray | null {
  if (!MAY_CUE.test(text)) return null;
  // exec on the one regex, not matchAll (which copies it for each cell).
  const re = ANY_NUMBER_CUE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    ID_AFTER.lastIndex = m.index + m[0].length;
    if (!ID_AFTER.test(text)) return m;
    if (m[0] === '') re.lastIndex++;
  }
  return null;
}
/** An identifier going on right after a cue ("INV-7781"): matched where the cue ends. */
const ID_AFTER = /[-/_.]?\d/y;

/**
 * A phone, fax or mobile label ("Tel. 05151 555 77", "Fax:", "GSM", "Telefon"): the digits after it
 * (an area code, a subscriber number) are a phone number, never a document's, unless the cell names
 * the document too ("Tel. / Rechnung Nr."). Read as no label at all, so no candidate stands on it.
 */
const PHONE_WORD = /^(?:tel\S*|phone|fax|telefax|mobile?|gsm|handy|fon)$/iu;
const phoneLabel = (cell: string, cue: string): boolean => {
  if (!PHONE_WORD.test(cue)) return false;
  const n = cues(NUMBER, cell);
  return !n.has('invoice') && !n.has('compound');
};

const INVOICE_ALL = new RegExp(NUMBER.invoice.source, 'giu');
const OTHER_ALL = new RegExp(NUMBER.other.source, 'giu');
/** Tax words name the document's kind beside its word ("Faktura VAT nr", "Rechnung USt."), not another thing's number. */
const TAX_WORD = /^(?:vat|tax|ust\S*|tva|btw|gst\S*|mwst|iva)$/iu;
/** Where the last match of `re` in `text` starts, tax words aside (-1: none). */
function lastAt(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) if (!TAX_WORD.test(m[0])) at = m.index;
  return at;
}

/**
 * A label naming the customer, tenant, member, policy or contract and not the document ("Mieter-Nr.",
 * "N° client", "Lidnummer", "Codice cliente"): its number is the holder's, never the invoice's, even
 * on a page that prints no number of its own (a statement of charges). Its tokens stay candidates
 * (their share of the model's distribution unchanged) with this feature, which decide.ts never
 * gives as the number.
 */
const HOLDER = compileCues(HOLDER_NUMBER_CUES).other;
export const HOLDER_ONLY = 'label:holderOnly';

/** The features a label gives its tokens (`label:` names, in the order they are set). */
function labelFeatures(label: string): string[] {
  const out: string[] = [];
  const n = cues(NUMBER, label);
  for (const k of n) out.push(`label:${String(k)}`);
  // "Rechnung gemäß Bestellung Nr.", "Invoice for order no.": another thing's word stands between the
  // document word and the number, nearer the number: the number is that thing's.
  const ofOther = n.has('invoice') && n.has('other') && !n.has('compound') && lastAt(OTHER_ALL, label) > lastAt(INVOICE_ALL, label);
  // A compound label made of a document word ("Factuurnr.", "Rechnungsnummer", "Creditnota-nummer") names the document's own number.
  if (!ofOther && ((n.has('invoice') && (n.has('number') || n.has('compound'))) || (n.has('compound') && INVOICE_STEM.test(label)))) out.push('label:invoiceNumber');
  // "Seria ADM Nr." names the document's series and number (Romanian invoices), unless the label says whose else ("C.I. seria", "a facturii seria").
  if (SERIES_LABEL.test(label) && !n.has('other')) out.push('label:invoiceNumber');
  if (n.has('other') && (ofOther || (!n.has('invoice') && !n.has('compound')))) out.push('label:otherOnly');
  if (!n.has('invoice') && !n.has('compound') && HOLDER.test(label)) out.push(HOLDER_ONLY);
  // A date's label word, not a preposition: "Nota de crédito", "Numéro de facture" hold "de", and are no date's label.
  const d = cues(DATE, label);
  d.delete('of');
  if (d.size) out.push('label:dateword');
  return out;
}

function shapeFeatures(f: Features, t: string): void {
  const digits = (t.match(/\d/g) ?? []).length;
  if (/\p{L}/u.test(t)) f['shape:letters'] = 1;
  if (/^\d+$/.test(t)) f['shape:digitsOnly'] = 1;
  if (/[-/_.]/.test(t)) f['shape:separator'] = 1;
  if (digits <= 2) f['shape:fewDigits'] = 1;
  if (t.length >= 5 && t.length <= 16) f['shape:midLength'] = 1;
  if (t.length > 16) f['shape:long'] = 1;
  if (t.length <= 3) f['shape:short'] = 1;
  if (/^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/.test(t)) f['shape:amount'] = 1;
  if (/^\d{4}$/.test(t) && +t >= 1990 && +t <= 2100) f['shape:year'] = 1;
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,}$/.test(t)) f['shape:iban'] = 1;
  if (/^\+?\d[\d-]{8,}$/.test(t) && /-/.test(t)) f['shape:phone'] = 1;
}

/**
 * A token moved `by` characters, built as idTokensIn builds one (the same keys in the same order as
 * the spread copy it replaces), one object shape for every token numberCandidates handles.
 */
const shifted = (t: IdToken, by: number): IdToken => ({ value: t.value, start: t.start + by, end: t.end + by });

/**
 * A series written before the number, apart from it ("Fatura n.º FT A/318", "Numero FPR 58/25": Italian
 * and Portuguese invoices print a document-type or series code and then the number, and the pair is
 * the invoice's number): one word of 2-4 capitals right before the token, after `from`, that is no
 * label word and no currency code; or a series named as such ("Seria BVX Nr. 000417"). The token,
 * widened to hold it.
 */
function withSeries(text: string, t: IdToken, from: number): IdToken {
  // "Seria BVX Nr. 000417" (Romanian, Moldovan invoices): the series is named, then the number.
  const named = SERIES_BEFORE.exec(text.slice(0, t.start));
  if (named && /^\d/.test(t.value)) return { value: `${named[1]} ${t.value}`, start: named.index + named[0].indexOf(named[1], 5), end: t.end };
  // (Two spaces between them as OCR often reads one: "FS  2026A/1187".)
  const m = /(?:^|\s)([A-Z]{2,4}) {1,2}$/.exec(text.slice(from, t.start));
  if (!m || cueIn(m[1]) || CURRENCY_NEAR.test(m[1])) return t;
  const start = text.lastIndexOf(m[1], t.start);
  return { value: `${m[1]} ${t.value}`, start, end: t.end };
}

/**
 * A number printed in groups of digits ("Facture n° 2025 03 118447", "N° de facture 10 2345 678 901",
 * "Rechnungsnummer: 6002 4471 8821", as telecom and utility bills print them): when what follows the
 * label's cue in its cell is the rest of the label (its punctuation, more label words: "de facture")
 * and then digit groups one space apart, with six digits or more, they are one token, kept as
 * printed. The groups end the cell, or stand before a word ("… 8821 vom 19.01.2026") or a date
 * written with separators ("… 8821 19.01.2026"), never joined with its day; before an amount or
 * anything else nothing is joined. Null otherwise.
 */
function spacedDigits(text: string, from: number, to: number): IdToken[] | null {
  const cell = text.slice(from, to);
  const skip = labelRest(cell);
  const m = GROUPS.exec(cell.slice(skip));
  if (!m || m[1].replace(/ /g, '').length < 6) return null;
  const start = from + skip;
  return [{ value: m[1], start, end: start + m[1].length }];
}
/** The rest of a number label after its first cue: punctuation, spaces and more label words ("N° de facture", "Rechnungs-Nr.:"). */
const LABEL_REST = new RegExp(`(?:[\\s:.#°º/-]|${NUMBER.invoice.source}|${NUMBER.number.source}|${NUMBER.compound.source})*`, 'iuy');
/** How long the rest of a number label is at the start of `text`. */
function labelRest(text: string): number {
  LABEL_REST.lastIndex = 0;
  return LABEL_REST.exec(text)?.[0].length ?? 0;
}
/** Digit groups one space apart, then the cell's end, a word, or a date written with separators. */
const GROUPS = /^(\d+(?: \d+)+)(?:\s*$|\s+(?=\p{L})|\s+(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}))/u;

/**
 * A label ending its line whose value stands on the next line, right-aligned beyond it: a header
 * block of labels each over its value at the page's right edge ("Rechnungsnummer" /
 * "80333 München ... 471102"). The next line's last cell, when it starts right of the label and
 * nothing else on that line reaches the label's column.
 */
function belowRight(v: DocView, l: Line, c: { start: number; end: number }, take: (nl: Line, t: IdToken) => void): void {
  const nl = nextLines(v.lines, l, 1)[0];
  if (!nl) return;
  const ncs = cells(nl.text);
  const last = ncs[ncs.length - 1];
  if (!last || last.start < c.end || ncs.some((x) => x !== last && x.end > c.start - 2)) return;
  // The value is the whole cell (a right-aligned value, not the end of a sentence).
  const t = idTokensIn(last.text)[0];
  if (t && t.start === 0 && t.end === last.text.length) take(nl, shifted(t, last.start));
}

/** A cell that is a number label and nothing else ("Rechnungsnummer", "Invoice No.:"), not a title ("INVOICE") nor a sentence. */
function numberLabelOnly(text: string): boolean {
  const n = cues(NUMBER, text);
  if (!n.has('compound') && !n.has('number')) return false;
  const m = cueIn(text);
  return !!m && text.replace(ANY_LABEL_WORDS, '').replace(/[\s.:#°º/-]+/g, '') === '';
}
const ANY_LABEL_WORDS = new RegExp(ANY_NUMBER_CUE.source, 'giu');

/**
 * "Référence facture : NovemberRain01", "Rechnungsreferenz", "Invoice reference": the reference words
 * name another document's number (the invoice a credit note corrects), but with the document word
 * they name this one's where the page prints no label of its own number (invoicing apps print it so).
 */
const INVOICE_REFERENCE = /(?<![\p{L}])(?:r[ée]f(?:[ée]rence|\.)?\s*(?:de\s*(?:la\s*)?)?facture|rechnungs\s*-?\s*referenz|invoice\s*ref(?:erence|\.)?)(?![\p{L}])/iu;

/** Gives the invoice-reference labels' tokens the document's number label, when no other label names it (INVOICE_REFERENCE). */
function referenceAsNumber(out: NumberCandidate[]): void {
  if (out.some((c) => c.features['label:invoiceNumber'] && !INVOICE_REFERENCE.test(c.label))) return;
  for (const c of out) {
    if (!INVOICE_REFERENCE.test(c.label)) continue;
    c.features['label:invoiceNumber'] = 1;
    delete c.features['label:otherOnly'];
  }
}

/** Gives a quote's own number label ("Devis n°" on a page titled "Devis") the document's number label, when no label names an invoice's (quote.ts). */
function quoteAsNumber(v: DocView, out: NumberCandidate[]): void {
  if (out.some((c) => c.features['label:invoiceNumber']) || !titledQuote(v)) return;
  for (const c of out) {
    if (!QUOTE_LABEL.test(c.label)) continue;
    c.features['label:invoiceNumber'] = 1;
    delete c.features['label:otherOnly'];
  }
}

/** The tokens after each label cue (same line, within its cell or the next) and in the cell below it. */
export function numberCandidates(v: DocView): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  const seen = new Set<string>();
  // A label gives its features to each token read after or under it: read once per document.
  const labels = new Map<string, string[]>();
  const push = (l: Line, t: IdToken, label: string, via: 'right' | 'below', dist: number) => {
    const key = `${l.n}:${t.start}:${via}`;
    // Written like money (100.00, 1.234,56) or a size (60x60): an amount or a dimension, not a document's number.
    if (seen.has(key) || MONEY_SHAPE.test(t.value) || DIMENSION_SHAPE.test(t.value)) return;
    // A piece of a printed amount ("1.506" and "22" of "€ 1.506,22" after "Totale fattura"): no identifier.
    if (v.amounts[l.n].some((m) => m.decimals && m.start <= t.start && t.end <= m.end && m.end - m.start > t.end - t.start)) return;
    let names = labels.get(label);
    if (!names) labels.set(label, (names = labelFeatures(label)));
    seen.add(key);
    const f: Features = { bias: 1 };
    for (const k of names) f[k] = 1;
    f[`via:${via}`] = 1;
    if (dist === 0) f['dist:first'] = 1;
    shapeFeatures(f, t.value);
    const y = relY(v, l);
    f['place:y'] = y;
    if (y < 0.3) f['place:top'] = 1;
    if (l.page === 1) f['place:firstPage'] = 1;
    if (v.ocr) f['doc:ocr'] = 1;
    if (/^\s*#/.test(l.text.slice(Math.max(0, t.start - 2), t.start + 1))) f['shape:hash'] = 1;
    out.push({ value: t.value, line: l, token: t, label, features: f });
  };
  for (const l of v.lines) {
    if (isFaxHeader(v, l)) continue;
    const cs = cells(l.text);
    // A yyyymmdd-shaped number after a number label ("Laskun numero 20250314") is the number: many
    // invoicing programs number by date. Only dates written as dates are no identifiers here.
    // Loops here, not map/filter/some chains: an empty array and a full one have different maps in V8,
    // and each chain's call on the other kind threw numberCandidates' optimised code away (6 times a 300-PDF run).
    const dateSpans: FoundDate[] = [];
    for (const d of datesIn(l.text, 'DMY', v.dateSpots[l.n])) if (!d.compact) dateSpans.push(d);
    const notDate = (t: IdToken) => !dateSpans.some((d) => t.start >= d.start && t.end <= d.end);
    for (let ci = 0; ci < cs.length; ci++) {
      const c = cs[ci];
      const m = cueIn(c.text);
      if (!m || phoneLabel(c.text, m[0])) continue;
      // Right: tokens after the cue in this cell, else the first tokens of the next cell.
      const afterCue = c.start + m.index! + m[0].length;
      // Digit groups are joined only after a label naming the document ("Facture n°", "N° de facture"), never a tax id's or an account's.
      const lc = cues(NUMBER, l.text.slice(c.start, afterCue + labelRest(l.text.slice(afterCue, c.end))));
      const joins = (lc.has('invoice') || lc.has('compound')) && !lc.has('other');
      const tokensIn = (from: number, to: number): IdToken[] => {
        const joined = joins ? spacedDigits(l.text, from, to) : null;
        if (joined) return joined;
        const out: IdToken[] = [];
        for (const t of idTokensIn(l.text.slice(from, to))) out.push(shifted(t, from));
        return out;
      };
      const own = tokensIn(afterCue, c.end);
      // The next cell holding a letter or digit: a scan's specks between label and value ("RechnungNr.   ~~   HB-2026-004") are no cell of their own.
      let ni = ci + 1;
      while (ni < cs.length && !/[\p{L}\d]/u.test(cs[ni].text)) ni++;
      const next = ni < cs.length ? cs[ni] : null;
      const rightTokens = own.length ? own : next ? tokensIn(next.start, next.end) : [];
      const from = own.length ? afterCue : next ? next.start : afterCue;
      let k = 0;
      for (const t of rightTokens) {
        if (k === 2) break;
        if (!notDate(t)) continue;
        push(l, k === 0 ? withSeries(l.text, t, from) : t, l.text.slice(c.start, t.start), 'right', k);
        k++;
      }
      // Below: the cell under the label, on the next line (or the one after, when the column is empty there).
      let under = false;
      for (const nl of nextLines(v.lines, l, 2)) {
        const below = cellInColumn(nl.text, [c.start, c.end], 6);
        if (!below) continue;
        // The cell starts under the label, or the token itself stands under it: a long line that merely runs beneath the label (an address across the page) holds no value of it.
        const aligned = below.start >= c.start - 6 && below.start < c.end + 6;
        const toks: IdToken[] = [];
        for (const t of idTokensIn(below.text)) {
          const at = shifted(t, below.start);
          if (aligned || (at.end > c.start - 6 && at.start < c.end + 6)) toks.push(at);
        }
        // The series may stand left of the cell, at the line's start ("FS  2026A/1187" under "FATURA SIMPLIFICADA").
        toks.slice(0, 1).forEach((t) => push(nl, withSeries(nl.text, t, below.start > 0 && /^\s*[A-Z]{2,4} {1,2}$/.test(nl.text.slice(0, below.start)) ? 0 : below.start), c.text, 'below', 0));
        under ||= toks.length > 0;
        break;
      }
      if (!under && !rightTokens.length && ci === cs.length - 1 && numberLabelOnly(c.text)) belowRight(v, l, c, (nl, t) => push(nl, t, c.text, 'below', 0));
    }
  }
  referenceAsNumber(out);
  quoteAsNumber(v, out);
  const count = new Map<string, number>();
  for (const c of out) count.set(c.value, (count.get(c.value) ?? 0) + 1);
  for (const c of out) if ((count.get(c.value) ?? 0) >= 2) c.features['rep:2'] = 1;
  if (out.length) out[0].features['rank:first'] = 1;
  return out;
}
