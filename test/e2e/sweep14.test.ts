/**
 * The fourteenth held-out sweep (fixtures/sweep14, made by scripts/make-sweep14-fixtures.mjs),
 * written blind: documents as they arrive in a folder — printed from webmail (a German e-mail with
 * the invoice in its body, a forwarded Outlook message in French), copier scans with an OCRmyPDF-style
 * invisible text layer carrying OCR typos, a scan stored sideways with /Rotate 90, one upside down, a
 * two-page TIFF, phone photos stored sideways with an EXIF Orientation tag; a Mahnung and a relance
 * restating an invoice, a Schlussrechnung listing three Abschläge, a facture d'acompte, a marketplace
 * Gutschrift to a seller, Sammel- and récapitulative invoices, two-column, dark-table and landscape
 * layouts; Luxembourgish, Maltese and Welsh invoices; seven receipts and a handwritten Quittung.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on main c0d3c0a and eaae90d:
 * - de-scan-90-grad-kopierer.pdf (/Rotate 90, read upright; its unrotated twin fails alike): no number,
 *   date 2025-12-23 (Zahlbar bis) for 2025-12-09, total 123.17 (the § 35a labour share), no tax.
 * - (fr-lu-facture-acompte.pdf: subtotal 18450, the whole order's HTVA, for the deposit's 5535: right since G43's net-that-adds.ts.)
 * - de-hotel-folio-foto-exif6.jpg (read upright since branch orient, as a PNG copy with the turn
 *   applied): the folio's number missing (since branch G33 "214", at 0.89: PaddleOCR's reading, asked for
 *   by its doubtful date, gives a number), date 2018-09-25 (its subtotal and tax right on main 7276df6).
 * - fr-taxi-ticket-froisse.jpg: no tax ("dont TVA 10 %"); its currency (JPY before) is right since
 *   PaddleOCR's reading is the first look at a doubtful receipt (branch ocr14); typed receipt since
 *   branch G40 (no invoice word, a fare label "prix course").
 * Right since branch G44: the Mahnung's subtotal (none: on a reminder the restated invoice's gross printed
 *   again, "Rechnungsbetrag | offen", "offener Rechnungsbetrag", is no net unless a net label says so:
 *   reminder.ts); the marketplace Gutschrift's type, by its truth aligned with fixtures/sweep9's
 *   self-billed Gutschrift (an `invoice`: UNTDID 1001 code 389, "self-billed invoice"; § 14 Abs. 2 UStG).
 * Right since branch G39: the bakery's and the pharmacy's subtotal and tax (their VAT tables' rates print
 *   their % columns apart, "55   %", "20   %": the rows are read and summed).
 * Right since branch G36: the hand-filled Quittung's type (receipt: a receipt form's title and "dankend erhalten").
 * Right since branch G31: the Mahnung's and the relance's dates, the webmail forward's date and type,
 * the OCR text layer's "Rechnungsnurnmer" number, the upside-down scan's "Echeéance" due date, and the
 * Luxembourgish, Maltese and Welsh due dates and the Welsh number, net and tax.
 */
const SHORT: Record<string, string[]> = {
  'de-scan-90-grad-kopierer.pdf': ['invoiceNumber', 'invoiceDate', 'total', 'tax'],
  'de-hotel-folio-foto-exif6.jpg': ['invoiceNumber', 'invoiceDate'],
  'fr-taxi-ticket-froisse.jpg': ['tax'],
};

sweepSuite('fourteenth held-out sweep: webmail prints, copier scans and rotations, EXIF photos, reminders, Luxembourgish, Maltese, Welsh, receipts (real CLI)', join(ROOT, 'fixtures/sweep14'), { short: SHORT, unflagged: [] });
