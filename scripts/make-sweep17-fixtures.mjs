#!/usr/bin/env node
// Writes fixtures/sweep17: the seventeenth held-out sweep (travel and expense receipts, a household's
// recurring bills; German, French, Croatian, Greek, Slovenian), documents + truth.json, from the
// blocks of scripts/make-sweep17-docs.mjs. Text PDFs through pdfkit; receipts, a scan and a phone
// photo through @napi-rs/canvas (turned, noisy, JPEG). One layout routine draws the blocks on either
// surface, so a PDF and an image of the same blocks look alike. Deterministic: seeded noise, fixed
// PDF dates.
//
//   node scripts/make-sweep17-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { prng } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS } from './make-sweep17-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep17');
const FONTS = {
  sans: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  sansBold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  mono: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
  monoBold: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf',
  hand: '/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf',
};
for (const [alias, path] of Object.entries(FONTS)) GlobalFonts.registerFromPath(path, `s17-${alias}`);

// ------------------------------------------------------------ the surfaces (units: points)

/** A pdfkit page as a drawing surface. */
function pdfSurface(doc, embed) {
  for (const [alias, path] of Object.entries(FONTS)) doc.registerFont(alias, path);
  // The standard Helvetica (WinAnsi) keeps the German and French PDFs small; the others embed a font.
  const face = (o) => (o.hand ? 'hand' : embed ? (o.bold ? 'sansBold' : 'sans') : o.bold ? 'Helvetica-Bold' : 'Helvetica');
  return {
    measure: (s, o) => doc.font(face(o)).fontSize(o.size).widthOfString(s),
    text: (s, x, y, o) => doc.font(face(o)).fontSize(o.size).fillColor(o.hand ? '#1d3f9a' : 'black').text(s, x, y, { lineBreak: false }),
    line: (x1, y1, x2, y2) => doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.6).strokeColor('#444').stroke(),
  };
}

/** A canvas as a drawing surface, `scale` pixels per point; `mono` for till receipts. */
function canvasSurface(ctx, scale, mono, rnd) {
  const font = (o) => {
    const fam = o.hand ? 's17-hand' : mono ? (o.bold ? 's17-monoBold' : 's17-mono') : o.bold ? 's17-sansBold' : 's17-sans';
    return `${(o.hand ? o.size * 1.25 : o.size) * scale}px ${fam}`;
  };
  return {
    measure: (s, o) => {
      ctx.font = font(o);
      return ctx.measureText(s).width / scale;
    },
    text: (s, x, y, o) => {
      ctx.save();
      ctx.font = font(o);
      ctx.fillStyle = o.hand ? '#1d3f9a' : '#111';
      ctx.textBaseline = 'top';
      ctx.translate(x * scale, y * scale);
      if (o.hand) ctx.rotate((rnd() - 0.5) * 0.06);
      ctx.fillText(s, 0, 0);
      ctx.restore();
    },
    line: (x1, y1, x2, y2) => {
      ctx.strokeStyle = '#444';
      ctx.lineWidth = Math.max(1, 0.6 * scale);
      ctx.beginPath();
      ctx.moveTo(x1 * scale, y1 * scale);
      ctx.lineTo(x2 * scale, y2 * scale);
      ctx.stroke();
    },
  };
}

// ------------------------------------------------------------ the layout of the blocks

/** Words of `s` broken into lines no wider than `w`. */
function wrap(sf, s, w, o) {
  const lines = [];
  let cur = '';
  for (const word of s.split(' ')) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && sf.measure(next, o) > w) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  return [...lines, cur];
}

/** Draws the blocks from y = top between x = m and x = W - m; returns the y below the last one. */
function layout(sf, blocks, { W, m, top, base }) {
  const inner = W - 2 * m;
  const lh = (size) => size * 1.35;
  let y = top;
  const put = (s, x, w, o, align = 'l') => {
    const ls = wrap(sf, s, w, o);
    ls.forEach((l, i) => {
      const dx = align === 'r' ? w - sf.measure(l, o) : 0;
      sf.text(l, x + dx, y + i * lh(o.size), o);
    });
    return ls.length * lh(o.size);
  };
  const p = { size: base };
  for (const b of blocks) {
    const [kind] = b;
    if (kind === 'h') y += put(b[1], m, inner, { size: b[2] ?? base * 1.4, bold: true }) + 2;
    else if (kind === 'p') y += put(b[1], m, inner, p);
    else if (kind === 'pr') y += put(b[1], m, inner, p, 'r');
    else if (kind === 'gap') y += (b[1] ?? 1) * base;
    else if (kind === 'rule') {
      sf.line(m, y + base * 0.4, W - m, y + base * 0.4);
      y += base;
    } else if (kind === 'kv') {
      const x = b[2] === 'right' ? m + inner * 0.55 : m;
      const lw = inner * 0.2;
      for (const [k, v] of b[1]) {
        sf.text(k, x, y, p);
        y += Math.max(lh(base), put(v, x + lw, inner * 0.45 - 4, p));
      }
      y += base * 0.5;
    } else if (kind === 'two') {
      const y0 = y;
      for (const s of b[1]) y += put(s, m, inner * 0.5, p);
      const yl = y;
      y = y0;
      for (const s of b[2]) y += put(s, m + inner * 0.55, inner * 0.45, p);
      y = Math.max(y, yl);
    } else if (kind === 'tab') {
      const [, head, rows, widths, aligns] = b;
      const xs = widths.map((_, i) => m + inner * widths.slice(0, i).reduce((a, c) => a + c, 0));
      const row = (cells, o) => {
        const y0 = y;
        let h = 0;
        cells.forEach((c, i) => {
          y = y0;
          h = Math.max(h, put(c, xs[i] + 2, inner * widths[i] - 6, o, aligns[i]));
        });
        y = y0 + h + 2;
      };
      sf.line(m, y - 1, W - m, y - 1);
      row(head, { size: base, bold: true });
      sf.line(m, y - 1, W - m, y - 1);
      for (const r of rows) row(r, p);
      sf.line(m, y, W - m, y);
      y += base * 0.6;
    } else if (kind === 'sum') {
      const x = m + inner * 0.45;
      for (const [k, v, bold] of b[1]) {
        const o = { size: base, bold: !!bold };
        const h = put(k, x, inner * 0.35, o);
        const y0 = y;
        put(v, x + inner * 0.35, inner * 0.2, o, 'r');
        y = y0 + h + 1;
      }
    } else if (kind === 'lr') {
      const o = { size: base, bold: !!b[3] };
      const vw = sf.measure(b[2], o);
      sf.text(b[2], W - m - vw, y, o);
      y += put(b[1], m, inner - vw - 6, o);
    } else if (kind === 'hw') {
      sf.text(b[1], m, y + base * 0.4, p);
      const x = m + sf.measure(b[1], p) + 6;
      sf.line(x, y + lh(base) * 1.3, W - m, y + lh(base) * 1.3);
      sf.text(b[2], x + 8, y, { size: base, hand: true });
      y += lh(base) * 1.6;
    } else throw new Error(`unknown block ${kind}`);
  }
  return y;
}

