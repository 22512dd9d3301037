/**
 * What a folder the walk could not read is reported as (src/files/scan.ts folderFailure), from the
 * real errors the file system gives.
 */
import { describe, expect, it } from 'vitest';
import { opendirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { folderFailure } from '../../src/files/scan.js';

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
  throw new Error('no error');
};

describe('a folder that could not be read', () => {
  it('removed while the run walked it: named, said so, and what to do', () => {
    const dir = join(tempDir('docparse-folder-gone-'), 'sub');
    rmSync(dir, { recursive: true, force: true });
    const f = folderFailure(dir, errorOf(() => opendirSync(dir)));
    expect(f).toMatchObject({ path: dir, errorClass: 'unreadable', folder: true });
    expect(f.message).toBe(`folder ${dir} was removed or renamed while the run walked it (ENOENT)`);
    expect(f.hint).toMatch(/submit it where it is now/);
  });

  it('without permission: names the folder and the chmod that fixes it (control: the message is not the bare "opendir" of Node)', () => {
    const err = Object.assign(new Error('EACCES: permission denied, opendir'), { code: 'EACCES' });
    const f = folderFailure('/srv/in/private', err);
    expect(f.message).toBe('folder /srv/in/private could not be read: permission denied (EACCES); none of its files were read');
    expect(f.hint).toContain("chmod u+rx '/srv/in/private'");
  });
});
