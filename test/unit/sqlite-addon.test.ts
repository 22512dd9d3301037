/**
 * better-sqlite3's addon found for the bundled CLI (ledger/sqlite/addon.ts): at build/Release, or
 * wherever the `bindings` search from better-sqlite3's own folder finds it (the search cannot
 * start from a bundle). A layout of real files: the package's entry, its `bindings`, an addon file.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { addonPath } from '../../src/ledger/sqlite/addon.js';
import { tempDir } from '../helpers/fixtures.js';

const require = createRequire(import.meta.url);
/** A project whose node_modules holds a better-sqlite3 with its addon at `addonAt` (or none), and its `bindings`. */
function project(addonAt: string | null): { from: string; root: string } {
  const dir = tempDir('docparse-addon-');
  const root = join(dir, 'node_modules', 'better-sqlite3');
  mkdirSync(join(root, 'lib'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'better-sqlite3', main: 'lib/index.js' }));
  writeFileSync(join(root, 'lib', 'index.js'), 'module.exports = {};\n');
  for (const pkg of ['bindings', 'file-uri-to-path']) cpSync(dirname(require.resolve(`${pkg}/package.json`, { paths: [dirname(require.resolve('better-sqlite3'))] })), join(dir, 'node_modules', pkg), { recursive: true });
  if (addonAt) {
    mkdirSync(join(root, dirname(addonAt)), { recursive: true });
    writeFileSync(join(root, addonAt), '');
  }
  mkdirSync(join(dir, 'dist'));
  return { from: pathToFileURL(join(dir, 'dist', 'x.js')).href, root };
}

describe('better-sqlite3 addon path', () => {
  it('is the installed one here (build/Release)', () => {
    expect(addonPath().nativeBinding).toBe(join(dirname(dirname(require.resolve('better-sqlite3'))), 'build', 'Release', 'better_sqlite3.node'));
  });

  it('is found where bindings looks when it is not in build/Release, and left to better-sqlite3 when nowhere', () => {
    const release = project('build/Release/better_sqlite3.node');
    expect(addonPath(release.from).nativeBinding).toBe(join(release.root, 'build', 'Release', 'better_sqlite3.node'));
    const debug = project('build/Debug/better_sqlite3.node');
    expect(addonPath(debug.from).nativeBinding).toBe(join(debug.root, 'build', 'Debug', 'better_sqlite3.node'));
    expect(addonPath(project(null).from)).toEqual({});
  });
});
