#!/usr/bin/env node
// Renders the tenth held-out sweep (fixtures/sweep10, documents in make-sweep10-docs.mjs) and its
// truth.json: text PDFs with pdfkit, scans / screenshots / receipts with @napi-rs/canvas, all from
// fixed seeds and a fixed PDF creation date, so the bytes are the same on every run.
//
//   node scripts/make-sweep10-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { prng } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS } from './make-sweep10-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep10');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf';
GlobalFonts.registerFromPath(FONT, 'Sweep10Sans');
GlobalFonts.registerFromPath(BOLD, 'Sweep10SansBold');
GlobalFonts.registerFromPath(MONO, 'Sweep10Mono');
const MM = 72 / 25.4;

/** Walks an invoice page's lines: calls put(xMm, yMm, text, align, size, bold) for each cell. */
function layout(lines, put) {
  let y = 18;
  for (const l of lines) {
    const size = l.size ?? 10;
    for (const [x, text, align] of l.cells) put(x, y, text, align, size, !!l.bold);
    y += l.gap ?? (size * 1.5) / MM;
  }
}

async function textPdf(d) {
  // Helvetica (WinAnsi) for the Latin pages keeps them small; DejaVu for the Greek one.
  const [reg, bold] = d.lang === 'el' ? [FONT, BOLD] : ['Helvetica', 'Helvetica-Bold'];
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: new Date('2025-12-01T00:00:00Z'), Producer: 'sweep10' } });
  d.pages.forEach((page, i) => {
    if (i) doc.addPage();
    layout(page, (x, y, text, align, size, b) => {
      doc.font(b ? bold : reg).fontSize(size);
      const w = doc.widthOfString(text);
      doc.text(text, (align === 'r' ? x * MM - w : x * MM), y * MM, { lineBreak: false });
    });
  });
  return docToBuffer(doc);
}

/** An invoice page drawn at a dpi, then turned, specked, thresholded as the document's fx say. */
function pageImage(d) {
  const fx = d.fx, px = fx.dpi / 25.4, rnd = prng(fx.seed);
  const w = Math.round(210 * px), h = Math.round((fx.heightMm ?? 297) * px);
  const c = createCanvas(w, h), g = c.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, w, h);
  g.fillStyle = fx.web ? '#222' : '#111';
  layout(d.pages[0], (x, y, text, align, size, bold) => {
    g.font = `${(size * fx.dpi) / 72}px ${bold ? 'Sweep10SansBold' : 'Sweep10Sans'}`;
    g.textAlign = align === 'r' ? 'right' : 'left';
    g.fillText(text, x * px, y * px + (size * fx.dpi) / 72);
  });
  let out = c;
  if (fx.rot) {
    out = createCanvas(w, h);
    const o = out.getContext('2d');
    o.fillStyle = '#fff'; o.fillRect(0, 0, w, h);
    o.translate(w / 2, h / 2); o.rotate((fx.rot * Math.PI) / 180); o.drawImage(c, -w / 2, -h / 2);
  }
  const o = out.getContext('2d');
  const img = o.getImageData(0, 0, w, h), p = img.data;
  for (let i = 0; i < p.length; i += 4) {
    let v = (p[i] + p[i + 1] + p[i + 2]) / 3;
    if (fx.noise && rnd() < fx.noise) v = 40;
    if (fx.gray) v = Math.min(255, v * 0.85 + 25 + (rnd() - 0.5) * 18);
    if (fx.bw) v = v < 150 ? 0 : 255;
    p[i] = p[i + 1] = p[i + 2] = v;
  }
  o.putImageData(img, 0, 0);
  return { canvas: out, img, w, h };
}

