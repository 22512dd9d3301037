import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { sweepStaleTemps, writeFileAtomic } from '../../src/report/atomic.js';
import { tempDir } from '../helpers/fixtures.js';

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temp file behind', () => {
    const dir = tempDir('docparse-atomic-');
    const file = join(dir, 'r.json');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, 'new', { syncDir: false });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  it('sweeps the temp files of dead processes only', () => {
    const dir = tempDir('docparse-sweep-');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // exited: its pid is free
    const deadTemp = `.a.json.${dead}.0123abcd.tmp`;
    const ownTemp = `.b.json.${process.pid}.89abcdef.tmp`;
    for (const n of [deadTemp, ownTemp, 'keep.json', '.hidden.tmp', 'x.123.0123abcd.tmp']) writeFileSync(join(dir, n), 'x');
    expect(sweepStaleTemps(dir)).toBe(1);
    expect(existsSync(join(dir, deadTemp))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([ownTemp, '.hidden.tmp', 'keep.json', 'x.123.0123abcd.tmp'].sort());
    expect(sweepStaleTemps(join(dir, 'missing'))).toBe(0);
  });
});
