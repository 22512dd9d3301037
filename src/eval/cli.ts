/**
 * `npm run eval [-- options]`: scores extraction on every labelled corpus present (see corpora.ts):
 * invoice2data's compare set (generic, and with its templates), the e-invoice pages (each page
 * against its own embedded XML), the staged receipts and fixtures/eval; one table per corpus and
 * field, development and validation parts side by side, and a reliability table.
 *
 *   --corpus ID[,ID]   only these corpora (invoice2data, invoice2data-templates, einvoice-pages, receipts, fixtures)
 *   --cache DIR        remember what the reader read (env DOCPARSE_EVAL_CACHE); OCR'd scans are then read once
 *   --misses           list every field that is not exactly right
 *   --part P           with --misses, list only part P's misses (dev): a held-out validation part stays unread
 *   --ocr-model M      read scans with OCR model best (default), fast or cascade (ReaderOptions.ocrModel)
 *   --ocr-engine E     read scans with wasm (default, tesseract.js) or native (the tesseract program; ReaderOptions.ocrEngine)
 *   --json             machine-readable output
 *   DIR [--templates TDIR] / --einvoice DIR   an ad-hoc labelled folder / folder of hybrid e-invoices
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileKind } from '../types.js';
import { lookReadOptions, withSecondLook, type Look } from '../extract/second-look.js';
import { OCR_MODELS } from '../extract/ocr/lang.js';
import { OCR_ENGINES, type OcrEngine } from '../extract/ocr/models.js';
import { extractFields, toInvoice2dataJson } from '../extract/fields/index.js';
import { loadTemplates } from '../extract/templates/index.js';
import type { Template } from '../extract/templates/types.js';
import { cachedReader, openRealReader, type EvalOcrModel, type EvalReader } from './cache.js';
import { einvoiceDocs, findCorpora, labelledDocs, rootsFromEnv, type Corpus } from './corpora.js';
import { readEvalDoc } from './read.js';
import { renderCorpus, renderOverview, type CorpusReport } from './report.js';
import { reliability, scoreDoc, summarize, type DocScore } from './score.js';

interface Args {
  dir: string | null;
  einvoice: boolean;
  templates: string | null;
  corpora: string[] | null;
  cache: string | null;
  misses: boolean;
  /** Misses of this part only (`--part dev`); null lists every part's. */
  missesPart: string | null;
  json: boolean;
  ocrWorkers: number;
  ocrModel: EvalOcrModel;
  ocrEngine: OcrEngine;
}

const USAGE = 'usage: eval [--corpus ID[,ID]] [--cache DIR] [--misses [--part dev|val]] [--ocr-model best|fast|cascade] [--ocr-engine wasm|native] [--json]\n       eval DIR [--templates TDIR]   |   eval --einvoice DIR\n';

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  const a: Args = { dir: null, einvoice: false, templates: null, corpora: null, cache: env.DOCPARSE_EVAL_CACHE ?? null, misses: false, missesPart: null, json: false, ocrWorkers: 2, ocrModel: 'best', ocrEngine: 'wasm' };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--templates') a.templates = argv[++i];
    else if (v === '--corpus') a.corpora = argv[++i].split(',');
    else if (v === '--cache') a.cache = argv[++i];
    else if (v === '--ocr-workers') a.ocrWorkers = Number(argv[++i]);
    else if (v === '--ocr-model') a.ocrModel = ocrModelArg(argv[++i]);
    else if (v === '--ocr-engine') {
      a.ocrEngine = argv[++i] as OcrEngine;
      if (!OCR_ENGINES.includes(a.ocrEngine)) throw new Error(`--ocr-engine must be wasm or native, not ${a.ocrEngine ?? 'nothing'}\n${USAGE}`);
    } else if (v === '--json') a.json = true;
    else if (v === '--misses') a.misses = true;
    else if (v === '--part') a.missesPart = argv[++i];
    else if (v === '--einvoice') a.einvoice = true;
    else if (v === '-h' || v === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (!v.startsWith('-') && !a.dir) a.dir = v;
    else throw new Error(`unexpected argument ${v}\n${USAGE}`);
  }
  return a;
}

function ocrModelArg(v: string | undefined): EvalOcrModel {
  if ((OCR_MODELS as readonly string[]).includes(v ?? '')) return v as EvalOcrModel;
  throw new Error(`--ocr-model must be best, fast or cascade, not ${v ?? 'nothing'}\n${USAGE}`);
}

function loadTemplateDir(dir: string, quiet: boolean): Template[] {
  const loaded = loadTemplates(resolve(dir));
  if (!quiet) {
    process.stderr.write(`templates: ${loaded.templates.length} loaded, ${loaded.failures.length} failed\n`);
    for (const f of loaded.failures) process.stderr.write(`  ${f.file}: ${f.reason}\n`);
  }
  return loaded.templates;
}

