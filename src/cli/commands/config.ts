/**
 * `docparse config`: the effective configuration and where each value came from.
 */
import { loadConfig, printJson } from '../context.js';
import { colors } from '../colors.js';
import { ENV_VARS, kebab, type Config } from '../../config/index.js';
import type { BackoffPolicy } from '../../ledger/backoff.js';
import { redactUrl, redactWebhookUrl } from '../../redact.js';

/** Secrets are shown as set or not, never printed. */
const SECRET_KEYS: ReadonlyArray<keyof Config> = ['webhookSecret'];

function display(key: keyof Config, value: unknown): unknown {
  if (SECRET_KEYS.includes(key)) return value ? '(set)' : null;
  // A PostgreSQL password in the ledger URL, a token in the webhook URL: never printed either.
  if (key === 'ledger' && typeof value === 'string') return redactUrl(value);
  if (key === 'webhook' && typeof value === 'string') return redactWebhookUrl(value);
  if (key === 'backoff' || key === 'webhookBackoff') {
    const b = value as BackoffPolicy;
    return `${b.baseMs}ms,x${b.factor},max=${b.maxMs}ms`;
  }
  return value;
}

export async function runConfig(opts: Record<string, unknown>): Promise<number> {
  const { config, sources, file } = loadConfig(opts);
  const keys = Object.keys(config) as Array<keyof Config>;
  if (opts.json) {
    printJson({
      file,
      config: Object.fromEntries(keys.map((k) => [k, display(k, config[k])])),
      sources,
      env: ENV_VARS,
    });
    return 0;
  }
  const c = colors(process.stdout);
  process.stdout.write(c.dim(`config file: ${file ?? 'none (docparse.config.json in this folder, or --config FILE)'}`) + '\n');
  const width = Math.max(...keys.map((k) => k.length));
  for (const k of keys) {
    const v = display(k, config[k]);
    const src = sources[k];
    const where = src === 'env' ? `env ${ENV_VARS[k]}` : src === 'flag' ? `flag --${kebab(k)}` : src;
    process.stdout.write(`${k.padEnd(width)}  ${String(v === null ? '-' : v).padEnd(28)}  ${src === 'default' ? c.dim(where) : c.cyan(where)}\n`);
  }
  return 0;
}
