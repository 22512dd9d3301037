#!/usr/bin/env node
// Generates fixtures/sweep2: the second held-out sweep (see fixtures/README.md), 25 documents with
// their truth in truth.json (the format scripts/sweep-eval.mjs reads).
//
//   node scripts/make-sweep2-fixtures.mjs
//
// Written from how such documents are printed, without reading the extractor (src/extract/), its
// lexicon or tests, the first sweep's generator or its documents; nothing in the extractor was
// changed for them. Deterministic: fixed PDF dates (hence /ID), seeded noise on the receipts.
// Every party, address, tax id, bank account and number is invented (`.example` domains, sample
// IBANs, UK/US phone numbers from the drama ranges).

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS } from './make-sweep2-docs.mjs';
import { hash32, prng } from './lib/prng.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep2');
// Polish letters are outside the PDF standard fonts' WinAnsi encoding, so those invoices embed a TTF.
const TTF = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';
const TTF_BOLD = '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf';
const MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf';
const MONO_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf';

// ---------------------------------------------------------------------------------------------
// Locale formatting (by hand, not Intl, so the bytes never depend on the ICU build)
// ---------------------------------------------------------------------------------------------

const NB = '\u00a0';
const SEP = { de: ['.', ','], it: ['.', ','], es: ['.', ','], nl: ['.', ','], fr: [NB, ','], pt: [NB, ','], pl: [NB, ','], en: [',', '.'] };
const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const p2 = (n) => String(n).padStart(2, '0');
const r2 = (n) => Math.round(n * 100) / 100;

/** 1234.5 -> "1.234,50" in the language's separators. */
function num(n, lang) {
  const [g, d] = SEP[lang];
  const neg = n < 0;
  const [i, f] = Math.abs(n).toFixed(2).split('.');
  return `${neg ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, g)}${d}${f}`;
}
const iso = (y, m, d) => `${y}-${p2(m)}-${p2(d)}`;
/** Date written as the documents of each language write it. */
function date(style, lang, [y, m, d]) {
  const mo = MONTHS[lang][m - 1];
  switch (style) {
    case 'dot': return `${p2(d)}.${p2(m)}.${y}`;
    case 'slash': return `${p2(d)}/${p2(m)}/${y}`;
    case 'dash': return `${p2(d)}-${p2(m)}-${y}`;
    case 'iso': return iso(y, m, d);
    case 'us': return `${p2(m)}/${p2(d)}/${y}`;
    case 'long': return lang === 'de' ? `${d}. ${mo} ${y}` : lang === 'en' ? `${d} ${mo} ${y}` : lang === 'es' || lang === 'pt' ? `${d} de ${mo} de ${y}` : `${d} ${mo} ${y}`;
    case 'uslong': return `${mo} ${d}, ${y}`;
    default: throw new Error(style);
  }
}

// ---------------------------------------------------------------------------------------------
// Amounts: items, discount, shipping and VAT rates worked out the way an invoicing program does
// ---------------------------------------------------------------------------------------------

/** Net prices: lines q x u, an optional discount on the goods, shipping at the first rate. */
function netTotals(items, { discountPct = 0, shipping = 0, rates }) {
  const lines = items.map((it) => ({ ...it, r: it.r ?? rates[0], amount: r2(it.q * it.u) }));
  const goods = r2(lines.reduce((s, l) => s + l.amount, 0));
  const discount = r2((goods * discountPct) / 100);
  const byRate = new Map();
  for (const l of lines) byRate.set(l.r, r2((byRate.get(l.r) ?? 0) + l.amount));
  if (discount) byRate.set(rates[0], r2(byRate.get(rates[0]) - discount)); // single-rate documents only
  if (shipping) byRate.set(rates[0], r2((byRate.get(rates[0]) ?? 0) + shipping));
  const breakdown = [...byRate].map(([rate, net]) => ({ rate, net, tax: r2((net * rate) / 100), gross: 0 }));
  for (const b of breakdown) b.gross = r2(b.net + b.tax);
  const subtotal = r2(breakdown.reduce((s, b) => s + b.net, 0));
  const tax = r2(breakdown.reduce((s, b) => s + b.tax, 0));
  return { lines, goods, discount, shipping, breakdown, subtotal, tax, total: r2(subtotal + tax) };
}

/** Prices including tax (one rate): the tax is the part of the gross total. */
function grossTotals(items, rate) {
  const lines = items.map((it) => ({ ...it, r: rate, amount: r2(it.q * it.u) }));
  const total = r2(lines.reduce((s, l) => s + l.amount, 0));
  const tax = r2((total * rate) / (100 + rate));
  return { lines, total, tax, subtotal: r2(total - tax), breakdown: [{ rate, net: r2(total - tax), tax, gross: total }] };
}

// ---------------------------------------------------------------------------------------------
// PDF layout
// ---------------------------------------------------------------------------------------------

const W = 595.28;
const LEFT = 50;
const RIGHT = W - 50;

