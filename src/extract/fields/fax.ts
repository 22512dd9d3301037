/**
 * A fax machine's transmission header: the line it prints across the top of each page it sends
 * ("06.11.2025 14:32  FAX +49 8031 123456  Huber GmbH  S. 01/01", "NOV-06-2025 02:32PM FROM:
 * FAX NO. 0831 123456 P.1/1"). Its date, time, fax number and page counter are the transmission's,
 * never the invoice's: its dates and numbers are no candidates.
 */
import type { Line } from './cells.js';
import type { DocView } from './context.js';
import type { DateOrder } from '../normalize.js';
import { datesIn } from './tokens.js';

const FAX_WORD = /(?<![\p{L}])(?:tele)?fax(?![\p{L}])|(?<![\p{L}])t[ée]l[ée]copie(?![\p{L}])/iu;
const TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
const PAGE_COUNTER = /(?<![\p{L}])(?:s|p|pg|seite|page|pag)\.?\s*0*\d{1,3}\s*(?:\/|of|von|de|sur)\s*0*\d{1,3}(?!\d)|(?<![\p{L}])p\.?\s*0*\d{1,3}(?!\d)\s*$/iu;

/** The line is a fax header: among the first two lines of its page, a fax word, a time and a page counter. */
export function isFaxHeader(v: DocView, l: Line): boolean {
  return nearPageTop(v, l) && FAX_WORD.test(l.text) && TIME.test(l.text) && PAGE_COUNTER.test(l.text);
}

/** Fewer than two non-blank lines above `l` on its page (counted only that far: every line of a page is asked). */
function nearPageTop(v: DocView, l: Line): boolean {
  let above = 0;
  for (let n = v.pageSpan.get(l.page)?.[0] ?? l.n; n < l.n; n++) if (v.lines[n].text.trim() && ++above >= 2) return false;
  return true;
}

/** The dates of the document's fax headers (when it was sent), ISO. */
export function faxDates(v: DocView, order: DateOrder): string[] {
  return v.lines.filter((l) => isFaxHeader(v, l)).flatMap((l) => datesIn(l.text, order, v.dateSpots[l.n]).map((d) => d.iso));
}

const DAY = 86_400_000;

/**
 * An invoice date the fax that carried the invoice contradicts: after the day it was sent, or more
 * than half a year before it (an OCR misread year: "04.11.2023" on a page faxed 06.11.2025).
 */
export function contradictsFax(iso: string, sent: string[]): boolean {
  if (!sent.length) return false;
  const t = Date.parse(iso);
  return !sent.some((s) => {
    const d = Date.parse(s) - t;
    return d >= -DAY && d <= 183 * DAY;
  });
}
