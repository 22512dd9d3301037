/**
 * A correction invoice's table of before, after and difference ("przed korektą | po korekcie |
 * różnica", "vorher | nachher | Differenz", "before correction | after correction | difference"):
 * the amounts the correction is about are its differences; the columns of the amounts before and
 * after restate the corrected invoice and what it becomes, and hold neither the correction's
 * total, nor its net amount, nor its tax. Their amounts are marked `col:superseded` (no candidates
 * for those fields); the difference column's rows are read as usual.
 */
import type { AmountCandidate } from './amounts.js';
import { cells, cellInColumn } from './cells.js';
import type { DocView } from './context.js';

const BEFORE = /(?<![\p{L}])(?:przed\s*korekt\S*|before\s*(?:the\s*)?(?:correction|adjustment)|original(?:\s*(?:amount|value|invoice))?|vorher|bisher|urspr[üu]nglich\S*|avant\s*(?:correction|rectification)|antes\s*(?:de\s*la\s*)?(?:correcci[óo]n|rectificaci[óo]n)|prima\s*della\s*(?:rettifica|correzione)|v[óo][óo]r\s*correctie)(?![\p{L}])/iu;
const AFTER = /(?<![\p{L}])(?:po\s*korekcie|after\s*(?:the\s*)?(?:correction|adjustment)|corrected(?:\s*(?:amount|value))?|nachher|neu|korrigiert|apr[èe]s\s*(?:correction|rectification)|despu[ée]s\s*(?:de\s*la\s*)?(?:correcci[óo]n|rectificaci[óo]n)|dopo\s*(?:la\s*)?(?:rettifica|correzione)|na\s*correctie)(?![\p{L}])/iu;

/** Marks the amounts standing under a before or an after column of a correction table. */
export function markSupersededColumns(cs: AmountCandidate[], v: DocView): void {
  for (const h of v.lines) {
    const cols = cells(h.text);
    const before = cols.filter((c) => BEFORE.test(c.text) && !AFTER.test(c.text));
    const after = cols.filter((c) => AFTER.test(c.text) && !BEFORE.test(c.text));
    if (!before.length || !after.length) continue;
    const superseded = [...before, ...after].map((x) => x.start);
    for (const c of cs) {
      if (c.line.page !== h.page || c.line.n <= h.n) continue;
      // The heading cell the amount stands under: the one overlapping its column most.
      const under = cellInColumn(h.text, [c.money.start, c.money.end], 4);
      if (under && superseded.includes(under.start)) c.features['col:superseded'] = 1;
    }
  }
}
