#!/usr/bin/env node
// Lays out the ninth held-out sweep (fixtures/sweep9, data and truth in make-sweep9-docs.mjs):
// text PDFs with pdfkit; scans, photos and till receipts drawn with @napi-rs/canvas, turned,
// faded, curled or crumpled, saved as JPEG or wrapped in an image-only PDF. Deterministic: fixed
// creation dates, seeded randomness (scripts/lib/prng.mjs), pdfkit's font-subset tags seeded too.
//
//   node scripts/make-sweep9-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { hash32, prng } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS } from './make-sweep9-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep9');
const FIELDS = ['invoiceNumber', 'invoiceDate', 'dueDate', 'total', 'subtotal', 'tax', 'currency', 'documentType'];
const LIB = '/usr/share/fonts/truetype/liberation/';
const DJV = '/usr/share/fonts/truetype/dejavu/';
const FONTS = {
  sans: LIB + 'LiberationSans-Regular.ttf', sansB: LIB + 'LiberationSans-Bold.ttf',
  serif: LIB + 'LiberationSerif-Regular.ttf', serifB: LIB + 'LiberationSerif-Bold.ttf',
  mono: DJV + 'DejaVuSansMono.ttf', monoB: DJV + 'DejaVuSansMono-Bold.ttf', hand: DJV + 'DejaVuSerifCondensed-Italic.ttf',
};
for (const [k, p] of Object.entries(FONTS)) GlobalFonts.registerFromPath(p, `s9${k}`);
const SIZES = { A4: [595.28, 841.89], A5: [419.53, 595.28] };
const CREATED = new Date(Date.UTC(2025, 11, 1, 9, 0, 0));

// ---------------- invoice layout -> pages of drawing operations (points, top-left origin) ----------------
/** Rough width of a string in points (layout only; renderers measure exactly for right alignment). */
const approxW = (s, size) => s.length * size * 0.5;
function wrap(s, size, width) {
  const out = [];
  let cur = '';
  for (const w of s.split(' ')) {
    if (cur && approxW(`${cur} ${w}`, size) > width) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
  }
  out.push(cur);
  return out;
}

