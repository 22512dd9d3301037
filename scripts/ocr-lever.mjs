#!/usr/bin/env node
/**
 * A quick ceiling for an OCR lever on receipts, before touching the reader: the development
 * receipts whose date or total the eval gets wrong today (read through the eval's reader cache),
 * plus evenly spread development receipts read right today as controls, OCR'd again with
 * tesseract.js under one variant of image preparation or tesseract settings. Development only:
 * the validation part is never looked at. One worker; CPU seconds are the process's.
 *
 *   node scripts/ocr-lever.mjs --cache DIR --variant NAME [--controls 40] [--out DIR] [--still-doubt]
 *   node scripts/ocr-lever.mjs --cache DIR --compare DIR [--variants a,b,...]
 *   node scripts/ocr-lever.mjs --cache DIR --third --out DIR [--variants a,b,...]
 *
 * Variants (each on the image as the reader hands it to tesseract: upscaled when small):
 *   base       the reader's own recipe (checks the harness against the cache)
 *   dilate1    darkest of each 3x3 neighbourhood (ink thickened by 1 px), for faded thermal print
 *   clahe      contrast stretched per tile (2nd..98th percentile of 8x8 tiles, interpolated)
 *   unsharp    unsharp mask (3x3 box blur, amount 1)
 *   psm4|psm11|psm12  tesseract page segmentation instead of 6 (psm6: 6 set explicitly, which
 *              is tesseract's own default: reads as `base` does)
 *   nodawg     tesseract's word lists off (load_system_dawg, load_freq_dawg = 0)
 *   A+B        both, in order (dilate1+psm4, nodawg+dilate1, unsharp+dilate1; claheDilate1 = clahe+dilate1)
 * --out writes, per variant, each receipt's text and the run's CPU seconds; --compare scores every
 * variant in DIR against today's reading (the cache) and simulates a second reading only when the
 * first reading's date or total is missing or below confidence 0.5 (replace, or both texts).
 * --third scores each variant as a third reading of the receipts still in doubt after the
 * second (thickened) reading, the result the eval got before a third reading existed; run the
 * variants with --still-doubt to read only those receipts (the only ones a third reading reads).
 * --looks N takes the first N of tesseract's looks (lookList(false)) as today's (default 1): with --looks 2,
 * --third scores a fourth reading after the contrast-stretched third.
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
import { withSecondLook, wantsSecondLook, mergeSecondLook, onFirstReading, bothReadings, lookReadOptions, lookList } from '../dist/extract/second-look.js';
import { languageDir, resolveLanguages } from '../dist/extract/ocr/lang.js';
import { decodeGray } from '../dist/extract/image/decode.js';
import { encodePgm, decodePgm, stretchContrast, thickenInk } from '../dist/extract/image/gray.js';
import { inText } from './lib/in-text.mjs';

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
const score = (pages, truth) => scored(extractFields(pages, { templates: [] }), truth);
/** Fields as the eval scores them: of one reading (score), or a result after a second look. */
function scored(r, truth) {
  const got = toInvoice2dataJson(r);
  return {
    date: sameValue(truth.date, got.date),
    amount: sameValue(truth.amount, got.amount),
    dateConf: got.date == null ? 0 : (r.invoiceDate?.confidence ?? 0),
    amountConf: got.amount == null ? 0 : (r.total?.confidence ?? 0),
  };
}
const LOOKS_TODAY = Number(arg('--looks', 1));
// tesseract's looks (a lever of tesseract's reading is measured against them, PaddleOCR's look or not)
const LOOKS = lookList(false);
const dev = [];
for (const doc of corpus.docs.filter((d) => d.split === 'dev')) {
  const read = await readEvalDoc(doc, reader).catch(() => null);
  if (!read) continue;
  // today's result: the first reading and the first --looks N of the reader's LOOKS (default 1,
  // the second thickened reading alone), read from the cache where the result is still in doubt
  const first = extractFields(read.pages, { templates: [] });
  const again = [];
  const readAgain = async (look) => {
    if (LOOKS.indexOf(look) >= LOOKS_TODAY) return null;
    const r = await reader.read({ path: doc.path, kind: doc.kind, size: statSync(doc.path).size }, lookReadOptions(look)).catch(() => null);
    if (r) again.push(...r.pages);
    return r;
  };
  const now = await withSecondLook(doc.kind, read.pages, first, readAgain, (pages) => extractFields(pages, { templates: [] }), LOOKS);
  dev.push({ doc, truth: read.truth, base: read.pages, first, second: again.length ? again : null, s: score(read.pages, read.truth), now: scored(now, read.truth), stillDoubt: wantsSecondLook(doc.kind, read.pages, now) });
}
const misses = dev.filter((d) => !d.s.date || !d.s.amount);
const right = dev.filter((d) => d.s.date && d.s.amount);
const nControls = Number(arg('--controls', 40));
const controls = Array.from({ length: Math.min(nControls, right.length) }, (_, i) => right[Math.floor((i * right.length) / nControls)]);
// Receipts read right today but in doubt (they would be read a second time): all of them, so the
// second-reading simulation sees every document it could lose.
const inDoubt = (d) => d.s.dateConf < CONFIDENT || d.s.amountConf < CONFIDENT;
const doubtfulRight = right.filter((d) => inDoubt(d) && !controls.includes(d));
const subset0 = [...misses.map((d) => ({ ...d, control: false })), ...controls.map((d) => ({ ...d, control: true })), ...doubtfulRight.map((d) => ({ ...d, control: true, extra: true }))];
// --still-doubt: only the receipts still in doubt after today's second reading (those a third
// reading would read; every one of them is in the subset above, being in doubt after the first)
const subset = subset0.filter((d) => !process.argv.includes('--still-doubt') || d.stillDoubt).slice(0, Number(arg('--first', 1e9)));

