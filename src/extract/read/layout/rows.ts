/**
 * Step 5 of the layout (poppler's TextPage::dump, physical layout): the page text. Line fragments
 * sorted by y, those within half a font size of a baseline share a row (sorted by column), padded
 * with spaces to their column; 1-5 newlines by the baseline gap. Where asked, every word is
 * recorded with its row, characters and box as it lands in the text (field boxes).
 */
import type { PlacedWord } from '../../words.js';
import type { Block } from './blocks.js';
import type { Line } from './lines.js';
import { maxIntraLineDelta } from './poppler.js';
import { isSpace } from './words.js';

interface Frag {
  line: Line;
  col: number;
  width: number;
}

/** @returns the page text, lines separated by `\n`, no trailing spaces */
export function pageText(blocks: Block[], placed?: PlacedWord[]): string {
  const frags: Frag[] = blocks.flatMap((b) => b.lines.map((line) => ({ line, col: line.col[0], width: line.chars.length })));
  frags.sort((p, q) => {
    const dy = p.line.yMin - q.line.yMin;
    return Math.abs(dy) < 0.01 ? p.line.edges[0] - q.line.edges[0] : dy;
  });
  for (let i = 0; i < frags.length; ) {
    const delta = maxIntraLineDelta * frags[i].line.words[0].size;
    let j = i + 1;
    while (j < frags.length && Math.abs(frags[j].line.base - frags[i].line.base) < delta) j++;
    const row = frags.slice(i, j).sort((p, q) => {
      if (p.col < q.col + q.width && q.col < p.col + p.width) return p.line.yMin - q.line.yMin;
      return p.col - q.col;
    });
    frags.splice(i, j - i, ...row);
    i = j;
  }
  let out = '';
  let col = 0;
  let row = 0;
  let rowStart = 0;
  frags.forEach((fr, i) => {
    if (fr.col > col) out += ' '.repeat(fr.col - col);
    col = Math.max(col, fr.col);
    if (placed) placeWords(placed, fr.line, row, out.length - rowStart);
    out += fr.line.chars.join('');
    col += fr.width;
    const next = frags[i + 1];
    const size = fr.line.words[0].size;
    if (!next || next.col < col || Math.abs(next.line.base - fr.line.base) > maxIntraLineDelta * size) {
      const d = next ? Math.min(5, Math.max(1, Math.trunc((next.line.base - fr.line.base) / size))) : 1;
      out += '\n'.repeat(d);
      row += d;
      rowStart = out.length;
      col = 0;
    }
  });
  // trimEnd removes exactly what /\s+$/u would (WhiteSpace and LineTerminator), without the
  // regex's backtracking over every run of padding spaces.
  return out
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trimEnd();
}

/** The words (runs without spaces) of a laid-out line starting at character `at` of row `row`. */
function placeWords(out: PlacedWord[], line: { chars: string[]; edges: number[]; yMin: number; yMax: number }, row: number, at: number): void {
  let off = at;
  let first = -1;
  let start = 0;
  line.chars.forEach((ch, k) => {
    const space = isSpace(ch);
    if (!space && first < 0) [first, start] = [k, off];
    off += ch.length;
    const last = k === line.chars.length - 1;
    if (first >= 0 && (space || last)) {
      const endK = space ? k : k + 1;
      out.push({ row, start, end: space ? off - ch.length : off, x0: line.edges[first], y0: line.yMin, x1: line.edges[endK], y1: line.yMax });
      first = -1;
    }
  });
}
