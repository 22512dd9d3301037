#!/usr/bin/env node
// Writes the fourth held-out sweep (fixtures/sweep4/): the layout engine. The documents, their
// amounts and truth are in make-sweep4-docs.mjs; this file only knows how to put blocks on a page
// (pdfkit for text PDFs, @napi-rs/canvas for the scans and thermal receipts read through OCR).
//
//   node scripts/make-sweep4-fixtures.mjs
//
// Deterministic: fixed PDF dates and ids, seeded noise (scripts/lib/prng.mjs), so every run writes
// the same bytes. Written without reading the extractor or the earlier sweeps' generators.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';
import { DOCS } from './make-sweep4-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep4');
const TTF = '/usr/share/fonts/truetype';
const LIB = { r: `${TTF}/liberation/LiberationSans-Regular.ttf`, b: `${TTF}/liberation/LiberationSans-Bold.ttf` };
// pdfkit's built-in fonts (WinAnsi) for most documents; Liberation Sans embedded where the
// language needs letters WinAnsi lacks (Romanian ș ț ă, Hungarian ő ű, Slovak č ť ľ).
const PDF_FONTS = {
  sans: { r: 'Helvetica', b: 'Helvetica-Bold' },
  serif: { r: 'Times-Roman', b: 'Times-Bold' },
  mono: { r: 'Courier', b: 'Courier-Bold' },
  lib: LIB,
};
for (const [file, name] of [
  [LIB.r, 'Lib'], [LIB.b, 'Lib'], [`${TTF}/liberation/LiberationSerif-Regular.ttf`, 'LibSerif'],
  [`${TTF}/liberation/LiberationMono-Regular.ttf`, 'LibMono'], [`${TTF}/liberation/LiberationMono-Bold.ttf`, 'LibMono'],
  [`${TTF}/dejavu/DejaVuSansMono.ttf`, 'DVMono'], [`${TTF}/dejavu/DejaVuSansMono-Bold.ttf`, 'DVMono'],
]) GlobalFonts.registerFromPath(file, name);
const CANVAS_FONTS = { sans: 'Lib', lib: 'Lib', serif: 'LibSerif', mono: 'LibMono' };

const A4 = [595.28, 841.89];

/** A drawing surface over a pdfkit document: coordinates in points, y down, text y = its top. */
function pdfSurface(doc, family) {
  const f = PDF_FONTS[family];
  return {
    measure(str, size, bold) { doc.font(bold ? f.b : f.r).fontSize(size); return doc.widthOfString(str); },
    text(x, y, str, { size = 9, bold = false, align = 'left' } = {}) {
      doc.font(bold ? f.b : f.r).fontSize(size);
      const w = doc.widthOfString(str);
      const left = align === 'right' ? x - w : align === 'center' ? x - w / 2 : x;
      doc.text(str, left, y, { lineBreak: false });
    },
    line(x1, y1, x2, y2, lw = 0.6) { doc.lineWidth(lw).moveTo(x1, y1).lineTo(x2, y2).stroke('#000'); },
    rect(x, y, w, h, { fill = null, lw = 0.6 } = {}) {
      if (fill) doc.rect(x, y, w, h).fill(fill).fillColor('#000');
      else doc.lineWidth(lw).rect(x, y, w, h).stroke('#000');
    },
  };
}

