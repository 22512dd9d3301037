/**
 * `docparse webhooks`: the outbox, listed; `docparse webhooks redeliver`: send events again now.
 */
import { loadConfig, printJson, withLedger } from '../context.js';
import { colors } from '../colors.js';
import { ExitCode, NotFoundError, UsageError } from '../../errors.js';
import { OUTBOX_STATES, type OutboxEvent, type OutboxState } from '../../ledger/port.js';
import { WebhookDispatcher, type DeliveryReport } from '../../report/webhooks.js';
import { makeOwnerId } from '../../owner.js';
import { redactWebhookUrl } from '../../redact.js';
import { newId } from '../../ledger/ids.js';

function parseOutboxStates(text: string): OutboxState[] {
  const states = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of states) {
    if (!(OUTBOX_STATES as readonly string[]).includes(s)) throw new UsageError(`unknown webhook event state "${s}"`, `States are: ${OUTBOX_STATES.join(', ')}.`);
  }
  return states as OutboxState[];
}

/** The public shape of an event (`--json`, one per line). */
export function eventView(e: OutboxEvent) {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    eventId: e.id,
    type: e.type,
    status: e.status,
    url: redactWebhookUrl(e.url),
    jobId: e.jobId,
    runId: e.runId,
    attempts: e.attempts,
    lastError: e.lastError,
    createdAt: iso(e.createdAt),
    nextAttemptAt: e.status === 'pending' ? iso(e.nextAttemptAt) : null,
    deliveredAt: iso(e.deliveredAt),
  };
}

export async function runWebhooksList(opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw new UsageError(`--limit expects a whole number, got "${String(opts.limit)}"`);
  return withLedger(config, async (ledger) => {
    const events = await ledger.findOutbox({ status: opts.status ? parseOutboxStates(String(opts.status)) : undefined, limit });
    if (opts.json) {
      for (const e of events) process.stdout.write(JSON.stringify(eventView(e)) + '\n');
      return 0;
    }
    if (events.length === 0) {
      process.stderr.write('no webhook events match\n');
      return 0;
    }
    const c = colors(process.stdout);
    for (const e of events) {
      const st = e.status === 'delivered' ? c.green(e.status) : e.status === 'dead' ? c.red(e.status) : c.yellow(e.status);
      const extra = e.lastError ? c.dim(`  last error: ${e.lastError}`) : '';
      process.stdout.write(`${e.id}  ${st.padEnd(9 + (st.length - e.status.length))}  ${e.type.padEnd(13)}  ${e.attempts} attempts  ${e.jobId ?? e.runId ?? ''}  ${redactWebhookUrl(e.url)}${extra}\n`);
    }
    return 0;
  });
}

export async function runWebhooksRedeliver(eventIds: string[], opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  return withLedger(config, async (ledger) => {
    if (eventIds.length) {
      const found = new Set((await ledger.findOutbox({ ids: eventIds })).map((e) => e.id));
      const missing = eventIds.filter((id) => !found.has(id));
      if (missing.length) throw new NotFoundError(`no webhook event ${missing.join(', ')}`, 'List them with `docparse webhooks`.');
    }
    // No ids and no --dead: everything still pending, including events a killed process held.
    const sel = eventIds.length || opts.dead ? { ids: eventIds, dead: !!opts.dead } : { pending: true };
    const ids = await ledger.redeliverOutbox(sel, Date.now());
    if (ids.length === 0) {
      if (!opts.json) process.stderr.write('nothing to redeliver\n');
      else printJson({ redelivered: 0, delivered: 0, undelivered: [] });
      return 0;
    }
    const c = colors(process.stderr);
    const reports: DeliveryReport[] = [];
    const dispatcher = new WebhookDispatcher({
      ledger,
      owner: makeOwnerId(newId('wrk').slice(-8)),
      secret: config.webhookSecret,
      maxAttempts: config.webhookMaxAttempts,
      backoff: config.webhookBackoff,
      timeoutMs: config.webhookTimeoutMs,
      onDelivery: (r) => {
        reports.push(r);
        if (opts.json || opts.quiet) return;
        if (r.type === 'delivered') process.stderr.write(`${c.green('delivered')}  ${r.event.id}  ${r.event.type}  (HTTP ${r.status})\n`);
        else if (r.type === 'retry') process.stderr.write(`${c.yellow('failed')}     ${r.event.id}  ${r.event.type}  ${r.error}; next attempt ${new Date(r.retryAt).toISOString()}\n`);
        else process.stderr.write(`${c.red('dead')}       ${r.event.id}  ${r.event.type}  ${r.error}\n`);
      },
    });
    await dispatcher.deliverDue();
    const after = await ledger.findOutbox({ ids });
    const undelivered = after.filter((e) => e.status !== 'delivered').map((e) => e.id);
    if (opts.json) printJson({ redelivered: ids.length, delivered: ids.length - undelivered.length, undelivered });
    else process.stderr.write(`${ids.length - undelivered.length} of ${ids.length} events delivered${undelivered.length ? '; the rest stay in the outbox (see `docparse webhooks`)' : ''}\n`);
    return undelivered.length ? ExitCode.someFailed : ExitCode.ok;
  });
}
