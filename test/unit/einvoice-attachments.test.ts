/**
 * readEmbeddedFiles on PDFs built here with pdf-lib's low-level API: stream filters, the cap, and
 * the cheap byte test that decides whether a PDF is opened for attachments at all.
 */
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import * as PdfLib from 'pdf-lib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { mayEmbedFiles, readEmbeddedFiles } from '../../src/extract/einvoice/attachments.js';

/** A one-page PDF whose catalog names one embedded file, stored with the given filter (bytes as given). */
interface Attachment {
  name: string;
  content: Uint8Array;
  filter?: string | null;
  /** /Type /EmbeddedFile on the stream (optional in PDF); default true. */
  typed?: boolean;
  mimeType?: string | null;
  relationship?: string;
  /** Declared in the EmbeddedFiles name tree, in /AF, or both (default). */
  declare?: 'both' | 'af' | 'names';
}

/** A one-page PDF with the given attachments, built with pdf-lib's low-level API. */
async function pdfWithFiles(files: Attachment[], useObjectStreams = true): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const names: unknown[] = [];
  const af: unknown[] = [];
  for (const f of files) {
    const dict: Record<string, string> = {};
    if (f.typed ?? true) dict.Type = 'EmbeddedFile';
    if ((f.mimeType ?? 'text/xml') !== null) dict.Subtype = f.mimeType ?? 'text/xml';
    if (f.filter) dict.Filter = f.filter;
    const streamRef = ctx.register(ctx.stream(f.content, dict));
    const specRef = ctx.register(ctx.obj({ Type: 'Filespec', F: PDFString.of(f.name), UF: PDFString.of(f.name), EF: { F: streamRef, UF: streamRef }, AFRelationship: f.relationship ?? 'Alternative' }));
    if ((f.declare ?? 'both') !== 'af') names.push(PDFString.of(f.name), specRef);
    if ((f.declare ?? 'both') !== 'names') af.push(specRef);
  }
  if (names.length) doc.catalog.set(PDFName.of('Names'), ctx.obj({ EmbeddedFiles: ctx.obj({ Names: names as never }) }));
  if (af.length) doc.catalog.set(PDFName.of('AF'), ctx.obj(af as never));
  return doc.save({ useObjectStreams });
}

const pdfWith = (name: string, content: Uint8Array, filter: string | null, useObjectStreams = true) => pdfWithFiles([{ name, content, filter }], useObjectStreams);

const xml = new TextEncoder().encode('<?xml version="1.0"?><x/>');

describe('embedded files', () => {
  it('reads an uncompressed attachment declared in the name tree and /AF, once', async () => {
    const r = await readEmbeddedFiles(PdfLib, inflateSync, await pdfWith('factur-x.xml', xml, null), 1e6);
    expect(r.pageCount).toBe(1);
    expect(r.files).toHaveLength(1);
    expect(r.files[0]).toMatchObject({ name: 'factur-x.xml', mimeType: 'text/xml', relationship: 'Alternative', error: null });
    expect(r.files[0].declaredIn.sort()).toEqual(['af', 'names']);
    expect(new TextDecoder().decode(r.files[0].data!)).toBe('<?xml version="1.0"?><x/>');
  });

  it('refuses filters that could expand without a cap (LZW, run-length) before decoding', async () => {
    for (const f of ['LZWDecode', 'RunLengthDecode']) {
      const r = await readEmbeddedFiles(PdfLib, inflateSync, await pdfWith('factur-x.xml', new Uint8Array([0x80, 1, 2, 3]), f), 1e6);
      expect(r.files[0].data).toBeNull();
      expect(r.files[0].error).toBe(`it cannot be decoded: its stream filter ${f} is not one e-invoice writers use`);
    }
  });

  it('stops inflating at the cap', async () => {
    const { deflateSync } = await import('node:zlib');
    const r = await readEmbeddedFiles(PdfLib, inflateSync, await pdfWith('factur-x.xml', deflateSync(new Uint8Array(2e6)), 'FlateDecode'), 1e6);
    expect(r.files[0].error).toBe('it inflates to more than 1000000 bytes');
  });

  it('takes a file the catalog declares as the document\'s alternative or data whatever its name, and tries prescribed names first', async () => {
    const r = await readEmbeddedFiles(PdfLib, inflateSync, await pdfWithFiles([
      { name: 'notes.xml', content: xml, declare: 'names' },
      { name: 'INVOICE', content: xml, mimeType: 'application/octet-stream', relationship: 'Data', declare: 'af' },
      { name: 'logo.png', content: new Uint8Array([0x89, 0x50]), mimeType: 'image/png', relationship: 'Supplement' },
      { name: 'ZUGFeRD-invoice.xml', content: xml },
    ]), 1e6);
    expect(r.files.map((f) => [f.name, f.data !== null])).toEqual([['ZUGFeRD-invoice.xml', true], ['INVOICE', true], ['notes.xml', true], ['logo.png', false]]);
  });

  it('stops decoding at a budget: twice the per-file cap in all, and 8 files', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `part-${i}.xml`, content: new Uint8Array(600).fill(0x20) }));
    const bytes = await readEmbeddedFiles(PdfLib, inflateSync, await pdfWithFiles(many), 1000);
    expect(bytes.files.filter((f) => f.data).length).toBe(3); // 3 x 600 of the 2,000-byte budget, then 200 left is too little
    expect(bytes.files[3].error).toBe('it inflates to more than 200 bytes');
    expect(bytes.files[4].error).toMatch(/^not read: only the first 8 candidate attachments \(2000 bytes in all\)/);
    const small = Array.from({ length: 10 }, (_, i) => ({ name: `p${i}.xml`, content: xml }));
    const count = await readEmbeddedFiles(PdfLib, inflateSync, await pdfWithFiles(small), 1e6);
    expect(count.files.filter((f) => f.data).length).toBe(8);
  });

  it('the byte test finds the embedded-file stream even when the catalog is compressed, and skips ordinary PDFs', async () => {
    expect(mayEmbedFiles(await pdfWith('a.xml', xml, null, true))).toBe(true);
    // Without the optional /Type, the /Subtype text/xml that PDF/A-3 requires still shows.
    expect(mayEmbedFiles(await pdfWithFiles([{ name: 'a.xml', content: xml, typed: false }], true))).toBe(true);
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(mayEmbedFiles(await plain.save())).toBe(false);
  });
});
