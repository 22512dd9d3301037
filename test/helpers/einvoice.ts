/**
 * E-invoices made by the tests: a consistent sample invoice, its XML in the real syntaxes (CII D16B
 * for Factur-X / ZUGFeRD 2 / XRechnung, ZUGFeRD 1.0, UBL 2.1 Invoice and CreditNote), the page a
 * person would see, and a hybrid PDF that carries the XML as a PDF/A-3-style associated file.
 *
 * Element names and their order follow the schemas (Factur-X XSDs, the ZUGFeRD 1.0 model, UBL 2.1)
 * as checked against the public samples listed in fixtures/einvoice/README.md. Every party, VAT id,
 * address and e-mail below is invented (`.example` domains); the IBAN is the XRechnung test IBAN.
 * Everything is deterministic: no clock, no randomness, so the same input gives the same bytes.
 */
import { AFRelationship, PDFArray, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFFont } from 'pdf-lib';

export type CiiProfile = 'MINIMUM' | 'BASIC WL' | 'BASIC' | 'EN16931' | 'EXTENDED' | 'XRECHNUNG';

export interface SampleParty {
  name: string;
  street: string;
  city: string;
  postcode: string;
  /** ISO 3166 alpha-2. */
  country: string;
  vatId: string | null;
  /** Electronic address (BT-34/BT-49); XRechnung 3 requires one, Peppol routes on it (an EAS code, never `EM`). */
  endpoint?: { scheme: string; id: string } | null;
  /** Contact e-mail; also the `EM` electronic address where no `endpoint` is given (not for Peppol). */
  email?: string | null;
  /** Contact person and phone: XRechnung requires a seller contact (BR-DE-2). */
  contactName?: string | null;
  phone?: string | null;
}

export interface SampleLine {
  id: string;
  name: string;
  quantity: number;
  /** UN/ECE Recommendation 20 code, e.g. C62 (one), HUR (hour), KGM (kilogram). */
  unit: string;
  unitPrice: number;
  amount: number;
  taxRate: number;
}

export interface SampleInvoice {
  number: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  dueDate: string | null;
  typeCode: '380' | '381' | '384' | '389';
  currency: string;
  seller: SampleParty;
  buyer: SampleParty;
  lines: SampleLine[];
  /** One entry per VAT category and rate; category is UNCL5305 (S standard, Z zero, E exempt ...). */
  taxes: { category: string; rate: number; basis: number; amount: number }[];
  lineTotal: number;
  taxBasis: number;
  taxTotal: number;
  grandTotal: number;
  prepaid: number;
  duePayable: number;
  iban: string | null;
  buyerReference: string | null;
  paymentTerms: string | null;
}

// ---------------------------------------------------------------------------------------------
// The sample invoice

const DEFAULT_INVOICE: SampleInvoice = {
  number: 'RE-2025-0042',
  issueDate: '2025-03-14',
  dueDate: '2025-04-13',
  typeCode: '380',
  currency: 'EUR',
  seller: {
    name: 'Nordlicht Werkzeugbau GmbH',
    street: 'Hafenstraße 12',
    city: 'Hamburg',
    postcode: '20457',
    country: 'DE',
    vatId: 'DE123456789',
    endpoint: { scheme: '9930', id: 'DE123456789' },
    email: 'rechnung@nordlicht-werkzeugbau.example',
    contactName: 'Jana Brandt',
    phone: '+49 40 555 0142',
  },
  buyer: {
    // "&" and umlauts on purpose: every writer must escape and encode them.
    name: 'Brückner & Söhne KG',
    street: 'Lindenallee 5',
    city: 'Köln',
    postcode: '50667',
    country: 'DE',
    vatId: 'DE987654321',
    endpoint: { scheme: '9930', id: 'DE987654321' },
    email: 'einkauf@brueckner-soehne.example',
    contactName: null,
    phone: null,
  },
  lines: [
    { id: '1', name: 'Edelstahlwelle Ø 20 mm', quantity: 12, unit: 'C62', unitPrice: 18.75, amount: 225, taxRate: 19 },
    { id: '2', name: 'Montage vor Ort', quantity: 6.5, unit: 'HUR', unitPrice: 85, amount: 552.5, taxRate: 19 },
    { id: '3', name: 'Fachbuch Zerspanungstechnik', quantity: 2, unit: 'C62', unitPrice: 39.9, amount: 79.8, taxRate: 7 },
  ],
  // 777.50 × 19 % = 147.725 exactly: rounds half up to 147.73, a deliberate rounding edge.
  taxes: [
    { category: 'S', rate: 19, basis: 777.5, amount: 147.73 },
    { category: 'S', rate: 7, basis: 79.8, amount: 5.59 },
  ],
  lineTotal: 857.3,
  taxBasis: 857.3,
  taxTotal: 153.32,
  grandTotal: 1010.62,
  prepaid: 0,
  duePayable: 1010.62,
  iban: 'DE02120300000000202051',
  buyerReference: '04011000-12345-34',
  paymentTerms: 'Payable within 30 days without deduction',
};

