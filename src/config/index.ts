/**
 * Effective configuration: defaults < config file < environment < flags, validated once and
 * frozen. Returns errors instead of throwing, so every bad key is reported at once, by name.
 * The core never reads process.env: the CLI passes the environment in.
 */
import { closest, distance } from 'fastest-levenshtein';
import { availableParallelism } from 'node:os';
import { parseBackoff, parseDuration, type BackoffPolicy } from '../ledger/backoff.js';
import { EXTRACTORS, type ExtractorName } from '../extract/config.js';
import { EINVOICE_MODES, type EInvoiceMode } from '../types.js';
import { DEFAULT_OCR_MODEL, OCR_ENGINES, OCR_MODELS, type OcrEngine, type OcrModel } from '../extract/ocr/models.js';

export interface Config {
  /** Ledger location: a SQLite file path, or a postgres:// URL. */
  ledger: string;
  /** Output folder for results, summary.json and the failures report. */
  out: string;
  /** Jobs processed at once. */
  concurrency: number;
  /** Attempts per job in all, the first included. */
  maxAttempts: number;
  /** Retry delays: first retry after `baseMs`, then x`factor`. */
  backoff: BackoffPolicy;
  /** Files larger than this fail at once as `too_large`. */
  maxFileSize: number;
  /** Time limit for one job, ms. */
  timeoutMs: number;
  /** Lease on a claimed job, renewed by heartbeat; after it expires another process may take the job. */
  leaseMs: number;
  extractor: ExtractorName;
  /** OCR languages, `eng` or `eng+fra` ... (each needs its @tesseract.js-data/<lang> package). */
  lang: string;
  /** E-invoices (ZUGFeRD, Factur-X, XRechnung, Peppol): `prefer` their XML, `ignore` it, or read `only` e-invoices. */
  einvoice: EInvoiceMode;
  /** OCR model: `best` (best_int), `fast` (tessdata_fast) or `cascade` (fast, doubtful words read again with best). */
  ocrModel: OcrModel;
  /** What runs the OCR: `wasm` (tesseract.js, default) or `native` (the `tesseract` program on PATH, same models). */
  ocrEngine: OcrEngine;
  /** Force one template by id. */
  template: string | null;
  /** Folder of invoice2data templates (YAML/JSON). */
  templates: string | null;
  /** OCR worker threads (tesseract.js); default: the number of cores. */
  ocrWorkers: number;
  /** Time limit for one OCR page, ms. */
  pageTimeoutMs: number;
  /** Images above this many pixels fail as `too_large` (decompression bombs). */
  maxPixels: number;
  /** Documents (PDF, TIFF) with more pages than this fail as `too_large`. */
  maxPages: number;
  /** `--webhook`: POST job.completed / job.failed / run.finished events here (http or https URL). */
  webhook: string | null;
  /** Signing secret for webhooks (Standard Webhooks; `whsec_<base64>` or any text). Env or config file only: never a flag. */
  webhookSecret: string | null;
  /** Delivery attempts per webhook event before it is kept as `dead`. */
  webhookMaxAttempts: number;
  /** Delays between webhook attempts, like --backoff. */
  webhookBackoff: BackoffPolicy;
  /** Time limit for one webhook request, ms. */
  webhookTimeoutMs: number;
  /** At the end of a run, wait at most this long for its webhook events before leaving them to the next run, ms. */
  webhookGraceMs: number;
  /** `--metrics`: write Prometheus text format here after each run (node_exporter textfile collector). */
  metrics: string | null;
  /**
   * `--reading-cache`: a folder where each document's reading (its pages, per look) is kept, by the
   * file's SHA-256, the reader settings and the reader code, so the same bytes are never read (OCR'd)
   * twice; null: no cache (the default).
   */
  readingCache: string | null;
}

export type ConfigSource = 'default' | 'file' | 'env' | 'flag';

export const ENV_VARS: Record<keyof Config, string> = {
  ledger: 'DOCPARSE_LEDGER',
  out: 'DOCPARSE_OUT',
  concurrency: 'DOCPARSE_CONCURRENCY',
  maxAttempts: 'DOCPARSE_MAX_ATTEMPTS',
  backoff: 'DOCPARSE_BACKOFF',
  maxFileSize: 'DOCPARSE_MAX_FILE_SIZE',
  timeoutMs: 'DOCPARSE_TIMEOUT',
  leaseMs: 'DOCPARSE_LEASE',
  extractor: 'DOCPARSE_EXTRACTOR',
  lang: 'DOCPARSE_LANG',
  einvoice: 'DOCPARSE_EINVOICE',
  ocrModel: 'DOCPARSE_OCR_MODEL',
  ocrEngine: 'DOCPARSE_OCR_ENGINE',
  template: 'DOCPARSE_TEMPLATE',
  templates: 'DOCPARSE_TEMPLATES',
  ocrWorkers: 'DOCPARSE_OCR_WORKERS',
  pageTimeoutMs: 'DOCPARSE_PAGE_TIMEOUT',
  maxPixels: 'DOCPARSE_MAX_PIXELS',
  maxPages: 'DOCPARSE_MAX_PAGES',
  webhook: 'DOCPARSE_WEBHOOK',
  webhookSecret: 'DOCPARSE_WEBHOOK_SECRET',
  webhookMaxAttempts: 'DOCPARSE_WEBHOOK_MAX_ATTEMPTS',
  webhookBackoff: 'DOCPARSE_WEBHOOK_BACKOFF',
  webhookTimeoutMs: 'DOCPARSE_WEBHOOK_TIMEOUT',
  webhookGraceMs: 'DOCPARSE_WEBHOOK_GRACE',
  metrics: 'DOCPARSE_METRICS',
  readingCache: 'DOCPARSE_READING_CACHE',
};

