import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonText, loadConfig, printJson, withLedger } from '../context.js';
import { paintFor, type Paint } from '../paint.js';
import { NotFoundError, UsageError } from '../../errors.js';
import type { Ledger } from '../../ledger/port.js';
import { openJobReader, type JobReader } from '../../ledger/open.js';
import type { Job, JobEvent, Run } from '../../types.js';
import { iso, jobView } from '../../report/results.js';
import { einvoiceLabel } from '../../extract/einvoice/profile.js';
import { plural } from '../plural.js';
import { unshownPath } from '../../raw-names.js';
import { nodeCrypto } from '../../lazy-crypto.js';

/** Finds the job an id, path or fingerprint prefix names; the newest when several match. */
export async function resolveJob(ledger: Pick<JobReader, 'getJob' | 'findJobsByPath' | 'findJobsByFingerprint'>, id: string): Promise<Job | null> {
  if (id.startsWith('job_')) return ledger.getJob(id);
  const candidates: Job[] = [];
  if (existsSync(id) || id.includes('/')) {
    candidates.push(...(await ledger.findJobsByPath(resolve(id))));
    // A name that is not UTF-8 cannot come through the command line as it is: it is given as shown (`caf\xe9.pdf`).
    if (candidates.length === 0 && id.includes('\\x')) candidates.push(...(await ledger.findJobsByPath(resolve(unshownPath(id)))));
  }
  // A file the ledger knows by another path (moved by --move-done, copied, renamed): by its content.
  if (candidates.length === 0 && !/^[0-9a-f]{6,64}$/i.test(id)) {
    const st = statSync(id, { throwIfNoEntry: false });
    if (st?.isFile()) {
      // Hashed here, not with files/fingerprint.ts: that would bring its sniffing and @noble/hashes into
      // the lean status bundle (scripts/bundle.mjs), which loads no module outside it.
      const hash = nodeCrypto().createHash('sha256');
      for await (const chunk of createReadStream(id) as AsyncIterable<Buffer>) hash.update(chunk);
      candidates.push(...(await ledger.findJobsByFingerprint(hash.digest('hex'))));
    }
  }
  if (candidates.length === 0 && /^[0-9a-f]{6,64}$/i.test(id)) {
    const found = await ledger.findJobsByFingerprint(id);
    if (new Set(found.map((j) => j.fingerprint)).size > 1) {
      throw new UsageError(`the fingerprint prefix ${id} matches ${found.length} different files`, 'Give more hex digits, or the job id.');
    }
    candidates.push(...found);
  }
  if (candidates.length === 0) return null;
  return candidates.sort((a, b) => b.createdAt - a.createdAt)[0];
}

export async function runStatus(id: string, opts: Record<string, unknown>): Promise<number> {
  const { config } = loadConfig(opts);
  if (!id.startsWith('run_')) {
    // The common case, one job, from a read-only connection when the ledger needs nothing done
    // to it (ledger/sqlite/reader.ts); the full ledger otherwise, or when that connection fails
    // for any reason but the answer itself, so every other message stays the full path's.
    const reader = await openJobReader(config.ledger);
    if (reader) {
      let text: string | undefined;
      try {
        text = await showJob(reader, id, opts);
      } catch (err) {
        if (err instanceof NotFoundError || err instanceof UsageError) throw err;
      } finally {
        await reader.close();
      }
      if (text !== undefined) {
        process.stdout.write(text);
        return 0;
      }
    }
  }
  return withLedger(config, async (ledger) => {
    if (id.startsWith('run_')) {
      const run = await ledger.getRun(id);
      if (!run) throw new NotFoundError(`no run with id ${id} in ${ledger.location}`, 'List runs\' jobs with `docparse jobs --run <runId>`, or check --ledger.');
      return showRun(ledger, run, opts, config.leaseMs);
    }
    process.stdout.write(await showJob(ledger, id, opts));
    return 0;
  });
}

/** What `status` prints for the job `id` names (text or --json); throws NotFoundError when none. Also the CommonJS path's (cli/lean-answer.ts). */
export async function showJob(ledger: JobReader, id: string, opts: Record<string, unknown>): Promise<string> {
  const job = await resolveJob(ledger, id);
  if (!job) {
    throw new NotFoundError(`no job matches "${id}" in ${ledger.location}`, 'Give a job id (job_...), a run id (run_...), a file path that was submitted (or a file of the same content), or 6+ hex digits of its fingerprint; `docparse jobs` lists jobs.');
  }
  const events = opts.events ? await ledger.jobEvents(job.id) : null;
  const paused = (await ledger.heldJobs([job.id])).length === 1;
  if (opts.json) return jsonText({ ...jobView(job), paused, ...(events ? { events: events.map(eventView) } : {}) });
  const c = await paintFor(process.stdout);
  return renderJob(job, await ledger.jobPaths(job.id), c, paused) + (events ? renderEvents(events, c) : '');
}

