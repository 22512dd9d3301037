/**
 * What a run tells its caller as it goes, and the queue it tells it through. The core never
 * prints: the engine puts each event in a RunEvents queue, and the CLI reads the queue with
 * `for await` while the run works (cli/processing.ts showEvents), so no code of the core calls
 * up into the CLI. The queue is node:events' `on()` over an emitter: events wait, in order, until
 * they are read, and an `end` put by the run when it is over ends the reader's loop.
 */
import { EventEmitter, on } from 'node:events';
import type { Job, JobError, JobState } from '../types.js';
import type { MoveEvent } from '../files/move.js';
import type { ScannedFile } from '../files/scan.js';

export type RunEvent =
  | { type: 'run-started'; runId: string }
  /** What the scan found since its last batch, in the order found: one event a batch, not a file. */
  | { type: 'files'; files: ScannedFile[] }
  | { type: 'job'; outcome: JobOutcome }
  | { type: 'interrupting' }
  /** Waiting jobs the engine may not claim because a pause holds them (`docparse pause`); sent when the number changes. */
  | { type: 'paused'; held: number }
  | MoveEvent;

export interface JobOutcome {
  job: Job;
  state: JobState;
  error: JobError | null;
  durationMs: number;
}

/** Where a run puts its events: a RunEvents queue (a worker also looks at them on the way: worker.ts). */
export interface EventSink {
  put(e: RunEvent): void;
}

export class RunEvents implements EventSink, AsyncIterable<RunEvent> {
  private readonly emitter = new EventEmitter();
  // Listening from the start: events put before the reader's first look wait for it.
  private readonly queue = on(this.emitter, 'event', { close: ['end'] });

  put(e: RunEvent): void {
    this.emitter.emit('event', e);
  }

  /** The run is over: the reader's loop ends after the events already put. */
  end(): void {
    this.emitter.emit('end');
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RunEvent> {
    for await (const [e] of this.queue) yield e as RunEvent;
  }
}
