/**
 * Job control with the real CLI, on a SQLite file and on PostgreSQL (issue I): the priority order
 * seen in the jobs' startedAt; two workers draining a ledger that is paused and resumed mid-run
 * (nothing claimed while paused, nothing lost); a document being processed by one process
 * cancelled from another, its work aborted (a template regex that would run for minutes); an
 * attached submit whose remaining work is all paused (exit 11) and worker --once (exit 0).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';
import { readLedger } from '../helpers/ledger.js';
import { pgTestDatabase } from '../helpers/pg.js';
import { writePdf } from '../reliability/support.js';

type Row = Record<string, unknown>;
interface Backend {
  name: string;
  /** A new, empty ledger: a file path or a postgres:// URL. */
  fresh(dir: string): Promise<string>;
  /** Runs one read-only query (no parameters) on a ledger. */
  query(ledger: string, sql: string): Promise<Row[]>;
}

const pgSetup = await pgTestDatabase('control');
const backends: Backend[] = [
  {
    name: 'SQLite',
    fresh: async (dir) => join(dir, 'ledger.db'),
    query: async (ledger, sql) => readLedger(ledger, (db) => db.prepare(sql).all() as Row[]),
  },
];
if (pgSetup.db) {
  const db = pgSetup.db;
  afterAll(() => db.drop());
  backends.push({
    name: 'PostgreSQL',
    fresh: () => db.createDatabase('control'),
    query: async (url, sql) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return (await c.query(sql)).rows as Row[];
      } finally {
        await c.end();
      }
    },
  });
} else console.warn(`PostgreSQL job-control tests skipped: ${pgSetup.skipReason}`);

// A template whose regex backtracks for minutes on its document: work that only an abort stops.
const EVIL = ['issuer: Evil Corp', 'keywords:', '  - Evil Corp', 'fields:', "  invoice_number: '((\\w|\\s)+)+XQZ'", "  amount: 'Total:\\s+(\\d+\\.\\d\\d)'", "  date: 'Date:\\s+(\\S+)'", ''].join('\n');
const LONG = 'Reference ' + 'abcdefghij '.repeat(5);

let source: string;
let evil: string;
beforeAll(async () => {
  source = tempDir('docparse-control-src-');
  await writeInvoiceFolder(source, 200, 'doc');
  evil = tempDir('docparse-control-evil-');
  mkdirSync(join(evil, 'tpl'));
  writeFileSync(join(evil, 'tpl', 'evil.yml'), EVIL);
  await writePdf(join(evil, 'in', 'evil.pdf'), ['Evil Corp', LONG, 'Invoice No: EV-1', 'Date: 2025-05-26', 'Total: 20.00']);
  await writePdf(join(evil, 'in', 'plain.pdf'), ['Plain Ltd', 'Invoice No: PL-1', 'Date: 2025-05-26', 'Total: 20.00']);
}, 120_000);

