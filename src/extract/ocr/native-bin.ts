/**
 * Finding the native `tesseract` program (`--ocr-engine native`) and checking its version, apart
 * from running it (./native.ts), so the reader's option check (../read/check.ts) stays light.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { MissingDependencyError } from '../../errors.js';

/** The oldest tesseract whose LSTM engine reads these models (4.1: best_int and fast alike). */
export const MIN_NATIVE_VERSION = [4, 1] as const;

const INSTALL_HINT =
  'Install tesseract 4.1 or later so that `tesseract` is on PATH (Debian/Ubuntu: `sudo apt-get install tesseract-ocr`; Fedora: `sudo dnf install tesseract`; macOS: `brew install tesseract`), or read with the built-in engine (`--ocr-engine wasm`, the default). docparse hands it its own model files: no tesseract language package is needed.';

/** The `tesseract` program on `path` (PATH's directories), or null. */
export function findOnPath(name: string, path: string): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** `tesseract --version`'s version ("tesseract 5.3.0" on stdout, or stderr for 4.x), or null. */
export function parseTesseractVersion(out: string): [number, number] | null {
  const m = /tesseract v?(\d+)\.(\d+)/iu.exec(out);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The native tesseract program to read with.
 * @param path the PATH to look on (the CLI passes the process's)
 * @throws MissingDependencyError (exit 3) when none is on PATH or it is older than 4.1
 */
export function nativeTesseract(path: string): { bin: string; version: string } {
  const bin = findOnPath('tesseract', path);
  if (!bin) throw new MissingDependencyError('--ocr-engine native: no `tesseract` program on PATH', INSTALL_HINT);
  let out = '';
  try {
    out = execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
  } catch (err) {
    // 4.x prints its version on stderr and some builds exit non-zero after it
    const e = err as { stdout?: string; stderr?: string };
    out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  const v = parseTesseractVersion(out);
  if (!v) throw new MissingDependencyError(`--ocr-engine native: ${bin} did not say which tesseract it is`, INSTALL_HINT);
  if (v[0] < MIN_NATIVE_VERSION[0] || (v[0] === MIN_NATIVE_VERSION[0] && v[1] < MIN_NATIVE_VERSION[1])) {
    throw new MissingDependencyError(`--ocr-engine native: ${bin} is tesseract ${v.join('.')}; its LSTM engine needs 4.1 or later`, INSTALL_HINT);
  }
  return { bin, version: v.join('.') };
}
