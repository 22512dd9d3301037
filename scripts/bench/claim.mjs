/**
 * `npm run bench -- --only claim`: what one claim costs with 1,000,000 jobs waiting, on the SQLite
 * and the PostgreSQL ledger, through the Ledger port as workers call it. The waiting jobs are
 * written in bulk SQL (not through register, which would take minutes), spread over five
 * priorities; the claim must stay one walk down the `jobs_waiting` index, so its cost at 1,000,000
 * is compared with its cost at 1,000. PostgreSQL: DOCPARSE_BENCH_PG_URL or DOCPARSE_TEST_PG_URL,
 * else a throwaway server from scripts/pg-test-server.sh; skipped, with the reason, without one.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chmodSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const SETTINGS = { extractor: 'noop', extractorVersion: '1', template: null, templatesDigest: null, lang: 'eng' };
const CLAIMS = 300;

/** One ledger's jobs, in bulk: `n` pending jobs of run_bench, priority -2..2, created one ms apart. */
function bulkSql(n, dialect) {
  const settings = JSON.stringify(SETTINGS).replace(/'/g, "''");
  if (dialect === 'sqlite') {
    return `WITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM s WHERE v < ${n})
      INSERT INTO jobs (id, fingerprint, settings_key, settings, status, path, file_name, size, kind, max_attempts, run_id, created_at, updated_at, priority)
      SELECT printf('job_b%09d', v), printf('%064x', v), 'bench', '${settings}', 'pending', '/bench/' || v || '.pdf', v || '.pdf', 1000, 'pdf', 3, 'run_bench', 1000000 + v, 1000000 + v, (v % 5) - 2 FROM s`;
  }
  return `INSERT INTO jobs (id, fingerprint, settings_key, settings, status, path, file_name, size, kind, max_attempts, run_id, created_at, updated_at, priority)
    SELECT 'job_b' || lpad(v::text, 9, '0'), lpad(to_hex(v), 64, '0'), 'bench', '${settings}'::json, 'pending', '/bench/' || v || '.pdf', v || '.pdf', 1000, 'pdf', 3, 'run_bench', 1000000 + v, 1000000 + v, (v % 5) - 2
    FROM generate_series(1, ${n}) AS v`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Claim cost, ms: median and p95 of CLAIMS claims, then with a priority floor paused. */
async function claimCost(ledger) {
  // Warm up: the connection pool, prepared statements, the index pages.
  for (let i = 0; i < 20; i++) await ledger.claim({ owner: 'bench', leaseMs: 600_000, now: 2e12 });
  // "Pause non-critical processing": claims take only priority >= 1.
  await ledger.pause({ below: 1 }, 'bench', 2e12);
  const floor = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    const job = await ledger.claim({ owner: 'bench', leaseMs: 600_000, now: 2e12 });
    floor.push(performance.now() - t);
    if (!job || job.priority < 1) throw new Error('the claim took paused work');
  }
  await ledger.resume(null, 'bench', 2e12);
  const times = [];
  for (let i = 0; i < CLAIMS; i++) {
    const t = performance.now();
    const job = await ledger.claim({ owner: 'bench', leaseMs: 600_000, now: 2e12 });
    times.push(performance.now() - t);
    if (!job) throw new Error('the claim found nothing');
  }
  // A submit claims only its own run's jobs, down the same index: behind the backlog at its
  // priority it steps over the other runs' jobs; at a higher priority it is at the head.
  const behind = {};
  for (const [label, priority] of [['same', 0], ['high', 10]]) {
    const runId = `run_submit_${label}`;
    await ledger.createRun({ id: runId, startedAt: 3e12, settings: SETTINGS, paths: [], detached: false, idempotencyKey: null, inputsDigest: null });
    const items = Array.from({ length: 5 }, (_, i) => ({ path: `/own/${label}-${i}.pdf`, fileName: `${label}-${i}.pdf`, size: 1, mtimeMs: 1, ino: i, fingerprint: `${label === 'same' ? 'e' : 'f'}${i}`.padEnd(64, '0'), kind: 'pdf' }));
    await ledger.register(items, { runId, settings: SETTINGS, settingsKey: 'bench', maxAttempts: 3, force: false, now: 3e12, priority });
    const ts = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      if (!(await ledger.claim({ owner: 'bench', leaseMs: 600_000, now: 3e12, runId }))) throw new Error('the run claim found nothing');
      ts.push(performance.now() - t);
    }
    behind[label] = median(ts);
  }
  return { median: median(times), p95: p95(times), floor: median(floor), behind };
}

