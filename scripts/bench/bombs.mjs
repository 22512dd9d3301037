/**
 * Hostile inputs made on the spot (nothing large is committed): small files that decode to
 * gigabytes, loop, or claim absurd sizes. Used by `npm run bombs` (scripts/bombs.mjs), which
 * measures docparse's peak RSS on each, and by test/reliability (which checks how each fails).
 * Deterministic: the same arguments give the same bytes.
 */
import { createDeflate, deflateSync } from 'node:zlib';
import { once } from 'node:events';

// ---- TIFF ------------------------------------------------------------------

/**
 * Writes a TIFF directory's entry count and 12-byte entries `[tag, type, count, value]` (little
 * endian) into `buf`: SHORT (3) and LONG (4) values in place, any other type as the offset
 * `offsetOf(tag)` gives (where its value, a RATIONAL say, is written by the caller).
 */
export function writeIfdEntries(buf, entries, offsetOf = () => 0) {
  buf.writeUInt16LE(entries.length, 0);
  entries.forEach(([tag, type, count, value], i) => {
    const o = 2 + i * 12;
    buf.writeUInt16LE(tag, o);
    buf.writeUInt16LE(type, o + 2);
    buf.writeUInt32LE(count, o + 4);
    if (type === 3) buf.writeUInt16LE(value, o + 8);
    else if (type === 4) buf.writeUInt32LE(value, o + 8);
    else buf.writeUInt32LE(offsetOf(tag), o + 8);
  });
}

/** PackBits rows of a white bilevel image: 128-byte runs of 0 are 2 bytes each. */
function packBitsBlankRow(bytes) {
  const out = [];
  for (let left = bytes; left > 0; left -= 128) {
    const n = Math.min(128, left);
    out.push(n === 1 ? 0 : 257 - n, 0);
  }
  return Buffer.from(out);
}

/**
 * A little-endian TIFF of `pages` blank pages of `width` x `height` (PackBits), bilevel or 8-bit
 * RGB (`rgb`), all pages sharing one strip so the file stays small (20 bilevel pages of 9000 x 9000:
 * ~170 KB, 1.6 gigapixels). `loop`: the last page's next-IFD offset points back at the first page
 * (a page chain that never ends).
 */
export function tiffPages(width, height, pages, { loop = false, rgb = false } = {}) {
  const row = packBitsBlankRow(rgb ? 3 * width : Math.ceil(width / 8));
  if (rgb) for (let i = 1; i < row.length; i += 2) row[i] = 0xff; // white
  const strip = Buffer.concat(Array.from({ length: height }, () => row));
  const stripAt = 8;
  const entries = [
    [256, 4, 1, width],
    [257, 4, 1, height],
    [258, 3, 1, rgb ? 8 : 1], // bits per sample (utif reads the first value)
    [259, 3, 1, 32773], // PackBits
    [262, 3, 1, rgb ? 2 : 0], // RGB, or bilevel WhiteIsZero
    [273, 4, 1, stripAt],
    [277, 3, 1, rgb ? 3 : 1],
    [278, 4, 1, height],
    [279, 4, 1, strip.length],
  ];
  const ifdSize = 2 + 9 * 12 + 4;
  let first = stripAt + strip.length;
  first += first & 1; // IFDs start on a word boundary
  const ifds = [];
  for (let p = 0; p < pages; p++) {
    const at = first + p * ifdSize;
    const b = Buffer.alloc(ifdSize);
    writeIfdEntries(b, entries);
    const next = p < pages - 1 ? at + ifdSize : loop ? first : 0;
    b.writeUInt32LE(next, ifdSize - 4);
    ifds.push(b);
  }
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(first, 4);
  return Buffer.concat([header, strip, Buffer.alloc(first - stripAt - strip.length), ...ifds]);
}

// ---- PDF -------------------------------------------------------------------

/** A PDF from its objects (strings or Buffers, object 1 is the catalog), with a correct xref table. */
export function pdfFromObjects(objects) {
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += b.length;
    parts.push(b);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** One page whose MediaBox is `width` x `height` points (PDF's own limit is 14,400), with a line of text. */
export function pdfMediaBox(width, height) {
  const content = 'BT /F1 12 Tf 72 72 Td (Invoice No: MB-1) Tj ET';
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [3 0 R] /Count 1 >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    FONT,
  ]);
}

