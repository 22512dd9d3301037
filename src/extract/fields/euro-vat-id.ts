/**
 * A VAT identification number of a euro-area country ("TVA BE 0712.448.905", "USt-IdNr. DE 123456789",
 * "UID ATU71548203"), after a word for VAT: a page that prints no currency sign or code at all but
 * such a number was written in the euro area. A country's wording, not a currency written: locale.ts
 * gives it as a hint (a tie's confidence, below the review threshold), as it does a German or French address.
 */

/** The euro area's VAT-number prefixes (Greece's is EL). */
const EURO_PREFIX = 'BE|DE|AT|FR|NL|IT|ES|PT|FI|IE|LU|EL|GR|SK|SI|EE|LV|LT|MT|CY|HR';
/** A word for VAT or for the VAT number, then (within a few characters) a euro-area prefix and its digits. */
const VAT_ID = new RegExp(
  `(?<![\\p{L}])(?:tva|btw|vat|ust|mwst|uid|iva|alv|pvn|pvm|dph|ddv|u\\.?st\\.?-?id\\S*|n[°º]\\s*tva|vat\\s*(?:no|reg\\S*|id))(?![\\p{L}])[^\\n\\d]{0,20}?(?<![A-Za-z])(?:${EURO_PREFIX})\\s?U?((?:[0-9A-Z][ .]?){8,12})(?![0-9A-Za-z])`,
  'iu',
);

/** The page prints a euro-area VAT number after a VAT word. */
export function euroVatId(text: string): boolean {
  const m = VAT_ID.exec(text);
  return !!m && (m[1].replace(/[ .]/g, '').match(/\d/g)?.length ?? 0) >= 8;
}
