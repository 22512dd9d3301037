#!/usr/bin/env node
// Writes fixtures/sweep18 (the eighteenth held-out sweep: trades, professions and small shops, DE/FR,
// plus Irish, Estonian and Faroese) and its truth.json from scripts/make-sweep18-docs.mjs:
// text PDFs with pdfkit (fixed creation date), till receipts as images with @napi-rs/canvas
// (scan or phone-photo look: paper tone, seeded noise, optional tilt and low contrast).
//
//   node scripts/make-sweep18-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { createCanvas } from '@napi-rs/canvas';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { hash32, prng } from './lib/prng.mjs';
import { documents } from './make-sweep18-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep18');
const CREATED = new Date('2026-03-31T09:00:00Z');

/** A business document on one A4 page: letterhead, address, meta rows, item table, totals, notes. */
async function textPdf(d) {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: CREATED, ModDate: CREATED, Producer: 'sweep18', Title: d.title } });
  doc.font('Helvetica-Bold').fontSize(12).text(d.from[0], 50, 50);
  doc.font('Helvetica').fontSize(9);
  for (const l of d.from.slice(1)) doc.text(l);
  doc.fontSize(10).text(d.to.join('\n'), 50, 140);
  doc.font('Helvetica-Bold').fontSize(16).text(d.title, 50, 215);
  let y = 245;
  doc.font('Helvetica').fontSize(10);
  for (const [k, v] of d.meta) {
    doc.text(k, 330, y, { width: 110 }).text(v, 440, y, { width: 110 });
    y += 15;
  }
  y = Math.max(y, 245) + 15;
  const cols = [50, 300, 380, 460];
  const widths = [245, 75, 75, 85];
  const row = (cells, bold) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] })));
    cells.forEach((c, i) => doc.text(c, cols[i], y, { width: widths[i], align: i === 0 ? 'left' : 'right' }));
    y += h + 4;
  };
  row(d.table.head, true);
  doc.moveTo(50, y).lineTo(545, y).stroke();
  y += 4;
  for (const r of d.table.rows) row(r, false);
  doc.moveTo(300, y).lineTo(545, y).stroke();
  y += 6;
  d.totals.forEach(([k, v], i) => {
    doc.font(i === d.totals.length - 1 ? 'Helvetica-Bold' : 'Helvetica');
    doc.text(k, 250, y, { width: 200, align: 'right' }).text(v, 460, y, { width: 85, align: 'right' });
    y += 15;
  });
  doc.font('Helvetica').fontSize(9);
  y += 15;
  for (const n of d.notes) {
    doc.text(n, 50, y, { width: 495 });
    y = doc.y + 4;
  }
  return docToBuffer(doc);
}

/** A till receipt as a scan (png) or a phone photo (jpg): monospace lines on an 80 mm slip. */
function receiptImage(d) {
  const { dpi, tilt, contrast, photo, hand } = d.image;
  const s = dpi / 200;
  const rnd = prng(hash32(d.file));
  const slipW = Math.round(560 * s);
  const lineH = Math.round(30 * s);
  const W = slipW + Math.round(160 * s);
  const H = Math.round(d.receipt.length * lineH + 200 * s);
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  const ink = Math.round(255 * (1 - contrast) * 0.8);
  const bg = photo ? '#8a8478' : '#ffffff';
  g.fillStyle = bg;
  g.fillRect(0, 0, W, H);
  g.save();
  g.translate(W / 2, H / 2);
  g.rotate((tilt * Math.PI) / 180);
  g.translate(-W / 2, -H / 2);
  const x0 = Math.round(80 * s);
  g.fillStyle = contrast < 1 ? '#f1efe9' : '#fbfaf6';
  g.fillRect(x0, Math.round(40 * s), slipW, H - Math.round(80 * s));
  g.fillStyle = `rgb(${ink},${ink},${ink + 6})`;
  // a market stall's pad is filled by hand: a slanted serif stands in for the handwriting
  g.font = hand ? `italic ${Math.round(24 * s)}px serif` : `${Math.round(20 * s)}px monospace`;
  let y = Math.round(100 * s);
  for (const l of d.receipt) {
    if (Array.isArray(l)) {
      g.textAlign = 'left';
      g.fillText(l[0], x0 + 20 * s, y);
      g.textAlign = 'right';
      g.fillText(l[1], x0 + slipW - 20 * s, y);
    } else {
      g.textAlign = 'center';
      g.fillText(l, x0 + slipW / 2, y);
    }
    y += lineH;
  }
  g.restore();
  const img = g.getImageData(0, 0, W, H);
  const amp = photo ? 18 : 8;
  for (let i = 0; i < img.data.length; i += 4) {
    // a photo is grainy all over; a scan has only sparse specks (and stays small as a PNG)
    if (!photo && rnd() > 0.002) continue;
    const n = (rnd() - 0.5) * amp * (photo ? 1 : 12);
    for (let k = 0; k < 3; k++) img.data[i + k] = Math.max(0, Math.min(255, img.data[i + k] + n));
  }
  g.putImageData(img, 0, 0);
  return d.file.endsWith('.png') ? c.toBuffer('image/png') : c.toBuffer('image/jpeg', 68);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const d of documents()) {
  const buf = d.receipt ? receiptImage(d) : await textPdf(d);
  writeFileSync(join(OUT, d.file), buf);
  truth[d.file] = d.truth;
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
console.log(`wrote ${Object.keys(truth).length} documents to ${OUT}`);
