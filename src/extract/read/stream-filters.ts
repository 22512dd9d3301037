/**
 * PDF stream filters other than Flate, decoded with a hard output cap, so that pdf-streams.ts can
 * measure a stream before pdf.js decodes it whole. LZW reaches ratios of over 1000:1 (a 1 MB
 * stream of 12-bit codes for long strings gives gigabytes) and run-length 64:1; zlib's
 * `maxOutputLength` caps Flate, nothing capped these. The decoders follow ISO 32000-1, 7.4.4-7.4.5
 * (ASCII filters, 7.4.2-7.4.3, are decoded too, so a chain such as [/ASCII85Decode /LZWDecode]
 * is measured through). Each throws an error with code ERR_BUFFER_TOO_LARGE, as zlib does, once
 * its output would pass `cap` bytes; the output is never larger than cap + 1. Written here because
 * the npm LZW and base-85 packages (node-lzw, lzw-tiff-decoder, ascii85 ...) decode whole, without a
 * cap, and none speaks PDF's LZW variant (EarlyChange, codes most significant bit first).
 */

/** An output buffer that refuses to grow past `cap`. */
class Out {
  private buf: Buffer;
  length = 0;
  constructor(private readonly cap: number, hint: number) {
    this.buf = Buffer.allocUnsafe(Math.max(16, Math.min(cap + 1, hint)));
  }
  private room(n: number): void {
    if (this.length + n > this.cap) throw Object.assign(new RangeError(`decoded data over ${this.cap} bytes`), { code: 'ERR_BUFFER_TOO_LARGE' });
    if (this.length + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.min(this.cap + 1, Math.max(this.buf.length * 2, this.length + n)));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }
  byte(b: number): void {
    this.room(1);
    this.buf[this.length++] = b;
  }
  fill(b: number, n: number): void {
    this.room(n);
    this.buf.fill(b, this.length, this.length + n);
    this.length += n;
  }
  copy(src: Buffer, from: number, to: number): void {
    this.room(to - from);
    src.copy(this.buf, this.length, from, to);
    this.length += to - from;
  }
  /** Copies `n` bytes already written, starting at `at` (an LZW string). */
  again(at: number, n: number): void {
    this.room(n);
    this.buf.copy(this.buf, this.length, at, at + n);
    this.length += n;
  }
  at(i: number): number {
    return this.buf[i];
  }
  result(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}

/** RunLengthDecode: a length byte n < 128 copies n + 1 bytes, n > 128 repeats the next byte 257 - n times, 128 ends. */
export function runLengthDecode(input: Buffer, cap: number): Buffer {
  const out = new Out(cap, input.length * 2);
  for (let i = 0; i < input.length; ) {
    const n = input[i++];
    if (n === 128) break;
    if (n < 128) {
      out.copy(input, i, Math.min(input.length, i + n + 1));
      i += n + 1;
    } else if (i < input.length) out.fill(input[i++], 257 - n);
  }
  return out.result();
}

/**
 * LZWDecode: 9- to 12-bit codes, most significant bit first; 256 clears the table, 257 ends.
 * `earlyChange` (the default 1) widens the codes one entry early, as most writers do. The table
 * holds each entry as (offset, length) into the output already written, so it costs 4096 x 2
 * numbers, whatever the strings come to.
 */
export function lzwDecode(input: Buffer, cap: number, earlyChange = 1): Buffer {
  const out = new Out(cap, input.length * 4);
  const start = new Int32Array(4096);
  const len = new Int32Array(4096);
  let next = 258;
  let width = 9;
  let prevAt = -1; // where the previous code's string starts in the output (-1: none since a clear)
  let prevLen = 0;
  let bits = 0;
  let acc = 0;
  for (let i = 0; i < input.length; i++) {
    acc = ((acc << 8) | input[i]) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      const code = (acc >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === 256) {
        next = 258;
        width = 9;
        prevAt = -1;
        continue;
      }
      if (code === 257) return out.result();
      const at = out.length;
      let n: number;
      if (code < 256) {
        out.byte(code);
        n = 1;
      } else if (code < next) {
        out.again(start[code], len[code]);
        n = len[code];
      } else if (code === next && prevAt >= 0) {
        // The entry being defined: the previous string and its own first byte.
        out.again(prevAt, prevLen);
        out.byte(out.at(prevAt));
        n = prevLen + 1;
      } else return out.result(); // a code not defined yet: damaged, pdf.js decides what it is worth
      // The new entry is the previous string plus this one's first byte: they sit side by side in the output.
      if (prevAt >= 0 && next < 4096) {
        start[next] = prevAt;
        len[next] = prevLen + 1;
        next++;
      }
      prevAt = at;
      prevLen = n;
      if (next + earlyChange >= 1 << width && width < 12) width++;
    }
  }
  return out.result();
}

/** ASCIIHexDecode: hex digit pairs, white space ignored, `>` ends (an odd last digit is followed by 0). */
export function asciiHexDecode(input: Buffer, cap: number): Buffer {
  const out = new Out(cap, input.length / 2);
  let hi = -1;
  for (const c of input) {
    if (c === 0x3e) break;
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
    if (v < 0) continue;
    if (hi < 0) hi = v;
    else {
      out.byte(hi * 16 + v);
      hi = -1;
    }
  }
  if (hi >= 0) out.byte(hi * 16);
  return out.result();
}

/** ASCII85Decode: groups of five characters `!`..`u` give four bytes, `z` four zeros, `~>` ends. */
export function ascii85Decode(input: Buffer, cap: number): Buffer {
  const out = new Out(cap, input.length);
  const group: number[] = [];
  const flush = (n: number) => {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 85 + (k < group.length ? group[k] : 84);
    for (let k = 0; k < n; k++) out.byte((v >>> (24 - 8 * k)) & 0xff);
    group.length = 0;
  };
  for (const c of input) {
    if (c === 0x7e) break;
    if (c === 0x7a && group.length === 0) out.fill(0, 4);
    else if (c >= 0x21 && c <= 0x75) {
      group.push(c - 0x21);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 1) flush(group.length - 1);
  return out.result();
}
