/**
 * Registering scanned files: the file records of the fast path, one job per content and
 * settings, every path a content was seen under, and the run's links to its jobs. Set-based, a
 * fixed handful of statements per batch whatever its size, so a database across the network
 * pays round trips per batch, not per file (SQLite runs each batch statement once per row, in
 * process, inside one transaction).
 */
import type { JobState } from '../../types.js';
import type { FileRecord, RegisterItem, RegisterOptions, RegisterOutcome, RegisterResult, SettledItem } from '../port.js';
import { newId } from '../ids.js';
import { applyTransition } from './jobs.js';
import type { Dialect } from './dialect.js';
import { all, cmp, exec, ms, one, ROWS, type Row, type Step } from './statements.js';
import { fromStored, shownPath, storedPath } from '../../raw-names.js';
import { jobFileName } from '../rows.js';

/**
 * What the fast path remembers of each of these paths; with a settings key, also the job of each
 * content under those settings (one join: a rerun whose batch is all settled then needs no other
 * read, see countSettled).
 */
export function* lookupFiles(d: Dialect, paths: string[], settingsKey?: string): Step<Map<string, FileRecord>> {
  const out = new Map<string, FileRecord>();
  if (paths.length === 0) return out;
  const withJob = settingsKey !== undefined;
  const sql = withJob
    ? `SELECT f.path, f.size, f.mtime_ms, f.ino, f.ctime_ms, f.fingerprint, f.kind, j.id, j.path AS job_path, j.file_name, j.lease_token,
         CASE WHEN j.path = f.path AND ${settledJob(d, 'j.')} THEN 1 ELSE 0 END AS settled
       FROM files f LEFT JOIN jobs j ON j.fingerprint = f.fingerprint AND j.settings_key = ? WHERE ${d.inList('f.path')}`
    : `SELECT path, size, mtime_ms, ino, ctime_ms, fingerprint, kind FROM files WHERE ${d.inList('path')}`;
  // The rows are of these paths only (the IN list): each is keyed as asked, no second pass.
  for (const r of yield* all(sql, withJob ? [settingsKey, paths.map(storedPath)] : [paths.map(storedPath)])) {
    const p = fromStored(String(r.path));
    const rec: FileRecord = { path: p, size: Number(r.size), mtimeMs: Number(r.mtime_ms), ino: Number(r.ino), ctimeMs: r.ctime_ms === null ? null : Number(r.ctime_ms), fingerprint: String(r.fingerprint), kind: r.kind as FileRecord['kind'] };
    if (withJob) rec.job = r.id === null ? null : { id: String(r.id), fileName: jobFileName({ path: r.job_path, file_name: r.file_name }), settled: Number(r.settled) === 1, leaseToken: Number(r.lease_token) };
    out.set(p, rec);
  }
  return out;
}

/**
 * Counts a batch on the run as register would, without its writes, for files found exactly as
 * recorded whose jobs lookupFiles read settled (completed, no review flag, under this very path:
 * register would write no file, job, path nor link for them, only count them).
 *
 * The jobs were read outside this transaction, so they are checked again inside it before
 * anything is counted: each must still be completed with the lease token read. A claim raises the
 * token, and a job's result, review flag and path change only through a claim (or a requeue,
 * which leaves it pending), so an equal token means the job is as read; a job another process
 * requeued (--force), is processing or finished again since, or pruned, fails the check, and the
 * whole batch goes to register, which reads it under the write lock and links it as work. The
 * check holds those rows until the count commits (SQLite: its one writer; PostgreSQL: FOR SHARE,
 * in register's lock order), so the count is what register would have counted at the same
 * moment. The check reads by primary key and only columns stored before the result, where
 * register's read looks jobs up by content and settings and reads the review flag from the result.
 */
