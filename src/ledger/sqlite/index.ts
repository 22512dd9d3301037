/**
 * The SQLite ledger: the embedded default. The only module that imports better-sqlite3.
 *
 * WAL mode with synchronous=NORMAL (see below), a busy timeout so several
 * docparse processes can share one file, and IMMEDIATE transactions for every write so a
 * claim is atomic across processes.
 */
import Database from 'better-sqlite3';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { IdempotencyConflictError, LedgerError, environmentError } from '../../errors.js';
import type { DocumentResult, Job, JobError, JobEvent, JobState, Run } from '../../types.js';
import { JOB_STATES } from '../../types.js';
import type { BackoffPolicy } from '../backoff.js';
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
import { transition, type JobEventInput, type JobPatch } from '../transitions.js';
import { newId } from '../ids.js';
import { loadMigrations } from './migrations.js';
import { candidatesSql, invoiceKey, setInvoiceKeySql, withDuplicates } from '../duplicates.js';
import { rowMappers, type Row } from '../rows.js';


export interface SqliteLedgerOptions {
  /** Busy timeout in ms when another process holds the write lock. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

export function openSqliteLedger(path: string, opts: SqliteLedgerOptions = {}): SqliteLedger {
  return reportDamage(new SqliteLedger(path, opts));
}

/**
 * A ledger damaged past its first pages opens fine and fails at the first query that reads the
 * damage (SQLite rolls that statement back). Report that as the ledger error it is (exit 5),
 * not as an unexpected one.
 */
function reportDamage(ledger: SqliteLedger): SqliteLedger {
  const asLedgerError = (err: unknown) => {
    const code = (err as { code?: string } | null)?.code;
    if (code !== 'SQLITE_CORRUPT' && code !== 'SQLITE_NOTADB') return environmentError(err, `the ledger ${ledger.path}`) ?? err;
    return new LedgerError(
      `the ledger ${ledger.path} is damaged (${(err as Error).message}); docparse stopped at the damage and did not write past it`,
      'Restore it from a backup, or point --ledger / DOCPARSE_LEDGER at a new file. docparse never repairs or overwrites a damaged ledger.',
      err,
    );
  };
  return new Proxy(ledger, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const r = (value as (...a: unknown[]) => unknown).apply(target, args);
          return r instanceof Promise ? r.catch((err: unknown) => Promise.reject(asLedgerError(err))) : r;
        } catch (err) {
          throw asLedgerError(err);
        }
      };
    },
  });
}

export class SqliteLedger implements Ledger {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly stmts: ReturnType<SqliteLedger['prepare']>;

