// Writes fixtures/sweep19 (documents + truth.json) from scripts/make-sweep19-docs.mjs: one layout
// per document as a list of positioned text runs per A4 page (points), drawn either by pdfkit (text
// PDFs, fixed creation date) or by @napi-rs/canvas (fax, scan, photo, screenshot, PDF of scans), with
// seeded noise (scripts/lib/prng.mjs). Usage: node scripts/make-sweep19-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { prng, hash32 } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS, LABELS, makeLines, money, sums, truthOf } from './make-sweep19-docs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'fixtures', 'sweep19');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
GlobalFonts.registerFromPath(FONT, 'DV');
GlobalFonts.registerFromPath(FONT_B, 'DVB');
const CREATED = new Date('2026-03-12T09:00:00Z');
const W = 595;
const H = 842;

/** Positioned text runs of every page of a document. */
function layout(doc, s) {
  const lab = { ...LABELS[doc.lang], ...(doc.labels ?? {}) };
  const st = doc.style;
  const pages = [];
  let ops = [];
  const t = (x, y, str, o = {}) => ops.push({ x, y, str: String(str), size: o.size ?? 9, bold: !!o.bold, align: o.align ?? 'left' });
  const per = doc.perPage ?? s.lines.length;
  const nPages = Math.max(1, Math.ceil(s.lines.length / per));
  const hasDisc = s.lines.some((l) => l.disc);
  const header = () => {
    t(40, 40, doc.vendor[0], { bold: true, size: 11 });
    doc.vendor.slice(1).forEach((v, i) => t(40, 56 + i * 12, v, { size: 8 }));
    t(555, 40, doc.title, { bold: true, size: 15, align: 'right' });
  };
  const tableHead = (y) => {
    t(40, y, lab.pos, { bold: true }); t(75, y, lab.desc, { bold: true });
    t(350, y, lab.qty, { bold: true, align: 'right' }); t(425, y, lab.unit, { bold: true, align: 'right' });
    if (hasDisc) t(470, y, lab.disc, { bold: true, align: 'right' });
    t(555, y, lab.amt, { bold: true, align: 'right' });
  };
  let running = 0;
  for (let p = 0; p < nPages; p++) {
    ops = [];
    header();
    let y;
    if (p === 0) {
      doc.customer.forEach((c, i) => t(40, 130 + i * 12, c, { bold: i === 0 }));
      doc.meta.forEach(([k, v], i) => { t(330, 110 + i * 13, k); t(555, 110 + i * 13, v, { align: 'right' }); });
      y = 230;
    } else {
      t(330, 110, `${doc.meta[0][0]} ${doc.number}`);
      y = 140;
    }
    if (nPages > 1) t(555, 60, `${lab.page} ${p + 1}/${nPages}`, { align: 'right', size: 8 });
    tableHead(y); y += 16;
    if (p > 0) { t(75, y, lab.carryIn ?? lab.carry); t(555, y, money(running, st), { align: 'right' }); y += 14; }
    s.lines.slice(p * per, (p + 1) * per).forEach((l, i) => {
      t(40, y, String(p * per + i + 1)); t(75, y, l.d);
      t(350, y, String(l.q)); t(425, y, money(l.p, st), { align: 'right' });
      if (l.disc) t(470, y, String(l.disc), { align: 'right' });
      t(555, y, money(l.amount, st), { align: 'right' });
      running += l.amount; y += 13;
    });
    if (p < nPages - 1) {
      y += 6; t(330, y, lab.carry, { bold: true }); t(555, y, money(running, st), { align: 'right', bold: true });
      pages.push(ops);
      continue;
    }
    y += 10;
    const row = (k, v, bold = false) => { t(330, y, k, { bold }); t(555, y, money(v, st), { align: 'right', bold }); y += 14; };
    if (doc.gross) {
      row(lab.grossSum ?? lab.net, s.goods);
      s.extras.forEach((e) => row(e.label, e.cents));
      row(lab.total + (lab.total.includes(doc.cur) ? '' : ` ${doc.cur}`), s.total, true);
      row(lab.incl(doc.rate), s.tax);
      row(lab.sub, s.subtotal);
    } else {
      if (s.rabatt || s.extras.length) row(lab.net, s.goods);
      if (s.rabatt) row(`${lab.rabatt} ${doc.rabattPct} %`, s.rabatt);
      s.extras.forEach((e) => row(e.label, e.cents));
      row(lab.sub, s.subtotal);
      row(typeof lab.tax === 'function' ? lab.tax(doc.rate) : lab.tax, s.tax);
      row(lab.total + (lab.total.includes(doc.cur) ? '' : ` ${doc.cur}`), s.total, true);
    }
    y += 16;
    const eur = doc.eurRate ? money(Math.round(s.total * doc.eurRate), doc.style === 'en' ? 'en' : doc.style === 'ch' ? 'ch' : 'de') : '';
    (doc.notes ?? []).forEach((n) => { t(40, y, n.replace('{EUR}', eur), { size: 8 }); y += 12; });
    pages.push(ops);
  }
  return pages;
}

