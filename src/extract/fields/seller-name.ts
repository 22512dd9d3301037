/**
 * The seller's name: candidates scored by where and how a seller's name is printed.
 *
 * - A company-form word (GmbH, S.A., Ltd, Sdn Bhd, S/B, Kft., s.r.o. ...) on the line: the first
 *   such cell of the document that reads as a name (not a table header, an amount, a title, a
 *   fragment of OCR noise, nor the form word alone: "(Co.", "Oy", "1,6KG").
 * - The top of the first page: a till receipt or a letterhead starts with the seller's name, right
 *   above its address, registration number or phone line; a trade word (Enterprise, Trading ...)
 *   or a company form on it is more evidence. A block at the right of the page is more often the
 *   recipient's window and is not taken.
 * What is never a name: a street or postcode line, a phone, e-mail or tax-id line, a document
 * title (TAX INVOICE, RECHNUNG), a line of few letters (OCR noise), an all-lower-case line (not a
 * printed letterhead: a handwritten or stamped note above it).
 * Knows no vendor; every word here is a company form or trade word of some country.
 */
import { cells, type Cell, type Line } from './cells.js';
import { clean, HAS_AMOUNT, isAddressLike, isContact, isTableHeader, OTHER_LABEL } from './address.js';
import { taxIdsIn } from './taxids.js';

/** Company forms (legal-entity suffixes) of many countries, as printed (case as written). */
export const COMPANY_FORM =
  /(?<![\p{L}\d])(?:GmbH|AG|B\.?V\.?|N\.?V\.?|S\.?A\.?S?|SARL|S\.?r\.?l\.?|S\.?R\.?L\.?|S\.?p\.?A\.?|Ltd\.?|LTD\.?|Limited|LIMITED|LLC|LLP|Inc\.?|INC\.?|Corp\.?|CORP\.?|Co\.|CO\.|sp\.\s*z\s*o\.?\s*o\.?|Sp\.\s*z\s*o\.?\s*o\.?|S\.?L\.?|Oy|AB|A\/S|KG|UG|PLC|Pvt|Pty|PTY|Kft\.?|s\.\s?r\.\s?o\.|(?:Sdn|SDN)\.?\s*(?:Bhd|BHD)\.?|Bhd\.?|BHD\.?|S\/B)(?![\p{L}\d])/u;
/** Trade words that name a business (weaker than a legal form; top of the page only). */
const TRADE_WORD = /(?<![\p{L}])(?:enterprises?|trading|traders?|company|restaurant|hardware|stationery|supermarket|mini\s*market|market|mart|store|shop|bakery|pharmacy|caf[eé]|bistro|hotel|station)(?![\p{L}])/iu;
/** Document titles that stand where a sender's name would. */
export const TITLE =
  /^(?:(?:tax\s+|commercial\s+|pro[\s-]?forma\s+|simplified\s+)?invoice|rechnung|facture|factuur|factura|fattura|faktura(?:\s+vat)?|credit\s+note|gutschrift|avoir|(?:official\s+)?receipt|quittung|re[çc]u|bill|statement|cash\s+(?:sale|bill))\b/iu;
