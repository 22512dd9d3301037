/**
 * The two audit events that change no state, written once for every SQL backend: a person
 * approves a result that needs review (`docparse approve`), and a fixed file supersedes the
 * failed job of its old content (a rerun that reads the new content). Also the one definition
 * of "needs review" that filters, stats and approve share.
 */
import type { Dialect } from './dialect.js';
import { applyTransition } from './jobs.js';
import { all, ms, one, type Step } from './statements.js';
import { fromStored, storedPath } from '../../raw-names.js';

/** Completed, its result needs review, and no one approved it yet; `j.` or '' as the jobs table's prefix. */
export function needsReview(d: Dialect, prefix = ''): string {
  return `${prefix}status = 'completed' AND ${d.jsonTrue(`${prefix}result`, 'needsReview')} AND ${prefix}reviewed_at IS NULL`;
}

/** Approves the jobs among `jobIds` that need review; returns them, in the order given. */
export function* approve(d: Dialect, jobIds: string[], by: string, now: number): Step<string[]> {
  const t = ms(now);
  const done = new Set<string>();
  // Locked in id order, as two reviewers approving overlapping sets would otherwise deadlock.
  for (const row of yield* all(`SELECT * FROM jobs WHERE ${d.inList('id')} AND ${needsReview(d)} ORDER BY id${d.forUpdate}`, [jobIds])) {
    yield* applyTransition(d, row, { type: 'approve', now: t, by }, null);
    done.add(String(row.id));
  }
  return [...new Set(jobIds)].filter((id) => done.has(id));
}

/**
 * Each fixed path now holds the content of its `jobId`: failed jobs of these settings seen under
 * it with other content, not superseded yet, are superseded by that job (once: the same old job
 * under two fixed paths goes with the first). Returns them with their successor.
 */
export function* supersede(d: Dialect, items: Array<{ path: string; jobId: string }>, settingsKey: string, now: number): Step<Array<{ jobId: string; by: string }>> {
  if (items.length === 0) return [];
  const t = ms(now);
  // One query for the batch, then each old job in the order of the paths given.
  const seen = yield* all(
    `SELECT p.path AS path, j.id AS id FROM job_paths p JOIN jobs j ON j.id = p.job_id
     WHERE ${d.inList('p.path')} AND j.settings_key = ? AND j.status = 'failed' AND j.superseded_by IS NULL ORDER BY j.id`,
    [items.map((i) => storedPath(i.path)), settingsKey],
  );
  const done: Array<{ jobId: string; by: string }> = [];
  for (const it of items) {
    for (const r of seen) {
      const id = String(r.id);
      if (fromStored(String(r.path)) !== it.path || id === it.jobId || done.some((x) => x.jobId === id)) continue;
      const row = yield* one(`SELECT * FROM jobs WHERE id = ? AND superseded_by IS NULL${d.forUpdate}`, [id]);
      if (!row || row.status !== 'failed') continue;
      yield* applyTransition(d, row, { type: 'supersede', now: t, by: it.jobId }, null);
      done.push({ jobId: id, by: it.jobId });
    }
  }
  return done;
}
