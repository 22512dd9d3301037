/**
 * The webhook dispatcher: sends the outbox's due events while the run works.
 *
 * Events are written by the ledger in the same transaction as the state change they report
 * (complete/fail/finishRun with an OutboxTarget), so a crash cannot lose one. This module only
 * delivers them: leased (two processes do not send the same event at the same moment),
 * concurrently and bounded, each request with a time limit, marked delivered only on a 2xx,
 * retried with backoff (backoff.ts), kept as `dead` after the last attempt. Delivery is at
 * least once: a kill between the receiver's 2xx and the ledger update sends it again.
 *
 * Extraction never waits for it: sending is asynchronous I/O beside the pool, and at the end
 * of a run `stop()` waits at most a grace period, then leaves the rest for the next process.
 */
import type { Ledger, OutboxEvent, OutboxOutcome, OutboxTarget } from '../ledger/port.js';
import { backoffDelay, parseBackoff, type BackoffPolicy } from '../ledger/backoff.js';
import { redactWebhookUrl } from '../redact.js';
import { webhookHeaders } from './webhook-signature.js';

export interface WebhookOptions {
  /** Receiver URL (`--webhook`). */
  url: string;
  /** Signing secret (DOCPARSE_WEBHOOK_SECRET / config `webhookSecret`); null sends unsigned events. */
  secret: string | null;
  /** Attempts per event in all; after the last one the event is kept as `dead`. */
  maxAttempts: number;
  /** Delay between attempts. */
  backoff: BackoffPolicy;
  /** Time limit for one request, ms. */
  timeoutMs: number;
  /** At the end of a run, wait at most this long for its events, ms. */
  graceMs: number;
  /** Requests in flight at once. */
  concurrency?: number;
}

export const WEBHOOK_DEFAULTS = Object.freeze({
  maxAttempts: 8,
  backoff: parseBackoff('1s,x4,max=1h'),
  timeoutMs: 10_000,
  graceMs: 5_000,
  concurrency: 4,
});

/** The ledger's view of a webhook: what complete/fail/finishRun need. */
export function outboxTarget(w: WebhookOptions | null | undefined): OutboxTarget | undefined {
  return w ? { url: w.url } : undefined;
}

export type DeliveryReport =
  | { type: 'delivered'; event: OutboxEvent; status: number }
  | { type: 'retry'; event: OutboxEvent; error: string; retryAt: number }
  | { type: 'dead'; event: OutboxEvent; error: string };

export interface DispatcherOptions extends Omit<WebhookOptions, 'url' | 'graceMs'> {
  ledger: Ledger;
  /** Lease owner id (`host:pid:random`). */
  owner: string;
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
  /** How often to look for due events when not woken, ms. */
  pollMs?: number;
  onDelivery?: (r: DeliveryReport) => void;
}

/**
 * When to try a failed event again: null when that was its last attempt (it becomes `dead`).
 * @param attempts attempts made before this one
 */
export function nextAttemptAt(attempts: number, maxAttempts: number, backoff: BackoffPolicy, now: number, random: () => number = Math.random): number | null {
  const attempt = attempts + 1;
  if (attempt >= maxAttempts) return null;
  return now + backoffDelay(attempt, backoff, random);
}

export class WebhookDispatcher {
  private readonly o: DispatcherOptions & { now: () => number; random: () => number; fetch: typeof fetch; pollMs: number; concurrency: number };
  private readonly inflight = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private running = false;
  private loopDone: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(opts: DispatcherOptions) {
    this.o = { now: Date.now, random: Math.random, fetch: globalThis.fetch, pollMs: 250, ...opts, concurrency: Math.max(1, opts.concurrency ?? WEBHOOK_DEFAULTS.concurrency) };
  }