/** The same surface over a canvas at `scale` pixels per point (a scanned page). */
function canvasSurface(ctx, family, scale) {
  const face = CANVAS_FONTS[family];
  const font = (size, bold) => `${bold ? 'bold ' : ''}${size * scale}px ${face}`;
  return {
    measure(str, size, bold) { ctx.font = font(size, bold); return ctx.measureText(str).width / scale; },
    text(x, y, str, { size = 9, bold = false, align = 'left' } = {}) {
      ctx.font = font(size, bold);
      ctx.textBaseline = 'top';
      ctx.fillStyle = '#111';
      const w = ctx.measureText(str).width / scale;
      const left = align === 'right' ? x - w : align === 'center' ? x - w / 2 : x;
      ctx.fillText(str, left * scale, y * scale);
    },
    line(x1, y1, x2, y2, lw = 0.6) {
      ctx.strokeStyle = '#222'; ctx.lineWidth = lw * scale;
      ctx.beginPath(); ctx.moveTo(x1 * scale, y1 * scale); ctx.lineTo(x2 * scale, y2 * scale); ctx.stroke();
    },
    rect(x, y, w, h, { fill = null, lw = 0.6 } = {}) {
      if (fill) { ctx.fillStyle = fill; ctx.fillRect(x * scale, y * scale, w * scale, h * scale); ctx.fillStyle = '#111'; }
      else { ctx.strokeStyle = '#222'; ctx.lineWidth = lw * scale; ctx.strokeRect(x * scale, y * scale, w * scale, h * scale); }
    },
  };
}

/**
 * Draws one page's blocks. A block is an array whose first element names its kind:
 *   ['t', x, y, text, opts]                  one line of text (opts: size, bold, align)
 *   ['lines', x, y, [text...], opts]          a stacked block (opts.gap: line height)
 *   ['kv', x, y, [[label, value]...], opts]   label / value rows (opts.lw: label column width, opts.vAlign)
 *   ['table', x, y, {cols, rows, size, gap}]  a table: cols [{h, w, a}] header, width, 'l'|'r'
 *   ['hr', x1, y, x2] / ['vr', x, y1, y2] / ['box', x, y, w, h, opts]
 */
function drawPage(s, blocks) {
  for (const b of blocks) {
    const [kind] = b;
    if (kind === 't') s.text(b[1], b[2], b[3], b[4]);
    else if (kind === 'lines') {
      const o = b[4] ?? {}; const gap = o.gap ?? (o.size ?? 9) * 1.35;
      b[3].forEach((l, i) => s.text(b[1], b[2] + i * gap, l, { ...o, bold: o.boldFirst && i === 0 ? true : o.bold }));
    } else if (kind === 'kv') {
      const o = b[4] ?? {}; const gap = o.gap ?? (o.size ?? 9) * 1.45; const lw = o.lw ?? 90;
      b[3].forEach(([label, value, bold], i) => {
        const y = b[2] + i * gap;
        s.text(b[1], y, label, { size: o.size, bold: bold ?? o.boldLabel });
        if (o.vAlign === 'right') s.text(b[1] + lw, y, value, { size: o.size, bold, align: 'right' });
        else s.text(b[1] + lw, y, value, { size: o.size, bold });
      });
    } else if (kind === 'table') {
      const [, x, y, t] = b; const size = t.size ?? 8.5; const gap = t.gap ?? size * 1.6;
      const total = t.cols.reduce((a, c) => a + c.w, 0);
      const cell = (row, yy, bold) => {
        let cx = x;
        t.cols.forEach((c, i) => {
          const v = row[i] ?? '';
          if (v !== '') s.text(c.a === 'r' ? cx + c.w - 3 : cx + 3, yy, String(v), { size, bold, align: c.a === 'r' ? 'right' : 'left' });
          cx += c.w;
        });
      };
      if (t.shade !== false) s.rect(x, y - 3, total, gap, { fill: '#e6e6e6' });
      cell(t.cols.map((c) => c.h), y, true);
      s.line(x, y + gap - 3, x + total, y + gap - 3, 0.5);
      t.rows.forEach((r, i) => cell(r, y + gap * (i + 1), false));
      if (t.rule !== false) s.line(x, y + gap * (t.rows.length + 1) - 2, x + total, y + gap * (t.rows.length + 1) - 2, 0.5);
    } else if (kind === 'hr') s.line(b[1], b[2], b[3], b[2], b[4] ?? 0.6);
    else if (kind === 'vr') s.line(b[1], b[2], b[1], b[3], b[4] ?? 0.6);
    else if (kind === 'box') s.rect(b[1], b[2], b[3], b[4], b[5]);
    else if (kind === 'dash') { for (let x = b[1]; x < b[3]; x += 6) s.line(x, b[2], Math.min(x + 3, b[3]), b[2], 0.5); }
    else if (kind === 'vdash') { for (let y = b[2]; y < b[3]; y += 6) s.line(b[1], y, b[1], Math.min(y + 3, b[3]), 0.5); }
    else if (kind === 'qr') drawQrLike(s, b[1], b[2], b[3], b[4]);
    else throw new Error(`unknown block ${kind}`);
  }
}

