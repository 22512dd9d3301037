import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { openAtomicWriter, sweepStaleTemps, writeFileAtomic } from '../../src/report/atomic.js';
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
    const deadSpool = `.report.html.${dead}.4567cdef.spool`; // a review report's spool left by a kill
    const ownTemp = `.b.json.${process.pid}.89abcdef.tmp`;
    for (const n of [deadTemp, deadSpool, ownTemp, 'keep.json', '.hidden.tmp', 'x.123.0123abcd.tmp']) writeFileSync(join(dir, n), 'x');
    expect(sweepStaleTemps(dir)).toBe(2);
    expect(existsSync(join(dir, deadTemp))).toBe(false);
    expect(existsSync(join(dir, deadSpool))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([ownTemp, '.hidden.tmp', 'keep.json', 'x.123.0123abcd.tmp'].sort());
    expect(sweepStaleTemps(join(dir, 'missing'))).toBe(0);
  });

  it('unlessSame leaves a file holding the same bytes untouched, and writes one that differs', () => {
    const dir = tempDir('docparse-same-');
    const file = join(dir, 'f.json');
    writeFileAtomic(file, '[]\n');
    utimesSync(file, 1_000, 1_000); // an old mtime shows whether the file was replaced
    const ino = statSync(file).ino;
    writeFileAtomic(file, '[]\n', { unlessSame: true, sync: false });
    expect(statSync(file).mtimeMs).toBe(1_000_000);
    expect(statSync(file).ino).toBe(ino);
    writeFileAtomic(file, '[1]\n', { unlessSame: true, sync: false });
    expect(readFileSync(file, 'utf8')).toBe('[1]\n');
    writeFileAtomic(join(dir, 'new.json'), 'x', { unlessSame: true });
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('x');
    expect(readdirSync(dir).sort()).toEqual(['f.json', 'new.json']);
  });

  it('a writer committed without fsync still replaces the file whole', () => {
    const dir = tempDir('docparse-nosync-');
    const file = join(dir, 'results.csv');
    writeFileAtomic(file, 'old');
    const w = openAtomicWriter(file, { syncDir: false });
    w.write('a,b\n');
    w.write('1,2\n');
    expect(readFileSync(file, 'utf8')).toBe('old');
    w.commit({ sync: false });
    expect(readFileSync(file, 'utf8')).toBe('a,b\n1,2\n');
    expect(readdirSync(dir)).toEqual(['results.csv']);
  });

  it('sweeps from a listing taken earlier in the run', () => {
    const dir = tempDir('docparse-sweep-listed-');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const deadTemp = `.a.json.${dead}.0123abcd.tmp`;
    writeFileSync(join(dir, deadTemp), 'x');
    writeFileSync(join(dir, 'keep.json'), 'x');
    expect(sweepStaleTemps(dir, new Set(readdirSync(dir)))).toBe(1);
    expect(readdirSync(dir)).toEqual(['keep.json']);
  });
});
