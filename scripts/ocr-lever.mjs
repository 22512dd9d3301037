#!/usr/bin/env node
/**
 * A quick ceiling for an OCR lever on receipts, before touching the reader: the development
 * receipts whose date or total the eval gets wrong today (read through the eval's reader cache),
 * plus evenly spread development receipts read right today as controls, OCR'd again with
 * tesseract.js under one variant of image preparation or tesseract settings. Development only:
 * the validation part is never looked at. One worker; CPU seconds are the process's.
 *
 *   node scripts/ocr-lever.mjs --cache DIR --variant NAME [--controls 40] [--out DIR]
 *   node scripts/ocr-lever.mjs --cache DIR --compare DIR [--variants a,b,...]
 *
 * Variants (each on the image as the reader hands it to tesseract: upscaled when small):
 *   base       the reader's own recipe (checks the harness against the cache)
 *   dilate1    darkest of each 3x3 neighbourhood (ink thickened by 1 px), for faded thermal print
 *   clahe      contrast stretched per tile (2nd..98th percentile of 8x8 tiles, interpolated)
 *   unsharp    unsharp mask (3x3 box blur, amount 1)
 *   psm4|psm11|psm12  tesseract page segmentation instead of 6
 *   nodawg     tesseract's word lists off (load_system_dawg, load_freq_dawg = 0)
 * --out writes, per variant, each receipt's text and the run's CPU seconds; --compare scores every
 * variant in DIR against today's reading (the cache) and simulates a second reading only when the
 * first reading's date or total is missing or below confidence 0.5 (replace, or both texts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Tesseract from 'tesseract.js';
import { imageSize } from 'image-size';
import { findCorpora, rootsFromEnv } from '../dist/eval/corpora.js';
import { readEvalDoc } from '../dist/eval/read.js';
import { cachedReader } from '../dist/eval/cache.js';
import { sameValue } from '../dist/eval/score.js';
import { extractFields, toInvoice2dataJson } from '../dist/extract/fields/index.js';
import { prepareImage } from '../dist/extract/ocr/prepare.js';
import { recognizePage } from '../dist/extract/ocr/recognize.js';
import { ocrLayout } from '../dist/extract/ocr/pool.js';
import { languageDir, resolveLanguages } from '../dist/extract/ocr/lang.js';
import { decodeGray } from '../dist/extract/image/decode.js';
import { encodePgm, decodePgm } from '../dist/extract/image/gray.js';

const arg = (k, d) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
const cache = arg('--cache', null);
if (!cache) throw new Error('--cache DIR (the eval reader cache) is required');
const out = resolve(arg('--out', '/tmp/ocr-lever'));
const corpus = findCorpora(rootsFromEnv(process.env, process.cwd())).find((c) => c.id === 'receipts');
if (!corpus) throw new Error('no receipts corpus (set DOCPARSE_RECEIPTS_DIR)');
const reader = cachedReader(resolve(cache), () => {
  throw new Error('not in the cache: run npm run eval with --cache first');
});

// ---- the subset: today's development misses and controls ---------------------
const CONFIDENT = 0.5;
/** Page confidences (0..1) below which a second reading is simulated inside OCR. */
const PAGE_T = [0.6, 0.7, 0.8, 1.01];
function score(pages, truth) {
  const r = extractFields(pages, { templates: [] });
  const got = toInvoice2dataJson(r);
  return {
    date: sameValue(truth.date, got.date),
    amount: sameValue(truth.amount, got.amount),
    dateConf: got.date == null ? 0 : (r.invoiceDate?.confidence ?? 0),
    amountConf: got.amount == null ? 0 : (r.total?.confidence ?? 0),
  };
}
const dev = [];
for (const doc of corpus.docs.filter((d) => d.split === 'dev')) {
  const read = await readEvalDoc(doc, reader).catch(() => null);
  if (!read) continue;
  dev.push({ doc, truth: read.truth, base: read.pages, s: score(read.pages, read.truth) });
}
const misses = dev.filter((d) => !d.s.date || !d.s.amount);
const right = dev.filter((d) => d.s.date && d.s.amount);
const nControls = Number(arg('--controls', 40));
const controls = Array.from({ length: Math.min(nControls, right.length) }, (_, i) => right[Math.floor((i * right.length) / nControls)]);
// Receipts read right today but in doubt (they would be read a second time): all of them, so the
// second-reading simulation sees every document it could lose.
const inDoubt = (d) => d.s.dateConf < CONFIDENT || d.s.amountConf < CONFIDENT;
const doubtfulRight = right.filter((d) => inDoubt(d) && !controls.includes(d));
const subset = [...misses.map((d) => ({ ...d, control: false })), ...controls.map((d) => ({ ...d, control: true })), ...doubtfulRight.map((d) => ({ ...d, control: true, extra: true }))].slice(0, Number(arg('--first', 1e9)));

