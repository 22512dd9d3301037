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

/** Throws an Error named `TooLarge` (a permanent `too_large` for the job) naming the cap that was passed. */
export function checkPdfStreams(data: Uint8Array, inflateSync: typeof InflateSync, limits: StreamLimits): void {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  const tooLarge = (msg: string) => Object.assign(new Error(msg), { name: 'TooLarge' });
  let total = 0;
  for (let at = buf.indexOf('stream'); at >= 0; at = buf.indexOf('stream', at + 6)) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    // The keyword follows its dictionary's `>>` and is followed by an end of line.
    let p = at - 1;
    while (p >= 0 && (buf[p] === 0x20 || buf[p] === 0x0a || buf[p] === 0x0d || buf[p] === 0x09)) p--;
    if (p < 1 || buf[p] !== 0x3e || buf[p - 1] !== 0x3e) continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) continue;
    if (buf[start] === 0x0a) start++;
    const objAt = buf.lastIndexOf(' obj', at);
    const dict = buf.toString('latin1', Math.max(objAt, at - 4096, 0), at);
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1] ?? '';
    const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
    const chain: Array<(typeof FILTERS)[string]> = [];
    for (const n of names) {
      if (!FILTERS[n]) break;
      chain.push(FILTERS[n]);
    }
    if (chain.length === 0) continue;
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
      continue; // not inflatable: pdf.js decides whether the file is damaged
    }
    if (bytes.length > cap) throw over();
    total += bytes.length;
  }
}