/** A registration number printed under a name: "(742016-W)", "Co. Reg: 1234-X", "ROC 12345". */
const REG_LINE = /^\(?\s*(?:co\.?\s*reg\S*|company\s+reg\S*|reg\S*\s*no|roc|coreg)?\W*[\dA-Z]{0,3}\d{3,}[\dA-Z]*\s*-\s*[A-Z0-9]{1,2}\s*\)?$|^\(?\s*(?:co\.?\s*reg|company\s+reg|reg(?:istration)?\.?\s*no)/iu;

/** Address lines that start with a lot, unit or number word ("No 7, Simpang ...", "Lot 1851-B ..."). */
const ADDRESS_START = /^(?:no|lot|unit|blk|block|jalan|jln)\.?\s*\d/iu;
/** A document title printed after the name on its line ("Amazon Web Services Invoice"). */
const TRAILING_TITLE = /\s+(?:(?:tax\s+)?invoice|rechnung|facture|factuur|factura|fattura|faktura|receipt)$/iu;

export interface NameCandidate {
  line: Line;
  cell: Cell;
  text: string;
  rule: 'company-suffix' | 'top-block';
  /** The evidence that chose it (for the confidence). */
  form: boolean;
  above: boolean;
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * A name: mostly letters, a word besides any company form and parenthesised part, and none of
 * what a name never is.
 */
export function readsAsName(s: string): boolean {
  const t = s.trim();
  if (t.length < 3 || t.length > 70) return false;
  const chars = t.replace(/\s+/g, '').length;
  if (letters(t) < 0.6 * chars) return false;
  const core = t.replace(/\([^)]*\)?/g, ' ').replace(new RegExp(COMPANY_FORM.source, 'gu'), ' ');
  if (!/\p{L}{2,}/u.test(core) || letters(core) < 3) return false;
  if ((t.match(/\d/g) ?? []).length > 3 || /[:@]/.test(t) || HAS_AMOUNT.test(t)) return false;
  if (t === t.toLowerCase() && /\p{Ll}/u.test(t)) return false;
  // (A label word starting a name with a company form is part of it: "Lieferant GmbH & Co. KG".)
  // An address line never, but a street word inside a company's name is ("Quarry Lane Software LLC").
  if (TITLE.test(t) || ((OTHER_LABEL.test(t) || isAddressLike(t) || ADDRESS_START.test(t)) && !COMPANY_FORM.test(t))) return false;
  return !isContact(t) && !isTableHeader(t) && taxIdsIn(t).length === 0;
}

/** A trailing registration number in brackets goes: "AEON CO. (M) BHD (126926-H)" -> "AEON CO. (M) BHD". */
export const nameText = (s: string) => clean(s.replace(/\s*\(\s*[\dA-Z]*\d{3,}[\dA-Z]*(?:\s*-\s*[A-Z0-9]{1,2})?\s*\)\s*$/u, '')).replace(/\s+/g, ' ');

/** Where a line says something about the name above it: an address, a registration number, a phone. */
const supportsAbove = (t: string) => isAddressLike(t) || REG_LINE.test(t) || isContact(t) || taxIdsIn(t).length > 0;

/**
 * The name at the top of the first page: of its first lines, the segment (words split by a wide
 * gap) that reads as a name and stands left or centred, scored by the line below it, a company
 * form or trade word on it, and how near the top it is. A segment ending in "&" goes on on the
 * next line ("HOME MASTER HARDWARE &" / "ELECTRICAL").
 */
export function topName(lines: Line[], skip: (l: Line, seg: Cell) => boolean): NameCandidate | null {
  const page = lines[0]?.page;
  const top = lines.filter((l) => l.page === page && letters(l.text) >= 3).slice(0, 8);
  const width = Math.max(40, ...lines.filter((l) => l.page === page).map((l) => l.text.trimEnd().length));
  let best: (NameCandidate & { score: number }) | null = null;
  top.forEach((l, i) => {
    const segs = segments(l.text);
    const seg = segs[0];
    if (!seg || skip(l, seg)) return;
    // Left (a letterhead) or centred alone on its line (a till receipt); not a right-hand window.
    const centred = segs.length === 1 && Math.abs((seg.start + seg.end) / 2 - width / 2) < width * 0.12;
    if (seg.start > 10 && !centred) return;
    let text = nameText(seg.text).replace(TRAILING_TITLE, '');
    let next = top[i + 1];
    // A name going on on the next line: ending in "&" or "-", or a bracket left open.
    const open = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
    if ((/[&-]$/.test(text) || open) && next && letters(next.text) >= 3) {
      text = nameText(`${text} ${clean(next.text)}`);
      next = top[i + 2];
    }
    if (!readsAsName(text)) return;
    // The line above is an address line: this is one more line of it, not a name over it.
    const prev = top[i - 1];
    if (prev && isAddressLike(clean(prev.text)) && !COMPANY_FORM.test(text)) return;
    const first = (l: Line | undefined) => clean(segments(l?.text ?? '')[0]?.text ?? '');
    const supports = (l: Line | undefined) => !!l && supportsAbove(first(l));
    // Over its address, or over one more line that is no name either (a slogan, an OCR speck).
    const above = supports(next) || (!!next && supports(top[top.indexOf(next) + 1]) && !readsAsName(first(next)));
    const form = COMPANY_FORM.test(text);
    const score = (above ? 2 : 0) + (form ? 2 : 0) + (TRADE_WORD.test(text) ? 1 : 0) - 0.4 * i;
    if ((above || form) && (!best || score > best.score)) best = { line: l, cell: seg, text, rule: 'top-block', form, above, score };
  });
  return best;
}

/** Runs of words split by gaps of 4 spaces or more (OCR spaces a receipt's words by two or three). */
const segments = (text: string): Cell[] => cells(text, 3);

/** The first cell with a company form that reads as a name (the form word alone, noise or an item line is not one). */
export function companyCell(lines: Line[], skip: (l: Line) => boolean): { line: Line; cell: Cell; name: string } | null {
  for (const l of lines.slice(0, 200)) {
    if (skip(l)) continue;
    for (const c of cells(l.text)) {
      const m = COMPANY_FORM.exec(c.text);
      if (!m) continue;
      // A line that is one run of words (a till receipt's centred name, spaced by OCR) is one cell.
      const whole = segments(l.text);
      if (whole.length === 1 && COMPANY_FORM.test(whole[0].text) && readsAsName(nameText(whole[0].text))) return { line: l, cell: whole[0], name: whole[0].text };
      if (c.text.length < 70 && readsAsName(nameText(c.text))) return { line: l, cell: c, name: c.text };
      // A legal footer "NAME SARL au capital de ... - RCS ...": the name is the part up to its form.
      const head = c.text.slice(0, m.index + m[0].length);
      if (m.index > 0 && readsAsName(head)) return { line: l, cell: c, name: head };
    }
  }
  return null;
}
