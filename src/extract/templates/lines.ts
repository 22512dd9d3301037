/** invoice2data's `lines` parser: blocks between `start` and `end`, rows by `line` / `first_line` / `last_line`. */
import { asList, coerceType } from './coerce.js';
import { groupDict, pySearch, pySplit } from './pyregex.js';
import type { ParseCtx, RawOutput } from './types.js';

export function parseLines(ctx: ParseCtx, field: string, settings: Record<string, unknown>): RawOutput[] {
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
