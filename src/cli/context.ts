/**
 * What every command needs: the effective configuration from flags and the environment,
 * the ledger, and how to print (colour or not, terminal or pipe).
 */
import { FILE_ALIASES, resolveConfig, type Config, type ResolvedConfig } from '../config/index.js';
import { openLedger } from '../ledger/open.js';
import type { Ledger } from '../ledger/port.js';
import { UsageError } from '../errors.js';
import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { WebhookOptions } from '../report/webhooks.js';

/** Maps commander's option names to config keys. */
const FLAG_KEYS: Record<string, keyof Config> = {
  ledger: 'ledger',
  out: 'out',
  concurrency: 'concurrency',
  maxAttempts: 'maxAttempts',
  backoff: 'backoff',
  maxFileSize: 'maxFileSize',
  timeout: 'timeoutMs',
  lease: 'leaseMs',
  extractor: 'extractor',
  lang: 'lang',
  einvoice: 'einvoice',
  ocrModel: 'ocrModel',
  ocrEngine: 'ocrEngine',
  template: 'template',
  templates: 'templates',
  ocrWorkers: 'ocrWorkers',
  pageTimeout: 'pageTimeoutMs',
  maxPixels: 'maxPixels',
  maxPages: 'maxPages',
  webhook: 'webhook',
  metrics: 'metrics',
  readingCache: 'readingCache',
};

/** Read when present in the current folder; `--config FILE` names another one. */
export const DEFAULT_CONFIG_FILE = 'docparse.config.json';

/**
 * The config file: the one `--config` names (it must exist), else `docparse.config.json` in
 * the current folder if there is one. A JSON object of config keys (`docparse config` lists them).
 */
export function readConfigFile(named: unknown, cwd = process.cwd()): { path: string | null; values: Record<string, unknown> } {
  const path = named !== undefined && named !== null && named !== false ? resolvePath(cwd, String(named)) : resolvePath(cwd, DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (named !== undefined && named !== null && named !== false) throw new UsageError(`config file ${path} not found`, 'Check the --config path.');
    return { path: null, values: {} };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`config file ${path} is not valid JSON: ${(err as Error).message}`, 'It must be one JSON object, e.g. {"concurrency": 4, "webhook": "https://..."}.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`config file ${path} must hold one JSON object of settings`, 'e.g. {"concurrency": 4, "out": "results"}; `docparse config` lists the keys.');
  }
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (k === '$schema') continue;
    // `"timeoutMs": 600000`: the key names the unit; durations elsewhere must carry one.
    const bare = typeof v === 'number' || (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v));
    values[FILE_ALIASES[k] ?? k] = /Ms$/.test(k) && bare ? `${String(v).trim()}ms` : v;
  }
  return { path, values };
}

/** The webhook settings of the effective configuration; null without `--webhook`. For submit and worker. */
export function webhookOptions(config: Config): WebhookOptions | null {
  if (!config.webhook) return null;
  return {
    url: config.webhook,
    secret: config.webhookSecret,
    maxAttempts: config.webhookMaxAttempts,
    backoff: config.webhookBackoff,
    timeoutMs: config.webhookTimeoutMs,
    graceMs: config.webhookGraceMs,
  };
}

export function loadConfig(opts: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): ResolvedConfig & { file: string | null } {
  const flags: Partial<Record<keyof Config, string>> = {};
  for (const [flag, key] of Object.entries(FLAG_KEYS)) {
    const v = opts[flag];
    if (v !== undefined && v !== false) flags[key] = String(v);
  }
  // `--config` is a global option; main.ts copies it into every command's options.
  const file = readConfigFile(opts.config);
  const resolved = { ...resolveConfig({ file: file.values, env, flags }), file: file.path };
  if (resolved.errors.length) {
    throw new UsageError(resolved.errors.length === 1 ? resolved.errors[0] : `invalid configuration:\n  - ${resolved.errors.join('\n  - ')}`, 'See `docparse <command> --help` for the accepted values.');
  }
  // Even with -q: a cron job's mistyped variable is worth a mail.
  for (const w of resolved.warnings) process.stderr.write(`docparse: warning: ${w}\n`);
  return resolved;
}

/** The configured ledger, with a connection pool sized for the run's concurrency (PostgreSQL). */
export function openConfiguredLedger(config: Config): Promise<Ledger> {
  return openLedger(config.ledger, { poolSize: config.concurrency + 4 });
}

/** Runs `fn` with the configured ledger open, closing it after. */
export async function withLedger<T>(config: Config, fn: (ledger: Ledger) => Promise<T>): Promise<T> {
  const ledger = await openConfiguredLedger(config);
  try {
    return await fn(ledger);
  } finally {
    await ledger.close();
  }
}

/** A value as every command prints it with --json. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function printJson(value: unknown): void {
  process.stdout.write(jsonText(value));
}
