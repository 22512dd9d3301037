#!/usr/bin/env node
// Writes fixtures/sweep6 (the sixth held-out sweep, see fixtures/README.md): German and French
// invoices as text PDFs, a scanned image-only PDF, a fax-quality PNG, a phone photo of an
// invoice and five till receipts (JPEG), plus truth.json. The data and truth come from
// scripts/make-sweep6-docs.mjs; this file only lays pages out and degrades the images.
//
//   node scripts/make-sweep6-fixtures.mjs
//
// Deterministic: fixed PDF dates (hence /ID), PRNGs seeded from file names (scripts/lib/prng.mjs).
// One layout produces a list of drawing operations in PDF points; the same list is drawn by
// pdfkit (text PDFs) or by @napi-rs/canvas (images), so a scan shows exactly the text PDF's page.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { prng, hash32 } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS, RECEIPTS, truthOf } from './make-sweep6-docs.mjs';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sweep6');
const WHEN = new Date(Date.UTC(2025, 10, 20, 9, 0, 0));
const A4 = { w: 595.28, h: 841.89 };
const M = 50;

const TTF = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${TTF}/liberation/LiberationSans-Regular.ttf`, 'LibSans');
GlobalFonts.registerFromPath(`${TTF}/liberation/LiberationSans-Bold.ttf`, 'LibSansBold');
GlobalFonts.registerFromPath(`${TTF}/liberation/LiberationSerif-Regular.ttf`, 'LibSerif');
GlobalFonts.registerFromPath(`${TTF}/liberation/LiberationSerif-Bold.ttf`, 'LibSerifBold');
GlobalFonts.registerFromPath(`${TTF}/dejavu/DejaVuSansMono.ttf`, 'Mono');
GlobalFonts.registerFromPath(`${TTF}/dejavu/DejaVuSansMono-Bold.ttf`, 'MonoBold');
/** Canvas stand-ins with the metrics of the PDF standard fonts. */
const CANVAS_FONT = { Helvetica: 'LibSans', 'Helvetica-Bold': 'LibSansBold', 'Times-Roman': 'LibSerif', 'Times-Bold': 'LibSerifBold' };
const ASCENT = { Helvetica: 0.718, 'Helvetica-Bold': 0.718, 'Times-Roman': 0.683, 'Times-Bold': 0.683 };

// ---------------------------------------------------------------- measuring and layout

const measurer = new PDFDocument({ size: 'A4', margin: 0 });
const width = (text, font, size) => measurer.font(font).fontSize(size).widthOfString(text);
const bold = (font) => (font.startsWith('Times') ? 'Times-Bold' : 'Helvetica-Bold');

/** Greedy word wrap to a width in points. */
function wrap(text, font, size, w) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next, font, size) > w) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Drawing operations of one invoice: an array of pages, each an array of ops (points, y down). */
function layoutInvoice(d) {
  const R = d.style.font;
  const B = bold(R);
  const pages = [];
  let ops = [];
  const text = (t, x, y, s, f = R, align = 'left') => {
    const xx = align === 'right' ? x - width(t, f, s) : align === 'center' ? x - width(t, f, s) / 2 : x;
    ops.push({ t: 'text', text: t, x: xx, y, s, f });
  };
  const line = (x1, y1, x2, y2, w = 0.6, dash = false) => ops.push({ t: 'line', x1, y1, x2, y2, w, dash });
  /** Wrapped paragraphs across the text width, from y on. */
  const paragraphs = (ps, size, lead, gap) => {
    for (const p of ps) {
      for (const l of wrap(p, R, size, A4.w - 2 * M)) {
        text(l, M, y, size);
        y += lead;
      }
      y += gap;
    }
  };
  const fs = d.style.small ? 8 : 8.8;
  const right = A4.w - M;

  // letterhead
  let y = 45;
  if (d.style.accent) ops.push({ t: 'rect', x: 0, y: 0, w: A4.w, h: 14, g: 0.25 });
  text(d.seller.name, M, y, 16, B);
  y += 21;
  for (const l of d.seller.lines) {
    text(l, M, y, 8.5);
    y += 11;
  }
  // address window and meta
  let ya = Math.max(y + 20, 135);
  if (d.seller.sender) {
    text(d.seller.sender, M, ya, 6.5);
    line(M, ya + 8.5, M + width(d.seller.sender, R, 6.5), ya + 8.5, 0.4);
    ya += 15;
  }
  for (const l of d.buyer) {
    text(l, M, ya, 10);
    ya += 13;
  }
  let ym = Math.max(y + 20, 135);
  if (d.style.meta === 'right') {
    for (const [k, v] of d.meta) {
      text(k, 330, ym, 8.5);
      text(v, right, ym, 8.5, B, 'right');
      ym += 13;
    }
  }
  y = Math.max(ya, ym) + 18;
  if (d.dateLine) {
    text(d.dateLine, right, y, 10, R, 'right');
    y += 20;
  }
  text(d.title, M, y, 17, B);
  y += 28;
  if (d.style.meta === 'under-title') {
    for (const [k, v] of d.meta) {
      text(`${k}:`, M, y, 9);
      text(v, M + 150, y, 9, B);
      y += 12.5;
    }
    y += 8;
  } else if (d.style.meta === 'row') {
    const cw = (right - M) / d.meta.length;
    line(M, y - 4, right, y - 4);
    d.meta.forEach(([k, v], i) => {
      text(k, M + i * cw + 2, y, 7.5);
      text(v, M + i * cw + 2, y + 10, 9.5, B);
    });
    y += 30;
    line(M, y - 4, right, y - 4);
    y += 6;
  }
  paragraphs(d.before, 9.5, 12.5, 3);
  y += 6;

  // items table
  const scale = (right - M) / d.cols.reduce((a, c) => a + c.w, 0);
  const xs = [];
  let x = M;
  for (const c of d.cols) {
    xs.push(x);
    x += c.w * scale;
  }
  const header = () => {
    if (d.style.rules) line(M, y - 3, right, y - 3, 0.8);
    else ops.push({ t: 'rect', x: M, y: y - 3, w: right - M, h: 14, g: 0.88 });
    d.cols.forEach((c, i) => (c.a === 'right' ? text(c.h, xs[i] + c.w * scale - 3, y, fs, B, 'right') : text(c.h, xs[i] + 2, y, fs, B)));
    y += 13;
    if (d.style.rules) line(M, y - 2, right, y - 2, 0.5);
    y += 3;
  };
  const row = (cells) => {
    const wrapped = cells.map((c, i) => (d.cols[i].a === 'right' ? [c] : wrap(c, R, fs, d.cols[i].w * scale - 6)));
    const n = Math.max(...wrapped.map((w) => w.length));
    wrapped.forEach((ls, i) => ls.forEach((l, k) => (d.cols[i].a === 'right' ? text(l, xs[i] + d.cols[i].w * scale - 3, y + k * (fs + 2.5), fs, R, 'right') : text(l, xs[i] + 2, y + k * (fs + 2.5), fs))));
    y += n * (fs + 2.5) + (d.style.compact ? 3 : 5);
  };
  header();
  let carried = 0;
  d.rows.forEach((r, i) => {
    if (r.section) {
      text(r.section, M + 2, y + 2, fs + 0.5, B);
      y += fs + 8;
      return;
    }
    row(r);
    if (d.carry) {
      carried += d.rowCents[i];
      if (i + 1 === d.carry.breakAfter) {
        line(M, y - 2, right, y - 2, 0.5);
        text(`${d.carry.label}`, xs[d.cols.length - 2], y + 2, fs, B);
        text(d.carry.fmt(carried), right - 3, y + 2, fs, B, 'right');
        text(d.carry.page(1, 2), right, A4.h - 75, 8, R, 'right');
        footer(d, text, line);
        pages.push(ops);
        ops = [];
        y = 45;
        text(d.seller.name, M, y, 11, B);
        text(`${d.title} ${d.meta[0][1]} vom ${d.meta[1][1]}`, right, y + 2, 9, R, 'right');
        y += 30;
        header();
        text(`${d.carry.label}`, xs[d.cols.length - 2], y, fs, B);
        text(d.carry.fmt(carried), right - 3, y, fs, B, 'right');
        y += fs + 8;
      }
    }
  });
  if (d.style.rules) line(M, y - 2, right, y - 2, 0.8);
  y += 8;

  // totals, with a VAT breakdown on the left where there is one
  const yt = y;
  for (const [k, v, b] of d.totals) {
    if (b) {
      line(330, y - 3, right, y - 3, 0.8);
      y += 1;
    }
    text(k, 330, y, b ? 10 : 9, b ? B : R);
    text(v, right, y, b ? 10 : 9, b ? B : R, 'right');
    y += b ? 16 : 13;
  }
  if (d.taxTable) {
    let yy = yt;
    const cx = [M, M + 60, M + 120, M + 175];
    d.taxTable.head.forEach((h, i) => text(h, i ? cx[i] + 50 : cx[i], yy, 7.8, B, i ? 'right' : 'left'));
    yy += 11;
    line(M, yy - 2, M + 230, yy - 2, 0.4);
    for (const r of d.taxTable.rows) {
      r.forEach((c, i) => text(c, i ? cx[i] + 50 : cx[i], yy, 7.8, R, i ? 'right' : 'left'));
      yy += 10.5;
    }
    y = Math.max(y, yy);
  }
  y += 14;
  paragraphs(d.after, 9, 11.5, 4);
  if (d.qr) {
    if (y > 535) throw new Error(`${d.file}: body runs into the QR-bill (${y})`);
    qrBill(d.qr, R, B, text, line, ops);
  } else {
    if (y > 760) throw new Error(`${d.file}: body runs into the footer (${y})`);
    if (d.carry) text(d.carry.page(2, 2), right, A4.h - 75, 8, R, 'right');
    footer(d, text, line);
  }
  pages.push(ops);
  return pages;
}

function footer(d, text, line) {
  if (!d.footer) return;
  const y0 = A4.h - 58;
  line(M, y0 - 5, A4.w - M, y0 - 5, 0.4);
  const cw = (A4.w - 2 * M) / d.footer.length;
  d.footer.forEach((col, i) => col.forEach((l, k) => text(l, M + i * cw, y0 + k * 8.5, 6.5, d.style.font)));
}

/** The Swiss QR-bill: receipt (62 mm) and payment part (148 mm) on the bottom 105 mm. */
function qrBill(q, R, B, text, line, ops) {
  const L = q.lang === 'fr'
    ? { receipt: 'Récépissé', pay: 'Section paiement', acct: 'Compte / Payable à', ref: 'Référence', info: 'Informations supplémentaires', by: 'Payable par', cur: 'Monnaie', amt: 'Montant', accept: 'Point de dépôt' }
    : { receipt: 'Empfangsschein', pay: 'Zahlteil', acct: 'Konto / Zahlbar an', ref: 'Referenz', info: 'Zusätzliche Informationen', by: 'Zahlbar durch', cur: 'Währung', amt: 'Betrag', accept: 'Annahmestelle' };
  const mm = 72 / 25.4;
  const top = A4.h - 105 * mm;
  line(0, top, A4.w, top, 0.5, true);
  line(62 * mm, top, 62 * mm, A4.h, 0.5, true);
  const block = (x, y, head, ls, hs, vs) => {
    text(head, x, y, hs, B);
    y += hs + 2;
    for (const l of ls) {
      text(l, x, y, vs);
      y += vs + 1.5;
    }
    return y + 6;
  };
  let x = 5 * mm;
  let y = top + 5 * mm;
  text(L.receipt, x, y, 11, B);
  y += 20;
  y = block(x, y, L.acct, [q.iban, ...q.creditor], 6, 8);
  if (q.ref) y = block(x, y, L.ref, [q.ref], 6, 8);
  block(x, y, L.by, q.debtor, 6, 8);
  let ya = top + 68 * mm;
  text(L.cur, x, ya, 6, B);
  text(L.amt, x + 14 * mm, ya, 6, B);
  text('CHF', x, ya + 9, 8);
  text(q.amount, x + 14 * mm, ya + 9, 8);
  text(L.accept, 57 * mm, top + 85 * mm, 6, B, 'right');
  // payment part
  x = 67 * mm;
  y = top + 5 * mm;
  text(L.pay, x, y, 11, B);
  ops.push({ t: 'qr', x, y: top + 17 * mm, size: 46 * mm, seed: hash32(q.iban + q.amount) });
  ya = top + 68 * mm;
  text(L.cur, x, ya, 8, B);
  text(L.amt, x + 20 * mm, ya, 8, B);
  text('CHF', x, ya + 11, 10);
  text(q.amount, x + 20 * mm, ya + 11, 10);
  x = 118 * mm;
  y = top + 5 * mm;
  y = block(x, y, L.acct, [q.iban, ...q.creditor], 8, 10);
  if (q.ref) y = block(x, y, L.ref, [q.ref], 8, 10);
  y = block(x, y, L.info, [q.info], 8, 10);
  block(x, y, L.by, q.debtor, 8, 10);
}

// ---------------------------------------------------------------- drawing: pdfkit and canvas

function drawPdf(doc, ops) {
  for (const o of ops) {
    if (o.t === 'text') doc.font(o.f).fontSize(o.s).fillColor('black').text(o.text, o.x, o.y, { lineBreak: false });
    else if (o.t === 'line') {
      doc.save().lineWidth(o.w);
      if (o.dash) doc.dash(3, { space: 2 });
      doc.moveTo(o.x1, o.y1).lineTo(o.x2, o.y2).stroke('black').restore();
    } else if (o.t === 'rect') doc.save().rect(o.x, o.y, o.w, o.h).fill(grey(o.g)).restore();
    else if (o.t === 'qr') qrModules(o, (x, y, w, h) => doc.rect(x, y, w, h).fill('black'));
  }
}
const grey = (g) => `#${Math.round(g * 255).toString(16).padStart(2, '0').repeat(3)}`;

