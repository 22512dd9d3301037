#!/usr/bin/env node
/**
 * Per-page cost of the OCR pipeline's parts on one warm tesseract.js worker (a profile, not a
 * benchmark with targets): for each image given, CPU seconds of the whole process (worker thread
 * included) for each variant, run back to back on the same worker.
 *
 *   node scripts/ocr-profile.mjs [--variants file-blocks,file-text,pgm-blocks,...] IMAGE...
 *
 * Variants: file-<out> (the file's bytes, decoded inside WebAssembly), pgm-<out> (decoded by
 * Skia to grey PGM first; the decode is counted), pgm@S-<out> (the same scaled by S);
 * <out> is blocks (text + blocks, what docparse asks for), text (text only), hocr, tsv.
 * Prints the words found beside each so a cheaper variant that reads less shows it.
 */
import Tesseract from 'tesseract.js';
import { readFileSync } from 'node:fs';
import { decodeGray } from '../dist/extract/image/decode.js';
import { encodePgm } from '../dist/extract/image/gray.js';
import { resolveLanguages, languageDir } from '../dist/extract/ocr/lang.js';

const args = process.argv.slice(2);
const vi = args.indexOf('--variants');
const variants = (vi >= 0 ? args.splice(vi, 2)[1] : 'file-blocks,file-text,file-hocr,pgm-blocks').split(',');
const files = args;
const langs = resolveLanguages('eng', 'best');
const worker = await Tesseract.createWorker('eng', 1, { langPath: await languageDir(langs), cacheMethod: 'none', gzip: true, errorHandler: () => {} });
await worker.setParameters({ debug_file: '/dev/null' });

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const totals = Object.fromEntries(variants.map((v) => [v, { cpu: 0, words: 0 }]));
// Warm up on the first file.
await worker.recognize(readFileSync(files[0]), {}, { text: true, blocks: true });
for (const f of files) {
  const bytes = readFileSync(f);
  const row = [];
  for (const v of variants) {
    const m = /^(file|pgm)(?:@([\d.]+))?-(\w+)$/u.exec(v);
    if (!m) throw new Error(`unknown variant ${v}`);
    const c0 = cpu();
    let input = bytes;
    if (m[1] === 'pgm') input = Buffer.from(encodePgm(await decodeGray(bytes, Number(m[2] ?? 1))));
    const cDecode = cpu() - c0;
    const out = { text: true, blocks: m[3] === 'blocks', hocr: m[3] === 'hocr', tsv: m[3] === 'tsv' };
    const r = (await worker.recognize(input, {}, out)).data;
    const c = cpu() - c0;
    const words = String(r.text).split(/\s+/u).filter(Boolean).length;
    totals[v].cpu += c;
    totals[v].words += words;
    row.push(`${v} ${c.toFixed(2)}s${cDecode > 0.01 ? ` (decode ${cDecode.toFixed(2)})` : ''} ${words}w conf ${Math.round(r.confidence)}`);
  }
  console.log(f.split('/').pop(), '|', row.join(' | '));
}
console.log('mean CPU s/page:', variants.map((v) => `${v} ${(totals[v].cpu / files.length).toFixed(2)} (${totals[v].words} words)`).join(', '));
await worker.terminate();
