#!/usr/bin/env node
/**
 * How each evaluation corpus is typed (documentType: invoice / receipt / credit_note), per part,
 * from the eval's OCR cache: `node scripts/doctype-share.mjs --cache DIR` (after `npm run build`;
 * DOCPARSE_EVAL_DIR / DOCPARSE_RECEIPTS_DIR as for `npm run eval`). Receipts (SROIE) should come
 * out `receipt`; no other corpus may have a single `receipt`. Templates are not loaded: the
 * generic extractor decides the type.
 */
import { resolve } from 'node:path';
import { extractFields } from '../dist/extract/fields/index.js';
import { cachedReader, openRealReader } from '../dist/eval/cache.js';
import { findCorpora, rootsFromEnv } from '../dist/eval/corpora.js';
import { readEvalDoc } from '../dist/eval/read.js';

const i = process.argv.indexOf('--cache');
if (i < 0) throw new Error('usage: doctype-share.mjs --cache DIR [--list]');
const list = process.argv.includes('--list');
const reader = cachedReader(resolve(process.argv[i + 1]), () => openRealReader(1));
for (const c of findCorpora(rootsFromEnv(process.env, process.cwd()))) {
  const counts = {};
  for (const doc of c.docs) {
    const read = await readEvalDoc(doc, reader).catch(() => null);
    if (!read) continue;
    const t = extractFields(read.pages, { templates: [] }).documentType ?? 'null';
    const k = `${doc.split} ${t}`;
    counts[k] = (counts[k] ?? 0) + 1;
    if (list && ((c.id === 'receipts') !== (t === 'receipt'))) console.log(`  ${c.id} ${doc.split} ${doc.name}: ${t}`);
  }
  console.log(c.id.padEnd(24), Object.entries(counts).sort().map(([k, n]) => `${k}=${n}`).join('  '));
}
await reader.close();
