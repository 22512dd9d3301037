#!/usr/bin/env node
/**
 * OCR accuracy on labelled scans (receipts such as SROIE's: NAME.jpg beside NAME.json with `date`
 * and `amount`). Uses the built reader (dist/). Not part of the tests; the data stays outside the repo.
 *
 *   node scripts/ocr-accuracy.mjs DIR [options]
 *     --boxes BOXDIR     per-line transcriptions (NAME.csv or NNN.csv for NAME's trailing number,
 *                        lines `x1,y1,x2,y2,x3,y3,x4,y4,text`): reports the character error rate
 *     --sample N         an evenly spread, fixed subset of N documents (default: all)
 *     --limit M          an evenly spread M of those (a quicker look at the same documents)
 *     --engine E         docparse (default) | native (the `tesseract` CLI, one process per core,
 *                        OMP_THREAD_LIMIT=1) | native:TESSDATA_DIR (native with that model)
 *     --reader JSON      reader options for docparse, e.g. '{"ocrDeskew":"always"}'
 *                        | text:DIR (score texts an earlier --text-out wrote, no OCR)
 *     --workers N        OCR workers / native processes (default: the number of cores)
 *     --text-out DIR     write each document's text as NAME.EXT.txt (the `eval --text-dir` layout)
 *     --json FILE        write per-document figures as JSON
 *
 * Measures, per document and in total:
 * - CER: edit distance between the OCR text and the transcription, both upper case (SROIE transcribes
 *   in capitals) and without whitespace (column
 *   padding and line breaks are layout, not characters) and with the transcription's lines in
 *   reading order (rows by baseline, then left to right), divided by the transcription's length;
 * - line CER: each transcription line's edit distance to its best match anywhere in the OCR text,
 *   summed over lines: the same without reading order (columns tesseract read as separate blocks),
 *   and blind to extra noise;
 * - total / date in text: whether the labelled total and date appear in the OCR text in any usual
 *   format (what extraction can at best find);
 * - date / amount extracted: what the generic extractor makes of the OCR text (as `npm run eval`).
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { amountForms, dateForms, found, normal } from './lib/in-text.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const argv = process.argv.slice(2);
const opt = (f, d) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : d);
const dir = argv.find((a, i) => !a.startsWith('--') && (i === 0 || !argv[i - 1].startsWith('--')));
if (!dir) {
  process.stderr.write('usage: node scripts/ocr-accuracy.mjs DIR [--boxes BOXDIR] [--sample N] [--engine docparse|native[:TESSDATA]] [--reader JSON] [--workers N] [--text-out DIR] [--json FILE]\n');
  process.exit(2);
}
const boxes = opt('--boxes', null);
const engine = opt('--engine', 'docparse');
const workers = Number(opt('--workers', availableParallelism()));
const textOut = opt('--text-out', null);
const KINDS = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.tif': 'tiff', '.tiff': 'tiff' };

// ---- the documents ----------------------------------------------------------
let docs = readdirSync(dir)
  .filter((n) => extname(n).toLowerCase() in KINDS && existsSync(join(dir, `${basename(n, extname(n))}.json`)))
  .sort()
  .map((file) => {
    const name = basename(file, extname(file));
    const label = [JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))].flat()[0];
    return { name, file, path: join(dir, file), kind: KINDS[extname(file).toLowerCase()], label };
  });
/** An evenly spread, fixed subset of n documents. */
const spread = (xs, n) => (n > 0 && n < xs.length ? Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]) : xs);
// --limit narrows a --sample further (a quicker look at the same documents).
docs = spread(spread(docs, Number(opt('--sample', 0))), Number(opt('--limit', 0)));

// ---- measures ---------------------------------------------------------------
/** Transcription lines in reading order: rows by vertical centre, then left to right. */
function readingOrder(lines) {
  const items = lines
    .map((l) => {
      const ys = [l.y1, l.y2, l.y3, l.y4];
      return { text: l.text, x: Math.min(l.x1, l.x4), yc: (Math.min(...ys) + Math.max(...ys)) / 2, h: Math.max(1, Math.max(...ys) - Math.min(...ys)) };
    })
    .sort((a, b) => a.yc - b.yc);
  const rows = [];
  for (const it of items) {
    const row = rows.at(-1);
    if (row && Math.abs(row.yc - it.yc) < 0.5 * Math.min(row.h, it.h)) row.items.push(it);
    else rows.push({ yc: it.yc, h: it.h, items: [it] });
  }
  return rows.map((r) => r.items.sort((a, b) => a.x - b.x).map((i) => i.text).join(' '));
}

