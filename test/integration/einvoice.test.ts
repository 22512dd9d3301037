/**
 * E-invoices through the real `auto` extractor (PDF threads, pdf-lib, the XML reader): hybrid PDFs
 * and XML files written by the test (test/helpers/einvoice.ts), for each syntax and the main
 * profiles, credit notes, a hybrid whose page disagrees with its XML, broken and hostile XML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, AFRelationship } from 'pdf-lib';
import { createAutoExtractor } from '../../src/extract/auto.js';
import type { ExtractorConfig } from '../../src/extract/index.js';
import type { Extractor } from '../../src/extract/types.js';
import { JobError } from '../../src/errors.js';
import type { DocumentResult, EInvoiceMode, FileKind } from '../../src/types.js';
import { sniff } from '../../src/sniff.js';
import { ATTACHMENT_NAMES, ciiXml, hybridPdf, pageLines, sampleInvoice, ublXml, zugferd1Xml, type CiiProfile, type SampleInvoice } from '../helpers/einvoice.js';

const dir = mkdtempSync(join(tmpdir(), 'docparse-einvoice-'));
const extractors = new Map<EInvoiceMode, Extractor>();

const config = (einvoice: EInvoiceMode): ExtractorConfig => ({
  extractor: 'auto',
  lang: 'eng',
  template: null,
  templatesDir: null,
  ocrWorkers: 1,
  pageTimeoutMs: 60_000,
  maxPixels: 100e6,
  keepText: false,
  einvoice,
});

beforeAll(async () => {
  for (const m of ['prefer', 'ignore', 'only'] as const) extractors.set(m, await createAutoExtractor(config(m)));
});
afterAll(async () => {
  for (const e of extractors.values()) await e.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function save(name: string, data: Uint8Array | string): { path: string; kind: FileKind; size: number } {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, data);
  const kind = sniff(readFileSync(path).subarray(0, 4096));
  if (!kind) throw new Error(`${name}: not sniffed as a document`);
  return { path, kind, size: statSync(path).size };
}

const run = (input: { path: string; kind: FileKind; size: number }, mode: EInvoiceMode = 'prefer') => extractors.get(mode)!.extract(input);

async function failure(p: Promise<unknown>): Promise<JobError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof JobError) return e;
    throw e;
  }
  throw new Error('expected the extraction to fail');
}

/** The fields every profile carries, as the sample says. */
function expectHeader(r: DocumentResult, inv: SampleInvoice) {
  expect(r.invoiceNumber).toEqual({ value: inv.number, confidence: 1, source: 'e-invoice', page: null });
  expect(r.invoiceDate?.value).toBe(inv.issueDate);
  expect(r.currency?.value).toBe(inv.currency);
  expect(r.total?.value).toBe(inv.grandTotal);
  expect(r.tax?.value).toBe(inv.taxTotal);
  expect(r.subtotal?.value).toBe(inv.taxBasis);
  expect(r.amountDue?.value).toBe(inv.duePayable);
  expect(r.vendor.name?.value).toBe(inv.seller.name);
  expect(r.customer.name?.value).toBe(inv.buyer.name);
}

function expectFull(r: DocumentResult, inv: SampleInvoice) {
  expectHeader(r, inv);
  expect(r.dueDate?.value).toBe(inv.dueDate);
  expect(r.vendor.taxId?.value).toBe(inv.seller.vatId);
  expect(r.vendor.address?.value).toBe(`${inv.seller.street}, ${inv.seller.postcode} ${inv.seller.city}, ${inv.seller.country}`);
  expect(r.customer.taxId?.value ?? null).toBe(inv.buyer.vatId);
  expect(r.customer.address?.value).toBe(`${inv.buyer.street}, ${inv.buyer.postcode} ${inv.buyer.city}, ${inv.buyer.country}`);
  expect(r.lineItems.map((l) => [l.description, l.quantity, l.unit, l.unitPrice, l.amount, l.taxRate])).toEqual(inv.lines.map((l) => [l.name, l.quantity, l.unit, l.unitPrice, l.amount, l.taxRate]));
  expect(r.lineItems.every((l) => l.source === 'e-invoice' && l.confidence === 1)).toBe(true);
  expect(r.taxBreakdown.map((t) => [t.category, t.rate, t.taxableAmount, t.taxAmount])).toEqual(inv.taxes.map((t) => [t.category, t.rate, t.basis, t.amount]));
}

