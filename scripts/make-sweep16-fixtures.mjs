#!/usr/bin/env node
// Writes fixtures/sweep16/ (the sixteenth held-out sweep) and its truth.json from the documents in
// make-sweep16-docs.mjs: text PDFs with pdfkit; scans (image-only PDFs), a phone photo and a
// hand-filled Quittung with @napi-rs/canvas (+ sharp for grey JPEG). Deterministic: seeded noise
// (scripts/lib/prng.mjs), fixed PDF dates.
//
//   node scripts/make-sweep16-fixtures.mjs
//
// The Lithuanian document and the rendered images need Liberation Sans / Serif (fonts-liberation).

import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { prng, hash32 } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import docs from './make-sweep16-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep16');
const LIB = '/usr/share/fonts/truetype/liberation';
const FONTS = { R: join(LIB, 'LiberationSans-Regular.ttf'), B: join(LIB, 'LiberationSans-Bold.ttf'), H: join(LIB, 'LiberationSerif-Italic.ttf') };
for (const f of Object.values(FONTS)) if (!existsSync(f)) throw new Error(`missing font ${f} (install fonts-liberation)`);
GlobalFonts.registerFromPath(FONTS.R, 'LibSans');
GlobalFonts.registerFromPath(FONTS.B, 'LibSansBold');
GlobalFonts.registerFromPath(FONTS.H, 'LibSerifItalic');
const FIELDS = ['invoiceNumber', 'invoiceDate', 'dueDate', 'total', 'subtotal', 'tax', 'currency', 'documentType'];
const W = 595.28, H = 841.89, X0 = 50, X1 = 545;

// ---- drawers: the same layout on a pdfkit page or a canvas (units: PDF points)
function pdfDrawer(doc, embedded) {
  const face = (b) => (embedded ? (b ? 'B' : 'R') : b ? 'Helvetica-Bold' : 'Helvetica');
  return {
    measure: (s, size, b) => doc.font(face(b)).fontSize(size).widthOfString(s),
    text: (s, x, y, size, b) => doc.font(face(b)).fontSize(size).fillColor('#111').text(s, x, y, { lineBreak: false }),
    line: (x1, y1, x2, y2, w = 0.5) => doc.lineWidth(w).strokeColor('#555').moveTo(x1, y1).lineTo(x2, y2).stroke(),
    newPage: () => doc.addPage({ size: 'A4', margin: 0 }),
  };
}
function canvasDrawer(ctx) {
  const face = (size, b) => `${size}px ${b ? 'LibSansBold' : 'LibSans'}`;
  return {
    measure: (s, size, b) => ((ctx.font = face(size, b)), ctx.measureText(s).width),
    text: (s, x, y, size, b) => {
      ctx.font = face(size, b);
      ctx.fillStyle = '#151515';
      ctx.textBaseline = 'top';
      ctx.fillText(s, x, y);
    },
    line: (x1, y1, x2, y2, w = 0.5) => {
      ctx.strokeStyle = '#555';
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
    },
  };
}

function wrap(d, s, size, b, width) {
  const out = [];
  let cur = '';
  for (const w of s.split(' ')) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && d.measure(next, size, b) > width) (out.push(cur), (cur = w));
    else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

/** Lays out one page's elements top-down. */
function layoutPage(d, els) {
  let y = 48;
  const right = (s, xr, yy, size, b) => d.text(s, xr - d.measure(s, size, b), yy, size, b);
  for (const e of els) {
    if (e.letterhead) {
      e.letterhead.forEach((l, i) => d.text(l, X0, y + (i ? 6 + i * 12 : 0), i ? 8.5 : 14, i === 0));
      (e.right ?? []).forEach((l, i) => right(l, X1, y + 2 + i * 11, 8, false));
      y += Math.max(e.letterhead.length * 13 + 6, (e.right ?? []).length * 11) + 18;
      d.line(X0, y - 10, X1, y - 10, 0.8);
    } else if (e.parties) {
      e.parties.forEach((l, i) => d.text(l, X0, y + 10 + i * 13, 10, false));
      e.meta.forEach(([k, v], i) => {
        d.text(k, 320, y + i * 13, 9, false);
        d.text(v, 415, y + i * 13, 9, true);
      });
      y += Math.max(e.parties.length * 13 + 10, e.meta.length * 13) + 22;
    } else if (e.title) {
      d.text(e.title, X0, y, e.size ?? 16, true);
      y += (e.size ?? 16) + 14;
    } else if (e.text) {
      const size = e.size ?? 9.5;
      for (const l of wrap(d, e.text, size, e.bold, X1 - X0)) (d.text(l, X0, y, size, e.bold), (y += size + 3.5));
      y += 5;
    } else if (e.gap) {
      y += e.gap;
    } else if (e.table) {
      const { cols, rows } = e.table;
      const size = e.table.small ? 8 : 9;
      const lh = e.table.small ? 11.5 : 14;
      let x = X0;
      const xs = cols.map((c) => ((x += c.w), x - c.w));
      const cell = (s, i, yy, b) => (cols[i].a === 'right' ? right(s, xs[i] + cols[i].w - 3, yy, size, b) : d.text(s, xs[i] + 2, yy, size, b));
      cols.forEach((c, i) => cell(c.h, i, y, true));
      y += lh;
      d.line(X0, y - 3, x, y - 3);
      for (const r of rows) {
        r.forEach((s, i) => cell(s, i, y, false));
        y += lh;
      }
      d.line(X0, y - 2, x, y - 2);
      y += 6;
    } else if (e.totals) {
      for (const [k, v, b] of e.totals) {
        right(k, 450, y, 9.5, b);
        right(v, X1 - 3, y, 9.5, b);
        y += 14;
      }
      y += 6;
    } else if (e.footer) {
      e.footer.forEach((l, i) => d.text(l, X0, H - 40 + i * 10, 7.5, false));
    }
  }
}