function layoutInvoice(d) {
  let [W, H] = SIZES[d.size ?? 'A4'];
  if (d.landscape) [W, H] = [H, W];
  const small = d.size === 'A5';
  const M = small ? 30 : 50;
  const f = d.font ?? 'sans';
  const pages = [];
  let ops = [];
  const T = (x, y, s, size = 9, o = {}) => ops.push({ t: 'text', x, y, s, size, font: o.bold ? `${f}B` : f, align: o.align ?? 'left', color: o.color });
  const L = (x1, y1, x2, y2, w = 0.6) => ops.push({ t: 'line', x1, y1, x2, y2, w });
  const R = (x, y, w, h) => ops.push({ t: 'rect', x, y, w, h });
  const tabs = d.layout === 'tabs';
  const fs = small ? 7.5 : 9;

  // letterhead
  let y = small ? 28 : 42;
  if (tabs) {
    d.vendor.forEach((s, i) => T(W - M, y + i * 12, s, i ? 9 : 13, { bold: !i, align: 'right' }));
  } else {
    d.vendor.forEach((s, i) => T(M, y + (i ? 4 : 0) + i * (fs + 3), s, i ? fs : fs + 5, { bold: !i }));
  }
  // recipient
  let ya = small ? 95 : 140;
  if (d.sender) { T(M, ya - 12, d.sender, 6.5); L(M, ya - 3, M + approxW(d.sender, 6.5) * 0.95, ya - 3, 0.4); }
  d.customer.forEach((s, i) => T(M, ya + i * (fs + 4), s, fs + 1));
  let yEnd = ya + d.customer.length * (fs + 4);
  // meta
  const meta = d.meta ?? [];
  const style = tabs ? 'lines' : (d.metaStyle ?? 'right');
  if (style === 'right') {
    const x = W - M - (small ? 150 : 215);
    meta.forEach(([k, v], i) => { T(x, ya + i * 13, k, fs); T(W - M, ya + i * 13, v, fs, { align: 'right', bold: i === 0 }); });
    yEnd = Math.max(yEnd, ya + meta.length * 13);
  }
  if (style === 'left') {
    let yy = yEnd + 18;
    meta.forEach(([k, v]) => { T(M, yy, `${k}:`, fs); T(M + 110, yy, v, fs); yy += 13; });
    yEnd = yy;
  }
  y = yEnd + 22;
  if (style === 'grid') {
    const cw = (W - 2 * M) / meta.length;
    R(M, y, W - 2 * M, 30);
    meta.forEach(([k, v], i) => {
      if (i) L(M + i * cw, y, M + i * cw, y + 30);
      T(M + i * cw + 4, y + 4, k, 7);
      T(M + i * cw + 4, y + 16, v, 9, { bold: true });
    });
    y += 48;
  }
  T(M, y, d.title, tabs ? 16 : small ? 12 : 15, { bold: true });
  y += tabs ? 30 : 26;
  if (style === 'lines') {
    meta.forEach(([k, v]) => { T(M, y, k, 10); T(M + 130, y, v, 10); y += 14; });
    y += 14;
  }
  for (const p of d.intro ?? []) for (const l of wrap(p, fs, W - 2 * M)) { T(M, y, l, fs); y += fs + 4; }
  if (d.intro) y += 8;

  // table
  const cols = d.columns;
  const scale = (W - 2 * M) / cols.reduce((a, c) => a + c.w, 0);
  const xs = [];
  let acc = M;
  for (const c of cols) { xs.push([acc, acc + c.w * scale]); acc += c.w * scale; }
  const head = () => {
    if (!tabs) L(M, y - 4, W - M, y - 4);
    cols.forEach((c, i) => T(c.a === 'r' ? xs[i][1] - 3 : xs[i][0] + 2, y, c.h, fs - 0.5, { bold: true, align: c.a === 'r' ? 'right' : 'left' }));
    y += fs + 6;
    L(M, y - 3, W - M, y - 3, tabs ? 0.3 : 0.6);
    y += 3;
  };
  head();
  const per = d.rowsPerPage ?? 1e9;
  d.rows.forEach((row, r) => {
    if (r && r % per === 0) {
      T(W - M, H - 70, `Page ${pages.length + 1}/2 – à reporter`, 8, { align: 'right' });
      pages.push(ops);
      ops = [];
      y = 50;
      T(M, y, `${d.title} ${meta[0]?.[1] ?? ''} (suite)`, 11, { bold: true });
      y += 30;
      head();
    }
    row.forEach((cell, i) => T(cols[i].a === 'r' ? xs[i][1] - 3 : xs[i][0] + 2, y, cell, fs - 0.5, { align: cols[i].a === 'r' ? 'right' : 'left' }));
    y += fs + 5;
  });
  if (!tabs) L(M, y, W - M, y);
  y += 14;
  // totals
  const tw = d.totalsWidth ?? (small ? 170 : 230);
  const tx = W - M - tw;
  const y0 = y;
  for (const [k, v, b] of d.totals) {
    T(tx + (d.totalsStyle === 'box' ? 8 : 0), y, k, fs, { bold: b === 'b' });
    T(W - M - (d.totalsStyle === 'box' ? 8 : 0), y, v, fs, { bold: b === 'b', align: 'right' });
    y += fs + 5;
  }
  if (d.totalsStyle === 'box') { R(tx, y0 - 7, tw, y - y0 + 6); L(tx, y - 21, W - M, y - 21, 0.4); y += 8; }
  const totalsBox = { x: tx, y: y0, w: tw, h: y - y0 };
  y += 16;
  for (const p of d.notes ?? []) { if (!p) { y += 8; continue; } for (const l of wrap(p, fs, W - 2 * M)) { T(M, y, l, fs); y += fs + 4; } }
  if (d.signoff) { y += 20; T(W - M - 200, y, d.signoff, 10); T(W - M - 200, y + 40, 'Pour la société, le gérant', 8); }
  // footer
  const fy = H - (small ? 30 : 48);
  L(M, fy - 6, W - M, fy - 6, 0.4);
  d.footer.forEach((s, i) => T(W / 2, fy + i * 9, s, 6.5, { align: 'center' }));
  if (pages.length) T(W - M, H - 70, `Page ${pages.length + 1}/2`, 8, { align: 'right' });
  pages.push(ops);
  return { W, H, pages, totalsBox };
}

