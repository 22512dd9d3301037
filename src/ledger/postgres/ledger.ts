/**
 * The PostgreSQL ledger: one database shared by docparse processes on many machines.
 *
 * Same tables and the same rules as the SQLite ledger. Every state change is a row lock
 * (`SELECT ... FOR UPDATE`), a decision by `transition()`, and one statement that persists
 * the patch and appends the audit event, all in one transaction. Claims take the head of the
 * due queue with `FOR UPDATE SKIP LOCKED`, so concurrent workers never wait on each other and
 * never take the same job; finishing a job is fenced by its lease token.
 *
 * Times come from the caller (`now`), as in the port: machines sharing a ledger need synced
 * clocks (NTP), or leases expire early or late by the skew.
 */
import type { DocumentResult, Job, JobError, JobEvent, JobState, Run } from '../../types.js';
import { JOB_STATES } from '../../types.js';
import type { BackoffPolicy } from '../backoff.js';
import { IdempotencyConflictError } from '../../errors.js';
import type {
  ClaimOptions,
  CompletedJob,
  FileRecord,
  JobFilter,
  LatencySummary,
  Ledger,
  LedgerStats,
  NewRun,
  OutboxEvent,
  OutboxEventType,
  OutboxFilter,
  OutboxOutcome,
  OutboxState,
  OutboxTarget,
  PruneOptions,
  PruneResult,
  RedeliverSelection,
  RegisterItem,
  RegisterOptions,
  RegisterOutcome,
  RegisterResult,
  RunJob,
  RunJobsFilter,
  RunProgress,
  SizeBand,
  StatsOptions,
} from '../port.js';
import { OUTBOX_STATES, SIZE_BAND_LIMITS, SIZE_BANDS } from '../port.js';
import { jobEventData, percentileIndex, runEventData, webhookBody } from '../outbox.js';
import { transition, type JobEventInput } from '../transitions.js';
import { newId } from '../ids.js';
import type { Db, Row, Sql } from './sql.js';
import { num, rowMappers } from '../rows.js';
import { candidatesSql, invoiceKey, setInvoiceKeySql, withDuplicates } from '../duplicates.js';

/** First key of the transaction lock taken per invoice key while completing ("dp" + 1). */
const DUPLICATE_LOCK_CLASS = 0x64700001;

/** Columns the state machine may patch, by JobPatch key. */
const PATCH_COLUMNS = {
  status: 'status',
  attempts: 'attempts',
  nextAttemptAt: 'next_attempt_at',
  leaseOwner: 'lease_owner',
  leaseExpiresAt: 'lease_expires_at',
  leaseToken: 'lease_token',
  startedAt: 'started_at',
  completedAt: 'completed_at',
  error: 'error',
  reviewedAt: 'reviewed_at',
  reviewedBy: 'reviewed_by',
  supersededBy: 'superseded_by',
} as const;

/** Extra columns a transition may carry (the result of a completion, a new max_attempts). */
interface Extra {
  maxAttempts?: number;
  result?: DocumentResult;
  pageCount?: number;
  templateId?: string | null;
}

/** Milliseconds as stored (bigint): callers' clocks may hand us fractions. */
const ms = (n: number) => Math.round(n);

export class PostgresLedger implements Ledger {
  private closed = false;