/** Text PDF; the standard Helvetica (WinAnsi) unless the language needs more letters (embedded DejaVu). */
function pdfOf(pages, embed) {
  const pdf = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: CREATED, Producer: 'sweep19', Creator: 'sweep19' } });
  pdf.registerFont('R', embed ? FONT : 'Helvetica'); pdf.registerFont('B', embed ? FONT_B : 'Helvetica-Bold');
  pages.forEach((ops, i) => {
    if (i) pdf.addPage();
    for (const o of ops) {
      pdf.font(o.bold ? 'B' : 'R').fontSize(o.size);
      const w = pdf.widthOfString(o.str);
      pdf.text(o.str, o.align === 'right' ? o.x - w : o.x, o.y, { lineBreak: false });
    }
  });
  return docToBuffer(pdf);
}

/** One page drawn on a canvas at dpi, with the look of its kind. */
function raster(ops, dpi, kind, rng) {
  const k = dpi / 72;
  const c = createCanvas(Math.round(W * k), Math.round(H * k));
  const g = c.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height);
  if (kind === 'photo') { g.translate(c.width / 2, c.height / 2); g.rotate((1.3 * Math.PI) / 180); g.translate(-c.width / 2, -c.height / 2); }
  g.fillStyle = kind === 'scan' ? '#222' : '#000';
  for (const o of ops) {
    g.font = `${o.size * k}px ${o.bold ? 'DVB' : 'DV'}`;
    const w = g.measureText(o.str).width;
    g.fillText(o.str, o.align === 'right' ? o.x * k - w : o.x * k, (o.y + o.size) * k);
  }
  g.setTransform(1, 0, 0, 1, 0, 0);
  const img = g.getImageData(0, 0, c.width, c.height);
  const d = img.data;
  const streaks = kind === 'fax' ? Array.from({ length: 5 }, () => Math.floor(rng() * c.height)) : [];
  for (let y = 0; y < c.height; y++) {
    const streak = streaks.some((s) => Math.abs(s - y) < 2);
    for (let x = 0; x < c.width; x++) {
      const i = (y * c.width + x) * 4;
      let v = d[i];
      if (kind === 'fax') v = streak && rng() < 0.6 ? 0 : (v + (rng() - 0.5) * 90 < 128 ? 0 : 255);
      else if (kind === 'photo') v = Math.max(0, Math.min(255, v * (0.78 + 0.12 * Math.sin(x / 90 + y / 140) + 0.06 * Math.sin(y / 37)) + (rng() - 0.5) * 16));
      else if (kind === 'scan') v = rng() < 0.0015 ? 90 : v < 250 ? Math.min(255, v + 30) : 238;
      else if (kind === 'scanpdf') v = Math.max(0, Math.min(255, v * 0.94 + 8 + (rng() - 0.5) * 12));
      d[i] = d[i + 1] = d[i + 2] = v;
    }
  }
  g.putImageData(img, 0, 0);
  return c;
}

async function render(doc) {
  const rng = prng(hash32(doc.file));
  if (!doc.lines) doc.lines = makeLines(rng, doc.lang, doc.nLines, { disc: doc.disc, minUnit: doc.minUnit, maxUnit: doc.maxUnit });
  const s = sums(doc);
  const pages = layout(doc, s);
  const kind = doc.kind ?? 'pdf';
  if (kind === 'pdf') return pdfOf(pages, ['pl', 'cs'].includes(doc.lang));
  if (kind === 'fax') return raster(pages[0], 200, 'fax', rng).encode('png');
  if (kind === 'scan') return raster(pages[0], 150, 'scan', rng).encode('png');
  if (kind === 'photo') return raster(pages[0], 150, 'photo', rng).encode('jpeg', 55);
  if (kind === 'screen') {
    const c = raster(pages[0], 110, 'screen', rng);
    const small = createCanvas(c.width, Math.round(c.height * 0.55));
    small.getContext('2d').drawImage(c, 0, 0);
    return small.encode('png');
  }
  const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: CREATED, Producer: 'sweep19 scan' } });
  for (const ops of pages) {
    const jpg = await raster(ops, 150, 'scanpdf', rng).encode('jpeg', 50);
    pdf.addPage(); pdf.image(jpg, 0, 0, { width: W, height: H });
  }
  return docToBuffer(pdf);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const doc of DOCS) {
  writeFileSync(join(OUT, doc.file), await render(doc));
  truth[doc.file] = truthOf(doc);
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`${DOCS.length} documents in ${OUT}`);
