#!/usr/bin/env node
// Writes the fifth held-out sweep (fixtures/sweep5): text PDFs through pdfkit, scans, a photo and
// till receipts through @napi-rs/canvas. Data and truth live in make-sweep5-docs.mjs.
// Deterministic: fixed seeds (scripts/lib/prng.mjs), fixed PDF dates.
//
//   node scripts/make-sweep5-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas } from '@napi-rs/canvas';
import { prng, hash32 } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS, RECEIPTS } from './make-sweep5-docs.mjs';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sweep5');
const FIXED = new Date('2025-04-15T00:00:00Z');

/** A small drawing API shared by pdfkit (points) and canvas (scaled) so one layout serves both. */
const FONTS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'pdfjs-dist', 'standard_fonts');
function pdfPen(doc, embed) {
  // Helvetica only encodes WinAnsi: a document with ā, ę, ş … embeds a real font, as real ones do.
  if (embed) { doc.registerFont('R', join(FONTS, 'LiberationSans-Regular.ttf')); }
  const [R, B] = embed ? ['R', 'R'] : ['Helvetica', 'Helvetica-Bold'];
  return {
    text(s, x, y, { size = 10, bold = false, align = 'left', w = 0 } = {}) {
      doc.font(bold ? B : R).fontSize(size);
      if (align === 'right') doc.text(s, x - w, y, { width: w, align: 'right', lineBreak: false });
      else doc.text(s, x, y, { lineBreak: false });
    },
    line(x1, y1, x2, y2) { doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.6).stroke(); },
    rect(x, y, w, h, gray) { doc.rect(x, y, w, h).fill(gray); doc.fillColor('black'); },
  };
}
function canvasPen(ctx, k) {
  return {
    text(s, x, y, { size = 10, bold = false, align = 'left', w = 0 } = {}) {
      ctx.font = `${bold ? 'bold ' : ''}${size * k}px sans-serif`;
      ctx.textBaseline = 'top';
      ctx.fillStyle = '#111';
      if (align === 'right') { ctx.textAlign = 'right'; ctx.fillText(s, x * k, y * k); ctx.textAlign = 'left'; }
      else ctx.fillText(s, x * k, y * k);
    },
    line(x1, y1, x2, y2) { ctx.strokeStyle = '#222'; ctx.lineWidth = 0.6 * k; ctx.beginPath(); ctx.moveTo(x1 * k, y1 * k); ctx.lineTo(x2 * k, y2 * k); ctx.stroke(); },
    rect(x, y, w, h, gray) { ctx.fillStyle = gray; ctx.fillRect(x * k, y * k, w * k, h * k); },
  };
}

/** The A4 invoice page (595 x 842 pt), by layout kind. */
function drawInvoice(p, d) {
  let y = 50;
  if (d.layout === 'browser') {
    p.text(d.browserHeader[0], 20, 14, { size: 7 }); p.text(d.browserHeader[1], 250, 14, { size: 7 });
    p.text(d.browserFooter[0], 20, 822, { size: 7 }); p.text(d.browserFooter[1], 575, 822, { size: 7, align: 'right', w: 40 });
    y = 40;
  }
  if (d.layout === 'letterhead') {
    p.rect(0, 0, 595, 120, '#1d3557');
    p.rect(50, 30, 60, 60, '#f1faee');
    p.text('FALK', 62, 52, { size: 14, bold: true });
    y = 135;
    p.text(d.seller.join('  ·  '), 50, y, { size: 7 }); y += 20;
    for (const l of d.buyer) { p.text(l, 50, y); y += 13; }
    y += 20;
    const xs = [50, 170, 300, 420];
    d.refline.forEach(([k, v], i) => { p.text(k, xs[i], y, { size: 7 }); p.text(v, xs[i], y + 10, { size: 9 }); });
    y += 40;
    p.text(d.title, 50, y, { size: 16, bold: true }); y += 30;
  } else {
    p.text(d.seller[0], 50, y, { size: 13, bold: true });
    d.seller.slice(1).forEach((l, i) => p.text(l, 50, y + 18 + i * 12, { size: 9 }));
    p.text(d.title, 545, y, { size: 18, bold: true, align: 'right', w: 300 });
    y += 70;
    d.buyer.forEach((l, i) => p.text(l, 50, y + i * 13));
    d.meta.forEach(([k, v], i) => { p.text(k, 330, y + i * 14, { size: 9 }); p.text(v, 545, y + i * 14, { size: 9, align: 'right', w: 200 }); });
    y += Math.max(d.buyer.length * 13, d.meta.length * 14) + 30;
  }
  if (d.layout === 'progress') {
    for (const [k, v] of d.block) { p.text(k, 50, y); p.text(v, 545, y, { align: 'right', w: 150 }); y += 18; }
  } else {
    const cx = [50, 330, 430, 545];
    const head = () => {
      p.text(d.L.cols[0], cx[0], y, { size: 9, bold: true });
      for (let i = 1; i < 4; i++) p.text(d.L.cols[i], cx[i] + (i < 3 ? 40 : 0), y, { size: 9, bold: true, align: 'right', w: 100 });
      y += 14; if (d.layout !== 'norules') p.line(50, y, 545, y); y += 6;
    };
    const row = (r) => { p.text(r[0], cx[0], y, { size: 9 }); for (let i = 1; i < 4; i++) p.text(r[i], cx[i] + (i < 3 ? 40 : 0), y, { size: 9, align: 'right', w: 100 }); y += 15; };
    if (d.layout === 'sections') {
      const byDesc = new Map(d.rows.map((r) => [r[0], r]));
      for (const [name, its] of d.sections) { p.text(name, 50, y, { size: 10, bold: true }); y += 16; head(); for (const [desc] of its) row(byDesc.get(desc)); y += 8; }
    } else { head(); d.rows.forEach(row); }
    for (const [k, v] of d.extraRows) { p.text(k, cx[0], y, { size: 9 }); p.text(v, 545, y, { size: 9, align: 'right', w: 100 }); y += 15; }
    if (d.layout !== 'norules') p.line(300, y + 4, 545, y + 4);
    y += 14;
    for (const [k, v] of d.totals) { p.text(k, d.layout === 'norules' ? 430 : 300, y, { size: 10, bold: v.includes(d.cur), align: d.layout === 'norules' ? 'right' : 'left', w: d.layout === 'norules' ? 200 : 0 }); p.text(v, 545, y, { size: 10, bold: v.includes(d.cur), align: 'right', w: 120 }); y += 16; }
  }
  y += 30;
  for (const l of d.footer ?? []) { p.text(l, 50, y, { size: 8 }); y += 12; }
}

