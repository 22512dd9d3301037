#!/usr/bin/env node
// Builds fixtures/sweep8 (the eighth held-out sweep, see fixtures/README.md) from the data of
// make-sweep8-docs.mjs: each page's rows become one list of drawing operations, drawn by pdfkit
// (Liberation Sans embedded) for text PDFs or by @napi-rs/canvas for scans, photos and receipts, so a
// scan shows the same page. Noise, rotation and keystone are seeded by scripts/lib/prng.mjs; PDF dates
// are fixed, so a rerun gives the same bytes.
//
//   node scripts/make-sweep8-fixtures.mjs

import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';
import { DOCS } from './make-sweep8-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep8');
const FONTS = '/usr/share/fonts/truetype/liberation';
const SANS = join(FONTS, 'LiberationSans-Regular.ttf');
const SANS_B = join(FONTS, 'LiberationSans-Bold.ttf');
const MONO = join(FONTS, 'LiberationMono-Regular.ttf');
GlobalFonts.registerFromPath(SANS, 'S8Sans');
GlobalFonts.registerFromPath(SANS_B, 'S8SansBold');
GlobalFonts.registerFromPath(MONO, 'S8Mono');
const A4 = [595.28, 841.89];
const DATE = new Date('2025-10-01T09:00:00Z');

/** Rows of a page (see make-sweep8-docs.mjs) to drawing operations in PDF points. */
function layout(rows) {
  const ops = [];
  let y = 50;
  for (const row of rows) {
    if (row.gap) y += row.gap;
    else if (row.hr) {
      ops.push({ t: 'line', x1: row.hr[0], x2: row.hr[1], y: y + 1 });
      y += 5;
    } else if (row.stamp) ops.push({ t: 'stamp', ...row.stamp });
    else if (row.footer) row.footer.forEach((f, i) => ops.push({ t: 'text', x: 50, y: 790 + i * 10, s: f, size: 7, bold: false, align: 'left' }));
    else {
      let h = 14;
      for (const [x, s, f = ''] of row) {
        const size = Number(/s(\d+)/.exec(f)?.[1] ?? 10);
        h = Math.max(h, size + 5);
        ops.push({ t: 'text', x, y, s, size, bold: f.includes('b'), align: f.includes('r') ? 'right' : 'left' });
      }
      y += h;
    }
  }
  return ops;
}

function drawPdf(doc, ops) {
  for (const o of ops) {
    if (o.t === 'text') {
      doc.font(o.bold ? 'B' : 'R').fontSize(o.size).fillColor('#111');
      const w = doc.widthOfString(o.s);
      doc.text(o.s, o.align === 'right' ? o.x - w : o.x, o.y, { lineBreak: false });
    } else if (o.t === 'line') doc.moveTo(o.x1, o.y).lineTo(o.x2, o.y).lineWidth(0.6).strokeColor('#444').stroke();
    else if (o.t === 'stamp') {
      doc.save().rotate(o.angle, { origin: [o.x, o.y] }).opacity(0.75);
      doc.font('B').fontSize(40).fillColor('#c0172b').text(o.text, o.x - 80, o.y - 28, { lineBreak: false });
      doc.font('B').fontSize(11).text(o.sub, o.x - 80, o.y + 16, { lineBreak: false });
      doc.rect(o.x - 92, o.y - 36, 210, 70).lineWidth(3).strokeColor('#c0172b').stroke();
      doc.restore();
    }
  }
}

/** A page drawn on a canvas at k px per point; ink is the text colour, paper the background. */
function drawCanvas(ops, k, { ink = '#111', paper = '#fff' } = {}) {
  const c = createCanvas(Math.round(A4[0] * k), Math.round(A4[1] * k));
  const g = c.getContext('2d');
  g.fillStyle = paper;
  g.fillRect(0, 0, c.width, c.height);
  g.textBaseline = 'top';
  for (const o of ops) {
    if (o.t === 'text') {
      g.font = `${o.size * k}px ${o.bold ? 'S8SansBold' : 'S8Sans'}`;
      g.fillStyle = ink;
      g.textAlign = o.align;
      g.fillText(o.s, o.x * k, o.y * k);
    } else if (o.t === 'line') {
      g.strokeStyle = ink;
      g.lineWidth = 0.6 * k;
      g.beginPath();
      g.moveTo(o.x1 * k, o.y * k);
      g.lineTo(o.x2 * k, o.y * k);
      g.stroke();
    }
  }
  return c;
}

/** Grey specks and a faint grain, seeded. */
function specks(g, w, h, rnd, n, color = 'rgba(0,0,0,0.55)') {
  g.fillStyle = color;
  for (let i = 0; i < n; i++) g.fillRect(rnd() * w, rnd() * h, 1 + rnd() * 2, 1 + rnd() * 2);
}

/** The canvas turned by deg degrees on a paper-coloured ground. */
function turned(src, deg, ground = '#fff') {
  const c = createCanvas(src.width, src.height);
  const g = c.getContext('2d');
  g.fillStyle = ground;
  g.fillRect(0, 0, c.width, c.height);
  g.translate(c.width / 2, c.height / 2);
  g.rotate((deg * Math.PI) / 180);
  g.drawImage(src, -src.width / 2, -src.height / 2);
  g.setTransform(1, 0, 0, 1, 0, 0);
  return c;
}

async function textPdf(d) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: DATE, ModDate: DATE, Producer: 'sweep8', Creator: 'sweep8' } });
  // Helvetica (not embedded, as much office software prints) unless a page needs letters outside
  // WinAnsi (Czech, Polish): then Liberation Sans, embedded.
  const wide = /[^\u0000-\u00ff€–—‘’“”…•]/.test(JSON.stringify(d.pages));
  doc.registerFont('R', wide ? SANS : 'Helvetica');
  doc.registerFont('B', wide ? SANS_B : 'Helvetica-Bold');
  for (const p of d.pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    drawPdf(doc, layout(p));
  }
  return docToBuffer(doc);
}