function eventView(e: JobEvent) {
  return { from: e.from, to: e.to, attempt: e.attempt, at: iso(e.at), error: e.error, runId: e.runId, kind: e.kind, by: e.by };
}

const STATE_COLOR: Record<string, keyof Paint> = { completed: 'green', failed: 'red', retrying: 'yellow', processing: 'cyan', pending: 'white' };

function paint(c: Paint, state: string): string {
  const fn = c[STATE_COLOR[state] ?? 'white'] as (s: string) => string;
  return fn(state);
}

function renderJob(job: Job, paths: string[], c: Paint, paused: boolean): string {
  const v = jobView(job);
  const lines = [
    `${c.bold(job.id)}  ${paint(c, job.status)}`,
    `  file         ${job.fileName}`,
    ...paths.map((p, i) => `  ${i === 0 ? 'paths       ' : '            '} ${p}`),
    `  fingerprint  ${job.fingerprint}`,
    `  attempts     ${job.attempts}/${job.maxAttempts}`,
    `  created      ${v.createdAt}`,
    `  started      ${v.startedAt ?? '-'}`,
    `  completed    ${v.completedAt ?? '-'}`,
  ];
  if (job.status === 'retrying' && job.nextAttemptAt) lines.push(`  next try     ${iso(job.nextAttemptAt)}`);
  lines.push(`  priority     ${job.priority}`);
  if (paused) lines.push(`  ${c.yellow('paused')}       waiting: a pause holds it (\`docparse pauses\`; \`docparse resume\` lifts it)`);
  if (job.status === 'processing' && job.cancelRequestedBy) lines.push(`  ${c.yellow('cancelling')}   asked by ${job.cancelRequestedBy} at ${iso(job.cancelRequestedAt)}; its process stops it within about a second`);
  if (job.pageCount != null) lines.push(`  pages        ${job.pageCount}`);
  if (v.templateId) lines.push(`  template     ${v.templateId}`);
  if (job.supersededBy) lines.push(`  superseded   by ${job.supersededBy}: its file was fixed, and the new content is that job`);
  if (job.error) {
    lines.push(`  error        ${c.red(`${job.error.errorClass}: ${job.error.message}`)}`);
    if (!job.supersededBy) lines.push(`  what to do   ${job.error.hint}`);
  }
  const r = job.result;
  if (r) {
    const f = (x: { value: unknown } | null) => (x ? String(x.value) : c.dim('-'));
    lines.push(`  invoice      ${f(r.invoiceNumber)}  date ${f(r.invoiceDate)}  due ${f(r.dueDate)}`);
    lines.push(`  total        ${f(r.total)} ${r.currency ? r.currency.value : ''}  (subtotal ${f(r.subtotal)}, tax ${f(r.tax)})`);
    if (r.vendor.name) lines.push(`  vendor       ${r.vendor.name.value}`);
    const e = r.einvoice;
    if (e) {
      const check = e.pageCheck.status === 'mismatch' ? c.yellow('differs from the XML') : e.pageCheck.status;
      lines.push(`  e-invoice    ${einvoiceLabel(e)} (${e.syntax}${e.attachment ? `, ${e.attachment}` : ''}), ${e.documentType ?? `type ${e.typeCode ?? '-'}`}; printed page: ${check}`);
    }
    for (const w of r.warnings ?? []) lines.push(`  ${c.yellow('warning')}      ${w}`);
    if (r.needsReview) lines.push(`  ${c.yellow('needs review')} ${r.reviewReasons.join('; ')}`);
    if (r.needsReview) lines.push(job.reviewedAt !== null ? `  approved     ${iso(job.reviewedAt)} by ${job.reviewedBy ?? '?'}` : `  approved     ${c.dim('not yet: `docparse approve ' + job.id + '` once checked')}`);
  }
  return lines.join('\n') + '\n';
}

