/**
 * The job state machine *through the SQLite ledger*: random sequences of register, claim,
 * complete, fail, release, requeue, reclaim, heartbeat and clock ticks against a real ledger
 * file, by several owners, including holders whose lease was taken away (stale tokens).
 * After every step: no illegal state, attempts within bounds, no job lost, completed jobs have
 * results, the audit trail is one unbroken chain, and only the current lease holder can act.
 * (The pure transition function has its own property test in test/unit/transitions.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteLedger } from '../../src/ledger/sqlite/index.js';
import type { Ledger } from '../../src/ledger/port.js';
import { DEFAULT_BACKOFF } from '../../src/ledger/backoff.js';
import { emptyResult } from '../../src/extract/result.js';
import { JOB_STATES, type Job, type JobSettings } from '../../src/types.js';
import { tempDir } from '../helpers/fixtures.js';

const SETTINGS: JobSettings = { extractor: 'noop', extractorVersion: '1', template: null, templatesDigest: null, lang: '-' };
const MAX_ATTEMPTS = 3;
const LEASE_MS = 1_000;
const FILES = 4;
const OWNERS = ['host-a:101:x', 'host-a:102:y', 'host-b:103:z'];

type Cmd =
  | { t: 'register'; file: number; force: boolean }
  | { t: 'claim'; owner: number }
  | { t: 'complete' | 'release' | 'heartbeat'; pick: number; stale: boolean }
  | { t: 'fail'; pick: number; stale: boolean; transient: boolean }
  | { t: 'requeue'; file: number }
  | { t: 'reclaim'; dead: number }
  | { t: 'tick'; ms: number };

const pick = fc.nat({ max: 20 });
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('register' as const), file: fc.nat({ max: FILES - 1 }), force: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('claim' as const), owner: fc.nat({ max: OWNERS.length - 1 }) }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('complete' as const), pick, stale: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('fail' as const), pick, stale: fc.boolean(), transient: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('release' as const), pick, stale: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('heartbeat' as const), pick, stale: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('requeue' as const), file: fc.nat({ max: FILES - 1 }) }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('reclaim' as const), dead: fc.nat({ max: OWNERS.length - 1 }) }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 200_000 }) }), weight: 2 },
);

const fingerprint = (file: number) => file.toString(16).padStart(64, 'a');
/** What the sequences exercised, so the property cannot pass vacuously. */
const tally = { claims: 0, acted: 0, fenced: 0, reclaimed: 0, requeued: 0, retrying: 0, failed: 0, completed: 0 };
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function check(ledger: Ledger, registered: Map<number, string>): Promise<Map<string, Job>> {
  const jobs = await ledger.findJobs({});
  const byId = new Map(jobs.map((j) => [j.id, j]));
  // No job is lost, and none appears from nowhere.
  expect([...byId.keys()].sort()).toEqual([...new Set(registered.values())].sort());
  for (const j of jobs) {
    expect(JOB_STATES).toContain(j.status);
    expect(j.attempts).toBeGreaterThanOrEqual(0);
    expect(j.attempts).toBeLessThanOrEqual(j.maxAttempts);
    if (j.status === 'completed') {
      expect(j.result).not.toBeNull();
      expect(j.completedAt).not.toBeNull();
      expect(j.error).toBeNull();
    }
    if (j.status === 'failed') expect(j.error).not.toBeNull();
    if (j.status === 'retrying') {
      expect(j.nextAttemptAt).not.toBeNull();
      expect(j.attempts).toBeLessThan(j.maxAttempts);
    }
    // A lease exactly while processing: one holder, or none.
    if (j.status === 'processing') {
      expect(j.leaseOwner).not.toBeNull();
      expect(j.leaseExpiresAt).not.toBeNull();
    } else expect(j.leaseOwner).toBeNull();
    // The audit trail: starts at registration, each step from where the last one left, ends here.
    const ev = await ledger.jobEvents(j.id);
    expect(ev[0]).toMatchObject({ from: null, to: 'pending' });
    for (let i = 1; i < ev.length; i++) expect(ev[i].from).toBe(ev[i - 1].to);
    expect(ev.at(-1)!.to).toBe(j.status);
    // Every claim hands out a new token: tokens are never reused, so a stale holder is always fenced off.
    expect(j.leaseToken).toBe(ev.filter((e) => e.to === 'processing').length);
  }
  return byId;
}

