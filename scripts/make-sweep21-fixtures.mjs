// Writes fixtures/sweep21 (documents + truth.json) from scripts/make-sweep21-docs.mjs. Text PDFs by
// pdfkit (fixed creation date; DejaVu embedded for Polish), images by @napi-rs/canvas with seeded noise
// (scripts/lib/sweep-render.mjs): a Swiss QR-bill's payment part under an invoice, a two-column
// glazier's invoice scanned at 200 dpi turned 0.9°, a Belgian invoice photographed at a slant (keystone,
// shadow), a Swiss taxi pad filled in by hand, and till receipts (a long Austrian one with its RKSV code,
// a faded thermal one). Deterministic: two runs give the same bytes.
// Usage: node scripts/make-sweep21-fixtures.mjs
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { prng, hash32 } from './lib/prng.mjs';
import { W, H, wrap, layoutInvoice, layoutReceipt, renderPdf, drawCanvas, rotated, age, codeBlock, writeSweep } from './lib/sweep-render.mjs';
import { money } from './lib/sweep-format.mjs';
import { DOCS } from './make-sweep21-docs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'fixtures', 'sweep21');
const CREATED = new Date('2026-04-15T09:00:00Z');

/** A Swiss QR-bill's receipt and payment part across the foot of the page (from y 560). */
function qrBill(q) {
  const ops = [];
  const t = (x, y, str, o = {}) => ops.push({ x, y, str, size: o.size ?? 8, bold: !!o.bold });
  const y0 = 560;
  ops.push({ line: [0, y0, W, y0] }, { line: [175, y0, 175, H] });
  t(230, y0 - 10, 'Vor der Einzahlung abzutrennen', { size: 6 });
  t(14, y0 + 14, 'Empfangsschein', { size: 11, bold: true });
  t(14, y0 + 34, 'Konto / Zahlbar an', { size: 6, bold: true });
  [q.account, ...q.payee].forEach((s, i) => t(14, y0 + 43 + i * 9, s, { size: 8 }));
  t(14, y0 + 86, 'Referenz', { size: 6, bold: true }); t(14, y0 + 95, q.ref, { size: 7 });
  t(14, y0 + 112, 'Zahlbar durch', { size: 6, bold: true });
  q.payer.forEach((s, i) => t(14, y0 + 121 + i * 9, s, { size: 8 }));
  t(14, y0 + 196, 'Währung', { size: 6, bold: true }); t(70, y0 + 196, 'Betrag', { size: 6, bold: true });
  t(14, y0 + 206, 'CHF', { size: 8 }); t(70, y0 + 206, q.amount, { size: 8 });
  t(110, y0 + 240, 'Annahmestelle', { size: 6, bold: true });
  t(190, y0 + 14, 'Zahlteil', { size: 11, bold: true });
  ops.push(...codeBlock(190, y0 + 36, 130, q.ref));
  ops.push({ fill: [246, y0 + 92, 18, 18] });
  t(190, y0 + 196, 'Währung', { size: 8, bold: true }); t(250, y0 + 196, 'Betrag', { size: 8, bold: true });
  t(190, y0 + 208, 'CHF', { size: 10 }); t(250, y0 + 208, q.amount, { size: 10 });
  t(340, y0 + 14, 'Konto / Zahlbar an', { size: 8, bold: true });
  [q.account, ...q.payee].forEach((s, i) => t(340, y0 + 25 + i * 11, s, { size: 10 }));
  t(340, y0 + 78, 'Referenz', { size: 8, bold: true }); t(340, y0 + 89, q.ref, { size: 10 });
  t(340, y0 + 108, 'Zusätzliche Informationen', { size: 8, bold: true }); t(340, y0 + 119, q.info, { size: 10 });
  t(340, y0 + 138, 'Zahlbar durch', { size: 8, bold: true });
  q.payer.forEach((s, i) => t(340, y0 + 149 + i * 11, s, { size: 10 }));
  return ops;
}

/** A two-column letter: the firm's details down a grey-ruled left column, the invoice on the right. */
function layoutTwoColumn(doc) {
  const ops = [];
  const t = (x, y, str, o = {}) => ops.push({ x, y, str: String(str), size: o.size ?? 9, bold: !!o.bold, align: o.align ?? 'left' });
  doc.side.forEach((s, i) => t(36, 60 + i * 13, s, { size: i < 2 ? 13 : 8, bold: i < 2 }));
  ops.push({ line: [160, 40, 160, 800] });
  const L = 180;
  t(L, 60, `${doc.vendor[0]} · ${doc.vendor[1]}`, { size: 6.5 });
  doc.customer.forEach((c, i) => t(L, 76 + i * 13, c, { size: 10 }));
  t(L, 160, doc.title, { size: 16, bold: true });
  doc.meta.forEach(([k, v], i) => { t(L, 190 + i * 13, `${k}:`, { size: 8.5 }); t(L + 90, 190 + i * 13, v, { size: 8.5, bold: i === 0 }); });
  let y = 190 + doc.meta.length * 13 + 22;
  const X = { pos: L, d: L + 26, q: 430, u: 490, a: 555 };
  const hd = doc.head;
  t(X.pos, y, hd[0], { size: 8, bold: true }); t(X.d, y, hd[1], { size: 8, bold: true }); t(X.q, y, hd[2], { size: 8, bold: true, align: 'right' }); t(X.u, y, hd[3], { size: 8, bold: true, align: 'right' }); t(X.a, y, hd[4], { size: 8, bold: true, align: 'right' });
  ops.push({ line: [L, y + 12, 555, y + 12] });
  y += 18;
  for (const r of doc.rows) {
    const d = wrap(r.d, 40);
    t(X.pos, y, r.pos, { size: 8 }); d.forEach((s, i) => t(X.d, y + i * 10, s, { size: 8 }));
    t(X.q, y, r.q, { size: 8, align: 'right' }); t(X.u, y, r.u, { size: 8, align: 'right' }); t(X.a, y, r.a, { size: 8, align: 'right' });
    y += d.length * 10 + 5;
  }
  ops.push({ line: [L, y, 555, y] });
  y += 10;
  for (const [k, v, bold] of doc.totals) { t(480, y, k, { size: 9, bold, align: 'right' }); t(555, y, money(v, doc.f), { size: 9, bold, align: 'right' }); y += 14; }
  y += 20;
  for (const n of doc.notes) { t(L, y, n, { size: 8 }); y += 12; }
  return ops;
}

