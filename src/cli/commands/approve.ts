/**
 * `docparse approve <jobId...> | --run <runId>`: a person checked results that need review.
 * The ledger records who and when (the jobs' reviewedAt/reviewedBy and an `approved` audit event);
 * approved results no longer count for `--fail-on review` or as needing review in summaries, and
 * their result files in --out are rewritten to say so. `needsReview` itself stays true: the
 * checks did fail, a person accepted the result.
 */
import { hostname, userInfo } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig, printJson, withLedger } from '../context.js';
import { colors } from '../colors.js';
import { NotFoundError, UsageError } from '../../errors.js';
import { requireRun } from '../targets.js';
import type { Job } from '../../types.js';
import type { Ledger } from '../../ledger/port.js';
import { iso, resultFileExists, writeResultFile } from '../../report/results.js';
import { plural } from '../plural.js';

/** Who approves when `--by` is not given: the login on this machine. */
function defaultReviewer(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry (some containers): the host still says where */
  }
  return `${user}@${hostname()}`;
}

/** Why a job cannot be approved, or null when it can. */
function notApprovable(job: Job): string | null {
  if (job.status !== 'completed') return `it is ${job.status}: only completed results are approved`;
  if (!job.result?.needsReview) return 'its result does not need review';
  if (job.reviewedAt !== null) return `already approved by ${job.reviewedBy ?? '?'} at ${iso(job.reviewedAt)}`;
  return null;
}

async function targets(ledger: Ledger, jobIds: string[], runId: string | null): Promise<{ jobs: Job[]; skipped: Array<{ jobId: string; path: string; reason: string }> }> {
  const jobs: Job[] = [];
  const skipped: Array<{ jobId: string; path: string; reason: string }> = [];
  for (const id of jobIds) {
    const job = await ledger.getJob(id);
    if (!job) throw new NotFoundError(`no job with id ${id} in ${ledger.location}`, '`docparse jobs --needs-review` lists the results that wait for review.');
    const why = notApprovable(job);
    if (why) skipped.push({ jobId: job.id, path: job.path, reason: why });
    else if (!jobs.some((j) => j.id === job.id)) jobs.push(job);
  }
  if (runId) {
    await requireRun(ledger, runId);
    for (const job of await ledger.runJobs(runId, { needsReview: true })) if (!jobs.some((j) => j.id === job.id)) jobs.push(job);
  }
  return { jobs, skipped };
}

export async function runApprove(jobIds: string[], opts: Record<string, unknown>): Promise<number> {
  if (jobIds.length === 0 && !opts.run) throw new UsageError('name the jobs to approve, or use --run <runId> for every result of a run that needs review', '`docparse jobs --needs-review` lists them.');
  if (opts.by !== undefined && String(opts.by).trim() === '') throw new UsageError('--by needs a name');
  const by = opts.by !== undefined ? String(opts.by).trim() : defaultReviewer();
  const { config } = loadConfig(opts);
  return withLedger(config, async (ledger) => {
    const { jobs, skipped } = await targets(ledger, jobIds, opts.run ? String(opts.run) : null);
    const approvedIds = new Set(await ledger.approve(jobs.map((j) => j.id), by, Date.now()));
    // Another reviewer may have been quicker: the ledger approves each result once.
    for (const j of jobs) if (!approvedIds.has(j.id)) skipped.push({ jobId: j.id, path: j.path, reason: 'approved meanwhile by someone else' });
    const outDir = resolve(config.out);
    const approved: Array<{ jobId: string; path: string; resultFile: string | null }> = [];
    for (const j of jobs) {
      if (!approvedIds.has(j.id)) continue;
      const now = (await ledger.getJob(j.id))!;
      // The results folder says so too, where it holds the result.
      const file = resultFileExists(outDir, now) ? writeResultFile(outDir, now, await ledger.jobPaths(now.id)) : null;
      approved.push({ jobId: j.id, path: j.path, resultFile: file });
    }
    if (opts.json) {
      printJson({ by, approved, skipped });
      return 0;
    }
    const c = colors(process.stderr);
    if (!opts.quiet) for (const a of approved) process.stderr.write(`${c.green('approved')}  ${a.path}  (${a.jobId})\n`);
    for (const s of skipped) process.stderr.write(`${c.yellow('skipped')}   ${s.path}: ${s.reason}  (${s.jobId})\n`);
    if (!opts.quiet || skipped.length) process.stderr.write(`approved ${plural(approved.length, 'result')} as ${by}${skipped.length ? `; ${skipped.length} skipped` : ''}\n`);
    return 0;
  });
}