// ------------------------------------------------------------ the outputs

async function makePdf(d) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: true, info: { Title: d.file, Producer: 'sweep17', CreationDate: new Date(Date.UTC(2026, 2, 20, 9, 0, 0)) } });
  layout(pdfSurface(doc, !/^(de|fr)-/.test(d.file)), d.blocks, { W: 595, m: 50, top: 50, base: 9.5 });
  return docToBuffer(doc);
}

/** The document drawn on paper: a till slip (mono, 220 pt wide, as tall as its lines) or a page. */
function drawPaper(d, rnd) {
  if (d.kind === 'receipt') {
    const scale = d.width / 220;
    const tall = createCanvas(d.width, Math.round(2000 * scale));
    const ctx = tall.getContext('2d');
    ctx.fillStyle = d.look.paper ?? '#fbfbf7';
    ctx.fillRect(0, 0, tall.width, tall.height);
    const h = layout(canvasSurface(ctx, scale, true, rnd), d.blocks, { W: 220, m: 10, top: 14, base: 8.5 });
    const out = createCanvas(d.width, Math.round((h + 18) * scale));
    out.getContext('2d').drawImage(tall, 0, 0);
    return out;
  }
  const [wmm, hmm] = d.pageMm ?? [210, 297];
  const W = (wmm / 25.4) * 72;
  const scale = d.dpi / 72;
  const c = createCanvas(Math.round(W * scale), Math.round(((hmm / 25.4) * 72) * scale));
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fdfdfb';
  ctx.fillRect(0, 0, c.width, c.height);
  layout(canvasSurface(ctx, scale, false, rnd), d.blocks, { W, m: W > 500 ? 50 : 30, top: W > 500 ? 50 : 30, base: W > 500 ? 9.5 : 8.5 });
  return c;
}

/** Paper on a desk (or a scanner's white), turned, shaded, grained, as a JPEG. */
async function makeImage(d) {
  const rnd = prng(0x5e17 + d.seed * 7919);
  const paper = drawPaper(d, rnd);
  const L = d.look;
  const pad = L.margin ?? 40;
  const c = createCanvas(paper.width + 2 * pad, paper.height + 2 * pad);
  const ctx = c.getContext('2d');
  ctx.fillStyle = L.bg;
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.save();
  ctx.translate(c.width / 2, c.height / 2);
  ctx.rotate((L.rotate * Math.PI) / 180);
  ctx.drawImage(paper, -paper.width / 2, -paper.height / 2);
  ctx.restore();
  if (L.fade) {
    ctx.fillStyle = `rgba(255,255,255,${L.fade})`;
    ctx.fillRect(0, 0, c.width, c.height);
  }
  if (L.shadow) {
    const g = ctx.createLinearGradient(0, 0, c.width, c.height * 0.3);
    g.addColorStop(0, 'rgba(0,0,0,0)');
    g.addColorStop(0.6, 'rgba(0,0,0,0.06)');
    g.addColorStop(1, 'rgba(0,0,0,0.22)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, c.width, c.height);
  }
  const img = ctx.getImageData(0, 0, c.width, c.height);
  const px = img.data;
  for (let i = 0; i < px.length; i += 4) {
    const n = (rnd() - 0.5) * 2 * L.noise;
    const gray = L.gray ? 0.3 * px[i] + 0.59 * px[i + 1] + 0.11 * px[i + 2] : null;
    for (let k = 0; k < 3; k++) px[i + k] = Math.max(0, Math.min(255, (gray ?? px[i + k]) + n));
  }
  ctx.putImageData(img, 0, 0);
  // Synchronously: @napi-rs/canvas 0.1.80's async encode() does not keep the canvas alive, and
  // when it is garbage-collected before the thread pool has read it the process segfaults
  // (Brooooooklyn/canvas#1312; about 1 run in 6 here). Same bytes.
  return c.encodeSync('jpeg', L.quality);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of DOCS) {
  const bytes = d.kind === 'pdf' ? await makePdf(d) : await makeImage(d);
  writeFileSync(join(OUT, d.file), bytes);
  truth[d.file] = d.truth;
  process.stdout.write(`${d.file} ${Math.round(bytes.length / 1024)} KB\n`);
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
