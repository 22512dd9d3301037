/**
 * invoice2data's template engine: input preparation, keyword matching and the regex / static / lines
 * parsers plus the legacy `lines` and `tables` plugins, with invoice2data's semantics.
 */
import { parseDate, parseDateWithFormat, fold } from '../normalize.js';
import { groupDict, pyFindall, pyRegex, pySearch, pySplit, pySub } from './pyregex.js';
import type { Template } from './types.js';
import { fillUneceCodes } from './unece.js';

/** invoice2data-style output: field name → value (strings, numbers, ISO dates, lists, line dicts). */
export type RawOutput = Record<string, unknown>;

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
// Value coercion (InvoiceTemplate.parse_number / parse_date / coerce_type)
// ---------------------------------------------------------------------------

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

const truthy = (v: unknown): boolean =>
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

function dedupe(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = JSON.stringify(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

// ---------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------

interface ParseCtx {
  t: Template;
  text: string;
  warnings: string[];
  firstIndex: number | null;
}

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

function parseLines(ctx: ParseCtx, field: string, settings: Record<string, unknown>): RawOutput[] {
  const keys = ['start', 'end', 'line', 'first_line', 'last_line', 'skip_line', 'types', 'line_separator'];
  // A list where a mapping is expected is read as a list of rules (invoice2data would crash on it).
  const rules = Array.isArray(settings)
    ? (settings as Record<string, unknown>[])
    : Array.isArray(settings.rules)
    ? (settings.rules as Record<string, unknown>[])
    : [Object.fromEntries(Object.entries(settings).filter(([k]) => keys.includes(k)))];
  const lines: RawOutput[] = [];
  for (const rule of rules) lines.push(...parseLinesRule(ctx, field, rule));
  return lines;
}

function parseLinesRule(ctx: ParseCtx, field: string, rule: Record<string, unknown>): RawOutput[] {
  const settings: Record<string, unknown> = { line_separator: '\\n', ...rule };
  let content = ctx.text;
  let consumed = 0;
  const lines: RawOutput[] = [];
  for (;;) {
    const start = pySearch(String(settings.start), content);
    if (!start) break;
    const startEnd = start.index + start[0].length;
    consumed += startEnd;
    content = content.slice(startEnd);
    const end = pySearch(String(settings.end), content);
    if (!end) break;
    if (ctx.firstIndex === null) ctx.firstIndex = consumed;
    lines.push(...parseBlock(ctx, field, settings, content.slice(0, end.index)));
    const endEnd = end.index + Math.max(end[0].length, 0);
    consumed += endEnd;
    content = content.slice(endEnd);
    if (end[0].length === 0 && start[0].length === 0) break;
  }
  return lines;
}

function matchAny(patterns: unknown, line: string): RegExpExecArray | null {
  for (const p of asList(patterns)) {
    const m = pySearch(String(p), line);
    if (m) return m;
  }
  return null;
}

function mergeRow(m: RegExpExecArray, row: RawOutput): RawOutput {
  for (const [k, v] of Object.entries(groupDict(m))) {
    const prev = (row[k] as string | undefined) ?? '';
    row[k] = `${prev}${prev ? '\n' : ''}${v ? v.trim() : ''}`;
  }
  return row;
}

function parseBlock(ctx: ParseCtx, field: string, s: Record<string, unknown>, content: string): RawOutput[] {
  const lines: RawOutput[] = [];
  let row: RawOutput = {};
  const firstLine = s.first_line === undefined && s.last_line === undefined ? s.line : s.first_line;
  let firstFound = false;
  for (const line of pySplit(String(s.line_separator), content)) {
    if (!line || !line.replace(/^[\n\r]+|[\n\r]+$/g, '')) continue;
    if (firstLine !== undefined) {
      const m = matchAny(firstLine, line);
      if (m) {
        if (Object.keys(row).length) lines.push(row);
        row = {};
        for (const [k, v] of Object.entries(groupDict(m))) row[k] = v ? v.trim() : '';
        firstFound = true;
        continue;
      }
    }
    if (!firstFound) continue;
    if (s.last_line !== undefined) {
      const m = matchAny(s.last_line, line);
      if (m) {
        row = mergeRow(m, row);
        if (Object.keys(row).length) lines.push(row);
        row = {};
        firstFound = false;
        continue;
      }
    }
    if (s.skip_line !== undefined && asList(s.skip_line).some((p) => pySearch(String(p), line))) continue;
    const m = matchAny(s.line, line);
    if (m) row = mergeRow(m, row);
  }
  if (Object.keys(row).length) lines.push(row);
  const types = (s.types ?? {}) as Record<string, string>;
  for (const r of lines) {
    for (const name of Object.keys(r)) {
      if (types[name] === undefined) continue;
      try {
        r[name] = coerceType(ctx.t, r[name], types[name]);
      } catch (e) {
        ctx.warnings.push(`${field}.${name}: ${(e as Error).message}`);
      }
    }
  }
  return lines;
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
