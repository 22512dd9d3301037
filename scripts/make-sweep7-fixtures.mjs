#!/usr/bin/env node
// Writes the seventh held-out sweep, fixtures/sweep7 (see fixtures/README.md): German and French
// invoices as real invoicing software lays them out, four other languages, a scanned and a
// photographed invoice, and eight till receipts (photographed / scanned images), plus truth.json.
// Data and truth come from make-sweep7-docs.mjs. Each page is laid out once as a list of drawing
// operations (text measured with pdfkit's Helvetica / Courier metrics), then drawn by pdfkit for a
// text PDF or by @napi-rs/canvas (Liberation Sans / Mono, metric twins of those fonts) for an image.
// Deterministic: seeded noise (scripts/lib/prng.mjs) and fixed PDF dates.
//
//   node scripts/make-sweep7-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';
import { sweep7Docs } from './make-sweep7-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep7');
const A4 = { w: 595.28, h: 841.89 };
const FIXED_DATE = new Date('2025-11-03T09:00:00Z');
const FONTS = '/usr/share/fonts/truetype/liberation';
GlobalFonts.registerFromPath(join(FONTS, 'LiberationSans-Regular.ttf'), 'S7Sans');
GlobalFonts.registerFromPath(join(FONTS, 'LiberationSans-Bold.ttf'), 'S7SansBold');
GlobalFonts.registerFromPath(join(FONTS, 'LiberationMono-Regular.ttf'), 'S7Mono');
GlobalFonts.registerFromPath(join(FONTS, 'LiberationMono-Bold.ttf'), 'S7MonoBold');

const PDF_FONT = { sans: 'Helvetica', sansBold: 'Helvetica-Bold', mono: 'Courier', monoBold: 'Courier-Bold' };
const CANVAS_FONT = { sans: 'S7Sans', sansBold: 'S7SansBold', mono: 'S7Mono', monoBold: 'S7MonoBold' };

// A scratch pdfkit document only to measure strings.
const meter = new PDFDocument({ autoFirstPage: false });
const width = (s, font, size) => meter.font(PDF_FONT[font]).fontSize(size).widthOfString(s);

/** Words of s wrapped to lines no wider than w. */
function wrap(s, font, size, w) {
  const out = [];
  let cur = '';
  for (const word of s.split(' ')) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && width(next, font, size) > w) {
      out.push(cur);
      cur = word;
    } else cur = next;
  }
  out.push(cur);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Layout: a document -> { size, ops } where ops are
//   { t: 'text', x, y, s, font, size, align: 'l' | 'r' | 'c', grey }   (y = top of the text)
//   { t: 'line', x1, y1, x2, y2, lw }   { t: 'rect', x, y, w, h, fill, stroke }

