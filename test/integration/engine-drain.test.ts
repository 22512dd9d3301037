/**
 * The drain loop's race (fixed in 24c5eb6): a job that finishes while the loop awaits the ledger,
 * after its last claim, frees a slot; the loop must claim again before deciding that nothing is
 * left. Made to happen every time: a real SQLite ledger whose `held()` (the loop's check, reached
 * when every slot is taken) lets the job in flight finish and waits until it has, before it answers.
 * Without the fix `worker --once` ends with the second due job still pending.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqliteLedger } from '../../src/ledger/sqlite/index.js';
import type { Ledger } from '../../src/ledger/port.js';
import { submit } from '../../src/engine/submit.js';
import { runWorker } from '../../src/engine/worker.js';
import type { Extractor } from '../../src/extract/types.js';
import { emptyResult } from '../../src/extract/result.js';
import type { JobSettings } from '../../src/types.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';

const settings: JobSettings = { extractor: 'test', extractorVersion: '1', template: null, templatesDigest: null, lang: 'eng' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let ledger: Ledger | null = null;
afterEach(async () => {
  await ledger?.close();
  ledger = null;
});

describe('engine drain', () => {
  it('claims again when the job in flight finished while the loop awaited the ledger (worker --once leaves nothing due)', async () => {
    const dir = tempDir('docparse-drain-');
    await writeInvoiceFolder(join(dir, 'in'), 2);
    const real = openSqliteLedger(join(dir, 'ledger.db'));
    ledger = real;
    // The first document's extraction waits for the gate; the ledger's `held()` opens it.
    let openGate: () => void = () => {};
    const gate = new Promise<void>((r) => (openGate = r));
    let started = 0;
    const extractor: Extractor = {
      name: 'gated',
      version: '1',
      async extract() {
        if (++started === 1) await gate;
        return emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 1 }]);
      },
      async close() {},
    };
    let raced = false;
    const wrapped = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'held') {
          return async (...args: Parameters<Ledger['held']>) => {
            // Every slot is taken by the first job: let it finish now, inside this await.
            if (started === 1 && !raced) {
              raced = true;
              openGate();
              for (let i = 0; i < 200 && (await target.findJobs({ status: ['completed'] })).length < 1; i++) await sleep(10);
              await sleep(50); // its promise's `finally` (the slot freed) runs meanwhile
            }
            return target.held(...args);
          };
        }
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as Ledger;
    const engine = {
      ledger: wrapped,
      extractor,
      outDir: join(dir, 'out'),
      concurrency: 1,
      maxAttempts: 1,
      backoff: { baseMs: 10, factor: 2, maxMs: 100, jitter: 0 },
      leaseMs: 5000,
      jobTimeoutMs: 5000,
      maxFileSize: 1e9,
    };
    await submit({ ...engine, ledger: real, paths: [join(dir, 'in')], settings, detach: true });
    await runWorker({ ...engine, settings, once: true, pollMs: 50 });
    expect(raced).toBe(true);
    const jobs = await real.findJobs({});
    expect(jobs.map((j) => j.status).sort()).toEqual(['completed', 'completed']);
  });
});
