/**
 * The capped PDF stream decoders (src/extract/read/stream-filters.ts): they decode what writers
 * write (the ISO 32000 LZW example, runs, ASCII hex and base-85) and stop at their cap however
 * far the data would expand; checkPdfStreams refuses a document whose LZW or run-length stream
 * passes the one-stream cap, naming it.
 */
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { ascii85Decode, asciiHexDecode, lzwDecode, runLengthDecode } from '../../src/extract/read/stream-filters.js';
import { checkPdfStreams } from '../../src/extract/read/pdf-streams.js';
// @ts-expect-error: a plain-JS module shared with the bombs script
import { lzwSpaces, pdfLzwBomb, pdfRunLengthBomb, runLengthSpaces } from '../../scripts/bench/bombs.mjs';

const tooLarge = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return 'decoded';
};

describe('capped PDF stream decoders', () => {
  it('decode what writers write', () => {
    // ISO 32000-1, 7.4.4.2: the codes 256 45 258 258 65 259 66 257 in 9 bits.
    expect(lzwDecode(Buffer.from('800B6050220C0C8501', 'hex'), 100).toString()).toBe('-----A---B');
    expect(runLengthDecode(Buffer.from([2, 0x61, 0x62, 0x63, 0xfe, 0x7a, 0x80, 0x41]), 100).toString()).toBe('abczzz');
    expect(asciiHexDecode(Buffer.from('48 65 6c6C 6f7>'), 100).toString()).toBe('Hello\x70');
    expect(ascii85Decode(Buffer.from('87cURD]j7BEbo7~>'), 100).toString()).toBe('Hello world');
    expect(ascii85Decode(Buffer.from('z!!~>'), 100)).toEqual(Buffer.alloc(5));
    for (const n of [300, 70_000, 9_000_000]) {
      const lzw = lzwDecode(lzwSpaces(n), n);
      expect(lzw.length).toBe(n);
      expect(lzw.toString('latin1').endsWith('(Invoice No: FB-1) Tj ET\n')).toBe(true);
      expect(runLengthDecode(runLengthSpaces(n), n).equals(lzw)).toBe(true);
    }
  });

  it('stop at the cap, whatever the data would expand to', () => {
    const lzw = lzwSpaces(1 << 30); // 1 GB in a few hundred KB
    expect(lzw.length).toBeLessThan(500_000);
    expect(tooLarge(() => lzwDecode(lzw, 1 << 20))).toBe('ERR_BUFFER_TOO_LARGE');
    expect(tooLarge(() => runLengthDecode(runLengthSpaces(1 << 24), 1 << 20))).toBe('ERR_BUFFER_TOO_LARGE');
    expect(tooLarge(() => ascii85Decode(Buffer.from('z'.repeat(1000)), 3999))).toBe('ERR_BUFFER_TOO_LARGE');
    expect(tooLarge(() => lzwDecode(lzwSpaces(4000), 4000))).toBe('decoded');
  });

  it('checkPdfStreams refuses an LZW or run-length stream over the cap, naming it; under it, passes', () => {
    const limits = { maxStreamBytes: 1 << 20, maxTotalBytes: 4 << 20 };
    for (const pdf of [pdfLzwBomb(2 << 20), pdfRunLengthBomb(2 << 20)]) {
      expect(() => checkPdfStreams(pdf, inflateSync, limits)).toThrow(/stream of object 4 of the PDF decodes to more than 1 MB \(the limit for one stream\)/);
      expect(() => checkPdfStreams(pdf, inflateSync, { maxStreamBytes: 4 << 20, maxTotalBytes: 8 << 20 })).not.toThrow();
    }
  });
});
