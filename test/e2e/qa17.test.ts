/**
 * Everyday use that session 16's QA (S16-QA16) noticed and left, each through the real CLI:
 * what a user saw, and now sees.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';

const BASE = ['--ledger', 'l.db', '--out', 'out'];

describe('worker --once from cron with nothing to do', () => {
  it("leaves the last run's summary.json, failures and report.html as they were (it replaced them with an empty run)", async () => {
    const dir = tempDir('docparse-qa17-idle-');
    await writeInvoiceFolder(join(dir, 'in'), 2, 'doc');
    expect((await docparse(['submit', 'in', ...BASE, '--extractor', 'text', '-q', '--detach'], { cwd: dir })).exitCode).toBe(0);
    const real = await docparse(['worker', '--once', ...BASE, '-q'], { cwd: dir });
    expect(real.exitCode, String(real.stderr)).toBe(0);
    const files = ['summary.json', 'failures.json', 'failures.csv', 'report.html', 'results.csv'];
    const read = () => files.map((f) => readFileSync(join(dir, 'out', f), 'utf8'));
    const before = read();
    expect(JSON.parse(before[0]).byState.completed).toBe(2);
    const idle = await docparse(['worker', '--once', ...BASE, '--json'], { cwd: dir });
    expect(idle.exitCode, String(idle.stderr)).toBe(0);
    expect(read()).toEqual(before);
    // It says so, and --json still prints this run's summary.
    expect(String(idle.stderr)).toMatch(/\ndone: 0 files, 0 completed, 0 failed in [\d.]+s; nothing to do: .*out left as the last run wrote it$/);
    const printed = JSON.parse(String(idle.stdout));
    expect(printed.jobs.total).toBe(0);
    expect(printed.report).toBeNull();
    expect(printed.outKept).toBe(true);
    // A run that does work writes them again.
    await writeInvoiceFolder(join(dir, 'in2'), 1, 'more');
    expect((await docparse(['submit', 'in2', ...BASE, '--extractor', 'text', '-q', '--detach'], { cwd: dir })).exitCode).toBe(0);
    expect((await docparse(['worker', '--once', ...BASE, '-q'], { cwd: dir })).exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')).byState.completed).toBe(1);
  });
});

describe('jobs --run with a run id the ledger does not know', () => {
  it('exits 4 with the hint report --run, export --run and approve give (it listed nothing and exited 0)', async () => {
    const dir = tempDir('docparse-qa17-jobsrun-');
    await writeInvoiceFolder(join(dir, 'in'), 1, 'doc');
    const sub = await docparse(['submit', 'in', ...BASE, '--extractor', 'text', '-q', '--no-report', '--json'], { cwd: dir });
    expect(sub.exitCode).toBe(0);
    for (const json of [[], ['--json']]) {
      const r = await docparse(['jobs', '--ledger', 'l.db', '--run', 'run_nosuch', ...json], { cwd: dir });
      expect(r.exitCode).toBe(4);
      expect(String(r.stdout)).toBe('');
      expect(String(r.stderr)).toMatch(/^docparse: no run with id run_nosuch in sqlite:.*l\.db\n {2}`docparse status <runId>` shows a run; check --ledger\.$/);
    }
    // A run it knows whose jobs a filter leaves out lists nothing, exit 0, as before.
    const runId = JSON.parse(String(sub.stdout)).runId as string;
    const none = await docparse(['jobs', '--ledger', 'l.db', '--run', runId, '--status', 'failed'], { cwd: dir });
    expect(none.exitCode).toBe(0);
    expect(String(none.stderr)).toBe('no jobs match');
  });
});

describe('templates list', () => {
  it('shows the built-in template without a priority number ("priority -Infinity")', async () => {
    const dir = tempDir('docparse-qa17-tpl-');
    const r = await docparse(['templates', 'list'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(String(r.stdout)).not.toMatch(/Infinity/);
    expect(String(r.stdout)).toBe('invoice    priority lowest  (built-in generic extractor: used when no template matches)');
  });
});

describe('submit --detach of a folder submitted before', () => {
  it('counts the jobs still waiting and the ones that failed ("registered 3 jobs (0 new, 0 already done)": the numbers did not add up)', async () => {
    const dir = tempDir('docparse-qa17-detach-');
    await writeInvoiceFolder(join(dir, 'in'), 2, 'doc');
    writeFileSync(join(dir, 'in', 'broken.pdf'), '%PDF-1.4\nnot a pdf at all\n');
    const detach = async (code = 0) => {
      const r = await docparse(['submit', 'in', ...BASE, '--extractor', 'text', '--detach', '-q'], { cwd: dir });
      expect(r.exitCode, String(r.stderr)).toBe(code);
      return String(r.stderr).replace(/run_\w+/, 'RUN');
    };
    expect(await detach()).toBe('registered 3 jobs in run RUN (3 new, 0 already done); process them with `docparse worker`');
    expect(await detach()).toBe('registered 3 jobs in run RUN (0 new, 3 already waiting, 0 already done); process them with `docparse worker`');
    expect((await docparse(['worker', '--once', ...BASE, '-q', '--no-report'], { cwd: dir })).exitCode).toBe(2);
    await writeInvoiceFolder(join(dir, 'in', 'more'), 1, 'more');
    // Exit 2, as before: the run holds a failed job.
    expect(await detach(2)).toBe('registered 4 jobs in run RUN (1 new, 2 already done, 1 failed before (`docparse retry` puts them back)); process them with `docparse worker`');
  });
});