/** A thermal receipt on a grey table, turned, with a shadow and handwriting as fx say. */
function receiptImage(d) {
  const fx = d.fx, rnd = prng(fx.seed), lh = 24, cw = 11;
  const pw = 34 * cw + 40, ph = d.lines.length * lh + 50;
  const paper = createCanvas(pw, ph), g = paper.getContext('2d');
  g.fillStyle = '#f7f5ef'; g.fillRect(0, 0, pw, ph);
  g.fillStyle = '#2a2a2a'; g.font = '18px Sweep10Mono';
  d.lines.forEach((l, i) => g.fillText(l, 20, 40 + i * lh));
  if (fx.hand) {
    g.fillStyle = '#1b3a9c'; g.font = 'italic 24px Sweep10Sans';
    const at = (re) => d.lines.findIndex((l) => re.test(l));
    g.save(); g.translate(115, 40 + at(/^Date/) * lh - 2); g.rotate(-0.03); g.fillText(fx.handDate, 0, 0); g.restore();
    g.save(); g.translate(190, 40 + at(/^Montant/) * lh - 2); g.rotate(-0.05); g.fillText(fx.hand, 0, 0); g.restore();
  }
  const W = pw + 140, H = ph + 140, c = createCanvas(W, H), o = c.getContext('2d');
  o.fillStyle = '#6b6359'; o.fillRect(0, 0, W, H);
  o.translate(W / 2, H / 2); o.rotate((fx.rot * Math.PI) / 180);
  if (fx.persp) o.transform(1, 0.015, -0.04, 1, 0, 0);
  o.drawImage(paper, -pw / 2, -ph / 2);
  o.setTransform(1, 0, 0, 1, 0, 0);
  if (fx.shadow) {
    const grad = o.createLinearGradient(0, 0, W, H);
    grad.addColorStop(0, 'rgba(0,0,0,0.28)'); grad.addColorStop(0.55, 'rgba(0,0,0,0.05)'); grad.addColorStop(1, 'rgba(0,0,0,0)');
    o.fillStyle = grad; o.fillRect(0, 0, W, H);
  }
  const img = o.getImageData(0, 0, W, H), p = img.data;
  for (let i = 0; i < p.length; i += 4) { const n = (rnd() - 0.5) * 14; p[i] += n; p[i + 1] += n; p[i + 2] += n; }
  o.putImageData(img, 0, 0);
  return c;
}

/** An uncompressed 1-bit TIFF (as office scanners file a black-and-white page), ink = 1. */
function bilevelTiff(img, w, h, dpi) {
  const row = Math.ceil(w / 8), bits = Buffer.alloc(row * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (img.data[(y * w + x) * 4] < 128) bits[y * row + (x >> 3)] |= 0x80 >> (x & 7);
  const tags = [[256, 4, w], [257, 4, h], [258, 3, 1], [259, 3, 1], [262, 3, 0], [273, 4, 0], [277, 3, 1], [278, 4, h], [279, 4, bits.length], [282, 5, 0], [283, 5, 0], [296, 3, 2]];
  const ifdAt = 8, ratAt = ifdAt + 2 + tags.length * 12 + 4, dataAt = ratAt + 16;
  const head = Buffer.alloc(dataAt);
  head.write('II', 0); head.writeUInt16LE(42, 2); head.writeUInt32LE(ifdAt, 4); head.writeUInt16LE(tags.length, ifdAt);
  tags.forEach(([tag, type, v], i) => {
    const at = ifdAt + 2 + i * 12;
    const val = tag === 273 ? dataAt : tag === 282 ? ratAt : tag === 283 ? ratAt + 8 : v;
    head.writeUInt16LE(tag, at); head.writeUInt16LE(type, at + 2); head.writeUInt32LE(1, at + 4);
    if (type === 3) head.writeUInt16LE(val, at + 8); else head.writeUInt32LE(val, at + 8);
  });
  head.writeUInt32LE(dpi, ratAt); head.writeUInt32LE(1, ratAt + 4); head.writeUInt32LE(dpi, ratAt + 8); head.writeUInt32LE(1, ratAt + 12);
  return Buffer.concat([head, bits]);
}

async function render(d) {
  if (d.kind === 'pdf') return textPdf(d);
  if (d.kind === 'receipt') return receiptImage(d).encodeSync('jpeg', 72);
  const { canvas, img, w, h } = pageImage(d);
  if (d.kind === 'png') return canvas.encodeSync('png');
  if (d.kind === 'jpg') return canvas.encodeSync('jpeg', Math.round(d.fx.quality * 100));
  if (d.kind === 'tiff') return bilevelTiff(img, w, h, d.fx.dpi);
  throw new Error(`unknown kind ${d.kind}`);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of DOCS) {
  writeFileSync(join(OUT, d.file), await render(d));
  truth[d.file] = d.truth;
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`${DOCS.length} documents in ${OUT}`);