/** A QR-like module pattern (finder squares and seeded modules): only its look matters here. */
function qrModules(o, fill) {
  const n = 33;
  const m = o.size / n;
  const r = prng(o.seed);
  const finder = (cx, cy) => {
    fill(o.x + cx * m, o.y + cy * m, 7 * m, m);
    fill(o.x + cx * m, o.y + (cy + 6) * m, 7 * m, m);
    fill(o.x + cx * m, o.y + cy * m, m, 7 * m);
    fill(o.x + (cx + 6) * m, o.y + cy * m, m, 7 * m);
    fill(o.x + (cx + 2) * m, o.y + (cy + 2) * m, 3 * m, 3 * m);
  };
  finder(0, 0);
  finder(n - 7, 0);
  finder(0, n - 7);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const inFinder = (i < 8 && j < 8) || (i >= n - 8 && j < 8) || (i < 8 && j >= n - 8);
      if (!inFinder && r() < 0.5) fill(o.x + i * m, o.y + j * m, m, m);
    }
  // the Swiss cross in the middle
  const c = o.x + o.size / 2;
  const cy = o.y + o.size / 2;
  fill(c - 3.5 * m, cy - 3.5 * m, 7 * m, 7 * m);
}

function drawCanvas(ctx, ops, k) {
  ctx.fillStyle = 'white';
  for (const o of ops) {
    if (o.t === 'text') {
      ctx.fillStyle = '#111';
      ctx.font = `${o.s * k}px ${CANVAS_FONT[o.f]}`;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(o.text, o.x * k, (o.y + ASCENT[o.f] * o.s) * k);
    } else if (o.t === 'line') {
      ctx.strokeStyle = '#111';
      ctx.lineWidth = Math.max(1, o.w * k);
      ctx.setLineDash(o.dash ? [3 * k, 2 * k] : []);
      ctx.beginPath();
      ctx.moveTo(o.x1 * k, o.y1 * k);
      ctx.lineTo(o.x2 * k, o.y2 * k);
      ctx.stroke();
    } else if (o.t === 'rect') {
      ctx.fillStyle = grey(o.g);
      ctx.fillRect(o.x * k, o.y * k, o.w * k, o.h * k);
    } else if (o.t === 'qr') {
      ctx.fillStyle = '#111';
      qrModules(o, (x, y, w, h) => ctx.fillRect(x * k, y * k, w * k + 0.5, h * k + 0.5));
    }
  }
}

