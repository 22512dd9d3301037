/**
 * The tenth held-out sweep (fixtures/sweep10, made by scripts/make-sweep10-fixtures.mjs), now a
 * regression set: German (§ 25a margin scheme, Austrian Kleinunternehmer Honorarnote, Austrian
 * catering at 10 / 20 %, SaaS charged to a card, bilingual DE/EN, holiday flat with Kurabgabe,
 * Netto/USt/Brutto per line, Swiss "Fr." at 8.1 / 2.6 %, "Rechnung … vom …"), French (avocat with
 * débours, échéancier, training exempt under art. 261, Belgian 6 / 21 %, Swiss romand, avoir with
 * negative amounts, legal footer full of amounts, amount due in a banner above the address),
 * Norwegian, Icelandic and Greek invoices, a 1-bit fax PNG, a very compressed JPEG, a 96-dpi web
 * screenshot, a 1-bit TIFF scan and five receipts (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right on main bee2268 (the test fails when one comes out right, so the list
 * shrinks), as seen in docparse's JSON output:
 * - de-differenzbesteuerung-25a.pdf subtotal: the gross price is given as the net (14890); under
 *   § 25a the VAT is inside but not shown, so the page has no net amount.
 * - de-saas-kreditkarte-belastet.pdf dueDate: the card charge date "abgebucht am 01.07.2025" is
 *   given as the due date of an invoice already paid.
 * - de-ferienwohnung-kurtaxe.pdf subtotal, tax: the 19 % "enthaltene MwSt" row's net 50.42 and tax
 *   9.58 are taken for the whole document's (706.92 and 53.08 with the 7 % row and Kurabgabe).
 * - de-spalten-netto-ust-brutto.pdf subtotal, tax: the "Summe" row carries net, tax and gross in
 *   columns; the gross 1879.88 is given as the subtotal and a line's tax 6.23 as the tax.
 * - de-rechnung-scan.tiff subtotal, tax: the 1-bit TIFF's first two readings give 680 / 38 (line
 *   amounts by position), no tax, no currency (flagged); its total (1072.19, at 0.27) and currency
 *   (EUR, 0.89) are right since the third reading of what is still in doubt (contrast stretched,
 *   ink thickened: src/extract/second-look.ts), its subtotal now missing and its tax still.
 * - fr-avocat-honoraires-debours.pdf total: "Total honoraires TTC" 2880 instead of "TOTAL À
 *   RÉGLER" 2966.40 with the débours outside VAT (flagged only for the date's confidence).
 * - fr-echeancier-trois-echeances.pdf dueDate: the last instalment 15/09/2025 instead of the first.
 * - fr-bandeau-montant-en-tete.pdf invoiceDate: the banner's "avant le 15/10/2025" (the due date) is
 *   also given as the invoice date; "Facture JV-0925-044 du 30/09/2025" is not read as the date.
 * - no-faktura-kid.pdf total, subtotal, tax: "Sum eks. mva" 9615 is given as the total ("Å betale
 *   NOK" 12018.75 unread), no subtotal or tax; at 0.91 and NOT flagged.
 * - is-reikningur.pdf invoiceNumber, dueDate, subtotal, tax, currency: the VSK-nr. 131425 as the
 *   number, the kennitala 510319 as the subtotal, "kr." read as DKK, Eindagi unread (flagged).
 * - el-timologio-parochis.pdf invoiceNumber, tax: "Αριθμός: ΤΠΥ-0318" and "ΦΠΑ 24%" unread (flagged).
 * - fr-taxi-recu-manuscrit.jpg documentType: the taxi "REÇU / NOTE" with a handwritten amount is
 *   typed an invoice (its licence number 12345 is given as the invoice number).
 * - de-at-gasthaus-rechnung-foto.jpg subtotal, tax: the 10 % net 53.45 as the subtotal (68.45 with
 *   the 20 % net), no tax (flagged: "labelled amounts disagree").
 */
const SHORT: Record<string, string[]> = {
  'de-differenzbesteuerung-25a.pdf': ['subtotal'],
  'de-saas-kreditkarte-belastet.pdf': ['dueDate'],
  'de-ferienwohnung-kurtaxe.pdf': ['subtotal', 'tax'],
  'de-spalten-netto-ust-brutto.pdf': ['subtotal', 'tax'],
  'de-rechnung-scan.tiff': ['subtotal', 'tax'],
  'fr-avocat-honoraires-debours.pdf': ['total'],
  'fr-echeancier-trois-echeances.pdf': ['dueDate'],
  'fr-bandeau-montant-en-tete.pdf': ['invoiceDate'],
  'no-faktura-kid.pdf': ['total', 'subtotal', 'tax'],
  'is-reikningur.pdf': ['invoiceNumber', 'dueDate', 'subtotal', 'tax', 'currency'],
  'el-timologio-parochis.pdf': ['invoiceNumber', 'tax'],
  'fr-taxi-recu-manuscrit.jpg': ['documentType'],
  'de-at-gasthaus-rechnung-foto.jpg': ['subtotal', 'tax'],
};

sweepSuite('tenth held-out sweep: DE/AT/CH, FR/BE/CH, Norwegian, Icelandic, Greek, fax, TIFF, screenshot, receipts (real CLI)', join(ROOT, 'fixtures/sweep10'), { short: SHORT, unflagged: ['no-faktura-kid.pdf'] });
