#!/usr/bin/env node
// Lays out the twelfth held-out sweep (fixtures/sweep12): text PDFs with pdfkit (standard fonts),
// scans, photos and till receipts with @napi-rs/canvas, from the data and truth of
// make-sweep12-docs.mjs. Deterministic: seeds from the file names, fixed PDF dates.
//
//   node scripts/make-sweep12-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { prng, hash32 } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS, money } from './make-sweep12-docs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep12');
const FONTS = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Regular.ttf`, 'S12Sans');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Bold.ttf`, 'S12SansBold');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSerif-Regular.ttf`, 'S12Serif');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSerif-Bold.ttf`, 'S12SerifBold');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSansMono.ttf`, 'S12Mono');
const CREATED = new Date(Date.UTC(2025, 11, 1, 9, 0, 0));
const W = 595.28, H = 841.89, L = 50, R = 545;

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
/** Whether a document prints a letter the standard fonts (WinAnsi) cannot encode: it then embeds Liberation Sans. */
const needsTtf = (d) => [...JSON.stringify(d)].some((ch) => ch.charCodeAt(0) > 255 && !WIN_ANSI_EXTRA.includes(ch));

/** Text and rules on a pdfkit page (points). */
function pdfSurface(doc, family, ttf) {
  if (ttf) {
    doc.registerFont('S12', `${FONTS}/liberation/LiberationSans-Regular.ttf`);
    doc.registerFont('S12B', `${FONTS}/liberation/LiberationSans-Bold.ttf`);
  }
  const font = (bold) => (ttf ? (bold ? 'S12B' : 'S12') : family === 'Times-Roman' ? (bold ? 'Times-Bold' : 'Times-Roman') : bold ? 'Helvetica-Bold' : 'Helvetica');
  return {
    width(s, size, bold) { return doc.font(font(bold)).fontSize(size).widthOfString(s); },
    text(x, y, s, { size = 9, bold = false, right = false, center = false } = {}) {
      doc.font(font(bold)).fontSize(size).fillColor('black');
      const w = doc.widthOfString(s);
      doc.text(s, right ? x - w : center ? x - w / 2 : x, y, { lineBreak: false });
    },
    line(x1, y1, x2, y2, lw = 0.5) { doc.lineWidth(lw).moveTo(x1, y1).lineTo(x2, y2).stroke('black'); },
    rect(x, y, w, h) { doc.lineWidth(0.5).rect(x, y, w, h).stroke('black'); },
    newPage() { doc.addPage({ size: 'A4', margin: 0 }); },
  };
}

/** The same on a canvas at dpi (one canvas per page, collected). */
function canvasSurface(dpi, family) {
  const s = dpi / 72;
  const pages = [];
  let ctx;
  const fam = (bold) => (family === 'Times-Roman' ? (bold ? 'S12SerifBold' : 'S12Serif') : bold ? 'S12SansBold' : 'S12Sans');
  const surf = {
    pages,
    get ctx() { return ctx; },
    scale: s,
    width(t, size, bold) { ctx.font = `${size * s}px ${fam(bold)}`; return ctx.measureText(t).width / s; },
    text(x, y, t, { size = 9, bold = false, right = false, center = false } = {}) {
      ctx.font = `${size * s}px ${fam(bold)}`;
      ctx.fillStyle = '#161616';
      ctx.textBaseline = 'top';
      ctx.textAlign = right ? 'right' : center ? 'center' : 'left';
      ctx.fillText(t, x * s, y * s);
    },
    line(x1, y1, x2, y2, lw = 0.5) { ctx.strokeStyle = '#222'; ctx.lineWidth = Math.max(1, lw * s); ctx.beginPath(); ctx.moveTo(x1 * s, y1 * s); ctx.lineTo(x2 * s, y2 * s); ctx.stroke(); },
    rect(x, y, w, h) { ctx.strokeStyle = '#222'; ctx.lineWidth = Math.max(1, 0.5 * s); ctx.strokeRect(x * s, y * s, w * s, h * s); },
    newPage() {
      const c = createCanvas(Math.round(W * s), Math.round(H * s));
      ctx = c.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, c.width, c.height);
      pages.push(c);
    },
  };
  return surf;
}

function header(S, d) {
  d.vendor.forEach((t, i) => S.text(L, 40 + (i ? 4 : 0) + i * 12, t, { size: i ? 9 : 13, bold: i === 0 }));
  const v = d.vendor[0].endsWith(':') ? d.vendor.slice(1) : d.vendor;
  S.text(L, 138, v[0] + (v[1] ? ' · ' + v[v.length > 2 ? 2 : 1] : ''), { size: 6.5 });
  S.line(L, 147, 260, 147, 0.3);
  d.recipient.forEach((t, i) => S.text(L, 152 + i * 13, t, { size: 10 }));
}

function footer(S, d, i, n) {
  S.line(L, 778, R, 778, 0.3);
  d.footer.forEach((t, k) => S.text(W / 2, 784 + k * 9, t, { size: 6.5, center: true }));
  const lab = d.pageLabel(i, n);
  if (lab) S.text(R, 764, lab, { size: 8, right: true });
}

function coverPage(S, d, n) {
  header(S, d);
  S.text(R, 250, d.cover.place, { size: 10, right: true });
  S.text(L, 285, d.cover.subject, { size: 10.5, bold: true });
  d.cover.body.forEach((t, i) => S.text(L, 315 + i * 15, t, { size: 10 }));
  footer(S, d, 1, n);
}

function metaBlock(S, d, y0) {
  if (d.metaStyle === 'grid' || d.metaStyle === 'row') {
    const per = d.metaStyle === 'row' ? d.meta.length : 3;
    const cw = (R - L) / per;
    d.meta.forEach(([k, v], i) => {
      const x = L + (i % per) * cw, y = y0 + Math.floor(i / per) * 30;
      if (d.metaStyle === 'grid') S.rect(x, y, cw, 30);
      S.text(x + 4, y + 4, k, { size: 7.5, bold: d.metaStyle === 'row' });
      S.text(x + 4, y + 16, v, { size: 9.5 });
    });
    return y0 + Math.ceil(d.meta.length / per) * 30 + 12;
  }
  return y0;
}

function tableHead(S, d, y) {
  let x = L;
  d.cols.forEach(([h, w, a]) => { S.text(a === 'r' ? x + w - 2 : x + 2, y, h, { size: 8.5, bold: true, right: a === 'r' }); x += w; });
  S.line(L, y + 12, R, y + 12, 0.7);
  return y + 17;
}

function row(S, d, y, cells, bold = false) {
  let x = L;
  d.cols.forEach(([, w, a], k) => { if (cells[k]) S.text(a === 'r' ? x + w - 2 : x + 2, y, cells[k], { size: 8.5, bold, right: a === 'r' }); x += w; });
  return y + 14;
}

/** Lays out an invoice on any surface; returns the y of the totals block on the last page. */
function layoutInvoice(S, d) {
  const fmtCarry = (c) => money(c, d.style);
  const chunks = [];
  for (let i = 0; i < d.rows.length; i += d.perPage ?? d.rows.length) chunks.push(d.rows.slice(i, i + (d.perPage ?? d.rows.length)));
  const n = chunks.length + (d.cover ? 1 : 0);
  let page = 0;
  if (d.cover) { S.newPage(); page++; coverPage(S, d, n); }
  let carry = 0, totalsY = 0;
  chunks.forEach((rows, ci) => {
    S.newPage(); page++;
    let y;
    if (ci === 0) {
      header(S, d);
      if (d.place && !d.letter) S.text(R, 138, d.place, { size: 9.5, right: true });
      if (d.letter) {
        S.text(R, 225, d.place, { size: 10.5, right: true });
        d.metaLines.forEach((t, i) => S.text(L, 250 + i * 14, t, { size: 10.5 }));
        y = 250 + d.metaLines.length * 14 + 14;
        S.text(L, y, d.title, { size: 15, bold: true }); y += 26;
      } else if (d.metaStyle === 'grid' || d.metaStyle === 'row') {
        S.text(L, 232, d.title, { size: 16, bold: true });
        y = metaBlock(S, d, 258);
      } else {
        d.meta.forEach(([k, v], i) => { S.text(330, 152 + i * 13, k, { size: 9 }); S.text(435, 152 + i * 13, v, { size: 9 }); });
        y = Math.max(240, 152 + d.meta.length * 13 + 22);
        S.text(L, y, d.title, { size: 16, bold: true }); y += 28;
      }
      for (const t of d.intro ?? []) { S.text(L, y, t, { size: d.letter ? 10.5 : 9 }); y += d.letter ? 14 : 12; }
      if (d.intro) y += 8;
    } else {
      S.text(L, 40, d.vendor[0], { size: 10, bold: true });
      S.text(L, 60, `${d.title} ${d.meta[0][1]} vom ${d.meta[1][1]}`.replace(' vom ', d.style === 'fr' || d.file.startsWith('fr') ? ' du ' : ' vom '), { size: 9 });
      y = 90;
    }
    y = tableHead(S, d, y);
    if (ci > 0) { S.text(L + 2, y, d.carry[1], { size: 8.5, bold: true }); S.text(R - 2, y, fmtCarry(carry), { size: 8.5, bold: true, right: true }); y += 18; }
    for (const r of rows) { y = row(S, d, y, r.cells); carry += r.amt ?? 0; }
    S.line(L, y, R, y, 0.4);
    if (ci < chunks.length - 1) {
      S.text(L + 2, y + 5, d.carry[0], { size: 8.5, bold: true });
      S.text(R - 2, y + 5, fmtCarry(carry), { size: 8.5, bold: true, right: true });
    } else {
      y += 10; totalsY = y;
      for (const [k, v, b] of d.totals) {
        const lw = S.width(k, 9, b);
        S.text(Math.min(330, 450 - lw), y, k, { size: 9, bold: b });
        if (v) S.text(R - 2, y, v, { size: 9, bold: b, right: true });
        if (b) S.line(330, y - 3, R, y - 3, 0.4);
        y += 14;
      }
      y += 12;
      for (const t of d.after) { S.text(L, y, t, { size: d.letter ? 10.5 : 8.5 }); y += d.letter ? 14 : 12; }
    }
    footer(S, d, page, n);
  });
  return totalsY;
}

async function textPdf(d) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: d.file, Producer: 'sweep12', Creator: 'sweep12', CreationDate: CREATED, ModDate: CREATED } });
  const S = pdfSurface(doc, d.font, needsTtf(d));
  layoutInvoice(S, d);
  return docToBuffer(doc);
}

/** Paper degraded as a scanner or a phone sees it. */
function degrade(src, o, rnd) {
  let c = src;
  if (o.rotate === 90) {
    const r = createCanvas(c.height, c.width), x = r.getContext('2d');
    x.translate(r.width, 0); x.rotate(Math.PI / 2); x.drawImage(c, 0, 0); c = r;
  }
  if (o.waves) { // crumpled: columns shifted, fold shading
    const r = createCanvas(c.width, c.height + 20), x = r.getContext('2d');
    x.fillStyle = '#fff'; x.fillRect(0, 0, r.width, r.height);
    for (let i = 0; i < c.width; i += 3) x.drawImage(c, i, 0, 3, c.height, i, 10 + 6 * Math.sin(i / 37) + 3 * Math.sin(i / 11), 3, c.height);
    for (let k = 0; k < 5; k++) { const yy = rnd() * r.height, g = x.createLinearGradient(0, yy - 30, 0, yy + 30); g.addColorStop(0, 'rgba(0,0,0,0)'); g.addColorStop(0.5, 'rgba(0,0,0,0.18)'); g.addColorStop(1, 'rgba(0,0,0,0)'); x.fillStyle = g; x.fillRect(0, yy - 30, r.width, 60); }
    c = r;
  }
  if (o.angle || o.persp) {
    const m = Math.round(Math.max(c.width, c.height) * (o.table ? 0.08 : 0.03));
    const r = createCanvas(c.width + 2 * m, c.height + 2 * m), x = r.getContext('2d');
    x.fillStyle = o.table ? '#7b5b3e' : o.shadow ? '#9a9a98' : '#f4f4f2'; x.fillRect(0, 0, r.width, r.height);
    x.translate(r.width / 2, r.height / 2); x.rotate(((o.angle ?? 0) * Math.PI) / 180); x.translate(-c.width / 2, -c.height / 2);
    const p = o.persp ?? 0;
    for (let y = 0; y < c.height; y += 2) { const f = 1 - p * (1 - y / c.height); const w = c.width * f; x.drawImage(c, 0, y, c.width, 2, (c.width - w) / 2, y, w, 2); }
    c = r;
  }
  const x = c.getContext('2d');
  if (o.shadow) { const g = x.createLinearGradient(0, 0, c.width, c.height); g.addColorStop(0, 'rgba(0,0,0,0)'); g.addColorStop(0.55, 'rgba(0,0,0,0.05)'); g.addColorStop(1, 'rgba(0,0,0,0.38)'); x.fillStyle = g; x.fillRect(0, 0, c.width, c.height); }
  if (o.fade) { x.fillStyle = `rgba(255,255,255,${o.fade})`; x.fillRect(0, 0, c.width, c.height); }
  if (o.noise) { x.fillStyle = '#333'; const k = Math.round(c.width * c.height * o.noise * 0.01); for (let i = 0; i < k; i++) x.fillRect(rnd() * c.width, rnd() * c.height, 1 + rnd() * 2, 1 + rnd() * 2); }
  return c;
}

function stamp(S, st, y) {
  const x = S.ctx, s = S.scale;
  x.save(); x.translate(430 * s, (y + 25) * s); x.rotate((st.angle * Math.PI) / 180); x.globalAlpha = 0.72;
  x.strokeStyle = st.color; x.fillStyle = st.color; x.lineWidth = 2.5 * s;
  x.strokeRect(-85 * s, -28 * s, 170 * s, 56 * s);
  x.font = `${26 * s}px S12SansBold`; x.textAlign = 'center'; x.textBaseline = 'middle'; x.fillText(st.text, 0, -8 * s);
  x.font = `${10 * s}px S12SansBold`; x.fillText(st.sub, 0, 16 * s);
  x.restore();
}

function receipt(d, rnd) {
  const o = d.img, fpx = Math.round((3.0 * o.dpi) / d.cols / 0.602), lh = Math.round(fpx * 1.3), m = Math.round(fpx * 1.5);
  const c = createCanvas(Math.round(fpx * 0.602 * d.cols) + 2 * m, d.lines.length * lh + 2 * m), x = c.getContext('2d');
  x.fillStyle = '#fbfaf6'; x.fillRect(0, 0, c.width, c.height);
  x.font = `${fpx}px S12Mono`; x.textBaseline = 'top';
  d.lines.forEach((t, i) => { x.fillStyle = `rgb(${30 + Math.round(rnd() * 40)},${30 + Math.round(rnd() * 40)},${40 + Math.round(rnd() * 40)})`; x.fillText(t, m, m + i * lh); });
  return c;
}

const jpeg = (c, q) => c.encodeSync('jpeg', q);

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of DOCS) {
  const rnd = prng(hash32(d.file));
  let buf;
  if (d.kind === 'pdf') buf = await textPdf(d);
  else if (d.kind === 'receipt') buf = await jpeg(degrade(receipt(d, rnd), d.img, rnd), d.img.quality);
  else {
    const S = canvasSurface(d.img.dpi, d.font);
    const ty = layoutInvoice(S, d);
    if (d.stamp) stamp(S, d.stamp, ty);
    const imgs = [];
    for (const p of S.pages) imgs.push(await jpeg(degrade(p, d.img, rnd), d.img.quality));
    if (d.kind === 'scanimg') buf = imgs[0];
    else {
      const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: d.file, Producer: 'sweep12 scanner', Creator: 'sweep12', CreationDate: CREATED, ModDate: CREATED } });
      for (const im of imgs) { doc.addPage({ size: 'A4', margin: 0 }); doc.image(im, 0, 0, { width: W, height: H }); }
      buf = await docToBuffer(doc);
    }
  }
  writeFileSync(join(OUT, d.file), buf);
  truth[d.file] = d.truth;
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`wrote ${DOCS.length} documents to ${OUT}`);
