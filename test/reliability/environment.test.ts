/**
 * The machine as hostile input: out of disk on --out and on the ledger, a read-only ledger, a folder docparse may
 * not create. Each ends with its own exit code (8 out of disk, 9 not writable) and a message that
 * says what to do, never `unexpected error`; nothing finished is lost (the next run writes it).
 *
 * Out of disk is a real full file system: a 256 KB tmpfs, mounted here (the tests run as root).
 * Where mounting is not allowed, the same error is injected into the real CLI by a preload that
 * makes writes into --out fail with ENOSPC. Permission tests run the CLI as an unprivileged user
 * (setpriv), or are skipped with the reason when that cannot be done.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { BIN, docparse } from '../helpers/cli.js';
import { readLedger } from '../helpers/ledger.js';
import { invoiceLines, scratch, unprivilegedRunner, UNPRIVILEGED, writePdf } from './support.js';

const mounted: string[] = [];
afterAll(() => {
  for (const m of mounted.splice(0)) execaSync('umount', [m], { reject: false });
});

/** A small tmpfs at `dir`, or null when this environment does not allow mounting. */
function tmpfs(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  const r = execaSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { reject: false });
  if (r.exitCode !== 0) return false;
  mounted.push(dir);
  return true;
}

const results = (out: string) => (existsSync(out) ? readdirSync(out).filter((n) => n.endsWith('.json') && n !== 'summary.json' && n !== 'failures.json') : []);

