/**
 * A template whose regex backtracks without end (`((\w|\s)+)+XQZ`) must not hang docparse: it
 * runs in a template thread that --timeout, SIGTERM and the page time limit stop. The job fails
 * with `timeout`, the run ends with its summary and failures report, and a good template beside
 * it still extracts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { readLedger } from '../helpers/ledger.js';

const jobsOf = (ledger: string) => readLedger(ledger, (db) => db.prepare('SELECT path, status, result FROM jobs ORDER BY path').all() as Array<{ path: string; status: string; result: string | null }>);
import { scratch, writePdf } from './support.js';

let src: string;
const EVIL = ['issuer: Evil Corp', 'keywords:', '  - Evil Corp', 'fields:', "  invoice_number: '((\\w|\\s)+)+XQZ'", "  amount: 'Total:\\s+(\\d+\\.\\d\\d)'", "  date: 'Date:\\s+(\\S+)'", ''].join('\n');
const GOOD = ['issuer: Good Corp', 'keywords:', '  - Good Corp', 'fields:', "  invoice_number: 'Invoice No:\\s+(\\S+)'", "  amount: 'Total:\\s+(\\d+\\.\\d\\d)'", "  date: 'Date:\\s+(\\S+)'", ''].join('\n');
// 60 word characters and spaces in a row: 2^60 ways for the nested repeat to split them.
const LONG = 'Reference ' + 'abcdefghij '.repeat(5);

beforeAll(async () => {
  src = scratch('docparse-redos-');
  mkdirSync(join(src, 'tpl'));
  writeFileSync(join(src, 'tpl', 'evil.yml'), EVIL);
  writeFileSync(join(src, 'tpl', 'good.yml'), GOOD);
  await writePdf(join(src, 'in', 'evil.pdf'), ['Evil Corp', LONG, 'Invoice No: EV-1', 'Date: 2025-05-26', 'Total: 20.00']);
  await writePdf(join(src, 'in', 'good.pdf'), ['Good Corp', LONG, 'Invoice No: GD-7', 'Date: 2025-05-26', 'Total: 30.00']);
});

// Each test waits out its limit while the regex spins a core: limits a little above what the good
// document needs under load (8 s per job, 5 s per page), not minutes.
describe('a template regex with catastrophic backtracking', () => {
  it('--timeout stops it: the job fails as timeout, the good template still extracts, the run writes its reports', async () => {
    const dir = scratch('docparse-redos-run-');
    const t0 = Date.now();
    const r = await docparse(['submit', join(src, 'in'), '--templates', join(src, 'tpl'), '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out'), '--timeout', '8s', '--max-attempts', '1', '-q'], { cwd: dir, timeout: 120_000 });
    const took = Date.now() - t0;
    expect(r.exitCode, String(r.stderr)).toBe(2);
    expect(took).toBeLessThan(90_000);
    const failures = JSON.parse(readFileSync(join(dir, 'out', 'failures.json'), 'utf8'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ errorClass: 'timeout', retryable: true });
    expect(failures[0].path).toMatch(/evil\.pdf$/);
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));
    expect(summary.byState).toMatchObject({ completed: 1, failed: 1 });
    const jobs = jobsOf(join(dir, 'l.db'));
    const good = jobs.find((j) => j.path.endsWith('good.pdf'))!;
    expect(JSON.parse(good.result!).invoiceNumber.value).toBe('GD-7');
    expect(jobs.map((j) => j.status).sort()).toEqual(['completed', 'failed']);
  }, 150_000);

  it('SIGTERM during it exits 130 at once and puts the job back', async () => {
    const dir = scratch('docparse-redos-term-');
    const child = docparse(['submit', join(src, 'in', 'evil.pdf'), '--templates', join(src, 'tpl'), '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out')], { cwd: dir, timeout: 120_000 });
    let termAt = 0;
    // The job is claimed once the scan line is out; give it a moment to reach the template.
    child.stderr!.on('data', () => {
      if (termAt) return;
      termAt = Date.now() + 1500;
      setTimeout(() => child.kill('SIGTERM'), 1500);
    });
    const r = await child;
    expect(r.exitCode, String(r.stderr)).toBe(130);
    expect(Date.now() - termAt).toBeLessThan(10_000);
    expect(jobsOf(join(dir, 'l.db')).map((j) => j.status)).toEqual(['pending']);
  }, 150_000);

  it('`extract` is stopped by the page time limit with exit 2 and the reason', async () => {
    const dir = scratch('docparse-redos-x-');
    const r = await docparse(['extract', join(src, 'in', 'evil.pdf'), '--templates', join(src, 'tpl')], { cwd: dir, timeout: 60_000, env: { DOCPARSE_PAGE_TIMEOUT: '5s' } });
    expect(r.exitCode, String(r.stderr)).toBe(2);
    expect(String(r.stderr)).toMatch(/timeout: the templates took longer than 5 s/);
    const ok = await docparse(['extract', join(src, 'in', 'good.pdf'), '--templates', join(src, 'tpl')], { cwd: dir, timeout: 60_000, env: { DOCPARSE_PAGE_TIMEOUT: '5s' } });
    expect(ok.exitCode, String(ok.stderr)).toBe(0);
    expect(JSON.parse(String(ok.stdout))).toMatchObject({ templateId: 'good', invoiceNumber: { value: 'GD-7' } });
  }, 150_000);
});