function layoutInvoice(d) {
  const ops = [];
  const text = (x, y, s, size = 9, font = 'sans', align = 'l', grey = 0) => ops.push({ t: 'text', x, y, s, font, size, align, grey });
  const L = 50;
  const R = A4.w - 50;
  let y = 48;
  for (const [s, size, bold] of d.letterhead) {
    text(L, y, s, size, bold ? 'sansBold' : 'sans');
    y += size * 1.35;
  }
  if (d.style === 'modern' || d.style === 'dense') ops.push({ t: 'line', x1: L, y1: y + 6, x2: R, y2: y + 6, lw: 0.6 });
  y = 140;
  if (d.sender) {
    text(L, y, d.sender, 6.5, 'sans', 'l', 0.35);
    ops.push({ t: 'line', x1: L, y1: y + 9, x2: L + width(d.sender, 'sans', 6.5), y2: y + 9, lw: 0.3 });
  }
  y = 156;
  for (const s of d.recipient) {
    text(L, y, s, 9.5);
    y += 12.5;
  }
  const metaStyle = d.metaStyle ?? 'right';
  if (metaStyle === 'right') {
    let my = 140;
    for (const [k, v] of d.meta) {
      if (width(k, 'sans', 8.5) + width(v, 'sans', 8.5) + 6 > R - 340) throw new Error(`${d.file}: meta "${k}" overlaps its value`);
      text(340, my, k, 8.5, 'sans', 'l', 0.25);
      text(R, my, v, 8.5, 'sans', 'r');
      my += 12.5;
    }
    y = Math.max(y, my);
  }
  if (d.place) text(R, y + 14, d.place, 9.5, 'sans', 'r');
  y = Math.max(y + 36, 250);
  if (metaStyle === 'grid') {
    const cw = (R - L) / d.meta.length;
    d.meta.forEach(([k, v], i) => {
      if (width(v, 'sansBold', 9) > cw - 8) throw new Error(`${d.file}: grid value "${v}" overflows its cell`);
      ops.push({ t: 'rect', x: L + i * cw, y, w: cw, h: 30, stroke: true });
      text(L + i * cw + 4, y + 4, k, 7, 'sans', 'l', 0.3);
      text(L + i * cw + 4, y + 16, v, 9, 'sansBold');
    });
    y += 44;
  }
  text(L, y, d.title, 14, 'sansBold');
  y += 24;
  if (metaStyle === 'line') {
    for (const [k, v] of d.meta) {
      text(L, y, `${k}: ${v}`, 9);
      y += 12;
    }
    y += 8;
  }
  for (const s of d.intro ?? []) {
    for (const ln of wrap(s, 'sans', 9, R - L)) {
      text(L, y, ln, 9);
      y += 12;
    }
    y += 2;
  }
  y += 6;
  // Table
  const size = d.rowSize ?? 9;
  const cols = [];
  let x = L;
  for (const [h, w, a] of d.columns) {
    cols.push({ h, x, w, a });
    x += w;
  }
  const scale = (R - L) / (x - L); // stretch the columns to the text width
  for (const c of cols) {
    c.x = L + (c.x - L) * scale;
    c.w *= scale;
  }
  const cx = (c) => (c.a === 'r' ? c.x + c.w - 3 : c.x + 3);
  if (d.style === 'modern' || d.style === 'dense' || d.style === 'grid') ops.push({ t: 'rect', x: L, y: y - 3, w: R - L, h: size + 8, fill: 0.9 });
  for (const c of cols) {
    if (width(c.h, 'sansBold', size) > c.w - 4) throw new Error(`${d.file}: header "${c.h}" overflows its column`);
    text(cx(c), y, c.h, size, 'sansBold', c.a);
  }
  y += size + 6;
  ops.push({ t: 'line', x1: L, y1: y - 1, x2: R, y2: y - 1, lw: 0.6 });
  y += 3;
  for (const row of d.rows) {
    let h = 1;
    row.forEach((cell, i) => {
      const c = cols[i];
      const lines = c.a === 'l' ? wrap(cell, 'sans', size, c.w - 6) : [cell];
      if (lines.some((ln) => width(ln, 'sans', size) > c.w - 4)) throw new Error(`${d.file}: cell "${cell}" overflows its column`);
      lines.forEach((ln, j) => text(cx(c), y + j * (size + 3), ln, size, 'sans', c.a));
      h = Math.max(h, lines.length);
    });
    y += h * (size + 3) + (d.style === 'dense' ? 2 : 5);
    if (d.style === 'grid') ops.push({ t: 'line', x1: L, y1: y - 3, x2: R, y2: y - 3, lw: 0.2 });
  }
  ops.push({ t: 'line', x1: L, y1: y, x2: R, y2: y, lw: 0.6 });
  y += 10;
  // Totals
  const box = d.totalsStyle === 'box';
  const tl = box ? 330 : 300;
  const t0 = y;
  if (box) y += 6;
  for (const [k, v, bold] of d.totals) {
    const f = bold ? 'sansBold' : 'sans';
    const sz = bold ? 10 : 9;
    if (bold && !box) ops.push({ t: 'line', x1: tl, y1: y - 3, x2: R, y2: y - 3, lw: 0.4 });
    if (box) text(tl + 8, y, k, sz, f);
    else text(R - 110, y, k, sz, f, 'r');
    text(box ? R - 8 : R, y, v, sz, f, 'r');
    y += sz + 6;
  }
  if (box) ops.push({ t: 'rect', x: tl, y: t0, w: R - tl, h: y - t0, stroke: true, lw: 1 });
  y += 18;
  for (const s of d.after ?? []) {
    for (const ln of wrap(s, 'sans', 8.5, R - L)) {
      text(L, y, ln, 8.5);
      y += 11.5;
    }
  }
  let fy = A4.h - 30 - (d.footer?.length ?? 0) * 9.5;
  ops.push({ t: 'line', x1: L, y1: fy - 5, x2: R, y2: fy - 5, lw: 0.3 });
  for (const s of d.footer ?? []) {
    text(A4.w / 2, fy, s, 6.5, 'sans', 'c', 0.3);
    fy += 9.5;
  }
  if (y > fy - 20) throw new Error(`${d.file}: page overflows (${y.toFixed(0)} > ${fy - 20})`);
  return { size: A4, ops };
}

