#!/usr/bin/env node
// Writes fixtures/sweep14 (the fourteenth held-out sweep, see fixtures/README.md) and its truth.json
// from scripts/make-sweep14-docs.mjs: text PDFs (pdfkit), copier scans (pdf-lib: a JPEG page with
// or without an invisible OCR text layer, a page stored sideways with /Rotate 90, one upside down),
// a two-page 1-bit TIFF, and receipt photos (@napi-rs/canvas), two stored sideways with an EXIF
// Orientation tag as phones write them. Deterministic: seeded noise, fixed PDF dates.
//
//   node scripts/make-sweep14-fixtures.mjs

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { degrees, PDFDocument as LibDocument, setTextRenderingMode, StandardFonts, TextRenderingMode } from 'pdf-lib';
import { writeIfdEntries } from './bench/bombs.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';
import { DOCS } from './make-sweep14-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep14');
const CREATED = new Date(Date.UTC(2026, 0, 15, 9, 30, 0));
const FONTS = {
  sans: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  mono: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
  monob: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf',
  hand: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf',
};
for (const [k, p] of Object.entries(FONTS)) GlobalFonts.registerFromPath(p, `s14${k}`);

// ---------- page model: ops in points, top-left origin ----------
const measureCanvas = createCanvas(10, 10).getContext('2d');
function textWidth(str, f, s) {
  measureCanvas.font = `${s}px s14${f}`;
  return measureCanvas.measureText(str).width;
}