describe('the job state machine through a real SQLite ledger', () => {
  it('no command sequence reaches an illegal state, loses a job, or lets a stale holder act', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 15, maxLength: 60, size: 'max' }), async (cmds) => {
        const dir = tempDir('docparse-rel-prop-');
        dirs.push(dir);
        const ledger = openSqliteLedger(join(dir, 'ledger.db'));
        let now = 1_700_000_000_000;
        const runId = 'run_prop';
        await ledger.createRun({ id: runId, startedAt: now, settings: SETTINGS, paths: ['/in'], detached: false, idempotencyKey: null, inputsDigest: null });
        const registered = new Map<number, string>(); // file -> job id
        const leases: Array<{ jobId: string; token: number }> = []; // every lease ever handed out
        try {
          let jobs = await check(ledger, registered);
          for (const c of cmds) {
            now += 1;
            switch (c.t) {
              case 'register': {
                const f = c.file;
                const [r] = await ledger.register(
                  [{ path: `/in/f${f}.pdf`, size: 100 + f, mtimeMs: f, ino: f, fingerprint: fingerprint(f), kind: 'pdf', fileName: `f${f}.pdf` }],
                  { runId, settings: SETTINGS, settingsKey: 'k', maxAttempts: MAX_ATTEMPTS, force: c.force, now },
                );
                if (registered.has(f)) expect(r.jobId).toBe(registered.get(f)); // same content + settings: same job
                registered.set(f, r.jobId);
                break;
              }
              case 'claim': {
                const job = await ledger.claim({ owner: OWNERS[c.owner], leaseMs: LEASE_MS, now, runId });
                const due = [...jobs.values()].filter((j) => j.status === 'pending' || (j.status === 'retrying' && j.nextAttemptAt! <= now));
                if (job) {
                  expect(due.map((j) => j.id)).toContain(job.id);
                  expect(job).toMatchObject({ status: 'processing', leaseOwner: OWNERS[c.owner] });
                  leases.push({ jobId: job.id, token: job.leaseToken });
                  tally.claims++;
                } else expect(due).toEqual([]);
                break;
              }
              case 'complete':
              case 'fail':
              case 'release':
              case 'heartbeat': {
                if (leases.length === 0) break;
                const l = leases[c.pick % leases.length];
                const token = c.stale ? l.token - 1 : l.token;
                const row = jobs.get(l.jobId)!;
                const holds = row.status === 'processing' && row.leaseToken === token;
                let acted: boolean;
                if (c.t === 'complete') acted = await ledger.complete(l.jobId, token, emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 1 }]), now);
                else if (c.t === 'release') acted = await ledger.release(l.jobId, token, 'test', now);
                else if (c.t === 'heartbeat') acted = await ledger.heartbeat(l.jobId, token, LEASE_MS, now);
                else if (c.t === 'fail') {
                  const error = c.transient
                    ? { errorClass: 'timeout', message: 'slow', hint: 'h', retryable: true }
                    : { errorClass: 'corrupt', message: 'bad', hint: 'h', retryable: false };
                  const state = await ledger.fail(l.jobId, token, error, DEFAULT_BACKOFF, now);
                  acted = state !== null;
                  if (state) expect(state).toBe(!c.transient || row.attempts >= row.maxAttempts ? 'failed' : 'retrying');
                } else throw new Error(`unexpected command ${JSON.stringify(c)}`);
                // Only the current holder's token acts; anyone else is fenced off and changes nothing.
                expect(acted).toBe(holds);
                if (acted) tally.acted++;
                else tally.fenced++;
                if (!acted) {
                  const after = await ledger.getJob(l.jobId);
                  expect({ ...after, updatedAt: 0 }).toEqual({ ...row, updatedAt: 0 });
                }
                break;
              }
              case 'requeue': {
                const id = registered.get(c.file);
                if (!id) break;
                const done = await ledger.requeue([id], 'test', now, { runId });
                const was = jobs.get(id)!.status;
                expect(done).toEqual(was === 'completed' || was === 'failed' ? [id] : []);
                tally.requeued += done.length;
                break;
              }
              case 'reclaim': {
                const released = await ledger.reclaimAbandoned(now, (owner) => owner !== OWNERS[c.dead]);
                const expected = [...jobs.values()]
                  .filter((j) => j.status === 'processing' && (j.leaseOwner === OWNERS[c.dead] || j.leaseExpiresAt! <= now))
                  .map((j) => j.id)
                  .sort();
                expect([...released].sort()).toEqual(expected);
                tally.reclaimed += released.length;
                break;
              }
              case 'tick':
                now += c.ms;
                break;
            }
            jobs = await check(ledger, registered);
          }
          for (const j of jobs.values()) if (j.status === 'retrying' || j.status === 'failed' || j.status === 'completed') tally[j.status]++;
        } finally {
          await ledger.close();
        }
      }),
      { numRuns: 100, seed: 20251123 },
    );
    // Every kind of step happened, many times: the property was not satisfied by doing nothing.
    console.info(`state machine property: ${JSON.stringify(tally)}`);
    for (const [k, v] of Object.entries(tally)) expect(v, k).toBeGreaterThan(5);
  }, 60_000);
});
