/**
 * The native engine's model cache pruning (src/extract/tessdata-cache.ts), on real folders.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { nativeTessdataDir } from '../../src/extract/ocr/native.js';
import { resolveLanguages } from '../../src/extract/ocr/lang.js';
import { pruneTessdataRoot, tessdataKey, TESSDATA_STALE_MS } from '../../src/extract/tessdata-cache.js';

const DAY = TESSDATA_STALE_MS;

describe('the tessdata cache', () => {
  it('names the folder as the native engine writes it (the two computations agree)', async () => {
    const root = tempDir('docparse-tessdata-key-');
    const langs = resolveLanguages('eng', 'fast');
    expect(await nativeTessdataDir(langs, root)).toBe(join(root, tessdataKey(langs)));
  });

  it('keeps and marks the folder in use however old, keeps recent ones and what is not ours, removes stale copies and stale temp files', async () => {
    const root = tempDir('docparse-tessdata-prune-');
    const now = Date.now();
    const make = (name: string, ageMs: number, files = ['eng.traineddata']) => {
      const dir = join(root, name);
      mkdirSync(dir);
      for (const f of files) {
        writeFileSync(join(dir, f), 'model');
        utimesSync(join(dir, f), new Date(now - ageMs), new Date(now - ageMs));
      }
      utimesSync(dir, new Date(now - ageMs), new Date(now - ageMs));
    };
    const current = 'aaaaaaaaaaaaaaaa';
    make(current, 30 * DAY, ['eng.traineddata', 'deu.traineddata.123.tmp', 'fra.traineddata.456.tmp']);
    utimesSync(join(root, current, 'fra.traineddata.456.tmp'), new Date(now), new Date(now)); // a copy being written now
    make('bbbbbbbbbbbbbbbb', 2 * DAY); // another model version, unused for two days
    make('cccccccccccccccc', DAY / 2); // another process's languages, used this morning
    make('backup', 30 * DAY); // not a cache folder's name: not ours
    const removed = await pruneTessdataRoot(root, current, now);
    expect(removed.sort()).toEqual([join(root, current, 'deu.traineddata.123.tmp'), join(root, 'bbbbbbbbbbbbbbbb')]);
    expect(readdirSync(root).sort()).toEqual(['aaaaaaaaaaaaaaaa', 'backup', 'cccccccccccccccc']);
    expect(readdirSync(join(root, current)).sort()).toEqual(['eng.traineddata', 'fra.traineddata.456.tmp']);
    expect(statSync(join(root, current)).mtimeMs).toBeGreaterThan(now - 1000);
    // Run again a day and a half later without the marked folder in use: now it goes too.
    expect(await pruneTessdataRoot(root, null, now + 1.5 * DAY)).toEqual(expect.arrayContaining([join(root, current), join(root, 'cccccccccccccccc')]));
    expect(readdirSync(root)).toEqual(['backup']);
  });

  it('does nothing where there is no cache', async () => {
    expect(await pruneTessdataRoot(join(tempDir('docparse-tessdata-none-'), 'missing'), null)).toEqual([]);
  });
});
