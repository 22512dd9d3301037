#!/usr/bin/env node
// Writes the eleventh held-out sweep (fixtures/sweep11: documents + truth.json), see
// fixtures/README.md. Data and truth come from scripts/make-sweep11-docs.mjs; this file lays them
// out: text PDFs with pdfkit, receipts and scans with @napi-rs/canvas (fixed seeds, fixed PDF date).
//
//   node scripts/make-sweep11-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';
import { FOLIO, INVOICES, RECEIPTS, invoiceTruth, money, receiptTruth, sumInvoice } from './make-sweep11-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep11');
const CREATED = new Date(Date.UTC(2025, 10, 20, 9, 0, 0));
const FONT_DIR = '/usr/share/fonts/truetype';
const FONTS = {
  dejavu: { R: `${FONT_DIR}/dejavu/DejaVuSans.ttf`, B: `${FONT_DIR}/dejavu/DejaVuSans-Bold.ttf` },
  liberation: { R: `${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, B: `${FONT_DIR}/liberation/LiberationSans-Bold.ttf` },
};
GlobalFonts.registerFromPath(FONTS.dejavu.R, 'S11 Sans');
GlobalFonts.registerFromPath(FONTS.dejavu.B, 'S11 Sans Bold');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansMono.ttf`, 'S11 Mono');

// ---------------------------------------------------------------- invoice layout (points, A4)

/** Quantity as printed in the document's number style ("6,5", "1500"). */
const qty = (q, style) => (Number.isInteger(q) ? String(q) : String(q).replace('.', ['ch', 'chs', 'en'].includes(style) ? '.' : ','));

/**
 * Lays an invoice out as drawing operations in points: {text, x, y, size, bold, align} and
 * {line: [x1, y1, x2, y2]}. The same operations are drawn by pdfkit and by the canvas.
 */
function layoutInvoice(d) {
  const ops = [];
  const T = (text, x, y, o = {}) => ops.push({ text, x, y, size: o.size ?? 9.5, bold: !!o.bold, align: o.align ?? 'left' });
  const R = (x1, y1, x2, y2) => ops.push({ line: [x1, y1, x2, y2] });
  const s = sumInvoice(d.lines, d.taxes, d.sign ?? 1);
  const mo = (v) => money(v, d.style, { post: !!d.postMinus });
  const mc = (v) => money(v, d.style, { post: !!d.postMinus, ...d.cur });

  d.vendor.forEach((l, i) => T(l, 50, 48 + i * 13, { bold: i === 0, size: i === 0 ? 13 : 9.5 }));
  if (d.customerRight) {
    T(d.vendor.slice(0, 2).join(' · '), 330, 122, { size: 6.5 });
    d.customer.forEach((l, i) => T(l, 330, 136 + i * 13));
    d.meta.forEach(([k, v], i) => { T(`${k}:`, 50, 150 + i * 14); T(v, 160, 150 + i * 14); });
  } else {
    T(d.vendor.slice(0, 2).join(' · '), 50, 122, { size: 6.5 });
    d.customer.forEach((l, i) => T(l, 50, 136 + i * 13));
    d.meta.forEach(([k, v], i) => { T(k, 360, 136 + i * 14); T(v, 545, 136 + i * 14, { align: 'right' }); });
  }
  let y = 150 + Math.max(d.customer.length * 13, d.meta.length * 14) + 40;
  T(d.title, 50, y, { size: 15, bold: true });
  y += 34;
  const cols = [50, 370, 455, 545];
  T(d.head[0], cols[0], y, { bold: true });
  for (let i = 1; i < 4; i++) T(d.head[i], cols[i], y, { bold: true, align: 'right' });
  y += 14;
  if (!d.noRules) R(50, y, 545, y);
  y += 6;
  for (const r of s.rows) {
    T(r.d, cols[0], y);
    T(`${qty(r.q, d.style)}${r.unit ? ` ${r.unit}` : ''}`, cols[1], y, { align: 'right' });
    T(money(r.u, d.style, { post: !!d.postMinus }), cols[2], y, { align: 'right' });
    T(mo(r.net), cols[3], y, { align: 'right' });
    y += 17;
  }
  if (!d.noRules) R(50, y, 545, y);
  y += 16;
  // totals block: at the right margin, or at the left margin (values ending at x = 280)
  const [lx, vx] = d.totalsLeft ? [50, 280] : [300, 545];
  const tot = [[d.sub, mc(s.subtotal)]];
  for (const g of s.groups) for (const t of g.taxes) tot.push([s.groups.length > 1 || g.taxes.length > 1 ? `${t.label} auf ${mo(g.base)}`.replace(' auf ', d.file.startsWith('de') ? ' auf ' : ' sur ') : t.label, mc(t.amount)]);
  if (d.file.startsWith('bg') || d.file.startsWith('uk') || d.file.startsWith('sq')) for (const t of tot.slice(1)) t[0] = t[0].replace(/ (auf|sur) .*/, '');
  tot.forEach(([k, v]) => { T(k, lx, y); T(v, vx, y, { align: 'right' }); y += 15; });
  if (!d.noRules) R(lx, y - 3, vx, y - 3);
  y += 4;
  T(d.totalLabel, lx, y, { bold: true, size: 10.5 }); T(mc(s.total), vx, y, { bold: true, size: 10.5, align: 'right' });
  y += 36;
  for (const n of d.notes) { T(n, 50, y); y += 14; }
  T(d.vendor.join(' · '), 297, 800, { size: 6.5, align: 'center' });
  return { ops, s };
}

async function invoicePdf(d, ops) {
  // Cyrillic and Albanian need an embedded font; the others alternate between the standard
  // Helvetica (not embedded, as many office suites print) and an embedded Liberation Sans.
  const f = /^(bg|uk|sq)/.test(d.file) ? FONTS.dejavu : hash32(d.file) % 3 === 0 ? FONTS.liberation : { R: 'Helvetica', B: 'Helvetica-Bold' };
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: CREATED, Producer: 'sweep11', Title: d.title } });
  doc.registerFont('R', f.R);
  doc.registerFont('B', f.B);
  for (const o of ops) {
    if (o.line) { doc.moveTo(o.line[0], o.line[1]).lineTo(o.line[2], o.line[3]).lineWidth(0.6).stroke('#333'); continue; }
    doc.font(o.bold ? 'B' : 'R').fontSize(o.size);
    const w = doc.widthOfString(o.text);
    const x = o.align === 'right' ? o.x - w : o.align === 'center' ? o.x - w / 2 : o.x;
    doc.fillColor('#111').text(o.text, x, o.y, { lineBreak: false });
  }
  return docToBuffer(doc);
}

