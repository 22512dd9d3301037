/**
 * Line items from column tables: a header row names the columns (description, quantity, unit
 * price, amount, in the lexicon's languages); rows below it are read until a total line. A table
 * broken by a page break goes on under its repeated header (or rows that add up) on the next page.
 */
import type { LineItem } from '../../types.js';
import { cells, type Line } from './cells.js';
import { parseNumber, round2 } from '../normalize.js';

/** A total or subtotal line: the table ends there. */
const TABLE_END = new RegExp(
  [
    "grand\\s+total|amount\\s+due|total\\s+due|balance\\s+due|total\\s+amount|amount\\s+payable|total\\s+payable|invoice\\s+total|total\\s+ttc|montant\\s+ttc|net\\s+[àa]\\s+payer|total\\s+[àa]\\s+payer|gesamtbetrag|rechnungsbetrag|endbetrag|gesamtsumme|zu\\s+zahlen|bruttobetrag|te\\s+betalen|factuur\\s*totaal|importe\\s+total|total\\s+factura|totale\\s+(?:fattura|documento|da\\s+pagare)|do\\s+zap[łl]aty|warto[śs][ćc]\\s+brutto|total\\s+facture",
    '(?<![\\p{L}])(?:total|totaal|totale|summe|gesamt|razem|suma|betrag|montant)(?![\\p{L}])',
    'sub\\s*-?\\s*total|subtotaal|zwischensumme|netto\\s*betrag|nettobetrag|net\\s+(?:amount|total)|total\\s+(?:ht|h\\.t\\.|net|netto|excl)|montant\\s+(?:ht|h\\.t\\.)|base\\s+imponible|imponibile|warto[śs][ćc]\\s+netto|summe\\s+netto',
    // The goods' net value under a table ("Warenwert netto", "Nettowarenwert", "Positionssumme", "Goods value", "Valeur marchandise").
    '(?<![\\p{L}])(?:netto)?(?:warenwert|auftragswert|nettosumme|positionssumme)|summe\\s+(?:der\\s+)?positionen|goods\\s+value|valeur\\s+(?:de\\s+la\\s+)?marchandise|valor\\s+(?:de\\s+la\\s+)?mercanc[íi]a|valore\\s+(?:della\\s+)?merce',
  ].join('|'),
  'iu',
);

const COL_DESC = /description|item|product|artikel|beschreibung|bezeichnung|omschrijving|d[ée]signation|libell[ée]|descripci[óo]n|concepto|descrizione|opis|nazwa|title/i;
/** Headings that say quantity and nothing else. */
const COL_QTY_WORD = /\bqty\b|quantity|menge|anzahl|aantal|hoeveelheid|qt[ée]|quantit[ée]|nombre|cantidad|\bcant\.|quantit[àa]|ilo[śs][ćc]/i;
/** A quantity heading, "Units" included (which may also be the "unit" of a price heading). */
const COL_QTY = new RegExp(`${COL_QTY_WORD.source}|\\bunits?\\b`, 'i');
const COL_PRICE = /price|rate|unit|preis|prijs|prix|p\.\s*u\.|precio|prezzo|cena/i;
const COL_AMOUNT = /amount|total|betrag|bedrag|montant|importe|importo|warto[śs][ćc]/i;

/** A line that says the table goes on on the next page (or, at the top of the next, that it went on from the last). */
const CONTINUED = /continued|carried\s+forward|brought\s+forward|fortsetzung|[üu]bertrag|suite\s+page|[àa]\s+suivre|[àa]\s+reporter|vervolg|contin[úu]a|riporto|z\s+przeniesienia/i;
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
  // A quantity word first: the "unit" of "Precio unit." or "Unit price" is not the quantity column.
  const qtyWord = rest.search(COL_QTY_WORD);
  const qty = qtyWord >= 0 ? qtyWord : rest.search(COL_QTY);
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
 * Value of a numeric cell ("1,150.00", "$ 45.00", "2 500", "1.00 kg", "1 PCS", "186 m²"), or null
 * when the cell is not a number. A unit after a quantity is dropped (an area's or volume's too).
 */
function numericCell(text: string): { value: number; decimals: boolean } | null {
  const t = text
    .replace(/^[-−]\s+(?=\d)/, '-')
    .replace(/\s*(?:€|\$|£|₹|EUR|USD|GBP|INR|PLN|CHF|zł)\s*/gu, '')
    .replace(/(?<=\d)\s*\p{L}{1,6}[²³]?\.?$/u, '');
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
 * `header` places the columns; without one (headerless fallback) the row must add up, except in
 * a table already going on on a new page (`continued`: its first row there added up), where a row
 * of three numbers ending in a cent amount is kept as read: one misread digit (OCR's "15579" for
 * 15.79, "2" for 12) would otherwise drop a line whose amount is right.
 */
function tableRow(l: Line, header: Header | null, dropCode = false, continued = false): LineItem | null {
  const cs = cells(l.text).filter((c) => !NOISE_CELL.test(c.text));
  const nums: { value: number; decimals: boolean }[] = [];
  let k = cs.length;
  while (k > 0) {
    // Tax-rate columns (percentages) are skipped; units after quantities dropped.
    const v = numericTokens(cs[k - 1].text);
    if (!v) {
      // A lone letter between two numbers is a speck OCR read as one ("45.00   d   540.00"), or
      // a unit ("3  h  85,00"): the row's numbers go on left of it.
      if (nums.length && k >= 2 && /^\p{L}$/u.test(cs[k - 1].text) && numericTokens(cs[k - 2].text)) {
        k--;
        continue;
      }
      break;
    }
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
      if (!header && !(continued && nums[nums.length - 1].decimals)) return null;
      quantity = values[values.length - 3];
      unitPrice = values[values.length - 2];
      if (!header && !Number.isInteger(quantity) && Number.isInteger(unitPrice)) [quantity, unitPrice] = [unitPrice, quantity];
    }
  } else if (values.length === 2) {
    if (!header) return null;
    if (Number.isInteger(values[0]) && !nums[0].decimals) quantity = values[0];
    else unitPrice = values[0];
    if (quantity !== null && quantity !== 0) unitPrice = round2(amount / quantity);
    // A unit price and an amount that is a whole multiple of it: the quantity cell was not read
    // (OCR drops a lone "1" as a rule mark) or the table has none; the arithmetic gives it.
    else if (unitPrice !== null && unitPrice > 0 && amount > 0 && Math.abs(Math.round(amount / unitPrice) * unitPrice - amount) < 0.005) quantity = Math.round(amount / unitPrice);
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
export function findLineItems(lines: Line[]): LineItem[] {
  const items: LineItem[] = [];
  let finished = false;
  let open = null as Header | null;
  const isEnd = (l: Line) => TABLE_END.test(l.text);
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
      // A carried-forward sum ("Übertrag 1.344,74" at the foot of a page and again under the next
      // page's header) is the rows above it, not a row: it would count them twice.
      if (CONTINUED.test(t)) {
        if (/\d[.,]\d{2}\s*$/.test(t)) continue;
        break;
      }
      const row = tableRow(l, header, open?.codeColumn ?? false, !header && j > i);
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

