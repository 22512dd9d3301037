/**
 * The margin scheme for second-hand goods, art and antiques (§ 25a UStG "Differenzbesteuerung",
 * "régime de la marge" / art. 297 A CGI, Article 313 of the VAT Directive, "margin scheme",
 * "regime del margine", "régimen especial de bienes usados"): the VAT is inside the price and, by
 * law, not shown. Such an invoice has a total and no net amount or tax to give: an amount of the
 * total's value printed twice (the one car sold, then "Gesamtpreis") is no subtotal.
 */
import { sameCents } from '../normalize.js';
import type { AmountCandidate } from './amounts.js';
import { netLabelled } from './reminder.js';

const MARGIN = /§\s*25a\s*UStG|differenzbesteuer\p{L}*|r[ée]gime\s+(?:particulier\s+)?de\s+(?:la\s+)?marge|margin\s+scheme|regime\s+(?:speciale\s+)?del\s+margine|r[ée]gimen\s+especial\s+de\s+(?:los\s+)?bienes\s+usados|\bart(?:icle|\.)?\s*297\s*A\b|\barticle\s+313\b/iu;

/** The page says the invoice is taxed on the margin. */
export const marginScheme = (text: string): boolean => MARGIN.test(text);

/**
 * The subtotal to give on a margin-scheme invoice: none when it is the total's value, no tax was found
 * and no amount of that value is printed under a net label (a "Zwischensumme" the page prints stays).
 */
export function marginSubtotal<T extends { value: number }>(text: string, subtotal: T | null, tax: T | null, total: T | null, amounts: readonly AmountCandidate[]): T | null {
  if (!subtotal || !total || tax || !marginScheme(text)) return subtotal;
  if (!sameCents(subtotal.value, total.value)) return subtotal;
  return amounts.some((c) => sameCents(c.value, total.value) && netLabelled(c)) ? subtotal : null;
}
