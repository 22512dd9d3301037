/**
 * Decoded-size caps for a PDF's compressed streams, checked before pdf.js reads the file.
 * pdf.js inflates a content stream, font or object stream whole, whatever it comes to: a 1 MB
 * file whose page content inflates to 1 GB took 1.75 GB of memory. This inflates every
 * stream that is not an image (pdf.js caps images by their pixel count, `maxImageSize`) with a hard
 * output cap, through its chain of Flate, LZW, run-length and ASCII filters (stream-filters.ts;
 * the chain is followed up to the first other filter, such as DCT, whose data pdf.js bounds), and
 * refuses the document when one stream, or all of them together, would pass it. Streams that do
 * not decode at all are left to pdf.js, which decides whether the file is damaged.
 *
 * Runs inside the PDF worker thread (pdf-thread.ts), before each document's text is read.
 */
import type { inflateSync as InflateSync } from 'node:zlib';
import { ascii85Decode, asciiHexDecode, lzwDecode, runLengthDecode } from './stream-filters.js';

/** The filters measured, by full and abbreviated name (inline images use the short ones). */
const FILTERS: Record<string, 'flate' | 'lzw' | 'rl' | 'ahx' | 'a85'> = {
  '/FlateDecode': 'flate', '/Fl': 'flate', '/LZWDecode': 'lzw', '/LZW': 'lzw', '/RunLengthDecode': 'rl', '/RL': 'rl',
  '/ASCIIHexDecode': 'ahx', '/AHx': 'ahx', '/ASCII85Decode': 'a85', '/A85': 'a85',
};

export interface StreamLimits {
  /** One stream, decoded, at most this many bytes. */
  maxStreamBytes: number;
  /** All measured streams of the document together. */
  maxTotalBytes: number;
}

/** What the scan found besides the caps. */
export interface StreamScan {
  /**
   * Whether a page may paint a raster image: false only when no stream can be an image XObject
   * and no stream the scan could read holds an inline image (`BI`); whatever it cannot read for
   * certain counts as a possible image. The PDF thread asks pdf.js for a page's operator list,
   * the only way it finds where images are painted (~2 ms a page of an ordinary text invoice,
   * a third of reading its text layer), only when this is true.
   */
  mayPaintImages: boolean;
}

/**
 * Throws an Error named `TooLarge` (a permanent `too_large` for the job) naming the cap that was
 * passed; else says whether the document may paint images (StreamScan).
 */