/** Draws layout operations on a white page canvas at dpi. */
function invoiceCanvas(ops, dpi, ink = '#151515') {
  const k = dpi / 72;
  const cv = createCanvas(Math.round(595 * k), Math.round(842 * k));
  const g = cv.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, cv.width, cv.height);
  g.fillStyle = ink; g.strokeStyle = ink; g.textBaseline = 'top';
  for (const o of ops) {
    if (o.line) { g.lineWidth = 0.6 * k; g.beginPath(); g.moveTo(o.line[0] * k, o.line[1] * k); g.lineTo(o.line[2] * k, o.line[3] * k); g.stroke(); continue; }
    g.font = `${o.size * k}px ${o.bold ? '"S11 Sans Bold"' : '"S11 Sans"'}`;
    g.textAlign = o.align;
    g.fillText(o.text, o.x * k, o.y * k);
  }
  return cv;
}

// ---------------------------------------------------------------- receipts (monospace lines)

const WIDTH = 38;

/** A receipt's printed lines as text rows of WIDTH characters. */
function receiptRows(lines, width = WIDTH) {
  return lines.map((l) => {
    if (typeof l === 'string') return l;
    if (l.center !== undefined) return l.center.padStart(Math.floor((width + l.center.length) / 2)).padEnd(width);
    const [a, b] = l;
    return a + ' '.repeat(Math.max(1, width - a.length - b.length)) + b;
  });
}

/** Thermal paper: monospace rows on a warm white strip. */
function receiptCanvas(rows, { px = 19, ink = '#1b1b1b', paper = '#fbfaf6', width = WIDTH } = {}) {
  const cw = px * 0.602;
  const cv = createCanvas(Math.round(width * cw + 2 * px), Math.round(rows.length * px * 1.32 + 3 * px));
  const g = cv.getContext('2d');
  g.fillStyle = paper; g.fillRect(0, 0, cv.width, cv.height);
  g.fillStyle = ink; g.textBaseline = 'top'; g.font = `${px}px "S11 Mono"`;
  rows.forEach((r, i) => g.fillText(r, px, Math.round(1.5 * px + i * px * 1.32)));
  return cv;
}

