/**
 * File type by content (magic bytes), not by extension. An XML file is ours only when its root
 * element is an e-invoice (UBL Invoice/CreditNote, CII CrossIndustryInvoice/Document).
 */
import type { FileKind } from './types.js';
import { einvoiceRoot } from './extract/einvoice/root.js';

export const SUPPORTED_EXTENSIONS = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.jpe', '.tif', '.tiff']);

/** Bytes to read from the start of a file to sniff it (an XML root may follow a long prolog). */
export const SNIFF_BYTES = 4096;

/** PDF readers accept "%PDF-" anywhere in the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

export function sniff(head: Uint8Array): FileKind | null {
  if (head.length >= 8 && head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47 && head[4] === 0x0d && head[5] === 0x0a) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 4 && ((head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a && head[3] === 0x00) || (head[0] === 0x4d && head[1] === 0x4d && head[2] === 0x00 && head[3] === 0x2a))) return 'tiff';
  const n = Math.min(head.length, PDF_HEADER_WINDOW);
  for (let i = 0; i + 5 <= n; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return 'pdf';
  }
  return isEInvoiceXml(head) ? 'xml' : null;
}

/** An XML text (UTF-8/UTF-16, optional BOM) whose root element is an e-invoice's. */
function isEInvoiceXml(head: Uint8Array): boolean {
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = Buffer.from(head.subarray(2)).toString('utf16le');
  else if (head[0] === 0xfe && head[1] === 0xff) text = Buffer.from(head.subarray(2, 2 + ((head.length - 2) & ~1))).swap16().toString('utf16le');
  else text = Buffer.from(head).toString('utf8');
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('<') && einvoiceRoot(t) !== null;
}

export function kindFromExtension(name: string): FileKind | null {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  switch (m?.[0]) {
    case '.pdf':
      return 'pdf';
    case '.png':
      return 'png';
    case '.jpg':
    case '.jpeg':
    case '.jpe':
      return 'jpeg';
    case '.tif':
    case '.tiff':
      return 'tiff';
    default:
      return null;
  }
}
