/**
 * What the job-control commands (priority, pause, resume, cancel) share: who is acting, as the
 * audit trail records it, and the jobs a list of job and run ids names; and the check of a run id
 * that they, jobs, approve, report and export make.
 */
import { hostname, userInfo } from 'node:os';
import { NotFoundError, UsageError } from '../errors.js';
import type { Ledger } from '../ledger/port.js';
import type { Job, JobState } from '../types.js';

/** `user@host pid N`: who paused, resumed, cancelled or changed a priority. */
export function actor(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry (some containers): the host and pid still say where */
  }
  return `${user}@${hostname()} pid ${process.pid}`;
}

/** Exit 4, with what to do, when `runId` names no run of the ledger (jobs, report, export, approve, pause, resume, priority, cancel). */
export async function requireRun(ledger: Ledger, runId: string): Promise<void> {
  if (!(await ledger.getRun(runId))) throw new NotFoundError(`no run with id ${runId} in ${ledger.location}`, '`docparse status <runId>` shows a run; check --ledger.');
}

/**
 * The jobs named by job ids (`job_...`) and run ids (`run_...`: the run's jobs in `states`), each
 * once, in the order given. An id that matches nothing is exit 4.
 */
export async function jobsNamed(ledger: Ledger, ids: string[], states: JobState[]): Promise<Job[]> {
  if (ids.length === 0) throw new UsageError('name the jobs (job_...) or runs (run_...)', '`docparse jobs --status pending,retrying,processing` lists them.');
  const out = new Map<string, Job>();
  for (const id of ids) {
    if (id.startsWith('run_')) {
      await requireRun(ledger, id);
      for (const j of await ledger.runJobs(id, { status: states })) if (!out.has(j.id)) out.set(j.id, j);
      continue;
    }
    const job = await ledger.getJob(id);
    if (!job) throw new NotFoundError(`no job with id ${id} in ${ledger.location}`, '`docparse jobs` lists the jobs; check --ledger.');
    if (!out.has(job.id)) out.set(job.id, job);
  }
  return [...out.values()];
}
