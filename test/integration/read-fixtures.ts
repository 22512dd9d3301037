/**
 * Real inputs for the reader tests, generated on the fly: a text PDF with column-aligned
 * label/value lines (pdfkit, standard Helvetica), PDFs made of page images, a multi-page TIFF
 * (a minimal uncompressed RGB encoder below), an encrypted PDF, and broken files.
 */
import PDFDocument from 'pdfkit';
import { createCanvas, loadImage } from '@napi-rs/canvas';

export const INVOICE_NUMBER = 'INV-20931';

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function invoicePage(doc: PDFKit.PDFDocument): void {
  doc.font('Helvetica-Bold').fontSize(22).text('ACME Supplies Ltd', 50, 50, { lineBreak: false });
  doc.font('Helvetica').fontSize(12);
  const row = (y: number, cells: [number, string][]) => {
    for (const [x, s] of cells) doc.text(s, x, y, { lineBreak: false });
  };
  row(120, [[50, 'Invoice Number:'], [220, INVOICE_NUMBER]]);
  row(140, [[50, 'Invoice Date:'], [220, '2024-03-15']]);
  row(160, [[50, 'Due Date:'], [220, '2024-04-14']]);
  row(220, [[50, 'Description'], [280, 'Qty'], [360, 'Unit Price'], [480, 'Amount']]);
  row(240, [[50, 'Widget large'], [280, '2'], [360, '19.99'], [480, '39.98']]);
  row(260, [[50, 'Gadget small'], [280, '5'], [360, '7.50'], [480, '37.50']]);
  row(300, [[360, 'Total:'], [480, '77.48']]);
}

/** A one-page text PDF; `pages` > 1 repeats the invoice page. */
export async function textPdf(opts: { pages?: number; userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, userPassword: opts.userPassword, ownerPassword: opts.userPassword ? 'owner' : undefined });
  for (let i = 0; i < (opts.pages ?? 1); i++) {
    if (i > 0) doc.addPage({ size: 'A4', margin: 0 });
    invoicePage(doc);
  }
  return collect(doc);
}

/**
 * One line in each of the standard 14 fonts a text layer reads differently from Latin text:
 * Symbol and ZapfDingbats (own built-in encodings), next to Helvetica and Times (no font file).
 */
export async function standardFontsPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  doc.font('Helvetica').fontSize(12).text('Amount due 120.50', 50, 50);
  doc.font('Times-Roman').text('Thank you for your order', 50, 80);
  doc.font('Symbol').text('abg S', 50, 110);
  doc.font('ZapfDingbats').text('4', 50, 140);
  return collect(doc);
}

/** A PDF whose pages are `images` (PNG bytes), optionally after one text page: a scan / a mixed document. */
export async function imagePdf(images: Buffer[], opts: { textFirst?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  if (opts.textFirst) {
    doc.addPage({ size: 'A4', margin: 0 });
    invoicePage(doc);
  }
  for (const img of images) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(img, 0, 0, { width: 595.28, height: 841.89 });
  }
  return collect(doc);
}

/** RGB pixels of a PNG. */
export async function pngToRgb(png: Buffer | Uint8Array): Promise<{ width: number; height: number; rgb: Buffer }> {
  const img = await loadImage(Buffer.from(png));
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
  const rgb = Buffer.alloc(img.width * img.height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i];
    rgb[j + 1] = rgba[i + 1];
    rgb[j + 2] = rgba[i + 2];
  }
  return { width: img.width, height: img.height, rgb };
}

/** A minimal little-endian, uncompressed, multi-page RGB TIFF (baseline TIFF 6.0). */
export function encodeTiff(pages: { width: number; height: number; rgb: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  parts.push(header);
  let offset = 8;
  const ifdOffsets: number[] = [];
  const entries = 10;
  const ifdSize = 2 + entries * 12 + 4;
  // layout per page: [bits-per-sample (6 bytes)] [pixels] [IFD]
  const pageLayout = pages.map((p) => {
    const bps = offset;
    const pixels = bps + 6;
    const ifd = pixels + p.rgb.length + ((pixels + p.rgb.length) % 2);
    offset = ifd + ifdSize;
    ifdOffsets.push(ifd);
    return { bps, pixels, ifd };
  });
  header.writeUInt32LE(ifdOffsets[0], 4);
  pages.forEach((p, i) => {
    const { pixels, bps, ifd } = pageLayout[i];
    const bpsBuf = Buffer.alloc(6);
    bpsBuf.writeUInt16LE(8, 0);
    bpsBuf.writeUInt16LE(8, 2);
    bpsBuf.writeUInt16LE(8, 4);
    parts.push(bpsBuf, p.rgb);
    if ((pixels + p.rgb.length) % 2) parts.push(Buffer.alloc(1));
    const b = Buffer.alloc(ifdSize);
    b.writeUInt16LE(entries, 0);
    const tags: [number, number, number, number][] = [
      [256, 4, 1, p.width], // ImageWidth
      [257, 4, 1, p.height], // ImageLength
      [258, 3, 3, bps], // BitsPerSample -> offset
      [259, 3, 1, 1], // Compression: none
      [262, 3, 1, 2], // Photometric: RGB
      [273, 4, 1, pixels], // StripOffsets
      [277, 3, 1, 3], // SamplesPerPixel
      [278, 4, 1, p.height], // RowsPerStrip
      [279, 4, 1, p.rgb.length], // StripByteCounts
      [284, 3, 1, 1], // PlanarConfiguration: chunky
    ];
    tags.forEach(([tag, type, count, value], k) => {
      const o = 2 + k * 12;
      b.writeUInt16LE(tag, o);
      b.writeUInt16LE(type, o + 2);
      b.writeUInt32LE(count, o + 4);
      if (type === 3 && count === 1) b.writeUInt16LE(value, o + 8);
      else b.writeUInt32LE(value, o + 8);
    });
    b.writeUInt32LE(i + 1 < pages.length ? ifdOffsets[i + 1] : 0, 2 + entries * 12);
    parts.push(b);
  });
  return Buffer.concat(parts);
}

/** A PNG signature + IHDR claiming `w` x `h` pixels, with no image data: a decompression-bomb header. */
export function bombPng(w: number, h: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(w, 8);
  ihdr.writeUInt32BE(h, 12);
  ihdr[16] = 8; // bit depth
  ihdr[17] = 2; // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}
