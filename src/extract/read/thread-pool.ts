/**
 * A small pool of PDF worker threads (see pdf-thread.ts), sized to the cores.
 *
 * Written on worker_threads directly rather than piscina because the pool needs three things
 * piscina does not give together: a per-page watchdog that a task resets as it makes progress,
 * recycling a thread when its memory grows (pdf.js and canvas caches), and telling a crash from
 * a task error. Threads start lazily, so a run that never opens a PDF or TIFF starts none.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JobError } from '../../errors.js';
import type { ThreadMessage, ThreadRequest, ThreadResults } from './pdf-thread.js';

/**
 * A thread's script: the compiled file `name` beside the module at `base` (its import.meta.url).
 * Under vitest modules run from src/ as TypeScript, which a worker thread cannot load, so the
 * thread is the same file compiled in dist/ (`npm test` builds first).
 */
export function compiledThreadUrl(name: string, base: string): URL {
  if (!base.endsWith('.ts')) return new URL(name, base);
  const at = base.lastIndexOf('/src/');
  const built = new URL(name, `${base.slice(0, at)}/dist/${base.slice(at + 5)}`);
  if (!existsSync(built)) throw new Error(`a worker thread is not built: ${fileURLToPath(built)} is missing (run npm run build)`);
  return built;
}

/** The PDF thread's script (pdf-thread.ts, compiled). */
export function pdfThreadUrl(): URL {
  return compiledThreadUrl('./pdf-thread.js', import.meta.url);
}

export interface ThreadPoolOptions {
  size: number;
  /** A task with no progress for this long fails with `timeout` and its thread is replaced. */
  pageTimeoutMs: number;
  /** Replace a thread once its JS heap + external memory passes this. */
  memoryCeilingMb: number;
  /** Replace a thread after this many tasks (of `wearingOps`), whatever its memory. */
  recycleAfterTasks: number;
  /** The ops whose tasks count toward recycleAfterTasks; every task counts when absent. */
  wearingOps?: ReadonlySet<string>;
  /** The thread's module; the PDF thread by default. Any module speaking ThreadMessage will do. */
  url?: () => URL;
  /** Handed to every thread as `workerData` (e.g. the templates the template thread runs). */
  workerData?: unknown;
  /** What the threads are called in messages: `PDF` by default. */
  label?: string;
}

/** The error a thread reported for a task, by name (PasswordException, InvalidPDFException...). */
export class ThreadTaskError extends Error {
  readonly code?: string;
  constructor(name: string, message: string, code?: string) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

function withoutInputType(args: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--input-type') && args[i - 1] !== '--input-type');
}

/**
 * The Node flags threads start with: the process's, less --input-type (refused for a thread started
 * on a file: a script run with `node --input-type=module -e`) and less the V8 options a thread
 * refuses when execArgv is given (`node --max-old-space-size=4096 docparse ...`: every PDF failed
 * with ERR_WORKER_INVALID_EXEC_ARGV). V8 options are the process's, threads included, so dropping
 * them changes nothing; Node names the ones it refuses, and the list is learnt once per process.
 */
let threadArgv: string[] | undefined;

function startWorker(url: URL, opts: Omit<ConstructorParameters<typeof Worker>[1] & object, 'execArgv'>): Worker {
  threadArgv ??= withoutInputType(process.execArgv);
  try {
    return new Worker(url, { ...opts, execArgv: threadArgv });
  } catch (e) {
    const refused = (e as { code?: string }).code === 'ERR_WORKER_INVALID_EXEC_ARGV' ? /flags: (.*)$/.exec((e as Error).message)?.[1].split(', ') : undefined;
    if (!refused?.length) throw e;
    threadArgv = threadArgv.filter((a) => !refused.includes(a));
    return new Worker(url, { ...opts, execArgv: threadArgv });
  }
}

type Op = ThreadRequest['op'];
type Payload<O extends Op> = Omit<Extract<ThreadRequest, { op: O }>, 'id' | 'op'>;

/** A request to a thread other than the PDF thread: `op` plus whatever that thread reads. */
export type ThreadCall = { op: string } & Record<string, unknown>;

interface Task {
  id: number;
  msg: ThreadRequest | (ThreadCall & { id: number });
  timeoutMs: number;
  signal?: AbortSignal;
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  tasks: number;
  timer: NodeJS.Timeout | null;
  onAbort: (() => void) | null;
}

export class ThreadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  started = 0;
  recycled = 0;

  constructor(private readonly opts: ThreadPoolOptions) {}