async function textPdf(doc) {
  const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: true, info: { Title: doc.file, Producer: 'docparse sweep16', CreationDate: new Date('2026-12-07T10:00:00Z') } });
  const embedded = doc.font === 'liberation';
  if (embedded) (pdf.registerFont('R', FONTS.R), pdf.registerFont('B', FONTS.B));
  const d = pdfDrawer(pdf, embedded);
  doc.pages.forEach((els, i) => {
    if (i) d.newPage();
    layoutPage(d, els);
  });
  return docToBuffer(pdf);
}

/** One page rendered to a canvas at dpi, paper white. */
function renderPage(els, dpi) {
  const k = dpi / 72;
  const c = createCanvas(Math.round(W * k), Math.round(H * k));
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.scale(k, k);
  layoutPage(canvasDrawer(ctx), els);
  return c;
}

/** A flatbed scan: greyish paper, a small turn, specks. */
function scanLook(src, rnd, deg) {
  const c = createCanvas(src.width, src.height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f1f0ec';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.translate(c.width / 2, c.height / 2);
  ctx.rotate((deg * Math.PI) / 180);
  ctx.globalAlpha = 0.93;
  ctx.drawImage(src, -src.width / 2, -src.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = '#333';
  for (let i = 0; i < 500; i++) ctx.fillRect(rnd() * c.width, rnd() * c.height, 1 + rnd() * 2, 1 + rnd() * 2);
  return c;
}

async function scanPdf(doc) {
  const rnd = prng(hash32(doc.file));
  const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: 'Scan', Producer: 'docparse sweep16 scanner', CreationDate: new Date('2026-12-07T10:00:00Z') } });
  for (const els of doc.pages) {
    const page = scanLook(renderPage(els, doc.dpi), rnd, (rnd() - 0.5) * 1.6);
    const jpg = await sharp(page.toBuffer('image/png')).grayscale().jpeg({ quality: 36 }).toBuffer();
    pdf.addPage({ size: 'A4', margin: 0 });
    pdf.image(jpg, 0, 0, { width: W, height: H });
  }
  return docToBuffer(pdf);
}

/** A phone photo: keystone (rows narrower towards the top), 2° turn, desk around, a shadow. */
async function photo(doc) {
  const rnd = prng(hash32(doc.file));
  const src = renderPage(doc.pages[0], 130);
  const cw = Math.round(src.width * 1.18), ch = Math.round(src.height * 1.12);
  const c = createCanvas(cw, ch);
  const ctx = c.getContext('2d');
  const g = ctx.createLinearGradient(0, 0, cw, ch);
  g.addColorStop(0, '#6b5a48');
  g.addColorStop(1, '#4a3c2f');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, cw, ch);
  ctx.translate(cw / 2, ch / 2);
  ctx.rotate((2.1 * Math.PI) / 180);
  const strip = 4;
  for (let y = 0; y < src.height; y += strip) {
    const s = 0.9 + 0.1 * (y / src.height); // top 10 % narrower
    const w = src.width * s;
    ctx.drawImage(src, 0, y, src.width, strip, -w / 2, y - src.height / 2, w, strip + 0.5);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const sh = ctx.createLinearGradient(0, 0, cw, 0);
  sh.addColorStop(0, 'rgba(0,0,0,0)');
  sh.addColorStop(0.6, 'rgba(0,0,0,0.05)');
  sh.addColorStop(1, 'rgba(0,0,0,0.32)');
  ctx.fillStyle = sh;
  ctx.fillRect(0, 0, cw, ch);
  const img = ctx.getImageData(0, 0, cw, ch);
  for (let i = 0; i < img.data.length; i += 4) {
    const n = (rnd() - 0.5) * 18;
    img.data[i] += n;
    img.data[i + 1] += n;
    img.data[i + 2] += n;
  }
  ctx.putImageData(img, 0, 0);
  return sharp(c.toBuffer('image/png')).jpeg({ quality: 56 }).withMetadata({ density: 130 }).toBuffer();
}

