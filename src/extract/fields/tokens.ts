/**
 * Tokens of a line the generic extractor reasons about: amounts (with their currency sign), dates
 * (in the document's day/month order, with the other reading of an ambiguous one) and identifiers.
 */
import { AMOUNT } from './lexicon.js';
import { currencyFromToken, dateCandidates, DATE_IN_TEXT, parseDate, parseNumber, type DateOrder, type DateSpot } from '../normalize.js';

export interface Money {
  value: number;
  start: number;
  end: number;
  raw: string;
  decimals: boolean;
  currency: string | null;
  /** Where the currency sign or code stands on the line ([start, end)). */
  currencyAt?: [number, number];
}

/** Where an amount may start: after no letter, or right after a ringgit or rupee sign glued to it. */
const AMOUNT_START = String.raw`(?<![\d.,/-])(?:(?<=(?:^|[^\p{L}])(?:RM|Rm|rM|Rs\.?))|(?<!\p{L}))`;
/**
 * The amount pattern. `textLayer`: the line comes from a PDF's text, where two more ways of printing
 * are read:
 * - a minus right after an amount with cents, before a space or the line's end ("350,57-"): German
 *   and French credit notes and discount lines print negatives so (parseNumber reads the sign).
 *   Not on OCR'd pages: there the tills that print it so use it for change and rounding lines, which
 *   the receipt rules know by their labels; on the 520 receipts reading the sign there changed one
 *   result only, a cash-rounded total made certain where the corpus's truth is the exact one.
 * - thousands grouped by spaces with a decimal point ("Fr. 3 592.50"), as Swiss invoices print
 *   francs. Not on OCR'd pages, where a single space often parts a count from a price.
 */
function moneyPattern(textLayer: boolean): string {
  const spacedCents = textLayer ? String.raw`[.,]\d{2}` : ',\\d{2}';
  const minusAfter = textLayer ? String.raw`|(?<=\d[.,]\d{2})[-−](?=\s|$)` : '';
  return (
    AMOUNT_START +
    String.raw`[-−]?(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{2}|(?<=(?:₹|\bRs\.?|\bINR)\s?[\d,]+))|\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:` +
    spacedCents +
    String.raw`|(?=[ \u00a0]?(?:Ft|HUF|Kč|CZK|kr|SEK|NOK|DKK|lei|RON|zł|PLN|€|EUR)(?![\p{L}])))|\d+[.,]\d{1,2}|\d+)(?:[.,]-` +
    minusAfter +
    String.raw`)?(?![\d%]|[.,]\d|\s?%|[\p{L}](?!\b))`
  );
}
const MONEY = new RegExp(moneyPattern(true), 'gu');
/*
 * An amount starts after no letter, except a ringgit or rupee sign glued to it (`RM41.45`,
 * `Rs500`: till receipts print them so). The pattern reads, besides the usual groupings, India's lakh and crore grouping (2,18,300.00;
 * 1,00,00,000): as one amount only with paise (`.dd`) or after ₹ / Rs / INR, so a list of numbers
 * separated by commas is never taken for one. Likewise whole amounts grouped by spaces (Hungarian
 * forints, `247 650 Ft`) are one amount only with a currency right after them.
 */
/**
 * On OCR'd pages tesseract often splits an amount after its decimal point ("65. 20", "200.  00"):
 * there, a separator followed by one or two spaces and exactly two digits is read as one amount.
 */
const MONEY_OCR = new RegExp(`${AMOUNT_START}[-−]?\\d+[.,] {1,2}\\d{2}(?![\\d.,%])|${moneyPattern(false)}`, 'gu');

/** Currency signs and codes that may stand right next to an amount. */
export const CURRENCY_NEAR = /R\$|A\$|AU\$|C\$|CA\$|Kč|€|\$|£|₹|\bRs\.?|zł|\bFt\b|\blei\b|\bRON\b|\bHUF\b|\bCHF\b|\bEUR\b|\bUSD\b|\bGBP\b|\bINR\b|\bPLN\b|\bRM(?![A-Za-z])|\bMYR\b|\bSGD\b|\bAUD\b|\bCAD\b/;

