/**
 * Rebuilds a page's lines from pdf.js text items, laid out like `pdftotext -layout`.
 *
 * First (direction.ts), the items are grouped by the direction their text runs in on the displayed
 * page: the direction with most characters is the page's body, laid out in a frame turned so that it
 * runs left to right (a page shown sideways reads as its text reads); text in another direction (a
 * vertical margin note, a rotated stamp) is laid out apart, in its own direction, and follows the
 * body after a blank line, so it never splits or joins the body's lines. A page whose text all runs
 * left to right (nearly every page) goes through the steps below as it comes.
 *
 * invoice2data's templates are written against poppler's physical layout, down to the number of
 * leading spaces (`^    (?P<name>...)`). Poppler does not place text on a grid of x / charWidth:
 * its TextOutputDev (TextPage::coalesce, TextBlock::coalesce, TextPage::dump) works in characters,
 * in five steps, one file each:
 *
 * 1. words.ts: runs of glyphs without a space or a gap over 0.1 font size;
 * 2. blocks.ts: words grow into blocks;
 * 3. lines.ts: lines inside a block, one space between words, each character one column
 *    (blocks.ts and lines.ts find their next word through pool.ts's baseline buckets);
 * 4. columns.ts: the column each line starts at, inside its block and on the page;
 * 5. rows.ts: the text, lines sharing a baseline on one row, padded to their columns.
 *
 * Poppler's constants are in poppler.ts, under poppler's names. This is that algorithm on pdf.js
 * items (glyph advances within an item are taken as equal, since pdf.js gives an item's width only).
 *
 * It runs inside the PDF worker thread (pdf-thread.ts imports it as an ordinary module) and in
 * tests on the main thread.
 */
import type { PlacedWord } from '../../words.js';
import { blocksOf } from './blocks.js';
import { blockColumns, lineColumns } from './columns.js';
import { itemsByQuarter, turnViewport, unturn } from './direction.js';
import { linesOf } from './lines.js';
import { pageText } from './rows.js';
import { wordsOf, type LayoutItem, type LayoutStyles } from './words.js';

export type { LayoutItem, LayoutStyles, PlacedWord };

/**
 * @param items pdf.js text items of one page
 * @param viewport the page viewport's transform at scale 1 (flips y, applies rotation and crop box)
 * @param styles pdf.js font styles of the page (ascent/descent); defaults when absent
 * @param placed when given, receives every word of the output with its box (for field boxes)
 * @returns the page text, lines separated by `\n`, no trailing spaces
 */
export function layoutText(items: readonly LayoutItem[], viewport: readonly number[], styles: LayoutStyles = {}, placed?: PlacedWord[]): string {
  const groups = itemsByQuarter(items, viewport);
  if (!groups) return layoutRun(items, viewport, styles, placed);
  let text = '';
  for (const { quarter, items: its } of groups) {
    const got: PlacedWord[] | undefined = placed ? [] : undefined;
    const t = layoutRun(its, turnViewport(viewport, quarter), styles, got);
    if (t === '') continue;
    // The rows of this group start after the text so far and a blank line.
    const row0 = text === '' ? 0 : text.split('\n').length + 1;
    text = text === '' ? t : `${text}\n\n${t}`;
    for (const w of got ?? []) {
      const [x0, y0] = unturn(w.x0, w.y0, quarter);
      const [x1, y1] = unturn(w.x1, w.y1, quarter);
      placed?.push({ ...w, row: w.row + row0, x0, y0, x1, y1 });
    }
  }
  return text;
}

/** Steps 1-5 on items that run left to right in `viewport`'s frame. */
function layoutRun(items: readonly LayoutItem[], viewport: readonly number[], styles: LayoutStyles, placed?: PlacedWord[]): string {
  const words = wordsOf(items, viewport, styles);
  if (words.length === 0) return '';
  const blocks = blocksOf(words);
  for (const blk of blocks) {
    blk.lines = linesOf(blk.words);
    lineColumns(blk);
  }
  blockColumns(blocks);
  return pageText(blocks, placed);
}
