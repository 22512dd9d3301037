/**
 * What an out-of-disk, read-only or permission error tells the user to do names the thing that
 * could not be written: the ledger (--ledger) or the results folder (--out), not both.
 */
import { describe, expect, it } from 'vitest';
import { environmentError, ExitCode } from '../../src/errors.js';

const sqlite = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('environmentError hints', () => {
  it('a read-only ledger: what to do about the ledger, not --out', () => {
    const e = environmentError(sqlite('SQLITE_READONLY', 'attempt to write a readonly database'), 'the ledger /srv/state/l.db', true)!;
    expect(e.exitCode).toBe(ExitCode.notWritable);
    expect(e.message).toMatch(/the ledger is read-only writing the ledger \/srv\/state\/l\.db/);
    expect(e.hint).toMatch(/make it writable \(the ledger file and its folder/);
    expect(e.hint).toMatch(/--ledger/);
    expect(e.hint).not.toMatch(/--out/);
  });

  it('a read-only ledger met during a run (no place named) still points at --ledger', () => {
    const e = environmentError(sqlite('SQLITE_READONLY_DIRECTORY', 'attempt to write a readonly database'))!;
    expect(e.hint).toMatch(/--ledger/);
    expect(e.hint).not.toMatch(/--out/);
  });

  it('the results folder: --out only; the ledger full: --ledger only; unknown: both', () => {
    const eacces = Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/srv/out/a.json' });
    expect(environmentError(eacces, 'a result to /srv/out')!.hint).toMatch(/choose another --out,/);
    expect(environmentError(sqlite('SQLITE_FULL', 'database or disk is full'), 'the ledger')!.hint).toMatch(/point --ledger at another\)/);
    const enospc = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    expect(environmentError(enospc)!.hint).toMatch(/--out \/ --ledger/);
  });
});
