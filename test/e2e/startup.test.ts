/**
 * Start-up: each command loads what it needs and nothing more, seen from a fresh process of the
 * real CLI. A module loader hook (node --import) writes down every module the process loads, so
 * an eager import of the engine, the readers or their libraries on the way to `status` or
 * `--version` fails here (their cost is measured by `npm run bench`, not in a test).
 */
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BIN, docparse } from '../helpers/cli.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';

/**
 * Runs the CLI with a loader hook that appends each ES module's URL to a file, and a preload that
 * writes down, at exit, each CommonJS file the process required; returns the run and the URLs.
 * `esm` and `cjs` are each loader's own list; `raw` both; `loaded` with each bundle replaced by
 * the modules bundled in it (which it lists beside itself); `builtins` Node's public modules the
 * process loaded (`crypto`, `worker_threads`), however they were.
 */
async function traced(dir: string, args: string[], env: Record<string, string> = {}) {
  const id = Math.random().toString(36).slice(2);
  const log = join(dir, `loaded-${id}.txt`);
  const cjsLog = join(dir, `required-${id}.txt`);
  const hook = join(dir, 'trace-hook.mjs');
  const loader = `import { appendFileSync } from 'node:fs';\nexport async function load(url, ctx, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, ctx); }\n`;
  writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify('data:text/javascript,' + encodeURIComponent(loader))});\n`);
  const preload = join(dir, 'trace-require.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(process.env.TRACE_REQUIRED, Object.keys(require.cache).filter((f) => f !== __filename).map((f) => require('node:url').pathToFileURL(f).href).join('\\n') + '\\n'));\n` +
    // Node's own modules, however they were loaded (an import, a require, or one inside Node).
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.TRACE_BUILTINS, process.moduleLoadList.filter((m) => m.startsWith('NativeModule ') && !m.includes('internal/')).map((m) => m.slice(13)).join('\\n') + '\\n'));\n`);
  writeFileSync(log, '');
  const builtinsLog = join(dir, `builtins-${id}.txt`);
  const run = await execa('node', ['--require', preload, '--import', hook, BIN, ...args], { cwd: dir, reject: false, env: { NO_COLOR: '1', TRACE_REQUIRED: cjsLog, TRACE_BUILTINS: builtinsLog, ...env } });
  const builtins = existsSync(builtinsLog) ? readFileSync(builtinsLog, 'utf8').split('\n').filter(Boolean) : [];
  const esm = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const cjs = existsSync(cjsLog) ? readFileSync(cjsLog, 'utf8').split('\n').filter(Boolean) : [];
  const raw = [...esm, ...cjs];
  // `npm run build` bundles the plain status path twice (scripts/bundle.mjs): as CommonJS,
  // dist/cli/lean-answer.cjs, which the launcher requires, and as ESM, dist/cli/lean-status.js,
  // which main.js imports when the first declines. Loading one loads the modules bundled in it.
  // Then the ESM CLI's own modules, lean-status.js among them, into the chunks of dist/cli/bundle/,
  // which the launcher imports.
  const loaded = raw.flatMap(unbundled);
  /** Answered by the CommonJS bundle: the ESM CLI (main.js, bundled or not) never loaded. */
  const alone = cjs.some((u) => u.endsWith('/dist/cli/lean-answer.cjs')) && !loaded.some((u) => u.endsWith('/dist/cli/main.js'));
  return { run, loaded, raw, esm, cjs, alone, builtins };
}

const ROOT = new URL('../../', import.meta.url);
const bundledModules = (name: string): string[] => (JSON.parse(readFileSync(new URL(`dist/cli/${name}.modules.json`, ROOT), 'utf8')) as string[]).map((p) => new URL(p, ROOT).href);
/** Each file of dist/cli/bundle/ (by URL) and the modules of dist/ esbuild put in it. */
const chunks = (): Map<string, string[]> => new Map(Object.entries(JSON.parse(readFileSync(new URL('dist/cli/bundle/modules.json', ROOT), 'utf8')) as Record<string, string[]>).map(([o, inputs]) => [new URL(o, ROOT).href, inputs.map((p) => new URL(p, ROOT).href)]));
/** A loaded file and what is bundled in it, down to the modules tsc wrote. */
function unbundled(u: string): string[] {
  if (u.endsWith('/dist/cli/lean-status.js')) return [u, ...bundledModules('lean-status')];
  if (u.endsWith('/dist/cli/lean-answer.cjs')) return [u, ...bundledModules('lean-answer')];
  const inside = u.includes('/dist/cli/bundle/') ? chunks().get(u) : undefined;
  return inside ? [u, ...inside.flatMap(unbundled)] : [u];
}

/** What only processing commands need: the engine, the readers (PDF, OCR, images, templates) and their libraries. */
const HEAVY = [
  '/dist/engine/',
  '/dist/extract/read/',
  '/dist/extract/ocr/',
  '/dist/extract/templates/',
  '/dist/extract/fields/',
  '/dist/files/',
  '/node_modules/tesseract.js/',
  '/node_modules/pdf-parse/',
  '/node_modules/pdfjs-dist/',
  '/node_modules/pdf-lib/',
  '/node_modules/@napi-rs/',
  '/node_modules/piscina/',
  '/node_modules/exceljs/',
  '/node_modules/ora/',
  '/node_modules/cli-progress/',
  '/node_modules/pg/',
];

/** The OCR models' names: a leaf that imports nothing, so the configuration can check a name. */
const LIGHT = ['/dist/extract/ocr/models.js'];

const heavyIn = (loaded: string[]) => loaded.filter((u) => HEAVY.some((h) => u.includes(h)) && !LIGHT.some((l) => u.endsWith(l)));

describe('start-up: each command loads only what it needs', () => {
  it('status <jobId> answers from a fresh process without loading the engine, the readers or the failures report', async () => {
    const dir = tempDir('docparse-startup-');
    const inv = join(dir, 'in');
    await writeInvoiceFolder(inv, 2);
    const ledger = join(dir, 'ledger.db');
    const sub = await docparse(['submit', inv, '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '--json'], { cwd: dir });
    expect(sub.exitCode).toBe(0);
    const runId = JSON.parse(String(sub.stdout)).runId as string;
    const jobs = String((await docparse(['jobs', '--ledger', ledger, '--json'], { cwd: dir })).stdout).trim().split('\n').map((l) => JSON.parse(l));
    expect(jobs).toHaveLength(2);

    const { run, loaded } = await traced(dir, ['status', jobs[0].jobId, '--ledger', ledger, '--json']);
    expect(run.exitCode).toBe(0);
    const shown = JSON.parse(String(run.stdout));
    expect(shown).toMatchObject({ jobId: jobs[0].jobId, status: 'completed', fileName: jobs[0].fileName, paused: false });
    // It did load the command and the ledger's read-only reader (the trace sees them), not the
    // ledger logic behind every other command ...
    expect(loaded.some((u) => u.endsWith('/dist/cli/commands/status.js'))).toBe(true);
    expect(loaded.some((u) => u.endsWith('/dist/ledger/sqlite/reader.js'))).toBe(true);
    expect(loaded.filter((u) => u.endsWith('/dist/ledger/sql/ledger.js') || u.endsWith('/dist/ledger/sqlite/index.js'))).toEqual([]);
    // ... and nothing of the processing path, nor the failures report's CSV writer.
    expect(heavyIn(loaded)).toEqual([]);
    expect(loaded.filter((u) => u.includes('/node_modules/csv-stringify/') || u.endsWith('/dist/report/failures.js'))).toEqual([]);

    // The plain form skips commander (cli/lean.ts); its answer is the one commander's path gives.
    expect(loaded.filter((u) => u.includes('/node_modules/commander/') || u.endsWith('/dist/cli/program.js'))).toEqual([]);

    // `npm run build` made that path one CommonJS bundle the launcher requires, answering before
    // Node's ESM loader would start: no ES module but the launcher itself (--import's hook makes
    // Node load the entry through it) and nothing else of dist/.
    const own = await traced(dir, ['status', jobs[0].jobId, '--ledger', ledger]);
    expect(own.alone).toBe(true);
    expect(own.esm).toEqual([new URL('bin/docparse.cjs', ROOT).href]);
    expect(own.raw.filter((u) => u.includes('/dist/'))).toEqual([new URL('dist/cli/lean-answer.cjs', ROOT).href]);

    // Plain text in a pipe: no colour (chalk is in the bundle, run only when colour is on: paint.ts),
    // and no node:crypto (a status makes no id).
    const plain = await traced(dir, ['status', jobs[0].jobId, '--ledger', ledger]);
    expect(plain.run.exitCode).toBe(0);
    expect(String(plain.run.stdout)).toMatch(new RegExp(`^${jobs[0].jobId}  completed\n`));
    expect(String(plain.run.stdout)).not.toContain('\u001b[');
    for (const l of [loaded, plain.loaded]) expect(l.some((u) => u.endsWith('/dist/ledger/sqlite/reader.js'))).toBe(true);
    expect(readFileSync(new URL('dist/cli/lean-answer.cjs', ROOT), 'utf8')).not.toMatch(/require\("(node:)?crypto"\)/);
    // The ESM path's own status (where the bundle declines: here, no job matches and
    // DOCPARSE_DEBUG asks for the stack trace) is its one bundled module, and loads neither.
    const viaEsm = await traced(dir, ['status', 'job_nothing', '--ledger', ledger], { DOCPARSE_DEBUG: '1' });
    expect(viaEsm.run.exitCode).toBe(4);
    expect(String(viaEsm.run.stderr)).toMatch(/^docparse: no job matches "job_nothing"[^]*\n    at /);
    expect(viaEsm.alone).toBe(false);
    // The ESM CLI is chunks of dist/cli/bundle/ (nothing of dist/ beside them), holding the entry's
    // modules and lean-status.js, not commander's program.
    expect(viaEsm.esm.filter((u) => u.includes('/dist/') && !u.includes('/dist/cli/bundle/'))).toEqual([]);
    const entry = ['main.js', '../errors.js', 'terminal-safe.js', 'lean.js', '../raw-names.js', 'lean-status.js'].map((p) => new URL(`dist/cli/${p}`, ROOT).href);
    const ofDist = [...new Set(viaEsm.esm.flatMap(unbundled).filter((u) => u.includes('/dist/') && !u.includes('/dist/cli/bundle/')))];
    expect(ofDist.sort()).toEqual([...new Set([...entry, ...bundledModules('lean-status')])].filter((u) => u.includes('/dist/')).sort());
    expect(viaEsm.raw.filter((u) => u.includes('/node_modules/chalk/') || u === 'node:crypto')).toEqual([]);
    // The CLI bundle is made from the ESM status bundle (scripts/bundle.mjs), so its status is one
    // chunk holding the command, the reader and better-sqlite3's JavaScript: not chunks of their own.
    const statusApart = viaEsm.esm.filter((u) => chunks().get(u)?.some((m) => m.endsWith('/dist/cli/commands/status.js') || m.endsWith('/dist/ledger/sqlite/reader.js')));
    expect(statusApart).toEqual([]);
    expect(viaEsm.raw.filter((u) => u.includes('/node_modules/better-sqlite3/lib/'))).toEqual([]);

    // A run id shows the run view, which does load the failures report, lazily.
    const runView = await traced(dir, ['status', runId, '--ledger', ledger, '--json']);
    expect(runView.run.exitCode).toBe(0);
    expect(JSON.parse(String(runView.run.stdout))).toMatchObject({ runId, finished: true });
    expect(runView.loaded.some((u) => u.endsWith('/dist/report/failures.js'))).toBe(true);
    expect(runView.loaded.some((u) => u.endsWith('/dist/ledger/sql/ledger.js'))).toBe(true);
    expect(heavyIn(runView.loaded)).toEqual([]);
  });

  it('--version and --help load the command declarations only: no ledger, no engine, no reader', async () => {
    const dir = tempDir('docparse-startup-');
    const version = await traced(dir, ['--version']);
    expect(version.run.exitCode).toBe(0);
    expect(String(version.run.stdout).trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    const help = await traced(dir, ['status', '--help']);
    expect(help.run.exitCode).toBe(0);
    expect(String(help.run.stdout)).toContain('Usage: docparse status [options] <id>');
    // `status --help` has the launcher require the CommonJS status bundle, which declines it
    // (lean.ts) having run nothing of what it holds: what was loaded besides is what counts.
    expect(help.cjs.filter((u) => u.includes('/dist/'))).toEqual([new URL('dist/cli/lean-answer.cjs', ROOT).href]);
    for (const { esm, cjs } of [version, help]) {
      const loaded = [...esm.flatMap(unbundled), ...cjs];
      expect(loaded.some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true);
      expect(loaded.filter((u) => u.includes('/dist/ledger/') || u.includes('/node_modules/better-sqlite3/') || u.includes('/dist/cli/commands/'))).toEqual([]);
      expect(heavyIn(loaded)).toEqual([]);
    }
  });

  it('status answers the same without commander as through it: output, errors and exit codes', async () => {
    const dir = tempDir('docparse-startup-');
    const inv = join(dir, 'in');
    const files = await writeInvoiceFolder(inv, 2);
    const ledger = join(dir, 'ledger.db');
    const sub = await docparse(['submit', inv, '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '--json'], { cwd: dir });
    const runId = JSON.parse(String(sub.stdout)).runId as string;
    const jobId = JSON.parse(String((await docparse(['jobs', '--ledger', ledger, '--json'], { cwd: dir })).stdout).trim().split('\n')[0]).jobId as string;
    const forms = [
      ['status', jobId, '--ledger', ledger],
      ['status', jobId, `--ledger=${ledger}`, '--events', '--json'],
      ['status', runId, '--json', '--ledger', ledger],
      ['status', files[0], '--ledger', ledger, '--events'],
      ['status', join(inv, 'not-submitted.pdf'), '--ledger', ledger],
      ['status', 'job_nothing', '--ledger', ledger],
      ['status', 'run_nothing', '--ledger', ledger, '--json'],
    ];
    for (const args of forms) {
      const lean = await traced(dir, args);
      // The ledger given twice (the same file) is left to commander: the path as it was.
      const full = await traced(dir, [...args, '--ledger', ledger]);
      expect(lean.loaded.some((u) => u.includes('/node_modules/commander/'))).toBe(false);
      expect(full.loaded.some((u) => u.includes('/node_modules/commander/'))).toBe(true);
      // A job (found, or no job matches) is answered by the CommonJS bundle alone; a run by the ESM CLI.
      expect({ args, alone: lean.alone }).toEqual({ args, alone: !args[1].startsWith('run_') });
      expect(full.alone).toBe(false);
      expect({ args, code: lean.run.exitCode, out: String(lean.run.stdout), err: String(lean.run.stderr) }).toEqual({ args, code: full.run.exitCode, out: String(full.run.stdout), err: String(full.run.stderr) });
    }
    expect((await traced(dir, forms[5])).run.exitCode).toBe(4);
    expect(JSON.parse(String((await traced(dir, forms[1])).run.stdout))).toMatchObject({ jobId, status: 'completed' });
    // With DOCPARSE_DEBUG, no job matching is left to the ESM CLI, whose report has the stack trace.
    const debug = await traced(dir, forms[5], { DOCPARSE_DEBUG: '1' });
    expect([debug.alone, debug.run.exitCode]).toEqual([false, 4]);
    expect(String(debug.run.stderr).startsWith(String((await traced(dir, forms[5])).run.stderr))).toBe(true);
    // Forms it leaves to commander still work there: help, and an option it does not take.
    const help = await traced(dir, ['status', jobId, '--help']);
    expect(String(help.run.stdout)).toContain('Usage: docparse status [options] <id>');
    const bad = await traced(dir, ['status', jobId, '--ledger', ledger, '--nope']);
    expect(bad.run.exitCode).toBe(1);
    expect(String(bad.run.stderr)).toContain("unknown option '--nope'");
  });

  it('the launcher: its former name runs the same, and without dist/ it says to build', async () => {
    const dir = tempDir('docparse-startup-');
    const asJs = await execa('node', [new URL('bin/docparse.js', ROOT).pathname, 'status', 'job_nothing', '--ledger', join(dir, 'l.db')], { cwd: dir, reject: false, env: { NO_COLOR: '1' } });
    const asCjs = await docparse(['status', 'job_nothing', '--ledger', join(dir, 'l.db')], { cwd: dir });
    expect([asJs.exitCode, String(asJs.stdout), String(asJs.stderr)]).toEqual([asCjs.exitCode, String(asCjs.stdout), String(asCjs.stderr)]);
    expect(asCjs.exitCode).toBe(4);
    // A checkout not built yet: the launcher alone, no dist/ beside it.
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'docparse.cjs'));
    for (const args of [['status', 'job_nothing'], ['--version']]) {
      const r = await execa('node', [join(dir, 'bin', 'docparse.cjs'), ...args], { cwd: dir, reject: false });
      expect({ args, code: r.exitCode, err: String(r.stderr) }).toEqual({ args, code: 3, err: 'docparse is not built yet: run `npm install` (or `npm run build`) in the docparse folder.' });
    }
  });

  it('status <jobId> answers the same from the read-only reader as from the full ledger, which a ledger due for a migration gets', async () => {
    const dir = tempDir('docparse-startup-');
    const inv = join(dir, 'in');
    const files = await writeInvoiceFolder(inv, 2);
    const ledger = join(dir, 'ledger.db');
    expect((await docparse(['submit', inv, '--ledger', ledger, '--out', join(dir, 'out'), '--extractor', 'text', '--json'], { cwd: dir })).exitCode).toBe(0);
    // A waiting job held by a pause, so the pause check is read too.
    const late = join(dir, 'late');
    await writeInvoiceFolder(late, 1, 'late');
    expect((await docparse(['submit', late, '--ledger', ledger, '--extractor', 'noop', '--detach'], { cwd: dir })).exitCode).toBe(0);
    expect((await docparse(['pause', '--ledger', ledger], { cwd: dir })).exitCode).toBe(0);
    const jobs = String((await docparse(['jobs', '--ledger', ledger, '--json'], { cwd: dir })).stdout).trim().split('\n').map((l) => JSON.parse(l));
    const done = jobs.find((j) => j.status === 'completed');
    const waiting = jobs.find((j) => j.status === 'pending');
    const forms = [
      [done.jobId],
      [done.jobId, '--json', '--events'],
      [waiting.jobId],
      [waiting.jobId, '--json'],
      [files[0], '--events'],
      // A fingerprint prefix: the SHA-256 of the file's content.
      [createHash('sha256').update(readFileSync(files[1])).digest('hex').slice(0, 10)],
      ['job_nothing'],
    ];
    const schema = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return db.pragma('user_version', { simple: true }) as number;
      } finally {
        db.close();
      }
    };
    const latest = schema(ledger);
    const modules = (loaded: string[]) => ({
      reader: loaded.some((u) => u.endsWith('/dist/ledger/sqlite/reader.js')),
      full: loaded.some((u) => u.endsWith('/dist/ledger/sql/ledger.js')),
    });
    for (const [i, form] of forms.entries()) {
      // A copy one migration behind: the schema of the version before, as an older docparse left it.
      const old = join(dir, `old-${i}.db`);
      copyFileSync(ledger, old);
      const db = new Database(old);
      db.exec('ALTER TABLE files DROP COLUMN ctime_ms');
      db.pragma(`user_version = ${latest - 1}`);
      db.close();
      const args = ['status', ...form, '--ledger', old];
      // The reader refuses it; the full ledger migrates it and answers ...
      const full = await traced(dir, args);
      expect(modules(full.loaded)).toEqual({ reader: true, full: true });
      expect(full.alone).toBe(false);
      expect(schema(old)).toBe(latest);
      // ... and now that it is up to date, the reader answers alone, with the same bytes.
      const ro = await traced(dir, args);
      expect(modules(ro.loaded)).toEqual({ reader: true, full: false });
      expect(ro.alone).toBe(true);
      expect({ form, code: ro.run.exitCode, out: String(ro.run.stdout), err: String(ro.run.stderr) }).toEqual({ form, code: full.run.exitCode, out: String(full.run.stdout), err: String(full.run.stderr) });
    }
    expect(String((await traced(dir, ['status', waiting.jobId, '--ledger', ledger])).run.stdout)).toContain('\n  paused       waiting: a pause holds it');
    expect((await traced(dir, ['status', 'job_nothing', '--ledger', ledger])).run.exitCode).toBe(4);
    expect(String((await traced(dir, ['status', forms[5][0], '--ledger', ledger])).run.stdout)).toContain(`  paths        ${files[1]}\n`);

    // No ledger file yet: the full ledger makes it (as before), then the reader finds it; one message.
    const fresh = join(dir, 'nested', 'new.db');
    const first = await traced(dir, ['status', 'job_nothing', '--ledger', fresh]);
    expect(modules(first.loaded).full).toBe(true);
    expect(first.alone).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    const again = await traced(dir, ['status', 'job_nothing', '--ledger', fresh]);
    expect(modules(again.loaded)).toEqual({ reader: true, full: false });
    expect(again.alone).toBe(true);
    expect(first.run.exitCode).toBe(4);
    expect([again.run.exitCode, String(again.run.stdout), String(again.run.stderr)]).toEqual([first.run.exitCode, String(first.run.stdout), String(first.run.stderr)]);
    expect(String(first.run.stderr)).toContain(`no job matches "job_nothing" in sqlite:${fresh}`);
  });

  it('a rerun of a folder already done loads no reader, no extractor and no terminal display, and starts no thread', async () => {
    const dir = tempDir('docparse-startup-');
    const inv = join(dir, 'in');
    await writeInvoiceFolder(inv, 2);
    const args = ['submit', inv, '--ledger', join(dir, 'ledger.db'), '--out', join(dir, 'out')];
    // The default extractor (auto) reads both documents the first time ...
    const first = await traced(dir, args);
    expect(first.run.exitCode).toBe(0);
    expect(first.loaded.some((u) => u.includes('/dist/extract/read/'))).toBe(true);
    expect(first.loaded).toContain('node:worker_threads');
    // ... and the rerun, which reads none, loads none of it.
    const rerun = await traced(dir, [...args, '--json']);
    expect(rerun.run.exitCode).toBe(0);
    expect(JSON.parse(String(rerun.run.stdout))).toMatchObject({ jobs: { skipped: 2, processed: 0 } });
    const reading = ['/dist/extract/', '/node_modules/tesseract.js/', '/node_modules/pdfjs-dist/', '/node_modules/pdf-lib/', '/node_modules/@napi-rs/', '/node_modules/fast-xml-parser/'];
    // The extractor's front (the factory, its settings, the option checks, the OCR language check) is all it loads of extract/.
    const front = ['/dist/extract/index.js', '/dist/extract/config.js', '/dist/extract/lazy.js', '/dist/extract/read/check.js', '/dist/extract/read/options.js', '/dist/extract/ocr/lang.js', '/dist/extract/ocr/models.js', '/dist/extract/ocr/native-bin.js', '/dist/extract/settings.js', '/dist/extract/einvoice/profile.js'];
    expect(rerun.loaded.filter((u) => reading.some((h) => u.includes(h)) && !front.some((f) => u.endsWith(f)))).toEqual([]);
    // No thread: the module every thread pool needs is not even loaded. Not a terminal: no spinner or bar.
    expect(rerun.loaded).not.toContain('node:worker_threads');
    // Nor node:crypto (~3 ms of CPU at start): unchanged files are not hashed, and the settings key,
    // the run's ids and its temp names are made without it. The first run hashed with it.
    expect(first.builtins).toContain('crypto');
    expect(rerun.builtins).not.toContain('crypto');
    // The ESM CLI ran from its bundle (scripts/bundle.mjs) and loaded nothing of dist/ beside it:
    // one copy of each class (the errors') in the process.
    expect(rerun.esm.some((u) => u.endsWith('/dist/cli/bundle/main.js'))).toBe(true);
    expect(rerun.esm.filter((u) => u.includes('/dist/') && !u.includes('/dist/cli/bundle/'))).toEqual([]);
    expect(rerun.loaded.filter((u) => u.includes('/node_modules/ora/') || u.includes('/node_modules/cli-progress/'))).toEqual([]);
  });
});
