#!/usr/bin/env node
/**
 * The generic field extraction's own CPU cost, apart from reading PDFs (issue 14, text `auto`).
 *
 *   node scripts/fields-cpu.mjs prepare [--out FILE] [--cache DIR]
 *       generates the bench's 300 text PDFs (scripts/bench/corpus.mjs), reads their text layers
 *       once with the built reader (no OCR), and the text PDFs of fixtures/sweep*; with --cache,
 *       adds the pages of the eval cache (real documents, OCR'd receipts included). Writes them
 *       all to FILE (default /tmp/fields-cpu/inputs.json).
 *   node scripts/fields-cpu.mjs time [--in FILE] [--set bench|sweeps|eval] [--passes N]
 *       [--dist DIR] [--results FILE] [--profile DIR] [--cold N]
 *       times `extractFields` over a set in this one process: the first pass (cold: the first
 *       --cold documents, default 50, then the rest) and N steady passes (default 3), CPU ms a
 *       document. --dist: another build's dist/ (A/B). --results: every document's result as one
 *       JSON line, to compare two builds. --profile: CPU profiles of the cold documents and of
 *       one steady pass, with their top self time.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Session } from 'node:inspector/promises';
import { writeInvoicePdf } from './bench/corpus.mjs';
import { topSelfTime } from './bench/measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const value = (f, d) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : d);
const command = argv[0];
const log = (s) => process.stderr.write(s + '\n');

const pdfsUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.toLowerCase().endsWith('.pdf') ? [join(dir, e.name)] : [])).sort();

async function prepare() {
  const out = resolve(value('--out', '/tmp/fields-cpu/inputs.json'));
  const cache = value('--cache', null);
  const { createReader } = await import(pathToFileURL(join(ROOT, 'dist/extract/read/index.js')).href);
  // No OCR: a document whose layer would need it (too little text, undecodable characters) is left out.
  const reader = await createReader({ ocr: false, imageOcr: 'off' });
  const read = async (path) => {
    const r = await reader.read({ path, kind: 'pdf', size: statSync(path).size }, { words: true });
    const textual = r.pages.every((p) => p.text.replace(/\s/g, '').length >= 20 && !p.text.includes('\uFFFD'));
    return textual ? r.pages : null;
  };
  const work = mkdtempSync(join(tmpdir(), 'fields-cpu-'));
  const sets = { bench: [], sweeps: [], eval: [] };
  try {
    for (let i = 0; i < 300; i++) {
      const p = join(work, `inv-${String(i).padStart(4, '0')}.pdf`);
      await writeInvoicePdf(p, i);
      sets.bench.push({ name: `bench/${i}`, pages: await read(p) });
    }
    for (const d of readdirSync(join(ROOT, 'fixtures')).filter((n) => /^sweep\d*$/.test(n)).sort()) {
      for (const p of pdfsUnder(join(ROOT, 'fixtures', d))) {
        const pages = await read(p).catch(() => null);
        if (pages) sets.sweeps.push({ name: p.slice(ROOT.length + 1), pages });
      }
    }
  } finally {
    await reader.close();
    rmSync(work, { recursive: true, force: true });
  }
  if (cache) for (const f of readdirSync(cache).filter((n) => n.endsWith('.json')).sort()) sets.eval.push({ name: `eval/${f}`, pages: JSON.parse(readFileSync(join(cache, f), 'utf8')).pages });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(sets));
  log(`${out}: bench ${sets.bench.length}, sweeps ${sets.sweeps.length}, eval ${sets.eval.length} documents`);
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function time() {
  const sets = JSON.parse(readFileSync(resolve(value('--in', '/tmp/fields-cpu/inputs.json')), 'utf8'));
  const docs = sets[value('--set', 'bench')];
  const passes = Number(value('--passes', 3));
  const coldN = Number(value('--cold', 50));
  const dist = resolve(value('--dist', join(ROOT, 'dist')));
  const resultsFile = value('--results', null);
  const profileDir = value('--profile', null);
  const session = profileDir ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    mkdirSync(profileDir, { recursive: true });
  }
  const profiled = async (name, fn) => {
    if (!session) return fn();
    await session.post('Profiler.start');
    const r = fn();
    const { profile } = await session.post('Profiler.stop');
    const file = join(profileDir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    log(`\n  ${name}: top self time`);
    for (const t of topSelfTime(file, 25)) log(`    ${String(t.selfMs).padStart(6)} ms ${String(t.pct).padStart(5)}%  ${t.fn}  ${t.where}`);
    return r;
  };
  const t0 = cpuMs();
  const { extractFields } = await import(pathToFileURL(join(dist, 'extract/fields/index.js')).href);
  const loadMs = cpuMs() - t0;
  const results = [];
  const run = (from, to, keep) => {
    const t = cpuMs();
    for (let i = from; i < to; i++) {
      const r = extractFields(docs[i].pages, { templates: [], templateId: null });
      if (keep) results.push(JSON.stringify({ name: docs[i].name, r }));
    }
    return (cpuMs() - t) / Math.max(1, to - from);
  };
  const cold = Math.min(coldN, docs.length);
  const first = await profiled('cold', () => run(0, cold, true));
  const rest = run(cold, docs.length, true);
  const steady = [];
  for (let p = 0; p < passes; p++) steady.push(p === passes - 1 ? await profiled('steady', () => run(0, docs.length, false)) : run(0, docs.length, false));
  const f = (x) => x.toFixed(2);
  log(`${docs.length} documents, ${dist}: load ${f(loadMs)} ms; first pass: documents 1-${cold} ${f(first)} ms each, ${cold + 1}-${docs.length} ${f(rest)}; steady passes ${steady.map(f).join(', ')} ms/doc`);
  if (resultsFile) writeFileSync(resultsFile, results.join('\n') + '\n');
  process.stdout.write(JSON.stringify({ documents: docs.length, loadMs, coldMs: first, restMs: rest, steadyMs: steady }) + '\n');
}

if (command === 'prepare') await prepare();
else if (command === 'time') await time();
else {
  log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 17).map((l) => l.replace(/^ \* ?/, '')).join('\n'));
  process.exit(command ? 1 : 0);
}
