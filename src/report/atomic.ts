/**
 * Atomic file writes: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder. A kill at any moment leaves the old file or the new one, never
 * a partial one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cutName } from './names.js';
import { randomBytes } from 'node:crypto';

export interface AtomicOptions {
  /**
   * Also fsync the folder so the new name itself survives a power loss. Result files skip it:
   * the ledger holds every result, and a run rewrites any result file that is missing.
   */
  syncDir?: boolean;
}

export function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicOptions = {}): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${cutName(basename(path), 200)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
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
  if (opts.syncDir !== false) syncDir(dir);
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

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the temp files that processes killed mid-write (kill -9, power loss) left in `dir`:
 * ours by name, and only those whose process is gone. Returns how many were removed.
 */
export function sweepStaleTemps(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
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
  /** fsyncs the temp file and renames it over the target. */
  commit(): void;
  /** Removes the temp file; the target is left as it was. Safe after commit (does nothing). */
  abort(): void;
}

/**
 * writeFileAtomic for output written a piece at a time (a CSV of every document of a large
 * run): the pieces go to a temp file, which replaces the target only on commit.
 */
export function openAtomicWriter(path: string, opts: AtomicOptions = {}): AtomicWriter {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
    commit() {
      if (fd === null) throw new Error(`${path}: commit after commit or abort`);
      fsyncSync(fd);
      close();
      renameSync(tmp, path);
      if (opts.syncDir !== false) syncDir(dir);
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
