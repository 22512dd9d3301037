/**
 * Hostile and odd inputs beside good invoices, through the real CLI: each bad file fails alone
 * with a clear reason in failures.json, every good invoice's result is right, the exit code is
 * the documented one, and nothing is written outside --out (the input tree, the cwd and the
 * ledger's folder are snapshotted before and after).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { BIN, docparse } from '../helpers/cli.js';
import { readLedger } from '../helpers/ledger.js';
import { diffTrees, invoiceLines, pngBomb, snapshotTree, unprivilegedRunner, UNPRIVILEGED, writePdf, scratch } from './support.js';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

interface Good {
  rel: string;
  number: string;
}

/** Good invoices, some under awkward names; `dup b.pdf` is a byte copy of `dup-a.pdf`; a/same.pdf and b/same.pdf differ. */
const GOOD: Good[] = [
  { rel: 'g-01.pdf', number: 'INV-1001' },
  { rel: 'g-02.pdf', number: 'INV-1002' },
  { rel: 'g-03.pdf', number: 'INV-1003' },
  { rel: ' with  spaces .pdf', number: 'INV-1004' },
  { rel: 'new\nline.pdf', number: 'INV-1005' },
  { rel: 'ünïcødé 請求書 €.pdf', number: 'INV-1006' },
  { rel: '..dotdot.pdf', number: 'INV-1007' },
  { rel: 'a..b.pdf', number: 'INV-1008' },
  { rel: 'dup-a.pdf', number: 'INV-1009' },
  { rel: 'a/same.pdf', number: 'INV-1010' },
  { rel: 'b/same.pdf', number: 'INV-1011' },
];
const COPY = { rel: 'dup b.pdf', of: 'dup-a.pdf' };

/** Bad files and the error class each must fail with, per extractor. */
const BAD: Record<string, { text: string; auto: string }> = {
  'empty.pdf': { text: 'empty', auto: 'empty' },
  'truncated.pdf': { text: 'corrupt', auto: 'corrupt' },
  'random.pdf': { text: 'corrupt', auto: 'corrupt' },
  'locked.pdf': { text: 'encrypted', auto: 'encrypted' },
  'huge.pdf': { text: 'too_large', auto: 'too_large' },
  // The text extractor reads PDFs only; auto reads the header and refuses 900 MP before decoding.
  'bomb.png': { text: 'unsupported', auto: 'too_large' },
};

const MAX_FILE_SIZE = 64 * 1024;
let template: string;

beforeAll(async () => {
  template = scratch('docparse-rel-src-');
  for (const g of GOOD) await writePdf(join(template, g.rel), invoiceLines(g.number));
  copyFileSync(join(template, COPY.of), join(template, COPY.rel));
  writeFileSync(join(template, 'empty.pdf'), '');
  const good = readFileSync(join(template, 'g-01.pdf'));
  writeFileSync(join(template, 'truncated.pdf'), good.subarray(0, Math.floor(good.length / 2)));
  writeFileSync(join(template, 'random.pdf'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) & 255)));
  await writePdf(join(template, 'locked.pdf'), invoiceLines('INV-LOCKED'), { userPassword: 'secret' });
  // A genuine PDF padded past the limit with a trailing comment (readers ignore it).
  writeFileSync(join(template, 'huge.pdf'), Buffer.concat([good, Buffer.from('\n%' + 'x'.repeat(MAX_FILE_SIZE) + '\n')]));
  writeFileSync(join(template, 'bomb.png'), pngBomb(30000, 30000));
  writeFileSync(join(template, 'notes.txt'), 'not an invoice');
  symlinkSync('.', join(template, 'loop')); // a folder loop
  symlinkSync('self.pdf', join(template, 'self.pdf')); // ELOOP
  symlinkSync('nowhere.pdf', join(template, 'dangling.pdf'));
});

function setup() {
  const dir = scratch('docparse-rel-');
  const inv = join(dir, 'in');
  execaSync('cp', ['-a', template, inv]); // keeps the symlinks as links (cpSync follows or rejects the loop)
  mkdirSync(join(dir, 'state'));
  return { dir, inv };
}

