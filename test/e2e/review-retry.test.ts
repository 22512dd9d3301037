/**
 * The review workflow and retries of fixed files, through the real CLI on a real SQLite ledger:
 * results that need review are listed, explained and approved (who and when in the audit trail),
 * and stop failing `--fail-on review`; a failed file fixed in place is read again as a new job that
 * supersedes the old one, which leaves the failures report.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoicePdf } from '../helpers/fixtures.js';
import { textPdf } from '../integration/read-fixtures.js';

const resultFile = (out: string, prefix: string) => JSON.parse(readFileSync(join(out, readdirSync(out).find((f) => f.startsWith(prefix) && f.endsWith('.json'))!), 'utf8'));
const ndjson = (s: unknown) => String(s).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('review workflow', () => {
  it('lists what needs review and why, approves it with who and when, and --fail-on review passes on the next run', async () => {
    const dir = tempDir('docparse-review-');
    const inbox = join(dir, 'inbox');
    // The lines add up to 20.00, the invoice says 99.00: the checks flag it.
    await writeInvoicePdf(join(inbox, 'odd.pdf'), { number: 'ODD-1', total: '99.00 USD', lines: 2 });
    await writeInvoicePdf(join(inbox, 'fine.pdf'), { number: 'FINE-1', lines: 2 });
    const ledger = join(dir, 'l.db');
    const out = join(dir, 'out');
    const led = ['--ledger', ledger];
    const base = [...led, '--out', out];
    const first = await docparse(['submit', 'inbox/', ...base, '--fail-on', 'review', '--json'], { cwd: dir });
    expect(first.exitCode).toBe(7);
    const run = JSON.parse(String(first.stdout));
    expect(run).toMatchObject({ needsReview: 1, reviewed: 0 });

    // jobs --needs-review: only the flagged result, with its reasons (text and NDJSON).
    const listed = await docparse(['jobs', '--needs-review', ...led], { cwd: dir });
    expect(String(listed.stdout).trim().split('\n')).toHaveLength(1);
    expect(String(listed.stdout)).toMatch(/odd\.pdf {2}needs review: .*99/);
    const [view] = ndjson((await docparse(['jobs', '--needs-review', '--json', ...led], { cwd: dir })).stdout);
    expect(view.fileName).toBe('odd.pdf');
    expect(view.result).toMatchObject({ needsReview: true, reviewedAt: null, reviewedBy: null });
    expect(view.result.reviewReasons.join(' ')).toMatch(/99/);
    const jobId = view.jobId as string;

    // status <runId>: the reasons, and what to do.
    const status = await docparse(['status', run.runId, ...led], { cwd: dir });
    expect(String(status.stdout)).toMatch(/review {3}\S*odd\.pdf {2}.*99.*\(job_/);
    expect(String(status.stdout)).toMatch(/docparse approve --run run_/);
    const statusJson = JSON.parse(String((await docparse(['status', run.runId, '--json', ...led], { cwd: dir })).stdout));
    expect(statusJson.needsReview).toEqual([expect.objectContaining({ jobId, reviewedAt: null })]);

    const approve = await docparse(['approve', jobId, '--by', 'A. Clerk', ...base], { cwd: dir });
    expect(approve.exitCode).toBe(0);
    expect(String(approve.stderr)).toMatch(/approved 1 result as A\. Clerk/);
    // The result keeps needsReview, with who and when beside it, in the ledger and in the result file.
    const job = JSON.parse(String((await docparse(['status', jobId, '--events', '--json', ...led], { cwd: dir })).stdout));
    expect(job.result.needsReview).toBe(true);
    expect(job.result.reviewedBy).toBe('A. Clerk');
    expect(Date.parse(job.result.reviewedAt)).toBeGreaterThan(Date.parse(job.completedAt) - 1);
    const keys = Object.keys(job.result);
    expect(keys.slice(keys.indexOf('needsReview'), keys.indexOf('needsReview') + 4)).toEqual(['needsReview', 'reviewReasons', 'reviewedAt', 'reviewedBy']);
    expect(job.events.at(-1)).toMatchObject({ from: 'completed', to: 'completed', kind: 'approved', by: 'A. Clerk' });
    expect(resultFile(out, 'odd.pdf').result).toMatchObject({ needsReview: true, reviewedBy: 'A. Clerk' });
    const text = await docparse(['status', jobId, '--events', ...led], { cwd: dir });
    expect(String(text.stdout)).toMatch(/approved {5}\S+ by A\. Clerk/);
    expect(String(text.stdout)).toMatch(/approved by A\. Clerk/);

    // The next run passes --fail-on review; summary.json counts what is still pending.
    const second = await docparse(['submit', 'inbox/', ...base, '--fail-on', 'review'], { cwd: dir });
    expect(second.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toMatchObject({ needsReview: 0, reviewed: 1 });
    expect(String(second.stderr)).toMatch(/1 approved/);
    const none = await docparse(['jobs', '--needs-review', ...led], { cwd: dir });
    expect(String(none.stdout)).toBe('');
    expect(String(none.stderr)).toMatch(/no results wait for review/);

    // A result that does not need review, an approved one again, an unknown id.
    const fine = ndjson((await docparse(['jobs', '--json', ...led], { cwd: dir })).stdout).find((j) => j.fileName === 'fine.pdf');
    const skipped = await docparse(['approve', fine.jobId, jobId, ...base], { cwd: dir });
    expect(skipped.exitCode).toBe(0);
    expect(String(skipped.stderr)).toMatch(/fine\.pdf: its result does not need review/);
    expect(String(skipped.stderr)).toMatch(/odd\.pdf: already approved by A\. Clerk/);
    expect((await docparse(['approve', 'job_nope', ...base], { cwd: dir })).exitCode).toBe(4);
    expect((await docparse(['approve', ...base], { cwd: dir })).exitCode).toBe(1);
  });

  it('approve --run approves every pending result of a run, as the login when --by is not given', async () => {
    const dir = tempDir('docparse-review-run-');
    await writeInvoicePdf(join(dir, 'in', 'a.pdf'), { number: 'A-1', total: '99.00 USD' });
    await writeInvoicePdf(join(dir, 'in', 'b.pdf'), { number: 'B-1', total: '77.00 USD' });
    const base = ['--ledger', join(dir, 'l.db'), '--out', join(dir, 'out')];
    const s = JSON.parse(String((await docparse(['submit', 'in', ...base, '--json'], { cwd: dir })).stdout));
    expect(s.needsReview).toBe(2);
    const r = await docparse(['approve', '--run', s.runId, '--json', ...base], { cwd: dir });
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(String(r.stdout));
    expect(out.approved).toHaveLength(2);
    expect(out.by).toMatch(/^.+@.+$/);
    expect((await docparse(['submit', 'in', ...base, '--fail-on', 'review'], { cwd: dir })).exitCode).toBe(0);
    expect((await docparse(['approve', '--run', 'run_nope', ...base], { cwd: dir })).exitCode).toBe(4);
  });
});

describe('retry of fixed files', () => {
  it('skips an unchanged permanent failure and says so; a file decrypted in place is read again, supersedes the old job and leaves the failures', async () => {
    const dir = tempDir('docparse-fixed-');
    const inbox = join(dir, 'inbox');
    await writeInvoicePdf(join(inbox, 'fine.pdf'), { number: 'FINE-1' });
    writeFileSync(join(inbox, 'locked.pdf'), await textPdf({ userPassword: 'secret' }));
    const led = ['--ledger', join(dir, 'l.db')];
    const rt = [...led, '--out', join(dir, 'out')];
    const base = [...rt, '--extractor', 'text'];
    const first = await docparse(['submit', 'inbox/', ...base], { cwd: dir });
    expect(first.exitCode).toBe(2);
    const oldJob = ndjson((await docparse(['jobs', '--status', 'failed', '--json', ...led], { cwd: dir })).stdout)[0];
    expect(oldJob.error.errorClass).toBe('encrypted');

    // Unchanged and permanent: retrying would fail the same way.
    const unchanged = await docparse(['retry', '--failed', ...rt], { cwd: dir });
    expect(unchanged.exitCode).toBe(2);
    expect(String(unchanged.stderr)).toMatch(/skipped {4}\S*locked\.pdf: encrypted and the file is unchanged/);
    expect(String(unchanged.stderr)).toMatch(/--failed --all/);
    expect(ndjson((await docparse(['jobs', '--status', 'failed', '--json', ...led], { cwd: dir })).stdout)[0]).toMatchObject({ jobId: oldJob.jobId, attempts: 1 });

    // --all tries it anyway (and it fails again, truthfully counted).
    const all = await docparse(['retry', '--failed', '--all', '--json', ...rt], { cwd: dir });
    expect(all.exitCode).toBe(2);
    const allSummary = JSON.parse(String(all.stdout));
    expect(allSummary.retry).toMatchObject({ requeued: 1, reread: 0, skipped: [] });
    expect(allSummary.byState).toMatchObject({ failed: 1, completed: 0 });
    expect(String(all.stderr)).toMatch(/done: retried 1 job, 0 completed, 1 failed/);

    // Decrypted in place (the same path, new content).
    writeFileSync(join(inbox, 'locked.pdf'), await textPdf());
    const fixed = await docparse(['retry', '--failed', '--json', ...rt], { cwd: dir });
    expect(fixed.exitCode).toBe(0);
    const summary = JSON.parse(String(fixed.stdout));
    expect(summary.retry).toMatchObject({ requeued: 0, reread: 1 });
    expect(summary.jobs).toMatchObject({ new: 1, superseded: 1 });
    expect(summary.byState).toMatchObject({ completed: 1, failed: 0 });
    expect(String(fixed.stderr)).toMatch(/done: retried 1 job \(1 re-read: the file changed\), 1 completed, 0 failed, 1 earlier failure fixed/);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'failures.json'), 'utf8'))).toEqual([]);

    // The old job is history: out of `jobs --status failed`, `retry --failed` and export's failures.
    const failedNow = await docparse(['jobs', '--status', 'failed', ...led], { cwd: dir });
    expect(String(failedNow.stdout)).toBe('');
    const withOld = ndjson((await docparse(['jobs', '--status', 'failed', '--superseded', '--json', ...led], { cwd: dir })).stdout);
    expect(withOld).toEqual([expect.objectContaining({ jobId: oldJob.jobId, status: 'failed' })]);
    const successor = withOld[0].supersededBy as string;
    expect(successor).toMatch(/^job_/);
    expect((await docparse(['status', successor, '--json', ...led], { cwd: dir })).stdout).toMatch(/"status": "completed"/);
    const oldStatus = await docparse(['status', oldJob.jobId, '--events', ...led], { cwd: dir });
    expect(String(oldStatus.stdout)).toMatch(new RegExp(`superseded {3}by ${successor}`));
    expect(String(oldStatus.stdout)).toMatch(new RegExp(`superseded by ${successor}: its file was fixed`));
    expect(String((await docparse(['retry', '--failed', ...rt], { cwd: dir })).stderr)).toMatch(/no failed jobs to retry/);
    const exported = await docparse(['export', '--json', ...led, '--out', join(dir, 'export')], { cwd: dir });
    expect(exported.exitCode).toBe(0);
    expect(JSON.parse(String(exported.stdout))).toMatchObject({ failures: 0, results: 2 });
    // The path now names the new job.
    expect(JSON.parse(String((await docparse(['status', 'inbox/locked.pdf', '--json', ...led], { cwd: dir })).stdout)).jobId).toBe(successor);
  });

  it('submit of a folder whose failed file was fixed in place also supersedes the old job', async () => {
    const dir = tempDir('docparse-fixed-submit-');
    const inbox = join(dir, 'inbox');
    await writeInvoicePdf(join(inbox, 'fine.pdf'), { number: 'FINE-1' });
    writeFileSync(join(inbox, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%% truncated here');
    const base = ['--ledger', join(dir, 'l.db'), '--out', join(dir, 'out'), '--extractor', 'text'];
    expect((await docparse(['submit', 'inbox/', ...base], { cwd: dir })).exitCode).toBe(2);
    await writeInvoicePdf(join(inbox, 'broken.pdf'), { number: 'REPAIRED-1' });
    const again = await docparse(['submit', 'inbox/', ...base, '--json'], { cwd: dir });
    expect(again.exitCode).toBe(0);
    expect(JSON.parse(String(again.stdout)).jobs).toMatchObject({ new: 1, skipped: 1, superseded: 1 });
    const exported = JSON.parse(String((await docparse(['export', '--json', '--ledger', join(dir, 'l.db'), '--out', join(dir, 'export')], { cwd: dir })).stdout));
    expect(exported.failures).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'export', 'failures.json'), 'utf8'))).toEqual([]);
  });
});
