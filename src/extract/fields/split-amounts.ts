/**
 * Amounts whose thousands group the layout set apart from the rest. A totals block of right-aligned
 * amounts ("7 358,00 €" over "1 471,60 €" over "8 829,60 €") may be laid out as two columns, the
 * leading digits in one and the rest in the next ("8   829,60   €"): the text then holds a lone "8"
 * and an amount of 829,60. On the page the two words stand one space apart, as a group separator
 * (a space, a no-break or thin space) sets them. A digit run of one to three digits followed by a
 * three-digit group (with cents or a further group) is joined back when the text puts two or more
 * spaces between them but the page's boxes put them no further apart than about one digit's width.
 * The join keeps each line's length (the leading digits move right, next to their group), so every
 * other token stays where it was read. Pages without word boxes are left as they are.
 */
import type { PageText, PageWord } from '../types.js';

/** The leading digits of a grouped amount ("8", "12", "-1"). */
const LEAD = /^[-−]?\d{1,3}$/;
/** The rest: a three-digit group, then cents or another group ("829,60", "358.00", "471 000,00"). */
const REST = /^\d{3}(?:[.,\u00a0\u202f\u2009 ]\d{2,3})*(?![\d])/;
/** How far apart, in digit widths, the two words may stand on the page. */
const MAX_GAP_DIGITS = 1.6;

/**
 * How far apart two words of one text line stand along the line, and the first word's length along
 * it. A page shown turned (/Rotate 90 or 270) gives its words' boxes as displayed, so its lines run
 * up or down the page: the gap is then measured on the vertical axis, else a quantity and a price
 * ("3   420.00") would stand "one digit apart" across the line's height.
 */
function alongLine(a: PageWord, b: PageWord): { gap: number; extent: number } {
  const dx = b.x + b.w / 2 - (a.x + a.w / 2);
  const dy = b.y + b.h / 2 - (a.y + a.h / 2);
  if (Math.abs(dx) >= Math.abs(dy)) return { gap: dx >= 0 ? b.x - (a.x + a.w) : a.x - (b.x + b.w), extent: a.w };
  return { gap: dy >= 0 ? b.y - (a.y + a.h) : a.y - (b.y + b.h), extent: a.h };
}

/** The page's text with its split thousands joined, and its words moved with them (null: nothing to join). */
function joinPage(p: PageText): PageText | null {
  const words = p.words;
  if (!words?.length || !/\d {2,}\d{3}/.test(p.text)) return null;
  const lines = p.text.split('\n');
  const moved = new Map<PageWord, PageWord>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    const line = lines[a.row];
    if (b.row !== a.row || line === undefined || b.start - a.end < 2) continue;
    const lead = line.slice(a.start, a.end);
    if (!LEAD.test(lead) || !REST.test(line.slice(b.start, b.end))) continue;
    if (line.slice(a.end, b.start).trim() !== '') continue;
    const { gap, extent } = alongLine(a, b);
    if (gap > MAX_GAP_DIGITS * (extent / lead.length)) continue;
    const start = b.start - 1 - lead.length;
    lines[a.row] = `${line.slice(0, a.start)}${' '.repeat(start - a.start)}${lead} ${line.slice(b.start)}`;
    moved.set(a, { ...a, start, end: start + lead.length });
  }
  if (!moved.size) return null;
  return { ...p, text: lines.join('\n'), words: words.map((w) => moved.get(w) ?? w) };
}

/** The pages with the thousands groups the layout split off joined back to their amounts (each line's length kept). */
export function withSplitThousandsJoined(pages: PageText[]): PageText[] {
  return pages.map((p) => joinPage(p) ?? p);
}
