/**
 * Pruning the native engine's model cache (`~/.cache/docparse/tessdata`, ocr/native.ts writes it):
 * one folder per set of model files, named by their paths, sizes and times, so a docparse or
 * language-package upgrade leaves the folders of the old model files behind (15 MB a language
 * for the best model), never read again. Each run of the native engine, when it closes, marks
 * the folder of its model files as used (its mtime set to now) and removes the sibling folders
 * nobody marked for a day: a folder another process reads (other languages, another model) was
 * marked by it within the day, or was written within the day.
 *
 * This lives outside ocr/ because the eval cache key digests every file there (src/eval/cache.ts);
 * the folder name is computed as ocr/native.ts computes it, and a test holds the two together.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, rm, stat, utimes } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { resolveLanguages, type LangData, type OcrModel } from './ocr/lang.js';

/** A folder or temp file nobody marked for this long is stale. */
export const TESSDATA_STALE_MS = 24 * 3600 * 1000;

/** The folders the native engine writes its models under: the per-user cache, or its fallback in the temp directory. */
export function tessdataRoots(): string[] {
  return [join(homedir(), '.cache', 'docparse', 'tessdata'), join(tmpdir(), `docparse-tessdata-${process.getuid?.() ?? 'user'}`)];
}

/** The name of the folder ocr/native.ts's nativeTessdataDir writes these model files to. */
export function tessdataKey(langs: LangData[]): string {
  const id = createHash('sha256');
  for (const l of langs) {
    const s = statSync(l.file);
    id.update(`${l.name}\0${l.file}\0${s.size}\0${s.mtimeMs}\0`);
  }
  return id.digest('hex').slice(0, 16);
}

/** A cache folder's name: 16 hex digits (anything else under the root is not ours and is left alone). */
const KEY = /^[0-9a-f]{16}$/;

/**
 * Under `root`: marks the folder `key` as used (when it is there) and removes its stale
 * `*.tmp` files (a gunzip killed half-way), and removes every other cache folder whose mtime is
 * older than `staleMs`. Returns the paths removed. Errors (a folder removed meanwhile by another
 * process, no permission) leave that folder alone.
 */
export async function pruneTessdataRoot(root: string, key: string | null, now = Date.now(), staleMs = TESSDATA_STALE_MS): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return removed; // no cache here
  }
  const old = (mtimeMs: number) => mtimeMs < now - staleMs;
  for (const name of names) {
    const path = join(root, name);
    try {
      if (name === key) {
        await utimes(path, now / 1000, now / 1000);
        for (const f of await readdir(path)) {
          if (f.endsWith('.tmp') && old((await stat(join(path, f))).mtimeMs)) {
            await rm(join(path, f), { force: true });
            removed.push(join(path, f));
          }
        }
        continue;
      }
      if (!KEY.test(name)) continue;
      const st = await stat(path);
      if (!st.isDirectory() || !old(st.mtimeMs)) continue;
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // gone meanwhile, or not ours to remove: left as it is
    }
  }
  return removed;
}

/** The cache folder name of these languages' model files; null when their data is missing (the run says so). */
function keyOf(lang: string, model: OcrModel): string | null {
  try {
    return tessdataKey(resolveLanguages(lang, model));
  } catch {
    return null;
  }
}

/**
 * Marks the folder of these model files as used now, where it is there (never makes it: the OCR
 * pool does). A long run calls it as it reads documents (autoExtractor: at most hourly), so a
 * worker that runs for days keeps its folder while it works.
 */
export async function markNativeTessdata(lang: string, model: OcrModel = 'best', now = Date.now()): Promise<void> {
  const key = keyOf(lang, model);
  if (key === null) return;
  for (const root of tessdataRoots()) await utimes(join(root, key), now / 1000, now / 1000).catch(() => undefined);
}

/** What a native-engine run does when it closes: marks its model files' folder and prunes the rest (pruneTessdataRoot), in every cache root. */
export async function pruneNativeTessdata(lang: string, model: OcrModel = 'best', now = Date.now()): Promise<string[]> {
  const key = keyOf(lang, model);
  const removed: string[] = [];
  for (const root of tessdataRoots()) if (existsSync(root)) removed.push(...(await pruneTessdataRoot(root, key, now)));
  return removed;
}