// ---- what "in the text" means (as scripts/ocr-accuracy.mjs) -------------------
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const normal = (s) => s.toUpperCase().replace(/\s+/gu, ' ').replace(/ ?([/.,:-]) ?/gu, '$1');
const found = (text, forms) => forms.some((f) => new RegExp(`(?<![\\d.,])${escape(f)}(?![\\d]|[.,]\\d)`, 'u').test(normal(text)));
function amountForms(n) {
  const [int, dec] = Math.abs(n).toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return [...new Set([`${int}.${dec}`, `${grouped}.${dec}`, `${int},${dec}`, `${grouped.replaceAll(',', '.')},${dec}`])];
}
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function dateForms(iso) {
  const [y, m, d] = iso.split('-');
  const out = new Set();
  for (const sep of ['/', '-', '.']) {
    for (const dd of [d, String(Number(d))]) for (const mm of [m, String(Number(m))]) for (const yr of [y, y.slice(2)]) out.add(`${dd}${sep}${mm}${sep}${yr}`), out.add(`${mm}${sep}${dd}${sep}${yr}`);
    out.add(`${y}${sep}${m}${sep}${d}`);
  }
  for (const dd of [d, String(Number(d))]) for (const yr of [y, y.slice(2)]) for (const sep of ['', ' ', '-', '/', '.']) out.add(`${dd}${sep}${MONTHS[m - 1]}${sep}${yr}`);
  return [...out];
}
const inText = (text, truth) => ({ date: found(text, dateForms(truth.date)), amount: found(text, amountForms(Number(truth.amount))) });

