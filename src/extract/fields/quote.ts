/**
 * A quote (Devis, Angebot, Kostenvoranschlag, Offerte, Quotation ...): a priced document of its own,
 * titled so. On an invoice, "Devis n° DV-140" or "Angebot Nr. 388" names the quote the invoice
 * follows, another document's number (lexicon.ts); on a page titled as the quote itself, with no
 * number labelled as an invoice's, it names the page's own number.
 */
import type { DocView } from './context.js';

const QUOTE_WORDS = [
  'devis', 'angebot', 'kostenvoranschlag', 'offerte', 'quote', 'quotation', 'estimate', 'presupuesto', 'preventivo', 'or[çc]amento', 'oferta', 'offerta',
];

/** A line that is nothing but a quote word ("DEVIS", "Angebot"): the page's title. */
const TITLE = new RegExp(`^\\s*(?:${QUOTE_WORDS.join('|')})\\s*$`, 'iu');
/** A number label made of a quote word and a number word ("Devis n°", "Angebots-Nr.", "Quote no."). */
export const QUOTE_LABEL = new RegExp(`(?<![\\p{L}])(?:${QUOTE_WORDS.join('|')})s?\\s*-?\\s*(?:n[°º]|nr\\.?|no\\.?|num[ée]ro|nummer|number|#)`, 'iu');

/** The page is titled as a quote (a line of the first page holding the quote word alone). */
export function titledQuote(v: DocView): boolean {
  return v.lines.some((l) => l.page === 1 && TITLE.test(l.text));
}
