/**
 * The benchmark's corpus, generated in a temp dir: text invoice PDFs (pdfkit), "scanned" pages
 * (those PDFs rendered at 300 dpi by pdf.js, as PNG), and many small distinct PDFs for the
 * engine measurements. Deterministic: no clock, no Math.random.
 */
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/** The numbers of bench invoice `i`: the PDF prints them, the e-invoice XML carries them. */
export function benchInvoice(i) {
  const lines = [];
  let subtotal = 0;
  for (let l = 1; l <= 18; l++) {
    const qty = 1 + ((i + l) % 9);
    const unit = 5 + ((i * 7 + l * 13) % 200);
    subtotal += qty * unit;
    lines.push({ id: l, name: `Item ${l}: service or part number ${1000 + ((i * 31 + l) % 9000)}`, qty, unit, amount: qty * unit });
  }
  const tax = Math.round(subtotal * 20) / 100;
  return {
    number: `BENCH-${String(i).padStart(5, '0')}`,
    date: `2025-05-${String(1 + (i % 28)).padStart(2, '0')}`,
    due: '2025-06-30',
    vendor: `Vendor ${i % 17} Trading Company`,
    vat: `GB${String(123456789 + i).slice(0, 9)}`,
    customer: `Customer ${i} Ltd`,
    lines,
    subtotal,
    tax,
    total: Math.round((subtotal + tax) * 100) / 100,
  };
}

/** A dense one-page invoice (header, parties, 18 line items, totals), like a real one. */
export function writeInvoicePdf(path, i) {
  mkdirSync(dirname(path), { recursive: true });
  const inv = benchInvoice(i);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: new Date(Date.UTC(2025, 0, 1)), Producer: 'docparse bench' } });
    const out = createWriteStream(path);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.pipe(out);
    doc.font('Helvetica-Bold').fontSize(18).text(inv.vendor, 50, 50);
    doc.font('Helvetica').fontSize(10).text(`${100 + (i % 900)} Market Street, Springfield, IL 62704`, 50, 75);
    doc.text(`VAT ${inv.vat}`, 50, 90);
    doc.font('Helvetica-Bold').fontSize(16).text('INVOICE', 420, 50);
    doc.font('Helvetica').fontSize(10);
    doc.text(`Invoice No: ${inv.number}`, 380, 75);
    doc.text(`Invoice Date: ${inv.date}`, 380, 90);
    doc.text(`Due Date: ${inv.due}`, 380, 105);
    doc.text('Bill to:', 50, 130);
    doc.text(`${inv.customer}, 7 Harbour Road, Portsmouth PO1 3AX`, 50, 145);
    let y = 185;
    doc.font('Helvetica-Bold').text('Description', 50, y).text('Qty', 330, y).text('Unit price', 380, y).text('Amount', 480, y);
    doc.font('Helvetica');
    for (const l of inv.lines) {
      y += 18;
      doc.text(l.name, 50, y);
      doc.text(String(l.qty), 330, y).text(l.unit.toFixed(2), 380, y).text(l.amount.toFixed(2), 480, y);
    }
    y += 30;
    doc.text('Subtotal', 380, y).text(inv.subtotal.toFixed(2), 480, y);
    doc.text('VAT 20%', 380, y + 15).text(inv.tax.toFixed(2), 480, y + 15);
    doc.font('Helvetica-Bold').text('Total', 380, y + 30).text(`${inv.total.toFixed(2)} GBP`, 480, y + 30);
    doc.font('Helvetica').fontSize(8).text('Payment within 30 days. Bank: Sample Bank, sort code 00-00-00, account 00000000 (sample data).', 50, 760);
    doc.end();
  });
}

