#!/usr/bin/env node
// Generates the sample invoices in fixtures/ together with their known truth.
//
//   node scripts/make-fixtures.mjs            (writes fixtures/invoices, fixtures/truth,
//                                              fixtures/invoice2data-style, fixtures/eval)
//
// Everything is deterministic: fixed dates (pdfkit CreationDate/ModDate, hence the PDF /ID),
// a seeded PRNG for scan noise and rotation, and our own PNG/TIFF encoders. Running it twice
// gives byte-identical files on the same platform and dependency versions.
//
// All vendors, customers, addresses, tax ids, bank details, phone numbers and e-mail
// addresses are invented (e-mail domains use the reserved `.example` TLD, US phone numbers
// the fictional 555-01xx range).

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFParse } from 'pdf-parse';
import PDFDocument from 'pdfkit';
import { writeIfdEntries } from './bench/bombs.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';

const SEED = 20250526;
const DPI = 300;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures');
const DIR_INVOICES = join(OUT, 'invoices');
const DIR_TRUTH = join(OUT, 'truth');
const DIR_I2D = join(OUT, 'invoice2data-style');
// invoice2data's test layout (document beside NAME.json), read by `npm run eval -- fixtures/eval`.
// Only the text PDFs (~45 KB together) are copied there; copying the scans would add ~1.9 MB.
const DIR_EVAL = join(OUT, 'eval');

// pdf.js (inside pdf-parse) needs the standard font files to render the PDF base-14 fonts
// (Helvetica, Times) with fixed metrics instead of whatever the system has.
const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json', { paths: [dirname(require.resolve('pdf-parse'))] }));
const STANDARD_FONTS = join(PDFJS_DIR, 'standard_fonts') + '/';

// ---------------------------------------------------------------------------
// Locale formatting (hand-written, not Intl, so output never depends on the ICU build)
// ---------------------------------------------------------------------------

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

const LOCALES = {
  'en-US': { group: ',', decimal: '.', date: (y, m, d) => `${p2(m)}/${p2(d)}/${y}`, money: (s) => `$${s}` },
  'en-US-long': { group: ',', decimal: '.', date: (y, m, d) => `${MONTHS.en[m - 1]} ${d}, ${y}`, money: (s) => `$${s}` },
  'en-GB': { group: ',', decimal: '.', date: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`, money: (s) => `£${s}` },
  'de-DE': { group: '.', decimal: ',', date: (y, m, d) => `${p2(d)}.${p2(m)}.${y}`, money: (s) => `${s} €` },
  'fr-FR': { group: ' ', decimal: ',', date: (y, m, d) => `${d} ${MONTHS.fr[m - 1]} ${y}`, money: (s) => `${s} €` },
  'nl-NL': { group: '.', decimal: ',', date: (y, m, d) => `${d} ${MONTHS.nl[m - 1]} ${y}`, money: (s) => `€ ${s}` },
  'es-ES': { group: '.', decimal: ',', date: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`, money: (s) => `${s} €` },
};

function p2(n) {
  return String(n).padStart(2, '0');
}