/** A page rendered at a resolution, as a canvas. */
function pageCanvas(ops, dpi) {
  const k = dpi / 72;
  const c = createCanvas(Math.round(A4.w * k), Math.round(A4.h * k));
  const ctx = c.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, c.width, c.height);
  drawCanvas(ctx, ops, k);
  return c;
}

// ---------------------------------------------------------------- degradations

/**
 * Resample a canvas through a map from output to source pixel (bilinear), times a light factor:
 * perspective, paper crumples, shadows. Outside the source the background grey `bg` shows.
 */
function remap(src, w, h, map, light, bg) {
  const s = src.getContext('2d').getImageData(0, 0, src.width, src.height);
  const out = createCanvas(w, h);
  const octx = out.getContext('2d');
  const o = octx.createImageData(w, h);
  const sw = src.width;
  const sh = src.height;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [sx, sy] = map(x, y);
      const i = (y * w + x) * 4;
      let v;
      if (sx < 0 || sy < 0 || sx >= sw - 1 || sy >= sh - 1) v = [bg, bg, bg];
      else {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const fx = sx - x0;
        const fy = sy - y0;
        v = [0, 1, 2].map((c) => {
          const p = (xx, yy) => s.data[(yy * sw + xx) * 4 + c];
          return p(x0, y0) * (1 - fx) * (1 - fy) + p(x0 + 1, y0) * fx * (1 - fy) + p(x0, y0 + 1) * (1 - fx) * fy + p(x0 + 1, y0 + 1) * fx * fy;
        });
      }
      const l = light(x, y);
      o.data[i] = v[0] * l;
      o.data[i + 1] = v[1] * l * 0.985;
      o.data[i + 2] = v[2] * l * 0.95;
      o.data[i + 3] = 255;
    }
  octx.putImageData(o, 0, 0);
  return out;
}

