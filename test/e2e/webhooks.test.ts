/**
 * Webhooks through the real CLI against a real HTTP receiver on 127.0.0.1 that fails first
 * attempts, checks every signature and records every event id: each event is delivered (maybe
 * more than once, never lost), also when docparse is killed with -9 before delivering.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes, writeInvoiceFolder } from '../helpers/fixtures.js';
import { readLedger } from '../helpers/ledger.js';
import { verifyWebhook } from '../../src/report/webhook-signature.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

interface Receiver {
  url: string;
  /** hang: never answer; fail-first: 500 on the first `failures` attempts of each id; ok: 200. */
  mode: 'hang' | 'fail-first' | 'ok';
  failures: number;
  attempts: Map<string, number>;
  delivered: Map<string, { type: string; data: Record<string, unknown> }>;
  badSignatures: number;
  hanging: ServerResponse[];
  close: () => Promise<void>;
}

async function receiver(mode: Receiver['mode'], failures = 2): Promise<Receiver> {
  const r = { mode, failures, attempts: new Map(), delivered: new Map(), badSignatures: 0, hanging: [] } as unknown as Receiver;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const id = String(req.headers['webhook-id']);
      const ts = String(req.headers['webhook-timestamp']);
      if (!verifyWebhook(SECRET, id, ts, body, String(req.headers['webhook-signature'] ?? '')) || Math.abs(Date.now() / 1000 - Number(ts)) > 300) {
        r.badSignatures++;
        res.writeHead(401).end();
        return;
      }
      const n = (r.attempts.get(id) ?? 0) + 1;
      r.attempts.set(id, n);
      if (r.mode === 'hang') {
        r.hanging.push(res);
        return;
      }
      if (r.mode === 'fail-first' && n <= r.failures) {
        res.writeHead(500).end('not yet');
        return;
      }
      r.delivered.set(id, JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  r.close = () =>
    new Promise<void>((ok) => {
      for (const res of r.hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => ok());
    });
  return r;
}

let template: string;
beforeAll(async () => {
  template = tempDir('docparse-wh-src-');
  await writeInvoiceFolder(template, 4);
  writeBytes(join(template, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%% truncated here');
});

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

function setup(url: string, env: Record<string, string> = {}) {
  const dir = tempDir('docparse-wh-');
  const inv = join(dir, 'invoices');
  cpSync(template, inv, { recursive: true });
  const ledger = join(dir, 'ledger.db');
  return {
    dir,
    inv,
    ledger,
    args: ['--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '--webhook', url],
    env: { DOCPARSE_WEBHOOK_SECRET: SECRET, DOCPARSE_WEBHOOK_BACKOFF: '50ms,x2,max=500ms', DOCPARSE_WEBHOOK_MAX_ATTEMPTS: '10', ...env },
  };
}

const outbox = (ledger: string) =>
  readLedger(ledger, (db) => db.prepare('SELECT id, type, status, job_id AS jobId FROM outbox ORDER BY created_at').all() as Array<{ id: string; type: string; status: string; jobId: string | null }>);

async function until(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('webhooks (end to end)', () => {
  it('delivers every event, signed, through failures and retries', async () => {
    const rx = await receiver('fail-first', 2);
    open.push(rx);
    const t = setup(rx.url);
    const r = await docparse(['submit', t.inv, ...t.args, '--json'], { cwd: t.dir, env: t.env });
    expect(r.exitCode).toBe(2); // broken.pdf failed
    const summary = JSON.parse(String(r.stdout));
    const events = outbox(t.ledger);
    expect(events.map((e) => e.type).sort()).toEqual(['job.completed', 'job.completed', 'job.completed', 'job.completed', 'job.failed', 'run.finished']);
    expect(events.every((e) => e.status === 'delivered')).toBe(true);
    expect(rx.badSignatures).toBe(0);
    for (const e of events) {
      expect(rx.delivered.has(e.id)).toBe(true);
      expect(rx.attempts.get(e.id)).toBeGreaterThanOrEqual(3); // failed twice, then 2xx, same webhook-id
    }
    const run = [...rx.delivered.values()].find((b) => b.type === 'run.finished')!;
    expect(run.data).toMatchObject({ runId: summary.runId, summary: { exitCode: 2 } });
    const failed = [...rx.delivered.values()].find((b) => b.type === 'job.failed')!;
    expect(failed.data).toMatchObject({ status: 'failed', fileName: 'broken.pdf', error: { errorClass: 'corrupt' } });

    const list = await docparse(['webhooks', '--ledger', t.ledger, '--json'], { cwd: t.dir });
    const rows = String(list.stdout).trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(6);
    expect(rows.every((x) => x.status === 'delivered' && x.attempts >= 3)).toBe(true);
  });

  it('a worker sends the events of the jobs it processes, and writes metrics', async () => {
    const rx = await receiver('fail-first', 1);
    open.push(rx);
    const t = setup(rx.url);
    const detached = await docparse(['submit', t.inv, ...t.args, '--detach'], { cwd: t.dir, env: t.env });
    expect(detached.exitCode).toBe(0);
    expect(outbox(t.ledger)).toEqual([]); // nothing happened yet, so nothing to tell
    const metrics = join(t.dir, 'docparse.prom');
    const w = await docparse(['worker', '--once', ...t.args, '--metrics', metrics], { cwd: t.dir, env: t.env });
    expect(w.exitCode).toBe(2);
    const events = outbox(t.ledger);
    expect(events.filter((e) => e.type.startsWith('job.')).map((e) => e.type).sort()).toEqual(['job.completed', 'job.completed', 'job.completed', 'job.completed', 'job.failed']);
    expect(events.every((e) => e.status === 'delivered' && rx.delivered.has(e.id))).toBe(true);
    expect(readFileSync(metrics, 'utf8')).toMatch(/^docparse_jobs\{state="completed"\} 4$/m);
  });

  it('keeps undeliverable events as dead, and redelivers them on request', async () => {
    const rx = await receiver('fail-first', 1000);
    open.push(rx);
    const t = setup(rx.url, { DOCPARSE_WEBHOOK_MAX_ATTEMPTS: '2', DOCPARSE_WEBHOOK_GRACE: '3s' });
    await docparse(['submit', t.inv, ...t.args, '--json'], { cwd: t.dir, env: t.env });
    expect(outbox(t.ledger).map((e) => e.status)).toEqual(Array(6).fill('dead'));
    const dead = await docparse(['webhooks', '--ledger', t.ledger, '--status', 'dead'], { cwd: t.dir });
    expect(String(dead.stdout).trim().split('\n')).toHaveLength(6);
    expect(String(dead.stdout)).toMatch(/HTTP 500/);
    rx.mode = 'ok';
    const re = await docparse(['webhooks', 'redeliver', '--dead', '--ledger', t.ledger, '--json'], { cwd: t.dir, env: t.env });
    expect(re.exitCode).toBe(0);
    expect(JSON.parse(String(re.stdout))).toEqual({ redelivered: 6, delivered: 6, undelivered: [] });
    for (const e of outbox(t.ledger)) expect(rx.delivered.has(e.id)).toBe(true);
    const unknown = await docparse(['webhooks', 'redeliver', 'evt_nope', '--ledger', t.ledger], { cwd: t.dir, env: t.env });
    expect(unknown.exitCode).toBe(4);
  });

  it('loses no event when docparse is killed -9 before delivering: `webhooks redeliver` sends them', async () => {
    const rx = await receiver('hang');
    open.push(rx);
    const t = setup(rx.url, { DOCPARSE_WEBHOOK_TIMEOUT: '60s', DOCPARSE_WEBHOOK_GRACE: '60s' });
    const child = docparse(['submit', t.inv, ...t.args, '-q'], { cwd: t.dir, env: t.env });
    // The run's state changes are committed (with their events) while the receiver hangs.
    await until(() => {
      try {
        return readLedger(t.ledger, (db) => (db.prepare('SELECT count(*) AS n FROM runs WHERE finished_at IS NOT NULL').get() as { n: number }).n) === 1;
      } catch {
        return false;
      }
    }, 30_000);
    await until(() => rx.attempts.size >= 4, 10_000);
    child.kill('SIGKILL');
    const killed = await child;
    expect(killed.signal).toBe('SIGKILL');
    const before = outbox(t.ledger);
    expect(before).toHaveLength(6);
    expect(before.every((e) => e.status === 'pending')).toBe(true);
    expect(rx.delivered.size).toBe(0);

    rx.mode = 'ok';
    const re = await docparse(['webhooks', 'redeliver', '--ledger', t.ledger], { cwd: t.dir, env: t.env });
    expect(re.exitCode).toBe(0);
    expect(String(re.stderr)).toMatch(/6 of 6 events delivered/);
    for (const e of outbox(t.ledger)) {
      expect(e.status).toBe('delivered');
      expect(rx.delivered.has(e.id)).toBe(true);
    }
  });

  it('after a kill -9, the next run delivers what the dead process left', async () => {
    const rx = await receiver('hang');
    open.push(rx);
    // A 500 ms request limit makes the dead process's leases expire 1 s after its last attempt.
    const t = setup(rx.url, { DOCPARSE_WEBHOOK_TIMEOUT: '500ms', DOCPARSE_WEBHOOK_GRACE: '60s', DOCPARSE_WEBHOOK_MAX_ATTEMPTS: '1000' });
    const child = docparse(['submit', t.inv, ...t.args, '-q'], { cwd: t.dir, env: t.env });
    await until(() => {
      try {
        return outbox(t.ledger).length === 6;
      } catch {
        return false;
      }
    }, 30_000);
    child.kill('SIGKILL');
    await child;
    expect(rx.delivered.size).toBe(0);

    rx.mode = 'ok';
    const next = await docparse(['submit', t.inv, ...t.args, '--json'], { cwd: t.dir, env: { ...t.env, DOCPARSE_WEBHOOK_GRACE: '10s' } });
    expect(JSON.parse(String(next.stdout)).jobs.processed).toBe(0);
    const events = outbox(t.ledger);
    expect(events).toHaveLength(7); // the first run's six, and this run's run.finished
    for (const e of events) {
      expect(e.status).toBe('delivered');
      expect(rx.delivered.has(e.id)).toBe(true);
    }
  });

  it('a job whose process died on its last attempt fails as worker_crashed and sends job.failed like any other failure', async () => {
    const rx = await receiver('ok');
    open.push(rx);
    const dir = tempDir('docparse-wh-crash-');
    const inv = join(dir, 'in');
    // A scan: OCR keeps the job in `processing` for seconds, long enough to kill its process there.
    cpSync(fileURLToPath(new URL('../../fixtures/invoices/fr-atelier-vauclair-scanned.pdf', import.meta.url)), join(inv, 'scan.pdf'));
    const ledger = join(dir, 'ledger.db');
    const args = ['submit', inv, '--ledger', ledger, '--out', join(dir, 'out'), '--webhook', rx.url, '--max-attempts', '1'];
    const env = { DOCPARSE_WEBHOOK_SECRET: SECRET };
    const child = docparse([...args, '-q'], { cwd: dir, env });
    const processing = () => {
      try {
        return readLedger(ledger, (db) => (db.prepare(`SELECT count(*) AS n FROM jobs WHERE status = 'processing'`).get() as { n: number }).n) === 1;
      } catch {
        return false;
      }
    };
    await until(processing, 30_000);
    child.kill('SIGKILL');
    expect((await child).signal).toBe('SIGKILL');
    expect(rx.delivered.size).toBe(0);

    // The next run takes the job back at once (its process is gone from this machine): its one attempt is used up.
    const next = await docparse([...args, '--json'], { cwd: dir, env });
    expect(next.exitCode, String(next.stderr)).toBe(2);
    const failures = JSON.parse(readFileSync(join(dir, 'out', 'failures.json'), 'utf8'));
    expect(failures).toMatchObject([{ errorClass: 'worker_crashed', attempts: 1, retryable: false }]);
    const failed = [...rx.delivered.values()].filter((e) => e.type === 'job.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].data).toMatchObject({ jobId: failures[0].jobId, status: 'failed', error: { errorClass: 'worker_crashed', retryable: false } });
    expect(outbox(ledger).every((e) => e.status === 'delivered')).toBe(true);
  });
});
