import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes, writeInvoiceFolder, writeInvoicePdf } from '../helpers/fixtures.js';
import { ledgerCounts, readLedger } from '../helpers/ledger.js';

let template: string;

beforeAll(async () => {
  template = tempDir('docparse-e2e-src-');
  await writeInvoiceFolder(template, 6);
});

function setup() {
  const dir = tempDir('docparse-e2e-');
  const inv = join(dir, 'invoices');
  cpSync(template, inv, { recursive: true });
  const ledger = join(dir, 'ledger.db');
  const out = join(dir, 'out');
  return { dir, inv, ledger, out, base: ['--ledger', ledger, '--out', out, '--extractor', 'text'] };
}

const results = (out: string) => readdirSync(out).filter((f) => f.endsWith('.json') && !['summary.json', 'failures.json'].includes(f));

describe('docparse submit (end to end)', () => {
  it('processes a folder, skips it on rerun, and redoes only a changed file', async () => {
    const t = setup();
    const first = await docparse(['submit', t.inv, ...t.base, '--json'], { cwd: t.dir });
    expect(first.exitCode).toBe(0);
    const s1 = JSON.parse(String(first.stdout));
    expect(s1.byState.completed).toBe(6);
    expect(s1.jobs).toMatchObject({ total: 6, new: 6, skipped: 0, processed: 6 });
    expect(results(t.out)).toHaveLength(6);
    expect(JSON.parse(readFileSync(join(t.out, 'summary.json'), 'utf8')).runId).toBe(s1.runId);

    const second = await docparse(['submit', t.inv, ...t.base, '--json'], { cwd: t.dir });
    expect(second.exitCode).toBe(0);
    const s2 = JSON.parse(String(second.stdout));
    expect(s2.jobs).toMatchObject({ total: 6, new: 0, skipped: 6, processed: 0 });
    expect(s2.files.hashed).toBe(0); // the size+mtime+inode fast path

    const plain = await docparse(['submit', t.inv, ...t.base], { cwd: t.dir });
    expect(String(plain.stderr)).toMatch(/6 completed \(6 already done\)/);
    expect(String(plain.stdout)).toBe('');

    await writeInvoicePdf(join(t.inv, 'inv-003.pdf'), { number: 'CHANGED-3' });
    const third = await docparse(['submit', t.inv, ...t.base, '--json'], { cwd: t.dir });
    const s3 = JSON.parse(String(third.stdout));
    expect(s3.jobs).toMatchObject({ new: 1, skipped: 5, processed: 1 });
    expect(s3.files.hashed).toBe(1);

    const verify = await docparse(['submit', t.inv, ...t.base, '--json', '--verify'], { cwd: t.dir });
    expect(JSON.parse(String(verify.stdout)).files.hashed).toBe(6);
  });

  it('fails a corrupt file alone, reports it, and exits 2', async () => {
    const t = setup();
    writeBytes(join(t.inv, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%% truncated here');
    writeBytes(join(t.inv, 'notes.txt'), 'not an invoice');
    const r = await docparse(['submit', t.inv, ...t.base, '--json'], { cwd: t.dir });
    expect(r.exitCode).toBe(2);
    const s = JSON.parse(String(r.stdout));
    expect(s.byState).toMatchObject({ completed: 6, failed: 1 });
    expect(s.files.ignored).toBe(1);
    const failures = JSON.parse(readFileSync(join(t.out, 'failures.json'), 'utf8'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ path: join(t.inv, 'broken.pdf'), errorClass: 'corrupt', attempts: 1, retryable: false });
    expect(failures[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(failures[0].hint).toMatch(/re-export|re-download/i);
    const csv = readFileSync(join(t.out, 'failures.csv'), 'utf8').trim().split(/\r\n/);
    expect(csv[0]).toBe('path,jobId,fingerprint,errorClass,message,attempts,retryable,hint');
    expect(csv).toHaveLength(2);
    expect(results(t.out)).toHaveLength(6);
  });

  it('treats the same content under two names as one job with both paths', async () => {
    const t = setup();
    cpSync(join(t.inv, 'inv-001.pdf'), join(t.inv, 'copy of inv-001.pdf'));
    const r = await docparse(['submit', t.inv, ...t.base, '--json'], { cwd: t.dir });
    const s = JSON.parse(String(r.stdout));
    expect(s.files.seen).toBe(7);
    expect(s.jobs.total).toBe(6);
    const file = results(t.out).find((f) => f.startsWith('inv-001.pdf') || f.startsWith('copy of inv-001.pdf'))!;
    const body = JSON.parse(readFileSync(join(t.out, file), 'utf8'));
    expect(body.paths.sort()).toEqual([join(t.inv, 'copy of inv-001.pdf'), join(t.inv, 'inv-001.pdf')].sort());
  });

  it('makes a new job when settings change, and reprocesses with --force', async () => {
    const t = setup();
    await docparse(['submit', t.inv, ...t.base], { cwd: t.dir });
    const other = await docparse(['submit', t.inv, '--ledger', t.ledger, '--out', t.out, '--extractor', 'noop', '--json'], { cwd: t.dir });
    expect(JSON.parse(String(other.stdout)).jobs.new).toBe(6);
    const forced = await docparse(['submit', t.inv, ...t.base, '--force', '--json'], { cwd: t.dir });
    const s = JSON.parse(String(forced.stdout));
    expect(s.jobs).toMatchObject({ requeued: 6, processed: 6 });
    const counts = ledgerCounts(t.ledger);
    expect(counts.jobs).toHaveLength(12);
  });

  it('--dry-run lists what would happen and changes nothing', async () => {
    const t = setup();
    await docparse(['submit', join(t.inv, 'inv-001.pdf'), ...t.base], { cwd: t.dir });
    const r = await docparse(['submit', t.inv, ...t.base, '--dry-run', '--json'], { cwd: t.dir });
    expect(r.exitCode).toBe(0);
    const s = JSON.parse(String(r.stdout));
    expect(s.plan.process).toHaveLength(5);
    expect(s.plan.skip).toHaveLength(1);
    expect(ledgerCounts(t.ledger).jobs).toHaveLength(1);
  });

  it('respects --include/--exclude and skips hidden files', async () => {
    const t = setup();
    cpSync(join(t.inv, 'inv-001.pdf'), join(t.inv, '.hidden.pdf'));
    writeFileSync(join(t.inv, 'inv-002.pdf.bak'), readFileSync(join(t.inv, 'inv-002.pdf')));
    const r = await docparse(['submit', t.inv, ...t.base, '--exclude', 'inv-00[45].pdf', '--include', '*.pdf', '--json'], { cwd: t.dir });
    const s = JSON.parse(String(r.stdout));
    expect(s.jobs.total).toBe(4);
  });

  it('status --json has exactly the documented shape; unknown ids exit 4', async () => {
    const t = setup();
    const run = JSON.parse(String((await docparse(['submit', t.inv, ...t.base, '--json'], { cwd: t.dir })).stdout));
    const jobId = readLedger(t.ledger, (db) => (db.prepare('SELECT id FROM jobs ORDER BY path LIMIT 1').get() as { id: string }).id);
    const r = await docparse(['status', jobId, '--ledger', t.ledger, '--json'], { cwd: t.dir });
    expect(r.exitCode).toBe(0);
    const v = JSON.parse(String(r.stdout));
    expect(Object.keys(v)).toEqual(['jobId', 'status', 'fileName', 'templateId', 'result', 'error', 'pageCount', 'attempts', 'createdAt', 'startedAt', 'completedAt', 'supersededBy', 'priority', 'cancelledBy', 'paused']);
    expect(v).toMatchObject({ jobId, status: 'completed', fileName: 'inv-001.pdf', error: null, pageCount: 1, attempts: 1 });
    expect(new Date(v.completedAt).toISOString()).toBe(v.completedAt);

    const byPath = JSON.parse(String((await docparse(['status', join(t.inv, 'inv-001.pdf'), '--ledger', t.ledger, '--json'], { cwd: t.dir })).stdout));
    expect(byPath.jobId).toBe(jobId);
    const withEvents = JSON.parse(String((await docparse(['status', jobId, '--ledger', t.ledger, '--json', '--events'], { cwd: t.dir })).stdout));
    expect(withEvents.events.map((e: { to: string }) => e.to)).toEqual(['pending', 'processing', 'completed']);
    const runView = JSON.parse(String((await docparse(['status', run.runId, '--ledger', t.ledger, '--json'], { cwd: t.dir })).stdout));
    expect(runView).toMatchObject({ runId: run.runId, jobs: 6, byState: { completed: 6 }, failed: [] });

    const missing = await docparse(['status', 'job_doesnotexist', '--ledger', t.ledger], { cwd: t.dir });
    expect(missing.exitCode).toBe(4);
    expect(String(missing.stderr)).toMatch(/no job matches/);

    const list = await docparse(['jobs', '--ledger', t.ledger, '--json', '--status', 'completed', '--limit', '4'], { cwd: t.dir });
    const lines = String(list.stdout).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0]).status).toBe('completed');
  });

  it('exits 1 on bad flags, with a message naming the flag', async () => {
    const t = setup();
    const r = await docparse(['submit', t.inv, '--ledger', t.ledger, '--concurrency', 'zero'], { cwd: t.dir });
    expect(r.exitCode).toBe(1);
    expect(String(r.stderr)).toMatch(/--concurrency/);
    const unknown = await docparse(['submit', t.inv, '--no-such-flag'], { cwd: t.dir });
    expect(unknown.exitCode).toBe(1);
  });

  it('refuses a corrupt ledger or one from a newer docparse with exit 5, changing nothing', async () => {
    const t = setup();
    writeBytes(t.ledger, 'this is not a database, but somebody\'s precious file '.repeat(200));
    const before = readFileSync(t.ledger);
    const r = await docparse(['submit', t.inv, ...t.base], { cwd: t.dir });
    expect(r.exitCode).toBe(5);
    expect(String(r.stderr)).toMatch(/not a valid docparse ledger/);
    expect(readFileSync(t.ledger).equals(before)).toBe(true);

    const u = setup();
    await docparse(['submit', join(u.inv, 'inv-001.pdf'), ...u.base], { cwd: u.dir });
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(u.ledger);
    db.pragma('user_version = 999');
    db.close();
    const newer = await docparse(['submit', u.inv, ...u.base], { cwd: u.dir });
    expect(newer.exitCode).toBe(5);
    expect(String(newer.stderr)).toMatch(/newer docparse/);
  });

  it('retry --failed puts failed jobs back and runs them', async () => {
    const t = setup();
    const bad = join(t.inv, 'later.pdf');
    writeBytes(bad, 'garbage that is not a pdf');
    const first = await docparse(['submit', t.inv, ...t.base], { cwd: t.dir });
    expect(first.exitCode).toBe(2);
    // A permanent failure of an unchanged file is retried only with --all (review-retry.test.ts has
    // the skip); then it runs again and fails again, with the same reason.
    const retry = await docparse(['retry', '--failed', '--all', '--ledger', t.ledger, '--out', t.out, '--json'], { cwd: t.dir });
    expect(retry.exitCode).toBe(2);
    const s = JSON.parse(String(retry.stdout));
    expect(s.jobs).toMatchObject({ total: 1, requeued: 1, processed: 1 });
    const failed = ledgerCounts(t.ledger).jobs.filter((j) => j.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(t.out, 'failures.json'), 'utf8'))[0].errorClass).toBe('corrupt');
  });
});

