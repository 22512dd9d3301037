#!/usr/bin/env node
// Writes fixtures/sweep3/: the third held-out sweep (see fixtures/README.md, "Third held-out sweep").
// Made without reading the extractor (src/extract/) or the earlier sweeps' documents, so the
// layouts are shaped by how real invoices and till receipts look, not by the code.
//
//   node scripts/make-sweep3-fixtures.mjs
//
// This file is the layout engine (drawing surfaces, page blocks, thermal receipts, the "scan");
// the documents, their numbers and their truth are in scripts/make-sweep3-docs.mjs.
// Deterministic: fixed PDF dates (hence the /ID), seeded noise, no clock.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';
import { INVOICES, RECEIPTS, SCANS } from './make-sweep3-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep3');
const FONT_DIRS = { liberation: '/usr/share/fonts/truetype/liberation', dejavu: '/usr/share/fonts/truetype/dejavu' };
/** Embedded fonts, for scripts WinAnsi (pdfkit's built-in Helvetica) cannot write: ł ř č ₹. */
const TTF = {
  liberation: [join(FONT_DIRS.liberation, 'LiberationSans-Regular.ttf'), join(FONT_DIRS.liberation, 'LiberationSans-Bold.ttf')],
  dejavu: [join(FONT_DIRS.dejavu, 'DejaVuSans.ttf'), join(FONT_DIRS.dejavu, 'DejaVuSans-Bold.ttf')],
};
const A4 = { w: 595.28, h: 841.89 };

// ---------------------------------------------------------------- drawing surfaces (points, top-left)

/** A pdfkit page behind the small drawing API the page blocks use. */
function pdfSurface(doc, font) {
  const [regular, bold] = font ? ['R', 'B'] : ['Helvetica', 'Helvetica-Bold'];
  if (font) {
    doc.registerFont('R', TTF[font][0]);
    doc.registerFont('B', TTF[font][1]);
  }
  return {
    text(str, x, y, { size = 9, bold: b = false, align = 'left', w = 0 } = {}) {
      doc.font(b ? bold : regular).fontSize(size).fillColor('#000');
      const width = w || doc.widthOfString(str) + 1;
      const left = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
      doc.text(str, left, y, { width, align, lineBreak: false });
    },
    line(x1, y1, x2, y2, lw = 0.6) {
      doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(lw).strokeColor('#000').stroke();
    },
    rect(x, y, w, h, { fill = null, lw = 0.6 } = {}) {
      if (fill) doc.rect(x, y, w, h).fillColor(fill).fill();
      doc.rect(x, y, w, h).lineWidth(lw).strokeColor('#000').stroke();
    },
  };
}

/** The same API on a canvas (for the scanned page), `scale` pixels per point. */
function canvasSurface(ctx, scale, family) {
  return {
    text(str, x, y, { size = 9, bold = false, align = 'left' } = {}) {
      ctx.font = `${bold ? 'bold ' : ''}${size * scale}px ${family}`;
      ctx.fillStyle = '#1a1a1a';
      ctx.textBaseline = 'top';
      ctx.textAlign = align;
      ctx.fillText(str, x * scale, y * scale);
    },
    line(x1, y1, x2, y2, lw = 0.6) {
      ctx.strokeStyle = '#222';
      ctx.lineWidth = lw * scale;
      ctx.beginPath();
      ctx.moveTo(x1 * scale, y1 * scale);
      ctx.lineTo(x2 * scale, y2 * scale);
      ctx.stroke();
    },
    rect(x, y, w, h, { fill = null, lw = 0.6 } = {}) {
      if (fill) {
        ctx.fillStyle = fill;
        ctx.fillRect(x * scale, y * scale, w * scale, h * scale);
      }
      ctx.strokeStyle = '#222';
      ctx.lineWidth = lw * scale;
      ctx.strokeRect(x * scale, y * scale, w * scale, h * scale);
    },
  };
}

// ---------------------------------------------------------------- page blocks

const LEFT = 50;
const RIGHT = A4.w - 50;

/** Lines of text, the first bold when asked; returns the y under the block. */
function block(s, lines, x, y, { size = 9, firstBold = false, align = 'left', lead = 1.35 } = {}) {
  lines.forEach((l, i) => s.text(l, x, y + i * size * lead, { size: i === 0 && firstBold ? size + 2 : size, bold: i === 0 && firstBold, align }));
  return y + lines.length * size * lead;
}

/**
 * The letterhead and address window. `header: 'seller-right'` is the two-column head many
 * European invoices have: the buyer in the envelope window on the left, the seller's name and
 * details on the right; otherwise the seller heads the page on the left and the buyer follows.
 */