  constructor(readonly path: string, opts: SqliteLedgerOptions = {}) {
    this.location = `sqlite:${path}`;
    if (path !== ':memory:') {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (err) {
        throw environmentError(err, `the ledger's folder ${dirname(path)}`) ?? err;
      }
    }
    const existed = path === ':memory:' ? false : existsSync(path);
    let opened: Database.Database | undefined;
    try {
      const busyTimeoutMs = opts.busyTimeoutMs ?? 15_000;
      this.db = opened = new Database(path, { readonly: opts.readonly ?? false, timeout: busyTimeoutMs });
      // Several processes opening a new ledger at once: switching it to WAL can fail with
      // SQLITE_BUSY without SQLite's busy handler being asked (seen in tests: "locked by another
      // process"), so the set-up is retried until the busy timeout. Every step is idempotent.
      const deadline = Date.now() + busyTimeoutMs;
      for (let attempt = 0; ; attempt++) {
        try {
          this.setUp();
          break;
        } catch (err) {
          if (!String((err as { code?: string }).code).startsWith('SQLITE_BUSY') || Date.now() >= deadline) throw err;
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(200, 10 * 2 ** attempt));
        }
      }
    } catch (err) {
      // Close what was opened, so a refused ledger is left as it was (no -wal/-shm beside it).
      try {
        opened?.close();
      } catch {
        /* nothing more to release */
      }
      if (err instanceof LedgerError) throw err;
      const e = err as { code?: string; message?: string };
      if (e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT') {
        throw new LedgerError(
          `the ledger ${path} is not a valid docparse ledger (${e.message}); nothing was changed`,
          'Restore it from a backup, or point --ledger / DOCPARSE_LEDGER at a new file. docparse never overwrites an unreadable ledger.',
          err,
        );
      }
      const env = environmentError(err, `the ledger ${path}`);
      if (env) throw env;
      if (String(e.code).startsWith('SQLITE_BUSY')) {
        throw new LedgerError(`the ledger ${path} is locked by another process`, 'Wait for the other docparse process, or raise the busy timeout.', err);
      }
      throw new LedgerError(`cannot open the ledger ${path}${existed ? '' : ' (new file)'}: ${e.message}`, 'Check the path and its permissions (--ledger / DOCPARSE_LEDGER).', err);
    }
    this.stmts = this.prepare();
  }

  private setUp(): void {
    // Reading the schema version is the first query: it fails on a file that is not a database.
    const version = this.db.pragma('user_version', { simple: true }) as number;
    // Refuse a newer ledger before any pragma that writes (journal_mode = WAL rewrites the header).
    this.refuseNewer(version);
    this.db.pragma('journal_mode = WAL');
    // In WAL mode, NORMAL never corrupts the ledger and survives any process crash (kill -9);
    // only a power loss may roll back the last commits, whose jobs then simply run again.
    // FULL would add an fsync per state change (~1 ms each here).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate(version);
  }

  private refuseNewer(current: number): void {
    const migrations = loadMigrations();
    const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (current > latest) {
      throw new LedgerError(
        `the ledger ${this.path} was written by a newer docparse (schema version ${current}; this docparse knows up to ${latest}); nothing was changed`,
        'Upgrade docparse, or use another ledger file with --ledger.',
      );
    }
  }

  private migrate(current: number): void {
    this.refuseNewer(current);
    const migrations = loadMigrations();
    const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (current === latest) return;
    // Re-read the version inside the write lock: another process may have migrated meanwhile.
    this.db
      .transaction(() => {
        const now = this.db.pragma('user_version', { simple: true }) as number;
        for (const m of migrations) {
          if (m.version <= now) continue;
          this.db.exec(m.sql);
          this.db.pragma(`user_version = ${m.version}`);
        }
      })
      .immediate();
  }

  private prepare() {
    const db = this.db;
    return {
      getJob: db.prepare('SELECT * FROM jobs WHERE id = ?'),
      duplicateCandidates: db.prepare(candidatesSql(() => '?')),
      setInvoiceKey: db.prepare(setInvoiceKeySql(() => '?')),
      findJob: db.prepare('SELECT * FROM jobs WHERE fingerprint = ? AND settings_key = ?'),
      insertJob: db.prepare(`INSERT INTO jobs (id, fingerprint, settings_key, settings, status, path, file_name, size, kind,
          template_id, attempts, max_attempts, run_id, created_at, updated_at)
        VALUES (@id, @fingerprint, @settingsKey, @settings, 'pending', @path, @fileName, @size, @kind, @templateId, 0, @maxAttempts, @runId, @now, @now)`),
      updateJobPath: db.prepare('UPDATE jobs SET path = ?, file_name = ?, size = ?, updated_at = ? WHERE id = ?'),
      insertJobPath: db.prepare('INSERT OR IGNORE INTO job_paths (job_id, path, first_seen) VALUES (?, ?, ?)'),
      upsertFile: db.prepare(`INSERT INTO files (path, size, mtime_ms, ino, fingerprint, kind, seen_at)
        VALUES (@path, @size, @mtimeMs, @ino, @fingerprint, @kind, @now)
        ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, ino = excluded.ino,
          fingerprint = excluded.fingerprint, kind = excluded.kind, seen_at = excluded.seen_at`),
      getFile: db.prepare('SELECT * FROM files WHERE path = ?'),
      insertRunJob: db.prepare('INSERT OR IGNORE INTO run_jobs (run_id, job_id, outcome, seq) VALUES (?, ?, ?, ?)'),
      // The next number of a run's job links. max + 1, not the count: prune may have removed links
      // of a run that is still going (a watch worker's), and a number must never repeat.
      nextRunSeq: db.prepare('SELECT coalesce(max(seq) + 1, 0) AS n FROM run_jobs WHERE run_id = ?'),
      insertEvent: db.prepare('INSERT INTO job_events (job_id, from_state, to_state, attempt, at, error, run_id, kind, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      // Failed jobs of these settings seen under a path with other content, not superseded yet.
      failedAtPath: db.prepare(`SELECT j.* FROM job_paths p JOIN jobs j ON j.id = p.job_id
        WHERE p.path = ? AND j.settings_key = ? AND j.status = 'failed' AND j.superseded_by IS NULL AND j.id <> ?`),
      claimInRun: db.prepare(`SELECT j.* FROM jobs j WHERE (j.status = 'pending' OR (j.status = 'retrying' AND j.next_attempt_at <= @now))
          AND EXISTS (SELECT 1 FROM run_jobs r WHERE r.run_id = @runId AND r.job_id = j.id)
        ORDER BY j.status = 'retrying' DESC, j.created_at, j.id LIMIT 1`),
      claimAny: db.prepare(`SELECT * FROM jobs WHERE status = 'pending' OR (status = 'retrying' AND next_attempt_at <= @now)
        ORDER BY status = 'retrying' DESC, created_at, id LIMIT 1`),
      claimAnyWithTemplates: db.prepare(`SELECT * FROM jobs WHERE (status = 'pending' OR (status = 'retrying' AND next_attempt_at <= @now))
          AND json_extract(settings, '$.templatesDigest') IS @templatesDigest
        ORDER BY status = 'retrying' DESC, created_at, id LIMIT 1`),
      processing: db.prepare(`SELECT * FROM jobs WHERE status = 'processing'`),
      insertRun: db.prepare(`INSERT INTO runs (id, started_at, settings, paths, idempotency_key, inputs_digest, detached, owner, heartbeat_at)
        VALUES (@id, @startedAt, @settings, @paths, @idempotencyKey, @inputsDigest, @detached, @owner, @startedAt)`),
      touchRun: db.prepare('UPDATE runs SET heartbeat_at = ? WHERE id = ? AND owner = ? AND finished_at IS NULL'),
      takeOverRun: db.prepare(`UPDATE runs SET owner = @owner, heartbeat_at = @now, finished_at = NULL
        WHERE id = @id AND owner IS @seenOwner AND heartbeat_at IS @seenHeartbeat AND finished_at IS @seenFinished`),
      finishRun: db.prepare('UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?'),
      getRun: db.prepare('SELECT * FROM runs WHERE id = ?'),
      getRunByKey: db.prepare('SELECT * FROM runs WHERE idempotency_key = ?'),
      runStates: db.prepare(`SELECT j.status AS status, r.outcome AS outcome, count(*) AS n FROM run_jobs r JOIN jobs j ON j.id = r.job_id
        WHERE r.run_id = ? GROUP BY j.status, r.outcome`),
      runNextDue: db.prepare(`SELECT min(CASE WHEN j.status = 'retrying' THEN j.next_attempt_at ELSE j.lease_expires_at END) AS t
        FROM run_jobs r JOIN jobs j ON j.id = r.job_id WHERE r.run_id = ? AND j.status IN ('retrying', 'processing')`),
      events: db.prepare('SELECT * FROM job_events WHERE job_id = ? ORDER BY id'),
      jobPaths: db.prepare('SELECT path FROM job_paths WHERE job_id = ? ORDER BY first_seen, path'),
      byFingerprint: db.prepare(`SELECT * FROM jobs WHERE fingerprint >= ? AND fingerprint < ? ORDER BY created_at LIMIT 50`),
      byPath: db.prepare(`SELECT j.* FROM job_paths p JOIN jobs j ON j.id = p.job_id WHERE p.path = ? ORDER BY j.created_at`),
      insertOutbox: db.prepare(`INSERT INTO outbox (id, type, url, body, job_id, run_id, status, attempts, next_attempt_at, created_at, updated_at)
        VALUES (@id, @type, @url, @body, @jobId, @runId, 'pending', 0, @now, @now, @now)`),
      latestRunOfJob: db.prepare('SELECT run_id FROM run_jobs WHERE job_id = ? ORDER BY rowid DESC LIMIT 1'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ---- runs ---------------------------------------------------------------

  async createRun(run: NewRun): Promise<void> {
    try {
      this.stmts.insertRun.run({
        id: run.id,
        startedAt: run.startedAt,
        settings: JSON.stringify(run.settings),
        paths: JSON.stringify(run.paths),
        idempotencyKey: run.idempotencyKey,
        inputsDigest: run.inputsDigest,
        detached: run.detached ? 1 : 0,
        owner: run.owner ?? null,
      });
    } catch (err) {
      // The UNIQUE constraint is what decides between two submits racing with one key.
      const e = err as { code?: string; message?: string };
      if (run.idempotencyKey !== null && e.code === 'SQLITE_CONSTRAINT_UNIQUE' && /idempotency_key/.test(String(e.message))) {
        throw new IdempotencyConflictError(`the idempotency key "${run.idempotencyKey}" is already used by another run`);
      }
      throw err;
    }
  }

  async finishRun(runId: string, summary: unknown, now: number, outbox?: OutboxTarget): Promise<void> {
    this.db
      .transaction(() => {
        this.stmts.finishRun.run(now, JSON.stringify(summary), runId);
        if (outbox) this.enqueueEvent(outbox, 'run.finished', runEventData(runId, summary), null, runId, now);
      })
      .immediate();
  }

  /** Writes one webhook event; call inside the transaction of the state change it reports. */
  private enqueueEvent(target: OutboxTarget, type: OutboxEventType, data: Record<string, unknown>, jobId: string | null, runId: string | null, now: number): void {
    this.stmts.insertOutbox.run({ id: newId('evt'), type, url: target.url, body: webhookBody(type, now, data), jobId, runId, now });
  }

  private enqueueJobEvent(target: OutboxTarget, type: OutboxEventType, jobId: string, now: number): void {
    const job = toJob(this.stmts.getJob.get(jobId) as Row);
    const runId = ((this.stmts.latestRunOfJob.get(jobId) as Row | undefined)?.run_id as string | undefined) ?? job.runId;
    this.enqueueEvent(target, type, jobEventData(job, runId), jobId, runId, now);
  }

  async touchRun(runId: string, owner: string, now: number): Promise<void> {
    this.stmts.touchRun.run(now, runId, owner);
  }

  async takeOverRun(runId: string, seen: { owner: string | null; heartbeatAt: number | null; finishedAt: number | null }, owner: string, now: number): Promise<boolean> {
    return this.stmts.takeOverRun.run({ id: runId, owner, now, seenOwner: seen.owner, seenHeartbeat: seen.heartbeatAt, seenFinished: seen.finishedAt }).changes === 1;
  }

  async getRun(runId: string): Promise<Run | null> {
    const row = this.stmts.getRun.get(runId) as Row | undefined;
    return row ? toRun(row) : null;
  }

  async findRunByIdempotencyKey(key: string): Promise<Run | null> {
    const row = this.stmts.getRunByKey.get(key) as Row | undefined;
    return row ? toRun(row) : null;
  }

  async runProgress(runId: string): Promise<RunProgress> {
    const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    const byOutcome: Record<RegisterOutcome, number> = { new: 0, existing: 0, requeued: 0 };
    for (const r of this.stmts.runStates.all(runId) as Row[]) {
      byState[r.status as JobState] += Number(r.n);
      byOutcome[r.outcome as RegisterOutcome] += Number(r.n);
    }
    const t = (this.stmts.runNextDue.get(runId) as Row | undefined)?.t;
    return { byState, byOutcome, nextDueAt: t == null ? null : Number(t) };
  }

  async runJobs(runId: string, filter: RunJobsFilter = {}): Promise<RunJob[]> {
    const params: unknown[] = [runId];
    let sql = 'SELECT j.*, r.outcome AS outcome, r.seq AS seq FROM run_jobs r JOIN jobs j ON j.id = r.job_id WHERE r.run_id = ?';
    if (filter.status?.length) {
      sql += ` AND j.status IN (${filter.status.map(() => '?').join(',')})`;
      params.push(...filter.status);
    }
    if (filter.afterSeq !== undefined) {
      sql += ' AND r.seq > ?';
      params.push(filter.afterSeq);
    }
    if (filter.needsReview) sql += ` AND ${NEEDS_REVIEW.replace(/\b(status|result|reviewed_at)\b/g, 'j.$1')}`;
    if (filter.superseded === false) sql += ' AND j.superseded_by IS NULL';
    sql += ' ORDER BY r.seq';
    if (filter.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(filter.limit))}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => ({ ...toJob(r), outcome: r.outcome as RegisterOutcome, seq: Number(r.seq) }));
  }

  // ---- files --------------------------------------------------------------

  async lookupFiles(paths: string[]): Promise<Map<string, FileRecord>> {
    const out = new Map<string, FileRecord>();
    for (const p of paths) {
      const r = this.stmts.getFile.get(p) as Row | undefined;
      if (r) out.set(p, { path: p, size: Number(r.size), mtimeMs: Number(r.mtime_ms), ino: Number(r.ino), fingerprint: String(r.fingerprint), kind: r.kind as FileRecord['kind'] });
    }
    return out;
  }

  // ---- jobs ---------------------------------------------------------------

  async register(items: RegisterItem[], opts: RegisterOptions): Promise<RegisterResult[]> {
    const settingsJson = JSON.stringify(opts.settings);
    const run = this.db.transaction(() => {
      let seq = Number((this.stmts.nextRunSeq.get(opts.runId) as Row).n);
      const results: RegisterResult[] = [];
      for (const it of items) {
        if (!it.unchanged) this.stmts.upsertFile.run({ path: it.path, size: it.size, mtimeMs: it.mtimeMs, ino: it.ino, fingerprint: it.fingerprint, kind: it.kind, now: opts.now });
        let row = this.stmts.findJob.get(it.fingerprint, opts.settingsKey) as Row | undefined;
        let outcome: RegisterOutcome = 'existing';
        if (!row) {
          const id = newId('job');
          this.stmts.insertJob.run({
            id,
            fingerprint: it.fingerprint,
            settingsKey: opts.settingsKey,
            settings: settingsJson,
            path: it.path,
            fileName: it.fileName,
            size: it.size,
            kind: it.kind,
            templateId: opts.settings.template,
            maxAttempts: opts.maxAttempts,
            runId: opts.runId,
            now: opts.now,
          });
          this.stmts.insertEvent.run(id, null, 'pending', 0, opts.now, null, opts.runId, null, null);
          row = this.stmts.getJob.get(id) as Row;
          outcome = 'new';
        } else {
          const status = row.status as JobState;
          if (status !== 'processing' && status !== 'completed') {
            // Read it from where it is now: the first path may have moved or been deleted.
            this.stmts.updateJobPath.run(it.path, it.fileName, it.size, opts.now, row.id);
          }
          if (opts.force && (status === 'completed' || status === 'failed')) {
            this.applyTransition(row, { type: 'requeue', now: opts.now, reason: 'submit --force' }, opts.runId, { maxAttempts: opts.maxAttempts });
            // Processed again: from where the file is now.
            this.stmts.updateJobPath.run(it.path, it.fileName, it.size, opts.now, row.id);
            row = this.stmts.getJob.get(row.id) as Row;
            outcome = 'requeued';
          }
        }
        this.stmts.insertJobPath.run(row.id, it.path, opts.now);
        const inserted = this.stmts.insertRunJob.run(opts.runId, row.id, outcome, seq).changes;
        if (inserted) seq++;
        results.push({ path: it.path, jobId: String(row.id), status: row.status as JobState, outcome });
      }
      return results;
    });
    return run.immediate();
  }

  /** Applies one state-machine event to a row and appends the audit event. Call inside a transaction. */
  private applyTransition(row: Row, event: JobEventInput, runId: string | null, extra: Record<string, unknown> = {}): JobPatch {
    const t = transition(
      {
        status: row.status as JobState,
        attempts: Number(row.attempts),
        maxAttempts: Number(row.max_attempts),
        nextAttemptAt: row.next_attempt_at == null ? null : Number(row.next_attempt_at),
        leaseToken: Number(row.lease_token),
        supersededBy: (row.superseded_by as string | null) ?? null,
      },
      event,
    );
    const cols: Record<string, unknown> = { status: t.patch.status, updated_at: event.now };
    if (t.patch.attempts !== undefined) cols.attempts = t.patch.attempts;
    if (t.patch.nextAttemptAt !== undefined) cols.next_attempt_at = t.patch.nextAttemptAt;
    if (t.patch.leaseOwner !== undefined) cols.lease_owner = t.patch.leaseOwner;
    if (t.patch.leaseExpiresAt !== undefined) cols.lease_expires_at = t.patch.leaseExpiresAt;
    if (t.patch.leaseToken !== undefined) cols.lease_token = t.patch.leaseToken;
    if (t.patch.startedAt !== undefined) cols.started_at = t.patch.startedAt;
    if (t.patch.completedAt !== undefined) cols.completed_at = t.patch.completedAt;
    if (t.patch.error !== undefined) cols.error = t.patch.error ? JSON.stringify(t.patch.error) : null;
    if (t.patch.reviewedAt !== undefined) cols.reviewed_at = t.patch.reviewedAt;
    if (t.patch.reviewedBy !== undefined) cols.reviewed_by = t.patch.reviewedBy;
    if (t.patch.supersededBy !== undefined) cols.superseded_by = t.patch.supersededBy;
    if (extra.maxAttempts !== undefined) cols.max_attempts = extra.maxAttempts;
    if (extra.result !== undefined) cols.result = extra.result;
    if (extra.pageCount !== undefined) cols.page_count = extra.pageCount;
    if (extra.templateId !== undefined) cols.template_id = extra.templateId;
    const keys = Object.keys(cols);
    this.db.prepare(`UPDATE jobs SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...cols, id: row.id });
    this.stmts.insertEvent.run(row.id, t.from, t.to, t.attempt, event.now, t.note, runId, t.kind ?? null, t.by ?? null);
    return t.patch;
  }

  async claim(opts: ClaimOptions): Promise<Job | null> {
    const run = this.db.transaction(() => {
      const row = (
        opts.runId
          ? this.stmts.claimInRun.get({ now: opts.now, runId: opts.runId })
          : opts.templatesDigest !== undefined
            ? this.stmts.claimAnyWithTemplates.get({ now: opts.now, templatesDigest: opts.templatesDigest })
            : this.stmts.claimAny.get({ now: opts.now })
      ) as Row | undefined;
      if (!row) return null;
      this.applyTransition(row, { type: 'claim', now: opts.now, owner: opts.owner, leaseMs: opts.leaseMs }, opts.runId ?? null);
      return toJob(this.stmts.getJob.get(row.id) as Row);
    });
    return run.immediate();
  }

  /** Runs `fn` on the job's row only while `leaseToken` still holds it. */
  private fenced<T>(jobId: string, leaseToken: number, fn: (row: Row) => T): T | null {
    return this.db
      .transaction(() => {
        const row = this.stmts.getJob.get(jobId) as Row | undefined;
        if (!row || row.status !== 'processing' || Number(row.lease_token) !== leaseToken) return null;
        return fn(row);
      })
      .immediate();
  }

  async heartbeat(jobId: string, leaseToken: number, leaseMs: number, now: number): Promise<boolean> {
    const r = this.db
      .prepare(`UPDATE jobs SET lease_expires_at = ?, updated_at = ? WHERE id = ? AND status = 'processing' AND lease_token = ?`)
      .run(now + leaseMs, now, jobId, leaseToken);
    return r.changes === 1;
  }

  async complete(jobId: string, leaseToken: number, result: DocumentResult, now: number, outbox?: OutboxTarget): Promise<boolean> {
    return (await this.completeReturning(jobId, leaseToken, result, now, outbox)) !== null;
  }

  async completeReturning(jobId: string, leaseToken: number, result: DocumentResult, now: number, outbox?: OutboxTarget): Promise<CompletedJob | null> {
    return this.fenced(jobId, leaseToken, (row) => {
      // Earlier copies of the same invoice, read in this (immediate, so serialised) transaction.
      const key = invoiceKey(result);
      const self = { jobId, fingerprint: String(row.fingerprint) };
      const stored = key ? withDuplicates(result, self, this.stmts.duplicateCandidates.all(key, jobId) as Row[], parseJson) : result;
      this.applyTransition(row, { type: 'complete', now }, null, {
        result: JSON.stringify(stored),
        pageCount: result.pageCount,
        templateId: result.templateId,
      });
      this.stmts.setInvoiceKey.run(key, jobId);
      if (outbox) this.enqueueJobEvent(outbox, 'job.completed', jobId, now);
      return { job: toJob(this.stmts.getJob.get(jobId) as Row), paths: (this.stmts.jobPaths.all(jobId) as Row[]).map((r) => String(r.path)) };
    });
  }

  async fail(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, outbox?: OutboxTarget): Promise<JobState | null> {
    return (await this.failReturning(jobId, leaseToken, error, backoff, now, outbox))?.status ?? null;
  }

  async failReturning(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number, outbox?: OutboxTarget): Promise<Job | null> {
    return this.fenced(jobId, leaseToken, (row) => {
      const state = this.applyTransition(row, { type: 'fail', now, error, backoff }, null).status;
      if (outbox && state === 'failed') this.enqueueJobEvent(outbox, 'job.failed', jobId, now);
      return toJob(this.stmts.getJob.get(jobId) as Row);
    });
  }

  async release(jobId: string, leaseToken: number, reason: string, now: number): Promise<boolean> {
    const ok = this.fenced(jobId, leaseToken, (row) => {
      this.applyTransition(row, { type: 'release', now, reason }, null);
      return true;
    });
    return ok === true;
  }

  async reclaimAbandoned(now: number, isOwnerAlive: (owner: string) => boolean): Promise<string[]> {
    const candidates = (this.stmts.processing.all() as Row[]).filter((r) => {
      const expired = r.lease_expires_at != null && Number(r.lease_expires_at) <= now;
      return expired || !isOwnerAlive(String(r.lease_owner ?? ''));
    });
    const released: string[] = [];
    for (const c of candidates) {
      const reason = Number(c.lease_expires_at) <= now ? 'lease expired (its worker stopped renewing it)' : `its worker ${String(c.lease_owner)} is gone`;
      if (this.fenced(String(c.id), Number(c.lease_token), (row) => this.applyTransition(row, { type: 'abandon', now, reason }, null))) {
        released.push(String(c.id));
      }
    }
    return released;
  }

  async requeue(jobIds: string[], reason: string, now: number, opts: { runId?: string } = {}): Promise<string[]> {
    const run = this.db.transaction(() => {
      const done: string[] = [];
      let seq = opts.runId ? Number((this.stmts.nextRunSeq.get(opts.runId) as Row).n) : 0;
      for (const id of jobIds) {
        const row = this.stmts.getJob.get(id) as Row | undefined;
        if (!row || (row.status !== 'failed' && row.status !== 'completed')) continue;
        this.applyTransition(row, { type: 'requeue', now, reason }, opts.runId ?? null);
        if (opts.runId && this.stmts.insertRunJob.run(opts.runId, id, 'requeued', seq).changes) seq++;
        done.push(id);
      }
      return done;
    });
    return run.immediate();
  }

  async approve(jobIds: string[], by: string, now: number): Promise<string[]> {
    const run = this.db.transaction(() => {
      const done: string[] = [];
      for (const id of jobIds) {
        const row = this.stmts.getJob.get(id) as Row | undefined;
        if (!row || row.status !== 'completed' || row.reviewed_at != null || !needsReview(row)) continue;
        this.applyTransition(row, { type: 'approve', now, by }, null);
        done.push(id);
      }
      return done;
    });
    return run.immediate();
  }

  async supersede(items: Array<{ path: string; jobId: string }>, settingsKey: string, now: number): Promise<Array<{ jobId: string; by: string }>> {
    const run = this.db.transaction(() => {
      const done: Array<{ jobId: string; by: string }> = [];
      for (const it of items) {
        for (const row of this.stmts.failedAtPath.all(it.path, settingsKey, it.jobId) as Row[]) {
          // The same old job under two fixed paths: superseded once, by the first.
          if (done.some((d) => d.jobId === row.id)) continue;
          this.applyTransition(row, { type: 'supersede', now, by: it.jobId }, null);
          done.push({ jobId: String(row.id), by: it.jobId });
        }
      }
      return done;
    });
    return run.immediate();
  }

  async getJob(jobId: string): Promise<Job | null> {
    const row = this.stmts.getJob.get(jobId) as Row | undefined;
    return row ? toJob(row) : null;
  }

  async findJob(fingerprint: string, settingsKey: string): Promise<Job | null> {
    const row = this.stmts.findJob.get(fingerprint, settingsKey) as Row | undefined;
    return row ? toJob(row) : null;
  }

  async findJobs(filter: JobFilter): Promise<Job[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status?.length) {
      where.push(`status IN (${filter.status.map(() => '?').join(',')})`);
      params.push(...filter.status);
    }
    if (filter.since !== undefined) {
      where.push('created_at >= ?');
      params.push(filter.since);
    }
    if (filter.runId) {
      where.push('id IN (SELECT job_id FROM run_jobs WHERE run_id = ?)');
      params.push(filter.runId);
    }
    if (filter.after) {
      where.push('(created_at, id) > (?, ?)');
      params.push(filter.after.createdAt, filter.after.id);
    }
    if (filter.needsReview) where.push(NEEDS_REVIEW);
    if (filter.superseded === false) where.push('superseded_by IS NULL');
    let sql = `SELECT * FROM jobs${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY created_at, id`;
    if (filter.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(filter.limit))}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map(toJob);
  }

  async findJobsByFingerprint(prefix: string): Promise<Job[]> {
    const p = prefix.toLowerCase();
    return (this.stmts.byFingerprint.all(p, p + 'g') as Row[]).map(toJob);
  }

  async findJobsByPath(path: string): Promise<Job[]> {
    return (this.stmts.byPath.all(path) as Row[]).map(toJob);
  }

  async jobPaths(jobId: string): Promise<string[]> {
    return (this.stmts.jobPaths.all(jobId) as Row[]).map((r) => String(r.path));
  }

  async jobEvents(jobId: string): Promise<JobEvent[]> {
    return (this.stmts.events.all(jobId) as Row[]).map(toJobEvent);
  }

  // ---- webhook outbox -----------------------------------------------------

  async claimOutbox(opts: { owner: string; leaseMs: number; now: number; limit: number }): Promise<OutboxEvent[]> {
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare(`SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now
              AND (lease_expires_at IS NULL OR lease_expires_at <= @now) ORDER BY next_attempt_at, created_at LIMIT @limit`)
          .all({ now: opts.now, limit: Math.max(0, Math.floor(opts.limit)) }) as Row[];
        const lease = this.db.prepare(`UPDATE outbox SET lease_owner = ?, lease_expires_at = ?, lease_token = lease_token + 1, updated_at = ? WHERE id = ?`);
        const get = this.db.prepare('SELECT * FROM outbox WHERE id = ?');
        return rows.map((r) => {
          lease.run(opts.owner, opts.now + opts.leaseMs, opts.now, r.id);
          return toOutboxEvent(get.get(r.id) as Row);
        });
      })
      .immediate();
  }

  async settleOutbox(eventId: string, leaseToken: number, outcome: OutboxOutcome, now: number): Promise<boolean> {
    let r;
    if (outcome.type === 'delivered') {
      // Delivered is delivered, even if someone took the lease meanwhile (redeliver): at least once.
      r = this.db
        .prepare(`UPDATE outbox SET status = 'delivered', delivered_at = ?, attempts = attempts + 1, last_error = NULL,
            lease_owner = NULL, lease_expires_at = NULL, updated_at = ? WHERE id = ? AND status <> 'delivered'`)
        .run(now, now, eventId);
    } else if (outcome.type === 'failed') {
      r = this.db
        .prepare(`UPDATE outbox SET attempts = attempts + 1, last_error = @error,
            status = CASE WHEN @retryAt IS NULL THEN 'dead' ELSE 'pending' END,
            next_attempt_at = coalesce(@retryAt, next_attempt_at), lease_owner = NULL, lease_expires_at = NULL, updated_at = @now
            WHERE id = @id AND lease_token = @token AND status = 'pending'`)
        .run({ error: outcome.error, retryAt: outcome.retryAt, now, id: eventId, token: leaseToken });
    } else {
      r = this.db
        .prepare(`UPDATE outbox SET lease_owner = NULL, lease_expires_at = NULL, updated_at = ? WHERE id = ? AND lease_token = ? AND status = 'pending'`)
        .run(now, eventId, leaseToken);
    }
    return r.changes === 1;
  }

  async findOutbox(filter: OutboxFilter): Promise<OutboxEvent[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status?.length) {
      where.push(`status IN (${filter.status.map(() => '?').join(',')})`);
      params.push(...filter.status);
    }
    if (filter.ids) {
      where.push(`id IN (${filter.ids.map(() => '?').join(',') || 'NULL'})`);
      params.push(...filter.ids);
    }
    if (filter.since !== undefined) {
      where.push('created_at >= ?');
      params.push(filter.since);
    }
    let sql = `SELECT * FROM outbox${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY created_at, id`;
    if (filter.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(filter.limit))}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map(toOutboxEvent);
  }

  async redeliverOutbox(sel: RedeliverSelection, now: number): Promise<string[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (sel.ids?.length) {
      where.push(`id IN (${sel.ids.map(() => '?').join(',')})`);
      params.push(...sel.ids);
    }
    if (sel.dead) where.push(`status = 'dead'`);
    if (sel.pending) where.push(`status = 'pending'`);
    if (!where.length) return [];
    return this.db
      .transaction(() => {
        const ids = (this.db.prepare(`SELECT id FROM outbox WHERE ${where.join(' OR ')} ORDER BY created_at, id`).all(...params) as Row[]).map((r) => String(r.id));
        const upd = this.db.prepare(`UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, delivered_at = NULL,
            lease_owner = NULL, lease_expires_at = NULL, lease_token = lease_token + 1, updated_at = ? WHERE id = ?`);
        for (const id of ids) upd.run(now, now, id);
        return ids;
      })
      .immediate();
  }

  // ---- operations ---------------------------------------------------------

  async stats(opts: StatsOptions): Promise<LedgerStats> {
    const { now } = opts;
    const since = opts.since ?? 0;
    const db = this.db;
    const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    for (const r of db.prepare('SELECT status, count(*) AS n FROM jobs GROUP BY status').all() as Row[]) byState[r.status as JobState] = Number(r.n);
    const one = (sql: string, ...p: unknown[]) => Number((db.prepare(sql).get(...p) as Row).n ?? 0);
    const due = one(`SELECT count(*) AS n FROM jobs WHERE status = 'retrying' AND next_attempt_at <= ?`, now);
    const finishedSince = (state: string, t: number) => one(`SELECT count(*) AS n FROM jobs WHERE status = ? AND completed_at >= ?`, state, t);

    // Latency percentiles in SQL: count the group, then read the nearest-rank row by OFFSET.
    const base = `FROM jobs WHERE status = 'completed' AND completed_at >= ?`;
    const latency = (cond: string, p: unknown[]): LatencySummary => {
      const agg = db.prepare(`SELECT count(*) AS n, coalesce(sum(completed_at - created_at), 0) AS s ${base}${cond}`).get(since, ...p) as Row;
      const count = Number(agg.n);
      const at = (q: number) => {
        const i = percentileIndex(count, q);
        if (i < 0) return null;
        const row = db.prepare(`SELECT completed_at - created_at AS l ${base}${cond} ORDER BY l LIMIT 1 OFFSET ?`).get(since, ...p, i) as Row;
        return Number(row.l);
      };
      return { count, sumMs: Number(agg.s), p50: at(0.5), p95: at(0.95), p99: at(0.99) };
    };
    const kinds = new Set<string>(['text_pdf', 'scanned_pdf', 'mixed_pdf', 'image']);
    for (const r of db.prepare(`SELECT DISTINCT json_extract(result, '$.documentKind') AS k ${base}`).all(since) as Row[]) if (r.k) kinds.add(String(r.k));
    const latencyByKind: Record<string, LatencySummary> = {};
    for (const k of kinds) latencyByKind[k] = latency(` AND json_extract(result, '$.documentKind') = ?`, [k]);
    const latencyBySize = {} as Record<SizeBand, LatencySummary>;
    SIZE_BANDS.forEach((band, i) => {
      const lo = i === 0 ? 0 : SIZE_BAND_LIMITS[i - 1];
      const hi = i < SIZE_BAND_LIMITS.length ? SIZE_BAND_LIMITS[i] : Number.MAX_SAFE_INTEGER;
      latencyBySize[band] = latency(' AND size >= ? AND size < ?', [lo, hi]);
    });

    const failedByClass = (db
      .prepare(`SELECT json_extract(error, '$.errorClass') AS c, json_extract(error, '$.retryable') AS r, count(*) AS n
          FROM jobs WHERE status = 'failed' AND superseded_by IS NULL AND completed_at >= ? GROUP BY c, r ORDER BY n DESC, c`)
      .all(since) as Row[]).map((r) => ({ errorClass: String(r.c ?? 'internal'), retryable: Boolean(r.r), jobs: Number(r.n) }));
    // The audit trail notes a retried failure as "<class>: <message>".
    const retriedByClass = (db
      .prepare(`SELECT substr(error, 1, instr(error, ':') - 1) AS c, count(*) AS n FROM job_events
          WHERE to_state = 'retrying' AND at >= ? GROUP BY c ORDER BY n DESC, c`)
      .all(since) as Row[]).map((r) => ({ errorClass: String(r.c || 'internal'), attempts: Number(r.n) }));

    const outbox = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
    for (const r of db.prepare('SELECT status, count(*) AS n FROM outbox GROUP BY status').all() as Row[]) outbox[r.status as OutboxState] = Number(r.n);
    const last = (db.prepare('SELECT max(finished_at) AS t FROM runs').get() as Row).t;

    return {
      now,
      byState,
      queueDepth: byState.pending + due,
      retryingLater: byState.retrying - due,
      completedLastHour: finishedSince('completed', now - 3_600_000),
      completedLastDay: finishedSince('completed', now - 86_400_000),
      failedLastHour: finishedSince('failed', now - 3_600_000),
      failedLastDay: finishedSince('failed', now - 86_400_000),
      latency: latency('', []),
      latencyByKind,
      latencyBySize,
      failedByClass,
      retriedByClass,
      retriesSucceeded: one(`SELECT count(*) AS n FROM jobs WHERE status = 'completed' AND attempts > 1 AND completed_at >= ?`, since),
      needsReview: one(`SELECT count(*) AS n FROM jobs WHERE ${NEEDS_REVIEW} AND completed_at >= ?`, since),
      einvoices: {
        read: one(`SELECT count(*) AS n FROM jobs WHERE status = 'completed' AND json_extract(result, '$.einvoice.syntax') IS NOT NULL AND completed_at >= ?`, since),
        pageMismatch: one(`SELECT count(*) AS n FROM jobs WHERE status = 'completed' AND json_extract(result, '$.einvoice.pageCheck.status') = 'mismatch' AND completed_at >= ?`, since),
      },
      outbox,
      lastRunFinishedAt: last == null ? null : Number(last),
    };
  }

  async prune(opts: PruneOptions): Promise<PruneResult> {
    const db = this.db;
    const rollback = new Error('dry run');
    let out: PruneResult | null = null;
    try {
      db.transaction(() => {
        // Only finished jobs: pending, processing and retrying ones are never touched.
        const old = `SELECT id FROM jobs WHERE status IN ('completed', 'failed') AND coalesce(completed_at, updated_at) < @before`;
        const count = (sql: string) => Number((db.prepare(sql).get({ before: opts.before }) as Row).n);
        const res: PruneResult = {
          jobs: count(`SELECT count(*) AS n FROM (${old})`),
          events: count(`SELECT count(*) AS n FROM job_events WHERE job_id IN (${old})`),
          paths: count(`SELECT count(*) AS n FROM job_paths WHERE job_id IN (${old})`),
          runLinks: count(`SELECT count(*) AS n FROM run_jobs WHERE job_id IN (${old})`),
          runs: 0,
          files: 0,
          outbox: 0,
        };
        // Events, paths and run links go with their job (ON DELETE CASCADE).
        db.prepare(`DELETE FROM jobs WHERE id IN (${old})`).run({ before: opts.before });
        res.runs = db
          .prepare(`DELETE FROM runs WHERE coalesce(finished_at, started_at) < ? AND NOT EXISTS (SELECT 1 FROM run_jobs r WHERE r.run_id = runs.id)`)
          .run(opts.before).changes;
        res.files = db
          .prepare(`DELETE FROM files WHERE seen_at < ? AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.fingerprint = files.fingerprint)`)
          .run(opts.before).changes;
        res.outbox = db.prepare(`DELETE FROM outbox WHERE status = 'delivered' AND coalesce(delivered_at, created_at) < ?`).run(opts.before).changes;
        out = res;
        if (opts.dryRun) throw rollback;
      }).immediate();
    } catch (err) {
      if (err !== rollback) throw err;
    }
    if (opts.compact && !opts.dryRun) db.exec('VACUUM');
    return out!;
  }

  /** For tests and `docparse doctor`: SQLite's own consistency check. */
  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }
}


/** JSON columns arrive as text. */
const parseJson = (v: unknown): unknown => (v == null || v === '' ? null : JSON.parse(String(v)));
const { toJob, toJobEvent, toOutboxEvent, toRun } = rowMappers(parseJson);

/** Completed, its result needs review, and no one approved it yet. */
const NEEDS_REVIEW = `status = 'completed' AND json_extract(result, '$.needsReview') = 1 AND reviewed_at IS NULL`;

function needsReview(row: Row): boolean {
  return (JSON.parse(String(row.result ?? 'null')) as { needsReview?: boolean } | null)?.needsReview === true;
}