const COLUMN_REF = String.raw`(?:col(?:umn)?|kol|spalte|sp|rubr\S*)\.?\s*\d{1,2}`;
const COLUMN_REFS = new RegExp(String.raw`\(\s*${COLUMN_REF}(?:\s*[-+x×*]\s*${COLUMN_REF})*\s*\)|\(\d{1,2}\s*[x×*+]\s*\d{1,2}\)`, 'giu');

/** Blanks out column references, dates, percentages, times and long digit runs so they are not read as amounts. */
export function maskNonMoney(text: string, spots: readonly DateSpot[] = dateCandidates(text)): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let masked = text;
  for (const d of spots) if (parseDate(d.raw)) masked = masked.slice(0, d.start) + blank(text.slice(d.start, d.end)) + masked.slice(d.end);
  return masked
    // Column references in a statutory layout's labels ("Total de plată (col. 5 + col. 6)", "5 (3x4)").
    .replace(COLUMN_REFS, blank)
    .replace(/\d+(?:[.,]\d+)?\s?%/g, blank)
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, blank)
    .replace(/\b\d{7,}\b/g, blank);
}

/** The amounts of a line, from character `from` on (`ocr`: the line was read by OCR). */
export function amountsIn(text: string, from = 0, ocr = false, spots?: readonly DateSpot[]): Money[] {
  const out: Money[] = [];
  // Every amount MONEY reads starts with a digit: a line without one has none (and nothing to mask).
  if (!/\d/.test(text)) return out;
  const masked = maskNonMoney(text, spots);
  for (const m of masked.matchAll(ocr ? MONEY_OCR : MONEY)) {
    if (m.index < from) continue;
    const raw = m[0];
    const v = parseNumber(raw);
    if (v === null) continue;
    const lo = Math.max(0, m.index - 4);
    const cur = CURRENCY_NEAR.exec(text.slice(lo, m.index + raw.length + 4));
    const at: [number, number] | undefined = cur ? [lo + cur.index, lo + cur.index + cur[0].length] : undefined;
    out.push({ value: v, start: m.index, end: m.index + raw.length, raw, decimals: /[.,]\d{2}[-−]?$|[.,]-$/.test(raw.replace(/\s/g, '')), currency: cur ? currencyOf(cur[0]) : null, ...(at ? { currencyAt: at } : {}) });
  }
  return out;
}

// RM (ringgit), Rs (rupee), Ft (forint) and lei (leu) are signs only beside an amount, which is where this reads them.
const SIGNS_BESIDE_AMOUNT: Record<string, string> = { rm: 'MYR', rs: 'INR', 'rs.': 'INR', ft: 'HUF', lei: 'RON' };
const currencyOf = (t: string) => SIGNS_BESIDE_AMOUNT[t.toLowerCase()] ?? currencyFromToken(t);

export interface FoundDate {
  iso: string;
  ambiguous: boolean;
  /** For an ambiguous date, its reading in the other day/month order. */
  alt: string | null;
  start: number;
  end: number;
  /** Written with a month name. */
  named: boolean;
  compact?: boolean;
  /** Read back from a form OCR broke (misread-dates.ts): what was mended. */
  misread?: string;
}

/** A date written as yyyymmdd (machine-made documents) or ddmmyyyy (till receipts). */
const COMPACT_DATE = /(?<![\p{L}\d.,/-])(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2})(?![\p{L}\d.,/-])/gu;

