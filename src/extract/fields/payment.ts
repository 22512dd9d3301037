/**
 * Payment details printed on an invoice: the IBAN (checked by ibantools: its country's format and
 * the ISO 13616 mod-97 check digits, so a reference number that looks like one is not taken) and
 * the BIC / SWIFT code next to its label.
 */
import { isValidBIC, isValidIBAN } from 'ibantools';

/** A complete IBAN in electronic form: its country's length and format, and the ISO 13616 check digits (ibantools). */
export function validIban(iban: string): boolean {
  return isValidIBAN(iban);
}

const IBAN_IN_TEXT = /(?<![A-Z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30})(?![A-Z0-9])/g;
// The label in any case (OCR reads "BiC"); the code itself is upper case.
const BIC_LABELLED = /(?<![\p{L}])(?:[Bb][Ii][Cc]|SWIFT|Swift)(?:\s*(?:\/\s*SWIFT|-?\s*[Cc]ode|\(SWIFT\)))?\s*[:.]?\s*([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![A-Z0-9])/gu;

export interface PaymentDetails {
  iban: string | null;
  bic: string | null;
}

/** The first valid IBAN and the first labelled BIC of the text (spaces removed). */
export function paymentDetails(text: string): PaymentDetails {
  let iban: string | null = null;
  for (const m of text.toUpperCase().matchAll(IBAN_IN_TEXT)) {
    // Grouped in fours with single spaces; a longer match may run into the next word: shorten it.
    const compact = m[1].replace(/ /g, '');
    for (let len = compact.length; len >= 15 && !iban; len--) if (validIban(compact.slice(0, len))) iban = compact.slice(0, len);
    if (iban) break;
  }
  let bic: string | null = null;
  for (const m of text.matchAll(BIC_LABELLED)) {
    if (!isValidBIC(m[1])) continue;
    bic = m[1];
    break;
  }
  return { iban, bic };
}
