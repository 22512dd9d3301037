/**
 * Reading one evaluation document: its pages (through the real reader, or its cache) and its
 * truth (its NAME.json, or for a hybrid e-invoice the fields of its own embedded XML).
 */
import { readFileSync, statSync } from 'node:fs';
import { toInvoice2dataJson } from '../extract/fields/index.js';
import type { PageText } from '../extract/types.js';
import type { EvalReader } from './cache.js';
import type { EvalDoc } from './corpora.js';

/** The fields an e-invoice's XML gives as truth for its page (invoice2data names). */
export const EINVOICE_TRUTH = ['invoice_number', 'date', 'date_due', 'amount', 'amount_untaxed', 'amount_tax', 'amount_due', 'currency', 'issuer', 'partner_name', 'vat'];

export const textPages = (text: string): PageText[] =>
  text
    .split('\f')
    .filter((t, i, all) => i < all.length - 1 || t.trim() !== '' || all.length === 1)
    .map((t, i) => ({ page: i + 1, text: t, source: 'text' as const, ocrConfidence: null }));

export interface ReadDoc {
  pages: PageText[];
  truth: Record<string, unknown>;
  /** The e-invoice's type code (381 credit note ...), for e-invoice pages. */
  typeCode?: string | null;
}

/** Pages and truth of one document; null for an e-invoice folder's PDF without usable XML. */
export async function readEvalDoc(doc: EvalDoc, reader: EvalReader): Promise<ReadDoc | null> {
  if (doc.kind === 'txt') return { pages: textPages(readFileSync(doc.path, 'utf8')), truth: doc.truth ?? {} };
  const einvoice = doc.truth === null;
  const read = await reader.read({ path: doc.path, kind: doc.kind, size: statSync(doc.path).size }, { embeddedFiles: einvoice });
  if (!einvoice) return { pages: read.pages, truth: doc.truth ?? {} };
  const { invoiceFromEmbedded } = await import('../extract/einvoice/index.js');
  const xml = invoiceFromEmbedded(read.embeddedFiles).fields;
  if (!xml) return null;
  const all = toInvoice2dataJson(xml);
  const truth = Object.fromEntries(EINVOICE_TRUTH.filter((k) => all[k] !== undefined && all[k] !== null).map((k) => [k, all[k]]));
  return { pages: read.pages, truth, typeCode: xml.einvoice?.typeCode ?? null };
}