function renderEvents(events: JobEvent[], c: Paint): string {
  const lines = ['  events:'];
  for (const e of events) {
    if (e.kind === 'approved') lines.push(`    ${iso(e.at)}  ${c.green('approved')} by ${e.by ?? '?'}`);
    else if (e.kind === 'superseded') lines.push(`    ${iso(e.at)}  ${c.dim(e.error ?? 'superseded')}`);
    else if (e.kind === 'priority' || e.kind === 'cancel_requested') lines.push(`    ${iso(e.at)}  ${c.dim(`${e.error ?? e.kind}${e.kind === 'priority' ? ` by ${e.by ?? '?'}` : ''}`)}`);
    else lines.push(`    ${iso(e.at)}  ${(e.from ?? '-').padEnd(10)} -> ${paint(c, e.to).padEnd(10)} attempt ${e.attempt}${e.error ? `  ${c.dim(e.error)}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

async function showRun(ledger: Ledger, run: Run, opts: Record<string, unknown>, leaseMs: number): Promise<number> {
  // Only the run view lists failures and tells a dead run: the job view (the common, fast case)
  // loads neither the failures report and its CSV writer (csv-stringify, ten modules) nor the engine.
  const [{ jobFailureRow }, { runProcessGone, runStaleMs }] = await Promise.all([import('../../report/failures.js'), import('../../owner.js')]);
  const progress = await ledger.runProgress(run.id);
  const failedJobs = await ledger.runJobs(run.id, { status: ['failed'] });
  const failed = failedJobs.filter((j) => !j.supersededBy).map(jobFailureRow);
  const fixed = failedJobs.filter((j) => j.supersededBy).map((j) => ({ jobId: j.id, path: j.path, supersededBy: j.supersededBy }));
  // What waits for a person: each result of the run that needs review, with why; and what was approved.
  const review = (await ledger.runJobs(run.id, { status: ['completed'] }))
    .filter((j) => j.result?.needsReview)
    .map((j) => ({ jobId: j.id, path: j.path, reasons: j.result!.reviewReasons, reviewedAt: iso(j.reviewedAt), reviewedBy: j.reviewedBy }));
  const total = Object.values(progress.byState).reduce((a, b) => a + b, 0);
  // A detached run's record is closed once its jobs are registered; the run is finished only
  // when workers have finished every job of it.
  const open = progress.byState.pending + progress.byState.processing + progress.byState.retrying;
  const finished = run.finishedAt !== null && open === 0;
  // Its process died before closing it (kill -9, power loss): it will never finish by itself.
  const died = runProcessGone(run, Date.now(), runStaleMs(leaseMs));
  const view = {
    runId: run.id,
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    finished,
    died,
    paths: run.paths,
    detached: run.detached,
    jobs: total,
    skipped: progress.skipped,
    open,
    paused: progress.paused,
    byState: progress.byState,
    failed,
    superseded: fixed,
    needsReview: review.filter((r) => r.reviewedAt === null),
    reviewed: review.filter((r) => r.reviewedAt !== null),
  };
  if (opts.json) {
    printJson(view);
    return 0;
  }
  const c = await paintFor(process.stdout);
  let state: string;
  if (finished) state = `finished ${run.detached ? `(registered ${view.finishedAt}; processed by workers)` : view.finishedAt}`;
  else if (died) {
    const left = open ? `${plural(open, 'job')} left: run the same command again (or \`docparse worker\`) to finish them` : 'every job of it has finished since (by later runs)';
    state = c.yellow(`stopped: its process died before the run finished (killed, or the machine went down); ${left}`);
  } else if (run.detached && run.finishedAt !== null) state = c.yellow(`not finished: ${plural(open, 'job')} waiting for \`docparse worker\` (registered ${view.finishedAt})`);
  else state = c.yellow(`not finished${open ? `: ${plural(open, 'job')} open` : ''}`);
  const lines = [
    `${c.bold(run.id)}  started ${view.startedAt}, ${state}`,
    `  paths    ${run.paths.join(', ')}`,
    `  jobs     ${total}: ${Object.entries(progress.byState).map(([s, n]) => `${n} ${paint(c, s)}`).join(', ')}${progress.skipped ? ` (${progress.skipped} of them done before this run)` : ''}`,
  ];
  if (progress.paused) lines.push(`  ${c.yellow('paused')}   ${plural(progress.paused, 'waiting job')} held by a pause (\`docparse pauses\`; \`docparse resume\` lifts it)`);
  for (const f of failed) lines.push(`  ${c.red('failed')}   ${f.path}  ${f.errorClass}: ${f.message}  (${f.jobId})`);
  for (const f of fixed) lines.push(`  ${c.dim('fixed')}    ${f.path}  superseded by ${f.supersededBy}  (${f.jobId})`);
  for (const r of view.needsReview) lines.push(`  ${c.yellow('review')}   ${r.path}  ${r.reasons.join('; ')}  (${r.jobId})`);
  for (const r of view.reviewed) lines.push(`  ${c.green('approved')} ${r.path}  by ${r.reviewedBy ?? '?'} ${r.reviewedAt}  (${r.jobId})`);
  if (view.needsReview.length) lines.push(c.dim(`  Check them, then \`docparse approve --run ${run.id}\` (or approve job ids one by one).`));
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
