/**
 * Pages stored turned, through the real reader and real tesseract (src/extract/ocr/turn.ts,
 * src/extract/image/orient.ts): an upside-down page and a sideways page with no tag are read turned
 * (each pays its extra readings), a 1-bit TIFF with Orientation 6 is turned by its tag (no extra
 * reading), and an upright scan pays nothing (control).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReader, type Reader } from '../../src/extract/read/index.js';
import type { FileKind } from '../../src/types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let reader: Reader;

beforeAll(async () => {
  reader = await createReader({ ocrWorkers: 1 });
}, 30_000);
afterAll(() => reader.close(), 30_000);

async function read(rel: string, kind: FileKind) {
  const path = join(ROOT, rel);
  const before = reader.stats();
  const r = await reader.read({ path, kind, size: statSync(path).size, data: readFileSync(path) });
  const after = reader.stats();
  return { text: r.pages.map((p) => p.text).join('\n'), tried: after.ocrTurnTried - before.ocrTurnTried, turned: after.ocrTurned - before.ocrTurned, pages: after.ocrPages - before.ocrPages };
}

describe('pages stored turned', () => {
  it('an upside-down page with no tag is read turned 180 degrees', async () => {
    const r = await read('fixtures/orient/rechnung-kopf-ohne-tag.png', 'png');
    expect([r.tried, r.turned]).toEqual([1, 1]);
    expect(r.text).toMatch(/Nettobetrag +1\.106,50/u);
    expect(r.text).toContain('1.316,74');
    expect(r.text).toContain('EB-2025-0417');
  }, 240_000);

  it('a page stored sideways with no tag is read turned a quarter turn', async () => {
    const r = await read('fixtures/orient/rechnung-quer-ohne-tag.png', 'png');
    expect([r.tried, r.turned]).toEqual([1, 1]);
    expect(r.text).toMatch(/Nettobetrag +1\.106,50/u);
    expect(r.text).toContain('1.316,74');
  }, 240_000);

  it('a TIFF page with Orientation 6 is turned by its tag: no extra reading', async () => {
    const r = await read('fixtures/orient/rechnung-tiff-orientation6.tiff', 'tiff');
    expect([r.tried, r.turned]).toEqual([0, 0]);
    expect(r.text).toMatch(/Nettobetrag +1\.106,50/u);
    expect(r.text).toContain('1.316,74');
  }, 240_000);

  it('control: an upright scan pays nothing', async () => {
    const r = await read('fixtures/invoices/en-us-quarry-lane-software-scan.png', 'png');
    expect([r.tried, r.turned, r.pages]).toEqual([0, 0, 1]);
  }, 240_000);
});
