import { describe, expect, it } from 'vitest';
import { parseEInvoiceXml, rootOf, einvoiceRoot, XmlError, decodeXml } from '../../src/extract/einvoice/xml.js';
import { profileOf, documentTypeName, einvoiceLabel } from '../../src/extract/einvoice/profile.js';
import { sniff } from '../../src/sniff.js';

const CII_NS = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';
const enc = (s: string) => new TextEncoder().encode(s);
const cii = (body = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by a test -->\n<rsm:CrossIndustryInvoice xmlns:rsm="${CII_NS}" xmlns:ram="urn:x">${body}</rsm:CrossIndustryInvoice>`;

function xmlError(f: () => unknown): XmlError {
  try {
    f();
  } catch (e) {
    if (e instanceof XmlError) return e;
    throw e;
  }
  throw new Error('expected an XmlError');
}

describe('e-invoice XML: recognising the root', () => {
  it('finds the root element and its namespace after the prolog and comments', () => {
    expect(rootOf(cii())).toMatchObject({ name: 'CrossIndustryInvoice', namespace: CII_NS, prefix: 'rsm' });
    expect(einvoiceRoot(cii())).toBe('CrossIndustryInvoice');
    expect(einvoiceRoot('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>1</ID></Invoice>')).toBe('Invoice');
    expect(einvoiceRoot('<cn:CreditNote xmlns:cn="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/>')).toBe('CreditNote');
    expect(einvoiceRoot('<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"/>')).toBe('CrossIndustryDocument');
  });

  it('does not take another XML named Invoice (other namespace, or none) for an e-invoice', () => {
    expect(einvoiceRoot('<Invoice><ID>1</ID></Invoice>')).toBeNull();
    expect(einvoiceRoot('<Invoice xmlns="urn:example:erp"/>')).toBeNull();
    expect(einvoiceRoot('<project><name>x</name></project>')).toBeNull();
  });

  it('finds the root behind a long prolog (a licence comment) and a long start tag (schemaLocation)', () => {
    const longComment = `<?xml version="1.0"?>\n<!-- ${'licence text '.repeat(1500)} -->\n${cii().replace(/^<\?xml[^>]*>\n/, '')}`;
    expect(longComment.length).toBeGreaterThan(16_000);
    expect(sniff(enc(longComment).subarray(0, 64 * 1024))).toBe('xml');
    const longTag = cii().replace('<rsm:CrossIndustryInvoice ', `<rsm:CrossIndustryInvoice xsi:schemaLocation="${'urn:x http://example.com/a.xsd '.repeat(400)}" `);
    expect(einvoiceRoot(longTag)).toBe('CrossIndustryInvoice');
  });

  it('sniffs e-invoice XML as `xml` by content, other XML as nothing', () => {
    expect(sniff(enc(cii()))).toBe('xml');
    expect(sniff(enc('\uFEFF' + cii()))).toBe('xml');
    expect(sniff(enc('<?xml version="1.0"?><settings/>'))).toBeNull();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cii().replace('UTF-8', 'UTF-16'), 'utf16le')]);
    expect(sniff(utf16.subarray(0, 4095))).toBe('xml');
  });

  it('decodes the declared encoding', () => {
    const latin = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), Buffer.from([0xe9]), Buffer.from('</a>')]);
    expect(decodeXml(latin)).toContain('<a>é</a>');
    // windows-1252's € „ “ (0x80, 0x84, 0x93), which Node 20 would decode as C1 controls.
    const cp1252 = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><a>'), Buffer.from([0x80, 0x20, 0x84, 0x68, 0x93]), Buffer.from('</a>')]);
    expect(decodeXml(cp1252)).toContain('<a>€ „h“</a>');
    // "UTF-16" declared on plain 8-bit bytes: read as the UTF-8 they are.
    expect(decodeXml(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a>é</a>'))).toContain('<a>é</a>');
  });
});

describe('e-invoice XML: safety', () => {
  it('refuses an external entity (XXE) without reading the file it names', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE rsm:CrossIndustryInvoice [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n${cii('<ram:ID>&xxe;</ram:ID>').replace(/^<\?xml[^>]*>\n/, '')}`;
    const e = xmlError(() => parseEInvoiceXml(enc(xxe)));
    expect(e.reason).toBe('unsafe');
    expect(e.message).toMatch(/DTD/);
    expect(e.message).not.toMatch(/root:/);
  });

  it('refuses an entity-expansion bomb (billion laughs) at once', () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${cii('<ram:ID>&lol3;</ram:ID>')}`;
    expect(xmlError(() => parseEInvoiceXml(enc(lol))).reason).toBe('unsafe');
  });

  it('caps the size before decoding anything', () => {
    expect(xmlError(() => parseEInvoiceXml(enc(cii(' '.repeat(2000))), 1000)).reason).toBe('too_large');
  });

  it('reports a document that is not well-formed with its line and column', () => {
    const e = xmlError(() => parseEInvoiceXml(enc(cii('<ram:ID>1</ram:Name>'))));
    expect(e.reason).toBe('malformed');
    expect(e.message).toMatch(/line 3/);
  });

  it('reports another XML as not an e-invoice, naming its root', () => {
    const e = xmlError(() => parseEInvoiceXml(enc('<?xml version="1.0"?><order xmlns="urn:shop"><id>1</id></order>')));
    expect(e.reason).toBe('not_einvoice');
    expect(e.message).toMatch(/order in urn:shop/);
  });

  it('refuses entities XML does not define without a DTD (&nbsp;), but not text that only looks like a DTD inside CDATA', () => {
    expect(xmlError(() => parseEInvoiceXml(enc(cii('<ram:Name>A&nbsp;B</ram:Name>')))).message).toMatch(/&nbsp;/);
    const { doc } = parseEInvoiceXml(enc(cii('<ram:Note><![CDATA[<!DOCTYPE x> & <!ENTITY y>]]></ram:Note>')));
    expect((doc as Record<string, unknown>).Note).toBe('<!DOCTYPE x> & <!ENTITY y>');
  });

  it('keeps the spaces around a CDATA section', () => {
    const { doc } = parseEInvoiceXml(enc(cii('<ram:Name>Bei <![CDATA[Spiel & Co]]> GmbH</ram:Name>')));
    expect(String((doc as Record<string, unknown>).Name).trim()).toBe('Bei Spiel & Co GmbH');
  });

  it('decodes the predefined entities and character references in values', () => {
    const { doc } = parseEInvoiceXml(enc(cii('<ram:Name>A &amp; B &#233;&#x41; &amp;#1;</ram:Name>')));
    expect((doc as Record<string, unknown>).Name).toBe('A & B éA &#1;');
  });
});

describe('e-invoice profiles and document types', () => {
  it.each([
    ['urn:factur-x.eu:1p0:minimum', null, 'Factur-X', 'MINIMUM'],
    ['urn:factur-x.eu:1p0:basicwl', null, 'Factur-X', 'BASIC WL'],
    ['urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', null, 'Factur-X', 'BASIC'],
    ['urn:cen.eu:en16931:2017', 'factur-x.xml', 'Factur-X', 'EN 16931'],
    ['urn:cen.eu:en16931:2017', 'zugferd-invoice.xml', 'ZUGFeRD 2', 'EN 16931'],
    ['urn:cen.eu:en16931:2017', null, 'EN 16931', 'EN 16931'],
    ['urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended', null, 'Factur-X', 'EXTENDED'],
    ['urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended', null, 'ZUGFeRD 2', 'EXTENDED'],
    ['urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0', null, 'XRechnung', 'XRECHNUNG'],
    ['urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_2.3', null, 'XRechnung', 'XRECHNUNG'],
    ['urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0', null, 'Peppol BIS Billing 3.0', 'PEPPOL BIS 3.0'],
    ['urn:ferd:CrossIndustryDocument:invoice:1p0:comfort', 'ZUGFeRD-invoice.xml', 'ZUGFeRD 1', 'COMFORT'],
    ['urn:ferd:CrossIndustryDocument:invoice:1p0:basic', null, 'ZUGFeRD 1', 'BASIC'],
  ])('%s (%s) is %s %s', (id, attachment, standard, profile) => {
    expect(profileOf(id, attachment)).toEqual({ standard, profile });
  });

  it('labels for people name the profile only when the standard does not already say it', () => {
    expect(einvoiceLabel({ standard: 'Factur-X', profile: 'EN 16931', syntax: 'CII' })).toBe('Factur-X EN 16931');
    expect(einvoiceLabel({ standard: 'XRechnung', profile: 'XRECHNUNG', syntax: 'UBL' })).toBe('XRechnung');
    expect(einvoiceLabel({ standard: 'Peppol BIS Billing 3.0', profile: 'PEPPOL BIS 3.0', syntax: 'UBL' })).toBe('Peppol BIS Billing 3.0');
    expect(einvoiceLabel({ standard: 'ZUGFeRD 1', profile: 'EXTENDED', syntax: 'CII' })).toBe('ZUGFeRD 1 EXTENDED');
    expect(einvoiceLabel({ standard: null, profile: null, syntax: 'UBL' })).toBe('UBL');
  });

  it('names document types', () => {
    expect(documentTypeName('380')).toBe('commercial invoice');
    expect(documentTypeName('381')).toBe('credit note');
    expect(documentTypeName('384')).toBe('corrected invoice');
    expect(documentTypeName('999')).toBeNull();
  });
});