  private get label(): string {
    return this.opts.label ?? 'PDF';
  }

  run<O extends Op>(op: O, payload: Payload<O>, opts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<ThreadResults[O]> {
    return this.call({ ...payload, op }, opts) as Promise<ThreadResults[O]>;
  }

  /** Sends one request to a free thread; untyped, for threads other than the PDF thread. */
  call(req: ThreadCall, opts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('reader is closed'));
    opts.signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({
        id,
        msg: { ...req, id },
        timeoutMs: opts.timeoutMs ?? this.opts.pageTimeoutMs,
        signal: opts.signal,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('reader closed'));
    await Promise.all(this.slots.splice(0).map((s) => this.kill(s, new Error('reader closed'))));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.opts.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      if (task.signal?.aborted) {
        task.reject(task.signal.reason);
        continue;
      }
      this.assign(slot, task);
    }
  }

  private spawn(): Slot {
    // Threads inherit the process's Node flags (a profiler, say), but those a thread refuses (startWorker).
    const worker = startWorker((this.opts.url ?? pdfThreadUrl)(), {
      workerData: this.opts.workerData,
      // A runaway document ends in ERR_WORKER_OUT_OF_MEMORY (transient) instead of taking the process down.
      resourceLimits: { maxOldGenerationSizeMb: Math.max(512, this.opts.memoryCeilingMb * 2) },
    });
    worker.unref();
    const slot: Slot = { worker, task: null, tasks: 0, timer: null, onAbort: null };
    this.slots.push(slot);
    this.started++;
    worker.on('message', (m: ThreadMessage) => this.onMessage(slot, m));
    worker.on('error', (err: Error & { code?: string }) => {
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(slot, new JobError(oom ? 'out_of_memory' : 'worker_crashed', `${this.label} worker thread ${oom ? 'ran out of memory' : 'crashed'}: ${err.message}`, { cause: err }));
    });
    worker.on('exit', (code) => {
      this.fail(slot, new JobError('worker_crashed', `${this.label} worker thread exited unexpectedly (code ${code})`));
    });
    return slot;
  }

  private assign(slot: Slot, task: Task): void {
    slot.task = task;
    if (!this.opts.wearingOps || this.opts.wearingOps.has(task.msg.op)) slot.tasks++;
    if (task.signal) {
      slot.onAbort = () => void this.abortSlot(slot, task.signal!.reason);
      task.signal.addEventListener('abort', slot.onAbort, { once: true });
    }
    this.arm(slot);
    slot.worker.ref();
    // Transfer would detach the caller's buffer; the payload is a copy made for this task.
    const data = 'data' in task.msg ? task.msg.data : undefined;
    const transfer = data instanceof Uint8Array && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? [data.buffer as ArrayBuffer] : [];
    slot.worker.postMessage(task.msg, transfer);
  }

  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task!;
    slot.timer = setTimeout(() => {
      void this.kill(slot, new JobError('timeout', `${this.label === 'PDF' ? 'a PDF page' : `the ${this.label} step`} took longer than ${task.timeoutMs} ms (no progress); the worker thread was replaced`));
    }, task.timeoutMs);
  }

  private onMessage(slot: Slot, m: ThreadMessage): void {
    const task = slot.task;
    if (!task || m.id !== task.id) return;
    if (m.type === 'progress') return this.arm(slot);
    this.release(slot);
    if (m.type === 'ok') task.resolve(m.value);
    else task.reject(new ThreadTaskError(m.name, m.message, m.code));
    if ((m.type === 'ok' && m.recycle) || m.memMb > this.opts.memoryCeilingMb || slot.tasks >= this.opts.recycleAfterTasks) {
      this.recycled++;
      void this.kill(slot, null);
    }
    this.pump();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.onAbort) slot.task?.signal?.removeEventListener('abort', slot.onAbort);
    slot.onAbort = null;
    slot.task = null;
    slot.worker.unref();
  }

  private abortSlot(slot: Slot, reason: unknown): Promise<void> {
    return this.kill(slot, reason);
  }

  /** Removes a slot for good; its running task (if any) fails with `err`. */
  private kill(slot: Slot, err: unknown): Promise<void> {
    const task = slot.task;
    this.release(slot);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('message');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => {});
    if (task) task.reject(err);
    const done = slot.worker.terminate().then(() => undefined, () => undefined);
    if (!this.closed) this.pump();
    return done;
  }

  private fail(slot: Slot, err: JobError): void {
    if (!this.slots.includes(slot)) return;
    void this.kill(slot, err);
  }
}
