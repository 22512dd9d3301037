/**
 * File names as hostile input, through the real CLI: terminal escape codes in a name never reach
 * the terminal (they would clear the screen or set the window title); long non-ASCII names fit;
 * names that are not UTF-8 are processed, shown escaped and moved byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docparse } from '../helpers/cli.js';
import { invoiceLines, scratch, writePdf } from './support.js';

/** Any control character but newline (and the tab that separates nothing here). */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('terminal escape codes in file names', () => {
  it('are written escaped by submit, jobs and status (text and --json), never raw', async () => {
    const dir = scratch('docparse-names-esc-');
    const inv = join(dir, 'in');
    mkdirSync(inv);
    const name = 'evil\x1b]0;pwned\x07\x1b[2J\x9b31m.pdf';
    writeFileSync(join(inv, name), 'not a pdf at all');
    const ledger = join(dir, 'l.db');
    const runs = [
      await docparse(['submit', inv, '--ledger', ledger, '--out', join(dir, 'out')], { cwd: dir }),
      await docparse(['jobs', '--ledger', ledger], { cwd: dir }),
      await docparse(['jobs', '--ledger', ledger, '--json'], { cwd: dir }),
      await docparse(['status', join(inv, name), '--ledger', ledger], { cwd: dir }),
      await docparse(['extract', join(inv, name)], { cwd: dir }),
    ];
    expect(runs[0].exitCode).toBe(2);
    for (const r of runs) {
      const all = String(r.stdout) + String(r.stderr);
      expect(all, r.command).toContain('evil\\u001b]0;pwned\\u0007\\u001b[2J');
      expect(RAW_CONTROL.test(all), `${r.command} wrote a raw control character`).toBe(false);
    }
    // --json stays valid JSON, the name intact once parsed.
    const line = JSON.parse(String(runs[2].stdout).trim().split('\n')[0]);
    expect(line.fileName).toBe(name);
  });
});

describe('file names of any bytes and length', () => {
  it('long CJK names: results cut by bytes at a character boundary, unique, under 255 bytes; a rerun is a no-op', async () => {
    const dir = scratch('docparse-names-long-');
    const inv = join(dir, 'in');
    const a = '請'.repeat(73) + '.pdf'; // 223 bytes: over 255 once the result suffix is added
    const b = '請'.repeat(70) + '求書'.repeat(5) + '.pdf'; // shares a's first 70 characters, other content
    await writePdf(join(inv, a), invoiceLines('INV-CJK-A'));
    await writePdf(join(inv, b), invoiceLines('INV-CJK-B'));
    const args = ['submit', inv, '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out'), '--extractor', 'text', '-q'];
    const r = await docparse(args, { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const results = readdirSync(join(dir, 'out')).filter((n) => n.endsWith('.json') && !['summary.json', 'failures.json'].includes(n));
    expect(results).toHaveLength(2);
    for (const n of results) {
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
      expect(n).not.toContain('\ufffd');
      expect(n.startsWith('請'.repeat(60))).toBe(true);
    }
    const again = await docparse([...args, '--json'], { cwd: dir });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect(JSON.parse(String(again.stdout)).jobs.skipped).toBe(2);
  });

  it('names that are not UTF-8 (Latin-1 bytes): processed, shown escaped, kept exactly in JSON; a rerun skips them; --move-done moves them byte for byte', async () => {
    const dir = scratch('docparse-names-latin1-');
    const inv = join(dir, 'in');
    // Linux allows any bytes in a name: `café.pdf` and `Rechnung Müller.png` written in Latin-1.
    const pdfName = Buffer.from('caf\xe9.pdf', 'latin1');
    const pngName = Buffer.from('Rechnung M\xfcller.png', 'latin1');
    await writePdf(join(inv, 'tmp.pdf'), invoiceLines('INV-LATIN-1'));
    renameSync(join(inv, 'tmp.pdf'), Buffer.concat([Buffer.from(inv + '/'), pdfName]));
    copyFileSync(fileURLToPath(new URL('../../fixtures/extraction/receipt-till.png', import.meta.url)), Buffer.concat([Buffer.from(inv + '/'), pngName]));
    const args = ['submit', inv, '--ledger', join(dir, 'l.db'), '--out', join(dir, 'out')];
    const r = await docparse(args, { cwd: dir });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const shown = String(r.stdout) + String(r.stderr);
    expect(shown).toContain('caf\\xe9.pdf');
    expect(shown).toContain('Rechnung M\\xfcller.png');
    expect(shown).not.toContain('\ufffd');
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));
    expect(summary.byState).toMatchObject({ completed: 2, failed: 0 });
    // Result files are named from the escaped form (its backslash made `_`); JSON keeps the exact name, reversibly.
    const results = readdirSync(join(dir, 'out')).filter((n) => /\.[0-9a-f]{12}\.json$/.test(n)).sort();
    expect(results.map((n) => n.replace(/\.[0-9a-f]{12}\.json$/, ''))).toEqual(['Rechnung M_xfcller.png', 'caf_xe9.pdf']);
    const pdfResult = JSON.parse(readFileSync(join(dir, 'out', results[1]), 'utf8'));
    expect(pdfResult.fileName).toBe('caf\udce9.pdf');
    expect(pdfResult.paths).toEqual([join(inv, 'caf\udce9.pdf')]);
    expect(pdfResult.result.invoiceNumber.value).toBe('INV-LATIN-1');
    const pngResult = JSON.parse(readFileSync(join(dir, 'out', results[0]), 'utf8'));
    expect(pngResult.result.documentKind).toBe('image');
    expect(pngResult.result.pages[0].source).toBe('ocr');
    const csv = readFileSync(join(dir, 'out', 'results.csv'), 'utf8');
    expect(csv).toContain(`${join(inv, 'caf')}\\xe9.pdf,`);
    // The review report too (its data is JSON inside the page: the backslash is written doubled).
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toContain('caf\\\\xe9.pdf');
    expect(html).not.toContain('\ufffd');
    // The jobs list shows them escaped too.
    const jobs = await docparse(['jobs', '--ledger', join(dir, 'l.db')], { cwd: dir });
    expect(String(jobs.stdout)).toContain('caf\\xe9.pdf');
    // status takes the path as shown (the exact bytes cannot come through the command line).
    const status = await docparse(['status', join(inv, 'caf\\xe9.pdf'), '--ledger', join(dir, 'l.db'), '--json'], { cwd: dir });
    expect(status.exitCode, String(status.stderr)).toBe(0);
    expect(JSON.parse(String(status.stdout))).toMatchObject({ status: 'completed', fileName: 'caf\udce9.pdf' });
    // A rerun knows them (the ledger kept their exact paths): nothing processed.
    const again = await docparse([...args, '--json'], { cwd: dir });
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect(JSON.parse(String(again.stdout)).jobs).toMatchObject({ skipped: 2, processed: 0 });
    // --move-done moves the finished originals, their names byte for byte.
    const moved = await docparse([...args, '--move-done', join(dir, 'done'), '--json'], { cwd: dir });
    expect(moved.exitCode, String(moved.stderr)).toBe(0);
    expect(JSON.parse(String(moved.stdout)).moved).toMatchObject({ done: 2, skipped: 0 });
    expect(readdirSync(join(dir, 'done'), { encoding: 'buffer' }).map((b) => b.toString('hex')).sort()).toEqual([pngName, pdfName].map((b) => b.toString('hex')).sort());
    expect(readdirSync(inv)).toEqual([]);
  });

});
