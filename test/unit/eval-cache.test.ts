/**
 * The eval's reader cache (src/eval/cache.ts) keeps each later reading of an image apart (ink
 * thickened, contrast stretched, another page segmentation), and a first reading keeps its key.
 * The reader behind it is a real one that says in its text how it was asked to read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedReader, codeDigest, type EvalReader, type EvalReadOptions } from '../../src/eval/cache.js';

const dir = mkdtempSync(join(tmpdir(), 'docparse-eval-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads nothing from the file: its one page's text is the options it was given. */
function sayingReader(): EvalReader & { reads: number } {
  return {
    reads: 0,
    read(_input, opts: EvalReadOptions = {}) {
      this.reads++;
      return Promise.resolve({ pages: [{ page: 1, text: JSON.stringify(opts), source: 'ocr' as const, ocrConfidence: 0.5 }] });
    },
    close: () => Promise.resolve(),
  };
}

describe('cachedReader: one entry per way of reading an image', () => {
  const image = join(dir, 'receipt.png');
  writeFileSync(image, 'not really a png: the reader below never opens it');
  const input = { path: image, kind: 'png' as const, size: 52 };
  const looks: EvalReadOptions[] = [{}, { ocrThickenInk: 1 }, { ocrThickenInk: 1, ocrStretchContrast: true }, { ocrThickenInk: 1, ocrPageSegMode: 4 }];

  it('reads each look once, then serves each its own reading', async () => {
    const inner = sayingReader();
    const cache = join(dir, 'cache');
    const first = cachedReader(cache, () => Promise.resolve(inner));
    for (const o of looks) expect((await first.read(input, o)).pages[0].text).toBe(JSON.stringify(o));
    expect([first.misses, inner.reads, readdirSync(cache).length]).toEqual([4, 4, 4]);

    const again = cachedReader(cache, () => Promise.reject(new Error('everything is in the cache')));
    for (const o of [...looks].reverse()) expect((await again.read(input, o)).pages[0].text).toBe(JSON.stringify(o));
    expect([again.hits, again.misses]).toEqual([4, 0]);
  });

  it('a reading without a page segmentation keeps the key it had before there was one', async () => {
    const cache = join(dir, 'cache2');
    const a = cachedReader(cache, () => Promise.resolve(sayingReader()));
    await a.read(input, { ocrThickenInk: 1 });
    const b = cachedReader(cache, () => Promise.reject(new Error('same key expected')));
    await b.read(input, { ocrThickenInk: 1, ocrPageSegMode: undefined });
    expect(b.hits).toBe(1);
  });
});

describe('codeDigest: the reader code a cache key names', () => {
  it('changes when a file of a subfolder changes (read/layout/ lays out every PDF); a flat folder digests as before', () => {
    const code = join(dir, 'code');
    mkdirSync(join(code, 'layout'), { recursive: true });
    writeFileSync(join(code, 'b.js'), 'b');
    writeFileSync(join(code, 'a.js'), 'a');
    writeFileSync(join(code, 'a.d.ts'), 'types do not count');
    // The digest before subfolders counted: each top-level .js file's name and bytes, by name.
    const flat = createHash('sha256').update('a.js').update('a').update('b.js').update('b').digest('hex').slice(0, 16);
    expect(codeDigest([code])).toBe(flat);
    writeFileSync(join(code, 'layout', 'words.js'), 'one layout');
    const one = codeDigest([code]);
    expect(one).not.toBe(flat);
    writeFileSync(join(code, 'layout', 'words.js'), 'another layout');
    expect(codeDigest([code])).not.toBe(one);
    expect(codeDigest([join(dir, 'no such folder')])).toBe(createHash('sha256').digest('hex').slice(0, 16));
  });
});
