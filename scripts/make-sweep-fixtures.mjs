#!/usr/bin/env node
// Generates fixtures/sweep/: a held-out stress sweep for the generic extractor (issue 13). Invoices,
// credit notes and till receipts in the languages and conventions the lexicon claims but the public
// corpora barely hold: Italian, Portuguese, Polish, Dutch, Swiss, Austrian/German, Belgian/French,
// Spanish, and German/French thermal till receipts read by OCR. The documents were written from how
// such documents are printed, before reading the extractor's lexicon, so they are not shaped by it;
// the sweep is for measuring (never for `npm run fit`).
//
//   node scripts/make-sweep-fixtures.mjs
//
// Deterministic: fixed PDF dates, pdfkit base-14 fonts (Liberation Sans from pdf.js's standard fonts
// where Polish letters are needed), receipts rendered by pdf.js and aged by a seeded PRNG. Every
// party, address, tax id and number is invented; e-mail domains use the reserved .example TLD.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFParse } from 'pdf-parse';
import PDFDocument from 'pdfkit';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep');
const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json', { paths: [dirname(require.resolve('pdf-parse'))] }));
const STANDARD_FONTS = join(PDFJS_DIR, 'standard_fonts') + '/';
const WHEN = new Date(Date.UTC(2025, 2, 15, 9, 0, 0));

// ---------------------------------------------------------------------------------------------
// Formatting (by hand, not Intl: the bytes never depend on the ICU build)
// ---------------------------------------------------------------------------------------------

/** cents -> printed amount: de 1.234,56 | fr 1 234,56 | nb 1 234,56 with no-break space | ch 1'234.56 | en 1,234.56 */
function money(cents, style) {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const dec = String(abs % 100).padStart(2, '0');
  const group = { de: '.', fr: ' ', nb: '\u00a0', ch: "'", en: ',', pl: ' ', plain: '' }[style];
  const decSep = style === 'ch' || style === 'en' ? '.' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (neg ? '-' : '') + grouped + decSep + dec;
}
const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  at: ['Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
/** ISO date -> printed date in `style`. */
function date(iso, style) {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'dot': return `${dd}.${mm}.${y}`;
    case 'slash': return `${dd}/${mm}/${y}`;
    case 'dash': return `${dd}-${mm}-${y}`;
    case 'iso': return iso;
    case 'de-long': return `${d}. ${MONTHS.de[m - 1]} ${y}`;
    case 'at-long': return `${d}. ${MONTHS.at[m - 1]} ${y}`;
    case 'fr-long': return `${d === 1 ? '1er' : d} ${MONTHS.fr[m - 1]} ${y}`;
    case 'it-long': return `${d} ${MONTHS.it[m - 1]} ${y}`;
    case 'pl-long': return `${d} ${MONTHS.pl[m - 1]} ${y}`;
    case 'pt-long': return `${d} de ${MONTHS.pt[m - 1]} de ${y}`;
    case 'es-long': return `${d} de ${MONTHS.es[m - 1]} de ${y}`;
    default: throw new Error(style);
  }
}

