/**
 * Hostile webhook receivers and secrets: a 301/307 is a failed attempt (never followed: the
 * signed payload goes nowhere else), the request time limit holds after a garbage collection
 * (a real one, forced in the docparse process), and no credential of the ledger or webhook URL
 * is printed by `config` or `webhooks`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { execa } from 'execa';
import { BIN, docparse } from '../helpers/cli.js';
import { invoiceLines, scratch, writePdf } from './support.js';

interface Host {
  url: string;
  onRequest?: (headers: import('node:http').IncomingHttpHeaders) => void;
  hits: Array<{ method: string; path: string; signed: boolean }>;
  close(): Promise<void>;
}

/** A receiver on 127.0.0.1: `answer` decides each response; every request is recorded. */
async function host(answer: (res: import('node:http').ServerResponse) => void): Promise<Host> {
  const hits: Host['hits'] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      hits.push({ method: req.method ?? '', path: req.url ?? '', signed: req.headers['webhook-signature'] !== undefined });
      h.onRequest?.(req.headers);
      answer(res);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const h: Host = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
  return h;
}

const open: Host[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

let inv: string;
beforeAll(async () => {
  inv = scratch('docparse-hooks-src-');
  await writePdf(join(inv, 'a.pdf'), invoiceLines('INV-HOOK-1'));
});

const ENV = { DOCPARSE_WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', DOCPARSE_WEBHOOK_MAX_ATTEMPTS: '1', DOCPARSE_WEBHOOK_GRACE: '5s' };

async function outboxOf(dir: string, ledger: string) {
  const r = await docparse(['webhooks', '--ledger', ledger, '--json'], { cwd: dir });
  return String(r.stdout).trim().split('\n').map((l) => JSON.parse(l)) as Array<{ status: string; lastError: string | null; url: string; attempts: number }>;
}

describe('webhook redirects are not followed', () => {
  for (const code of [301, 302, 307, 308]) {
    it(`HTTP ${code}: a failed attempt with its status; the other host gets nothing`, async () => {
      const elsewhere = await host((res) => res.writeHead(204).end());
      const redirecting = await host((res) => res.writeHead(code, { location: `${elsewhere.url}/stolen?k=1` }).end());
      open.push(elsewhere, redirecting);
      const dir = scratch('docparse-hooks-');
      const ledger = join(dir, 'l.db');
      const r = await docparse(['submit', inv, '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '--webhook', `${redirecting.url}/hooks`, '-q'], { cwd: dir, env: ENV });
      expect(r.exitCode, String(r.stderr)).toBe(0);
      expect(redirecting.hits.length).toBeGreaterThanOrEqual(2); // job.completed + run.finished
      expect(elsewhere.hits).toEqual([]);
      const events = await outboxOf(dir, ledger);
      expect(events.length).toBe(redirecting.hits.length);
      for (const e of events) {
        expect(e).toMatchObject({ status: 'dead', attempts: 1 });
        expect(e.lastError).toBe(`HTTP ${code}: a redirect to ${elsewhere.url}/stolen, not followed (set the webhook to the URL it points to)`);
      }
    });
  }
});

describe('the webhook time limit', () => {
  it('holds after a garbage collection: `webhooks redeliver` against a hanging receiver ends in seconds, not 300 s', async () => {
    const hanging = await host(() => undefined);
    open.push(hanging);
    const dir = scratch('docparse-hooks-gc-');
    const ledger = join(dir, 'l.db');
    const env = { ...ENV, DOCPARSE_WEBHOOK_TIMEOUT: '1s', DOCPARSE_WEBHOOK_GRACE: '0s' };
    const first = await docparse(['submit', inv, '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '--webhook', `${hanging.url}/hooks`, '-q'], { cwd: dir, env });
    expect(first.exitCode, String(first.stderr)).toBe(0);
    // A real GC every 100 ms inside the docparse process (Node 20 loses AbortSignal.timeout() timers in AbortSignal.any() after one).
    const gc = join(dir, 'gc.mjs');
    writeFileSync(gc, 'setInterval(() => globalThis.gc(), 100).unref();\n');
    const t0 = Date.now();
    const r = await execa('node', ['--expose-gc', '--import', gc, BIN, 'webhooks', 'redeliver', '--ledger', ledger, '--json'], { cwd: dir, env: { NO_COLOR: '1', ...env }, reject: false, timeout: 120_000 });
    const took = Date.now() - t0;
    expect(r.exitCode, String(r.stderr)).toBe(2);
    expect(JSON.parse(String(r.stdout))).toMatchObject({ delivered: 0 });
    expect(took).toBeLessThan(30_000);
    const events = await outboxOf(dir, ledger);
    expect(events.every((e) => e.lastError === 'no answer within 1 s')).toBe(true);
  });
});

describe('secrets are never printed', () => {
  const LEDGER = 'postgres://docparse:pg-s3cret@db.example:5432/docparse?password=pg-other&sslmode=require';
  const HOOK = 'https://hook-user:hook-pass@erp.example/hooks?token=tok-9f8e&tenant=acme';
  const LEAKS = ['pg-s3cret', 'pg-other', 'hook-user', 'hook-pass', 'tok-9f8e', 'acme', 'whsec_'];

  it('`config` and `config --json` redact the ledger password and the webhook URL credentials', async () => {
    const dir = scratch('docparse-secret-');
    const env = { DOCPARSE_LEDGER: LEDGER, DOCPARSE_WEBHOOK: HOOK, DOCPARSE_WEBHOOK_SECRET: ENV.DOCPARSE_WEBHOOK_SECRET };
    for (const args of [['config'], ['config', '--json']]) {
      const r = await docparse(args, { cwd: dir, env });
      expect(r.exitCode, String(r.stderr)).toBe(0);
      const all = String(r.stdout) + String(r.stderr);
      for (const s of LEAKS) expect(all, `${args.join(' ')} printed ${s}`).not.toContain(s);
      expect(all).toContain('postgres://docparse@db.example:5432/docparse?sslmode=require');
      expect(all).toContain('https://***@erp.example/hooks?token=***&tenant=***');
    }
  });

  it('user-info is sent as Basic auth, and `webhooks` lists event URLs with their user-info and query values redacted', async () => {
    const auth: string[] = [];
    const receiver = await host((res) => res.writeHead(500).end());
    receiver.onRequest = (h) => auth.push(String(h.authorization));
    open.push(receiver);
    const dir = scratch('docparse-secret-wh-');
    const ledger = join(dir, 'l.db');
    const url = receiver.url.replace('http://', 'http://hook-user:hook-pass@') + '/hooks?token=tok-9f8e';
    const r = await docparse(['submit', inv, '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '--webhook', url, '-q'], { cwd: dir, env: ENV });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    expect(auth.length).toBeGreaterThan(0);
    expect(new Set(auth)).toEqual(new Set([`Basic ${Buffer.from('hook-user:hook-pass').toString('base64')}`]));
    for (const args of [['webhooks', '--ledger', ledger], ['webhooks', '--ledger', ledger, '--json']]) {
      const list = await docparse(args, { cwd: dir });
      const all = String(list.stdout) + String(list.stderr);
      expect(all).toContain(`${receiver.url.replace('http://', 'http://***@')}/hooks?token=***`);
      for (const s of ['hook-user', 'hook-pass', 'tok-9f8e']) expect(all).not.toContain(s);
    }
  });
});