function buildInvoice(d) {
  const W = d.landscape ? 842 : 595;
  const H = d.landscape ? 595 : 842;
  const pages = [];
  let ops = [];
  const newPage = () => { ops = []; pages.push(ops); };
  newPage();
  const side = d.layout === 'sidebar' ? 185 : 0;
  const L = side ? side + 20 : 50;
  const R = W - 45;
  const CW = R - L;
  const fs = d.small ? 8.5 : 9.5;
  const lh = fs * 1.45;
  const bottom = H - (d.footer ? 80 : 60) - (d.browser ? 20 : 0);
  let y = d.browser ? 44 : 40;
  const text = (str, x, yy, o = {}) => ops.push({ t: 'text', str, x, y: yy, s: o.s ?? fs, f: o.f ?? 'sans', align: o.align ?? 'left', color: o.color ?? '#111111' });
  const rect = (x, yy, w, h, fill, stroke) => ops.push({ t: 'rect', x, y: yy, w, h, fill, stroke });
  const line = (x1, y1, x2, y2, color = '#444444', lw = 0.6) => ops.push({ t: 'line', x1, y1, x2, y2, color, lw });
  const sideOps = () => {
    if (!side) return;
    rect(0, 0, side, H, '#2f3e4e');
    let sy = 60;
    d.sidebar.forEach((s, i) => { text(s, 22, sy, { s: i === 0 ? 14 : 8.5, f: i === 0 || /^(Telefon|E-Mail|Bankverbindung|USt-IdNr\.|Steuernummer)$/.test(s) ? 'bold' : 'sans', color: i === 0 ? '#ffffff' : '#e8edf2' }); sy += i === 0 ? 22 : 12.5; });
  };
  sideOps();
  const ensure = (need) => {
    if (y + need <= bottom) return false;
    newPage();
    sideOps();
    y = d.browser ? 50 : 50;
    return true;
  };

  if (d.kind === 'mail') {
    if (d.sender) { text(d.sender, L, y, { s: 12, f: 'bold' }); y += 20; line(L, y, R, y, '#000000', 1.2); y += 8; }
    else { text(d.email[0][1], L, y, { s: 13, f: 'bold' }); y += 22; }
    for (const [k, v] of d.sender ? d.email : d.email.slice(1)) {
      text(`${k}${d.lang === 'fr' ? ' :' : ':'}`, L, y, { f: 'bold' });
      text(v, L + 75, y);
      y += lh;
    }
    y += 10;
    line(L, y, R, y, '#999999');
    y += 14;
  } else {
    // letterhead
    if (!side) {
      text(d.seller.name, R, y, { s: 15, f: 'bold', align: 'right', color: d.layout === 'dark' ? '#1d2b44' : '#111111' });
      y += 60;
      text(d.seller.lines[0], L, y, { s: 6.5, color: '#333333' });
      line(L, y + 9, L + 250, y + 9, '#666666', 0.4);
      y += 16;
    } else y += 70;
    const by = y;
    for (const b of d.buyer) { text(b, L, y); y += lh; }
    if (d.meta) {
      let my = by - (side ? 0 : 6);
      const mx = d.landscape ? R - 300 : R - 215;
      for (const [k, v] of d.meta) { text(k, mx, my, { f: 'bold' }); text(v, R, my, { align: 'right' }); my += lh; }
      y = Math.max(y, my);
    }
    y += 28;
    if (d.title) { text(d.title, L, y, { s: 16, f: 'bold', color: d.layout === 'dark' ? '#1d2b44' : '#111111' }); y += 28; }
    if (d.metaRow) {
      const cw = CW / d.metaRow.length;
      d.metaRow.forEach(([k, v], i) => {
        rect(L + i * cw, y, cw - 2, 16, '#1d2b44');
        text(k, L + i * cw + 5, y + 4, { f: 'bold', s: 8.5, color: '#ffffff' });
        text(v, L + i * cw + 5, y + 21);
      });
      y += 44;
    }
  }
  for (const b of d.body ?? []) { ensure(lh); text(b, L, y); y += lh; }

  const drawTable = (tb) => {
    const xs = [];
    let acc = L;
    for (const w of tb.widths) { xs.push(acc); acc += w * CW; }
    const head = () => {
      if (d.layout === 'dark') { rect(L, y - 3, CW, lh + 4, '#1d2b44'); }
      tb.head.forEach((h, i) => {
        const right = tb.align[i] === 'r';
        text(h, right ? xs[i] + tb.widths[i] * CW - 4 : xs[i] + 3, y, { f: 'bold', align: right ? 'right' : 'left', color: d.layout === 'dark' ? '#ffffff' : '#111111' });
      });
      y += lh + 3;
      if (d.layout !== 'dark') { line(L, y - 3, R, y - 3, '#222222', 0.8); y += 2; }
    };
    head();
    tb.rows.forEach((r, ri) => {
      if (ensure(lh) || (d.maxRowsFirstPage && ri === d.maxRowsFirstPage && pages.length === 1 && (newPage(), sideOps(), (y = 50), true))) head();
      if (d.layout === 'dark' && ri % 2 === 1) rect(L, y - 2, CW, lh, '#e3e8f0');
      r.forEach((c, i) => {
        const right = tb.align[i] === 'r';
        text(c, right ? xs[i] + tb.widths[i] * CW - 4 : xs[i] + 3, y, { align: right ? 'right' : 'left' });
      });
      y += lh;
    });
    if (d.layout !== 'dark') line(L, y + 1, R, y + 1, '#222222', 0.6);
    y += 10;
  };
  const drawTotals = (tot) => {
    const left = d.totalsLeft || d.layout === 'totalsLeft';
    const x0 = left ? L : R - 250;
    const x1 = left ? L + 250 : R;
    ensure(tot.length * (lh + 2) + 10);
    for (const [k, v, b] of tot) {
      if (b && d.layout === 'dark') { rect(x0 - 4, y - 3, x1 - x0 + 8, lh + 4, '#1d2b44'); }
      else if (b) line(x0, y - 3, x1, y - 3, '#222222', 0.8);
      const color = b && d.layout === 'dark' ? '#ffffff' : '#111111';
      text(k, x0 + 2, y, { f: b ? 'bold' : 'sans', color });
      text(v, x1 - 2, y, { f: b ? 'bold' : 'sans', align: 'right', color });
      y += lh + 2;
    }
    y += 6;
  };
  if (d.table) drawTable(d.table);
  if (d.pageBreakAfterTable) { newPage(); y = 50; }
  if (d.totals) drawTotals(d.totals);
  if (d.box) {
    ensure(60);
    const x0 = R - 300;
    rect(x0, y, 300, 50, null, '#111111');
    text(d.box[0], x0 + 8, y + 8, { f: 'bold', s: 10.5 });
    text(d.box[1], R - 8, y + 8, { f: 'bold', s: 10.5, align: 'right' });
    text(d.box[2], x0 + 8, y + 30, { s: 8 });
    y += 62;
  }
  if (d.after2) {
    ensure(60);
    y += 6;
    text(d.after2.title, L, y, { f: 'bold', s: 10.5 });
    y += 18;
    drawTable(d.after2);
    drawTotals(d.after2.totals);
  }
  for (const a of d.after ?? []) { ensure(lh); text(a, L, y); y += lh; }

  const n = pages.length;
  pages.forEach((p, i) => {
    ops = p;
    if (d.footer) {
      let fy = H - 70 - (d.browser ? 20 : 0);
      line(L, fy - 5, R, fy - 5, '#888888', 0.4);
      for (const f of d.footer) { text(f, L, fy, { s: 6.8, color: '#333333' }); fy += 9; }
    }
    if (d.page) text(d.page.replace('{p}', i + 1).replace('{n}', n), R, H - 40, { s: 7.5, align: 'right' });
    if (d.browser) {
      text(d.browser.left, 22, 14, { s: 7 });
      text(d.browser.center, W / 2, 14, { s: 7, align: 'center' });
      text(d.browser.url, 22, H - 20, { s: 7 });
      text(d.browser.page.replace('{p}', i + 1).replace('{n}', n), W - 22, H - 20, { s: 7, align: 'right' });
    }
  });
  return { W, H, pages };
}

