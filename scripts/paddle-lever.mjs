#!/usr/bin/env node
/**
 * A second recogniser measured before it touches the reader: PaddleOCR (PP-OCRv4 det + rec, ONNX,
 * through `@gutenye/ocr-node`, read box by box as src/extract/ocr/paddle.ts does) on the
 * development receipts, invoice2data's PNG scans and the sweeps' image files. Development receipts
 * decide; validation receipts are read only to measure (--in-doubt val). One ONNX thread per
 * session, CPU seconds of the process.
 *
 *   node scripts/paddle-lever.mjs --read [--out DIR] [--set receipts|others|all] [--names FILE | --in-doubt dev|val --cache DIR] [--only-named]
 *   node scripts/paddle-lever.mjs --compare --cache DIR [--out DIR] [--split dev|val] [--list]
 *   node scripts/paddle-lever.mjs --show OUT/receipts/NAME.json
 *
 * --read writes, per file, paddle's boxes (corners, CTC steps, characters) and the CPU seconds of
 * the reading. --compare reports, on the development receipts: (a) how often the true date /
 * total is in paddle's text against tesseract's readings (the eval cache: the first reading and
 * the looks the eval made), (b) CPU s per page, (c) the letters with accents paddle gives on the
 * sweeps' images; and extraction on paddle's text alone, as one more reading in the looks (doubtful
 * date or total only, merged as withSecondLook merges), as the first reading, and with every
 * receipt read by both. --show prints one file's reading laid out as the reader gives it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { findCorpora, rootsFromEnv } from '../dist/eval/corpora.js';

const arg = (k, d) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
const out = resolve(arg('--out', '/tmp/paddle-lever'));
const IMAGE = /\.(png|jpe?g|tiff?)$/iu;

/** Every file the lever reads: development receipts, invoice2data's PNGs, the sweeps' images. */
/** The receipts of `split` whose first reading (the eval cache) leaves the date or total in doubt. */
async function inDoubt(split) {
  const { readEvalDoc } = await import('../dist/eval/read.js');
  const { wantsSecondLook } = await import('../dist/extract/second-look.js');
  const { receiptsThroughCache, extract } = await import('./lib/receipts-cache.mjs');
  const { corpus, reader } = receiptsThroughCache();
  const names = [];
  for (const doc of corpus.docs.filter((d) => d.split === split)) {
    const read = await readEvalDoc(doc, reader).catch(() => null);
    if (read && wantsSecondLook(doc.kind, read.pages, extract(read.pages))) names.push(doc.name);
  }
  return names;
}

async function files(set) {
  const list = [];
  if (set !== 'others') {
    const corpus = findCorpora(rootsFromEnv(process.env, process.cwd())).find((c) => c.id === 'receipts');
    if (!corpus) throw new Error('no receipts corpus (set DOCPARSE_RECEIPTS_DIR)');
    // --names FILE (a JSON list of receipt names), or --in-doubt dev|val (with --cache: the
    // receipts whose first reading leaves the date or total in doubt, the only ones a look reads):
    // those first, validation ones too (to measure a variant decided on development receipts);
    // then, unless --only-named, the other development receipts
    const named = arg('--names', null) ? JSON.parse(readFileSync(arg('--names'), 'utf8')) : arg('--in-doubt', null) ? await inDoubt(arg('--in-doubt')) : [];
    for (const name of named) {
      const d = corpus.docs.find((x) => x.name === name);
      if (d) list.push({ id: `receipts/${d.name}`, path: d.path });
    }
    if (!process.argv.includes('--only-named')) for (const d of corpus.docs) if (d.split === 'dev' && !named.includes(d.name)) list.push({ id: `receipts/${d.name}`, path: d.path });
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
 * Per file paddle's boxes as src/extract/ocr/paddle.ts reads them (paddleBoxes: four corners and,
 * per character, the CTC step it was read at and its probability), laid out later (paddleLayout).
 */
async function read(set) {
  const { paddleBoxes } = await import('../dist/extract/ocr/paddle.js');
  const todo = await files(set);
  let n = 0;
  for (const f of todo) {
    const file = join(out, `${f.id}.json`);
    if (existsSync(file)) continue;
    mkdirSync(join(file, '..'), { recursive: true });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let r = { boxes: [], width: 0, height: 0 };
    let error = null;
    try {
      r = await paddleBoxes(new Uint8Array(readFileSync(f.path)));
    } catch (e) {
      error = String(e?.message ?? e);
    }
    const cpu = process.cpuUsage(cpu0);
    // the first file's CPU includes loading the models (~0.3 s)
    writeFileSync(file, JSON.stringify({ path: f.path, width: r.width, height: r.height, cpuS: (cpu.user + cpu.system) / 1e6, wallS: (performance.now() - t0) / 1000, error, lines: r.boxes }));
    if (++n % 20 === 0) process.stderr.write(`  ${n}/${todo.length}\n`);
  }
  process.stdout.write(`read ${n} files\n`);
}

if (process.argv.includes('--read')) await read(arg('--set', 'all'));
else if (arg('--show', null)) {
  // one file's reading laid out as the reader would give it
  const p = JSON.parse(readFileSync(arg('--show'), 'utf8'));
  const { paddleLayout } = await import('../dist/extract/ocr/paddle.js');
  const { imageSize } = await import('image-size');
  const size = p.width ? p : imageSize(readFileSync(p.path));
  process.stdout.write(`${paddleLayout(p.lines, size.width, size.height).text}\n`);
}
else if (process.argv.includes('--compare')) await (await import('./lib/paddle-compare.mjs')).compare(out);
else throw new Error('--read, --compare or --show FILE');
