#!/usr/bin/env node
// Writes fixtures/orient (see fixtures/README.md, "Pages stored turned"): one small German invoice
// page drawn at 150 dpi, stored turned three ways, each with what a viewer needs to show it upright
// or nothing at all:
// - rechnung-tiff-orientation6.tiff: 1-bit TIFF whose pixels are stored a quarter turn
//   anticlockwise, with Orientation 6 (tag 274) to turn them back, as scanners and phones write it;
// - rechnung-quer-ohne-tag.png: the same pixels as a PNG, with no tag (a page scanned sideways);
// - rechnung-kopf-ohne-tag.png: the page upside down, no tag.
// The truth is in test/e2e/orientation.test.ts. Deterministic (no randomness, no dates).
//
//   node scripts/make-orient-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { writeIfdEntries } from './bench/bombs.mjs';
import { orientPixels } from '../dist/extract/image/orient.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'orient');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'orSans');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'orBold');

/** The upright page: A5 at 150 dpi, one byte a pixel (0 black, 255 white). */
function page() {
  const W = 874;
  const H = 1240;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#000';
  const line = (str, x, y, size = 22, bold = false, align = 'left') => {
    ctx.font = `${size}px ${bold ? 'orBold' : 'orSans'}`;
    ctx.textAlign = align;
    ctx.fillText(str, x, y);
  };
  line('Elektro Brandt GmbH', 60, 90, 34, true);
  line('Hafenstraße 12 · 28217 Bremen · USt-IdNr. DE 284 117 903', 60, 128, 18);
  line('Tischlerei Ohlsen', 60, 220);
  line('Am Deich 4', 60, 250);
  line('27568 Bremerhaven', 60, 280);
  line('RECHNUNG', 60, 380, 32, true);
  line('Rechnungsnummer: EB-2025-0417', 60, 430);
  line('Rechnungsdatum: 14.03.2025', 60, 462);
  line('Zahlbar bis: 28.03.2025', 60, 494);
  line('Pos.  Beschreibung', 60, 570, 20, true);
  line('Betrag EUR', 814, 570, 20, true, 'right');
  ctx.fillRect(60, 582, 754, 2);
  const rows = [
    ['1     Unterverteilung montiert', '640,00'],
    ['2     Kabel NYM-J 5x2,5 (50 m)', '118,50'],
    ['3     Arbeitszeit 6 Std. à 58,00', '348,00'],
  ];
  rows.forEach(([d, a], i) => {
    line(d, 60, 620 + i * 36, 20);
    line(a, 814, 620 + i * 36, 20, false, 'right');
  });
  ctx.fillRect(430, 740, 384, 2);
  line('Nettobetrag', 440, 780, 20);
  line('1.106,50', 814, 780, 20, false, 'right');
  line('USt 19 %', 440, 814, 20);
  line('210,24', 814, 814, 20, false, 'right');
  line('Gesamtbetrag EUR', 440, 856, 22, true);
  line('1.316,74', 814, 856, 22, true, 'right');
  line('Bitte überweisen Sie den Betrag auf IBAN DE12 2905 0101 0001 2345 67.', 60, 960, 18);
  line('Vielen Dank für Ihren Auftrag.', 60, 992, 18);
  const rgba = ctx.getImageData(0, 0, W, H).data;
  const grey = new Uint8Array(W * H);
  for (let i = 0; i < grey.length; i++) grey[i] = rgba[i * 4] < 140 ? 0 : 255; // as a bilevel scanner sees it
  return { data: grey, width: W, height: H };
}

/** A grey PNG of pixels (0/255). */
function png({ data, width, height }) {
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  const img = ctx.createImageData(width, height);
  for (let i = 0; i < data.length; i++) img.data.set([data[i], data[i], data[i], 255], i * 4);
  ctx.putImageData(img, 0, 0);
  return c.toBuffer('image/png');
}

/** An uncompressed 1-bit TIFF (BlackIsZero) of pixels (0/255), with Orientation `orientation`. */
function tiff({ data, width, height }, orientation) {
  const rowBytes = Math.ceil(width / 8);
  const strip = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (data[y * width + x]) strip[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
  const entries = [
    [256, 4, 1, width],
    [257, 4, 1, height],
    [258, 3, 1, 1],
    [259, 3, 1, 1],
    [262, 3, 1, 1],
    [273, 4, 1, 8],
    [274, 3, 1, orientation],
    [277, 3, 1, 1],
    [278, 4, 1, height],
    [279, 4, 1, strip.length],
  ];
  const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
  writeIfdEntries(ifd, entries);
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8 + strip.length, 4);
  return Buffer.concat([header, strip, ifd]);
}

mkdirSync(OUT, { recursive: true });
const upright = page();
// Stored so that Orientation 6 turns it upright: the inverse of 6 is 8.
const sideways = orientPixels(upright.data, upright.width, upright.height, 1, 8);
writeFileSync(join(OUT, 'rechnung-tiff-orientation6.tiff'), tiff(sideways, 6));
writeFileSync(join(OUT, 'rechnung-quer-ohne-tag.png'), png(sideways));
writeFileSync(join(OUT, 'rechnung-kopf-ohne-tag.png'), png(orientPixels(upright.data, upright.width, upright.height, 1, 3)));
process.stdout.write(`wrote ${OUT}\n`);
