import { describe, expect, it } from 'vitest';
import { markUndecodable, readableChars, repairFromOcr, undecodableCount } from '../../src/extract/read/undecodable.js';

describe('undecodable characters in a text layer', () => {
  it('counts control codes, private-use code points and U+FFFD, not tabs, newlines or letters', () => {
    expect(undecodableCount('Invoice 76253815\u00000004\tdue\n2025\u000106\uE012\uFFFD')).toBe(4);
    expect(readableChars('ab \u0000c\n d')).toBe(4);
    expect(markUndecodable('a\u0000b\u0007')).toBe('a\uFFFDb\uFFFD');
  });

  it("puts back what OCR read between the same neighbours, keeping the layer's layout", () => {
    const layer = 'Invoice number              76253815\u00000004\nDate due: 2025\u000006\u000030     Amount due   $1,299.00';
    const ocr = 'Invoice number 76253815-0004\nDate due: 2025-06-30\nAmount due $1,299.00';
    const r = repairFromOcr(layer, ocr);
    expect(r).not.toBeNull();
    expect(r!.text).toBe('Invoice number              76253815-0004\nDate due: 2025-06-30     Amount due   $1,299.00');
    expect(r!.replaced).toEqual(['-', '-', '-']);
  });

  it('widens the context to the next words when the run stands alone', () => {
    const r = repairFromOcr('Total \u0000 shipping 12.00', 'Total + shipping 12.00');
    expect(r?.text).toBe('Total + shipping 12.00');
  });

  it('gives up when OCR reads something else there, or the place is not unique, or it is all garbage', () => {
    expect(repairFromOcr('Ref AB\u0000CD', 'Ref A8-CD')).toBeNull();
    expect(repairFromOcr('Ref 1234\u00005678', 'Ref 1234-5678, copy of 1234/5678')).toBeNull();
    expect(repairFromOcr('x\u0000y', 'x-y')).toBeNull();
    expect(repairFromOcr('\u0001\u0002\u0003 \u0004\u0005', 'INVOICE 42')).toBeNull();
  });

  it('leaves a clean layer as it is', () => {
    expect(repairFromOcr('Invoice 42', 'lnvoice 42')).toEqual({ text: 'Invoice 42', replaced: [] });
  });
});
