/**
 * Pages stored turned, through the real CLI (fixtures/orient, made by scripts/make-orient-fixtures.mjs):
 * one German invoice page as a 1-bit TIFF stored sideways with Orientation 6, as a PNG stored
 * sideways with no tag, and as a PNG upside down with no tag. Every field comes out as from the
 * upright page (the old reader read all three turned: no number, no date, no total).
 * Phone photos with EXIF Orientation 6/8 and an upside-down scanned PDF: test/e2e/sweep14.test.ts.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweepSuite } from '../helpers/sweep.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

sweepSuite('pages stored turned: a TIFF with Orientation 6, a sideways and an upside-down page with no tag (real CLI)', join(ROOT, 'fixtures/orient'), { short: {}, live: true });
