/**
 * What kind of document a page is: an invoice, a credit note (credit-note wording in its heading,
 * or a negative total) or a till receipt (money tendered and change given, receipt wording, a
 * transaction time), from the lexicon's words. E-invoices say it with their type code instead
 * (einvoice/doctype: 381 credit note ...).
 */
import type { AmountCandidate } from './amounts.js';
import { AMOUNT, DOCUMENT } from './lexicon.js';

import type { DocumentType } from '../../types.js';

export type { DocumentType };

/** UNTDID 1001 codes of credit notes (EN 16931 / Peppol credit-note codes). */
export const CREDIT_NOTE_CODES = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '532']);

/** Document type from an e-invoice's type code; a corrected invoice (384) counts as a credit note when its total is negative. */
export function documentTypeFromCode(code: string | null, total: number | null): DocumentType {
  if (code && CREDIT_NOTE_CODES.has(code)) return 'credit_note';
  if (code === '384' && total !== null && total < 0) return 'credit_note';
  return 'invoice';
}

/** The heading lines of the first page (where a document says what it is). */
function heading(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 25)
    .filter((l) => l.trim().split(/\s+/).length <= 12)
    .join('\n');
}

export function documentType(text: string, pageCount: number, total: number | null, amounts: AmountCandidate[]): DocumentType {
  const head = heading(text);
  if (DOCUMENT.creditNote.test(head) || (total !== null && total < 0)) return 'credit_note';
  let receipt = 0;
  let invoice = 0;
  const labelled = (k: 'tendered' | 'change') => amounts.some((a) => a.features[`seg:${k}`] || a.features[`row:${k}`]);
  if (labelled('tendered') && labelled('change')) receipt += 2;
  else if (labelled('change')) receipt += 1;
  if (DOCUMENT.receipt.test(text)) receipt += 1;
  // A transaction time next to the date, also with a word between ("Le 19/02/2025 à 08:42", "um", "at").
  if (/\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+(?:(?:[àa@]|um|at|om|alle|às|o|godz\.?)\s+)?\d{1,2}:\d{2}/.test(text)) receipt += 1;
  if (/due\s+date|payment\s+due|f[äa]llig|[ée]ch[ée]ance|vervaldatum|vencimiento|scadenza|termin\s+p[łl]atno/i.test(text)) invoice += 1;
  if (/(?:bill(?:ed)?|invoice|sold|ship)\s*to\b|rechnungsempf|factur[ée]\s+[àa]|destinataire|klant|cliente\s*:/i.test(text)) invoice += 1;
  if (AMOUNT.prepaid.test(text)) invoice += 1;
  if (pageCount > 1 || text.length > 6000) invoice += 1;
  return receipt >= 2 && receipt > invoice ? 'receipt' : 'invoice';
}
