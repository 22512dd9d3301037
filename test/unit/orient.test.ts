/**
 * Pictures stored sideways (src/extract/image/orient.ts): the EXIF/TIFF Orientation transform,
 * checked against Skia's own decoding of JPEGs carrying each tag in either byte order; what
 * src/extract/ocr/prepare.ts hands tesseract for a turned JPEG; and TIFF pages turned by their tag
 * (src/extract/read/raster.ts). Controls: orientation 1 and no tag at all leave the bytes alone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import UTIF from 'utif';
import { orientationOf, orientPixels, swapsSides, type Orientation } from '../../src/extract/image/orient.js';
import { decodeGray } from '../../src/extract/image/decode.js';
import { decodePgm, encodePgm } from '../../src/extract/image/gray.js';
import { looksUnread, turnedImage, turnedWins, UNREAD_SHARE, worthQuarterTurns } from '../../src/extract/ocr/turn.js';
import { prepareImage } from '../../src/extract/ocr/prepare.js';
import { tiffOcrPages, type RasterDeps } from '../../src/extract/read/raster.js';

const W = 48;
const H = 32;
/** A picture no turn or mirror maps onto itself: black 16 x 16 blocks at (0,0) and (32,16), grey at (16,0). */
const shade = (x: number, y: number): number => {
  const bx = Math.floor(x / 16);
  const by = Math.floor(y / 16);
  if ((bx === 0 && by === 0) || (bx === 2 && by === 1)) return 0;
  return bx === 1 && by === 0 ? 128 : 255;
};

function storedJpeg(): Buffer {
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  for (let y = 0; y < H; y += 16) for (let x = 0; x < W; x += 16) {
    const v = shade(x, y);
    ctx.fillStyle = `rgb(${v},${v},${v})`;
    ctx.fillRect(x, y, 16, 16);
  }
  return c.toBuffer('image/jpeg', 95);
}

/** A JPEG with an APP1 EXIF segment holding one Orientation entry, little- ("II") or big-endian ("MM"). */
function withExif(jpeg: Buffer, orientation: number, order: 'II' | 'MM'): Buffer {
  const t = Buffer.alloc(26);
  const le = order === 'II';
  t.write(order, 0, 'latin1');
  const u16 = (v: number, o: number) => (le ? t.writeUInt16LE(v, o) : t.writeUInt16BE(v, o));
  const u32 = (v: number, o: number) => (le ? t.writeUInt32LE(v, o) : t.writeUInt32BE(v, o));
  u16(42, 2);
  u32(8, 4);
  u16(1, 8);
  u16(0x0112, 10);
  u16(3, 12);
  u32(1, 14);
  u16(orientation, 18);
  u32(0, 22);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), t]);
  const head = Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 255]);
  return Buffer.concat([jpeg.subarray(0, 2), head, payload, jpeg.subarray(2)]);
}

/** The stored picture's grey pixels, turned by orientPixels. */
function expected(o: Orientation): { data: Uint8Array; width: number; height: number } {
  const stored = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) stored[y * W + x] = shade(x, y);
  return orientPixels(stored, W, H, 1, o);
}

/** Pixels equal within JPEG's error (block centres only: edges ring). */
function sameBlocks(got: { data: Uint8Array; width: number; height: number }, want: { data: Uint8Array; width: number; height: number }): void {
  expect([got.width, got.height]).toEqual([want.width, want.height]);
  for (let y = 8; y < want.height; y += 16) for (let x = 8; x < want.width; x += 16) {
    expect(Math.abs(got.data[y * got.width + x] - want.data[y * want.width + x]), `pixel ${x},${y}`).toBeLessThan(24);
  }
}

describe('orientation tags', () => {
  it('reads a tag as an orientation: absent, 0 or out of range is 1 (as stored)', () => {
    expect(orientationOf(undefined)).toBe(1);
    expect(orientationOf(0)).toBe(1);
    expect(orientationOf(9)).toBe(1);
    expect(orientationOf(6)).toBe(6);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((o) => swapsSides(o as Orientation))).toEqual([false, false, false, false, true, true, true, true]);
  });

  it('orientPixels: 1 is the identity; 3 twice, 6 then 8, 2 twice give the picture back; 6 four times too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 4 }), (w, h, ch) => {
        const src = Uint8Array.from({ length: w * h * ch }, (_, i) => (i * 37) & 255);
        expect(orientPixels(src, w, h, ch, 1).data).toBe(src);
        const back = (a: Orientation, b: Orientation) => {
          const once = orientPixels(src, w, h, ch, a);
          return orientPixels(once.data, once.width, once.height, ch, b).data;
        };
        expect(back(3, 3)).toEqual(src);
        expect(back(6, 8)).toEqual(src);
        expect(back(2, 2)).toEqual(src);
        expect(back(5, 5)).toEqual(src);
        let t = { data: src, width: w, height: h };
        for (let i = 0; i < 4; i++) t = orientPixels(t.data, t.width, t.height, ch, 6);
        expect(t.data).toEqual(src);
      }),
    );
  });

  for (const order of ['II', 'MM'] as const) {
    it(`orientPixels turns as Skia turns a JPEG tagged 1-8 (${order === 'II' ? 'little' : 'big'}-endian EXIF)`, async () => {
      const jpeg = storedJpeg();
      for (const o of [1, 2, 3, 4, 5, 6, 7, 8] as Orientation[]) sameBlocks(await decodeGray(withExif(jpeg, o, order)), expected(o));
    });
  }
});

