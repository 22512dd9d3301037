// Bundles the lean `status <id>` path (dist/cli/lean-status.js and the modules it imports) into
// that one file, in place, after tsc (part of `npm run build`). Node then loads one module for it
// instead of ~30: resolving, reading and compiling each ESM module was most of what `status`
// spent beyond Node's own start. Every other command loads dist/ as tsc wrote it.
//
// What stays outside the bundle, imported from where tsc put it:
// - packages (node_modules: chalk, and better-sqlite3's native addon, required by its path) and
//   built-ins; better-sqlite3's own JavaScript is bundled (its dozen CommonJS files were a third
//   of what was left);
// - every dynamic import but the read-only reader's, which every status makes (the full ledger a
//   status falls back to, the failures report, chalk's colours): loaded only when needed, as
//   before, their paths rewritten relative to the bundle;
// - errors.js and terminal-safe.js, whose classes and output guard the rest of the CLI shares: one
//   copy of each in the process, so `instanceof DocparseError` holds across the boundary.
// A bundled module's `import.meta.url` is rewritten to its own file's URL, relative to the bundle,
// so files it finds beside itself (the SQLite migrations) are found. The bundle's inputs are
// written beside it (lean-status.modules.json) for the start-up test, which checks what loads.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = resolve(ROOT, 'dist/cli/lean-status.js');
const OUT_DIR = dirname(ENTRY);
const SHARED = new Set(['dist/errors.js', 'dist/cli/terminal-safe.js'].map((p) => resolve(ROOT, p)));
/** The one dynamic import every status makes: the read-only reader (ledger/open.ts). */
const INLINED = new Set(['dist/ledger/sqlite/reader.js'].map((p) => resolve(ROOT, p)));

/** A path relative to the bundle's folder, as an import specifier. */
const fromBundle = (abs) => {
  const rel = relative(OUT_DIR, abs).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

const leanOnly = {
  name: 'lean-only',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const spec = args.path;
      if (spec === 'better-sqlite3') return undefined;
      if (spec.startsWith('node:') || !(spec.startsWith('.') || isAbsolute(spec))) return { path: spec, external: true };
      const abs = resolve(args.resolveDir, spec);
      if ((args.kind === 'dynamic-import' && !INLINED.has(abs)) || SHARED.has(abs)) return { path: fromBundle(abs), external: true };
      return undefined;
    });
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url') || args.path === ENTRY) return undefined;
      const own = `new URL(${JSON.stringify(fromBundle(args.path))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', own), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [ENTRY],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: ENTRY,
  allowOverwrite: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  // better-sqlite3's CommonJS requires its addon by path at run time (and `fs`, `path`, and
  // `bindings` when no addon path is given): a require of the bundle's own for those.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);" },
  plugins: [leanOnly],
});
const inputs = Object.keys(result.metafile.inputs).map((p) => relative(ROOT, resolve(ROOT, p)).split('\\').join('/')).sort();
writeFileSync(resolve(OUT_DIR, 'lean-status.modules.json'), JSON.stringify(inputs, null, 1) + '\n');