export function* countSettled(d: Dialect, items: SettledItem[], runId: string): Step<RegisterResult[] | null> {
  if (items.length === 0) return [];
  const jobs = new Map(items.map((it) => [it.job.id, it]));
  const ids = [...jobs.keys()];
  // By primary key, the status checked here: a condition on it would have SQLite walk the index of
  // every finished job instead. Locked in fingerprint order, as register locks (PostgreSQL).
  const lock = d.forShare ? ` ORDER BY fingerprint${d.forShare}` : '';
  const now = yield* all(`SELECT id, status, lease_token FROM jobs WHERE ${d.inList('id')}${lock}`, [ids]);
  if (now.length !== ids.length || now.some((r) => r.status !== 'completed' || jobs.get(String(r.id))?.job.leaseToken !== Number(r.lease_token))) return null;
  // A job an earlier batch or attempt of the run linked stays linked and is not counted again.
  const anyLink = (yield* all('SELECT 1 AS x FROM run_jobs WHERE run_id = ? LIMIT 1', [runId])).length > 0;
  const linked = anyLink ? new Set((yield* all(`SELECT job_id FROM run_jobs WHERE run_id = ? AND ${d.inList('job_id')}`, [runId, ids])).map((r) => String(r.job_id))) : new Set<string>();
  const counted = ids.length - linked.size;
  if (counted) yield* exec('UPDATE runs SET skipped = skipped + ? WHERE id = ?', [counted, runId]);
  return items.map((it): RegisterResult => ({ path: it.path, jobId: it.job.id, status: 'completed', outcome: 'existing', fingerprint: it.fingerprint, fileName: it.job.fileName, linked: linked.has(it.job.id) }));
}

