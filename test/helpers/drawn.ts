/**
 * Where scripts/make-extraction-fixtures.mjs drew each value of fixtures/extraction
 * (boxes.json: {file: {field: {text, exact, boxes: [[x, y, w, h] ...]}}}, fractions of the page,
 * origin top-left), and the check that a field's box lies on one of those places. Shared by the
 * extraction tests (the box in the result) and the report's browser test (the box drawn on the
 * page image), so both hold boxes to the same rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTRACTION_FIXTURES = fileURLToPath(new URL('../../fixtures/extraction/', import.meta.url));

/** `exact`: the drawn text is the value as printed (a currency sign aside), not a longer line holding it. */
export interface Drawn {
  text: string;
  exact: boolean;
  boxes: number[][];
}

export const DRAWN = JSON.parse(readFileSync(join(EXTRACTION_FIXTURES, 'boxes.json'), 'utf8')) as Record<string, Record<string, Drawn>>;

/**
 * The box lies on a place its text was drawn (2% of the page slack each side, for glyph metrics
 * and OCR's word boxes), is as tall as a line of text and, when the drawn text is the value
 * itself, covers most of its width: a box around the whole page, or the wrong line, fails.
 */
export function onDrawnText(box: { x: number; y: number; w: number; h: number }, drawn: Drawn): boolean {
  const tol = 0.02;
  return drawn.boxes.some(([x, y, w, h]) => {
    const inside = box.x >= x - tol && box.y >= y - tol && box.x + box.w <= x + w + tol && box.y + box.h <= y + h + tol;
    return inside && box.w > 0 && box.h >= h * 0.3 && (!drawn.exact || box.w >= w * 0.6);
  });
}
