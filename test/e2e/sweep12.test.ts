/**
 * The twelfth held-out sweep (fixtures/sweep12, made by scripts/make-sweep12-fixtures.mjs), written
 * blind as documents from real small businesses' software: cover letters before the invoice, two-
 * and three-page invoices with Übertrag / A reporter and a legal footer on every page, deposits and
 * Akonto deducted (Schlussrechnung, facture de solde, Belgian, Québec, Flemish, Slovak), Skonto and
 * escompte lines, paid invoices (PayPal, acquittée), Odoo / Sage / sevDesk / DATEV / Word layouts,
 * English invoices with German and French formats, Serbian; six till receipts and three scans, one
 * with a stamp over the totals (OCR), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right on main 8ffec7c (observed from docparse's JSON only; the test fails when
 * one comes out right, so the list shrinks):
 * (Came right on branch G26: the numbers of de-ch-akonto-restbetrag.pdf, fr-facture-solde-acompte-escompte.pdf,
 * sk-faktura-odpocet-zalohy.pdf and sr-faktura.pdf: a title's "Schlussrechnung Nr." / "FAKTÚRA č." / "FAKTURA br.",
 * "N° pièce", and MWST-Nr. / IČ DPH / Matični broj / a referred document as numbers of something else;
 * sr-faktura.pdf's due date and currency: "Valuta plaćanja" as a due label, the RSD code; sk-faktura-odpocet-zalohy.pdf's
 * tax: the deducted advance's own net and DPH, printed in its line's label, are no candidates.)
 * (de-kiosk-bon-90-grad.jpg, the slip saved turned 90° with no tag, was read sideways until branch
 * orient: it now reads turned and comes out fully right.)
 * - de-discounter-zu-zahlen-foto.jpg tax: 1,86 (the A 7 % row) for the Summe row's 2,99.
 * - fr-marche-balance-photo.jpg subtotal: 12 given where the ticket prints no VAT (truth null).
 * - de-imbiss-haus-ausser-haus-zerknittert.jpg: tax not given (two MwSt code lines, no sum); its
 *   subtotal (the Netto line's 31,39, was 17) is right since PaddleOCR's look (branch ocr14).
 * - de-scan-bezahlt-stempel.jpg: under the BEZAHLT stamp, total 108 (the § 35a labour amount, 0.58)
 *   for 441,37; no subtotal; tax 0.
 * - fr-photo-facture-payee.jpg tax: not given (the PAYÉ stamp lies over the TVA 20 % row).
 */
const SHORT: Record<string, string[]> = {
  'de-discounter-zu-zahlen-foto.jpg': ['tax'],
  'fr-marche-balance-photo.jpg': ['subtotal'],
  'de-imbiss-haus-ausser-haus-zerknittert.jpg': ['tax'],
  'de-scan-bezahlt-stempel.jpg': ['total', 'subtotal', 'tax'],
  'fr-photo-facture-payee.jpg': ['tax'],
};

sweepSuite('twelfth held-out sweep: cover letters, multi-page, deposits, paid, Odoo/Sage/Word, receipts and stamped scans (real CLI)', join(ROOT, 'fixtures/sweep12'), { short: SHORT, unflagged: [] });