/** The dates of a line in the document's day/month order (yyyymmdd ones too: `compact`). */
export function datesIn(text: string, order: DateOrder, spots: readonly DateSpot[] = dateCandidates(text)): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(COMPACT_DATE)) {
    const s = m[0];
    const d = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])/.test(s) ? parseDate(s) : parseDate(`${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4)}`);
    if (d) out.push({ iso: d.iso, ambiguous: false, alt: null, start: m.index, end: m.index + m[0].length, named: false, compact: true });
  }
  for (const c of spots) {
    const d = parseDate(c.raw, order);
    if (!d) continue;
    const alt = d.ambiguous ? (parseDate(c.raw, order === 'MDY' ? 'DMY' : 'MDY')?.iso ?? null) : null;
    out.push({ ...d, alt, start: c.start, end: c.end, named: /\p{L}{3}/u.test(c.raw) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * OCR reads a thin slash as a 1: "17/10/2025" comes out as "1711012025". A ten-digit token whose
 * third and sixth digits are 1 and whose other digits make a date (dd1mm1yyyy) may be that date;
 * only where a label says a date stands (the caller decides), since such a token is otherwise a number.
 */
const SLASHES_AS_ONES = /(?<![\p{L}\d.,/-])(\d{2})1(\d{2})1((?:19|20)\d{2})(?![\p{L}\d.,/-])/gu;

export function slashesReadAsOnes(text: string, order: DateOrder): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(SLASHES_AS_ONES)) {
    const d = parseDate(`${m[1]}/${m[2]}/${m[3]}`, order);
    if (d && !d.ambiguous) out.push({ iso: d.iso, ambiguous: false, alt: null, start: m.index, end: m.index + m[0].length, named: false, compact: true });
  }
  return out;
}

export interface IdToken {
  value: string;
  start: number;
  end: number;
}

/** Latin, Greek and Cyrillic letters ("ΤΠΥ-0318", "СЧ-1207"), digits, and - / _ . inside. */
const ID_SHAPE = /^[A-Za-z0-9\u0370-\u03ff\u0400-\u04ff][A-Za-z0-9\u0370-\u03ff\u0400-\u04ff\-/_.]*[A-Za-z0-9\u0370-\u03ff\u0400-\u04ff]$|^[0-9]$/u;
const WHOLE_DATE = new RegExp(`^(?:${DATE_IN_TEXT})$`, 'iu');

/** Identifier-like tokens of a line: letters, digits, - / _ . with at least one digit; not dates. */
export function idTokensIn(text: string): IdToken[] {
  const out: IdToken[] = [];
  for (const m of text.matchAll(/[^\s:;,()[\]{}<>"'«»]+/gu)) {
    let s = m.index;
    let t = m[0];
    // A number word glued to its value ("n°562044387", "Nr.4711", "#A-12").
    const lead = /^(?:[#№°º]+|n[°º]|nr\.|no\.)(?=[\p{L}\d])/iu.exec(t)?.[0].length ?? 0;
    s += lead;
    t = t.slice(lead).replace(/[.,;:)]+$/, '');
    // Shaped like a date but no date in either order ("41/03/2025", a Polish invoice number): an identifier.
    if (!t || !/\d/.test(t) || !ID_SHAPE.test(t) || (WHOLE_DATE.test(t) && (parseDate(t, 'DMY') || parseDate(t, 'MDY')))) continue;
    out.push({ value: t, start: s, end: s + t.length });
  }
  return out;
}

/**
 * The percentages a line prints ("MwSt. 19 %", "TVA 5,5%", "VAT 7.5%"), in order; never the tail
 * of a longer number ("119%" is no 19 %). A till's VAT table may set its rate's % a few columns
 * apart ("20   %   17,82   3,57", its header "TAUX  HT  TVA"): up to three blanks between them.
 * One reading for the page's rates (context.ts), a VAT table's rows (breakdown.ts) and a VAT line's
 * rate (rated.ts).
 */
export function percentsIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)[ \t]{0,3}%/g)].filter((m) => !shareOf(text, m)).map((m) => Number(m[1].replace(',', '.')));
}

/**
 * A percentage of something the page names ("Fonds de travaux, 5 % du budget", "Skonto 3 % vom
 * Rechnungsbetrag", "10 % of the order value", "2 % van het bedrag"): a share of that thing, not a
 * rate of tax, unless the thing is the tax ("20 % de TVA") or a tax word stands before the percent
 * ("VAT 20 % of net"). `m` is the percent's match in `text`.
 */
const SHARE_OF = new RegExp(String.raw`^[ \t]*(?:(?:of(?:\s+the)?|du|de\s+la|des|de|vom|von|der|van(?:\s+het|\s+de)?|della|dello|del|dei|degli|di|do|da|dos|das)\s+|(?:de\s+l|d|dell)['’]\s*)(?!(?:${AMOUNT.tax.source}))\p{L}`, 'iu');
const shareOf = (text: string, m: RegExpMatchArray): boolean => SHARE_OF.test(text.slice(m.index! + m[0].length)) && !AMOUNT.tax.test(text.slice(0, m.index));

/** The line prints a percentage that is no share of a named thing (a rate: "MwSt. 19 %", "20 % TVA"). */
export function printsRate(text: string): boolean {
  return [...text.matchAll(/\d[ \t]?%/g)].some((m) => !shareOf(text, m));
}
