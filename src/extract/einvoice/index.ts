/**
 * E-invoices: the invoice data a document already carries as XML, read instead of guessed.
 *
 * - xml.ts: safe parsing (no DTD, size cap) and the root check (UBL Invoice/CreditNote, CII).
 * - attachments.ts: the XML embedded in a PDF (Factur-X, ZUGFeRD 1/2, XRechnung hybrids).
 * - map.ts: CII and UBL to our result format; profile.ts: profile, standard, document type.
 * - checks.ts: the XML's own arithmetic; verify.ts: the XML against the printed page.
 */
import { permanent } from '../../errors.js';
import type { FieldsResult } from '../fields/checks.js';
import { runChecks } from '../fields/checks.js';
import { documentTypeFromCode } from '../fields/doctype.js';
import type { EmbeddedFiles } from './attachments.js';
import { einvoiceArithmetic } from './checks.js';
import { mapEInvoice } from './map.js';
import { negativeInvoiceProblem, numberProblems } from './sanity.js';
import { documentTypeName, EINVOICE_ATTACHMENT_NAMES, profileOf } from './profile.js';
import { comparePage, mismatchReasons } from './verify.js';
import { decodeXml, einvoiceRoot, parseEInvoiceXml, XmlError } from './xml.js';

export { mayEmbedFiles, type EmbeddedFile, type EmbeddedFiles } from './attachments.js';
export { einvoiceRoot, MAX_XML_BYTES, XmlError } from './xml.js';
export { EINVOICE_SOURCE } from './map.js';
export { pageCheckNeedsFields } from './verify.js';

/** Fields every e-invoice has (EN 16931 BT-1, BT-2, BT-112, even in MINIMUM). */
const REQUIRED = ['invoiceNumber', 'invoiceDate', 'total'];

/**
 * Reads one e-invoice XML into our result fields (source `e-invoice`, confidence 1), with its
 * profile and document type, and review reasons from its own arithmetic. Throws XmlError.
 */
export function fieldsFromXml(data: Uint8Array, where: { container: 'xml' | 'pdf'; attachment: string | null; today?: string }): FieldsResult {
  const { root, doc } = parseEInvoiceXml(data);
  const d = mapEInvoice(root, doc);
  const { standard, profile } = profileOf(d.guideline, where.attachment);
  const fields = d.fields;
  fields.documentType = documentTypeFromCode(d.typeCode, fields.total?.value ?? null);
  fields.einvoice = {
    syntax: d.syntax,
    standard,
    profile,
    guideline: d.guideline,
    typeCode: d.typeCode,
    documentType: documentTypeName(d.typeCode),
    container: where.container,
    attachment: where.attachment,
    pageCheck: { status: 'skipped', fields: [] },
  };
  // The generic checks on dates and required fields; the sums are checked by the EN 16931 rules
  // instead (the generic ones would miss document-level allowances, and say the same twice).
  fields.reviewReasons = [...runChecks({ ...fields, lineItems: [], subtotal: null, tax: null }, { required: REQUIRED, today: where.today, negativeTotalOk: true }), ...einvoiceArithmetic(d), ...numberProblems(doc)];
  const negative = negativeInvoiceProblem(fields, d.typeCode);
  if (negative) fields.reviewReasons.push(negative);
  fields.needsReview = fields.reviewReasons.length > 0;
  return fields;
}

/** A standalone .xml input: its fields, or a permanent job error saying why not. */
export function fieldsFromXmlFile(data: Uint8Array, today?: string): FieldsResult {
  try {
    return fieldsFromXml(data, { container: 'xml', attachment: null, today });
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    switch (err.reason) {
      case 'too_large':
        throw permanent('too_large', err.message);
      case 'malformed':
        throw permanent('corrupt', err.message, 'The XML file is damaged or truncated. Ask the sender for a valid copy.');
      case 'unsafe':
        throw permanent('unsupported', err.message, 'E-invoice XML must not contain a DTD (<!DOCTYPE>). Ask the sender for a copy without one.');
      default:
        throw permanent('unsupported', err.message, 'Only UBL 2.1 Invoice/CreditNote and UN/CEFACT CII (ZUGFeRD, Factur-X, XRechnung) XML files are read.');
    }
  }
}

/** Whether an attachment's content starts like an e-invoice (its root element), without parsing it. */
function looksLikeEInvoice(data: Uint8Array): boolean {
  try {
    return einvoiceRoot(decodeXml(data.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '')) !== null;
  } catch {
    return false;
  }
}

export interface EmbeddedInvoice {
  /** The fields from the first embedded XML that is an e-invoice, or null. */
  fields: FieldsResult | null;
  /** Embedded invoice XML that could not be used, and why. */
  problems: string[];
}

/**
 * The e-invoice embedded in a PDF, if any. Another XML attachment (a delivery note, metadata)
 * is passed over silently; an invoice XML that is broken, unsafe or too big gives a warning, and
 * so does a prescribed name (factur-x.xml ...) whose content is not an e-invoice.
 */
export function invoiceFromEmbedded(embedded: EmbeddedFiles | undefined, today?: string): EmbeddedInvoice {
  const problems: string[] = [];
  if (!embedded) return { fields: null, problems };
  // In the order the reader tried them (attachments.ts): prescribed names, declared files, other XML.
  for (const f of embedded.files) {
    if (f.data === null && f.error === null) continue; // not a candidate (an image, a spreadsheet ...)
    const named = EINVOICE_ATTACHMENT_NAMES.includes(f.name.toLowerCase());
    const declared = f.declaredIn.includes('af') && ['alternative', 'data', 'source'].includes((f.relationship ?? '').toLowerCase());
    if (f.data === null) {
      if (named || declared) problems.push(`the embedded e-invoice ${f.name} could not be read: ${f.error}`);
      continue;
    }
    // Another document (a delivery note, metadata) is passed over by its root element, before any
    // parsing; one whose name says it is the invoice is read, and said to be wrong if it is not.
    if (!named && !looksLikeEInvoice(f.data)) continue;
    try {
      return { fields: fieldsFromXml(f.data, { container: 'pdf', attachment: f.name, today }), problems };
    } catch (err) {
      if (!(err instanceof XmlError)) throw err;
      if (err.reason === 'not_einvoice' && !named) continue;
      problems.push(`the embedded e-invoice ${f.name} could not be read: ${err.message}`);
    }
  }
  return { fields: null, problems };
}

/**
 * Trust but verify: compares the XML's key fields with the printed page (`pageFields`: what the
 * page's extraction read; `pages`: the pages themselves). Differences make the result need review;
 * the XML values stay.
 */
export function verifyAgainstPage(fields: FieldsResult, pageFields: () => FieldsResult | null, pages: Array<{ text: string; source: 'text' | 'ocr' }>): void {
  if (!fields.einvoice) return;
  const check = comparePage(fields, pageFields, pages.map((p) => p.text), { ocr: pages.some((p) => p.source === 'ocr') });
  fields.einvoice.pageCheck = check;
  const reasons = mismatchReasons(check);
  if (reasons.length) {
    fields.reviewReasons.push(...reasons);
    fields.needsReview = true;
  }
}
