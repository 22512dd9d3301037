/**
 * The labelled corpora `npm run eval` scores and `npm run fit` learns from, found under one folder
 * (DOCPARSE_EVAL_DIR, default ../shared/eval) plus the staged receipts (DOCPARSE_RECEIPTS_DIR,
 * default ../eval-data/sroie) and the repository's own fixtures/eval. A corpus whose folder is
 * missing is left out (a fresh clone has none of the public ones).
 *
 * Every document is in the development part or the validation part, decided by a hash of its
 * corpus and base name (never by its content or results), so the split is fixed, documented and
 * the same on every machine; a scan and the PDF it was made from share a base name and a part.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { FileKind } from '../types.js';

export type Split = 'dev' | 'val';

export interface EvalDoc {
  corpus: string;
  /** Base name (shared by a PDF and its scan). */
  name: string;
  /** The input file's name. */
  input: string;
  path: string;
  kind: FileKind | 'txt';
  /** Expected fields in invoice2data's names; null for e-invoices (their truth is their own XML). */
  truth: Record<string, unknown> | null;
  split: Split;
}

export interface Corpus {
  id: string;
  title: string;
  docs: EvalDoc[];
  /** Templates folder to load (template-parity runs). */
  templates: string | null;
  /** `einvoice`: the truth is read from each PDF's embedded XML. */
  mode: 'labelled' | 'einvoice';
  /** The fields this corpus scores as core fields. */
  core: string[];
  /** Used by `npm run fit` (not template runs). */
  fit: boolean;
}

/** Share of each corpus kept aside for validation. */
export const VALIDATION_SHARE = 0.3;

/** dev or val for a document: the first 4 bytes of SHA-256("corpus/name") as a fraction < VALIDATION_SHARE. */
export function splitOf(corpus: string, name: string): Split {
  const h = createHash('sha256').update(`${corpus}/${name}`).digest().readUInt32BE(0) / 2 ** 32;
  return h < VALIDATION_SHARE ? 'val' : 'dev';
}

export const KINDS: Record<string, FileKind> = { '.pdf': 'pdf', '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.tif': 'tiff', '.tiff': 'tiff' };

const CORE = ['invoice_number', 'date', 'amount', 'currency'];

/** Documents beside their NAME.json (a PNG or JPEG is scored against the same NAME.json as its PDF). */
export function labelledDocs(corpus: string, dir: string, rename: Record<string, string> = {}): EvalDoc[] {
  const files = readdirSync(dir);
  const docs: EvalDoc[] = [];
  for (const json of files.filter((n) => n.endsWith('.json')).sort()) {
    const name = json.slice(0, -5);
    const raw = JSON.parse(readFileSync(join(dir, json), 'utf8')) as unknown;
    const expected = { ...((Array.isArray(raw) ? raw[0] : raw) as Record<string, unknown>) };
    for (const [from, to] of Object.entries(rename)) {
      if (from in expected) {
        expected[to] = expected[from];
        delete expected[from];
      }
    }
    const inputs = files.filter((n) => n.slice(0, n.length - extname(n).length) === name && (extname(n).toLowerCase() in KINDS || extname(n) === '.txt')).sort();
    for (const input of inputs) {
      const ext = extname(input).toLowerCase();
      docs.push({ corpus, name, input, path: join(dir, input), kind: ext === '.txt' ? 'txt' : KINDS[ext], truth: expected, split: splitOf(corpus, name) });
    }
  }
  return docs;
}

/** Every PDF of a folder of hybrid e-invoices (their XML is the truth). */
export function einvoiceDocs(corpus: string, dir: string): EvalDoc[] {
  return readdirSync(dir)
    .filter((n) => extname(n).toLowerCase() === '.pdf')
    .sort()
    .map((input) => ({ corpus, name: basename(input, extname(input)), input, path: join(dir, input), kind: 'pdf' as const, truth: null, split: splitOf(corpus, basename(input, extname(input))) }));
}

export interface CorpusRoots {
  /** Folder holding invoice2data/ and einvoice-pages/. */
  evalDir: string;
  /** Folder of staged receipts (sroie_NNN.jpg + .json). */
  receiptsDir: string;
  /** The repository (for fixtures/eval). */
  repoDir: string;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** The corpora present under the given roots, in report order. */
export function findCorpora(roots: CorpusRoots): Corpus[] {
  const out: Corpus[] = [];
  const i2d = join(roots.evalDir, 'invoice2data');
  if (isDir(join(i2d, 'compare'))) {
    const docs = labelledDocs('invoice2data', join(i2d, 'compare'));
    out.push({ id: 'invoice2data', title: 'invoice2data compare, generic (no templates)', docs, templates: null, mode: 'labelled', core: CORE, fit: true });
    if (isDir(join(i2d, 'templates'))) {
      out.push({ id: 'invoice2data-templates', title: "invoice2data compare, with invoice2data's templates", docs, templates: join(i2d, 'templates'), mode: 'labelled', core: CORE, fit: false });
    }
  }
  const ep = join(roots.evalDir, 'einvoice-pages');
  if (isDir(ep)) out.push({ id: 'einvoice-pages', title: 'e-invoice pages (page only, scored against the embedded XML)', docs: einvoiceDocs('einvoice-pages', ep), templates: null, mode: 'einvoice', core: CORE, fit: true });
  if (isDir(roots.receiptsDir) && readdirSync(roots.receiptsDir).some((n) => n.endsWith('.json'))) {
    out.push({
      id: 'receipts',
      title: `scanned receipts (${basename(resolve(roots.receiptsDir))}, OCR)`,
      docs: labelledDocs('receipts', roots.receiptsDir, { company: 'issuer' }),
      templates: null,
      mode: 'labelled',
      core: ['date', 'amount'],
      fit: true,
    });
  }
  const fx = join(roots.repoDir, 'fixtures', 'eval');
  if (isDir(fx)) out.push({ id: 'fixtures', title: 'fixtures/eval (generated text PDFs, 6 languages)', docs: labelledDocs('fixtures', fx), templates: null, mode: 'labelled', core: CORE, fit: true });
  return out;
}

/** Roots from the environment (the eval and fit entry points call this; the core never reads env). */
export function rootsFromEnv(env: NodeJS.ProcessEnv, cwd: string): CorpusRoots {
  return {
    evalDir: resolve(cwd, env.DOCPARSE_EVAL_DIR ?? '../shared/eval'),
    receiptsDir: resolve(cwd, env.DOCPARSE_RECEIPTS_DIR ?? '../eval-data/sroie'),
    repoDir: cwd,
  };
}
