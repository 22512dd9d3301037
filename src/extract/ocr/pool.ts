/**
 * The OCR pool: tesseract.js workers shared by every document a reader reads.
 *
 * Failure policy (one place, like OCRmyPDF's tesseract wrapper):
 * - a page over `pageTimeoutMs` fails with transient `timeout`; its worker is terminated and
 *   a fresh one starts on demand (tesseract.js cannot cancel a running recognition);
 * - a worker that errors or dies fails the page with transient `worker_crashed` and is replaced;
 * - workers start lazily, are reused, and are recycled after `recycleAfterPages` pages or when
 *   their share of the process RSS passes `memoryCeilingMb`: tesseract.js workers only grow
 *   (naptha/tesseract.js #678, #977, #1045), so replacing them is the known remedy.
 */
import Tesseract from 'tesseract.js';
import { imageSize } from 'image-size';
import { layoutOcrLines, type OcrBlockIn, type PlacedOcrWord } from './layout.js';
import { pageWord } from '../words.js';
import type { PageWord } from '../types.js';
import { JobError } from '../../errors.js';
import { languageDir, type LangData } from './lang.js';
import { recognizePage, type DeskewMode, type PageSegMode } from './recognize.js';
import { nativeReads, nativeTessdataDir } from './native.js';
import { prepareImage } from './prepare.js';
import { CONFIDENT_WORD, looksUnread, turnedImage, turnedWins, TURNS, worthQuarterTurns, type ReadingScore } from './turn.js';

export interface OcrPoolOptions {
  langs: LangData[];
  /** When a page is turned level before reading (see recognize.ts). */
  deskew: DeskewMode;
  /** Images whose longer side is below this many pixels are read at twice their size (0 = never; see prepare.ts). */
  upscaleBelow: number;
  /** Images of more pixels than this are read scaled down to it (0 = never; see prepare.ts). */
  downscaleAbove: number;
  size: number;
  pageTimeoutMs: number;
  recycleAfterPages: number;
  memoryCeilingMb: number;
  /**
   * The native `tesseract` program to read with (./native.ts), one process per page and slot;
   * absent: tesseract.js workers (the default engine).
   */
  native?: { bin: string };
}

export interface OcrPage {
  text: string;
  /** Mean word confidence 0..1. */
  confidence: number;
  /** The words of `text` with their boxes as fractions of the image. */
  words: PageWord[];
}

interface Slot {
  worker: Promise<Tesseract.Worker> | null;
  /** The started worker, once `worker` has resolved. */
  live: Tesseract.Worker | null;
  busy: boolean;
  pages: number;
  /** Kills the native process reading on this slot (./native.ts), if one is. */
  kill: AbortController | null;
}

interface Waiter {
  resolve(slot: Slot): void;
  reject(err: unknown): void;
  signal?: AbortSignal;
}

export class OcrPool {
  private readonly slots: Slot[];
  private readonly waiters: Waiter[] = [];
  private langDir: Promise<string> | null = null;
  private tessdata: Promise<string> | null = null;
  private closed = false;
  private readonly baselineRss = process.memoryUsage().rss;
  pages = 0;
  ms = 0;
  started = 0;
  recycled = 0;

  /** Pages read a second time, turned level; pages enlarged, and shrunk, before reading. */
  deskewed = 0;
  /** Pages whose first reading looked unread, so were read turned too (./turn.ts); of them, read turned. */
  turnTried = 0;
  turned = 0;
  upscaled = 0;
  downscaled = 0;