// ---------------------------------------------------------------- photo and scan treatments

/**
 * Places a page on a desk: keystone (top narrower by `key`), turned by `deg`, a shadow gradient
 * from one side, optional waves (crumpled paper) and blur; returns the new canvas.
 */
function photograph(src, rnd, { deg = 0, key = 0, bg = '#6b5a48', shadow = 0.35, wave = 0, blur = 1, margin = 0.12 } = {}) {
  const W = src.width, H = src.height;
  // keystone and waves: row by row into an intermediate canvas
  const mid = createCanvas(W, H);
  const m = mid.getContext('2d');
  const phase = rnd() * 6;
  for (let y = 0; y < H; y++) {
    const f = 1 - key * (1 - y / H);
    const off = (W * (1 - f)) / 2 + wave * Math.sin(y / 37 + phase) + wave * 0.6 * Math.sin(y / 11 + phase * 2);
    m.drawImage(src, 0, y, W, 1, off, y, W * f, 1);
  }
  if (wave) for (let y = 0; y < H; y += 4) {
    const a = 0.10 * (0.5 + 0.5 * Math.sin(y / 37 + phase));
    m.fillStyle = `rgba(40,30,20,${a.toFixed(3)})`; m.fillRect(0, y, W, 4);
  }
  const pad = Math.round(Math.max(W, H) * margin);
  const out = createCanvas(W + 2 * pad, H + 2 * pad);
  const g = out.getContext('2d');
  g.fillStyle = bg; g.fillRect(0, 0, out.width, out.height);
  for (let i = 0; i < 1500; i++) { g.fillStyle = `rgba(0,0,0,${(rnd() * 0.08).toFixed(3)})`; g.fillRect(rnd() * out.width, rnd() * out.height, 3, 3); }
  g.save(); g.translate(out.width / 2, out.height / 2); g.rotate((deg * Math.PI) / 180); g.drawImage(mid, -W / 2, -H / 2); g.restore();
  const grad = g.createLinearGradient(0, 0, out.width, out.height * 0.4);
  grad.addColorStop(0, 'rgba(0,0,0,0)'); grad.addColorStop(0.55, 'rgba(0,0,0,0)'); grad.addColorStop(1, `rgba(0,0,0,${shadow})`);
  g.fillStyle = grad; g.fillRect(0, 0, out.width, out.height);
  return soften(out, blur);
}

/** Slight blur: down- and up-scaling by `f`. */
function soften(cv, f) {
  if (f <= 1) return cv;
  const small = createCanvas(Math.round(cv.width / f), Math.round(cv.height / f));
  small.getContext('2d').drawImage(cv, 0, 0, small.width, small.height);
  const out = createCanvas(cv.width, cv.height);
  out.getContext('2d').drawImage(small, 0, 0, out.width, out.height);
  return out;
}

/** Faded thermal print or a pale copy: ink pulled toward the paper, uneven streaks. */
function fade(cv, rnd, amount) {
  const g = cv.getContext('2d');
  const img = g.getImageData(0, 0, cv.width, cv.height);
  const p = img.data;
  const cols = Array.from({ length: cv.width }, (_, x) => amount * (0.8 + 0.35 * Math.sin(x / 23 + 1)));
  for (let i = 0; i < p.length; i += 4) {
    const x = (i / 4) % cv.width;
    const a = Math.min(0.9, cols[x]);
    for (let c = 0; c < 3; c++) p[i + c] = Math.round(p[i + c] + (236 - p[i + c]) * a);
  }
  g.putImageData(img, 0, 0);
  return cv;
}

/** A flatbed scan: grey, turned, specks. */
function scan(src, rnd, deg) {
  const out = createCanvas(src.width, src.height);
  const g = out.getContext('2d');
  g.fillStyle = '#f2f2f0'; g.fillRect(0, 0, out.width, out.height);
  g.save(); g.translate(out.width / 2, out.height / 2); g.rotate((deg * Math.PI) / 180); g.drawImage(src, -src.width / 2, -src.height / 2); g.restore();
  for (let i = 0; i < 900; i++) { g.fillStyle = `rgba(0,0,0,${(0.3 + rnd() * 0.5).toFixed(2)})`; g.fillRect(rnd() * out.width, rnd() * out.height, 1 + rnd() * 2, 1 + rnd() * 2); }
  return out;
}

const jpeg = (cv, q) => cv.encodeSync('jpeg', q);