/**
 * A consistent invoice (line amounts = qty*price, taxes grouped by rate, totals add up, 2-decimal
 * rounding, half away from zero). Overrides are applied; then, unless `raw` is true, line amounts,
 * taxes and totals are recomputed from the lines (keeping `prepaid`). With `raw` nothing is
 * recomputed, so tests can build inconsistent invoices.
 */
export function sampleInvoice(overrides: Partial<SampleInvoice> = {}, opts: { raw?: boolean } = {}): SampleInvoice {
  const inv: SampleInvoice = structuredClone({ ...DEFAULT_INVOICE, ...overrides });
  return opts.raw ? inv : recompute(inv);
}

function recompute(inv: SampleInvoice): SampleInvoice {
  const lines = inv.lines.map((l) => ({ ...l, amount: fromCents(cents(l.quantity * l.unitPrice)) }));
  const groups = new Map<number, number>();
  for (const l of lines) groups.set(l.taxRate, (groups.get(l.taxRate) ?? 0) + cents(l.amount));
  const taxes = [...groups].map(([rate, basisCents]) => ({
    category: inv.taxes.find((t) => t.rate === rate)?.category ?? defaultCategory(rate),
    rate,
    basis: fromCents(basisCents),
    amount: fromCents(roundHalfAway((basisCents * rate) / 100)),
  }));
  const lineCents = lines.reduce((s, l) => s + cents(l.amount), 0);
  const taxCents = taxes.reduce((s, t) => s + cents(t.amount), 0);
  const grandCents = lineCents + taxCents;
  return {
    ...inv,
    lines,
    taxes,
    lineTotal: fromCents(lineCents),
    taxBasis: fromCents(lineCents),
    taxTotal: fromCents(taxCents),
    grandTotal: fromCents(grandCents),
    duePayable: fromCents(grandCents - cents(inv.prepaid)),
  };
}

const defaultCategory = (rate: number): string => (rate === 0 ? 'Z' : 'S');
const taxCategoryOf = (inv: SampleInvoice, rate: number): string =>
  inv.taxes.find((t) => t.rate === rate)?.category ?? defaultCategory(rate);

// Money is computed in integer cents; toPrecision(15) drops binary noise such as 147.72499999.
function roundHalfAway(x: number): number {
  const clean = Number(x.toPrecision(15));
  return Math.sign(clean) * Math.round(Math.abs(clean));
}
const cents = (x: number): number => roundHalfAway(x * 100);
const fromCents = (c: number): number => c / 100;

// ---------------------------------------------------------------------------------------------
// Number and date formats used in the XML

/** Amounts: always 2 decimals, never "-0.00". */
function money(x: number): string {
  const c = cents(x);
  return (c === 0 ? 0 : c / 100).toFixed(2);
}
/** Unit prices: 2 to 4 decimals (0.025 stays 0.025, not 0.03). */
function price(x: number): string {
  const s = trimDecimals(x, 4);
  const dot = s.indexOf('.');
  if (dot < 0) return `${s}.00`;
  return s.length - dot - 1 < 2 ? `${s}0` : s;
}
/** Quantities up to 4 decimals, percentages up to 2, without trailing zeros. */
const quantity = (x: number): string => trimDecimals(x, 4);
const percent = (x: number): string => trimDecimals(x, 2);
function trimDecimals(x: number, max: number): string {
  const s = Number(x.toPrecision(15)).toFixed(max).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
/** Format 102 (CCYYMMDD) from YYYY-MM-DD; anything else is passed through as given. */
const date102 = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.replaceAll('-', '') : iso);

// ---------------------------------------------------------------------------------------------
// A tiny XML writer: elements with attributes; null/undefined/false children are left out.

interface XmlElement {
  tag: string;
  attrs: Record<string, string | null | undefined>;
  kids: XmlChild[];
}
type XmlChild = XmlElement | string | null | undefined | false;

function el(tag: string, ...kids: XmlChild[]): XmlElement {
  return { tag, attrs: {}, kids };
}
function ela(tag: string, attrs: Record<string, string | null | undefined>, ...kids: XmlChild[]): XmlElement {
  return { tag, attrs, kids };
}