// ---------- renderers ----------
async function toPdf(model, d) {
  const doc = new PDFDocument({ size: [model.W, model.H], margin: 0, autoFirstPage: false, info: { Title: d.file.replace(/\.pdf$/, ''), Producer: d.kind === 'mail' ? 'Skia/PDF m120' : 'docparse sweep14', CreationDate: CREATED, ModDate: CREATED } });
  // Standard (unembedded) Helvetica where the text is WinAnsi, as most invoicing software writes it;
  // embedded TrueType for the languages it cannot write (Maltese ħ ż ġ, Welsh ŵ).
  const winAnsi = model.pages.every((ops) => ops.every((o) => o.t !== 'text' || !NOT_WIN_ANSI.test(o.str)));
  for (const [k, p] of Object.entries(FONTS)) doc.registerFont(k, winAnsi ? (k === 'bold' ? 'Helvetica-Bold' : 'Helvetica') : p);
  for (const ops of model.pages) {
    doc.addPage({ size: [model.W, model.H], margin: 0 });
    for (const o of ops) {
      if (o.t === 'rect') {
        if (o.fill) doc.rect(o.x, o.y, o.w, o.h).fill(o.fill);
        if (o.stroke) doc.lineWidth(0.8).rect(o.x, o.y, o.w, o.h).stroke(o.stroke);
      } else if (o.t === 'line') doc.lineWidth(o.lw).moveTo(o.x1, o.y1).lineTo(o.x2, o.y2).stroke(o.color);
      else {
        doc.font(o.f).fontSize(o.s).fillColor(o.color);
        const w = doc.widthOfString(o.str);
        const x = o.align === 'right' ? o.x - w : o.align === 'center' ? o.x - w / 2 : o.x;
        doc.text(o.str, x, o.y, { lineBreak: false });
      }
    }
  }
  return docToBuffer(doc);
}