/** `n` pages, each with one line of text (20,000 pages: ~2 MB). */
export function pdfManyPages(n) {
  // Over 20 characters a page: a text layer, so nothing is OCR'd.
  const content = 'BT /F1 12 Tf 72 720 Td (Invoice page, continued from the one before) Tj ET';
  const kids = Array.from({ length: n }, (_, i) => `${5 + i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} /Resources << /Font << /F1 4 0 R >> >> /MediaBox [0 0 595 842] >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    FONT,
  ];
  for (let i = 0; i < n; i++) objects.push('<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>');
  return pdfFromObjects(objects);
}

/**
 * One page whose content stream inflates to `decodedBytes` (spaces, then a line of text): a 1 MB
 * file that decodes to 1 GB. Deflated in chunks so making it never holds the decoded bytes.
 */
export async function pdfFlateBomb(decodedBytes) {
  const tail = Buffer.from('\nBT /F1 12 Tf 72 720 Td (Invoice No: FB-1) Tj ET\n');
  const z = createDeflate({ level: 9 });
  const chunks = [];
  z.on('data', (c) => chunks.push(c));
  const block = Buffer.alloc(1 << 20, 0x20);
  for (let left = decodedBytes - tail.length; left > 0; left -= block.length) {
    if (!z.write(left >= block.length ? block : block.subarray(0, left))) await once(z, 'drain');
  }
  z.end(tail);
  await once(z, 'end');
  const data = Buffer.concat(chunks);
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]),
    FONT,
  ]);
}

/** A one-page PDF whose content stream is `data` under `filter`, with a line of text at its end. */
function pdfWithContent(filter, data) {
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter ${filter} >>\nstream\n`), data, Buffer.from('\nendstream')]),
    FONT,
  ]);
}

const TAIL = '\nBT /F1 12 Tf 72 720 Td (Invoice No: FB-1) Tj ET\n';

/**
 * LZW codes (9 to 12 bits, most significant first, EarlyChange 1) for `decodedBytes` bytes:
 * spaces, then `tail`. The spaces are a space, then codes 258..4095 (each the one being defined:
 * one space more than the last), then code 4095 (3839 spaces) again and again: 1 GB in 400 KB.
 */
export function lzwSpaces(decodedBytes, tail = TAIL) {
  const codes = [];
  let left = decodedBytes - tail.length;
  codes.push(0x20);
  left--;
  for (let c = 258, n = 2; c < 4096 && left >= n; c++, n++) {
    codes.push(c);
    left -= n;
  }
  const top = codes[codes.length - 1];
  const topLen = top - 256;
  for (; top === 4095 && left >= topLen; left -= topLen) codes.push(4095);
  for (; left > 0; left--) codes.push(0x20);
  for (const ch of Buffer.from(tail, 'latin1')) codes.push(ch);
  codes.push(257);
  // The code width the decoder expects: it widens once the next entry + 1 reaches the next power of two.
  const bytes = [];
  let acc = 0;
  let bits = 0;
  let width = 9;
  let next = 258;
  codes.forEach((code, i) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      bytes.push((acc >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
    if (i > 0 && next < 4096) next++;
    if (next + 1 >= 1 << width && width < 12) width++;
  });
  if (bits > 0) bytes.push((acc << (8 - bits)) & 0xff);
  return Buffer.from(bytes);
}

/** Run-length data for `decodedBytes` bytes: runs of 128 spaces (2 bytes each), the rest, then `tail` as a literal run. */
export function runLengthSpaces(decodedBytes, tail = TAIL) {
  let left = decodedBytes - tail.length;
  const runs = Math.floor(left / 128);
  const out = Buffer.alloc(runs * 2);
  for (let i = 0; i < runs; i++) out.set([0x81, 0x20], i * 2);
  left -= runs * 128;
  const parts = [out];
  if (left > 0) parts.push(Buffer.from([257 - left, 0x20]));
  const t = Buffer.from(tail, 'latin1');
  for (let i = 0; i < t.length; i += 128) {
    const piece = t.subarray(i, i + 128);
    parts.push(Buffer.from([piece.length - 1]), piece);
  }
  parts.push(Buffer.from([128]));
  return Buffer.concat(parts);
}

/** A PDF whose content stream is LZW-compressed and decodes to `decodedBytes`. */
export function pdfLzwBomb(decodedBytes) {
  return pdfWithContent('/LZWDecode', lzwSpaces(decodedBytes));
}

/** A PDF whose content stream is run-length encoded and decodes to `decodedBytes`. */
export function pdfRunLengthBomb(decodedBytes) {
  return pdfWithContent('/RunLengthDecode', runLengthSpaces(decodedBytes));
}

/** A small deflated stream, for tests that need a valid FlateDecode stream under the caps. */
export function deflated(text) {
  return deflateSync(Buffer.from(text));
}