describe('a turned JPEG for OCR (prepareImage)', () => {
  const plain = { upscaleBelow: 0, upscale: 2 };

  it('is handed over upright and grey, at its own size, in either byte order', async () => {
    for (const order of ['II', 'MM'] as const) {
      for (const o of [6, 8, 3] as Orientation[]) {
        const out = await prepareImage(withExif(storedJpeg(), o, order), plain);
        expect(out.scale).toBe(1);
        sameBlocks(decodePgm(out.image), expected(o));
      }
    }
  });

  it('is enlarged upright, and thickened upright for a later reading', async () => {
    const up = await prepareImage(withExif(storedJpeg(), 6, 'II'), { upscaleBelow: 1000, upscale: 2 });
    expect(up.scale).toBe(2);
    expect([decodePgm(up.image).width, decodePgm(up.image).height]).toEqual([2 * H, 2 * W]);
    const thick = await prepareImage(withExif(storedJpeg(), 8, 'II'), { ...plain, thickenInk: 1 });
    expect([decodePgm(thick.image).width, decodePgm(thick.image).height]).toEqual([H, W]);
  });

  it('controls: orientation 1 and no tag keep the file its own bytes', async () => {
    const jpeg = storedJpeg();
    const tagged1 = withExif(jpeg, 1, 'II');
    expect((await prepareImage(tagged1, plain)).image).toBe(tagged1);
    expect((await prepareImage(jpeg, plain)).image).toBe(jpeg);
  });
});

describe('a TIFF page stored sideways (tiffOcrPages)', () => {
  const deps = (): RasterDeps => ({ UTIF: UTIF as unknown as RasterDeps['UTIF'], createCanvas: createCanvas as unknown as RasterDeps['createCanvas'], loadImage: loadImage as unknown as RasterDeps['loadImage'] });

  /** An RGBA TIFF of the stored picture, with Orientation `o` (undefined: no tag). */
  function tiff(o: number | undefined): Uint8Array {
    const rgba = new Uint8Array(W * H * 4);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) rgba.fill(shade(x, y), (y * W + x) * 4, (y * W + x) * 4 + 3), (rgba[(y * W + x) * 4 + 3] = 255);
    const bytes = new Uint8Array(UTIF.encodeImage(rgba, W, H, o === undefined ? {} : { t274: [o] }));
    return bytes;
  }

  async function page(o: number | undefined) {
    const r = tiffOcrPages(deps(), tiff(o), 1e8, 1e8, () => {});
    expect(r.pages).toHaveLength(1);
    const img = await loadImage(Buffer.from(r.pages[0].png));
    return { gray: await decodeGray(r.pages[0].png), size: [r.pages[0].width, r.pages[0].height], img: [img.width, img.height] };
  }

  it('is turned upright as its tag says (6, 8, 3), and left as stored without one or with 1', async () => {
    for (const o of [6, 8, 3] as Orientation[]) {
      const p = await page(o);
      expect(p.size).toEqual(swapsSides(o) ? [H, W] : [W, H]);
      sameBlocks(p.gray, expected(o));
    }
    for (const o of [undefined, 1]) sameBlocks((await page(o)).gray, expected(1));
  });
});

describe('a page that looks unread is read turned (src/extract/ocr/turn.ts)', () => {
  it('looksUnread: few confident words among enough words; a page that reads, or of few words, does not', () => {
    expect(looksUnread({ words: 141, confident: 18 })).toBe(true); // the upside-down invoice
    expect(looksUnread({ words: 140, confident: 57 })).toBe(false); // the same page turned
    expect(looksUnread({ words: 9, confident: 0 })).toBe(false); // a logo, a blank page
    expect(looksUnread({ words: 100, confident: Math.ceil(UNREAD_SHARE * 100) })).toBe(false);
    expect(looksUnread({ words: 100, confident: Math.ceil(UNREAD_SHARE * 100) - 1 })).toBe(true);
  });

  it('turnedWins: a turn replaces the first reading only when it reads, with twice the confident words', () => {
    expect(turnedWins({ words: 140, confident: 57 }, { words: 141, confident: 18 })).toBe(true);
    // a badly printed receipt read sideways: more words, more confident ones, but still unread
    expect(turnedWins({ words: 551, confident: 15 }, { words: 156, confident: 5 })).toBe(false);
    // a turn that reads, but not clearly better than a first reading that nearly did
    expect(turnedWins({ words: 100, confident: 25 }, { words: 100, confident: 14 })).toBe(false);
  });

  it('worthQuarterTurns: a half turn that read about as well as the first may be sideways; one that lost most was upright', () => {
    expect(worthQuarterTurns({ words: 280, confident: 41 }, { words: 277, confident: 25 })).toBe(true); // sideways invoice
    expect(worthQuarterTurns({ words: 257, confident: 24 }, { words: 245, confident: 29 })).toBe(true); // sideways receipt
    expect(worthQuarterTurns({ words: 489, confident: 3 }, { words: 446, confident: 13 })).toBe(false); // faded receipt, upright
  });

  it('turnedImage turns a grey PGM (3: half a turn, 6 and 8: a quarter either way) and decodes PNG/JPEG first', async () => {
    const stored = expected(1);
    const pgm = encodePgm(stored);
    for (const o of [3, 6, 8] as Orientation[]) expect(decodePgm(await turnedImage(pgm, o))).toEqual(expected(o));
    sameBlocks(decodePgm(await turnedImage(storedJpeg(), 6)), expected(6));
  });
});