async function scanPdf(d, rnd) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: DATE, ModDate: DATE, Producer: 'sweep8 scanner', Creator: 'sweep8' } });
  for (const [i, p] of d.pages.entries()) {
    const k = 180 / 72;
    const c = turned(drawCanvas(layout(p), k, { ink: '#1a1a1a', paper: '#f4f4f2' }), d.scan.rot[i] ?? 0.4, '#f4f4f2');
    specks(c.getContext('2d'), c.width, c.height, rnd, 350);
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(await c.encodeSync('jpeg', 36), 0, 0, { width: A4[0], height: A4[1] });
  }
  return docToBuffer(doc);
}

async function photocopy(d, rnd) {
  const k = 2.4;
  const src = drawCanvas(layout(d.pages[0]), k, { ink: '#6e6e6e', paper: '#cfcfcb' });
  const c = turned(src, -0.9, '#cfcfcb');
  const g = c.getContext('2d');
  // toner streaks and a darker edge, as a tired copier leaves them
  for (let i = 0; i < 5; i++) {
    g.fillStyle = `rgba(90,90,90,${0.05 + rnd() * 0.08})`;
    g.fillRect(rnd() * c.width, 0, 2 + rnd() * 6, c.height);
  }
  const grad = g.createLinearGradient(0, 0, c.width, 0);
  grad.addColorStop(0, 'rgba(60,60,60,0.25)');
  grad.addColorStop(0.08, 'rgba(60,60,60,0)');
  g.fillStyle = grad;
  g.fillRect(0, 0, c.width, c.height);
  specks(g, c.width, c.height, rnd, 700, 'rgba(80,80,80,0.5)');
  return c.encodeSync('jpeg', 45);
}

async function photo(d, rnd) {
  const page = drawCanvas(layout(d.pages[0]), 2.0, { ink: '#1c1c1c', paper: '#f7f6f1' });
  const W = 1400;
  const H = 1900;
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  // wooden table: brown with grain
  g.fillStyle = '#8a6440';
  g.fillRect(0, 0, W, H);
  for (let i = 0; i < 160; i++) {
    g.strokeStyle = `rgba(${60 + rnd() * 40},${40 + rnd() * 20},20,${0.15 + rnd() * 0.2})`;
    g.lineWidth = 1 + rnd() * 4;
    const y = rnd() * H;
    g.beginPath();
    g.moveTo(0, y);
    g.bezierCurveTo(W / 3, y + (rnd() - 0.5) * 40, (2 * W) / 3, y + (rnd() - 0.5) * 40, W, y + (rnd() - 0.5) * 30);
    g.stroke();
  }
  // keystone: the top narrower than the bottom, drawn in strips, the whole turned 2.5 degrees
  g.save();
  g.translate(W / 2, H / 2);
  g.rotate((2.5 * Math.PI) / 180);
  const pw = page.width;
  const ph = page.height;
  const fit = (H * 0.86) / ph;
  const strip = 4;
  for (let y = 0; y < ph; y += strip) {
    const t = y / ph;
    const sx = fit * (0.86 + 0.14 * t);
    const w = pw * sx;
    g.drawImage(page, 0, y, pw, strip, -w / 2, -((ph * fit) / 2) + y * fit, w, strip * fit + 0.6);
  }
  g.restore();
  // a soft shadow of the phone over the lower left
  const sh = g.createRadialGradient(W * 0.2, H * 0.85, 50, W * 0.2, H * 0.85, W * 0.7);
  sh.addColorStop(0, 'rgba(0,0,0,0.35)');
  sh.addColorStop(1, 'rgba(0,0,0,0)');
  g.fillStyle = sh;
  g.fillRect(0, 0, W, H);
  return c.encodeSync('jpeg', 45);
}

async function receipt(d, rnd) {
  const lines = d.pages[0];
  const look = d.look ?? {};
  const fs = 22;
  const lh = 28;
  const cw = fs * 0.6;
  const w = Math.round(38 * cw + 60);
  const h = lines.length * lh + 80;
  const c = createCanvas(w, h);
  const g = c.getContext('2d');
  g.fillStyle = '#fbfaf6';
  g.fillRect(0, 0, w, h);
  g.font = `${fs}px S8Mono`;
  g.textBaseline = 'top';
  lines.forEach((l, i) => {
    g.fillStyle = `rgba(25,25,25,${0.78 + rnd() * 0.2})`;
    g.fillText(l, 30, 40 + i * lh);
  });
  specks(g, w, h, rnd, 120, 'rgba(60,60,60,0.4)');
  // photographed on a grey desk, slightly turned
  const pad = 60;
  const o = createCanvas(w + 2 * pad, h + 2 * pad);
  const og = o.getContext('2d');
  og.fillStyle = '#7d7f84';
  og.fillRect(0, 0, o.width, o.height);
  og.translate(o.width / 2, o.height / 2);
  og.rotate(((look.narrow ? -1.6 : 1.2) * Math.PI) / 180);
  og.drawImage(c, -w / 2, -h / 2);
  return o.encodeSync('jpeg', 44);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of DOCS) {
  const rnd = prng(hash32(d.file));
  const make = { pdf: textPdf, scanpdf: scanPdf, photocopy, photo, receipt }[d.kind];
  writeFileSync(join(OUT, d.file), await make(d, rnd));
  truth[d.file] = d.truth;
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`${DOCS.length} documents in ${OUT}`);