// ---- what "in the text" means: scripts/lib/in-text.mjs ----------------------


// ---- image variants (grey, 0 = black) -------------------------------------------
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
// the reader's own filters (src/extract/image/gray.ts), so what is measured is what it does
const FILTERS = { dilate1: (g) => thickenInk(g, 1), dilate2: (g) => thickenInk(g, 2), clahe: stretchContrast, unsharp, claheDilate1: (g) => thickenInk(stretchContrast(g), 1) };
const PARAMS = { psm4: { tessedit_pageseg_mode: '4' }, psm6: { tessedit_pageseg_mode: '6' }, psm11: { tessedit_pageseg_mode: '11' }, psm12: { tessedit_pageseg_mode: '12' } };
const INIT = { nodawg: { load_system_dawg: '0', load_freq_dawg: '0' } };
/** A variant may combine parts with '+', applied in order: dilate1+psm4, clahe+dilate1, nodawg+dilate1. */
const parts = (variant) => variant.split('+');
const merged = (table, variant) => Object.assign({}, ...parts(variant).map((k) => table[k] ?? {}));

/** The image bytes tesseract gets under `variant`: the reader's preparation, then the filter. */
async function prepared(bytes, variant) {
  const input = await prepareImage(bytes, { upscaleBelow: 1600, upscale: 2, downscaleAbove: 0 });
  const filters = parts(variant).filter((k) => FILTERS[k]).map((k) => FILTERS[k]);
  if (filters.length === 0) return input.image;
  const filter = (g) => filters.reduce((img, f) => f(img), g);
  // an EXIF-rotated photo keeps its own bytes in the reader (tesseract.js turns it): so here too
  if (input.scale === 1 && (imageSize(bytes).orientation ?? 1) !== 1) return input.image;
  const grey = input.scale === 1 ? await decodeGray(bytes, 1) : decodePgm(input.image);
  return encodePgm(filter(grey));
}

