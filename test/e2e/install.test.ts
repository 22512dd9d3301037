/**
 * docparse installed outside its checkout: `npm pack` makes the tarball a user would copy to
 * another machine, it is installed into a temporary project, and the README's cron line runs
 * from a third folder with that installation's `docparse` on PATH.
 *
 * No registry is needed: the temporary project gets a lockfile pinning docparse's dependencies
 * to this checkout's package-lock.json (the versions the suite tests), so npm resolves nothing
 * and takes every tarball from its cache, which the checkout's own `npm install` filled. Only
 * when that cache lacks a tarball (someone ran `npm cache clean`) does the install fall back to
 * the registry, and says so. better-sqlite3's install script runs as it does for a user; it is
 * handed the binding this checkout already compiled through prebuild-install's documented
 * local-prebuilds setting, so the test does not spend a minute compiling SQLite a second time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures', 'invoices');

interface LockEntry {
  version?: string;
  dev?: boolean;
  [k: string]: unknown;
}

/** A consumer project whose lockfile installs `tarball` with the checkout's locked dependency tree. */
function writeConsumerProject(dir: string, tarball: string): void {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const self = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const spec = `file:${tarball}`;
  const packages: Record<string, LockEntry> = {
    '': { name: 'invoices', dependencies: { docparse: spec } },
    'node_modules/docparse': { version: String(self.version), resolved: spec, dependencies: self.dependencies, bin: self.bin, engines: self.engines, license: self.license },
  };
  // Runtime dependencies only: npm leaves devDependencies out of an installed package too.
  for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev) packages[path] = entry;
  // allowScripts as the README advises: SQLite's binding is built, tesseract.js's thank-you note is not needed.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'invoices', private: true, dependencies: { docparse: spec }, allowScripts: { 'better-sqlite3': true, 'tesseract.js': false } }, null, 2));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name: 'invoices', lockfileVersion: 3, requires: true, packages }, null, 2));
}

