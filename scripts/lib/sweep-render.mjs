// Layout and drawing shared by the blind sweeps' fixture generators (scripts/make-sweep20-fixtures.mjs,
// make-sweep21-fixtures.mjs): an invoice page or a till receipt as positioned text runs (points),
// drawn by pdfkit (text PDFs) or by @napi-rs/canvas at a given dpi, then aged with seeded noise.
// Deterministic: the same runs and seed give the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { docToBuffer } from './pdf-buffer.mjs';
import { money } from './sweep-format.mjs';
import { prng, hash32 } from './prng.mjs';

export const DV = '/usr/share/fonts/truetype/dejavu/';
GlobalFonts.registerFromPath(DV + 'DejaVuSans.ttf', 'DV');
GlobalFonts.registerFromPath(DV + 'DejaVuSans-Bold.ttf', 'DVB');
GlobalFonts.registerFromPath(DV + 'DejaVuSansMono.ttf', 'DVM');
GlobalFonts.registerFromPath(DV + 'DejaVuSansMono-Bold.ttf', 'DVMB');
GlobalFonts.registerFromPath(DV + 'DejaVuSerif-Italic.ttf', 'DVH');
/** An A4 page in points. */
export const W = 595;
export const H = 842;

/** Splits a description into lines of at most n characters (at spaces). */
export function wrap(s, n) {
  const out = [];
  let cur = '';
  for (const w of s.split(' ')) {
    if (cur && (cur + ' ' + w).length > n) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/** An invoice page (A4, points): letterhead, customer, meta block (left / above / box), items, totals, notes. */
export function layoutInvoice(doc, top = 40) {
  const ops = [];
  const t = (x, y, str, o = {}) => ops.push({ x, y, str: String(str), size: o.size ?? 9, bold: !!o.bold, align: o.align ?? 'left' });
  const line = (x1, y1, x2, y2) => ops.push({ line: [x1, y1, x2, y2] });
  const st = doc.style ?? {};
  t(40, top, doc.vendor[0], { bold: true, size: 12 });
  doc.vendor.slice(1).forEach((v, i) => t(40, top + 17 + i * 11, v, { size: 8 }));
  t(555, top, doc.title, { bold: true, size: 16, align: 'right' });
  let y = top + 80;
  t(40, y - 12, doc.vendor[0] + ' · ' + doc.vendor[1], { size: 6 });
  doc.customer.forEach((c, i) => t(40, y + 4 + i * 13, c, { size: 10 }));
  let yEnd = y + 4 + doc.customer.length * 13;
  if (st.meta === 'above') {
    const ym = yEnd + 22;
    const cw = 515 / doc.meta.length;
    doc.meta.forEach(([k, v], i) => { t(40 + i * cw, ym, k, { size: 7.5, bold: true }); t(40 + i * cw, ym + 11, v, { size: 9 }); });
    line(40, ym - 5, 555, ym - 5); line(40, ym + 25, 555, ym + 25);
    yEnd = ym + 30;
  } else if (st.meta === 'box') {
    const h = doc.meta.length * 14 + 10;
    ops.push({ rect: [330, y - 4, 225, h] });
    doc.meta.forEach(([k, v], i) => { t(338, y + 2 + i * 14, k, { size: 8.5 }); t(548, y + 2 + i * 14, v, { size: 8.5, bold: i === 0, align: 'right' }); });
    yEnd = Math.max(yEnd, y - 4 + h);
  } else {
    doc.meta.forEach(([k, v], i) => { t(330, y + i * 14, `${k}:`, { size: 8.5, bold: true }); t(430, y + i * 14, v, { size: 8.5 }); });
    yEnd = Math.max(yEnd, y + doc.meta.length * 14);
  }
  y = yEnd + 26;
  for (const s of doc.intro ?? []) { t(40, y, s, { size: 9.5 }); y += 13; }
  if (doc.intro) y += 10;
  const rc = !!doc.rateCol;
  const X = { pos: 40, d: 68, r: 372, q: rc ? 410 : 395, u: rc ? 470 : 465, a: 555 };
  const hd = doc.head;
  t(X.pos, y, hd[0], { bold: true, size: 8.5 }); t(X.d, y, hd[1], { bold: true, size: 8.5 });
  if (rc) { t(X.r, y, hd[4], { bold: true, size: 8.5, align: 'right' }); t(X.q, y, hd[2], { bold: true, size: 8.5, align: 'right' }); t(X.u, y, hd[3], { bold: true, size: 8.5, align: 'right' }); t(X.a, y, hd[5], { bold: true, size: 8.5, align: 'right' }); } else { t(X.q, y, hd[2], { bold: true, size: 8.5, align: 'right' }); t(X.u, y, hd[3], { bold: true, size: 8.5, align: 'right' }); t(X.a, y, hd[4], { bold: true, size: 8.5, align: 'right' }); }
  line(40, y + 13, 555, y + 13);
  y += 19;
  for (const r of doc.rows) {
    const d = wrap(r.d, rc ? 50 : 54);
    t(X.pos, y, r.pos, { size: 8.5 }); d.forEach((s, i) => t(X.d, y + i * 11, s, { size: 8.5 }));
    if (rc) t(X.r, y, r.r, { size: 8.5, align: 'right' });
    t(X.q, y, r.q, { size: 8.5, align: 'right' }); t(X.u, y, r.u, { size: 8.5, align: 'right' }); t(X.a, y, r.a, { size: 8.5, align: 'right' });
    y += d.length * 11 + 5;
  }
  line(40, y, 555, y);
  y += 10;
  const f = doc.f;
  for (const [k, v, bold] of doc.totals) {
    if (bold) { line(st.totalsLeft ? 40 : 330, y - 3, st.totalsLeft ? 260 : 555, y - 3); }
    const vs = typeof v === 'string' ? v : money(v, f);
    if (st.totalsLeft) { t(40, y, k, { size: 9, bold }); t(260, y, vs, { size: 9, bold, align: 'right' }); } else { t(470, y, k, { size: 9, bold, align: 'right' }); t(555, y, vs, { size: 9, bold, align: 'right' }); }
    y += bold ? 17 : 14;
  }
  y += 24;
  for (const n of doc.notes ?? []) { t(40, y, n, { size: 8 }); y += 12; }
  t(297, 800, `${doc.vendor[0]} · ${doc.vendor[1]}`, { size: 6.5, align: 'center' });
  return ops;
}


/**
 * A square 2-D code drawn as filled modules (points): three finder squares and a seeded pattern, as a
 * receipt's RKSV code or a QR-bill's payment code look; it encodes nothing.
 */
export function codeBlock(x, y, size, seed) {
  const n = 25;
  const m = size / n;
  const rnd = prng(hash32(seed));
  const ops = [];
  const finder = (cx, cy) => { ops.push({ fill: [x + cx * m, y + cy * m, 7 * m, m] }, { fill: [x + cx * m, y + (cy + 6) * m, 7 * m, m] }, { fill: [x + cx * m, y + cy * m, m, 7 * m] }, { fill: [x + (cx + 6) * m, y + cy * m, m, 7 * m] }, { fill: [x + (cx + 2) * m, y + (cy + 2) * m, 3 * m, 3 * m] }); };
  finder(0, 0); finder(n - 7, 0); finder(0, n - 7);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const inFinder = (i < 8 && j < 8) || (i >= n - 8 && j < 8) || (i < 8 && j >= n - 8);
    if (!inFinder && rnd() < 0.48) ops.push({ fill: [x + i * m, y + j * m, m, m] });
  }
  return ops;
}

/** A till receipt (mono, narrow) from its rows; returns its runs and size in points. */
export function layoutReceipt(doc) {
  const w = doc.image.widthMm * 2.835;
  const m = 9;
  const ops = [];
  let y = 14;
  const size = 7.6;
  for (const r of doc.rows) {
    const sz = r.big ? 9.5 : size;
    const bold = !!r.big;
    if (r.hr) { ops.push({ x: m, y: y + 2, str: '-'.repeat(Math.floor((w - 2 * m) / (size * 0.602))), size, font: 'mono' }); y += 11; continue; }
    if (r.c != null) ops.push({ x: w / 2, y, str: r.c, size: sz, bold, font: 'mono', align: 'center' });
    if (r.t != null) ops.push({ x: m, y, str: r.t, size: sz, bold, font: 'mono' });
    if (r.l != null) ops.push({ x: m, y, str: r.l, size: sz, bold, font: 'mono' });
    if (r.r != null) ops.push({ x: w - m, y, str: r.r, size: sz, bold, font: 'mono', align: 'right' });
    if (r.qr) { ops.push(...codeBlock(w / 2 - 35, y, 70, String(r.qr))); y += 80; continue; }
    if (r.hand != null) { ops.push({ x: w * 0.5, y: y - 3, str: r.hand, size: 11, font: 'hand', color: 'pen' }); y += 5; }
    y += r.big ? 14 : 11;
  }
  return { ops, w, h: y + 16 };
}


/**
 * A text PDF of pages of runs (points) with a fixed creation date: base-14 Helvetica, or DejaVu Sans
 * embedded when embed is set (letters outside WinAnsi: Polish, Czech ...). Filled boxes draw black.
 */
export async function renderPdf(pages, { name, created, embed = false }) {
  const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: created, ModDate: created, Producer: name, Creator: name } });
  pdf.registerFont('R', embed ? DV + 'DejaVuSans.ttf' : 'Helvetica'); pdf.registerFont('B', embed ? DV + 'DejaVuSans-Bold.ttf' : 'Helvetica-Bold');
  for (const ops of pages) {
    pdf.addPage({ size: 'A4', margin: 0 });
    for (const o of ops) {
      if (o.line) { pdf.moveTo(o.line[0], o.line[1]).lineTo(o.line[2], o.line[3]).lineWidth(0.6).stroke('#333'); continue; }
      if (o.rect) { pdf.rect(...o.rect).lineWidth(0.7).stroke('#333'); continue; }
      if (o.fill) { pdf.rect(...o.fill).fill('#111'); continue; }
      pdf.font(o.bold ? 'B' : 'R').fontSize(o.size).fillColor('#111');
      const wd = pdf.widthOfString(o.str);
      const x = o.align === 'right' ? o.x - wd : o.align === 'center' ? o.x - wd / 2 : o.x;
      pdf.text(o.str, x, o.y, { lineBreak: false });
    }
  }
  return docToBuffer(pdf);
}