// ---- image variants (grey, 0 = black) -------------------------------------------
/** Darkest value of each (2r+1)^2 neighbourhood, separably: dark ink grows by r pixels. */
function minFilter({ width: w, height: h, data }, r) {
  const tmp = new Uint8Array(data.length);
  const res = new Uint8Array(data.length);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let m = 255;
      for (let k = Math.max(0, x - r); k <= Math.min(w - 1, x + r); k++) if (data[row + k] < m) m = data[row + k];
      tmp[row + x] = m;
    }
  }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let m = 255;
      for (let k = Math.max(0, y - r); k <= Math.min(h - 1, y + r); k++) if (tmp[k * w + x] < m) m = tmp[k * w + x];
      res[y * w + x] = m;
    }
  return { width: w, height: h, data: res };
}
function boxBlur3({ width: w, height: h, data }) {
  const res = new Uint8Array(data.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let s = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy >= 0 && yy < h && xx >= 0 && xx < w) (s += data[yy * w + xx]), n++;
        }
      res[y * w + x] = Math.round(s / n);
    }
  return res;
}
function unsharp(img, amount = 1) {
  const blur = boxBlur3(img);
  const res = new Uint8Array(img.data.length);
  for (let i = 0; i < res.length; i++) res[i] = Math.max(0, Math.min(255, Math.round(img.data[i] + amount * (img.data[i] - blur[i]))));
  return { ...img, data: res };
}
/** Per-tile contrast stretch: each tile's 2nd..98th percentile to 0..255 (at least a span of 64), bilinear between tile centres. */
function clahe({ width: w, height: h, data }, tiles = 8) {
  const tw = w / tiles;
  const th = h / tiles;
  const lo = new Float64Array(tiles * tiles);
  const hi = new Float64Array(tiles * tiles);
  for (let ty = 0; ty < tiles; ty++)
    for (let tx = 0; tx < tiles; tx++) {
      const hist = new Uint32Array(256);
      let n = 0;
      for (let y = Math.floor(ty * th); y < Math.floor((ty + 1) * th); y++) for (let x = Math.floor(tx * tw); x < Math.floor((tx + 1) * tw); x++) hist[data[y * w + x]]++, n++;
      let acc = 0;
      let l = 0;
      let u = 255;
      for (let v = 0; v < 256; v++) {
        acc += hist[v];
        if (acc < 0.02 * n) l = v + 1;
        if (acc >= 0.98 * n) {
          u = v;
          break;
        }
      }
      if (u - l < 64) {
        // paper with little or no ink: keep the paper white, stretch only gently
        const mid = Math.min(255 - 32, Math.max(32, u));
        l = Math.min(l, mid - 64);
        u = Math.max(u, l + 64);
      }
      lo[ty * tiles + tx] = l;
      hi[ty * tiles + tx] = u;
    }
  const res = new Uint8Array(data.length);
  for (let y = 0; y < h; y++) {
    const fy = Math.max(0, Math.min(tiles - 1, y / th - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(tiles - 1, y0 + 1);
    const ay = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = Math.max(0, Math.min(tiles - 1, x / tw - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(tiles - 1, x0 + 1);
      const ax = fx - x0;
      const bl = (a) => (1 - ay) * ((1 - ax) * a[y0 * tiles + x0] + ax * a[y0 * tiles + x1]) + ay * ((1 - ax) * a[y1 * tiles + x0] + ax * a[y1 * tiles + x1]);
      const l = bl(lo);
      const u = bl(hi);
      res[y * w + x] = Math.max(0, Math.min(255, Math.round(((data[y * w + x] - l) * 255) / (u - l))));
    }
  }
  return { width: w, height: h, data: res };
}
const FILTERS = { dilate1: (g) => minFilter(g, 1), dilate2: (g) => minFilter(g, 2), clahe, unsharp, claheDilate1: (g) => minFilter(clahe(g), 1) };
const PARAMS = { psm4: { tessedit_pageseg_mode: '4' }, psm11: { tessedit_pageseg_mode: '11' }, psm12: { tessedit_pageseg_mode: '12' } };
const INIT = { nodawg: { load_system_dawg: '0', load_freq_dawg: '0' } };

/** The image bytes tesseract gets under `variant`: the reader's preparation, then the filter. */
async function prepared(bytes, variant) {
  const input = await prepareImage(bytes, { upscaleBelow: 1600, upscale: 2, downscaleAbove: 0 });
  const filter = FILTERS[variant];
  if (!filter) return input.image;
  // an EXIF-rotated photo keeps its own bytes in the reader (tesseract.js turns it): so here too
  if (input.scale === 1 && (imageSize(bytes).orientation ?? 1) !== 1) return input.image;
  const grey = input.scale === 1 ? await decodeGray(bytes, 1) : decodePgm(input.image);
  return encodePgm(filter(grey));
}

async function run(variant) {
  const langs = resolveLanguages('eng', 'best');
  const langPath = await languageDir(langs);
  const make = async () => {
    const w = await Tesseract.createWorker('eng', 1, { langPath, cacheMethod: 'none', gzip: true, errorHandler: () => {} }, INIT[variant] ? { ...INIT[variant] } : undefined);
    await w.setParameters({ debug_file: '/dev/null', ...(PARAMS[variant] ?? {}) });
    return w;
  };
  let worker = await make();
  const dir = join(out, variant);
  mkdirSync(dir, { recursive: true });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let pages = 0;
  const prior = existsSync(join(dir, 'run.json')) ? JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) : { pages: 0, cpuS: 0, wallS: 0 };
  for (const d of subset) {
    if (existsSync(join(dir, `${d.doc.name}.txt`))) continue;
    const bytes = new Uint8Array(readFileSync(d.doc.path));
    const img = await prepared(bytes, variant);
    const { page } = await recognizePage(worker, Buffer.from(img.buffer, img.byteOffset, img.byteLength), 'when-needed');
    const { text } = ocrLayout(page, img);
    writeFileSync(join(dir, `${d.doc.name}.txt`), JSON.stringify({ text, confidence: Number(page.confidence ?? 0) / 100 }));
    if (++pages % 20 === 0) {
      process.stderr.write(`  ${variant} ${pages}/${subset.length}\n`);
      await worker.terminate(); // as the reader recycles workers
      worker = await make();
    }
  }
  await worker.terminate();
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  writeFileSync(join(dir, 'run.json'), JSON.stringify({ variant, pages: prior.pages + pages, cpuS: prior.cpuS + cpuS, wallS: prior.wallS + (performance.now() - t0) / 1000, at: new Date().toISOString() }));
  process.stdout.write(`${variant}: ${pages} pages, ${cpuS.toFixed(1)} s CPU (${(cpuS / pages).toFixed(2)} s/page), ${((performance.now() - t0) / 1000).toFixed(0)} s wall\n`);
}

const pagesOf = (text, confidence) => [{ page: 1, text, source: 'ocr', ocrConfidence: confidence }];
function compare(dirs) {
  const rows = [];
  // --common: only the receipts every listed variant has read (a run stopped part way)
  const common = process.argv.includes('--common') ? new Set(subset.filter((d) => dirs.every((v) => existsSync(join(out, v, `${d.doc.name}.txt`)))).map((d) => d.doc.name)) : null;
  for (const v of dirs) {
    const dir = join(out, v);
    const runInfo = existsSync(join(dir, 'run.json')) ? JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) : null;
    const c = { variant: v, n: 0, missDateIn: 0, missAmtIn: 0, baseMissDateIn: 0, baseMissAmtIn: 0, date: 0, amount: 0, baseDate: 0, baseAmount: 0, ctrlLost: 0, ctrlLostIn: 0, sameAsCache: 0, trig: 0, replD: 0, replA: 0, bothD: 0, bothA: 0, replCtrlLost: 0, bothCtrlLost: 0 };
    for (const d of subset) {
      const f = join(dir, `${d.doc.name}.txt`);
      if (!existsSync(f) || (common && !common.has(d.doc.name))) continue;
      const { text, confidence } = JSON.parse(readFileSync(f, 'utf8'));
      c.n++;
      const baseText = d.base.map((p) => p.text).join('\n');
      if (text === baseText) c.sameAsCache++;
      const inV = inText(text, d.truth);
      const inB = inText(baseText, d.truth);
      const s = score(pagesOf(text, confidence), d.truth);
      if (!d.control) {
        if (!d.s.date) (c.missDateIn += inV.date), (c.baseMissDateIn += inB.date);
        if (!d.s.amount) (c.missAmtIn += inV.amount), (c.baseMissAmtIn += inB.amount);
      } else if (!d.extra) {
        if (!s.date || !s.amount) c.ctrlLost++;
        if (!inV.date || !inV.amount) c.ctrlLostIn++;
      }
      if (!d.extra) {
        c.date += s.date;
        c.amount += s.amount;
        c.baseDate += d.s.date;
        c.baseAmount += d.s.amount;
      }
      // a second reading only when the first is in doubt (decided without the truth)
      const doubt = d.s.dateConf < CONFIDENT || d.s.amountConf < CONFIDENT;
      const both = score([...d.base, { page: 2, text, source: 'ocr', ocrConfidence: confidence }], d.truth);
      const repl = doubt ? s : d.s;
      const bo = doubt ? both : d.s;
      c.trig += doubt;
      c.replD += repl.date;
      c.replA += repl.amount;
      c.bothD += bo.date;
      c.bothA += bo.amount;
      if (d.control) (c.replCtrlLost += !repl.date || !repl.amount), (c.bothCtrlLost += !bo.date || !bo.amount);
      // inside OCR alone: read again when the page's mean confidence is below T, keep the more confident reading
      const baseConf = d.base[0]?.ocrConfidence ?? 0;
      for (const t of PAGE_T) {
        const k = `p${t}`;
        c[k] ??= { trig: 0, kept: 0, date: 0, amount: 0, ctrlLost: 0, dIn: 0, aIn: 0 };
        const again = baseConf < t;
        const keep = again && confidence > baseConf;
        const r = keep ? s : d.s;
        const inR = keep ? inV : inB;
        c[k].trig += again;
        c[k].kept += keep;
        c[k].date += r.date;
        c[k].amount += r.amount;
        if (!d.control) (c[k].dIn += !d.s.date && inR.date), (c[k].aIn += !d.s.amount && inR.amount);
        else c[k].ctrlLost += !r.date || !r.amount;
      }
    }
    c.cpuPerPage = runInfo ? (runInfo.cpuS / runInfo.pages).toFixed(2) : '?';
    rows.push(c);
  }
  const nm = misses.length;
  const mD = misses.filter((d) => !d.s.date).length;
  const mA = misses.filter((d) => !d.s.amount).length;
  const doubtful = dev.filter((d) => d.s.dateConf < CONFIDENT || d.s.amountConf < CONFIDENT).length;
  console.log(`development receipts: ${dev.length}; in doubt after the first reading (date or total missing or confidence < ${CONFIDENT}): ${doubtful}; controls in doubt: ${controls.filter((d) => d.s.dateConf < CONFIDENT || d.s.amountConf < CONFIDENT).length}`);
  console.log(`subset: ${nm} development receipts with a wrong date (${mD}) or total (${mA}), ${controls.length} controls read right today, and the ${doubtfulRight.length} other receipts read right but in doubt (second-reading columns only)`);
  console.log('variant | pages | same text as cache | miss dates in text | miss totals in text | dates right | totals right | controls lost (extracted / in text) | CPU s/page | 2nd reading on doubt (n): replace dates/totals, ctrl lost | both texts dates/totals, ctrl lost');
  for (const c of rows) {
    console.log(
      `${c.variant} | ${c.n} | ${c.sameAsCache} | ${c.missDateIn}/${mD} (today ${c.baseMissDateIn}) | ${c.missAmtIn}/${mA} (today ${c.baseMissAmtIn}) | ${c.date} (today ${c.baseDate}) | ${c.amount} (today ${c.baseAmount}) | ${c.ctrlLost} / ${c.ctrlLostIn} | ${c.cpuPerPage} | (${c.trig}) ${c.replD}/${c.replA}, ${c.replCtrlLost} | ${c.bothD}/${c.bothA}, ${c.bothCtrlLost}`,
    );
    for (const t of PAGE_T) {
      const p = c[`p${t}`];
      if (p) console.log(`   read again below page confidence ${t}, the more confident kept: ${p.trig} read again, ${p.kept} kept; miss dates/totals in text ${p.dIn}/${p.aIn}; dates ${p.date}, totals ${p.amount}; controls lost ${p.ctrlLost}`);
    }
  }
}

if (arg('--compare', null) !== null || process.argv.includes('--compare')) {
  const vs = arg('--variants', null)?.split(',') ?? readdirSync(out).filter((n) => statSync(join(out, n)).isDirectory());
  compare(vs);
} else {
  const variant = arg('--variant', 'base');
  if (!['base', ...Object.keys(FILTERS), ...Object.keys(PARAMS), ...Object.keys(INIT)].includes(variant)) throw new Error(`unknown variant ${variant}`);
  await run(variant);
}