export function checkPdfStreams(data: Uint8Array, inflateSync: typeof InflateSync, limits: StreamLimits): StreamScan {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  const tooLarge = (msg: string) => Object.assign(new Error(msg), { name: 'TooLarge' });
  let total = 0;
  // Encrypted streams cannot be searched; a name with #xx escapes may spell /Image or /Encrypt.
  let images = buf.includes('/Encrypt') || (buf.includes('#') && escapedKeyName(buf.toString('latin1')));
  for (let at = buf.indexOf('stream'); at >= 0; at = buf.indexOf('stream', at + 6)) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    // The keyword follows its dictionary's `>>` and is followed by an end of line.
    let p = at - 1;
    while (p >= 0 && (buf[p] === 0x20 || buf[p] === 0x0a || buf[p] === 0x0d || buf[p] === 0x09)) p--;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (p < 1 || buf[p] !== 0x3e || buf[p - 1] !== 0x3e || (buf[start] !== 0x0a && buf[start - 1] !== 0x0d)) {
      images = true; // a stream this scan does not read (or the word in some text): maybe an image
      continue;
    }
    if (buf[start] === 0x0a) start++;
    const objAt = buf.lastIndexOf(' obj', at);
    const dict = buf.toString('latin1', Math.max(objAt, at - 4096, 0), at);
    if (/\/Subtype\s*\/Image\b/.test(dict)) {
      images = true;
      continue;
    }
    const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1] ?? '';
    const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
    const chain: Array<(typeof FILTERS)[string]> = [];
    for (const n of names) {
      if (!FILTERS[n]) break;
      chain.push(FILTERS[n]);
    }
    // Searchable when every filter is decoded here and nothing but the data says what it is.
    const searchable = !mayBeImage(dict, objAt < at - 4096) && chain.length === names.length && (chain.length > 0 || !dict.includes('/Filter')) && filter.replace(/\/[A-Za-z0-9]+|[\s[\]]/g, '') === '';
    if (!searchable) images = true;
    if (chain.length === 0) {
      if (searchable && !images) images = hasInlineImage(buf.subarray(start, nextEndstream(buf, start)));
      continue;
    }
    const earlyChange = /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1;
    let end = buf.indexOf('endstream', start);
    if (end < 0) end = buf.length;
    const cap = Math.min(limits.maxStreamBytes, limits.maxTotalBytes - total);
    const over = () => {
      const obj = objAt >= 0 ? /(\d+)\s+\d+\s*$/.exec(buf.toString('latin1', Math.max(0, objAt - 24), objAt))?.[1] : undefined;
      const which = obj ? `stream of object ${obj}` : 'stream';
      if (cap === limits.maxStreamBytes) return tooLarge(`a ${which} of the PDF decodes to more than ${mb(limits.maxStreamBytes)} (the limit for one stream)`);
      return tooLarge(`the PDF's streams decode to more than ${mb(limits.maxTotalBytes)} in all (the limit for one document; reached at its ${which})`);
    };
    let bytes: Buffer = buf.subarray(start, end);
    try {
      for (const f of chain) {
        // Z_SYNC_FLUSH (2): a stream cut short gives what it has instead of an error.
        if (f === 'flate') bytes = inflateSync(bytes, { maxOutputLength: cap + 1, finishFlush: 2 });
        else if (f === 'lzw') bytes = lzwDecode(bytes, cap, earlyChange);
        else if (f === 'rl') bytes = runLengthDecode(bytes, cap);
        else if (f === 'ahx') bytes = asciiHexDecode(bytes, cap);
        else bytes = ascii85Decode(bytes, cap);
      }
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw over();
      images = true;
      continue; // not inflatable: pdf.js decides whether the file is damaged
    }
    if (bytes.length > cap) throw over();
    total += bytes.length;
    if (!images) images = hasInlineImage(bytes);
  }
  return { mayPaintImages: images };
}

/**
 * Whether the text has a name written with #xx escapes that spells one of the words this scan
 * reads (`/Im#61ge`, `/Sub#74ype`), which its plain-text tests would not see. Other escaped names
 * are common (a Factur-X attachment's `/Subtype /text#2Fxml`, font names with `#20`).
 */
function escapedKeyName(text: string): boolean {
  for (const [name] of text.matchAll(/\/[^\s/[\]<>(){}%]*#[0-9A-Fa-f]{2}[^\s/[\]<>(){}%]*/g)) {
    if (/Image|Subtype|Encrypt|Predictor|Type|XRef/.test(name.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))))) return true;
  }
  return false;
}

/**
 * Whether a stream's dictionary may make it an image, or makes its data unsearchable: any mention
 * of `Image` (/Subtype /Image, /ImageMask), a subtype given by reference (`/Subtype 5 0 R`), a
 * predictor (rows of decoded data each led by a filter byte; a cross-reference stream's own is
 * harmless), or a dictionary longer than the 4 KB read of it (`cut`).
 */
function mayBeImage(dict: string, cut: boolean): boolean {
  return cut || dict.includes('Image') || /\/Subtype\s*[^\s/]/.test(dict) || (dict.includes('/Predictor') && !/\/Type\s*\/XRef\b/.test(dict));
}

/** Where a stream's data ends: its `endstream`, or the end of the file. */
function nextEndstream(buf: Buffer, start: number): number {
  const end = buf.indexOf('endstream', start);
  return end < 0 ? buf.length : end;
}

/**
 * Whether decoded stream data holds the `BI` operator (an inline image) as a token: bounded by
 * the start or end of the data, whitespace, a control character or a delimiter (a superset of what
 * pdf.js's lexer ends a token at, so no `BI` it would read is missed).
 */
export function hasInlineImage(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bound = (i: number) => i < 0 || i >= buf.length || buf[i] <= 0x20 || DELIMITERS.has(buf[i]);
  for (let i = buf.indexOf('BI'); i >= 0; i = buf.indexOf('BI', i + 1)) if (bound(i - 1) && bound(i + 2)) return true;
  return false;
}
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