export function defaults(): Config {
  const cores = Math.max(1, availableParallelism());
  return {
    ledger: '.docparse/ledger.db',
    out: 'docparse-out',
    // Twice the cores: while one document waits on a PDF thread or an OCR worker, another one's
    // fields, ledger writes and result file keep the main thread busy (bench: 6.4 s -> 4.1 s).
    concurrency: 2 * cores,
    maxAttempts: 3,
    backoff: parseBackoff('5s,x5'),
    maxFileSize: 50 * 1024 * 1024,
    timeoutMs: 10 * 60_000,
    leaseMs: 60_000,
    extractor: 'auto',
    lang: 'eng',
    einvoice: 'prefer',
    ocrModel: DEFAULT_OCR_MODEL,
    ocrEngine: 'wasm',
    template: null,
    templates: null,
    ocrWorkers: cores,
    pageTimeoutMs: 120_000,
    maxPixels: 100_000_000,
    maxPages: 1000,
    webhook: null,
    webhookSecret: null,
    webhookMaxAttempts: 8,
    webhookBackoff: parseBackoff('1s,x4,max=1h'),
    webhookTimeoutMs: 10_000,
    webhookGraceMs: 5_000,
    metrics: null,
    readingCache: null,
  };
}

/** `50MB`, `512KB`, `2GB`, `1000` (bytes). */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(s.trim());
  if (!m) throw new Error(`invalid size "${s}" (expected e.g. 50MB, 512KB, 2GB)`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * mult);
}

function positiveInt(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number >= 1, got "${s}"`);
  return n;
}

type Parser<K extends keyof Config> = (raw: string) => Config[K];

const PARSERS: { [K in keyof Config]: Parser<K> } = {
  ledger: (s) => s,
  out: (s) => s,
  concurrency: positiveInt,
  maxAttempts: positiveInt,
  backoff: parseBackoff,
  maxFileSize: parseSize,
  timeoutMs: parseDuration,
  leaseMs: (s) => {
    const ms = parseDuration(s);
    if (ms < 1000) throw new Error('a lease shorter than 1s would expire before its first heartbeat');
    return ms;
  },
  extractor: (s) => {
    if (!(EXTRACTORS as readonly string[]).includes(s)) throw new Error(`expected one of ${EXTRACTORS.join(', ')}, got "${s}"`);
    return s as ExtractorName;
  },
  lang: (s) => {
    if (!/^[a-z_]{3,8}(\+[a-z_]{3,8})*$/i.test(s)) throw new Error(`expected tesseract language codes like eng or eng+fra, got "${s}"`);
    return s;
  },
  einvoice: (s) => {
    if (!(EINVOICE_MODES as readonly string[]).includes(s)) throw new Error(`expected one of ${EINVOICE_MODES.join(', ')}, got "${s}"`);
    return s as EInvoiceMode;
  },
  ocrModel: (s) => {
    if (!(OCR_MODELS as readonly string[]).includes(s)) throw new Error(`expected one of ${OCR_MODELS.join(', ')}, got "${s}"`);
    return s as OcrModel;
  },
  ocrEngine: (s) => {
    if (!(OCR_ENGINES as readonly string[]).includes(s)) throw new Error(`expected one of ${OCR_ENGINES.join(', ')}, got "${s}"`);
    return s as OcrEngine;
  },
  template: (s) => s || null,
  templates: (s) => s || null,
  ocrWorkers: positiveInt,
  pageTimeoutMs: parseDuration,
  maxPixels: positiveInt,
  maxPages: positiveInt,
  webhook: (s) => {
    if (!s) return null;
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      throw new Error(`expected an http:// or https:// URL, got "${s}"`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`expected an http:// or https:// URL, got "${s}"`);
    return s;
  },
  webhookSecret: (s) => {
    if (!s) return null;
    if (s.startsWith('whsec_') && !/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(s)) throw new Error('a secret starting with "whsec_" must continue in base64 (Standard Webhooks)');
    return s;
  },
  webhookMaxAttempts: positiveInt,
  webhookBackoff: parseBackoff,
  webhookTimeoutMs: (s) => {
    const ms = parseDuration(s);
    if (ms < 100) throw new Error(`expected at least 100ms, got "${s}"`);
    return ms;
  },
  webhookGraceMs: parseDuration,
  metrics: (s) => s || null,
  readingCache: (s) => s || null,
};

