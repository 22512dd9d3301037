/**
 * The launcher (bin/docparse.cjs) and the build's hygiene: the CLI bundle runs only when it is at
 * least as new as tsc's output (a `tsc`-only rebuild after a full build must run the fresh code, not
 * a stale bundle), and `npm run build` starts from an empty dist/ (a module removed from src/ does
 * not linger). Each case works on a copy of the built CLI, so the checkout's dist/ is never touched.
 */
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of the built CLI (bin, dist, package.json) with the checkout's node_modules linked in. */
function copyOfBuild(): string {
  const dir = tempDir('docparse-launcher-');
  for (const p of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const launch = (dir: string, args: string[]) => execa('node', [join(dir, 'bin/docparse.cjs'), ...args], { cwd: dir, reject: false, env: { NO_COLOR: '1', DOCPARSE_LAUNCH_DEBUG: '1' } });
const touch = (file: string, secondsFromNow: number) => {
  const t = new Date(Date.now() + secondsFromNow * 1000);
  utimesSync(file, t, t);
};

describe('launcher: which build of the CLI runs', () => {
  it('runs the bundle when it is as new as tsc output, and dist/cli/main.js when tsc ran after it', async () => {
    const dir = copyOfBuild();
    const bundle = join(dir, 'dist/cli/bundle/main.js');
    const main = join(dir, 'dist/cli/main.js');
    touch(main, -60);
    touch(bundle, -30);
    const fresh = await launch(dir, ['--version']);
    expect(fresh.exitCode).toBe(0);
    expect(fresh.stderr).toContain('docparse launcher: dist/cli/bundle/main.js');
    // tsc alone after the full build: main.js newer than the bundle.
    touch(main, 0);
    const stale = await launch(dir, ['--version']);
    expect(stale.exitCode).toBe(0);
    expect(stale.stdout.trim()).toBe(fresh.stdout.trim());
    expect(stale.stderr).toContain('docparse launcher: dist/cli/main.js');
    // Same time (npm pack gives every file one date): the bundle. One timestamp for both (two
    // Date.now() calls a millisecond apart would make main.js the newer).
    const same = new Date(Date.now() + 10_000);
    utimesSync(bundle, same, same);
    utimesSync(main, same, same);
    expect((await launch(dir, ['--version'])).stderr).toContain('dist/cli/bundle/main.js');
  });

  it('runs dist/cli/main.js when there is no bundle, and says how to build when there is no dist/', async () => {
    const dir = copyOfBuild();
    rmSync(join(dir, 'dist/cli/bundle'), { recursive: true });
    const r = await launch(dir, ['--version']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('docparse launcher: dist/cli/main.js');
    rmSync(join(dir, 'dist'), { recursive: true });
    const none = await launch(dir, ['list']);
    expect(none.exitCode).toBe(3);
    expect(none.stderr).toContain('run `npm install`');
  });
});

describe('build: starts from an empty dist/', () => {
  it('scripts/clean-dist.mjs removes what an earlier build left', async () => {
    const dir = tempDir('docparse-clean-');
    mkdirSync(join(dir, 'scripts'));
    cpSync(join(ROOT, 'scripts/clean-dist.mjs'), join(dir, 'scripts/clean-dist.mjs'));
    mkdirSync(join(dir, 'dist/old'), { recursive: true });
    writeFileSync(join(dir, 'dist/old/removed-module.js'), 'export {};\n');
    const r = await execa('node', [join(dir, 'scripts/clean-dist.mjs')], { cwd: dir, reject: false });
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    // Run twice (a fresh clone has no dist/): no error.
    expect((await execa('node', [join(dir, 'scripts/clean-dist.mjs')], { cwd: dir, reject: false })).exitCode).toBe(0);
  });
});

describe('launcher: node options before the CLI', () => {
  // A V8 option on node's command line is in process.execArgv, which the PDF threads inherit; a
  // thread given it explicitly refuses it (ERR_WORKER_INVALID_EXEC_ARGV), and every PDF failed.
  it('reads PDFs when node runs the CLI with a V8 option (--max-old-space-size)', async () => {
    const dir = tempDir('docparse-node-flags-');
    await writeInvoiceFolder(join(dir, 'in'), 2);
    const r = await execa('node', ['--max-old-space-size=2048', join(ROOT, 'bin/docparse.cjs'), 'submit', join(dir, 'in'), '--ledger', join(dir, 'ledger.db'), '--out', join(dir, 'out'), '--json'], { cwd: dir, reject: false, env: { NO_COLOR: '1' } });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    expect(JSON.parse(String(r.stdout)).byState.completed).toBe(2);
  }, 60_000);
});