function groupInt(intStr, sep) {
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Integer cents -> "1.234,56" in the locale. */
function fmtCents(cents, loc) {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const s = groupInt(String(Math.floor(abs / 100)), loc.group) + loc.decimal + p2(abs % 100);
  return neg ? `-${s}` : s;
}

/** Quantity (at most 2 decimals) -> "2,500" / "6,5" in the locale. */
function fmtQty(q, loc) {
  const [i, f] = String(q).split('.');
  return groupInt(i, loc.group) + (f ? loc.decimal + f : '');
}

function fmtDate(iso, loc) {
  const [y, m, d] = iso.split('-').map(Number);
  return loc.date(y, m, d);
}

// ---------------------------------------------------------------------------
// The invoices (all invented). Money is in integer cents; quantities are plain numbers.
// ---------------------------------------------------------------------------

const LABELS = {
  en: {
    title: 'INVOICE', number: 'Invoice No.', date: 'Invoice Date', due: 'Due Date', billTo: 'BILL TO',
    pos: '#', desc: 'Description', qty: 'Qty', unit: 'Unit Price', amount: 'Amount',
    subtotal: 'Subtotal', total: 'Total Due', page: (a, b) => `Page ${a} of ${b}`,
    continued: (n) => `Invoice ${n} (continued)`, carried: 'Continued on next page',
  },
  'en-GB': {
    title: 'INVOICE', number: 'Invoice number', date: 'Invoice date', due: 'Payment due', billTo: 'INVOICE TO',
    pos: '#', desc: 'Description', qty: 'Qty', unit: 'Unit price', amount: 'Net amount',
    subtotal: 'Subtotal (net)', total: 'Total', page: (a, b) => `Page ${a} of ${b}`,
    continued: (n) => `Invoice ${n} (continued)`, carried: 'Continued on next page',
  },
  de: {
    title: 'RECHNUNG', number: 'Rechnungsnummer', date: 'Rechnungsdatum', due: 'Fällig am', billTo: 'RECHNUNGSEMPFÄNGER',
    pos: 'Pos.', desc: 'Bezeichnung', qty: 'Menge', unit: 'Einzelpreis', amount: 'Betrag',
    subtotal: 'Nettobetrag', total: 'Gesamtbetrag', page: (a, b) => `Seite ${a} von ${b}`,
    continued: (n) => `Rechnung ${n} (Fortsetzung)`, carried: 'Fortsetzung auf der nächsten Seite',
  },
  fr: {
    title: 'FACTURE', number: 'Facture n°', date: 'Date de facture', due: "Date d'échéance", billTo: 'FACTURÉ À',
    pos: 'N°', desc: 'Désignation', qty: 'Qté', unit: 'Prix unitaire HT', amount: 'Montant HT',
    subtotal: 'Total HT', total: 'Total TTC', page: (a, b) => `Page ${a} sur ${b}`,
    continued: (n) => `Facture ${n} (suite)`, carried: 'Suite page suivante',
  },
  nl: {
    title: 'FACTUUR', number: 'Factuurnummer', date: 'Factuurdatum', due: 'Vervaldatum', billTo: 'FACTUUR AAN',
    pos: 'Nr.', desc: 'Omschrijving', qty: 'Aantal', unit: 'Prijs per stuk', amount: 'Bedrag',
    subtotal: 'Subtotaal', total: 'Totaal te betalen', page: (a, b) => `Pagina ${a} van ${b}`,
    continued: (n) => `Factuur ${n} (vervolg)`, carried: 'Vervolg op volgende pagina',
  },
  es: {
    title: 'FACTURA', number: 'Factura nº', date: 'Fecha de factura', due: 'Fecha de vencimiento', billTo: 'CLIENTE',
    pos: 'Ref.', desc: 'Descripción', qty: 'Cant.', unit: 'Precio unit.', amount: 'Importe',
    subtotal: 'Base imponible', total: 'Total factura', page: (a, b) => `Página ${a} de ${b}`,
    continued: (n) => `Factura ${n} (continuación)`, carried: 'Continúa en la página siguiente',
  },
};

/** 32 office-supply lines for the 2-page invoice; quantities come from the seeded PRNG. */
function bluegillItems() {
  const rnd = prng(SEED ^ hash32('bluegill-items'));
  const catalog = [
    ['BG-1001', 'Copy paper, letter, 20 lb, case of 10 reams', 4899],
    ['BG-1002', 'Copy paper, legal, 20 lb, case of 10 reams', 5649],
    ['BG-1107', 'Recycled tabbed dividers, 8-tab, pack of 24', 1275],
    ['BG-1210', 'Ballpoint pens, medium, black, box of 12', 689],
    ['BG-1211', 'Ballpoint pens, medium, blue, box of 12', 689],
    ['BG-1235', 'Gel pens, fine, assorted colors, pack of 8', 1149],
    ['BG-1302', 'Highlighters, chisel tip, yellow, box of 12', 945],
    ['BG-1318', 'Dry-erase markers, low odor, set of 8', 1329],
    ['BG-1404', 'Mechanical pencils 0.5 mm, pack of 12', 1090],
    ['BG-1520', 'Sticky notes 3 x 3 in, canary, 12 pads', 1459],
    ['BG-1533', 'Sticky flags, assorted, dispenser pack', 799],
    ['BG-1601', 'Three-ring binder, 1 in, white view', 465],
    ['BG-1602', 'Three-ring binder, 2 in, white view', 689],
    ['BG-1650', 'Sheet protectors, clear, box of 100', 1525],
    ['BG-1701', 'File folders, letter, 1/3 cut, box of 100', 1899],
    ['BG-1722', 'Hanging folders, letter, green, box of 25', 1649],
    ['BG-1780', 'Expanding file, 13 pockets, letter', 1399],
    ['BG-1805', 'Paper clips, jumbo, box of 100 (10 boxes)', 729],
    ['BG-1830', 'Binder clips, medium, box of 12', 349],
    ['BG-1902', 'Stapler, desktop, full strip', 1875],
    ['BG-1903', 'Staples, standard, box of 5000', 399],
    ['BG-2010', 'Packing tape, 1.88 in x 55 yd, 6 rolls', 1699],
    ['BG-2044', 'Shipping labels, 2 x 4 in, 1000 labels', 3249],
    ['BG-2101', 'Padded mailers #2, pack of 25', 1579],
    ['BG-2215', 'Toner cartridge, black, high yield (TN-58X)', 8995],
    ['BG-2216', 'Toner cartridge, cyan (TN-58C)', 7450],
    ['BG-2310', 'Laminating pouches, letter, 3 mil, 100', 2195],
    ['BG-2402', 'Whiteboard cleaner spray, 8 oz', 549],
    ['BG-2460', 'Desk organizer, mesh, 5 compartments', 2289],
    ['BG-2555', 'Monitor riser, adjustable, black', 3450],
    ['BG-2601', 'Breakroom coffee, ground, 2 lb bag', 1899],
    ['BG-2640', 'Paper cups 12 oz, sleeve of 50', 679],
  ];
  return catalog.map(([sku, description, unitPrice]) => ({
    pos: sku, description, quantity: 1 + Math.floor(rnd() * 12), unitPrice,
  }));
}

const INVOICES = [
  {
    name: 'en-us-quarry-lane-software', lang: 'en', labels: LABELS.en, locale: 'en-US', size: 'LETTER',
    font: 'Helvetica', accent: '#1f6f78', variant: 'A', currency: 'USD', taxRate: 8.25, taxLabel: 'Sales Tax (8.25%)',
    vendor: {
      name: 'Quarry Lane Software LLC', initials: 'QL',
      address: ['4120 Ridgeback Road, Suite 210', 'Austin, TX 78745, USA'],
      taxLabel: 'EIN', taxId: '84-3920175',
      contact: ['(512) 555-0143', 'billing@quarrylane.example'],
    },
    customer: {
      name: 'Copperleaf Dental Group',
      address: ['Attn: Accounts Payable', '88 Willow Bend Drive', 'Round Rock, TX 78664'], taxId: null,
    },
    invoiceNumber: 'QLS-2025-0417', invoiceDate: '2025-05-26', dueDate: '2025-06-25',
    items: [
      { description: 'Practice scheduling license, annual (per seat)', quantity: 12, unitPrice: 18900 },
      { description: 'Onboarding workshop, half day, on site', quantity: 1, unitPrice: 65000 },
      { description: 'Data migration from legacy scheduling system', quantity: 1, unitPrice: 115000 },
      { description: 'Priority support add-on (per month)', quantity: 12, unitPrice: 4500 },
    ],
    footer: ['Terms: Net 30. Please include the invoice number with your payment.',
      'ACH: First Prairie Bank, routing 000000000, account 0012-4471-9 (sample data)',
      'Thank you for your business!'],
  },
  {
    name: 'en-us-bluegill-office-supply', lang: 'en', labels: LABELS.en, locale: 'en-US', size: 'LETTER',
    font: 'Helvetica', accent: '#2b4c7e', variant: 'B', currency: 'USD', taxRate: 7, taxLabel: 'Sales Tax 7.00%',
    posColumn: 'Item #',
    vendor: {
      name: 'Bluegill Office Supply Co.', initials: 'BG',
      address: ['730 Canal Street', 'Dayton, OH 45402'],
      taxLabel: 'Federal Tax ID', taxId: '31-6620487',
      contact: ['Phone (937) 555-0186', 'orders@bluegill-supply.example'],
    },
    customer: {
      name: 'Hartwell & Pike Architects',
      address: ['19 Orchard Row, 3rd Floor', 'Cincinnati, OH 45202'], taxId: null,
    },
    invoiceNumber: '100482', invoiceDate: '2025-06-03', dueDate: '2025-07-03',
    items: bluegillItems(),
    footer: ['Payment terms: Net 30 days. A 1.5% monthly finance charge applies to past-due balances.',
      'Questions about this invoice? Call (937) 555-0186 or e-mail ar@bluegill-supply.example.'],
  },
  {
    name: 'en-us-harbor-light-consulting', lang: 'en', labels: LABELS.en, locale: 'en-US-long', size: 'LETTER',
    font: 'Times-Roman', accent: '#5a3e2b', variant: 'B', currency: 'USD', taxRate: 0, taxLabel: 'Sales Tax (exempt)',
    vendor: {
      name: 'Harbor Light Consulting, Inc.', initials: 'HL',
      address: ['55 Lantern Way', 'Portsmouth, NH 03801'],
      taxLabel: 'EIN', taxId: '02-7718354',
      contact: ['(603) 555-0117', 'accounts@harborlight.example'],
    },
    customer: {
      name: 'Millbrook Community Credit Union',
      address: ['Finance Department', '1200 Mill Pond Road', 'Keene, NH 03431'], taxId: null,
    },
    invoiceNumber: 'HLC-1138', invoiceDate: '2025-06-02', dueDate: '2025-07-02',
    items: [
      { description: 'Risk assessment interviews (hours)', quantity: 14.5, unitPrice: 16500 },
      { description: 'Policy review and gap analysis (hours)', quantity: 9.25, unitPrice: 16500 },
      { description: 'Board presentation preparation (hours)', quantity: 4, unitPrice: 16500 },
      { description: 'Travel, mileage (miles)', quantity: 126, unitPrice: 70 },
    ],
    footer: ['Services are not subject to New Hampshire sales tax.',
      'Please remit within 30 days by check or bank transfer. Thank you.'],
  },
  {
    name: 'en-gb-marlowe-finch-print-works', lang: 'en', labels: LABELS['en-GB'], locale: 'en-GB', size: 'A4',
    font: 'Helvetica', accent: '#7a1f3d', variant: 'A', currency: 'GBP', taxRate: 20, taxLabel: 'VAT @ 20%',
    vendor: {
      name: 'Marlowe & Finch Print Works Ltd', initials: 'MF',
      address: ['Unit 4, Tannery Yard', 'Kirkstall Road', 'Leeds LS4 2QX', 'United Kingdom'],
      taxLabel: 'VAT Reg. No.', taxId: 'GB293847106',
      contact: ['0113 496 0571', 'accounts@marlowefinch.example'],
    },
    customer: {
      name: 'Thistledown Events Ltd',
      address: ['12 Carrow Mews', 'Norwich NR1 3QP'], taxId: null,
    },
    invoiceNumber: 'MFP-24718', invoiceDate: '2025-05-26', dueDate: '2025-06-25',
    items: [
      { description: 'Flyers A5, 170gsm silk, double-sided', quantity: 2500, unitPrice: 9 },
      { description: 'Roller banners 850 x 2000 mm, with case', quantity: 3, unitPrice: 6450 },
      { description: 'Event programmes, 16pp A5, saddle stitched', quantity: 400, unitPrice: 135 },
      { description: 'Design and artwork (hours)', quantity: 4.5, unitPrice: 4800 },
      { description: 'Courier delivery, next day', quantity: 1, unitPrice: 1800 },
    ],
    footer: ['Payment within 30 days to: Northgate Mutual Bank, sort code 00-00-00, account 12345678 (sample data).',
      'Marlowe & Finch Print Works Ltd. Registered in England and Wales, company no. 00000000 (sample data).'],
  },
  {
    name: 'de-kessler-feinmechanik', lang: 'de', labels: LABELS.de, locale: 'de-DE', size: 'A4',
    font: 'Helvetica', accent: '#34495e', variant: 'A', currency: 'EUR', taxRate: 19, taxLabel: 'zzgl. MwSt. 19 %',
    posColumn: 'Pos.',
    vendor: {
      name: 'Kessler Feinmechanik GmbH', initials: 'KF',
      address: ['Am Mühlbach 14', '73431 Aalen', 'Deutschland'],
      taxLabel: 'USt-IdNr.', taxId: 'DE284719365',
      contact: ['Tel. 07361 000 4471', 'buchhaltung@kessler-feinmechanik.example'],
    },
    customer: {
      name: 'Brandt Elektrotechnik KG',
      address: ['Industriestraße 7', '90441 Nürnberg'], taxId: null,
    },
    invoiceNumber: 'RE-2025-00873', invoiceDate: '2025-05-26', dueDate: '2025-06-09',
    items: [
      { pos: '1', description: 'Frästeil Gehäusedeckel AlMg3, eloxiert', quantity: 40, unitPrice: 1875 },
      { pos: '2', description: 'Drehteil Welle Ø 12 mm, 1.4305', quantity: 120, unitPrice: 640 },
      { pos: '3', description: 'Rüstkosten CNC-Fräsen', quantity: 1, unitPrice: 9500 },
      { pos: '4', description: 'Prüfprotokoll nach EN 10204 3.1', quantity: 1, unitPrice: 4500 },
      { pos: '5', description: 'Verpackung und Versand', quantity: 1, unitPrice: 2850 },
    ],
    footer: ['Zahlbar innerhalb von 14 Tagen ohne Abzug. Leistungsdatum entspricht Rechnungsdatum.',
      'Bankverbindung: Ostalb Handelsbank, IBAN DE00 0000 0000 0000 0000 00 (Beispieldaten)',
      'Kessler Feinmechanik GmbH, Amtsgericht Ulm HRB 000000, Geschäftsführer: Jonas Kessler'],
  },
  {
    name: 'fr-atelier-vauclair', lang: 'fr', labels: LABELS.fr, locale: 'fr-FR', size: 'A4',
    font: 'Times-Roman', accent: '#22577a', variant: 'B', currency: 'EUR', taxRate: 20, taxLabel: 'TVA 20 %',
    vendor: {
      name: 'Atelier Vauclair SARL', initials: 'AV',
      address: ['17 rue des Tanneurs', '69002 Lyon', 'France'],
      taxLabel: 'N° TVA intracom.', taxId: 'FR47829104553',
      contact: ['SIRET 829 104 553 00027', 'contact@atelier-vauclair.example'],
    },
    customer: {
      name: 'Boulangerie Les Trois Épis',
      address: ['5 place du Marché', '38000 Grenoble'], taxId: null,
    },
    invoiceNumber: 'F2025-0312', invoiceDate: '2025-05-26', dueDate: '2025-06-25',
    items: [
      { description: 'Enseigne lumineuse, lettrage découpé', quantity: 1, unitPrice: 148000 },
      { description: 'Vitrophanie vitrine (m²)', quantity: 6.5, unitPrice: 4200 },
      { description: 'Pose et installation (heures)', quantity: 3, unitPrice: 8500 },
      { description: 'Frais de déplacement', quantity: 1, unitPrice: 6000 },
    ],
    footer: ['Conditions de paiement : 30 jours date de facture. Pas d\'escompte pour paiement anticipé.',
      'En cas de retard, pénalités au taux légal et indemnité forfaitaire de 40 € pour frais de recouvrement.',
      'IBAN FR00 0000 0000 0000 0000 0000 000 (données fictives)'],
  },
  {
    name: 'nl-de-zwaluw-installatie', lang: 'nl', labels: LABELS.nl, locale: 'nl-NL', size: 'A4',
    font: 'Helvetica', accent: '#1b7f4c', variant: 'A', currency: 'EUR', taxRate: 21, taxLabel: 'BTW 21%',
    vendor: {
      name: 'Installatiebedrijf De Zwaluw B.V.', initials: 'DZ',
      address: ['Populierenlaan 48', '7412 BK Deventer', 'Nederland'],
      taxLabel: 'BTW-nr.', taxId: 'NL856412903B01',
      contact: ['KvK 00000000 (fictief)', 'administratie@dezwaluw.example'],
    },
    customer: {
      name: 'Stichting Het Groene Erf',
      address: ['Dorpsstraat 3', '8171 AB Vaassen'], taxId: null,
    },
    invoiceNumber: '2025-0561', invoiceDate: '2025-05-26', dueDate: '2025-06-09',
    items: [
      { description: 'Onderhoud cv-ketel', quantity: 1, unitPrice: 8900 },
      { description: 'Vervangen expansievat 18 L', quantity: 1, unitPrice: 12450 },
      { description: 'Thermostatische radiatorkranen', quantity: 6, unitPrice: 2275 },
      { description: 'Arbeidsloon (uur)', quantity: 3.5, unitPrice: 5800 },
      { description: 'Voorrijkosten', quantity: 1, unitPrice: 3500 },
    ],
    footer: ['Wij verzoeken u het totaalbedrag binnen 14 dagen over te maken onder vermelding van het factuurnummer.',
      'IBAN NL00 BANK 0000 0000 00 t.n.v. Installatiebedrijf De Zwaluw B.V. (fictieve gegevens)'],
  },
  {
    name: 'es-talleres-mirador', lang: 'es', labels: LABELS.es, locale: 'es-ES', size: 'A4',
    font: 'Helvetica', accent: '#a0522d', variant: 'B', currency: 'EUR', taxRate: 21, taxLabel: 'IVA 21%',
    vendor: {
      name: 'Talleres Mirador S.L.', initials: 'TM',
      address: ['Calle de la Alfarería 23', '50014 Zaragoza', 'España'],
      taxLabel: 'CIF', taxId: 'B50912384',
      contact: ['Tel. 976 000 318', 'facturacion@talleresmirador.example'],
    },
    customer: {
      name: 'Viveros Almendro S.C.',
      address: ['Camino del Soto 8', '50180 Utebo (Zaragoza)'], taxId: 'J50127745', customerTaxLabel: 'NIF',
    },
    invoiceNumber: '2025/0198', invoiceDate: '2025-05-26', dueDate: '2025-06-25',
    items: [
      { description: 'Reparación de motor de riego', quantity: 1, unitPrice: 34000 },
      { description: 'Rodamientos 6204-2RS', quantity: 4, unitPrice: 780 },
      { description: 'Soldadura de bastidor (horas)', quantity: 2.5, unitPrice: 3800 },
      { description: 'Mano de obra (horas)', quantity: 6, unitPrice: 3600 },
      { description: 'Transporte', quantity: 1, unitPrice: 2500 },
    ],
    footer: ['Forma de pago: transferencia bancaria a 30 días.',
      'IBAN ES00 0000 0000 0000 0000 0000 (datos ficticios)'],
  },
];

/** Fill in line amounts, subtotal, tax and total in integer cents. */
function compute(inv) {
  for (const it of inv.items) {
    it.amount = Math.round(it.quantity * it.unitPrice);
    if (Math.abs(it.amount - it.quantity * it.unitPrice) > 1e-6) throw new Error(`${inv.name}: inexact line amount`);
  }
  inv.subtotal = inv.items.reduce((s, it) => s + it.amount, 0);
  inv.tax = Math.round((inv.subtotal * Math.round(inv.taxRate * 100)) / 10000); // half-up on exact integers
  inv.total = inv.subtotal + inv.tax;
  return inv;
}

// ---------------------------------------------------------------------------
// PDF layout (pdfkit, base-14 fonts, own pagination so "Page x of y" is known up front)
// ---------------------------------------------------------------------------

const PAGE = { LETTER: [612, 792], A4: [595.28, 841.89] };
const M = 48; // margin
const ROW_H = 18;
const FOOTER_TOP_FROM_BOTTOM = 96;

function bold(font) {
  return font === 'Times-Roman' ? 'Times-Bold' : `${font}-Bold`;
}

function fixedInfo(inv, extra = {}) {
  const [y, m, d] = inv.invoiceDate.split('-').map(Number);
  const when = new Date(Date.UTC(y, m - 1, d, 9, 30, 0));
  return {
    Title: `${inv.labels.title} ${inv.invoiceNumber}`,
    Author: inv.vendor.name,
    Subject: 'docparse sample invoice (invented data)',
    Creator: 'docparse scripts/make-fixtures.mjs',
    Producer: 'PDFKit',
    CreationDate: when,
    ModDate: when,
    ...extra,
  };
}

function newDoc(inv, extra) {
  return new PDFDocument({ autoFirstPage: false, margin: 0, info: fixedInfo(inv, extra), pdfVersion: '1.7' });
}


/** Single-line text at (x, y); align 'left' | 'right' (x is the right edge). */
function put(doc, str, x, y, { font, size, color = '#000000', align = 'left' }) {
  doc.font(font).fontSize(size).fillColor(color);
  const w = doc.widthOfString(str);
  doc.text(str, align === 'right' ? x - w : x, y, { lineBreak: false });
  return w;
}

/** Column geometry of the line-items table. */
function columns(inv, W) {
  const right = W - M;
  const hasPos = Boolean(inv.posColumn);
  const cols = {
    pos: M + 6,
    desc: hasPos ? M + (inv.posColumn === 'Item #' ? 62 : 40) : M + 6,
    qtyR: right - 200,
    unitR: right - 96,
    amountR: right - 6,
  };
  cols.descMax = cols.qtyR - 46 - cols.desc;
  return cols;
}

/** Decide which rows go on which page. */
function paginate(inv, H) {
  const bottom = H - FOOTER_TOP_FROM_BOTTOM;
  const firstTop = 318;
  const contTop = 130;
  const totalsH = 96;
  const pages = [];
  let rows = [];
  let y = firstTop + ROW_H + 6;
  for (const it of inv.items) {
    if (y + ROW_H > bottom) {
      pages.push({ rows, totals: false });
      rows = [];
      y = contTop + ROW_H + 6;
    }
    rows.push(it);
    y += ROW_H;
  }
  if (y + totalsH > bottom) {
    pages.push({ rows, totals: false });
    rows = [];
  }
  pages.push({ rows, totals: true });
  return pages.map((p, i) => ({ ...p, index: i, first: i === 0, tableTop: i === 0 ? firstTop : contTop }));
}

function drawHeader(doc, inv, W) {
  const { vendor, labels: L } = inv;
  const loc = LOCALES[inv.locale];
  const F = inv.font;
  const FB = bold(F);
  const right = W - M;
  const vendorLines = [...vendor.address, `${vendor.taxLabel}: ${vendor.taxId}`, ...vendor.contact];
  const meta = [
    [L.number, inv.invoiceNumber],
    [L.date, fmtDate(inv.invoiceDate, loc)],
    [L.due, fmtDate(inv.dueDate, loc)],
  ];

  if (inv.variant === 'A') {
    // Logo + vendor on the left, title + meta on the right.
    doc.roundedRect(M, M, 40, 40, 6).fill(inv.accent);
    put(doc, vendor.initials, M + 20 - doc.font(FB).fontSize(15).widthOfString(vendor.initials) / 2, M + 13, { font: FB, size: 15, color: '#ffffff' });
    put(doc, vendor.name, M + 52, M + 2, { font: FB, size: 15 });
    vendorLines.forEach((l, i) => put(doc, l, M + 52, M + 22 + i * 12, { font: F, size: 9, color: '#333333' }));
    put(doc, L.title, right, M, { font: FB, size: 24, color: inv.accent, align: 'right' });
    meta.forEach(([k, v], i) => {
      const y = M + 40 + i * 16;
      put(doc, `${k}:`, right - 118, y, { font: F, size: 9.5, color: '#555555', align: 'right' });
      put(doc, v, right, y, { font: FB, size: 10, align: 'right' });
    });
  } else {
    // Title + meta on the left, logo + vendor block right-aligned on the right.
    put(doc, L.title, M, M, { font: FB, size: 26, color: inv.accent });
    meta.forEach(([k, v], i) => {
      const y = M + 44 + i * 16;
      put(doc, `${k}:`, M, y, { font: F, size: 9.5, color: '#555555' });
      put(doc, v, M + 112, y, { font: FB, size: 10 });
    });
    doc.rect(right - 6, M, 6, 30).fill(inv.accent);
    put(doc, vendor.name, right - 14, M + 2, { font: FB, size: 14, align: 'right' });
    vendorLines.forEach((l, i) => put(doc, l, right - 14, M + 21 + i * 12, { font: F, size: 9, color: '#333333', align: 'right' }));
  }

  // Bill-to block.
  const by = 196;
  put(doc, L.billTo, M, by, { font: FB, size: 8.5, color: inv.accent });
  doc.moveTo(M, by + 12).lineTo(M + 220, by + 12).lineWidth(0.6).stroke(inv.accent);
  put(doc, inv.customer.name, M, by + 18, { font: FB, size: 11 });
  const custLines = [...inv.customer.address];
  if (inv.customer.taxId) custLines.push(`${inv.customer.customerTaxLabel}: ${inv.customer.taxId}`);
  custLines.forEach((l, i) => put(doc, l, M, by + 34 + i * 12.5, { font: F, size: 9.5, color: '#222222' }));

  // Currency note on the right of the bill-to block.
  const curNote = {
    en: `All amounts in ${inv.currency}`, de: `Alle Beträge in ${inv.currency}`, fr: `Montants exprimés en ${inv.currency}`,
    nl: `Alle bedragen in ${inv.currency}`, es: `Importes en ${inv.currency}`,
  }[inv.lang];
  put(doc, curNote, right, by + 18, { font: F, size: 8.5, color: '#555555', align: 'right' });
}

function drawContinuationHeader(doc, inv, W) {
  const F = inv.font;
  put(doc, inv.vendor.name, M, M, { font: bold(F), size: 12 });
  put(doc, inv.labels.continued(inv.invoiceNumber), W - M, M + 1, { font: F, size: 10, color: '#444444', align: 'right' });
  doc.moveTo(M, M + 20).lineTo(W - M, M + 20).lineWidth(0.8).stroke(inv.accent);
}

function drawTable(doc, inv, W, page) {
  const loc = LOCALES[inv.locale];
  const L = inv.labels;
  const F = inv.font;
  const FB = bold(F);
  const c = columns(inv, W);
  let y = page.tableTop;
  // Header row.
  doc.rect(M, y, W - 2 * M, ROW_H + 2).fill(inv.accent);
  const hy = y + 5.5;
  const hs = { font: FB, size: 9, color: '#ffffff' };
  if (inv.posColumn) put(doc, inv.posColumn, c.pos, hy, hs);
  put(doc, L.desc, c.desc, hy, hs);
  put(doc, L.qty, c.qtyR, hy, { ...hs, align: 'right' });
  put(doc, L.unit, c.unitR, hy, { ...hs, align: 'right' });
  put(doc, L.amount, c.amountR, hy, { ...hs, align: 'right' });
  y += ROW_H + 6;
  page.rows.forEach((it, i) => {
    if (i % 2 === 1) doc.rect(M, y - 4, W - 2 * M, ROW_H).fill('#f1f1f1');
    const rs = { font: F, size: 9.5, color: '#111111' };
    if (inv.posColumn) put(doc, it.pos, c.pos, y, rs);
    doc.font(F).fontSize(9.5);
    if (doc.widthOfString(it.description) > c.descMax) throw new Error(`${inv.name}: description too wide: ${it.description}`);
    put(doc, it.description, c.desc, y, rs);
    put(doc, fmtQty(it.quantity, loc), c.qtyR, y, { ...rs, align: 'right' });
    put(doc, fmtCents(it.unitPrice, loc), c.unitR, y, { ...rs, align: 'right' });
    put(doc, fmtCents(it.amount, loc), c.amountR, y, { ...rs, align: 'right' });
    y += ROW_H;
  });
  doc.moveTo(M, y - 2).lineTo(W - M, y - 2).lineWidth(0.6).stroke('#999999');
  return y;
}

function drawTotals(doc, inv, W, y) {
  const loc = LOCALES[inv.locale];
  const F = inv.font;
  const FB = bold(F);
  const right = W - M - 6;
  const labelR = right - 110;
  y += 10;
  put(doc, `${inv.labels.subtotal}:`, labelR, y, { font: F, size: 10, align: 'right' });
  put(doc, loc.money(fmtCents(inv.subtotal, loc)), right, y, { font: F, size: 10, align: 'right' });
  y += 17;
  put(doc, `${inv.taxLabel}:`, labelR, y, { font: F, size: 10, align: 'right' });
  put(doc, loc.money(fmtCents(inv.tax, loc)), right, y, { font: F, size: 10, align: 'right' });
  y += 20;
  doc.moveTo(labelR - 110, y - 5).lineTo(W - M, y - 5).lineWidth(1).stroke(inv.accent);
  put(doc, `${inv.labels.total}:`, labelR, y + 1, { font: FB, size: 12, align: 'right' });
  put(doc, loc.money(fmtCents(inv.total, loc)), right, y + 1, { font: FB, size: 12, align: 'right' });
}

function drawFooter(doc, inv, W, H, page, pageCount) {
  const F = inv.font;
  const top = H - FOOTER_TOP_FROM_BOTTOM + 14;
  doc.moveTo(M, top - 6).lineTo(W - M, top - 6).lineWidth(0.4).stroke('#bbbbbb');
  const lines = page.totals ? inv.footer : [inv.labels.carried];
  lines.forEach((l, i) => {
    doc.font(F).fontSize(8);
    if (doc.widthOfString(l) > W - 2 * M) throw new Error(`${inv.name}: footer too wide: ${l}`);
    put(doc, l, M, top + i * 11, { font: F, size: 8, color: '#444444' });
  });
  const pl = inv.labels.page(page.index + 1, pageCount);
  put(doc, pl, W - M, H - 30, { font: F, size: 8, color: '#666666', align: 'right' });
}

/** Draw one invoice page (0-based index) onto a fresh page of `doc`. */
function drawPage(doc, inv, pages, index) {
  const [W, H] = PAGE[inv.size];
  const page = pages[index];
  doc.addPage({ size: [W, H], margin: 0 });
  if (page.first) drawHeader(doc, inv, W);
  else drawContinuationHeader(doc, inv, W);
  const y = drawTable(doc, inv, W, page);
  if (page.totals) drawTotals(doc, inv, W, y);
  drawFooter(doc, inv, W, H, page, pages.length);
}

async function textPdf(inv) {
  const pages = paginate(inv, PAGE[inv.size][1]);
  const doc = newDoc(inv);
  for (let i = 0; i < pages.length; i++) drawPage(doc, inv, pages, i);
  return { buffer: await docToBuffer(doc), pageCount: pages.length };
}

// ---------------------------------------------------------------------------
// "Scanning": render with pdf.js at 300 dpi, then rotate, blur, tone and speckle
// ---------------------------------------------------------------------------

async function renderPdf(buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buffer), standardFontDataUrl: STANDARD_FONTS });
  try {
    const shot = await parser.getScreenshot({ scale: DPI / 72, imageDataUrl: false, imageBuffer: true });
    return shot.pages.map((p) => Buffer.from(p.data));
  } finally {
    await parser.destroy();
  }
}