async function run(variant) {
  const langs = resolveLanguages('eng', 'best');
  const langPath = await languageDir(langs);
  const make = async () => {
    const init = merged(INIT, variant);
    const w = await Tesseract.createWorker('eng', 1, { langPath, cacheMethod: 'none', gzip: true, errorHandler: () => {} }, Object.keys(init).length ? init : undefined);
    await w.setParameters({ debug_file: '/dev/null', ...merged(PARAMS, variant) });
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

/**
 * A third reading under each variant, only for the development receipts still in doubt after
 * today's second (thickened) reading: extraction on all three texts ("three"), or on the first and
 * the variant's ("instead": the variant in place of the thickened reading, for these receipts
 * only), merged as withSecondLook merges (a value the first reading gave keeps its field). Scored
 * on every development receipt against today's result (first reading + second look).
 */
function compareThird(dirs) {
  const doubt = dev.filter((d) => d.stillDoubt);
  const wrongNow = dev.filter((d) => !d.now.date || !d.now.amount);
  console.log(`development receipts: ${dev.length}; today (first reading and ${LOOKS_TODAY} more) dates right ${dev.filter((d) => d.now.date).length}, totals right ${dev.filter((d) => d.now.amount).length}; wrong date or total ${wrongNow.length}, of them still in doubt ${wrongNow.filter((d) => d.stillDoubt).length}; still in doubt after today's ${LOOKS_TODAY + 1} readings ${doubt.length} (read right today: ${doubt.filter((d) => d.now.date && d.now.amount).length})`);
  console.log('variant | read | misses\' dates / totals in the variant text (today in either text) | all texts: dates +gained -lost, totals +gained -lost | the first reading and the variant alone: dates +-, totals +- | CPU s/page');
  for (const v of dirs) {
    const dir = join(out, v);
    const runInfo = existsSync(join(dir, 'run.json')) ? JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) : null;
    const c = { n: 0, dIn: 0, aIn: 0, dInNow: 0, aInNow: 0, mD: 0, mA: 0, three: { dg: 0, dl: 0, ag: 0, al: 0 }, inst: { dg: 0, dl: 0, ag: 0, al: 0 } };
    for (const d of doubt) {
      const f = join(dir, `${d.doc.name}.txt`);
      if (!existsSync(f)) continue;
      c.n++;
      const { text, confidence } = JSON.parse(readFileSync(f, 'utf8'));
      const third = [{ page: 1, text, source: 'ocr', ocrConfidence: confidence }];
      const inV = inText(text, d.truth);
      const inNow = inText([...d.base, ...(d.second ?? [])].map((p) => p.text).join('\n'), d.truth);
      if (!d.now.date) (c.mD++, (c.dIn += inV.date), (c.dInNow += inNow.date));
      if (!d.now.amount) (c.mA++, (c.aIn += inV.amount), (c.aInNow += inNow.amount));
      const tally = (t, pages) => {
        const r = scored(mergeSecondLook(d.first, onFirstReading(extractFields(pages, { templates: [] }), d.base.length)), d.truth);
        t.dg += !d.now.date && r.date;
        t.dl += d.now.date && !r.date;
        t.ag += !d.now.amount && r.amount;
        t.al += d.now.amount && !r.amount;
      };
      tally(c.three, bothReadings((d.second ?? []).reduce((all, p) => bothReadings(all, [p]), d.base), third));
      tally(c.inst, bothReadings(d.base, third));
    }
    const cpu = runInfo ? (runInfo.cpuS / runInfo.pages).toFixed(2) : '?';
    const t = c.three;
    const i = c.inst;
    console.log(`${v} | ${c.n}/${doubt.length} | ${c.dIn}/${c.mD} (${c.dInNow}) / ${c.aIn}/${c.mA} (${c.aInNow}) | +${t.dg} -${t.dl}, +${t.ag} -${t.al} | +${i.dg} -${i.dl}, +${i.ag} -${i.al} | ${cpu}`);
  }
}

if (process.argv.includes('--third')) {
  compareThird(arg('--variants', null)?.split(',') ?? readdirSync(out).filter((n) => statSync(join(out, n)).isDirectory()));
} else if (arg('--compare', null) !== null || process.argv.includes('--compare')) {
  const vs = arg('--variants', null)?.split(',') ?? readdirSync(out).filter((n) => statSync(join(out, n)).isDirectory());
  compare(vs);
} else {
  const variant = arg('--variant', 'base');
  const known = ['base', ...Object.keys(FILTERS), ...Object.keys(PARAMS), ...Object.keys(INIT)];
  if (!parts(variant).every((k) => known.includes(k))) throw new Error(`unknown variant ${variant}`);
  await run(variant);
}
