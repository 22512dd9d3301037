/**
 * The review thresholds the fit chooses (train.ts): a core field whose confidence is below its
 * threshold flags the document, so what is left unflagged can be trusted. Chosen on out-of-fold
 * development documents only, one kind of document (receipts, or the rest) at a time.
 */
import type { FieldThresholds, Model, ReviewField } from '../model.js';

export const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99];
/**
 * No review threshold is chosen below this: a value whose own confidence says it is wrong one time
 * in ten or more is not left unreviewed, however few such values the development documents hold (a
 * refit whose labelled dates grew confident met 98% at 0.85 on 80 development invoices and then left
 * a validation receipt's total unflagged at 0.85, wrong).
 */
export const REVIEW_FLOOR = 0.9;
/** The share of the unflagged documents that must be fully right, and the counts it is judged on (the larger first). */
const TARGET = 0.98;
const MIN_UNFLAGGED = [20, 10];

type Count = { unflagged: number; ok: number };
const meets = (c: Count, min: number) => c.unflagged >= min && c.ok / c.unflagged >= TARGET;

/**
 * One review threshold for a kind of document: the lowest, not below REVIEW_FLOOR, at which 98% of
 * the documents left unflagged are fully right, judged on at least 20 of them, else on at least 10
 * (fewer say nothing); when none gets there, the highest (nearly everything is flagged: what is not
 * flagged must be trustworthy, however few that leaves).
 */
export function chooseThreshold(count: (th: number) => Count): { threshold: number; rows: NonNullable<Model['thresholds']> } {
  const rows = THRESHOLDS.map((th) => ({ th, ...count(th) }));
  const good = MIN_UNFLAGGED.map((min) => rows.find((r) => r.th >= REVIEW_FLOOR && meets(r, min))).find((r) => r);
  return {
    threshold: good?.th ?? THRESHOLDS[THRESHOLDS.length - 1],
    rows: rows.map((r) => ({ threshold: r.th, unflagged: r.unflagged, share: Math.round((r.unflagged ? r.ok / r.unflagged : 0) * 1000) / 1000 })),
  };
}

/**
 * A threshold per core field for one kind of document, by the same rule as chooseThreshold applied
 * to each field: every combination of the grid's thresholds not below REVIEW_FLOOR is tried (a
 * document is left unflagged when each of its core fields is at or above its own threshold); of the
 * combinations at which 98% of the documents left unflagged are fully right, judged on at least 20
 * of them, else on at least 10, the one that leaves the most unflagged, ties to the lower thresholds
 * (the field listed first first). For one field that is chooseThreshold's choice, the lowest that
 * qualifies. When none qualifies, every field at the highest. The single threshold is one of the
 * combinations, so the per-field choice never leaves fewer development documents unflagged.
 */
export function chooseFieldThresholds(fields: readonly ReviewField[], count: (th: Readonly<Record<ReviewField, number>>) => Count): FieldThresholds {
  const grid = THRESHOLDS.filter((t) => t >= REVIEW_FLOOR);
  const combos: Array<Record<ReviewField, number>> = [];
  const walk = (i: number, acc: Partial<Record<ReviewField, number>>): void => {
    if (i === fields.length) return void combos.push({ ...acc } as Record<ReviewField, number>);
    // Lowest first: among combinations leaving as many unflagged, the first met is the one kept.
    for (const t of grid) walk(i + 1, { ...acc, [fields[i]]: t });
  };
  walk(0, {});
  const counted = combos.map((th) => ({ th, ...count(th) }));
  for (const min of MIN_UNFLAGGED) {
    let best: (typeof counted)[number] | null = null;
    for (const c of counted) if (meets(c, min) && (!best || c.unflagged > best.unflagged)) best = c;
    if (best) return { thresholds: best.th, unflagged: best.unflagged, share: Math.round((best.ok / best.unflagged) * 1000) / 1000 };
  }
  const top = Object.fromEntries(fields.map((f) => [f, grid[grid.length - 1]])) as Record<ReviewField, number>;
  const c = count(top);
  return { thresholds: top, unflagged: c.unflagged, share: Math.round((c.unflagged ? c.ok / c.unflagged : 0) * 1000) / 1000 };
}
