/**
 * The second reading of a doubtful receipt (src/extract/second-look.ts) through the real CLI, on
 * fixtures/receipts/faded-dot-matrix-receipt.png (scripts/make-receipt-fixtures.mjs): its date and
 * total lines are printed as a faded dot matrix that a first reading does not read at all.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docparse } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILE = join(ROOT, 'fixtures/receipts/faded-dot-matrix-receipt.png');
const truth = JSON.parse(readFileSync(FILE.replace(/\.png$/u, '.json'), 'utf8')) as { total: number };

describe('a receipt whose total is printed as faded dots', () => {
  it('is read a second time with the ink thickened: the total is found, below the confident line, and the receipt flagged', async () => {
    const r = await docparse(['extract', FILE], { cwd: ROOT });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const out = JSON.parse(String(r.stdout));
    // The first reading has no total line at all: alone, it took the cash tendered (50).
    expect(out.total?.value).toBe(truth.total);
    expect(out.total.confidence).toBeLessThan(0.9);
    expect(out.total.page).toBe(1);
    expect(out.needsReview).toBe(true);
    expect(out.reviewReasons.join('\n')).toMatch(/total read from a second OCR reading \(ink thickened\)/u);
    expect(out.pageCount).toBe(1);
    expect(out.pages).toHaveLength(1);
  }, 120_000);
});