/** A thermal receipt: monospace rows, 32 columns. */
function layoutReceipt(d) {
  const size = 9;
  const pad = 14;
  const W = width('M', 'mono', size) * 32 + 2 * pad;
  const ops = [];
  let y = 22;
  for (const r of d.rows) {
    const sz = size * (r.size ?? 1);
    const font = r.b ? 'monoBold' : 'mono';
    const grey = r.fade ?? 0;
    if (r.s !== undefined) {
      if (r.s) ops.push({ t: 'text', x: r.a === 'c' ? W / 2 : pad, y, s: r.s, font, size: sz, align: r.a ?? 'l', grey });
    } else {
      if (r.l) ops.push({ t: 'text', x: pad, y, s: r.l, font, size: sz, align: 'l', grey });
      if (r.r) ops.push({ t: 'text', x: W - pad, y, s: r.r, font, size: sz, align: 'r', grey });
    }
    y += sz * 1.45;
  }
  return { size: { w: W, h: y + 26 }, ops };
}

// ---------------------------------------------------------------------------------------------
// Drawing

async function drawPdf(page) {
  const doc = new PDFDocument({ size: [page.size.w, page.size.h], margin: 0, info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'docparse sweep7 generator', Creator: 'make-sweep7-fixtures.mjs' } });
  for (const o of page.ops) {
    if (o.t === 'text') {
      const g = Math.round(o.grey * 255);
      doc.fillColor([g, g, g]).font(PDF_FONT[o.font]).fontSize(o.size);
      const w = doc.widthOfString(o.s);
      const x = o.align === 'r' ? o.x - w : o.align === 'c' ? o.x - w / 2 : o.x;
      doc.text(o.s, x, o.y, { lineBreak: false });
    } else if (o.t === 'line') {
      doc.lineWidth(o.lw ?? 0.5).strokeColor('black').moveTo(o.x1, o.y1).lineTo(o.x2, o.y2).stroke();
    } else if (o.t === 'rect') {
      if (o.fill != null) doc.rect(o.x, o.y, o.w, o.h).fillColor([o.fill * 255, o.fill * 255, o.fill * 255]).fill();
      if (o.stroke) doc.lineWidth(o.lw ?? 0.5).rect(o.x, o.y, o.w, o.h).strokeColor('black').stroke();
    }
  }
  return docToBuffer(doc);
}

/** The page drawn on a canvas at `scale` px per pt, paper colour `paper`, ink darkness `ink`. */
function drawCanvas(page, scale, paper = '#ffffff', ink = 20, fadeAll = 0) {
  const c = createCanvas(Math.round(page.size.w * scale), Math.round(page.size.h * scale));
  const ctx = c.getContext('2d');
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.scale(scale, scale);
  for (const o of page.ops) {
    if (o.t === 'text') {
      const fade = Math.min(1, o.grey + fadeAll * (1 - o.grey));
      const g = Math.round(ink + (225 - ink) * fade);
      ctx.fillStyle = `rgb(${g},${g},${g})`;
      ctx.font = `${o.size}px ${CANVAS_FONT[o.font]}`;
      ctx.textBaseline = 'top';
      ctx.textAlign = o.align === 'r' ? 'right' : o.align === 'c' ? 'center' : 'left';
      ctx.fillText(o.s, o.x, o.y + o.size * 0.05);
    } else if (o.t === 'line') {
      ctx.strokeStyle = `rgb(${ink},${ink},${ink})`;
      ctx.lineWidth = o.lw ?? 0.5;
      ctx.beginPath();
      ctx.moveTo(o.x1, o.y1);
      ctx.lineTo(o.x2, o.y2);
      ctx.stroke();
    } else if (o.t === 'rect') {
      if (o.fill != null) {
        const g = Math.round(o.fill * 255);
        ctx.fillStyle = `rgb(${g},${g},${g})`;
        ctx.fillRect(o.x, o.y, o.w, o.h);
      }
      if (o.stroke) {
        ctx.strokeStyle = `rgb(${ink},${ink},${ink})`;
        ctx.lineWidth = o.lw ?? 0.5;
        ctx.strokeRect(o.x, o.y, o.w, o.h);
      }
    }
  }
  return c;
}