function toCanvas(model, pageIndex, dpi) {
  const k = dpi / 72;
  const c = createCanvas(Math.round(model.W * k), Math.round(model.H * k));
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.textBaseline = 'top';
  for (const o of model.pages[pageIndex]) {
    if (o.t === 'rect') {
      if (o.fill) { ctx.fillStyle = o.fill; ctx.fillRect(o.x * k, o.y * k, o.w * k, o.h * k); }
      if (o.stroke) { ctx.strokeStyle = o.stroke; ctx.lineWidth = 0.8 * k; ctx.strokeRect(o.x * k, o.y * k, o.w * k, o.h * k); }
    } else if (o.t === 'line') {
      ctx.strokeStyle = o.color; ctx.lineWidth = o.lw * k;
      ctx.beginPath(); ctx.moveTo(o.x1 * k, o.y1 * k); ctx.lineTo(o.x2 * k, o.y2 * k); ctx.stroke();
    } else {
      ctx.font = `${o.s * k}px s14${o.f}`;
      ctx.fillStyle = o.color;
      ctx.textAlign = o.align;
      ctx.fillText(o.str, o.x * k, o.y * k + o.s * k * 0.1);
    }
  }
  ctx.textAlign = 'left';
  return c;
}

/** Rotated copy (degrees, clockwise), the new corners filled with `bg`. */
function rotated(src, deg, bg = '#ffffff') {
  const a = (deg * Math.PI) / 180;
  const quarter = Math.abs(Math.round(deg / 90)) % 2 === 1;
  const w = quarter ? src.height : src.width;
  const h = quarter ? src.width : src.height;
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, w, h);
  ctx.translate(w / 2, h / 2);
  ctx.rotate(a);
  ctx.drawImage(src, -src.width / 2, -src.height / 2);
  return c;
}

