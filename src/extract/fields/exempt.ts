/**
 * A document that says no VAT is charged: a small business's exemption (§ 19 UStG, art. 293 B du
 * CGI, the Dutch KOR), an exempt service (doctors, § 4 UStG, "exonération de TVA"), a reverse charge
 * (the buyer accounts for the VAT) or "VAT exempt". Such a document prints no tax line, so no tax
 * candidate exists; the statement is the evidence that its tax is 0 and its net amount its total.
 * Statutory wording of each country, never a vendor's.
 */
import { AMOUNT } from './lexicon.js';
import type { AmountCandidate } from './amounts.js';
import { outsideLines } from './outside.js';
import type { DocView } from './context.js';
import { insuranceTaxAmount } from './insurance-tax.js';

const STATEMENTS = [
  // German (DE, AT, CH)
  String.raw`§\s*19\s*(?:abs\.?\s*1\s*)?ustg`,
  String.raw`kleinunternehmer\p{L}*`,
  String.raw`keine\s+(?:umsatzsteuer|mehrwertsteuer|ust\.?|mwst\.?)\s+(?:berechnet|ausgewiesen|erhoben|enthalten|an)`,
  String.raw`(?:umsatzsteuer|mehrwertsteuer|ust\.?|mwst\.?)\s*-?\s*(?:befreit|frei)`,
  String.raw`(?:umsatz|mehrwert)steuerfrei\p{L}*`,
  String.raw`nicht\s+(?:umsatz|mehrwert)steuerpflichtig`,
  // "nicht umsatzsteuerbar", "nicht steuerbar": outside the scope of VAT (a club's membership fee, a damages payment).
  String.raw`nicht\s+(?:umsatz|mehrwert)?steuerbar`,
  String.raw`steuerfrei\p{L}*\s+(?:nach|gem(?:ä|a)(?:ß|ss))\s*§\s*4`,
  String.raw`§\s*4\s*nr\.?\s*\d+\s*(?:\p{L}\s*)?ustg`,
  // Austria's exemptions are the numbers of § 6 Abs. 1 UStG 1994 (Z 27 the small business, Z 9 lit. c insurance, Z 19 doctors).
  String.raw`§\s*6\s*abs\.?\s*1\s*z\s*\d+\s*(?:lit\.?\s*\p{L}\s*)?(?:ustg)?`,
  String.raw`steuerschuldnerschaft\s+des\s+leistungsempf(?:ä|a)ngers`,
  String.raw`§\s*13\s*b\s*ustg`,
  // French (FR, BE, CH)
  String.raw`tva\s+non\s+applicable`,
  String.raw`art(?:icle|\.)?\s*293\s*b`,
  String.raw`franchise\s+en\s+base`,
  String.raw`exon(?:é|e)r(?:é|e|ée|ee|ation)s?\s+(?:de\s+(?:la\s+)?)?tva`,
  // "non soumis à la TVA", "Prestations non soumises à TVA" (the article is often left out).
  String.raw`non\s+(?:assujetti|soumis)\p{L}*\s+(?:(?:à|a)\s+(?:la\s+)?)?tva`,
  String.raw`autoliquidation`,
  String.raw`tva\s+due\s+par\s+le\s+preneur`,
  // English
  String.raw`(?:vat|tax)\s*-?\s*exempt`,
  String.raw`exempt\s+from\s+(?:vat|tax)`,
  String.raw`no\s+(?:vat|tax)\s+(?:is\s+)?(?:charged|applicable|applied)`,
  String.raw`not\s+(?:vat\s+)?registered\s+for\s+vat`,
  String.raw`not\s+vat\s+registered`,
  String.raw`reverse\s*-?\s*charge`,
  String.raw`outside\s+the\s+scope\s+of\s+vat`,
  // Dutch, Spanish, Italian, Portuguese
  String.raw`vrijgesteld\s+van\s+(?:btw|omzetbelasting)`,
  String.raw`btw\s+verlegd`,
  String.raw`verlegde\s+btw`,
  String.raw`kleineondernemersregeling`,
  String.raw`exent[oa]\s+de\s+iva`,
  String.raw`inversi(?:ó|o)n\s+del\s+sujeto\s+pasivo`,
  String.raw`esente\s+(?:da\s+)?iva`,
  String.raw`operazione\s+(?:esente|non\s+soggetta)`,
  String.raw`regime\s+forfettario`,
  String.raw`isent[oa]\s+de\s+iva`,
];

const STATEMENT = new RegExp(`(?<![\\p{L}\\d])(?:${STATEMENTS.join('|')})(?![\\p{L}])`, 'iu');

/** The document states that no VAT is charged on it. */
export const statesNoVat = (text: string): boolean => STATEMENT.test(text);

/**
 * How much a statement alone is trusted as tax 0 (and the total as the net amount): below the
 * review threshold, since a document may state an exemption for some lines and charge VAT on others.
 * No labelled corpus holds enough such documents to measure it.
 */
/** What this reads of a decided amount (decide.ts imports candidates.ts, which imports this module). */
interface Chosen {
  value: number;
  agree: boolean;
  candidate: AmountCandidate;
}

export const EXEMPT_CONFIDENCE = 0.6;

/**
 * Tax 0 and net = total on a document that states it charges no VAT, when nothing beside a tax
 * label was read as its tax (a tax chosen only by its place, a line's amount under a "Total"
 * column, is no evidence against the statement) and the chosen amounts do not add up to the total,
 * and no amount beside a tax label says otherwise, nor is any amount outside VAT (outside.ts). An
 * insurance tax is no VAT label (insurance-tax.ts).
 */
export function exemptAmounts(text: string, amounts: AmountCandidate[], dec: { total: Chosen | null; tax: Chosen | null }, v: DocView): { subtotal: number; tax: number } | null {
  const total = dec.total?.value ?? null;
  // An amount named only as an insurance tax is no VAT, even when it adds up with the premium (insurance-tax.ts);
  // nor is an amount "without tax" ("Cotisation hors taxes", "Betrag ohne Steuer"): a net amount.
  const vatLabelled = (a: AmountCandidate): boolean => taxLabelled(a) && !a.features['seg:excl'] && !insuranceTaxAmount(a, v);
  if (total === null || (dec.tax && !insuranceTaxAmount(dec.tax.candidate, v) && (dec.tax.agree || taxLabelled(dec.tax.candidate)))) return null;
  // Costs outside VAT (court fees, disbursements) say so of themselves, not of the document (outside.ts).
  if (!statesNoVat(text) || outsideLines(amounts).length) return null;
  // (A number of the statement itself, "art. 293 B", "§ 19 UStG", is no amount; nor is a whole number with no currency, a
  // group of the IBAN printed under the statement, "BE68 5390 0754 7034": a tax is printed in cents or with its currency.)
  const taxed = amounts.some((a) => a.value !== 0 && a.features['pos:rightmost'] && vatLabelled(a) && (a.features['fmt:decimals'] || a.features['fmt:currency']) && !STATEMENT.test(a.line.text) && !AMOUNT.totalStrong.test(a.label) && !AMOUNT.totalWeak.test(a.label));
  return taxed ? null : { subtotal: total, tax: 0 };
}

/** The amount stands beside or under a tax label (VAT, MwSt, TVA ...). */
const taxLabelled = (a: AmountCandidate): boolean => !!(a.features['seg:tax'] || a.features['row:tax'] || a.features['above:tax'] || a.features['prev:tax']);
