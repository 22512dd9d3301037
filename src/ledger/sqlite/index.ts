/**
 * The SQLite ledger: the embedded default. The only module that imports better-sqlite3.
 *
 * WAL mode, synchronous=FULL (a finished job survives power loss), a busy timeout so several
 * docparse processes can share one file, and IMMEDIATE transactions for every write so a
 * claim is atomic across processes.
 */
import Database from 'better-sqlite3';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { LedgerError } from '../../errors.js';
import type { DocumentResult, Job, JobError, JobEvent, JobSettings, JobState, Run } from '../../types.js';
import { JOB_STATES } from '../../types.js';
import type { BackoffPolicy } from '../backoff.js';
import type {
  ClaimOptions,
  FileRecord,
  JobFilter,
  Ledger,
  NewRun,
  RegisterItem,
  RegisterOptions,
  RegisterOutcome,
  RegisterResult,
  RunProgress,
} from '../port.js';
import { transition, type JobEventInput, type JobPatch } from '../transitions.js';
import { newId } from '../ids.js';
import { loadMigrations } from './migrations.js';

type Row = Record<string, unknown>;

export interface SqliteLedgerOptions {
  /** Busy timeout in ms when another process holds the write lock. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

export function openSqliteLedger(path: string, opts: SqliteLedgerOptions = {}): SqliteLedger {
  return new SqliteLedger(path, opts);
}

export class SqliteLedger implements Ledger {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly stmts: ReturnType<SqliteLedger['prepare']>;

  constructor(readonly path: string, opts: SqliteLedgerOptions = {}) {
    this.location = `sqlite:${path}`;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const existed = path === ':memory:' ? false : existsSync(path);
    try {
      this.db = new Database(path, { readonly: opts.readonly ?? false, timeout: opts.busyTimeoutMs ?? 15_000 });
      // Reading the schema version is the first query: it fails on a file that is not a database.
      const version = this.db.pragma('user_version', { simple: true }) as number;
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
      this.migrate(version);
    } catch (err) {
      if (err instanceof LedgerError) throw err;
      const e = err as { code?: string; message?: string };
      if (e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT') {
        throw new LedgerError(
          `the ledger ${path} is not a valid docparse ledger (${e.message}); nothing was changed`,
          'Restore it from a backup, or point --ledger / DOCPARSE_LEDGER at a new file. docparse never overwrites an unreadable ledger.',
          err,
        );
      }
      if (e.code === 'SQLITE_BUSY') {
        throw new LedgerError(`the ledger ${path} is locked by another process`, 'Wait for the other docparse process, or raise the busy timeout.', err);
      }
      throw new LedgerError(`cannot open the ledger ${path}${existed ? '' : ' (new file)'}: ${e.message}`, 'Check the path and its permissions (--ledger / DOCPARSE_LEDGER).', err);
    }
    this.stmts = this.prepare();
  }

  private migrate(current: number): void {
    const migrations = loadMigrations();
    const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (current > latest) {
      throw new LedgerError(
        `the ledger ${this.path} was written by a newer docparse (schema version ${current}; this docparse knows up to ${latest}); nothing was changed`,
        'Upgrade docparse, or use another ledger file with --ledger.',
      );
    }
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
      runJobCount: db.prepare('SELECT count(*) AS n FROM run_jobs WHERE run_id = ?'),
      insertEvent: db.prepare('INSERT INTO job_events (job_id, from_state, to_state, attempt, at, error, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      claimInRun: db.prepare(`SELECT j.* FROM jobs j WHERE (j.status = 'pending' OR (j.status = 'retrying' AND j.next_attempt_at <= @now))
          AND EXISTS (SELECT 1 FROM run_jobs r WHERE r.run_id = @runId AND r.job_id = j.id)
        ORDER BY j.status = 'retrying' DESC, j.created_at LIMIT 1`),
      claimAny: db.prepare(`SELECT * FROM jobs WHERE status = 'pending' OR (status = 'retrying' AND next_attempt_at <= @now)
        ORDER BY status = 'retrying' DESC, created_at LIMIT 1`),
      processing: db.prepare(`SELECT * FROM jobs WHERE status = 'processing'`),
      insertRun: db.prepare(`INSERT INTO runs (id, started_at, settings, paths, idempotency_key, inputs_digest, detached)
        VALUES (@id, @startedAt, @settings, @paths, @idempotencyKey, @inputsDigest, @detached)`),
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
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ---- runs ---------------------------------------------------------------

  async createRun(run: NewRun): Promise<void> {
    this.stmts.insertRun.run({
      id: run.id,
      startedAt: run.startedAt,
      settings: JSON.stringify(run.settings),
      paths: JSON.stringify(run.paths),
      idempotencyKey: run.idempotencyKey,
      inputsDigest: run.inputsDigest,
      detached: run.detached ? 1 : 0,
    });
  }

  async finishRun(runId: string, summary: unknown, now: number): Promise<void> {
    this.stmts.finishRun.run(now, JSON.stringify(summary), runId);
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

  async runJobs(runId: string, filter: { status?: JobState[] } = {}) {
    const params: unknown[] = [runId];
    let sql = 'SELECT j.*, r.outcome AS outcome FROM run_jobs r JOIN jobs j ON j.id = r.job_id WHERE r.run_id = ?';
    if (filter.status?.length) {
      sql += ` AND j.status IN (${filter.status.map(() => '?').join(',')})`;
      params.push(...filter.status);
    }
    sql += ' ORDER BY r.seq';
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => ({ ...toJob(r), outcome: r.outcome as RegisterOutcome }));
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
      let seq = Number((this.stmts.runJobCount.get(opts.runId) as Row).n);
      const results: RegisterResult[] = [];
      for (const it of items) {
        this.stmts.upsertFile.run({ ...it, now: opts.now });
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
          this.stmts.insertEvent.run(id, null, 'pending', 0, opts.now, null, opts.runId);
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
    if (extra.maxAttempts !== undefined) cols.max_attempts = extra.maxAttempts;
    if (extra.result !== undefined) cols.result = extra.result;
    if (extra.pageCount !== undefined) cols.page_count = extra.pageCount;
    if (extra.templateId !== undefined) cols.template_id = extra.templateId;
    const keys = Object.keys(cols);
    this.db.prepare(`UPDATE jobs SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...cols, id: row.id });
    this.stmts.insertEvent.run(row.id, t.from, t.to, t.attempt, event.now, t.note, runId);
    return t.patch;
  }

  async claim(opts: ClaimOptions): Promise<Job | null> {
    const run = this.db.transaction(() => {
      const row = (opts.runId ? this.stmts.claimInRun.get({ now: opts.now, runId: opts.runId }) : this.stmts.claimAny.get({ now: opts.now })) as Row | undefined;
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

  async complete(jobId: string, leaseToken: number, result: DocumentResult, now: number): Promise<boolean> {
    const ok = this.fenced(jobId, leaseToken, (row) => {
      this.applyTransition(row, { type: 'complete', now }, null, {
        result: JSON.stringify(result),
        pageCount: result.pageCount,
        templateId: result.templateId,
      });
      return true;
    });
    return ok === true;
  }

  async fail(jobId: string, leaseToken: number, error: JobError, backoff: BackoffPolicy, now: number): Promise<JobState | null> {
    return this.fenced(jobId, leaseToken, (row) => this.applyTransition(row, { type: 'fail', now, error, backoff }, null).status);
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
      if (this.fenced(String(c.id), Number(c.lease_token), (row) => this.applyTransition(row, { type: 'release', now, reason }, null))) {
        released.push(String(c.id));
      }
    }
    return released;
  }

  async requeue(jobIds: string[], reason: string, now: number, opts: { runId?: string } = {}): Promise<string[]> {
    const run = this.db.transaction(() => {
      const done: string[] = [];
      let seq = opts.runId ? Number((this.stmts.runJobCount.get(opts.runId) as Row).n) : 0;
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
    return (this.stmts.events.all(jobId) as Row[]).map((r) => ({
      id: Number(r.id),
      jobId: String(r.job_id),
      from: (r.from_state as JobState | null) ?? null,
      to: r.to_state as JobState,
      attempt: Number(r.attempt),
      at: Number(r.at),
      error: (r.error as string | null) ?? null,
      runId: (r.run_id as string | null) ?? null,
    }));
  }

  /** For tests and `docparse doctor`: SQLite's own consistency check. */
  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }
}