function newDoc(spec) {
  const when = new Date(Date.UTC(2025, 1, 20, 9, 0, 0));
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, pdfVersion: '1.7', info: { Title: 'Sample document (invented data)', Creator: 'docparse scripts/make-sweep2-fixtures.mjs', Producer: 'PDFKit', CreationDate: when, ModDate: when } });
  if (spec.ttf) {
    doc.registerFont('R', TTF);
    doc.registerFont('B', TTF_BOLD);
  } else {
    doc.registerFont('R', spec.serif ? 'Times-Roman' : 'Helvetica');
    doc.registerFont('B', spec.serif ? 'Times-Bold' : 'Helvetica-Bold');
  }
  doc.addPage({ size: 'A4', margin: 0 });
  return doc;
}
const text = (doc, x, y, s, { size = 9, bold = false, align = 'left', width } = {}) => {
  doc.font(bold ? 'B' : 'R').fontSize(size);
  if (align === 'right') doc.text(s, x - (width ?? 200), y, { width: width ?? 200, align: 'right', lineBreak: false });
  else doc.text(s, x, y, { lineBreak: false });
};

/**
 * One invoice page set from a spec: letterhead left and contact lines right, the title, the
 * reference block ('box' right of the address, 'row' of labels over values, or free lines), the
 * addressee, the item table (breaking onto a new page), the totals block, an optional VAT table,
 * notes and a small-print footer.
 */
async function invoicePdf(spec) {
  const doc = newDoc(spec);
  const { lang } = spec;
  const money = spec.money ?? ((n) => num(n, lang));
  let y = 45;
  spec.head.forEach((l, i) => text(doc, LEFT, y + i * 12, l, { size: i === 0 ? 14 : 8.5, bold: i === 0 }));
  (spec.headRight ?? []).forEach((l, i) => text(doc, RIGHT, y + i * 11, l, { size: 8, align: 'right', width: 230 }));
  y = 150;
  if (spec.senderLine) text(doc, LEFT, y - 14, spec.senderLine, { size: 6.5 });
  spec.customer.forEach((l, i) => text(doc, LEFT, y + i * 12, l, { size: 9.5, bold: i === 0 && spec.customerLabel != null }));
  if (spec.metaStyle === 'box') {
    spec.meta.forEach(([k, v], i) => {
      text(doc, 330, y + i * 13, k, { size: 9 });
      text(doc, RIGHT, y + i * 13, v, { size: 9, align: 'right', width: 140 });
    });
  }
  y = Math.max(y + spec.customer.length * 12, spec.metaStyle === 'box' ? y + spec.meta.length * 13 : 0) + 25;
  text(doc, LEFT, y, spec.title, { size: 16, bold: true });
  y += 26;
  if (spec.metaStyle === 'row') {
    const w = (RIGHT - LEFT) / spec.meta.length;
    spec.meta.forEach(([k, v], i) => {
      text(doc, LEFT + i * w, y, k, { size: 7.5, bold: true });
      text(doc, LEFT + i * w, y + 11, v, { size: 9 });
    });
    y += 32;
  } else if (spec.metaStyle === 'lines') {
    spec.meta.forEach((l, i) => text(doc, LEFT, y + i * 13, l, { size: 9.5 }));
    y += spec.meta.length * 13 + 10;
  }
  for (const l of spec.intro ?? []) { text(doc, LEFT, y, l, { size: 9 }); y += 13; }
  if (spec.intro) y += 6;
  // Item table: description, quantity, unit price, (rate), amount.
  const cols = spec.cols; // [desc, qty, unit, rate|null, amount]
  const header = () => {
    text(doc, LEFT, y, cols[0], { size: 8, bold: true });
    text(doc, 330, y, cols[1], { size: 8, bold: true, align: 'right', width: 50 });
    text(doc, 420, y, cols[2], { size: 8, bold: true, align: 'right', width: 80 });
    if (cols[3]) text(doc, 460, y, cols[3], { size: 8, bold: true, align: 'right', width: 40 });
    text(doc, RIGHT, y, cols[4], { size: 8, bold: true, align: 'right', width: 80 });
    doc.moveTo(LEFT, y + 11).lineTo(RIGHT, y + 11).lineWidth(0.5).stroke();
    y += 16;
  };
  header();
  let page = 1;
  for (const l of spec.t.lines) {
    if (y > 740) {
      if (spec.pageFoot) text(doc, RIGHT, 800, spec.pageFoot(page), { size: 7.5, align: 'right' });
      doc.addPage({ size: 'A4', margin: 0 });
      page += 1;
      y = 50;
      if (spec.contHead) { text(doc, LEFT, y, spec.contHead, { size: 8.5 }); y += 20; }
      header();
    }
    text(doc, LEFT, y, l.d, { size: 8.5 });
    text(doc, 330, y, String(l.q).replace('.', SEP[lang][1]), { size: 8.5, align: 'right', width: 50 });
    text(doc, 420, y, num(l.u, lang), { size: 8.5, align: 'right', width: 80 });
    if (cols[3]) text(doc, 460, y, `${String(l.r).replace('.', SEP[lang][1])}%`, { size: 8.5, align: 'right', width: 40 });
    text(doc, RIGHT, y, num(l.amount, lang), { size: 8.5, align: 'right', width: 80 });
    y += 13;
  }
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(0.5).stroke();
  y += 10;
  if (y > 640 && spec.t.lines.length > 20) {
    if (spec.pageFoot) text(doc, RIGHT, 800, spec.pageFoot(page), { size: 7.5, align: 'right' });
    doc.addPage({ size: 'A4', margin: 0 });
    page += 1;
    y = 60;
  }
  for (const [k, v, bold] of spec.totals) {
    text(doc, 300, y, k, { size: bold ? 10 : 9, bold });
    text(doc, RIGHT, y, typeof v === 'number' ? money(v) : v, { size: bold ? 10 : 9, bold, align: 'right', width: 110 });
    if (bold) doc.moveTo(300, y - 3).lineTo(RIGHT, y - 3).lineWidth(0.5).stroke();
    y += bold ? 16 : 13;
  }
  if (spec.vatTable) {
    y += 12;
    const { title, headers, rows } = spec.vatTable;
    if (title) { text(doc, LEFT, y, title, { size: 8.5, bold: true }); y += 13; }
    const xs = [LEFT + 60, LEFT + 160, LEFT + 250, LEFT + 340];
    headers.forEach((h, i) => text(doc, xs[i], y, h, { size: 8, bold: true, align: 'right', width: 90 }));
    y += 12;
    for (const row of rows) { row.forEach((c, i) => text(doc, xs[i], y, c, { size: 8.5, align: 'right', width: 90 })); y += 12; }
  }
  y += 18;
  for (const l of spec.notes ?? []) { text(doc, LEFT, y, l, { size: 9 }); y += 13; }
  (spec.footer ?? []).forEach((l, i) => text(doc, LEFT, 770 + i * 9, l, { size: 6.8 }));
  if (spec.pageFoot && page > 1) text(doc, RIGHT, 800, spec.pageFoot(page), { size: 7.5, align: 'right' });
  return docToBuffer(doc);
}

