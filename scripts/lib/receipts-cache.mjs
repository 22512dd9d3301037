/**
 * The staged receipts read through the eval's reader cache (never OCRs), for the scripts that ask
 * why receipts come out wrong (receipt-misses.mjs, readings-disagree.mjs).
 */
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import { findCorpora, rootsFromEnv } from '../../dist/eval/corpora.js';
import { cachedReader } from '../../dist/eval/cache.js';
import { extractFields } from '../../dist/extract/fields/index.js';
import { withSecondLook, lookReadOptions } from '../../dist/extract/second-look.js';

/** `--name value` from the command line, or `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** The receipts corpus and a reader over the cache `--cache DIR` names. */
export function receiptsThroughCache() {
  const cache = arg('--cache', null);
  if (!cache) throw new Error('--cache DIR (the eval reader cache) is required');
  const corpus = findCorpora(rootsFromEnv(process.env, process.cwd())).find((c) => c.id === 'receipts');
  if (!corpus) throw new Error('no receipts corpus (set DOCPARSE_RECEIPTS_DIR)');
  const reader = cachedReader(resolve(cache), () => {
    throw new Error('not in the cache: run npm run eval with --cache first');
  });
  return { corpus, reader };
}

/** Extraction as the eval does it, without templates. */
export const extract = (pages) => extractFields(pages, { templates: [] });

/**
 * A receipt's fields as the eval finds them (src/eval/cli.ts: the looks at a doubtful receipt),
 * with every reading made (`readings`, the first first) and `readAgain` for more looks; `looks`
 * (default: this installation's LOOKS) which looks the flow makes.
 */
export async function asTheFlow(doc, read, reader, looks = undefined) {
  const size = statSync(doc.path).size;
  const readings = [read.pages];
  const readAgain = (look) => reader.read({ path: doc.path, kind: doc.kind, size }, lookReadOptions(look)).then((x) => (readings.push(x.pages), x), () => null);
  const result = await withSecondLook(doc.kind === 'txt' ? null : doc.kind, read.pages, extract(read.pages), readAgain, extract, looks);
  return { result, readings, readAgain };
}
