/**
 * Where the review report's documents wait until report.html is written: a stack of entries
 * (added at the end, made room for from the end). In memory for a report made directly (tests,
 * small reports), or spooled to a file beside the report, so a run's memory does not grow with
 * the number of documents it reports (issue H: peak RSS at 10,000 files within 20% of 1,000).
 * The spool file is unlinked as soon as it is open: a process killed at any moment leaves none.
 * Where a file system refuses to unlink an open file, it is unlinked at close instead, and a kill
 * leaves it with the temp name the next run's sweep of stale temps removes.
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tempPathFor } from '../atomic.js';

export interface EntryStore<T> {
  readonly length: number;
  push(entry: T): void;
  /** Drops the entry added last. */
  pop(): void;
  /** The entries, in the order added. */
  entries(): Iterable<T>;
  close(): void;
}

export function memoryStore<T>(): EntryStore<T> {
  const items: T[] = [];
  return {
    get length() {
      return items.length;
    },
    push: (e) => void items.push(e),
    pop: () => void items.pop(),
    entries: () => items,
    close: () => void (items.length = 0),
  };
}

/** Bytes gathered before one write, and read at once. */
const BLOCK = 64 * 1024;

/** Entries as JSON lines in an unlinked file in `dir` (JSON.stringify escapes every newline). */
export class SpoolStore<T> implements EntryStore<T> {
  private fd: number | null = null;
  /** Where each entry ends in the spool (bytes), buffer included. */
  private readonly ends: number[] = [];
  private pending: string[] = [];
  private pendingBytes = 0;
  /** Bytes in the file itself. */
  private flushed = 0;
  /** Set when the spool could not be unlinked while open. */
  private leftPath: string | null = null;

  constructor(private readonly dir: string) {}

  get length(): number {
    return this.ends.length;
  }

  push(entry: T): void {
    const line = `${JSON.stringify(entry)}\n`;
    const bytes = Buffer.byteLength(line);
    this.pending.push(line);
    this.pendingBytes += bytes;
    this.ends.push(this.flushed + this.pendingBytes);
    if (this.pendingBytes >= BLOCK) this.flush();
  }

  pop(): void {
    if (this.ends.length === 0) return;
    this.ends.pop();
    const start = this.ends.at(-1) ?? 0;
    if (this.pending.length > 0) {
      // The last entry is still in the buffer: everything after `start` is.
      const line = this.pending.pop()!;
      this.pendingBytes -= Buffer.byteLength(line);
    } else {
      ftruncateSync(this.fd!, start);
      this.flushed = start;
    }
  }

  *entries(): Generator<T> {
    this.flush();
    if (this.fd === null) return;
    const buf = Buffer.alloc(BLOCK);
    // Bytes, then lines: a character cut between two blocks is joined before it is decoded.
    let carry = Buffer.alloc(0);
    for (let pos = 0; pos < this.flushed; ) {
      const n = readSync(this.fd, buf, 0, Math.min(BLOCK, this.flushed - pos), pos);
      if (n <= 0) break;
      pos += n;
      const bytes = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      const last = bytes.lastIndexOf(10);
      carry = Buffer.from(bytes.subarray(last + 1));
      if (last < 0) continue;
      for (const l of bytes.toString('utf8', 0, last).split('\n')) yield JSON.parse(l) as T;
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.leftPath !== null) rmSync(this.leftPath, { force: true });
    this.leftPath = null;
    this.ends.length = 0;
    this.pending = [];
    this.pendingBytes = 0;
    this.flushed = 0;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    if (this.fd === null) {
      mkdirSync(this.dir, { recursive: true });
      const path = tempPathFor(join(this.dir, 'report.html'), 'spool');
      this.fd = openSync(path, 'w+', 0o600);
      try {
        unlinkSync(path);
      } catch {
        this.leftPath = path;
      }
    }
    const data = Buffer.from(this.pending.join(''));
    let off = 0;
    while (off < data.length) off += writeSync(this.fd, data, off, data.length - off, this.flushed + off);
    this.flushed += data.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}
