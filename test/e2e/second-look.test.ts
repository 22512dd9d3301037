/**
 * The second reading of a doubtful receipt (src/extract/second-look.ts) through the real CLI, on
 * fixtures/receipts/faded-dot-matrix-receipt.png (scripts/make-receipt-fixtures.mjs): its date and
 * total lines are printed as a faded dot matrix that a first reading does not read at all. Since
 * G23 the first reading finds the total from the cash lines (tendered less change, agreeing with the
 * page's sums); the date still missing, the image is read again, and the values the later readings
 * add are said to come from them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docparse } from '../helpers/cli.js';
import { LOOKS } from '../../src/extract/second-look.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILE = join(ROOT, 'fixtures/receipts/faded-dot-matrix-receipt.png');
const truth = JSON.parse(readFileSync(FILE.replace(/\.png$/u, '.json'), 'utf8')) as { total: number };

describe('a receipt whose total is printed as faded dots', () => {
  it('is read again while its date is missing: the total is found, below the confident line, the receipt flagged, each value saying how it was found', async () => {
    const r = await docparse(['extract', FILE], { cwd: ROOT });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const out = JSON.parse(String(r.stdout));
    // The first reading has no total line at all: before G23 it took the cash tendered (50) alone.
    expect(out.total?.value).toBe(truth.total);
    expect(out.total.confidence).toBeLessThan(0.9);
    expect(out.total.page).toBe(1);
    expect(out.needsReview).toBe(true);
    const reasons = out.reviewReasons.join('\n');
    // the total's reason is the reading's that gave the total shown, with its confidence
    expect(reasons).toMatch(new RegExp(`^total ${truth.total} derived from cash tendered less change`, "mu"));
    for (const m of reasons.matchAll(/^total \S+ is uncertain \(confidence ([\d.]+)/gmu)) expect(Number(m[1])).toBe(out.total.confidence);
    // the first look of this installation gave a value: PaddleOCR's where installed, else the thickened reading's
    expect(reasons).toContain(`read from ${LOOKS[0].says}: check against the image`);
    expect(out.pageCount).toBe(1);
    expect(out.pages).toHaveLength(1);
  }, 120_000);
});
