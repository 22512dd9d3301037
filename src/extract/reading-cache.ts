/**
 * A reading cache: what the reader read of a document (its pages, per look), kept on disk so the
 * same bytes are never OCR'd twice: the CLI's `--reading-cache DIR` (submit, worker, retry,
 * extract) and the eval's `--cache DIR` (../eval/cache.ts) share it.
 *
 * One JSON file per reading, named by a key over the file's SHA-256, every reader setting that
 * changes a reading (the caller's `settings` string), a digest of the compiled reader code
 * (readerCodeDigest) and the per-document read options (a second look is another reading). A
 * changed reader or setting makes new entries, never stale hits. Writes are atomic (a temporary
 * file of this process, then rename), so concurrent documents and two processes sharing a folder
 * see a whole entry or none; two that read the same bytes at once both write the same entry.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddedFiles } from './einvoice/attachments.js';
import type { ReadOptions } from './read/options.js';
import type { FileKind } from '../types.js';
import type { ReadResult } from './types.js';

/**
 * Digest of the `.js` files under `dirs` (absolute; another build's too, scripts/eval-cache-carry.mjs),
 * subfolders included (read/layout/ lays out every PDF's text): a folder's own files by name, then
 * each subfolder's by its path. A folder without subfolders digests as it did before they counted.
 * Names are relative to each folder, so a checkout in another path digests the same.
 */
export function codeDigest(dirs: string[]): string {
  const hash = createHash('sha256');
  const walk = (dir: string, prefix: string) => {
    const names = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const f of names.filter((n) => n.isFile() && n.name.endsWith('.js'))) {
      hash.update(prefix + f.name);
      hash.update(readFileSync(join(dir, f.name)));
    }
    for (const d of names.filter((n) => n.isDirectory())) walk(join(dir, d.name), `${prefix}${d.name}/`);
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir, '');
  return hash.digest('hex').slice(0, 16);
}

/** The compiled reader's folders, under dist/extract/. */
export type ReaderCode = 'read' | 'ocr' | 'image';

/** Digest of the compiled reader code in `subs`, so a changed reader never serves old cache entries. */
export function readerCodeDigest(subs: ReaderCode[]): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return codeDigest(subs.map((sub) => join(here, sub)));
}

/** The per-document read options that change a reading (a later look's, e-invoice attachments). */
export type ReadingLook = Pick<ReadOptions, 'embeddedFiles' | 'imageOcr' | 'ocrThickenInk' | 'ocrStretchContrast' | 'ocrPageSegMode' | 'ocrEngine' | 'words'>;

/**
 * A reading's key. The eval's keys (before this module) are kept: a plain reading adds nothing
 * after the attachments' mark, a later look only what it changes, in this order.
 */
export function readingKey(sha: string, settings: string, code: string, look: ReadingLook): string {
  const thick =
    (look.ocrThickenInk ? `\0thicken${look.ocrThickenInk}` : '') +
    (look.ocrStretchContrast ? '\0stretch' : '') +
    (look.ocrPageSegMode === undefined ? '' : `\0psm${look.ocrPageSegMode}`) +
    (look.ocrEngine ? `\0${look.ocrEngine}` : '') +
    (look.imageOcr ? `\0image-ocr-${look.imageOcr}` : '') +
    (look.words === false ? '\0no-words' : '');
  return createHash('sha256').update(`${sha}\0${settings}\0${code}\0${look.embeddedFiles ? 'xml' : ''}${thick}`).digest('hex').slice(0, 32);
}

export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A reading as stored: embedded files' bytes in base64. `kind` and `ocr` say what it cost to read. */
export interface StoredReading extends Omit<Partial<ReadResult>, 'embeddedFiles'> {
  pages: ReadResult['pages'];
  embeddedFiles?: Omit<EmbeddedFiles, 'files'> & { files: Array<Omit<EmbeddedFiles['files'][number], 'data'> & { data: string | null }> };
  /** CLI entries: the file's SHA-256, kind and the look it was read with (what its key was made of, scripts/readings.mjs). */
  sha?: string;
  kind?: FileKind;
  look?: ReadingLook;
}

/** What a reading holds: the pages, and whatever of the reader's result the caller keeps. */
export type Reading = Omit<StoredReading, 'embeddedFiles'> & { embeddedFiles?: EmbeddedFiles };

/** Whether OCR made part of a reading: a page OCR'd, or OCR'd words of an image on a text page. */
export function readByOcr(r: { pages: ReadResult['pages'] }): boolean {
  return r.pages.some((p) => p.source === 'ocr' || (p.words ?? []).some((w) => w.conf !== undefined));
}

const b64 = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64');

/** The folder of readings: get and put by key, counting hits and misses. */
export class ReadingStore {
  hits = 0;
  misses = 0;
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The stored reading of `key`, or null (a miss, counted). An unreadable entry is a miss too. */
  get(key: string): Reading | null {
    const file = join(this.dir, `${key}.json`);
    let e: StoredReading;
    try {
      e = JSON.parse(readFileSync(file, 'utf8')) as StoredReading;
    } catch {
      this.misses++;
      return null;
    }
    this.hits++;
    const { embeddedFiles, ...rest } = e;
    if (!embeddedFiles) return rest;
    return { ...rest, embeddedFiles: { ...embeddedFiles, files: embeddedFiles.files.map((f) => ({ ...f, data: f.data === null ? null : new Uint8Array(Buffer.from(f.data, 'base64')) })) } };
  }

  /** Stores `reading` under `key`: a temporary file of this process, renamed over the entry. */
  put(key: string, reading: Reading): void {
    const file = join(this.dir, `${key}.json`);
    const { embeddedFiles, ...rest } = reading;
    const entry: StoredReading = { ...rest };
    if (embeddedFiles) entry.embeddedFiles = { ...embeddedFiles, files: embeddedFiles.files.map((f) => ({ ...f, data: f.data ? b64(f.data) : null })) };
    const tmp = `${file}.${process.pid}.${(tmpCount++).toString(36)}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  }
}
let tmpCount = 0;
