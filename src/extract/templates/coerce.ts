/**
 * invoice2data's value handling: numbers, dates and types as InvoiceTemplate.parse_number /
 * parse_date / coerce_type do it, and utils._apply_grouping.
 */
import { parseDate, parseDateWithFormat, fold } from '../normalize.js';
import type { Template } from './types.js';


export function parseTemplateNumber(t: Template, value: string): number {
  const dec = t.options.decimal_separator;
  if (value.split(dec).length - 1 >= 2) throw new Error(`decimal separator "${dec}" occurs several times in "${value}"`);
  const piped = value.split(dec).join('|').replace(/[.,'\s]/g, '');
  const n = Number(piped.replace('|', '.').trim());
  if (piped.trim() === '' || !Number.isFinite(n)) throw new Error(`could not convert "${value}" to a number`);
  return n;
}

export function parseTemplateDate(t: Template, value: string): string | null {
  for (const f of t.options.date_formats) {
    const r = parseDateWithFormat(value, f);
    if (r) return r;
  }
  const langs = t.options.languages.map((l) => l.toLowerCase());
  // dateparser reads numeric dates month-first unless a non-English language is set.
  const order = langs.length > 0 && !langs.includes('en') ? 'DMY' : 'MDY';
  const cleaned = value.trim().replace(/\s+/g, ' ');
  const r = parseDate(cleaned, order) ?? parseDate(fold(cleaned), order);
  return r ? r.iso : null;
}

export function coerceType(t: Template, value: unknown, type: string): unknown {
  const s = String(value ?? '');
  if (type === 'int') return s.trim() ? Math.trunc(parseTemplateNumber(t, s)) : 0;
  if (type === 'float') return s.trim() ? parseTemplateNumber(t, s) : 0;
  if (type === 'date') return parseTemplateDate(t, s);
  throw new Error(`unknown type "${type}"`);
}

export const truthy = (v: unknown): boolean =>
  !(v === null || v === undefined || v === false || v === 0 || v === '' || (Array.isArray(v) && v.length === 0));

/** invoice2data utils._apply_grouping. Returns undefined for an unsupported method. */
export function applyGrouping(group: string, values: unknown[]): unknown {
  const r = values.filter(truthy);
  if (r.length === 0) return r;
  switch (group) {
    case 'sum':
      return r.reduce((a: number, b) => a + (typeof b === 'number' ? b : Number(b)), 0);
    case 'min':
      return r.reduce((a, b) => ((b as number) < (a as number) ? b : a));
    case 'max':
      return r.reduce((a, b) => ((b as number) > (a as number) ? b : a));
    case 'first':
      return r[0];
    case 'last':
      return r[r.length - 1];
    case 'join':
      return [r.map(String).join(' ')];
    default:
      return undefined;
  }
}

export function dedupe(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = JSON.stringify(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
