import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { makeOwnerId, runProcessGone, runStaleMs } from '../../src/owner.js';

describe('runProcessGone: a run whose process died before closing it', () => {
  const now = 10_000_000;
  const stale = runStaleMs(60_000);
  const fresh = now - 1_000;
  const silent = now - stale - 1;
  // A pid that was this machine's a moment ago and is gone now.
  const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;

  it('a dead pid on this machine: gone at once; a live one: not, while it says it is alive', () => {
    expect(runProcessGone({ finishedAt: null, owner: `${hostname()}:${deadPid}:abcd1234`, heartbeatAt: fresh }, now, stale)).toBe(true);
    expect(runProcessGone({ finishedAt: null, owner: makeOwnerId('abcd1234'), heartbeatAt: fresh }, now, stale)).toBe(false);
  });

  it('another machine\'s run: gone once silent for longer than a live one ever is', () => {
    expect(runProcessGone({ finishedAt: null, owner: 'elsewhere.example:4242:abcd1234', heartbeatAt: fresh }, now, stale)).toBe(false);
    expect(runProcessGone({ finishedAt: null, owner: 'elsewhere.example:4242:abcd1234', heartbeatAt: silent }, now, stale)).toBe(true);
  });

  it('a finished run, and a run that records no owner (a worker\'s, a retry\'s: they send no heartbeat), are never gone', () => {
    expect(runProcessGone({ finishedAt: now - 5, owner: `${hostname()}:${deadPid}:abcd1234`, heartbeatAt: silent }, now, stale)).toBe(false);
    // Its heartbeat is only its start: a worker running for an hour is not dead.
    expect(runProcessGone({ finishedAt: null, owner: null, heartbeatAt: now - 3_600_000 }, now, stale)).toBe(false);
  });
});