/** A QR-bill-like square (finder patterns, seeded modules, the Swiss cross): drawn, not encoded. */
function drawQrLike(s, x, y, size, seed) {
  const n = 33; const m = size / n; const rnd = prng(seed);
  const finder = (cx, cy) => { s.rect(x + cx * m, y + cy * m, 7 * m, 7 * m, { fill: '#000' }); s.rect(x + (cx + 1) * m, y + (cy + 1) * m, 5 * m, 5 * m, { fill: '#fff' }); s.rect(x + (cx + 2) * m, y + (cy + 2) * m, 3 * m, 3 * m, { fill: '#000' }); };
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const inFinder = (i < 8 && j < 8) || (i > n - 9 && j < 8) || (i < 8 && j > n - 9);
    if (!inFinder && rnd() < 0.5) s.rect(x + i * m, y + j * m, m, m, { fill: '#000' });
  }
  finder(0, 0); finder(n - 7, 0); finder(0, n - 7);
  const c = x + size / 2; const cy = y + size / 2; const k = size * 0.12;
  s.rect(c - k / 2, cy - k / 2, k, k, { fill: '#000' });
  s.rect(c - k * 0.1, cy - k * 0.33, k * 0.2, k * 0.66, { fill: '#fff' });
  s.rect(c - k * 0.33, cy - k * 0.1, k * 0.66, k * 0.2, { fill: '#fff' });
}

async function renderPdf(d) {
  const size = d.landscape ? [A4[1], A4[0]] : A4;
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info: { Title: d.title ?? d.file, Producer: 'docparse sweep4', Creator: 'docparse sweep4', CreationDate: new Date('2025-03-01T00:00:00Z'), ModDate: new Date('2025-03-01T00:00:00Z') } });
  // pdfkit derives the file id from the info dates; fixed dates keep the bytes the same every run.
  if (d.font === 'lib') { doc.registerFont(LIB.r, LIB.r); doc.registerFont(LIB.b, LIB.b); }
  const s = pdfSurface(doc, d.font ?? 'sans');
  for (const blocks of d.pages) { doc.addPage({ size, margin: 0 }); drawPage(s, blocks); }
  return docToBuffer(doc);
}

/** Grayscale, paper grain and speckle, seeded; `fade` lightens the ink (thermal paper). */
function age(ctx, w, h, rnd, { grain = 14, fade = 0, speck = 0.0008, paper = 238 } = {}) {
  const img = ctx.getImageData(0, 0, w, h); const p = img.data;
  for (let i = 0; i < p.length; i += 4) {
    let v = 0.299 * p[i] + 0.587 * p[i + 1] + 0.114 * p[i + 2];
    v = paper - ((255 - v) / 255) * (paper - 25 - fade);
    v += (rnd() - 0.5) * grain;
    if (rnd() < speck) v = 60 + rnd() * 80;
    v = Math.max(0, Math.min(255, v));
    p[i] = p[i + 1] = p[i + 2] = v;
  }
  ctx.putImageData(img, 0, 0);
}