  /** Starts sending due events in the background. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  /** Look for due events now (a job just finished). */
  nudge(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /**
   * Waits at most `graceMs` for the pending events due within the grace period (this run's, and
   * older ones a killed process left behind once their lease is free), then stops: requests
   * still in flight are aborted and their events put back for the next process. Events whose
   * next attempt falls after the grace period are not waited for. Returns how many events
   * created since `since` are still pending.
   */
  async stop(graceMs: number, since: number): Promise<{ pending: number }> {
    const deadline = this.o.now() + Math.max(0, graceMs);
    while (this.running && this.o.now() < deadline) {
      let waiting = 0;
      try {
        // Another holder's lease may end (its process died) or be settled within the grace.
        waiting = (await this.o.ledger.findOutbox({ status: ['pending'], limit: 1000 })).filter(
          (e) => e.nextAttemptAt <= deadline && (e.leaseOwner === null || e.leaseOwner === this.o.owner || (e.leaseExpiresAt ?? 0) <= deadline),
        ).length;
      } catch {
        break;
      }
      if (waiting === 0 && this.inflight.size === 0) break;
      this.nudge();
      await delay(Math.min(50, Math.max(1, deadline - this.o.now())));
    }
    await this.halt();
    const left = await this.o.ledger.findOutbox({ status: ['pending'], since }).catch(() => []);
    return { pending: left.length };
  }

  /**
   * One pass over what is due now, for `docparse webhooks redeliver`: every due event is tried
   * once, concurrently and bounded. Failed ones keep their next attempt time.
   */
  async deliverDue(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const free = this.o.concurrency - this.inflight.size;
      if (free <= 0) {
        await Promise.race([...this.inflight.values()].map((f) => f.done));
        continue;
      }
      const events = await this.o.ledger.claimOutbox({ owner: this.o.owner, leaseMs: this.leaseMs(), now: this.o.now(), limit: free });
      const fresh = events.filter((e) => !tried.has(e.id));
      for (const e of events) if (tried.has(e.id)) await this.o.ledger.settleOutbox(e.id, e.leaseToken, { type: 'released' }, this.o.now());
      if (fresh.length === 0) {
        if (this.inflight.size === 0) break;
        await Promise.race([...this.inflight.values()].map((f) => f.done));
        continue;
      }
      for (const e of fresh) {
        tried.add(e.id);
        this.send(e);
      }
    }
  }

  private leaseMs(): number {
    // Longer than one request, so nobody else sends the event while we wait for the answer.
    return 2 * this.o.timeoutMs;
  }