  constructor(
    private readonly db: Db,
    readonly location: string,
  ) {}

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.end();
  }

  // ---- runs ---------------------------------------------------------------

  async createRun(run: NewRun): Promise<void> {
    try {
      await this.db.query(
        `INSERT INTO runs (id, started_at, settings, paths, idempotency_key, inputs_digest, detached, owner, heartbeat_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $2)`,
        [run.id, ms(run.startedAt), JSON.stringify(run.settings), JSON.stringify(run.paths), run.idempotencyKey, run.inputsDigest, run.detached, run.owner ?? null],
      );
    } catch (err) {
      // The UNIQUE constraint is what decides between two submits racing with one key.
      const e = err as { code?: string; constraint?: string };
      if (run.idempotencyKey !== null && e.code === '23505' && /idempotency_key/.test(String(e.constraint))) {
        throw new IdempotencyConflictError(`the idempotency key "${run.idempotencyKey}" is already used by another run`);
      }
      throw err;
    }
  }

  async finishRun(runId: string, summary: unknown, now: number, outbox?: OutboxTarget): Promise<void> {
    const t = ms(now);
    await this.db.tx(async (q) => {
      await q.query('UPDATE runs SET finished_at = $1, summary = $2 WHERE id = $3', [t, JSON.stringify(summary), runId]);
      if (outbox) await enqueueEvent(q, outbox, 'run.finished', runEventData(runId, summary), null, runId, t);
    });
  }

  async touchRun(runId: string, owner: string, now: number): Promise<void> {
    await this.db.query('UPDATE runs SET heartbeat_at = $1 WHERE id = $2 AND owner = $3 AND finished_at IS NULL', [ms(now), runId, owner]);
  }

  async takeOverRun(runId: string, seen: { owner: string | null; heartbeatAt: number | null; finishedAt: number | null }, owner: string, now: number): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE runs SET owner = $2, heartbeat_at = $3, finished_at = NULL
       WHERE id = $1 AND owner IS NOT DISTINCT FROM $4 AND heartbeat_at IS NOT DISTINCT FROM $5 AND finished_at IS NOT DISTINCT FROM $6 RETURNING id`,
      [runId, owner, ms(now), seen.owner, seen.heartbeatAt === null ? null : ms(seen.heartbeatAt), seen.finishedAt === null ? null : ms(seen.finishedAt)],
    );
    return rows.length === 1;
  }

  async getRun(runId: string): Promise<Run | null> {
    const [row] = await this.db.query('SELECT * FROM runs WHERE id = $1', [runId]);
    return row ? toRun(row) : null;
  }

  async findRunByIdempotencyKey(key: string): Promise<Run | null> {
    const [row] = await this.db.query('SELECT * FROM runs WHERE idempotency_key = $1', [key]);
    return row ? toRun(row) : null;
  }

  async runProgress(runId: string): Promise<RunProgress> {
    const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    const byOutcome: Record<RegisterOutcome, number> = { new: 0, existing: 0, requeued: 0 };
    const rows = await this.db.query(
      `SELECT j.status, r.outcome, count(*) AS n FROM run_jobs r JOIN jobs j ON j.id = r.job_id
       WHERE r.run_id = $1 GROUP BY j.status, r.outcome`,
      [runId],
    );
    for (const r of rows) {
      byState[r.status as JobState] += Number(r.n);
      byOutcome[r.outcome as RegisterOutcome] += Number(r.n);
    }
    const [due] = await this.db.query(
      `SELECT min(CASE WHEN j.status = 'retrying' THEN j.next_attempt_at ELSE j.lease_expires_at END) AS t
       FROM run_jobs r JOIN jobs j ON j.id = r.job_id WHERE r.run_id = $1 AND j.status IN ('retrying', 'processing')`,
      [runId],
    );
    return { byState, byOutcome, nextDueAt: num(due?.t) };
  }

  async runJobs(runId: string, filter: RunJobsFilter = {}): Promise<RunJob[]> {
    const params: unknown[] = [runId];
    let sql = 'SELECT j.*, r.outcome AS outcome, r.seq AS seq FROM run_jobs r JOIN jobs j ON j.id = r.job_id WHERE r.run_id = $1';
    if (filter.status?.length) {
      params.push(filter.status);
      sql += ` AND j.status = ANY($${params.length}::text[])`;
    }
    if (filter.afterSeq !== undefined) {
      params.push(filter.afterSeq);
      sql += ` AND r.seq > $${params.length}`;
    }
    if (filter.needsReview) sql += ` AND ${NEEDS_REVIEW.replace(/\b(status|result|reviewed_at)\b/g, 'j.$1')}`;
    if (filter.superseded === false) sql += ' AND j.superseded_by IS NULL';
    sql += ' ORDER BY r.seq';
    if (filter.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(filter.limit))}`;
    return (await this.db.query(sql, params)).map((r) => ({ ...toJob(r), outcome: r.outcome as RegisterOutcome, seq: Number(r.seq) }));
  }

  // ---- files --------------------------------------------------------------

  async lookupFiles(paths: string[]): Promise<Map<string, FileRecord>> {
    const out = new Map<string, FileRecord>();
    if (paths.length === 0) return out;
    const rows = await this.db.query('SELECT * FROM files WHERE path = ANY($1::text[])', [paths]);
    const byPath = new Map(rows.map((r) => [String(r.path), r]));
    for (const p of paths) {
      const r = byPath.get(p);
      if (r) out.set(p, { path: p, size: Number(r.size), mtimeMs: Number(r.mtime_ms), ino: Number(r.ino), fingerprint: String(r.fingerprint), kind: r.kind as FileRecord['kind'] });
    }
    return out;
  }

  // ---- jobs ---------------------------------------------------------------

  async register(items: RegisterItem[], opts: RegisterOptions): Promise<RegisterResult[]> {
    if (items.length === 0) return [];
    const settingsJson = JSON.stringify(opts.settings);
    const now = ms(opts.now);
    return this.db.tx(async (q) => {
      // Rows are locked in one global order (files by path, then jobs by fingerprint) so two
      // processes registering the same folder at once queue behind each other instead of
      // deadlocking.
      const files = [...new Map(items.map((it) => [it.path, it])).values()].sort((a, b) => cmp(a.path, b.path));
      await q.query(
        `INSERT INTO files (path, size, mtime_ms, ino, fingerprint, kind, seen_at)
         SELECT t.*, $7::bigint FROM unnest($1::text[], $2::bigint[], $3::float8[], $4::bigint[], $5::text[], $6::text[]) AS t
         ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, ino = excluded.ino,
           fingerprint = excluded.fingerprint, kind = excluded.kind, seen_at = excluded.seen_at`,
        [files.map((f) => f.path), files.map((f) => f.size), files.map((f) => f.mtimeMs), files.map((f) => f.ino), files.map((f) => f.fingerprint), files.map((f) => f.kind), now],
      );
      const [base] = await q.query('SELECT coalesce(max(seq) + 1, 0) AS n FROM run_jobs WHERE run_id = $1', [opts.runId]);
      const seq0 = Number(base.n);
      // Set-based, a few statements per batch whatever its size (a far-away database pays round
      // trips, not rows). Items are taken in (fingerprint, position) order, as one at a time would:
      // the first item of a content creates its job, later ones find it.
      const order = items.map((it, i) => ({ it, i })).sort((a, b) => cmp(a.it.fingerprint, b.it.fingerprint) || a.i - b.i);
      const firstOf = new Map<string, (typeof order)[number]>();
      const lastOf = new Map<string, (typeof order)[number]>();
      for (const o of order) {
        if (!firstOf.has(o.it.fingerprint)) firstOf.set(o.it.fingerprint, o);
        lastOf.set(o.it.fingerprint, o);
      }
      const firsts = [...firstOf.values()];
      const created = await q.query(
        `INSERT INTO jobs (id, fingerprint, settings_key, settings, status, path, file_name, size, kind, template_id,
           attempts, max_attempts, run_id, created_at, updated_at)
         SELECT t.id, t.fp, $7, $8, 'pending', t.path, t.name, t.size, t.kind, $9, 0, $10, $11, $12, $12
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[]) AS t(id, fp, path, name, size, kind)
         ORDER BY t.fp COLLATE "C"
         ON CONFLICT (fingerprint, settings_key) DO NOTHING RETURNING *`,
        [firsts.map(() => newId('job')), firsts.map((o) => o.it.fingerprint), firsts.map((o) => o.it.path), firsts.map((o) => o.it.fileName), firsts.map((o) => o.it.size), firsts.map((o) => o.it.kind),
          opts.settingsKey, settingsJson, opts.settings.template, opts.maxAttempts, opts.runId, now],
      );
      const rows = new Map<string, Row>(created.map((r) => [String(r.fingerprint), r]));
      const isNew = new Set(rows.keys());
      if (created.length) {
        await q.query(
          `INSERT INTO job_events (job_id, from_state, to_state, attempt, at, error, run_id)
           SELECT id, NULL, 'pending', 0, $2, NULL, $3 FROM unnest($1::text[]) AS t(id)`,
          [created.map((r) => String(r.id)), now, opts.runId],
        );
      }
      const known = firsts.filter((o) => !isNew.has(o.it.fingerprint)).map((o) => o.it.fingerprint);
      if (known.length) {
        const locked = await q.query('SELECT * FROM jobs WHERE settings_key = $1 AND fingerprint = ANY($2::text[]) ORDER BY fingerprint FOR UPDATE', [opts.settingsKey, known]);
        for (const r of locked) rows.set(String(r.fingerprint), r);
      }
      // Outcomes and statuses per item; --force requeues finished jobs (rare: one at a time).
      const outcomes = new Array<RegisterOutcome>(items.length);
      for (const [fp, first] of firstOf) {
        let row = rows.get(fp)!;
        outcomes[first.i] = isNew.has(fp) ? 'new' : 'existing';
        const status = row.status as JobState;
        if (!isNew.has(fp) && opts.force && (status === 'completed' || status === 'failed')) {
          row = await applyTransition(q, row, { type: 'requeue', now, reason: 'submit --force' }, opts.runId, { maxAttempts: opts.maxAttempts });
          rows.set(fp, row);
          outcomes[first.i] = 'requeued';
        }
      }
      for (const o of order) outcomes[o.i] ??= 'existing';
      // Read each job from where it is now (its latest path in this batch): the first path may
      // have moved or been deleted. Not while it is processed, nor once it is done.
      const moved = [...lastOf.entries()].filter(([fp, o]) => {
        const st = rows.get(fp)!.status as JobState;
        return st !== 'processing' && st !== 'completed' && (!isNew.has(fp) || o !== firstOf.get(fp));
      });
      if (moved.length) {
        const updated = await q.query(
          `UPDATE jobs j SET path = t.path, file_name = t.name, size = t.size, updated_at = $5
           FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS t(id, path, name, size)
           WHERE j.id = t.id RETURNING j.*`,
          [moved.map(([fp]) => String(rows.get(fp)!.id)), moved.map(([, o]) => o.it.path), moved.map(([, o]) => o.it.fileName), moved.map(([, o]) => o.it.size), now],
        );
        for (const r of updated) rows.set(String(r.fingerprint), r);
      }
      const jobIds = items.map((it) => String(rows.get(it.fingerprint)!.id));
      await q.query(
        `INSERT INTO job_paths (job_id, path, first_seen) SELECT t.id, t.path, $3 FROM unnest($1::text[], $2::text[]) AS t(id, path)
         ON CONFLICT DO NOTHING`,
        [jobIds, items.map((it) => it.path), now],
      );
      // One link per job: the first item of its content (in the order above) says how the run found it.
      const linkOrder = order.map((o) => o.i);
      await q.query(
        `INSERT INTO run_jobs (run_id, job_id, outcome, seq)
         SELECT $1, t.id, t.outcome, t.seq FROM unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS t(id, outcome, seq, n)
         ORDER BY t.n ON CONFLICT DO NOTHING`,
        [opts.runId, linkOrder.map((i) => jobIds[i]), linkOrder.map((i) => outcomes[i]), linkOrder.map((i) => seq0 + i)],
      );
      const results = items.map((it, i): RegisterResult => ({ path: it.path, jobId: jobIds[i], status: rows.get(it.fingerprint)!.status as JobState, outcome: outcomes[i] }));
      return results;
    });
  }

  async claim(opts: ClaimOptions): Promise<Job | null> {
    const now = ms(opts.now);
    const inRun = (n: number) => (opts.runId ? `AND EXISTS (SELECT 1 FROM run_jobs r WHERE r.run_id = $${n} AND r.job_id = j.id)` : '');
    const run = opts.runId ? [opts.runId] : [];
    if (opts.runId === undefined && opts.templatesDigest !== undefined) {
      // A worker takes only jobs made with the templates folder it has.
      return this.claimWithTemplates(now, opts.owner, opts.leaseMs, opts.templatesDigest);
    }
    return this.db.tx(async (q) => {
      // Due retries first (their wait is over), then new work oldest first. SKIP LOCKED: a
      // row another worker is claiming right now is passed over, not waited for.
      let [row] = await q.query(
        `SELECT j.* FROM jobs j WHERE j.status = 'retrying' AND j.next_attempt_at <= $1 ${inRun(2)}
         ORDER BY j.next_attempt_at, j.id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now, ...run],
      );
      row ??= (await q.query(`SELECT j.* FROM jobs j WHERE j.status = 'pending' ${inRun(1)} ORDER BY j.created_at, j.id LIMIT 1 FOR UPDATE SKIP LOCKED`, run))[0];
      if (!row) return null;
      return toJob(await applyTransition(q, row, { type: 'claim', now, owner: opts.owner, leaseMs: opts.leaseMs }, opts.runId ?? null));
    });
  }

  private claimWithTemplates(now: number, owner: string, leaseMs: number, templatesDigest: string | null): Promise<Job | null> {
    return this.db.tx(async (q) => {
      const same = `(settings->>'templatesDigest') IS NOT DISTINCT FROM`;
      let [row] = await q.query(
        `SELECT * FROM jobs WHERE status = 'retrying' AND next_attempt_at <= $1 AND ${same} $2
         ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now, templatesDigest],
      );
      row ??= (await q.query(`SELECT * FROM jobs WHERE status = 'pending' AND ${same} $1 ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`, [templatesDigest]))[0];
      if (!row) return null;
      return toJob(await applyTransition(q, row, { type: 'claim', now, owner, leaseMs }, null));
    });
  }

  /** Runs `fn` on the job's locked row only while `leaseToken` still holds it. */
  private fenced<T>(jobId: string, leaseToken: number, fn: (q: Sql, row: Row) => Promise<T>): Promise<T | null> {
    return this.db.tx(async (q) => {
      const [row] = await q.query('SELECT * FROM jobs WHERE id = $1 FOR UPDATE', [jobId]);
      if (!row || row.status !== 'processing' || Number(row.lease_token) !== leaseToken) return null;
      return fn(q, row);
    });
  }

  async heartbeat(jobId: string, leaseToken: number, leaseMs: number, now: number): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE jobs SET lease_expires_at = $1, updated_at = $2 WHERE id = $3 AND status = 'processing' AND lease_token = $4 RETURNING id`,
      [ms(now + leaseMs), ms(now), jobId, leaseToken],
    );
    return rows.length === 1;
  }

  async complete(jobId: string, leaseToken: number, result: DocumentResult, now: number, outbox?: OutboxTarget): Promise<boolean> {
    return (await this.completeReturning(jobId, leaseToken, result, now, outbox)) !== null;
  }

  async completeReturning(jobId: string, leaseToken: number, result: DocumentResult, now: number, outbox?: OutboxTarget): Promise<CompletedJob | null> {
    const t = ms(now);
    return this.fenced(jobId, leaseToken, async (q, row) => {
      // Earlier copies of the same invoice. The lock on the key makes two copies completing at
      // once take turns, so the second one sees the first (read committed sees what committed).
      const key = invoiceKey(result);
      let stored = result;
      if (key) {
        await q.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DUPLICATE_LOCK_CLASS, key]);
        const rows = await q.query(candidatesSql((n) => `$${n}`), [key, jobId]);
        stored = withDuplicates(result, { jobId, fingerprint: String(row.fingerprint) }, rows, (v) => v ?? null);
      }
      const done = await applyTransition(q, row, { type: 'complete', now: t }, null, { result: stored, pageCount: result.pageCount, templateId: result.templateId });
      await q.query(setInvoiceKeySql((n) => `$${n}`), [key, jobId]);
      if (outbox) await enqueueJobEvent(q, outbox, 'job.completed', done, t);
      const paths = (await q.query('SELECT path FROM job_paths WHERE job_id = $1 ORDER BY first_seen, path', [jobId])).map((r) => String(r.path));
      return { job: toJob(done), paths };
    });
  }

  async fail(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, outbox?: OutboxTarget): Promise<JobState | null> {
    return (await this.failReturning(jobId, leaseToken, error, backoff, now, outbox))?.status ?? null;
  }

  async failReturning(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, outbox?: OutboxTarget): Promise<Job | null> {
    const t = ms(now);
    return this.fenced(jobId, leaseToken, async (q, row) => {
      const after = await applyTransition(q, row, { type: 'fail', now: t, error, backoff }, null);
      if (outbox && after.status === 'failed') await enqueueJobEvent(q, outbox, 'job.failed', after, t);
      return toJob(after);
    });
  }

  async release(jobId: string, leaseToken: number, reason: string, now: number): Promise<boolean> {
    const ok = await this.fenced(jobId, leaseToken, async (q, row) => {
      await applyTransition(q, row, { type: 'release', now: ms(now), reason }, null);
      return true;
    });
    return ok === true;
  }

  async reclaimAbandoned(now: number, isOwnerAlive: (owner: string) => boolean): Promise<string[]> {
    const t = ms(now);
    const rows = await this.db.query(`SELECT id, lease_owner, lease_token, lease_expires_at FROM jobs WHERE status = 'processing'`);
    const released: string[] = [];
    for (const c of rows) {
      const expired = c.lease_expires_at != null && Number(c.lease_expires_at) <= t;
      if (!expired && isOwnerAlive(String(c.lease_owner ?? ''))) continue;
      const reason = expired ? 'lease expired (its worker stopped renewing it)' : `its worker ${String(c.lease_owner)} is gone`;
      // Fenced on the token read above: a job renewed or re-claimed meanwhile is left alone.
      const done = await this.fenced(String(c.id), Number(c.lease_token), async (q, row) => {
        if (expired && Number(row.lease_expires_at) > t) return false; // renewed just now
        await applyTransition(q, row, { type: 'abandon', now: t, reason }, null);
        return true;
      });
      if (done) released.push(String(c.id));
    }
    return released;
  }

  async requeue(jobIds: string[], reason: string, now: number, opts: { runId?: string } = {}): Promise<string[]> {
    const t = ms(now);
    return this.db.tx(async (q) => {
      const done: string[] = [];
      let seq = 0;
      if (opts.runId) seq = Number((await q.query('SELECT coalesce(max(seq) + 1, 0) AS n FROM run_jobs WHERE run_id = $1', [opts.runId]))[0].n);
      for (const id of jobIds) {
        const [row] = await q.query('SELECT * FROM jobs WHERE id = $1 FOR UPDATE', [id]);
        if (!row || (row.status !== 'failed' && row.status !== 'completed')) continue;
        await applyTransition(q, row, { type: 'requeue', now: t, reason }, opts.runId ?? null);
        if (opts.runId) {
          const ins = await q.query(`INSERT INTO run_jobs (run_id, job_id, outcome, seq) VALUES ($1, $2, 'requeued', $3) ON CONFLICT DO NOTHING RETURNING job_id`, [opts.runId, id, seq]);
          if (ins.length) seq++;
        }
        done.push(id);
      }
      return done;
    });
  }

  async approve(jobIds: string[], by: string, now: number): Promise<string[]> {
    const t = ms(now);
    return this.db.tx(async (q) => {
      const done: string[] = [];
      // Locked in id order, as two reviewers approving overlapping sets would otherwise deadlock.
      const rows = await q.query(`SELECT * FROM jobs WHERE id = ANY($1::text[]) AND ${NEEDS_REVIEW} ORDER BY id FOR UPDATE`, [jobIds]);
      for (const row of rows) {
        await applyTransition(q, row, { type: 'approve', now: t, by }, null);
        done.push(String(row.id));
      }
      return jobIds.filter((id) => done.includes(id));
    });
  }

  async supersede(items: Array<{ path: string; jobId: string }>, settingsKey: string, now: number): Promise<Array<{ jobId: string; by: string }>> {
    if (items.length === 0) return [];
    const t = ms(now);
    return this.db.tx(async (q) => {
      // One query for the batch: failed jobs of these settings seen under a path that now holds other content.
      const rows = await q.query(
        `SELECT DISTINCT ON (j.id) j.*, t.by AS successor FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(path, by, n)
           JOIN job_paths p ON p.path = t.path JOIN jobs j ON j.id = p.job_id
         WHERE j.settings_key = $3 AND j.status = 'failed' AND j.superseded_by IS NULL AND j.id <> t.by
         ORDER BY j.id, t.n`,
        [items.map((i) => i.path), items.map((i) => i.jobId), settingsKey],
      );
      const done: Array<{ jobId: string; by: string }> = [];
      for (const row of rows) {
        const [locked] = await q.query('SELECT * FROM jobs WHERE id = $1 AND superseded_by IS NULL FOR UPDATE', [row.id]);
        if (!locked || locked.status !== 'failed') continue;
        await applyTransition(q, locked, { type: 'supersede', now: t, by: String(row.successor) }, null);
        done.push({ jobId: String(row.id), by: String(row.successor) });
      }
      return done;
    });
  }

  async getJob(jobId: string): Promise<Job | null> {
    const [row] = await this.db.query('SELECT * FROM jobs WHERE id = $1', [jobId]);
    return row ? toJob(row) : null;
  }

  async findJob(fingerprint: string, settingsKey: string): Promise<Job | null> {
    const [row] = await this.db.query('SELECT * FROM jobs WHERE fingerprint = $1 AND settings_key = $2', [fingerprint, settingsKey]);
    return row ? toJob(row) : null;
  }

  async findJobs(filter: JobFilter): Promise<Job[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status?.length) {
      params.push(filter.status);
      where.push(`status = ANY($${params.length}::text[])`);
    }
    if (filter.since !== undefined) {
      params.push(ms(filter.since));
      where.push(`created_at >= $${params.length}`);
    }
    if (filter.runId) {
      params.push(filter.runId);
      where.push(`id IN (SELECT job_id FROM run_jobs WHERE run_id = $${params.length})`);
    }
    if (filter.after) {
      params.push(ms(filter.after.createdAt), filter.after.id);
      where.push(`(created_at, id) > ($${params.length - 1}, $${params.length})`);
    }
    if (filter.needsReview) where.push(NEEDS_REVIEW);
    if (filter.superseded === false) where.push('superseded_by IS NULL');
    let sql = `SELECT * FROM jobs${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY created_at, id`;
    if (filter.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(filter.limit))}`;
    return (await this.db.query(sql, params)).map(toJob);
  }

  async findJobsByFingerprint(prefix: string): Promise<Job[]> {
    const p = prefix.toLowerCase();
    // fingerprint is COLLATE "C": a bytewise range scan on the unique index.
    const rows = await this.db.query('SELECT * FROM jobs WHERE fingerprint >= $1 AND fingerprint < $2 ORDER BY created_at, id LIMIT 50', [p, p + 'g']);
    return rows.map(toJob);
  }

  async findJobsByPath(path: string): Promise<Job[]> {
    const rows = await this.db.query('SELECT j.* FROM job_paths p JOIN jobs j ON j.id = p.job_id WHERE p.path = $1 ORDER BY j.created_at, j.id', [path]);
    return rows.map(toJob);
  }

  async jobPaths(jobId: string): Promise<string[]> {
    return (await this.db.query('SELECT path FROM job_paths WHERE job_id = $1 ORDER BY first_seen, path', [jobId])).map((r) => String(r.path));
  }

  async jobEvents(jobId: string): Promise<JobEvent[]> {
    const rows = await this.db.query('SELECT * FROM job_events WHERE job_id = $1 ORDER BY id', [jobId]);
    return rows.map(toJobEvent);
  }

  // ---- webhook outbox -----------------------------------------------------

  async claimOutbox(opts: { owner: string; leaseMs: number; now: number; limit: number }): Promise<OutboxEvent[]> {
    const now = ms(opts.now);
    // One statement: pick due, unleased events (skipping ones another worker is taking) and lease them.
    const rows = await this.db.query(
      `WITH c AS (
         SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 AND (lease_expires_at IS NULL OR lease_expires_at <= $1)
         ORDER BY next_attempt_at, created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE outbox o SET lease_owner = $3, lease_expires_at = $4, lease_token = o.lease_token + 1, updated_at = $1
       FROM c WHERE o.id = c.id RETURNING o.*`,
      [now, Math.max(0, Math.floor(opts.limit)), opts.owner, ms(opts.now + opts.leaseMs)],
    );
    return rows.map(toOutboxEvent).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt || cmp(a.id, b.id));
  }

  async settleOutbox(eventId: string, leaseToken: number, outcome: OutboxOutcome, now: number): Promise<boolean> {
    const t = ms(now);
    let rows: Row[];
    if (outcome.type === 'delivered') {
      // Delivered is delivered, even if someone took the lease meanwhile (redeliver): at least once.
      rows = await this.db.query(
        `UPDATE outbox SET status = 'delivered', delivered_at = $1, attempts = attempts + 1, last_error = NULL,
           lease_owner = NULL, lease_expires_at = NULL, updated_at = $1 WHERE id = $2 AND status <> 'delivered' RETURNING id`,
        [t, eventId],
      );
    } else if (outcome.type === 'failed') {
      const retryAt = outcome.retryAt === null ? null : ms(outcome.retryAt);
      rows = await this.db.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $1,
           status = CASE WHEN $2::bigint IS NULL THEN 'dead' ELSE 'pending' END,
           next_attempt_at = coalesce($2::bigint, next_attempt_at), lease_owner = NULL, lease_expires_at = NULL, updated_at = $3
         WHERE id = $4 AND lease_token = $5 AND status = 'pending' RETURNING id`,
        [outcome.error, retryAt, t, eventId, leaseToken],
      );
    } else {
      rows = await this.db.query(
        `UPDATE outbox SET lease_owner = NULL, lease_expires_at = NULL, updated_at = $1 WHERE id = $2 AND lease_token = $3 AND status = 'pending' RETURNING id`,
        [t, eventId, leaseToken],
      );
    }
    return rows.length === 1;
  }

  async findOutbox(filter: OutboxFilter): Promise<OutboxEvent[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status?.length) {
      params.push(filter.status);
      where.push(`status = ANY($${params.length}::text[])`);
    }
    if (filter.ids) {
      params.push(filter.ids);
      where.push(`id = ANY($${params.length}::text[])`);
    }
    if (filter.since !== undefined) {
      params.push(ms(filter.since));
      where.push(`created_at >= $${params.length}`);
    }
    let sql = `SELECT * FROM outbox${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY created_at, id`;
    if (filter.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(filter.limit))}`;
    return (await this.db.query(sql, params)).map(toOutboxEvent);
  }

  async redeliverOutbox(sel: RedeliverSelection, now: number): Promise<string[]> {
    const where: string[] = [];
    const params: unknown[] = [ms(now)];
    if (sel.ids?.length) {
      params.push(sel.ids);
      where.push(`id = ANY($${params.length}::text[])`);
    }
    if (sel.dead) where.push(`status = 'dead'`);
    if (sel.pending) where.push(`status = 'pending'`);
    if (!where.length) return [];
    const rows = await this.db.query(
      `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1, delivered_at = NULL,
         lease_owner = NULL, lease_expires_at = NULL, lease_token = lease_token + 1, updated_at = $1
       WHERE ${where.join(' OR ')} RETURNING id, created_at`,
      params,
    );
    return rows.sort((a, b) => Number(a.created_at) - Number(b.created_at) || cmp(String(a.id), String(b.id))).map((r) => String(r.id));
  }

  // ---- operations ---------------------------------------------------------

  async stats(opts: StatsOptions): Promise<LedgerStats> {
    const now = ms(opts.now);
    const since = ms(opts.since ?? 0);
    const q = (sql: string, p: unknown[] = []) => this.db.query(sql, p);
    const one = async (sql: string, p: unknown[] = []) => Number((await q(sql, p))[0]?.n ?? 0);
    const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    for (const r of await q('SELECT status, count(*) AS n FROM jobs GROUP BY status')) byState[r.status as JobState] = Number(r.n);
    const due = await one(`SELECT count(*) AS n FROM jobs WHERE status = 'retrying' AND next_attempt_at <= $1`, [now]);
    const finishedSince = (state: string, t: number) => one('SELECT count(*) AS n FROM jobs WHERE status = $1 AND completed_at >= $2', [state, t]);

    // Latency percentiles in SQL, by the same nearest-rank rule as SQLite (outbox.ts): count
    // the group, then read the ranked row by OFFSET.
    const base = `FROM jobs WHERE status = 'completed' AND completed_at >= $1`;
    const latency = async (cond: string, p: unknown[]): Promise<LatencySummary> => {
      const [agg] = await q(`SELECT count(*) AS n, coalesce(sum(completed_at - created_at), 0) AS s ${base}${cond}`, [since, ...p]);
      const count = Number(agg.n);
      const at = async (pct: number) => {
        const i = percentileIndex(count, pct);
        if (i < 0) return null;
        const [row] = await q(`SELECT completed_at - created_at AS l ${base}${cond} ORDER BY l LIMIT 1 OFFSET $${p.length + 2}`, [since, ...p, i]);
        return Number(row.l);
      };
      return { count, sumMs: Number(agg.s), p50: await at(0.5), p95: await at(0.95), p99: await at(0.99) };
    };
    const kinds = new Set<string>(['text_pdf', 'scanned_pdf', 'mixed_pdf', 'image']);
    for (const r of await q(`SELECT DISTINCT result->>'documentKind' AS k ${base}`, [since])) if (r.k) kinds.add(String(r.k));
    const latencyByKind: Record<string, LatencySummary> = {};
    for (const k of kinds) latencyByKind[k] = await latency(` AND result->>'documentKind' = $2`, [k]);
    const latencyBySize = {} as Record<SizeBand, LatencySummary>;
    for (let i = 0; i < SIZE_BANDS.length; i++) {
      const lo = i === 0 ? 0 : SIZE_BAND_LIMITS[i - 1];
      const hi = i < SIZE_BAND_LIMITS.length ? SIZE_BAND_LIMITS[i] : Number.MAX_SAFE_INTEGER;
      latencyBySize[SIZE_BANDS[i]] = await latency(' AND size >= $2 AND size < $3', [lo, hi]);
    }

    const failedByClass = (
      await q(
        `SELECT error->>'errorClass' AS c, coalesce((error->>'retryable')::boolean, false) AS r, count(*) AS n
         FROM jobs WHERE status = 'failed' AND superseded_by IS NULL AND completed_at >= $1 GROUP BY 1, 2 ORDER BY n DESC, c`,
        [since],
      )
    ).map((r) => ({ errorClass: String(r.c ?? 'internal'), retryable: Boolean(r.r), jobs: Number(r.n) }));
    // The audit trail notes a retried failure as "<class>: <message>".
    const retriedByClass = (
      await q(
        `SELECT CASE WHEN strpos(error, ':') > 0 THEN substr(error, 1, strpos(error, ':') - 1) ELSE '' END AS c, count(*) AS n
         FROM job_events WHERE to_state = 'retrying' AND at >= $1 GROUP BY 1 ORDER BY n DESC, c`,
        [since],
      )
    ).map((r) => ({ errorClass: String(r.c || 'internal'), attempts: Number(r.n) }));

    const outbox = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
    for (const r of await q('SELECT status, count(*) AS n FROM outbox GROUP BY status')) outbox[r.status as OutboxState] = Number(r.n);
    const [last] = await q('SELECT max(finished_at) AS t FROM runs');

    return {
      now,
      byState,
      queueDepth: byState.pending + due,
      retryingLater: byState.retrying - due,
      completedLastHour: await finishedSince('completed', now - 3_600_000),
      completedLastDay: await finishedSince('completed', now - 86_400_000),
      failedLastHour: await finishedSince('failed', now - 3_600_000),
      failedLastDay: await finishedSince('failed', now - 86_400_000),
      latency: await latency('', []),
      latencyByKind,
      latencyBySize,
      failedByClass,
      retriedByClass,
      retriesSucceeded: await one(`SELECT count(*) AS n FROM jobs WHERE status = 'completed' AND attempts > 1 AND completed_at >= $1`, [since]),
      needsReview: await one(`SELECT count(*) AS n FROM jobs WHERE ${NEEDS_REVIEW} AND completed_at >= $1`, [since]),
      einvoices: {
        read: await one(`SELECT count(*) AS n FROM jobs WHERE status = 'completed' AND result->'einvoice'->>'syntax' IS NOT NULL AND completed_at >= $1`, [since]),
        pageMismatch: await one(`SELECT count(*) AS n FROM jobs WHERE status = 'completed' AND result->'einvoice'->'pageCheck'->>'status' = 'mismatch' AND completed_at >= $1`, [since]),
      },
      outbox,
      lastRunFinishedAt: num(last?.t),
    };
  }

  async prune(opts: PruneOptions): Promise<PruneResult> {
    const before = ms(opts.before);
    const rollback = new Error('dry run');
    let out: PruneResult | null = null;
    try {
      await this.db.tx(async (q) => {
        // Only finished jobs: pending, processing and retrying ones are never touched.
        const old = `SELECT id FROM jobs WHERE status IN ('completed', 'failed') AND coalesce(completed_at, updated_at) < $1`;
        const count = async (sql: string) => Number((await q.query(sql, [before]))[0].n);
        const res: PruneResult = {
          jobs: await count(`SELECT count(*) AS n FROM (${old}) AS o`),
          events: await count(`SELECT count(*) AS n FROM job_events WHERE job_id IN (${old})`),
          paths: await count(`SELECT count(*) AS n FROM job_paths WHERE job_id IN (${old})`),
          runLinks: await count(`SELECT count(*) AS n FROM run_jobs WHERE job_id IN (${old})`),
          runs: 0,
          files: 0,
          outbox: 0,
        };
        // Events, paths and run links go with their job (ON DELETE CASCADE).
        await q.query(`DELETE FROM jobs WHERE id IN (${old})`, [before]);
        res.runs = await count(
          `WITH d AS (DELETE FROM runs WHERE coalesce(finished_at, started_at) < $1 AND NOT EXISTS (SELECT 1 FROM run_jobs r WHERE r.run_id = runs.id) RETURNING 1)
           SELECT count(*) AS n FROM d`,
        );
        res.files = await count(
          `WITH d AS (DELETE FROM files WHERE seen_at < $1 AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.fingerprint = files.fingerprint) RETURNING 1)
           SELECT count(*) AS n FROM d`,
        );
        res.outbox = await count(`WITH d AS (DELETE FROM outbox WHERE status = 'delivered' AND coalesce(delivered_at, created_at) < $1 RETURNING 1) SELECT count(*) AS n FROM d`);
        out = res;
        if (opts.dryRun) throw rollback;
      });
    } catch (err) {
      if (err !== rollback) throw err;
    }
    // Plain VACUUM makes the space reusable without locking out the workers (VACUUM FULL would).
    if (opts.compact && !opts.dryRun) {
      for (const t of ['jobs', 'job_events', 'job_paths', 'run_jobs', 'runs', 'files', 'outbox']) await this.db.query(`VACUUM (ANALYZE) ${t}`);
    }
    return out!;
  }
}

/** Writes one webhook event; call inside the transaction of the state change it reports. */
function enqueueEvent(q: Sql, target: OutboxTarget, type: OutboxEventType, data: Record<string, unknown>, jobId: string | null, runId: string | null, now: number) {
  return q.query(
    `INSERT INTO outbox (id, type, url, body, job_id, run_id, status, attempts, next_attempt_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'pending', 0, $7, $7, $7)`,
    [newId('evt'), type, target.url, webhookBody(type, now, data), jobId, runId, now],
  );
}

/** A job's webhook names the run that last covered it (a retry run), else the run that created it. */
async function enqueueJobEvent(q: Sql, target: OutboxTarget, type: OutboxEventType, row: Row, now: number) {
  const job = toJob(row);
  const [link] = await q.query('SELECT run_id FROM run_jobs WHERE job_id = $1 ORDER BY link_id DESC LIMIT 1', [job.id]);
  const runId = (link?.run_id as string | undefined) ?? job.runId;
  await enqueueEvent(q, target, type, jobEventData(job, runId), job.id, runId, now);
}

/**
 * Applies one state-machine event to a locked row: the patch and its audit event in one
 * statement. Returns the updated row. Call inside a transaction that holds the row lock.
 */
async function applyTransition(q: Sql, row: Row, event: JobEventInput, runId: string | null, extra: Extra = {}): Promise<Row> {
  const t = transition(
    {
      status: row.status as JobState,
      attempts: Number(row.attempts),
      maxAttempts: Number(row.max_attempts),
      nextAttemptAt: num(row.next_attempt_at),
      leaseToken: Number(row.lease_token),
      supersededBy: (row.superseded_by as string | null) ?? null,
    },
    event,
  );
  const cols: Array<[string, unknown]> = [['updated_at', event.now]];
  for (const [key, col] of Object.entries(PATCH_COLUMNS) as Array<[keyof typeof PATCH_COLUMNS, string]>) {
    const v = t.patch[key];
    if (v === undefined) continue;
    cols.push([col, key === 'error' ? (v ? JSON.stringify(v) : null) : v]);
  }
  if (extra.maxAttempts !== undefined) cols.push(['max_attempts', extra.maxAttempts]);
  if (extra.result !== undefined) cols.push(['result', JSON.stringify(extra.result)]);
  if (extra.pageCount !== undefined) cols.push(['page_count', extra.pageCount]);
  if (extra.templateId !== undefined) cols.push(['template_id', extra.templateId]);
  const params: unknown[] = cols.map(([, v]) => v);
  const set = cols.map(([c], i) => `${c} = $${i + 1}`).join(', ');
  params.push(row.id, t.from, t.to, t.attempt, event.now, t.note, runId, t.kind ?? null, t.by ?? null);
  const n = cols.length;
  const [updated] = await q.query(
    `WITH u AS (UPDATE jobs SET ${set} WHERE id = $${n + 1} RETURNING *),
          e AS (INSERT INTO job_events (job_id, from_state, to_state, attempt, at, error, run_id, kind, actor)
                SELECT id, $${n + 2}::text, $${n + 3}::text, $${n + 4}::int, $${n + 5}::bigint, $${n + 6}::text, $${n + 7}::text, $${n + 8}::text, $${n + 9}::text FROM u)
     SELECT * FROM u`,
    params,
  );
  return updated;
}

/** Bytewise order, as the "C" collation of the id, fingerprint and path columns. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}


/** JSON columns arrive as objects (pg parses json). */
const { toJob, toJobEvent, toOutboxEvent, toRun } = rowMappers((v) => v ?? null);

/** Completed, its result needs review, and no one approved it yet. */
const NEEDS_REVIEW = `status = 'completed' AND (result->>'needsReview')::boolean AND reviewed_at IS NULL`;