function folder(files: number): { dir: string; inv: string } {
  const dir = tempDir('docparse-control-');
  const inv = join(dir, 'in');
  mkdirSync(inv);
  for (const f of readdirSync(source).sort().slice(0, files)) cpSync(join(source, f), join(inv, f));
  return { dir, inv };
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const ndjson = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe.each(backends)('job control with the real CLI: $name', (b) => {
  it('claims the highest priority first, the oldest first within a priority: the order shows in startedAt', async () => {
    const { dir, inv } = folder(6);
    const ledger = await b.fresh(dir);
    const files = readdirSync(inv).sort();
    const base = ['--ledger', ledger, '--extractor', 'text'];
    // Three low ones first (the oldest), then three at the default priority.
    const low = await docparse(['submit', ...files.slice(0, 3).map((f) => join(inv, f)), ...base, '--detach', '--priority', 'low', '--json'], { cwd: dir });
    expect(low.exitCode, String(low.stderr)).toBe(0);
    const normal = await docparse(['submit', ...files.slice(3).map((f) => join(inv, f)), ...base, '--detach', '--json'], { cwd: dir });
    const lowJobs = (JSON.parse(String(low.stdout)).jobs as Array<{ jobId: string }>).map((j) => j.jobId);
    const normalJobs = (JSON.parse(String(normal.stdout)).jobs as Array<{ jobId: string }>).map((j) => j.jobId);
    // The last low job is made urgent: it goes before everything.
    const pr = await docparse(['priority', lowJobs[2], '50', '--ledger', ledger, '--json'], { cwd: dir });
    expect(JSON.parse(String(pr.stdout))).toMatchObject({ priority: 50, changed: [lowJobs[2]], unchanged: [] });
    const w = await docparse(['worker', '--once', ...base, '-c', '1', '--out', join(dir, 'out')], { cwd: dir });
    expect(w.exitCode, String(w.stderr)).toBe(0);
    const jobs = ndjson(String((await docparse(['jobs', '--ledger', ledger, '--json'], { cwd: dir })).stdout));
    const byStart = [...jobs].sort((x, y) => Date.parse(String(x.startedAt)) - Date.parse(String(y.startedAt))).map((j) => j.jobId);
    // Within a priority the oldest first: one submit's jobs share their createdAt, and then their ids (made in order) decide.
    const age = (ids: string[]) => ids.map((id) => jobs.find((j) => j.jobId === id)!).sort((x, y) => Date.parse(String(x.createdAt)) - Date.parse(String(y.createdAt)) || String(x.jobId).localeCompare(String(y.jobId))).map((j) => j.jobId);
    expect(byStart).toEqual([lowJobs[2], ...age(normalJobs), ...age(lowJobs.slice(0, 2))]);
    expect(new Set(jobs.map((j) => j.startedAt)).size).toBe(6);
    expect(jobs.find((j) => j.jobId === lowJobs[0])).toMatchObject({ priority: -10, status: 'completed', paused: false });
    // The change is in the audit trail, with who made it.
    const st = JSON.parse(String((await docparse(['status', lowJobs[2], '--ledger', ledger, '--json', '--events'], { cwd: dir })).stdout));
    expect(st.events.find((e: { kind: string }) => e.kind === 'priority')).toMatchObject({ error: 'priority -10 -> 50', by: expect.stringMatching(/@.+ pid \d+$/) });
  }, 120_000);

  it('two workers drain a ledger paused and resumed mid-run: nothing is claimed while paused, nothing is lost', async () => {
    const { dir, inv } = folder(200);
    const ledger = await b.fresh(dir);
    const ctl = (args: string[]) => docparse([...args, '--ledger', ledger], { cwd: dir });
    expect((await docparse(['submit', inv, '--ledger', ledger, '--extractor', 'text', '--detach', '-q'], { cwd: dir })).exitCode).toBe(0);
    const count = async (sql: string) => Number((await b.query(ledger, sql))[0].n);
    const claims = () => count(`SELECT count(*) AS n FROM job_events WHERE to_state = 'processing'`);
    const completed = () => count(`SELECT count(*) AS n FROM jobs WHERE status = 'completed'`);

    // Paused before the workers start: they take nothing, and say why.
    expect((await ctl(['pause'])).exitCode).toBe(0);
    const workers = [1, 2].map((i) => docparse(['worker', '--ledger', ledger, '--extractor', 'text', '-c', '2', '--poll', '200ms', '--out', join(dir, `out${i}`)], { cwd: dir, timeout: 180_000 }));
    // What each worker has said so far: a worker tells a pause when it finds nothing to claim.
    const said = workers.map((w) => {
      const text = { s: '' };
      w.stderr!.on('data', (d: Buffer) => (text.s += String(d)));
      return text;
    });
    const bothSaid = (re: RegExp) => waitFor(`both workers to say ${re}`, async () => said.every((t) => re.test(t.s)));
    // Both up and holding (a fixed sleep here could end before they had even started), then a
    // few more polls of theirs (200 ms).
    await bothSaid(/paused: 200 waiting documents are held by a pause/);
    await sleep(600);
    expect(await claims()).toBe(0);

    // Resumed, then paused again mid-run.
    expect((await ctl(['resume'])).exitCode).toBe(0);
    await waitFor('some documents to complete', async () => (await completed()) >= 10);
    const paused = await ctl(['pause', '--json']);
    expect(paused.exitCode).toBe(0);
    const pausedAt = Number((await b.query(ledger, `SELECT max(at) AS at FROM control_events WHERE action = 'pause'`))[0].at);
    // Documents in flight finish; then nothing moves.
    await waitFor('in-flight documents to finish', async () => (await count(`SELECT count(*) AS n FROM jobs WHERE status = 'processing'`)) === 0, 30_000);
    const done = await completed();
    const pending = await count(`SELECT count(*) AS n FROM jobs WHERE status = 'pending'`);
    expect(pending, 'the pause came mid-run').toBeGreaterThan(0);
    // Both found nothing to claim and held the rest; a few more polls; and over a second past the pause.
    await bothSaid(new RegExp(`paused: ${pending} waiting documents? (is|are) held by a pause`));
    await sleep(Math.max(600, pausedAt + 1_500 - Date.now()));
    expect(await completed()).toBe(done);
    // "Within about a second": no claim later than that after the pause was recorded.
    const late = await count(`SELECT count(*) AS n FROM job_events WHERE to_state = 'processing' AND at > ${pausedAt + 1_000}`);
    expect(late).toBe(0);
    const st = ndjson(String((await ctl(['jobs', '--status', 'pending', '--json'])).stdout));
    expect(st.length).toBe(pending);
    expect(st.every((j) => j.paused === true)).toBe(true);

    expect((await ctl(['resume'])).exitCode).toBe(0);
    await waitFor('every document to complete', async () => (await completed()) === 200, 120_000);
    for (const w of workers) w.kill('SIGTERM');
    const ends = await Promise.all(workers);
    for (const e of ends) expect(e.exitCode, String(e.stderr)).toBe(130);
    expect(ends.some((e) => /paused: 200 waiting documents are held by a pause/.test(String(e.stderr)))).toBe(true);
    // Each document claimed once and completed once: none lost, none twice.
    const per = await b.query(ledger, `SELECT j.id, (SELECT count(*) FROM job_events e WHERE e.job_id = j.id AND e.to_state = 'processing') AS claims, (SELECT count(*) FROM job_events e WHERE e.job_id = j.id AND e.to_state = 'completed') AS completions FROM jobs j`);
    expect(per).toHaveLength(200);
    for (const r of per) expect([Number(r.claims), Number(r.completions)]).toEqual([1, 1]);
  }, 240_000);

  it('cancels a document being processed by another process: its holder aborts the work and ends it cancelled', async () => {
    const dir = tempDir('docparse-control-cancel-');
    const ledger = await b.fresh(dir);
    const hooks: Array<{ type: string; data: Record<string, unknown> }> = [];
    const server: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
        hooks.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    try {
      const base = ['--ledger', ledger, '--templates', join(evil, 'tpl')];
      const urgent = await docparse(['submit', join(evil, 'in', 'evil.pdf'), ...base, '--detach', '--priority', 'high', '--json'], { cwd: dir });
      const plain = await docparse(['submit', join(evil, 'in', 'plain.pdf'), ...base, '--detach', '--json'], { cwd: dir });
      const evilId = String(JSON.parse(String(urgent.stdout)).jobs[0].jobId);
      const plainId = String(JSON.parse(String(plain.stdout)).jobs[0].jobId);
      const out = join(dir, 'out');
      const worker = docparse(['worker', '--once', ...base, '-c', '1', '--timeout', '10m', '--webhook', url, '--out', out], { cwd: dir, timeout: 180_000, env: { DOCPARSE_PAGE_TIMEOUT: '10m' } });
      await waitFor('the evil document to be processed', async () => (await b.query(ledger, `SELECT status FROM jobs WHERE id = '${evilId}'`))[0].status === 'processing');
      await sleep(1_000); // well inside the template's regex by now
      const asked = Date.now();
      const c = await docparse(['cancel', evilId, '--ledger', ledger, '--json'], { cwd: dir });
      expect(c.exitCode, String(c.stderr)).toBe(0);
      const view = JSON.parse(String(c.stdout));
      expect(view).toMatchObject({ cancelled: [], skipped: [], requested: [{ jobId: evilId, status: 'processing' }] });
      const by = String(view.by);
      expect(by).toMatch(/^.+@.+ pid \d+$/);
      await waitFor('the holder to end it', async () => (await b.query(ledger, `SELECT status FROM jobs WHERE id = '${evilId}'`))[0].status === 'failed', 30_000);
      const took = Date.now() - asked;
      console.info(`${b.name}: cancel of a document being processed took effect in ${took} ms (the cancel command's own start-up included)`);
      expect(took).toBeLessThan(15_000);
      const w = await worker;
      // The worker went on with the next document, and exits 2: one failed (cancelled).
      expect(w.exitCode, String(w.stderr)).toBe(2);
      expect(String(w.stderr)).toMatch(new RegExp(`failed +evil\\.pdf: cancelled: cancelled by ${by.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} while it was being processed`));
      const failures = JSON.parse(readFileSync(join(out, 'failures.json'), 'utf8'));
      expect(failures).toEqual([expect.objectContaining({ jobId: evilId, errorClass: 'cancelled', retryable: false, hint: expect.stringContaining('docparse retry <jobId>') })]);
      const st = JSON.parse(String((await docparse(['status', evilId, '--ledger', ledger, '--json', '--events'], { cwd: dir })).stdout));
      expect(st).toMatchObject({ status: 'failed', cancelledBy: by, attempts: 1 });
      expect(st.events.map((e: { kind: string | null; by: string | null }) => [e.kind, e.by]).slice(-2)).toEqual([['cancel_requested', by], ['cancelled', by]]);
      expect(JSON.parse(String((await docparse(['status', plainId, '--ledger', ledger, '--json'], { cwd: dir })).stdout)).status).toBe('completed');
      const failed = hooks.filter((h) => h.type === 'job.failed');
      expect(failed).toHaveLength(1);
      expect(failed[0].data).toMatchObject({ jobId: evilId, cancelledBy: by, error: { errorClass: 'cancelled' } });
      // Cancelling it again, or a finished job, changes nothing.
      const again = JSON.parse(String((await docparse(['cancel', evilId, plainId, '--ledger', ledger, '--json'], { cwd: dir })).stdout));
      expect(again.skipped.map((s: { jobId: string }) => s.jobId)).toEqual([evilId, plainId]);
    } finally {
      server.close();
    }
  }, 240_000);

  it('an attached submit whose remaining work is all paused exits 11 and says so; worker --once exits 0 and says so; cancel ends waiting jobs', async () => {
    const { dir, inv } = folder(3);
    const ledger = await b.fresh(dir);
    const base = ['--ledger', ledger, '--extractor', 'text', '--out', join(dir, 'out')];
    expect((await docparse(['pause', '--below', '5', '--ledger', ledger], { cwd: dir })).exitCode).toBe(0);
    const s = await docparse(['submit', inv, ...base, '--json'], { cwd: dir, timeout: 60_000 });
    expect(s.exitCode, String(s.stderr)).toBe(11);
    const summary = JSON.parse(String(s.stdout));
    expect(summary).toMatchObject({ paused: 3, exitCode: 11, byState: { pending: 3 } });
    expect(String(s.stderr)).toMatch(/the rest is paused: `docparse resume`/);
    const w = await docparse(['worker', '--once', ...base], { cwd: dir, timeout: 60_000 });
    expect(w.exitCode, String(w.stderr)).toBe(0);
    expect(String(w.stderr)).toMatch(/3 waiting paused/);
    const pauses = JSON.parse(String((await docparse(['pauses', '--ledger', ledger, '--json'], { cwd: dir })).stdout));
    expect(pauses).toMatchObject({ held: 3, pauses: [{ selector: 'below', below: 5 }] });
    // Urgent work still goes through the pause.
    const c = JSON.parse(String((await docparse(['cancel', summary.runId, '--ledger', ledger, '--json'], { cwd: dir })).stdout));
    expect(c.cancelled).toHaveLength(3);
    const jobs = ndjson(String((await docparse(['jobs', '--ledger', ledger, '--json'], { cwd: dir })).stdout));
    expect(jobs.map((j) => [j.status, (j.error as { errorClass: string }).errorClass])).toEqual(Array(3).fill(['failed', 'cancelled']));
    const again = await docparse(['retry', String(jobs[0].jobId), '--priority', 'high', '--ledger', ledger, '--out', join(dir, 'out')], { cwd: dir, timeout: 60_000 });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect((await docparse(['resume', '--below', '--ledger', ledger], { cwd: dir })).exitCode).toBe(0);
  }, 120_000);
});