/** A receipt pad (A6 landscape, points): printed head and labels, the red pad number, values by hand. */
function layoutPad(doc) {
  const p = doc.pad;
  const ops = [];
  const L = (x, y, s, o = {}) => ops.push({ x, y, str: s, size: o.size ?? 8, bold: !!o.bold, color: o.color ?? 'form' });
  ops.push({ rect: [10, 10, 400, 280], color: 'form' });
  L(22, 20, p.head[0], { size: 14, bold: true }); L(22, 38, p.head[1]); L(22, 49, p.head[2], { size: 7 });
  L(300, 22, 'QUITTUNG', { size: 13, bold: true }); L(300, 42, 'Nr.', { size: 9 }); ops.push({ x: 322, y: 39, str: p.no, size: 12, bold: true, color: 'red' });
  p.fields.forEach(([k, v], i) => {
    const y = 76 + i * 27;
    L(22, y, `${k}:`, { size: 9 });
    ops.push({ line: [130, y + 12, 395, y + 12], color: 'form' });
    ops.push({ x: 140, y: y - 4, str: v, size: 13, font: 'hand', color: 'pen' });
  });
  L(22, 272, p.foot, { size: 7 });
  return { ops, w: 420, h: 300 };
}

/** A page photographed at a slant: keystone (the top narrower), a turn, on a table, a shadow from one side. */
function keystonePhoto(page, rnd) {
  const c = createCanvas(900, 1240);
  const g = c.getContext('2d');
  g.fillStyle = '#6b6258'; g.fillRect(0, 0, c.width, c.height);
  const k = createCanvas(page.width, page.height);
  const kg = k.getContext('2d');
  kg.fillStyle = '#6b6258'; kg.fillRect(0, 0, k.width, k.height);
  for (let y = 0; y < page.height; y++) {
    const w = page.width * (0.86 + 0.14 * (y / page.height));
    kg.drawImage(page, 0, y, page.width, 1, (page.width - w) / 2, y, w, 1.5);
  }
  g.save(); g.translate(450, 620); g.rotate((1.4 * Math.PI) / 180);
  const s = 820 / page.width;
  g.drawImage(k, (-page.width * s) / 2, (-page.height * s) / 2, page.width * s, page.height * s);
  g.restore();
  return age(c, rnd, { tone: [0, 255], noise: 8, blur: true, light: (x, y) => 1.02 - 0.45 * Math.max(0, Math.min(1, (x - 0.35) * 1.6)) * (0.6 + 0.4 * y) });
}

async function render(doc) {
  const rnd = prng(20260415 ^ hash32(doc.file));
  const im = doc.image;
  if (!im) {
    const ops = layoutInvoice(doc);
    return renderPdf([doc.qrBill ? [...ops.filter((o) => !(o.y > 790 && o.size === 6.5)), ...qrBill(doc.qrBill)] : ops], { name: 'sweep21', created: CREATED, embed: !!doc.embed });
  }
  let c;
  if (im.kind === 'receipt') {
    const r = layoutReceipt(doc);
    c = drawCanvas(r.ops, r.w, r.h, im.dpi, rnd);
    if (im.rotate) c = rotated(c, im.rotate);
    c = age(c, rnd, { tone: im.tone, blur: true, noise: 9, fade: im.fade });
  } else if (im.kind === 'pad') {
    const r = layoutPad(doc);
    c = drawCanvas(r.ops, r.w, r.h, im.dpi, rnd);
    c = rotated(c, 1.1);
    c = age(c, rnd, { tone: [10, 236], blur: true, noise: 9 });
  } else if (im.kind === 'scan') {
    c = drawCanvas(layoutTwoColumn(doc), W, H, im.dpi, rnd);
    c = rotated(c, im.rotate, '#fff');
    c = age(c, rnd, { tone: [30, 232], blur: true, noise: 10 });
  } else if (im.kind === 'keystone') {
    c = keystonePhoto(drawCanvas(layoutInvoice(doc), W, H, 130, rnd), rnd);
  }
  return c.encodeSync('jpeg', Math.round((im.quality ?? 0.72) * 100));
}

await writeSweep(OUT, DOCS, render);