function num(v: unknown): number | null {
  return v == null ? null : Number(v);
}

function toJob(r: Row): Job {
  return {
    id: String(r.id),
    fingerprint: String(r.fingerprint),
    settingsKey: String(r.settings_key),
    settings: JSON.parse(String(r.settings)) as JobSettings,
    status: r.status as JobState,
    path: String(r.path),
    fileName: String(r.file_name),
    size: Number(r.size),
    kind: (r.kind as Job['kind']) ?? null,
    templateId: (r.template_id as string | null) ?? null,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    nextAttemptAt: num(r.next_attempt_at),
    leaseOwner: (r.lease_owner as string | null) ?? null,
    leaseExpiresAt: num(r.lease_expires_at),
    leaseToken: Number(r.lease_token),
    result: r.result ? (JSON.parse(String(r.result)) as DocumentResult) : null,
    error: r.error ? (JSON.parse(String(r.error)) as JobError) : null,
    pageCount: num(r.page_count),
    runId: (r.run_id as string | null) ?? null,
    createdAt: Number(r.created_at),
    startedAt: num(r.started_at),
    completedAt: num(r.completed_at),
    updatedAt: Number(r.updated_at),
  };
}

function toRun(r: Row): Run {
  return {
    id: String(r.id),
    startedAt: Number(r.started_at),
    finishedAt: num(r.finished_at),
    settings: JSON.parse(String(r.settings)) as JobSettings,
    paths: JSON.parse(String(r.paths)) as string[],
    summary: r.summary ? JSON.parse(String(r.summary)) : null,
    idempotencyKey: (r.idempotency_key as string | null) ?? null,
    inputsDigest: (r.inputs_digest as string | null) ?? null,
    detached: Boolean(r.detached),
  };
}
