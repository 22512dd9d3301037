/**
 * Result file names: the plain-name shortcut (isPlainName) must name a file exactly as the full
 * sanitising does (safeFileName), for every name it takes, and leave every other name to it.
 */
import { describe, expect, it } from 'vitest';
import { isPlainName, resultFileName, safeFileName } from '../../src/report/results.js';

/** A small seeded generator, so a failure names the same names again. */
function* names(seed: number, count: number, alphabet: string): Generator<string> {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x);
  for (let i = 0; i < count; i++) {
    const len = 1 + (next() % 24);
    let s = '';
    for (let j = 0; j < len; j++) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

const FP = 'abcdef0123456789'.repeat(4);

describe('result file names', () => {
  it('a name the shortcut takes is one the full sanitising keeps as it is', () => {
    // Every printable ASCII character, spaces, dots and a few others where they matter most.
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '..  \t';
    let taken = 0;
    for (const n of names(7, 20_000, ascii)) {
      if (!isPlainName(n)) continue;
      taken++;
      expect(safeFileName(n), JSON.stringify(n)).toBe(n);
      expect(resultFileName({ fileName: n, fingerprint: FP })).toBe(`${n}.${FP.slice(0, 12)}.json`);
    }
    expect(taken).toBeGreaterThan(500);
  });

  it('leaves to the full sanitising every name it would change', () => {
    const changed = ['.hidden.pdf', 'a b.pdf', ' lead.pdf', 'a/b.pdf', 'a:b.pdf', 'what?.pdf', 'tab\there.pdf', 'caf\u00e9.pdf', 'x'.repeat(201), '', 'quote".pdf', 'a\\b.pdf', 'star*.pdf', 'pipe|.pdf', '<a>.pdf'];
    for (const n of changed) expect(isPlainName(n), JSON.stringify(n)).toBe(false);
    expect(resultFileName({ fileName: '.hidden.pdf', fingerprint: FP })).toBe(`_hidden.pdf.${FP.slice(0, 12)}.json`);
    expect(resultFileName({ fileName: 'a:b?.pdf', fingerprint: FP })).toBe(`a_b_.pdf.${FP.slice(0, 12)}.json`);
    expect(resultFileName({ fileName: 'x'.repeat(250), fingerprint: FP })).toBe(`${'x'.repeat(200)}.${FP.slice(0, 12)}.json`);
  });
});