function parties(s, d) {
  if (d.header === 'seller-right') {
    block(s, d.seller, RIGHT, 50, { firstBold: true, align: 'right' });
    if (d.buyerLabel) s.text(d.buyerLabel, LEFT, 128, { size: 7 });
    return Math.max(block(s, d.buyer, LEFT, 140), 50 + d.seller.length * 12.2) + 24;
  }
  if (d.header === 'buyer-right') {
    const yb = block(s, d.seller, LEFT, 50, { firstBold: true });
    if (d.buyerLabel) s.text(d.buyerLabel, 340, 50, { size: 7, bold: true });
    return Math.max(yb, block(s, d.buyer, 340, 62)) + 24;
  }
  const y = block(s, d.seller, LEFT, 50, { firstBold: true });
  if (d.buyerLabel) s.text(d.buyerLabel, LEFT, y + 14, { size: 7, bold: true });
  return block(s, d.buyer, LEFT, y + 26) + 24;
}

/** Title, then the invoice's particulars as label: value rows on the right (or a boxed row). */
function particulars(s, d, y) {
  s.text(d.title, LEFT, y, { size: 16, bold: true });
  if (d.metaStyle === 'boxed-row') {
    const top = y + 28;
    const w = (RIGHT - LEFT) / d.meta.length;
    d.meta.forEach(([label, value], i) => {
      s.rect(LEFT + i * w, top, w, 30);
      s.text(label, LEFT + i * w + 4, top + 4, { size: 7 });
      s.text(value, LEFT + i * w + 4, top + 16, { size: 9, bold: true });
    });
    return top + 46;
  }
  let yy = y + 28;
  for (const [label, value] of d.meta) {
    s.text(label, 340, yy, { size: 9 });
    s.text(value, RIGHT, yy, { size: 9, align: 'right' });
    yy += 13;
  }
  return Math.max(yy, y + 28) + 12;
}

/** Free text lines (an intro, terms, legal notes). */
function paragraph(s, lines, y, size = 8.5) {
  return block(s, lines, LEFT, y, { size }) + 8;
}

/** The items table: header row with a rule, then rows; `cols` give width and alignment. */
function itemsTable(s, cols, head, rows, y) {
  const xs = [];
  let x = LEFT;
  for (const c of cols) {
    xs.push(x);
    x += c.w;
  }
  const put = (cells, yy, bold) =>
    cells.forEach((t, i) => s.text(t, cols[i].align === 'r' ? xs[i] + cols[i].w - 2 : xs[i] + 2, yy, { size: 8.5, bold, align: cols[i].align === 'r' ? 'right' : 'left' }));
  s.rect(LEFT, y - 3, x - LEFT, 15, { fill: '#e8e8e8' });
  put(head, y, true);
  let yy = y + 18;
  for (const r of rows) {
    put(r, yy, false);
    yy += 14;
  }
  s.line(LEFT, yy, x, yy);
  return yy + 14;
}

/**
 * The totals. `grid`: a boxed two-column grid, labels in the left column and amounts in the right,
 * at the left margin or at the right; `right`: label and amount right-aligned, no box.
 * A row `{ bold: true }` is the emphasised one (the total or the amount due).
 */
function totals(s, t, y) {
  if (t.style === 'grid') {
    const w1 = t.labelWidth ?? 150;
    const w2 = 90;
    const x0 = t.at === 'left' ? LEFT : RIGHT - w1 - w2;
    t.rows.forEach(([label, value, o = {}], i) => {
      const yy = y + i * 18;
      s.rect(x0, yy, w1, 18, o.bold ? { fill: '#eeeeee' } : {});
      s.rect(x0 + w1, yy, w2, 18, o.bold ? { fill: '#eeeeee' } : {});
      s.text(label, x0 + 4, yy + 5, { size: 9, bold: o.bold });
      s.text(value, x0 + w1 + w2 - 4, yy + 5, { size: 9, bold: o.bold, align: 'right' });
    });
    return y + t.rows.length * 18 + 20;
  }
  let yy = y;
  for (const [label, value, o = {}] of t.rows) {
    if (o.rule) s.line(360, yy - 3, RIGHT, yy - 3);
    s.text(label, 470, yy, { size: o.bold ? 10 : 9, bold: o.bold, align: 'right' });
    s.text(value, RIGHT, yy, { size: o.bold ? 10 : 9, bold: o.bold, align: 'right' });
    yy += o.bold ? 16 : 14;
  }
  return yy + 14;
}

/** A whole invoice page from its description. */
function invoicePage(s, d) {
  let y = parties(s, d);
  y = particulars(s, d, y);
  if (d.intro) y = paragraph(s, d.intro, y, 9);
  y = itemsTable(s, d.cols, d.head, d.rows, y);
  y = totals(s, d.totals, y);
  if (d.notes) y = paragraph(s, d.notes, y);
  if (d.footer) {
    s.line(LEFT, 770, RIGHT, 770, 0.4);
    block(s, d.footer, LEFT, 776, { size: 7 });
  }
}

async function invoicePdf(d) {
  const when = new Date(Date.UTC(2025, 3, 20, 9, 0, 0));
  const doc = new PDFDocument({ size: 'A4', margin: 0, pdfVersion: '1.7', info: { Title: d.title, Producer: 'docparse sweep3', Creator: 'docparse sweep3', CreationDate: when, ModDate: when } });
  invoicePage(pdfSurface(doc, d.font), d);
  return docToBuffer(doc);
}

