/**
 * Loads invoice2data templates (`.yml`, `.yaml`, `.json`) from a folder tree, unchanged.
 * A template that cannot be used (bad YAML, missing keywords, a regex JS cannot express) is reported
 * in `failures` with a reason; the others still load.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { parseDocument, visit, Scalar } from 'yaml';
import { pyRegex, PyRegexError } from './pyregex.js';
import { OPTIONS_DEFAULT, type LoadTemplatesResult, type Template, type TemplateOptions } from './types.js';

const EXTS = new Set(['.yml', '.yaml', '.json']);

/** Loads every template under `dir` (recursively, sorted by path for a stable order). */
export function loadTemplates(dir: string): LoadTemplatesResult {
  const out: LoadTemplatesResult = { templates: [], failures: [] };
  const seen = new Set<string>();
  for (const file of walk(dir)) {
    const rel = relative(dir, file);
    let id = rel.slice(0, -extname(rel).length).split('\\').join('/');
    if (seen.has(id)) id = rel.split('\\').join('/');
    try {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const doc: unknown = extname(file) === '.json' ? JSON.parse(text) : parseTemplateYaml(text);
      const t = templateFromObject(doc, id, file);
      seen.add(id);
      out.templates.push(t);
    } catch (e) {
      out.failures.push({ file, reason: (e as Error).message.split('\n')[0] });
    }
  }
  return out;
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) files.push(...walk(p));
    else if (EXTS.has(extname(name).toLowerCase())) files.push(p);
  }
  return files;
}

const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** Validates one parsed template document and compiles all its regexes once (to fail early, clearly). */
export function templateFromObject(doc: unknown, id: string, file: string | null = null): Template {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('template is not a mapping');
  const raw = doc as Record<string, unknown>;
  const keywords = asList(raw.keywords).map(String);
  if (keywords.length === 0) throw new Error('missing `keywords`');
  const excludeKeywords = asList(raw.exclude_keywords).map(String);
  const rawOpts = (raw.options ?? {}) as Record<string, unknown>;
  if (typeof rawOpts !== 'object') throw new Error('`options` is not a mapping');
  const options: TemplateOptions = { ...OPTIONS_DEFAULT, ...(rawOpts as Partial<TemplateOptions>) };
  options.date_formats = asList(options.date_formats).map(String);
  options.languages = asList(options.languages).map(String);
  options.replace = asList(options.replace) as [string, string][];
  for (const r of options.replace) {
    if (!Array.isArray(r) || r.length !== 2) throw new Error('each `options.replace` entry must be a list of exactly 2 strings');
  }
  options.decimal_separator = String(options.decimal_separator ?? '.');
  const issuer = raw.issuer !== undefined && raw.issuer !== null ? String(raw.issuer) : keywords[0];
  const requiredFields = raw.required_fields !== undefined ? asList(raw.required_fields).map(String) : rawOpts.required_fields !== undefined ? asList(rawOpts.required_fields).map(String) : null;
  const priority = raw.priority === undefined ? 5 : Number(raw.priority);
  if (!Number.isFinite(priority)) throw new Error('`priority` is not a number');
  if (raw.fields !== undefined && (typeof raw.fields !== 'object' || raw.fields === null || Array.isArray(raw.fields))) {
    throw new Error('`fields` is not a mapping');
  }
  const t: Template = { id, file, issuer, keywords, excludeKeywords, priority, options, requiredFields, raw, generic: false };
  for (const [where, re] of allPatterns(t)) {
    try {
      pyRegex(re);
    } catch (e) {
      const msg = e instanceof PyRegexError ? e.message : String(e);
      throw new Error(`${where}: ${msg}`);
    }
  }
  return t;
}

function* allPatterns(t: Template): Generator<[string, string]> {
  for (const k of t.keywords) yield ['keywords', k];
  for (const k of t.excludeKeywords) yield ['exclude_keywords', k];
  for (const [i, r] of t.options.replace.entries()) yield [`options.replace[${i}]`, String(r[0])];
  const fields = (t.raw.fields ?? {}) as Record<string, unknown>;
  for (const [name, spec] of Object.entries(fields)) {
    if (name.startsWith('static_')) continue;
    if (typeof spec === 'string' || Array.isArray(spec)) {
      for (const r of asList(spec)) if (typeof r === 'string') yield [`fields.${name}`, r];
    } else if (spec && typeof spec === 'object') {
      const s = spec as Record<string, unknown>;
      if (s.parser === 'regex') for (const r of asList(s.regex)) if (typeof r === 'string') yield [`fields.${name}.regex`, r];
      if (s.parser === 'lines') yield* linePatterns(`fields.${name}`, s);
    }
  }
  if (Array.isArray(t.raw.lines)) yield* linePatterns('lines', { rules: t.raw.lines });
  else if (t.raw.lines && typeof t.raw.lines === 'object') yield* linePatterns('lines', t.raw.lines as Record<string, unknown>);
  for (const [i, tb] of asList(t.raw.tables).entries()) {
    const tt = (tb ?? {}) as Record<string, unknown>;
    for (const k of ['start', 'end', 'body']) {
      if (typeof tt[k] !== 'string') throw new Error(`tables[${i}]: \`${k}\` regex missing`);
      yield [`tables[${i}].${k}`, tt[k] as string];
    }
  }
}

function* linePatterns(where: string, s: Record<string, unknown>): Generator<[string, string]> {
  const rules = Array.isArray(s.rules) ? (s.rules as Record<string, unknown>[]) : [s];
  for (const [i, r] of rules.entries()) {
    for (const k of ['start', 'end', 'line']) if (r[k] === undefined) throw new Error(`${where}${s.rules ? `.rules[${i}]` : ''}: \`${k}\` missing`);
    for (const k of ['start', 'end', 'line', 'first_line', 'last_line', 'skip_line']) {
      for (const re of asList(r[k])) if (typeof re === 'string') yield [`${where}.${k}`, re];
    }
  }
}

/**
 * YAML as invoice2data reads it (PyYAML, YAML 1.1) where that differs from YAML 1.2 in ways templates
 * meet: a plain number with a leading zero is octal when its digits allow it (`0755` = 493) and a
 * string otherwise (`04080176`, a company registration number, stays "04080176"; YAML 1.2 would
 * give 4080176).
 */
export function parseTemplateYaml(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: false, merge: true });
  if (doc.errors.length > 0) throw doc.errors[0];
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (node.type !== Scalar.PLAIN || typeof node.source !== 'string') return;
      const m = /^([-+]?)0([0-9_]+)$/.exec(node.source);
      if (!m) return;
      const digits = m[2].replace(/_/g, '');
      node.value = /^[0-7]+$/.test(digits) ? (m[1] === '-' ? -1 : 1) * parseInt(digits, 8) : node.source;
    },
  });
  return doc.toJS({ maxAliasCount: 1000 });
}