const COLORS = { form: '#2f5e4a', red: '#b0302a', carbon: '#3a3f9a', pen: '#1b2f8a' };

/** Draws runs on a white canvas at dpi (the hand font is jittered letter by letter). */
export function drawCanvas(ops, wPt, hPt, dpi, rnd) {
  const k = dpi / 72;
  const c = createCanvas(Math.round(wPt * k), Math.round(hPt * k));
  const g = c.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height);
  g.textBaseline = 'top';
  for (const o of ops) {
    const col = COLORS[o.color] ?? '#000';
    g.strokeStyle = col; g.fillStyle = col; g.lineWidth = Math.max(1, 0.7 * k);
    if (o.line) { g.beginPath(); g.moveTo(o.line[0] * k, o.line[1] * k); g.lineTo(o.line[2] * k, o.line[3] * k); g.stroke(); continue; }
    if (o.rect) { g.strokeRect(o.rect[0] * k, o.rect[1] * k, o.rect[2] * k, o.rect[3] * k); continue; }
    if (o.fill) { g.fillRect(o.fill[0] * k, o.fill[1] * k, o.fill[2] * k, o.fill[3] * k); continue; }
    const fam = o.font === 'mono' ? (o.bold ? 'DVMB' : 'DVM') : o.font === 'hand' ? 'DVH' : o.bold ? 'DVB' : 'DV';
    g.font = `${o.size * k}px ${fam}`;
    const wd = g.measureText(o.str).width;
    let x = (o.align === 'right' ? o.x * k - wd : o.align === 'center' ? o.x * k - wd / 2 : o.x * k);
    if (o.font === 'hand') {
      for (const ch of o.str) {
        g.save(); g.translate(x, o.y * k + (rnd() - 0.5) * 2.5 * k); g.rotate((rnd() - 0.5) * 0.16 - 0.06); g.fillText(ch, 0, 0); g.restore();
        x += g.measureText(ch).width * (0.95 + rnd() * 0.12);
      }
      continue;
    }
    if (o.color === 'carbon') x += (rnd() - 0.5) * 2 * k;
    g.fillText(o.str, x, o.y * k);
  }
  return c;
}

