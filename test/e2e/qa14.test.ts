/**
 * Everyday use found wanting in session 14's QA (S14-QA), each through the real CLI: what a
 * bookkeeper, a cron job and a CI pipeline saw, and now see.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoiceFolder, writeInvoicePdf } from '../helpers/fixtures.js';

/** The first bytes of an iPhone photo (HEIF brand "heic"): enough for docparse to tell what it is. */
const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);

describe('files a run ignores', () => {
  it('a normal run names each one on stderr with why and what to do (it only said "2 ignored"), summary.json and --json list them, stdout stays JSON', async () => {
    const dir = tempDir('docparse-qa14-ignored-');
    await writeInvoicePdf(join(dir, 'drop', 'a.pdf'), { number: 'QA-I' });
    writeFileSync(join(dir, 'drop', 'IMG_0002.heic'), HEIC);
    writeFileSync(join(dir, 'drop', 'notes.txt'), 'call the accountant');
    writeFileSync(join(dir, 'drop', 'supplier portal.html'), '<!DOCTYPE html><html><body>Invoices</body></html>');
    const base = ['--extractor', 'text', '--ledger', 'l.db', '--out', 'out'];
    const run = await docparse(['submit', 'drop', ...base], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const err = String(run.stderr);
    expect(err).toMatch(/ignored +\S*drop\/IMG_0002\.heic: a HEIC photo, not a PDF, PNG, JPEG, TIFF or e-invoice XML: Save it as JPEG or PNG/);
    expect(err).toMatch(/ignored +\S*drop\/notes\.txt: not a PDF/);
    // A web page saved as .html is what its name says: no "download it again".
    expect(err).toMatch(/ignored +\S*drop\/supplier portal\.html: a web page \(HTML\), not a PDF, PNG, JPEG, TIFF or e-invoice XML\n/);
    expect(err).toMatch(/1 completed, 0 failed, 3 ignored/);
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as { ignored: Array<{ path: string; reason: string }> };
    expect(summary.ignored.map((i) => i.path.split('/').pop()).sort()).toEqual(['IMG_0002.heic', 'notes.txt', 'supplier portal.html']);
    expect(summary.ignored.find((i) => i.path.endsWith('.heic'))!.reason).toMatch(/^a HEIC photo/);
    // CI: stdout is the summary alone, and it names them too.
    const json = await docparse(['submit', 'drop', ...base, '--json'], { cwd: dir });
    expect(JSON.parse(String(json.stdout)).ignored).toHaveLength(3);
    // cron: a quiet rerun with nothing new prints nothing, ignored files or not.
    const quiet = await docparse(['submit', 'drop', ...base, '-q'], { cwd: dir });
    expect(quiet.exitCode).toBe(0);
    expect(String(quiet.stderr)).toBe('');
  });
});

describe('--dry-run', () => {
  it('does not say a run started (it said "run run_… started", a run no command knows), and makes no ledger', async () => {
    const dir = tempDir('docparse-qa14-dry-');
    await writeInvoicePdf(join(dir, 'drop', 'a.pdf'), { number: 'QA-D' });
    const dry = await docparse(['submit', 'drop', '--extractor', 'text', '--ledger', 'l.db', '--out', 'out', '--dry-run'], { cwd: dir });
    expect(dry.exitCode).toBe(0);
    expect(String(dry.stderr)).toMatch(/^dry run: 1 to process, 0 already done \(skipped\), 0 ignored; nothing was changed\nwould process +\S*drop\/a\.pdf$/);
    // It changed nothing: no ledger was made (it made an empty l.db), no --out.
    expect(existsSync(join(dir, 'l.db'))).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // The real run still says it started, with its id; a dry run after it reads its ledger.
    const real = await docparse(['submit', 'drop', '--extractor', 'text', '--ledger', 'l.db', '--out', 'out'], { cwd: dir });
    expect(String(real.stderr)).toMatch(/^docparse: run run_\w+ started\n/);
    const after = await docparse(['submit', 'drop', '--extractor', 'text', '--ledger', 'l.db', '--out', 'out', '--dry-run'], { cwd: dir });
    expect(String(after.stderr)).toMatch(/^dry run: 0 to process, 1 already done \(skipped\)/);
  });
});

describe('--out where no folder can be', () => {
  it('fails at the start naming the path, before any document is processed (it processed the folder, then failed writing the first result)', async () => {
    const dir = tempDir('docparse-qa14-out-');
    await writeInvoicePdf(join(dir, 'drop', 'a.pdf'), { number: 'QA-O' });
    writeFileSync(join(dir, 'results'), 'a file where the results folder should be');
    for (const args of [['submit', 'drop', '--extractor', 'text'], ['worker', '--once'], ['retry', '--failed'], ['export'], ['report']]) {
      const run = await docparse([...args, '--ledger', 'l.db', '--out', 'results/2026'], { cwd: dir });
      expect(run.exitCode, args.join(' ')).toBe(1);
      expect(String(run.stderr)).toMatch(/^docparse: the results folder \(--out\) results\/2026 cannot be made: \S*results is a file, not a folder/);
      // Nothing was started: no ledger, no run, no job.
      expect(existsSync(join(dir, 'l.db')), args.join(' ')).toBe(false);
    }
    // A dry run or a detached submit writes nothing there: they go on.
    expect((await docparse(['submit', 'drop', '--extractor', 'text', '--ledger', 'l.db', '--out', 'results/2026', '--dry-run'], { cwd: dir })).exitCode).toBe(0);
  });
});

describe('status of a run whose process was killed', () => {
  it('says it stopped when its process died, and whether later runs finished its jobs (it said "not finished" for ever, with 0 jobs open)', async () => {
    const dir = tempDir('docparse-qa14-died-');
    await writeInvoiceFolder(join(dir, 'in'), 30, 'doc');
    const base = ['--extractor', 'text', '--ledger', 'l.db', '--out', 'out'];
    const child = docparse(['submit', 'in', ...base, '-c', '1'], { cwd: dir });
    const results = () => (existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')).filter((f) => f.startsWith('doc-')).length : 0);
    for (const end = Date.now() + 60_000; results() < 2 && Date.now() < end; ) await sleep(20);
    child.kill('SIGKILL');
    const killed = await child;
    expect(killed.signal).toBe('SIGKILL');
    const runId = /run (run_\w+) started/.exec(String(killed.stderr))![1];
    const before = await docparse(['status', runId, '--ledger', 'l.db'], { cwd: dir });
    expect(String(before.stdout)).toMatch(/stopped: its process died before the run finished .*; \d+ jobs? left: run the same command again/);
    expect(JSON.parse(String((await docparse(['status', runId, '--ledger', 'l.db', '--json'], { cwd: dir })).stdout))).toMatchObject({ finished: false, died: true });
    expect((await docparse(['submit', 'in', ...base, '-q'], { cwd: dir })).exitCode).toBe(0);
    const after = await docparse(['status', runId, '--ledger', 'l.db', '--json'], { cwd: dir });
    expect(JSON.parse(String(after.stdout))).toMatchObject({ finished: false, died: true, open: 0 });
    expect(String((await docparse(['status', runId, '--ledger', 'l.db'], { cwd: dir })).stdout)).toMatch(/stopped: .*every job of it has finished since/);
    // A run that ended is not one that died.
    const done = /run (run_\w+) started/.exec(String((await docparse(['submit', 'in', ...base], { cwd: dir })).stderr))![1];
    expect(JSON.parse(String((await docparse(['status', done, '--ledger', 'l.db', '--json'], { cwd: dir })).stdout))).toMatchObject({ finished: true, died: false });
  });
});

describe('--out inside the folder a run reads', () => {
  it('`cd inbox && docparse submit .` twice: the second run does not read docparse-out/ (it OCR\'d the report\'s page images as invoices)', async () => {
    const dir = tempDir('docparse-qa14-self-');
    await writeInvoicePdf(join(dir, 'a.pdf'), { number: 'QA-S' });
    // The default extractor, which renders the report's page images (--extractor text renders none).
    const first = await docparse(['submit', '.', '--pages', 'all', '--json'], { cwd: dir });
    expect(first.exitCode).toBe(0);
    expect(readdirSync(join(dir, 'docparse-out', 'report', 'pages')).length).toBeGreaterThan(0);
    const again = await docparse(['submit', '.', '--pages', 'all', '--json'], { cwd: dir });
    expect(again.exitCode).toBe(0);
    const s = JSON.parse(String(again.stdout));
    expect(s.files).toMatchObject({ seen: 1, ignored: 0 });
    expect(s.jobs).toMatchObject({ total: 1, new: 0 });
    // A worker watching the folder leaves them alone as well.
    const worker = await docparse(['worker', '--once', '--watch', '.', '--settle', '0ms', '--json'], { cwd: dir });
    expect(worker.exitCode).toBe(0);
    expect(JSON.parse(String(worker.stdout)).files).toMatchObject({ ignored: 0 });
    expect(JSON.parse(String(worker.stdout)).jobs).toMatchObject({ new: 0 });
  });
});

describe('retry --failed --json with nothing failed', () => {
  it('prints JSON a CI step can parse (stdout was empty: JSON.parse failed on "")', async () => {
    const dir = tempDir('docparse-qa14-retry-');
    await writeInvoicePdf(join(dir, 'drop', 'a.pdf'), { number: 'QA-R' });
    const base = ['--ledger', 'l.db', '--out', 'out'];
    expect((await docparse(['submit', 'drop', '--extractor', 'text', ...base, '-q'], { cwd: dir })).exitCode).toBe(0);
    const retry = await docparse(['retry', '--failed', ...base, '--json'], { cwd: dir });
    expect(retry.exitCode).toBe(0);
    expect(JSON.parse(String(retry.stdout))).toEqual({ runId: null, retry: { requeued: 0, reread: 0, skipped: [] } });
  });
});