/** A page rendered at d.scan.dpi, turned d.scan.angle degrees, aged, saved as a grayscale JPEG. */
function renderScan(d) {
  const scale = d.scan.dpi / 72; const w = Math.round(A4[0] * scale); const h = Math.round(A4[1] * scale);
  const page = createCanvas(w, h); const pc = page.getContext('2d');
  pc.fillStyle = '#fff'; pc.fillRect(0, 0, w, h); pc.fillStyle = '#111';
  drawPage(canvasSurface(pc, d.font ?? 'sans', scale), d.pages[0]);
  const out = createCanvas(w, h); const oc = out.getContext('2d');
  oc.fillStyle = '#f4f4f4'; oc.fillRect(0, 0, w, h);
  oc.translate(w / 2 + d.scan.dx * scale, h / 2 + d.scan.dy * scale); oc.rotate((d.scan.angle * Math.PI) / 180); oc.translate(-w / 2, -h / 2);
  oc.drawImage(page, 0, 0); oc.setTransform(1, 0, 0, 1, 0, 0);
  age(oc, w, h, prng(hash32(d.file)), { grain: d.scan.grain ?? 8, paper: 236, speck: 0.0004 });
  return out.encodeSync('jpeg', d.scan.quality ?? 55);
}

/**
 * A thermal till receipt: d.receipt = {cols, lines}; a line is a string, ['L', 'R'] (left and
 * right-aligned in the line), ['=', text] centred, ['B', text] bold centred, or '-' a dashed rule.
 * Printed at 8 dots/mm on 58 mm paper, the ink faded unevenly, photographed slightly turned.
 */
function renderReceipt(d) {
  const { cols, lines, angle = 0.6, fontPx = 17 } = d.receipt; const rnd = prng(hash32(d.file));
  const ctx0 = createCanvas(10, 10).getContext('2d'); ctx0.font = `${fontPx}px DVMono`;
  const cw = ctx0.measureText('M').width; const lh = Math.round(fontPx * 1.45); const pad = 22;
  const w = Math.ceil(cols * cw + pad * 2); const h = lines.length * lh + pad * 2 + 40;
  const paper = createCanvas(w, h); const c = paper.getContext('2d');
  c.fillStyle = '#fff'; c.fillRect(0, 0, w, h); c.textBaseline = 'top';
  lines.forEach((l, i) => {
    const y = pad + 20 + i * lh; let text; let bold = false;
    if (l === '-') text = '-'.repeat(cols);
    else if (typeof l === 'string') text = l;
    else if (l[0] === '=' || l[0] === 'B') { bold = l[0] === 'B'; const t = l[1]; const sp = Math.max(0, Math.floor((cols - t.length) / 2)); text = ' '.repeat(sp) + t; }
    else { const sp = Math.max(1, cols - l[0].length - l[1].length); text = l[0] + ' '.repeat(sp) + l[1]; }
    // Thermal heads fade in bands: each line's ink a little lighter or darker.
    const ink = Math.round(20 + rnd() * 45);
    c.fillStyle = `rgb(${ink},${ink},${ink})`; c.font = `${bold ? 'bold ' : ''}${fontPx}px DVMono`;
    c.fillText(text, pad, y);
  });
  const out = createCanvas(w + 30, h + 30); const oc = out.getContext('2d');
  oc.fillStyle = '#9a9a9a'; oc.fillRect(0, 0, w + 30, h + 30);
  oc.translate((w + 30) / 2, (h + 30) / 2); oc.rotate((angle * Math.PI) / 180); oc.translate(-w / 2, -h / 2);
  oc.drawImage(paper, 0, 0); oc.setTransform(1, 0, 0, 1, 0, 0);
  age(oc, w + 30, h + 30, rnd, { grain: 16, paper: 232, fade: 30, speck: 0.001 });
  return out.encodeSync('jpeg', d.receipt.quality ?? 52);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of DOCS) {
  const bytes = d.receipt ? await renderReceipt(d) : d.scan ? await renderScan(d) : await renderPdf(d);
  writeFileSync(join(OUT, d.file), bytes);
  truth[d.file] = d.truth;
  process.stdout.write(`${d.file}  ${(bytes.length / 1024).toFixed(1)} KB\n`);
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
process.stdout.write(`${DOCS.length} documents and truth.json in ${OUT}\n`);
