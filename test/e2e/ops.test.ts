/**
 * stats, --metrics, prune and the config file through the real CLI.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeBytes, writeInvoiceFolder } from '../helpers/fixtures.js';

let template: string;
beforeAll(async () => {
  template = tempDir('docparse-ops-src-');
  await writeInvoiceFolder(template, 5);
  writeBytes(join(template, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%% truncated here');
});

function setup() {
  const dir = tempDir('docparse-ops-');
  const inv = join(dir, 'invoices');
  cpSync(template, inv, { recursive: true });
  const ledger = join(dir, 'ledger.db');
  return { dir, inv, ledger, base: ['--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text'] };
}

describe('stats, metrics, prune (end to end)', () => {
  it('reports stats as text, JSON and Prometheus metrics, and prunes finished jobs', async () => {
    const t = setup();
    const prom = join(t.dir, 'metrics', 'docparse.prom');
    const run = await docparse(['submit', t.inv, ...t.base, '-q', '--metrics', prom], { cwd: t.dir });
    expect(run.exitCode).toBe(2);
    const text = readFileSync(prom, 'utf8');
    expect(text).toMatch(/^# HELP docparse_jobs /m);
    expect(text).toMatch(/^# TYPE docparse_jobs gauge$/m);
    expect(text).toContain('docparse_jobs{state="completed"} 5\n');
    expect(text).toContain('docparse_jobs{state="failed"} 1\n');
    expect(text).toContain('docparse_job_failures{class="corrupt",retryable="false"} 1\n');
    expect(text).toContain('docparse_job_latency_seconds_count{kind="text_pdf"} 5\n');
    expect(text).toMatch(/^docparse_job_latency_seconds\{quantile="0.95"\} [0-9.]+$/m);
    expect(text).toMatch(/^docparse_last_run_timestamp_seconds [0-9.]+$/m);
    expect(text).toContain('docparse_run_exit_code 2\n');
    expect(readdirSync(join(t.dir, 'metrics'))).toEqual(['docparse.prom']); // atomic: no temp files left

    const js = await docparse(['stats', '--ledger', t.ledger, '--json'], { cwd: t.dir });
    expect(js.exitCode).toBe(0);
    const s = JSON.parse(String(js.stdout));
    expect(s.byState).toEqual({ pending: 0, processing: 0, retrying: 0, completed: 5, failed: 1 });
    expect(s.queueDepth).toBe(0);
    expect(s.completedLastHour).toBe(5);
    expect(s.latency.count).toBe(5);
    expect(s.latency.p50).toBeGreaterThanOrEqual(0);
    expect(s.latency.p99).toBeGreaterThanOrEqual(s.latency.p50);
    expect(s.latencyByKind.text_pdf.count).toBe(5);
    expect(s.latencyBySize.lt_100kb.count).toBe(5);
    expect(s.failedByClass).toEqual([{ errorClass: 'corrupt', retryable: false, jobs: 1 }]);
    expect(s.throughputPerMinute.lastHour).toBeCloseTo(5 / 60, 2);

    const human = await docparse(['stats', '--ledger', t.ledger, '-q', '--metrics', join(t.dir, 'again.prom')], { cwd: t.dir });
    expect(String(human.stdout)).toBe('');
    expect(readFileSync(join(t.dir, 'again.prom'), 'utf8')).toContain('docparse_jobs{state="completed"} 5\n');
    const plain = await docparse(['stats', '--ledger', t.ledger], { cwd: t.dir });
    expect(String(plain.stdout)).toMatch(/completed 5/);
    expect(String(plain.stdout)).toMatch(/p95/);

    const nothing = await docparse(['prune', '--older-than', '30d', '--ledger', t.ledger, '--json'], { cwd: t.dir });
    expect(JSON.parse(String(nothing.stdout)).removed.jobs).toBe(0);
    const dry = await docparse(['prune', '--older-than', '0s', '--dry-run', '--ledger', t.ledger, '--json'], { cwd: t.dir });
    expect(JSON.parse(String(dry.stdout)).removed).toMatchObject({ jobs: 6, paths: 6, runLinks: 6 });
    expect(JSON.parse(String((await docparse(['stats', '--ledger', t.ledger, '--json'], { cwd: t.dir })).stdout)).byState.completed).toBe(5);
    const real = await docparse(['prune', '--older-than', '0s', '--vacuum', '--ledger', t.ledger], { cwd: t.dir });
    expect(real.exitCode).toBe(0);
    expect(String(real.stdout)).toMatch(/removed 6 jobs finished before .*\(\d+ audit events, 6 paths, 6 run links\)/);
    expect(String(real.stdout)).toMatch(/vacuumed/);
    const after = JSON.parse(String((await docparse(['stats', '--ledger', t.ledger, '--json'], { cwd: t.dir })).stdout));
    expect(after.byState.completed + after.byState.failed).toBe(0);
    const bad = await docparse(['prune', '--older-than', 'soon', '--ledger', t.ledger], { cwd: t.dir });
    expect(bad.exitCode).toBe(1);
    expect(String(bad.stderr)).toMatch(/--older-than/);
  });
});

describe('config file and `docparse config` (end to end)', () => {
  it('layers defaults < file < env < flags, says where each value came from, and never prints the secret', async () => {
    const t = setup();
    writeFileSync(join(t.dir, 'docparse.config.json'), JSON.stringify({ concurrency: 3, out: 'from-file', timeout: '90s', webhook: 'http://127.0.0.1:9/h', webhookSecret: 'hunter2-secret' }));
    const r = await docparse(['config', '--json', '--ledger', t.ledger], { cwd: t.dir, env: { DOCPARSE_MAX_ATTEMPTS: '5', DOCPARSE_OUT: 'from-env' } });
    expect(r.exitCode).toBe(0);
    const c = JSON.parse(String(r.stdout));
    expect(c.file).toBe(join(t.dir, 'docparse.config.json'));
    expect(c.config).toMatchObject({ concurrency: 3, out: 'from-env', maxAttempts: 5, timeoutMs: 90_000, ledger: t.ledger, webhookSecret: '(set)', lang: 'eng' });
    expect(c.sources).toMatchObject({ concurrency: 'file', out: 'env', maxAttempts: 'env', timeoutMs: 'file', ledger: 'flag', lang: 'default', webhookSecret: 'file' });
    expect(String(r.stdout)).not.toContain('hunter2');
    const text = await docparse(['config'], { cwd: t.dir, env: { DOCPARSE_MAX_ATTEMPTS: '5' } });
    expect(String(text.stdout)).toMatch(/maxAttempts\s+5\s+env DOCPARSE_MAX_ATTEMPTS/);
    expect(String(text.stdout)).toMatch(/concurrency\s+3\s+file/);
    expect(String(text.stdout)).not.toContain('hunter2');

    // The file applies to every command: submit writes where the file says.
    writeFileSync(join(t.dir, 'ci.json'), JSON.stringify({ out: 'ci-out', extractor: 'text', ledger: 'ci.db' }));
    const sub = await docparse(['submit', t.inv, '--config', 'ci.json', '-q'], { cwd: t.dir });
    expect(sub.exitCode).toBe(2);
    expect(existsSync(join(t.dir, 'ci-out', 'summary.json'))).toBe(true);
    expect(existsSync(join(t.dir, 'ci.db'))).toBe(true);
    const global = await docparse(['--config', 'ci.json', 'config', '--json'], { cwd: t.dir });
    expect(JSON.parse(String(global.stdout)).sources.out).toBe('file');
  });

  it('rejects bad config at start, naming the key', async () => {
    const t = setup();
    writeFileSync(join(t.dir, 'bad.json'), JSON.stringify({ concurrency: 0, webhok: 'x', webhook: 'ftp://nope' }));
    const r = await docparse(['config', '--config', 'bad.json'], { cwd: t.dir });
    expect(r.exitCode).toBe(1);
    const err = String(r.stderr);
    expect(err).toMatch(/"concurrency"/);
    expect(err).toMatch(/unknown key "webhok"/);
    expect(err).toMatch(/"webhook": expected an http:\/\/ or https:\/\/ URL/);
    const env = await docparse(['stats', '--ledger', t.ledger], { cwd: t.dir, env: { DOCPARSE_WEBHOOK_MAX_ATTEMPTS: 'lots' } });
    expect(env.exitCode).toBe(1);
    expect(String(env.stderr)).toMatch(/DOCPARSE_WEBHOOK_MAX_ATTEMPTS/);
    expect((await docparse(['config', '--config', 'missing.json'], { cwd: t.dir })).exitCode).toBe(1);
    writeFileSync(join(t.dir, 'broken.json'), '{ "out": ');
    const broken = await docparse(['config', '--config', 'broken.json'], { cwd: t.dir });
    expect(broken.exitCode).toBe(1);
    expect(String(broken.stderr)).toMatch(/not valid JSON/);
  });
});