// ---------------- renderers ----------------
async function toPdf(doc, layout) {
  const pdf = new PDFDocument({ size: [layout.W, layout.H], margin: 0, autoFirstPage: false, info: { Title: doc.file, Producer: 'sweep9', Creator: 'sweep9', CreationDate: CREATED, ModDate: CREATED } });
  // The PDF base-14 fonts (WinAnsi, as most invoicing software embeds nothing), a TrueType font only
  // for text outside WinAnsi (Hungarian ő, ű).
  const std = { sans: 'Helvetica', sansB: 'Helvetica-Bold', serif: 'Times-Roman', serifB: 'Times-Bold' };
  const winAnsi = layout.pages.flat().every((o) => o.t !== 'text' || !/[őűŐŰ]/.test(o.s));
  for (const [k, p] of Object.entries(FONTS)) pdf.registerFont(k, winAnsi && std[k] ? std[k] : p);
  for (const ops of layout.pages) {
    pdf.addPage({ size: [layout.W, layout.H], margin: 0 });
    for (const o of ops) {
      if (o.t === 'text') {
        pdf.font(o.font).fontSize(o.size).fillColor(o.color ?? '#111');
        const w = pdf.widthOfString(o.s);
        const x = o.align === 'right' ? o.x - w : o.align === 'center' ? o.x - w / 2 : o.x;
        pdf.text(o.s, x, o.y, { lineBreak: false });
      } else if (o.t === 'line') pdf.lineWidth(o.w).moveTo(o.x1, o.y1).lineTo(o.x2, o.y2).strokeColor('#333').stroke();
      else if (o.t === 'rect') pdf.lineWidth(0.8).rect(o.x, o.y, o.w, o.h).strokeColor('#333').stroke();
    }
  }
  return docToBuffer(pdf);
}

/** One page's operations drawn on a white canvas at dpi. */
function pageCanvas(layout, ops, dpi) {
  const k = dpi / 72;
  const c = createCanvas(Math.round(layout.W * k), Math.round(layout.H * k));
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.textBaseline = 'top';
  for (const o of ops) {
    if (o.t === 'text') {
      g.font = `${o.size * k}px s9${o.font}`;
      g.fillStyle = o.color ?? '#111';
      g.textAlign = o.align === 'right' ? 'right' : o.align === 'center' ? 'center' : 'left';
      g.fillText(o.s, o.x * k, o.y * k);
    } else {
      g.strokeStyle = '#333';
      g.lineWidth = Math.max(1, (o.w ?? 0.8) * k);
      if (o.t === 'line') { g.beginPath(); g.moveTo(o.x1 * k, o.y1 * k); g.lineTo(o.x2 * k, o.y2 * k); g.stroke(); } else g.strokeRect(o.x * k, o.y * k, o.w * k, o.h * k);
    }
  }
  return c;
}

function stamp(g, k, box, s) {
  g.save();
  g.translate((box.x + box.w * 0.45) * k, (box.y + box.h * 0.4) * k);
  g.rotate((s.angle * Math.PI) / 180);
  g.globalAlpha = 0.78;
  g.strokeStyle = s.color;
  g.fillStyle = s.color;
  g.lineWidth = 2.2 * k;
  g.strokeRect(-75 * k, -26 * k, 150 * k, 56 * k);
  g.textAlign = 'center';
  g.textBaseline = 'top';
  s.lines.forEach((l, i) => { g.font = `${(i === 1 ? 14 : 10) * k}px s9sansB`; g.fillText(l, 0, (-20 + i * 16) * k); });
  g.restore();
}