export interface ResolveInput {
  /** Values from a config file (strings or numbers), by key. */
  file?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
  /** Flag values as strings, by key (only the flags the user gave). */
  flags?: Partial<Record<keyof Config, string>>;
}

export interface ResolvedConfig {
  config: Readonly<Config>;
  sources: Record<keyof Config, ConfigSource>;
  errors: string[];
  warnings: string[];
}

export function resolveConfig(input: ResolveInput): ResolvedConfig {
  const config = defaults();
  const sources = Object.fromEntries(Object.keys(config).map((k) => [k, 'default'])) as Record<keyof Config, ConfigSource>;
  const errors: string[] = [];
  const warnings: string[] = [];
  const apply = (key: keyof Config, raw: unknown, source: ConfigSource, label: string) => {
    try {
      // Config files may hold numbers or null; env vars and flags are strings.
      const text = raw === null ? '' : String(raw);
      (config as unknown as Record<string, unknown>)[key] = (PARSERS[key] as Parser<typeof key>)(text);
      sources[key] = source;
    } catch (err) {
      errors.push(`${label}: ${(err as Error).message}`);
    }
  };
  for (const [k, v] of Object.entries(input.file ?? {})) {
    if (!(k in PARSERS)) {
      // The file's names: the config keys and the flag-style ones for keys that carry a unit.
      const names = [...Object.keys(PARSERS), ...Object.keys(FILE_ALIASES)];
      const near = didYouMean(k, names);
      errors.push(`config file: unknown key "${k}" ${near ? `(did you mean "${near}"?)` : `(known: ${names.join(', ')})`}`);
      continue;
    }
    apply(k as keyof Config, v, 'file', `config file key "${k}"`);
  }
  // A mistyped variable would be ignored without a word: one that is not docparse's but nearly
  // one of its names is a warning (not an error: other DOCPARSE_* variables exist, DOCPARSE_DEBUG).
  const known = Object.values(ENV_VARS);
  for (const name of Object.keys(input.env ?? {})) {
    if (!name.startsWith('DOCPARSE_') || known.includes(name) || OTHER_ENV_VARS.includes(name)) continue;
    const near = didYouMean(name, known);
    if (near) warnings.push(`environment variable ${name} is not one docparse reads: did you mean ${near}? (it is ignored)`);
  }
  for (const key of Object.keys(ENV_VARS) as Array<keyof Config>) {
    const v = input.env?.[ENV_VARS[key]];
    if (v !== undefined && v !== '') apply(key, v, 'env', `environment variable ${ENV_VARS[key]}`);
  }
  for (const [k, v] of Object.entries(input.flags ?? {})) {
    if (v !== undefined) apply(k as keyof Config, v, 'flag', `option --${kebab(k)}`);
  }
  if (config.timeoutMs < 1000) warnings.push('a job time limit under 1s will time out most documents');
  return { config: Object.freeze(config), sources, errors, warnings };
}

/** DOCPARSE_* variables read elsewhere (debugging, the launcher): never taken for a typo. */
const OTHER_ENV_VARS = ['DOCPARSE_DEBUG', 'DOCPARSE_LAUNCH_DEBUG'];

/** Flag-style names the config file accepts for keys whose config name carries a unit (`"timeout": "10m"`). */
export const FILE_ALIASES: Readonly<Record<string, keyof Config>> = {
  timeout: 'timeoutMs',
  lease: 'leaseMs',
  pageTimeout: 'pageTimeoutMs',
  webhookTimeout: 'webhookTimeoutMs',
  webhookGrace: 'webhookGraceMs',
};

/** A name as compared: case, `_` and `-` aside (`page_timeout`, `max-attempts`, `DOCPARSE_MAX_ATTEMPTS`). */
const plain = (s: string): string => s.toLowerCase().replace(/[-_]/g, '');
/** The same without a unit at its end (`timeoutSecs`, `timeout_ms`, `leaseSeconds`). */
const unitless = (s: string): string => plain(s).replace(/(?:ms|millis(?:econds)?|s|secs?|seconds|mins?|minutes)$/, '');

/**
 * The known name a mistyped one most likely meant: the one it is but for case, `_`/`-` and a unit
 * at its end (`timeoutSecs`, `page_timeout` -> `timeout`, `pageTimeout`); else the closest by edit
 * distance, when at most 2 edits and under a third of the name away (`webhok` -> `webhook`,
 * `DOCPARSE_CONCURENCY`); else null.
 */
export function didYouMean(name: string, known: readonly string[]): string | null {
  if (known.length === 0) return null;
  const bare = unitless(name);
  const same = known.find((k) => plain(k) === plain(name)) ?? known.find((k) => plain(k) === bare) ?? known.find((k) => unitless(k) === bare);
  if (same) return same;
  const best = closest(name, [...known]);
  const d = distance(name.toLowerCase(), best.toLowerCase());
  return d <= 2 && d * 3 <= name.replace(/^DOCPARSE_/, '').length ? best : null;
}

export function kebab(k: string): string {
  return k.replace(/Ms$/, '').replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}