/**
 * Turns a rendered page (PNG) into a grayscale "scan": rotation by `angleDeg`, a 3x3 blur,
 * an off-white paper tone with a faint top-to-bottom gradient, grey ink, sparse dark specks
 * (pepper), a few dust spots and light dropouts in dark areas (salt).
 */
async function scanPage(png, rnd, angleDeg) {
  const img = await loadImage(png);
  const W = img.width;
  const H = img.height;
  let canvas = createCanvas(W, H);
  let ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.translate(W / 2, H / 2);
  ctx.rotate((angleDeg * Math.PI) / 180);
  ctx.drawImage(img, -W / 2, -H / 2);
  const rgba = ctx.getImageData(0, 0, W, H).data;
  canvas.width = 1; // release the large backing store early
  canvas = ctx = null;

  const n = W * H;
  let g = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 4) g[i] = (rgba[j] * 299 + rgba[j + 1] * 587 + rgba[j + 2] * 114 + 500) / 1000 | 0;

  // 3x3 [1 2 1] blur (separable), edges clamped.
  const tmp = new Uint16Array(n);
  for (let y = 0; y < H; y++) {
    const o = y * W;
    for (let x = 0; x < W; x++) {
      const l = g[o + (x > 0 ? x - 1 : x)];
      const r = g[o + (x < W - 1 ? x + 1 : x)];
      tmp[o + x] = l + 2 * g[o + x] + r;
    }
  }
  const out = new Uint8Array(n);
  for (let y = 0; y < H; y++) {
    const up = (y > 0 ? y - 1 : y) * W;
    const dn = (y < H - 1 ? y + 1 : y) * W;
    const o = y * W;
    for (let x = 0; x < W; x++) out[o + x] = (tmp[up + x] + 2 * tmp[o + x] + tmp[dn + x] + 8) >> 4;
  }
  g = null;

  // Paper tone (off-white, slightly darker towards the bottom) and grey ink.
  const ink = 24;
  for (let y = 0; y < H; y++) {
    const paper = 243 - Math.round((7 * y) / H);
    const o = y * W;
    for (let x = 0; x < W; x++) out[o + x] = ink + (((paper - ink) * out[o + x] + 127) / 255 | 0);
  }

  // Pepper: isolated dark pixels; salt: light dropouts inside ink.
  const pepper = Math.round(n * 0.0006);
  for (let k = 0; k < pepper; k++) {
    const i = Math.floor(rnd() * n);
    out[i] = 70 + Math.floor(rnd() * 90);
  }
  const salt = Math.round(n * 0.0006);
  for (let k = 0; k < salt; k++) {
    const i = Math.floor(rnd() * n);
    if (out[i] < 128) out[i] = 200 + Math.floor(rnd() * 40);
  }
  // Dust: a few small dark blobs.
  for (let k = 0; k < 45; k++) {
    const cx = Math.floor(rnd() * W);
    const cy = Math.floor(rnd() * H);
    const r = 1 + rnd() * 2.2;
    const v = 40 + Math.floor(rnd() * 80);
    for (let dy = -3; dy <= 3; dy++) {
      for (let dx = -3; dx <= 3; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x < 0 || y < 0 || x >= W || y >= H || dx * dx + dy * dy > r * r) continue;
        out[y * W + x] = Math.min(out[y * W + x], v);
      }
    }
  }
  return { width: W, height: H, gray: out };
}

