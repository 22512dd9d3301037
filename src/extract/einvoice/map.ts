/**
 * E-invoice XML to our result format. Two syntaxes carry the same semantic model (EN 16931):
 * UN/CEFACT CII (Factur-X, ZUGFeRD 2, XRechnung CII; ZUGFeRD 1's older CrossIndustryDocument
 * names the same things differently) and OASIS UBL 2.1 (Peppol BIS Billing 3.0, XRechnung UBL).
 * Business terms (BT-n) are those of EN 16931-1.
 */
import type { Field, LineItem, Party, TaxBreakdownLine } from '../../types.js';
import type { FieldsResult } from '../fields/checks.js';
import { round2 } from '../normalize.js';
import { attr, child, decimal, either, kids, text, type RootName, type XNode } from './xml.js';

export const EINVOICE_SOURCE = 'e-invoice';

/** The document-level amounts the arithmetic checks need (EN 16931 BG-22). */
export interface EInvoiceTotals {
  /** BT-106 sum of line net amounts */
  lineTotal: number | null;
  /** BT-107 / BT-108 document-level allowances and charges */
  allowances: number | null;
  charges: number | null;
  /** BT-109 total without VAT */
  taxBasis: number | null;
  /** BT-110 total VAT */
  taxTotal: number | null;
  /** BT-112 total with VAT */
  grandTotal: number | null;
  /** BT-113 paid amount, BT-114 rounding */
  prepaid: number | null;
  rounding: number | null;
  /** BT-115 amount due */
  due: number | null;
}

/** A line as the checks need it: BT-131 = BT-129 x BT-146 / BT-149 - BT-136 + BT-141. */
export interface EInvoiceLine {
  id: string | null;
  /**
   * False for Factur-X EXTENDED GROUP lines (the sum of their sub-lines) and INFORMATION lines,
   * which are not part of the line total (BT-106).
   */
  inTotal: boolean;
  quantity: number | null;
  price: number | null;
  basisQuantity: number | null;
  allowances: number;
  charges: number;
  amount: number | null;
}

export interface EInvoiceData {
  fields: FieldsResult;
  syntax: 'CII' | 'UBL';
  guideline: string | null;
  typeCode: string | null;
  totals: EInvoiceTotals;
  lines: EInvoiceLine[];
}

const f = <T>(value: T | null): Field<T> | null => (value === null || value === undefined || value === '' ? null : { value, confidence: 1, source: EINVOICE_SOURCE, page: null });

