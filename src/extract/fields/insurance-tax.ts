/**
 * An insurance tax (Versicherungsteuer, taxe sur les conventions d'assurance, insurance premium tax)
 * is a tax on the premium, not VAT: an insurer's premium is VAT-exempt (§ 4 Nr. 10 UStG, § 6 Abs. 1
 * Z 9 lit. c UStG (AT), art. 261 C du CGI) and its e-invoice says so: the EN 16931 samples of a
 * liability insurance with Versicherungsteuer carry VAT category E, TaxTotalAmount 0.00 and a tax
 * basis that includes the insurance tax. So on a page that states no VAT is charged, an amount named
 * only as an insurance tax is no evidence of VAT (exempt.ts): the tax is 0 and the net is the total.
 * Statutory names of the tax, never an insurer's.
 */
import type { AmountCandidate } from './amounts.js';
import { previousLine, type DocView } from './context.js';

const NAMES = [
  // German (DE "Versicherungsteuer", AT "Versicherungssteuer", "motorbezogene Versicherungssteuer")
  String.raw`versicherungs?steuer`,
  // French (FR, BE): "taxe sur les conventions d'assurance", its abbreviation, Belgium's "taxe annuelle sur les contrats d'assurance"
  String.raw`taxe\s+(?:annuelle\s+)?sur\s+les\s+(?:conventions|contrats)\s+d.\s*assurances?`,
  String.raw`tsca`,
  // English, Dutch, Italian
  String.raw`insurance\s+premium\s+tax`,
  String.raw`assurantiebelasting`,
  String.raw`imposta\s+sulle\s+assicurazioni`,
];

const INSURANCE_TAX = new RegExp(`(?<![\\p{L}])(?:${NAMES.join('|')})(?![\\p{L}])`, 'iu');

/**
 * The amount is named as an insurance tax: on its own line, or (an amount alone on a wordless line,
 * "x 28,56)", continuing its label's line) on the line before it.
 */
export function insuranceTaxAmount(a: AmountCandidate, v: DocView): boolean {
  if (INSURANCE_TAX.test(a.line.text)) return true;
  const prev = a.features['prev:tax'] ? previousLine(v, a.line) : null;
  return !!prev && INSURANCE_TAX.test(prev.text);
}
