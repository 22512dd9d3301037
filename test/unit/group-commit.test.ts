import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { GroupCommitWriter } from '../../src/report/group-commit.js';
import { sweepStaleTemps } from '../../src/report/atomic.js';
import { tempDir } from '../helpers/fixtures.js';

describe('grouped atomic writes', () => {
  it('puts every file in place whole, replaces old versions, and leaves no temp file', async () => {
    const dir = tempDir('docparse-group-');
    writeFileSync(join(dir, 'f3.json'), 'old');
    const w = new GroupCommitWriter();
    const writes = Array.from({ length: 40 }, (_, i) => w.write(join(dir, `f${i}.json`), `content ${i}`));
    // The content is on disk under a temp name before the group is synced.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp')).length).toBe(40);
    await Promise.all(writes);
    await w.flush();
    expect(w.written).toBe(40);
    const names = readdirSync(dir).sort();
    expect(names).toEqual(Array.from({ length: 40 }, (_, i) => `f${i}.json`).sort());
    for (let i = 0; i < 40; i++) expect(readFileSync(join(dir, `f${i}.json`), 'utf8')).toBe(`content ${i}`);
  });

  it('writes that arrive while a group syncs form the next group; flush waits for all', async () => {
    const dir = tempDir('docparse-group-');
    const w = new GroupCommitWriter();
    const first = w.write(join(dir, 'a.json'), 'a');
    await Promise.resolve();
    const second = w.write(join(dir, 'sub', 'b.json'), 'b'); // a new folder is made
    await w.flush();
    await Promise.all([first, second]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('a');
    expect(readFileSync(join(dir, 'sub', 'b.json'), 'utf8')).toBe('b');
    await w.flush(); // nothing pending: returns at once
  });

  it('a file that cannot be put in place fails alone; the others land', async () => {
    const dir = tempDir('docparse-group-');
    const w = new GroupCommitWriter();
    // A folder where the file should go: the rename fails (EISDIR/EEXIST), the temp file is removed.
    mkdirSync(join(dir, 'taken.json', 'inside'), { recursive: true });
    const bad = w.write(join(dir, 'taken.json'), 'x');
    const good = w.write(join(dir, 'ok.json'), 'ok');
    await expect(bad).rejects.toThrow();
    await good;
    expect(readFileSync(join(dir, 'ok.json'), 'utf8')).toBe('ok');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('an unwritable folder rejects the write at once', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere; a path under a regular file fails for everyone
      const dir = tempDir('docparse-group-');
      writeFileSync(join(dir, 'file'), 'x');
      await expect(new GroupCommitWriter().write(join(dir, 'file', 'r.json'), 'x')).rejects.toThrow();
      return;
    }
    const dir = tempDir('docparse-group-');
    chmodSync(dir, 0o500);
    await expect(new GroupCommitWriter().write(join(dir, 'r.json'), 'x')).rejects.toThrow();
  });

  it('a process killed before its group is synced leaves only temp files, which a later sweep removes', () => {
    const dir = tempDir('docparse-group-kill-');
    const mod = resolve('dist/report/group-commit.js');
    // Writes, then dies in the same tick: the rename never happens.
    const script = `import { GroupCommitWriter } from ${JSON.stringify(mod)};
      const w = new GroupCommitWriter();
      for (let i = 0; i < 5; i++) w.write(${JSON.stringify(dir)} + '/r' + i + '.json', 'x');
      process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['--input-type=module', '-e', script]);
    const left = readdirSync(dir);
    expect(left.length).toBe(5);
    expect(left.every((n) => n.endsWith('.tmp'))).toBe(true);
    expect(sweepStaleTemps(dir)).toBe(5);
    expect(readdirSync(dir)).toEqual([]);
  });
});