/** Grey noise on every pixel (and a few specks), in place. */
function noise(c, rnd, amount, specks = 0) {
  const ctx = c.getContext('2d');
  const im = ctx.getImageData(0, 0, c.width, c.height);
  for (let i = 0; i < im.data.length; i += 4) {
    const n = (rnd() - 0.5) * amount;
    for (let k = 0; k < 3; k++) im.data[i + k] = Math.max(0, Math.min(255, im.data[i + k] + n));
  }
  ctx.putImageData(im, 0, 0);
  ctx.fillStyle = '#222';
  for (let i = 0; i < specks; i++) ctx.fillRect(rnd() * c.width, rnd() * c.height, 1 + rnd() * 2, 1 + rnd() * 2);
}

function rotate(c, deg, bg = 'white') {
  const out = createCanvas(c.width, c.height);
  const ctx = out.getContext('2d');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.translate(c.width / 2, c.height / 2);
  ctx.rotate((deg * Math.PI) / 180);
  ctx.drawImage(c, -c.width / 2, -c.height / 2);
  return out;
}

/** A flatbed scan: 200 dpi, turned slightly, grey noise, JPEG, into an image-only PDF. */
async function scannedPdf(d, pages) {
  const rnd = prng(hash32(d.file));
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: WHEN, ModDate: WHEN, Producer: 'Scanner' } });
  for (const ops of pages) {
    let c = pageCanvas(ops, 200);
    c = rotate(c, 0.7, '#f4f4f4');
    noise(c, rnd, 6, 120);
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(await c.encodeSync('jpeg', 35), 0, 0, { width: A4.w, height: A4.h });
  }
  return docToBuffer(doc);
}

