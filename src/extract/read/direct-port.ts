/** A message port for pdf.js inside the PDF thread (pdf-thread.ts opens text documents on it). */
type PortListener = (this: DirectPort, ev: { data: unknown }) => void;

/**
 * The channel between pdf.js's display side and its worker side, both in this thread. pdf.js's own
 * (LoopbackPort) deep-copies every message with structuredClone, as a real worker boundary would.
 * This one hands text content chunks over without the deep copy: getTextContent's enqueueChunk
 * sends its `textContent` object and then gives it a new items array and styles object, never
 * touching the sent ones again, so a shallow copy of the chunk taken when it is sent is all the
 * receiver needs. Every other message is still deep-copied, because some senders reuse what they
 * sent (OperatorList.flush empties its fnArray/argsArray right after enqueueing them).
 */
export class DirectPort {
  readonly #listeners = new Map<PortListener, (() => void) | null>();
  readonly #deferred = Promise.resolve();
  postMessage(obj: unknown, transfer?: unknown[]): void {
    const m = obj as { chunk?: object };
    const event = { data: isTextChunk(obj) ? { ...m, chunk: { ...m.chunk } } : structuredClone(obj, (transfer ? { transfer } : undefined) as Parameters<typeof structuredClone>[1]) };
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }
  addEventListener(_name: string, listener: PortListener, options?: { signal?: AbortSignal } | null): void {
    let off: (() => void) | null = null;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(_name, listener);
      off = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, off);
  }
  removeEventListener(_name: string, listener: PortListener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }
  terminate(): void {
    for (const off of this.#listeners.values()) off?.();
    this.#listeners.clear();
  }
}

/** A stream chunk of getTextContent: `{ items: [...], styles, lang }`, never an operator list. */
function isTextChunk(m: unknown): boolean {
  const chunk = (m as { chunk?: { items?: unknown; fnArray?: unknown } } | null)?.chunk;
  return typeof chunk === 'object' && chunk !== null && Array.isArray(chunk.items) && !('fnArray' in chunk);
}
