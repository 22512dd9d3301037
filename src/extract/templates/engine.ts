/**
 * invoice2data's template engine: input preparation, keyword matching and the regex / static / lines
 * parsers plus the legacy `lines` and `tables` plugins, with invoice2data's semantics.
 */
import { applyGrouping, asList, coerceType, dedupe, parseTemplateDate, parseTemplateNumber, truthy } from './coerce.js';
import { parseLines } from './lines.js';
import { groupDict, pyFindall, pyRegex, pySearch, pySplit, pySub } from './pyregex.js';
import type { ParseCtx, RawOutput, Template } from './types.js';
import { fillUneceCodes } from './unece.js';

export type { RawOutput } from './types.js';
export { applyGrouping, coerceType, parseTemplateDate, parseTemplateNumber } from './coerce.js';

export interface TemplateRun {
  output: RawOutput;
  /** 1-based page where each field was first found (null when unknown). */
  pages: Record<string, number | null>;
  /** Required fields the template did not find. */
  missingRequired: string[];
  /** Problems met while extracting (bad numbers, unknown parsers ...). */
  warnings: string[];
}

/** Text of all pages after the template's options; `starts` are page offsets in it. */
export interface PreparedText {
  text: string;
  starts: number[];
}

export function prepareInput(t: Template, pages: string[]): PreparedText {
  const starts: number[] = [];
  let text = '';
  for (const [i, p] of pages.entries()) {
    if (i > 0) text += '\f';
    starts.push(text.length);
    text += prepareOne(t, p);
  }
  return { text, starts };
}

function prepareOne(t: Template, s: string): string {
  const o = t.options;
  if (o.remove_whitespace) s = s.replace(/ +/g, '');
  if (o.remove_accents) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, '');
  if (o.lowercase) s = s.toLowerCase();
  for (const [from, to] of o.replace) s = pySub(String(from), String(to), s);
  return s;
}

export function pageAt(p: PreparedText, index: number): number {
  let page = 1;
  for (let i = 0; i < p.starts.length; i++) if (p.starts[i] <= index) page = i + 1;
  return page;
}

export interface KeywordReport {
  matched: boolean;
  hit: string[];
  missed: string[];
  excludedBy: string[];
}

/** All keywords must match and no exclude_keyword may (regex search, like invoice2data). */
export function matchKeywords(t: Template, text: string): KeywordReport {
  const hit: string[] = [];
  const missed: string[] = [];
  for (const k of t.keywords) (pySearch(k, text) ? hit : missed).push(k);
  const excludedBy = t.excludeKeywords.filter((k) => pySearch(k, text));
  return { matched: missed.length === 0 && excludedBy.length === 0, hit, missed, excludedBy };
}

// ---------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------