async function textPdf(d) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: FIXED, Title: d.title } });
  drawInvoice(pdfPen(doc, /[^\x00-\xff€’·–]/.test(JSON.stringify(d))), d);
  return docToBuffer(doc);
}

/** The page rendered at `dpi`, slightly turned, as a JPEG (a scan) or skewed and shaded (a photo). */
function rasterPage(d, dpi, kind) {
  const k = dpi / 72, W = Math.round(595 * k), H = Math.round(842 * k);
  const page = createCanvas(W, H), pc = page.getContext('2d');
  pc.fillStyle = '#fff'; pc.fillRect(0, 0, W, H);
  drawInvoice(canvasPen(pc, k), d);
  const rnd = prng(hash32(d.file));
  const out = createCanvas(W, H), oc = out.getContext('2d');
  oc.fillStyle = kind === 'photo' ? '#6b5b4b' : '#f4f4f0'; oc.fillRect(0, 0, W, H);
  if (kind === 'scan') {
    oc.translate(W / 2, H / 2); oc.rotate(((rnd() - 0.5) * 1.6 * Math.PI) / 180); oc.translate(-W / 2, -H / 2);
    oc.drawImage(page, 0, 0);
  } else {
    // perspective-ish: each horizontal strip is narrowed progressively (the top farther from the lens)
    const strips = 200, sh = H / strips;
    for (let i = 0; i < strips; i++) {
      const t = i / strips, inset = (1 - t) * 0.06 * W, dx = inset + 0.02 * W * t;
      oc.drawImage(page, 0, i * sh, W, sh + 1, dx, i * sh * 0.94 + 0.03 * H, W - 2 * inset - 0.01 * W, sh * 0.94 + 1);
    }
    const g = oc.createLinearGradient(0, 0, W, H);
    g.addColorStop(0, 'rgba(0,0,0,0.0)'); g.addColorStop(1, 'rgba(0,0,0,0.28)');
    oc.fillStyle = g; oc.fillRect(0, 0, W, H);
  }
  return out.toBuffer('image/jpeg', kind === 'photo' ? 70 : 62);
}

async function scannedPdf(d) {
  const jpg = rasterPage(d, 200, 'scan');
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: FIXED } });
  doc.image(jpg, 0, 0, { width: 595, height: 842 });
  return docToBuffer(doc);
}

/** A thermal till receipt: 80 mm roll at ~203 dpi (576 px wide), monospace, slight fade at the bottom. */
function receipt(r) {
  const W = 576, lh = 30, H = 80 + r.lines.length * lh + 60;
  const cv = createCanvas(W, H), ctx = cv.getContext('2d');
  ctx.fillStyle = '#fbfaf5'; ctx.fillRect(0, 0, W, H);
  ctx.font = '24px monospace'; ctx.fillStyle = '#1a1a1a'; ctx.textBaseline = 'top';
  let y = 40;
  for (const [a, l, rt] of r.lines) {
    if (a === 'C') { ctx.textAlign = 'center'; ctx.fillText(l, W / 2, y); }
    else if (a === 'L') { ctx.textAlign = 'left'; ctx.fillText(l, 24, y); }
    else if (a === 'LR') { ctx.textAlign = 'left'; ctx.fillText(l, 24, y); ctx.textAlign = 'right'; ctx.fillText(rt, W - 24, y); }
    y += lh;
  }
  const g = ctx.createLinearGradient(0, 0, 0, H);
  g.addColorStop(0, 'rgba(255,255,255,0)'); g.addColorStop(1, 'rgba(255,255,255,0.25)');
  ctx.fillStyle = g; ctx.fillRect(0, 0, W, H);
  return cv.toBuffer('image/jpeg', 65);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of DOCS) {
  const buf = d.raster === 'scan' ? await scannedPdf(d) : d.raster === 'photo' ? rasterPage(d, 150, 'photo') : await textPdf(d);
  writeFileSync(join(OUT, d.file), buf);
  truth[d.file] = d.truth;
}
for (const r of RECEIPTS) { writeFileSync(join(OUT, r.file), receipt(r)); truth[r.file] = r.truth; }
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`wrote ${Object.keys(truth).length} documents to ${OUT}`);
