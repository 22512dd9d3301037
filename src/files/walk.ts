/**
 * Walks folders recursively and yields files one at a time, so a folder of 100,000 files is
 * never held in memory at once (fs.opendir streams directory entries).
 *
 * - Hidden files and folders (dot-names) are skipped unless `hidden` is set.
 * - Symlinks are followed; each directory is visited once by (device, inode), so a symlink
 *   loop ends instead of recursing forever. Broken links are reported, not fatal.
 * - `include` / `exclude` are globs (picomatch) matched against the path relative to the
 *   root given on the command line; a glob without a slash matches the base name.
 */
import { stat } from 'node:fs/promises';
import { LINK_CYCLE, UsageError } from '../errors.js';
import { lstatSync, opendirSync, statSync, type Dir, type Dirent, type Stats } from 'node:fs';
import { decodeName, fsPath } from '../raw-names.js';
import { join, relative, resolve, basename } from 'node:path';
import { createRequire } from 'node:module';

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  /**
   * Folders not to enter when the walk comes across them: docparse's own results folder (`--out`)
   * inside a folder it reads, whose page images would otherwise be read as invoices by the next run.
   */
  skipDirs?: string[];
}

export type WalkItem =
  | { type: 'file'; path: string; root: string; stat: Stats }
  | { type: 'skipped'; path: string; reason: 'symlink-loop' | 'link-cycle' | 'broken-link' | 'not-a-file' | 'excluded' | 'hidden' }
  /** `folder`: a folder that could not be opened or read to its end (its files are not known). */
  | { type: 'error'; path: string; error: NodeJS.ErrnoException; folder?: true };

type Matcher = (p: string) => boolean;

/**
 * picomatch, required when a walk has globs: most walks (every cron rerun without --include)
 * have none, and loading it was ~9 ms of each run's start (its seven CommonJS files).
 */
const picomatchNow = (): typeof import('picomatch') => createRequire(import.meta.url)('picomatch');

function compile(globs: string[] | undefined): Matcher | null {
  if (!globs || globs.length === 0) return null;
  const picomatch = picomatchNow();
  const withSlash = globs.filter((g) => g.includes('/'));
  const bare = globs.filter((g) => !g.includes('/'));
  const full = withSlash.length ? picomatch(withSlash, { dot: true }) : null;
  const base = bare.length ? picomatch(bare, { dot: true, nocase: true }) : null;
  return (p: string) => (full?.(p) ?? false) || (base?.(basename(p)) ?? false);
}

/** The walk for `for await` callers (the hot folders' poll): walkSync's items, one at a time. */
export async function* walk(roots: string[], opts: WalkOptions = {}): AsyncGenerator<WalkItem> {
  yield* walkSync(roots, opts);
}

/**
 * The walk itself, synchronous: every call it makes is (a stat is a few microseconds, and the
 * promise of the async versions cost more than the call over 100,000 files), and so is a generator
 * of it, which spares the scan a promise per file. Still streamed: one folder's names at a time.
 */
export function* walkSync(roots: string[], opts: WalkOptions = {}): Generator<WalkItem> {
  const include = compile(opts.include);
  const exclude = compile(opts.exclude);
  const skip = new Set<string>();
  for (const d of opts.skipDirs ?? []) {
    try {
      const st = statSync(fsPath(resolve(d)));
      if (st.isDirectory()) skip.add(`${st.dev}:${st.ino}`);
    } catch {
      // Not there (yet), or no folder can be there: nothing to leave out.
    }
  }
  for (const r of roots) {
    const root = resolve(r);
    let st: Stats;
    try {
      st = statSync(fsPath(root));
    } catch (err) {
      yield { type: 'error', path: root, error: err as NodeJS.ErrnoException };
      continue;
    }
    if (st.isFile()) {
      // A file named on the command line is taken as asked, whatever the filters say.
      yield { type: 'file', path: root, root, stat: st };
      continue;
    }
    if (!st.isDirectory()) {
      yield { type: 'skipped', path: root, reason: 'not-a-file' };
      continue;
    }
    const seen = new Set<string>([`${st.dev}:${st.ino}`]);
    const stack: string[] = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let handle: Dir;
      try {
        // Names as bytes: one that is not valid UTF-8 (Latin-1, say) is kept exactly (raw-names.ts).
        // 256 entries a system call.
        handle = opendirSync(fsPath(dir), { bufferSize: 256, encoding: 'buffer' as BufferEncoding });
      } catch (err) {
        yield { type: 'error', path: dir, error: err as NodeJS.ErrnoException, folder: true };
        continue;
      }
      const subdirs: string[] = [];
      try {
        for (let ent: Dirent | null; (ent = handle.readSync()) !== null; ) {
          const name = decodeName(ent.name as unknown as Buffer);
          if (!opts.hidden && name.startsWith('.')) continue;
          const p = join(dir, name);
          let isDir = ent.isDirectory();
          let isFile = ent.isFile();
          let fst: Stats | null = null;
          if (ent.isSymbolicLink()) {
            try {
              fst = statSync(fsPath(p));
            } catch (err) {
              // ELOOP: links that point at each other, never at a file.
              yield { type: 'skipped', path: p, reason: (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'link-cycle' : 'broken-link' };
              continue;
            }
            isDir = fst.isDirectory();
            isFile = fst.isFile();
          }
          if (isDir) {
            let dst = fst;
            try {
              dst ??= statSync(fsPath(p));
            } catch {
              continue;
            }
            if (!dst) continue;
            const key = `${dst.dev}:${dst.ino}`;
            if (skip.has(key)) continue;
            if (seen.has(key)) {
              yield { type: 'skipped', path: p, reason: 'symlink-loop' };
              continue;
            }
            seen.add(key);
            subdirs.push(p);
            continue;
          }
          if (!isFile) continue;
          if (include || exclude) {
            const rel = relative(root, p);
            if (include && !include(rel)) continue;
            if (exclude && exclude(rel)) continue;
          }
          try {
            fst ??= lstatSync(fsPath(p));
          } catch (err) {
            yield { type: 'error', path: p, error: err as NodeJS.ErrnoException };
            continue;
          }
          yield { type: 'file', path: p, root, stat: fst };
        }
      } catch (err) {
        yield { type: 'error', path: dir, error: err as NodeJS.ErrnoException, folder: true };
      } finally {
        try {
          handle.closeSync();
        } catch {
          /* closed already */
        }
      }
      // Depth-first, in name order within a folder, for a stable processing order.
      subdirs.sort().reverse();
      stack.push(...subdirs);
    }
  }
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * The paths named on the command line, checked before anything is recorded: a mistyped folder
 * is a usage error (no run, no reports overwritten), and a pipe or device named explicitly is
 * refused rather than skipped without a word. Throws UsageError naming the first bad path.
 */
export async function checkRoots(roots: string[], cwd = process.cwd()): Promise<void> {
  for (const r of roots) {
    const root = resolve(cwd, r);
    let st: Stats;
    try {
      st = await stat(root);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`no such file or folder: ${r}`, `Check the path${r === root ? '' : ` (taken from ${cwd}: ${root})`}.`);
      if (code === 'ELOOP') throw new UsageError(`${r} is ${LINK_CYCLE}`, 'Check the path.');
      throw new UsageError(`cannot read ${r}: ${(err as Error).message}`, 'Check its permissions.');
    }
    if (!st.isFile() && !st.isDirectory()) {
      throw new UsageError(`${r} is ${kindOf(st)}, not a file or folder`, 'docparse reads regular files; copy what the pipe or device delivers into a file first.');
    }
  }
}
