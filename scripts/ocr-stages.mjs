#!/usr/bin/env node
/**
 * Where one scan's OCR CPU goes (a profile, not a benchmark with targets): on ONE warm tesseract.js
 * worker and ONE warm docparse OCR pool in this process, for each image given, CPU seconds of the
 * whole process (worker threads included) for each stage, and the native `tesseract` CLI on the same
 * image (one process, OMP_THREAD_LIMIT=1) where installed.
 *
 *   node scripts/ocr-stages.mjs [--model best|fast] [--tessdata DIR] IMAGE...
 *
 * Stages (each run on its own, back to back, so their differences are the stages' costs):
 * - bare recognize: `worker.recognize(bytes)` as tesseract.js's README calls it (text only);
 * - + blocks: the same asking for `blocks` too, what docparse asks for (tesseract's JSON page, parsed
 *   in the worker and copied to this thread);
 * - prepareImage: what docparse hands tesseract (../src/extract/ocr/prepare.ts; the file's own bytes
 *   unless the image is small, turned by EXIF, or a later look asks for thickened ink);
 * - ocrLayout: the words laid out like `pdftotext -layout` (../src/extract/ocr/pool.ts);
 * - docparse OCR path: OcrPool.recognize, all of the above plus the deskew and turned-page checks
 *   (and their second readings when a page takes one: counted per page);
 * - native CLI: `tesseract IMAGE stdout` (Debian's model), and with `--tessdata DIR` (DIR holding
 *   eng.traineddata, e.g. the best_int model gunzipped) `--oem 1` with that model.
 * The first page of a process also pays V8's compilation of the WebAssembly (~1 s, once per
 * process: a second worker in the same process reuses it) and each worker its start (~0.2-0.4 s):
 * both printed once, before the table.
 */
import Tesseract from 'tesseract.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { OcrPool, ocrLayout } from '../dist/extract/ocr/pool.js';
import { languageDir, resolveLanguages } from '../dist/extract/ocr/lang.js';
import { prepareImage } from '../dist/extract/ocr/prepare.js';

const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const model = flag('--model', 'best');
const tessdata = flag('--tessdata', null);
const files = args;
if (files.length === 0) {
  process.stderr.write('usage: node scripts/ocr-stages.mjs [--model best|fast] [--tessdata DIR] IMAGE...\n');
  process.exit(2);
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const timed = async (fn) => {
  const c = cpu();
  const value = await fn();
  return { value, s: cpu() - c };
};
const langs = resolveLanguages('eng', model);
const PREPARE = { upscaleBelow: 1600, upscale: 2, downscaleAbove: 0 };

const start = await timed(async () => {
  const w = await Tesseract.createWorker('eng', 1, { langPath: await languageDir(langs), cacheMethod: 'none', gzip: true, errorHandler: () => {} });
  await w.setParameters({ debug_file: '/dev/null' });
  return w;
});
const worker = start.value;
const first = await timed(() => worker.recognize(readFileSync(files[0])));
const pool = new OcrPool({ langs, deskew: 'when-needed', upscaleBelow: PREPARE.upscaleBelow, downscaleAbove: 0, size: 1, pageTimeoutMs: 600_000, recycleAfterPages: 1e6, memoryCeilingMb: 1e6 });
const poolStart = await timed(() => pool.recognize(readFileSync(files[0])));
console.log(`worker start ${start.s.toFixed(2)} s; first page on it ${first.s.toFixed(2)} s (WebAssembly compiled); docparse pool's start + first page ${poolStart.s.toFixed(2)} s (compiled code reused)`);

const hasNative = spawnSync('tesseract', ['--version']).status === 0;
/** CPU seconds (user + system) of one native tesseract process, from bash's `times`. */
function native(file, extra) {
  const cmd = `tesseract "$1" stdout ${extra} >/dev/null 2>&1; times`;
  const out = execFileSync('bash', ['-c', cmd, 'bash', file], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, encoding: 'utf8' });
  const [, children] = out.trim().split('\n');
  return children.split(/\s+/u).map((t) => {
    const m = /^(\d+)m([\d.]+)s$/u.exec(t);
    return Number(m[1]) * 60 + Number(m[2]);
  }).reduce((a, b) => a + b, 0);
}

const stages = ['bare recognize (text)', 'bare recognize + blocks (what docparse asks)', 'prepareImage', 'ocrLayout', 'docparse OCR path (OcrPool.recognize)'];
if (hasNative) stages.push('native tesseract CLI (Debian model)');
if (hasNative && tessdata) stages.push(`native tesseract CLI (${tessdata}, --oem 1)`);
const total = Object.fromEntries(stages.map((s) => [s, 0]));
for (const f of files) {
  const bytes = readFileSync(f);
  const t = {};
  t[stages[0]] = (await timed(() => worker.recognize(bytes))).s;
  const withBlocks = await timed(() => worker.recognize(bytes, {}, { text: true, blocks: true }));
  t[stages[1]] = withBlocks.s;
  t[stages[2]] = (await timed(() => prepareImage(bytes, PREPARE))).s;
  t[stages[3]] = (await timed(() => ocrLayout(withBlocks.value.data, bytes))).s;
  const [d0, t0] = [pool.deskewed, pool.turnTried];
  t[stages[4]] = (await timed(() => pool.recognize(bytes))).s;
  if (hasNative) t[stages[5]] = native(f, '');
  if (hasNative && tessdata) t[stages[6]] = native(f, `--tessdata-dir "${tessdata}" --oem 1`);
  for (const s of stages) total[s] += t[s];
  console.log(`${f.split('/').pop()}: ${stages.map((s) => `${s.split(' (')[0]} ${t[s].toFixed(2)}`).join(', ')}; second readings: deskewed ${pool.deskewed - d0}, turned tried ${pool.turnTried - t0}`);
}
console.log(`\nmean CPU per page over ${files.length} image(s), model ${model}:`);
const base = total[stages[0]];
for (const s of stages) console.log(`  ${s.padEnd(48)} ${((total[s] / files.length) * 1000).toFixed(0).padStart(6)} ms  ${((total[s] / base) * 100).toFixed(0).padStart(4)}% of bare`);
await worker.terminate();
await pool.close();
