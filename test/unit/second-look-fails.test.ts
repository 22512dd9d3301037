/**
 * readDocument's second look when the second reading fails (src/extract/auto.ts): the document
 * keeps its first reading's fields instead of failing, unless the run was interrupted. The reader
 * is a stand-in (the OCR itself is tested in test/e2e/second-look.test.ts); the fields are the
 * real extractor's.
 */
import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentOptions } from '../../src/extract/auto.js';
import { extractFields } from '../../src/extract/fields/index.js';
import type { Reader, ReadOptions, ReadWithFields } from '../../src/extract/read/index.js';
import type { ExtractInput, PageText } from '../../src/extract/types.js';
import { LOOKS, lookReadOptions } from '../../src/extract/second-look.js';

// A till receipt whose first reading has a total but lost its date: it asks for a second look.
const FIRST: PageText = {
  page: 1,
  source: 'ocr',
  ocrConfidence: 0.71,
  text: ['CORNER CAFE', 'Latte            3.50', 'Croissant        2.20', 'TOTAL            5.70', 'CASH            10.00', 'CHANGE           4.30'].join('\n'),
};
const SECOND: PageText = { ...FIRST, text: `${FIRST.text}\nDate: 14/03/2025 10:42` };

function standIn(second: () => Promise<ReadWithFields>): { reader: Reader; calls: ReadOptions[] } {
  const calls: ReadOptions[] = [];
  const reader = {
    read: (_input: ExtractInput, opts: ReadOptions = {}) => {
      calls.push(opts);
      return calls.length === 1 ? Promise.resolve({ pages: [FIRST] }) : second();
    },
    fields: (pages: PageText[], opts: { templateId: string | null }) => Promise.resolve(extractFields(pages, { templates: [], templateId: opts.templateId })),
  } as unknown as Reader;
  return { reader, calls };
}

const input: ExtractInput = { path: '/nowhere/receipt.png', kind: 'png', size: 1 };
const opts = (signal?: AbortSignal): DocumentOptions => ({ templates: [], templateId: null, einvoice: 'prefer', signal });

describe('a second look that fails', () => {
  it('is asked for, as the first look, and when it succeeds its date is used (control)', async () => {
    const { reader, calls } = standIn(() => Promise.resolve({ pages: [SECOND] }));
    const { result } = await readDocument(reader, input, opts());
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject(lookReadOptions(LOOKS[0])); // the first look of this installation (PaddleOCR's where installed)
    expect(result.invoiceDate?.value).toBe('2025-03-14');
    expect(result.needsReview).toBe(true);
  });

  it('leaves the first reading\'s fields when the second reading throws', async () => {
    const alone = extractFields([FIRST], { templates: [], templateId: null });
    const { reader, calls } = standIn(() => Promise.reject(new Error('no text on the page')));
    const { result } = await readDocument(reader, input, opts());
    expect(calls).toHaveLength(2);
    expect(result.invoiceDate).toEqual(alone.invoiceDate);
    expect(result.total?.value).toBe(alone.total?.value);
    expect(result.total?.value).toBe(5.7);
  });

  it('still fails when the run was interrupted during the second reading', async () => {
    const ctl = new AbortController();
    const { reader } = standIn(() => {
      ctl.abort();
      return Promise.reject(new Error('aborted'));
    });
    await expect(readDocument(reader, input, opts(ctl.signal))).rejects.toThrow('aborted');
  });
});
