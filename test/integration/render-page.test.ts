/**
 * Reader.renderPage: the page images of the review report, from real files: a PDF page rendered
 * at most 1000 pixels wide, raster images scaled down (never up), a TIFF page, and the failures
 * (no such page, a file changed since it was fingerprinted).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import { createReader, type Reader } from '../../src/extract/read/index.js';
import { JobError } from '../../src/errors.js';
import type { FileKind } from '../../src/types.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/invoices/${name}`, import.meta.url));
const input = (name: string, kind: FileKind, fingerprint?: string) => ({ path: fixture(name), kind, size: statSync(fixture(name)).size, fingerprint });

let reader: Reader;
beforeAll(async () => {
  reader = await createReader({ ocr: false, imageOcr: 'off' });
});
afterAll(() => reader.close());

describe('renderPage', () => {
  it.each([
    ['de-kessler-feinmechanik.pdf', 'pdf'],
    ['en-us-quarry-lane-software-scan.png', 'png'],
    ['en-gb-marlowe-finch-print-works-scan.jpg', 'jpeg'],
    ['de-kessler-feinmechanik-scan.tif', 'tiff'],
  ] as const)('draws page 1 of %s as a PNG at most 1000 pixels wide, in the page\'s proportions', async (name, kind) => {
    const img = await reader.renderPage(input(name, kind), 1, { maxWidth: 1000 });
    const size = imageSize(img.png);
    expect(size.type).toBe('png');
    expect([size.width, size.height]).toEqual([img.width, img.height]);
    expect(img.width).toBe(1000);
    // The page's own proportions: A4 for the PDF, the picture's for images.
    const own = kind === 'pdf' ? { width: 210, height: 297 } : imageSize(readFileSync(fixture(name)));
    expect(img.height / img.width).toBeCloseTo(own.height! / own.width!, 2);
    // Not blank: a page of print has many dark pixels, so it compresses far worse than white.
    expect(img.png.length).toBeGreaterThan(20_000);
  });

  it('never draws an image larger than it is', async () => {
    const img = await reader.renderPage(input('en-us-quarry-lane-software-scan.png', 'png'), 1, { maxWidth: 100_000 });
    const own = imageSize(readFileSync(fixture('en-us-quarry-lane-software-scan.png')));
    expect(img.width).toBe(own.width);
  });

  it('fails for a page the document does not have, and for a file that changed since it was read', async () => {
    await expect(reader.renderPage(input('en-us-quarry-lane-software-scan.png', 'png'), 2, { maxWidth: 500 })).rejects.toBeInstanceOf(JobError);
    await expect(reader.renderPage(input('de-kessler-feinmechanik.pdf', 'pdf'), 3, { maxWidth: 500 })).rejects.toBeInstanceOf(JobError);
    const wrong = createHash('sha256').update('other content').digest('hex');
    await expect(reader.renderPage(input('de-kessler-feinmechanik.pdf', 'pdf', wrong), 1, { maxWidth: 500 })).rejects.toMatchObject({ errorClass: 'unreadable' });
  });
});
