/**
 * A currency-conversion block: EU invoices billed in a foreign currency must also state the VAT in
 * the local currency, so they print a block headed "EUR equivalent", "Gegenwert in EUR",
 * "contre-valeur en EUR" under their totals, with its own taxable amount, VAT and total. Those
 * amounts restate the invoice in another currency; they are no candidates for its total, subtotal
 * or tax, and their currency signs are no evidence of the invoice's currency.
 *
 * Only amounts written with the block's named currency, on the heading's line and the lines right
 * under it (up to the next empty line), are taken out: a line item converted at a printed rate
 * ("USD 1,850.00 @ 0.9213 ... 1,704.41" on an invoice in EUR) names no equivalent and stays.
 */
import type { Line } from './cells.js';
import type { Money } from './tokens.js';
import { currencyFromToken } from '../normalize.js';

const CODE = '([A-Z]{3}|€|£|\\$)';
/** "EUR equivalent", "equivalent in EUR", "Gegenwert in EUR", "contre-valeur en EUR", "controvalore in EUR", "tegenwaarde in EUR". */
const HEADING = new RegExp(
  `(?<![\\p{L}])(?:${CODE}\\s*(?:equivalent|[ée]quivalent|gegenwert|contre-?\\s*valeur|controvalore|tegenwaarde)|(?:equivalent|[ée]quivalent|gegenwert|contre-?\\s*valeur|controvalore|tegenwaarde|contravalor)\\s*(?:in|en|em|:)?\\s*${CODE})(?![\\p{L}])`,
  'iu',
);

/**
 * A conversion note in a sentence ("Total entspricht EUR 1'434.34", "Equivalent for information: EUR
 * 777.94", "soit 1 434,34 EUR au taux de 1,0642", "Approx. EUR 88.44 at 0.9213 EUR/USD"): the
 * currency after the word that restates an amount is the note's. The words "soit", "approx.", "ca.",
 * "environ" restate other things too: only on a line that prints a rate (a number with four or more
 * decimals, "EUR/USD", "1 CHF =").
 */
const STRONG = `(?:entspricht|entsprechen[d]?|gegenwert|equivalent|[ée]quivalent|equivale|corresponds?\\s+to|correspond\\s+[àa]|odpowiada|motsvarar|odpov[íi]d[áa])`;
const WEAK = `(?:soit|approx\\.?|approximately|ca\\.|circa|environ|about)`;
const NOTE = new RegExp(`(?<![\\p{L}])${STRONG}(?![\\p{L}])[^\\d\\n]{0,30}?${CODE}(?=[\\s\\u00a0]*\\d)`, 'iu');
const WEAK_NOTE = new RegExp(`(?<![\\p{L}])${WEAK}(?![\\p{L}])[\\s:]*(?:${CODE}[\\s\\u00a0]*\\d|[\\d'’.,\\s\\u00a0]*\\d[\\s\\u00a0]*${CODE})`, 'iu');
const RATE = /\d[.,]\d{4,}|\b[A-Z]{3}\s*\/\s*[A-Z]{3}\b|\b1\s*[A-Z]{3}\s*=/;

/** How many lines under a heading the block may run (a block is a few rows: base, VAT, total). */
const MAX_BLOCK = 6;

/** The currency a line names as an equivalent, or null. */
export function equivalentCurrency(text: string): string | null {
  for (const re of RATE.test(text) ? [HEADING, NOTE, WEAK_NOTE] : [HEADING, NOTE]) {
    const m = re.exec(text);
    const token = m?.[1] ?? m?.[2];
    const code = token ? currencyFromToken(token) : null;
    if (code) return code;
  }
  return null;
}

/**
 * The lines of every conversion block and the amounts they restate: the amounts written in the
 * block's currency are removed from `amounts` (in place); returns the block's line numbers.
 */
export function dropConversionBlocks(lines: Line[], amounts: Money[][]): Set<number> {
  const block = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const code = equivalentCurrency(lines[i].text);
    if (!code) continue;
    for (let j = i; j < lines.length && j <= i + MAX_BLOCK && lines[j].page === lines[i].page; j++) {
      if (j > i && !lines[j].text.trim()) break;
      const kept = amounts[j].filter((m) => m.currency !== code);
      if (kept.length !== amounts[j].length) block.add(j);
      amounts[j] = kept;
    }
    block.add(i);
  }
  return block;
}
