/**
 * `docparse extract` and `docparse templates` end to end: the real CLI on the generated fixtures
 * (fixtures/README.md), compared with their known truth (fixtures/truth/NAME.json).
 *
 * OCR is slow on two cores, so only three scans run here (a PNG, a TIFF and a scanned PDF).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docparse, docparseOnce } from '../helpers/cli.js';
import { evalCorpus } from '../helpers/shared.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INVOICES = join(ROOT, 'fixtures/invoices');
const TRUTH = join(ROOT, 'fixtures/truth');
const OWN_TEMPLATES = join(ROOT, 'fixtures/templates/templates');

const TEXT_PDFS = readdirSync(INVOICES).filter((f) => extname(f) === '.pdf' && !/-(?:scanned|mixed)\.pdf$/.test(f));
const SCANS = ['en-us-quarry-lane-software-scan.png', 'de-kessler-feinmechanik-scan.tif', 'fr-atelier-vauclair-scanned.pdf'];

interface Truth {
  invoiceNumber: string;
  invoiceDate: string;
  dueDate: string;
  currency: string;
  subtotal: number;
  tax: number;
  total: number;
  lineItems: unknown[];
  pageCount: number;
  documentKind: string;
  vendor: { name: string; address: string; taxId: string | null };
  customer: { name: string; address: string; taxId: string | null };
}

const truthOf = (file: string): Truth => JSON.parse(readFileSync(join(TRUTH, `${basename(file, extname(file))}.json`), 'utf8'));

// One CLI run per document and flags, shared by the tests that read it (each text PDF is asked
// about twice, the US one three times).
async function extract(file: string, ...args: string[]): Promise<Record<string, any>> {
  const r = await docparseOnce(['extract', join(INVOICES, file), ...args], { cwd: ROOT });
  expect(r.exitCode, String(r.stderr)).toBe(0);
  return JSON.parse(String(r.stdout));
}

function core(r: Record<string, any>) {
  return {
    invoiceNumber: r.invoiceNumber?.value,
    invoiceDate: r.invoiceDate?.value,
    dueDate: r.dueDate?.value,
    currency: r.currency?.value,
    subtotal: r.subtotal?.value,
    tax: r.tax?.value,
    total: r.total?.value,
    pageCount: r.pageCount,
    documentKind: r.documentKind,
  };
}

function expected(t: Truth) {
  const { invoiceNumber, invoiceDate, dueDate, currency, subtotal, tax, total, pageCount, documentKind } = t;
  return { invoiceNumber, invoiceDate, dueDate, currency, subtotal, tax, total, pageCount, documentKind };
}

describe('docparse extract (end to end, fixtures with known truth)', () => {
  it.each(TEXT_PDFS)('reads the core fields and every line item of %s', async (file) => {
    const t = truthOf(file);
    const r = await extract(file);
    expect(core(r)).toEqual(expected(t));
    expect(r.lineItems).toHaveLength(t.lineItems.length);
    // Each line's quantity, unit price and amount in their own columns, whatever the headings' language.
    const cols = (items: Array<{ quantity: number | null; unitPrice: number | null; amount: number | null }>) =>
      items.map(({ quantity, unitPrice, amount }) => ({ quantity, unitPrice, amount }));
    expect(cols(r.lineItems)).toEqual(cols(t.lineItems as never));
    // Every value on these invoices checks out: nothing to review.
    expect(r.reviewReasons).toEqual([]);
  });

  it.each(TEXT_PDFS)('reads the vendor and the customer (name, address, tax id) of %s', async (file) => {
    const t = truthOf(file);
    const r = await extract(file);
    const party = (p: Record<string, { value: string; source: string } | null>) => ({
      name: p.name?.value ?? null,
      address: p.address?.value ?? null,
      taxId: p.taxId?.value ?? null,
    });
    expect({ vendor: party(r.vendor), customer: party(r.customer) }).toEqual({ vendor: t.vendor, customer: t.customer });
    for (const p of [r.vendor.address, r.customer.address]) {
      expect(p.source).toMatch(/^generic:/);
      expect(p.confidence).toBeGreaterThan(0.3);
      expect(p.confidence).toBeLessThan(0.8);
    }
  });

  it.each(SCANS)('reads the core fields of the scan %s by OCR', async (file) => {
    const r = await extract(file);
    expect(core(r)).toEqual(expected(truthOf(file)));
    expect(r.pages.every((p: { source: string }) => p.source === 'ocr')).toBe(true);
    // OCR (eng) may misread accented letters in names and addresses; the tax ids survive, and both
    // address blocks are found.
    const t = truthOf(file);
    expect([r.vendor.taxId?.value ?? null, r.customer.taxId?.value ?? null]).toEqual([t.vendor.taxId, t.customer.taxId]);
    expect(r.vendor.address?.value).toBeTruthy();
    expect(r.customer.address?.value).toBeTruthy();
    // Every line item, with its amount (a misread quantity or price may remain, trusted less).
    const amounts = (items: Array<{ amount: number | null }>) => items.map((l) => l.amount);
    expect(amounts(r.lineItems)).toEqual(amounts(t.lineItems as never));
  });

  it('keeps every line of a table that goes on on a scanned page without its header', async () => {
    const t = truthOf('en-us-bluegill-office-supply-mixed.pdf');
    const r = await extract('en-us-bluegill-office-supply-mixed.pdf');
    expect(r.pages.map((p: { source: string }) => p.source)).toEqual(['text', 'ocr']);
    expect(r.lineItems.map((l: { amount: number }) => l.amount)).toEqual(t.lineItems.map((l) => (l as { amount: number }).amount));
    expect(r.reviewReasons.filter((x: string) => x.startsWith('line items'))).toEqual([]);
  });

  it('reads accented letters on a French scan with --lang eng+fra (language data from @tesseract.js-data/fra)', async () => {
    const t = truthOf('fr-atelier-vauclair-scanned.pdf');
    const r = await extract('fr-atelier-vauclair-scanned.pdf', '--lang', 'eng+fra');
    expect(r.customer.name.value).toBe(t.customer.name); // "Épis": English data alone reads "Epis"
    expect(r.invoiceNumber.value).toBe(t.invoiceNumber);
    expect(r.total.value).toBe(t.total);
  });

  it('flags nothing as ambiguous on a US invoice whose dates are decided by its currency and labels', async () => {
    const r = await extract('en-us-bluegill-office-supply.pdf');
    expect(r.invoiceDate.value).toBe('2025-06-03');
    expect(r.needsReview).toBe(false);
  });
});

describe('docparse templates', () => {
  it('test: shows the generic template at work on a document no vendor template matches', async () => {
    const r = await docparse(['templates', 'test', join(INVOICES, 'de-kessler-feinmechanik.pdf'), '--json'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(String(r.stdout));
    expect(out.templateId).toBe('invoice');
    expect(out.reason).toBe('fallback');
    expect(out.result.invoiceNumber.value).toBe(truthOf('de-kessler-feinmechanik.pdf').invoiceNumber);
    expect(out.text.join('\n')).toContain('Rechnungsnummer');
  });

  it('list: loads a folder of templates and names the one that fails, with its reason', async () => {
    const r = await docparse(['templates', 'list', '--templates', OWN_TEMPLATES, '--json'], { cwd: ROOT });
    // 2: some templates could not be loaded (listed with their reasons).
    expect(r.exitCode).toBe(2);
    const out = JSON.parse(String(r.stdout));
    expect(out.templates.map((t: { id: string }) => t.id).sort()).toEqual(['invoice', 'lines', 'regex-fields', 'tables']); // the built-in generic one too
    expect(out.failures).toHaveLength(1);
    expect(out.failures[0].file.endsWith('broken.yml')).toBe(true);
    expect(out.failures[0].reason).toMatch(/regex/i);
  });

  const shared = evalCorpus('invoice2data/templates');
  it.skipIf(!shared.dir)(`list: loads invoice2data's 215 templates${shared.skipReason ? ` (skipped, ${shared.skipReason})` : ''}`, async () => {
    const r = await docparse(['templates', 'list', '--templates', shared.dir!, '--json'], { cwd: ROOT });
    expect(r.exitCode).toBe(2);
    const out = JSON.parse(String(r.stdout));
    expect(out.templates.length).toBeGreaterThanOrEqual(213);
    const gulf = out.failures.find((f: { file: string }) => f.file.endsWith('nl.gulf.yml'));
    expect(gulf?.reason).toMatch(/regex/i);
  });
});
