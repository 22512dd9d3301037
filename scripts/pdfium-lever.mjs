#!/usr/bin/env node
/**
 * Would PDFium (WebAssembly, `@embedpdf/pdfium`, MIT) read text PDFs for `--extractor auto` with
 * less CPU than pdf.js does (issue 14)? Measures, changes nothing.
 *
 *   npm install --no-save @embedpdf/pdfium@2.15.1     (not a dependency of docparse)
 *   node scripts/pdfium-lever.mjs [--set bench|rotated|real|all] [--passes N] [--rounds N] [--diff FILE]
 *       [--without images,attachments] [--pdfium DIR]
 *
 * Each engine runs alone in a fresh child process, in one worker thread fed the documents one by
 * one (as a PDF thread of `submit` is), and is timed by the process's CPU (user + system) around
 * each document, the main thread idle meanwhile:
 *
 * - pdf.js: the built PDF thread itself (dist/extract/read/pdf-thread.js) sent `auto`'s `text`
 *   request (word boxes, images, the attachment check when the bytes show signs of one; no fields);
 * - PDFium: this file as a worker thread doing the same job through PDFium: the same stream scan
 *   (the decompression-bomb guard), the document opened from memory, every page's characters
 *   (unicode, origin, font size, loose box, matrix) turned into text items for the same line
 *   assembly (layout/), images from the page objects (inside form XObjects too), attachments
 *   (names, and XML files' bytes). PDFium is called through the module's exports, not its
 *   `cwrap`ped functions, whose argument conversion alone cost ~2 ms a bench document.
 *
 * Pass 1 is cold (a new thread: library load, WebAssembly compile, tier-up); passes 2..N warm.
 * Sets: `bench`, the bench's 300 text PDFs (scripts/bench/corpus.mjs); `rotated`, 30 of them saved
 * again with /Rotate 90, 180, 270 (pdf-lib); `real`, the PDFs of the
 * eval's corpora (einvoice-pages, invoice2data, the held-out einvoice-extra's dev part only: --eval,
 * --einvoice-extra) and of fixtures/ (sweeps left out). Then both engines' results are compared
 * document by document: page texts identical, identical but for spacing, or different; images
 * found and their boxes; attachments (the first differing lines go to --diff FILE.SET).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const distUrl = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
// The reader's own defaults, as `submit` sends them to a PDF thread.
const { READER_DEFAULTS } = await import(distUrl('extract/read/options.js'));
const { MAX_XML_BYTES } = await import(distUrl('extract/einvoice/xml.js'));
const { streams: STREAMS, maxPixels: MAX_PIXELS, maxPages: MAX_PAGES } = READER_DEFAULTS;

// ---- the PDFium worker --------------------------------------------------------------------

/** pdf.js's viewport transform at scale 1 (PageViewport), from a page box and its rotation. */
function viewportOf([x0, y0, x1, y1], rotation) {
  const r = ((rotation % 360) + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const [ox, oy] = a === 0 ? [Math.abs(cy - y0), Math.abs(cx - x0)] : [Math.abs(cx - x0), Math.abs(cy - y0)];
  const width = a === 0 ? Math.abs(y1 - y0) : Math.abs(x1 - x0);
  const height = a === 0 ? Math.abs(x1 - x0) : Math.abs(y1 - y0);
  return { transform: [a, b, c, d, ox - a * cx - c * cy, oy - b * cx - d * cy], width, height };
}

async function pdfiumWorker() {
  const { pdfiumDir } = workerData;
  const req = createRequire(join(pdfiumDir, 'package.json'));
  const { layoutText } = await import(distUrl('extract/read/layout/index.js'));
  const { pageWord } = await import(distUrl('extract/words.js'));
  const { checkPdfStreams } = await import(distUrl('extract/read/pdf-streams.js'));
  const { mayEmbedFiles } = await import(distUrl('extract/einvoice/attachments.js'));
  const { init } = await import(pathToFileURL(req.resolve('@embedpdf/pdfium')).href);
  let m = await init({ wasmBinary: readFileSync(req.resolve('@embedpdf/pdfium/pdfium.wasm')) });
  m.PDFiumExt_Init();
  const P = m.pdfium;
  // The module's exports called directly: its `cwrap`ped functions convert every argument and
  // cost ~2 ms a bench document in per-character calls alone (measured); no call here takes a string.
  const raw = P.wasmExports;
  const cwrapped = m;
  m = new Proxy(cwrapped, { get: (o, k) => (typeof raw[k] === 'function' ? raw[k] : o[k]) });
  const scratch = P.wasmExports.malloc(64);
  const f32 = (i) => P.HEAPF32[scratch / 4 + i];
  const f64 = (i) => P.HEAPF64[scratch / 8 + i];

  // An object's matrix maps to its container's space (an image's maps the unit square): inside a
  // form XObject, the form's matrix is applied after it, as pdf.js's operator list does.
  const then = ([a1, b1, c1, d1, e1, f1], [a2, b2, c2, d2, e2, f2]) => [a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2, e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2];
  const matrixOf = (o) => (m.FPDFPageObj_GetMatrix(o, scratch) ? [f32(0), f32(1), f32(2), f32(3), f32(4), f32(5)] : [1, 0, 0, 1, 0, 0]);
  const imageBoxes = (page, vp) => {
    const out = [];
    const [va, vb, vc, vd, ve, vf] = vp.transform;
    const walk = (count, get, outer) => {
      for (let i = 0; i < count; i++) {
        const o = get(i);
        const type = m.FPDFPageObj_GetType(o);
        if (type === 5) {
          const inner = then(matrixOf(o), outer);
          walk(m.FPDFFormObj_CountObjects(o), (j) => m.FPDFFormObj_GetObject(o, j), inner);
        } else if (type === 3) {
          const [a, b, c, d, e, f] = then(matrixOf(o), outer);
          const xs = [], ys = [];
          for (const [u, v] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
            const x = a * u + c * v + e;
            const y = b * u + d * v + f;
            xs.push(va * x + vc * y + ve);
            ys.push(vb * x + vd * y + vf);
          }
          const box = { x0: Math.max(0, Math.min(...xs)), y0: Math.max(0, Math.min(...ys)), x1: Math.min(vp.width, Math.max(...xs)), y1: Math.min(vp.height, Math.max(...ys)) };
          if (box.x1 - box.x0 >= 1 && box.y1 - box.y0 >= 1) out.push(box);
        }
      }
    };
    walk(m.FPDFPage_CountObjects(page), (i) => m.FPDFPage_GetObject(page, i), [1, 0, 0, 1, 0, 0]);
    return out;
  };

  const attachments = (doc) => {
    const n = m.FPDFDoc_GetAttachmentCount(doc);
    const files = [];
    for (let i = 0; i < n; i++) {
      const a = m.FPDFDoc_GetAttachment(doc, i);
      const nameLen = m.FPDFAttachment_GetName(a, 0, 0);
      const nameBuf = P.wasmExports.malloc(nameLen);
      m.FPDFAttachment_GetName(a, nameBuf, nameLen);
      const name = Buffer.from(P.HEAPU8.subarray(nameBuf, nameBuf + nameLen - 2)).toString('utf16le');
      P.wasmExports.free(nameBuf);
      let data = null;
      // Only XML-like files' bytes are read (pdf-lib's reader keeps the others' names only).
      if (/\.xml$/i.test(name) && m.FPDFAttachment_GetFile(a, 0, 0, scratch) && P.HEAPU32[scratch / 4] <= MAX_XML_BYTES) {
        const len = P.HEAPU32[scratch / 4];
        const buf = P.wasmExports.malloc(Math.max(1, len));
        m.FPDFAttachment_GetFile(a, buf, len, scratch);
        data = P.HEAPU8.slice(buf, buf + len);
        P.wasmExports.free(buf);
      }
      files.push({ name, data });
    }
    return { pageCount: m.FPDF_GetPageCount(doc), files };
  };

  const text = (data, withEmbedded, withImages) => {
    const scan = checkPdfStreams(data, inflateSync, STREAMS);
    const buf = P.wasmExports.malloc(data.length);
    P.HEAPU8.set(data, buf);
    const doc = m.FPDF_LoadMemDocument(buf, data.length, 0); // no password
    try {
      if (!doc) throw new Error(`PDFium cannot open it (error ${m.FPDF_GetLastError()})`);
      const embedded = withEmbedded && mayEmbedFiles(data) ? attachments(doc) : undefined;
      const pageCount = m.FPDF_GetPageCount(doc);
      const pages = [];
      for (let n = 0; n < pageCount; n++) {
        const page = m.FPDF_LoadPage(doc, n);
        const box = m.FPDFPage_GetCropBox(page, scratch, scratch + 4, scratch + 8, scratch + 12) || m.FPDFPage_GetMediaBox(page, scratch, scratch + 4, scratch + 8, scratch + 12) ? [f32(0), f32(1), f32(2), f32(3)] : [0, 0, m.FPDF_GetPageWidthF(page), m.FPDF_GetPageHeightF(page)];
        const vp = viewportOf([Math.min(box[0], box[2]), Math.min(box[1], box[3]), Math.max(box[0], box[2]), Math.max(box[1], box[3])], m.FPDFPage_GetRotation(page) * 90);
        const tp = m.FPDFText_LoadPage(page);
        const count = m.FPDFText_CountChars(tp);
        // pdf.js gives a page's text as items, one a run of glyphs of one text-showing operator
        // (split at large kerning gaps), with its width; the layout spreads a width evenly over
        // an item's characters. PDFium gives characters: the characters of one text object (one
        // Tj/TJ) on one baseline become one item the same way, so both go through the same layout.
        const items = [];
        const styles = {};
        let run = null;
        const flush = () => {
          if (!run) return;
          const [ux, uy] = run.dir;
          run.item.width = (run.lastX - run.item.transform[4]) * ux + (run.lastY - run.item.transform[5]) * uy + run.lastAdv;
          items.push(run.item);
          run = null;
        };
        for (let i = 0; i < count; i++) {
          if (m.FPDFText_IsGenerated(tp, i)) continue;
          const u = m.FPDFText_GetUnicode(tp, i);
          if (u === 0 || u === 13 || u === 10) continue;
          // A hyphen PDFium takes to end a line (a word broken across lines) comes as 0x02.
          const ch = String.fromCodePoint(u === 2 ? 0x2d : u);
          const obj = m.FPDFText_GetTextObject(tp, i);
          m.FPDFText_GetCharOrigin(tp, i, scratch, scratch + 8);
          const ox = f64(0), oy = f64(1);
          if (run && run.obj === obj) {
            // Along the run's baseline, not before its last character: the same run.
            const [ux, uy] = run.dir;
            const along = (ox - run.lastX) * ux + (oy - run.lastY) * uy;
            const across = -(ox - run.lastX) * uy + (oy - run.lastY) * ux;
            if (Math.abs(across) < 0.01 * run.size && along > -0.01 * run.size) {
              run.item.str += ch;
              if (along > 0.001) {
                run.lastX = ox;
                run.lastY = oy;
                m.FPDFText_GetLooseCharBox(tp, i, scratch);
                run.lastAdv = Math.abs(f32(2) - f32(0)) * Math.abs(ux) + Math.abs(f32(1) - f32(3)) * Math.abs(uy);
              }
              continue;
            }
          }
          flush();
          m.FPDFText_GetMatrix(tp, i, scratch);
          // The font size is Tf's; the text matrix and CTM scale it (pdf.js's item transform is both).
          const fs = m.FPDFText_GetFontSize(tp, i);
          const [a, b, c, d] = [f32(0) * fs, f32(1) * fs, f32(2) * fs, f32(3) * fs];
          const size = Math.hypot(c, d) || 1;
          const norm = Math.hypot(a, b) || 1;
          const dir = [a / norm, b / norm];
          m.FPDFText_GetLooseCharBox(tp, i, scratch);
          const [l, t, r, bo] = [f32(0), f32(1), f32(2), f32(3)];
          // The loose box spans the font's ascent and descent: their share of the size, as pdf.js's styles.
          const upright = Math.abs(dir[0]) >= Math.abs(dir[1]);
          const asc = Math.round(((upright ? (dir[0] > 0 ? t - oy : oy - bo) : dir[1] > 0 ? ox - l : r - ox) / size) * 100) / 100;
          const desc = Math.round(((upright ? (dir[0] > 0 ? bo - oy : oy - t) : dir[1] > 0 ? ox - r : l - ox) / size) * 100) / 100;
          const font = `${asc}/${desc}`;
          styles[font] ??= { ascent: asc, descent: desc };
          const adv = Math.abs(r - l) * Math.abs(dir[0]) + Math.abs(t - bo) * Math.abs(dir[1]);
          run = { obj, dir, size, lastX: ox, lastY: oy, lastAdv: adv, item: { str: ch, width: 0, transform: [a, b, c, d, ox, oy], fontName: font } };
        }
        flush();
        m.FPDFText_ClosePage(tp);
        const placed = [];
        const t = layoutText(items, vp.transform, styles, placed);
        const words = placed.map((w) => pageWord(w, vp.width, vp.height));
        const images = withImages && scan.mayPaintImages ? imageBoxes(page, vp) : [];
        const area = images.reduce((x, y) => x + (y.x1 - y.x0) * (y.y1 - y.y0), 0) / Math.max(1, vp.width * vp.height);
        pages.push({ text: t, chars: t.replace(/\s+/gu, '').length, images, imageArea: Math.min(1, area), pageArea: vp.width * vp.height, words });
        m.FPDF_ClosePage(page);
      }
      return { pageCount, pages, ...(embedded ? { embedded } : {}) };
    } finally {
      if (doc) m.FPDF_CloseDocument(doc);
      P.wasmExports.free(buf);
    }
  };

  parentPort.on('message', (r) => {
    try {
      parentPort.postMessage({ id: r.id, type: 'ok', value: text(r.data, r.embeddedMaxBytes !== undefined, r.images) });
    } catch (e) {
      parentPort.postMessage({ id: r.id, type: 'error', name: e.name, message: e.message });
    }
  });
}

// ---- one engine in one process: per-document CPU ------------------------------------------

async function runEngine(engine, listFile, passes, outFile, pdfiumDir, without) {
  const parts = { images: !without.includes('images'), attachments: !without.includes('attachments') };
  const files = JSON.parse(readFileSync(listFile, 'utf8'));
  const { mayEmbedFiles } = await import(distUrl('extract/einvoice/attachments.js'));
  const worker =
    engine === 'pdfjs'
      ? new Worker(new URL(distUrl('extract/read/pdf-thread.js')), { resourceLimits: { maxOldGenerationSizeMb: 1024 } })
      : new Worker(SELF, { workerData: { pdfiumDir } });
  const waiting = new Map();
  worker.on('message', (msg) => {
    if (msg.type === 'progress') return;
    const w = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (msg.type === 'ok') w.ok(msg.value);
    else w.ok({ error: `${msg.name}: ${msg.message}` });
  });
  let id = 0;
  const ask = (data) =>
    new Promise((ok) => {
      waiting.set(++id, { ok });
      const attach = parts.attachments && mayEmbedFiles(data);
      worker.postMessage({ id, op: 'text', data, maxPixels: MAX_PIXELS, images: parts.images, maxPages: MAX_PAGES, streams: STREAMS, words: true, ...(attach ? { embeddedMaxBytes: MAX_XML_BYTES } : {}) });
    });
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const bytes = files.map((f) => readFileSync(f));
  const ms = [];
  const results = [];
  const t0 = cpu();
  for (let p = 0; p < passes; p++) {
    const row = [];
    for (let i = 0; i < files.length; i++) {
      const data = new Uint8Array(bytes[i]); // a fresh copy: the thread may take it over
      const a = cpu();
      const r = await ask(data);
      row.push(cpu() - a);
      if (p === 0) results.push(r.error ? { error: r.error } : { pageCount: r.pageCount, pages: r.pages.map((pg) => ({ text: pg.text, images: pg.images.length, boxes: pg.images.map((b) => [b.x0, b.y0, b.x1, b.y1].map((v) => Math.round(v * 100) / 100).join(',')).sort().join(' '), imageArea: Math.round(pg.imageArea * 1000) / 1000, words: pg.words?.length ?? 0 })), attachments: r.embedded ? r.embedded.files.filter((f) => f.data).map((f) => `${f.name}:${f.data.length}`).sort() : null });
    }
    ms.push(row);
  }
  const total = cpu() - t0;
  await worker.terminate();
  writeFileSync(outFile, JSON.stringify({ engine, ms, total, results }));
}

// ---- the comparison -----------------------------------------------------------------------

const pdfsUnder = (dir) =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.toLowerCase().endsWith('.pdf') ? [join(dir, e.name)] : [])).sort() : [];

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const squeeze = (s) => s.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter(Boolean).join('\n');

