/**
 * Everyday use found wanting in session 13's QA (S13-QA), each through the real CLI: what a
 * bookkeeper, a cron job and a CI pipeline saw, and now see.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
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
