/**
 * A browser's print header and footer: a web page printed from a browser carries the browser's own
 * lines at the page's edges: the date and time of printing and the page's title at the top, its URL
 * and a page counter ("1/1", "Page 1 of 2") at the bottom (Firefox swaps them: title and URL at the
 * top, counter and date at the bottom). The printing date is no date of the document: a date on
 * those lines is no candidate for its invoice or due date.
 *
 * The edges count as chrome only when they hold both a URL and a page counter, which a browser
 * always prints and a document's own letterhead or footer seldom does together; then the edge
 * lines that hold either, or start with a date and a time, are the chrome.
 */
import type { Line } from './cells.js';

/** How many non-blank lines at the top and at the bottom of a page a browser's chrome takes. */
const EDGE = 2;

const URL = /(?:https?|file):\/\/\S+|(?<![\p{L}\d@.])www\.[\p{L}\d-]+\.\S+/iu;
/** "1/1", "2 / 3" ending the line, or "Page 1 of 2", "Seite 1 von 2", "Página 1 de 2". */
const COUNTER = /(?:^|\s)\d{1,3}\s*\/\s*\d{1,3}\s*$|\b(?:page|seite|pagina|página|strona|pagina)\s+\d{1,3}\s+(?:of|von|sur|de|di|z|van)\s+\d{1,3}\b/iu;
/** A line that starts with a date and a time ("4/3/25, 9:41 AM", "03.04.25, 09:41", "2025-04-03 09:41"). */
const DATE_TIME_START = /^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?![\d:])/i;

/** The indices of the lines (DocView numbering) that are a browser's print header or footer. */
export function browserChrome(lines: Line[]): Set<number> {
  const out = new Set<number>();
  const pages = new Map<number, Line[]>();
  for (const l of lines) if (l.text.trim()) pages.set(l.page, [...(pages.get(l.page) ?? []), l]);
  for (const ls of pages.values()) {
    if (ls.length < 2 * EDGE + 1) continue;
    const edges = [...ls.slice(0, EDGE), ...ls.slice(-EDGE)];
    if (!edges.some((l) => URL.test(l.text)) || !edges.some((l) => COUNTER.test(l.text))) continue;
    for (const l of edges) if (URL.test(l.text) || COUNTER.test(l.text) || DATE_TIME_START.test(l.text)) out.add(l.n);
  }
  return out;
}