/** Per-pixel pass over a canvas: fn(r, g, b, x, y) -> [r, g, b]. */
function pixels(c, fn) {
  const ctx = c.getContext('2d');
  const img = ctx.getImageData(0, 0, c.width, c.height);
  const p = img.data;
  for (let y = 0; y < c.height; y++) {
    for (let x = 0; x < c.width; x++) {
      const i = (y * c.width + x) * 4;
      const [r, g, b] = fn(p[i], p[i + 1], p[i + 2], x, y);
      p[i] = r; p[i + 1] = g; p[i + 2] = b; p[i + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  return c;
}
const clamp = (v) => (v < 0 ? 0 : v > 255 ? 255 : v);

/** A copier's grey scan: grey, a little grain, rare specks. */
function scanLook(c, rnd) {
  return pixels(c, (r, g, b) => {
    let v = 0.3 * r + 0.59 * g + 0.11 * b;
    v = v * 0.93 + 10 + (rnd() - 0.5) * 7;
    if (rnd() < 0.0004) v = 40;
    return [clamp(v), clamp(v), clamp(v)];
  });
}

/** Remaps pixels through a displacement (crumpled paper): sample at (x + dx, y + dy), shade. */
function crumple(c, rnd) {
  const src = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const out = createCanvas(c.width, c.height);
  const ph = [rnd() * 6, rnd() * 6, rnd() * 6];
  const w = c.width;
  return pixels(out, (_r, _g, _b, x, y) => {
    const dx = 2.2 * Math.sin(y / 23 + ph[0]) + 1.4 * Math.sin((x + y) / 41 + ph[1]);
    const dy = 2.0 * Math.sin(x / 29 + ph[2]);
    const sx = Math.min(w - 1, Math.max(0, Math.round(x + dx)));
    const sy = Math.min(c.height - 1, Math.max(0, Math.round(y + dy)));
    const i = (sy * w + sx) * 4;
    const shade = 1 - 0.13 * (0.5 + 0.5 * Math.sin(x / 37 + y / 53 + ph[1])) - 0.08 * (0.5 + 0.5 * Math.cos((x - y) / 61 + ph[2]));
    return [src[i] * shade, src[i + 1] * shade, src[i + 2] * shade];
  });
}

function receiptCanvas(r) {
  const cols = r.cols ?? 32;
  const px = cols > 40 ? 15 : 19;
  const font = `${px}px s14${r.font ?? 'mono'}`;
  measureCanvas.font = font;
  const cw = measureCanvas.measureText('M').width;
  const lhp = Math.round(px * 1.32);
  const pad = 22;
  const c = createCanvas(Math.ceil(cols * cw + 2 * pad), r.text.length * lhp + 2 * pad + 20);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fbfaf6';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.font = font;
  ctx.fillStyle = '#1d1d22';
  ctx.textBaseline = 'top';
  r.text.forEach((t, i) => ctx.fillText(t, pad, pad + i * lhp));
  return c;
}

/** A photo of a slip or page on a desk: turned, shaded, in dim light, crumpled; then stored sideways for EXIF. */
function capture(paper, cap, rnd) {
  if (cap.faded) pixels(paper, (r, g, b) => [r + (255 - r) * 0.45, g + (255 - g) * 0.45, b + (255 - b) * 0.4]);
  if (cap.crumple) paper = crumple(paper, rnd);
  if (cap.scanGray) return scanLook(rotated(paper, 0.8), rnd);
  const margin = 70;
  const turned = rotated(paper, cap.angle ?? 0, '#6b5a48');
  const c = createCanvas(turned.width + 2 * margin, turned.height + 2 * margin);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#6b5a48';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.drawImage(turned, margin, margin);
  const ph = rnd() * 6;
  pixels(c, (r, g, b, x, y) => {
    let k = 1;
    if (cap.shadow) k *= 1 - 0.28 * Math.max(0, Math.min(1, (x / c.width) * 1.4 - 0.5 + 0.15 * Math.sin(y / 90 + ph)));
    if (cap.dark) k *= 0.46;
    const n = (rnd() - 0.5) * (cap.dark ? 14 : 5);
    return [clamp(r * k + n), clamp(g * k + n), clamp(b * k * (cap.dark ? 0.9 : 1) + n)];
  });
  return c;
}

/** The stored pixels for an EXIF Orientation: 6 = shown turned 90° clockwise, 8 = 90° counter-clockwise. */
function storedFor(orientation, shown) {
  const c = createCanvas(shown.height, shown.width);
  const ctx = c.getContext('2d');
  if (orientation === 6) { ctx.translate(0, shown.width); ctx.rotate(-Math.PI / 2); }
  else { ctx.translate(shown.height, 0); ctx.rotate(Math.PI / 2); }
  ctx.drawImage(shown, 0, 0);
  return c;
}

/** A JPEG with an APP1 Exif segment holding only Orientation, in place of the JFIF APP0, as phones write it. */
function withExifOrientation(jpeg, orientation) {
  let i = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) i = 4 + jpeg.readUInt16BE(4);
  const tiff = Buffer.alloc(26);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  tiff.writeUInt32LE(0, 22);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), head, payload, jpeg.subarray(i)]);
}

