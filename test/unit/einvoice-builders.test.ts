/**
 * The e-invoice test builders (test/helpers/einvoice.ts) themselves: consistent sample totals, XML
 * that parses with the right root, identifiers and element order, and hybrid PDFs whose attachments
 * sit exactly where `declare` says and whose text layer is real.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { AFRelationship, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import {
  CII_GUIDELINE_IDS,
  ciiXml,
  formatAmount,
  hybridPdf,
  pageLines,
  sampleInvoice,
  ublXml,
  zugferd1Xml,
  type CiiProfile,
  type SampleInvoice,
} from '../helpers/einvoice.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false });
const orderedParser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, parseTagValue: false });

type Tree = Record<string, unknown>;
const parse = (xml: string): Tree => parser.parse(xml) as Tree;
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const at = (node: unknown, ...path: string[]): unknown => path.reduce<unknown>((n, key) => (n as Tree | undefined)?.[key], node);
const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as Tree)['#text']) : String(node));

/** Child element names, in document order, of the element at `path` (first match at each step). */
function childTags(xml: string, ...path: string[]): string[] {
  let level = orderedParser.parse(xml) as Tree[];
  for (const tag of path) {
    const found = level.find((n) => tag in n);
    if (!found) throw new Error(`no <${tag}> on the path ${path.join('/')}`);
    level = found[tag] as Tree[];
  }
  return level.map((n) => Object.keys(n).find((k) => k !== ':@')!).filter((k) => k !== '#text');
}

const cents = (x: number): number => Math.round(x * 100);

