/**
 * File type by content (magic bytes), not by extension. An XML file is ours only when its root
 * element is an e-invoice (UBL Invoice/CreditNote, CII CrossIndustryInvoice/Document).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { FileKind } from './types.js';

/**
 * Bytes to read from the start of a file to sniff it. An e-invoice XML's root element may follow a
 * long prolog (a licence comment, a schemaLocation): its first 64 KB must hold it.
 */
export const SNIFF_BYTES = 64 * 1024;

/** The first `bytes` of the file at `path` (fewer when it is shorter). */
export function readHead(path: string | Buffer, bytes = SNIFF_BYTES): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** readHead, or no bytes when the file is gone or unreadable (a reason for it is then read from nothing). */
export function readHeadOrEmpty(path: string | Buffer, bytes = 4096): Uint8Array {
  try {
    return readHead(path, bytes);
  } catch {
    return new Uint8Array(0);
  }
}

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
  // Cheap refusal first: text starting with '<' after an optional UTF-8 BOM and blanks, or a UTF-16 BOM.
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head[i] !== 0x3c) return false;
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = Buffer.from(head.subarray(2)).toString('utf16le');
  else if (head[0] === 0xfe && head[1] === 0xff) text = Buffer.from(head.subarray(2, 2 + ((head.length - 2) & ~1))).swap16().toString('utf16le');
  else text = Buffer.from(head).toString('utf8');
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('<') && einvoiceRoot(t) !== null;
}

/**
 * What a file that is not one of ours holds, when its first bytes say so plainly: the forms a
 * document commonly arrives in under a wrong name (a Word file saved as "invoice.pdf", a web page
 * downloaded instead of the PDF it linked, an iPhone photo). Null for anything else.
 */
