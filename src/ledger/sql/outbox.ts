/**
 * The webhook outbox as the dispatcher (report/webhooks.ts) uses it: claim due events under a
 * lease, settle each attempt, list, and make events due again. The events themselves are written
 * by the state changes they report (jobs.ts, runs.ts).
 */
import type { OutboxEvent, OutboxFilter, OutboxOutcome, RedeliverSelection } from '../port.js';
import { toOutboxEvent } from '../rows.js';
import type { Dialect } from './dialect.js';
import { all, cmp, exec, ms, type Step } from './statements.js';

/** Leases up to `limit` due, unleased events in one statement (skipping ones another process is taking), oldest first. */
export function* claimOutbox(d: Dialect, o: { owner: string; leaseMs: number; now: number; limit: number }): Step<OutboxEvent[]> {
  const now = ms(o.now);
  const rows = yield* all(
    `UPDATE outbox SET lease_owner = ?, lease_expires_at = ?, lease_token = lease_token + 1, updated_at = ?
     WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_expires_at IS NULL OR lease_expires_at <= ?)
                  ORDER BY next_attempt_at, created_at, id LIMIT ?${d.skipLocked})
     RETURNING *`,
    [o.owner, ms(o.now + o.leaseMs), now, now, now, Math.max(0, Math.floor(o.limit))],
  );
  return rows.map(toOutboxEvent).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt || cmp(a.id, b.id));
}

/** Records one attempt. `failed`/`released` apply only while `leaseToken` holds; `delivered` always (at least once). */
export function* settleOutbox(eventId: string, leaseToken: number, outcome: OutboxOutcome, now: number): Step<boolean> {
  const t = ms(now);
  let n: number;
  if (outcome.type === 'delivered') {
    // Delivered is delivered, even if someone took the lease meanwhile (redeliver): at least once.
    n = yield* exec(
      `UPDATE outbox SET status = 'delivered', delivered_at = ?, attempts = attempts + 1, last_error = NULL,
         lease_owner = NULL, lease_expires_at = NULL, updated_at = ? WHERE id = ? AND status <> 'delivered'`,
      [t, t, eventId],
    );
  } else if (outcome.type === 'failed') {
    const retryAt = outcome.retryAt === null ? null : ms(outcome.retryAt);
    n = yield* exec(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?,
         status = CASE WHEN CAST(? AS BIGINT) IS NULL THEN 'dead' ELSE 'pending' END,
         next_attempt_at = coalesce(CAST(? AS BIGINT), next_attempt_at), lease_owner = NULL, lease_expires_at = NULL, updated_at = ?
       WHERE id = ? AND lease_token = ? AND status = 'pending'`,
      [outcome.error, retryAt, retryAt, t, eventId, leaseToken],
    );
  } else {
    n = yield* exec(`UPDATE outbox SET lease_owner = NULL, lease_expires_at = NULL, updated_at = ? WHERE id = ? AND lease_token = ? AND status = 'pending'`, [t, eventId, leaseToken]);
  }
  return n === 1;
}

export function* findOutbox(d: Dialect, filter: OutboxFilter): Step<OutboxEvent[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status?.length) {
    where.push(d.inList('status'));
    params.push(filter.status);
  }
  if (filter.ids) {
    where.push(d.inList('id'));
    params.push(filter.ids);
  }
  if (filter.since !== undefined) {
    where.push('created_at >= ?');
    params.push(ms(filter.since));
  }
  let sql = `SELECT * FROM outbox${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY created_at, id`;
  if (filter.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(Math.max(0, Math.floor(filter.limit)));
  }
  return (yield* all(sql, params)).map(toOutboxEvent);
}

/** Makes the selected events due now, dead ones with their attempts back; their ids, oldest first. */
export function* redeliverOutbox(d: Dialect, sel: RedeliverSelection, now: number): Step<string[]> {
  const t = ms(now);
  const where: string[] = [];
  const params: unknown[] = [t, t];
  if (sel.ids?.length) {
    where.push(d.inList('id'));
    params.push(sel.ids);
  }
  if (sel.dead) where.push(`status = 'dead'`);
  if (sel.pending) where.push(`status = 'pending'`);
  if (!where.length) return [];
  const rows = yield* all(
    `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, delivered_at = NULL,
       lease_owner = NULL, lease_expires_at = NULL, lease_token = lease_token + 1, updated_at = ?
     WHERE ${where.join(' OR ')} RETURNING id, created_at`,
    params,
  );
  return rows.sort((a, b) => Number(a.created_at) - Number(b.created_at) || cmp(String(a.id), String(b.id))).map((r) => String(r.id));
}