export function* register(d: Dialect, items: RegisterItem[], o: RegisterOptions): Step<RegisterResult[]> {
  if (items.length === 0) return [];
  const now = ms(o.now);
  // Rows are locked in one global order (files by path, then jobs by fingerprint) so two
  // processes registering the same folder at once queue behind each other instead of
  // deadlocking. Files the scan found exactly as remembered are not written again.
  const files = [...new Map(items.filter((it) => !it.unchanged).map((it) => [it.path, it])).values()].sort((a, b) => cmp(a.path, b.path));
  if (files.length) {
    yield* exec(
      `${d.insertRows('files', FILE_COLUMNS)}
       ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, ino = excluded.ino, ctime_ms = excluded.ctime_ms,
         fingerprint = excluded.fingerprint, kind = excluded.kind, seen_at = excluded.seen_at`,
      [ROWS],
      files.map((f) => [storedPath(f.path), f.size, f.mtimeMs, f.ino, f.fingerprint, f.kind, now, f.ctimeMs]),
    );
  }
  const seq0 = Number((yield* one('SELECT coalesce(max(seq) + 1, 0) AS n FROM run_jobs WHERE run_id = ?', [o.runId]))!.n);
  // Items are taken in (fingerprint, position) order, as one at a time would: the first item of a
  // content creates its job, later ones find it.
  const order = items.map((it, i) => ({ it, i })).sort((a, b) => cmp(a.it.fingerprint, b.it.fingerprint) || a.i - b.i);
  const firstOf = new Map<string, (typeof order)[number]>();
  const lastOf = new Map<string, (typeof order)[number]>();
  for (const x of order) {
    if (!firstOf.has(x.it.fingerprint)) firstOf.set(x.it.fingerprint, x);
    lastOf.set(x.it.fingerprint, x);
  }
  const firsts = [...firstOf.values()];

  // New contents get a job first, in fingerprint order (a rerun finds them all known and inserts
  // nothing); then the jobs that existed, or that another process created meanwhile, are locked,
  // in fingerprint order too. Inserting before locking is what keeps two processes registering
  // the same files from waiting on each other in a circle. Where writers are serialised already
  // (SQLite: no row locks), the rows read to find the known contents are the rows: nothing can
  // change them before the transaction ends, so one read serves (a rerun meets every job of the
  // folder). Only the columns registering needs are read: results are what is large.
  const rows = new Map<string, Row>();
  const isNew = new Set<string>();
  const locks = d.forUpdate !== '';
  const fingerprints = firsts.map((x) => x.it.fingerprint);
  const head = `SELECT ${JOB_HEAD}, CASE WHEN ${settledJob(d)} THEN 1 ELSE 0 END AS settled FROM jobs WHERE settings_key = ? AND ${d.inList('fingerprint')}`;
  const found = yield* all(locks ? `SELECT fingerprint FROM jobs WHERE settings_key = ? AND ${d.inList('fingerprint')}` : head, [o.settingsKey, fingerprints]);
  if (!locks) for (const r of found) rows.set(String(r.fingerprint), r);
  const known = new Set(found.map((r) => String(r.fingerprint)));
  const unknown = firsts.filter((x) => !known.has(x.it.fingerprint));
  if (unknown.length) {
    const settings = JSON.stringify(o.settings);
    const created = yield* all(
      `${d.insertRows('jobs', JOB_COLUMNS, { status: `'pending'`, attempts: '0' })} ON CONFLICT (fingerprint, settings_key) DO NOTHING RETURNING ${JOB_HEAD}`,
      [ROWS],
      unknown.map((x) => [newId('job'), x.it.fingerprint, o.settingsKey, settings, storedPath(x.it.path), shownPath(x.it.fileName), x.it.size, x.it.kind, o.settings.template, o.maxAttempts, o.runId, now, now, o.priority ?? 0]),
    );
    for (const r of created) {
      rows.set(String(r.fingerprint), r);
      isNew.add(String(r.fingerprint));
    }
    if (created.length) {
      yield* exec(d.insertRows('job_events', EVENT_COLUMNS, { from_state: 'NULL', to_state: `'pending'`, attempt: '0', error: 'NULL' }), [ROWS], created.map((r) => [String(r.id), now, o.runId]));
    }
  }
  const existing = fingerprints.filter((fp) => !isNew.has(fp) && (locks || !rows.has(fp)));
  if (existing.length) {
    for (const r of yield* all(`${head} ORDER BY fingerprint${d.forUpdate}`, [o.settingsKey, existing])) rows.set(String(r.fingerprint), r);
  }

  // Outcomes per item; --force requeues finished jobs (rare: one at a time, read whole).
  const outcomes = new Array<RegisterOutcome>(items.length);
  for (const [fp, first] of firstOf) {
    const row = rows.get(fp)!;
    outcomes[first.i] = isNew.has(fp) ? 'new' : 'existing';
    const status = row.status as JobState;
    if (!isNew.has(fp) && o.force && (status === 'completed' || status === 'failed')) {
      const whole = (yield* one('SELECT * FROM jobs WHERE id = ?', [row.id]))!;
      rows.set(fp, yield* applyTransition(d, whole, { type: 'requeue', now, reason: 'submit --force' }, o.runId, { maxAttempts: o.maxAttempts, ...(o.priority !== undefined ? { priority: o.priority } : {}) }));
      outcomes[first.i] = 'requeued';
    }
  }
  for (const x of order) outcomes[x.i] ??= 'existing';

  // A job is read from where its content is now (its latest path in this batch): the first path
  // may have moved or been deleted. Not while it is processed, nor once it is done.
  const moved = [...lastOf.entries()].filter(([fp, x]) => {
    const st = rows.get(fp)!.status as JobState;
    return st !== 'processing' && st !== 'completed' && (!isNew.has(fp) || x !== firstOf.get(fp));
  });
  if (moved.length) {
    yield* exec(d.updateRows('jobs', ['id', 'text'], MOVE_COLUMNS), [ROWS], moved.map(([fp, x]) => [storedPath(x.it.path), shownPath(x.it.fileName), x.it.size, now, String(rows.get(fp)!.id)]));
  }
  const jobIds = items.map((it) => String(rows.get(it.fingerprint)!.id));
  // Every path a content was seen under. A job that existed and still has this path as its own
  // has the path recorded already (a job's path and its job_paths row are written in one
  // transaction, and deleted together): a rerun of unchanged files writes no row here.
  const seen: unknown[][] = [];
  items.forEach((it, i) => {
    const path = storedPath(it.path);
    if (isNew.has(it.fingerprint) || rows.get(it.fingerprint)!.path !== path) seen.push([jobIds[i], path, now]);
  });
  if (seen.length) yield* exec(`${d.insertRows('job_paths', PATH_COLUMNS)} ON CONFLICT DO NOTHING`, [ROWS], seen);

  // The run's links: one per job that is work for it, numbered in the order the run met them (the
  // first item of its content, in the order above, says how the run found it). A job found
  // completed with nothing to look at (no review flag) is counted on the run instead, unless an
  // earlier batch or attempt of the run linked it already: that is what keeps a rerun of
  // unchanged files at one row, however many files it covers.
  const done = firsts.filter((x) => outcomes[x.i] === 'existing' && Number(rows.get(x.it.fingerprint)!.settled) === 1).map((x) => String(rows.get(x.it.fingerprint)!.id));
  const linkedBefore = seq0 > 0 && done.length ? new Set((yield* all(`SELECT job_id FROM run_jobs WHERE run_id = ? AND ${d.inList('job_id')}`, [o.runId, done])).map((r) => String(r.job_id))) : new Set<string>();
  const skipped = new Set(done.filter((id) => !linkedBefore.has(id)));
  const links = firsts.filter((x) => !skipped.has(jobIds[x.i]));
  if (links.length) yield* exec(`${d.insertRows('run_jobs', LINK_COLUMNS)} ON CONFLICT DO NOTHING`, [ROWS], links.map((x) => [o.runId, jobIds[x.i], outcomes[x.i], seq0 + x.i]));
  if (skipped.size) yield* exec('UPDATE runs SET skipped = skipped + ? WHERE id = ?', [skipped.size, o.runId]);
  return items.map((it, i): RegisterResult => {
    const row = rows.get(it.fingerprint)!;
    return { path: it.path, jobId: jobIds[i], status: row.status as JobState, outcome: outcomes[i], fingerprint: it.fingerprint, fileName: jobFileName(row), linked: !skipped.has(jobIds[i]) };
  });
}

