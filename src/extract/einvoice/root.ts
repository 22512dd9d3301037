/**
 * Which e-invoice an XML text is, from its document element alone (name and namespace), without
 * parsing: cheap enough for sniffing every file of a folder.
 */

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
}

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
  const m = /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)([^>]*)>?/.exec(text.slice(i, i + 8192));
  if (!m) return null;
  const [, prefix, name, attrs] = m;
  const re = prefix ? new RegExp(`\\sxmlns:${prefix.replace(/[.]/g, '\\.')}\\s*=\\s*["']([^"']*)["']`) : /\sxmlns\s*=\s*["']([^"']*)["']/;
  return { name, namespace: re.exec(attrs)?.[1] ?? null };
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

/** The e-invoice root this text starts with, or null (another XML, or not XML). */
export function einvoiceRoot(text: string): RootName | null {
  const r = rootOf(text);
  if (!r || !(r.name in ROOTS)) return null;
  return ROOTS[r.name as RootName] === r.namespace ? (r.name as RootName) : null;
}