/** Turns a drawn sheet by angle on a background, with specks: the look of a flatbed scan. */
function scanLook(src, angle, noise, rnd, bg = '#fff') {
  const c = createCanvas(src.width, src.height);
  const g = c.getContext('2d');
  g.fillStyle = bg;
  g.fillRect(0, 0, c.width, c.height);
  g.translate(c.width / 2, c.height / 2);
  g.rotate((angle * Math.PI) / 180);
  g.drawImage(src, -src.width / 2, -src.height / 2);
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.fillStyle = '#444';
  const n = Math.round(noise * c.width * c.height * 0.05);
  for (let i = 0; i < n; i++) g.fillRect(rnd() * c.width, rnd() * c.height, 1 + rnd() * 1.5, 1 + rnd() * 1.5);
  return c;
}

async function scanned(doc, rnd) {
  const layout = layoutInvoice(doc);
  const s = doc.scan;
  const k = s.dpi / 72;
  const jpgs = layout.pages.map((ops, i) => {
    const c = pageCanvas(layout, ops, s.dpi);
    if (s.stamp && i === layout.pages.length - 1) stamp(c.getContext('2d'), k, layout.totalsBox, s.stamp);
    return scanLook(c, s.angle * (i ? -0.7 : 1), s.noise, rnd, '#f4f4f2').encodeSync('jpeg', s.quality);
  });
  if (!s.pdf) return jpgs[0];
  const pdf = new PDFDocument({ size: [layout.W, layout.H], margin: 0, autoFirstPage: false, info: { Producer: 'Scanner', Creator: 'Scanner', CreationDate: CREATED, ModDate: CREATED } });
  for (const j of await Promise.all(jpgs)) { pdf.addPage({ size: [layout.W, layout.H], margin: 0 }); pdf.image(j, 0, 0, { width: layout.W, height: layout.H }); }
  return docToBuffer(pdf);
}