export function foreignContent(head: Uint8Array): string | null {
  const text = Buffer.from(head.subarray(0, 4096)).toString('latin1');
  if (text.startsWith('PK\x03\x04')) {
    if (text.includes('word/')) return 'a Word document (.docx)';
    if (text.includes('xl/')) return 'an Excel workbook (.xlsx)';
    if (text.includes('ppt/')) return 'a PowerPoint file (.pptx)';
    if (text.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'an OpenDocument file (.odt, .ods)';
    return 'a ZIP archive';
  }
  if (text.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return 'an old Office document (.doc, .xls)';
  if (text.startsWith('{\\rtf')) return 'an RTF document';
  if (/^ftyp(?:heic|heix|hevc|mif1|msf1)/.test(text.slice(4, 12))) return 'a HEIC photo';
  if (text.startsWith('GIF8')) return 'a GIF image';
  if (text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP') return 'a WebP image';
  if (/^(?:\xef\xbb\xbf)?\s*<(?:!doctype html|html)/i.test(text)) return 'a web page (HTML)';
  return null;
}

/** What to do with a document that arrived in another format (foreignContent's answer). */
function foreignHint(what: string): string {
  if (/photo|image/.test(what)) return 'Save it as JPEG or PNG (on an iPhone: Settings > Camera > Formats > Most Compatible), then submit it again.';
  if (/web page/.test(what)) return 'The download gave a web page (a login or an error page) instead of the document: download it again, then submit it.';
  return 'Open it in the program that made it and export or print it as PDF, then submit the PDF.';
}

/** Why a walk leaves a file alone: not one of ours; for a document in another format (an iPhone's .heic photo), which and what to do. */
export function ignoredReason(head: Uint8Array | null): string {
  const what = head ? foreignContent(head) : null;
  if (!what) return 'not a PDF, PNG, JPEG, TIFF or e-invoice XML';
  // A web page beside the invoices is one (a saved page, a report): "download it again" is for one named like a PDF.
  return `${what}, not a PDF, PNG, JPEG, TIFF or e-invoice XML${/web page/.test(what) ? '' : `: ${foreignHint(what)}`}`;
}

/**
 * Why a file named `shownName` whose content is none of ours fails: `unsupported` when its content
 * is a known other format (with what to do), `corrupt` when only its name says it is one of ours;
 * null when neither (the caller says it is not a document). submit and extract say the same.
 */
export function whyNotOurs(shownName: string, head: Uint8Array): { errorClass: 'corrupt' | 'unsupported'; message: string; hint?: string } | null {
  const claimed = kindFromExtension(shownName);
  const what = foreignContent(head);
  if (what) {
    return { errorClass: 'unsupported', message: `${shownName} is ${what}${claimed ? `, named like a ${claimed.toUpperCase()} file` : ''}, not a PDF, PNG, JPEG, TIFF or e-invoice XML file`, hint: foreignHint(what) };
  }
  if (claimed) return { errorClass: 'corrupt', message: `${shownName} is named like a ${claimed.toUpperCase()} file but its content is not one (damaged, truncated at the start, or mislabelled)` };
  return null;
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

// ---------------------------------------------------------------------------
// XML: which e-invoice a text is, from its document element alone (name and namespace), without
// parsing, so sniffing every file of a folder stays cheap. extract/einvoice/xml.ts uses it too.
// ---------------------------------------------------------------------------

/** The e-invoice root elements we read, by namespace. */
export const ROOTS = {
  CrossIndustryInvoice: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  CrossIndustryDocument: 'urn:ferd:CrossIndustryDocument:invoice:1p0',
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
} as const;
export type RootName = keyof typeof ROOTS;

export interface RootInfo {
  name: string;
  namespace: string | null;
  prefix: string | null;
  /** Where its start tag ends in the text. */
  end: number;
}

/** Peppol access points deliver documents in this envelope: a header, then the invoice. */
export const SBDH_NAMESPACE = 'http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader';

/**
 * The document element's name and namespace, from the text (before any parsing). Skips the XML
 * declaration, comments and processing instructions; null when there is no element.
 */
export function rootOf(text: string): RootInfo | null {
  let i = 0;
  for (;;) {
    i = text.indexOf('<', i);
    if (i < 0) return null;
    if (text.startsWith('<?', i)) i = endOf(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = endOf(text, '-->', i);
    else if (text.startsWith('<!', i)) i = skipDeclaration(text, i);
    else break;
    if (i < 0) return null;
  }
  // The whole start tag, however many attributes (a long schemaLocation) it carries.
  const close = text.indexOf('>', i);
  const m = /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)([^>]*)>?/.exec(text.slice(i, close < 0 ? undefined : close + 1));
  if (!m) return null;
  const [, prefix, name, attrs] = m;
  return { name, namespace: xmlnsIn(attrs, prefix ?? null), prefix: prefix ?? null, end: i + m[0].length };
}

/** The namespace an attribute list declares for a prefix (or the default namespace), or null. */
function xmlnsIn(attrs: string, prefix: string | null): string | null {
  const re = prefix ? new RegExp(`\\sxmlns:${prefix.replace(/[.]/g, '\\.')}\\s*=\\s*["']([^"']*)["']`) : /\sxmlns\s*=\s*["']([^"']*)["']/;
  return re.exec(attrs)?.[1] ?? null;
}

function endOf(text: string, close: string, from: number): number {
  const j = text.indexOf(close, from);
  return j < 0 ? -1 : j + close.length;
}

/** Skips `<!DOCTYPE ...>` including an internal subset in brackets. */
function skipDeclaration(text: string, from: number): number {
  let depth = 0;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return j + 1;
  }
  return -1;
}

/**
 * The e-invoice root this text starts with, or null (another XML, or not XML). A Peppol envelope
 * (StandardBusinessDocument) counts by the invoice it carries after its header.
 */
export function einvoiceRoot(text: string): RootName | null {
  const r = rootOf(text);
  if (!r) return null;
  if (r.name === 'StandardBusinessDocument' && r.namespace === SBDH_NAMESPACE) {
    const header = /<\/(?:[\w.-]+:)?StandardBusinessDocumentHeader\s*>/.exec(text.slice(r.end));
    if (!header) return null;
    const from = r.end + header.index + header[0].length;
    const payload = rootOf(text.slice(from));
    if (!payload || !(payload.name in ROOTS)) return null;
    // Its namespace on its own tag, or declared on the envelope.
    const ns = payload.namespace ?? xmlnsIn(text.slice(0, r.end), payload.prefix);
    return ROOTS[payload.name as RootName] === ns ? (payload.name as RootName) : null;
  }
  if (!(r.name in ROOTS)) return null;
  return ROOTS[r.name as RootName] === r.namespace ? (r.name as RootName) : null;
}

