/**
 * The two stress sweeps (fixtures/sweep and fixtures/sweep2, made by scripts/make-sweep-fixtures.mjs
 * and scripts/make-sweep2-fixtures.mjs) through the real CLI: invoices and credit notes in eight
 * languages and several countries' conventions, and German, French, Spanish and English till
 * receipts read by OCR. One `submit` per folder; then, per document, every field of truth.json must
 * come out right, except the known shortfalls (what the extractor does not get today, and why), and a
 * document with any core field not right must be flagged needsReview: the result says honestly where
 * it may be wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docparse } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORE = ['invoiceNumber', 'invoiceDate', 'total', 'currency'];

/**
 * The two sweeps (both regression sets now: the extractor was fixed on their documents, see
 * fixtures/README.md), each with the fields not extracted right today, per document (kept honest:
 * the test fails when one of them comes out right, so the list shrinks with the extractor).
 * - fr-ticket-especes.jpg currency: the receipt prints no currency sign or code anywhere; nothing on
 *   it says euro rather than Swiss franc, so no currency is given (and the receipt is flagged).
 */
const SWEEPS: Array<{ dir: string; short: Record<string, string[]> }> = [
  { dir: 'fixtures/sweep', short: { 'fr-ticket-especes.jpg': ['currency'] } },
  { dir: 'fixtures/sweep2', short: {} },
];

/** The result's value of a truth field (documentType is a plain string, the others {value, ...}). */
const valueOf = (r: Record<string, any>, k: string) => (k === 'documentType' ? r.documentType : (r[k]?.value ?? null));
// A truth of null says the document has no such value (terms in days, no due date): right when none is given.
const same = (got: unknown, want: unknown) => (typeof want === 'number' ? typeof got === 'number' && Math.abs(got - want) < 0.005 : got === want);

describe.each(SWEEPS)('held-out sweep $dir: many languages, credit notes, thermal receipts (real CLI)', ({ dir, short }) => {
  const TRUTH = JSON.parse(readFileSync(join(ROOT, dir, 'truth.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  let tmp: string;
  const results: Record<string, Record<string, any>> = {};

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'docparse-sweep-'));
    const r = await docparse(['submit', join(ROOT, dir), '-o', join(tmp, 'out'), '--ledger', join(tmp, 'l.db'), '--no-report', '-q'], { cwd: tmp });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    for (const f of readdirSync(join(tmp, 'out'))) {
      const m = /^(.+)\.[0-9a-f]{12}\.json$/.exec(f);
      if (m) results[m[1]] = JSON.parse(readFileSync(join(tmp, 'out', f), 'utf8')).result;
    }
  }, 240_000);

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('every document was processed', () => {
    expect(Object.keys(results).sort()).toEqual(Object.keys(TRUTH).sort());
  });

  it.each(Object.keys(TRUTH))('%s: its fields equal the truth (but the known shortfalls), and a wrong core field is flagged', (file) => {
    const r = results[file];
    const truth = TRUTH[file];
    const wrong = Object.keys(truth).filter((k) => !same(valueOf(r, k), truth[k]));
    expect(wrong, `${file}: ${JSON.stringify(Object.fromEntries(wrong.map((k) => [k, valueOf(r, k)])))}`).toEqual(short[file] ?? []);
    if (wrong.some((k) => CORE.includes(k))) expect(r.needsReview, `${file} has a wrong core field but is not flagged`).toBe(true);
  });
});
