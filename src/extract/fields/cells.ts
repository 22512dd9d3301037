/**
 * The generic extractor's view of laid-out text: lines, and cells (runs of text separated by
 * two or more spaces, i.e. columns), plus how a generic rule's finding becomes a Field.
 */
import type { Field } from '../../types.js';

export interface Line {
  page: number;
  text: string;
  /** Index in the flat list of all lines. */
  n: number;
}

export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A field found by the generic rule `rule`, confidence clamped to 0..1 and rounded. */
export const genericField = <T>(value: T, confidence: number, rule: string, page: number | null): Field<T> => ({
  value,
  confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  source: `generic:${rule}`,
  page,
});

/** Cells of a layout line: runs of text separated by two or more spaces. */
export function cells(text: string): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
