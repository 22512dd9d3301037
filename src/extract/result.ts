import type { DocumentKind, DocumentResult, PageInfo } from '../types.js';

/** A result with no fields found: the base every extractor fills in. */
export function emptyResult(documentKind: DocumentKind, pages: PageInfo[]): DocumentResult {
  return {
    schemaVersion: 1,
    documentKind,
    pageCount: pages.length,
    pages,
    documentType: null,
    templateId: null,
    invoiceNumber: null,
    invoiceDate: null,
    dueDate: null,
    vendor: { name: null, address: null, taxId: null },
    customer: { name: null, address: null, taxId: null },
    currency: null,
    subtotal: null,
    tax: null,
    total: null,
    amountDue: null,
    lineItems: [],
    taxBreakdown: [],
    einvoice: null,
    warnings: [],
    extra: {},
    needsReview: false,
    reviewReasons: [],
  };
}
