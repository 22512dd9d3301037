#!/usr/bin/env node
/**
 * Carries the eval reader cache over to a changed reader: every entry the old build's code would
 * look up (each corpus document, plain and as each second reading) is copied under the key the
 * current build looks up. For a change to the reader (src/extract/ocr, image, read) that leaves
 * the readings the old build made as they were (a new option, off by default), so only the new
 * readings are OCR'd. Check that first: read a few documents afresh with the new build and compare
 * (npm run eval -- --cache EMPTY on a folder). Never writes into the old cache.
 *
 *   node scripts/eval-cache-carry.mjs --from CACHE --old-dist DIR --to NEW_CACHE
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findCorpora, rootsFromEnv } from '../dist/eval/corpora.js';
import { EVAL_READER_SETTINGS, codeDigest, readerCodeDigest } from '../dist/eval/cache.js';

const arg = (k) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : null);
const from = arg('--from');
const oldDist = arg('--old-dist');
const to = arg('--to');
if (!from || !oldDist || !to) throw new Error('usage: --from CACHE --old-dist DIR --to NEW_CACHE');

/** readerCodeDigest of another build. */
const digestOf = (dist, subs) => codeDigest(subs.map((sub) => join(resolve(dist), 'extract', sub)));
const codes = (kind, old) => {
  const subs = kind === 'png' || kind === 'jpeg' ? ['ocr', 'image'] : ['read', 'ocr', 'image'];
  return old ? digestOf(oldDist, subs) : readerCodeDigest(subs);
};
const settings = JSON.stringify({ ...EVAL_READER_SETTINGS, ocrModel: 'best' });
const key = (sha, code, xml, extra) => createHash('sha256').update(`${sha}\0${settings}\0${code}\0${xml ? 'xml' : ''}${extra}`).digest('hex').slice(0, 32);

mkdirSync(to, { recursive: true });
let copied = 0;
let absent = 0;
for (const c of findCorpora(rootsFromEnv(process.env, process.cwd()))) {
  for (const doc of c.docs) {
    if (doc.kind === 'txt') continue;
    const sha = createHash('sha256').update(readFileSync(doc.path)).digest('hex');
    const xml = doc.truth === null;
    // the plain reading, the tesseract looks (thickened; contrast stretched, thickened; page
    // segmentation 4, thickened) and PaddleOCR's look
    for (const extra of ['', '\0thicken1', '\0thicken1\0stretch', '\0thicken1\0psm4', '\0paddle']) {
      const src = join(from, `${key(sha, codes(doc.kind, true), xml, extra)}.json`);
      if (!existsSync(src)) {
        absent += extra === '';
        continue;
      }
      copyFileSync(src, join(to, `${key(sha, codes(doc.kind, false), xml, extra)}.json`));
      copied++;
    }
  }
}
process.stdout.write(`${copied} entries carried over to ${to}; ${absent} documents had no plain reading in ${from}\n`);
