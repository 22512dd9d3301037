/**
 * `--move-done` / `--move-failed` never reach outside the folders given to that command: not
 * through a symlinked folder inside the drop folder (the original elsewhere stays, and the
 * failures report says why), and not to a job's first path when a worker watches another folder.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { invoiceLines, scratch, writePdf } from './support.js';

describe('moves stay inside the folders given', () => {
  it('a file reached through a symlinked folder is not moved; failures.json says why; the rest moves', async () => {
    const dir = scratch('docparse-moves-link-');
    await writePdf(join(dir, 'inbox', 'own.pdf'), invoiceLines('INV-OWN'));
    await writePdf(join(dir, 'elsewhere', 'theirs.pdf'), invoiceLines('INV-THEIRS'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'inbox', 'linked'));
    const r = await docparse(['submit', join(dir, 'inbox'), '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out'), '--extractor', 'text', '--move-done', join(dir, 'archive'), '-q'], { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    expect(existsSync(join(dir, 'elsewhere', 'theirs.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'inbox', 'own.pdf'))).toBe(false);
    expect(readdirSync(join(dir, 'archive'))).toEqual(['own.pdf']);
    const failures = JSON.parse(readFileSync(join(dir, 'out', 'failures.json'), 'utf8'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ path: join(dir, 'inbox', 'linked', 'theirs.pdf'), errorClass: 'move_refused', retryable: false });
    expect(failures[0].message).toBe(`its real path ${join(dir, 'elsewhere', 'theirs.pdf')} is outside the folders given (${join(dir, 'inbox')}); it was not moved`);
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));
    expect(summary.moved).toEqual({ done: 1, failed: 0, skipped: 1 });
    expect(summary.byState).toMatchObject({ completed: 2, failed: 0 });
  });

  it('`worker --once --watch drop/ --move-done archive/` moves the copy in drop/, never the same-content original in inbox/', async () => {
    const dir = scratch('docparse-moves-watch-');
    await writePdf(join(dir, 'inbox', 'inv.pdf'), invoiceLines('INV-WATCH'));
    const ledger = join(dir, 'l.db');
    const first = await docparse(['submit', join(dir, 'inbox'), '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '-q'], { cwd: dir });
    expect(first.exitCode, String(first.stderr)).toBe(0);
    mkdirSync(join(dir, 'drop'));
    copyFileSync(join(dir, 'inbox', 'inv.pdf'), join(dir, 'drop', 'copy.pdf'));
    const w = await docparse(['worker', '--once', '--watch', join(dir, 'drop'), '--settle', '200ms', '--ledger', ledger, '--out', join(dir, 'out2'), '--extractor', 'text', '--move-done', join(dir, 'archive'), '-q'], { cwd: dir, timeout: 60_000 });
    expect(w.exitCode, String(w.stderr)).toBe(0);
    expect(existsSync(join(dir, 'inbox', 'inv.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'drop', 'copy.pdf'))).toBe(false);
    expect(readdirSync(join(dir, 'archive'))).toEqual(['copy.pdf']);
  });
});
