/**
 * A text PDF's fields extracted in the PDF thread that read it (ReadOptions.fields, thread-fields.ts):
 * the same fields as the main thread's extraction of the same pages, boxes included, and only for a
 * layer that is the document's whole text of a PDF with no attachment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobError } from '../../src/errors.js';
import { createReader, type Reader } from '../../src/extract/read/index.js';
import { extractFields } from '../../src/extract/fields/index.js';
import { layerIsFinal, planLayer } from '../../src/extract/read/plan.js';
import { fieldThreads, readDocument } from '../../src/extract/auto.js';
import { invoiceFromEmbedded, pageCheckNeedsFields, verifyAgainstPage } from '../../src/extract/einvoice/index.js';
import { hybridPdf, ciiXml, pageLines, sampleInvoice } from '../helpers/einvoice.js';
import { INVOICE_NUMBER, textPdf } from './read-fixtures.js';

let dir: string;
let reader: Reader;

async function input(name: string, data: Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, data);
  return { path, kind: 'pdf' as const, size: data.length };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docparse-read-fields-'));
  reader = await createReader({ lang: 'eng', ocrWorkers: 1, pageTimeoutMs: 60_000 });
});
afterAll(async () => {
  await reader.close();
  await rm(dir, { recursive: true, force: true });
});

describe('fields extracted in the PDF thread', () => {
  it('are the fields the main thread extracts from the same pages, boxes included; the pages come back without word boxes', async () => {
    const pdf = await input('text.pdf', await textPdf({ pages: 2 }));
    const plain = await reader.read(pdf);
    const inThread = await reader.read(pdf, { fields: { templateId: null } });
    expect(plain.fields).toBeUndefined();
    expect(plain.pages.every((p) => (p.words?.length ?? 0) > 0)).toBe(true);
    expect(inThread.fields).toEqual(extractFields(plain.pages, { templates: [] }));
    expect(inThread.fields?.invoiceNumber?.value).toBe(INVOICE_NUMBER);
    expect(inThread.fields?.invoiceNumber?.box).toMatchObject({ page: 1 });
    expect(inThread.pages.map((p) => p.text)).toEqual(plain.pages.map((p) => p.text));
    expect(inThread.pages.every((p) => p.words === undefined)).toBe(true);
    expect(inThread.documentKind).toBe('text_pdf');
    expect(inThread.pageCount).toBe(2);
  });

  it('honour a forced template id (`invoice`: the generic extractor)', async () => {
    const pdf = await input('forced.pdf', await textPdf());
    const r = await reader.read(pdf, { fields: { templateId: 'invoice' } });
    expect(r.fields?.templateId).toBe('invoice');
  });

  it('are left to the caller for a PDF with an attachment (its e-invoice XML is read first)', async () => {
    const inv = sampleInvoice();
    const pdf = await input('hybrid.pdf', await hybridPdf({ lines: pageLines(inv), xml: ciiXml(inv, 'EN16931') }));
    const r = await reader.read(pdf, { embeddedFiles: true, fields: { templateId: null } });
    expect(r.fields).toBeUndefined();
    expect(r.embeddedFiles?.files.length).toBeGreaterThan(0);
    expect(r.pages[0].words?.length).toBeGreaterThan(0);
  });

  it('of pages read otherwise (Reader.fields, for OCR\'d pages) are extracted in a PDF thread, the same as here', async () => {
    const plain = await reader.read(await input('pages.pdf', await textPdf({ pages: 2 })));
    expect(await reader.fields(plain.pages, { templateId: null })).toEqual(extractFields(plain.pages, { templates: [] }));
    // What the extraction throws comes back by name and message, not as a PDF's error class.
    const err = await reader.fields([{ page: 1, text: 7 as unknown as string, source: 'ocr', ocrConfidence: 0.9 }], { templateId: null }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(JobError);
    expect((err as Error).name).toBe('TypeError');
  });

  it('an e-invoice\'s page check asks a PDF thread for the key fields alone (keyFieldsOnly), the same as here', async () => {
    const inv = sampleInvoice();
    const pdf = await input('check.pdf', await hybridPdf({ lines: pageLines(inv), xml: ciiXml(inv, 'EN16931') }));
    const hybrid = await reader.read(pdf, { embeddedFiles: true });
    const key = await reader.fields(hybrid.pages, { templateId: null, keyFieldsOnly: true });
    expect(key).toEqual(extractFields(hybrid.pages, { templates: [], keyFieldsOnly: true }));
    expect(key).not.toEqual(extractFields(hybrid.pages, { templates: [] }));
    expect(key.invoiceNumber?.value).toBe(inv.number);
    const { result } = await readDocument(reader, pdf, { templates: [], templateId: null, einvoice: 'prefer' });
    const xml = invoiceFromEmbedded(hybrid.embeddedFiles).fields!;
    verifyAgainstPage(xml, () => extractFields(hybrid.pages, { templates: [], keyFieldsOnly: true }), hybrid.pages);
    expect(result.einvoice?.pageCheck).toEqual(xml.einvoice?.pageCheck);
    expect(result.einvoice?.pageCheck?.status).toBe('match');
    expect(pageCheckNeedsFields(xml)).toBe(true);
    expect(pageCheckNeedsFields({ ...xml, invoiceNumber: null, invoiceDate: null, dueDate: null, total: null })).toBe(false);
  });

  it('`auto`\'s generic extraction thread (fieldThreads with no user template) gives what this thread gives', async () => {
    const plain = await reader.read(await input('generic.pdf', await textPdf({ pages: 2 })));
    const threads = fieldThreads([], 60_000);
    try {
      expect(await threads.fields(plain.pages, { templateId: null })).toEqual(extractFields(plain.pages, { templates: [] }));
    } finally {
      await threads.close();
    }
  });

  it('`words: false` reads the same text without word boxes (the text extractor)', async () => {
    const pdf = await input('nowords.pdf', await textPdf());
    const plain = await reader.read(pdf);
    const bare = await reader.read(pdf, { words: false });
    expect(bare.pages.map((p) => p.text)).toEqual(plain.pages.map((p) => p.text));
    expect(bare.pages.every((p) => p.words === undefined)).toBe(true);
  });
});

describe('whether a layer is the whole text (plan.ts)', () => {
  const text = 'Invoice INV-1 total 12.00 EUR, due 2025-01-31';
  const auto = { ocr: true, imageOcr: 'auto' as const, imageOcrMinArea: 0.08 };
  it('not when a page has too little text, or characters that decode to control codes: those pages are OCR\'d', () => {
    expect(layerIsFinal([{ text, images: [], imageArea: 0 }], auto)).toBe(true);
    expect(layerIsFinal([{ text, images: [], imageArea: 0 }, { text: 'p. 2', images: [], imageArea: 0 }], auto)).toBe(false);
    expect(layerIsFinal([{ text: `${text}\u0000`, images: [], imageArea: 0 }], auto)).toBe(false);
    expect(planLayer([{ text: 'p. 2' }, { text }], true).toOcr).toEqual([1]);
    expect(planLayer([{ text: 'p. 2' }], false).toOcr).toEqual([]);
  });
  it('not when a page\'s images are large enough to be OCR\'d too, unless image OCR is off', () => {
    const page = { text, images: [{}], imageArea: 0.2 };
    expect(layerIsFinal([page], auto)).toBe(false);
    expect(layerIsFinal([page], { ...auto, imageOcr: 'off' })).toBe(true);
    expect(layerIsFinal([{ ...page, imageArea: 0.03 }], auto)).toBe(true);
  });
});
