/**
 * `--move-done` / `--move-failed`: move the originals out of a drop folder once their job is
 * finished, without ever losing a file.
 *
 * A move is a copy into the target folder under a temporary name, fsync, a rename onto a name
 * reserved with O_EXCL (a suffix is added when the name is taken, so nothing is overwritten),
 * an fsync of the folder, and only then the unlink of the source. A kill at any moment leaves
 * the file in the source folder, in the target folder, or in both, never in neither. Copying
 * (instead of rename) makes it work across filesystems (a drop folder on one disk, the archive
 * on another).
 *
 * The ledger is not told: a moved file's job stays exactly as finished as it was.
 */
import { closeSync, copyFileSync, constants, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, utimesSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import type { Ledger } from '../ledger/port.js';
import type { Job } from '../types.js';
import type { FailureRow } from '../report/failures.js';
import { cutName } from '../report/names.js';
import { tempPathFor } from '../report/atomic.js';
import { decodeName, fsPath as f, shownPath } from '../raw-names.js';

export type MoveEvent =
  | { type: 'moved'; jobId: string; from: string; to: string; state: 'completed' | 'failed' }
  /** The file was left where it is: it holds other content now, or the move failed (the message says which). */
  | { type: 'move-skipped'; jobId: string; path: string; reason: string };

export interface MoveCounts {
  done: number;
  failed: number;
  /** Files left in place (changed since they were scanned, the move failed, or refused: see `refused`). */
  skipped: number;
}

/** The failures-report class of a file that was not moved because its real path is outside the folders given. */
export const MOVE_REFUSED = 'move_refused';

/** True when `p` is `root` or inside it. */
export function isUnder(p: string, root: string): boolean {
  return p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Moves `src` into `targetDir` and returns its new path. Throws (leaving `src` in place) when
 * the copy cannot be made or `src` changed while it was copied.
 */
export function moveFileSafely(src: string, targetDir: string): string {
  mkdirSync(targetDir, { recursive: true });
  // Every call gets the exact bytes (`f`): a name that is not UTF-8 keeps its bytes in the target.
  const before = statSync(f(src));
  const name = basename(src);
  const tmp = tempPathFor(join(targetDir, name), 'moving');
  let final: string | null = null;
  try {
    copyFileSync(f(src), f(tmp), constants.COPYFILE_EXCL);
    utimesSync(f(tmp), before.atime, before.mtime);
    fsyncPath(tmp, 'r+');
    final = reserveName(targetDir, name);
    renameSync(f(tmp), f(final));
    fsyncPath(targetDir, 'r');
    const copy = statSync(f(final));
    const after = statSync(f(src));
    if (copy.size !== before.size || !sameFile(before, after)) {
      throw new Error(`${shownPath(src)} changed while it was being moved; it was left in place`);
    }
  } catch (err) {
    for (const p of [tmp, final]) {
      if (!p) continue;
      try {
        unlinkSync(f(p));
      } catch {
        /* not there */
      }
    }
    throw err;
  }
  unlinkSync(f(src));
  fsyncPath(dirname(src), 'r');
  return final;
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** `inv.pdf`, else `inv-1.pdf`, `inv-2.pdf` ...: created empty with O_EXCL, so two movers never pick one name. */
function reserveName(dir: string, name: string): string {
  const ext = extname(name);
  const stem = ext ? name.slice(0, -ext.length) : name;
  for (let i = 0; ; i++) {
    // A suffix must not push a name that was at the limit over it (255 bytes on most file systems).
    const candidate = join(dir, i === 0 ? name : `${cutName(stem, 250 - Buffer.byteLength(`-${i}${ext}`))}-${i}${ext}`);
    try {
      closeSync(openSync(f(candidate), 'wx'));
      return candidate;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || i >= 10_000) throw err;
    }
  }
}

function fsyncPath(path: string, flags: 'r' | 'r+'): void {
  let fd: number | undefined;
  try {
    fd = openSync(f(path), flags);
    fsyncSync(fd);
  } catch (err) {
    // Folders cannot be fsynced on some platforms; a file that cannot be is a real error.
    if (flags === 'r+') throw err;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface MoverOptions {
  ledger: Ledger;
  /** Where originals of completed jobs go (`--move-done`), or null to leave them. */
  done: string | null;
  /** Where originals of failed jobs go (`--move-failed`), or null to leave them. */
  failed: string | null;
  /**
   * Only files inside these files or folders are moved (the inputs of a submit, a worker's hot
   * folders), and only when their real path (symlinks resolved) is inside one too.
   */
  roots: string[];
  /**
   * Also move the path the job was read from (a worker without hot folders, processing detached
   * jobs), when no symlink leads to it.
   */
  includeJobPath: boolean;
  /** Where each move or refusal is told (the run's event queue, engine/events.ts). */
  events?: { put(e: MoveEvent): void } | null;
}

/**
 * Moves the originals of finished jobs. `schedule()` never blocks the caller; `flush()` waits
 * for every move scheduled so far (call it before the run's summary is written).
 */
export class OriginalsMover {
  readonly counts: MoveCounts = { done: 0, failed: 0, skipped: 0 };
  /** Files left in place because their real path is outside the folders given: rows for the failures report. */
  readonly refused: FailureRow[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly roots: string[];
  private readonly realRoots: string[];
  private readonly targets: string[];

  constructor(private readonly o: MoverOptions) {
    this.roots = o.roots.map((r) => resolve(r));
    this.realRoots = this.roots.map(realOrSelf);
    this.targets = [o.done, o.failed].filter((t): t is string => !!t).map((t) => resolve(t));
  }

  /** Moves the job's originals if the job is finished and a target is set for its state. */
  schedule(job: Job): void {
    const p = this.settle(job).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** The same, for a job known by id (one a scan found already finished). */
  scheduleById(jobId: string): void {
    const p = this.o.ledger
      .getJob(jobId)
      .then((job) => (job ? this.settle(job) : undefined))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private async settle(job: Job): Promise<void> {
    const state = job.status;
    const target = state === 'completed' ? this.o.done : state === 'failed' ? this.o.failed : null;
    if (!target || (state !== 'completed' && state !== 'failed')) return;
    const paths = (await this.o.ledger.jobPaths(job.id)).filter(
      (p) => ((this.o.includeJobPath && p === job.path) || this.roots.some((r) => isUnder(p, r))) && !this.targets.some((t) => isUnder(p, t)),
    );
    if (paths.length === 0) return;
    const known = await this.o.ledger.lookupFiles(paths);
    for (const path of paths) {
      let st: Stats;
      try {
        st = statSync(f(path));
      } catch {
        continue; // already moved (by us or another worker) or deleted
      }
      // A symlinked folder (or file) inside a drop folder can lead anywhere: what is moved is where it leads.
      const real = realOrSelf(path);
      const confined = this.realRoots.some((r) => isUnder(real, r)) || (this.o.includeJobPath && path === job.path && real === resolve(path));
      if (!confined) {
        this.counts.skipped++;
        const reason = `its real path ${shownPath(real)} is outside the folders given (${this.roots.map(shownPath).join(', ') || 'none'}); it was not moved`;
        this.refused.push({ path, jobId: job.id, fingerprint: job.fingerprint, errorClass: MOVE_REFUSED, message: reason, attempts: job.attempts, retryable: false, hint: 'A symbolic link leads outside the folder. Move the file yourself, or submit the folder it really is in.' });
        this.o.events?.put({ type: 'move-skipped', jobId: job.id, path, reason });
        continue;
      }
      const rec = known.get(path);
      // Move only what the job read: a file replaced since its scan is a new document, not this one.
      if (!rec || rec.fingerprint !== job.fingerprint || rec.size !== st.size || rec.mtimeMs !== st.mtimeMs || rec.ino !== st.ino) {
        this.counts.skipped++;
        this.o.events?.put({ type: 'move-skipped', jobId: job.id, path, reason: 'it changed since it was scanned (it is a new document now)' });
        continue;
      }
      try {
        const to = moveFileSafely(path, resolve(target));
        if (state === 'completed') this.counts.done++;
        else this.counts.failed++;
        this.o.events?.put({ type: 'moved', jobId: job.id, from: path, to, state });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !statOrNull(path)) continue; // moved by another process meanwhile
        this.counts.skipped++;
        this.o.events?.put({ type: 'move-skipped', jobId: job.id, path, reason: `the move failed, the file was left in place: ${(err as Error).message}` });
      }
    }
  }
}

function realOrSelf(p: string): string {
  try {
    return decodeName(realpathSync(f(p), { encoding: 'buffer' }));
  } catch {
    return resolve(p);
  }
}

function statOrNull(p: string): Stats | null {
  try {
    return statSync(f(p));
  } catch {
    return null;
  }
}
