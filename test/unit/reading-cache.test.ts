/**
 * `--reading-cache` (src/extract/cached-reader.ts over src/extract/reading-cache.ts): a document is
 * read once per look and reader settings, then served from the folder; its thread-side fields are
 * not part of a reading; writes leave no temporary file; and the eval's keys are those it had before
 * the store was shared (the formula written out here, as src/eval/cache.ts had it).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachingReader, readingSettings } from '../../src/extract/cached-reader.js';
import { readingKey } from '../../src/extract/reading-cache.js';
import type { Reader, ReadOptions } from '../../src/extract/read/index.js';
import type { ExtractInput } from '../../src/extract/types.js';

const dir = mkdtempSync(join(tmpdir(), 'docparse-reading-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads nothing from the file: its one page's text is the options it was given (signal and fields left out). */
function sayingReader(): Reader & { reads: number } {
  const self = {
    reads: 0,
    read(_input: ExtractInput, { signal: _s, ...opts }: ReadOptions = {}) {
      self.reads++;
      return Promise.resolve({ documentKind: 'image' as const, pageCount: 1, pages: [{ page: 1, text: JSON.stringify(opts), source: 'ocr' as const, ocrConfidence: 0.5 }], warnings: ['a note'] });
    },
    embeddedFiles: () => Promise.reject(new Error('not asked')),
    renderPage: () => Promise.reject(new Error('not asked')),
    fields: () => Promise.reject(new Error('not asked')),
    close: () => Promise.resolve(),
    stats: () => ({}) as ReturnType<Reader['stats']>,
  };
  return self;
}

describe('cachingReader: each document read once per look and settings', () => {
  const image = join(dir, 'receipt.png');
  writeFileSync(image, 'not really a png: the reader below never opens it');
  const input = { path: image, kind: 'png' as const, size: 52 };

  it('serves a document read before from the folder, whole, and leaves no temporary file', async () => {
    const cache = join(dir, 'c1');
    const inner = sayingReader();
    const a = cachingReader(inner, cache, { lang: 'eng' });
    const first = await a.read(input, { ocrThickenInk: 1 });
    const plain = await a.read(input, {});
    expect([inner.reads, a.store.misses, a.store.hits]).toEqual([2, 2, 0]);

    const again = sayingReader();
    const b = cachingReader(again, cache, { lang: 'eng' });
    expect(await b.read(input, { ocrThickenInk: 1 })).toEqual(first);
    expect(await b.read(input, { signal: new AbortController().signal })).toEqual(plain);
    expect([again.reads, b.store.hits]).toEqual([0, 2]);
    expect(readdirSync(cache).every((f) => /^[0-9a-f]{32}\.json$/.test(f))).toBe(true);
  });

  it('the thread-side fields are no part of a reading: pages read whole, the fields left to the caller', async () => {
    const inner = sayingReader();
    const r = await cachingReader(inner, join(dir, 'c2'), {}).read(input, { fields: { templateId: null } });
    expect(r.pages[0].text).toBe('{}');
    expect(r).not.toHaveProperty('fields');
  });

  it('another reading setting (languages, model, dpi) is another reading; workers and time limits are not', async () => {
    const base = readingSettings({ lang: 'eng' });
    expect(readingSettings({ lang: 'eng+fra' })).not.toBe(base);
    expect(readingSettings({ lang: 'eng', ocrModel: 'fast' })).not.toBe(base);
    expect(readingSettings({ lang: 'eng', renderDpi: 200 })).not.toBe(base);
    expect(readingSettings({ lang: 'eng', ocrWorkers: 7, pageTimeoutMs: 5 })).toBe(base);
    const inner = sayingReader();
    const cache = join(dir, 'c3');
    await cachingReader(inner, cache, { lang: 'eng' }).read(input);
    await cachingReader(inner, cache, { lang: 'eng+fra' }).read(input);
    expect(inner.reads).toBe(2);
  });
});

describe('readingKey keeps the eval cache keys', () => {
  /** src/eval/cache.ts's key before the store was shared. */
  const before = (sha: string, settings: string, code: string, xml: boolean, o: { ocrThickenInk?: number; ocrStretchContrast?: boolean; ocrPageSegMode?: number; ocrEngine?: string }) => {
    const thick = (o.ocrThickenInk ? `\0thicken${o.ocrThickenInk}` : '') + (o.ocrStretchContrast ? '\0stretch' : '') + (o.ocrPageSegMode === undefined ? '' : `\0psm${o.ocrPageSegMode}`) + (o.ocrEngine ? `\0${o.ocrEngine}` : '');
    return createHash('sha256').update(`${sha}\0${settings}\0${code}\0${xml ? 'xml' : ''}${thick}`).digest('hex').slice(0, 32);
  };
  it.each([[{}], [{ embeddedFiles: true }], [{ ocrThickenInk: 1, ocrStretchContrast: true }], [{ ocrThickenInk: 1, ocrPageSegMode: 4 as const }], [{ ocrEngine: 'paddle' as const }]])('%j', (look) => {
    expect(readingKey('ab'.repeat(32), '{"lang":"eng"}', '0123456789abcdef', look)).toBe(before('ab'.repeat(32), '{"lang":"eng"}', '0123456789abcdef', !!(look as { embeddedFiles?: boolean }).embeddedFiles, look));
  });
});