describe('out of disk space on --out', () => {
  it('exit 8 with what to do; after space is freed, the same command writes every result and the reports', async () => {
    const dir = scratch('docparse-env-full-');
    for (let i = 1; i <= 6; i++) await writePdf(join(dir, 'in', `inv-${i}.pdf`), invoiceLines(`INV-FULL-${i}`));
    const out = join(dir, 'disk', 'out');
    const real = tmpfs(join(dir, 'disk'), '256k');
    let env: Record<string, string> = {};
    if (real) {
      // Leave room for a folder and a result or two, not for six.
      mkdirSync(out);
      const free = Number(execaSync('df', ['--output=avail', '-B1', join(dir, 'disk')]).stdout.trim().split('\n')[1]);
      writeFileSync(join(dir, 'disk', 'pad'), Buffer.alloc(Math.max(0, free - 8 * 1024)));
    } else {
      const inject = join(dir, 'enospc.mjs');
      writeFileSync(
        inject,
        `import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';
const out = ${JSON.stringify(out)}, marker = ${JSON.stringify(join(dir, 'full'))};
const open = fs.openSync;
fs.openSync = (p, ...a) => { if (String(p).startsWith(out + '/') && fs.existsSync(marker)) throw Object.assign(new Error('ENOSPC: no space left on device, open'), { code: 'ENOSPC', path: String(p) }); return open(p, ...a); };
syncBuiltinESMExports();\n`,
      );
      writeFileSync(join(dir, 'full'), '');
      env = { NODE_OPTIONS: `--import ${inject}` };
      console.info('mount not allowed here: ENOSPC injected by a preload instead of a full tmpfs');
    }
    const args = ['submit', join(dir, 'in'), '--ledger', join(dir, 'l.db'), '--out', out, '--extractor', 'text', '-q'];
    const r = await docparse(args, { cwd: dir, env });
    expect(r.exitCode, String(r.stderr)).toBe(8);
    // What hit the full disk first (a result file, results.csv ...) is named, in --out.
    expect(String(r.stderr)).toMatch(new RegExp(`docparse: out of disk space writing [^\\n]*${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    expect(String(r.stderr)).toMatch(/Free space on that disk .* run the same command again/);
    expect(String(r.stderr)).not.toMatch(/unexpected error/);
    expect(results(out).length).toBeLessThan(6);
    const completed = readLedger(join(dir, 'l.db'), (db) => (db.prepare(`SELECT count(*) AS n FROM jobs WHERE status = 'completed'`).get() as { n: number }).n);
    expect(completed).toBeGreaterThan(0);

    if (real) rmSync(join(dir, 'disk', 'pad'));
    else rmSync(join(dir, 'full'));
    const again = await docparse([...args, '--json'], { cwd: dir, env });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect(results(out)).toHaveLength(6);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).byState.completed).toBe(6);
  }, 120_000);
});

describe('out of disk space on the ledger while registering', () => {
  const probe = scratch('docparse-env-probe-');
  const canMount = tmpfs(join(probe, 'm'), '64k');
  it.skipIf(!canMount)(`exit 8 before any job runs, with summary.json and the failures report written; after space is freed, the same command does it all${canMount ? '' : ' [skipped: mounting a tmpfs is not allowed here, and SQLite writes cannot be failed from JavaScript]'}`, async () => {
    const dir = scratch('docparse-env-ledger-full-');
    await writePdf(join(dir, 'one.pdf'), invoiceLines('INV-REG'));
    const pdf = readFileSync(join(dir, 'one.pdf'));
    mkdirSync(join(dir, 'in'));
    // 300 documents of distinct content: registering them needs far more than the room left.
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, 'in', `inv-${i}.pdf`), Buffer.concat([pdf, Buffer.from(`\n% copy ${i}\n`)]));
    expect(tmpfs(join(dir, 'disk'), '8m')).toBe(true);
    const ledger = join(dir, 'disk', 'l.db');
    mkdirSync(join(dir, 'empty'));
    const first = await docparse(['submit', join(dir, 'empty'), '--ledger', ledger, '--out', join(dir, 'out0'), '-q'], { cwd: dir });
    expect(first.exitCode, String(first.stderr)).toBe(0);
    // Room for the run's record, not for its jobs.
    const free = Number(execaSync('df', ['--output=avail', '-B1', join(dir, 'disk')]).stdout.trim().split('\n')[1]);
    writeFileSync(join(dir, 'disk', 'pad'), Buffer.alloc(Math.max(0, free - 128 * 1024)));

    const out = join(dir, 'out');
    const args = ['submit', join(dir, 'in'), '--ledger', ledger, '--out', out, '--extractor', 'text', '-q'];
    const r = await docparse(args, { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(8);
    expect(String(r.stderr)).toContain(`docparse: out of disk space writing the ledger ${ledger}`);
    expect(String(r.stderr)).not.toMatch(/unexpected error/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ exitCode: 8, jobs: { total: 0, processed: 0 }, error: { message: `out of disk space writing the ledger ${ledger}` } });
    expect(summary.error.hint).toMatch(/Free space on that disk/);
    expect(summary.files.seen).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, 'failures.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(out, 'failures.csv'), 'utf8')).toMatch(/^path,jobId,fingerprint,errorClass/);
    expect(results(out)).toHaveLength(0);

    rmSync(join(dir, 'disk', 'pad'));
    const again = await docparse([...args, '--json'], { cwd: dir, timeout: 300_000 });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect(JSON.parse(String(again.stdout))).toMatchObject({ exitCode: 0, byState: { completed: 300 } });
    expect(results(out)).toHaveLength(300);
  }, 360_000);
});

describe('no permission to write', () => {
  const unpriv = unprivilegedRunner();
  const run = (dir: string, args: string[]) => {
    if ('reason' in unpriv) throw new Error(unpriv.reason);
    const [cmd, ...pre] = unpriv.wrap.length ? unpriv.wrap : [process.execPath];
    return execa(cmd, [...(unpriv.wrap.length ? [...pre, process.execPath, BIN] : [BIN]), ...args], { cwd: dir, reject: false, env: { NO_COLOR: '1', HOME: dir } });
  };
  const own = (p: string): void => {
    chownSync(p, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
    if (statSync(p).isDirectory()) for (const n of readdirSync(p)) own(join(p, n));
  };

  it.skipIf('reason' in unpriv)(`a read-only ledger: exit 9 saying so, the ledger unchanged${'reason' in unpriv ? ` [skipped: ${unpriv.reason}]` : ''}`, async () => {
    const dir = scratch('docparse-env-ro-');
    chmodSync(dir, 0o755);
    await writePdf(join(dir, 'in', 'a.pdf'), invoiceLines('INV-RO-1'));
    const first = await docparse(['submit', join(dir, 'in'), '--ledger', join(dir, 'state', 'l.db'), '--out', join(dir, 'out'), '--extractor', 'text', '-q'], { cwd: dir });
    expect(first.exitCode, String(first.stderr)).toBe(0);
    await writePdf(join(dir, 'in', 'b.pdf'), invoiceLines('INV-RO-2'));
    own(dir);
    // The ledger and its folder read-only for the user running docparse.
    for (const n of readdirSync(join(dir, 'state'))) chmodSync(join(dir, 'state', n), 0o444);
    chmodSync(join(dir, 'state'), 0o555);
    const before = readFileSync(join(dir, 'state', 'l.db'));
    const r = await run(dir, ['submit', 'in', '--ledger', 'state/l.db', '--out', 'out', '--extractor', 'text', '-q']);
    expect(r.exitCode, String(r.stderr)).toBe(9);
    expect(String(r.stderr)).toMatch(/docparse: (the ledger is read-only|permission denied) writing the ledger/);
    expect(String(r.stderr)).toMatch(/make it writable|write access/);
    // What to do about the ledger: --out has nothing to do with it.
    expect(String(r.stderr)).toMatch(/--ledger/);
    expect(String(r.stderr)).not.toMatch(/--out/);
    // Refused at start-up: the hint says what to do, not "finished results are kept in the ledger".
    expect(String(r.stderr)).toMatch(/then run the same command again \(nothing was done: no file was read, no result written\)\.$/);
    expect(String(r.stderr)).not.toMatch(/unexpected error/);
    expect(readFileSync(join(dir, 'state', 'l.db')).equals(before)).toBe(true);
  });

  it.skipIf('reason' in unpriv)(`--out in a folder docparse may not write: exit 9 naming it${'reason' in unpriv ? ` [skipped: ${unpriv.reason}]` : ''}`, async () => {
    const dir = scratch('docparse-env-eacces-');
    chmodSync(dir, 0o755);
    await writePdf(join(dir, 'in', 'a.pdf'), invoiceLines('INV-EACCES'));
    own(join(dir, 'in'));
    mkdirSync(join(dir, 'state'));
    own(join(dir, 'state'));
    mkdirSync(join(dir, 'locked'), { mode: 0o755 }); // root's: the unprivileged user cannot create in it
    const r = await run(dir, ['submit', 'in', '--ledger', 'state/l.db', '--out', 'locked/out', '--extractor', 'text', '-q']);
    expect(r.exitCode, String(r.stderr)).toBe(9);
    expect(String(r.stderr)).toMatch(/docparse: permission denied.*locked\/out/);
    expect(String(r.stderr)).not.toMatch(/unexpected error/);
  });
});
