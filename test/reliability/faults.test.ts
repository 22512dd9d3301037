/**
 * Faults, through the real CLI: kill -9 at seeded random moments, again and again, then one
 * rerun; several `docparse submit`, and several `docparse worker --once`, on one ledger at
 * once; ledgers that must be refused untouched (newer schema, corrupt pages, truncated).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { docparse } from '../helpers/cli.js';
import { readLedger } from '../helpers/ledger.js';
import { invoiceLines, prng, writePdf, scratch } from './support.js';

const FILES = 120;
let template: string;

beforeAll(async () => {
  template = scratch('docparse-rel-faults-src-');
  await writePdf(join(template, 'k-000.pdf'), invoiceLines('INV-K0'));
  // Distinct content per file, cheaply: the same PDF with a different trailing comment.
  const base = readFileSync(join(template, 'k-000.pdf'));
  for (let i = 1; i < FILES; i++) writeFileSync(join(template, `k-${String(i).padStart(3, '0')}.pdf`), Buffer.concat([base, Buffer.from(`\n% copy ${i}\n`)]));
});

function setup(prefix: string) {
  const dir = scratch(prefix);
  const inv = join(dir, 'in');
  cpSync(template, inv, { recursive: true });
  return { dir, inv, ledger: join(dir, 'ledger.db'), out: join(dir, 'out') };
}

interface Audit {
  jobs: Array<{ id: string; status: string; fingerprint: string; result: string | null }>;
  events: Map<string, Array<{ from: string | null; to: string; run: string | null; error: string | null }>>;
  integrity: string;
}

function audit(ledger: string): Audit {
  return readLedger(ledger, (db) => {
    const jobs = db.prepare('SELECT id, status, fingerprint, result FROM jobs').all() as Audit['jobs'];
    const events = new Map<string, Audit['events'] extends Map<string, infer V> ? V : never>();
    for (const e of db.prepare('SELECT job_id, from_state, to_state, run_id, error FROM job_events ORDER BY id').all() as Array<Record<string, string | null>>) {
      const list = events.get(e.job_id!) ?? [];
      list.push({ from: e.from_state, to: e.to_state!, run: e.run_id, error: e.error });
      events.set(e.job_id!, list);
    }
    return { jobs, events, integrity: String(db.pragma('integrity_check', { simple: true })) };
  });
}

/** The audit trail of every job is one unbroken chain ending in its current state. */
function expectConsistentTrails(a: Audit) {
  for (const j of a.jobs) {
    const ev = a.events.get(j.id) ?? [];
    expect(ev[0]?.from, j.id).toBeNull();
    for (let i = 1; i < ev.length; i++) expect(ev[i].from, `${j.id} event ${i}`).toBe(ev[i - 1].to);
    expect(ev.at(-1)?.to, j.id).toBe(j.status);
  }
}

/** Every *.json in --out parses; one result per job, named by its fingerprint. Returns leftover temp files. */
function expectCompleteResults(out: string, a: Audit): string[] {
  const names = readdirSync(out);
  for (const n of names.filter((x) => x.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, n), 'utf8')), n).not.toThrow();
  const results = names.filter((n) => /\.[0-9a-f]{12}\.json$/.test(n));
  expect(results).toHaveLength(a.jobs.length);
  for (const j of a.jobs) {
    const name = results.find((n) => n.endsWith(`.${j.fingerprint.slice(0, 12)}.json`));
    expect(name, j.id).toBeDefined();
    expect(JSON.parse(readFileSync(join(out, name!), 'utf8'))).toMatchObject({ jobId: j.id, status: 'completed', pageCount: 1 });
  }
  return names.filter((n) => n.endsWith('.tmp'));
}