/** A printed Quittung form (A6 landscape) filled in by hand in blue. */
async function handQuittung(doc) {
  const rnd = prng(hash32(doc.file));
  const dpi = 200, k = dpi / 72;
  const w = 420, h = 298;
  const c = createCanvas(Math.round(w * k), Math.round(h * k));
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f4f7ee';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.scale(k, k);
  const print = (s, x, y, size = 9, b = false) => ((ctx.font = `${size}px ${b ? 'LibSansBold' : 'LibSans'}`), (ctx.fillStyle = '#2f5d3a'), (ctx.textBaseline = 'alphabetic'), ctx.fillText(s, x, y));
  const rule = (x1, x2, y) => ((ctx.strokeStyle = '#5d8a66'), (ctx.lineWidth = 0.5), ctx.beginPath(), ctx.moveTo(x1, y), ctx.lineTo(x2, y), ctx.stroke());
  const hand = (s, x, y, size = 13) => {
    ctx.fillStyle = '#1f3c9a';
    ctx.textBaseline = 'alphabetic';
    let cx = x;
    for (const ch of s) {
      const sz = size * (0.92 + rnd() * 0.16);
      ctx.font = `${sz.toFixed(1)}px LibSerifItalic`;
      ctx.save();
      ctx.translate(cx, y + (rnd() - 0.5) * 1.6);
      ctx.rotate((rnd() - 0.5) * 0.08);
      ctx.fillText(ch, 0, 0);
      ctx.restore();
      cx += ctx.measureText(ch).width * (0.95 + rnd() * 0.1);
    }
  };
  const q = doc.hand;
  print('QUITTUNG', 20, 34, 20, true);
  print('Nr.', 170, 32, 9);
  rule(188, 240, 34);
  hand(q.nr, 196, 31);
  print('EUR', 270, 32, 9, true);
  ctx.strokeStyle = '#2f5d3a';
  ctx.strokeRect(292, 18, 110, 20);
  hand(q.eur, 304, 33, 14);
  const rows = [['Netto EUR', q.netto], ['+ 19 % MwSt. EUR', q.mwst], ['Gesamt EUR', q.gesamt]];
  rows.forEach(([l, v], i) => {
    print(l, 240, 62 + i * 18, 8);
    rule(320, 402, 64 + i * 18);
    hand(v, 335, 61 + i * 18, 12);
  });
  const lines = [['Euro in Worten', q.worte], ['von', q.von], ['für', q.fuer]];
  lines.forEach(([l, v], i) => {
    print(l, 20, 130 + i * 30, 8);
    rule(90, 402, 132 + i * 30);
    hand(v, 96, 128 + i * 30, 13);
  });
  print('richtig erhalten zu haben, bestätigt', 20, 224, 8);
  print('Ort / Datum', 20, 258, 8);
  rule(80, 230, 260);
  hand(q.ort, 84, 256, 12);
  print('Stempel / Unterschrift des Empfängers', 245, 272, 7);
  rule(245, 402, 260);
  ctx.save();
  ctx.translate(260, 236);
  ctx.rotate(-0.06);
  ctx.strokeStyle = '#7a2f2f';
  ctx.lineWidth = 1;
  ctx.strokeRect(0, 0, 140, 20);
  ctx.font = '8px LibSansBold';
  ctx.fillStyle = '#7a2f2f';
  ctx.fillText(q.firma, 6, 13);
  ctx.restore();
  hand('D. Ohlsen', 300, 256, 14);
  return sharp(c.toBuffer('image/png')).rotate(-0.8, { background: '#d8d8d2' }).jpeg({ quality: 60 }).withMetadata({ density: dpi }).toBuffer();
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const doc of docs) {
  const kind = doc.kind ?? 'pdf';
  const buf = kind === 'pdf' ? await textPdf(doc) : kind === 'scan' ? await scanPdf(doc) : kind === 'photo' ? await photo(doc) : await handQuittung(doc);
  writeFileSync(join(OUT, doc.file), buf);
  truth[doc.file] = Object.fromEntries(FIELDS.filter((f) => f in doc.truth).map((f) => [f, doc.truth[f]]));
  console.log(`${doc.file} ${(buf.length / 1024).toFixed(0)} KB`);
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
