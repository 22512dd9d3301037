/**
 * Rebuilds a page's lines from pdf.js text items, laid out like `pdftotext -layout`.
 *
 * pdf.js returns items in content-stream order, which scatters a label and its value across
 * the text. Templates (invoice2data) assume the layout view: items grouped into lines by
 * baseline, sorted by x, and padded with spaces proportional to the horizontal gap so that
 * columns stay aligned.
 *
 * This function runs inside the PDF worker thread, injected by its source text
 * (see pdf-thread.ts), so it must stay self-contained: no imports, no module-level helpers.
 */

/** The parts of a pdf.js `TextItem` that the layout needs. */
export interface LayoutItem {
  str: string;
  width: number;
  /** [a, b, c, d, e, f] text matrix in PDF user space. */
  transform: number[];
}

/**
 * @param items pdf.js text items of one page
 * @param viewport the page viewport's transform at scale 1 (flips y, applies rotation and crop box)
 * @returns the page text, lines separated by `\n`, no trailing spaces
 */
export function layoutText(items: readonly LayoutItem[], viewport: readonly number[]): string {
  interface Glyphs {
    x: number;
    y: number;
    end: number;
    size: number;
    str: string;
  }
  const [va, vb, vc, vd, ve, vf] = viewport;
  const placed: Glyphs[] = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || it.str.trim() === '') continue;
    const [a, b, c, d, e, f] = it.transform;
    // item matrix -> device space (y grows downwards)
    const x = va * e + vc * f + ve;
    const y = vb * e + vd * f + vf;
    const size = Math.hypot(c * va + d * vc, c * vb + d * vd) || Math.hypot(a, b) || 1;
    const scaleX = Math.hypot(va, vb) || 1;
    const str = it.str.replace(/\s+$/u, '');
    const width = Math.abs(it.width) * scaleX * (str.length / it.str.length);
    placed.push({ x, y, end: x + width, size, str });
  }
  if (placed.length === 0) return '';

  // One character cell for the page: the median advance per character. pdftotext uses a grid
  // the same way, which keeps columns of different lines aligned with each other.
  const advances = placed
    .filter((g) => g.str.length > 0 && g.end > g.x)
    .map((g) => (g.end - g.x) / [...g.str].length)
    .sort((p, q) => p - q);
  const medianSize = placed.map((g) => g.size).sort((p, q) => p - q)[Math.floor(placed.length / 2)];
  const cell = advances.length > 0 ? advances[Math.floor(advances.length / 2)] : medianSize * 0.5;
  const minX = Math.min(...placed.map((g) => g.x));

  // Group by baseline: items whose baselines are within a fraction of the font size share a line.
  placed.sort((p, q) => p.y - q.y || p.x - q.x);
  const lines: { y: number; size: number; glyphs: Glyphs[] }[] = [];
  for (const g of placed) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(g.y - line.y) <= Math.min(line.size, g.size) * 0.5) {
      line.glyphs.push(g);
      line.size = Math.max(line.size, g.size);
    } else {
      lines.push({ y: g.y, size: g.size, glyphs: [g] });
    }
  }

  const out: string[] = [];
  let prevY: number | null = null;
  for (const line of lines) {
    if (prevY !== null) {
      // Keep large vertical gaps visible as blank lines (capped), like pdftotext does.
      const gaps = Math.round((line.y - prevY) / (line.size * 1.25)) - 1;
      for (let i = 0; i < Math.min(gaps, 3); i++) out.push('');
    }
    prevY = line.y;
    line.glyphs.sort((p, q) => p.x - q.x);
    let text = '';
    let lastEnd = -Infinity;
    for (const g of line.glyphs) {
      const gap = g.x - lastEnd;
      if (text.length > 0 && gap < g.size * 0.15) {
        text += g.str; // touching runs of the same word
      } else {
        const col = Math.round((g.x - minX) / cell);
        // A gap about one space wide (in the item's own font) is a word break, not a column.
        const pad = text.length === 0 ? col : gap < g.size * 0.6 ? 1 : Math.max(1, col - text.length);
        text += ' '.repeat(Math.max(0, pad)) + g.str;
      }
      lastEnd = Math.max(lastEnd, g.end);
    }
    out.push(text.replace(/\s+$/u, ''));
  }
  return out.join('\n');
}
