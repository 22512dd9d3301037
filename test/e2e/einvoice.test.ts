/**
 * E-invoices through the real CLI: a folder mixing hybrid PDFs, XML files, a hostile XML and a
 * plain PDF; results, failures report, stats, reruns, --einvoice modes and `extract`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { docparse } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';
import { ciiXml, hybridPdf, pageLines, sampleInvoice, ublXml } from '../helpers/einvoice.js';

let dir: string;
let inbox: string;
const inv = sampleInvoice();
const credit = sampleInvoice({ typeCode: '381', number: 'CN-7' });

beforeAll(async () => {
  dir = tempDir('docparse-e2e-einvoice-');
  inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'hybrid.pdf'), await hybridPdf({ lines: pageLines(inv), xml: ciiXml(inv, 'EN16931') }));
  writeFileSync(join(inbox, 'mismatch.pdf'), await hybridPdf({ lines: pageLines(sampleInvoice({ number: 'RE-OTHER-1' })), xml: ciiXml(sampleInvoice({ number: 'RE-XML-1' }), 'BASIC') }));
  // Another invoice than hybrid.pdf's: the same invoice twice is flagged as a duplicate (test/e2e/report.test.ts).
  writeFileSync(join(inbox, 'peppol.xml'), ublXml(sampleInvoice({ number: 'PEPPOL-1' }), 'PEPPOL'));
  writeFileSync(join(inbox, 'credit.xml'), ciiXml(credit, 'XRECHNUNG'));
  writeFileSync(join(inbox, 'xxe.xml'), ublXml(sampleInvoice({ number: 'XXE-1' }), 'PEPPOL').replace('?>\n', '?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'));
  writeFileSync(join(inbox, 'settings.xml'), '<?xml version="1.0"?><settings><theme>dark</theme></settings>');
  writeFileSync(join(inbox, 'plain.pdf'), await hybridPdf({ lines: pageLines(sampleInvoice({ number: 'PLAIN-1' })), xml: null }));
});

const ledger = (name: string) => ['--ledger', join(dir, `${name}.db`)];
const base = (name: string) => [...ledger(name), '--out', join(dir, `${name}-out`)];
const resultFor = (out: string, file: string) => JSON.parse(readFileSync(join(dir, out, readdirSync(join(dir, out)).find((f) => f.startsWith(`${file}.`))!), 'utf8'));

describe('e-invoices end to end', () => {
  it('submit reads XML files and hybrid PDFs, fails the hostile XML alone, counts mismatches in stats', async () => {
    const run = await docparse(['submit', inbox, ...base('a'), '--json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    const s = JSON.parse(String(run.stdout));
    expect(s.files).toMatchObject({ seen: 7, ignored: 1 });
    expect(s.byState).toMatchObject({ completed: 5, failed: 1 });
    expect(s.needsReview).toBe(1);
    expect(s.einvoices).toEqual({ read: 4, pageMismatch: 1 });
    const lines = await docparse(['submit', inbox, ...base('a2')], { cwd: dir });
    expect(String(lines.stderr)).toMatch(/completed {2}hybrid\.pdf [\d.]+s \(e-invoice Factur-X EN 16931\)/);
    expect(String(lines.stderr)).toMatch(/completed {2}mismatch\.pdf [\d.]+s \(e-invoice Factur-X BASIC, needs review\)/);
    expect(String(lines.stderr)).toMatch(/4 e-invoices \(1 printed page differs from the XML\)/);

    const hybrid = resultFor('a-out', 'hybrid.pdf').result;
    expect(hybrid.einvoice).toMatchObject({ syntax: 'CII', standard: 'Factur-X', profile: 'EN 16931', container: 'pdf', pageCheck: { status: 'match' } });
    expect(hybrid.invoiceNumber).toEqual({ value: inv.number, confidence: 1, source: 'e-invoice', page: null });
    expect(hybrid.total.value).toBe(inv.grandTotal);
    expect(hybrid.lineItems).toHaveLength(3);

    const peppol = resultFor('a-out', 'peppol.xml').result;
    expect(peppol).toMatchObject({ documentKind: 'einvoice_xml', einvoice: { syntax: 'UBL', profile: 'PEPPOL BIS 3.0' } });
    expect(resultFor('a-out', 'credit.xml').result.einvoice).toMatchObject({ syntax: 'CII', profile: 'XRECHNUNG', typeCode: '381', documentType: 'credit note' });

    const mismatch = resultFor('a-out', 'mismatch.pdf').result;
    expect(mismatch.invoiceNumber.value).toBe('RE-XML-1');
    expect(mismatch.needsReview).toBe(true);
    expect(mismatch.reviewReasons).toEqual(['e-invoice XML and printed page differ: invoice number is "RE-XML-1" in the XML but "RE-OTHER-1" on the page']);

    const st = await docparse(['status', join(inbox, 'mismatch.pdf'), ...ledger('a')], { cwd: dir });
    expect(String(st.stdout)).toMatch(/e-invoice +Factur-X BASIC \(CII, factur-x\.xml\), commercial invoice; printed page: differs from the XML/);
    expect(String(st.stdout)).toMatch(/needs review e-invoice XML and printed page differ/);

    expect(resultFor('a-out', 'plain.pdf').result).toMatchObject({ einvoice: null, invoiceNumber: { value: 'PLAIN-1' } });

    const csv = readFileSync(join(dir, 'a-out', 'failures.csv'), 'utf8');
    expect(csv).toMatch(/xxe\.xml.*unsupported.*DTD/);
    expect(csv).not.toMatch(/root:x:0/);

    const stats = await docparse(['stats', ...ledger('a'), '--json'], { cwd: dir });
    expect(JSON.parse(String(stats.stdout)).einvoices).toEqual({ read: 4, pageMismatch: 1 });
    const text = await docparse(['stats', ...ledger('a')], { cwd: dir });
    expect(String(text.stdout)).toMatch(/E-invoices read from their XML: 4; printed page differs from the XML: 1/);
    const metrics = join(dir, 'a.prom');
    await docparse(['stats', ...ledger('a'), '--metrics', metrics, '-q'], { cwd: dir });
    expect(readFileSync(metrics, 'utf8')).toMatch(/^docparse_einvoice_page_mismatches 1$/m);

    const review = await docparse(['submit', join(inbox, 'mismatch.pdf'), ...base('a3'), '--fail-on', 'review', '-q'], { cwd: dir });
    expect(review.exitCode).toBe(7);

    const again = await docparse(['submit', inbox, ...base('a'), '--json'], { cwd: dir });
    expect(JSON.parse(String(again.stdout)).jobs).toMatchObject({ processed: 0 });
  });

  it('--einvoice ignore makes new jobs read from the page; XML files then fail', async () => {
    await docparse(['submit', inbox, ...base('b'), '--json'], { cwd: dir });
    const ignore = await docparse(['submit', inbox, ...base('b'), '--json', '--einvoice', 'ignore'], { cwd: dir });
    const s = JSON.parse(String(ignore.stdout));
    expect(s.jobs).toMatchObject({ new: 6, processed: 6 });
    expect(s.byState).toMatchObject({ completed: 3, failed: 3 });
    const hybrid = resultFor('b-out', 'hybrid.pdf').result;
    expect(hybrid.einvoice).toBeNull();
    expect(hybrid.invoiceNumber.source).toMatch(/^generic:/);
    expect(readFileSync(join(dir, 'b-out', 'failures.csv'), 'utf8')).toMatch(/peppol\.xml.*unsupported.*--einvoice ignore/);
  });

  it('DOCPARSE_EINVOICE=only fails documents without e-invoice data, as not_einvoice', async () => {
    const r = await docparse(['submit', join(inbox, 'plain.pdf'), join(inbox, 'hybrid.pdf'), ...base('c'), '--json'], { cwd: dir, env: { DOCPARSE_EINVOICE: 'only' } });
    expect(r.exitCode).toBe(2);
    expect(JSON.parse(String(r.stdout)).byState).toMatchObject({ completed: 1, failed: 1 });
    expect(resultFor('c-out', 'hybrid.pdf').result).toMatchObject({ documentKind: 'einvoice_pdf', pages: [], einvoice: { pageCheck: { status: 'skipped' } } });
    expect(readFileSync(join(dir, 'c-out', 'failures.csv'), 'utf8')).toMatch(/plain\.pdf.*not_einvoice/);
    const bad = await docparse(['submit', inbox, ...base('c'), '--einvoice', 'sometimes'], { cwd: dir });
    expect(bad.exitCode).toBe(1);
    expect(String(bad.stderr)).toMatch(/prefer, ignore, only/);
  });

  it('a worker processes each job with the --einvoice mode it was submitted with', async () => {
    const det = await docparse(['submit', join(inbox, 'hybrid.pdf'), ...base('d'), '--detach', '--einvoice', 'ignore', '--json'], { cwd: dir });
    expect(det.exitCode).toBe(0);
    const w = await docparse(['worker', '--once', ...base('d'), '--json'], { cwd: dir });
    expect(w.exitCode).toBe(0);
    const r = resultFor('d-out', 'hybrid.pdf').result;
    expect(r.einvoice).toBeNull();
    expect(r.invoiceNumber.source).toMatch(/^generic:/);
  });

  it('a watched folder takes e-invoice XML files and leaves other XML alone', async () => {
    const drop = join(dir, 'drop');
    mkdirSync(drop);
    writeFileSync(join(drop, 'peppol.xml'), ublXml(inv, 'PEPPOL'));
    writeFileSync(join(drop, 'settings.xml'), '<?xml version="1.0"?><settings/>');
    const w = await docparse(['worker', '--once', '--watch', drop, '--settle', '0s', ...base('e'), '--json'], { cwd: dir });
    expect(w.exitCode).toBe(0);
    expect(resultFor('e-out', 'peppol.xml').result.einvoice).toMatchObject({ syntax: 'UBL', profile: 'PEPPOL BIS 3.0' });
    expect(readdirSync(join(dir, 'e-out')).some((f) => f.startsWith('settings.xml'))).toBe(false);
  });

  it('extract prints an e-invoice result, and refuses the hostile one with exit 2', async () => {
    const ok = await docparse(['extract', join(inbox, 'credit.xml')], { cwd: dir });
    expect(ok.exitCode).toBe(0);
    const r = JSON.parse(String(ok.stdout));
    expect(r.einvoice).toMatchObject({ syntax: 'CII', profile: 'XRECHNUNG', typeCode: '381' });
    expect(r.total.value).toBe(credit.grandTotal);
    const xxe = await docparse(['extract', join(inbox, 'xxe.xml')], { cwd: dir });
    expect(xxe.exitCode).toBe(2);
    expect(String(xxe.stderr)).toMatch(/unsupported: the XML declares a DTD/);
    expect(String(xxe.stdout)).toBe('');
  });
});