// ---------------------------------------------------------------------------------------------
// Till receipts: a thermal print drawn with a monospace font, faded and speckled, saved as JPEG
// ---------------------------------------------------------------------------------------------

function receiptJpeg(name, lines) {
  GlobalFonts.registerFromPath(MONO, 'SweepMono');
  GlobalFonts.registerFromPath(MONO_BOLD, 'SweepMonoBold');
  const rnd = prng(hash32(name));
  const Wpx = 560; // 80 mm paper at ~180 dpi
  const lh = 30;
  const H = 60 + lines.length * lh + 40;
  const c = createCanvas(Wpx, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = 'rgb(246,244,238)';
  ctx.fillRect(0, 0, Wpx, H);
  let y = 50;
  for (const l of lines) {
    const [s, opt = ''] = Array.isArray(l) ? l : [l];
    const big = opt.includes('big');
    ctx.font = `${big ? 30 : 21}px ${opt.includes('b') ? 'SweepMonoBold' : 'SweepMono'}`;
    const ink = 40 + Math.floor(rnd() * 50); // thermal print fades unevenly line by line
    ctx.fillStyle = `rgb(${ink},${ink},${ink})`;
    const w = ctx.measureText(s).width;
    const x = opt.includes('c') ? (Wpx - w) / 2 : 24;
    ctx.fillText(s, x, y);
    y += big ? lh + 8 : lh;
  }
  // speckle and a lighter band where the print head wore
  const img = ctx.getImageData(0, 0, Wpx, H);
  const bandTop = Math.floor(rnd() * H * 0.6);
  for (let i = 0; i < img.data.length; i += 4) {
    const py = Math.floor(i / 4 / Wpx);
    let v = img.data[i];
    if (py > bandTop && py < bandTop + 60 && v < 200) v = Math.min(255, v + 55);
    if (rnd() < 0.004) v = 120 + Math.floor(rnd() * 80);
    img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
  }
  ctx.putImageData(img, 0, 0);
  return c.toBuffer('image/jpeg', 70);
}

/** Receipt lines with the item column padded to the paper's width (32 characters at this size). */
const row = (l, r, width = 40) => `${l}${' '.repeat(Math.max(1, width - l.length - r.length))}${r}`;

// ---------------------------------------------------------------------------------------------


async function main() {
  for (const f of [TTF, TTF_BOLD, MONO, MONO_BOLD]) if (!existsSync(f)) throw new Error(`missing font ${f} (Debian: fonts-liberation, fonts-dejavu-core)`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const truth = {};
  for (const d of DOCS({ num, date, iso, netTotals, grossTotals, row })) {
    const bytes = d.receipt ? receiptJpeg(d.file, d.receipt) : await invoicePdf(d);
    writeFileSync(join(OUT, d.file), bytes);
    truth[d.file] = d.truth;
  }
  writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  process.stdout.write(`wrote ${Object.keys(truth).length} documents to ${OUT}\n`);
}

await main();
