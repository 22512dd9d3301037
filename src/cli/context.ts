/**
 * What every command needs: the effective configuration from flags and the environment,
 * the ledger, and how to print (colour or not, terminal or pipe).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { resolveConfig, type Config, type ResolvedConfig } from '../config/index.js';
import { openLedger } from '../ledger/open.js';
import type { Ledger } from '../ledger/port.js';
import { UsageError } from '../errors.js';

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
  template: 'template',
  templates: 'templates',
  ocrWorkers: 'ocrWorkers',
  pageTimeout: 'pageTimeoutMs',
  maxPixels: 'maxPixels',
};

export function loadConfig(opts: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const flags: Partial<Record<keyof Config, string>> = {};
  for (const [flag, key] of Object.entries(FLAG_KEYS)) {
    const v = opts[flag];
    if (v !== undefined && v !== false) flags[key] = String(v);
  }
  const resolved = resolveConfig({ env, flags });
  if (resolved.errors.length) {
    throw new UsageError(resolved.errors.length === 1 ? resolved.errors[0] : `invalid configuration:\n  - ${resolved.errors.join('\n  - ')}`, 'See `docparse <command> --help` for the accepted values.');
  }
  return resolved;
}

export async function withLedger<T>(config: Config, fn: (ledger: Ledger) => Promise<T>): Promise<T> {
  const ledger = await openLedger(config.ledger);
  try {
    return await fn(ledger);
  } finally {
    await ledger.close();
  }
}

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colors(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const off = !stream.isTTY || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb';
  if (off) return new Chalk({ level: 0 });
  const forced = env.FORCE_COLOR;
  return new Chalk({ level: forced === '0' ? 0 : 1 });
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
