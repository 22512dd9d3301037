/**
 * A form's "Ort / Datum" box (a Quittung, a Bewirtungsbeleg, an attestation): the label printed
 * above the line where the place and the date are filled in ("Heimenkirch, 09.03.2026"). That date
 * is the one the form was made out on; a date typed elsewhere on the form (inside "für: Saalmiete
 * am 07.03.2026") is the service's. The label stands over the value's line, not over the date's
 * own column, so the column heading (context.ts) does not see it.
 */
import { cells, type Line } from './cells.js';
import { previousLine, type DocView } from './context.js';
import type { Features } from './learn/logistic.js';

/** The feature that marks a date filled in under the box (no weight of the model's: decide.ts reads it). */
export const PLACE_DATE_FEATURE = 'form:placeDate';

/** "Ort / Datum", "Ort, Datum", "Ort und Datum", "Lieu et date", "Place / Date", "Luogo e data", "Plaats en datum", "Lugar y fecha". */
const PLACE_DATE = /^(?:ort|lieu|place|luogo|plaats|lugar)\s*(?:[/,]|und|et|and|e|en|y)\s*(?:datum|date|data|fecha)\s*:?$/iu;

/**
 * The date at `start` is filled in under a place-and-date label: the text before it on its line is
 * a place alone ("Heimenkirch,", "Bad Tölz, den"), and the line above holds the label in a cell
 * starting within three columns of the place.
 */
export function underPlaceDate(v: DocView, l: Line, start: number): boolean {
  const before = l.text.slice(0, start);
  const place = /^(\s*)\p{Lu}[\p{L}. -]*,\s*(?:den\s*|le\s*|il\s*)?$/u.exec(before);
  if (!place) return false;
  const prev = previousLine(v, l);
  if (!prev) return false;
  const at = place[1].length;
  return cells(prev.text).some((c) => Math.abs(c.start - at) <= 3 && PLACE_DATE.test(c.text.trim()));
}

/**
 * The date the form was made out on wins over a chosen date its own label does not give to the
 * document (the service's "am 07.03.2026" inside "für"). Null when nothing changes.
 */
export function formDate<O extends { best: { features: Features } }>(chosen: O | null, opts: Array<O | null>): O | null {
  if (!chosen || chosen.best.features[PLACE_DATE_FEATURE]) return null;
  const f = chosen.best.features;
  if (f['seg:issue'] || f['above:issue']) return null;
  return opts.find((o): o is O => !!o && !!o.best.features[PLACE_DATE_FEATURE]) ?? null;
}
