/**
 * The engine's retry policy with real misbehaving extractors (they fail, hang or succeed on
 * purpose) against a real SQLite ledger and real files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { openSqliteLedger } from '../../src/ledger/sqlite/index.js';
import type { Ledger } from '../../src/ledger/port.js';
import { submit } from '../../src/engine/submit.js';
import { RunEvents } from '../../src/engine/events.js';
import type { Extractor } from '../../src/extract/types.js';
import { emptyResult } from '../../src/extract/result.js';
import { permanent, transient, MissingDependencyError } from '../../src/errors.js';
import type { JobSettings } from '../../src/types.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';

const settings: JobSettings = { extractor: 'test', extractorVersion: '1', template: null, templatesDigest: null, lang: 'eng' };
const ok = () => emptyResult('text_pdf', [{ page: 1, source: 'text', ocrConfidence: null, chars: 1 }]);

/** Fails each file `failures` times with `make()`, then succeeds. */
function flaky(failures: number, make: () => Error): Extractor & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    name: 'flaky',
    version: '1',
    calls,
    async extract(input) {
      const n = (calls.get(input.path) ?? 0) + 1;
      calls.set(input.path, n);
      if (n <= failures) throw make();
      return ok();
    },
    async close() {},
  };
}

let ledger: Ledger | null = null;
afterEach(async () => {
  await ledger?.close();
  ledger = null;
});

async function run(extractor: Extractor, over: Partial<Parameters<typeof submit>[0]> = {}, count = 2) {
  const dir = tempDir('docparse-retry-');
  await writeInvoiceFolder(join(dir, 'in'), count);
  ledger = openSqliteLedger(join(dir, 'ledger.db'));
  const queue = new RunEvents();
  const running = submit({
    ledger,
    extractor,
    paths: [join(dir, 'in')],
    settings,
    outDir: join(dir, 'out'),
    concurrency: 2,
    maxAttempts: 3,
    backoff: { baseMs: 30, factor: 2, maxMs: 1000, jitter: 0.2 },
    leaseMs: 5000,
    jobTimeoutMs: 5000,
    maxFileSize: 50 * 1024 * 1024,
    events: queue,
    ...over,
  });
  // The run's events, read from its queue as the CLI reads them, until the run ends it.
  const events: string[] = [];
  for await (const e of queue) if (e.type === 'job') events.push(`${e.outcome.state}:${e.outcome.job.attempts}`);
  const out = await running;
  return { ...out, dir, events };
}

describe('retries', () => {
  it('retries transient failures with backoff until they succeed, showing retrying and attempts', async () => {
    const ex = flaky(2, () => transient('worker_crashed', 'OCR worker died'));
    const { summary, events } = await run(ex);
    expect(summary.byState.completed).toBe(2);
    expect(summary.jobs.retries).toBe(4);
    expect(events.filter((e) => e.startsWith('retrying'))).toEqual(expect.arrayContaining(['retrying:1', 'retrying:2']));
    expect(events.filter((e) => e.startsWith('completed'))).toEqual(['completed:3', 'completed:3']);
    for (const jobId of (await ledger!.findJobs({})).map((j) => j.id)) {
      const trail = (await ledger!.jobEvents(jobId)).map((e) => e.to);
      expect(trail).toEqual(['pending', 'processing', 'retrying', 'processing', 'retrying', 'processing', 'completed']);
    }
  });

  it('gives up after --max-attempts and reports the last error', async () => {
    const ex = flaky(99, () => Object.assign(new Error('resource busy'), { code: 'EBUSY' }));
    const { summary, failures } = await run(ex, { maxAttempts: 2 });
    expect(summary.byState.failed).toBe(2);
    expect(summary.exitCode).toBe(2);
    expect(failures.every((f) => f.errorClass === 'resource_busy' && f.attempts === 2 && f.retryable)).toBe(true);
    expect([...ex.calls.values()]).toEqual([2, 2]);
  });

  it('fails permanent errors at once', async () => {
    const ex = flaky(99, () => permanent('encrypted', 'password-protected'));
    const { summary, failures } = await run(ex);
    expect(summary.byState.failed).toBe(2);
    expect([...ex.calls.values()]).toEqual([1, 1]);
    expect(failures[0]).toMatchObject({ errorClass: 'encrypted', attempts: 1, retryable: false });
    expect(failures[0].hint).toMatch(/qpdf/);
  });

  it('times out a hanging document as a transient error, then retries it', async () => {
    let first = true;
    const hang: Extractor = {
      name: 'hang',
      version: '1',
      async extract() {
        if (first) {
          first = false;
          return new Promise(() => undefined); // never settles
        }
        return ok();
      },
      async close() {},
    };
    const { summary, events } = await run(hang, { jobTimeoutMs: 150, concurrency: 1 }, 1);
    expect(summary.byState.completed).toBe(1);
    expect(events).toEqual(['retrying:1', 'completed:2']);
    const job = (await ledger!.findJobs({}))[0];
    expect((await ledger!.jobEvents(job.id))[2].error).toMatch(/^timeout: processing took longer/);
  });

  it('stops the run on a run-level error (missing dependency) and puts the job back', async () => {
    const ex = flaky(99, () => new MissingDependencyError('OCR language data for fra is not installed', 'npm install @tesseract.js-data/fra'));
    await expect(run(ex, { concurrency: 1 }, 1)).rejects.toThrow(/fra is not installed/);
    const job = (await ledger!.findJobs({}))[0];
    expect(job).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('writes one complete result file per document', async () => {
    const { summary, dir } = await run(flaky(0, () => new Error('unused')));
    expect(summary.byState.completed).toBe(2);
    const jobs = await ledger!.findJobs({});
    for (const j of jobs) {
      const body = JSON.parse(readFileSync(join(dir, 'out', `${j.fileName}.${j.fingerprint.slice(0, 12)}.json`), 'utf8'));
      expect(body).toMatchObject({ jobId: j.id, status: 'completed', fingerprint: j.fingerprint, paths: [j.path] });
    }
  });
});

describe('files on shared mounts', () => {
  it('a job whose folder is missing on this machine fails as retryable file_unavailable, not as gone', async () => {
    const { renameSync } = await import('node:fs');
    const { runWorker } = await import('../../src/engine/worker.js');
    const dir = tempDir('docparse-mount-');
    await writeInvoiceFolder(join(dir, 'share'), 1);
    ledger = openSqliteLedger(join(dir, 'ledger.db'));
    const engine = {
      ledger,
      extractor: flaky(0, () => new Error('unused')),
      outDir: join(dir, 'out'),
      concurrency: 1,
      maxAttempts: 1,
      backoff: { baseMs: 10, factor: 2, maxMs: 100, jitter: 0 },
      leaseMs: 5000,
      jobTimeoutMs: 5000,
      maxFileSize: 1e9,
    };
    await submit({ ...engine, paths: [join(dir, 'share')], settings, detach: true });
    renameSync(join(dir, 'share'), join(dir, 'unmounted'));
    const { failures } = await runWorker({ ...engine, settings, once: true, pollMs: 50 });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ errorClass: 'file_unavailable', retryable: true });
    expect(failures[0].hint).toMatch(/mount the share/);
  });
});