/**
 * A photo or scan of the page canvas: keystone (top narrower, as a phone held above the lower
 * edge), rotation, a desk or scanner-lid background, a soft shadow, seeded specks.
 */
function photograph(src, fx, seed) {
  const rnd = prng(seed);
  const margin = fx.desk ? Math.round(src.width * 0.12) : Math.round(src.width * 0.03);
  const out = createCanvas(src.width + 2 * margin, src.height + 2 * margin);
  const ctx = out.getContext('2d');
  ctx.fillStyle = fx.desk ? '#6b5a48' : fx.keystone ? '#8a8580' : '#f2f2f2';
  ctx.fillRect(0, 0, out.width, out.height);
  // Keystone into an intermediate canvas, slice by slice.
  let page = src;
  if (fx.keystone) {
    page = createCanvas(src.width, src.height);
    const p = page.getContext('2d');
    p.fillStyle = ctx.fillStyle;
    p.fillRect(0, 0, page.width, page.height);
    for (let y = 0; y < src.height; y += 2) {
      const w = src.width * (1 - fx.keystone * (1 - y / src.height));
      p.drawImage(src, 0, y, src.width, 2, (src.width - w) / 2, y, w, 2);
    }
  }
  ctx.save();
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate(((fx.rotate ?? 0) * Math.PI) / 180);
  ctx.drawImage(page, -page.width / 2, -page.height / 2);
  ctx.restore();
  if (fx.shadow) {
    const g = ctx.createLinearGradient(0, 0, out.width, out.height * 0.3);
    g.addColorStop(0, 'rgba(0,0,0,0)');
    g.addColorStop(0.55, 'rgba(0,0,0,0.04)');
    g.addColorStop(1, 'rgba(0,0,0,0.28)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, out.width, out.height);
  }
  const specks = Math.round((fx.noise ?? 0.005) * out.width * out.height * 0.01);
  for (let i = 0; i < specks; i++) {
    const v = Math.round(rnd() * 120);
    ctx.fillStyle = `rgb(${v},${v},${v})`;
    ctx.fillRect(Math.round(rnd() * out.width), Math.round(rnd() * out.height), 1 + Math.round(rnd()), 1 + Math.round(rnd()));
  }
  return out;
}

async function render(d) {
  const seed = hash32(d.file);
  if (d.kind === 'pdf') return drawPdf(layoutInvoice(d));
  if (d.kind === 'scan-pdf') {
    const img = photograph(drawCanvas(layoutInvoice(d), 200 / 72, '#fbfbf8', 25), d.effects, seed);
    const jpeg = await img.encodeSync('jpeg', 50);
    const doc = new PDFDocument({ size: [A4.w * 1.06, A4.h * 1.06], margin: 0, info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'Scanner PDF', Creator: 'make-sweep7-fixtures.mjs' } });
    doc.image(jpeg, 0, 0, { width: A4.w * 1.06, height: A4.h * 1.06 });
    return docToBuffer(doc);
  }
  if (d.kind === 'photo') return photograph(drawCanvas(layoutInvoice(d), 170 / 72, '#f7f5ef', 30), d.effects, seed).encodeSync('jpeg', 55);
  // receipt
  return photograph(drawCanvas(layoutReceipt(d), 2.8, '#f3f1ec', 40, d.effects.fadeAll ?? 0), d.effects, seed).encodeSync('jpeg', 52);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of sweep7Docs()) {
  const buf = await render(d);
  writeFileSync(join(OUT, d.file), buf);
  truth[d.file] = d.truth;
  process.stdout.write(`${d.file}\t${(buf.length / 1024).toFixed(0)} KB\n`);
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
