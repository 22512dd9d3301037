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
  // "UTF-16" declared on bytes that are plainly 8-bit (no BOM, '<?' as single bytes): a common
  // writer's mistake; the bytes are read as UTF-8, which is what they are.
  if (label.startsWith('utf-16') && data[1] !== 0) label = 'utf-8';
  // WHATWG maps ISO-8859-1 and windows-1252 to windows-1252, but Node 20 decodes it as ISO-8859-1
  // (0x80-0x9F as C1 controls, so "€" would be lost): those 32 bytes are mapped here.
  if (label === 'windows-1252') return decodeWindows1252(data);
  return new TextDecoder(label, { ignoreBOM: false }).decode(data);
}

/** windows-1252's 0x80-0x9F (the rest is ISO-8859-1); undefined bytes keep their C1 code point. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(data: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < data.length; i += CHUNK) {
    const part = data.subarray(i, i + CHUNK);
    out += String.fromCharCode(...Array.from(part, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** The text with comments and CDATA sections blanked: what is left is markup and ordinary text. */
function withoutCharacterData(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, '');
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Values are trimmed when read (text()): trimming here would trim each piece around a CDATA section.
  trimValues: false,
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
  const markup = withoutCharacterData(text);
  if (/<!DOCTYPE|<!ENTITY/i.test(markup)) {
    throw new XmlError('unsafe', 'the XML declares a DTD or entities, which e-invoices never use; refused without evaluating it (XXE protection)');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlError('malformed', `the XML is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  // Without a DTD only the five predefined entities exist (the validator does not check names).
  const undefinedEntity = /&(?!(?:amp|lt|gt|quot|apos);|#\d+;|#x[0-9a-fA-F]+;)([A-Za-z_][\w.-]*);/.exec(markup);
  if (undefinedEntity) throw new XmlError('malformed', `the XML is not well-formed: it uses the entity &${undefinedEntity[1]}; which XML without a DTD does not define`);
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
  // The invoice itself, or the one a Peppol envelope (StandardBusinessDocument) carries.
  const envelope = parsed.StandardBusinessDocument as Record<string, unknown> | undefined;
  const doc = parsed[root] ?? envelope?.[root];
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