  private async halt(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loopDone;
    for (const f of this.inflight.values()) f.abort.abort(new Error('stopping'));
    await Promise.all([...this.inflight.values()].map((f) => f.done));
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const free = this.o.concurrency - this.inflight.size;
      let claimed = 0;
      if (free > 0) {
        try {
          const events = await this.o.ledger.claimOutbox({ owner: this.o.owner, leaseMs: this.leaseMs(), now: this.o.now(), limit: free });
          for (const e of events) this.send(e);
          claimed = events.length;
        } catch {
          // A busy or closing ledger: try again at the next tick; the events stay in the outbox.
        }
      }
      if (!this.running) break;
      if (claimed === free && free > 0) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          this.wake = null;
          resolve();
        }, this.o.pollMs);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }

  private send(event: OutboxEvent): void {
    const abort = new AbortController();
    const done = this.attempt(event, abort.signal).finally(() => {
      this.inflight.delete(event.id);
      this.nudge();
    });
    this.inflight.set(event.id, { abort, done });
  }

  private async attempt(event: OutboxEvent, stop: AbortSignal): Promise<void> {
    const { ledger } = this.o;
    let outcome: OutboxOutcome;
    let status = 0;
    let error = '';
    // A plain timer, not AbortSignal.timeout(): on Node 20 that one, inside AbortSignal.any(), stops
    // firing once a garbage collection has run, and requests then wait undici's 300 s.
    const limit = new AbortController();
    const timer = setTimeout(() => limit.abort(Object.assign(new Error('webhook time limit'), { name: 'TimeoutError' })), this.o.timeoutMs);
    const onStop = () => limit.abort(stop.reason);
    stop.addEventListener('abort', onStop, { once: true });
    try {
      const ts = Math.floor(this.o.now() / 1000);
      const { url, authorization } = basicAuth(event.url);
      const res = await this.o.fetch(url, {
        method: 'POST',
        headers: { ...webhookHeaders(this.o.secret, event.id, ts, event.body), ...(authorization ? { authorization } : {}) },
        body: event.body,
        // A redirect is not followed: a 301/302 would turn the signed POST into a GET elsewhere,
        // a 307/308 would send the signed payload to another host. It is a failed attempt.
        redirect: 'manual',
        signal: limit.signal,
      });
      status = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (status >= 200 && status < 300) outcome = { type: 'delivered' };
      else {
        error = status >= 300 && status < 400 ? `HTTP ${status}: a redirect${redirectTarget(res.headers.get('location'), event.url)}, not followed (set the webhook to the URL it points to)` : `HTTP ${status}`;
        outcome = { type: 'failed', error, retryAt: nextAttemptAt(event.attempts, this.o.maxAttempts, this.o.backoff, this.o.now(), this.o.random) };
      }
    } catch (err) {
      if (stop.aborted) outcome = { type: 'released' };
      else {
        const e = err as Error & { cause?: { code?: string; message?: string } };
        error = e.name === 'TimeoutError' ? `no answer within ${Math.round(this.o.timeoutMs / 100) / 10} s` : e.cause?.code ?? e.cause?.message ?? e.message;
        // Errors may quote the URL; it is kept in the outbox and listed, so without its credentials.
        error = error.split(event.url).join(redactWebhookUrl(event.url));
        outcome = { type: 'failed', error, retryAt: nextAttemptAt(event.attempts, this.o.maxAttempts, this.o.backoff, this.o.now(), this.o.random) };
      }
    } finally {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
    }
    try {
      await ledger.settleOutbox(event.id, event.leaseToken, outcome, this.o.now());
    } catch {
      return; // the lease expires and another attempt follows: at least once
    }
    if (outcome.type === 'delivered') this.o.onDelivery?.({ type: 'delivered', event, status });
    else if (outcome.type === 'failed') {
      this.o.onDelivery?.(outcome.retryAt === null ? { type: 'dead', event, error } : { type: 'retry', event, error, retryAt: outcome.retryAt });
    }
  }
}

/**
 * Starts a dispatcher sending in the background (for `submit`, `worker` and `retry`); `stop()`
 * then gives the events of this stretch at most `graceMs` before leaving them to the next
 * process. Null without a webhook.
 */
export function startWebhooks(
  ledger: Ledger,
  webhook: WebhookOptions | null | undefined,
  owner: string,
  opts: { now?: () => number; onDelivery?: (r: DeliveryReport) => void } = {},
): { stop(): Promise<void> } | null {
  if (!webhook) return null;
  const now = opts.now ?? Date.now;
  const since = now();
  const dispatcher = new WebhookDispatcher({ ...webhook, ledger, owner, now, onDelivery: opts.onDelivery });
  dispatcher.start();
  return { stop: async () => void (await dispatcher.stop(webhook.graceMs, since)) };
}

/**
 * A URL's user-info as an `Authorization: Basic` header (what curl does with it; fetch refuses URLs
 * that carry credentials), and the URL without it.
 */
export function basicAuth(raw: string): { url: string; authorization: string | null } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { url: raw, authorization: null };
  }
  if (!u.username && !u.password) return { url: raw, authorization: null };
  const pair = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
  u.username = '';
  u.password = '';
  return { url: u.toString(), authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

/** ` to https://host/path` (no query string or user-info: they may hold secrets), or nothing. */
function redirectTarget(location: string | null, base: string): string {
  if (!location) return '';
  try {
    const u = new URL(location, base);
    return ` to ${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '';
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