// ---------------------------------------------------------------- the folio

function folioRows() {
  const m = (v) => money(v, 'de');
  const s = FOLIO.s;
  return receiptRows([
    { center: 'HOTEL ZUR ALTEN POST' }, { center: 'Marktstraße 11 · 87629 Füssen' }, { center: 'USt-IdNr. DE129884130' }, '',
    'Herrn Dr. Peter Anselm', 'Rosenweg 4, 50997 Köln', '',
    ['RECHNUNG Nr. 250309-1187', 'Zimmer 214'], ['Anreise 06.03.2025', 'Abreise 09.03.2025'], ['Datum 09.03.2025', 'Seite 1/1'], '-'.repeat(52),
    ...FOLIO.items.map((i) => [`${i.d}  ${i.c}`, m(i.g)]), '-'.repeat(52),
    ['Gesamtbetrag EUR', m(s.total)],
    ['Visa **** 9921  09.03.2025', `-${m(s.total)}`],
    ['Saldo EUR', '0,00'], '',
    ['MwSt   Satz     Netto     MwSt', 'Brutto'],
    ...s.table.map((t) => [`${t.c}      ${String(t.pct).padStart(2)} %  ${m(t.net).padStart(8)} ${m(t.tax).padStart(8)}`, m(t.gross)]),
    ['Summe        ' + m(s.net).padStart(8) + ' ' + m(s.tax).padStart(8), m(s.total)], '',
    { center: 'Vielen Dank für Ihren Besuch!' },
  ], 52);
}

// ---------------------------------------------------------------- main

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of INVOICES) {
  const { ops, s } = layoutInvoice(d);
  truth[d.file] = invoiceTruth(d, s);
  const rnd = prng(hash32(d.file));
  if (!d.image) writeFileSync(join(OUT, d.file), await invoicePdf(d, ops));
  else if (d.image === 'photo') {
    const page = invoiceCanvas(ops, 105);
    writeFileSync(join(OUT, d.file), await jpeg(photograph(page, rnd, { deg: -2.2, key: 0.07, shadow: 0.45, blur: 1.25, margin: 0.06 }), 72));
  } else {
    const page = scan(invoiceCanvas(ops, 150, '#2a2a2a'), rnd, 0.7);
    const img = await jpeg(page, 55);
    const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: CREATED, Producer: 'sweep11 scan' } });
    doc.image(img, 0, 0, { width: 595, height: 842 });
    writeFileSync(join(OUT, d.file), await docToBuffer(doc));
  }
}

const EFFECTS = {
  angle: (cv, rnd) => photograph(cv, rnd, { deg: 7.5, key: 0.08, shadow: 0.4, blur: 1.15, bg: '#8a7560' }),
  perspective: (cv, rnd) => photograph(cv, rnd, { deg: -3, key: 0.12, shadow: 0.5, blur: 1.2, bg: '#3f4a55' }),
  crumple: (cv, rnd) => photograph(cv, rnd, { deg: 2, key: 0.03, shadow: 0.3, wave: 4, blur: 1.1, bg: '#5b4b3a' }),
  faded: (cv, rnd) => photograph(fade(cv, rnd, 0.55), rnd, { deg: -1.5, key: 0.02, shadow: 0.2, blur: 1.1, bg: '#9c9c98' }),
  lowcontrast: (cv, rnd) => photograph(fade(cv, rnd, 0.42), rnd, { deg: 4, key: 0.05, shadow: 0.55, blur: 1.2, bg: '#7d786f' }),
};
for (const r of RECEIPTS) {
  truth[r.file] = receiptTruth(r, r.s);
  const rnd = prng(hash32(r.file));
  const cv = receiptCanvas(receiptRows(r.lines), r.effect === 'lowcontrast' ? { ink: '#3a3a3a', paper: '#ecebe6' } : {});
  writeFileSync(join(OUT, r.file), await jpeg(EFFECTS[r.effect](cv, rnd), 74));
}
{
  truth[FOLIO.file] = FOLIO.truth;
  const rnd = prng(hash32(FOLIO.file));
  const cv = receiptCanvas(folioRows(), { width: 52, px: 17, paper: '#ffffff' });
  writeFileSync(join(OUT, FOLIO.file), await jpeg(EFFECTS[FOLIO.effect](cv, rnd), 72));
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`wrote ${Object.keys(truth).length} documents to ${OUT}`);