describe('sampleInvoice', () => {
  it('is consistent: line amounts, taxes grouped by rate, totals that add up', () => {
    const inv = sampleInvoice();
    expect(inv.lines).toHaveLength(3);
    expect(inv.lines.map((l) => l.amount)).toEqual([225, 552.5, 79.8]);
    expect(inv.taxes).toEqual([
      { category: 'S', rate: 19, basis: 777.5, amount: 147.73 }, // 147.725 rounds half up
      { category: 'S', rate: 7, basis: 79.8, amount: 5.59 },
    ]);
    expect(inv).toMatchObject({ lineTotal: 857.3, taxBasis: 857.3, taxTotal: 153.32, grandTotal: 1010.62, prepaid: 0, duePayable: 1010.62 });
  });

  it('recomputes from the lines after overrides, rounding half away from zero', () => {
    const inv = sampleInvoice({
      lines: [{ id: 'A', name: 'Rundung', quantity: 3, unit: 'C62', unitPrice: 0.335, amount: 999, taxRate: 19 }],
      prepaid: 0.5,
      grandTotal: 12345,
    });
    expect(inv.lines[0]!.amount).toBe(1.01); // 1.005, not 1.00
    expect(inv.taxes).toEqual([{ category: 'S', rate: 19, basis: 1.01, amount: 0.19 }]);
    expect(inv.grandTotal).toBe(1.2);
    expect(inv.duePayable).toBe(0.7);
  });

  it('keeps inconsistent values as given when raw', () => {
    const inv = sampleInvoice({ grandTotal: 1, taxTotal: 2 }, { raw: true });
    expect(inv.grandTotal).toBe(1);
    expect(inv.taxTotal).toBe(2);
    expect(inv.lineTotal).toBe(857.3);
  });

  it('does not share state between calls', () => {
    const a = sampleInvoice();
    a.seller.name = 'changed';
    a.lines[0]!.quantity = 99;
    expect(sampleInvoice().seller.name).toBe('Nordlicht Werkzeugbau GmbH');
    expect(sampleInvoice().lines[0]!.quantity).toBe(12);
  });

  it('adds up for any lines', () => {
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
      unitPrice: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000),
      taxRate: fc.constantFrom(0, 5.5, 7, 19, 20, 21),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (specs) => {
        const inv = sampleInvoice({
          lines: specs.map((s, i) => ({ id: String(i + 1), name: `Item ${i + 1}`, unit: 'C62', amount: 0, ...s })),
        });
        for (const l of inv.lines) expect(Math.abs(l.amount - l.quantity * l.unitPrice)).toBeLessThanOrEqual(0.005 + 1e-9);
        const sum = (xs: number[]): number => xs.reduce((s, x) => s + cents(x), 0);
        expect(sum(inv.lines.map((l) => l.amount))).toBe(cents(inv.lineTotal));
        expect(sum(inv.taxes.map((t) => t.basis))).toBe(cents(inv.taxBasis));
        expect(sum(inv.taxes.map((t) => t.amount))).toBe(cents(inv.taxTotal));
        expect(cents(inv.taxBasis) + cents(inv.taxTotal)).toBe(cents(inv.grandTotal));
        expect(cents(inv.grandTotal) - cents(inv.prepaid)).toBe(cents(inv.duePayable));
        expect(new Set(inv.taxes.map((t) => t.rate)).size).toBe(inv.taxes.length);
        for (const t of inv.taxes) expect(Math.abs(t.amount - (t.basis * t.rate) / 100)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe('ciiXml', () => {
  const inv = sampleInvoice();
  const profiles: CiiProfile[] = ['MINIMUM', 'BASIC WL', 'BASIC', 'EN16931', 'EXTENDED', 'XRECHNUNG'];

  for (const flavour of ['factur-x', 'zugferd2'] as const) {
    for (const profile of profiles) {
      it(`${flavour} ${profile}: root, guideline id, header and line items`, () => {
        const xml = ciiXml(inv, profile, flavour);
        const doc = parse(xml);
        const root = doc['rsm:CrossIndustryInvoice'] as Tree;
        expect(root).toBeDefined();
        expect(root['@_xmlns:rsm']).toBe('urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100');
        expect(text(at(root, 'rsm:ExchangedDocumentContext', 'ram:GuidelineSpecifiedDocumentContextParameter', 'ram:ID'))).toBe(
          CII_GUIDELINE_IDS[flavour][profile],
        );
        expect(text(at(root, 'rsm:ExchangedDocument', 'ram:ID'))).toBe('RE-2025-0042');
        const issue = at(root, 'rsm:ExchangedDocument', 'ram:IssueDateTime', 'udt:DateTimeString') as Tree;
        expect(issue['#text']).toBe('20250314');
        expect(issue['@_format']).toBe('102');

        const tx = root['rsm:SupplyChainTradeTransaction'] as Tree;
        const lineCount = profile === 'MINIMUM' || profile === 'BASIC WL' ? 0 : 3;
        expect(asArray(tx['ram:IncludedSupplyChainTradeLineItem'])).toHaveLength(lineCount);
        expect(childTags(xml, 'rsm:CrossIndustryInvoice')).toEqual(['rsm:ExchangedDocumentContext', 'rsm:ExchangedDocument', 'rsm:SupplyChainTradeTransaction']);
        expect(childTags(xml, 'rsm:CrossIndustryInvoice', 'rsm:SupplyChainTradeTransaction')).toEqual([
          ...Array<string>(lineCount).fill('ram:IncludedSupplyChainTradeLineItem'),
          'ram:ApplicableHeaderTradeAgreement',
          'ram:ApplicableHeaderTradeDelivery',
          'ram:ApplicableHeaderTradeSettlement',
        ]);

        const sum = at(tx, 'ram:ApplicableHeaderTradeSettlement', 'ram:SpecifiedTradeSettlementHeaderMonetarySummation') as Tree;
        expect(at(sum, 'ram:TaxTotalAmount')).toEqual({ '#text': '153.32', '@_currencyID': 'EUR' });
        expect(at(sum, 'ram:GrandTotalAmount')).toBe('1010.62');
        expect(at(sum, 'ram:DuePayableAmount')).toBe('1010.62');
        const summationOrder = childTags(
          xml,
          'rsm:CrossIndustryInvoice',
          'rsm:SupplyChainTradeTransaction',
          'ram:ApplicableHeaderTradeSettlement',
          'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
        );
        expect(summationOrder).toEqual(
          profile === 'MINIMUM'
            ? ['ram:TaxBasisTotalAmount', 'ram:TaxTotalAmount', 'ram:GrandTotalAmount', 'ram:DuePayableAmount']
            : ['ram:LineTotalAmount', 'ram:TaxBasisTotalAmount', 'ram:TaxTotalAmount', 'ram:GrandTotalAmount', 'ram:TotalPrepaidAmount', 'ram:DuePayableAmount'],
        );
        const seller = at(tx, 'ram:ApplicableHeaderTradeAgreement', 'ram:SellerTradeParty') as Tree;
        expect(at(seller, 'ram:SpecifiedTaxRegistration', 'ram:ID')).toEqual({ '#text': 'DE123456789', '@_schemeID': 'VA' });
        expect(at(tx, 'ram:ApplicableHeaderTradeAgreement', 'ram:BuyerTradeParty', 'ram:Name')).toBe('Brückner & Söhne KG');
      });
    }
  }

  it('orders a line item and the header settlement as the schema does', () => {
    const xml = ciiXml(inv, 'EN16931');
    const tx = ['rsm:CrossIndustryInvoice', 'rsm:SupplyChainTradeTransaction'];
    expect(childTags(xml, ...tx, 'ram:IncludedSupplyChainTradeLineItem')).toEqual([
      'ram:AssociatedDocumentLineDocument',
      'ram:SpecifiedTradeProduct',
      'ram:SpecifiedLineTradeAgreement',
      'ram:SpecifiedLineTradeDelivery',
      'ram:SpecifiedLineTradeSettlement',
    ]);
    expect(childTags(xml, ...tx, 'ram:IncludedSupplyChainTradeLineItem', 'ram:SpecifiedLineTradeSettlement')).toEqual([
      'ram:ApplicableTradeTax',
      'ram:SpecifiedTradeSettlementLineMonetarySummation',
    ]);
    expect(childTags(xml, ...tx, 'ram:ApplicableHeaderTradeSettlement')).toEqual([
      'ram:InvoiceCurrencyCode',
      'ram:SpecifiedTradeSettlementPaymentMeans',
      'ram:ApplicableTradeTax',
      'ram:ApplicableTradeTax',
      'ram:SpecifiedTradePaymentTerms',
      'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
    ]);
    expect(childTags(xml, ...tx, 'ram:ApplicableHeaderTradeSettlement', 'ram:ApplicableTradeTax')).toEqual([
      'ram:CalculatedAmount',
      'ram:TypeCode',
      'ram:BasisAmount',
      'ram:CategoryCode',
      'ram:RateApplicablePercent',
    ]);
    expect(childTags(xml, ...tx, 'ram:ApplicableHeaderTradeAgreement', 'ram:SellerTradeParty', 'ram:PostalTradeAddress')).toEqual([
      'ram:PostcodeCode',
      'ram:LineOne',
      'ram:CityName',
      'ram:CountryID',
    ]);
    const line = asArray(at(parse(xml), 'rsm:CrossIndustryInvoice', 'rsm:SupplyChainTradeTransaction', 'ram:IncludedSupplyChainTradeLineItem'))[1];
    expect(at(line, 'ram:SpecifiedLineTradeDelivery', 'ram:BilledQuantity')).toEqual({ '#text': '6.5', '@_unitCode': 'HUR' });
    expect(at(line, 'ram:SpecifiedLineTradeAgreement', 'ram:NetPriceProductTradePrice', 'ram:ChargeAmount')).toBe('85.00');
    expect(at(line, 'ram:SpecifiedLineTradeSettlement', 'ram:SpecifiedTradeSettlementLineMonetarySummation', 'ram:LineTotalAmount')).toBe('552.50');
  });

  it('XRECHNUNG carries what XRechnung 3 requires', () => {
    const xml = ciiXml(inv, 'XRECHNUNG');
    const root = at(parse(xml), 'rsm:CrossIndustryInvoice');
    expect(at(root, 'rsm:ExchangedDocumentContext', 'ram:GuidelineSpecifiedDocumentContextParameter', 'ram:ID')).toBe(
      'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
    );
    expect(at(root, 'rsm:ExchangedDocumentContext', 'ram:BusinessProcessSpecifiedDocumentContextParameter', 'ram:ID')).toBe(
      'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
    );
    const agreement = at(root, 'rsm:SupplyChainTradeTransaction', 'ram:ApplicableHeaderTradeAgreement');
    expect(at(agreement, 'ram:BuyerReference')).toBe('04011000-12345-34');
    expect(at(agreement, 'ram:SellerTradeParty', 'ram:DefinedTradeContact', 'ram:PersonName')).toBe('Jana Brandt');
    expect(at(agreement, 'ram:SellerTradeParty', 'ram:URIUniversalCommunication', 'ram:URIID')).toEqual({
      '#text': 'rechnung@nordlicht-werkzeugbau.example',
      '@_schemeID': 'EM',
    });
    expect(at(agreement, 'ram:BuyerTradeParty', 'ram:URIUniversalCommunication', 'ram:URIID')).toBeDefined();
  });

  it('uses the ZUGFeRD 2.0 identifiers for the zugferd2 flavour', () => {
    expect(ciiXml(inv, 'BASIC', 'zugferd2')).toContain('<ram:ID>urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic</ram:ID>');
    expect(ciiXml(inv, 'MINIMUM', 'factur-x')).toContain('<ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>');
    expect(ciiXml(inv, 'EXTENDED')).toContain('<ram:ID>urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended</ram:ID>');
  });

  it('escapes XML special characters and drops characters XML cannot carry', () => {
    const tricky = sampleInvoice({
      number: 'A&B<1>',
      seller: { ...inv.seller, name: `Q "quoted" & 'single' <tag>\u0001` },
    });
    for (const xml of [ciiXml(tricky, 'EN16931'), zugferd1Xml(tricky, 'COMFORT'), ublXml(tricky, 'EN16931')]) {
      expect(xml).not.toContain('\u0001');
      expect(xml).toContain('A&amp;B&lt;1&gt;');
      const values = JSON.stringify(parse(xml));
      expect(values).toContain('A&B<1>');
      expect(values).toContain(`Q \\"quoted\\" & 'single' <tag>`);
    }
  });

  it('writes amounts with 2 decimals and never "-0.00"', () => {
    const free = sampleInvoice({ lines: [{ id: '1', name: 'Gratis', quantity: 1, unit: 'C62', unitPrice: 0, amount: 0, taxRate: 0 }] });
    const xml = ciiXml(free, 'EN16931');
    expect(xml).toContain('<ram:GrandTotalAmount>0.00</ram:GrandTotalAmount>');
    expect(xml).toContain('<ram:CategoryCode>Z</ram:CategoryCode>');
    expect(xml).not.toContain('-0.00');
  });
});

describe('zugferd1Xml', () => {
  const inv = sampleInvoice();
  for (const profile of ['BASIC', 'COMFORT', 'EXTENDED'] as const) {
    it(`${profile}: ZUGFeRD 1.0 root, namespaces, guideline id and element order`, () => {
      const xml = zugferd1Xml(inv, profile);
      const root = parse(xml)['rsm:CrossIndustryDocument'] as Tree;
      expect(root['@_xmlns:rsm']).toBe('urn:ferd:CrossIndustryDocument:invoice:1p0');
      expect(root['@_xmlns:ram']).toBe('urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12');
      expect(root['@_xmlns:udt']).toBe('urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15');
      expect(at(root, 'rsm:SpecifiedExchangedDocumentContext', 'ram:GuidelineSpecifiedDocumentContextParameter', 'ram:ID')).toBe(
        `urn:ferd:CrossIndustryDocument:invoice:1p0:${profile.toLowerCase()}`,
      );
      expect(at(root, 'rsm:HeaderExchangedDocument', 'ram:ID')).toBe('RE-2025-0042');
      expect(at(root, 'rsm:HeaderExchangedDocument', 'ram:IssueDateTime', 'udt:DateTimeString')).toEqual({ '#text': '20250314', '@_format': '102' });
      expect(childTags(xml, 'rsm:CrossIndustryDocument')).toEqual([
        'rsm:SpecifiedExchangedDocumentContext',
        'rsm:HeaderExchangedDocument',
        'rsm:SpecifiedSupplyChainTradeTransaction',
      ]);
      // Unlike CII D16B, the line items come after the header settlement.
      expect(childTags(xml, 'rsm:CrossIndustryDocument', 'rsm:SpecifiedSupplyChainTradeTransaction')).toEqual([
        'ram:ApplicableSupplyChainTradeAgreement',
        'ram:ApplicableSupplyChainTradeDelivery',
        'ram:ApplicableSupplyChainTradeSettlement',
        'ram:IncludedSupplyChainTradeLineItem',
        'ram:IncludedSupplyChainTradeLineItem',
        'ram:IncludedSupplyChainTradeLineItem',
      ]);
      expect(childTags(xml, 'rsm:CrossIndustryDocument', 'rsm:SpecifiedSupplyChainTradeTransaction', 'ram:IncludedSupplyChainTradeLineItem')).toEqual([
        'ram:AssociatedDocumentLineDocument',
        ...(profile === 'BASIC' ? [] : ['ram:SpecifiedSupplyChainTradeAgreement']),
        'ram:SpecifiedSupplyChainTradeDelivery',
        'ram:SpecifiedSupplyChainTradeSettlement',
        'ram:SpecifiedTradeProduct',
      ]);
      const settlement = at(root, 'rsm:SpecifiedSupplyChainTradeTransaction', 'ram:ApplicableSupplyChainTradeSettlement') as Tree;
      const sum = settlement['ram:SpecifiedTradeSettlementMonetarySummation'] as Tree;
      expect(sum['ram:GrandTotalAmount']).toEqual({ '#text': '1010.62', '@_currencyID': 'EUR' });
      expect(sum['ram:TaxTotalAmount']).toEqual({ '#text': '153.32', '@_currencyID': 'EUR' });
      expect(asArray(settlement['ram:ApplicableTradeTax']).map((t) => at(t, 'ram:ApplicablePercent'))).toEqual(['19', '7']);
      const tx = ['rsm:CrossIndustryDocument', 'rsm:SpecifiedSupplyChainTradeTransaction', 'ram:ApplicableSupplyChainTradeSettlement'];
      expect(childTags(xml, ...tx, 'ram:ApplicableTradeTax')).toEqual([
        'ram:CalculatedAmount',
        'ram:TypeCode',
        'ram:BasisAmount',
        ...(profile === 'BASIC' ? [] : ['ram:CategoryCode']),
        'ram:ApplicablePercent',
      ]);
      expect(childTags(xml, ...tx, 'ram:SpecifiedTradeSettlementMonetarySummation')).toEqual([
        'ram:LineTotalAmount',
        'ram:ChargeTotalAmount',
        'ram:AllowanceTotalAmount',
        'ram:TaxBasisTotalAmount',
        'ram:TaxTotalAmount',
        'ram:GrandTotalAmount',
        ...(profile === 'BASIC' ? [] : ['ram:TotalPrepaidAmount']),
        'ram:DuePayableAmount',
      ]);
      const due = at(settlement, 'ram:SpecifiedTradePaymentTerms', 'ram:DueDateDateTime', 'udt:DateTimeString');
      expect(due).toEqual(profile === 'BASIC' ? undefined : { '#text': '20250413', '@_format': '102' });
    });
  }
});

describe('ublXml', () => {
  const inv = sampleInvoice();
  const cases = [
    ['PEPPOL', 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0', 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0'],
    ['XRECHNUNG', 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0', 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0'],
    ['EN16931', 'urn:cen.eu:en16931:2017', undefined],
  ] as const;

  for (const [customization, customizationId, profileId] of cases) {
    it(`${customization}: Invoice root, identifiers, totals and element order`, () => {
      const xml = ublXml(inv, customization);
      const root = parse(xml)['Invoice'] as Tree;
      expect(root['@_xmlns']).toBe('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2');
      expect(root['cbc:CustomizationID']).toBe(customizationId);
      expect(root['cbc:ProfileID']).toBe(profileId);
      expect(root['cbc:ID']).toBe('RE-2025-0042');
      expect(root['cbc:IssueDate']).toBe('2025-03-14');
      expect(root['cbc:DueDate']).toBe('2025-04-13');
      expect(root['cbc:InvoiceTypeCode']).toBe('380');
      expect(at(root, 'cac:LegalMonetaryTotal', 'cbc:TaxInclusiveAmount')).toEqual({ '#text': '1010.62', '@_currencyID': 'EUR' });
      expect(at(root, 'cac:LegalMonetaryTotal', 'cbc:PayableAmount')).toEqual({ '#text': '1010.62', '@_currencyID': 'EUR' });
      expect(at(root, 'cac:TaxTotal', 'cbc:TaxAmount')).toEqual({ '#text': '153.32', '@_currencyID': 'EUR' });
      expect(asArray(root['cac:InvoiceLine'])).toHaveLength(3);
      expect(at(root, 'cac:AccountingSupplierParty', 'cac:Party', 'cac:PartyLegalEntity', 'cbc:RegistrationName')).toBe('Nordlicht Werkzeugbau GmbH');
      expect(at(root, 'cac:AccountingSupplierParty', 'cac:Party', 'cac:PartyTaxScheme', 'cbc:CompanyID')).toBe('DE123456789');
      const endpoint = at(root, 'cac:AccountingSupplierParty', 'cac:Party', 'cbc:EndpointID') as Tree;
      // Peppol routes on an EAS participant id and rejects EM; XRechnung's habit is the e-mail.
      expect(endpoint['@_schemeID']).toBe(customization === 'XRECHNUNG' ? 'EM' : '9930');
      expect(childTags(xml, 'Invoice')).toEqual([
        'cbc:CustomizationID',
        ...(profileId ? ['cbc:ProfileID'] : []),
        'cbc:ID',
        'cbc:IssueDate',
        'cbc:DueDate',
        'cbc:InvoiceTypeCode',
        'cbc:DocumentCurrencyCode',
        'cbc:BuyerReference',
        'cac:AccountingSupplierParty',
        'cac:AccountingCustomerParty',
        'cac:PaymentMeans',
        'cac:PaymentTerms',
        'cac:TaxTotal',
        'cac:LegalMonetaryTotal',
        'cac:InvoiceLine',
        'cac:InvoiceLine',
        'cac:InvoiceLine',
      ]);
      expect(childTags(xml, 'Invoice', 'cac:AccountingSupplierParty', 'cac:Party')).toEqual([
        'cbc:EndpointID',
        'cac:PartyName',
        'cac:PostalAddress',
        'cac:PartyTaxScheme',
        'cac:PartyLegalEntity',
        'cac:Contact',
      ]);
      expect(childTags(xml, 'Invoice', 'cac:InvoiceLine')).toEqual(['cbc:ID', 'cbc:InvoicedQuantity', 'cbc:LineExtensionAmount', 'cac:Item', 'cac:Price']);
    });
  }

  it('writes a CreditNote for 381: CreditNoteTypeCode, CreditNoteLine, CreditedQuantity, due date in PaymentMeans', () => {
    const credit = sampleInvoice({ typeCode: '381', number: 'GS-2025-0007' });
    const xml = ublXml(credit, 'PEPPOL');
    const root = parse(xml)['CreditNote'] as Tree;
    expect(root['@_xmlns']).toBe('urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2');
    expect(root['cbc:CreditNoteTypeCode']).toBe('381');
    expect(root['cbc:InvoiceTypeCode']).toBeUndefined();
    expect(root['cbc:DueDate']).toBeUndefined(); // UBL 2.1 CreditNote has no cbc:DueDate
    expect(at(root, 'cac:PaymentMeans', 'cbc:PaymentDueDate')).toBe('2025-04-13');
    expect(childTags(xml, 'CreditNote', 'cac:PaymentMeans')).toEqual(['cbc:PaymentMeansCode', 'cbc:PaymentDueDate', 'cac:PayeeFinancialAccount']);
    const lines = asArray(root['cac:CreditNoteLine']);
    expect(lines).toHaveLength(3);
    expect(at(lines[0], 'cbc:CreditedQuantity')).toEqual({ '#text': '12', '@_unitCode': 'C62' });
    expect(root['cac:InvoiceLine']).toBeUndefined();
    // Credit notes keep positive amounts; the document type says which way the money goes.
    expect(at(root, 'cac:LegalMonetaryTotal', 'cbc:PayableAmount')).toEqual({ '#text': '1010.62', '@_currencyID': 'EUR' });
  });

  it('keeps 384 and 389 as Invoice documents', () => {
    for (const typeCode of ['384', '389'] as const) {
      const root = parse(ublXml(sampleInvoice({ typeCode }), 'EN16931'))['Invoice'] as Tree;
      expect(root['cbc:InvoiceTypeCode']).toBe(typeCode);
    }
  });
});

describe('pageLines', () => {
  it('shows what a person reads on the page', () => {
    const lines = pageLines(sampleInvoice());
    expect(lines[0]).toBe('INVOICE');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Invoice No: RE-2025-0042',
        'Invoice Date: 14.03.2025',
        'Due Date: 13.04.2025',
        'Nordlicht Werkzeugbau GmbH',
        'VAT ID: DE123456789',
        'Bill To:',
        'Brückner & Söhne KG',
        'Subtotal 857.30',
        'VAT 19% 147.73',
        'VAT 7% 5.59',
        'Total EUR 1,010.62',
        'IBAN: DE02 1203 0000 0000 2020 51',
      ]),
    );
    expect(lines.indexOf('VAT ID: DE123456789')).toBeLessThan(lines.indexOf('Bill To:'));
  });

  it('prints ISO dates, credit notes and dates given in other shapes', () => {
    expect(pageLines(sampleInvoice(), { dateFormat: 'iso' })).toContain('Invoice Date: 2025-03-14');
    const credit = pageLines(sampleInvoice({ typeCode: '381' }));
    expect(credit[0]).toBe('CREDIT NOTE');
    expect(credit[1]).toBe('Invoice No: RE-2025-0042');
    expect(pageLines(sampleInvoice({ issueDate: 'March 14, 2025' }, { raw: true }))).toContain('Invoice Date: March 14, 2025');
  });

  it('formats amounts like 1,234.56', () => {
    expect([formatAmount(0), formatAmount(1234.5), formatAmount(1234567.891), formatAmount(-0.004), formatAmount(-1000)]).toEqual([
      '0.00',
      '1,234.50',
      '1,234,567.89',
      '0.00',
      '-1,000.00',
    ]);
  });
});

describe('hybridPdf', () => {
  const inv = sampleInvoice();
  const xml = ciiXml(inv, 'EN16931');

  interface Declared {
    names: string[];
    af: PDFDict[];
  }
  async function declared(bytes: Uint8Array): Promise<Declared & { doc: PDFDocument }> {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
    const list = names?.lookupMaybe(PDFName.of('Names'), PDFArray);
    const nameStrings: string[] = [];
    for (let i = 0; list && i < list.size(); i += 2) nameStrings.push((list.lookup(i) as PDFHexString | PDFString).decodeText());
    const afArray = doc.catalog.lookupMaybe(PDFName.of('AF'), PDFArray);
    const af: PDFDict[] = [];
    for (let i = 0; afArray && i < afArray.size(); i++) af.push(afArray.lookup(i, PDFDict));
    return { doc, names: nameStrings, af };
  }
  function content(spec: PDFDict): { name: string; relationship: string | undefined; mimeType: string | undefined; text: string } {
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'), PDFStream);
    if (!(stream instanceof PDFRawStream)) throw new Error('embedded file is not a raw stream');
    return {
      name: spec.lookup(PDFName.of('UF'), PDFHexString).decodeText(),
      relationship: spec.lookupMaybe(PDFName.of('AFRelationship'), PDFName)?.decodeText(),
      mimeType: stream.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText(),
      text: new TextDecoder().decode(decodePDFRawStream(stream).decode()),
    };
  }

  it("'both' (default) declares the XML in the EmbeddedFiles name tree and the catalog /AF", async () => {
    const { doc, names, af } = await declared(await hybridPdf({ lines: pageLines(inv), xml }));
    expect(doc.getPageCount()).toBe(1);
    expect(names).toEqual(['factur-x.xml']);
    expect(af).toHaveLength(1);
    expect(content(af[0]!)).toEqual({ name: 'factur-x.xml', relationship: 'Alternative', mimeType: 'text/xml', text: xml });
  });

  it("'names-only' leaves it out of /AF", async () => {
    const { names, af } = await declared(await hybridPdf({ lines: pageLines(inv), xml, declare: 'names-only' }));
    expect(names).toEqual(['factur-x.xml']);
    expect(af).toEqual([]);
  });

  it("'af-only' puts it only in the catalog /AF, with no name tree", async () => {
    const { doc, names, af } = await declared(await hybridPdf({ lines: pageLines(inv), xml, declare: 'af-only' }));
    expect(doc.catalog.has(PDFName.of('Names'))).toBe(false);
    expect(names).toEqual([]);
    expect(af).toHaveLength(1);
    expect(content(af[0]!)).toEqual({ name: 'factur-x.xml', relationship: 'Alternative', mimeType: 'text/xml', text: xml });
  });

  it('embeds nothing when xml is null', async () => {
    const { doc, names, af } = await declared(await hybridPdf({ lines: pageLines(inv), xml: null }));
    expect(doc.catalog.has(PDFName.of('Names'))).toBe(false);
    expect(names).toEqual([]);
    expect(af).toEqual([]);
  });

  it('names xrechnung.xml as Data, takes bytes, and adds extra attachments after the XML', async () => {
    const xr = new TextEncoder().encode(ciiXml(inv, 'XRECHNUNG'));
    const extra = { name: 'timesheet.csv', data: new TextEncoder().encode('day;hours\n1;6.5\n'), mimeType: 'text/csv' };
    const { names, af } = await declared(
      await hybridPdf({ lines: ['Rechnung'], xml: xr, attachmentName: 'xrechnung.xml', extraAttachments: [extra] }),
    );
    expect(names).toEqual(['xrechnung.xml', 'timesheet.csv']);
    expect(af.map((spec) => content(spec).relationship)).toEqual([AFRelationship.Data, AFRelationship.Supplement]);
    expect(content(af[1]!)).toMatchObject({ mimeType: 'text/csv', text: 'day;hours\n1;6.5\n' });
  });

  it('passes useObjectStreams through and writes the same bytes every time', async () => {
    const opts = { lines: pageLines(inv), xml };
    const compressed = await hybridPdf(opts);
    const classic = await hybridPdf({ ...opts, useObjectStreams: false });
    const has = (b: Uint8Array, s: string): boolean => Buffer.from(b).includes(s);
    expect(has(compressed, '/ObjStm')).toBe(true);
    expect(has(classic, '/ObjStm')).toBe(false);
    expect(Buffer.from(await hybridPdf(opts)).equals(Buffer.from(compressed))).toBe(true);
  });

  it('has a real, readable text layer', async () => {
    const bytes = await hybridPdf({ lines: pageLines(inv), xml });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const standardFontDataUrl = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, standardFontDataUrl }).promise;
    const page = await pdf.getPage(1);
    const items = (await page.getTextContent()).items as { str?: string }[];
    const pageText = items.map((i) => i.str ?? '').join('\n');
    await pdf.destroy();
    expect(pageText).toContain('Invoice No: RE-2025-0042');
    expect(pageText).toContain('Total EUR 1,010.62');
    expect(pageText).toContain('Brückner & Söhne KG');
  });

  it('replaces what Helvetica cannot encode instead of failing', async () => {
    const bytes = await hybridPdf({ lines: ['INVOICE', 'Kunde: 株式会社 ✓', 'Tab\there'], xml: null });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });
});

// A type-level check that the exported shapes stay usable from tests.
const _typed: SampleInvoice = sampleInvoice();
void _typed;
