/**
 * Mapping details the generated samples do not cover: document- and line-level allowances and
 * charges (the arithmetic must account for them, not flag them), a second UBL TaxTotal in the
 * accounting currency, prepayments, rounding, several VAT registrations, base quantities.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFromXml } from '../../src/extract/einvoice/index.js';
import { comparePage } from '../../src/extract/einvoice/verify.js';

const enc = (s: string) => new TextEncoder().encode(s);
const read = (xml: string) => fieldsFromXml(enc(xml), { container: 'xml', attachment: null, today: '2026-11-23' });

const cii = (body: { lines: string; header: string; sums: string }) => `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>AC-1</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20250301</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    ${body.lines}
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Seller SARL</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">12/345/67890</ram:ID></ram:SpecifiedTaxRegistration>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR12345678901</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Buyer</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      ${body.header}
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>${body.sums}</ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;

const line = (id: number, qty: string, price: string, basis: string | null, amount: string, allowance?: string) => `
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>${id}</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct>${id === 2 ? '<ram:GlobalID schemeID="0160">4012345000009</ram:GlobalID><ram:SellerAssignedID>ART-2</ram:SellerAssignedID>' : ''}<ram:Name>Item ${id}</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>${price}</ram:ChargeAmount>${basis ? `<ram:BasisQuantity unitCode="C62">${basis}</ram:BasisQuantity>` : ''}</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="KGM">${qty}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        ${allowance ? `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>${allowance}</ram:ActualAmount></ram:SpecifiedTradeAllowanceCharge>` : ''}
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${amount}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>`;

// Lines: 10 kg at 2.50 per 100 g... as 2.50 per BasisQuantity 0.1 -> 250.00; 3 x 40.00 less a 20.00 line allowance -> 100.00.
// Document: 350.00 lines - 50.00 allowance + 10.00 freight charge = 310.00 net; 20% VAT 62.00; 372.00; paid 100.00; due 272.00.
const LINES = line(1, '10', '2.50', '0.1', '250.00') + line(2, '3', '40.00', null, '100.00', '20.00');
const HEADER = `
      <ram:ApplicableTradeTax><ram:CalculatedAmount>62.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>310.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>50.00</ram:ActualAmount><ram:Reason>Loyalty discount</ram:Reason><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>
      <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:Reason>Freight</ram:Reason></ram:SpecifiedTradeAllowanceCharge>`;
const SUMS = (o: { grand?: string; due?: string } = {}) =>
  `<ram:LineTotalAmount>350.00</ram:LineTotalAmount><ram:ChargeTotalAmount>10.00</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>50.00</ram:AllowanceTotalAmount><ram:TaxBasisTotalAmount>310.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">62.00</ram:TaxTotalAmount><ram:GrandTotalAmount>${o.grand ?? '372.00'}</ram:GrandTotalAmount><ram:TotalPrepaidAmount>100.00</ram:TotalPrepaidAmount><ram:DuePayableAmount>${o.due ?? '272.00'}</ram:DuePayableAmount>`;

describe('e-invoice mapping and arithmetic', () => {
  it('accounts for base quantities, line and document allowances and charges, and prepayments', () => {
    const r = read(cii({ lines: LINES, header: HEADER, sums: SUMS() }));
    expect(r.reviewReasons).toEqual([]);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value, r.amountDue?.value]).toEqual([310, 62, 372, 272]);
    expect(r.extra).toMatchObject({ lineTotal: 350, allowanceTotal: 50, chargeTotal: 10, prepaid: 100 });
    expect(r.lineItems.map((l) => [l.code, l.quantity, l.unit, l.unitPrice, l.amount])).toEqual([
      [null, 10, 'KGM', 2.5, 250],
      ['ART-2', 3, 'KGM', 40, 100],
    ]);
    expect(r.extra.allowancesCharges).toEqual([
      { charge: false, amount: 50, reason: 'Loyalty discount', taxRate: 20 },
      { charge: true, amount: 10, reason: 'Freight', taxRate: null },
    ]);
    // The VAT id is the registration marked VA, not the tax number listed first.
    expect(r.vendor.taxId?.value).toBe('FR12345678901');
  });

  it('names the rule that fails: amount due, and a total that is not net + VAT', () => {
    const r = read(cii({ lines: LINES, header: HEADER, sums: SUMS({ grand: '380.00', due: '280.00' }) }));
    expect(r.reviewReasons).toEqual(['e-invoice total with VAT (BT-112) is 380.00, but 310.00 + VAT 62.00 = 372.00']);
    const due = read(cii({ lines: LINES, header: HEADER, sums: SUMS({ due: '372.00' }) }));
    expect(due.reviewReasons).toEqual(['e-invoice amount due (BT-115) is 372.00, but total 372.00 - paid 100.00 = 272.00']);
  });

  it('flags a line whose allowance was forgotten in its amount', () => {
    const r = read(cii({ lines: line(1, '10', '2.50', '0.1', '250.00') + line(2, '3', '40.00', null, '120.00', '20.00'), header: HEADER, sums: SUMS() }));
    expect(r.reviewReasons).toContain('e-invoice line 2: 3 x 40.00 - 20.00 = 100.00, but the line amount is 120.00');
    expect(r.reviewReasons).toContain('e-invoice lines add up to 370.00, but the sum of line amounts (BT-106) is 350.00');
  });

  it('UBL: takes the TaxTotal with the breakdown, not the one in the accounting currency', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>FX-9</cbc:ID><cbc:IssueDate>2025-04-01</cbc:IssueDate><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:TaxCurrencyCode>SEK</cbc:TaxCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Trading name</cbc:Name></cac:PartyName><cac:PartyLegalEntity><cbc:RegistrationName>Legal Name AB</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Buyer</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
  <cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:AllowanceChargeReason>Packing (waived)</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:AllowanceCharge>
  <cac:TaxTotal><cbc:TaxAmount currencyID="SEK">287.50</cbc:TaxAmount></cac:TaxTotal>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">25.00</cbc:TaxAmount>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">25.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">125.00</cbc:TaxInclusiveAmount><cbc:PayableRoundingAmount currencyID="EUR">0.01</cbc:PayableRoundingAmount><cbc:PayableAmount currencyID="EUR">125.01</cbc:PayableAmount></cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="HUR">4</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Consulting</cbc:Name><cac:SellersItemIdentification><cbc:ID>C-1</cbc:ID></cac:SellersItemIdentification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">25.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</Invoice>`;
    const r = read(xml);
    expect(r.tax?.value).toBe(25);
    expect(r.vendor.name?.value).toBe('Legal Name AB');
    expect(r.taxBreakdown).toEqual([{ category: 'S', rate: 25, taxableAmount: 100, taxAmount: 25, exemptionReason: null }]);
    expect(r.amountDue?.value).toBe(125.01);
    expect(r.lineItems[0]).toMatchObject({ description: 'Consulting', code: 'C-1', quantity: 4, unit: 'HUR', unitPrice: 25, amount: 100, taxRate: 25 });
    expect(r.extra.allowancesCharges).toEqual([{ charge: true, amount: 0, reason: 'Packing (waived)', taxRate: 25 }]);
    expect(r.reviewReasons).toEqual([]);
  });

  it('an impossible date and a missing invoice number are review reasons, not crashes', () => {
    const xml = cii({ lines: LINES, header: HEADER, sums: SUMS() }).replace('<ram:ID>AC-1</ram:ID>', '').replace('20250301', '20250231');
    const r = read(xml);
    expect(r.invoiceNumber).toBeNull();
    expect(r.invoiceDate).toBeNull();
    expect(r.reviewReasons).toEqual(expect.arrayContaining(['required field invoice number is missing', 'required field invoice date is missing']));
  });
});

describe('page check', () => {
  const xml = read(cii({ lines: LINES, header: HEADER, sums: SUMS() }).replace('<ram:ID>AC-1</ram:ID>', '<ram:ID>RE-2025-0042</ram:ID>'));
  const pageSays = (n: string) => () => ({ ...xml, invoiceNumber: { value: n, confidence: 0.9, source: 'generic:label', page: 1 } });

  it('on an OCR\'d page, O/0 and I/1 confusions are not a mismatch; on a text page they are', () => {
    const text = ['Invoice No: RE-2O25-OO42   Date 01.03.2025', 'Total EUR 372.00'];
    expect(comparePage(xml, pageSays('RE-2O25-OO42'), text, { ocr: true }).fields[0]).toMatchObject({ field: 'invoiceNumber', status: 'match' });
    expect(comparePage(xml, pageSays('RE-2O25-OO42'), text, { ocr: false }).fields[0]).toMatchObject({ field: 'invoiceNumber', status: 'mismatch', page: 'RE-2O25-OO42' });
  });

  it('a number inside a longer one is not the invoice number', () => {
    const c = comparePage(xml, pageSays('XRE-2025-00421'), ['Ref XRE-2025-00421', 'Total 372.00'], {});
    expect(c.fields[0].status).toBe('mismatch');
    expect(c.fields.find((f) => f.field === 'total')?.status).toBe('match');
  });

  it('nothing found either way is unverified, not a mismatch', () => {
    const c = comparePage(xml, () => null, ['a page with no numbers'], {});
    expect(c.status).toBe('unverified');
    expect(c.fields.every((f) => f.status === 'not_found')).toBe(true);
  });
});

describe('page check: the page\'s own fields are the evidence', () => {
  const xml = read(cii({ lines: LINES, header: HEADER, sums: SUMS() }));
  const pageWith = (over: Record<string, unknown>) => () => ({ ...xml, ...over });

  it('an invoice date the page prints elsewhere (as the delivery date) does not make a different printed invoice date agree', () => {
    const page = pageWith({ invoiceDate: { value: '2025-03-15', confidence: 0.9, source: 'generic:label', page: 1 } });
    const c = comparePage(xml, page, ['Invoice AC-1', 'Invoice Date: 15.03.2025', 'Delivery date: 01.03.2025', 'Total 372.00'], {});
    expect(c.fields.find((f) => f.field === 'invoiceDate')).toEqual({ field: 'invoiceDate', xml: '2025-03-01', page: '2025-03-15', status: 'mismatch' });
    expect(c.status).toBe('mismatch');
  });

  it('an XML total that equals the printed subtotal is still a mismatch with the printed total', () => {
    const page = pageWith({ total: { value: 446.4, confidence: 0.9, source: 'generic:label', page: 1 } });
    const c = comparePage(xml, page, ['Subtotal 372.00', 'VAT 74.40', 'Total 446.40'], {});
    expect(c.fields.find((f) => f.field === 'total')).toMatchObject({ status: 'mismatch', xml: 372, page: 446.4 });
  });

  it('the same date read with day and month swapped (an ambiguous page date) agrees', () => {
    const page = pageWith({ invoiceDate: { value: '2025-01-03', confidence: 0.6, source: 'generic:label', page: 1 } });
    expect(comparePage(xml, page, ['Date 01/03/2025'], {}).fields.find((f) => f.field === 'invoiceDate')?.status).toBe('match');
  });

  it('when the page\'s own field cannot be read, the XML value printed in any usual format counts as printed', () => {
    for (const printed of ['March 1, 2025', '1 March 2025', '01/03/2025', '2025-03-01', '1. März 2025']) {
      const c = comparePage(xml, pageWith({ invoiceDate: null }), ['Invoice AC-1', `Date ${printed}`, 'Total 372.00'], {});
      expect(c.fields.find((f) => f.field === 'invoiceDate')?.status, printed).toBe('printed');
      expect(c.status).toBe('match');
    }
  });
});

describe('e-invoice details from the review', () => {
  it('Factur-X EXTENDED: a GROUP line (the sum of its DETAIL sub-lines) and INFORMATION lines are not added to the line total', () => {
    const status = (xml: string, id: string, code: string) => xml.replace(`<ram:LineID>${id}</ram:LineID>`, `<ram:LineID>${id}</ram:LineID><ram:LineStatusReasonCode>${code}</ram:LineStatusReasonCode>`);
    let lines = line(9, '1', '350.00', null, '350.00') + line(1, '10', '2.50', '0.1', '250.00') + line(2, '3', '40.00', null, '100.00', '20.00') + line(8, '1', '5.00', null, '5.00');
    lines = status(status(status(status(lines, '9', 'GROUP'), '1', 'DETAIL'), '2', 'DETAIL'), '8', 'INFORMATION');
    const r = read(cii({ lines, header: HEADER, sums: SUMS() }));
    expect(r.reviewReasons).toEqual([]);
    expect(r.lineItems).toHaveLength(4);
    // The same lines without the codes are counted twice over, and that is said.
    expect(read(cii({ lines: lines.replace(/<ram:LineStatusReasonCode>\w+<\/ram:LineStatusReasonCode>/g, ''), header: HEADER, sums: SUMS() })).reviewReasons.join('\n')).toMatch(/lines add up to 705\.00/);
  });

  it('a negative total (a negative invoice) is as written, not a misread', () => {
    const xml = cii({ lines: line(1, '-10', '2.50', '0.1', '-250.00'), header: '<ram:ApplicableTradeTax><ram:CalculatedAmount>-50.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>-250.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>', sums: '<ram:LineTotalAmount>-250.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>-250.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">-50.00</ram:TaxTotalAmount><ram:GrandTotalAmount>-300.00</ram:GrandTotalAmount><ram:DuePayableAmount>-300.00</ram:DuePayableAmount>' });
    const r = read(xml);
    expect(r.total?.value).toBe(-300);
    // Read as written (no arithmetic complaint); but a type-380 invoice that is negative throughout
    // is asked about (issue 17): a credit note sent under the wrong type code is the usual cause.
    expect(r.reviewReasons).toEqual(['a commercial invoice (type 380) whose amounts are all negative (total -300): is it a credit note (381) sent under the wrong type?']);
  });

  it('the arithmetic names BT-109 and breakdown sums that do not hold', () => {
    const wrongNet = SUMS().replace('<ram:TaxBasisTotalAmount>310.00', '<ram:TaxBasisTotalAmount>320.00').replace('<ram:GrandTotalAmount>372.00', '<ram:GrandTotalAmount>382.00').replace('<ram:DuePayableAmount>272.00', '<ram:DuePayableAmount>282.00');
    const r = read(cii({ lines: LINES, header: HEADER, sums: wrongNet }));
    expect(r.reviewReasons).toContain('e-invoice total without VAT (BT-109) is 320.00, but lines 350.00 - allowances 50.00 + charges 10.00 = 310.00');
    expect(r.reviewReasons).toContain('e-invoice VAT breakdown covers 310.00, but the total without VAT (BT-109) is 320.00');
    const wrongVat = SUMS().replace('<ram:TaxTotalAmount currencyID="EUR">62.00', '<ram:TaxTotalAmount currencyID="EUR">72.00').replace('<ram:GrandTotalAmount>372.00', '<ram:GrandTotalAmount>382.00').replace('<ram:DuePayableAmount>272.00', '<ram:DuePayableAmount>282.00');
    expect(read(cii({ lines: LINES, header: HEADER, sums: wrongVat })).reviewReasons).toEqual(['e-invoice VAT breakdown adds up to 62.00, but the VAT total (BT-110) is 72.00']);
  });
});