describe('hybrid PDFs (CII embedded in a PDF/A-3 style attachment)', () => {
  const inv = sampleInvoice();
  it.each<[CiiProfile, string, boolean]>([
    ['MINIMUM', 'MINIMUM', false],
    ['BASIC WL', 'BASIC WL', false],
    ['BASIC', 'BASIC', true],
    ['EN16931', 'EN 16931', true],
    ['EXTENDED', 'EXTENDED', true],
    ['XRECHNUNG', 'XRECHNUNG', true],
  ])('Factur-X %s: every field from the XML, confidence 1, checked against the page', async (profile, name, lines) => {
    const pdf = await hybridPdf({ lines: pageLines(inv), xml: ciiXml(inv, profile), attachmentName: profile === 'XRECHNUNG' ? ATTACHMENT_NAMES.xrechnung : ATTACHMENT_NAMES.facturX });
    const r = await run(save('hybrid.pdf', pdf));
    expect(r.einvoice).toMatchObject({ syntax: 'CII', profile: name, typeCode: '380', documentType: 'commercial invoice', container: 'pdf' });
    expect(r.einvoice?.standard).toBe(profile === 'XRECHNUNG' ? 'XRechnung' : 'Factur-X');
    expect(r.documentKind).toBe('text_pdf');
    if (lines) expectFull(r, inv);
    else {
      expectHeader(r, inv);
      expect(r.lineItems).toEqual([]);
    }
    expect(r.einvoice?.pageCheck.status).toBe('match');
    expect(r.einvoice?.pageCheck.fields.filter((f) => f.status === 'match').map((f) => f.field)).toEqual(expect.arrayContaining(['invoiceNumber', 'invoiceDate', 'total']));
    expect(r.reviewReasons).toEqual([]);
    expect(r.needsReview).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('ZUGFeRD 2 (zugferd-invoice.xml) and ZUGFeRD 1 (ZUGFeRD-invoice.xml, CrossIndustryDocument)', async () => {
    const z2 = await run(save('z2.pdf', await hybridPdf({ lines: pageLines(inv), xml: ciiXml(inv, 'EN16931', 'zugferd2'), attachmentName: ATTACHMENT_NAMES.zugferd2 })));
    expect(z2.einvoice).toMatchObject({ syntax: 'CII', standard: 'ZUGFeRD 2', profile: 'EN 16931', attachment: 'zugferd-invoice.xml' });
    expectFull(z2, inv);
    for (const profile of ['BASIC', 'COMFORT', 'EXTENDED'] as const) {
      const z1 = await run(save('z1.pdf', await hybridPdf({ lines: pageLines(inv), xml: zugferd1Xml(inv, profile), attachmentName: ATTACHMENT_NAMES.zugferd1 })));
      expect(z1.einvoice).toMatchObject({ syntax: 'CII', standard: 'ZUGFeRD 1', profile, attachment: 'ZUGFeRD-invoice.xml' });
      // ZUGFeRD 1 BASIC lines carry no price or line tax, and no due date.
      if (profile === 'BASIC') {
        expectHeader(z1, inv);
        expect(z1.lineItems.map((l) => [l.description, l.quantity, l.amount])).toEqual(inv.lines.map((l) => [l.name, l.quantity, l.amount]));
      } else expectFull(z1, inv);
      expect(z1.needsReview).toBe(false);
    }
  });

  it.each(['names-only', 'af-only'] as const)('finds the XML declared only in %s, with and without object streams', async (declare) => {
    for (const useObjectStreams of [true, false]) {
      const pdf = await hybridPdf({ lines: pageLines(inv), xml: ciiXml(inv, 'EN16931'), declare, useObjectStreams, attachmentName: 'invoice-data.xml' });
      const r = await run(save('declared.pdf', pdf));
      expect(r.einvoice?.attachment).toBe('invoice-data.xml');
      expectFull(r, inv);
    }
  });

  it('passes over other attachments, broken ones too: a non-invoice XML, a malformed one and a PNG', async () => {
    const other = '<?xml version="1.0"?><deliveryNote xmlns="urn:example"><id>1</id></deliveryNote>';
    const broken = '<?xml version="1.0"?><metadata><unclosed></metadata>';
    const enc = (t: string) => new TextEncoder().encode(t);
    const pdf = await hybridPdf({ lines: pageLines(inv), xml: null, extraAttachments: [{ name: 'delivery.xml', data: enc(other), mimeType: 'text/xml' }, { name: 'metadata.xml', data: enc(broken), mimeType: 'text/xml' }, { name: 'logo.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mimeType: 'image/png' }] });
    const r = await run(save('other.pdf', pdf));
    expect(r.einvoice).toBeNull();
    expect(r.warnings).toEqual([]);
    expect(r.invoiceNumber?.value).toBe(inv.number);
    expect(r.invoiceNumber?.source).toMatch(/^generic:/);
  });
});

describe('XML files (UBL and CII alone)', () => {
  it.each([
    ['PEPPOL', 'Peppol BIS Billing 3.0', 'PEPPOL BIS 3.0'],
    ['XRECHNUNG', 'XRechnung', 'XRECHNUNG'],
    ['EN16931', 'EN 16931', 'EN 16931'],
  ] as const)('UBL %s invoice', async (customization, standard, profile) => {
    const inv = sampleInvoice();
    const r = await run(save('ubl.xml', ublXml(inv, customization)));
    expect(r).toMatchObject({ documentKind: 'einvoice_xml', pageCount: 0, pages: [] });
    expect(r.einvoice).toMatchObject({ syntax: 'UBL', standard, profile, typeCode: '380', container: 'xml', attachment: null, pageCheck: { status: 'skipped' } });
    expectFull(r, inv);
    expect(r.extra).toMatchObject({ iban: inv.iban, buyerReference: inv.buyerReference });
    expect(r.needsReview).toBe(false);
  });

  it('CII XRechnung as a file', async () => {
    const inv = sampleInvoice();
    const r = await run(save('xr.xml', ciiXml(inv, 'XRECHNUNG')));
    expect(r.einvoice).toMatchObject({ syntax: 'CII', standard: 'XRechnung', profile: 'XRECHNUNG', container: 'xml' });
    expectFull(r, inv);
  });

  it('credit notes: UBL CreditNote and CII type 381, amounts as written', async () => {
    const inv = sampleInvoice({ typeCode: '381', number: 'CN-2025-0042' });
    for (const xml of [ublXml(inv, 'PEPPOL'), ciiXml(inv, 'EN16931')]) {
      const r = await run(save('credit.xml', xml));
      expect(r.einvoice).toMatchObject({ typeCode: '381', documentType: 'credit note' });
      expectFull(r, inv);
      expect(r.needsReview).toBe(false);
    }
    const corrected = await run(save('corrected.xml', ublXml(sampleInvoice({ typeCode: '384' }), 'EN16931')));
    expect(corrected.einvoice).toMatchObject({ typeCode: '384', documentType: 'corrected invoice' });
  });

  it('checks the XML\'s own arithmetic: a wrong line amount, tax and total are review reasons', async () => {
    const good = sampleInvoice();
    const bad = sampleInvoice(
      {
        lines: good.lines.map((l, i) => (i === 1 ? { ...l, amount: l.amount + 10 } : l)),
        taxes: good.taxes.map((t, i) => (i === 0 ? { ...t, amount: t.amount + 1 } : t)),
        grandTotal: good.grandTotal + 100,
      },
      { raw: true },
    );
    for (const xml of [ciiXml(bad, 'EN16931'), ublXml(bad, 'PEPPOL')]) {
      const r = await run(save('bad-sums.xml', xml));
      expect(r.needsReview).toBe(true);
      const reasons = r.reviewReasons.join('\n');
      expect(reasons).toMatch(/line 2: 6\.5 x 85\.00 = 552\.50, but the line amount is 562\.50/);
      expect(reasons).toMatch(/VAT S 19%: 777\.50 x 19% = 147\.73, but the VAT amount is 148\.73/);
      expect(reasons).toMatch(/total with VAT \(BT-112\) is 1110\.62, but 857\.30 \+ VAT 153\.32 = 1010\.62/);
      expect(reasons).toMatch(/lines add up to 867\.30, but the sum of line amounts \(BT-106\) is 857\.30/);
    }
  });

  it('reads a UTF-16 file with a BOM; refuses one over the 20 MB cap as too_large; a truncated one is corrupt', async () => {
    const inv = sampleInvoice({ seller: { ...sampleInvoice().seller, name: 'Müller & Söhne GmbH' } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ublXml(inv, 'PEPPOL').replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
    const r = await run(save('utf16.xml', utf16));
    expect(r.vendor.name?.value).toBe('Müller & Söhne GmbH');
    expectFull(r, inv);

    const xml = ublXml(sampleInvoice(), 'PEPPOL');
    const big = xml.replace('<cbc:Note>', `<cbc:Note>${'x'.repeat(21 * 1024 * 1024)}`);
    const e = await failure(run(save('big.xml', big)));
    expect(e.errorClass).toBe('too_large');
    expect(e.message).toMatch(/over the 20971520-byte limit/);

    const cut = await failure(run(save('cut.xml', xml.slice(0, Math.floor(xml.length / 2)))));
    expect(cut.errorClass).toBe('corrupt');
  });

  it('a malformed XML file fails as corrupt, naming the line', async () => {
    const xml = ublXml(sampleInvoice(), 'PEPPOL').replace('</cbc:IssueDate>', '</cbc:IssueDat>');
    const e = await failure(run(save('broken.xml', xml)));
    expect(e.errorClass).toBe('corrupt');
    expect(e.retryable).toBe(false);
    expect(e.message).toMatch(/not well-formed.*line \d+/);
  });

  it('an XXE attempt fails without reading the file it names', async () => {
    const xml = ublXml(sampleInvoice(), 'PEPPOL').replace('<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n').replace('<cbc:Note>', '<cbc:Note>&xxe;');
    expect(xml).toContain('<!DOCTYPE');
    const e = await failure(run(save('xxe.xml', xml)));
    expect(e.errorClass).toBe('unsupported');
    expect(e.message).toMatch(/DTD.*XXE/);
    expect(JSON.stringify(e)).not.toMatch(/root:x:0/);
  });
});

describe('trust but verify', () => {
  it('a hybrid whose page shows another number and total keeps the XML values and needs review', async () => {
    const inv = sampleInvoice();
    const printed = sampleInvoice({ number: 'RE-2025-0999', lines: inv.lines.map((l, i) => (i === 0 ? { ...l, quantity: 20 } : l)) });
    const r = await run(save('mismatch.pdf', await hybridPdf({ lines: pageLines(printed), xml: ciiXml(inv, 'EN16931') })));
    expectFull(r, inv);
    expect(r.needsReview).toBe(true);
    expect(r.einvoice?.pageCheck.status).toBe('mismatch');
    const byField = Object.fromEntries(r.einvoice!.pageCheck.fields.map((f) => [f.field, f]));
    expect(byField.invoiceNumber).toEqual({ field: 'invoiceNumber', xml: inv.number, page: 'RE-2025-0999', status: 'mismatch' });
    expect(byField.total).toEqual({ field: 'total', xml: inv.grandTotal, page: printed.grandTotal, status: 'mismatch' });
    expect(byField.invoiceDate.status).toBe('match');
    expect(r.reviewReasons).toEqual([
      `e-invoice XML and printed page differ: invoice number is "${inv.number}" in the XML but "RE-2025-0999" on the page`,
      `e-invoice XML and printed page differ: total is ${inv.grandTotal} in the XML but ${printed.grandTotal} on the page`,
    ]);
  });

  it('an XML total that is printed elsewhere on the page (as the subtotal) does not agree with the printed total', async () => {
    const printed = sampleInvoice();
    const noVat = sampleInvoice({ lines: printed.lines.map((l) => ({ ...l, taxRate: 0 })) });
    expect(noVat.grandTotal).toBe(printed.taxBasis);
    const r = await run(save('total-is-subtotal.pdf', await hybridPdf({ lines: pageLines(printed), xml: ciiXml(noVat, 'EN16931') })));
    expect(r.reviewReasons).toEqual([`e-invoice XML and printed page differ: total is ${noVat.grandTotal} in the XML but ${printed.grandTotal} on the page`]);
    expect(r.einvoice?.pageCheck.status).toBe('mismatch');
  });

  it('a date printed in another format still matches; a value the page does not show is not a mismatch', async () => {
    const inv = sampleInvoice();
    const lines = pageLines(inv, { dateFormat: 'iso' }).filter((l) => !l.startsWith('Due Date'));
    const r = await run(save('iso-dates.pdf', await hybridPdf({ lines, xml: ciiXml(inv, 'EN16931') })));
    const byField = Object.fromEntries(r.einvoice!.pageCheck.fields.map((f) => [f.field, f.status]));
    expect(byField).toEqual({ invoiceNumber: 'match', invoiceDate: 'match', dueDate: 'not_found', total: 'match' });
    expect(r.einvoice?.pageCheck.status).toBe('match');
    expect(r.needsReview).toBe(false);
  });

  it('--einvoice ignore reads the page alone; --einvoice only reads the XML alone', async () => {
    const inv = sampleInvoice();
    const printed = sampleInvoice({ number: 'PAGE-1' });
    const input = save('modes.pdf', await hybridPdf({ lines: pageLines(printed), xml: ciiXml(inv, 'EN16931') }));
    const ignored = await run(input, 'ignore');
    expect(ignored.einvoice).toBeNull();
    expect(ignored.invoiceNumber?.value).toBe('PAGE-1');
    expect(ignored.invoiceNumber?.source).toMatch(/^generic:/);
    const only = await run(input, 'only');
    expect(only).toMatchObject({ documentKind: 'einvoice_pdf', pageCount: 1, pages: [] });
    expect(only.einvoice?.pageCheck.status).toBe('skipped');
    expectFull(only, inv);
    expect(only.needsReview).toBe(false);
  });

  it('--einvoice only fails documents without e-invoice data; ignore fails XML files', async () => {
    const plain = save('plain.pdf', await hybridPdf({ lines: pageLines(sampleInvoice()), xml: null }));
    const e = await failure(run(plain, 'only'));
    expect(e.errorClass).toBe('not_einvoice');
    expect(e.retryable).toBe(false);
    expect(e.hint).toMatch(/--einvoice prefer/);
    const xml = save('ignored.xml', ublXml(sampleInvoice(), 'PEPPOL'));
    expect((await failure(run(xml, 'ignore'))).errorClass).toBe('unsupported');
  });
});

describe('broken and hostile embedded XML falls back to the page, with a warning', () => {
  const inv = sampleInvoice();

  it('malformed XML', async () => {
    const xml = ciiXml(inv, 'EN16931').replace('</ram:TypeCode>', '</ram:TypeCod>');
    const r = await run(save('malformed.pdf', await hybridPdf({ lines: pageLines(inv), xml })));
    expect(r.einvoice).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^the embedded e-invoice factur-x\.xml could not be read: the XML is not well-formed.*; the fields were read from the page$/);
    expect(r.invoiceNumber?.value).toBe(inv.number);
    expect(r.total?.value).toBe(inv.grandTotal);
    expect(r.total?.source).toMatch(/^generic:/);
    // With --einvoice only there is no page to fall back to: the document fails, saying why.
    const e = await failure(run(save('malformed-only.pdf', await hybridPdf({ lines: pageLines(inv), xml })), 'only'));
    expect(e.errorClass).toBe('not_einvoice');
    expect(e.message).toMatch(/^the embedded e-invoice factur-x\.xml could not be read: the XML is not well-formed/);
    expect(e.message).not.toMatch(/read from the page/);
  });

  it('a broken factur-x.xml next to a good invoice XML: the good one is read, the broken one is said', async () => {
    const broken = ciiXml(inv, 'EN16931').replace('</ram:TypeCode>', '');
    const good = new TextEncoder().encode(ublXml(inv, 'PEPPOL'));
    const r = await run(save('broken-and-good.pdf', await hybridPdf({ lines: pageLines(inv), xml: broken, extraAttachments: [{ name: 'invoice-ubl.xml', data: good, mimeType: 'text/xml' }] })));
    expect(r.einvoice).toMatchObject({ syntax: 'UBL', attachment: 'invoice-ubl.xml' });
    expectFull(r, inv);
    expect(r.warnings).toEqual([expect.stringMatching(/^the embedded e-invoice factur-x\.xml could not be read: the XML is not well-formed/)]);
  });

  it('an XXE attempt', async () => {
    const xml = ciiXml(inv, 'EN16931').replace(/^<\?xml[^>]*>\n/, '$&<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n').replace(`<ram:ID>${inv.number}</ram:ID>`, '<ram:ID>&xxe;</ram:ID>');
    const r = await run(save('xxe.pdf', await hybridPdf({ lines: pageLines(inv), xml })));
    expect(r.einvoice).toBeNull();
    expect(r.warnings[0]).toMatch(/DTD or entities.*XXE/);
    expect(JSON.stringify(r)).not.toMatch(/root:x:0/);
    expect(r.invoiceNumber?.value).toBe(inv.number);
  });

  it('a named invoice attachment that is not an e-invoice, and one that inflates past the size cap (zip bomb)', async () => {
    const notInvoice = await run(save('wrong-root.pdf', await hybridPdf({ lines: pageLines(inv), xml: '<?xml version="1.0"?><order xmlns="urn:shop"/>' })));
    expect(notInvoice.einvoice).toBeNull();
    expect(notInvoice.warnings[0]).toMatch(/factur-x\.xml could not be read: the XML is not an e-invoice: its root element is order in urn:shop/);

    // 24 MB of one byte inflate from ~24 KB: the reader stops at the cap instead of decoding it all.
    const bomb = new Uint8Array(24 * 1024 * 1024).fill(0x20);
    const pdf = await hybridPdf({ lines: pageLines(inv), xml: bomb });
    expect(pdf.byteLength).toBeLessThan(200_000);
    const r = await run(save('bomb.pdf', pdf));
    expect(r.einvoice).toBeNull();
    expect(r.warnings[0]).toMatch(/factur-x\.xml could not be read: it inflates to more than 20971520 bytes/);
    expect(r.invoiceNumber?.value).toBe(inv.number);
  });

  it('a PDF whose pages cannot be read still gives its XML', async () => {
    // Page content stream replaced by garbage: pdf.js finds no text, OCR finds nothing to read.
    const pdf = await hybridPdf({ lines: [' '], xml: ciiXml(inv, 'EN16931') });
    const r = await run(save('blank-page.pdf', pdf));
    expect(r.documentKind).toBe('einvoice_pdf');
    expectFull(r, inv);
    expect(r.einvoice?.pageCheck.status).toBe('unverified');
    expect(r.warnings.join('\n')).toMatch(/the pages could not be read \(no_text/);
  });
});

describe('a scanned hybrid (the page is an image, OCR\'d)', () => {
  /** The printed page as a 200 dpi grey scan, in a PDF with the XML attached. */
  async function scannedHybrid(lines: string[], xml: string): Promise<Uint8Array> {
    const canvas = createCanvas(1654, 2339);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1654, 2339);
    ctx.fillStyle = '#000';
    ctx.font = '30px sans-serif';
    lines.forEach((l, i) => ctx.fillText(l, 140, 180 + i * 46));
    const doc = await PDFDocument.create({ updateMetadata: false });
    const png = await doc.embedPng(canvas.toBuffer('image/png'));
    doc.addPage([595.28, 841.89]).drawImage(png, { x: 0, y: 0, width: 595.28, height: 841.89 });
    await doc.attach(new TextEncoder().encode(xml), 'factur-x.xml', { mimeType: 'text/xml', afRelationship: AFRelationship.Alternative });
    return doc.save();
  }

  it('reads the XML and checks it against the OCR\'d page', async () => {
    const inv = sampleInvoice({ number: 'RE-2025-0042' });
    const r = await run(save('scanned-hybrid.pdf', await scannedHybrid(pageLines(inv), ciiXml(inv, 'EN16931'))));
    expect(r.documentKind).toBe('scanned_pdf');
    expect(r.pages[0].source).toBe('ocr');
    expectFull(r, inv);
    const byField = Object.fromEntries(r.einvoice!.pageCheck.fields.map((f) => [f.field, f.status]));
    expect(byField.invoiceNumber).toBe('match');
    expect(byField.total).toBe('match');
    expect(r.einvoice?.pageCheck.status).toBe('match');
    expect(r.needsReview).toBe(false);
  }, 60_000);
});

it('deflateSync is what PDFs use, so the bomb above is a real one', () => {
  expect(deflateSync(new Uint8Array(1 << 20)).byteLength).toBeLessThan(2000);
});
