/**
 * `--reading-cache DIR`: the `auto` extractor's reader with its readings kept in a folder
 * (reading-cache.ts), so a document read once (OCR above all, 10+ CPU s a scan here) is never read
 * again by a later run with other extraction settings (templates, a fixed rule), nor by another
 * process sharing the folder. Its fields are always extracted anew.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { READER_DEFAULTS, loadInput, type Reader, type ReaderOptions } from './read/index.js';
import { readerCodeDigest, readingKey, ReadingStore } from './reading-cache.js';

/** Reader options that do not change what is read (how many workers, time limits, recycling). */
const NOT_READING: Array<keyof ReaderOptions> = ['ocrWorkers', 'pageTimeoutMs', 'recycleAfterPages', 'workerMemoryCeilingMb'];

/** The installed version of `pkg` (its models and engine change readings), or `-` when absent. */
function versionOf(pkg: string): string {
  try {
    return (createRequire(import.meta.url)(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    return '-';
  }
}

/**
 * The settings part of a reading's key: every reader option that changes a reading (sorted by
 * name) and the versions of the OCR engine and language data. No path: a checkout elsewhere
 * (CI's fresh clone) makes the same keys.
 */
export function readingSettings(options: Partial<ReaderOptions>): string {
  const all: Record<string, unknown> = { ...READER_DEFAULTS, ...options };
  for (const k of NOT_READING) delete all[k];
  const langs = String(all.lang).split('+');
  const packages = ['tesseract.js', 'tesseract.js-core', ...langs.map((l) => `@tesseract.js-data/${l}`)].map((p) => `${p}@${versionOf(p)}`);
  return JSON.stringify({ ...Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]])), packages });
}

/** Digest of all the compiled reader code (PDF and TIFF threads, OCR, image preparation). */
export const readingCode = (): string => readerCodeDigest(['read', 'ocr', 'image']);

/** `reader`, with every reading looked up in, or else stored to, the folder `dir`. */
export function cachingReader(reader: Reader, dir: string, options: Partial<ReaderOptions>): Reader & { store: ReadingStore } {
  const store = new ReadingStore(dir);
  const settings = readingSettings(options);
  const code = readingCode();
  return {
    ...reader,
    store,
    async read(input, ro = {}) {
      // The thread-side fields (ReadOptions.fields) are not part of a reading: the pages are kept
      // whole (with their word boxes), and the caller extracts the fields (Reader.fields).
      const { signal, fields: _fields, ...look } = ro;
      // loadInput has checked the bytes against the job's fingerprint when it has one: no second hash.
      const data = await loadInput(input);
      const sha = input.fingerprint ?? createHash('sha256').update(data).digest('hex');
      const key = readingKey(sha, settings, code, look);
      const hit = store.get(key);
      if (hit && hit.documentKind !== undefined && hit.pageCount !== undefined) {
        return { documentKind: hit.documentKind, pageCount: hit.pageCount, pages: hit.pages, ...(hit.embeddedFiles ? { embeddedFiles: hit.embeddedFiles } : {}), ...(hit.warnings ? { warnings: hit.warnings } : {}) };
      }
      const r = await reader.read(input, { ...look, ...(signal ? { signal } : {}) });
      store.put(key, { sha, look, kind: input.kind, documentKind: r.documentKind, pageCount: r.pageCount, pages: r.pages, ...(r.embeddedFiles ? { embeddedFiles: r.embeddedFiles } : {}), ...(r.warnings ? { warnings: r.warnings } : {}) });
      return r;
    },
  };
}