/** Bench invoice `i` as Factur-X EN 16931 CII XML (the same numbers its PDF prints). */
export function benchCii(i) {
  const inv = benchInvoice(i);
  const d = (iso) => iso.replaceAll('-', '');
  const m = (x) => x.toFixed(2);
  const lines = inv.lines
    .map((l) => `<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>${l.id}</ram:LineID></ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>${l.name}</ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>${m(l.unit)}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">${l.qty}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${m(l.amount)}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>${inv.number}</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">${d(inv.date)}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>
${lines}
<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>${inv.vendor}</ram:Name><ram:PostalTradeAddress><ram:CountryID>GB</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${inv.vat}</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>${inv.customer}</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeDelivery/>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>GBP</ram:InvoiceCurrencyCode><ram:ApplicableTradeTax><ram:CalculatedAmount>${m(inv.tax)}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>${m(inv.subtotal)}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">${d(inv.due)}</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms><ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>${m(inv.subtotal)}</ram:LineTotalAmount><ram:TaxBasisTotalAmount>${m(inv.subtotal)}</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="GBP">${m(inv.tax)}</ram:TaxTotalAmount><ram:GrandTotalAmount>${m(inv.total)}</ram:GrandTotalAmount><ram:DuePayableAmount>${m(inv.total)}</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;
}

/** A hybrid e-invoice: the text PDF at `pdfPath` with its CII XML attached as factur-x.xml (pdf-lib). */
export async function writeHybridPdf(pdfPath, i, out) {
  const { PDFDocument, AFRelationship } = await import('pdf-lib');
  const doc = await PDFDocument.load(readFileSync(pdfPath), { updateMetadata: false });
  await doc.attach(new TextEncoder().encode(benchCii(i)), 'factur-x.xml', { mimeType: 'text/xml', afRelationship: AFRelationship.Alternative });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await doc.save());
}

/** Renders page 1 of each PDF at `dpi` with pdf.js (pdf-parse), as PNG files. */
export async function renderScans(pdfs, dir, dpi = 300) {
  const { PDFParse } = await import('pdf-parse');
  const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json', { paths: [dirname(require.resolve('pdf-parse'))] }));
  mkdirSync(dir, { recursive: true });
  const out = [];
  for (const pdf of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(pdf)), standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/' });
    try {
      const shot = await parser.getScreenshot({ scale: dpi / 72, imageDataUrl: false, imageBuffer: true, first: 1 });
      const p = join(dir, pdf.split('/').pop().replace(/\.pdf$/, '.png'));
      writeFileSync(p, Buffer.from(shot.pages[0].data));
      out.push(p);
    } finally {
      await parser.destroy();
    }
  }
  return out;
}

/**
 * Makes every other scan look like a sheet fed through a scanner: turned by 0.4-1.5 degrees
 * (alternating sides) and saved as JPEG, the way most scanners write. Replaces those PNGs in place
 * (new name .jpg) and returns the new list.
 */
export async function scannerLook(scans) {
  const { createCanvas, loadImage } = await import(require.resolve('@napi-rs/canvas', { paths: [dirname(require.resolve('pdf-parse'))] }));
  const { rmSync } = await import('node:fs');
  const out = [];
  for (let i = 0; i < scans.length; i++) {
    if (i % 2 === 0) {
      out.push(scans[i]);
      continue;
    }
    const img = await loadImage(readFileSync(scans[i]));
    const c = createCanvas(img.width, img.height);
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, img.width, img.height);
    const deg = (0.4 + ((i * 0.37) % 1.1)) * (i % 4 === 1 ? 1 : -1);
    ctx.translate(img.width / 2, img.height / 2);
    ctx.rotate((deg * Math.PI) / 180);
    ctx.drawImage(img, -img.width / 2, -img.height / 2);
    const p = scans[i].replace(/\.png$/, '.jpg');
    writeFileSync(p, c.toBuffer('image/jpeg', 85));
    rmSync(scans[i]);
    out.push(p);
  }
  return out;
}

/** `count` small distinct PDFs: one real PDF with a different trailing comment each (~1.5 KB). */
export async function writeSmallFiles(dir, count) {
  mkdirSync(dir, { recursive: true });
  const seed = join(dir, '..', `seed-${count}.pdf`);
  await writeInvoicePdf(seed, 0);
  const base = readFileSync(seed);
  // 100 files per folder, like an archive by month/vendor.
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `f${String(i).padStart(5, '0')}.pdf`), Buffer.concat([base, Buffer.from(`\n% bench file ${i}\n`)]));
  }
}
