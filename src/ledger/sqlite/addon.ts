/**
 * Where better-sqlite3's compiled addon is, for `new Database(path, { nativeBinding })`. Without
 * it better-sqlite3 asks the `bindings` package, which finds the addon from its caller's folder
 * (a stack-trace walk, then a few failed requires of other build folders): once better-sqlite3's
 * JavaScript is bundled into the CLI (scripts/bundle.mjs), that caller is a bundle file outside
 * node_modules, so the search is made here, from better-sqlite3's own folder. The usual place
 * (build/Release, where its install puts it) is looked at first, without the search.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** `from`: the module whose better-sqlite3 is meant (this one's; a test gives another). */
export function addonPath(from: string = import.meta.url): { nativeBinding?: string } {
  try {
    const main = createRequire(from).resolve('better-sqlite3');
    const root = dirname(dirname(main)); // <root>/lib/index.js
    const addon = join(root, 'build', 'Release', 'better_sqlite3.node');
    if (existsSync(addon)) return { nativeBinding: addon };
    // Elsewhere (a debug build, a prebuilt's own folder): the search better-sqlite3 would make.
    const bindings = createRequire(main)('bindings') as (opts: { bindings: string; module_root: string; path: boolean }) => string;
    return { nativeBinding: bindings({ bindings: 'better_sqlite3.node', module_root: root, path: true }) };
  } catch {
    // Not found either way: better-sqlite3's own search runs, and its error says what it tried.
    return {};
  }
}