function parseRegex(ctx: ParseCtx, field: string, settings: Record<string, unknown>): unknown {
  if (settings.regex === undefined) {
    ctx.warnings.push(`field "${field}" has no regex`);
    return null;
  }
  let result: unknown[] = [];
  for (const re of asList(settings.regex)) {
    if (typeof re !== 'string') continue;
    const matches = pyFindall(re, ctx.text);
    for (const m of matches) {
      if (Array.isArray(m.value)) {
        ctx.warnings.push(`field "${field}": regex can't contain multiple capturing groups`);
        return null;
      }
      if (ctx.firstIndex === null || m.index < ctx.firstIndex) ctx.firstIndex = m.index;
      result.push(m.value);
    }
  }
  if (settings.replace !== undefined) {
    const spec = settings.replace as unknown[];
    const pairs = spec.length === 2 && spec.every((x) => typeof x === 'string') ? [spec as string[]] : (spec as string[][]);
    result = result.map((v) => (typeof v === 'string' ? pairs.reduce((acc, [a, b]) => pySub(a, b, acc), v) : v));
  }
  if (settings.extract_number) {
    result = result.map((v) => (typeof v === 'string' ? (/[-+]?\d+(?:[.,\s']\d+)*/.exec(v)?.[0] ?? v) : v));
  }
  if (settings.type !== undefined) {
    const out: unknown[] = [];
    for (const v of result) {
      try {
        out.push(coerceType(ctx.t, v, String(settings.type)));
      } catch (e) {
        ctx.warnings.push(`field "${field}": ${(e as Error).message}`);
      }
    }
    result = out;
  }
  let value: unknown = result;
  if (settings.group !== undefined) {
    value = applyGrouping(String(settings.group), result);
    if (value === undefined) {
      ctx.warnings.push(`field "${field}": unsupported grouping method "${String(settings.group)}"`);
      return null;
    }
  }
  if (Array.isArray(value)) {
    value = dedupe(value);
    if ((value as unknown[]).length === 1) value = (value as unknown[])[0];
  }
  return value;
}

function runTables(ctx: ParseCtx, output: RawOutput, pages: Record<string, number | null>, prep: PreparedText): void {
  for (const [i, tb] of asList(ctx.t.raw.tables).entries()) {
    const table: Record<string, unknown> = { line_separator: '\\n', ...(tb as Record<string, unknown>) };
    const start = pySearch(String(table.start), ctx.text);
    const end = pySearch(String(table.end), ctx.text);
    if (!start || !end) continue;
    const bodyStart = start.index + start[0].length;
    const body = ctx.text.slice(bodyStart, Math.max(bodyStart, end.index));
    const types = (table.types ?? {}) as Record<string, string>;
    const fieldSets = (table.fields ?? {}) as Record<string, Record<string, unknown>>;
    const data: RawOutput = {};
    let failed = false;
    for (const line of pySplit(String(table.line_separator), body)) {
      if (!line || /^\s*$/.test(line)) continue;
      const m = pySearch(String(table.body), line);
      if (!m) continue;
      for (const [field, raw] of Object.entries(groupDict(m))) {
        let value: unknown = raw ?? null;
        try {
          if (field.startsWith('date') || field.endsWith('date')) {
            value = parseTemplateDate(ctx.t, String(raw ?? ''));
            if (!value) {
              ctx.warnings.push(`tables[${i}]: date parsing failed on "${raw ?? ''}"`);
              failed = true;
              break;
            }
          } else if (field.startsWith('amount')) value = parseTemplateNumber(ctx.t, String(raw ?? ''));
          else if (types[field] !== undefined) value = coerceType(ctx.t, raw ?? '', types[field]);
          else if (fieldSets[field]?.type !== undefined) value = coerceType(ctx.t, raw ?? '', String(fieldSets[field].type));
        } catch (e) {
          ctx.warnings.push(`tables[${i}].${field}: ${(e as Error).message}`);
          continue;
        }
        if (field in data) {
          if (!Array.isArray(data[field])) data[field] = [data[field]];
          (data[field] as unknown[]).push(value);
        } else data[field] = value;
        if (!(field in pages)) pages[field] = pageAt(prep, bodyStart);
      }
      if (failed) break;
    }
    if (failed) continue;
    for (const [field, fs] of Object.entries(fieldSets)) {
      if (fs?.group === undefined) continue;
      const g = applyGrouping(String(fs.group), asList(data[field]));
      if (g !== undefined && !(Array.isArray(g) && g.length === 0)) data[field] = g;
    }
    Object.assign(output, data);
  }
}

/** Runs one template over prepared text (InvoiceTemplate.extract). */
export function runTemplate(t: Template, prep: PreparedText): TemplateRun {
  const output: RawOutput = { issuer: t.issuer };
  const pages: Record<string, number | null> = {};
  const warnings: string[] = [];
  const fields = (t.raw.fields ?? {}) as Record<string, unknown>;
  for (const [k0, v] of Object.entries(fields)) {
    let k = k0;
    const ctx: ParseCtx = { t, text: prep.text, warnings, firstIndex: null };
    let value: unknown = null;
    try {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const s = v as Record<string, unknown>;
        if (s.area && typeof s.area === 'object') {
          // `area` crops a rectangle of the page; without coordinates we approximate it by its pages
          // and by keeping only the first value found there.
          const a = s.area as Record<string, number>;
          const from = Math.max(1, Number(a.f ?? 1));
          const to = Math.min(prep.starts.length, Number(a.l ?? prep.starts.length));
          const begin = prep.starts[from - 1] ?? 0;
          const end = to < prep.starts.length ? prep.starts[to] : prep.text.length;
          ctx.text = prep.text.slice(begin, end);
        }
        if (s.parser === 'regex') {
          value = parseRegex(ctx, k, s);
          if (s.area && Array.isArray(value)) value = value[0];
        }
        else if (s.parser === 'static') value = s.value ?? null;
        else if (s.parser === 'lines') {
          // invoice2data's `lines` parser adds the UN/ECE code of each row's printed unit.
          value = parseLines(ctx, k, s);
          fillUneceCodes(value);
        }
        else if (s.parser === undefined) warnings.push(`field "${k}" has no parser`);
        else warnings.push(`field "${k}" has unknown parser "${String(s.parser)}"`);
      } else if (k.startsWith('static_')) {
        k = k.slice('static_'.length);
        value = v;
      } else if (k.startsWith('sum_amount') && Array.isArray(v)) {
        k = k.slice(4);
        value = parseRegex(ctx, k, { regex: v, type: 'float', group: 'sum' });
      } else if (k.startsWith('date') || k.endsWith('date')) value = parseRegex(ctx, k, { regex: v, type: 'date' });
      else if (k.startsWith('amount')) value = parseRegex(ctx, k, { regex: v, type: 'float' });
      else value = parseRegex(ctx, k, { regex: v });
    } catch (e) {
      warnings.push(`field "${k}": ${(e as Error).message}`);
      value = null;
    }
    if (truthy(value)) {
      output[k] = value;
      pages[k] = ctx.firstIndex === null ? null : pageAt(prep, ctx.firstIndex);
    }
  }
  output.currency = t.options.currency;
  const ctx: ParseCtx = { t, text: prep.text, warnings, firstIndex: null };
  if (t.raw.lines && typeof t.raw.lines === 'object') {
    output.lines = parseLines(ctx, 'lines', t.raw.lines as Record<string, unknown>);
    pages.lines = ctx.firstIndex === null ? null : pageAt(prep, ctx.firstIndex);
  }
  if (t.raw.tables !== undefined) runTables(ctx, output, pages, prep);
  const required = t.requiredFields ?? ['date', 'amount', 'invoice_number', 'issuer'];
  const missingRequired = required.filter((f) => !(f in output));
  output.desc = `Invoice from ${t.issuer}`;
  return { output, pages, missingRequired, warnings };
}

/** Regex-compiles a pattern to check it (used by tests and the loader). */
export function checkPattern(p: string): void {
  pyRegex(p);
}
