/**
 * A hot folder (`docparse worker --watch DIR`): polls the folder with walk() and submits each
 * new file through scan() once it is complete, that is once its size, mtime and inode have
 * stayed the same for `settleMs` (seen unchanged by two polls that far apart). Polling rather
 * than fs.watch: it works the same on network shares, and a file being copied in shows up at
 * its first byte, which is exactly what must not be taken yet.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Ledger } from '../ledger/port.js';
import type { JobSettings } from '../types.js';
import { noteIgnored, scan, whyIgnored, type ScannedFile, type ScanStats } from './scan.js';
import { kindFromExtension, sniff, SNIFF_BYTES } from '../sniff.js';
import { walk } from './walk.js';
import { isUnder } from './move.js';
import { fsPath } from '../raw-names.js';

/** Names that download and copy tools give unfinished files: never taken, whatever their content. */
export const PARTIAL_FILE_GLOBS = ['*.part', '*.partial', '*.crdownload', '*.download', '*.tmp', '*.temp', '~*'];

export interface HotFolderOptions {
  ledger: Ledger;
  dirs: string[];
  /** The worker's run: files found here are registered in it. */
  runId: string;
  settings: JobSettings;
  settingsKey: string;
  maxAttempts: number;
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  /** A file is taken once it has not changed for this long, ms. */
  settleMs: number;
  /** Folders whose files are never taken (the --move-done / --move-failed targets). */
  skip: string[];
  /** Only the files present at the first poll (`--once`: a cron run leaves later arrivals to the next run). */
  firstPollOnly: boolean;
  now: () => number;
}

interface Seen {
  size: number;
  mtimeMs: number;
  ino: number;
  /** When this size/mtime/inode was first seen. */
  since: number;
  /** Registered (or ignored): nothing more to do until the file changes. */
  taken: boolean;
}

export class HotFolder {
  readonly stats: ScanStats = { files: 0, hashed: 0, ignored: 0, failed: [], bytes: 0 };
  private readonly seen = new Map<string, Seen>();
  private readonly dirs: string[];
  private readonly skip: string[];
  private firstPoll: Set<string> | null = null;

  constructor(private readonly o: HotFolderOptions) {
    this.dirs = o.dirs.map((d) => resolve(d));
    this.skip = o.skip.map((d) => resolve(d));
  }

  /** Files seen but not taken yet (still changing, or waiting out the settle time). */
  get waiting(): number {
    let n = 0;
    for (const s of this.seen.values()) if (!s.taken) n++;
    return n;
  }

  /**
   * One look at the folders: registers the files that have become complete, and yields what it
   * found of them a batch at a time (as scan() does; read them all: the stats are added at the end).
   */
  async *poll(): AsyncGenerator<ScannedFile[]> {
    const now = this.o.now();
    const listed = new Set<string>();
    const ready: string[] = [];
    for await (const item of walk(this.dirs, { include: this.o.include, exclude: [...(this.o.exclude ?? []), ...PARTIAL_FILE_GLOBS], hidden: this.o.hidden })) {
      if (item.type !== 'file') continue; // unreadable folders and broken links: looked at again next poll
      const path = item.path;
      if (this.skip.some((d) => isUnder(path, d))) continue;
      if (this.firstPoll && !this.firstPoll.has(path)) continue;
      listed.add(path);
      const st = item.stat;
      const prev = this.seen.get(path);
      if (!prev || prev.size !== st.size || prev.mtimeMs !== st.mtimeMs || prev.ino !== st.ino) {
        this.seen.set(path, { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, since: now, taken: false });
        continue;
      }
      if (!prev.taken && now - prev.since >= this.o.settleMs) ready.push(path);
    }
    for (const p of [...this.seen.keys()]) if (!listed.has(p)) this.seen.delete(p);
    if (this.o.firstPollOnly && !this.firstPoll) this.firstPoll = listed;

    const ignored: ScannedFile[] = [];
    const documents: string[] = [];
    for (const p of ready) {
      this.seen.get(p)!.taken = true;
      // The rule scan() applies inside folders: neither named nor made like a document is not ours.
      if (kindFromExtension(p) || looksLikeDocument(p)) documents.push(p);
      else {
        this.stats.files++;
        noteIgnored(this.stats, ignored, p, whyIgnored(p));
      }
    }
    if (ignored.length) yield ignored;
    if (documents.length === 0) return;
    const batches = scan(this.o.ledger, documents, {
      runId: this.o.runId,
      settings: this.o.settings,
      settingsKey: this.o.settingsKey,
      maxAttempts: this.o.maxAttempts,
      force: false,
      verify: false,
      dryRun: false,
      now: this.o.now,
    });
    let s: ScanStats | null = null;
    for await (const batch of batches) {
      yield batch.files;
      s = batch.stats;
    }
    // (Every scan ends with a batch carrying its final figures.)
    if (!s) return;
    if (s.stopped) throw s.stopped; // out of disk registering: the worker stops as it would processing
    this.stats.files += s.files;
    this.stats.hashed += s.hashed;
    this.stats.ignored += s.ignored - (s.ignoredFiles?.length ?? 0);
    for (const f of s.ignoredFiles ?? []) noteIgnored(this.stats, [], f.path, f.reason);
    this.stats.bytes += s.bytes;
    this.stats.failed.push(...s.failed);
  }
}

function looksLikeDocument(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(fsPath(path), 'r');
    const head = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, head, 0, SNIFF_BYTES, 0);
    return sniff(head.subarray(0, n)) !== null;
  } catch {
    return true; // let scan() report why it cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