function summary(run) {
  const first = run.ms[0];
  const warm = run.ms.slice(1).map((row) => sum(row) / row.length);
  return {
    first: first[0],
    d2to10: sum(first.slice(1, 10)),
    d11to50: sum(first.slice(10, 50)) / Math.max(1, first.slice(10, 50).length),
    rest: sum(first.slice(50)) / Math.max(1, first.slice(50).length),
    pass1: sum(first),
    warm: warm.length ? Math.min(...warm) : NaN,
    total: run.total,
  };
}

async function main() {
  const argv = process.argv.slice(2);
  const value = (f, d) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : d);
  if (argv[0] === '--engine') return runEngine(argv[1], argv[2], Number(argv[3]), argv[4], argv[5], argv[6] ?? '');
  const set = value('--set', 'all');
  const passes = Number(value('--passes', 3));
  const diffFile = value('--diff', null);
  const rounds = Number(value('--rounds', 1));
  // --without images,attachments: leave a part of `auto`'s job out of both engines (where the time goes).
  const without = value('--without', '');
  let pdfiumDir = value('--pdfium', null);
  if (!pdfiumDir) {
    try {
      pdfiumDir = dirname(createRequire(join(ROOT, 'package.json')).resolve('@embedpdf/pdfium/package.json'));
    } catch {
      process.stderr.write('@embedpdf/pdfium is not installed: npm install --no-save @embedpdf/pdfium@2.15.1 (or --pdfium DIR)\n');
      process.exit(1);
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'pdfium-lever-'));
  try {
    const sets = {};
    if (set === 'bench' || set === 'all') {
      const { writeInvoicePdf } = await import(pathToFileURL(join(ROOT, 'scripts/bench/corpus.mjs')).href);
      sets.bench = [];
      for (let i = 0; i < 300; i++) {
        const p = join(work, `inv-${String(i).padStart(4, '0')}.pdf`);
        await writeInvoicePdf(p, i);
        sets.bench.push(p);
      }
    }
    if (set === 'rotated' || set === 'all') {
      // Rotated pages: bench PDFs saved again with /Rotate 90, 180 and 270 (pdf-lib).
      const { writeInvoicePdf } = await import(pathToFileURL(join(ROOT, 'scripts/bench/corpus.mjs')).href);
      const { PDFDocument, degrees } = (await import(pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('pdf-lib')).href)).default;
      sets.rotated = [];
      for (let i = 0; i < 30; i++) {
        const p = join(work, `rot-src-${i}.pdf`);
        await writeInvoicePdf(p, i);
        const doc = await PDFDocument.load(readFileSync(p));
        for (const page of doc.getPages()) page.setRotation(degrees(90 * (1 + (i % 3))));
        const out = join(work, `rot-${i}.pdf`);
        writeFileSync(out, await doc.save());
        sets.rotated.push(out);
      }
    }
    if (set === 'real' || set === 'all') {
      const ev = value('--eval', '/work/shared/eval');
      const extra = value('--einvoice-extra', '/work/eval-data/einvoice-extra');
      sets.real = [...pdfsUnder(join(ev, 'einvoice-pages')), ...pdfsUnder(join(ev, 'invoice2data')), ...pdfsUnder(join(extra, 'dev')), ...pdfsUnder(join(ROOT, 'fixtures')).filter((p) => !/\/fixtures\/sweep\d*\//.test(p))];
    }
    const report = [];
    for (const [name, files] of Object.entries(sets)) {
      const list = join(work, `${name}.json`);
      writeFileSync(list, JSON.stringify(files));
      const runs = { pdfjs: [], pdfium: [] };
      for (let r = 0; r < rounds; r++) {
        for (const engine of r % 2 ? ['pdfium', 'pdfjs'] : ['pdfjs', 'pdfium']) {
          const out = join(work, `${name}-${engine}-${r}.json`);
          execFileSync(process.execPath, [SELF, '--engine', engine, list, String(passes), out, pdfiumDir, without], { stdio: 'inherit' });
          runs[engine].push(JSON.parse(readFileSync(out, 'utf8')));
        }
      }
      const lines = [`${name}: ${files.length} PDFs, ${rounds} round(s), ${passes} passes each; CPU ms (process, user + system), per engine and round`, '| engine | first doc | docs 2-10 (sum) | 11-50 (each) | 51+ (each) | pass 1 (sum) | warm pass (each, least) |', '| --- | --- | --- | --- | --- | --- | --- |'];
      for (const engine of ['pdfjs', 'pdfium']) {
        for (const run of runs[engine]) {
          const s = summary(run);
          lines.push(`| ${engine} | ${f1(s.first)} | ${f1(s.d2to10)} | ${f1(s.d11to50)} | ${f1(s.rest)} | ${f1(s.pass1)} | ${s.warm.toFixed(2)} |`);
        }
      }
      // Texts: the first round's results of each engine, document by document.
      const a = runs.pdfjs[0].results;
      const b = runs.pdfium[0].results;
      let same = 0, spacing = 0, differ = 0, errA = 0, errB = 0, imagesDiffer = 0, attachDiffer = 0, withImages = 0, boxesDiffer = 0;
      const diffs = [];
      for (let i = 0; i < files.length; i++) {
        if (a[i].error || b[i].error) {
          if (a[i].error) errA++;
          if (b[i].error) errB++;
          if (!!a[i].error !== !!b[i].error) diffs.push(`## ${files[i]}\n pdf.js: ${a[i].error ?? 'ok'}\n PDFium: ${b[i].error ?? 'ok'}`);
          continue;
        }
        const ta = a[i].pages.map((p) => p.text).join('\f');
        const tb = b[i].pages.map((p) => p.text).join('\f');
        if (a[i].pages.map((p) => p.images).join() !== b[i].pages.map((p) => p.images).join()) imagesDiffer++;
        else if (a[i].pages.some((p) => p.images > 0)) {
          withImages++;
          if (a[i].pages.map((p) => p.boxes).join('|') !== b[i].pages.map((p) => p.boxes).join('|')) {
            boxesDiffer++;
            diffs.push(`## ${files[i]}: image boxes (points, to 0.01) pdf.js ${a[i].pages.map((p) => p.boxes).join(' | ')} PDFium ${b[i].pages.map((p) => p.boxes).join(' | ')}`);
          }
        }
        if (JSON.stringify(a[i].attachments) !== JSON.stringify(b[i].attachments)) {
          attachDiffer++;
          diffs.push(`## ${files[i]}: attachments pdf.js ${JSON.stringify(a[i].attachments)} PDFium ${JSON.stringify(b[i].attachments)}`);
        }
        if (ta === tb) same++;
        else if (squeeze(ta) === squeeze(tb)) spacing++;
        else {
          differ++;
          const la = squeeze(ta).split('\n');
          const lb = squeeze(tb).split('\n');
          const onlyA = la.filter((l) => !lb.includes(l));
          const onlyB = lb.filter((l) => !la.includes(l));
          diffs.push(`## ${files[i]} (lines ${la.length} vs ${lb.length}; ${onlyA.length} only in pdf.js, ${onlyB.length} only in PDFium${onlyA.length + onlyB.length === 0 ? ': same lines, other order' : ''})\n${onlyA.slice(0, 6).map((l) => `- ${l}`).join('\n')}\n${onlyB.slice(0, 6).map((l) => `+ ${l}`).join('\n')}`);
        }
      }
      lines.push(`texts: ${same} identical, ${spacing} identical but for spacing, ${differ} different; errors pdf.js ${errA}, PDFium ${errB}; image counts differ on ${imagesDiffer}, boxes (to 0.01 point) on ${boxesDiffer} of the ${withImages} with images, attachments on ${attachDiffer}`);
      report.push(lines.join('\n'));
      if (diffFile) writeFileSync(`${diffFile}.${name}`, diffs.join('\n\n') + '\n');
    }
    process.stdout.write(report.join('\n\n') + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (isMainThread) await main();
else await pdfiumWorker();