async function sqliteLedger(root, work, n) {
  const { openSqliteLedger } = await import(pathToFileURL(join(root, 'dist/ledger/sqlite/index.js')).href);
  const Database = createRequire(join(root, 'package.json'))('better-sqlite3');
  const file = join(work, `claim-${n}.db`);
  const ledger = openSqliteLedger(file);
  await ledger.createRun({ id: 'run_bench', startedAt: 1, settings: SETTINGS, paths: [], detached: true, idempotencyKey: null, inputsDigest: null });
  const db = new Database(file);
  const t = performance.now();
  db.exec(bulkSql(n, 'sqlite'));
  const loadMs = performance.now() - t;
  const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT j.* FROM jobs j INDEXED BY jobs_waiting WHERE j.status IN ('pending', 'retrying') AND (j.status = 'pending' OR j.next_attempt_at <= 0) ORDER BY j.priority DESC, j.created_at, j.id LIMIT 1`).all().map((r) => r.detail).join('; ');
  db.close();
  return { ledger, loadMs, plan, close: () => ledger.close() };
}

function pgServer(root, work, log) {
  const url = process.env.DOCPARSE_BENCH_PG_URL || process.env.DOCPARSE_TEST_PG_URL;
  if (url) return { url, stop: () => undefined };
  const dir = join(work, 'pg');
  try {
    // The server runs as another user (postgres) when we are root: it must be able to reach its
    // folder through the benchmark's temp folder, which mkdtemp makes 0700.
    chmodSync(work, 0o755);
    const started = execFileSync('bash', [join(root, 'scripts/pg-test-server.sh'), 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).trim();
    return { url: started, stop: () => execFileSync('bash', [join(root, 'scripts/pg-test-server.sh'), 'stop', dir], { stdio: 'ignore' }) };
  } catch (err) {
    log(`  PostgreSQL: no server (${String(err.stderr ?? err.message).split('\n')[0]}); set DOCPARSE_BENCH_PG_URL`);
    return null;
  }
}

async function postgresLedger(root, serverUrl, n) {
  const { openPostgresLedger } = await import(pathToFileURL(join(root, 'dist/ledger/postgres/index.js')).href);
  const pg = createRequire(join(root, 'package.json'))('pg');
  const name = `docparse_bench_claim_${process.pid}_${n}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const ledger = await openPostgresLedger(u.toString());
  await ledger.createRun({ id: 'run_bench', startedAt: 1, settings: SETTINGS, paths: [], detached: true, idempotencyKey: null, inputsDigest: null });
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  const t = performance.now();
  await c.query(bulkSql(n, 'postgres'));
  // What autovacuum does soon after a bulk load; the planner needs the statistics.
  await c.query('ANALYZE jobs');
  const loadMs = performance.now() - t;
  const plan = (await c.query(`EXPLAIN SELECT j.* FROM jobs j WHERE j.status IN ('pending', 'retrying') AND (j.status = 'pending' OR j.next_attempt_at <= 0) ORDER BY j.priority DESC, j.created_at, j.id LIMIT 1 FOR UPDATE SKIP LOCKED`)).rows.map((r) => r['QUERY PLAN'].trim()).join('; ');
  await c.end();
  return {
    ledger,
    loadMs,
    plan,
    close: async () => {
      await ledger.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

/** Measures both ledgers; adds the table rows. */
export async function benchClaims({ root, work, quick, log, row, notes }) {
  const big = quick ? 100_000 : 1_000_000;
  const small = 1_000;
  const r2 = (x) => Math.round(x * 100) / 100;
  const backends = [['SQLite', (n) => sqliteLedger(root, work, n)]];
  const server = pgServer(root, work, log);
  if (server) backends.push(['PostgreSQL', (n) => postgresLedger(root, server.url, n)]);
  else notes.push('PostgreSQL claim figures skipped: no server (set DOCPARSE_BENCH_PG_URL, or apt-get install postgresql)');
  try {
    for (const [name, open] of backends) {
      const cost = {};
      for (const n of [small, big]) {
        const l = await open(n);
        try {
          cost[n] = await claimCost(l.ledger);
          log(`  ${name}, ${n.toLocaleString('en')} waiting jobs (written in ${(l.loadMs / 1000).toFixed(1)} s): claim median ${cost[n].median.toFixed(2)} ms, p95 ${cost[n].p95.toFixed(2)} ms; with work below priority 1 paused ${cost[n].floor.toFixed(2)} ms; a submit's own job behind them ${cost[n].behind.same.toFixed(2)} ms, at priority 10 ${cost[n].behind.high.toFixed(2)} ms`);
          if (n === big) log(`    plan: ${l.plan}`);
        } finally {
          await l.close();
        }
      }
      const ratio = cost[big].median / cost[small].median;
      row('claim', `${name}: claim at ${big.toLocaleString('en')} waiting jobs (median of ${CLAIMS}; vs 1,000 waiting)`, r2(cost[big].median), r2(cost[small].median), 'ms', {
        peerName: 'the same claim at 1,000 waiting',
        ratio: r2(ratio),
        target: '<= 2x at 1,000 (an index lookup)',
        pass: quick ? null : ratio <= 2,
      });
      row('claim', `${name}: claim with work below priority 1 paused, ${big.toLocaleString('en')} waiting`, r2(cost[big].floor), null, 'ms', { target: 'info', pass: null });
      row('claim', `${name}: a submit's claim of its own run's job behind ${big.toLocaleString('en')} waiting at its priority (at priority 10)`, r2(cost[big].behind.same), r2(cost[big].behind.high), 'ms', { peerName: 'its run at priority 10', target: 'info', pass: null });
    }
  } finally {
    server?.stop();
  }
}