// ---------------------------------------------------------------- the "scan": a page photographed slightly turned

async function scanJpeg(d) {
  GlobalFonts.registerFromPath(TTF.liberation[0], 'ScanSans');
  GlobalFonts.registerFromPath(TTF.liberation[1], 'ScanSans');
  const dpi = 150;
  const k = dpi / 72;
  const W = Math.round(A4.w * k);
  const H = Math.round(A4.h * k);
  const page = createCanvas(W, H);
  const pctx = page.getContext('2d');
  pctx.fillStyle = '#fff';
  pctx.fillRect(0, 0, W, H);
  invoicePage(canvasSurface(pctx, k, 'ScanSans'), d);

  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  const rnd = prng(hash32(d.file));
  ctx.fillStyle = '#e9e7e2'; // the scanner lid beyond the sheet
  ctx.fillRect(0, 0, W, H);
  ctx.translate(W / 2, H / 2);
  ctx.rotate((d.turnDegrees * Math.PI) / 180);
  ctx.drawImage(page, -W / 2 + 6, -H / 2 + 4);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  // paper grain and a few specks, as a flatbed at 150 dpi gives them
  for (let i = 0; i < 1600; i++) {
    ctx.fillStyle = `rgba(90,90,90,${0.05 + rnd() * 0.2})`;
    ctx.fillRect(rnd() * W, rnd() * H, 1 + rnd() * 1.5, 1 + rnd() * 1.5);
  }
  return out.encodeSync('jpeg', 55);
}

// ---------------------------------------------------------------- thermal till receipts

/**
 * A till receipt as a phone photo of thermal paper: 58-80 mm roll at ~200 dpi, a monospace
 * printer font, faded and uneven ink, a greyish background. Each line is
 * `[left, right?, { big, center }]`.
 */
async function receiptJpeg(r) {
  GlobalFonts.registerFromPath(join(FONT_DIRS.dejavu, 'DejaVuSansMono.ttf'), 'Thermal');
  GlobalFonts.registerFromPath(join(FONT_DIRS.dejavu, 'DejaVuSansMono-Bold.ttf'), 'Thermal');
  const rnd = prng(hash32(r.file));
  const W = r.width ?? 560;
  const pad = 28;
  const lh = 30;
  const H = pad * 2 + r.lines.reduce((h, l) => h + (l[2]?.big ? lh * 1.5 : lh), 0);
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f1efe9';
  ctx.fillRect(0, 0, W, H);
  let y = pad;
  for (const [left, right, o = {}] of r.lines) {
    const size = o.big ? 32 : 21;
    const ink = Math.round(40 + rnd() * 55); // thermal ink fades unevenly from line to line
    ctx.fillStyle = `rgb(${ink},${ink},${ink + 6})`;
    ctx.font = `${o.big || o.bold ? 'bold ' : ''}${size}px Thermal`;
    ctx.textBaseline = 'top';
    if (o.center) {
      ctx.textAlign = 'center';
      ctx.fillText(left, W / 2, y);
    } else {
      ctx.textAlign = 'left';
      ctx.fillText(left, pad, y);
      if (right) {
        ctx.textAlign = 'right';
        ctx.fillText(right, W - pad, y);
      }
    }
    y += o.big ? lh * 1.5 : lh;
  }
  for (let i = 0; i < 500; i++) {
    ctx.fillStyle = `rgba(120,120,120,${0.1 + rnd() * 0.25})`;
    ctx.fillRect(rnd() * W, rnd() * H, 1 + rnd() * 2, 1 + rnd());
  }
  // photographed by hand: the slip a little turned on a darker table, light falling off to one side
  const photo = createCanvas(W + 40, H + 40);
  const p = photo.getContext('2d');
  p.fillStyle = '#8d8a84';
  p.fillRect(0, 0, W + 40, H + 40);
  p.translate((W + 40) / 2, (H + 40) / 2);
  p.rotate((((rnd() - 0.5) * 1.6) * Math.PI) / 180);
  p.drawImage(c, -W / 2, -H / 2);
  p.setTransform(1, 0, 0, 1, 0, 0);
  const shade = p.createLinearGradient(0, 0, W + 40, 0);
  shade.addColorStop(0, 'rgba(0,0,0,0)');
  shade.addColorStop(1, 'rgba(0,0,0,0.12)');
  p.fillStyle = shade;
  p.fillRect(0, 0, W + 40, H + 40);
  return photo.encodeSync('jpeg', 62);
}

// ---------------------------------------------------------------- write everything

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of INVOICES) {
  writeFileSync(join(OUT, d.file), await invoicePdf(d));
  truth[d.file] = d.truth;
}
for (const d of SCANS) {
  writeFileSync(join(OUT, d.file), await scanJpeg(d));
  truth[d.file] = d.truth;
}
for (const r of RECEIPTS) {
  writeFileSync(join(OUT, r.file), await receiptJpeg(r));
  truth[r.file] = r.truth;
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`wrote ${Object.keys(truth).length} documents and truth.json to ${OUT}`);
