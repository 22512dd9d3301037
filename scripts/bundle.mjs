// Bundles the lean `status <id>` path, after tsc (part of `npm run build`), twice:
//
// 1. dist/cli/lean-answer.cjs, CommonJS: what the launcher (bin/docparse.cjs) requires for a plain
//    `status <jobId>` (cli/lean-answer.ts), so that answer never starts Node's ESM loader (~25-30 ms
//    before any code of an ES module runs). Everything it runs is inside it, its own copy of the
//    errors' classes and the output guard included: when it cannot answer alone it returns having
//    written nothing, and the ESM CLI below starts; no object crosses between the two. The build
//    fails if the bundle could load anything else of dist/ (an import() or a relative require).
//
// 2. dist/cli/lean-status.js (and the modules it imports) into that one file, in place: the same
//    command inside the ESM CLI (main.ts), for the forms the first declines. Node then loads one
//    module for it instead of ~30: resolving, reading and compiling each ESM module was most of
//    what `status` spent beyond Node's own start. It is not for `node dist/cli/main.js` alone
//    (the launcher runs that only after a tsc-only rebuild, which rewrites this file unbundled):
//    bundle 3 below is made from it, so the CLI bundle's status is this one chunk too. Without it
//    the launcher's ESM status (a form the CommonJS bundle declines) loaded 18 files of dist/ and
//    better-sqlite3's own CommonJS instead of 4 files, and `node dist/cli/main.js status` took
//    ~100 ms more (median 562 vs 458 ms of 21 alternating runs, load 9; measured 2026-12-06).
//
// What stays outside the ESM bundle, imported from where tsc put it:
// - packages (node_modules: chalk, and better-sqlite3's native addon, required by its path) and
//   built-ins; better-sqlite3's own JavaScript is bundled (its dozen CommonJS files were a third
//   of what was left);
// - every dynamic import but the read-only reader's, which every status makes (the full ledger a
//   status falls back to, the failures report, chalk's colours): loaded only when needed, as
//   before, their paths rewritten relative to the bundle;
// - errors.js and terminal-safe.js, whose classes and output guard the rest of the CLI shares: one
//   copy of each in the process, so `instanceof DocparseError` holds across the boundary.
// The CommonJS bundle holds chalk's colours too (loaded when colour is on), and nothing else of
// node_modules but better-sqlite3's addon and what its JavaScript requires by name.
//
// 3. dist/cli/main.js and every module of ours it imports, statically or not, into dist/cli/bundle/
//    (main.js there and its chunks, esbuild's code splitting), which the launcher imports when it
//    exists: a `submit` loaded ~90 modules of dist/, each resolved, read and compiled by the ESM
//    loader (~20-35 ms of a no-op rerun); it loads ~36 chunks. The packages every run loads
//    (CLI_BUNDLED: commander, better-sqlite3's JavaScript, csv-stringify, p-limit and its queue,
//    @noble/hashes' SHA-256) are bundled too, in the chunks that use them: ~35 files of
//    node_modules a no-op rerun resolved, read and compiled one by one (CommonJS ones scanned by
//    the ESM loader's export lexer besides), 194 -> 185 ms a no-op rerun of 2,000 files (README
//    Benchmark). Other packages stay imports (a whole-program bundle hoisted every package import
//    to the top), and a dynamic `import()` stays one, of a package or of a chunk, so the readers,
//    OCR, xlsx, progress bars, the PostgreSQL driver and each command still load only when
//    needed. better-sqlite3 is given its addon's path (ledger/sqlite/addon.ts): the `bindings`
//    search it would make cannot find it from a bundle. Nothing of dist/ outside it is
//    imported (the build fails if it could be): one copy of the errors' classes in the process.
//    The worker threads' scripts (dist/extract/*-thread.js) are started by path and load dist/ as
//    tsc wrote it, in their own threads; dist/cli/main.js stays as it was for whoever imports it.
// A bundled module's `import.meta.url` is rewritten to its own file's URL, relative to the bundle,
// so files it finds beside itself (the SQLite migrations) are found. Each bundle's inputs are
// written beside it (lean-status.modules.json, lean-answer.modules.json) for the start-up test,
// which checks what loads.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_ENTRY = resolve(ROOT, 'dist/cli/main.js');
const CLI_OUT = resolve(ROOT, 'dist/cli/bundle');
/** Packages every run loads, bundled into the CLI's chunks (see 3. at the top). */
const CLI_BUNDLED = new Set(['commander', 'better-sqlite3', 'csv-stringify', 'p-limit', 'yocto-queue', '@noble/hashes']);
const ENTRY = resolve(ROOT, 'dist/cli/lean-status.js');
const CJS_ENTRY = resolve(ROOT, 'dist/cli/lean-answer.js');
const CJS_OUT = resolve(ROOT, 'dist/cli/lean-answer.cjs');
const OUT_DIR = dirname(ENTRY);
const abs = (paths) => new Set(paths.map((p) => resolve(ROOT, p)));
const SHARED = abs(['dist/errors.js', 'dist/cli/terminal-safe.js']);
/** The one dynamic import every status makes: the read-only reader (ledger/open.ts). */
const INLINED = abs(['dist/ledger/sqlite/reader.js']);
/** The CommonJS bundle's: the reader, and the colours (paint.ts) with chalk when colour is on. */
const CJS_INLINED = abs(['dist/ledger/sqlite/reader.js', 'dist/cli/colors.js']);

