/**
 * The generic extractor end to end on documents laid out unlike the bundled invoices
 * (fixtures/extraction, made by scripts/make-extraction-fixtures.mjs): a German invoice whose gross
 * total is not the amount left to pay, a French invoice whose totals stand under their headings, a
 * German credit note with negative amounts, and a till receipt read by real OCR. Also: `npm run
 * fit` is reproducible (run twice on the repository's own labelled fixtures, byte-identical), and `npm
 * run eval -- --json` into a pipe delivers its whole report.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { docparseOnce } from '../helpers/cli.js';
import { DRAWN, onDrawnText } from '../helpers/drawn.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'fixtures/extraction');
const TRUTH = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as Record<string, Record<string, unknown>>;

/** One CLI run per document, shared by the tests that read it (the field tests and the box tests: the receipt's OCR once). */
async function extract(file: string): Promise<Record<string, any>> {
  const r = await docparseOnce(['extract', join(DIR, file)], { cwd: ROOT });
  expect(r.exitCode, String(r.stderr)).toBe(0);
  return JSON.parse(String(r.stdout));
}

/** The result's values for the fields the truth names. */
function actual(r: Record<string, any>, truth: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(truth).map((k) => [k, k === 'documentType' ? r.documentType : (r[k]?.value ?? null)]));
}

describe('generic extraction on unseen layouts (real CLI)', () => {
  it('German invoice: "Rechnung Nr. ... vom ...", two VAT rates, the gross total before the prepayment', async () => {
    const r = await extract('de-rechnung-anzahlung.pdf');
    expect(actual(r, TRUTH['de-rechnung-anzahlung.pdf'])).toEqual(TRUTH['de-rechnung-anzahlung.pdf']);
    expect(r.total.source).toBe('generic:arithmetic');
    expect(r.total.confidence).toBeGreaterThan(0.5);
  });

  it('French invoice: totals under TOTAL HT / TOTAL TVA / TOTAL TTC, a deposit, an associated invoice number left alone', async () => {
    const r = await extract('fr-facture-totaux-en-colonnes.pdf');
    expect(actual(r, TRUTH['fr-facture-totaux-en-colonnes.pdf'])).toEqual(TRUTH['fr-facture-totaux-en-colonnes.pdf']);
  });

  it('German credit note: documentType credit_note, amounts keep their printed sign, not flagged for being negative', async () => {
    const r = await extract('de-gutschrift.pdf');
    expect(actual(r, TRUTH['de-gutschrift.pdf'])).toEqual(TRUTH['de-gutschrift.pdf']);
    expect(r.reviewReasons.some((x: string) => x.includes('negative'))).toBe(false);
  });

  it('till receipt (OCR): documentType receipt, the total (not the cash tendered or the change), the transaction date', async () => {
    const r = await extract('receipt-till.png');
    expect(r.documentKind).toBe('image');
    expect(actual(r, TRUTH['receipt-till.png'])).toEqual(TRUTH['receipt-till.png']);
    // A receipt has no invoice number to require.
    expect(r.reviewReasons.some((x: string) => x.includes('invoice number is missing'))).toBe(false);
  });
});

describe('field boxes (positioned words: the text layer of a PDF, OCR words of an image)', () => {
  it.each(Object.keys(DRAWN))('%s: each field carries a box on the page where its value is printed', { timeout: 60_000 }, async (file) => {
    const r = await extract(file);
    for (const [field, drawn] of Object.entries(DRAWN[file])) {
      const f = r[field];
      expect(f?.box, `${field} of ${file}`).toBeTruthy();
      expect(f.box.page).toBe(f.page);
      expect(onDrawnText(f.box, drawn), `${field} of ${file}: ${JSON.stringify(f.box)} vs ${JSON.stringify(drawn)}`).toBe(true);
    }
    // Parties found on a text PDF are boxed where their text stands too.
    if (file.endsWith('.pdf') && r.vendor.name) expect(r.vendor.name.box.page).toBe(1);
  });
});

describe('npm run fit', () => {
  it('is reproducible: the same documents give byte-identical weights', { timeout: 240_000 }, async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'docparse-fit-'));
    try {
      // Only the repository's own labelled fixtures (fixtures/eval): no public corpus folders.
      const env = { DOCPARSE_EVAL_DIR: join(tmp, 'none'), DOCPARSE_RECEIPTS_DIR: join(tmp, 'none') };
      const run = (out: string) => execa('node', [join(ROOT, 'dist/eval/fit.js'), '--out', out], { cwd: ROOT, env, reject: false });
      const [a, b] = [join(tmp, 'a.json'), join(tmp, 'b.json')];
      const ra = await run(a);
      expect(ra.exitCode, String(ra.stderr)).toBe(0);
      expect(String(ra.stderr)).toContain('fixtures:');
      expect((await run(b)).exitCode).toBe(0);
      const wa = readFileSync(a, 'utf8');
      expect(readFileSync(b, 'utf8')).toBe(wa);
      const model = JSON.parse(wa);
      expect(Object.keys(model.fields).sort()).toEqual(['dueDate', 'invoiceDate', 'invoiceNumber', 'subtotal', 'tax', 'total']);
      expect(model.fittedOn).toEqual({ fixtures: 7 });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('npm run eval', () => {
  it('--json into a pipe: the whole report arrives (larger than a pipe buffer of 64 KB)', { timeout: 120_000 }, async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'docparse-eval-'));
    try {
      // 60 labelled copies of one fixture: ~1.8 KB of report each, ~108 KB in all
      for (let i = 0; i < 60; i++) {
        copyFileSync(join(ROOT, 'fixtures/eval/en-us-quarry-lane-software.pdf'), join(tmp, `doc-${i}.pdf`));
        copyFileSync(join(ROOT, 'fixtures/eval/en-us-quarry-lane-software.json'), join(tmp, `doc-${i}.json`));
      }
      // from its cache (the first run fills it: no reader is opened the second time, the report is
      // written at once), into a reader that starts late (as `| jq` on a busy machine)
      const cache = join(tmp, 'cache');
      const evalCmd = `node "${join(ROOT, 'dist/eval/cli.js')}" "${tmp}" --cache "${cache}" --json`;
      expect((await execa('sh', ['-c', `${evalCmd} > /dev/null`], { cwd: ROOT, reject: false })).exitCode).toBe(0);
      const r = await execa('sh', ['-c', `${evalCmd} | (sleep 1; cat)`], { cwd: ROOT, reject: false });
      expect(r.exitCode, String(r.stderr)).toBe(0);
      expect(String(r.stdout).length).toBeGreaterThan(65_536);
      const report = JSON.parse(String(r.stdout)) as Array<{ parts: Array<{ documents: unknown[] }> }>;
      expect(report[0].parts.reduce((n, p) => n + p.documents.length, 0)).toBe(60);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
