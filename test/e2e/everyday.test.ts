/**
 * Daily use through the real CLI: quiet cron runs, the edges of the command line (units,
 * missing paths, pipes, --text), what `status` says about detached runs, and every command's
 * --help carrying examples.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoiceFolder } from '../helpers/fixtures.js';
import { nulHyphenPdf } from '../helpers/text-layers.js';

let template: string;

beforeAll(async () => {
  template = tempDir('docparse-everyday-src-');
  await writeInvoiceFolder(template, 3);
});

function setup() {
  const dir = tempDir('docparse-everyday-');
  const inv = join(dir, 'inbox');
  cpSync(template, inv, { recursive: true });
  const ledger = join(dir, 'ledger.db');
  const out = join(dir, 'out');
  return { dir, inv, ledger, out, base: ['--ledger', ledger, '--out', out, '--extractor', 'text'] };
}

describe('quiet runs (cron)', () => {
  it('-q prints nothing when the run ends 0, whether it processed something or not (the exit code is the signal)', async () => {
    const t = setup();
    const first = await docparse(['submit', 'inbox/', ...t.base, '-q'], { cwd: t.dir });
    expect(first.exitCode).toBe(0);
    expect(String(first.stdout)).toBe('');
    expect(String(first.stderr)).toBe('');
    // What it did is in the summary, for whoever looks.
    expect(JSON.parse(readFileSync(join(t.out, 'summary.json'), 'utf8')).byState.completed).toBe(3);

    const again = await docparse(['submit', 'inbox/', ...t.base, '-q'], { cwd: t.dir });
    expect(again.exitCode).toBe(0);
    expect(String(again.stdout)).toBe('');
    expect(String(again.stderr)).toBe('');
    // The run was still recorded and reported: quiet is only about the terminal.
    expect(JSON.parse(readFileSync(join(t.out, 'summary.json'), 'utf8')).jobs).toMatchObject({ total: 3, skipped: 3, processed: 0 });

    // A worker --once with nothing to do is silent too.
    const worker = await docparse(['worker', '--once', '-q', '--ledger', t.ledger, '--out', t.out], { cwd: t.dir });
    expect(worker.exitCode).toBe(0);
    expect(String(worker.stdout) + String(worker.stderr)).toBe('');
    // And so is the weekly prune of the README's crontab.
    const prune = await docparse(['prune', '--older-than', '90d', '-q', '--ledger', t.ledger], { cwd: t.dir });
    expect(prune.exitCode).toBe(0);
    expect(String(prune.stdout) + String(prune.stderr)).toBe('');
  });

  it('-q still reports failures on stderr, on the first run and on every rerun', async () => {
    const t = setup();
    writeFileSync(join(t.inv, 'broken.pdf'), '%PDF-1.4\nnot really');
    const first = await docparse(['submit', 'inbox/', ...t.base, '-q'], { cwd: t.dir });
    expect(first.exitCode).toBe(2);
    expect(String(first.stderr)).toMatch(/broken\.pdf: corrupt/);
    const again = await docparse(['submit', 'inbox/', ...t.base, '-q'], { cwd: t.dir });
    expect(again.exitCode).toBe(2);
    expect(String(again.stderr)).toMatch(/1 failed/);
  });
});

describe('command-line edges', () => {
  it('a duration without a unit is refused with a hint, as flag, environment variable or config value; ms keys keep ms', async () => {
    const t = setup();
    const flag = await docparse(['submit', 'inbox/', ...t.base, '--timeout', '10'], { cwd: t.dir });
    expect(flag.exitCode).toBe(1);
    expect(String(flag.stderr)).toMatch(/--timeout: "10" has no unit: write 10s for seconds, 10m for minutes or 10ms/);
    expect(existsSync(t.ledger)).toBe(false);
    const env = await docparse(['config', '--json'], { cwd: t.dir, env: { DOCPARSE_TIMEOUT: '90' } });
    expect(env.exitCode).toBe(1);
    expect(String(env.stderr)).toMatch(/DOCPARSE_TIMEOUT: "90" has no unit/);
    writeFileSync(join(t.dir, 'a.json'), JSON.stringify({ timeout: 600 }));
    const alias = await docparse(['config', '--config', 'a.json'], { cwd: t.dir });
    expect(alias.exitCode).toBe(1);
    expect(String(alias.stderr)).toMatch(/"600" has no unit/);
    // A key that names its unit takes a plain number in that unit.
    writeFileSync(join(t.dir, 'b.json'), JSON.stringify({ timeoutMs: 90000, leaseMs: '30000' }));
    const ms = await docparse(['config', '--config', 'b.json', '--json'], { cwd: t.dir });
    expect(ms.exitCode).toBe(0);
    expect(JSON.parse(String(ms.stdout)).config).toMatchObject({ timeoutMs: 90_000, leaseMs: 30_000 });
    const ok = await docparse(['submit', 'inbox/', ...t.base, '--timeout', '10s', '--json'], { cwd: t.dir });
    expect(ok.exitCode).toBe(0);
    expect(JSON.parse(String(ok.stdout)).byState.completed).toBe(3);
  });

  it('submit of a missing folder is a usage error that creates and overwrites nothing', async () => {
    const t = setup();
    const fresh = await docparse(['submit', 'inbx/', ...t.base], { cwd: t.dir });
    expect(fresh.exitCode).toBe(1);
    expect(String(fresh.stderr)).toMatch(/no such file or folder: inbx\//);
    expect(existsSync(t.ledger)).toBe(false);
    expect(existsSync(t.out)).toBe(false);

    expect((await docparse(['submit', 'inbox/', ...t.base], { cwd: t.dir })).exitCode).toBe(0);
    const summary = readFileSync(join(t.out, 'summary.json'), 'utf8');
    const failures = statSync(join(t.out, 'failures.csv')).mtimeMs;
    // One good folder and one typo: nothing runs, the last reports stay as they were.
    const typo = await docparse(['submit', 'inbox/', 'inbx/', ...t.base, '--json'], { cwd: t.dir });
    expect(typo.exitCode).toBe(1);
    expect(String(typo.stdout)).toBe('');
    expect(readFileSync(join(t.out, 'summary.json'), 'utf8')).toBe(summary);
    expect(statSync(join(t.out, 'failures.csv')).mtimeMs).toBe(failures);
  });

  it('a FIFO named on the command line is refused, not skipped without a word', async () => {
    const t = setup();
    await execa('mkfifo', [join(t.dir, 'pipe.pdf')]);
    const r = await docparse(['submit', 'pipe.pdf', ...t.base], { cwd: t.dir });
    expect(r.exitCode).toBe(1);
    expect(String(r.stderr)).toMatch(/pipe\.pdf is a FIFO \(named pipe\), not a file or folder/);
    expect(existsSync(t.ledger)).toBe(false);
  });

  it('extract of a missing file exits 2 with the reason; --text prints the text, --text --json the JSON with it', async () => {
    const t = setup();
    const missing = await docparse(['extract', 'nope.pdf'], { cwd: t.dir });
    expect(missing.exitCode).toBe(2);
    expect(String(missing.stderr)).toMatch(/nope\.pdf: unreadable: no such file/);
    expect(String(missing.stderr)).not.toMatch(/unexpected error/);

    const text = await docparse(['extract', 'inbox/inv-001.pdf', '--text'], { cwd: t.dir });
    expect(text.exitCode).toBe(0);
    const plain = String(text.stdout);
    expect(plain).toMatch(/^Acme Widgets Ltd/m);
    expect(plain).toMatch(/Invoice No: INV-1/);
    expect(plain.trimStart().startsWith('{')).toBe(false);
    const json = await docparse(['extract', 'inbox/inv-001.pdf', '--text', '--json'], { cwd: t.dir });
    const result = JSON.parse(String(json.stdout));
    expect(result.text).toHaveLength(1);
    expect(result.text[0]).toMatch(/Invoice No: INV-1/);
    expect(result.invoiceNumber.value).toBe('INV-1');
  });

  it('says "1 file", and that --force --detach requeued the jobs', async () => {
    const t = setup();
    const one = await docparse(['submit', 'inbox/inv-001.pdf', ...t.base], { cwd: t.dir });
    expect(String(one.stderr)).toMatch(/done: 1 file, 1 completed, 0 failed/);
    await docparse(['submit', 'inbox/', ...t.base], { cwd: t.dir });
    const forced = await docparse(['submit', 'inbox/', ...t.base, '--force', '--detach'], { cwd: t.dir });
    expect(forced.exitCode).toBe(0);
    expect(String(forced.stderr)).toMatch(/registered 3 jobs in run run_\S+ \(0 new, 3 requeued \(--force\), 0 already done\)/);
  });

  it('status <runId> of a detached run says it is not finished while jobs wait, and finished after the worker', async () => {
    const t = setup();
    const reg = await docparse(['submit', 'inbox/', ...t.base, '--detach', '--json'], { cwd: t.dir });
    const runId = JSON.parse(String(reg.stdout)).runId as string;
    const waiting = await docparse(['status', runId, '--ledger', t.ledger], { cwd: t.dir });
    expect(String(waiting.stdout)).toMatch(/not finished: 3 jobs waiting for `docparse worker`/);
    expect(String(waiting.stdout)).not.toMatch(/, finished/);
    const view = JSON.parse(String((await docparse(['status', runId, '--ledger', t.ledger, '--json'], { cwd: t.dir })).stdout));
    expect(view).toMatchObject({ finished: false, open: 3, detached: true });

    expect((await docparse(['worker', '--once', '-q', '--ledger', t.ledger, '--out', t.out], { cwd: t.dir })).exitCode).toBe(0);
    const done = await docparse(['status', runId, '--ledger', t.ledger], { cwd: t.dir });
    expect(String(done.stdout)).toMatch(/, finished \(registered .*; processed by workers\)/);
    const after = JSON.parse(String((await docparse(['status', runId, '--ledger', t.ledger, '--json'], { cwd: t.dir })).stdout));
    expect(after).toMatchObject({ finished: true, open: 0 });
  });

  it('every command and subcommand has examples in its --help', async () => {
    const dir = tempDir('docparse-help-');
    const commandsOf = (help: string) => {
      // The lines of the "Commands:" section, up to the blank line that ends it.
      const section = (help.split(/^Commands:$/m)[1] ?? '').split(/\n\s*\n/)[0];
      return section.split('\n').map((l) => /^ {2}([a-z][\w-]*)/.exec(l)?.[1]).filter((n): n is string => !!n && n !== 'help');
    };
    const root = String((await docparse(['--help'], { cwd: dir })).stdout);
    const queue = commandsOf(root).map((c) => [c]);
    expect(queue.length).toBeGreaterThanOrEqual(12);
    const missing: string[] = [];
    while (queue.length) {
      const cmd = queue.shift()!;
      const help = String((await docparse([...cmd, '--help'], { cwd: dir })).stdout);
      const examples = help.split(/^Examples?:$/m)[1]?.split('\n').filter((l) => l.startsWith('  $ ')) ?? [];
      if (!examples.some((l) => l.includes(`docparse ${cmd.join(' ')} `) || l.endsWith(`docparse ${cmd.join(' ')}`))) missing.push(cmd.join(' '));
      for (const sub of commandsOf(help)) queue.push([...cmd, sub]);
    }
    expect(missing).toEqual([]);
  });
});

describe('text layers read like pdftotext reads them', () => {
  it('a Stripe-style PDF whose font decodes the hyphen to NUL gives the whole invoice number, and says how', async () => {
    const dir = tempDir('docparse-nul-');
    writeFileSync(join(dir, 'stripe-style.pdf'), await nulHyphenPdf());
    const r = await docparse(['extract', 'stripe-style.pdf'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(String(r.stdout));
    expect(result.invoiceNumber.value).toBe('76253815-0004');
    expect(result.dueDate?.value).toBe('2025-06-30');
    expect(result.warnings.join(' ')).toMatch(/decode to control codes .* read from the page image by OCR as "-"/);
  });
});