/** prebuild-install's local prebuild: the checkout's compiled binding, named as its download would be. */
async function localPrebuild(dir: string): Promise<Record<string, string>> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/better-sqlite3/package.json'), 'utf8')) as { version: string };
  const binding = join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  if (!existsSync(binding)) return {};
  const name = `better-sqlite3-v${pkg.version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  await execa('tar', ['czf', join(dir, name), '-C', join(ROOT, 'node_modules/better-sqlite3'), 'build/Release/better_sqlite3.node']);
  // prebuild-install's per-package local-prebuilds folder, read from the environment (npm warns that
  // it does not know the name, and passes it to the install script all the same).
  return { npm_config_better_sqlite3_local_prebuilds: dir };
}

// The installation weighs a few hundred MB (OCR data, canvas): it does not stay in /tmp.
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('docparse installed from a packed tarball, outside the checkout', () => {
  it('packs, installs into a temporary project without the registry, and runs the cron line from another folder', async () => {
    const base = tempDir('docparse-install-');
    made.push(base);
    const packDir = join(base, 'pack');
    const project = join(base, 'project');
    const prebuilds = join(base, 'prebuilds');
    const srv = join(base, 'srv', 'invoices');
    for (const d of [packDir, project, prebuilds, join(srv, 'inbox')]) mkdirSync(d, { recursive: true });

    // dist/ is already built (`npm test` builds first); --ignore-scripts keeps `prepare` from rebuilding it under running tests.
    const packed = await execa('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: ROOT });
    const info = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = info[0].files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/docparse.cjs', 'bin/docparse.js', 'dist/cli/main.js', 'dist/cli/bundle/main.js', 'dist/cli/lean-answer.cjs', 'dist/ledger/sqlite/migrations/0001_init.sql', 'dist/ledger/postgres/migrations/0001_init.sql', 'README.md', 'package.json']));
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('src/cli/') || f.startsWith('fixtures/'))).toBe(false);
    const tarball = join(packDir, info[0].filename);

    writeConsumerProject(project, tarball);
    const env = { ...process.env, ...(await localPrebuild(prebuilds)), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    let install = await execa('npm', ['install', '--offline'], { cwd: project, env, reject: false });
    if (install.exitCode !== 0 && /ENOTCACHED/.test(install.stderr)) {
      console.warn('install.test: npm cache lacks a locked tarball; installing with the registry (--prefer-offline)');
      install = await execa('npm', ['install', '--prefer-offline'], { cwd: project, env, reject: false });
    }
    expect(install.exitCode, install.stderr).toBe(0);
    const bin = join(project, 'node_modules', '.bin');
    expect(existsSync(join(bin, 'docparse'))).toBe(true);

    // The README's cron line, from a folder that is neither the checkout nor the installation,
    // with the installation's bin folder on PATH (as a global install puts `docparse` there).
    cpSync(join(FIXTURES, 'en-us-quarry-lane-software.pdf'), join(srv, 'inbox', 'quarry-lane.pdf'));
    // A small scan (a till receipt): its OCR proves the same as a page's, in a fraction of the time.
    cpSync(join(ROOT, 'fixtures', 'extraction', 'receipt-till.png'), join(srv, 'inbox', 'till-scan.png'));
    const cronEnv = { PATH: `${bin}${delimiter}${process.env.PATH}`, HOME: base, NO_COLOR: '1' };
    const run = await execa('sh', ['-c', 'cd "$SRV" && docparse submit inbox/ -q'], { env: { ...cronEnv, SRV: srv }, extendEnv: false, reject: false });
    // -q and exit 0: nothing printed (cron mails no one); the summary says what was done.
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(srv, 'docparse-out', 'summary.json'), 'utf8')).byState.completed).toBe(2);
    const out = join(srv, 'docparse-out');
    const results = readdirSync(out).filter((f) => f.endsWith('.json') && f !== 'summary.json' && f !== 'failures.json');
    expect(results).toHaveLength(2);
    // The scan was OCR'd: tesseract.js and its language data were found inside the installation.
    const scan = JSON.parse(readFileSync(join(out, results.find((f) => f.startsWith('till-scan'))!), 'utf8'));
    expect(scan.result.pages[0].source).toBe('ocr');
    expect(scan.result.total?.value).toBeGreaterThan(0);
    expect(existsSync(join(srv, '.docparse', 'ledger.db'))).toBe(true);

    // The rerun cron makes every few minutes: nothing to do, nothing printed (no mail from cron).
    const again = await execa('sh', ['-c', 'cd "$SRV" && docparse submit inbox/ -q'], { env: { ...cronEnv, SRV: srv }, extendEnv: false, reject: false });
    expect(again.exitCode).toBe(0);
    expect(again.stdout + again.stderr).toBe('');

    // `status` of a file it processed, through the installed launcher and its CommonJS status
    // bundle (which finds better-sqlite3 and the migrations inside the installation), text and --json.
    const status = await execa('sh', ['-c', 'cd "$SRV" && docparse status inbox/quarry-lane.pdf --json'], { env: { ...cronEnv, SRV: srv }, extendEnv: false, reject: false });
    expect(status.exitCode, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ status: 'completed', fileName: 'quarry-lane.pdf', paused: false });
    const text = await execa('sh', ['-c', 'cd "$SRV" && docparse status job_nothing'], { env: { ...cronEnv, SRV: srv }, extendEnv: false, reject: false });
    expect([text.exitCode, text.stdout, text.stderr.split('\n')[0]]).toEqual([4, '', `docparse: no job matches "job_nothing" in sqlite:${join(srv, '.docparse', 'ledger.db')}`]);

    // npx inside the project finds the installed bin without asking the registry.
    const npx = await execa('npx', ['--offline', 'docparse', '--version'], { cwd: project, reject: false });
    expect(npx.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  }, 300_000);
});