function parseBoxes(csv) {
  return csv
    .split(/\r?\n/u)
    .map((line) => /^(\d+),(\d+),(\d+),(\d+),(\d+),(\d+),(\d+),(\d+),(.*)$/u.exec(line.trim()))
    .filter(Boolean)
    .map((m) => ({ x1: +m[1], y1: +m[2], x2: +m[3], y2: +m[4], x3: +m[5], y3: +m[6], x4: +m[7], y4: +m[8], text: m[9] }));
}

/** Levenshtein distance, two rows. */
function editDistance(a, b) {
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Edit distance from `p` to its best-matching substring of `t` (Sellers): a line found anywhere. */
function substringDistance(p, t) {
  let prev = new Int32Array(t.length + 1);
  let cur = new Int32Array(t.length + 1);
  for (let i = 1; i <= p.length; i++) {
    cur[0] = i;
    const cp = p.charCodeAt(i - 1);
    for (let j = 1; j <= t.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cp === t.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return Math.min(...prev);
}

const squash = (s) => s.replace(/\s+/gu, '').toUpperCase();


function boxFile(name) {
  if (!boxes) return null;
  const direct = join(boxes, `${name}.csv`);
  if (existsSync(direct)) return direct;
  const num = /(\d+)$/u.exec(name)?.[1];
  const byNumber = num ? join(boxes, `${num}.csv`) : null;
  return byNumber && existsSync(byNumber) ? byNumber : null;
}

// ---- OCR ---------------------------------------------------------------------
function native(doc) {
  const tessdata = engine.includes(':') ? engine.slice(engine.indexOf(':') + 1) : null;
  const args = [...(tessdata ? ['--tessdata-dir', tessdata] : []), doc.path, 'stdout'];
  return new Promise((res, rej) =>
    execFile('tesseract', args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 64 << 20 }, (err, stdout) =>
      err ? rej(err) : res({ pages: stdout.split('\f').filter((t, i, a) => i === 0 || t.trim() || i < a.length - 1).map((text, i) => ({ page: i + 1, text, source: 'ocr', ocrConfidence: null })) }),
    ),
  );
}

const { createReader } = await import(join(ROOT, 'dist/extract/read/index.js'));
const { extractFields, toInvoice2dataJson } = await import(join(ROOT, 'dist/extract/fields/index.js'));
const { sameValue } = await import(join(ROOT, 'dist/eval/score.js'));
const reader = engine === 'docparse' ? await createReader({ ocrWorkers: workers, ...JSON.parse(opt('--reader', '{}')) }) : null;
if (textOut) mkdirSync(textOut, { recursive: true });

const results = [];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let next = 0;
let done = 0;
async function lane() {
  while (next < docs.length) {
    const doc = docs[next++];
    const start = performance.now();
    let read;
    try {
      if (reader) read = await reader.read({ path: doc.path, kind: doc.kind, size: statSync(doc.path).size });
      else if (engine.startsWith('text:')) read = { pages: readFileSync(join(engine.slice(5), `${doc.file}.txt`), 'utf8').split('\f').map((text, i) => ({ page: i + 1, text, source: 'ocr', ocrConfidence: null })) };
      else read = await native(doc);
    } catch (e) {
      read = { pages: [], error: String(e?.message ?? e) };
    }
    const ms = performance.now() - start;
    const text = read.pages.map((p) => p.text).join('\f');
    if (textOut) writeFileSync(join(textOut, `${doc.file}.txt`), text);
    const r = { name: doc.name, ms: Math.round(ms), confidence: read.pages[0]?.ocrConfidence ?? null, error: read.error };
    const flat = normal(text);
    if (doc.label.amount != null) r.totalInText = found(flat, amountForms(Number(doc.label.amount)));
    if (doc.label.date) r.dateInText = found(flat, dateForms(doc.label.date));
    const bf = boxFile(doc.name);
    if (bf) {
      const lines = readingOrder(parseBoxes(readFileSync(bf, 'utf8'))).map(squash);
      const truth = lines.join('');
      const ocr = squash(text);
      r.cerErrors = editDistance(ocr, truth);
      r.cerChars = truth.length;
      r.lineErrors = lines.reduce((a, l) => a + substringDistance(l, ocr), 0);
    }
    if (read.pages.length) {
      const got = toInvoice2dataJson(extractFields(read.pages, { templates: [] }));
      if (doc.label.date) r.dateExtracted = sameValue(doc.label.date, got.date);
      if (doc.label.amount != null) r.amountExtracted = sameValue(doc.label.amount, got.amount);
    }
    results.push(r);
    if (++done % 10 === 0) process.stderr.write(`  ${done}/${docs.length}\n`);
  }
}
let stats = null;
try {
  await Promise.all(Array.from({ length: Math.max(1, workers) }, lane));
  stats = reader?.stats() ?? null;
} finally {
  await reader?.close();
}
const wallS = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);

// ---- report -------------------------------------------------------------------
const share = (k) => {
  const xs = results.filter((r) => r[k] !== undefined);
  return xs.length ? { n: xs.filter((r) => r[k]).length, of: xs.length } : null;
};
const pct = (s) => (s ? `${((100 * s.n) / s.of).toFixed(1)}% (${s.n}/${s.of})` : '—');
const errs = results.reduce((a, r) => a + (r.cerErrors ?? 0), 0);
const chars = results.reduce((a, r) => a + (r.cerChars ?? 0), 0);
const lineErrs = results.reduce((a, r) => a + (r.lineErrors ?? 0), 0);
const summary = {
  engine,
  reader: opt('--reader', '{}'),
  documents: results.length,
  failed: results.filter((r) => r.error).length,
  wallS: Math.round(wallS * 10) / 10,
  docsPerS: Math.round((results.length / wallS) * 100) / 100,
  // docparse only: the process's CPU time (all threads); for native the children's time is not in it
  cpuS: engine === 'docparse' ? Math.round((cpu.user + cpu.system) / 1e5) / 10 : null,
  deskewed: stats?.ocrDeskewed ?? null,
  upscaled: stats?.ocrUpscaled ?? null,
  downscaled: stats?.ocrDownscaled ?? null,
  cer: chars ? Math.round((10000 * errs) / chars) / 100 : null,
  lineCer: chars ? Math.round((10000 * lineErrs) / chars) / 100 : null,
  totalInText: share('totalInText'),
  dateInText: share('dateInText'),
  dateExtracted: share('dateExtracted'),
  amountExtracted: share('amountExtracted'),
};
process.stdout.write(
  [
    `engine ${engine}${engine === 'docparse' ? ` ${summary.reader}` : ''}: ${summary.documents} documents (${summary.failed} failed), ${summary.wallS} s wall, ${summary.docsPerS} docs/s${summary.cpuS != null ? `, ${summary.cpuS} s CPU` : ''}${stats ? `; pages deskewed ${stats.ocrDeskewed}, upscaled ${stats.ocrUpscaled}${stats.ocrDownscaled != null ? `, downscaled ${stats.ocrDownscaled}` : ''}` : ''}`,
    `  CER (no space, no case) ${summary.cer == null ? '—' : `${summary.cer}%`}${chars ? ` (${errs} edits / ${chars} chars)` : ''}`,
    `  line CER (any order)    ${summary.lineCer == null ? '—' : `${summary.lineCer}%`}`,
    `  total in text           ${pct(summary.totalInText)}`,
    `  date in text            ${pct(summary.dateInText)}`,
    `  date extracted          ${pct(summary.dateExtracted)}`,
    `  amount extracted        ${pct(summary.amountExtracted)}`,
  ].join('\n') + '\n',
);
const jsonFile = opt('--json', null);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ summary, documents: results.sort((a, b) => a.name.localeCompare(b.name)) }, null, 2) + '\n');