  constructor(private readonly opts: OcrPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, opts.size) }, () => ({ worker: null, live: null, busy: false, pages: 0, kill: null }));
  }

  /**
   * OCRs one image (PNG, JPEG or grey PGM bytes). `thickenInk` (pixels) reads it with its ink
   * thickened, `stretchContrast` with its contrast stretched per tile first, `pageSegMode` laid
   * out in that tesseract page segmentation, for this reading only (the worker's own stays; a
   * later reading of a doubtful receipt; ../second-look.ts).
   */
  async recognize(image: Uint8Array, opts: { signal?: AbortSignal; thickenInk?: number; stretchContrast?: boolean; pageSegMode?: PageSegMode } = {}): Promise<OcrPage> {
    const slot = await this.acquire(opts.signal);
    const t0 = performance.now();
    try {
      // A cold slot's worker starts (wasm compile, model load: ~1 s) while the image is prepared
      // on this thread. Start-up counts against the page's time limit too: a worker that never
      // comes up is a timeout.
      if (!this.opts.native) this.workerOf(slot);
      const input = await prepareImage(image, { upscaleBelow: this.opts.upscaleBelow, upscale: 2, downscaleAbove: this.opts.downscaleAbove, thickenInk: opts.thickenInk, stretchContrast: opts.stretchContrast });
      if (input.scale > 1) this.upscaled++;
      else if (input.scale < 1) this.downscaled++;
      let best = await this.readPrepared(slot, input.image, opts);
      // A page that looks unread may be upside down or sideways (./turn.ts): read it turned.
      if (looksUnread(best.score)) best = await this.readTurned(slot, input.image, best, opts);
      slot.pages++;
      this.pages++;
      return best.page;
    } finally {
      this.ms += performance.now() - t0;
      if (slot.worker && this.shouldRecycle(slot)) {
        this.recycled++;
        this.drop(slot);
      }
      this.releaseSlot(slot);
    }
  }

  /** The best of `first` and the page read turned (./turn.ts); a turn that fails leaves what was read before it. */
  private async readTurned(slot: Slot, image: Uint8Array, first: { page: OcrPage; score: ReadingScore }, opts: { signal?: AbortSignal; pageSegMode?: PageSegMode }) {
    this.turnTried++;
    let best = first;
    for (const o of TURNS) {
      let again: { page: OcrPage; score: ReadingScore };
      try {
        again = await this.readPrepared(slot, await turnedImage(image, o), opts);
      } catch (err) {
        if (opts.signal?.aborted) throw err;
        break; // undecodable, or over the time limit (its worker replaced): what was read stands
      }
      if (turnedWins(again.score, best.score)) best = again;
      if (!looksUnread(again.score) || (o === 3 && !worthQuarterTurns(again.score, first.score))) break;
    }
    if (best !== first) this.turned++;
    return best;
  }

  /** One recognition of prepared bytes: the page's text and words, and how well it read. */
  private async readPrepared(slot: Slot, image: Uint8Array, opts: { signal?: AbortSignal; pageSegMode?: PageSegMode }): Promise<{ page: OcrPage; score: ReadingScore }> {
    const bytes = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    const work = this.opts.native ? this.nativeWork(slot, bytes, opts.pageSegMode) : this.workerOf(slot).then((w) => recognizePage(w, bytes, this.opts.deskew, undefined, opts.pageSegMode));
    const { page, deskewed } = await this.withLimits(slot, work, opts.signal);
    if (deskewed) this.deskewed++;
    // Boxes as fractions of the image tesseract read (an enlarged copy keeps the page's proportions).
    const { text, words } = ocrLayout(page, image);
    const confidence = Math.max(0, Math.min(1, Number(page.confidence ?? 0) / 100));
    const score = { words: words.length, confident: words.filter((w) => (w.conf ?? 0) >= CONFIDENT_WORD).length };
    return { page: { text, confidence, words }, score };
  }

  /** One page read by the native program; the slot's `kill` stops it (time limit, abort: `drop`). */
  private nativeWork(slot: Slot, image: Buffer, psm: PageSegMode | undefined) {
    const kill = new AbortController();
    slot.kill = kill;
    this.tessdata ??= nativeTessdataDir(this.opts.langs);
    const read = this.tessdata.then((tessdata) => nativeReads({ bin: this.opts.native!.bin, tessdata, lang: this.opts.langs.map((l) => l.name).join('+'), psm: psm ?? 6 }, kill.signal));
    return read.then((r) => recognizePage(r, image, this.opts.deskew, undefined, psm)).finally(() => {
      if (slot.kill === kill) slot.kill = null;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.reject(new Error('reader closed'));
    await Promise.all(this.slots.map((s) => this.drop(s)));
  }

  private shouldRecycle(slot: Slot): boolean {
    if (slot.pages >= this.opts.recycleAfterPages) return true;
    const live = this.slots.filter((s) => s.worker).length || 1;
    const shareMb = (process.memoryUsage().rss - this.baselineRss) / live / 1048576;
    return shareMb > this.opts.memoryCeilingMb;
  }

  private acquire(signal?: AbortSignal): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error('reader is closed'));
    signal?.throwIfAborted();
    // Prefer a warm worker, then an empty slot (start one).
    const slot = this.slots.find((s) => !s.busy && s.worker) ?? this.slots.find((s) => !s.busy);
    if (slot) {
      slot.busy = true;
      return Promise.resolve(slot);
    }
    return new Promise((resolve, reject) => {
      const w: Waiter = { resolve, reject, signal };
      this.waiters.push(w);
      signal?.addEventListener(
        'abort',
        () => {
          const i = this.waiters.indexOf(w);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  private releaseSlot(slot: Slot): void {
    const next = this.waiters.shift();
    if (next && !this.closed) next.resolve(slot);
    else slot.busy = false;
  }

  private workerOf(slot: Slot): Promise<Tesseract.Worker> {
    if (!slot.worker) {
      this.started++;
      this.langDir ??= languageDir(this.opts.langs);
      const code = this.opts.langs.map((l) => l.name).join('+');
      const p = this.langDir.then((langPath) =>
        Tesseract.createWorker(code, 1 /* LSTM only */, {
          langPath,
          cacheMethod: 'none',
          gzip: true,
          // Without a handler tesseract.js rethrows worker errors as uncaught exceptions.
          errorHandler: () => {},
        }).then(async (w) => {
          // tesseract's diagnostics ("Estimating resolution as 366" for images without a DPI)
          // would tear the progress bar on stderr; they go nowhere instead.
          await w.setParameters({ debug_file: '/dev/null' });
          return w;
        }),
      );
      slot.worker = p;
      p.then(
        (w) => {
          if (slot.worker === p) slot.live = w;
          else void w.terminate().catch(() => undefined); // dropped while starting
        },
        () => {
          if (slot.worker === p) slot.worker = null;
        },
      );
    }
    return slot.worker;
  }

  private withLimits<T>(slot: Slot, work: Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        cleanup();
        void this.drop(slot);
        reject(new JobError('timeout', `OCR of a page took longer than ${this.opts.pageTimeoutMs} ms; the OCR worker was replaced`));
      }, this.opts.pageTimeoutMs);
      const onAbort = () => {
        cleanup();
        void this.drop(slot); // the only way to stop a running recognition
        reject(signal!.reason);
      };
      const cleanup = () => {
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      work.then(
        (v) => {
          if (settled) return;
          cleanup();
          resolve(v);
        },
        (err: unknown) => {
          if (settled) return;
          cleanup();
          void this.drop(slot);
          reject(new JobError('worker_crashed', `OCR worker failed: ${String((err as Error)?.message ?? err)}`, { cause: err }));
        },
      );
    });
  }

  /** Terminates a slot's worker (if any); the slot starts a fresh one when next used. */
  private async drop(slot: Slot): Promise<void> {
    const p = slot.worker;
    const live = slot.live;
    slot.worker = null;
    slot.live = null;
    slot.pages = 0;
    slot.kill?.abort();
    slot.kill = null;
    if (live) {
      await live.terminate().catch(() => undefined);
    } else if (p) {
      // Still starting: terminate it once it is up, without waiting for that here.
      p.then((w) => w.terminate()).catch(() => undefined);
    }
  }
}

/**
 * Lays the recognised lines out like the PDF text layer (columns padded with spaces), keeping each
 * of tesseract's lines together (see ./layout.ts).
 */
export function ocrLayout(page: Tesseract.Page, image: Uint8Array): { text: string; words: PageWord[] } {
  const placed: PlacedOcrWord[] = [];
  const text = layoutOcrLines((page.blocks ?? []) as unknown as OcrBlockIn[], placed);
  if (!text) return { text: String(page.text ?? '').trim(), words: [] };
  const { width = 0, height = 0 } = imageSize(image);
  return { text, words: width > 0 && height > 0 ? placed.map((w) => pageWord(w, width, height)) : [] };
}
