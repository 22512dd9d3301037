/** invoice2data templates as loaded from YAML/JSON, kept in their original shape. */

export interface TemplateOptions {
  currency: string;
  date_formats: string[];
  languages: string[];
  decimal_separator: string;
  replace: [string, string][];
  remove_whitespace: boolean;
  remove_accents: boolean;
  lowercase: boolean;
  required_fields?: string[];
}

export interface Template {
  /** Unique id: the file path relative to the loaded folder without extension, or `invoice` for the built-in. */
  id: string;
  /** File the template came from (absolute), or null for built-ins. */
  file: string | null;
  issuer: string;
  keywords: string[];
  excludeKeywords: string[];
  /** Higher wins among matching templates; invoice2data's default is 5. */
  priority: number;
  options: TemplateOptions;
  /** Template-level `required_fields`, or null for invoice2data's default (date, amount, invoice_number, issuer). */
  requiredFields: string[] | null;
  /** The raw template document (fields, lines, tables ... exactly as written). */
  raw: Record<string, unknown>;
  /** True for the built-in generic template (no regex rules; uses the generic extractor). */
  generic: boolean;
}

export interface TemplateLoadFailure {
  file: string;
  reason: string;
}

export interface LoadTemplatesResult {
  templates: Template[];
  failures: TemplateLoadFailure[];
}

export const OPTIONS_DEFAULT: TemplateOptions = Object.freeze({
  currency: 'EUR',
  date_formats: [],
  languages: [],
  decimal_separator: '.',
  replace: [],
  remove_whitespace: false,
  remove_accents: false,
  lowercase: false,
}) as TemplateOptions;

/** invoice2data-style output: field name → value (strings, numbers, ISO dates, lists, line dicts). */
export type RawOutput = Record<string, unknown>;

/** What one field's parser works on, and where it found its first value. */
export interface ParseCtx {
  t: Template;
  text: string;
  warnings: string[];
  firstIndex: number | null;
}
