/**
 * File names of any bytes (src/raw-names.ts): a name read as bytes becomes a string that gives the
 * same bytes back, whatever they are; valid UTF-8 is left exactly as Node decodes it; the ledger's
 * text form and the form shown to people are valid Unicode, and the ledger's is reversible.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeName, encodeName, fromStored, fsPath, hasRawBytes, shownPath, storedPath } from '../../src/raw-names.js';

/** Well-formed: no lone surrogate (what PostgreSQL's text and UTF-8 files can hold). */
const wellFormed = (s: string) => Buffer.from(s).toString('utf8') === s;

describe('raw file names', () => {
  it('round-trips any bytes, and leaves valid UTF-8 as Node decodes it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (a) => {
        const b = Buffer.from(a);
        const s = decodeName(b);
        expect(encodeName(s).equals(b)).toBe(true);
        if (Buffer.from(b.toString('utf8')).equals(b)) {
          expect(s).toBe(b.toString('utf8'));
          expect(hasRawBytes(s)).toBe(false);
          expect(fsPath(s)).toBe(s);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (t) => {
        if (!wellFormed(t)) return;
        expect(decodeName(Buffer.from(t))).toBe(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes Latin-1 bytes, overlong forms and encoded surrogates byte by byte; keeps a real U+FFFD', () => {
    expect(decodeName(Buffer.from('caf\xe9.pdf', 'latin1'))).toBe('caf\udce9.pdf');
    expect(decodeName(Buffer.from([0xc0, 0xaf]))).toBe('\udcc0\udcaf'); // overlong '/'
    expect(decodeName(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\udced\udca0\udc80'); // an encoded surrogate
    expect(decodeName(Buffer.from([0xe2, 0x82]))).toBe('\udce2\udc82'); // a cut sequence
    expect(decodeName(Buffer.from('a\ufffdb'))).toBe('a\ufffdb');
    expect(decodeName(Buffer.concat([Buffer.from('請'), Buffer.of(0xff)]))).toBe('請\udcff');
    expect(fsPath('/in/caf\udce9.pdf')).toEqual(Buffer.from('/in/caf\xe9.pdf', 'latin1'));
  });

  it('shows raw bytes as \\xNN and stores them reversibly, distinct from every real name', () => {
    expect(shownPath('/in/caf\udce9.pdf')).toBe('/in/caf\\xe9.pdf');
    expect(storedPath('/in/caf.pdf')).toBe('/in/caf.pdf');
    expect(storedPath('/in/caf\udce9.pdf')).toBe('bytes:/in/caf\\xe9.pdf');
    expect(storedPath('/in/a\\xe9\udce9.pdf')).toBe('bytes:/in/a\\\\xe9\\xe9.pdf');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 30 }), (a) => {
        const p = '/' + decodeName(Buffer.from(a));
        const stored = storedPath(p);
        expect(wellFormed(stored)).toBe(true);
        expect(wellFormed(shownPath(p))).toBe(true);
        expect(fromStored(stored)).toBe(p);
        // Two paths never share a stored form: a real name is stored as itself, and only a path
        // with raw bytes starts with `bytes:` (ledger paths are absolute).
        if (!hasRawBytes(p)) expect(stored).toBe(p);
      }),
      { numRuns: 2000 },
    );
  });
});
