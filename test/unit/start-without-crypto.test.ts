/**
 * What a run uses instead of node:crypto at start (files/fingerprint.ts, ledger/ids.ts,
 * report/atomic.ts): the same settings digest, ids and temp names of the same form. That a rerun
 * of unchanged files loads no node:crypto is checked in test/e2e/startup.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { digestJson, stableStringify } from '../../src/files/fingerprint.js';
import { newId, randomChars } from '../../src/ledger/ids.js';
import { settingsKey } from '../../src/engine/idempotency.js';
import { sweepStaleTemps, tempPathFor } from '../../src/report/atomic.js';
import { tempDir } from '../helpers/fixtures.js';

const nodeDigest = (value: unknown) => createHash('sha256').update(stableStringify(value)).digest('hex');

describe('start-up without node:crypto', () => {
  it('digests JSON exactly as node:crypto SHA-256 does (settings keys of existing ledgers stay valid)', () => {
    const values: unknown[] = [
      null,
      '',
      { extractor: 'auto', ocrLang: 'eng', template: null, einvoice: 'prefer' },
      { b: [1, 2, { z: 'ü€𝄞', a: true }], a: 'x'.repeat(55) },
      'y'.repeat(64),
      'z'.repeat(1000),
    ];
    // Lengths across the 64-byte block boundaries, non-ASCII text and surrogate pairs included.
    for (let n = 0; n < 300; n++) values.push({ n, s: String.fromCodePoint(...Array.from({ length: n % 70 }, (_, i) => [0x41, 0xe9, 0x20ac, 0x1f600][(n + i) % 4] + (i % 7))) });
    for (const v of values) expect(digestJson(v)).toBe(nodeDigest(v));
    const settings = { extractor: 'noop', ocrLang: 'eng', template: null } as unknown as Parameters<typeof settingsKey>[0];
    expect(settingsKey(settings)).toBe(nodeDigest(settings).slice(0, 32));
  });

  it('makes ids of the same form, in creation order, apart across processes', () => {
    const ids = Array.from({ length: 2000 }, () => newId('job'));
    for (const id of ids) expect(id).toMatch(/^job_[0-9a-hjkmnp-tv-z]{19}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(randomChars(6)).toMatch(/^[0-9a-hjkmnp-tv-z]{6}$/);
    // Two processes started the same way draw different random parts (V8 seeds Math.random per process).
    const draw = () => String(spawnSync(process.execPath, ['-e', 'let s="";for(let i=0;i<8;i++)s+=Math.floor(Math.random()*32);console.log(s)']).stdout).trim();
    const a = draw();
    expect(a).not.toBe('');
    expect(draw()).not.toBe(a);
  });

  it('names temp files as the sweep recognises them', () => {
    const dir = tempDir('docparse-temp-name-');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const names = new Set(Array.from({ length: 200 }, () => basename(tempPathFor(join(dir, 'r.json')))));
    expect(names.size).toBe(200);
    for (const n of names) expect(n).toMatch(new RegExp(`^\\.r\\.json\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
    // A temp of a dead process, named the same way, is swept.
    const left = basename(tempPathFor(join(dir, 'r.json'))).replace(`.${process.pid}.`, `.${dead}.`);
    writeFileSync(join(dir, left), 'x');
    expect(sweepStaleTemps(dir)).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