describe('kill -9 at random moments', () => {
  it('after a final rerun every file is completed exactly once, results are whole, the ledger is intact', async () => {
    const t = setup('docparse-rel-kill-');
    const random = prng(20251123);
    // Every kill of a job in flight counts as one of its attempts: room for up to 15 of them.
    const args = ['submit', t.inv, '--ledger', t.ledger, '--out', t.out, '--extractor', 'text', '-c', '2', '--max-attempts', '20'];
    const deadline = Date.now() + 30_000;
    let kills = 0;
    let finishedEarly = 0;
    for (let i = 0; i < 15 && Date.now() < deadline; i++) {
      const child = docparse(args, { cwd: t.dir });
      // A quarter of the kills at a random time from start-up through the scan; the rest a random
      // few ms after the k-th finished job (k random), so they land while jobs are in flight.
      const kill = () => child.kill('SIGKILL');
      let timer: NodeJS.Timeout | undefined;
      if (random() < 0.25) timer = setTimeout(kill, Math.floor(random() * 500));
      else {
        const k = 1 + Math.floor(random() * 8);
        const extra = Math.floor(random() * 15);
        let seen = 0;
        child.stderr!.on('data', (chunk: Buffer) => {
          seen += (String(chunk).match(/^completed /gm) ?? []).length;
          if (seen >= k && !timer) timer = setTimeout(kill, extra);
        });
      }
      const r = await child;
      clearTimeout(timer);
      if (r.signal === 'SIGKILL') kills++;
      else {
        finishedEarly++;
        expect(r.exitCode, String(r.stderr)).toBe(0);
        break; // everything is done: more kills would only hit no-op reruns
      }
    }
    expect(kills).toBeGreaterThanOrEqual(5);

    const final = await docparse([...args, '--json'], { cwd: t.dir });
    expect(final.exitCode, String(final.stderr)).toBe(0);
    const a = audit(t.ledger);
    expect(a.integrity).toBe('ok');
    expect(a.jobs).toHaveLength(FILES);
    for (const j of a.jobs) {
      expect(j.status).toBe('completed');
      expect(j.result).not.toBeNull();
      expect((a.events.get(j.id) ?? []).filter((e) => e.to === 'completed'), j.id).toHaveLength(1);
      expect((a.events.get(j.id) ?? []).filter((e) => e.to === 'failed'), j.id).toHaveLength(0);
    }
    expectConsistentTrails(a);
    const leftovers = expectCompleteResults(t.out, a);
    // Proof that kills landed mid-job: jobs taken back from a dead owner.
    const reclaimed = [...a.events.values()].flat().filter((e) => e.to === 'pending' && /is gone|lease expired/.test(e.error ?? '')).length;
    expect(reclaimed).toBeGreaterThan(0);
    // Temp files of result writes cut short by a kill are swept by the next run: none is left.
    expect(leftovers).toEqual([]);
    console.info(`kill -9: ${kills} kills, ${finishedEarly} run finished first, ${reclaimed} jobs reclaimed from dead owners, ${leftovers.length} temp files left in --out`);
  }, 60_000);
});

describe('concurrent processes on one ledger', () => {
  for (const n of [2, 3]) {
    it(`${n} concurrent submits of the same folder: every job claimed and completed exactly once`, async () => {
      // On a loaded machine one process may finish before the others have started; then the
      // scenario is repeated (each time checked for exactly-once) until the runs overlapped.
      let claimers = new Set<string | null>();
      for (let attempt = 0; attempt < 3 && claimers.size < 2; attempt++) {
        const t = setup(`docparse-rel-conc${n}-`);
        const runs = await Promise.all(
          Array.from({ length: n }, () => docparse(['submit', t.inv, '--ledger', t.ledger, '--out', t.out, '--extractor', 'text', '-c', '2', '--json'], { cwd: t.dir })),
        );
        for (const r of runs) expect(r.exitCode, String(r.stderr)).toBe(0);
        const a = audit(t.ledger);
        expect(a.integrity).toBe('ok');
        expect(a.jobs).toHaveLength(FILES);
        claimers = new Set<string | null>();
        for (const j of a.jobs) {
          const ev = a.events.get(j.id) ?? [];
          expect(ev.filter((e) => e.to === 'processing'), j.id).toHaveLength(1);
          expect(ev.filter((e) => e.to === 'completed'), j.id).toHaveLength(1);
          claimers.add(ev.find((e) => e.to === 'processing')!.run);
        }
        expectConsistentTrails(a);
        expectCompleteResults(t.out, a);
        // Every run reports the whole folder as completed, whoever processed each file.
        for (const r of runs) expect(JSON.parse(String(r.stdout)).byState.completed).toBe(FILES);
      }
      // The runs really overlapped: more than one of them did some of the work.
      expect(claimers.size).toBeGreaterThan(1);
    }, 120_000);
  }

  it('2 and 3 concurrent `docparse worker --once` on one ledger: every job claimed and completed exactly once', async () => {
    for (const n of [2, 3]) {
      // As for submits: on a loaded machine, repeat until the workers overlapped.
      let sharers = 0;
      for (let attempt = 0; attempt < 3 && sharers < 2; attempt++) {
        const t = setup(`docparse-rel-workers${n}-`);
        const detached = await docparse(['submit', t.inv, '--ledger', t.ledger, '--out', t.out, '--extractor', 'text', '--detach'], { cwd: t.dir });
        expect(detached.exitCode, String(detached.stderr)).toBe(0);
        // Each job runs with the settings it was submitted with (here the text extractor).
        const ws = await Promise.all(
          Array.from({ length: n }, () => docparse(['worker', '--once', '--ledger', t.ledger, '--out', t.out, '--extractor', 'text', '-c', '2', '--json'], { cwd: t.dir })),
        );
        for (const w of ws) expect(w.exitCode, String(w.stderr)).toBe(0);
        const a = audit(t.ledger);
        expect(a.integrity).toBe('ok');
        expect(a.jobs).toHaveLength(FILES);
        for (const j of a.jobs) {
          const ev = a.events.get(j.id) ?? [];
          expect(j.status).toBe('completed');
          expect(ev.filter((e) => e.to === 'processing'), j.id).toHaveLength(1);
          expect(ev.filter((e) => e.to === 'completed'), j.id).toHaveLength(1);
        }
        expectConsistentTrails(a);
        expectCompleteResults(t.out, a);
        // Together they processed each job once.
        const processed = ws.map((w) => JSON.parse(String(w.stdout)).jobs.processed as number);
        expect(processed.reduce((x, y) => x + y, 0)).toBe(FILES);
        sharers = processed.filter((p) => p > 0).length;
      }
      // The workers shared the work: more than one did some.
      expect(sharers).toBeGreaterThan(1);
    }
  }, 180_000);
});