/** Scores every document of a corpus; documents are split into parts (dev/val, or one `all`). */
async function scoreCorpus(c: Corpus, reader: EvalReader, templates: Template[], parts: boolean, onProgress?: (done: number) => void): Promise<CorpusReport> {
  const byPart = new Map<string, DocScore[]>();
  const skipped: string[] = [];
  let done = 0;
  for (const doc of c.docs) {
    const part = parts ? doc.split : 'all';
    let score: DocScore;
    try {
      const read = await readEvalDoc(doc, reader);
      if (!read) {
        skipped.push(`${doc.input} (no e-invoice XML)`);
        continue;
      }
      // as readDocument: a second look at a doubtful receipt; a reading that fails leaves the first
      const readAgain = (look: Look) =>
        reader.read({ path: doc.path, kind: doc.kind as FileKind, size: statSync(doc.path).size }, lookReadOptions(look)).catch(() => null);
      const first = extractFields(read.pages, { templates });
      const result = await withSecondLook(doc.kind === 'txt' ? null : doc.kind, read.pages, first, readAgain, (pages) => extractFields(pages, { templates }));
      score = scoreDoc(doc.name, doc.input, read.truth, toInvoice2dataJson(result), result, read.typeCode ?? null);
    } catch (e) {
      if (doc.truth === null) {
        skipped.push(`${doc.input} (${(e as Error).message})`);
        continue;
      }
      score = scoreDoc(doc.name, doc.input, doc.truth, {}, null);
      score.error = (e as Error).message;
    }
    if (!byPart.has(part)) byPart.set(part, []);
    byPart.get(part)!.push(score);
    onProgress?.(++done);
  }
  const order = parts ? ['dev', 'val'] : ['all'];
  return {
    id: c.id,
    title: c.title,
    core: c.core,
    skipped,
    parts: order.map((part) => {
      const docs = byPart.get(part) ?? [];
      return { part, docs, summary: summarize(docs, c.core), reliability: reliability(docs, c.core), nameReliability: reliability(docs, c.core, true) };
    }),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), process.env);
  let corpora: Corpus[];
  let parts = true;
  if (args.dir) {
    const dir = resolve(args.dir);
    const docs = args.einvoice ? einvoiceDocs('dir', dir) : labelledDocs('dir', dir);
    corpora = [{ id: 'dir', title: dir, docs, templates: args.templates, mode: args.einvoice ? 'einvoice' : 'labelled', core: ['invoice_number', 'date', 'amount', 'currency'], fit: false }];
    parts = false;
  } else {
    corpora = findCorpora(rootsFromEnv(process.env, process.cwd()));
    if (args.corpora) corpora = corpora.filter((c) => args.corpora!.includes(c.id));
    if (corpora.length === 0) throw new Error('no corpus found (set DOCPARSE_EVAL_DIR / DOCPARSE_RECEIPTS_DIR, or pass a folder)');
  }
  const open = () => openRealReader(args.ocrWorkers, args.ocrModel, args.ocrEngine);
  let real: Promise<EvalReader> | null = null;
  const reader: EvalReader & { hits?: number; misses?: number } = args.cache
    ? cachedReader(resolve(args.cache), open, args.ocrModel, args.ocrEngine)
    : { read: async (i, o) => (await (real ??= open())).read(i, o), close: async () => void (real && (await (await real).close())) };
  const reports: CorpusReport[] = [];
  try {
    for (const c of corpora) {
      const templates = c.templates ? loadTemplateDir(c.templates, args.json) : [];
      const t0 = Date.now();
      const progress = args.json || !process.stderr.isTTY ? undefined : (n: number) => process.stderr.write(`\r${c.id}: ${n}/${c.docs.length}`);
      reports.push(await scoreCorpus(c, reader, templates, parts, progress));
      if (!args.json) process.stderr.write(`${progress ? '\r' : ''}${c.id}: ${c.docs.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await reader.close();
  }
  if (args.cache && !args.json) process.stderr.write(`cache: ${reader.hits} hits, ${reader.misses} read\n`);
  if (args.json) {
    process.stdout.write(JSON.stringify(reports.map((r) => ({ ...r, parts: r.parts.map((p) => ({ part: p.part, summary: p.summary, reliability: p.reliability, nameReliability: p.nameReliability, documents: p.docs })) })), null, 2) + '\n');
  } else {
    process.stdout.write(reports.map((r) => renderCorpus(r, args.misses || !!args.dir, args.missesPart)).join('\n\n') + '\n\n');
    if (reports.length > 1 || parts) process.stdout.write(renderOverview(reports) + '\n');
  }
  return 0;
}

main().then(
  // Let stdout drain first: a --json report into a pipe is larger than the pipe's buffer.
  (code) => process.stdout.write('', () => process.exit(code)),
  (e: unknown) => {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