describe('docparse retry', () => {
  it('retries each job with the settings it was submitted with', async () => {
    const t = setup();
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(60, 30);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 60, 30);
    writeBytes(join(t.inv, 'blank.png'), canvas.toBuffer('image/png'));
    const first = await docparse(['submit', t.inv, ...t.base], { cwd: t.dir });
    expect(first.exitCode).toBe(2);
    // The retry runs with the default extractor (auto) configured, but the job was made with
    // `--extractor text`: it must fail the same way again, not be OCR'd.
    const retry = await docparse(['retry', '--failed', '--ledger', t.ledger, '--out', t.out, '--json'], { cwd: t.dir });
    expect(retry.exitCode).toBe(2);
    const failures = JSON.parse(readFileSync(join(t.out, 'failures.json'), 'utf8'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ errorClass: 'unsupported', attempts: 1 });
    expect(failures[0].message).toMatch(/images need OCR/);
  });
});

describe('exit codes, output and look-ups', () => {
  it('exits 3 naming the package when an OCR language is not installed, before any work', async () => {
    const t = setup();
    const r = await docparse(['submit', t.inv, '--ledger', t.ledger, '--out', t.out, '--lang', 'eng+zzzz'], { cwd: t.dir });
    expect(r.exitCode).toBe(3);
    expect(String(r.stderr)).toMatch(/npm install @tesseract\.js-data\/zzzz/);
    expect(ledgerCounts(t.ledger).jobs.filter((j) => j.status !== 'pending')).toEqual([]);
  });

  it('exits 7 with --fail-on review when a result does not add up, 0 without it', async () => {
    const dir = tempDir('docparse-review-');
    // The lines add up to 20.00 but the invoice says 99.00: the checks must flag it.
    await writeInvoicePdf(join(dir, 'in', 'odd.pdf'), { number: 'ODD-1', total: '99.00 USD', lines: 2 });
    const args = ['submit', join(dir, 'in'), '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out')];
    const plain = await docparse([...args, '--json'], { cwd: dir });
    expect(plain.exitCode).toBe(0);
    expect(JSON.parse(String(plain.stdout)).needsReview).toBe(1);
    const strict = await docparse([...args, '--fail-on', 'review'], { cwd: dir });
    expect(strict.exitCode).toBe(7);
    expect(String(strict.stderr)).toMatch(/1 needs review/);
    const file = readdirSync(join(dir, 'out')).find((f) => f.startsWith('odd.pdf'))!;
    const result = JSON.parse(readFileSync(join(dir, 'out', file), 'utf8')).result;
    expect(result.needsReview).toBe(true);
    expect(result.reviewReasons.join(' ')).toMatch(/99/);
  });

  it('prints no escape codes into a pipe, even without NO_COLOR', async () => {
    const t = setup();
    const r = await docparse(['submit', t.inv, ...t.base], { cwd: t.dir, env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
    expect(r.exitCode).toBe(0);
    expect(String(r.stderr)).not.toMatch(/\u001b\[/);
    expect(String(r.stderr)).toMatch(/^completed {2}inv-001\.pdf/m);
  });

  it('finds jobs by fingerprint prefix and lists them by age', async () => {
    const t = setup();
    await docparse(['submit', t.inv, ...t.base], { cwd: t.dir });
    const { id, fingerprint } = readLedger(t.ledger, (db) => db.prepare('SELECT id, fingerprint FROM jobs ORDER BY path LIMIT 1').get() as { id: string; fingerprint: string });
    const r = await docparse(['status', fingerprint.slice(0, 10), '--ledger', t.ledger, '--json'], { cwd: t.dir });
    expect(JSON.parse(String(r.stdout)).jobId).toBe(id);
    const recent = await docparse(['jobs', '--ledger', t.ledger, '--since', '1h', '--json'], { cwd: t.dir });
    expect(String(recent.stdout).trim().split('\n')).toHaveLength(6);
    const future = await docparse(['jobs', '--ledger', t.ledger, '--since', '2999-01-01', '--json'], { cwd: t.dir });
    expect(String(future.stdout)).toBe('');
    const bad = await docparse(['jobs', '--ledger', t.ledger, '--status', 'done'], { cwd: t.dir });
    expect(bad.exitCode).toBe(1);
  });
});
