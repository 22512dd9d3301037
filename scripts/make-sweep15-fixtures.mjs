#!/usr/bin/env node
// Writes fixtures/sweep15 (the fifteenth held-out sweep: European till receipts and small bills as
// phone photos and scans, see fixtures/README.md) and its truth.json from scripts/make-sweep15-docs.mjs.
// Each receipt is printed in a fixed-width font on a paper strip, then captured: thermal dots and
// fading, crumples or curl, a turn, keystone, a table around it, shadow, low light, noise, motion blur,
// JPEG compression, a gray or black-and-white scan (TIFF, PNG, or JPEG inside an image-only PDF),
// a sideways photo stored with EXIF Orientation 6. Deterministic: seeds from the file names.
//
//   node scripts/make-sweep15-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { prng, hash32 } from './lib/prng.mjs';
import { docToBuffer } from './lib/pdf-buffer.mjs';
import { DOCS, truthOf } from './make-sweep15-docs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'sweep15');
const FONTS = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSansMono.ttf`, 'RMono');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSansMono-Bold.ttf`, 'RMonoBold');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSerif-Italic.ttf`, 'RHand');

const gauss = (rnd) => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());

/** The paper strip with the printed rows (and the handwritten ones). */
function printPaper(doc, rnd) {
  const cap = doc.capture;
  const fs = 18;
  const cw = fs * 0.602;
  const lh = Math.round(fs * 1.32);
  const pad = 26;
  const W = Math.round(doc.width * cw + 2 * pad);
  const rowsUsed = doc.rows.filter((r) => !(typeof r === 'object' && r.up)).length;
  const H = rowsUsed * lh + 2 * pad + 20;
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  g.fillStyle = cap.form && cap.lined ? '#f6f4ea' : '#f7f6f2';
  g.fillRect(0, 0, W, H);
  if (cap.lined) {
    g.strokeStyle = '#a8c0dc';
    for (let y = pad + lh; y < H; y += lh) g.fillRect(0, y + 4, W, 1);
  }
  const ink = cap.kind === 'thermal' ? `rgb(${40 + 60 * (cap.faded ?? 0)},${40 + 60 * (cap.faded ?? 0)},${48 + 60 * (cap.faded ?? 0)})` : '#202020';
  let y = pad;
  let lastY = y;
  for (const r of doc.rows) {
    if (typeof r === 'string') {
      g.font = `${fs}px RMono`;
      g.fillStyle = ink;
      g.fillText(r, pad, y + fs);
      lastY = y;
      y += lh;
    } else if (r.big) {
      g.font = `${Math.round(fs * 1.5)}px RMonoBold`;
      g.fillStyle = ink;
      const w = g.measureText(r.big).width;
      g.fillText(r.big, (W - w) / 2, y + fs * 1.2);
      lastY = y;
      y += lh;
    } else if (r.hand) {
      const at = r.up ? lastY : y;
      g.save();
      g.translate(pad + r.at * (W - 2 * pad) + (rnd() - 0.5) * 6, at + fs + (rnd() - 0.5) * 4);
      g.rotate((rnd() - 0.5) * 0.05 - 0.015);
      g.font = `${Math.round(fs * 1.35)}px RHand`;
      g.fillStyle = '#1f3b8f';
      g.fillText(r.hand, 0, 0);
      g.restore();
      if (!r.up) {
        lastY = y;
        y += lh;
      }
    }
  }
  const img = g.getImageData(0, 0, W, H);
  const d = img.data;
  if (cap.kind === 'thermal') {
    // thermal head dots and uneven heat: lighten ink between dots, streaks along the paper
    const streak = Array.from({ length: W }, () => 1 + (rnd() < 0.04 ? 0.5 : 0) * rnd());
    for (let yy = 0; yy < H; yy++)
      for (let x = 0; x < W; x++) {
        const i = (yy * W + x) * 4;
        if (d[i] > 200) continue;
        let k = streak[x];
        if (cap.dots && (x % 3 === 2 || yy % 3 === 2)) k *= 1.9;
        for (let ch = 0; ch < 3; ch++) d[i + ch] = Math.min(247, d[i + ch] * k + (cap.faded ?? 0) * 40);
      }
  }
  g.putImageData(img, 0, 0);
  return c;
}

/** Bilinear sample of RGBA data, `bg` outside. */
function sample(d, w, h, x, y, bg) {
  if (x < 0 || y < 0 || x >= w - 1 || y >= h - 1) return bg;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const i = (y0 * w + x0) * 4;
  const out = [0, 0, 0, 255];
  for (let c = 0; c < 4; c++) {
    const a = d[i + c] * (1 - fx) + d[i + 4 + c] * fx;
    const b = d[i + w * 4 + c] * (1 - fx) + d[i + w * 4 + 4 + c] * fx;
    out[c] = a * (1 - fy) + b * fy;
  }
  return out;
}

/** A new canvas whose pixel (x, y) is the source at fn(x, y) = [sx, sy, shade]. */
function remap(src, W, H, fn, bg = [0, 0, 0, 0]) {
  const sd = src.getContext('2d').getImageData(0, 0, src.width, src.height).data;
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  const img = g.createImageData(W, H);
  const d = img.data;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const [sx, sy, shade] = fn(x, y);
      const p = sample(sd, src.width, src.height, sx, sy, bg);
      const i = (y * W + x) * 4;
      for (let k = 0; k < 3; k++) d[i + k] = p[k] * shade;
      d[i + 3] = p[3];
    }
  g.putImageData(img, 0, 0);
  return c;
}

/** Crumples (random folds) or a curl (the strip bowing away from the lens): displacement and shading. */
function bend(paper, cap, rnd) {
  const { width: W, height: H } = paper;
  if (cap.curl) {
    return remap(paper, W, H, (x, y) => {
      const t = (x / W - 0.5) * 2;
      return [x + 10 * t * t * t, y - 14 * t * t + 14, 1 - 0.18 * t * t];
    });
  }
  const folds = Array.from({ length: 6 }, () => ({ a: rnd() * Math.PI, p: rnd() * 400, l: 160 + rnd() * 160, s: 1 + rnd() * 1.5 }));
  const amp = cap.crumple;
  return remap(paper, W, H, (x, y) => {
    let dx = 0;
    let dy = 0;
    let sh = 1;
    for (const f of folds) {
      const u = (x * Math.cos(f.a) + y * Math.sin(f.a) + f.p) / f.l;
      dx += amp * f.s * Math.sin(u * 2 * Math.PI) * Math.sin(f.a);
      dy += amp * f.s * Math.sin(u * 2 * Math.PI) * Math.cos(f.a);
      sh -= amp * 0.04 * Math.cos(u * 2 * Math.PI);
    }
    return [x + dx, y + dy, Math.max(0.6, Math.min(1.08, sh))];
  });
}

/** The surface the receipt lies on. */
function table(g, W, H, kind, rnd) {
  if (kind === 'wood') {
    for (let x = 0; x < W; x++) {
      const v = 120 + 18 * Math.sin(x / 9 + Math.sin(x / 37) * 2) + 10 * rnd();
      g.fillStyle = `rgb(${v + 40},${v},${v - 50})`;
      g.fillRect(x, 0, 1, H);
    }
  } else if (kind === 'check') {
    g.fillStyle = '#e9e4dc';
    g.fillRect(0, 0, W, H);
    g.fillStyle = 'rgba(170,40,40,0.55)';
    for (let x = 0; x < W; x += 56) g.fillRect(x, 0, 28, H);
    for (let y = 0; y < H; y += 56) g.fillRect(0, y, W, 28);
  } else if (kind === 'tiles') {
    for (let y = 0; y < H; y += 44)
      for (let x = 0; x < W; x += 44) {
        g.fillStyle = ((x + y) / 44) % 2 ? '#3d5a73' : '#c9b79c';
        g.fillRect(x, y, 44, 44);
        g.fillStyle = '#8a7f70';
        g.fillRect(x + 16, y + 16, 12, 12);
      }
  } else {
    g.fillStyle = '#6e6a66';
    g.fillRect(0, 0, W, H);
  }
}

/** The capture: placed on a surface (photo) or a scanner glass (scan), turned, keystone, light, noise, blur. */
function capture(doc) {
  const cap = doc.capture;
  const rnd = prng(hash32(doc.file));
  let paper = printPaper(doc, rnd);
  if (cap.crumple || cap.curl) paper = bend(paper, cap, rnd);
  const scan = cap.kind === 'scan';
  const m = scan ? 30 : 70;
  const W = paper.width + 2 * m;
  const H = paper.height + 2 * m;
  let c = createCanvas(W, H);
  let g = c.getContext('2d');
  if (scan) {
    g.fillStyle = '#fbfbfb';
    g.fillRect(0, 0, W, H);
  } else table(g, W, H, cap.table, rnd);
  g.save();
  g.translate(W / 2, H / 2);
  g.rotate(((cap.angle ?? 0) * Math.PI) / 180);
  if (!scan) {
    g.shadowColor = 'rgba(0,0,0,0.35)';
    g.shadowBlur = 12;
    g.shadowOffsetX = 5;
    g.shadowOffsetY = 6;
  }
  g.drawImage(paper, -paper.width / 2, -paper.height / 2);
  g.restore();
  if (cap.keystone) {
    const k = cap.keystone;
    const src = c;
    const bgd = src.getContext('2d').getImageData(2, 2, 1, 1).data;
    c = remap(src, W, H, (x, y) => {
      const s = 1 - k * (1 - y / H);
      return [W / 2 + (x - W / 2) / s, y * (1 - 0.04 * k) + 0.02 * k * H, 1];
    }, [bgd[0], bgd[1], bgd[2], 255]);
    g = c.getContext('2d');
  }
  const img = g.getImageData(0, 0, W, H);
  const d = img.data;
  const sh = cap.shadow ?? 0;
  const dark = cap.dark ?? 0;
  const sa = rnd() * Math.PI * 2;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      const t = ((x / W - 0.5) * Math.cos(sa) + (y / H - 0.5) * Math.sin(sa)) + 0.5;
      let f = 1 - sh * Math.max(0, Math.min(1, (t - 0.35) * 2.2));
      f *= 1 - dark;
      const n = cap.noise ? gauss(rnd) * cap.noise * 0.6 : 0;
      for (let k = 0; k < 3; k++) d[i + k] = d[i + k] * f * (dark ? [1.05, 1, 0.88][k] : 1) + n;
      if (cap.gray || cap.bw || scan) {
        const v = 0.3 * d[i] + 0.59 * d[i + 1] + 0.11 * d[i + 2];
        const o = cap.bw ? (v < 150 ? 0 : 255) : v;
        d[i] = d[i + 1] = d[i + 2] = o;
      }
    }
  if (cap.blur) {
    // motion blur: a horizontal box of `blur` pixels (a shaking hand)
    const k = Math.round(cap.blur * 2) + 1;
    const row = new Float32Array(W * 3);
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) for (let ch = 0; ch < 3; ch++) row[x * 3 + ch] = d[(y * W + x) * 4 + ch];
      for (let x = 0; x < W; x++)
        for (let ch = 0; ch < 3; ch++) {
          let s = 0;
          for (let j = -((k - 1) >> 1); j <= (k - 1) >> 1; j++) s += row[Math.min(W - 1, Math.max(0, x + j)) * 3 + ch];
          d[(y * W + x) * 4 + ch] = s / k;
        }
    }
  }
  g.putImageData(img, 0, 0);
  return c;
}

/** An 8-bit gray TIFF, one strip, Deflate (as scanner software writes it). */
function grayTiff(canvas, dpi) {
  const { width: W, height: H } = canvas;
  const d = canvas.getContext('2d').getImageData(0, 0, W, H).data;
  const raw = Buffer.alloc(W * H);
  for (let i = 0; i < W * H; i++) raw[i] = d[i * 4] & 0xf8; // 32 gray levels, as a scanner's 5-bit noise floor
  const strip = deflateSync(raw, { level: 9 });
  const entries = [
    [256, 3, W], [257, 3, H], [258, 3, 8], [259, 3, 8], [262, 3, 1], [273, 4, 0], [277, 3, 1], [278, 3, H], [279, 4, strip.length], [282, 5, 0], [283, 5, 0], [296, 3, 2],
  ];
  const ifdAt = 8;
  const ifdLen = 2 + entries.length * 12 + 4;
  const resAt = ifdAt + ifdLen;
  const dataAt = resAt + 16;
  const b = Buffer.alloc(dataAt + strip.length);
  b.write('II', 0, 'latin1');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(ifdAt, 4);
  b.writeUInt16LE(entries.length, ifdAt);
  entries.forEach(([tag, type, val], n) => {
    const o = ifdAt + 2 + n * 12;
    b.writeUInt16LE(tag, o);
    b.writeUInt16LE(type, o + 2);
    b.writeUInt32LE(1, o + 4);
    if (tag === 273) b.writeUInt32LE(dataAt, o + 8);
    else if (tag === 282) b.writeUInt32LE(resAt, o + 8);
    else if (tag === 283) b.writeUInt32LE(resAt + 8, o + 8);
    else if (type === 3) b.writeUInt16LE(val, o + 8);
    else b.writeUInt32LE(val, o + 8);
  });
  b.writeUInt32LE(0, ifdAt + 2 + entries.length * 12);
  for (const at of [resAt, resAt + 8]) {
    b.writeUInt32LE(dpi, at);
    b.writeUInt32LE(1, at + 4);
  }
  strip.copy(b, dataAt);
  return b;
}

/** A JPEG with an APP1 Exif segment holding only Orientation = 6 (rotate 90° clockwise to view). */
function withOrientation6(jpeg) {
  const tiff = Buffer.from([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const seg = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  return Buffer.concat([jpeg.subarray(0, 2), seg, jpeg.subarray(2)]);
}

/** Stored pixels turned 90° anticlockwise: a viewer honouring Orientation 6 shows the receipt upright. */
function sideways(c) {
  const r = createCanvas(c.height, c.width);
  const g = r.getContext('2d');
  g.translate(0, c.width);
  g.rotate(-Math.PI / 2);
  g.drawImage(c, 0, 0);
  return r;
}

async function scannerPdf(jpeg, w, h, dpi) {
  const pt = (px) => (px * 72) / dpi;
  const pdf = new PDFDocument({ size: [pt(w), pt(h)], margin: 0, autoFirstPage: true, info: { Title: 'Scan', Producer: 'ScanApp 4.2', Creator: 'ScanApp 4.2', CreationDate: new Date(Date.UTC(2026, 2, 14, 9, 30)) } });
  pdf.image(jpeg, 0, 0, { width: pt(w), height: pt(h) });
  return docToBuffer(pdf);
}

mkdirSync(OUT, { recursive: true });
const truth = {};
for (const doc of DOCS) {
  const cap = doc.capture;
  const c = capture(doc);
  let bytes;
  if (cap.format === 'tiff') bytes = grayTiff(c, cap.dpi);
  else if (cap.format === 'png') bytes = c.encodeSync('png');
  else if (cap.format === 'pdf') bytes = await scannerPdf(c.encodeSync('jpeg', 40), c.width, c.height, cap.dpi);
  else if (cap.exif6) bytes = withOrientation6(sideways(c).encodeSync('jpeg', 50));
  else bytes = c.encodeSync('jpeg', Math.round((cap.jpegQ ?? 0.36) * 100));
  writeFileSync(join(OUT, doc.file), bytes);
  truth[doc.file] = truthOf(doc);
  process.stdout.write(`${doc.file} ${c.width}x${c.height} ${(bytes.length / 1024).toFixed(0)} KB\n`);
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
