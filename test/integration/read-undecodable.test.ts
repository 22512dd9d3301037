/**
 * Text layers whose fonts decode characters to control codes, read through the real reader:
 * pdf.js in the PDF thread, the page rendered and OCR'd by tesseract.js.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobError } from '../../src/errors.js';
import { createReader, type Reader } from '../../src/extract/read/index.js';
import { controlCodeLayerPdf, nulHyphenPdf } from '../helpers/text-layers.js';

let dir: string;
let reader: Reader;
let textOnly: Reader;
let nul: string;
let garbage: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docparse-undecodable-'));
  nul = join(dir, 'nul-hyphen.pdf');
  garbage = join(dir, 'control-codes.pdf');
  await writeFile(nul, await nulHyphenPdf());
  await writeFile(garbage, await controlCodeLayerPdf());
  reader = await createReader({ lang: 'eng', ocrWorkers: 1, pageTimeoutMs: 60_000 });
  textOnly = await createReader({ ocr: false, imageOcr: 'off' });
});
afterAll(async () => {
  await Promise.all([reader?.close(), textOnly?.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('text layers whose fonts decode to control codes', () => {
  it('the fixture reproduces the fault: pdf.js reads the hyphen as NUL', async () => {
    const r = await textOnly.read({ path: nul, kind: 'pdf', size: 0 });
    expect(r.pages[0].text).toContain('76253815\uFFFD0004');
    expect(r.pages[0].text).not.toContain('\u0000');
    expect(r.warnings?.[0]).toMatch(/page 1: 5 characters of the text layer could not be decoded .* --extractor auto reads such pages by OCR/);
  });

  it('puts the hyphen back from the page image and keeps the text layer', async () => {
    const r = await reader.read({ path: nul, kind: 'pdf', size: 0 });
    expect(r.documentKind).toBe('text_pdf');
    expect(r.pages[0].source).toBe('text');
    expect(r.pages[0].text).toMatch(/^Invoice number 76253815-0004$/m);
    expect(r.pages[0].text).toMatch(/^Date due 2025-06-30$/m);
    expect(r.pages[0].text).not.toMatch(/[\u0000-\u0008\uFFFD]/);
    expect(r.warnings).toEqual([expect.stringMatching(/^page 1: 5 of its text layer's \d+ characters decode to control codes .*; read from the page image by OCR as "-"$/)]);
  });

  it('a layer of control codes counts as no text layer: the page is OCR\'d, with a warning', async () => {
    const r = await reader.read({ path: garbage, kind: 'pdf', size: 0 });
    expect(r.documentKind).toBe('scanned_pdf');
    expect(r.pages[0].source).toBe('ocr');
    expect(r.pages[0].text).toMatch(/76253815-0004/);
    expect(r.warnings).toEqual([expect.stringMatching(/^page 1: (\d+) of its text layer's \1 characters decode to control codes .*; the page was read by OCR instead$/)]);
    // Without OCR it is a PDF with no text, not a text PDF with nothing in it.
    const err = await textOnly.read({ path: garbage, kind: 'pdf', size: 0 }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(JobError);
    expect((err as JobError).errorClass).toBe('no_text');
  });
});
