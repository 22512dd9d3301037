#!/usr/bin/env node
// Writes fixtures/sweep13/ (the thirteenth held-out sweep, see fixtures/README.md): the documents
// described by scripts/make-sweep13-docs.mjs, laid out once as drawing operations and rendered
// either with pdfkit (text PDFs) or with @napi-rs/canvas (scans, photos, till receipts), then
// truth.json. Deterministic: fixed PDF dates, seeded noise.
//
//   node scripts/make-sweep13-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas } from '@napi-rs/canvas';
import { GlobalFonts } from '@napi-rs/canvas';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';
import { DOCS } from './make-sweep13-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep13');
const FONTS = '/usr/share/fonts/truetype';
const CREATED = new Date('2025-11-20T09:00:00Z');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Regular.ttf`, 'LSans');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Bold.ttf`, 'LSansBold');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSansMono.ttf`, 'Mono');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSansMono-Bold.ttf`, 'MonoBold');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSerif-Italic.ttf`, 'Hand');

// ---------------------------------------------------------------- layout: A4 invoice -> ops

/** Lays an invoice description out as pages of drawing operations in PDF points (A4). */
function layoutInvoice(L) {
  const pages = [[]];
  let ops = pages[0];
  const T = (x, y, s, o = {}) => ops.push({ k: 't', x, y, s: String(s), size: o.size ?? 9, bold: !!o.bold, align: o.align ?? 'left', color: o.color });
  const R = (x1, y, x2, o = {}) => ops.push({ k: 'r', x1, y, x2, w: o.w ?? 0.6 });
  const newPage = () => { ops = []; pages.push(ops); return 50; };
  // letterhead
  const sx = L.senderRight ? 545 : 50;
  const sa = L.senderRight ? 'right' : 'left';
  T(sx, 40, L.sender[0], { size: 15, bold: true, align: sa });
  L.sender.slice(1).forEach((s, i) => T(sx, 60 + i * 11, s, { size: 8, align: sa }));
  // address window
  const cx = L.customerRight ? 330 : 50;
  T(cx, 128, L.senderLine, { size: 6.5 });
  R(cx, 137, cx + 210, { w: 0.3 });
  L.customer.forEach((s, i) => T(cx, 146 + i * 12, s, { size: 10 }));
  // meta block
  const mx = L.customerRight ? 50 : 330;
  L.meta.forEach(([k, v], i) => { T(mx, 140 + i * 12, k, { size: 8.5 }); T(mx + 215, 140 + i * 12, v, { size: 8.5, align: 'right' }); });
  let y = Math.max(230, 152 + L.meta.length * 12, 160 + L.customer.length * 12);
  T(50, y, L.title, { size: 15, bold: true });
  y += 26;
  for (const p of L.intro ?? []) { T(50, y, p, { size: 9 }); y += 13; }
  if (L.intro?.length) y += 6;
  // table
  const cols = L.cols;
  const xs = []; let x = 50;
  for (const c of cols) { xs.push(x); x += c.w; }
  const cellX = (i) => (cols[i].align === 'right' ? xs[i] + cols[i].w - 3 : xs[i]);
  const head = () => { cols.forEach((c, i) => T(cellX(i), y, c.h, { size: 8.5, bold: true, align: c.align ?? 'left' })); y += 4; R(50, y + 6, 545); y += 16; };
  head();
  for (const row of L.rows) {
    if (row.section) { T(50, y, row.section, { size: 9, bold: true }); y += 14; continue; }
    if (y > 740) {
      if (L.carry) { R(330, y - 4, 545); T(330, y + 6, L.carry.label, { size: 9, bold: true }); T(545, y + 6, L.carry.value, { size: 9, bold: true, align: 'right' }); }
      y = newPage();
      head();
    }
    row.forEach((s, i) => T(cellX(i), y, s, { size: 8.5, align: cols[i].align ?? 'left' }));
    y += 13;
  }
  R(50, y - 4, 545);
  y += 10;
  if (y > 690) y = newPage();
  const long = L.totals.some((t) => Array.isArray(t) && t[0].length > 34);
  const tx = L.totalsLeft ? 50 : long ? 240 : 330;
  for (const t of L.totals) {
    if (t.rule) { R(tx, y - 4, 545); y += 4; continue; }
    const [k, v, b] = t;
    T(tx, y, k, { size: b ? 10 : 9, bold: b });
    T(L.totalsLeft ? 290 : 545, y, v, { size: b ? 10 : 9, bold: b, align: 'right' });
    y += b ? 16 : 13;
  }
  y += 12;
  for (const p of L.after ?? []) { if (y > 780) y = newPage(); T(50, y, p, { size: 8.5 }); y += 12; }
  if (L.slip) { // a detachable payment slip (QR-bill style) at the foot of the last page
    y = 560;
    ops.push({ k: 'r', x1: 20, y, x2: 575, w: 0.5, dash: true });
    L.slip.forEach(([sx2, sy, s, o]) => T(sx2, y + sy, s, o ?? {}));
    ops.push({ k: 'box', x: 250, y: y + 60, w: 130, h: 130 });
  }
  for (const [i, pg] of pages.entries()) {
    ops = pg;
    (L.footer ?? []).forEach((s, j) => T(297, 800 + j * 9, s, { size: 6.5, align: 'center' }));
    if (pages.length > 1) T(545, 825, `${L.pageWord ?? 'Seite'} ${i + 1}/${pages.length}`, { size: 7, align: 'right' });
  }
  for (const [pi, p] of (L.extraPages ?? []).entries()) {
    ops = newPageOps(pages);
    p.forEach(([ex, ey, s, o]) => T(ex, ey, s, o ?? {}));
    void pi;
  }
  return pages;
}
const newPageOps = (pages) => { const o = []; pages.push(o); return o; };

/** A till receipt as ops on a narrow page: monospace lines, some bold, some handwritten. */
function layoutReceipt(R) {
  const ops = [];
  const cw = 7.2; // monospace advance at size 12
  R.lines.forEach((ln, i) => {
    const y = 20 + i * 15;
    if (ln == null) return;
    const s = typeof ln === 'string' ? ln : ln.s;
    const o = typeof ln === 'string' ? {} : ln;
    ops.push({ k: 't', x: 20, y, s, size: o.big ? 14 : 12, font: o.big ? 'monoBold' : 'mono', align: 'left' });
    // a value written by hand with a ballpoint beside the printed label
    if (o.hand) ops.push({ k: 't', x: 20 + 14 * cw, y: y - 3, s: o.hand, size: 17, font: 'hand', color: '#1a2f8a', align: 'left' });
  });
  return { ops, width: 40 + R.width * cw * 1.18, height: 40 + R.lines.length * 15 };
}

// ---------------------------------------------------------------- backends

async function renderPdf(pages, { font } = {}) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: 'Invoice', Producer: 'sweep13', CreationDate: CREATED, ModDate: CREATED } });
  if (font) { doc.registerFont('R', `${FONTS}/dejavu/DejaVuSans.ttf`); doc.registerFont('B', `${FONTS}/dejavu/DejaVuSans-Bold.ttf`); }
  const F = (b) => (font ? (b ? 'B' : 'R') : b ? 'Helvetica-Bold' : 'Helvetica');
  for (const ops of pages) {
    doc.addPage();
    for (const o of ops) {
      if (o.k === 'r') { doc.save().lineWidth(o.w); if (o.dash) doc.dash(3, { space: 3 }); doc.moveTo(o.x1, o.y).lineTo(o.x2, o.y).stroke(); doc.restore(); continue; }
      if (o.k === 'box') { drawQrLike(o, (x, y, w, h) => doc.rect(x, y, w, h).fill('#000')); continue; }
      doc.font(F(o.bold)).fontSize(o.size).fillColor(o.color ?? '#000');
      const w = doc.widthOfString(o.s);
      const x = o.align === 'right' ? o.x - w : o.align === 'center' ? o.x - w / 2 : o.x;
      doc.text(o.s, x, o.y, { lineBreak: false });
    }
  }
  return docToBuffer(doc);
}

/** A fake QR code: a seeded module grid with three finder squares (no data in it). */
function drawQrLike(o, fill) {
  const n = 25, m = o.w / n, rnd = prng(7);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const finder = (i < 7 && j < 7) || (i < 7 && j >= n - 7) || (i >= n - 7 && j < 7);
    const on = finder ? (Math.max(Math.abs((i % (n - 7)) - 3), Math.abs((j % (n - 7)) - 3)) !== 2) : rnd() < 0.5;
    if (on) fill(o.x + j * m, o.y + i * m, m, m);
  }
}

function renderCanvas(ops, wPt, hPt, scale, { ink = '#111', paper = '#fff' } = {}) {
  const c = createCanvas(Math.round(wPt * scale), Math.round(hPt * scale));
  const g = c.getContext('2d');
  g.fillStyle = paper; g.fillRect(0, 0, c.width, c.height);
  for (const o of ops) {
    if (o.k === 'r') { g.strokeStyle = ink; g.lineWidth = Math.max(1, o.w * scale); g.setLineDash(o.dash ? [3 * scale, 3 * scale] : []); g.beginPath(); g.moveTo(o.x1 * scale, o.y * scale); g.lineTo(o.x2 * scale, o.y * scale); g.stroke(); continue; }
    if (o.k === 'box') { g.fillStyle = ink; drawQrLike(o, (x, y, w, h) => g.fillRect(x * scale, y * scale, w * scale + 0.5, h * scale + 0.5)); continue; }
    const fam = o.font === 'mono' ? 'Mono' : o.font === 'monoBold' ? 'MonoBold' : o.font === 'hand' ? 'Hand' : o.bold ? 'LSansBold' : 'LSans';
    g.font = `${o.size * scale}px ${fam}`;
    g.fillStyle = o.color ?? ink;
    g.textBaseline = 'top';
    const w = g.measureText(o.s).width;
    const x = o.align === 'right' ? o.x * scale - w : o.align === 'center' ? o.x * scale - w / 2 : o.x * scale;
    g.fillText(o.s, x, o.y * scale);
  }
  return c;
}

// ---------------------------------------------------------------- capture effects

/**
 * A capture of a rendered page: keystone (top narrower than the bottom), curl (rows bowed), a turn,
 * a background around the sheet, a shadow gradient, dimming, blur and grain; all seeded.
 */
function capture(src, fx, seed) {
  const rnd = prng(seed);
  const pad = fx.pad ?? 0;
  const W = Math.round(src.width + 2 * pad), H = Math.round(src.height + 2 * pad);
  // keystone and curl, row by row
  const k = createCanvas(W, H);
  const g = k.getContext('2d');
  g.fillStyle = fx.bg ?? '#fff'; g.fillRect(0, 0, W, H);
  for (let y = 0; y < src.height; y++) {
    const t = y / src.height;
    const w = src.width * (1 - (fx.keystone ?? 0) * (1 - t));
    const dx = (src.width - w) / 2;
    const dy = (fx.curl ?? 0) * Math.sin(Math.PI * t);
    g.drawImage(src, 0, y, src.width, 1, pad + dx, pad + y + dy * 0, w, 1.5);
    if (fx.curl) { // bow the row sideways: the paper's edges lift
      g.fillStyle = `rgba(0,0,0,${0.08 * Math.abs(Math.sin(2 * Math.PI * t))})`;
      g.fillRect(pad + dx, pad + y, w, 1);
    }
  }
  // turn
  const r = createCanvas(W, H);
  const h = r.getContext('2d');
  h.fillStyle = fx.bg ?? '#fff'; h.fillRect(0, 0, W, H);
  h.translate(W / 2, H / 2); h.rotate(((fx.angle ?? 0) * Math.PI) / 180); h.translate(-W / 2, -H / 2);
  if (fx.blur) h.filter = `blur(${fx.blur}px)`;
  h.drawImage(k, 0, 0);
  h.setTransform(1, 0, 0, 1, 0, 0); h.filter = 'none';
  if (fx.shadow) {
    const gr = h.createLinearGradient(0, 0, W, H);
    gr.addColorStop(0, 'rgba(0,0,0,0)'); gr.addColorStop(0.55, 'rgba(0,0,0,0)'); gr.addColorStop(1, `rgba(0,0,0,${fx.shadow})`);
    h.fillStyle = gr; h.fillRect(0, 0, W, H);
  }
  // dimming, contrast, grain, 1-bit
  const img = h.getImageData(0, 0, W, H);
  const d = img.data;
  const dim = fx.dim ?? 1, lift = fx.lift ?? 0, grain = fx.grain ?? 0;
  for (let i = 0; i < d.length; i += 4) {
    const n = grain ? (rnd() - 0.5) * grain : 0;
    for (let j = 0; j < 3; j++) d[i + j] = Math.max(0, Math.min(255, d[i + j] * dim + lift + n));
    if (fx.bw) { const v = (d[i] + d[i + 1] + d[i + 2]) / 3 < 150 ? 0 : 255; d[i] = d[i + 1] = d[i + 2] = v; }
    if (fx.specks && rnd() < fx.specks) d[i] = d[i + 1] = d[i + 2] = 0;
  }
  h.putImageData(img, 0, 0);
  return r;
}

// ---------------------------------------------------------------- main

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const D of DOCS) {
  const seed = hash32(D.file);
  let buf;
  if (D.receipt) {
    const { ops, width, height } = layoutReceipt(D.receipt);
    const c = capture(renderCanvas(ops, width, height, D.scale ?? 2.2, { ink: D.ink }), D.fx ?? {}, seed);
    buf = await c.encodeSync('jpeg', D.quality ?? 75);
  } else {
    const pages = layoutInvoice(D.layout);
    if (D.image) {
      const s = (D.image.dpi ?? 150) / 72;
      const c = capture(renderCanvas(pages[0], 595, 842, s), D.fx ?? {}, seed);
      if (D.image.format === 'png') buf = await c.encodeSync('png');
      else if (D.image.format === 'pdf') {
        const jpg = await c.encodeSync('jpeg', D.quality ?? 60);
        const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Producer: 'scanner', CreationDate: CREATED, ModDate: CREATED } });
        doc.image(jpg, 0, 0, { width: 595, height: 842 });
        buf = await docToBuffer(doc);
      } else buf = await c.encodeSync('jpeg', D.quality ?? 72);
    } else buf = await renderPdf(pages, { font: D.unicodeFont });
  }
  writeFileSync(join(OUT, D.file), buf);
  truth[D.file] = D.truth;
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`wrote ${DOCS.length} documents to ${OUT}`);