describe('ledgers that must be refused, untouched', () => {
  async function realLedger() {
    const t = setup('docparse-rel-ledger-');
    const r = await docparse(['submit', join(t.inv, 'k-001.pdf'), join(t.inv, 'k-002.pdf'), '--ledger', t.ledger, '--out', t.out, '--extractor', 'text'], { cwd: t.dir });
    expect(r.exitCode).toBe(0);
    return t;
  }

  /** `jobsExit`: what `docparse jobs` exits with: 5 when the damage shows at open, 0 when it reads only intact pages. */
  async function expectRefused(t: { dir: string; inv: string; ledger: string; out: string }, pattern: RegExp, jobsExit: 0 | 5 = 5) {
    const before = readFileSync(t.ledger);
    const filesBefore = readdirSync(t.dir).sort();
    const r = await docparse(['submit', t.inv, '--ledger', t.ledger, '--out', join(t.dir, 'out2'), '--extractor', 'text'], { cwd: t.dir });
    expect(r.exitCode, String(r.stderr)).toBe(5);
    expect(String(r.stderr)).toMatch(pattern);
    expect(String(r.stderr)).toMatch(/nothing was changed|did not write past it/);
    expect(createHash('sha256').update(readFileSync(t.ledger)).digest('hex')).toBe(createHash('sha256').update(before).digest('hex'));
    // No -wal/-shm left beside it, and no output folder made for a run that never started.
    expect(readdirSync(t.dir).sort()).toEqual(filesBefore);
    // `jobs` refuses it the same way when the damage shows at open; past it, it reads only what it lists.
    const st = await docparse(['jobs', '--ledger', t.ledger], { cwd: t.dir });
    expect(st.exitCode, String(st.stderr)).toBe(jobsExit);
    expect(readFileSync(t.ledger).equals(before)).toBe(true);
    expect(readdirSync(t.dir).sort()).toEqual(filesBefore);
  }

  it('written by a newer docparse (user_version 999): exit 5, byte-identical', async () => {
    const t = await realLedger();
    const db = new Database(t.ledger);
    db.pragma('user_version = 999');
    db.close();
    await expectRefused(t, /newer docparse/);
  });

  it('written by a newer docparse in rollback-journal mode: refused before switching it to WAL, byte-identical', async () => {
    const t = setup('docparse-rel-ledger-');
    const db = new Database(t.ledger);
    db.exec('CREATE TABLE future (x)');
    db.pragma('user_version = 999');
    db.close();
    expect(readFileSync(t.ledger)[18]).toBe(1); // legacy journal, not WAL
    await expectRefused(t, /newer docparse/);
  });

  it('a ledger with a damaged page: exit 5, byte-identical', async () => {
    const t = await realLedger();
    // The page of the runs' primary key, which a submit writes first (recording its run) and
    // `jobs` never reads; the header stays valid.
    const db = new Database(t.ledger);
    const page = (db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_runs_1'`).get() as { rootpage: number }).rootpage;
    db.close();
    const bytes = readFileSync(t.ledger);
    const pageSize = bytes.readUInt16BE(16);
    for (let i = (page - 1) * pageSize; i < page * pageSize; i++) bytes[i] = (i * 31) & 255;
    writeFileSync(t.ledger, bytes);
    await expectRefused(t, /damaged|not a valid docparse ledger/i, 0);
  });

  it('a truncated ledger: exit 5, byte-identical', async () => {
    const t = await realLedger();
    const bytes = readFileSync(t.ledger);
    writeFileSync(t.ledger, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(t, /not a valid docparse ledger/);
  });
});
