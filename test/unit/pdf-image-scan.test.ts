/**
 * Whether a PDF may paint a raster image (checkPdfStreams' `mayPaintImages`, pdf-streams.ts): the
 * PDF thread asks pdf.js for a page's operator list, to find where images are painted, only when
 * it is true. False only when no stream can be an image and no stream the scan reads holds an
 * inline image; anything it cannot read for certain counts as a possible image.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync, inflateSync } from 'node:zlib';
import { checkPdfStreams, hasInlineImage } from '../../src/extract/read/pdf-streams.js';
// @ts-expect-error: a plain-JS module shared with the bombs script
import { pdfFromObjects } from '../../scripts/bench/bombs.mjs';

const LIMITS = { maxStreamBytes: 1 << 20, maxTotalBytes: 4 << 20 };
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const TEXT = 'BT /F1 12 Tf 72 720 Td (BILL TO: Invoice No: IS-1) Tj ET';

const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream')]);

/** One page with `content` (deflated when `flate`), and `more` objects from number 6 on (an image named /Im1 is object 6). */
function pdf(content: string, { flate = false, more = [] as (string | Buffer)[], contentDict = '' } = {}): Buffer {
  const data = flate ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1');
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>',
    stream(`${flate ? '/Filter /FlateDecode ' : ''}${contentDict}`, data),
    FONT,
    ...more,
  ]) as Buffer;
}
const mayPaint = (b: Buffer) => checkPdfStreams(b, inflateSync, LIMITS).mayPaintImages;
const GRAY_PIXEL = '/Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8';

describe('whether a PDF may paint images', () => {
  it('a text-only page, plain or deflated, paints none (a word starting "BI" is no inline image)', () => {
    expect(mayPaint(pdf(TEXT))).toBe(false);
    expect(mayPaint(pdf(TEXT, { flate: true }))).toBe(false);
    // A Factur-X attachment's escaped subtype is no image either.
    expect(mayPaint(pdf(TEXT, { more: [stream('/Type /EmbeddedFile /Subtype /text#2Fxml', Buffer.from('<x/>'))] }))).toBe(false);
  });

  it('an image XObject, by its subtype written plainly, escaped or by reference', () => {
    const paint = `${TEXT} q 100 0 0 100 72 500 cm /Im1 Do Q`;
    expect(mayPaint(pdf(paint, { more: [stream(`/Type /XObject /Subtype /Image ${GRAY_PIXEL}`, Buffer.from([0xff]))] }))).toBe(true);
    expect(mayPaint(pdf(paint, { more: [stream(`/Type /XObject /Subtype /Im#61ge ${GRAY_PIXEL}`, Buffer.from([0xff]))] }))).toBe(true);
    expect(mayPaint(pdf(paint, { more: [stream(`/Type /XObject /Subtype 7 0 R ${GRAY_PIXEL}`, Buffer.from([0xff])), '/Image']}))).toBe(true);
  });

  it('an inline image in a content stream, plain or deflated', () => {
    const inline = `${TEXT}\nq 100 0 0 100 72 500 cm\nBI /W 1 /H 1 /CS /G /BPC 8 ID \xff EI Q`;
    expect(mayPaint(pdf(inline))).toBe(true);
    expect(mayPaint(pdf(inline, { flate: true }))).toBe(true);
    expect(hasInlineImage(Buffer.from('Q\nBI/W 1'))).toBe(true);
    expect(hasInlineImage(Buffer.from('(BILL) Tj /BIG Do ABI'))).toBe(false);
  });

  it('a stream it cannot search counts as a possible image: encrypted, undecodable, a filter it does not decode, a predictor', () => {
    const encrypted = Buffer.from(pdf(TEXT).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 6 0 R'), 'latin1');
    expect(mayPaint(encrypted)).toBe(true);
    expect(mayPaint(pdf(TEXT, { contentDict: '/Filter /FlateDecode' }))).toBe(true); // not deflate data
    expect(mayPaint(pdf(TEXT, { contentDict: '/Filter /DCTDecode' }))).toBe(true);
    expect(mayPaint(pdf(TEXT, { contentDict: '/Filter 6 0 R' }))).toBe(true);
    expect(mayPaint(pdf(TEXT, { flate: true, contentDict: '/DecodeParms << /Predictor 12 /Columns 4 >>' }))).toBe(true);
  });
});