function quittung(form, rnd) {
  const c = createCanvas(900, 620);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fdfcf5';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.strokeStyle = '#2a6b3a';
  ctx.fillStyle = '#2a6b3a';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(14, 14, c.width - 28, c.height - 28);
  ctx.textBaseline = 'alphabetic';
  ctx.font = '38px s14bold';
  ctx.fillText('QUITTUNG', 40, 70);
  const label = (t, x, y, s = 17) => { ctx.font = `${s}px s14sans`; ctx.fillText(t, x, y); };
  const rule = (x1, x2, y) => { ctx.beginPath(); ctx.moveTo(x1, y + 4); ctx.lineTo(x2, y + 4); ctx.stroke(); };
  label('Nr.', 330, 66); rule(365, 470, 66);
  label('EUR', 560, 66); ctx.strokeRect(610, 36, 240, 44);
  label('Netto EUR', 40, 130); rule(160, 380, 130);
  label('+ 19 % MwSt. EUR', 40, 175); rule(200, 380, 175);
  label('Gesamt EUR', 40, 220); rule(160, 380, 220);
  label('in Worten', 40, 280); rule(130, 850, 280);
  label('von', 40, 340); rule(90, 850, 340);
  label('für', 40, 400); rule(90, 850, 400);
  label('dankend erhalten.', 40, 445, 15);
  label('Ort / Datum', 40, 540); rule(150, 450, 540);
  label('Stempel / Unterschrift des Empfängers', 520, 575, 13); rule(520, 850, 540);
  const de = (c0) => `${Math.floor(c0 / 100)},${String(c0 % 100).padStart(2, '0')}`;
  const hand = (t, x, y, s = 27) => {
    ctx.save();
    ctx.fillStyle = '#1f3a9a';
    let cx = x;
    for (const ch0 of t) {
      ctx.save();
      ctx.translate(cx, y + (rnd() - 0.5) * 3);
      ctx.rotate((rnd() - 0.5) * 0.12 - 0.05);
      ctx.font = `${s + (rnd() - 0.5) * 3}px s14hand`;
      ctx.fillText(ch0, 0, 0);
      cx += ctx.measureText(ch0).width * 0.96;
      ctx.restore();
    }
    ctx.restore();
  };
  hand('17', 380, 64);
  hand(de(form.gross), 660, 70, 30);
  hand(de(form.net), 230, 127);
  hand(de(form.tax), 250, 172);
  hand(de(form.gross), 230, 217);
  hand(form.words, 150, 277, 24);
  hand(form.from, 110, 337);
  hand(form.for, 110, 397);
  hand(form.place, 160, 537);
  ctx.strokeStyle = '#1f3a9a';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(540, 530);
  for (let x = 540; x < 760; x += 6) ctx.lineTo(x, 520 + 14 * Math.sin(x / 11) * (rnd() * 0.6 + 0.5));
  ctx.stroke();
  return c;
}

