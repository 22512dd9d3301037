/**
 * The public evaluation corpus (invoice2data's labelled set and templates, e-invoice pages, staged
 * receipts): `DOCPARSE_EVAL_DIR`, else `../shared/eval` beside the checkout. A fresh clone has
 * neither, so every test that needs it asks `evalCorpus` and reports itself skipped with the reason.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The corpus folder the tests look in. */
export const EVAL_DIR = process.env.DOCPARSE_EVAL_DIR ? resolve(process.env.DOCPARSE_EVAL_DIR) : resolve(ROOT, '../shared/eval');

export type Corpus = { dir: string; skipReason: null } | { dir: null; skipReason: string };

/** `sub` inside the corpus (e.g. `invoice2data/templates`), or why it is not there. */
export function evalCorpus(sub: string): Corpus {
  const dir = join(EVAL_DIR, sub);
  if (existsSync(dir)) return { dir, skipReason: null };
  const reason = `${dir} not found (the public evaluation corpus: set DOCPARSE_EVAL_DIR to its folder; see README "Measuring extraction")`;
  console.warn(`skipped: ${reason}`);
  return { dir: null, skipReason: reason };
}