/** Completed with nothing to look at: a run counts such a job it finds instead of linking it. */
function settledJob(d: Dialect, prefix = ''): string {
  return `${prefix}status = 'completed' AND NOT ${d.jsonTrue(`${prefix}result`, 'needsReview')}`;
}

/** The columns of a job that registering reads and returns (not its settings nor its result). */
const JOB_HEAD = 'id, fingerprint, status, path, file_name';

const FILE_COLUMNS = [['path', 'text'], ['size', 'bigint'], ['mtime_ms', 'float8'], ['ino', 'bigint'], ['fingerprint', 'text'], ['kind', 'text'], ['seen_at', 'bigint'], ['ctime_ms', 'float8']] as const;
const JOB_COLUMNS = [
  ['id', 'text'], ['fingerprint', 'text'], ['settings_key', 'text'], ['settings', 'json'], ['path', 'text'], ['file_name', 'text'], ['size', 'bigint'],
  ['kind', 'text'], ['template_id', 'text'], ['max_attempts', 'int'], ['run_id', 'text'], ['created_at', 'bigint'], ['updated_at', 'bigint'], ['priority', 'int'],
] as const;
const EVENT_COLUMNS = [['job_id', 'text'], ['at', 'bigint'], ['run_id', 'text']] as const;
const MOVE_COLUMNS = [['path', 'text'], ['file_name', 'text'], ['size', 'bigint'], ['updated_at', 'bigint']] as const;
const PATH_COLUMNS = [['job_id', 'text'], ['path', 'text'], ['first_seen', 'bigint']] as const;
const LINK_COLUMNS = [['run_id', 'text'], ['job_id', 'text'], ['outcome', 'text'], ['seq', 'int']] as const;
