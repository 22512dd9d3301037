/**
 * File names as hostile input, through the real CLI: terminal escape codes in a name never reach
 * the terminal (they would clear the screen or set the window title).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { scratch } from './support.js';

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
