// Writes fixtures/sweep20 (documents + truth.json) from scripts/make-sweep20-docs.mjs. Each document
// is laid out as positioned text runs (points) and drawn either by pdfkit (text PDFs, fixed creation
// date, standard fonts) or by @napi-rs/canvas at a given dpi, then aged with seeded noise
// (scripts/lib/prng.mjs): a scanned hotel folio turned 1.6°, a phone photo under uneven light, a
// 1-bit fax with a cover block, a carbon-copy Quittung form, and till receipts (one faded thermal).
// Deterministic: run it twice and the bytes are the same. Usage: node scripts/make-sweep20-fixtures.mjs
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng, hash32 } from './lib/prng.mjs';
import { W, H, layoutInvoice, layoutReceipt, renderPdf, drawCanvas, rotated, age, photo, writeSweep } from './lib/sweep-render.mjs';
import { DOCS } from './make-sweep20-docs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'fixtures', 'sweep20');
const CREATED = new Date('2026-03-12T09:00:00Z');

/** A fax: the machine's header line, a two-column cover block, then the invoice below it. */
function layoutFax(doc) {
  const ops = [];
  const fx = doc.fax;
  ops.push({ x: 30, y: 14, str: fx.line, size: 7.5, font: 'mono' });
  ops.push({ x: 40, y: 34, str: 'TELEFAX', size: 20, bold: true });
  ops.push({ rect: [40, 62, 515, 62] }, { line: [297, 62, 297, 124] });
  fx.left.forEach(([k, v], i) => { ops.push({ x: 48, y: 70 + i * 17, str: `${k}:`, size: 9, bold: true }, { x: 100, y: 70 + i * 17, str: v, size: 9 }); });
  fx.right.forEach(([k, v], i) => { ops.push({ x: 305, y: 70 + i * 17, str: `${k}:`, size: 9, bold: true }, { x: 357, y: 70 + i * 17, str: v, size: 9 }); });
  return [...ops, ...layoutInvoice(doc, 150).filter((o) => !(o.y > 790 && o.size === 6.5))];
}

/** A pre-printed Quittung form (A5 landscape) with typed values; a carbon copy. */
function layoutForm(doc) {
  const q = doc.form;
  const ops = [];
  const L = (x, y, s, o = {}) => ops.push({ x, y, str: s, size: o.size ?? 8, bold: !!o.bold, color: 'form', align: o.align ?? 'left' });
  const V = (x, y, s, o = {}) => ops.push({ x, y, str: s, size: o.size ?? 10.5, font: 'mono', color: 'carbon', align: o.align ?? 'left' });
  ops.push({ rect: [20, 20, 555, 380], color: 'form' });
  L(36, 34, 'QUITTUNG', { size: 22, bold: true });
  L(420, 40, 'Nr.', { size: 10 }); ops.push({ x: 445, y: 36, str: q.no, size: 15, bold: true, color: 'red' });
  const box = (x, y, w, h, label) => { ops.push({ rect: [x, y, w, h], color: 'form' }); L(x + 4, y + 3, label, { size: 6.5 }); };
  box(330, 70, 230, 30, 'Netto EUR'); V(552, 84, q.net, { align: 'right' });
  box(330, 100, 230, 30, `+ ${q.rate} % MwSt. EUR`); V(552, 114, q.tax, { align: 'right' });
  box(330, 130, 230, 34, 'Gesamt EUR'); V(552, 146, q.total, { align: 'right', size: 12 });
  box(36, 176, 524, 34, 'Gesamtbetrag EUR in Worten'); V(44, 192, q.words);
  box(36, 212, 524, 34, 'von'); V(44, 228, q.from);
  box(36, 248, 524, 34, 'für'); V(44, 264, q.for);
  L(36, 292, 'richtig erhalten zu haben, bestätigt', { size: 8 });
  box(36, 310, 250, 40, 'Ort / Datum'); V(44, 328, q.place);
  box(300, 310, 260, 40, 'Stempel / Unterschrift des Empfängers'); V(308, 328, q.payee, { size: 9 });
  L(36, 360, 'Im Betrag sind die gesetzliche MwSt. enthalten. — Formular 1412 (Durchschreibesatz), Blatt 2 für den Zahlenden', { size: 6.5 });
  return { ops, w: 595, h: 420 };
}

// ------------------------------------------------------------------ drawing

async function render(doc) {
  const rnd = prng(20260312 ^ hash32(doc.file));
  const im = doc.image;
  if (!im) return renderPdf([layoutInvoice(doc)], { name: 'sweep20', created: CREATED });
  let c;
  if (doc.rows && !doc.vendor) {
    const r = layoutReceipt(doc);
    c = drawCanvas(r.ops, r.w, r.h, im.dpi, rnd);
    if (im.rotate) c = rotated(c, im.rotate);
    // PNG receipts: less noise and 16 grey levels, so that the lossless file stays small.
    c = age(c, rnd, { tone: im.tone, blur: true, noise: im.png ? 5 : 9, fade: im.fade, levels: im.png ? 16 : 0 });
  } else if (im.kind === 'carbon') {
    const r = layoutForm(doc);
    c = drawCanvas(r.ops, r.w, r.h, im.dpi, rnd);
    c = rotated(c, -0.7);
    c = age(c, rnd, { tone: [0, 238], blur: true, noise: 8 });
  } else if (im.kind === 'fax') {
    c = drawCanvas(layoutFax(doc), W, H, im.dpi, rnd);
    c = age(c, rnd, { tone: [0, 255], noise: 40, threshold: 150, streaks: [0.31, 0.3105, 0.62, 0.88] });
  } else if (im.kind === 'scan') {
    c = drawCanvas(layoutInvoice(doc), W, H, im.dpi, rnd);
    c = rotated(c, im.rotate, '#fff');
    c = age(c, rnd, { tone: [28, 236], blur: true, noise: 10 });
  } else if (im.kind === 'photo') {
    c = photo(drawCanvas(layoutInvoice(doc), W, H, 130, rnd), rnd);
  }
  if (doc.file.endsWith('.png')) return c.encodeSync('png');
  return c.encodeSync('jpeg', Math.round((im.quality ?? 0.72) * 100));
}

await writeSweep(OUT, DOCS, render);
