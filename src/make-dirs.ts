/**
 * `mkdir -p` that says what is wrong. Node's `mkdirSync(dir, { recursive: true })` reports a
 * folder under a dangling symlink (a share that is not mounted) as a bare ENOENT, and spins for
 * ever where the system answers ENOENT for a folder whose parent exists (under /proc). Here each
 * missing folder is made on its own, from the deepest one that exists, and a path that cannot
 * hold a folder is a usage error naming the part that is wrong.
 */
import { accessSync, constants, lstatSync, mkdirSync, readlinkSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { environmentError, UsageError } from './errors.js';

const CHOOSE = 'Mount or create it, or choose another path (--out, --ledger).';

function codeOf(err: unknown): string {
  return String((err as { code?: string } | null)?.code ?? '');
}

/**
 * The deepest folder of `dir`'s path that exists, and the missing folders under it (deepest
 * first); a path through a file or a dangling symlink is a usage error naming the part that is wrong.
 */
function existingPart(dir: string, what: string): { existing: string; missing: string[] } {
  const missing: string[] = [];
  for (let d = resolve(dir); ; ) {
    let isDir: boolean;
    try {
      isDir = statSync(d).isDirectory();
    } catch (err) {
      if (codeOf(err) !== 'ENOENT' && codeOf(err) !== 'ENOTDIR') throw environmentError(err, what) ?? err;
      const link = codeOf(err) === 'ENOENT' ? lstatSync(d, { throwIfNoEntry: false }) : undefined;
      if (link?.isSymbolicLink()) {
        throw new UsageError(`${what} ${dir} cannot be made: ${d} is a symlink to ${readlinkSync(d)}, which does not exist (a drive or share that is not mounted?)`, CHOOSE);
      }
      missing.push(d);
      const up = dirname(d);
      if (up === d) return { existing: d, missing };
      d = up;
      continue;
    }
    if (!isDir) throw new UsageError(`${what} ${dir} cannot be made: ${d} is a file, not a folder`, 'Choose another path (--out, --ledger).');
    return { existing: d, missing };
  }
}

/** Makes `dir` and its missing parents; `what` names it for the message (`the results folder`). */
export function makeDirs(dir: string, what = 'the folder'): void {
  for (const d of existingPart(dir, what).missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (err) {
      if (codeOf(err) === 'EEXIST' && statSync(d, { throwIfNoEntry: false })?.isDirectory()) continue;
      throw environmentError(err, what) ?? new UsageError(`${what} ${dir} cannot be made: ${(err as Error).message}`, CHOOSE);
    }
  }
}

/**
 * The results folder (`--out`), checked before a command does any work: a path through a file,
 * under a share that is not mounted or where docparse may not write fails at once (exit 1, or 9
 * for permission and read-only), not hours later when the first result is written. Nothing is
 * made here (a run refused later, e.g. for its ledger, leaves no folder behind): the folder, or
 * its deepest part that exists, must be one docparse may write in.
 */
export function readyOutDir(dir: string): void {
  const what = 'the results folder (--out)';
  const { existing } = existingPart(dir, what);
  try {
    accessSync(existing, constants.W_OK);
  } catch (err) {
    throw environmentError(err, `${what} ${resolve(dir)}`) ?? err;
  }
}
