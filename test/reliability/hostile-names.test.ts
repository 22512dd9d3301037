/**
 * File names as hostile input, through the real CLI: terminal escape codes in a name never reach
 * the terminal (they would clear the screen or set the window title); long non-ASCII names fit;
 * names that are not UTF-8 fail alone and say why.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { invoiceLines, scratch, writePdf } from './support.js';

/** Any control character but newline (and the tab that separates nothing here). */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('terminal escape codes in file names', () => {
  it('are written escaped by submit, jobs and status (text and --json), never raw', async () => {
    const dir = scratch('docparse-names-esc-');
    const inv = join(dir, 'in');
    mkdirSync(inv);
    const name = 'evil\x1b]0;pwned\x07\x1b[2J\x9b31m.pdf';
    writeFileSync(join(inv, name), 'not a pdf at all');
    const ledger = join(dir, 'l.db');
    const runs = [
      await docparse(['submit', inv, '--ledger', ledger, '--out', join(dir, 'out')], { cwd: dir }),
      await docparse(['jobs', '--ledger', ledger], { cwd: dir }),
      await docparse(['jobs', '--ledger', ledger, '--json'], { cwd: dir }),
      await docparse(['status', join(inv, name), '--ledger', ledger], { cwd: dir }),
      await docparse(['extract', join(inv, name)], { cwd: dir }),
    ];
    expect(runs[0].exitCode).toBe(2);
    for (const r of runs) {
      const all = String(r.stdout) + String(r.stderr);
      expect(all, r.command).toContain('evil\\u001b]0;pwned\\u0007\\u001b[2J');
      expect(RAW_CONTROL.test(all), `${r.command} wrote a raw control character`).toBe(false);
    }
    // --json stays valid JSON, the name intact once parsed.
    const line = JSON.parse(String(runs[2].stdout).trim().split('\n')[0]);
    expect(line.fileName).toBe(name);
  });
});

describe('file names of any bytes and length', () => {
  it('long CJK names: results cut by bytes at a character boundary, unique, under 255 bytes; a rerun is a no-op', async () => {
    const dir = scratch('docparse-names-long-');
    const inv = join(dir, 'in');
    const a = '請'.repeat(73) + '.pdf'; // 223 bytes: over 255 once the result suffix is added
    const b = '請'.repeat(70) + '求書'.repeat(5) + '.pdf'; // shares a's first 70 characters, other content
    await writePdf(join(inv, a), invoiceLines('INV-CJK-A'));
    await writePdf(join(inv, b), invoiceLines('INV-CJK-B'));
    const args = ['submit', inv, '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out'), '--extractor', 'text', '-q'];
    const r = await docparse(args, { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const results = readdirSync(join(dir, 'out')).filter((n) => n.endsWith('.json') && !['summary.json', 'failures.json'].includes(n));
    expect(results).toHaveLength(2);
    for (const n of results) {
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
      expect(n).not.toContain('\ufffd');
      expect(n.startsWith('請'.repeat(60))).toBe(true);
    }
    const again = await docparse([...args, '--json'], { cwd: dir });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect(JSON.parse(String(again.stdout)).jobs.skipped).toBe(2);
  });

  it('a name that is not UTF-8 (Latin-1 bytes) fails alone with the name shown escaped and what to do', async () => {
    const dir = scratch('docparse-names-latin1-');
    const inv = join(dir, 'in');
    await writePdf(join(inv, 'good.pdf'), invoiceLines('INV-OK'));
    copyFileSync(join(inv, 'good.pdf'), Buffer.from(`${inv}/caf\xe9.pdf`, 'latin1'));
    const r = await docparse(['submit', inv, '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out'), '--extractor', 'text', '-q'], { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(2);
    const failures = JSON.parse(readFileSync(join(dir, 'out', 'failures.json'), 'utf8'));
    expect(failures).toHaveLength(1);
    expect(failures[0].path).toBe(join(inv, 'caf\\xe9.pdf'));
    expect(failures[0]).toMatchObject({ errorClass: 'unreadable', retryable: false });
    expect(failures[0].message).toMatch(/not valid UTF-8/);
    expect(failures[0].hint).toMatch(/Rename the file/);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')).byState.completed).toBe(1);
  });

});
