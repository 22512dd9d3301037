/**
 * Where better-sqlite3's compiled addon is, for `new Database(path, { nativeBinding })`. Given
 * the path, better-sqlite3 skips the `bindings` package's search (a stack-trace walk to find its
 * own folder, then a few failed requires of other build folders); that search also cannot work
 * once better-sqlite3's JavaScript is bundled into the CLI (scripts/bundle.mjs), since its
 * caller is then a bundle file outside node_modules. Where a build put the addon elsewhere, no
 * path is given and that search runs as before.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function addonPath(): { nativeBinding?: string } {
  const addon = require.resolve('better-sqlite3').replace(/lib[\\/]index\.js$/, 'build/Release/better_sqlite3.node');
  return existsSync(addon) ? { nativeBinding: addon } : {};
}
