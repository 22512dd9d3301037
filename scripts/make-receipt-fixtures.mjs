#!/usr/bin/env node
/**
 * fixtures/receipts/: a till receipt whose date and total lines are printed as a faded dot matrix
 * (ink only on a grid of 2x2-pixel dots, 1 pixel apart, mid grey), the rest solid, as on worn
 * thermal and dot-matrix receipts. tesseract reads the solid lines and nothing of the dotted ones
 * on a first reading; with the ink thickened (the second reading of a doubtful receipt,
 * src/extract/second-look.ts) it reads the total. Invented shop. Deterministic (no clock, no
 * randomness); Skia (@napi-rs/canvas) and the Liberation Mono font draw it.
 *
 *   node scripts/make-receipt-fixtures.mjs
 */
import { createCanvas } from '@napi-rs/canvas';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(resolve(fileURLToPath(import.meta.url), '..', '..'), 'fixtures', 'receipts');
const LINES = [
  'KEDAI RUNCIT SERI MAJU', 'NO 12 JALAN MAWAR 3', '43000 KAJANG SELANGOR', '', 'CASH RECEIPT',
  'Receipt No : CS 20417', 'Date : 27/03/2018 16:34', 'Cashier : 01', '',
  'Item              Qty    Amount', 'SUGAR 1KG           2      5.60', 'COOKING OIL 2L      1     13.90', 'TEA BAGS 100S       1      8.50', '',
  'TOTAL                     28.00', 'CASH                      50.00', 'CHANGE                    22.00', '', 'THANK YOU, PLEASE COME AGAIN',
];
const DOTTED = /^(?:Date|TOTAL)\b/u;
const LINE = 34;
const TOP = 50;
const W = 640;
const H = 40 + LINES.length * LINE;

const canvas = createCanvas(W, H);
const ctx = canvas.getContext('2d');
ctx.fillStyle = '#fff';
ctx.fillRect(0, 0, W, H);
ctx.fillStyle = '#000';
ctx.font = '28px "Liberation Mono"';
LINES.forEach((l, i) => ctx.fillText(l, 30, TOP + i * LINE));
const img = ctx.getImageData(0, 0, W, H);
const d = img.data;
for (let y = 0; y < H; y++) {
  const dotted = DOTTED.test(LINES[Math.floor((y - TOP + 26) / LINE)] ?? '');
  for (let x = 0; x < W; x++) {
    const i = (y * W + x) * 4;
    const ink = d[i] < 128 && (!dotted || (x % 3 < 2 && y % 3 < 2));
    d[i] = d[i + 1] = d[i + 2] = ink ? 60 : 250;
  }
}
ctx.putImageData(img, 0, 0);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'faded-dot-matrix-receipt.png'), canvas.toBuffer('image/png'));
writeFileSync(join(OUT, 'faded-dot-matrix-receipt.json'), `${JSON.stringify({ documentType: 'receipt', invoiceDate: '2018-03-27', total: 28 }, null, 2)}\n`);
