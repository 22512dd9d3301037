/**
 * Atomic file writes: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder. A kill at any moment leaves the old file or the new one, never
 * a partial one.
 */
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makeDirs } from '../make-dirs.js';
import { cutName } from './names.js';

export interface AtomicOptions {
  /**
   * Also fsync the folder so the new name itself survives a power loss. Result files skip it:
   * the ledger holds every result, and a run rewrites any result file that is missing.
   */
  syncDir?: boolean;
  /**
   * fsync at all (default true). false: the rename is still atomic for the process (a kill leaves
   * the old file or the new one), but a power loss may leave the old file or an empty one. Only
   * for files rebuilt from the ledger (the reports of a run that processed nothing).
   */
  sync?: boolean;
  /** Leave the file as it is when it already holds exactly these bytes (no temp, no rename). */
  unlessSame?: boolean;
}

/**
 * The temp file beside `path` a writer fills before renaming it over `path`: hidden, named for
 * this process and 8 random hex digits (Math.random: see ledger/ids.ts), so
 * sweepStaleTemps can tell whose process left it. `suffix` is `tmp` unless said otherwise.
 */
export function tempPathFor(path: string, suffix = 'tmp'): string {
  const tag = Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0');
  return join(dirname(path), `.${cutName(basename(path), 200)}.${process.pid}.${tag}.${suffix}`);
}

/** Whether `path` holds exactly `buf` (a file of another size is not read). */
function holds(path: string, buf: Uint8Array): boolean {
  try {
    if (statSync(path).size !== buf.length) return false;
    return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).equals(readFileSync(path));
  } catch {
    return false; // not there (or unreadable): write it
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicOptions = {}): void {
  const dir = dirname(path);
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  if (opts.unlessSame && holds(path, bytes)) return;
  makeDirs(dir);
  const tmp = tempPathFor(path);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    if (opts.sync !== false) fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
  if (opts.syncDir !== false && opts.sync !== false) syncDir(dir);
}

function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms/filesystems cannot fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** How docparse writes a JSON file: two-space indent, a final newline. */
export function jsonFileText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function writeJsonAtomic(path: string, value: unknown, opts: AtomicOptions = {}): void {
  writeFileAtomic(path, jsonFileText(value), opts);
}

/** Our temp names: `tmp` for atomic writes, `spool` for the review report's spool (report/html/store.ts). */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.(?:tmp|spool)$/;

/**
 * Removes the temp files that processes killed mid-write (kill -9, power loss) left in `dir`:
 * ours by name, and only those whose process is gone. Returns how many were removed.
 * `listed`: the folder's names when the caller listed it already this run (a temp file left
 * since by a process that died meanwhile is swept by the next run).
 */
export function sweepStaleTemps(dir: string, listed?: Iterable<string> | null): number {
  let names: Iterable<string>;
  try {
    names = listed ?? readdirSync(dir);
  } catch {
    return 0; // no folder yet: nothing to sweep
  }
  let removed = 0;
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || processAlive(pid)) continue;
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface AtomicWriter {
  /** Appends text (UTF-8) to the temp file. */
  write(chunk: string): void;
  /** fsyncs the temp file (unless `sync: false`: see AtomicOptions) and renames it over the target. */
  commit(o?: { sync?: boolean }): void;
  /** Removes the temp file; the target is left as it was. Safe after commit (does nothing). */
  abort(): void;
}

/**
 * writeFileAtomic for output written a piece at a time (a CSV of every document of a large
 * run): the pieces go to a temp file, which replaces the target only on commit.
 */
export function openAtomicWriter(path: string, opts: AtomicOptions = {}): AtomicWriter {
  const dir = dirname(path);
  makeDirs(dir);
  const tmp = tempPathFor(path);
  let fd: number | null = openSync(tmp, 'w', 0o644);
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write(chunk) {
      if (fd === null) throw new Error(`${path}: write after commit or abort`);
      const buf = Buffer.from(chunk);
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    },
    commit(o) {
      if (fd === null) throw new Error(`${path}: commit after commit or abort`);
      const sync = o?.sync ?? opts.sync ?? true;
      if (sync) fsyncSync(fd);
      close();
      renameSync(tmp, path);
      if (opts.syncDir !== false && sync) syncDir(dir);
    },
    abort() {
      if (fd === null) return;
      close();
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    },
  };
}
