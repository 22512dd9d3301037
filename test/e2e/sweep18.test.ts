/**
 * The eighteenth held-out sweep (fixtures/sweep18, made by scripts/make-sweep18-fixtures.mjs),
 * written blind: what a small firm's bookkeeper finds in a month's folder, German- and
 * French-language (a craftsman's invoice with Lohn / Material and the § 35a share, an
 * Abschlagsrechnung, a Schlussrechnung deducting instalments and a Sicherheitseinbehalt, a
 * situation de travaux with retenue de garantie, a devis, a builders' merchant invoice with Skonto,
 * lawyers' fee notes with Auslagen / débours outside VAT, a dentist's GOZ bill and a médecin's note
 * without VAT, a tax adviser, a translator under § 19 UStG, an auto-entrepreneur (art. 293 B),
 * reverse charge AT->DE and FR->BE, margin-scheme sales, credit notes referring to an invoice, an
 * escompte alternative, Swiss CHF bills), an Irish, an Estonian and a Faroese invoice, and eight till
 * receipts as images (bakery, Apotheke with Zuzahlung, a low-contrast Kassenbon with Pfand, a hardware
 * store, a tilted boulangerie photo, a tabac-presse, a pharmacie ticket with part sécu / mutuelle, a
 * market stall's hand-filled Quittung), through the real CLI.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fields not extracted right today (the test fails when one comes out right, so the list shrinks),
 * as observed in docparse's JSON output on main 0d4051a (2026-12-07, held out, before any fix;
 * 17/33 fully right: fixtures/README.md), less the causes branch G41 fixed (a partial-sum row, the
 * Auftrag date and the Échéance under their rows, the Skonto net date on the next line, the devis number, Irish and Faroese labels):
 * - de-zahnarzt-privatliquidation-goz.pdf: subtotal 218.76 and tax 0 where the VAT-exempt bill
 *   prints neither (truth null).
 * - de-uebersetzer-normzeilen-kleinunternehmer.pdf: subtotal = total and tax 0 under § 19 UStG.
 * - de-gebrauchtwagen-differenzbesteuerung.pdf: subtotal 12490 (the total) under § 25a.
 * - fr-medecin-note-honoraires-secteur2.pdf: subtotal 85 and tax 0 (TVA non applicable).
 * - fr-auto-entrepreneur-293b-webdesign.pdf: subtotal 1740 and tax 0 (art. 293 B, no VAT).
 * - fr-be-avoir-retour-article.pdf: no currency (amounts with "HTVA" / "TVAC" columns, "EUR" absent).
 * - de-baeckerei-kassenbon-foto.jpg: no tax (two rows "MwSt 7%" and "MwSt 19%").
 * - fr-pharmacie-ticket-part-mutuelle.png: the ticket's "Facture n° 554120" as number (receipt
 *   truth null; debatable).
 * - fr-tabac-presse-ticket-photo.jpg: no tax (a "TVA 20,00 %" row for the one taxed item).
 * Fixed by G43 (2026-12-07): de-gebrauchtwagen-differenzbesteuerung.pdf's subtotal (a margin-scheme
 * invoice has none: margin-scheme.ts) and fr-be-avoir-retour-article.pdf's currency (EUR from the Belgian
 * VAT number, a hint at 0.5, flagged: euro-vat-id.ts): 30/33 fully right.
 */
const SHORT: Record<string, string[]> = {
  'de-baeckerei-kassenbon-foto.jpg': ['tax'],
  'fr-pharmacie-ticket-part-mutuelle.png': ['invoiceNumber'],
  'fr-tabac-presse-ticket-photo.jpg': ['tax'],
};

/** Documents whose wrong core field goes unflagged today (a silent wrong answer): none. */
const UNFLAGGED: string[] = [];

sweepSuite('eighteenth held-out sweep: trades, professions and small shops (DE/FR), Irish, Estonian, Faroese, till receipts as images (real CLI)', join(ROOT, 'fixtures/sweep18'), { short: SHORT, unflagged: UNFLAGGED });