const ignoreState = (out: string, ledger: string) => (rel: string) => rel === out || rel === ledger || rel === `${ledger}-wal` || rel === `${ledger}-shm`;

function readOut(out: string) {
  const names = readdirSync(out);
  const results = names.filter((n) => n.endsWith('.json') && n !== 'summary.json' && n !== 'failures.json');
  const byFingerprint = new Map<string, { name: string; body: any }>();
  for (const n of results) {
    const body = JSON.parse(readFileSync(join(out, n), 'utf8'));
    byFingerprint.set(body.fingerprint, { name: n, body });
  }
  return { names, results, byFingerprint, failures: JSON.parse(readFileSync(join(out, 'failures.json'), 'utf8')) as any[] };
}

describe('bad inputs beside good invoices', () => {
  for (const extractor of ['text', 'auto'] as const) {
    it(`--extractor ${extractor}: each bad file fails alone with its reason, good results are right, nothing written outside --out`, async () => {
      const t = setup();
      const out = 'out';
      const ledger = join('state', 'ledger.db');
      const before = snapshotTree(t.dir, ignoreState(out, ledger));
      const r = await docparse(['submit', 'in', '--ledger', ledger, '--out', out, '--extractor', extractor, '--hidden', '--max-file-size', String(MAX_FILE_SIZE), '-c', '2', '--json'], { cwd: t.dir });
      expect(r.exitCode, String(r.stderr)).toBe(2);
      const summary = JSON.parse(String(r.stdout));

      const o = readOut(join(t.dir, out));
      // Only results, the summary, the failure reports, results.csv and the review report; no
      // temp files, no odd names (no page images either: the good invoices need no review).
      expect(o.names.filter((n) => !o.results.includes(n)).sort()).toEqual(['failures.csv', 'failures.json', 'report.html', 'results.csv', 'summary.json']);
      for (const n of o.results) expect(n).toMatch(/^[^./\n][^/\n]*\.[0-9a-f]{12}\.json$/);

      // Failures: exactly the bad files, each with its class, a message and a hint.
      const got = Object.fromEntries(o.failures.map((f) => [f.path, f.errorClass]));
      const want = Object.fromEntries(Object.entries(BAD).map(([n, c]) => [join(t.inv, n), c[extractor]]));
      expect(got).toEqual(want);
      for (const f of o.failures) {
        expect(f.message.length, f.path).toBeGreaterThan(5);
        expect(f.hint.length, f.path).toBeGreaterThan(10);
        expect(f.retryable).toBe(false);
        // An empty file is no content to key a job by: it fails at the scan, under its own name.
        expect(f.attempts).toBe(f.errorClass === 'empty' ? 0 : 1);
      }
      expect(o.failures.find((f) => f.errorClass === 'encrypted').hint).toMatch(/password/i);
      expect(o.failures.find((f) => f.errorClass === 'too_large' && f.path.endsWith('huge.pdf')).message).toMatch(/limit/);

      // Good invoices: one result per distinct content, completed, with every path it was seen under.
      expect(o.results).toHaveLength(GOOD.length);
      for (const g of [...GOOD, { rel: COPY.rel, number: GOOD.find((x) => x.rel === COPY.of)!.number }]) {
        const path = join(t.inv, g.rel);
        const res = o.byFingerprint.get(sha(path));
        expect(res, g.rel).toBeDefined();
        expect(res!.body).toMatchObject({ status: 'completed', pageCount: 1, error: null });
        expect(res!.body.paths).toContain(path);
        expect(res!.body.result.documentKind).toBe('text_pdf');
        if (extractor === 'auto') expect(res!.body.result.invoiceNumber?.value, g.rel).toBe(g.number);
      }
      const dup = o.byFingerprint.get(sha(join(t.inv, COPY.of)))!.body;
      expect(dup.paths.sort()).toEqual([join(t.inv, COPY.of), join(t.inv, COPY.rel)].sort());
      const sameName = o.results.filter((n) => n.startsWith('same.pdf.'));
      expect(sameName).toHaveLength(2); // same name in two folders: two results, no overwrite
      expect(o.results.find((n) => n.startsWith('_dotdot.pdf.'))).toBeDefined(); // leading dots defused

      // Symlinks: the loop is walked once, the self-link and the dangling one are skipped, not failed.
      expect(summary.files.seen).toBe(GOOD.length + 1 + Object.keys(BAD).length + 1); // + copy, + notes.txt
      expect(summary.files.ignored).toBe(1);
      // Of the bad files, the empty one fails at the scan (no job); the copy is the same content as its original.
      expect(summary.byState).toMatchObject({ completed: GOOD.length, failed: Object.keys(BAD).length - 1 });
      expect(summary.files).toMatchObject({ failedToScan: 1, sameContent: 1 });

      if (extractor === 'auto') {
        // The bomb fails from its header: no decoding, so fast.
        const ms = readLedger(join(t.dir, ledger), (db) => {
          const id = (db.prepare(`SELECT id FROM jobs WHERE file_name = 'bomb.png'`).get() as { id: string }).id;
          const ev = db.prepare(`SELECT to_state, at FROM job_events WHERE job_id = ? ORDER BY id`).all(id) as Array<{ to_state: string; at: number }>;
          return ev.find((e) => e.to_state === 'failed')!.at - ev.find((e) => e.to_state === 'processing')!.at;
        });
        expect(ms).toBeLessThan(2_000);
      }

      expect(diffTrees(before, snapshotTree(t.dir, ignoreState(out, ledger)))).toEqual([]);
    });
  }

  const unpriv = unprivilegedRunner();
  it.skipIf('reason' in unpriv)(`a file and a folder without read permission fail as unreadable (CLI run as uid ${UNPRIVILEGED.uid} via setpriv)${'reason' in unpriv ? ` [skipped: ${unpriv.reason}]` : ''}`, async () => {
    if ('reason' in unpriv) return;
    const dir = scratch('docparse-rel-perm-');
    chmodSync(dir, 0o755);
    const inv = join(dir, 'in');
    for (const n of ['ok-1.pdf', 'ok-2.pdf', 'secret.pdf', 'private/inner.pdf']) await writePdf(join(inv, n), invoiceLines(`INV-${n}`));
    mkdirSync(join(dir, 'state'));
    const chownAll = (p: string) => {
      chownSync(p, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
      try {
        for (const n of readdirSync(p)) chownAll(join(p, n));
      } catch {
        /* a file */
      }
    };
    chownAll(dir);
    chmodSync(join(inv, 'secret.pdf'), 0o000);
    chmodSync(join(inv, 'private'), 0o000);
    const before = snapshotTree(dir, ignoreState('out', 'state/ledger.db'));
    const [cmd, ...pre] = unpriv.wrap.length ? unpriv.wrap : [process.execPath];
    const args = unpriv.wrap.length ? [...pre, process.execPath, BIN] : [BIN];
    const r = await execa(cmd, [...args, 'submit', 'in', '--ledger', 'state/ledger.db', '--out', 'out', '--extractor', 'text', '--json'], {
      cwd: dir,
      reject: false,
      env: { NO_COLOR: '1', HOME: dir },
    });
    expect(r.exitCode, String(r.stderr)).toBe(2);
    const o = readOut(join(dir, 'out'));
    const rows = Object.fromEntries(o.failures.map((f) => [f.path, f]));
    expect(Object.keys(rows).sort()).toEqual([join(inv, 'private'), join(inv, 'secret.pdf')]);
    for (const f of o.failures) {
      expect(f).toMatchObject({ errorClass: 'unreadable', jobId: null, fingerprint: null });
      expect(f.message).toMatch(/permission denied|EACCES/i);
      expect(f.hint).toMatch(/permission|access/i);
    }
    expect(o.results).toHaveLength(2);
    for (const n of ['ok-1.pdf', 'ok-2.pdf']) expect(o.byFingerprint.get(sha(join(inv, n)))?.body.status).toBe('completed');
    chmodSync(join(inv, 'private'), 0o755); // so the snapshot can look inside again
    expect(diffTrees(before, snapshotTree(dir, ignoreState('out', 'state/ledger.db')))).toEqual([`~ "in/private" ${JSON.stringify(before.get('in/private'))} -> ${JSON.stringify({ ...before.get('in/private')!, mode: (before.get('in/private')!.mode & ~0o777) | 0o755 })}`]);
  });

  it('a file deleted, or replaced (same size / other size), after the scan registered it fails as unreadable; a rerun picks up the new content', async () => {
    const dir = scratch('docparse-rel-race-');
    const inv = join(dir, 'in');
    for (let i = 1; i <= 24; i++) await writePdf(join(inv, `r-${String(i).padStart(2, '0')}.pdf`), invoiceLines(`INV-R${i}`));
    const ledger = join(dir, 'ledger.db');
    const out = join(dir, 'out');
    const child = docparse(['submit', inv, '--ledger', ledger, '--out', out, '--extractor', 'text', '-c', '1'], { cwd: dir, buffer: true });
    // Deterministic: freeze the CLI at its first finished job, pick three jobs the ledger says are
    // still pending, change their files, and let it go on.
    const victims = await new Promise<{ gone: string; same: string; other: string }>((resolve, reject) => {
      let done = false;
      child.stderr!.on('data', (chunk: Buffer) => {
        if (done || !/^completed /m.test(String(chunk))) return;
        done = true;
        process.kill(child.pid!, 'SIGSTOP');
        try {
          const pending = readLedger(ledger, (db) => (db.prepare(`SELECT path FROM jobs WHERE status = 'pending' ORDER BY path`).all() as Array<{ path: string }>).map((r) => r.path));
          if (pending.length < 3) throw new Error(`only ${pending.length} jobs still pending at the first result`);
          const [gone, same, other] = pending.slice(-3);
          unlinkSync(gone);
          const bytes = readFileSync(same);
          const i = bytes.indexOf('docparse reliability tests');
          bytes.write('DOCPARSE RELIABILITY TESTS', i, 'latin1'); // same size, other content
          writeFileSync(same, bytes);
          writeFileSync(other, Buffer.concat([readFileSync(join(inv, 'r-01.pdf')), Buffer.from('\n% grown\n')]));
          resolve({ gone, same, other });
        } catch (err) {
          reject(err);
        } finally {
          process.kill(child.pid!, 'SIGCONT');
        }
      });
      child.then(() => (done ? undefined : reject(new Error('the run finished before any job completed'))), reject);
    });
    const r = await child;
    expect(r.exitCode, String(r.stderr)).toBe(2);
    const o = readOut(out);
    const rows = Object.fromEntries(o.failures.map((f) => [f.path, f]));
    expect(Object.keys(rows).sort()).toEqual([victims.gone, victims.same, victims.other].sort());
    expect(rows[victims.gone]).toMatchObject({ errorClass: 'unreadable', retryable: false });
    expect(rows[victims.gone].message).toMatch(/gone|moved or deleted/);
    expect(rows[victims.same]).toMatchObject({ errorClass: 'unreadable' });
    expect(rows[victims.same].message).toMatch(/changed/);
    expect(rows[victims.other]).toMatchObject({ errorClass: 'unreadable' });
    expect(rows[victims.other].message).toMatch(/changed/);
    expect(o.results).toHaveLength(21);

    // The next run sees the new content as new jobs and processes them; the deleted file is simply not there.
    const again = await docparse(['submit', inv, '--ledger', ledger, '--out', out, '--extractor', 'text', '--json'], { cwd: dir });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    const s = JSON.parse(String(again.stdout));
    expect(s.jobs).toMatchObject({ total: 23, skipped: 21 }); // 'other' now equals r-01 + a comment: a new job
    expect(s.byState.completed).toBe(23);
    expect(JSON.parse(readFileSync(join(out, 'failures.json'), 'utf8'))).toEqual([]);
  });
});