/** A fax: 204 x 98 dpi (rows doubled), thresholded to black and white, specks, turned 1 degree. */
async function faxPng(d, pages) {
  const rnd = prng(hash32(d.file));
  const ops = [...pages[0], { t: 'text', text: d.faxHeader, x: 30, y: 12, s: 8, f: 'Helvetica' }];
  const hi = pageCanvas(ops, 204);
  const lo = createCanvas(hi.width, Math.round(hi.height * (98 / 204)));
  lo.getContext('2d').drawImage(hi, 0, 0, lo.width, lo.height);
  let c = createCanvas(hi.width, hi.height);
  const ctx = c.getContext('2d');
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(lo, 0, 0, c.width, c.height);
  c = rotate(c, -1.0);
  const im = c.getContext('2d').getImageData(0, 0, c.width, c.height);
  for (let i = 0; i < im.data.length; i += 4) {
    const v = im.data[i] + (rnd() - 0.5) * 70 < 185 ? 0 : 255;
    im.data[i] = im.data[i + 1] = im.data[i + 2] = rnd() < 0.0008 ? 0 : v;
  }
  c.getContext('2d').putImageData(im, 0, 0);
  return c.encodeSync('png');
}

/** A phone photo: page on a desk, perspective (top edge narrower), a shadow across, JPEG. */
async function photoJpg(d, pages) {
  const src = pageCanvas(pages[0], 200);
  const W = 1460;
  const H = 2000;
  const sx = src.width;
  const sy = src.height;
  const top = 0.12;
  const photo = remap(src, W, H, (x, y) => {
    const v = (y - 70) / (H - 130);
    const shrink = top * (1 - v);
    const left = W * (0.04 + shrink / 2);
    const right = W * (0.96 - shrink / 2);
    const u = (x - left) / (right - left);
    return [u * sx, (v + 0.005 * Math.sin(u * 3.1)) * sy];
  }, (x, y) => {
    const edge = x - (W * 0.55 + (y - H) * 0.25);
    const shadow = 1 - 0.26 / (1 + Math.exp(-edge / 12));
    return (0.82 + 0.16 * (1 - y / H)) * shadow;
  }, 95);
  noise(photo, prng(hash32(d.file)), 6);
  return photo.encodeSync('jpeg', 60);
}