/** Turns a canvas by deg around its centre onto a same-size canvas filled with bg. */
export function rotated(c, deg, bg = '#fff') {
  const r = createCanvas(c.width, c.height);
  const g = r.getContext('2d');
  g.fillStyle = bg; g.fillRect(0, 0, r.width, r.height);
  g.translate(r.width / 2, r.height / 2); g.rotate((deg * Math.PI) / 180); g.drawImage(c, -c.width / 2, -c.height / 2);
  return r;
}

/** Pixel pass: ink/paper tone, 3x3 blur, light (a function of x, y), noise, optional 1-bit threshold. */
export function age(c, rnd, o) {
  const g = c.getContext('2d');
  const img = g.getImageData(0, 0, c.width, c.height);
  const d = img.data;
  const w = c.width;
  const h = c.height;
  const [ink, paper] = o.tone ?? [20, 245];
  const src = new Float32Array(w * h * 3);
  for (let i = 0; i < w * h; i++) for (let ch = 0; ch < 3; ch++) src[i * 3 + ch] = d[i * 4 + ch];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const light = o.light ? o.light(x / w, y / h) : 1;
      const fade = o.fade ? 0.55 + 0.45 * Math.abs(Math.sin((y / h) * 3.2 + 0.4)) : 1;
      const nz = (rnd() + rnd() - 1) * (o.noise ?? 10);
      for (let ch = 0; ch < 3; ch++) {
        let s = 0;
        if (o.blur && x > 0 && y > 0 && x < w - 1 && y < h - 1) {
          for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) s += src[((y + dy) * w + x + dx) * 3 + ch] * (dx === 0 && dy === 0 ? 4 : dx === 0 || dy === 0 ? 2 : 1);
          s /= 16;
        } else s = src[i * 3 + ch];
        const a = s / 255; // 1 paper, 0 ink
        let v = paper - (paper - ink) * (1 - a) * fade;
        v = v * light + nz;
        if (o.threshold) v = v < o.threshold ? 0 : 255;
        else if (o.levels) v = Math.round(v / (255 / (o.levels - 1))) * (255 / (o.levels - 1));
        d[i * 4 + ch] = Math.max(0, Math.min(255, Math.round(v)));
      }
      if (o.threshold && rnd() < 0.0008) d[i * 4] = d[i * 4 + 1] = d[i * 4 + 2] = 0;
    }
  }
  if (o.streaks) for (const sy of o.streaks) for (let x = 0; x < w; x++) { const i = (Math.round(sy * h) * w + x) * 4; if (rnd() < 0.7) d[i] = d[i + 1] = d[i + 2] = 0; }
  g.putImageData(img, 0, 0);
  return c;
}

/** The phone photo: the page, turned and shrunk, on a dark table, under light from one corner. */
export function photo(page, rnd) {
  const c = createCanvas(1000, 1380);
  const g = c.getContext('2d');
  g.fillStyle = '#4a3d33'; g.fillRect(0, 0, c.width, c.height);
  g.save(); g.translate(500, 700); g.rotate((-2.2 * Math.PI) / 180);
  const s = 920 / page.width;
  g.drawImage(page, (-page.width * s) / 2, (-page.height * s) / 2, page.width * s, page.height * s);
  g.restore();
  return age(c, rnd, { tone: [0, 255], noise: 9, blur: true, light: (x, y) => 0.5 + 0.55 * Math.exp(-((x - 0.15) ** 2 + (y - 0.1) ** 2) / 0.35) });
}

/** Rewrites the folder out: every document as render(doc) draws it, and truth.json from their truths. */
export async function writeSweep(out, docs, render) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const truthAll = {};
  for (const doc of docs) {
    writeFileSync(join(out, doc.file), await render(doc));
    truthAll[doc.file] = doc.truth;
  }
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truthAll, null, 2) + '\n');
  console.log(`wrote ${docs.length} documents to ${out}`);
}
