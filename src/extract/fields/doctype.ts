/**
 * What kind of document a page is: an invoice, a credit note (credit-note wording in its heading,
 * or a negative total) or a till receipt (money tendered and change given, receipt wording, a
 * transaction time), from the lexicon's words. E-invoices say it with their type code instead
 * (einvoice/doctype: 381 credit note ...).
 */
import type { AmountCandidate } from './amounts.js';
import { AMOUNT, DATE, DOCUMENT } from './lexicon.js';
import { cells } from './cells.js';
import { PROOF } from './lexicon-receipts.js';
import { CORRECTION_TITLE } from './lexicon-corrections.js';

import type { DocumentType } from '../../types.js';

export type { DocumentType };

/** UNTDID 1001 codes of credit notes (EN 16931 / Peppol credit-note codes). */
export const CREDIT_NOTE_CODES = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '532']);

/** Document type from an e-invoice's type code; a corrected invoice (384) counts as a credit note when its total is negative (a page titled as one likewise: documentType). */
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

/**
 * A line that prints an amount (`-180,00`, `1.350,00`) is a row of the document (an item, a
 * deduction), not its heading: "Gutschrift aus Rechnung ... -180,00" inside an invoice credits one
 * position, the document is still an invoice.
 */
const AMOUNT_ROW = /(?<![\d.,])[-−]?\d{1,3}(?:[.,'’ \u00a0]\d{3})*[.,]\d{2}(?![\d])/;

/**
 * A heading line that names the document a credit note: the credit-note word starts one of its
 * cells ("GUTSCHRIFT", "Credit note CN-12", "Kantoor & Co   CREDITFACTUUR") or stands in a short
 * one ("TAX CREDIT NOTE"), and the line prints no amount. A sentence that mentions a credit ("Die Gutschrift aus Position 3 wurde verrechnet") or
 * an item row crediting one position is no title.
 */
function creditTitle(line: string): boolean {
  if (AMOUNT_ROW.test(line)) return false;
  return cells(line).some((c) => {
    const m = DOCUMENT.creditNote.exec(c.text);
    return !!m && (m.index === 0 || c.text.split(/\s+/).length <= 4);
  });
}

/** A heading line titled as a corrected invoice ("Rechnungskorrektur", "factura rectificativa"), printing no amount. */
const correctionTitle = (line: string): boolean => !AMOUNT_ROW.test(line) && cells(line).some((c) => {
  const m = CORRECTION_TITLE.exec(c.text);
  return !!m && (m.index === 0 || c.text.split(/\s+/).length <= 4);
});
/** A negative amount at a labelled total or amount due: the correction refunds. */
const refunded = (a: AmountCandidate): boolean => a.value < 0 && !!(a.features['seg:totalStrong'] || a.features['seg:totalWeak'] || a.features['seg:due']);

/**
 * What a till slip prints and an A4 invoice does not, each kind counted once (the "TAX INVOICE"
 * or "Simplified tax invoice" heading of many till slips does not make them invoices): the till's
 * own numbers (cashier, counter, a restaurant's table, pax, POS/till/terminal), a clock time with seconds or
 * labelled "Time" (Zeit, Uhrzeit, Heure, Hora, Ora, Tijd, Czas), and cash/change/rounding lines
 * (a German slip's "Bar", a French one's "Espèces": cash handed over).
 */
const TILL_CUES: RegExp[] = [
  /\b(?:cashier|counter|station|table|tisch|tavolo|mesa|tafel|pax|server|pos|till|terminal|kasse|caisse|kassa|cassa|caja)\b[ \t]*(?:no\.?|#|id)?[ \t]*[:.#]?[ \t]*[\w-]*\d/i,
  /\b(?:time|(?:uhr)?zeit|heure|hora|ora|tijd|czas)[ \t]*[:.]?[ \t]*\d{1,2}[:.]\d{2}|\b\d{1,2}:\d{2}:\d{2}\b/i,
  // A cash line as tills start it in their language ("Bar 36,00" over "Rückgeld", "Espèces", "Efectivo", "Contanti", "Contant").
  // ("REGLE ESPECES 35,30", "Paid cash": the cash word after a word for paid.)
  /^[ \t]*(?:(?:r[èée]gl[ée]|pay[ée]|paid|bezahlt|pagato|pagado|betaald)[ \t]+)?(?:cash|change|tendered|rounding(?:[ \t]*adj\S*)?|wechselgeld|r[üu]ckgeld|rendu|gegeben|vaihtoraha|bar(?:geld)?|esp[èe]ces|efectivo|contanti|contant|kontant)\b.*\d/imu,
  // The slip's own number or date as tills label them: "Beleg-Nr. 30318", "Belegdatum 03.02.2026", "Bon 2871", "TICKET 0772", "Bonnr 118".
  /^[ \t]*(?:beleg|bon|ticket)(?:[ \t]*-?[ \t]*(?:nr|no|n[°º]|datum))?\.?[ \t]*[:#]?[ \t]*\d/im,
];
/** A card slip: counts only beside a till cue (an A4 invoice names the card it was paid with too). */
const CARD_SLIP = /\b(?:visa|master\s*card|mastercard|amex|maestro|debit\s*card|credit\s*card|card\s*no|carte\s*bancaire|ec[- ]?karte|girocard|pankkikortti)\b/i;

/**
 * A till's card payment line: it starts with the card ("VISA ***4417 45.82", "CONTACTLESS £9.92",
 * "DEBIT $15.46", "Bezahlt Visa 81,10", "Karte Maestro 84.67", and the cards and schemes of European tills:
 * "Bankomat", "Bancontact", "Multibanco", "V PAY", "Platba kartou", "Karta płatnicza 59,83 PLN") and ends with its amount, where a cash slip prints its tendered and change lines.
 * (A masked card number alone is no sign: a hotel folio's payment row prints one too.)
 */
const CARD_PAYMENT_LINE = /^[ \t]*(?:(?:bezahlt|paid|pay[ée]|pagato|pagado|betaald)[ \t]+(?:mit[ \t]+|with[ \t]+|par[ \t]+|con[ \t]+|met[ \t]+)?)?(?:(?:karte|carte|card|tarjeta|kaart)[ \t]+)?(?:visa|master\s*card|mastercard|amex|maestro|v[ \t]?pay|debit(?:\s*card)?|credit\s*card|contactless|interac|eftpos|girocard|apple\s*pay|google\s*pay|bankomat|bancontact|multibanco|platba[ \t]+kartou|karta[ \t]+p[łl]atnicza)\b[^\n]*?[-−]?\d+[.,]\d{2}[ \t]*(?:[A-Z]{3})?[ \t]*$/im;

/**
 * A receipt's title: a heading line that is nothing but the receipt word, the way a taxi, a
 * craftsman's cash sale or a till heads its slip ("QUITTUNG", "RECEIPT", "Reçu", "Kvitto",
 * "Paragon fiskalny", "Ricevuta n. 12", "MINIBAR-BELEG", a taxi's "REÇU / NOTE"). A receipt word inside a sentence or beside other words
 * ("Receipt date", "Thank you") is no title. It counts on a slip-wide page only (SLIP_WIDTH): an
 * A4 page titled "Payment receipt" acknowledges a payment on an account, typed invoice like the
 * public invoice corpora's pages.
 */
const RECEIPT_TITLE = /^[ \t]*(?:(?:cash|sales|payment)[ \t]+)?(?:receipt|quittung|barquittung|kassenbon|\p{L}*-?beleg|re[çc]u|kwitantie|kassabon|recibo|ricevuta|scontrino|paragon(?:[ \t]+fiskalny)?|kvittering|kvitto|kuitti|[úu][čc]tenka|ticket[ \t]+de[ \t]+caisse)(?:[ \t]*\/[ \t]*(?:note|beleg|bon|ticket|facturette|nota|recibo|ricevuta))?(?:[ \t]+(?:nr\.?|no\.?|n°|n\.|#)?[ \t]*[\w/-]*\d[\w/-]*)?[ \t]*$/imu;

/**
 * A receipt form (a hand-filled Quittung, reçu, a rent receipt's quittance, ricevuta, recibo): its heading names it, a cell of a
 * heading line starting with the receipt word ("QUITTUNG   Nr. 23   EUR 285,60"), and its text
 * acknowledges the money ("… dankend erhalten", "richtig erhalten zu haben, bestätigt", "Reçu de … la
 * somme de", "déclare avoir reçu", "pour acquit", "received from … the sum of", "ricevo da", "recibí de"). An invoice paid in
 * cash says "Betrag dankend erhalten" too, but under its invoice title.
 */
const FORM_TITLE = /^(?:quittung|barquittung|receipt|re[çc]u|quittance|ricevuta|recibo|kwitantie|kvittering|kvitto)(?![\p{L}])/iu;
const ACKNOWLEDGED = /(?<![\p{L}])(?:(?:dankend|richtig|bar)\s+erhalten|avoir\s+re[çc]u|erhalten\s+zu\s+haben|re[çc]u\s+(?:de|du|des)\s|la\s+somme\s+de|pour\s+acquit|received\s+(?:from|with\s+thanks)|the\s+sum\s+of|ricev(?:o|uto|uta)\s+da|la\s+somma\s+di|recib[íi]\s+de|la\s+cantidad\s+de|ontvangen\s+van)(?![\p{L}])/iu;
const receiptForm = (head: string, text: string): boolean =>
  ACKNOWLEDGED.test(text) && head.split('\n').some((l) => cells(l).some((c) => FORM_TITLE.test(c.text.replace(/^[^\p{L}]+/u, ''))));

/** A date followed by a clock time (see documentType). */
const TIME_AFTER_DATE =
  /(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s*\d{4})\s+(?:(?:[àa@]|um|at|om|alle|às|o|godz\.?)\s+)?\d{1,2}:\d{2}/i;

/** The widest line a till slip's text prints (a 80 mm slip holds about 48 characters; OCR's spacing widens them a little). */
const SLIP_WIDTH = 64;
const slipWide = (text: string): boolean => text.split('\n').every((l) => l.trimEnd().length <= SLIP_WIDTH);

/** Extra receipt points from the till cues: one per kind a slip prints, one for a card payment or a receipt title, at most two. */
function tillPoints(text: string): number {
  const kinds = TILL_CUES.filter((re) => re.test(text)).length + (RECEIPT_TITLE.test(heading(text)) && slipWide(text) ? 1 : 0);
  const card = CARD_PAYMENT_LINE.test(text) || (kinds > 0 && CARD_SLIP.test(text));
  return Math.min(2, kinds + (card ? 1 : 0));
}

/**
 * An invoice block on a page wider than a slip: a heading line that is the document word alone
 * ("Rechnung", "Facture", "Invoice") and a label of the invoice's own date ("Rechnungsdatum", "Date de
 * facture"). A ticket sold online prints its journey, a validity time and the word "Ticket" above
 * such a block, and is an invoice; a till slip titled "RECHNUNG" is slip-wide and stays a receipt.
 */
const INVOICE_TITLE = new RegExp(`^[ \\t]*(?:${DOCUMENT.invoice.source})[ \\t]*$`, 'imu');
const invoiceBlock = (text: string): boolean => INVOICE_TITLE.test(heading(text)) && DATE.issue.test(text) && !slipWide(text);

/**
 * A proof of payment that never names itself an invoice: no invoice word in any lexicon language, not
 * even inside a compound ("Rechnungsnummer", "facturé"), and what a ride's ticket or a paid slip prints,
 * a fare as the amount's label ("Fahrpreis", "Prix course") or the amount said paid ("Total payé",
 * "Bezahlt mit Karte"), each a point, and one more for the missing invoice word beside such a sign or a
 * till's (`tillLike`: a transaction time, a change line, a till cue). A taxi's pad, a ticket bought
 * online, a café's slip. Thanks alone ("Vielen Dank", "Merci") make no proof: a letter says them too.
 */
function proofPoints(text: string, tillLike: boolean): number {
  if (PROOF.invoiceStem.test(text)) return 0;
  const signs = (PROOF.fare.test(text) ? 1 : 0) + (PROOF.paid.test(text) ? 1 : 0);
  return signs + (signs > 0 || tillLike || tillPoints(text) > 0 ? 1 : 0);
}

/**
 * `till`: also count the till-slip cues (TILL_CUES) when nothing says invoice (a due date, a
 * customer, a prepayment, length): for the documentType a result reports. The candidate scoring
 * (candidates.ts) asks without them, so its receipt features stay as fitted.
 */
export function documentType(text: string, pageCount: number, total: number | null, amounts: AmountCandidate[], till = false): DocumentType {
  const head = heading(text);
  // A self-billed invoice is titled "Gutschrift" in Germany (§ 14 Abs. 2 UStG) and is still the
  // supplier's invoice (EN 16931 type 389, not 381): the title alone makes no credit note then.
  const selfBilled = DOCUMENT.selfBilling.test(text);
  if ((!selfBilled && head.split('\n').some(creditTitle)) || (total !== null && total < 0)) return 'credit_note';
  // A corrected invoice (EN 16931's 384) is an invoice unless what it corrects is refunded (lexicon-corrections.ts).
  if (!selfBilled && head.split('\n').some(correctionTitle) && amounts.some(refunded)) return 'credit_note';
  let receipt = 0;
  let invoice = 0;
  const labelled = (k: 'tendered' | 'change') => amounts.some((a) => a.features[`seg:${k}`] || a.features[`row:${k}`]);
  if (labelled('tendered') && labelled('change')) receipt += 2;
  else if (labelled('change')) receipt += 1;
  if (DOCUMENT.receipt.test(text)) receipt += 1;
  // For the type reported, a receipt form counts twice: the boilerplate of a rent receipt ("pour acompte
  // versé sur la présente échéance") names an instalment and a due date, yet the page acknowledges money received.
  if (receiptForm(head, text)) receipt += till ? 2 : 1;
  // A transaction time next to the date, also with a word between ("Le 19/02/2025 à 08:42", "um", "at"),
  // in capitals as tills print it ("LE 15/07/25 A 18:02"), and after an English date with the month's
  // name ("Mar 7, 2025 14:22"). A time labelled as such ("Time: 13:05", "Zeit: 10:05") is a till cue only (TILL_CUES).
  if (TIME_AFTER_DATE.test(text)) receipt += 1;
  if (/due\s+date|payment\s+due|f[äa]llig|[ée]ch[ée]ance|vervaldatum|vencimiento|scadenza|termin\s+p[łl]atno/i.test(text)) invoice += 1;
  if (/(?:bill(?:ed)?|invoice|sold|ship)\s*to\b|rechnungsempf|factur[ée]\s+[àa]|destinataire|klant|cliente\s*:/i.test(text)) invoice += 1;
  if (AMOUNT.prepaid.test(text)) invoice += 1;
  if (pageCount > 1 || text.length > 6000) invoice += 1;
  // (For the type reported only, as the till cues: the candidates' receipt features stay as fitted.)
  if (till && invoiceBlock(text)) invoice += 2;
  if (till && invoice === 0) receipt += tillPoints(text) + proofPoints(text, TIME_AFTER_DATE.test(text) || labelled('change'));
  return receipt >= 2 && receipt > invoice ? 'receipt' : 'invoice';
}

/**
 * Whether a till receipt's number is an invoice number: only where the slip calls itself an invoice,
 * in the number's label ("Rechnung Nr. 2026-0312", "FACTURA SIMPLIFICADA N.: 2026-014-008812", "FS 2026A/1187"
 * under "FATURA SIMPLIFICADA") or in a heading line a cell of which starts with the invoice word. A
 * till's Bon-, Beleg- or ticket number, a TSE transaction or signature counter, a terminal id or the
 * shop's VAT id (USt-IdNr., TVA, DIČ, NIP) is no invoice number.
 */
export function receiptNumberIsInvoices(text: string, label: string): boolean {
  if (DOCUMENT.invoice.test(label)) return true;
  return heading(text)
    .split('\n')
    .some((l) => !AMOUNT_ROW.test(l) && cells(l).some((c) => DOCUMENT.invoice.exec(c.text)?.index === 0));
}
