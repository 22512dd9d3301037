/**
 * Safe XML reading for e-invoices (fast-xml-parser): size cap, no DTD, no entities beyond the
 * five predefined ones and character references, well-formedness checked before parsing.
 *
 * E-invoice schemas (UBL 2.1, UN/CEFACT CII) never use a DTD, so any document that declares one
 * is refused outright: that closes XXE (external entities) and entity-expansion bombs at the door,
 * whatever the parser would have done with them.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { einvoiceRoot, rootOf, type RootName } from '../../sniff.js';

export { einvoiceRoot, rootOf, ROOTS, type RootName } from '../../sniff.js';

/** Largest e-invoice XML read (bytes). Real ones are a few KB to a few MB. */
export const MAX_XML_BYTES = 20 * 1024 * 1024;

/** Why an XML document was not read. `unsafe`: it declares a DTD or entities. */
export class XmlError extends Error {
  constructor(
    readonly reason: 'too_large' | 'unsafe' | 'malformed' | 'not_einvoice',
    message: string,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

/** A parsed element: attributes as `@_name`, text as `#text` (or the element is a plain string). */
export type XNode = string | { [k: string]: unknown };

/** Bytes to text, honouring a BOM and the declared encoding (UTF-8 unless it says otherwise). */
export function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const head = Buffer.from(data.subarray(0, 200)).toString('latin1');
  const enc = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  let label = 'utf-8';
  if (enc && enc !== 'utf-8' && enc !== 'utf8') {
    try {
      label = new TextDecoder(enc).encoding;
    } catch {
      throw new XmlError('malformed', `the XML declares an unknown encoding "${enc}"`);
    }
  }
  return new TextDecoder(label, { ignoreBOM: false }).decode(data);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Character references (&#233;) as well as the five predefined entities; a DTD never gets here.
  htmlEntities: true,
  // No path strings per tag: nothing here matches on paths, and building them was a quarter of the parse.
  jPath: false,
});

/**
 * Parses an e-invoice XML. Throws XmlError: over the size cap, a DTD or entity declaration
 * (refused, never evaluated), not well-formed, or a root that is not an e-invoice.
 */
export function parseEInvoiceXml(data: Uint8Array, maxBytes = MAX_XML_BYTES): { root: RootName; doc: XNode; text: string } {
  if (data.byteLength > maxBytes) throw new XmlError('too_large', `the XML is ${data.byteLength} bytes, over the ${maxBytes}-byte limit for e-invoices`);
  const text = decodeXml(data);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new XmlError('unsafe', 'the XML declares a DTD or entities, which e-invoices never use; refused without evaluating it (XXE protection)');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlError('malformed', `the XML is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  const root = einvoiceRoot(text);
  if (!root) {
    const r = rootOf(text);
    throw new XmlError('not_einvoice', `the XML is not an e-invoice: its root element is ${r ? `${r.name}${r.namespace ? ` in ${r.namespace}` : ''}` : 'missing'} (expected UBL Invoice/CreditNote or CII CrossIndustryInvoice/CrossIndustryDocument)`);
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new XmlError('malformed', `the XML cannot be parsed: ${(err as Error).message}`);
  }
  const doc = parsed[root];
  if (doc === undefined || doc === null) throw new XmlError('malformed', `the XML has no ${root} element`);
  return { root, doc: doc as XNode, text };
}

// ---------------------------------------------------------------------------
// Navigation over the parsed tree (local names; namespaces were checked on the root).
// ---------------------------------------------------------------------------

/** All children named `name` (a repeated element is an array, a single one is not). */
export function kids(node: unknown, name: string): XNode[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  const v = (node as Record<string, unknown>)[name];
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]) as XNode[];
}

/** The first element along a path of child names. */
export function child(node: unknown, ...path: string[]): XNode | undefined {
  let cur: unknown = node;
  for (const name of path) {
    cur = kids(cur, name)[0];
    if (cur === undefined) return undefined;
  }
  return cur as XNode;
}

/** The first child among alternative names (CII D16B vs ZUGFeRD 1 names for the same thing). */
export function either(node: unknown, ...names: string[]): XNode | undefined {
  for (const n of names) {
    const c = child(node, n);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** Text content of a node (or of the element at `path`), trimmed; null when absent or empty. */
export function text(node: unknown, ...path: string[]): string | null {
  const n = path.length ? child(node, ...path) : node;
  if (n === undefined || n === null) return null;
  const v = typeof n === 'object' ? (n as Record<string, unknown>)['#text'] : n;
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

export function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const v = (node as Record<string, unknown>)[`@_${name}`];
  return v === undefined || v === null ? null : String(v).trim();
}

/** An xsd:decimal as a number; null when absent, NaN-free. */
export function decimal(node: unknown, ...path: string[]): number | null {
  const s = text(node, ...path);
  if (s === null) return null;
  const t = s.replace(/\s+/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}
