/**
 * The native `tesseract` program as an OCR engine (`ocrEngine: 'native'`, `--ocr-engine native`):
 * the same model files docparse's tesseract.js reads (the npm packages' best_int, or the vendored
 * fast model), gunzipped once into a per-user cache, handed the same prepared image on stdin, one
 * process per page, `OMP_THREAD_LIMIT=1` so each pool slot uses one core as a tesseract.js worker
 * does. Why: tesseract.js's WebAssembly recogniser runs at ~0.7x native speed on the same model
 * (README, "The native tesseract engine", has the figures).
 *
 * Failure policy (./pool.ts holds the pool's): a page over the time limit or an aborted job kills
 * its process (the pool's `drop`); a process that exits with an error fails the page with the
 * transient `worker_crashed`, its stderr's last line attached.
 */
import type Tesseract from 'tesseract.js';
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { LangData } from './lang.js';
import { parseNativeReading, type NativePage } from './native-parse.js';
import { pageSlope } from './layout.js';
import { linesOf, type ReadOnce } from './recognize.js';
import { rotatedGray } from '../image/rotate.js';

/**
 * A directory holding `<name>.traineddata` for every language, gunzipped from the files tesseract.js
 * reads (native tesseract does not read gzipped models): under `~/.cache/docparse/tessdata`, one
 * folder per set of model files (named by their paths, sizes and times), written once (a temp file
 * renamed into place, so concurrent runs never see half a model).
 */
export async function nativeTessdataDir(langs: LangData[], cacheRoot = join(homedir(), '.cache', 'docparse', 'tessdata')): Promise<string> {
  const id = createHash('sha256');
  for (const l of langs) {
    const s = statSync(l.file);
    id.update(`${l.name}\0${l.file}\0${s.size}\0${s.mtimeMs}\0`);
  }
  const key = id.digest('hex').slice(0, 16);
  let dir = join(cacheRoot, key);
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    // no writable home (a service account): a per-user folder under the temp directory
    dir = join(tmpdir(), `docparse-tessdata-${process.getuid?.() ?? 'user'}`, key);
    await mkdir(dir, { recursive: true });
  }
  for (const l of langs) {
    const target = join(dir, `${l.name}.traineddata`);
    if (existsSync(target)) continue;
    const tmp = `${target}.${process.pid}.tmp`;
    await pipeline(createReadStream(l.file), createGunzip(), createWriteStream(tmp));
    await rename(tmp, target);
  }
  return dir;
}

export interface NativeRead {
  bin: string;
  tessdata: string;
  /** tesseract's `-l`: the languages' names joined with `+`. */
  lang: string;
  /** `--psm`: tesseract.js's default is 6 (one uniform block), the program's 3; docparse reads at 6 unless a reading asks. */
  psm: number;
}

/**
 * The native program as ./recognize.ts's ReadOnce. A turn (tesseract.js's `rotateRadians`) turns
 * the image here, about its centre on a white page of the same size, as tesseract.js's worker
 * turns it before reading; `rotateAuto` (ocrDeskew `always`) reads once, and again turned level by
 * the baselines when they slope (tesseract.js measures the slope by a layout pass instead).
 */
export function nativeReads(r: NativeRead, signal: AbortSignal): ReadOnce {
  const once = async (image: Uint8Array, psm: number) => recognizeNative(image, { ...r, psm }, signal) as unknown as Promise<Tesseract.Page>;
  return async (image, rotate, psm) => {
    const p = psm ?? r.psm;
    if (rotate.rotateRadians) return once(await rotatedGray(image, rotate.rotateRadians), p);
    const first = await once(image, p);
    const slope = rotate.rotateAuto ? pageSlope(linesOf(first)) : 0;
    return slope === 0 ? first : once(await rotatedGray(image, -Math.atan(slope)), p);
  };
}

/**
 * One page through the native program: the image (PNG, JPEG or PGM bytes) on stdin, TSV and hOCR
 * into a temp folder. `signal` kills the process (the pool's time limit and job aborts).
 */
export async function recognizeNative(image: Uint8Array, r: NativeRead, signal: AbortSignal): Promise<NativePage> {
  signal.throwIfAborted();
  const dir = await mkdtemp(join(tmpdir(), 'docparse-tess-'));
  try {
    const base = join(dir, 'out');
    const args = [
      'stdin', base, '--tessdata-dir', r.tessdata, '-l', r.lang, '--oem', '1', '--psm', String(r.psm),
      // tesseract.js's worker sets these too: diagnostics nowhere, no plain-text file; hOCR without font details.
      '-c', 'debug_file=/dev/null', '-c', 'tessedit_create_txt=0', '-c', 'tessedit_create_tsv=1', '-c', 'tessedit_create_hocr=1', '-c', 'hocr_font_info=0',
    ];
    await run(r.bin, args, image, signal);
    const [tsv, hocr] = await Promise.all([readFile(`${base}.tsv`, 'utf8'), readFile(`${base}.hocr`, 'utf8').catch(() => '')]);
    return parseNativeReading(tsv, hocr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(bin: string, args: string[], input: Uint8Array, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['pipe', 'ignore', 'pipe'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-2000)));
    const onAbort = () => child.kill('SIGKILL');
    signal.addEventListener('abort', onAbort, { once: true });
    child.stdin.on('error', () => undefined); // a process that died early: its exit says why
    child.stdin.end(input);
    child.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(err);
    });
    child.on('close', (code, sig) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) reject(signal.reason);
      else if (code === 0) resolve();
      else reject(new Error(`tesseract exited with ${code ?? sig}: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
  });
}
