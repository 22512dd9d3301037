/**
 * A citation of another document split over two lines of a meta column: the document's word and
 * number on one ("ersetzt Rechnung  R-2026-0388", "Bestellung Nr. 4711", "Invoice 17"), and "vom",
 * "du", "dated" with the date on the next ("vom 20.02.2026"). The date is that document's, as when
 * the citation stands on one line (decide.ts `citedElsewhere`).
 */
import type { DocView } from './context.js';
import { previousLine } from './context.js';
import type { DateCandidate } from './dates.js';
import { DATE, NUMBER, cues } from './lexicon.js';

/** How far left of the date's cell the line above may start its own cell (columns drift by a few characters). */
const DRIFT = 12;

/** The date's cell holds only an "of" word before it ("vom", "du", "dated"), and the line above cites a document by word and number not the page's own `own`. */
export function citedOnLineAbove(v: DocView, c: DateCandidate, own: string | null): boolean {
  if (!own) return false;
  const before = c.line.text.slice(0, c.date.start);
  const cell = /(?:^|\s{2,})(\S[^\n]*?)\s*$/u.exec(before);
  const word = cell?.[1].replace(/[.:]$/, '') ?? '';
  if (!word || !/^\p{L}+$/u.test(word) || !(DATE.of.test(word) || /^dated$/i.test(word))) return false;
  const col = before.length - before.trimStart().length;
  const prev = previousLine(v, c.line);
  if (!prev) return false;
  const above = prev.text.slice(Math.max(0, col - DRIFT)).trim();
  if (!/\d/.test(above) || above.replace(/\s+/g, '').includes(own.replace(/\s+/g, ''))) return false;
  const n = cues(NUMBER, above);
  return n.has('invoice') || n.has('number') || n.has('other') || n.has('compound');
}
