/**
 * Everyday use found wanting in session 13's QA (S13-QA), each through the real CLI: what a
 * bookkeeper, a cron job and a CI pipeline saw, and now see.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoicePdf } from '../helpers/fixtures.js';

describe('--out and --ledger under a folder that is not there', () => {
  it('a dangling symlink (a share not mounted) or a file in the path is a usage error naming it, not an unexpected error', async () => {
    const dir = tempDir('docparse-qa13-dirs-');
    await writeInvoicePdf(join(dir, 'inbox', 'a.pdf'), { number: 'QA-1' });
    symlinkSync(join(dir, 'not-mounted'), join(dir, 'nas'));
    writeFileSync(join(dir, 'plain'), 'x');
    const text = ['--extractor', 'text', '-q'];
    const ledger = await docparse(['submit', 'inbox', ...text, '--ledger', 'nas/l.db', '--out', 'out'], { cwd: dir });
    expect(ledger.exitCode).toBe(1);
    expect(String(ledger.stderr)).toMatch(/nas is a symlink to \S*not-mounted, which does not exist/);
    expect(String(ledger.stderr)).not.toMatch(/unexpected error/);
    const out = await docparse(['submit', 'inbox', ...text, '--ledger', 'l.db', '--out', 'nas/out'], { cwd: dir });
    expect(out.exitCode).toBe(1);
    expect(String(out.stderr)).toMatch(/nas\/out cannot be made: \S*nas is a symlink/);
    const file = await docparse(['submit', 'inbox', ...text, '--ledger', 'l.db', '--out', 'plain/out'], { cwd: dir });
    expect(file.exitCode).toBe(1);
    expect(String(file.stderr)).toMatch(/plain is a file, not a folder/);
    // Where the folder can be made, it is, however deep.
    mkdirSync(join(dir, 'not-mounted'));
    const fine = await docparse(['submit', 'inbox', ...text, '--ledger', 'nas/deep/l.db', '--out', 'nas/a/b/out'], { cwd: dir });
    expect(fine.exitCode).toBe(0);
  });
});

describe('a rerun over a folder holding one content under two names', () => {
  it('counts jobs done before as jobs: skipped never exceeds total, and the line says as many as completed', async () => {
    const dir = tempDir('docparse-qa13-skip-');
    const inbox = join(dir, 'drop');
    await writeInvoicePdf(join(inbox, 'a.pdf'), { number: 'QA-A' });
    copyFileSync(join(inbox, 'a.pdf'), join(inbox, 'a copy.pdf'));
    await writeInvoicePdf(join(inbox, 'c.pdf'), { number: 'QA-C' });
    const base = ['--extractor', 'text', '--ledger', 'l.db', '--out', 'out'];
    expect((await docparse(['submit', 'drop', ...base, '-q'], { cwd: dir })).exitCode).toBe(0);
    await writeInvoicePdf(join(inbox, 'd.pdf'), { number: 'QA-D' });
    const again = await docparse(['submit', 'drop', ...base, '--json'], { cwd: dir });
    expect(again.exitCode).toBe(0);
    const jobs = JSON.parse(String(again.stdout)).jobs;
    expect(jobs).toMatchObject({ total: 3, new: 1, existing: 2, skipped: 2, processed: 1 });
    const text = await docparse(['submit', 'drop', ...base], { cwd: dir });
    expect(String(text.stderr)).toMatch(/4 files, 3 completed \(3 already done\)/);
  });
});
