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
async function pdfWith(name: string, content: Uint8Array, filter: string | null, useObjectStreams = true): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const stream = ctx.stream(content, { Type: 'EmbeddedFile', Subtype: 'text/xml', ...(filter ? { Filter: filter } : {}) });
  const streamRef = ctx.register(stream);
  const spec = ctx.obj({ Type: 'Filespec', F: PDFString.of(name), UF: PDFString.of(name), EF: { F: streamRef, UF: streamRef }, AFRelationship: 'Alternative' });
  const specRef = ctx.register(spec);
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ EmbeddedFiles: ctx.obj({ Names: [PDFString.of(name), specRef] }) }));
  doc.catalog.set(PDFName.of('AF'), ctx.obj([specRef]));
  return doc.save({ useObjectStreams });
}

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

  it('the byte test finds the embedded-file stream even when the catalog is compressed, and skips ordinary PDFs', async () => {
    expect(mayEmbedFiles(await pdfWith('a.xml', xml, null, true))).toBe(true);
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(mayEmbedFiles(await plain.save())).toBe(false);
  });
});
