import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobError } from '../../src/errors.js';
import { createReader, type Reader } from '../../src/extract/read/index.js';
import type { FileKind } from '../../src/types.js';
import { INVOICE_NUMBER, bombPng, standardFontsPdf, textPdf } from './read-fixtures.js';

let dir: string;
let reader: Reader;

async function file(name: string, data: Buffer | string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, data);
  return p;
}
function input(path: string, kind: FileKind = 'pdf') {
  return { path, kind, size: 0 };
}
async function failure(p: Promise<unknown>): Promise<JobError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(JobError);
  return err as JobError;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docparse-read-'));
  reader = await createReader({ lang: 'eng', ocrWorkers: 1, pageTimeoutMs: 60_000, recycleAfterPages: 50, workerMemoryCeilingMb: 1024, renderDpi: 150, maxPixels: 100e6 });
});
afterAll(async () => {
  await reader.close();
  await rm(dir, { recursive: true, force: true });
});

describe('text PDFs', () => {
  it('keeps label/value pairs and table columns on one line, like pdftotext -layout', async () => {
    const r = await reader.read(input(await file('text.pdf', await textPdf({ pages: 2 }))));
    expect(r.documentKind).toBe('text_pdf');
    expect(r.pageCount).toBe(2);
    expect(r.pages.map((p) => p.source)).toEqual(['text', 'text']);
    const lines = r.pages[0].text.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Invoice Number:\\s+${INVOICE_NUMBER}$`)));
    const header = lines.find((l) => l.startsWith('Description'))!;
    const widget = lines.find((l) => l.startsWith('Widget large'))!;
    const gadget = lines.find((l) => l.startsWith('Gadget small'))!;
    expect(widget).toMatch(/^Widget large\s+2\s+19\.99\s+39\.98$/);
    // columns stay aligned across lines
    expect(widget.indexOf('39.98')).toBe(gadget.indexOf('37.50'));
    expect(Math.abs(header.indexOf('Amount') - widget.indexOf('39.98'))).toBeLessThanOrEqual(1);
    expect(Math.abs(header.indexOf('Qty') - widget.indexOf(' 2 ') - 1)).toBeLessThanOrEqual(1);
  });

  it('reads the standard 14 fonts without their font files, Symbol and ZapfDingbats included', async () => {
    // The text op loads only Symbol's and ZapfDingbats' data (pdf-thread.ts, TextFontData).
    const r = await reader.read(input(await file('standard-fonts.pdf', await standardFontsPdf())));
    const lines = r.pages[0].text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Amount due 120.50');
    expect(lines).toContain('Thank you for your order');
    expect(lines).toContain('αβγ Σ');
    // pdf.js (with or without FoxitDingbats.pfb) and pdftotext both give the code itself for this glyph
    expect(lines).toContain('4');
  });

  it('never starts an OCR worker for text PDFs', () => {
    expect(reader.stats().workersStarted).toBe(0);
    expect(reader.stats().ocrPages).toBe(0);
  });
});

describe('failures are JobErrors with the right class', () => {
  it('encrypted PDF -> permanent encrypted', async () => {
    const e = await failure(reader.read(input(await file('enc.pdf', await textPdf({ userPassword: 'secret' })))));
    expect(e.errorClass).toBe('encrypted');
    expect(e.retryable).toBe(false);
    expect(e.hint).toMatch(/qpdf --decrypt/);
  });

  it('truncated PDF -> permanent corrupt', async () => {
    const pdf = await textPdf();
    const e = await failure(reader.read(input(await file('trunc.pdf', pdf.subarray(0, 300)))));
    expect(e.errorClass).toBe('corrupt');
    expect(e.retryable).toBe(false);
  });

  it('random bytes -> permanent corrupt', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
    const e = await failure(reader.read(input(await file('random.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), bytes])))));
    expect(e.errorClass).toBe('corrupt');
  });

  it('0 bytes -> empty', async () => {
    const e = await failure(reader.read(input(await file('zero.pdf', ''))));
    expect(e.errorClass).toBe('empty');
  });

  it('a vanished file -> unreadable', async () => {
    const e = await failure(reader.read(input(join(dir, 'gone.pdf'))));
    expect(e.errorClass).toBe('unreadable');
  });

  it.skipIf(process.getuid?.() === 0)('a forbidden file -> unreadable', async () => {
    const p = await file('forbidden.pdf', await textPdf());
    await chmod(p, 0o000);
    const e = await failure(reader.read(input(p)));
    expect(e.errorClass).toBe('unreadable');
  });

  it('a file changed since the scan (fingerprint mismatch) -> unreadable', async () => {
    const p = await file('changed.pdf', await textPdf());
    const e = await failure(reader.read({ ...input(p), fingerprint: '0'.repeat(64) }));
    expect(e.errorClass).toBe('unreadable');
  });

  it('a PNG whose header claims 30000x30000 -> too_large, before any decoding or OCR', async () => {
    const e = await failure(reader.read(input(await file('bomb.png', bombPng(30000, 30000)), 'png')));
    expect(e.errorClass).toBe('too_large');
    expect(e.message).toMatch(/30000x30000/);
    expect(reader.stats().workersStarted).toBe(0);
  });

  it('a garbage PNG -> corrupt', async () => {
    const e = await failure(reader.read(input(await file('bad.png', Buffer.from('not a png at all')), 'png')));
    expect(e.errorClass).toBe('corrupt');
  });
});