/** Joins address parts the way they are written on an envelope: street lines, postcode city, country. */
function address(street: Array<string | null>, postcode: string | null, city: string | null, region: string | null, country: string | null): string | null {
  const parts = [...street, [postcode, city].filter(Boolean).join(' '), region, country].filter((x): x is string => !!x && x.trim() !== '');
  return parts.length ? parts.join(', ') : null;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** A document-level allowance (discount) or charge (freight, packing ...), as `extra.allowancesCharges` lists them. */
function allowanceCharge(indicator: string | null, amount: number | null, reason: string | null, taxRate: number | null) {
  return { charge: indicator === 'true', amount, reason, taxRate };
}

/** `extra`: the values a syntax names, then the document-level totals; absent and empty ones left out. */
function extraOf(values: Record<string, unknown>, totals: EInvoiceTotals): Record<string, unknown> {
  const all: Record<string, unknown> = { ...values, lineTotal: totals.lineTotal, allowanceTotal: totals.allowances, chargeTotal: totals.charges, prepaid: totals.prepaid };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/** The result fields, filled the same way whatever the syntax. */
function resultFields(p: { invoiceNumber: string | null; invoiceDate: string | null; dueDate: string | null; vendor: Party; customer: Party; currency: string | null; tax: number | null; totals: EInvoiceTotals; lineItems: LineItem[]; taxBreakdown: TaxBreakdownLine[]; extra: Record<string, unknown> }): FieldsResult {
  return {
    templateId: null,
    documentType: null,
    invoiceNumber: f(p.invoiceNumber),
    invoiceDate: f(p.invoiceDate),
    dueDate: f(p.dueDate),
    vendor: p.vendor,
    customer: p.customer,
    currency: f(p.currency),
    subtotal: f(p.totals.taxBasis),
    tax: f(p.tax),
    total: f(p.totals.grandTotal),
    amountDue: f(p.totals.due),
    lineItems: p.lineItems,
    taxBreakdown: p.taxBreakdown,
    extra: p.extra,
    einvoice: null,
    warnings: [],
    needsReview: false,
    reviewReasons: [],
  };
}

export function mapEInvoice(root: RootName, doc: XNode): EInvoiceData {
  return root === 'Invoice' || root === 'CreditNote' ? mapUbl(root, doc) : mapCii(root, doc);
}

// ---------------------------------------------------------------------------
// CII: CrossIndustryInvoice (D16B) and ZUGFeRD 1 CrossIndustryDocument
// ---------------------------------------------------------------------------

/** udt:DateTimeString with format 102 (YYYYMMDD), or an ISO date. */
function ciiDate(node: XNode | undefined): string | null {
  const s = text(node, 'DateTimeString') ?? text(node, 'DateString') ?? text(node);
  if (!s) return null;
  const d = s.replace(/\s+/g, '');
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(d);
  if (m) return isoDate(m[1], m[2], m[3]);
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (m) return isoDate(m[1], m[2], m[3]);
  return null;
}

function isoDate(y: string, mo: string, d: string): string | null {
  const dt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (dt.getUTCFullYear() !== Number(y) || dt.getUTCMonth() !== Number(mo) - 1 || dt.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

function ciiParty(p: XNode | undefined): Party {
  if (!p) return { name: null, address: null, taxId: null };
  const a = child(p, 'PostalTradeAddress');
  const regs = kids(p, 'SpecifiedTaxRegistration');
  const vat = regs.find((r) => attr(child(r, 'ID'), 'schemeID') === 'VA') ?? regs.find((r) => attr(child(r, 'ID'), 'schemeID') === 'FC') ?? regs[0];
  return {
    name: f(text(p, 'Name') ?? text(p, 'SpecifiedLegalOrganization', 'TradingBusinessName')),
    address: f(a ? address([text(a, 'LineOne'), text(a, 'LineTwo'), text(a, 'LineThree')], text(a, 'PostcodeCode'), text(a, 'CityName'), text(a, 'CountrySubDivisionName'), text(a, 'CountryID')) : null),
    taxId: f(vat ? text(vat, 'ID') : null),
  };
}

/** The amount among repeated elements in the invoice currency (TaxTotalAmount may appear twice). */
function inCurrency(nodes: XNode[], currency: string | null): number | null {
  const n = nodes.find((x) => currency && attr(x, 'currencyID') === currency) ?? nodes[0];
  return n === undefined ? null : decimal(n);
}

function allowanceCharges(nodes: XNode[], indicator: (n: XNode) => string | null, amount: (n: XNode) => number | null): { allowances: number; charges: number } {
  let allowances = 0;
  let charges = 0;
  for (const n of nodes) {
    const a = amount(n) ?? 0;
    if (indicator(n) === 'true') charges += a;
    else allowances += a;
  }
  return { allowances, charges };
}

function mapCii(root: RootName, doc: XNode): EInvoiceData {
  const ctx = either(doc, 'ExchangedDocumentContext', 'SpecifiedExchangedDocumentContext');
  const hdr = either(doc, 'ExchangedDocument', 'HeaderExchangedDocument');
  const tx = either(doc, 'SupplyChainTradeTransaction', 'SpecifiedSupplyChainTradeTransaction');
  const agr = either(tx, 'ApplicableHeaderTradeAgreement', 'ApplicableSupplyChainTradeAgreement');
  const dlv = either(tx, 'ApplicableHeaderTradeDelivery', 'ApplicableSupplyChainTradeDelivery');
  const stl = either(tx, 'ApplicableHeaderTradeSettlement', 'ApplicableSupplyChainTradeSettlement');
  const sums = either(stl, 'SpecifiedTradeSettlementHeaderMonetarySummation', 'SpecifiedTradeSettlementMonetarySummation');
  const currency = text(stl, 'InvoiceCurrencyCode');

  const terms = kids(stl, 'SpecifiedTradePaymentTerms');
  const dueDate = terms.map((t) => ciiDate(child(t, 'DueDateDateTime'))).find((d) => d !== null) ?? null;
  const paymentTerms = terms.map((t) => text(t, 'Description')).filter((x): x is string => !!x);

  const lineItems: LineItem[] = [];
  const lines: EInvoiceLine[] = [];
  for (const li of kids(tx, 'IncludedSupplyChainTradeLineItem')) {
    const la = either(li, 'SpecifiedLineTradeAgreement', 'SpecifiedSupplyChainTradeAgreement');
    const ld = either(li, 'SpecifiedLineTradeDelivery', 'SpecifiedSupplyChainTradeDelivery');
    const ls = either(li, 'SpecifiedLineTradeSettlement', 'SpecifiedSupplyChainTradeSettlement');
    const net = child(la, 'NetPriceProductTradePrice');
    const qtyNode = child(ld, 'BilledQuantity');
    const lineSums = either(ls, 'SpecifiedTradeSettlementLineMonetarySummation', 'SpecifiedTradeSettlementMonetarySummation');
    const ac = allowanceCharges(
      kids(ls, 'SpecifiedTradeAllowanceCharge'),
      (n) => text(n, 'ChargeIndicator', 'Indicator'),
      (n) => decimal(n, 'ActualAmount'),
    );
    const tax = child(ls, 'ApplicableTradeTax');
    const product = child(li, 'SpecifiedTradeProduct');
    const status = text(li, 'AssociatedDocumentLineDocument', 'LineStatusReasonCode')?.toUpperCase() ?? null;
    const line: EInvoiceLine = {
      id: text(li, 'AssociatedDocumentLineDocument', 'LineID'),
      inTotal: status !== 'GROUP' && status !== 'INFORMATION',
      quantity: decimal(qtyNode),
      price: decimal(net, 'ChargeAmount'),
      basisQuantity: decimal(net, 'BasisQuantity'),
      ...ac,
      amount: decimal(lineSums, 'LineTotalAmount'),
    };
    lines.push(line);
    lineItems.push({
      description: [text(product, 'Name'), text(product, 'Description')].filter(Boolean).join(' - ') || text(product, 'SellerAssignedID') || '',
      code: text(product, 'SellerAssignedID') ?? text(product, 'GlobalID'),
      quantity: line.quantity,
      unit: attr(qtyNode, 'unitCode'),
      unitPrice: line.price,
      amount: line.amount,
      taxRate: decimal(tax, 'RateApplicablePercent') ?? decimal(tax, 'ApplicablePercent'),
      confidence: 1,
      source: EINVOICE_SOURCE,
      page: null,
    });
  }

  const taxBreakdown: TaxBreakdownLine[] = kids(stl, 'ApplicableTradeTax').map((t) => ({
    category: text(t, 'CategoryCode'),
    rate: decimal(t, 'RateApplicablePercent') ?? decimal(t, 'ApplicablePercent'),
    taxableAmount: decimal(t, 'BasisAmount'),
    taxAmount: decimal(t, 'CalculatedAmount'),
    exemptionReason: text(t, 'ExemptionReason'),
  }));

  const totals: EInvoiceTotals = {
    lineTotal: decimal(sums, 'LineTotalAmount'),
    allowances: decimal(sums, 'AllowanceTotalAmount'),
    charges: decimal(sums, 'ChargeTotalAmount'),
    taxBasis: decimal(sums, 'TaxBasisTotalAmount'),
    taxTotal: inCurrency(kids(sums, 'TaxTotalAmount'), currency),
    grandTotal: inCurrency(kids(sums, 'GrandTotalAmount'), currency),
    prepaid: decimal(sums, 'TotalPrepaidAmount'),
    rounding: decimal(sums, 'RoundingAmount'),
    due: decimal(sums, 'DuePayableAmount'),
  };

  const extra = extraOf(
    {
      buyerReference: text(agr, 'BuyerReference'),
      purchaseOrder: text(agr, 'BuyerOrderReferencedDocument', 'IssuerAssignedID'),
      contract: text(agr, 'ContractReferencedDocument', 'IssuerAssignedID'),
      deliveryDate: ciiDate(child(dlv, 'ActualDeliverySupplyChainEvent', 'OccurrenceDateTime')),
      paymentTerms: paymentTerms.join('\n') || null,
      iban: kids(stl, 'SpecifiedTradeSettlementPaymentMeans').map((m) => text(m, 'PayeePartyCreditorFinancialAccount', 'IBANID')).find(Boolean) ?? null,
      paymentReference: text(stl, 'PaymentReference'),
      notes: kids(hdr, 'IncludedNote').map((n) => text(n, 'Content')).filter(Boolean),
      sellerLegalId: text(agr, 'SellerTradeParty', 'SpecifiedLegalOrganization', 'ID'),
      allowancesCharges: kids(stl, 'SpecifiedTradeAllowanceCharge').map((n) => allowanceCharge(text(n, 'ChargeIndicator', 'Indicator'), decimal(n, 'ActualAmount'), text(n, 'Reason'), decimal(n, 'CategoryTradeTax', 'RateApplicablePercent'))),
    },
    totals,
  );

  return {
    syntax: 'CII',
    guideline: text(ctx, 'GuidelineSpecifiedDocumentContextParameter', 'ID'),
    typeCode: text(hdr, 'TypeCode') ?? (root === 'CrossIndustryDocument' ? '380' : null),
    totals,
    lines,
    fields: resultFields({
      invoiceNumber: text(hdr, 'ID'),
      invoiceDate: ciiDate(child(hdr, 'IssueDateTime')),
      dueDate,
      vendor: ciiParty(child(agr, 'SellerTradeParty')),
      customer: ciiParty(child(agr, 'BuyerTradeParty')),
      currency,
      tax: totals.taxTotal ?? (taxBreakdown.length ? round2(sum(taxBreakdown.map((t) => t.taxAmount ?? 0))) : null),
      totals,
      lineItems,
      taxBreakdown,
      extra,
    }),
  };
}

// ---------------------------------------------------------------------------
// UBL 2.1: Invoice and CreditNote
// ---------------------------------------------------------------------------

function ublParty(p: XNode | undefined): Party {
  if (!p) return { name: null, address: null, taxId: null };
  const a = child(p, 'PostalAddress');
  const schemes = kids(p, 'PartyTaxScheme');
  const vat = schemes.find((s) => text(s, 'TaxScheme', 'ID')?.toUpperCase() === 'VAT') ?? schemes[0];
  return {
    name: f(text(p, 'PartyLegalEntity', 'RegistrationName') ?? text(p, 'PartyName', 'Name')),
    address: f(a ? address([text(a, 'StreetName'), text(a, 'AdditionalStreetName'), ...kids(a, 'AddressLine').map((l) => text(l, 'Line'))], text(a, 'PostalZone'), text(a, 'CityName'), text(a, 'CountrySubentity'), text(a, 'Country', 'IdentificationCode')) : null),
    taxId: f(vat ? text(vat, 'CompanyID') : null),
  };
}

function mapUbl(root: RootName, doc: XNode): EInvoiceData {
  const credit = root === 'CreditNote';
  const currency = text(doc, 'DocumentCurrencyCode');
  const money = child(doc, 'LegalMonetaryTotal');
  // A second TaxTotal may give the VAT in the accounting currency (BT-111): take the one in the
  // document currency, with the breakdown.
  const taxTotals = kids(doc, 'TaxTotal');
  const mainTax = taxTotals.find((t) => kids(t, 'TaxSubtotal').length > 0) ?? taxTotals.find((t) => attr(child(t, 'TaxAmount'), 'currencyID') === currency) ?? taxTotals[0];

  const lineItems: LineItem[] = [];
  const lines: EInvoiceLine[] = [];
  for (const li of kids(doc, credit ? 'CreditNoteLine' : 'InvoiceLine')) {
    const qtyNode = child(li, credit ? 'CreditedQuantity' : 'InvoicedQuantity');
    const item = child(li, 'Item');
    const price = child(li, 'Price');
    const ac = allowanceCharges(
      kids(li, 'AllowanceCharge'),
      (n) => text(n, 'ChargeIndicator'),
      (n) => decimal(n, 'Amount'),
    );
    const line: EInvoiceLine = {
      id: text(li, 'ID'),
      inTotal: true,
      quantity: decimal(qtyNode),
      price: decimal(price, 'PriceAmount'),
      basisQuantity: decimal(price, 'BaseQuantity'),
      ...ac,
      amount: decimal(li, 'LineExtensionAmount'),
    };
    lines.push(line);
    lineItems.push({
      description: [text(item, 'Name'), text(item, 'Description')].filter(Boolean).join(' - ') || text(item, 'SellersItemIdentification', 'ID') || '',
      code: text(item, 'SellersItemIdentification', 'ID') ?? text(item, 'StandardItemIdentification', 'ID'),
      quantity: line.quantity,
      unit: attr(qtyNode, 'unitCode'),
      unitPrice: line.price,
      amount: line.amount,
      taxRate: decimal(item, 'ClassifiedTaxCategory', 'Percent'),
      confidence: 1,
      source: EINVOICE_SOURCE,
      page: null,
    });
  }

  const taxBreakdown: TaxBreakdownLine[] = kids(mainTax, 'TaxSubtotal').map((t) => ({
    category: text(t, 'TaxCategory', 'ID'),
    rate: decimal(t, 'TaxCategory', 'Percent'),
    taxableAmount: decimal(t, 'TaxableAmount'),
    taxAmount: decimal(t, 'TaxAmount'),
    exemptionReason: text(t, 'TaxCategory', 'TaxExemptionReason'),
  }));

  const totals: EInvoiceTotals = {
    lineTotal: decimal(money, 'LineExtensionAmount'),
    allowances: decimal(money, 'AllowanceTotalAmount'),
    charges: decimal(money, 'ChargeTotalAmount'),
    taxBasis: decimal(money, 'TaxExclusiveAmount'),
    taxTotal: decimal(mainTax, 'TaxAmount'),
    grandTotal: decimal(money, 'TaxInclusiveAmount'),
    prepaid: decimal(money, 'PrepaidAmount'),
    rounding: decimal(money, 'PayableRoundingAmount'),
    due: decimal(money, 'PayableAmount'),
  };

  const means = kids(doc, 'PaymentMeans');
  const extra = extraOf(
    {
      buyerReference: text(doc, 'BuyerReference'),
      purchaseOrder: text(doc, 'OrderReference', 'ID'),
      contract: text(doc, 'ContractDocumentReference', 'ID'),
      deliveryDate: text(doc, 'Delivery', 'ActualDeliveryDate'),
      paymentTerms: kids(doc, 'PaymentTerms').flatMap((t) => kids(t, 'Note').map((n) => text(n))).filter(Boolean).join('\n') || null,
      iban: means.map((m) => text(m, 'PayeeFinancialAccount', 'ID')).find(Boolean) ?? null,
      paymentReference: means.map((m) => text(m, 'PaymentID')).find(Boolean) ?? null,
      notes: kids(doc, 'Note').map((n) => text(n)).filter(Boolean),
      sellerLegalId: text(doc, 'AccountingSupplierParty', 'Party', 'PartyLegalEntity', 'CompanyID'),
      allowancesCharges: kids(doc, 'AllowanceCharge').map((n) => allowanceCharge(text(n, 'ChargeIndicator'), decimal(n, 'Amount'), text(n, 'AllowanceChargeReason'), decimal(n, 'TaxCategory', 'Percent'))),
    },
    totals,
  );

  const due = text(doc, 'DueDate') ?? means.map((m) => text(m, 'PaymentDueDate')).find(Boolean) ?? null;
  const iso = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? isoDate(s.slice(0, 4), s.slice(5, 7), s.slice(8, 10)) : null);
  return {
    syntax: 'UBL',
    guideline: text(doc, 'CustomizationID'),
    typeCode: text(doc, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode') ?? (credit ? '381' : '380'),
    totals,
    lines,
    fields: resultFields({
      invoiceNumber: text(doc, 'ID'),
      invoiceDate: iso(text(doc, 'IssueDate')),
      dueDate: iso(due),
      vendor: ublParty(child(doc, 'AccountingSupplierParty', 'Party')),
      customer: ublParty(child(doc, 'AccountingCustomerParty', 'Party')),
      currency,
      tax: totals.taxTotal,
      totals,
      lineItems,
      taxBreakdown,
      extra,
    }),
  };
}
