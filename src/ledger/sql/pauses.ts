/**
 * Pause and resume (`docparse pause`, `docparse resume`), written once for every SQL backend.
 * A pause is a row of the `pauses` table: everything ('all'), one run's jobs ('run:<runId>'), or
 * the jobs below a priority ('below'). Every claim reads the table in its own transaction, so
 * every submit and worker on the ledger, on any machine, honours a pause at its next claim;
 * nothing is written to the paused jobs themselves, which stay `pending` (or `retrying`).
 */
import type { ControlEvent, Pause, PauseSelector } from '../port.js';
import { num } from '../rows.js';
import type { Dialect } from './dialect.js';
import { all, exec, ms, one, type Row, type Step } from './statements.js';

/** Waiting jobs: the WHERE of the `jobs_waiting` partial index, word for word (SQLite needs that to use it). */
export const WAITING = `j.status IN ('pending', 'retrying')`;
/** The claim order: the `jobs_waiting` index's. */
export const CLAIM_ORDER = 'j.priority DESC, j.created_at, j.id';

const selectorKey = (s: PauseSelector): string => ('runId' in s ? `run:${s.runId}` : 'below' in s ? 'below' : 'all');

function toPause(r: Row): Pause {
  const selector = String(r.selector);
  return {
    selector: selector === 'all' ? 'all' : selector === 'below' ? 'below' : 'run',
    runId: (r.run_id as string | null) ?? null,
    below: num(r.below),
    since: Number(r.created_at),
    by: (r.created_by as string | null) ?? null,
  };
}

export function* pauses(): Step<Pause[]> {
  return (yield* all('SELECT * FROM pauses ORDER BY created_at, selector')).map(toPause);
}

/**
 * What the pauses leave out of a claim, as SQL over jobs `j`: `blocked` when nothing may be
 * claimed (all paused, or the run asked for is). A priority floor keeps the claim one range of the
 * index; a paused run's jobs are stepped over one by one (a job several runs share is paused while
 * any of them is).
 */
export function* pauseFilter(d: Dialect, runId?: string): Step<{ blocked: boolean; sql: string; params: unknown[] }> {
  const list = yield* pauses();
  const open = { blocked: false, sql: '', params: [] as unknown[] };
  if (list.length === 0) return open;
  if (list.some((p) => p.selector === 'all')) return { ...open, blocked: true };
  const runs = list.filter((p) => p.selector === 'run').map((p) => p.runId!);
  if (runId !== undefined && runs.includes(runId)) return { ...open, blocked: true };
  const floor = list.filter((p) => p.selector === 'below').map((p) => p.below!);
  if (floor.length) {
    open.sql += ' AND j.priority >= ?';
    open.params.push(Math.max(...floor));
  }
  if (runs.length) {
    open.sql += ` AND NOT EXISTS (SELECT 1 FROM run_jobs pr WHERE pr.job_id = j.id AND ${d.inList('pr.run_id')})`;
    open.params.push(runs);
  }
  return open;
}

/** The waiting jobs `j` the pauses hold, as SQL (true when everything, or the run looked at, is paused). */
function heldWhere(d: Dialect, list: Pause[], runId: string | undefined, params: unknown[]): string {
  if (list.some((p) => p.selector === 'all' || (runId !== undefined && p.runId === runId))) return WAITING;
  const any: string[] = [];
  const floor = list.filter((p) => p.selector === 'below').map((p) => p.below!);
  if (floor.length) {
    any.push('j.priority < ?');
    params.push(Math.max(...floor));
  }
  const runs = list.filter((p) => p.selector === 'run').map((p) => p.runId!);
  if (runs.length) {
    any.push(`EXISTS (SELECT 1 FROM run_jobs pr WHERE pr.job_id = j.id AND ${d.inList('pr.run_id')})`);
    params.push(runs);
  }
  return `${WAITING} AND (${any.join(' OR ')})`;
}

/** Waiting jobs the pauses hold (of one run, or of the whole ledger); 0 at once when nothing is paused. */
export function* held(d: Dialect, runId?: string): Step<number> {
  const list = yield* pauses();
  if (list.length === 0) return 0;
  if (runId === undefined) {
    const params: unknown[] = [];
    return Number((yield* one(`SELECT count(*) AS n FROM jobs j WHERE ${heldWhere(d, list, undefined, params)}`, params))!.n);
  }
  const params: unknown[] = [runId];
  return Number((yield* one(`SELECT count(*) AS n FROM run_jobs rr JOIN jobs j ON j.id = rr.job_id WHERE rr.run_id = ? AND ${heldWhere(d, list, runId, params)}`, params))!.n);
}

/** Which of these jobs are waiting and held by a pause (`jobs`, `status`). */
export function* heldJobs(d: Dialect, jobIds: string[]): Step<string[]> {
  const list = yield* pauses();
  if (list.length === 0 || jobIds.length === 0) return [];
  const params: unknown[] = [jobIds];
  const where = heldWhere(d, list, undefined, params);
  return (yield* all(`SELECT j.id FROM jobs j WHERE ${d.inList('j.id')} AND ${where}`, params)).map((r) => String(r.id));
}

/** Pauses what `sel` names; false when it was paused so already. A new floor replaces the old one. */
export function* pause(sel: PauseSelector, by: string, now: number): Step<boolean> {
  const key = selectorKey(sel);
  const runId = 'runId' in sel ? sel.runId : null;
  const below = 'below' in sel ? sel.below : null;
  const had = yield* one('SELECT below FROM pauses WHERE selector = ?', [key]);
  if (had && num(had.below) === below) return false;
  if (had) yield* exec('UPDATE pauses SET below = ?, created_at = ?, created_by = ? WHERE selector = ?', [below, ms(now), by, key]);
  else yield* exec('INSERT INTO pauses (selector, run_id, below, created_at, created_by) VALUES (?, ?, ?, ?, ?)', [key, runId, below, ms(now), by]);
  yield* event('pause', key, runId, below, by, now);
  return true;
}

/** Lifts the pause `sel` names, or every pause (null); returns those lifted. */
export function* resume(sel: PauseSelector | null, by: string, now: number): Step<Pause[]> {
  const lifted = sel === null ? yield* pauses() : (yield* all('SELECT * FROM pauses WHERE selector = ?', [selectorKey(sel)])).map(toPause);
  for (const p of lifted) {
    const key = p.selector === 'run' ? `run:${p.runId}` : p.selector;
    yield* exec('DELETE FROM pauses WHERE selector = ?', [key]);
    yield* event('resume', key, p.runId, p.below, by, now);
  }
  return lifted;
}

function* event(action: 'pause' | 'resume', selector: string, runId: string | null, below: number | null, by: string, now: number): Step<void> {
  yield* exec('INSERT INTO control_events (action, selector, run_id, below, at, actor) VALUES (?, ?, ?, ?, ?, ?)', [action, selector, runId, below, ms(now), by]);
}

/** The pause/resume audit trail, latest first. */
export function* controlEvents(limit: number): Step<ControlEvent[]> {
  const rows = yield* all('SELECT * FROM control_events ORDER BY id DESC LIMIT ?', [Math.max(0, Math.floor(limit))]);
  return rows.map((r) => ({
    action: r.action as ControlEvent['action'],
    selector: String(r.selector).startsWith('run:') ? 'run' : (String(r.selector) as 'all' | 'below'),
    runId: (r.run_id as string | null) ?? null,
    below: num(r.below),
    at: Number(r.at),
    by: (r.actor as string | null) ?? null,
  }));
}