// ---------- scans to PDF, TIFF ----------
const NOT_WIN_ANSI = /[^\x20-\x7e\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;
async function scanPdf(d, model) {
  const sc = d.scan;
  const rnd = prng(sc.seed ?? hash32(d.file));
  const pdf = await LibDocument.create();
  pdf.setCreationDate(CREATED);
  pdf.setModificationDate(CREATED);
  pdf.setProducer(sc.ocrLayer ? 'ocrmypdf 16.4.2 / Tesseract OCR-hOCR 5.3.4' : 'Canon iR-ADV C3530 PDF');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < model.pages.length; p++) {
    let img = scanLook(rotated(toCanvas(model, p, sc.dpi), sc.angle), rnd);
    if (sc.rotatePage === 90) img = storedFor(6, img);
    const jpg = await pdf.embedJpg(await img.encodeSync('jpeg', sc.quality));
    const pw = (img.width * 72) / sc.dpi;
    const ph = (img.height * 72) / sc.dpi;
    const page = pdf.addPage([pw, ph]);
    page.drawImage(jpg, { x: 0, y: 0, width: pw, height: ph });
    if (sc.rotatePage) page.setRotation(degrees(sc.rotatePage));
    if (sc.ocrLayer) {
      page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
      for (const o of model.pages[p]) {
        if (o.t !== 'text') continue;
        let s = o.str;
        for (const [a, b] of sc.ocrLayer) s = s.split(a).join(b);
        s = s.replace(new RegExp(NOT_WIN_ANSI.source, 'g'), '?');
        const w = font.widthOfTextAtSize(s, o.s);
        const x = o.align === 'right' ? o.x - w : o.align === 'center' ? o.x - w / 2 : o.x;
        page.drawText(s, { x, y: model.H - o.y - o.s * 0.85, size: o.s, font });
      }
    }
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

function packBits(row) {
  const out = [];
  let i = 0;
  while (i < row.length) {
    let j = i;
    while (j + 1 < row.length && row[j + 1] === row[i] && j - i < 127) j++;
    if (j > i) { out.push(257 - (j - i + 1), row[i]); i = j + 1; continue; }
    let k = i;
    while (k + 1 < row.length && row[k + 1] !== row[k] && k - i < 127) k++;
    if (k + 1 < row.length && k > i) k--;
    out.push(k - i, ...row.slice(i, k + 1));
    i = k + 1;
  }
  return out;
}

/** Multi-page bilevel TIFF (PackBits, WhiteIsZero), one strip a page. */
function tiff(canvases, dpi) {
  const pages = canvases.map((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const rowBytes = Math.ceil(c.width / 8);
    const bytes = [];
    for (let y = 0; y < c.height; y++) {
      const row = new Array(rowBytes).fill(0);
      for (let x = 0; x < c.width; x++) if (data[(y * c.width + x) * 4] < 150) row[x >> 3] |= 0x80 >> (x & 7);
      for (const b of packBits(row)) bytes.push(b);
    }
    return { w: c.width, h: c.height, strip: Buffer.from(bytes) };
  });
  const parts = [];
  let off = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  parts.push(header);
  const ifdOffsets = [];
  for (const p of pages) {
    const stripOff = off;
    parts.push(p.strip);
    off += p.strip.length + (p.strip.length % 2);
    if (p.strip.length % 2) parts.push(Buffer.alloc(1));
    const resOff = off;
    const res = Buffer.alloc(16);
    res.writeUInt32LE(dpi, 0); res.writeUInt32LE(1, 4); res.writeUInt32LE(dpi, 8); res.writeUInt32LE(1, 12);
    parts.push(res);
    off += 16;
    const entries = [[256, 4, 1, p.w], [257, 4, 1, p.h], [258, 3, 1, 1], [259, 3, 1, 32773], [262, 3, 1, 0], [273, 4, 1, stripOff], [277, 3, 1, 1], [278, 4, 1, p.h], [279, 4, 1, p.strip.length], [282, 5, 1], [283, 5, 1], [296, 3, 1, 2]];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    writeIfdEntries(ifd, entries, (tag) => (tag === 282 ? resOff : resOff + 8));
    ifdOffsets.push({ at: off, buf: ifd });
    parts.push(ifd);
    off += ifd.length;
  }
  header.writeUInt32LE(ifdOffsets[0].at, 4);
  ifdOffsets.forEach((x, i) => x.buf.writeUInt32LE(i + 1 < ifdOffsets.length ? ifdOffsets[i + 1].at : 0, x.buf.length - 4));
  return Buffer.concat(parts);
}

// ---------- main ----------
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of DOCS) {
  const rnd = prng(hash32(d.file));
  let bytes;
  if (d.kind === 'receipt' || d.kind === 'quittung') {
    const paper = d.kind === 'quittung' ? quittung(d.form, rnd) : receiptCanvas(d.receipt);
    let img = capture(paper, d.capture, rnd);
    if (d.capture.exif) img = storedFor(d.capture.exif, img);
    bytes = await img.encodeSync('jpeg', d.capture.quality ?? (d.capture.scanGray ? 55 : 62));
    if (d.capture.exif) bytes = withExifOrientation(bytes, d.capture.exif);
  } else {
    const model = buildInvoice(d);
    if (d.tiff) bytes = tiff(model.pages.map((_, i) => rotated(toCanvas(model, i, d.tiff.dpi), 0.5)), d.tiff.dpi);
    else if (d.scan) bytes = await scanPdf(d, model);
    else bytes = await toPdf(model, d);
  }
  writeFileSync(join(OUT, d.file), bytes);
  truth[d.file] = d.truth;
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
let total = 0;
for (const f of readdirSync(OUT)) {
  const { size } = await import('node:fs').then((fs) => fs.statSync(join(OUT, f)));
  total += size;
  console.log(`${String(size).padStart(8)}  ${f}`);
}
console.log(`${String(total).padStart(8)}  total (${DOCS.length} documents)`);
