/**
 * `npm run eval -- DIR [--templates TDIR] [--text-dir TXT] [--json]`
 * Scores extraction on a labelled folder: each input (PDF, PNG/JPEG/TIFF, or .txt) beside its NAME.json.
 * `--text-dir` uses pre-extracted text (NAME.txt for PDFs, NAME.png.txt for images) instead of the readers.
 *
 * `npm run eval -- --einvoice DIR [--templates TDIR] [--json]`
 * Hybrid e-invoices label themselves: every PDF in DIR that carries e-invoice XML is scored with its
 * XML as the truth and its page, read as `--einvoice ignore` would, as the answer.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { extractFields, toInvoice2dataJson } from '../extract/fields/index.js';
import type { EmbeddedFiles } from '../extract/einvoice/attachments.js';
import { loadTemplates } from '../extract/templates/index.js';
import type { Template } from '../extract/templates/types.js';
import type { PageText } from '../extract/types.js';
import type { FileKind } from '../types.js';
import { renderTable, scoreDoc, summarize, type DocScore } from './score.js';

interface Args {
  dir: string;
  templates: string | null;
  textDir: string | null;
  json: boolean;
  einvoice: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { dir: '', templates: null, textDir: null, json: false, einvoice: false };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--templates') a.templates = argv[++i];
    else if (v === '--text-dir') a.textDir = argv[++i];
    else if (v === '--json') a.json = true;
    else if (v === '--einvoice') a.einvoice = true;
    else if (v === '-h' || v === '--help') {
      process.stdout.write('usage: eval DIR [--templates TDIR] [--text-dir TXTDIR] [--json]\n       eval --einvoice DIR [--templates TDIR] [--json]   (hybrid e-invoices: the XML is the truth for the page)\n');
      process.exit(0);
    } else if (!a.dir) a.dir = v;
    else throw new Error(`unexpected argument ${v}`);
  }
  if (!a.dir) throw new Error('usage: eval DIR [--templates TDIR] [--text-dir TXTDIR] [--json]');
  return a;
}

const KINDS: Record<string, FileKind> = { '.pdf': 'pdf', '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.tif': 'tiff', '.tiff': 'tiff' };

interface Reader {
  read(input: { path: string; kind: FileKind; size: number }, opts?: { embeddedFiles?: boolean }): Promise<{ pages: PageText[]; embeddedFiles?: EmbeddedFiles }>;
  close(): Promise<void>;
}

/** The fields an e-invoice's XML gives as truth for its page (invoice2data names). */
const EINVOICE_TRUTH = ['invoice_number', 'date', 'date_due', 'amount', 'amount_untaxed', 'amount_tax', 'currency', 'issuer', 'partner_name', 'vat'];

/** `--einvoice`: each hybrid PDF's page scored against its own XML. */
async function einvoiceDocs(dir: string, templates: Template[], reader: Reader): Promise<{ docs: DocScore[]; skipped: string[] }> {
  const { invoiceFromEmbedded } = await import('../extract/einvoice/index.js');
  const docs: DocScore[] = [];
  const skipped: string[] = [];
  for (const input of readdirSync(dir).filter((n) => extname(n).toLowerCase() === '.pdf').sort()) {
    const path = join(dir, input);
    try {
      const read = await reader.read({ path, kind: 'pdf', size: statSync(path).size }, { embeddedFiles: true });
      const xml = invoiceFromEmbedded(read.embeddedFiles).fields;
      if (!xml) {
        skipped.push(input);
        continue;
      }
      const all = toInvoice2dataJson(xml);
      const truth = Object.fromEntries(EINVOICE_TRUTH.filter((k) => all[k] !== undefined && all[k] !== null).map((k) => [k, all[k]]));
      const page = extractFields(read.pages, { templates });
      docs.push(scoreDoc(basename(input, '.pdf'), input, truth, toInvoice2dataJson(page), page.templateId));
    } catch (e) {
      skipped.push(`${input} (${(e as Error).message})`);
    }
  }
  return { docs, skipped };
}

async function openReader(): Promise<Reader> {
  const mod = (await import('../extract/read/index.js' as string)) as { createReader: (o: Record<string, unknown>) => Reader };
  return mod.createReader({ lang: 'eng', ocrWorkers: 2, pageTimeoutMs: 120000, maxPixels: 100e6, recycleAfterPages: 200, workerMemoryCeilingMb: 1500, renderDpi: 300 });
}

const textPages = (text: string): PageText[] =>
  text
    .split('\f')
    .filter((t, i, all) => i < all.length - 1 || t.trim() !== '' || all.length === 1)
    .map((t, i) => ({ page: i + 1, text: t, source: 'text' as const, ocrConfidence: null }));

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const dir = resolve(args.dir);
  let templates: Template[] = [];
  if (args.templates) {
    const loaded = loadTemplates(resolve(args.templates));
    templates = loaded.templates;
    if (!args.json) {
      process.stderr.write(`templates: ${loaded.templates.length} loaded, ${loaded.failures.length} failed\n`);
      for (const f of loaded.failures) process.stderr.write(`  ${f.file}: ${f.reason}\n`);
    }
  }
  if (args.einvoice) {
    const reader = await openReader();
    try {
      const { docs, skipped } = await einvoiceDocs(dir, templates, reader);
      const summary = summarize(docs);
      if (args.json) process.stdout.write(JSON.stringify({ summary, documents: docs, skipped }, null, 2) + '\n');
      else process.stdout.write(`${renderTable(docs, summary)}\n${skipped.length ? `not scored (no e-invoice XML): ${skipped.join(', ')}\n` : ''}`);
    } finally {
      await reader.close();
    }
    return 0;
  }
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort();
  let reader: Reader | null = null;
  const docs: DocScore[] = [];
  try {
    for (const name of names) {
      const expectedList = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>[];
      const expected = Array.isArray(expectedList) ? expectedList[0] : expectedList;
      const inputs = readdirSync(dir).filter((n) => n.slice(0, n.length - extname(n).length) === name && (extname(n).toLowerCase() in KINDS || extname(n) === '.txt'));
      for (const input of inputs.sort()) {
        const ext = extname(input).toLowerCase();
        const path = join(dir, input);
        let pages: PageText[];
        try {
          if (ext === '.txt') pages = textPages(readFileSync(path, 'utf8'));
          else if (args.textDir) {
            const txt = join(resolve(args.textDir), ext === '.pdf' ? `${name}.txt` : `${basename(input)}.txt`);
            if (!existsSync(txt)) throw new Error(`no pre-extracted text ${txt}`);
            pages = textPages(readFileSync(txt, 'utf8'));
          } else {
            reader ??= await openReader();
            pages = (await reader.read({ path, kind: KINDS[ext], size: statSync(path).size })).pages;
          }
          const result = extractFields(pages, { templates });
          docs.push(scoreDoc(name, input, expected, toInvoice2dataJson(result), result.templateId));
        } catch (e) {
          const d = scoreDoc(name, input, expected, {}, null);
          d.error = (e as Error).message;
          docs.push(d);
        }
      }
    }
  } finally {
    await reader?.close();
  }
  const summary = summarize(docs);
  if (args.json) process.stdout.write(JSON.stringify({ summary, documents: docs }, null, 2) + '\n');
  else process.stdout.write(renderTable(docs, summary) + '\n');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