/** Items [[description, qty, unit cents]] -> lines with amounts, net, tax at `rate` %, gross (integer cents, half up). */
function sums(items, rate) {
  const lines = items.map(([d, q, u]) => ({ d, q, u, a: Math.round(q * u) }));
  const net = lines.reduce((s, l) => s + l.a, 0);
  const tax = Math.sign(net) * Math.round((Math.abs(net) * rate) / 100);
  return { lines, net, tax, gross: net + tax };
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

function newDoc(title, size = 'A4') {
  const doc = new PDFDocument({ autoFirstPage: false, size, margin: 0, info: { Title: title, Creator: 'docparse scripts/make-sweep-fixtures.mjs', Producer: 'PDFKit', CreationDate: WHEN, ModDate: WHEN }, pdfVersion: '1.7' });
  doc.registerFont('Liberation', join(STANDARD_FONTS, 'LiberationSans-Regular.ttf'));
  doc.registerFont('Liberation-Bold', join(STANDARD_FONTS, 'LiberationSans-Bold.ttf'));
  return doc;
}

/** Writes rows of [x, y, text, {bold, size, right}] onto the current page in `font`. */
function draw(doc, rows, font = 'Helvetica') {
  for (const [x, y, text, o = {}] of rows) {
    // pdfkit's base-14 Times is 'Times-Roman' / 'Times-Bold'.
    doc.font(o.bold ? `${font}-Bold` : font === 'Times' ? 'Times-Roman' : font).fontSize(o.size ?? 10);
    const w = doc.widthOfString(text);
    doc.text(text, o.right ? x - w : x, y, { lineBreak: false });
  }
}

/** One PDF from pages of rows. */
async function pdf(title, font, pages) {
  const doc = newDoc(title);
  for (const rows of pages) {
    doc.addPage();
    draw(doc, rows, font);
  }
  return docToBuffer(doc);
}

/** Item rows of a table: columns at x [desc, qty, unit (right), amount (right)]. */
function itemRows(lines, y0, step, style, cols = [50, 330, 460, 545]) {
  return lines.flatMap((l, i) => [
    [cols[0], y0 + i * step, l.d],
    [cols[1], y0 + i * step, String(l.q).replace('.', style === 'ch' || style === 'en' ? '.' : ',')],
    [cols[2], y0 + i * step, money(l.u, style), { right: true }],
    [cols[3], y0 + i * step, money(l.a, style), { right: true }],
  ]);
}

// ---------------------------------------------------------------------------------------------
// Documents. Each returns [file, bytes, truth]; truth holds docparse's field names.
// ---------------------------------------------------------------------------------------------

const DOCS = [];
const doc = (fn) => DOCS.push(fn);

// Italian fattura: "Fattura n.", Imponibile / IVA 22% / Totale documento right-aligned, Scadenza.
doc(async () => {
  const s = sums([['Stampa brochure A5, 500 copie', 2, 18500], ['Impaginazione grafica', 6, 4500], ['Consegna', 1, 2000]], 22);
  const rows = [
    [50, 50, 'Tipografia Colle Verde S.r.l.', { bold: true, size: 14 }],
    [50, 68, 'Via dei Mulini 27, 50136 Firenze (FI)'],
    [50, 82, 'P. IVA IT04829170483 · info@colleverde.example'],
    [330, 130, 'Spett.le'], [330, 144, 'Studio Arnaldi & Figli'], [330, 158, 'Corso Italia 8, 56125 Pisa (PI)'], [330, 172, 'P. IVA IT01938270501'],
    [50, 220, 'Fattura n. 2025/0142', { bold: true, size: 13 }],
    [50, 238, 'Data: ' + date('2025-03-15', 'slash')],
    [50, 252, 'Rif. ordine n. 77 del ' + date('2025-02-20', 'slash')],
    [50, 290, 'Descrizione', { bold: true }], [330, 290, 'Q.tà', { bold: true }], [460, 290, 'Prezzo unit.', { bold: true, right: true }], [545, 290, 'Importo', { bold: true, right: true }],
    ...itemRows(s.lines, 308, 16, 'de'),
    [360, 380, 'Imponibile'], [545, 380, '€ ' + money(s.net, 'de'), { right: true }],
    [360, 396, 'IVA 22%'], [545, 396, '€ ' + money(s.tax, 'de'), { right: true }],
    [360, 414, 'Totale documento', { bold: true }], [545, 414, '€ ' + money(s.gross, 'de'), { bold: true, right: true }],
    [50, 470, 'Modalità di pagamento: bonifico bancario a 30 giorni'],
    [50, 484, 'Scadenza: ' + date('2025-04-14', 'slash')],
    [50, 498, 'IBAN IT60 X054 2811 1010 0000 0123 456 (dati di esempio)'],
  ];
  return ['it-fattura-tipografia.pdf', await pdf('Fattura 2025/0142', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: '2025/0142', invoiceDate: '2025-03-15', dueDate: '2025-04-14', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Italian fattura: long date, VAT summary as a table (Aliquota | Imponibile | Imposta), "Totale fattura", Times.
doc(async () => {
  const s = sums([['Consulenza fiscale, marzo', 1, 120000], ['Dichiarazione IVA annuale', 1, 35000]], 22);
  const rows = [
    [50, 50, 'Studio Bellandi Commercialisti Associati', { bold: true, size: 13 }],
    [50, 66, 'Piazza Garibaldi 3, 40121 Bologna'],
    [50, 80, 'Partita IVA 03158240372'],
    [50, 140, 'FATTURA', { bold: true, size: 16 }],
    [50, 164, 'Numero'], [150, 164, 'FPR 58/25'],
    [50, 178, 'Data'], [150, 178, date('2025-03-15', 'it-long')],
    [330, 140, 'Cliente:'], [330, 154, 'Ferramenta Lodi S.n.c.'], [330, 168, 'Via Emilia 210, 40026 Imola (BO)'],
    [50, 220, 'Descrizione', { bold: true }], [330, 220, 'Quantità', { bold: true }], [460, 220, 'Prezzo', { bold: true, right: true }], [545, 220, 'Totale', { bold: true, right: true }],
    ...itemRows(s.lines, 238, 16, 'de'),
    [50, 300, 'Riepilogo IVA', { bold: true }],
    [50, 316, 'Aliquota', { bold: true }], [250, 316, 'Imponibile', { bold: true, right: true }], [360, 316, 'Imposta', { bold: true, right: true }],
    [50, 332, '22%'], [250, 332, money(s.net, 'de'), { right: true }], [360, 332, money(s.tax, 'de'), { right: true }],
    [400, 370, 'Totale fattura EUR', { bold: true }], [545, 370, money(s.gross, 'de'), { bold: true, right: true }],
    [50, 420, 'Pagamento: rimessa diretta entro il ' + date('2025-03-31', 'slash')],
  ];
  return ['it-fattura-riepilogo-iva.pdf', await pdf('Fattura FPR 58/25', 'Times', [rows]),
    { documentType: 'invoice', invoiceNumber: 'FPR 58/25', invoiceDate: '2025-03-15', dueDate: '2025-03-31', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Italian nota di credito: positive amounts, as Italian credit notes print them.
doc(async () => {
  const s = sums([['Reso merce difettosa (rif. fattura 2025/0098)', 3, 4200]], 22);
  const rows = [
    [50, 50, 'Elettroforniture Ponente S.p.A.', { bold: true, size: 14 }],
    [50, 68, 'Via Prè 14, 16126 Genova · P. IVA IT02716450109'],
    [330, 120, 'Destinatario:'], [330, 134, 'Bar Pasticceria Righetti'], [330, 148, 'Via XX Settembre 2, 16121 Genova'],
    [50, 200, 'NOTA DI CREDITO N. NC-2025-007', { bold: true, size: 13 }],
    [50, 218, 'del ' + date('2025-04-02', 'slash')],
    [50, 232, 'Storno parziale della fattura n. 2025/0098 del ' + date('2025-03-10', 'slash')],
    [50, 270, 'Descrizione', { bold: true }], [330, 270, 'Q.tà', { bold: true }], [460, 270, 'Prezzo', { bold: true, right: true }], [545, 270, 'Importo', { bold: true, right: true }],
    ...itemRows(s.lines, 288, 16, 'de'),
    [360, 330, 'Totale imponibile'], [545, 330, money(s.net, 'de'), { right: true }],
    [360, 346, 'IVA 22%'], [545, 346, money(s.tax, 'de'), { right: true }],
    [360, 364, 'Totale nota di credito €', { bold: true }], [545, 364, money(s.gross, 'de'), { bold: true, right: true }],
  ];
  return ['it-nota-di-credito.pdf', await pdf('Nota di credito NC-2025-007', 'Helvetica', [rows]),
    { documentType: 'credit_note', invoiceNumber: 'NC-2025-007', invoiceDate: '2025-04-02', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Portuguese fatura: "Fatura n.º FT A/318", NIF, ISO dates, Total s/ IVA / IVA 23% / Total a pagar.
doc(async () => {
  const s = sums([['Manutenção de ar condicionado', 4, 6500], ['Filtro de substituição', 8, 1275]], 23);
  const rows = [
    [50, 50, 'Climatécnica do Norte, Lda.', { bold: true, size: 14 }],
    [50, 68, 'Rua de Santa Catarina 410, 4000-446 Porto'],
    [50, 82, 'NIF 509 871 234 · geral@climatecnica.example'],
    [330, 120, 'Exmo(s). Sr(s).'], [330, 134, 'Padaria Ribeiro & Filhos'], [330, 148, 'Av. da Boavista 77, 4100-112 Porto'], [330, 162, 'NIF 507 123 986'],
    [50, 210, 'Fatura n.º FT A/318', { bold: true, size: 13 }],
    [50, 228, 'Data de emissão: ' + date('2025-03-15', 'iso')],
    [50, 242, 'Data de vencimento: ' + date('2025-04-14', 'iso')],
    [50, 280, 'Descrição', { bold: true }], [330, 280, 'Qtd.', { bold: true }], [460, 280, 'Preço unit.', { bold: true, right: true }], [545, 280, 'Valor', { bold: true, right: true }],
    ...itemRows(s.lines, 298, 16, 'nb'),
    [360, 350, 'Total s/ IVA'], [545, 350, money(s.net, 'nb') + ' €', { right: true }],
    [360, 366, 'IVA 23%'], [545, 366, money(s.tax, 'nb') + ' €', { right: true }],
    [360, 384, 'Total a pagar', { bold: true }], [545, 384, money(s.gross, 'nb') + ' €', { bold: true, right: true }],
    [50, 440, 'Processado por programa certificado n.º 0000/AT (exemplo)'],
  ];
  return ['pt-fatura-manutencao.pdf', await pdf('Fatura FT A/318', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: 'FT A/318', invoiceDate: '2025-03-15', dueDate: '2025-04-14', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Portuguese fatura: labels above values in boxes, long date, "Total (EUR)" in a box.
doc(async () => {
  const s = sums([['Tradução técnica PT-EN (palavras)', 3200, 9], ['Revisão', 1, 8000]], 23);
  const rows = [
    [50, 50, 'Palavra Certa Traduções, Unipessoal Lda.', { bold: true, size: 13 }],
    [50, 66, 'Praça do Comércio 5, 1100-148 Lisboa · NIF 516 204 881'],
    [50, 120, 'Cliente'], [50, 134, 'Editora Atlântico, S.A.'], [50, 148, 'Rua Augusta 120, 1100-053 Lisboa'],
    [50, 190, 'FATURA', { bold: true, size: 16 }],
    [50, 216, 'Número', { bold: true }], [200, 216, 'Data', { bold: true }], [380, 216, 'Vencimento', { bold: true }],
    [50, 230, 'FT 2025/77'], [200, 230, date('2025-03-15', 'pt-long')], [380, 230, date('2025-04-15', 'dot')],
    [50, 270, 'Descrição', { bold: true }], [330, 270, 'Qtd.', { bold: true }], [460, 270, 'Preço', { bold: true, right: true }], [545, 270, 'Total', { bold: true, right: true }],
    ...itemRows(s.lines, 288, 16, 'de'),
    [300, 340, 'Incidência', { bold: true }], [400, 340, 'IVA (23%)', { bold: true }], [480, 340, 'Total (EUR)', { bold: true }],
    [350, 356, money(s.net, 'de'), { right: true }], [450, 356, money(s.tax, 'de'), { right: true }], [545, 356, money(s.gross, 'de'), { right: true }],
  ];
  return ['pt-fatura-traducao.pdf', await pdf('Fatura FT 2025/77', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: 'FT 2025/77', invoiceDate: '2025-03-15', dueDate: '2025-04-15', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Polish faktura VAT: Netto / VAT / Brutto summary table, "Razem do zapłaty: ... zł", ISO and dotted dates.
doc(async () => {
  const s = sums([['Usługa montażu regałów', 12, 18000], ['Regał magazynowy 2000 mm', 6, 42500]], 23);
  const rows = [
    [50, 50, 'FAKTURA VAT nr FV/2025/03/015', { bold: true, size: 14 }],
    [360, 50, 'Data wystawienia: ' + date('2025-03-15', 'iso')],
    [360, 64, 'Data sprzedaży: ' + date('2025-03-14', 'iso')],
    [50, 100, 'Sprzedawca', { bold: true }], [50, 114, 'Magazyny Wiślane Sp. z o.o.'], [50, 128, 'ul. Portowa 18, 80-555 Gdańsk'], [50, 142, 'NIP 584-271-90-33'],
    [330, 100, 'Nabywca', { bold: true }], [330, 114, 'Hurtownia Żak i Syn Sp. j.'], [330, 128, 'ul. Długa 4, 81-384 Gdynia'], [330, 142, 'NIP 958-160-72-45'],
    [50, 190, 'Nazwa towaru lub usługi', { bold: true }], [330, 190, 'Ilość', { bold: true }], [460, 190, 'Cena netto', { bold: true, right: true }], [545, 190, 'Wartość netto', { bold: true, right: true }],
    ...itemRows(s.lines, 208, 16, 'pl'),
    [250, 260, 'Stawka VAT', { bold: true }], [360, 260, 'Netto', { bold: true, right: true }], [450, 260, 'VAT', { bold: true, right: true }], [545, 260, 'Brutto', { bold: true, right: true }],
    [250, 276, '23%'], [360, 276, money(s.net, 'pl'), { right: true }], [450, 276, money(s.tax, 'pl'), { right: true }], [545, 276, money(s.gross, 'pl'), { right: true }],
    [50, 320, 'Razem do zapłaty: ' + money(s.gross, 'pl') + ' zł', { bold: true, size: 12 }],
    [50, 338, 'Słownie: pięć tysięcy siedemset dziewięćdziesiąt trzy złote 30/100'],
    [50, 360, 'Sposób płatności: przelew'], [50, 374, 'Termin płatności: ' + date('2025-03-29', 'dot')],
    [50, 388, 'Nr konta: PL61 1090 1014 0000 0712 1981 2874 (dane przykładowe)'],
  ];
  return ['pl-faktura-vat-magazyn.pdf', await pdf('Faktura FV/2025/03/015', 'Liberation', [rows]),
    { documentType: 'invoice', invoiceNumber: 'FV/2025/03/015', invoiceDate: '2025-03-15', dueDate: '2025-03-29', currency: 'PLN', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Polish faktura: long Polish date, "Do zapłaty ... PLN", totals right-aligned, 8% rate.
doc(async () => {
  const s = sums([['Catering firmowy, 40 osób', 40, 8500], ['Obsługa kelnerska', 5, 9000]], 8);
  const rows = [
    [50, 50, 'Smaki Mazowsza s.c.', { bold: true, size: 14 }],
    [50, 68, 'ul. Koszykowa 61, 00-667 Warszawa · NIP 701-003-41-27'],
    [330, 110, 'Nabywca:'], [330, 124, 'Biuro Rachunkowe Kowalczyk'], [330, 138, 'al. Jerozolimskie 96, 00-807 Warszawa'],
    [50, 180, 'Faktura nr 41/03/2025', { bold: true, size: 13 }],
    [50, 198, 'Warszawa, dnia ' + date('2025-03-15', 'pl-long')],
    [50, 240, 'Nazwa', { bold: true }], [330, 240, 'Ilość', { bold: true }], [460, 240, 'Cena', { bold: true, right: true }], [545, 240, 'Wartość', { bold: true, right: true }],
    ...itemRows(s.lines, 258, 16, 'pl'),
    [360, 310, 'Wartość netto'], [545, 310, money(s.net, 'pl') + ' PLN', { right: true }],
    [360, 326, 'VAT 8%'], [545, 326, money(s.tax, 'pl') + ' PLN', { right: true }],
    [360, 342, 'Wartość brutto'], [545, 342, money(s.gross, 'pl') + ' PLN', { right: true }],
    [360, 362, 'Do zapłaty', { bold: true }], [545, 362, money(s.gross, 'pl') + ' PLN', { bold: true, right: true }],
    [50, 410, 'Termin zapłaty: ' + date('2025-03-29', 'pl-long')],
  ];
  return ['pl-faktura-catering.pdf', await pdf('Faktura 41/03/2025', 'Liberation', [rows]),
    { documentType: 'invoice', invoiceNumber: '41/03/2025', invoiceDate: '2025-03-15', dueDate: '2025-03-29', currency: 'PLN', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Polish faktura korygująca (credit note), negative amounts.
doc(async () => {
  const s = sums([['Korekta ceny: rabat posprzedażowy', 1, -50000]], 23);
  const rows = [
    [50, 50, 'FAKTURA KORYGUJĄCA nr FK/2025/004', { bold: true, size: 14 }],
    [50, 70, 'Data wystawienia: ' + date('2025-04-03', 'dot')],
    [50, 84, 'Do faktury nr FV/2025/02/117 z dnia ' + date('2025-02-21', 'dot')],
    [50, 120, 'Sprzedawca: Drukarnia Orzeł Sp. z o.o., ul. Lipowa 3, 20-020 Lublin, NIP 712-290-18-54'],
    [50, 134, 'Nabywca: Księgarnia Pod Arkadami, ul. Grodzka 11, 20-112 Lublin'],
    [50, 180, 'Przyczyna korekty: rabat', { size: 9 }],
    [300, 220, 'Netto', { bold: true, right: true }], [400, 220, 'VAT 23%', { bold: true, right: true }], [500, 220, 'Brutto', { bold: true, right: true }],
    [50, 236, 'Różnica'], [300, 236, money(s.net, 'pl'), { right: true }], [400, 236, money(s.tax, 'pl'), { right: true }], [500, 236, money(s.gross, 'pl'), { right: true }],
    [50, 280, 'Kwota do zwrotu: ' + money(-s.gross, 'pl') + ' zł', { bold: true }],
  ];
  return ['pl-faktura-korygujaca.pdf', await pdf('Faktura korygująca FK/2025/004', 'Liberation', [rows]),
    { documentType: 'credit_note', invoiceNumber: 'FK/2025/004', invoiceDate: '2025-04-03', currency: 'PLN', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Dutch factuur: dashed dates, "€ 1.234,56", Subtotaal / BTW 21% / Te betalen, Vervaldatum.
doc(async () => {
  const s = sums([['Schilderwerk kozijnen', 18, 5250], ['Verf en materiaal', 1, 34780]], 21);
  const rows = [
    [50, 50, 'Schildersbedrijf Van Dalen B.V.', { bold: true, size: 14 }],
    [50, 68, 'Dorpsstraat 112, 3732 HJ De Bilt · KvK 30281947'],
    [50, 82, 'BTW-nr. NL812345678B01 · info@vandalen.example'],
    [330, 120, 'Fam. Hoekstra'], [330, 134, 'Julianalaan 9'], [330, 148, '3722 GK Bilthoven'],
    [50, 200, 'Factuurnummer', { bold: true }], [160, 200, '2025-0311'],
    [50, 214, 'Factuurdatum', { bold: true }], [160, 214, date('2025-03-15', 'dash')],
    [50, 228, 'Vervaldatum', { bold: true }], [160, 228, date('2025-04-14', 'dash')],
    [50, 270, 'Omschrijving', { bold: true }], [330, 270, 'Aantal', { bold: true }], [460, 270, 'Prijs', { bold: true, right: true }], [545, 270, 'Bedrag', { bold: true, right: true }],
    ...itemRows(s.lines, 288, 16, 'de'),
    [360, 340, 'Subtotaal'], [545, 340, '€ ' + money(s.net, 'de'), { right: true }],
    [360, 356, 'BTW 21%'], [545, 356, '€ ' + money(s.tax, 'de'), { right: true }],
    [360, 374, 'Te betalen', { bold: true }], [545, 374, '€ ' + money(s.gross, 'de'), { bold: true, right: true }],
    [50, 420, 'Gelieve het bedrag binnen 30 dagen over te maken onder vermelding van het factuurnummer.'],
  ];
  return ['nl-factuur-schilder.pdf', await pdf('Factuur 2025-0311', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: '2025-0311', invoiceDate: '2025-03-15', dueDate: '2025-04-14', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Dutch (Belgian) creditnota: "Totaal excl. btw", "Totaal incl. btw", negative amounts.
doc(async () => {
  const s = sums([['Creditering dubbel gefactureerde levering', 1, -42000]], 21);
  const rows = [
    [50, 50, 'Brouwerij De Kempen BV', { bold: true, size: 14 }],
    [50, 68, 'Markt 3, 2400 Mol · BTW BE 0712.345.619'],
    [330, 110, 'Café Het Anker'], [330, 124, 'Grote Markt 14, 2300 Turnhout'],
    [50, 170, 'CREDITNOTA', { bold: true, size: 16 }],
    [50, 194, 'Nummer: CN25-0019'],
    [50, 208, 'Datum: ' + date('2025-03-15', 'slash')],
    [50, 222, 'Betreft factuur 25-0203'],
    [50, 260, 'Omschrijving', { bold: true }], [545, 260, 'Bedrag', { bold: true, right: true }],
    [50, 276, s.lines[0].d], [545, 276, money(s.net, 'de') + ' EUR', { right: true }],
    [360, 320, 'Totaal excl. btw'], [545, 320, money(s.net, 'de') + ' EUR', { right: true }],
    [360, 336, 'Btw 21%'], [545, 336, money(s.tax, 'de') + ' EUR', { right: true }],
    [360, 352, 'Totaal incl. btw', { bold: true }], [545, 352, money(s.gross, 'de') + ' EUR', { bold: true, right: true }],
  ];
  return ['be-creditnota.pdf', await pdf('Creditnota CN25-0019', 'Helvetica', [rows]),
    { documentType: 'credit_note', invoiceNumber: 'CN25-0019', invoiceDate: '2025-03-15', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Swiss Rechnung: CHF, apostrophe thousands, MWST 8.1 %, "Zahlbar bis", UID.
doc(async () => {
  const s = sums([['Wartung Heizungsanlage', 6, 14500], ['Ersatzteil Umwälzpumpe', 1, 62850], ['Anfahrtspauschale', 1, 9500]], 8.1);
  const rows = [
    [50, 50, 'Haustechnik Bühlmann AG', { bold: true, size: 14 }],
    [50, 68, 'Seestrasse 88, 8810 Horgen'],
    [50, 82, 'UID CHE-114.587.302 MWST'],
    [330, 130, 'Frau'], [330, 144, 'Regula Amrein'], [330, 158, 'Bergweg 4, 8805 Richterswil'],
    [50, 210, 'Rechnung Nr. 25-0417', { bold: true, size: 13 }],
    [50, 228, 'Horgen, ' + date('2025-03-15', 'dot')],
    [50, 270, 'Beschreibung', { bold: true }], [330, 270, 'Menge', { bold: true }], [460, 270, 'Preis', { bold: true, right: true }], [545, 270, 'Betrag CHF', { bold: true, right: true }],
    ...itemRows(s.lines, 288, 16, 'ch'),
    [360, 350, 'Total exkl. MWST'], [545, 350, money(s.net, 'ch'), { right: true }],
    [360, 366, 'MWST 8.1%'], [545, 366, money(s.tax, 'ch'), { right: true }],
    [360, 384, 'Total CHF', { bold: true }], [545, 384, money(s.gross, 'ch'), { bold: true, right: true }],
    [50, 430, 'Zahlbar bis ' + date('2025-04-14', 'dot') + ' netto.'],
  ];
  return ['ch-rechnung-haustechnik.pdf', await pdf('Rechnung 25-0417', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: '25-0417', invoiceDate: '2025-03-15', dueDate: '2025-04-14', currency: 'CHF', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Swiss facture (French): CHF before the amount, TVA 8,1 %, "Échéance", "Montant total".
doc(async () => {
  const s = sums([['Développement module de réservation', 32, 13500]], 8.1);
  const rows = [
    [50, 50, 'Lémanweb Sàrl', { bold: true, size: 14 }],
    [50, 68, 'Rue du Simplon 12, 1006 Lausanne · IDE CHE-293.418.776 TVA'],
    [330, 120, 'Hôtel des Alpes SA'], [330, 134, 'Avenue de la Gare 3, 1950 Sion'],
    [50, 180, 'Facture 2025-031', { bold: true, size: 13 }],
    [50, 198, 'Lausanne, le ' + date('2025-03-15', 'fr-long')],
    [50, 240, 'Désignation', { bold: true }], [330, 240, 'Heures', { bold: true }], [460, 240, 'Tarif', { bold: true, right: true }], [545, 240, 'Montant', { bold: true, right: true }],
    ...itemRows(s.lines, 258, 16, 'ch'),
    [360, 300, 'Sous-total'], [545, 300, 'CHF ' + money(s.net, 'ch'), { right: true }],
    [360, 316, 'TVA 8,1 %'], [545, 316, 'CHF ' + money(s.tax, 'ch'), { right: true }],
    [360, 334, 'Montant total', { bold: true }], [545, 334, 'CHF ' + money(s.gross, 'ch'), { bold: true, right: true }],
    [50, 380, 'Échéance : ' + date('2025-04-14', 'dot')],
  ];
  return ['ch-facture-lemanweb.pdf', await pdf('Facture 2025-031', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: '2025-031', invoiceDate: '2025-03-15', dueDate: '2025-04-14', currency: 'CHF', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Austrian Rechnung: "15. März 2025", labels above values, Rechnungsbetrag, USt. 20 %, "zahlbar bis".
doc(async () => {
  const s = sums([['Fliesenverlegung Bad, m²', 14, 6800], ['Material Fliesenkleber', 6, 2390]], 20);
  const rows = [
    [50, 50, 'Fliesen Gruber e.U.', { bold: true, size: 14 }],
    [50, 68, 'Linzer Straße 45, 4600 Wels · UID ATU68123457'],
    [50, 120, 'Herrn'], [50, 134, 'Ing. Martin Steiner'], [50, 148, 'Kirchengasse 7, 4614 Marchtrenk'],
    [50, 200, 'RECHNUNG', { bold: true, size: 16 }],
    [50, 226, 'Rechnungsnummer', { bold: true }], [200, 226, 'Rechnungsdatum', { bold: true }], [380, 226, 'Kundennummer', { bold: true }],
    [50, 240, '2025-0088'], [200, 240, date('2025-03-15', 'de-long')], [380, 240, 'K-1207'],
    [50, 280, 'Leistung', { bold: true }], [330, 280, 'Menge', { bold: true }], [460, 280, 'Einzelpreis', { bold: true, right: true }], [545, 280, 'Gesamt', { bold: true, right: true }],
    ...itemRows(s.lines, 298, 16, 'de'),
    [360, 350, 'Nettobetrag'], [545, 350, '€ ' + money(s.net, 'de'), { right: true }],
    [360, 366, 'zzgl. 20 % USt.'], [545, 366, '€ ' + money(s.tax, 'de'), { right: true }],
    [360, 390, 'Rechnungsbetrag', { bold: true }],
    [545, 406, '€ ' + money(s.gross, 'de'), { bold: true, right: true }],
    [50, 450, 'Der Rechnungsbetrag ist zahlbar bis ' + date('2025-03-29', 'de-long') + ' ohne Abzug.'],
  ];
  return ['at-rechnung-fliesen.pdf', await pdf('Rechnung 2025-0088', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: '2025-0088', invoiceDate: '2025-03-15', dueDate: '2025-03-29', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// German Rechnung over two pages: table header repeated, "Übertrag", totals on page 2, Gesamtbetrag.
doc(async () => {
  const names = ['Schraube M6x20', 'Mutter M6', 'Unterlegscheibe 6,4', 'Winkel 40x40', 'Dübel 8 mm', 'Gewindestange M8', 'Kabelbinder 200 mm', 'Isolierband', 'Schlauchschelle 20-32', 'Scharnier 60 mm'];
  const items = Array.from({ length: 30 }, (_, i) => [`${names[i % 10]}, Pack ${1 + (i % 3)}`, 1 + ((i * 7) % 9), 120 + ((i * 137) % 2400)]);
  const s = sums(items, 19);
  const head = (y) => [[50, y, 'Artikel', { bold: true }], [330, y, 'Menge', { bold: true }], [460, y, 'Einzelpreis', { bold: true, right: true }], [545, y, 'Betrag', { bold: true, right: true }]];
  const first = s.lines.slice(0, 24);
  const carried = first.reduce((t, l) => t + l.a, 0);
  const p1 = [
    [50, 50, 'Schrauben-Centrale Weber GmbH & Co. KG', { bold: true, size: 13 }],
    [50, 66, 'Hafenstraße 12, 28217 Bremen · USt-IdNr. DE318204765'],
    [50, 110, 'Kfz-Werkstatt Lührs'], [50, 124, 'Am Deich 3, 27568 Bremerhaven'],
    [360, 110, 'Rechnungsnr.:'], [545, 110, 'R250315-22', { right: true }],
    [360, 124, 'Datum:'], [545, 124, date('2025-03-15', 'de-long'), { right: true }],
    [360, 138, 'Lieferdatum:'], [545, 138, date('2025-03-13', 'de-long'), { right: true }],
    [50, 180, 'Rechnung', { bold: true, size: 16 }],
    ...head(210), ...itemRows(first, 228, 16, 'de'),
    [360, 628, 'Übertrag'], [545, 628, money(carried, 'de'), { right: true }],
    [260, 800, 'Seite 1 von 2', { size: 8 }],
  ];
  const p2 = [
    [50, 50, 'Rechnung R250315-22 · Seite 2 von 2', { size: 9 }],
    ...head(80), [50, 98, 'Übertrag'], [545, 98, money(carried, 'de'), { right: true }],
    ...itemRows(s.lines.slice(24), 114, 16, 'de'),
    [360, 230, 'Summe netto'], [545, 230, money(s.net, 'de') + ' EUR', { right: true }],
    [360, 246, '19 % USt.'], [545, 246, money(s.tax, 'de') + ' EUR', { right: true }],
    [360, 264, 'Gesamtbetrag', { bold: true }], [545, 264, money(s.gross, 'de') + ' EUR', { bold: true, right: true }],
    [50, 310, 'Zahlungsziel: 14 Tage netto, fällig am ' + date('2025-03-29', 'dot') + '.'],
  ];
  return ['de-rechnung-zwei-seiten.pdf', await pdf('Rechnung R250315-22', 'Helvetica', [p1, p2]),
    { documentType: 'invoice', invoiceNumber: 'R250315-22', invoiceDate: '2025-03-15', dueDate: '2025-03-29', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Belgian facture: "15 mars 2025", 1 234,56 €, Total HTVA / TVA 21 % / Net à payer, Échéance.
doc(async () => {
  const s = sums([['Audit énergétique bâtiment', 1, 185000], ['Rapport PEB', 1, 32000]], 21);
  const rows = [
    [50, 50, 'Bureau d’études Lambotte SRL', { bold: true, size: 14 }],
    [50, 68, 'Rue de Fer 21, 5000 Namur · TVA BE 0823.614.970'],
    [330, 120, 'Commune de Gembloux'], [330, 134, 'Parc d’Épinoy 1, 5030 Gembloux'],
    [50, 180, 'Facture n° 2025/0088', { bold: true, size: 13 }],
    [50, 198, 'Date de facture : ' + date('2025-03-15', 'fr-long')],
    [50, 212, 'Échéance : ' + date('2025-04-14', 'fr-long')],
    [50, 226, 'Votre référence : BC-2025-114'],
    [50, 260, 'Description', { bold: true }], [330, 260, 'Qté', { bold: true }], [460, 260, 'Prix unitaire', { bold: true, right: true }], [545, 260, 'Montant', { bold: true, right: true }],
    ...itemRows(s.lines, 278, 16, 'fr'),
    [360, 330, 'Total HTVA'], [545, 330, money(s.net, 'fr') + ' €', { right: true }],
    [360, 346, 'TVA 21 %'], [545, 346, money(s.tax, 'fr') + ' €', { right: true }],
    [360, 364, 'Net à payer', { bold: true }], [545, 364, money(s.gross, 'fr') + ' €', { bold: true, right: true }],
    [50, 410, 'À verser sur le compte BE68 5390 0754 7034 (données fictives) avec la communication +++090/9337/55493+++'],
  ];
  return ['be-facture-bureau.pdf', await pdf('Facture 2025/0088', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: '2025/0088', invoiceDate: '2025-03-15', dueDate: '2025-04-14', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// French facture: totals as the last column of the items table, no-break-space thousands, Times.
doc(async () => {
  const s = sums([['Location nacelle 12 m (jour)', 3, 29000], ['Transport aller-retour', 1, 18000], ['Forfait nettoyage', 1, 4500]], 20);
  const rows = [
    [50, 50, 'Hauteurs Services SAS', { bold: true, size: 14 }],
    [50, 68, '8 avenue de la Libération, 33000 Bordeaux'],
    [50, 82, 'SIRET 812 345 678 00021 · TVA FR27812345678'],
    [330, 120, 'Charpentes Dubreuil'], [330, 134, 'ZA des Pins, 33610 Cestas'],
    [50, 180, 'FACTURE', { bold: true, size: 16 }],
    [50, 204, 'N° : FA-2025-0207'],
    [50, 218, 'Date : ' + date('2025-03-15', 'slash')],
    [50, 256, 'Désignation', { bold: true }], [330, 256, 'Qté', { bold: true }], [460, 256, 'PU HT', { bold: true, right: true }], [545, 256, 'Montant HT', { bold: true, right: true }],
    ...itemRows(s.lines, 274, 16, 'nb'),
    [330, 330, 'TOTAL HT'], [545, 330, money(s.net, 'nb'), { right: true }],
    [330, 346, 'TVA 20 %'], [545, 346, money(s.tax, 'nb'), { right: true }],
    [330, 362, 'TOTAL TTC', { bold: true }], [545, 362, money(s.gross, 'nb'), { bold: true, right: true }],
    [50, 400, 'Montants exprimés en euros.'],
    [50, 414, "Date d'échéance : " + date('2025-04-14', 'slash')],
    [50, 428, 'Pénalités de retard : trois fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 8 }],
  ];
  return ['fr-facture-nacelle.pdf', await pdf('Facture FA-2025-0207', 'Times', [rows]),
    { documentType: 'invoice', invoiceNumber: 'FA-2025-0207', invoiceDate: '2025-03-15', dueDate: '2025-04-14', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// French avoir: negative amounts, "Montant TTC", referenced invoice.
doc(async () => {
  const s = sums([['Remboursement article retourné', 1, -8990], ['Frais de port', 1, -590]], 20);
  const rows = [
    [50, 50, 'Maison Trévise SARL', { bold: true, size: 14 }],
    [50, 68, '41 rue de Trévise, 75009 Paris · TVA FR61493817265'],
    [330, 120, 'Mme Claire Fontaine'], [330, 134, '5 impasse des Lilas, 69003 Lyon'],
    [50, 180, 'AVOIR N° AV-2025-012', { bold: true, size: 14 }],
    [50, 200, 'Date : ' + date('2025-03-15', 'slash')],
    [50, 214, 'Facture d’origine : FA-2025-0177 du ' + date('2025-02-27', 'slash')],
    [50, 250, 'Désignation', { bold: true }], [545, 250, 'Montant HT', { bold: true, right: true }],
    ...s.lines.flatMap((l, i) => [[50, 266 + i * 16, l.d], [545, 266 + i * 16, money(l.a, 'fr') + ' €', { right: true }]]),
    [360, 320, 'Total HT'], [545, 320, money(s.net, 'fr') + ' €', { right: true }],
    [360, 336, 'TVA 20 %'], [545, 336, money(s.tax, 'fr') + ' €', { right: true }],
    [360, 352, 'Montant TTC', { bold: true }], [545, 352, money(s.gross, 'fr') + ' €', { bold: true, right: true }],
    [50, 400, 'Montant remboursé par virement sous 14 jours.'],
  ];
  return ['fr-avoir.pdf', await pdf('Avoir AV-2025-012', 'Helvetica', [rows]),
    { documentType: 'credit_note', invoiceNumber: 'AV-2025-012', invoiceDate: '2025-03-15', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Spanish factura: "Base imponible", "IVA 21%", "Importe total", "Vencimiento".
doc(async () => {
  const s = sums([['Reparación tejado (horas)', 16, 3800], ['Tejas cerámicas', 120, 145], ['Alquiler andamio', 1, 22000]], 21);
  const rows = [
    [50, 50, 'Reformas Guadalquivir S.L.', { bold: true, size: 14 }],
    [50, 68, 'Calle Betis 44, 41010 Sevilla · CIF B41829374'],
    [330, 120, 'Cliente:'], [330, 134, 'Comunidad de Propietarios Alameda 12'], [330, 148, 'Alameda de Hércules 12, 41002 Sevilla'], [330, 162, 'NIF H41928374'],
    [50, 200, 'FACTURA', { bold: true, size: 16 }],
    [50, 224, 'Nº factura: A-2025-0315'],
    [50, 238, 'Fecha: ' + date('2025-03-15', 'slash')],
    [50, 252, 'Vencimiento: ' + date('2025-04-14', 'slash')],
    [50, 290, 'Concepto', { bold: true }], [330, 290, 'Unidades', { bold: true }], [460, 290, 'Precio', { bold: true, right: true }], [545, 290, 'Importe', { bold: true, right: true }],
    ...itemRows(s.lines, 308, 16, 'de'),
    [360, 370, 'Base imponible'], [545, 370, money(s.net, 'de') + ' €', { right: true }],
    [360, 386, 'IVA 21%'], [545, 386, money(s.tax, 'de') + ' €', { right: true }],
    [360, 404, 'Importe total', { bold: true }], [545, 404, money(s.gross, 'de') + ' €', { bold: true, right: true }],
    [50, 450, 'Forma de pago: transferencia bancaria'],
  ];
  return ['es-factura-reformas.pdf', await pdf('Factura A-2025-0315', 'Helvetica', [rows]),
    { documentType: 'invoice', invoiceNumber: 'A-2025-0315', invoiceDate: '2025-03-15', dueDate: '2025-04-14', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// Spanish factura rectificativa (credit note), long date, negative amounts, "Total factura".
doc(async () => {
  const s = sums([['Abono por devolución de mercancía', 2, -12500]], 21);
  const rows = [
    [50, 50, 'Distribuciones Cantábrico S.A.', { bold: true, size: 14 }],
    [50, 68, 'Paseo de Pereda 30, 39004 Santander · CIF A39481726'],
    [330, 120, 'Ultramarinos Ruiz'], [330, 134, 'Calle Burgos 8, 39008 Santander'],
    [50, 180, 'FACTURA RECTIFICATIVA', { bold: true, size: 15 }],
    [50, 202, 'Número: R-2025-004'],
    [50, 216, 'Fecha de expedición: ' + date('2025-03-15', 'es-long')],
    [50, 230, 'Rectifica la factura F-2025-0231 de ' + date('2025-02-28', 'slash')],
    [50, 268, 'Concepto', { bold: true }], [330, 268, 'Cantidad', { bold: true }], [460, 268, 'Precio', { bold: true, right: true }], [545, 268, 'Importe', { bold: true, right: true }],
    ...itemRows(s.lines, 286, 16, 'de'),
    [360, 330, 'Base imponible'], [545, 330, money(s.net, 'de') + ' €', { right: true }],
    [360, 346, 'Cuota IVA 21%'], [545, 346, money(s.tax, 'de') + ' €', { right: true }],
    [360, 364, 'Total factura', { bold: true }], [545, 364, money(s.gross, 'de') + ' €', { bold: true, right: true }],
  ];
  return ['es-factura-rectificativa.pdf', await pdf('Factura rectificativa R-2025-004', 'Helvetica', [rows]),
    { documentType: 'credit_note', invoiceNumber: 'R-2025-004', invoiceDate: '2025-03-15', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// German Gutschrift printed with positive amounts (a refund), "Gutschriftsnummer", "Erstattungsbetrag".
doc(async () => {
  const s = sums([['Erstattung Seminargebühr (Storno)', 1, 39000]], 19);
  const rows = [
    [50, 50, 'Akademie Elbufer GmbH', { bold: true, size: 14 }],
    [50, 68, 'Elbchaussee 301, 22609 Hamburg · USt-IdNr. DE291837465'],
    [330, 120, 'Herr Jonas Petersen'], [330, 134, 'Möllner Landstraße 5, 22111 Hamburg'],
    [50, 180, 'Gutschrift', { bold: true, size: 16 }],
    [50, 204, 'Gutschriftsnummer:'], [170, 204, 'GS-25-0031'],
    [50, 218, 'Datum:'], [170, 218, date('2025-03-15', 'dot')],
    [50, 256, s.lines[0].d], [545, 256, money(s.net, 'de') + ' €', { right: true }],
    [360, 300, 'Netto'], [545, 300, money(s.net, 'de') + ' €', { right: true }],
    [360, 316, 'USt. 19 %'], [545, 316, money(s.tax, 'de') + ' €', { right: true }],
    [360, 334, 'Erstattungsbetrag', { bold: true }], [545, 334, money(s.gross, 'de') + ' €', { bold: true, right: true }],
    [50, 380, 'Der Betrag wird innerhalb von 7 Tagen auf Ihr Konto überwiesen.'],
  ];
  return ['de-gutschrift-erstattung.pdf', await pdf('Gutschrift GS-25-0031', 'Helvetica', [rows]),
    { documentType: 'credit_note', invoiceNumber: 'GS-25-0031', invoiceDate: '2025-03-15', currency: 'EUR', subtotal: s.net / 100, tax: s.tax / 100, total: s.gross / 100 }];
});

// ---------------------------------------------------------------------------------------------
// Till receipts: Courier on a narrow page, rendered by pdf.js at 200 dpi, then aged like thermal
// paper (faded grey ink, a lighter streak, a soft blur, grain) and saved as a small JPEG.
// ---------------------------------------------------------------------------------------------

async function thermal(file, rows, height) {
  const d = newDoc(file, [204, height]);
  d.addPage();
  d.rect(0, 0, 204, height).fill('#ffffff').fillColor('#000000');
  draw(d, rows, 'Courier');
  const bytes = await docToBuffer(d);
  const parser = new PDFParse({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS });
  let png;
  try {
    const shot = await parser.getScreenshot({ scale: 200 / 72, imageDataUrl: false, imageBuffer: true });
    png = Buffer.from(shot.pages[0].data);
  } finally {
    await parser.destroy();
  }
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height);
  const px = data.data;
  const rnd = prng(0x5eed ^ hash32(file));
  const streak = Math.floor(img.width * (0.3 + 0.4 * rnd()));
  const grey = new Float32Array(img.width * img.height);
  for (let i = 0; i < grey.length; i++) grey[i] = px[i * 4] / 255;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = y * img.width + x;
      // 3x3 box blur of the ink, then faded ink (~70 of 255) on slightly warm paper (~238).
      let s = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const yy = y + dy;
        const xx = x + dx;
        if (yy >= 0 && yy < img.height && xx >= 0 && xx < img.width) { s += grey[yy * img.width + xx]; n++; }
      }
      const ink = 1 - s / n;
      const fade = Math.abs(x - streak) < 10 ? 0.62 : 1;
      const paper = 238 - 6 * (y / img.height) + (rnd() - 0.5) * 14;
      const v = Math.max(0, Math.min(255, paper - ink * fade * (paper - 70)));
      px[i * 4] = px[i * 4 + 1] = px[i * 4 + 2] = v;
    }
  }
  ctx.putImageData(data, 0, 0);
  return canvas.toBuffer('image/jpeg', 72);
}

const L = 10;
const R = 194;
const line = (y, left, right, o = {}) => [[L, y, left, { size: 8, ...o }], ...(right ? [[R, y, right, { size: 8, right: true, ...o }]] : [])];
const centre = (y, text, o = {}) => [[102 - (text.length * (o.size ?? 8) * 0.6) / 2, y, text, { size: 8, ...o }]];

// German supermarket receipt: SUMME EUR, BAR, RÜCKGELD, MwSt table A/B.
doc(async () => {
  const rows = [
    ...centre(16, 'FRISCHEMARKT HOLSTEN', { bold: true, size: 9 }),
    ...centre(30, 'Ring 14, 24534 Neumünster'),
    ...centre(40, 'Tel. 04321 555 017'),
    ...line(62, 'Vollmilch 3,5% 1l', '1,19 B'),
    ...line(73, 'Bergkäse 200g', '3,49 B'),
    ...line(84, '2 x 0,89'),
    ...line(95, 'Brötchen Kaiser', '1,78 B'),
    ...line(106, 'Spülmittel 500ml', '1,45 A'),
    ...line(117, 'Pfand', '0,25 A'),
    ...line(136, 'SUMME EUR', '8,16', { bold: true, size: 10 }),
    ...line(154, 'BAR', '10,00'),
    ...line(165, 'RÜCKGELD', '1,84'),
    ...line(186, 'MwSt%   Netto   MwSt  Brutto'),
    ...line(197, 'A 19%    1,43   0,27    1,70'),
    ...line(208, 'B  7%    6,04   0,42    6,46'),
    ...line(230, date('2025-03-15', 'dot') + ' 14:32', 'Bon 4711'),
    ...line(241, 'Kasse 02  Bed. 17'),
    ...centre(262, 'Vielen Dank für Ihren Einkauf!'),
  ];
  return ['de-kassenbon-bar.jpg', await thermal('de-kassenbon-bar.jpg', rows, 285),
    { documentType: 'receipt', invoiceDate: '2025-03-15', currency: 'EUR', total: 8.16 }];
});

// German bakery receipt paid by card: "Gesamt", "Kartenzahlung", MwSt 7 % enthalten, 2-digit year.
doc(async () => {
  const rows = [
    ...centre(16, 'Bäckerei Hofmann', { bold: true, size: 9 }),
    ...centre(30, 'Marktplatz 2, 97070 Würzburg'),
    ...centre(40, 'St.-Nr. 257/123/45678'),
    ...line(60, 'Beleg-Nr. 20931', date('2025-03-15', 'dot').slice(0, 6) + '25 07:48'),
    ...line(80, '2 Laugenbrezel', '1,90'),
    ...line(91, 'Roggenbrot 750g', '4,20'),
    ...line(102, 'Kaffee to go', '2,80'),
    ...line(120, 'Gesamt', 'EUR 8,90', { bold: true, size: 10 }),
    ...line(138, 'Kartenzahlung girocard', '8,90'),
    ...line(156, 'enth. MwSt 7%', '0,58'),
    ...line(167, 'Netto', '8,32'),
    ...centre(190, 'Danke und bis bald!'),
  ];
  return ['de-kassenbon-karte.jpg', await thermal('de-kassenbon-karte.jpg', rows, 210),
    { documentType: 'receipt', invoiceDate: '2025-03-15', currency: 'EUR', total: 8.9 }];
});

// French receipt: TOTAL TTC, ESPECES, RENDU MONNAIE, TVA 5,5 % / 20 %.
doc(async () => {
  const rows = [
    ...centre(16, 'EPICERIE DU MARCHE', { bold: true, size: 9 }),
    ...centre(30, '12 place Carnot, 21000 Dijon'),
    ...centre(40, 'SIRET 523 456 789 00014'),
    ...line(60, date('2025-03-15', 'slash') + ' 11:06', 'Caisse 1'),
    ...line(80, 'MOUTARDE 210G', '2,35'),
    ...line(91, 'PAIN DE CAMPAGNE', '3,10'),
    ...line(102, 'COMTE 18 MOIS 250G', '6,90'),
    ...line(113, 'EAU GAZEUSE 1L', '0,95'),
    ...line(124, 'SAC PAPIER', '0,20'),
    ...line(142, 'TOTAL TTC', '13,50', { bold: true, size: 10 }),
    ...line(160, 'ESPECES', '20,00'),
    ...line(171, 'RENDU MONNAIE', '6,50'),
    ...line(190, 'TVA      HT     TVA    TTC'),
    ...line(201, '5,5%    12,61   0,69  13,30'),
    ...line(212, '20%      0,17   0,03   0,20'),
    ...centre(234, 'MERCI DE VOTRE VISITE'),
  ];
  return ['fr-ticket-especes.jpg', await thermal('fr-ticket-especes.jpg', rows, 255),
    { documentType: 'receipt', invoiceDate: '2025-03-15', currency: 'EUR', total: 13.5 }];
});

// ---------------------------------------------------------------------------------------------

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) rmSync(join(OUT, f));
const truth = {};
for (const make of DOCS) {
  const [file, bytes, t] = await make();
  writeFileSync(join(OUT, file), bytes);
  truth[file] = t;
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
process.stdout.write(`wrote ${DOCS.length} documents and truth.json to ${OUT}\n`);
