/**
 * The held-out stress sweep (fixtures/sweep, made by scripts/make-sweep-fixtures.mjs) through the real
 * CLI: invoices and credit notes in Italian, Portuguese, Polish, Dutch, Swiss German and French,
 * Austrian, Belgian, French, Spanish and German, and German and French thermal till receipts read by
 * OCR. One `submit` over the folder; then, per document, every field of truth.json must come out
 * right, except the fields listed in SHORT (what the extractor does not get today, and why), and a
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
const DIR = join(ROOT, 'fixtures/sweep');
const TRUTH = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const CORE = ['invoiceNumber', 'invoiceDate', 'total', 'currency'];

/**
 * Fields not extracted right today, per document (kept honest: the test fails when one of them
 * comes out right, so the list shrinks with the extractor).
 * - fr-ticket-especes.jpg currency: the receipt prints no currency sign or code anywhere; nothing on
 *   it says euro rather than Swiss franc, so no currency is given (and the receipt is flagged).
 */
const SHORT: Record<string, string[]> = { 'fr-ticket-especes.jpg': ['currency'] };

let tmp: string;
const results: Record<string, Record<string, any>> = {};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'docparse-sweep-'));
  const r = await docparse(['submit', DIR, '-o', join(tmp, 'out'), '--ledger', join(tmp, 'l.db'), '--no-report', '-q'], { cwd: tmp });
  expect(r.exitCode, String(r.stderr)).toBe(0);
  for (const f of readdirSync(join(tmp, 'out'))) {
    const m = /^(.+)\.[0-9a-f]{12}\.json$/.exec(f);
    if (m) results[m[1]] = JSON.parse(readFileSync(join(tmp, 'out', f), 'utf8')).result;
  }
}, 240_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The result's value of a truth field (documentType is a plain string, the others {value, ...}). */
const valueOf = (r: Record<string, any>, k: string) => (k === 'documentType' ? r.documentType : (r[k]?.value ?? null));
const same = (got: unknown, want: unknown) => (typeof want === 'number' ? typeof got === 'number' && Math.abs(got - want) < 0.005 : got === want);

describe('held-out sweep: many languages, credit notes, thermal receipts (real CLI)', () => {
  it('every document was processed', () => {
    expect(Object.keys(results).sort()).toEqual(Object.keys(TRUTH).sort());
  });

  it.each(Object.keys(TRUTH))('%s: its fields equal the truth (but the known shortfalls), and a wrong core field is flagged', (file) => {
    const r = results[file];
    const truth = TRUTH[file];
    const short = SHORT[file] ?? [];
    const wrong = Object.keys(truth).filter((k) => !same(valueOf(r, k), truth[k]));
    expect(wrong, `${file}: ${JSON.stringify(Object.fromEntries(wrong.map((k) => [k, valueOf(r, k)])))}`).toEqual(short);
    if (wrong.some((k) => CORE.includes(k))) expect(r.needsReview, `${file} has a wrong core field but is not flagged`).toBe(true);
  });
});