/** A path relative to the bundle's folder (`dir`), as an import specifier. */
const fromBundle = (abs, dir = OUT_DIR) => {
  const rel = relative(dir, abs).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

/** What a bundle holds: `inlined` dynamic imports and `bundled` packages besides dist/ (but `shared`); `url` is the bundle's own URL in its format. */
const leanOnly = ({ inlined, shared, bundled, url }) => ({
  name: 'lean-only',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const spec = args.path;
      if (bundled.has(spec)) return undefined;
      // A bundled package's own subpath imports (chalk's `#supports-color`) are bundled with it.
      if (spec.startsWith('#') && args.importer.includes('/node_modules/')) return undefined;
      if (spec.startsWith('node:') || !(spec.startsWith('.') || isAbsolute(spec))) return { path: spec, external: true };
      const abs = resolve(args.resolveDir, spec);
      if ((args.kind === 'dynamic-import' && !inlined.has(abs)) || shared.has(abs)) return { path: fromBundle(abs), external: true };
      return undefined;
    });
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url') || args.path === ENTRY) return undefined;
      const own = `new URL(${JSON.stringify(fromBundle(args.path))}, ${url}).href`;
      return { contents: source.replaceAll('import.meta.url', own), loader: 'js' };
    });
  },
});

/** The bundle's inputs, relative to the checkout, written beside it as `name`. */
function writeInputs(result, name) {
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(ROOT, resolve(ROOT, p)).split('\\').join('/')).sort();
  writeFileSync(resolve(OUT_DIR, name), JSON.stringify(inputs, null, 1) + '\n');
}

const cjs = await build({
  entryPoints: [CJS_ENTRY],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: CJS_OUT,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [leanOnly({ inlined: CJS_INLINED, shared: new Set(), bundled: new Set(['better-sqlite3', 'chalk']), url: '__bundleUrl' })],
});
writeInputs(cjs, 'lean-answer.modules.json');
// Nothing of dist/ outside the bundle: an ES module of it would bring the ESM loader and a second
// copy of the errors' classes into the process.
const code = readFileSync(CJS_OUT, 'utf8');
const escapes = [...code.matchAll(/\bimport\(|\brequire\((["'])\.{1,2}\/[^"']*\1\)/g)].map((m) => m[0]);
if (escapes.length) throw new Error(`${relative(ROOT, CJS_OUT)} would load modules outside it: ${escapes.join(', ')}`);

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
  plugins: [leanOnly({ inlined: INLINED, shared: SHARED, bundled: new Set(['better-sqlite3']), url: 'import.meta.url' })],
});
writeInputs(result, 'lean-status.modules.json');

// 3. The CLI's own code, packages left to Node (see the top).
const cli = await build({
  entryPoints: [CLI_ENTRY],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: CLI_OUT,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  // A bundled package's CommonJS requires what it does not hold (built-ins, better-sqlite3's
  // `bindings` when no addon path is given) through a require of the chunk's own.
  banner: { js: "import { createRequire as __cliRequire } from 'node:module';\nconst require = __cliRequire(import.meta.url);" },
  plugins: [{
    name: 'own-url',
    setup(b) {
      // @noble/hashes (the settings digest: files/fingerprint.ts) imports node:crypto for its
      // random bytes, which docparse never asks it for: loading that module is what the digest
      // is there to avoid.
      b.onResolve({ filter: /^@noble\/hashes\/crypto$/ }, () => ({ path: 'noble-crypto', namespace: 'no-random' }));
      b.onLoad({ filter: /.*/, namespace: 'no-random' }, () => ({ contents: 'export const crypto = undefined;', loader: 'js' }));
      b.onResolve({ filter: /.*/ }, (args) => {
        const spec = args.path;
        if (args.kind === 'entry-point' || spec.startsWith('.') || isAbsolute(spec)) return undefined;
        if (!spec.startsWith('node:') && CLI_BUNDLED.has(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])) return undefined;
        return { path: spec, external: true };
      });
      b.onLoad({ filter: /\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const own = `new URL(${JSON.stringify(fromBundle(args.path, CLI_OUT))}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', own), loader: 'js' };
      });
    },
  }],
});
// Each output file and the modules of dist/ in it, for the start-up test (which checks what loads).
const outputs = Object.fromEntries(Object.entries(cli.metafile.outputs).filter(([o]) => o.endsWith('.js')).map(([o, { inputs }]) => [
  relative(ROOT, resolve(ROOT, o)).split('\\').join('/'),
  Object.keys(inputs).map((p) => relative(ROOT, resolve(ROOT, p)).split('\\').join('/')).sort(),
]));
writeFileSync(resolve(CLI_OUT, 'modules.json'), JSON.stringify(outputs, null, 1) + '\n');
// Self-contained for our code: a chunk imports only its sibling chunks (`./`), packages and built-ins.
const outside = Object.keys(outputs).flatMap((o) => [...readFileSync(resolve(ROOT, o), 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*(["'])(\.\.?\/[^"']*)\1/g)].map((m) => m[2]).filter((p) => !p.startsWith('./')).map((p) => `${o}: ${p}`));
if (outside.length) throw new Error(`dist/cli/bundle would load modules of dist/ outside it: ${outside.join(', ')}`);
