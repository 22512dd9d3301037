/**
 * Real public e-invoices (fixtures/einvoice/, sources and licences in its README), read by the
 * XML reader and compared with the values read from the files by hand (the README's table).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldsFromXmlFile } from '../../src/extract/einvoice/index.js';
import { ciiXml, hybridPdf, pageLines, sampleInvoice } from '../helpers/einvoice.js';

const DIR = fileURLToPath(new URL('../../fixtures/einvoice/', import.meta.url));

const TRUTH = [
  { file: 'peppol-bis3-invoice.xml', number: '12345', date: '2019-01-25', due: '2019-02-24', currency: 'DKK', seller: 'Company A', vat: 'DK12345678', buyer: 'Company B', lines: 1, tax: 156435.89, total: 782179.43, payable: 782179.43, type: '380', syntax: 'UBL', standard: 'Peppol BIS Billing 3.0' },
  { file: 'peppol-creditnote.xml', number: '018304 / 28865', date: '2019-09-23', due: null, currency: 'EUR', seller: 'My Supplier Company', vat: 'BE0000000196', buyer: 'My Customer Company', lines: 1, tax: 0, total: 100.11, payable: 100.11, type: '381', syntax: 'UBL', standard: 'Peppol BIS Billing 3.0' },
  { file: 'xrechnung-einfach.ubl.xml', number: '471102', date: '2024-11-15', due: null, currency: 'EUR', seller: 'Lieferant GmbH', vat: 'DE123456789', buyer: 'Kunden AG Mitte', lines: 2, tax: 56.87, total: 529.87, payable: 529.87, type: '380', syntax: 'UBL', standard: 'XRechnung' },
  { file: 'factur-x-en16931.xml', number: 'RE-20201121/508', date: '2020-11-21', due: '2020-12-12', currency: 'EUR', seller: 'Bei Spiel GmbH', vat: 'DE136695976', buyer: 'Theodor Est', lines: 3, tax: 75.04, total: 571.04, payable: 571.04, type: '380', syntax: 'CII', standard: 'EN 16931' },
  { file: 'zugferd1-extended.xml', number: 'RE-20170509/505', date: '2017-05-09', due: '2017-05-30', currency: 'EUR', seller: 'Bei Spiel GmbH', vat: 'DE136695976', buyer: 'Theodor Est', lines: 3, tax: 75.04, total: 571.04, payable: 571.04, type: '380', syntax: 'CII', standard: 'ZUGFeRD 1' },
];

describe('real e-invoices', () => {
  it.each(TRUTH)('$file', (t) => {
    const r = fieldsFromXmlFile(readFileSync(DIR + t.file), '2026-11-23');
    expect({
      number: r.invoiceNumber?.value, date: r.invoiceDate?.value, due: r.dueDate?.value ?? null, currency: r.currency?.value,
      seller: r.vendor.name?.value, vat: r.vendor.taxId?.value, buyer: r.customer.name?.value, lines: r.lineItems.length,
      tax: r.tax?.value, total: r.total?.value, payable: r.amountDue?.value, type: r.einvoice?.typeCode, syntax: r.einvoice?.syntax, standard: r.einvoice?.standard,
    }).toEqual({ ...t, file: undefined });
    // Their own arithmetic holds, and nothing is missing: nothing to review.
    expect(r.reviewReasons).toEqual([]);
    expect(r.lineItems.every((l) => l.amount !== null && l.description !== '')).toBe(true);
  });
});

it('fixtures/einvoice/factur-x-hybrid.pdf is what the test builder makes (see the README there)', async () => {
  const inv = sampleInvoice();
  const made = await hybridPdf({ lines: pageLines(inv), xml: ciiXml(inv, 'EN16931') });
  expect(Buffer.from(made).equals(readFileSync(DIR + 'factur-x-hybrid.pdf'))).toBe(true);
});

it('a Peppol invoice in its access point\'s envelope (StandardBusinessDocument) is read like the bare one', async () => {
  const { sniff } = await import('../../src/sniff.js');
  const bare = readFileSync(DIR + 'peppol-bis3-invoice.xml', 'utf8');
  const body = bare.slice(bare.search(/<(?:\w+:)?Invoice[\s>]/));
  const wrapped = `<?xml version="1.0" encoding="UTF-8"?>
<sh:StandardBusinessDocument xmlns:sh="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">
  <sh:StandardBusinessDocumentHeader>
    <sh:HeaderVersion>1.0</sh:HeaderVersion>
    <sh:DocumentIdentification><sh:Standard>urn:oasis:names:specification:ubl:schema:xsd:Invoice-2</sh:Standard><sh:Type>Invoice</sh:Type></sh:DocumentIdentification>
  </sh:StandardBusinessDocumentHeader>
${body.trimEnd()}
</sh:StandardBusinessDocument>
`;
  const bytes = new TextEncoder().encode(wrapped);
  expect(sniff(bytes)).toBe('xml');
  const a = fieldsFromXmlFile(bytes, '2026-11-23');
  const b = fieldsFromXmlFile(readFileSync(DIR + 'peppol-bis3-invoice.xml'), '2026-11-23');
  expect(a).toEqual(b);
  // An envelope around something else is not an e-invoice.
  expect(sniff(new TextEncoder().encode(wrapped.replace(body.trimEnd(), '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>')))).toBeNull();
});
