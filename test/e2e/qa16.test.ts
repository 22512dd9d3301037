/**
 * Everyday use that session 15's QA (S15-QA14/QA15) noticed and left, each through the real CLI:
 * what a user saw, and now sees.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';

const BASE = ['--ledger', 'l.db', '--out', 'out'];

/** A temp folder whose `in/` holds `n` invoices, submitted (text layer only) with `flags`; returns the folder. */
async function submitted(prefix: string, n: number, flags: string[]): Promise<string> {
  const dir = tempDir(prefix);
  await writeInvoiceFolder(join(dir, 'in'), n, 'doc');
  expect((await docparse(['submit', 'in', ...BASE, '--extractor', 'text', '-q', ...flags], { cwd: dir })).exitCode).toBe(0);
  return dir;
}

describe('a config key mistyped near one of the names the file accepts', () => {
  it('suggests the flag-style name (timeout, pageTimeout ...) and the key a unit or separator was added to (it listed all keys)', async () => {
    const dir = tempDir('docparse-qa16-alias-');
    const said = async (key: string) => {
      writeFileSync(join(dir, 'docparse.config.json'), JSON.stringify({ [key]: '30s' }));
      const r = await docparse(['config'], { cwd: dir });
      expect(r.exitCode).toBe(1);
      return String(r.stderr).split('\n')[0];
    };
    // One letter off a name the README's table gives (`timeout` / `timeoutMs`, `webhookGrace` / `webhookGraceMs`).
    expect(await said('timout')).toBe('docparse: config file: unknown key "timout" (did you mean "timeout"?)');
    expect(await said('webhookGrase')).toBe('docparse: config file: unknown key "webhookGrase" (did you mean "webhookGrace"?)');
    expect(await said('pageTimout')).toBe('docparse: config file: unknown key "pageTimout" (did you mean "pageTimeout"?)');
    // Another unit, or the flag's spelling.
    expect(await said('timeoutSecs')).toBe('docparse: config file: unknown key "timeoutSecs" (did you mean "timeout"?)');
    expect(await said('page_timeout')).toBe('docparse: config file: unknown key "page_timeout" (did you mean "pageTimeout"?)');
    expect(await said('lease-seconds')).toBe('docparse: config file: unknown key "lease-seconds" (did you mean "lease"?)');
    // The suggestion is a key the file takes.
    writeFileSync(join(dir, 'docparse.config.json'), JSON.stringify({ pageTimeout: '30s' }));
    expect((await docparse(['config'], { cwd: dir })).exitCode).toBe(0);
    // Nothing near: every name the file takes, the flag-style ones too.
    expect(await said('colour')).toMatch(/unknown key "colour" \(known: ledger, .*metrics, readingCache, timeout, lease, pageTimeout, webhookTimeout, webhookGrace\)$/);
  });
});

describe('report and export in a cron job', () => {
  it('take -q and print nothing, as submit, worker and prune do (-q was an unknown option: exit 1)', async () => {
    const dir = await submitted('docparse-qa16-quiet-', 2, ['--no-report']);
    const base = BASE;
    const report = await docparse(['report', ...base, '-q'], { cwd: dir });
    expect(report.exitCode, String(report.stderr)).toBe(0);
    expect(String(report.stdout) + String(report.stderr)).toBe('');
    expect(existsSync(join(dir, 'out', 'report.html'))).toBe(true);
    const exported = await docparse(['export', ...base, '--format', 'csv', '--quiet'], { cwd: dir });
    expect(exported.exitCode, String(exported.stderr)).toBe(0);
    expect(String(exported.stdout) + String(exported.stderr)).toBe('');
    expect(existsSync(join(dir, 'out', 'results.csv'))).toBe(true);
    // Without -q, the line that says where they went.
    expect(String((await docparse(['report', ...base], { cwd: dir })).stderr)).toMatch(/^report of 2 documents, .*report\.html$/);
  });
});

describe("a worker's last line", () => {
  it('counts the jobs it took ("done: 2 jobs, 2 completed"), not the files it scanned ("done: 0 files, 2 completed")', async () => {
    const dir = await submitted('docparse-qa16-worker-', 2, ['--detach']);
    const base = BASE;
    const w = await docparse(['worker', '--once', ...base, '--no-report'], { cwd: dir });
    expect(w.exitCode, String(w.stderr)).toBe(0);
    expect(String(w.stderr)).toMatch(/(^|\n)done: 2 jobs, 2 completed, 0 failed in [\d.]+s -> /);
    // With nothing waiting, as before.
    expect(String((await docparse(['worker', '--once', ...base, '--no-report'], { cwd: dir })).stderr)).toMatch(/\ndone: 0 files, 0 completed, 0 failed in /);
  });
});

describe('report --run and export --run with a run id the ledger does not know', () => {
  it('exit 4 saying what to do, as approve, pause and cancel do (there was no hint)', async () => {
    const dir = await submitted('docparse-qa16-norun-', 1, ['--no-report']);
    const base = BASE;
    for (const cmd of ['report', 'export', 'approve']) {
      const r = await docparse([cmd, ...base, '--run', 'run_nosuch'], { cwd: dir });
      expect(r.exitCode, cmd).toBe(4);
      expect(String(r.stderr), cmd).toMatch(/^docparse: no run with id run_nosuch in sqlite:.*l\.db\n {2}`docparse status <runId>` shows a run; check --ledger\.$/);
    }
  });
});
