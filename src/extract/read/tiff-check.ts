/**
 * A TIFF's page directories (IFDs), walked without decoding anything, so the document's limits
 * are checked before a byte of it is decoded: pages at most `maxPages`, each page at most
 * `maxPixels`, all pages together at most `maxDocumentPixels`. utif follows the page chain as
 * long as it goes on, so a chain that loops back (a crafted or damaged file) would make it read
 * the same pages until memory runs out: that is caught here as `corrupt`, as is any directory or
 * tag value that points outside the file.
 */
import { permanent } from '../../errors.js';

export interface TiffLimits {
  maxPages: number;
  maxPixels: number;
  maxDocumentPixels: number;
}

export interface TiffPageSize {
  width: number;
  height: number;
}

/** Bytes per value of each TIFF field type (1 BYTE ... 12 DOUBLE, 16-18 BigTIFF-only). */
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

const mp = (px: number): string => `${(px / 1e6).toFixed(px < 1e7 ? 1 : 0)} MP`;

/** The size of every page, in order; throws JobError (`corrupt`, `too_large`). */
export function checkTiff(data: Uint8Array, limits: TiffLimits): TiffPageSize[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const corrupt = (why: string) => permanent('corrupt', `the TIFF is damaged: ${why}`);
  if (data.length < 8) throw corrupt('shorter than its header');
  const order = String.fromCharCode(data[0], data[1]);
  if (order !== 'II' && order !== 'MM') throw corrupt('no byte-order mark');
  const le = order === 'II';
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  if (u16(2) === 43) throw permanent('unsupported', 'BigTIFF files are not supported', 'Save the scan as a classic TIFF, PNG or PDF.');
  const pages: TiffPageSize[] = [];
  const seen = new Set<number>();
  let total = 0;
  for (let at = u32(4); at !== 0; ) {
    if (seen.has(at)) throw corrupt(`its page chain loops back (page ${pages.length + 1} is page ${[...seen].indexOf(at) + 1} again)`);
    seen.add(at);
    if (at + 2 > data.length) throw corrupt(`page ${pages.length + 1}'s directory starts past the end of the file`);
    const count = u16(at);
    const end = at + 2 + count * 12;
    if (end + 4 > data.length) throw corrupt(`page ${pages.length + 1}'s directory runs past the end of the file`);
    let width = 0;
    let height = 0;
    for (let e = at + 2; e < end; e += 12) {
      const tag = u16(e);
      const type = u16(e + 2);
      const n = u32(e + 4);
      const size = (TYPE_SIZE[type] ?? 1) * n;
      if (size > 4 && u32(e + 8) + size > data.length) throw corrupt(`tag ${tag} of page ${pages.length + 1} points past the end of the file`);
      if (tag === 256 || tag === 257) {
        const v = type === 3 ? u16(e + 8) : u32(e + 8);
        if (tag === 256) width = v;
        else height = v;
      }
    }
    pages.push({ width, height });
    const px = width * height;
    if (pages.length > limits.maxPages) throw permanent('too_large', `the TIFF has more than ${limits.maxPages} pages (the page limit, --max-pages)`);
    if (px > limits.maxPixels) throw permanent('too_large', `TIFF page ${pages.length} is ${width}x${height} pixels (${mp(px)}), over the limit of ${mp(limits.maxPixels)} a page`);
    total += px;
    if (total > limits.maxDocumentPixels) {
      throw permanent('too_large', `the TIFF's pages come to more than ${mp(limits.maxDocumentPixels)} in all (the limit for one document; ${pages.length} pages so far, ${mp(total)})`);
    }
    at = u32(end);
  }
  return pages;
}