async function scanDocument(pdfBuffer, name, pagesToScan) {
  const rnd = prng(SEED ^ hash32(name));
  const sign = rnd() < 0.5 ? -1 : 1;
  const angle = Math.round(sign * (0.5 + rnd() * 1.0) * 100) / 100; // 0.5..1.5 degrees
  const pngs = await renderPdf(pdfBuffer);
  const scans = [];
  for (const idx of pagesToScan) scans.push(await scanPage(pngs[idx], rnd, angle));
  return { angle, scans };
}

// ---------------------------------------------------------------------------
// Encoders: grayscale PNG and grayscale Deflate TIFF (own, minimal); JPEG via @napi-rs/canvas
// ---------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** 8-bit grayscale PNG, filter "Up" on every row except the first ("Sub"), with 300 dpi pHYs. */
function encodePngGray({ width: W, height: H, gray }) {
  const raw = Buffer.alloc((W + 1) * H);
  for (let y = 0; y < H; y++) {
    const o = y * (W + 1);
    const s = y * W;
    if (y === 0) {
      raw[o] = 1;
      for (let x = 0; x < W; x++) raw[o + 1 + x] = (gray[s + x] - (x ? gray[s + x - 1] : 0)) & 0xff;
    } else {
      raw[o] = 2;
      for (let x = 0; x < W; x++) raw[o + 1 + x] = (gray[s + x] - gray[s - W + x]) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  const phys = Buffer.alloc(9);
  const ppm = Math.round(DPI / 0.0254);
  phys.writeUInt32BE(ppm, 0);
  phys.writeUInt32BE(ppm, 4);
  phys[8] = 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('pHYs', phys),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Little-endian baseline TIFF, one IFD per page: 8-bit grayscale (BlackIsZero), Deflate
 * (compression 8) with horizontal differencing (predictor 2), one strip per page, 300 dpi.
 * Readable by libtiff/leptonica (tesseract) and UTIF.
 */
function encodeTiffGray(pages) {
  const parts = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  parts.push(header);
  let prevNextPtr = { buf: header, pos: 4 };
  for (const { width: W, height: H, gray } of pages) {
    const pred = Buffer.alloc(W * H);
    for (let y = 0; y < H; y++) {
      const o = y * W;
      pred[o] = gray[o];
      for (let x = 1; x < W; x++) pred[o + x] = (gray[o + x] - gray[o + x - 1]) & 0xff;
    }
    const strip = deflateSync(pred, { level: 9 });
    const stripOffset = offset;
    parts.push(strip);
    offset += strip.length;
    if (offset % 2) {
      parts.push(Buffer.alloc(1));
      offset += 1;
    }
    // Resolution rationals live after the IFD.
    const entries = [
      [256, 4, 1, W], // ImageWidth (LONG)
      [257, 4, 1, H], // ImageLength
      [258, 3, 1, 8], // BitsPerSample
      [259, 3, 1, 8], // Compression: Deflate
      [262, 3, 1, 1], // Photometric: BlackIsZero
      [273, 4, 1, stripOffset], // StripOffsets
      [277, 3, 1, 1], // SamplesPerPixel
      [278, 4, 1, H], // RowsPerStrip
      [279, 4, 1, strip.length], // StripByteCounts
      [282, 5, 1, null], // XResolution (RATIONAL, patched)
      [283, 5, 1, null], // YResolution
      [284, 3, 1, 1], // PlanarConfiguration: chunky
      [296, 3, 1, 2], // ResolutionUnit: inch
      [317, 3, 1, 2], // Predictor: horizontal differencing
    ];
    const ifdSize = 2 + entries.length * 12 + 4;
    const ifdOffset = offset;
    const ratOffset = ifdOffset + ifdSize;
    const ifd = Buffer.alloc(ifdSize + 16);
    writeIfdEntries(ifd, entries, (tag) => ratOffset + (tag === 282 ? 0 : 8));
    ifd.writeUInt32LE(0, ifdSize - 4); // next IFD (patched below for multi-page)
    ifd.writeUInt32LE(DPI, ifdSize);
    ifd.writeUInt32LE(1, ifdSize + 4);
    ifd.writeUInt32LE(DPI, ifdSize + 8);
    ifd.writeUInt32LE(1, ifdSize + 12);
    prevNextPtr.buf.writeUInt32LE(ifdOffset, prevNextPtr.pos);
    prevNextPtr = { buf: ifd, pos: ifdSize - 4 };
    parts.push(ifd);
    offset += ifd.length;
  }
  return Buffer.concat(parts);
}

function grayToCanvas({ width: W, height: H, gray }) {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  const id = ctx.createImageData(W, H);
  const d = id.data;
  for (let i = 0, j = 0; i < gray.length; i++, j += 4) {
    d[j] = d[j + 1] = d[j + 2] = gray[i];
    d[j + 3] = 255;
  }
  ctx.putImageData(id, 0, 0);
  return canvas;
}

function encodeJpeg(scan, quality) {
  const canvas = grayToCanvas(scan);
  const buf = canvas.toBuffer('image/jpeg', quality);
  canvas.width = 1;
  return setJfifDensity(buf, DPI);
}

/** Set the JFIF APP0 density to `dpi` when the encoder wrote a JFIF header (else unchanged). */
function setJfifDensity(buf, dpi) {
  if (buf[2] === 0xff && buf[3] === 0xe0 && buf.toString('latin1', 6, 11) === 'JFIF\0') {
    const out = Buffer.from(buf);
    out[13] = 1; // units: dots per inch
    out.writeUInt16BE(dpi, 14);
    out.writeUInt16BE(dpi, 16);
    return out;
  }
  return buf;
}

/** A PDF whose pages are only images (JPEG), sized like the original pages. */
async function imagePdf(inv, jpegs, extraInfo) {
  const [W, H] = PAGE[inv.size];
  const doc = newDoc(inv, extraInfo);
  for (const jpg of jpegs) {
    doc.addPage({ size: [W, H], margin: 0 });
    doc.image(jpg, 0, 0, { width: W, height: H });
  }
  return docToBuffer(doc);
}

/** Page 1 as text, the remaining pages as scanned images. */
async function mixedPdf(inv, jpegsForRest) {
  const [W, H] = PAGE[inv.size];
  const pages = paginate(inv, H);
  const doc = newDoc(inv, { Subject: 'docparse sample invoice (invented data): page 1 text, later pages scanned' });
  drawPage(doc, inv, pages, 0);
  for (const jpg of jpegsForRest) {
    doc.addPage({ size: [W, H], margin: 0 });
    doc.image(jpg, 0, 0, { width: W, height: H });
  }
  return docToBuffer(doc);
}

// ---------------------------------------------------------------------------
// Truth
// ---------------------------------------------------------------------------

const num = (cents) => cents / 100;

function truthOf(inv, file, { pageCount, documentKind, derivedFrom = null, scan = null }) {
  return {
    invoiceNumber: inv.invoiceNumber,
    invoiceDate: inv.invoiceDate,
    dueDate: inv.dueDate,
    currency: inv.currency,
    subtotal: num(inv.subtotal),
    tax: num(inv.tax),
    total: num(inv.total),
    vendor: { name: inv.vendor.name, address: inv.vendor.address.join(', '), taxId: inv.vendor.taxId },
    customer: { name: inv.customer.name, address: inv.customer.address.join(', '), taxId: inv.customer.taxId },
    lineItems: inv.items.map((it) => ({
      description: it.description, quantity: it.quantity, unitPrice: num(it.unitPrice), amount: num(it.amount),
    })),
    pageCount,
    documentKind,
    meta: {
      file,
      language: inv.lang,
      locale: inv.locale === 'en-US-long' ? 'en-US' : inv.locale,
      taxRate: inv.taxRate,
      derivedFrom,
      scan,
    },
  };
}

function invoice2dataOf(inv) {
  return [{
    issuer: inv.vendor.name,
    invoice_number: inv.invoiceNumber,
    date: inv.invoiceDate,
    amount: num(inv.total),
    amount_untaxed: num(inv.subtotal),
    currency: inv.currency,
    desc: `Invoice from ${inv.vendor.name}`,
  }];
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

function writeJson(path, value) {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}

function clean(dir) {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
}

async function main() {
  for (const d of [DIR_INVOICES, DIR_TRUTH, DIR_I2D, DIR_EVAL]) clean(d);
  const byName = new Map(INVOICES.map((inv) => [inv.name, compute(inv)]));
  const docs = []; // { file, inv, truthOpts }
  const textBuffers = new Map();

  const emit = (file, buf, inv, opts) => {
    writeFileSync(join(DIR_INVOICES, file), buf);
    docs.push({ file, inv, opts });
    console.log(`  ${file.padEnd(46)} ${String(buf.length).padStart(9)} bytes  ${opts.documentKind}`);
  };

  console.log('text PDFs:');
  for (const inv of INVOICES) {
    const { buffer, pageCount } = await textPdf(inv);
    textBuffers.set(inv.name, buffer);
    emit(`${inv.name}.pdf`, buffer, inv, { pageCount, documentKind: 'text_pdf' });
  }

  console.log('scans:');
  const scanMeta = (angle, format, extra = {}) => ({
    dpi: DPI, rotationDeg: angle, format, noise: 'blur3x3, paper tone 236-243, ink 24, pepper/salt 0.06% each, 45 dust spots', ...extra,
  });

  // PNG (grayscale) of the US software invoice.
  {
    const inv = byName.get('en-us-quarry-lane-software');
    const { angle, scans } = await scanDocument(textBuffers.get(inv.name), `${inv.name}-scan.png`, [0]);
    emit(`${inv.name}-scan.png`, encodePngGray(scans[0]), inv, {
      pageCount: 1, documentKind: 'image', derivedFrom: `${inv.name}.pdf`, scan: scanMeta(angle, 'png, 8-bit grayscale'),
    });
  }
  // JPEG (quality 85) of the British invoice.
  {
    const inv = byName.get('en-gb-marlowe-finch-print-works');
    const { angle, scans } = await scanDocument(textBuffers.get(inv.name), `${inv.name}-scan.jpg`, [0]);
    emit(`${inv.name}-scan.jpg`, encodeJpeg(scans[0], 85), inv, {
      pageCount: 1, documentKind: 'image', derivedFrom: `${inv.name}.pdf`, scan: scanMeta(angle, 'jpeg, quality 85'),
    });
  }
  // TIFF (grayscale, Deflate) of the German invoice.
  {
    const inv = byName.get('de-kessler-feinmechanik');
    const { angle, scans } = await scanDocument(textBuffers.get(inv.name), `${inv.name}-scan.tif`, [0]);
    emit(`${inv.name}-scan.tif`, encodeTiffGray(scans), inv, {
      pageCount: 1, documentKind: 'image', derivedFrom: `${inv.name}.pdf`,
      scan: scanMeta(angle, 'tiff, 8-bit grayscale, deflate + predictor 2'),
    });
  }
  // Scanned PDF (image-only page, JPEG quality 80) of the French invoice.
  {
    const inv = byName.get('fr-atelier-vauclair');
    const { angle, scans } = await scanDocument(textBuffers.get(inv.name), `${inv.name}-scanned.pdf`, [0]);
    const buf = await imagePdf(inv, [encodeJpeg(scans[0], 80)], { Subject: 'docparse sample invoice (invented data): scanned, image only' });
    emit(`${inv.name}-scanned.pdf`, buf, inv, {
      pageCount: 1, documentKind: 'scanned_pdf', derivedFrom: `${inv.name}.pdf`, scan: scanMeta(angle, 'pdf with one JPEG (quality 80) per page'),
    });
  }
  // Mixed PDF: page 1 text, page 2 a scan (JPEG quality 80) of the 2-page US invoice.
  {
    const inv = byName.get('en-us-bluegill-office-supply');
    const { angle, scans } = await scanDocument(textBuffers.get(inv.name), `${inv.name}-mixed.pdf`, [1]);
    const buf = await mixedPdf(inv, [encodeJpeg(scans[0], 80)]);
    emit(`${inv.name}-mixed.pdf`, buf, inv, {
      pageCount: 2, documentKind: 'mixed_pdf', derivedFrom: `${inv.name}.pdf`,
      scan: scanMeta(angle, 'pdf: page 1 text, page 2 one JPEG (quality 80)', { scannedPages: [2] }),
    });
  }

  for (const { file, inv, opts } of docs) {
    const base = file.replace(/\.[^.]+$/, '');
    writeJson(join(DIR_TRUTH, `${base}.json`), truthOf(inv, file, opts));
    writeJson(join(DIR_I2D, `${base}.json`), invoice2dataOf(inv));
    if (opts.documentKind === 'text_pdf') {
      writeFileSync(join(DIR_EVAL, file), textBuffers.get(inv.name));
      writeJson(join(DIR_EVAL, `${base}.json`), invoice2dataOf(inv));
    }
  }
  console.log(`wrote ${docs.length} documents, ${docs.length} truth files, ${docs.length} invoice2data-style files,`);
  console.log(`and fixtures/eval/ with the ${INVOICES.length} text PDFs beside their invoice2data-style JSON`);
}

await main();