// XML 1.0 forbids most C0 controls even as character references.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function escapeText(s: string): string {
  return s.replace(FORBIDDEN_XML_CHARS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function render(node: XmlElement, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .filter((e): e is [string, string] => e[1] != null)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const kids = node.kids.filter((k): k is XmlElement | string => k !== null && k !== undefined && k !== false && k !== '');
  if (kids.length === 0) return `${pad}<${node.tag}${attrs}/>`;
  if (kids.every((k) => typeof k === 'string')) return `${pad}<${node.tag}${attrs}>${escapeText(kids.join(''))}</${node.tag}>`;
  const inner = kids.map((k) => (typeof k === 'string' ? pad + '  ' + escapeText(k) : render(k, depth + 1))).join('\n');
  return `${pad}<${node.tag}${attrs}>\n${inner}\n${pad}</${node.tag}>`;
}

const xmlDocument = (root: XmlElement): string => `<?xml version="1.0" encoding="UTF-8"?>\n${render(root)}\n`;

/** A party's address as CII (D16B and ZUGFeRD 1 alike) writes it. */
const ciiAddress = (p: SampleParty): XmlElement =>
  el('ram:PostalTradeAddress', el('ram:PostcodeCode', p.postcode), el('ram:LineOne', p.street), el('ram:CityName', p.city), el('ram:CountryID', p.country));

// ---------------------------------------------------------------------------------------------
// CII D16B: Factur-X 1.0 / ZUGFeRD 2.x / XRechnung (UN/CEFACT syntax)

export const CII_NAMESPACES = {
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
} as const;

const XRECHNUNG_3 = 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
const PEPPOL_BILLING_PROCESS = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

/**
 * GuidelineSpecifiedDocumentContextParameter/ID (BT-24) per profile. ZUGFeRD 2.1 and later use the
 * Factur-X ids; only ZUGFeRD 2.0.x had its own `urn:zugferd.de:2p0:*` ones.
 */
export const CII_GUIDELINE_IDS: Record<'factur-x' | 'zugferd2', Record<CiiProfile, string>> = {
  'factur-x': {
    MINIMUM: 'urn:factur-x.eu:1p0:minimum',
    'BASIC WL': 'urn:factur-x.eu:1p0:basicwl',
    BASIC: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
    EN16931: 'urn:cen.eu:en16931:2017',
    EXTENDED: 'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended',
    XRECHNUNG: XRECHNUNG_3,
  },
  zugferd2: {
    MINIMUM: 'urn:zugferd.de:2p0:minimum',
    'BASIC WL': 'urn:zugferd.de:2p0:basicwl',
    BASIC: 'urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic',
    EN16931: 'urn:cen.eu:en16931:2017',
    EXTENDED: 'urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended',
    XRECHNUNG: XRECHNUNG_3,
  },
};

/**
 * CII D16B (rsm:CrossIndustryInvoice) for a Factur-X 1.0 / ZUGFeRD 2.x profile. MINIMUM and BASIC WL
 * carry no line items and MINIMUM only the header totals, as the profiles' schemas say. XRECHNUNG
 * adds what XRechnung 3 requires: business process (BT-23), BuyerReference, seller contact and
 * electronic addresses, payment instructions.
 */
export function ciiXml(inv: SampleInvoice, profile: CiiProfile, flavour: 'factur-x' | 'zugferd2' = 'factur-x'): string {
  const minimum = profile === 'MINIMUM';
  const withLines = profile !== 'MINIMUM' && profile !== 'BASIC WL';
  // The BASIC and BASIC WL schemas have no DefinedTradeContact in a trade party.
  const withContact = profile === 'EN16931' || profile === 'EXTENDED' || profile === 'XRECHNUNG';
  const xr = profile === 'XRECHNUNG';

  const party = (tag: string, p: SampleParty, isSeller: boolean): XmlElement => {
    if (minimum) {
      return el(
        tag,
        el('ram:Name', p.name),
        isSeller && el('ram:PostalTradeAddress', el('ram:CountryID', p.country)),
        isSeller && p.vatId !== null && el('ram:SpecifiedTaxRegistration', ela('ram:ID', { schemeID: 'VA' }, p.vatId)),
      );
    }
    const address = electronicAddress(p, xr ? 'EM-or-endpoint' : 'endpoint-or-EM');
    const contact = withContact && isSeller && (p.contactName || p.phone || p.email);
    return el(
      tag,
      el('ram:Name', p.name),
      contact &&
        el(
          'ram:DefinedTradeContact',
          p.contactName && el('ram:PersonName', p.contactName),
          p.phone && el('ram:TelephoneUniversalCommunication', el('ram:CompleteNumber', p.phone)),
          p.email && el('ram:EmailURIUniversalCommunication', el('ram:URIID', p.email)),
        ),
      ciiAddress(p),
      address && el('ram:URIUniversalCommunication', ela('ram:URIID', { schemeID: address.scheme }, address.id)),
      p.vatId !== null && el('ram:SpecifiedTaxRegistration', ela('ram:ID', { schemeID: 'VA' }, p.vatId)),
    );
  };

  const line = (l: SampleLine): XmlElement =>
    el(
      'ram:IncludedSupplyChainTradeLineItem',
      el('ram:AssociatedDocumentLineDocument', el('ram:LineID', l.id)),
      el('ram:SpecifiedTradeProduct', el('ram:Name', l.name)),
      el('ram:SpecifiedLineTradeAgreement', el('ram:NetPriceProductTradePrice', el('ram:ChargeAmount', price(l.unitPrice)))),
      el('ram:SpecifiedLineTradeDelivery', ela('ram:BilledQuantity', { unitCode: l.unit }, quantity(l.quantity))),
      el(
        'ram:SpecifiedLineTradeSettlement',
        el(
          'ram:ApplicableTradeTax',
          el('ram:TypeCode', 'VAT'),
          el('ram:CategoryCode', taxCategoryOf(inv, l.taxRate)),
          el('ram:RateApplicablePercent', percent(l.taxRate)),
        ),
        el('ram:SpecifiedTradeSettlementLineMonetarySummation', el('ram:LineTotalAmount', money(l.amount))),
      ),
    );

  const paymentMeans =
    inv.iban !== null
      ? el('ram:SpecifiedTradeSettlementPaymentMeans', el('ram:TypeCode', '58'), el('ram:PayeePartyCreditorFinancialAccount', el('ram:IBANID', inv.iban)))
      : xr && el('ram:SpecifiedTradeSettlementPaymentMeans', el('ram:TypeCode', '1'));

  const summation = minimum
    ? el(
        'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
        el('ram:TaxBasisTotalAmount', money(inv.taxBasis)),
        ela('ram:TaxTotalAmount', { currencyID: inv.currency }, money(inv.taxTotal)),
        el('ram:GrandTotalAmount', money(inv.grandTotal)),
        el('ram:DuePayableAmount', money(inv.duePayable)),
      )
    : el(
        'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
        el('ram:LineTotalAmount', money(inv.lineTotal)),
        el('ram:TaxBasisTotalAmount', money(inv.taxBasis)),
        ela('ram:TaxTotalAmount', { currencyID: inv.currency }, money(inv.taxTotal)),
        el('ram:GrandTotalAmount', money(inv.grandTotal)),
        el('ram:TotalPrepaidAmount', money(inv.prepaid)),
        el('ram:DuePayableAmount', money(inv.duePayable)),
      );

  const root = ela(
    'rsm:CrossIndustryInvoice',
    { 'xmlns:rsm': CII_NAMESPACES.rsm, 'xmlns:qdt': CII_NAMESPACES.qdt, 'xmlns:ram': CII_NAMESPACES.ram, 'xmlns:udt': CII_NAMESPACES.udt },
    el(
      'rsm:ExchangedDocumentContext',
      xr && el('ram:BusinessProcessSpecifiedDocumentContextParameter', el('ram:ID', PEPPOL_BILLING_PROCESS)),
      el('ram:GuidelineSpecifiedDocumentContextParameter', el('ram:ID', CII_GUIDELINE_IDS[flavour][profile])),
    ),
    el(
      'rsm:ExchangedDocument',
      el('ram:ID', inv.number),
      el('ram:TypeCode', inv.typeCode),
      el('ram:IssueDateTime', ela('udt:DateTimeString', { format: '102' }, date102(inv.issueDate))),
    ),
    el(
      'rsm:SupplyChainTradeTransaction',
      ...(withLines ? inv.lines.map(line) : []),
      el(
        'ram:ApplicableHeaderTradeAgreement',
        inv.buyerReference !== null && el('ram:BuyerReference', inv.buyerReference),
        party('ram:SellerTradeParty', inv.seller, true),
        party('ram:BuyerTradeParty', inv.buyer, false),
      ),
      el('ram:ApplicableHeaderTradeDelivery'),
      el(
        'ram:ApplicableHeaderTradeSettlement',
        el('ram:InvoiceCurrencyCode', inv.currency),
        !minimum && paymentMeans,
        ...(minimum
          ? []
          : inv.taxes.map((t) =>
              el(
                'ram:ApplicableTradeTax',
                el('ram:CalculatedAmount', money(t.amount)),
                el('ram:TypeCode', 'VAT'),
                el('ram:BasisAmount', money(t.basis)),
                el('ram:CategoryCode', t.category),
                el('ram:RateApplicablePercent', percent(t.rate)),
              ),
            )),
        !minimum &&
          (inv.paymentTerms !== null || inv.dueDate !== null) &&
          el(
            'ram:SpecifiedTradePaymentTerms',
            inv.paymentTerms !== null && el('ram:Description', inv.paymentTerms),
            inv.dueDate !== null && el('ram:DueDateDateTime', ela('udt:DateTimeString', { format: '102' }, date102(inv.dueDate))),
          ),
        summation,
      ),
    ),
  );
  return xmlDocument(root);
}

/** The party's electronic address: its endpoint, else its e-mail under scheme EM (XRechnung's habit). */
function electronicAddress(p: SampleParty, prefer: 'EM-or-endpoint' | 'endpoint-or-EM' | 'endpoint-only'): { scheme: string; id: string } | null {
  const endpoint = p.endpoint ?? null;
  const em = p.email ? { scheme: 'EM', id: p.email } : null;
  if (prefer === 'endpoint-only') return endpoint;
  if (prefer === 'EM-or-endpoint') return em ?? endpoint;
  return endpoint ?? em;
}

// ---------------------------------------------------------------------------------------------
// ZUGFeRD 1.0 (rsm:CrossIndustryDocument)

export const ZUGFERD1_NAMESPACES = {
  rsm: 'urn:ferd:CrossIndustryDocument:invoice:1p0',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15',
} as const;

export const ZUGFERD1_GUIDELINE_IDS = {
  BASIC: 'urn:ferd:CrossIndustryDocument:invoice:1p0:basic',
  COMFORT: 'urn:ferd:CrossIndustryDocument:invoice:1p0:comfort',
  EXTENDED: 'urn:ferd:CrossIndustryDocument:invoice:1p0:extended',
} as const;

const ZUGFERD1_DOCUMENT_NAMES: Record<SampleInvoice['typeCode'], string> = {
  '380': 'RECHNUNG',
  '381': 'GUTSCHRIFT',
  '384': 'KORREKTURRECHNUNG',
  '389': 'EIGENRECHNUNG',
};

/**
 * ZUGFeRD 1.0: its own element names (HeaderExchangedDocument, ApplicableSupplyChainTrade*,
 * SpecifiedTradeSettlementMonetarySummation, ApplicablePercent), line items AFTER the header
 * settlement with the product last, and a currencyID on every amount. BASIC lines carry only
 * quantity, line total and name (no price, no line tax); the due date is COMFORT and up.
 */
export function zugferd1Xml(inv: SampleInvoice, profile: 'BASIC' | 'COMFORT' | 'EXTENDED'): string {
  const basic = profile === 'BASIC';
  const amount = (tag: string, x: number): XmlElement => ela(tag, { currencyID: inv.currency }, money(x));

  const party = (tag: string, p: SampleParty): XmlElement =>
    el(
      tag,
      el('ram:Name', p.name),
      ciiAddress(p),
      p.vatId !== null && el('ram:SpecifiedTaxRegistration', ela('ram:ID', { schemeID: 'VA' }, p.vatId)),
    );

  const line = (l: SampleLine): XmlElement =>
    el(
      'ram:IncludedSupplyChainTradeLineItem',
      el('ram:AssociatedDocumentLineDocument', el('ram:LineID', l.id)),
      !basic &&
        el(
          'ram:SpecifiedSupplyChainTradeAgreement',
          el('ram:NetPriceProductTradePrice', ela('ram:ChargeAmount', { currencyID: inv.currency }, price(l.unitPrice))),
        ),
      el('ram:SpecifiedSupplyChainTradeDelivery', ela('ram:BilledQuantity', { unitCode: l.unit }, quantity(l.quantity))),
      el(
        'ram:SpecifiedSupplyChainTradeSettlement',
        !basic &&
          el(
            'ram:ApplicableTradeTax',
            el('ram:TypeCode', 'VAT'),
            el('ram:CategoryCode', taxCategoryOf(inv, l.taxRate)),
            el('ram:ApplicablePercent', percent(l.taxRate)),
          ),
        el('ram:SpecifiedTradeSettlementMonetarySummation', amount('ram:LineTotalAmount', l.amount)),
      ),
      el('ram:SpecifiedTradeProduct', el('ram:Name', l.name)),
    );

  const root = ela(
    'rsm:CrossIndustryDocument',
    { 'xmlns:rsm': ZUGFERD1_NAMESPACES.rsm, 'xmlns:ram': ZUGFERD1_NAMESPACES.ram, 'xmlns:udt': ZUGFERD1_NAMESPACES.udt },
    el(
      'rsm:SpecifiedExchangedDocumentContext',
      el('ram:TestIndicator', el('udt:Indicator', 'false')),
      el('ram:GuidelineSpecifiedDocumentContextParameter', el('ram:ID', ZUGFERD1_GUIDELINE_IDS[profile])),
    ),
    el(
      'rsm:HeaderExchangedDocument',
      el('ram:ID', inv.number),
      el('ram:Name', ZUGFERD1_DOCUMENT_NAMES[inv.typeCode] ?? 'RECHNUNG'),
      el('ram:TypeCode', inv.typeCode),
      el('ram:IssueDateTime', ela('udt:DateTimeString', { format: '102' }, date102(inv.issueDate))),
    ),
    el(
      'rsm:SpecifiedSupplyChainTradeTransaction',
      el(
        'ram:ApplicableSupplyChainTradeAgreement',
        !basic && inv.buyerReference !== null && el('ram:BuyerReference', inv.buyerReference),
        party('ram:SellerTradeParty', inv.seller),
        party('ram:BuyerTradeParty', inv.buyer),
      ),
      el('ram:ApplicableSupplyChainTradeDelivery'),
      el(
        'ram:ApplicableSupplyChainTradeSettlement',
        el('ram:InvoiceCurrencyCode', inv.currency),
        inv.iban !== null &&
          el('ram:SpecifiedTradeSettlementPaymentMeans', el('ram:TypeCode', '42'), el('ram:PayeePartyCreditorFinancialAccount', el('ram:IBANID', inv.iban))),
        ...inv.taxes.map((t) =>
          el(
            'ram:ApplicableTradeTax',
            amount('ram:CalculatedAmount', t.amount),
            el('ram:TypeCode', 'VAT'),
            amount('ram:BasisAmount', t.basis),
            !basic && el('ram:CategoryCode', t.category),
            el('ram:ApplicablePercent', percent(t.rate)),
          ),
        ),
        (inv.paymentTerms !== null || (!basic && inv.dueDate !== null)) &&
          el(
            'ram:SpecifiedTradePaymentTerms',
            inv.paymentTerms !== null && el('ram:Description', inv.paymentTerms),
            !basic && inv.dueDate !== null && el('ram:DueDateDateTime', ela('udt:DateTimeString', { format: '102' }, date102(inv.dueDate))),
          ),
        el(
          'ram:SpecifiedTradeSettlementMonetarySummation',
          amount('ram:LineTotalAmount', inv.lineTotal),
          amount('ram:ChargeTotalAmount', 0),
          amount('ram:AllowanceTotalAmount', 0),
          amount('ram:TaxBasisTotalAmount', inv.taxBasis),
          amount('ram:TaxTotalAmount', inv.taxTotal),
          amount('ram:GrandTotalAmount', inv.grandTotal),
          !basic && amount('ram:TotalPrepaidAmount', inv.prepaid),
          amount('ram:DuePayableAmount', inv.duePayable),
        ),
      ),
      ...inv.lines.map(line),
    ),
  );
  return xmlDocument(root);
}

// ---------------------------------------------------------------------------------------------
// UBL 2.1 Invoice / CreditNote

export const UBL_NAMESPACES = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

/** CustomizationID (BT-24) and, where the specification wants one, ProfileID (BT-23). */
export const UBL_CUSTOMIZATIONS = {
  PEPPOL: { customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0', profileId: PEPPOL_BILLING_PROCESS },
  XRECHNUNG: { customizationId: XRECHNUNG_3, profileId: PEPPOL_BILLING_PROCESS },
  EN16931: { customizationId: 'urn:cen.eu:en16931:2017', profileId: null },
} as const;

/**
 * UBL 2.1 Invoice, or CreditNote when typeCode is 381 (CreditNoteTypeCode, CreditNoteLine,
 * CreditedQuantity; amounts stay positive). A UBL 2.1 CreditNote has no cbc:DueDate: the due date
 * (BT-9) goes to cac:PaymentMeans/cbc:PaymentDueDate, as the EN 16931 UBL binding says. The seller's
 * legal name (BT-27) is PartyLegalEntity/RegistrationName; PartyName/Name is only the trading name.
 */
export function ublXml(inv: SampleInvoice, customization: 'PEPPOL' | 'XRECHNUNG' | 'EN16931'): string {
  const credit = inv.typeCode === '381';
  const { customizationId, profileId } = UBL_CUSTOMIZATIONS[customization];
  const amount = (tag: string, x: number): XmlElement => ela(tag, { currencyID: inv.currency }, money(x));
  const taxScheme = el('cac:TaxScheme', el('cbc:ID', 'VAT'));
  const addressPreference = customization === 'PEPPOL' ? 'endpoint-only' : customization === 'XRECHNUNG' ? 'EM-or-endpoint' : 'endpoint-or-EM';

  const party = (tag: string, p: SampleParty): XmlElement => {
    const address = electronicAddress(p, addressPreference);
    const contact = p.contactName || p.phone || p.email;
    return el(
      tag,
      el(
        'cac:Party',
        address && ela('cbc:EndpointID', { schemeID: address.scheme }, address.id),
        el('cac:PartyName', el('cbc:Name', p.name)),
        el(
          'cac:PostalAddress',
          el('cbc:StreetName', p.street),
          el('cbc:CityName', p.city),
          el('cbc:PostalZone', p.postcode),
          el('cac:Country', el('cbc:IdentificationCode', p.country)),
        ),
        p.vatId !== null && el('cac:PartyTaxScheme', el('cbc:CompanyID', p.vatId), taxScheme),
        el('cac:PartyLegalEntity', el('cbc:RegistrationName', p.name)),
        contact &&
          el(
            'cac:Contact',
            p.contactName && el('cbc:Name', p.contactName),
            p.phone && el('cbc:Telephone', p.phone),
            p.email && el('cbc:ElectronicMail', p.email),
          ),
      ),
    );
  };

  const needsPaymentMeans = inv.iban !== null || customization === 'XRECHNUNG' || (credit && inv.dueDate !== null);
  const line = (l: SampleLine): XmlElement =>
    el(
      credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
      el('cbc:ID', l.id),
      ela(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', { unitCode: l.unit }, quantity(l.quantity)),
      amount('cbc:LineExtensionAmount', l.amount),
      el(
        'cac:Item',
        el('cbc:Name', l.name),
        el('cac:ClassifiedTaxCategory', el('cbc:ID', taxCategoryOf(inv, l.taxRate)), el('cbc:Percent', percent(l.taxRate)), taxScheme),
      ),
      el('cac:Price', ela('cbc:PriceAmount', { currencyID: inv.currency }, price(l.unitPrice))),
    );

  const root = ela(
    credit ? 'CreditNote' : 'Invoice',
    { xmlns: credit ? UBL_NAMESPACES.CreditNote : UBL_NAMESPACES.Invoice, 'xmlns:cac': UBL_NAMESPACES.cac, 'xmlns:cbc': UBL_NAMESPACES.cbc },
    el('cbc:CustomizationID', customizationId),
    profileId !== null && el('cbc:ProfileID', profileId),
    el('cbc:ID', inv.number),
    el('cbc:IssueDate', inv.issueDate),
    !credit && inv.dueDate !== null && el('cbc:DueDate', inv.dueDate),
    el(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', inv.typeCode),
    el('cbc:DocumentCurrencyCode', inv.currency),
    inv.buyerReference !== null && el('cbc:BuyerReference', inv.buyerReference),
    party('cac:AccountingSupplierParty', inv.seller),
    party('cac:AccountingCustomerParty', inv.buyer),
    needsPaymentMeans &&
      el(
        'cac:PaymentMeans',
        el('cbc:PaymentMeansCode', inv.iban !== null ? '58' : '1'),
        credit && inv.dueDate !== null && el('cbc:PaymentDueDate', inv.dueDate),
        inv.iban !== null && el('cac:PayeeFinancialAccount', el('cbc:ID', inv.iban)),
      ),
    inv.paymentTerms !== null && el('cac:PaymentTerms', el('cbc:Note', inv.paymentTerms)),
    el(
      'cac:TaxTotal',
      amount('cbc:TaxAmount', inv.taxTotal),
      ...inv.taxes.map((t) =>
        el(
          'cac:TaxSubtotal',
          amount('cbc:TaxableAmount', t.basis),
          amount('cbc:TaxAmount', t.amount),
          el('cac:TaxCategory', el('cbc:ID', t.category), el('cbc:Percent', percent(t.rate)), taxScheme),
        ),
      ),
    ),
    el(
      'cac:LegalMonetaryTotal',
      amount('cbc:LineExtensionAmount', inv.lineTotal),
      amount('cbc:TaxExclusiveAmount', inv.taxBasis),
      amount('cbc:TaxInclusiveAmount', inv.grandTotal),
      cents(inv.prepaid) !== 0 && amount('cbc:PrepaidAmount', inv.prepaid),
      amount('cbc:PayableAmount', inv.duePayable),
    ),
    ...inv.lines.map(line),
  );
  return xmlDocument(root);
}

// ---------------------------------------------------------------------------------------------
// The printed page

const UNIT_LABELS: Record<string, string> = { C62: 'pcs', H87: 'pcs', HUR: 'h', DAY: 'days', KGM: 'kg', MTR: 'm', LTR: 'l', KWH: 'kWh' };

/** 1234.5 -> "1,234.50". */
export function formatAmount(x: number): string {
  const c = cents(x);
  const [whole, frac] = (Math.abs(c) / 100).toFixed(2).split('.') as [string, string];
  return `${c < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/**
 * The printed page of the invoice, as the lines a person would see: title, number and dates,
 * seller block with VAT ID, "Bill To:" block, the line items, Subtotal, one "VAT n%" line per rate,
 * "Total <currency> <amount>", and payment details. Amounts are formatted like 1,234.56.
 */
export function pageLines(inv: SampleInvoice, opts: { dateFormat?: 'dmy' | 'iso' } = {}): string[] {
  const day = (iso: string): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return opts.dateFormat === 'iso' || !m ? iso : `${m[3]}.${m[2]}.${m[1]}`;
  };
  const credit = inv.typeCode === '381';
  const party = (p: SampleParty): string[] => [p.name, p.street, `${p.postcode} ${p.city}`, ...(p.vatId !== null ? [`VAT ID: ${p.vatId}`] : [])];
  const out = [
    credit ? 'CREDIT NOTE' : 'INVOICE',
    `Invoice No: ${inv.number}`,
    `Invoice Date: ${day(inv.issueDate)}`,
    ...(inv.dueDate !== null ? [`Due Date: ${day(inv.dueDate)}`] : []),
    ...(inv.buyerReference !== null ? [`Your Reference: ${inv.buyerReference}`] : []),
    '',
    ...party(inv.seller),
    '',
    'Bill To:',
    ...party(inv.buyer),
    '',
    'Pos  Description  Qty  Unit Price  VAT  Amount',
    ...inv.lines.map(
      (l) =>
        `${l.id}  ${l.name}  ${quantity(l.quantity)} ${UNIT_LABELS[l.unit] ?? l.unit}  ${formatAmount(l.unitPrice)}  ${percent(l.taxRate)}%  ${formatAmount(l.amount)}`,
    ),
    '',
    `Subtotal ${formatAmount(inv.taxBasis)}`,
    ...inv.taxes.map((t) => `VAT ${percent(t.rate)}% ${formatAmount(t.amount)}`),
    `Total ${inv.currency} ${formatAmount(inv.grandTotal)}`,
    ...(cents(inv.prepaid) !== 0 ? [`Paid ${formatAmount(inv.prepaid)}`, `Amount Due ${inv.currency} ${formatAmount(inv.duePayable)}`] : []),
    '',
    ...(inv.paymentTerms !== null ? [`Payment Terms: ${inv.paymentTerms}`] : []),
    ...(inv.iban !== null ? [`IBAN: ${inv.iban.replace(/(.{4})(?=.)/g, '$1 ')}`] : []),
  ];
  return out;
}

// ---------------------------------------------------------------------------------------------
// The hybrid PDF

/** The names real producers give the embedded XML. */
export const ATTACHMENT_NAMES = {
  facturX: 'factur-x.xml',
  zugferd2: 'zugferd-invoice.xml',
  zugferd1: 'ZUGFeRD-invoice.xml',
  xrechnung: 'xrechnung.xml',
} as const;

export interface HybridPdfOptions {
  /** The page's text lines, drawn top to bottom in Helvetica (more pages when they do not fit). */
  lines: string[];
  /** The invoice XML to embed; a string is written as UTF-8. null: no invoice attachment. */
  xml: string | Uint8Array | null;
  /** File name of the XML. Default 'factur-x.xml'. */
  attachmentName?: string;
  /**
   * Where the PDF declares its attachments: the EmbeddedFiles name tree AND the catalog /AF array
   * ('both', default, as PDF/A-3 wants), only the name tree ('names-only'), or only /AF ('af-only').
   * Applies to the extra attachments too.
   */
  declare?: 'both' | 'names-only' | 'af-only';
  /** /AFRelationship of the XML. Default Data for a name starting with "xrechnung", else Alternative. */
  afRelationship?: AFRelationship;
  /** More embedded files (AFRelationship Supplement), after the XML. */
  extraAttachments?: { name: string; data: Uint8Array; mimeType: string }[];
  /** pdf-lib's object streams (PDF 1.5 compressed xref); default true as in pdf-lib. */
  useObjectStreams?: boolean;
}

// A fixed date keeps the output byte-identical between runs.
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));
const PAGE_SIZE: [number, number] = [595.28, 841.89];

/**
 * A PDF with a real, readable text layer showing `lines`, and `xml` embedded as a PDF/A-3-style
 * associated file (mime type text/xml). Not a validated PDF/A-3: there is no XMP metadata and no
 * output intent; the attachment structure is what matters here.
 */
export async function hybridPdf(opts: HybridPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('docparse tests');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  drawLines(doc, opts.lines, font, bold);

  const name = opts.attachmentName ?? ATTACHMENT_NAMES.facturX;
  const files: Attachment[] = [];
  if (opts.xml !== null) {
    files.push({
      name,
      data: typeof opts.xml === 'string' ? new TextEncoder().encode(opts.xml) : opts.xml,
      mimeType: 'text/xml',
      description: 'Invoice XML',
      relationship: opts.afRelationship ?? (/^xrechnung/i.test(name) ? AFRelationship.Data : AFRelationship.Alternative),
    });
  }
  for (const extra of opts.extraAttachments ?? []) {
    files.push({ ...extra, description: extra.name, relationship: AFRelationship.Supplement });
  }

  const declare = opts.declare ?? 'both';
  if (declare === 'af-only') {
    for (const f of files) attachAfOnly(doc, f);
  } else {
    for (const f of files) {
      // pdf-lib's attach() reads a string as base64, hence bytes; it declares the file in both places.
      await doc.attach(f.data, f.name, {
        mimeType: f.mimeType,
        description: f.description,
        creationDate: FIXED_DATE,
        modificationDate: FIXED_DATE,
        afRelationship: f.relationship,
      });
    }
    if (declare === 'names-only') {
      await doc.flush(); // embeds the attachments now, so /AF exists and can be taken out
      doc.catalog.delete(PDFName.of('AF'));
    }
  }
  return doc.save({ useObjectStreams: opts.useObjectStreams ?? true });
}

interface Attachment {
  name: string;
  data: Uint8Array;
  mimeType: string;
  description: string;
  relationship: AFRelationship;
}

/** A file specification reachable only from the catalog's /AF array (no EmbeddedFiles name tree). */
function attachAfOnly(doc: PDFDocument, f: Attachment): void {
  const ctx = doc.context;
  const stream = ctx.flateStream(f.data, {
    Type: 'EmbeddedFile',
    Subtype: f.mimeType,
    Params: { Size: f.data.length, CreationDate: PDFString.fromDate(FIXED_DATE), ModDate: PDFString.fromDate(FIXED_DATE) },
  });
  const streamRef = ctx.register(stream);
  const spec = ctx.obj({
    Type: 'Filespec',
    F: PDFString.of(f.name),
    UF: PDFHexString.fromText(f.name),
    EF: { F: streamRef, UF: streamRef },
    Desc: PDFHexString.fromText(f.description),
    AFRelationship: f.relationship,
  });
  const specRef = ctx.register(spec);
  let af = doc.catalog.lookupMaybe(PDFName.of('AF'), PDFArray);
  if (!af) {
    af = ctx.obj([]);
    doc.catalog.set(PDFName.of('AF'), af);
  }
  af.push(specRef);
}

function drawLines(doc: PDFDocument, lines: string[], font: PDFFont, bold: PDFFont): void {
  const encodable = new Set(font.getCharacterSet());
  // Helvetica is WinAnsi-encoded: anything else would throw in pdf-lib, so it prints as "?".
  const printable = (s: string): string =>
    [...s.replace(/\t/g, '    ')].map((ch) => (encodable.has(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');
  const margin = 50;
  let page = doc.addPage(PAGE_SIZE);
  let y = PAGE_SIZE[1] - margin;
  lines.forEach((text, i) => {
    const title = i === 0;
    const size = title ? 16 : 10;
    const lead = title ? 24 : 14;
    if (y - lead < margin) {
      page = doc.addPage(PAGE_SIZE);
      y = PAGE_SIZE[1] - margin;
    }
    if (text !== '') page.drawText(printable(text), { x: margin, y: y - size, size, font: title ? bold : font });
    y -= lead;
  });
}