// ---------------- till receipts ----------------
async function receipt(doc, rnd) {
  const e = doc.effects;
  const cols = doc.cols ?? 40;
  const k = e.dpi / 72;
  const size = 8.2 * k;
  const cw = size * 0.602;
  const lh = size * 1.28;
  const pad = 14 * k;
  const pw = Math.round(cols * cw + 2 * pad);
  const ph = Math.round(doc.lines.length * lh + 2 * pad + 10 * k);
  const paper = createCanvas(pw, ph);
  const g = paper.getContext('2d');
  g.fillStyle = '#fbfaf5';
  g.fillRect(0, 0, pw, ph);
  g.textBaseline = 'top';
  doc.lines.forEach((l, i) => {
    const y = pad + i * lh;
    const fade = (e.fade ?? 0) * (0.5 + rnd() * 0.7);
    const v = Math.round(25 + 190 * Math.min(0.75, fade));
    g.fillStyle = `rgb(${v},${v},${v + 4})`;
    g.font = `${size}px s9mono`;
    const s = typeof l === 'string' ? l : l.s;
    g.fillText(s, pad, y);
    if (typeof l !== 'string') {
      g.strokeStyle = '#777';
      g.lineWidth = 1;
      const x0 = pad + (s.length + 1) * cw;
      g.beginPath(); g.moveTo(x0, y + size * 1.05); g.lineTo(pw - pad, y + size * 1.05); g.stroke();
      g.fillStyle = '#1d2f8a';
      g.font = `${size * 1.18}px s9hand`;
      let x = x0 + 4;
      for (const ch of l.hand) {
        g.save(); g.translate(x, y - size * 0.25 + (rnd() - 0.5) * size * 0.12); g.rotate((rnd() - 0.5) * 0.12 - 0.05); g.fillText(ch, 0, 0); g.restore();
        x += g.measureText(ch).width * (0.95 + rnd() * 0.15);
      }
    }
  });
  // the surface the slip lies on, larger than the slip, the slip turned on it
  const margin = 40 * k;
  const c = createCanvas(pw + 2 * margin, ph + 2 * margin);
  const s = c.getContext('2d');
  s.fillStyle = e.crumple || e.curl ? '#6d6a63' : '#d9d7d2';
  s.fillRect(0, 0, c.width, c.height);
  s.translate(c.width / 2, c.height / 2);
  s.rotate((e.angle * Math.PI) / 180);
  if (e.curl) {
    // the slip bowed along its length: strips shifted sideways on a curve, shading at the edges
    const strips = 60;
    for (let i = 0; i < strips; i++) {
      const y0 = (i * ph) / strips;
      const dx = Math.sin((i / strips) * Math.PI) * 9 * k;
      s.drawImage(paper, 0, y0, pw, ph / strips + 1, -pw / 2 + dx, -ph / 2 + y0, pw, ph / strips + 1);
    }
    const grad = s.createLinearGradient(-pw / 2, 0, pw / 2, 0);
    grad.addColorStop(0, 'rgba(0,0,0,0.32)'); grad.addColorStop(0.3, 'rgba(0,0,0,0)'); grad.addColorStop(0.75, 'rgba(0,0,0,0.04)'); grad.addColorStop(1, 'rgba(0,0,0,0.38)');
    s.fillStyle = grad;
    s.fillRect(-pw / 2 + 5 * k, -ph / 2, pw, ph);
  } else s.drawImage(paper, -pw / 2, -ph / 2);
  if (e.crumple) {
    // creases: thin light and dark wedges across the slip (clipped to it)
    s.save();
    s.beginPath(); s.rect(-pw / 2, -ph / 2, pw, ph); s.clip();
    for (let i = 0; i < 9; i++) {
      // a fold line across the slip: a soft shadow on one side, a thin highlight on the other
      s.save();
      s.translate((rnd() - 0.5) * pw, (rnd() - 0.5) * ph);
      s.rotate(rnd() * Math.PI);
      const d = (10 + rnd() * 18) * k;
      const sh = s.createLinearGradient(0, 0, 0, d);
      sh.addColorStop(0, `rgba(0,0,0,${0.1 + rnd() * 0.12})`);
      sh.addColorStop(1, 'rgba(0,0,0,0)');
      s.fillStyle = sh;
      s.fillRect(-2 * ph, 0, 4 * ph, d);
      s.fillStyle = 'rgba(255,255,255,0.35)';
      s.fillRect(-2 * ph, -1.2 * k, 4 * ph, 1.2 * k);
      s.restore();
    }
    s.restore();
  }
  s.setTransform(1, 0, 0, 1, 0, 0);
  if (e.shadow) {
    const grad = s.createLinearGradient(0, 0, c.width, c.height);
    grad.addColorStop(0, 'rgba(0,0,0,0)'); grad.addColorStop(0.55, 'rgba(0,0,0,0.05)'); grad.addColorStop(1, 'rgba(0,0,0,0.3)');
    s.fillStyle = grad;
    s.fillRect(0, 0, c.width, c.height);
  }
  return c.encodeSync('jpeg', e.quality);
}

// ---------------- main ----------------
mkdirSync(OUT, { recursive: true });
const truth = {};
const realRandom = Math.random;
for (const doc of DOCS) {
  const rnd = prng(hash32(doc.file));
  Math.random = prng(hash32(`${doc.file}#pdfkit`)); // pdfkit draws font-subset tags from Math.random
  let buf;
  try {
    if (doc.layout === 'receipt') buf = await receipt(doc, rnd);
    else if (doc.scan) buf = await scanned(doc, rnd);
    else buf = await toPdf(doc, layoutInvoice(doc));
  } finally {
    Math.random = realRandom;
  }
  writeFileSync(join(OUT, doc.file), buf);
  truth[doc.file] = Object.fromEntries(FIELDS.filter((k) => k in doc.truth).map((k) => [k, doc.truth[k]]));
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`wrote ${DOCS.length} documents to ${OUT}`);
