/**
 * Everyday use found wanting in session 13's QA (S13-QA), each through the real CLI: what a
 * bookkeeper, a cron job and a CI pipeline saw, and now see.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir, writeInvoicePdf } from '../helpers/fixtures.js';
import { textPdf } from '../integration/read-fixtures.js';

describe('--out and --ledger under a folder that is not there', () => {
  it('a dangling symlink (a share not mounted) or a file in the path is a usage error naming it, not an unexpected error', async () => {
    const dir = tempDir('docparse-qa13-dirs-');
    await writeInvoicePdf(join(dir, 'inbox', 'a.pdf'), { number: 'QA-1' });
    symlinkSync(join(dir, 'not-mounted'), join(dir, 'nas'));
    writeFileSync(join(dir, 'plain'), 'x');
    const text = ['--extractor', 'text', '-q'];
    const ledger = await docparse(['submit', 'inbox', ...text, '--ledger', 'nas/l.db', '--out', 'out'], { cwd: dir });
    expect(ledger.exitCode).toBe(1);
    expect(String(ledger.stderr)).toMatch(/nas is a symlink to \S*not-mounted, which does not exist/);
    expect(String(ledger.stderr)).not.toMatch(/unexpected error/);
    const out = await docparse(['submit', 'inbox', ...text, '--ledger', 'l.db', '--out', 'nas/out'], { cwd: dir });
    expect(out.exitCode).toBe(1);
    expect(String(out.stderr)).toMatch(/nas\/out cannot be made: \S*nas is a symlink/);
    const file = await docparse(['submit', 'inbox', ...text, '--ledger', 'l.db', '--out', 'plain/out'], { cwd: dir });
    expect(file.exitCode).toBe(1);
    expect(String(file.stderr)).toMatch(/plain is a file, not a folder/);
    // Where the folder can be made, it is, however deep.
    mkdirSync(join(dir, 'not-mounted'));
    const fine = await docparse(['submit', 'inbox', ...text, '--ledger', 'nas/deep/l.db', '--out', 'nas/a/b/out'], { cwd: dir });
    expect(fine.exitCode).toBe(0);
  });
});

describe('a rerun over a folder holding one content under two names', () => {
  it('counts jobs done before as jobs: skipped never exceeds total, and the line says as many as completed', async () => {
    const dir = tempDir('docparse-qa13-skip-');
    const inbox = join(dir, 'drop');
    await writeInvoicePdf(join(inbox, 'a.pdf'), { number: 'QA-A' });
    copyFileSync(join(inbox, 'a.pdf'), join(inbox, 'a copy.pdf'));
    await writeInvoicePdf(join(inbox, 'c.pdf'), { number: 'QA-C' });
    const base = ['--extractor', 'text', '--ledger', 'l.db', '--out', 'out'];
    expect((await docparse(['submit', 'drop', ...base, '-q'], { cwd: dir })).exitCode).toBe(0);
    await writeInvoicePdf(join(inbox, 'd.pdf'), { number: 'QA-D' });
    const again = await docparse(['submit', 'drop', ...base, '--json'], { cwd: dir });
    expect(again.exitCode).toBe(0);
    const jobs = JSON.parse(String(again.stdout)).jobs;
    expect(jobs).toMatchObject({ total: 3, new: 1, existing: 2, skipped: 2, processed: 1 });
    const text = await docparse(['submit', 'drop', ...base], { cwd: dir });
    expect(String(text.stderr)).toMatch(/4 files, 3 completed \(3 already done\)/);
  });
});

describe('a document in another format under a document name', () => {
  it('a .docx called .pdf, a web page called .pdf and a HEIC photo called .jpg are unsupported with what to do, in submit and extract alike', async () => {
    const dir = tempDir('docparse-qa13-foreign-');
    const inbox = join(dir, 'in');
    mkdirSync(inbox);
    // The start of a real .docx: a ZIP whose first entry is [Content_Types].xml, then word/ parts.
    const zip = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(18), Buffer.from('[Content_Types].xml<Types/>PK\x03\x04word/document.xml', 'latin1')]);
    writeFileSync(join(inbox, 'Angebot.pdf'), zip);
    writeFileSync(join(inbox, 'download.pdf'), '<!DOCTYPE html><html><body>Please log in</body></html>');
    writeFileSync(join(inbox, 'IMG_0001.jpg'), Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]));
    writeFileSync(join(inbox, 'random.pdf'), Buffer.from('not a pdf at all, only bytes'));
    const run = await docparse(['submit', 'in', '--extractor', 'text', '--ledger', 'l.db', '--out', 'out', '--json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    const rows = JSON.parse(readFileSync(join(dir, 'out', 'failures.json'), 'utf8')) as Array<{ path: string; errorClass: string; message: string; hint: string }>;
    const by = (name: string) => rows.find((r) => r.path.endsWith(name))!;
    expect(by('Angebot.pdf')).toMatchObject({ errorClass: 'unsupported', message: expect.stringMatching(/is a Word document \(\.docx\), named like a PDF file/), hint: expect.stringMatching(/export or print it as PDF/) });
    expect(by('download.pdf')).toMatchObject({ errorClass: 'unsupported', message: expect.stringMatching(/is a web page/), hint: expect.stringMatching(/download it again/) });
    expect(by('IMG_0001.jpg')).toMatchObject({ errorClass: 'unsupported', message: expect.stringMatching(/is a HEIC photo, named like a JPEG file/) });
    expect(by('random.pdf')).toMatchObject({ errorClass: 'corrupt' });
    for (const [name, cls] of [['Angebot.pdf', 'unsupported'], ['download.pdf', 'unsupported'], ['random.pdf', 'corrupt']]) {
      const one = await docparse(['extract', join('in', name)], { cwd: dir });
      expect(one.exitCode).toBe(2);
      expect(String(one.stderr)).toContain(`${cls}: `);
      expect(String(one.stderr)).toContain(by(name).message.split(' is ')[1]);
    }
  });
});

describe('status of a file moved by --move-done', () => {
  it('finds the job by the content of the file where it now lies (the ledger keeps the path it was read from)', async () => {
    const dir = tempDir('docparse-qa13-moved-');
    await writeInvoicePdf(join(dir, 'drop', 'rechnung.pdf'), { number: 'QA-M' });
    const base = ['--extractor', 'text', '--ledger', 'l.db', '--out', 'out'];
    expect((await docparse(['submit', 'drop', ...base, '--move-done', 'done', '-q'], { cwd: dir })).exitCode).toBe(0);
    const st = await docparse(['status', 'done/rechnung.pdf', '--json', '--ledger', 'l.db'], { cwd: dir });
    expect(st.exitCode).toBe(0);
    expect(JSON.parse(String(st.stdout))).toMatchObject({ status: 'completed', fileName: 'rechnung.pdf' });
    writeFileSync(join(dir, 'other.pdf'), 'not submitted');
    expect((await docparse(['status', 'other.pdf', '--ledger', 'l.db'], { cwd: dir })).exitCode).toBe(4);
  });
});

describe('files a run ignores', () => {
  it('--dry-run names them with why (the run only counted "2 ignored"), in text and in --json', async () => {
    const dir = tempDir('docparse-qa13-ignored-');
    await writeInvoicePdf(join(dir, 'drop', 'a.pdf'), { number: 'QA-I' });
    writeFileSync(join(dir, 'drop', 'IMG_0002.heic'), Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]));
    writeFileSync(join(dir, 'drop', 'notes.txt'), 'call the accountant');
    const base = ['--extractor', 'text', '--ledger', 'l.db', '--out', 'out'];
    const text = await docparse(['submit', 'drop', ...base, '--dry-run'], { cwd: dir });
    expect(text.exitCode).toBe(0);
    expect(String(text.stderr)).toMatch(/would ignore +\S*drop\/IMG_0002\.heic \(a HEIC photo, not a PDF/);
    expect(String(text.stderr)).toMatch(/would ignore +\S*drop\/notes\.txt/);
    const json = JSON.parse(String((await docparse(['submit', 'drop', ...base, '--dry-run', '--json'], { cwd: dir })).stdout));
    expect(json.plan.ignore.map((i: { path: string }) => i.path.split('/').pop()).sort()).toEqual(['IMG_0002.heic', 'notes.txt']);
    expect(json.plan.process).toHaveLength(1);
  });
});

describe('a password-protected PDF', () => {
  it('says it needs its password, without pdf.js\'s "(No password given)" tacked on', async () => {
    const dir = tempDir('docparse-qa13-locked-');
    writeFileSync(join(dir, 'verschlüsselt.pdf'), await textPdf({ userPassword: 'geheim' }));
    const one = await docparse(['extract', 'verschlüsselt.pdf'], { cwd: dir });
    expect(one.exitCode).toBe(2);
    expect(String(one.stderr)).toContain('encrypted: the PDF is password-protected: it cannot be opened without its password');
    expect(String(one.stderr)).not.toMatch(/No password given/);
  });
});