/** A till slip: monospace lines on narrow thermal paper (`ink`: a faded print's grey). */
function receiptCanvas(r) {
  const px = 22;
  const lh = 28;
  const padX = 30;
  const w = Math.ceil(40 * px * 0.602) + 2 * padX;
  const h = r.lines.length * lh + 80;
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fbfaf6';
  ctx.fillRect(0, 0, w, h);
  ctx.textBaseline = 'top';
  r.lines.forEach((l, i) => {
    const isBold = typeof l === 'object';
    ctx.font = `${px}px ${isBold ? 'MonoBold' : 'Mono'}`;
    ctx.fillStyle = r.ink ?? '#2a2a2a';
    ctx.fillText(isBold ? l.b : l, padX, 40 + i * lh);
  });
  return c;
}

/** A receipt scanned on a flatbed (slightly turned, faded bands) or photographed crumpled. */
async function receiptJpg(r) {
  const rnd = prng(hash32(r.file) ^ r.seed);
  const slip = receiptCanvas(r);
  if (r.out === 'receipt') {
    const W = slip.width + 140;
    const H = slip.height + 120;
    const fade = [0.3, 0.55, 0.8].map((p) => p * slip.height);
    const a = ((rnd() - 0.5) * 2.4 * Math.PI) / 180;
    const out = remap(slip, W, H, (x, y) => {
      const dx = x - W / 2;
      const dy = y - H / 2;
      return [Math.cos(a) * dx - Math.sin(a) * dy + slip.width / 2, Math.sin(a) * dx + Math.cos(a) * dy + slip.height / 2];
    }, (x, y) => 1 + 0.1 * Math.max(...fade.map((f) => Math.exp(-(((y - 60 - f) / 14) ** 2)))), 70);
    noise(out, rnd, 6, 40);
    return out.encodeSync('jpeg', 42);
  }
  // crumpled and photographed: waves across and along, shading from the wave slope, turned 3 degrees
  const W = slip.width + 200;
  const H = slip.height + 160;
  const a = (2.5 * Math.PI) / 180;
  const waves = [0, 1, 2].map(() => ({ f: 0.008 + rnd() * 0.012, p: rnd() * 6, amp: 1.5 + rnd() * 2 }));
  const bump = (x, y) => waves.reduce((s, w, i) => s + w.amp * Math.sin((i % 2 ? x : y) * w.f + w.p + (i === 2 ? x * 0.004 : 0)), 0);
  const out = remap(slip, W, H, (x, y) => {
    const dx = x - W / 2;
    const dy = y - H / 2;
    const b = bump(x, y);
    return [Math.cos(a) * dx - Math.sin(a) * dy + slip.width / 2 + b * 0.6, Math.sin(a) * dx + Math.cos(a) * dy + slip.height / 2 + b];
  }, (x, y) => 0.86 + 0.09 * (bump(x, y + 3) - bump(x, y)) - 0.15 * (x / W), 60);
  noise(out, rnd, 8);
  return out.encodeSync('jpeg', 55);
}

// ---------------------------------------------------------------- main

async function textPdf(d, pages) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: WHEN, ModDate: WHEN, Title: d.title, Producer: 'sweep6' } });
  for (const ops of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    drawPdf(doc, ops);
  }
  return docToBuffer(doc);
}

mkdirSync(OUT, { recursive: true });
for (const d of DOCS) {
  const pages = layoutInvoice(d);
  const bytes = d.out === 'scan' ? await scannedPdf(d, pages) : d.out === 'fax' ? await faxPng(d, pages) : d.out === 'photo' ? await photoJpg(d, pages) : await textPdf(d, pages);
  writeFileSync(join(OUT, d.file), bytes);
}
for (const r of RECEIPTS) writeFileSync(join(OUT, r.file), await receiptJpg(r));
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truthOf(), null, 2) + '\n');
console.log(`wrote ${DOCS.length + RECEIPTS.length} documents and truth.json to ${OUT}`);
