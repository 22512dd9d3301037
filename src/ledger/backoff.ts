/**
 * Retry delay: exponential with full jitter around the nominal value, capped.
 * Pure: randomness is injected so tests run in milliseconds and are repeatable.
 *
 * Defaults follow the hosted parsing API docparse models: first retry after 5 s, then x5
 * (5 s, 25 s, 125 s ...), with +-20% jitter so many failing jobs do not retry in lockstep.
 */
export interface BackoffPolicy {
  /** Delay before the first retry, ms. */
  baseMs: number;
  /** Multiplier per further retry. */
  factor: number;
  /** Upper bound, ms. */
  maxMs: number;
  /** Jitter as a fraction of the delay (0.2 = +-20%). */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = Object.freeze({ baseMs: 5_000, factor: 5, maxMs: 10 * 60_000, jitter: 0.2 });

/**
 * @param attempt the attempt that just failed, 1-based
 * @param random a number in [0, 1)
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempt));
  const nominal = Math.min(policy.maxMs, policy.baseMs * policy.factor ** (n - 1));
  const spread = nominal * policy.jitter;
  const delay = nominal - spread + random() * 2 * spread;
  return Math.max(0, Math.min(policy.maxMs, Math.round(delay)));
}

/**
 * Parses `--backoff`: `5s`, `500ms`, `5s,x5`, `1s,x2,max=30s`.
 */
export function parseBackoff(spec: string): BackoffPolicy {
  const parts = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new Error('empty backoff');
  const policy: BackoffPolicy = { ...DEFAULT_BACKOFF };
  policy.baseMs = parseDuration(parts[0]);
  for (const p of parts.slice(1)) {
    const m = /^x(\d+(?:\.\d+)?)$/.exec(p);
    if (m) {
      policy.factor = Number(m[1]);
      continue;
    }
    const max = /^max=(.+)$/.exec(p);
    if (max) {
      policy.maxMs = parseDuration(max[1]);
      continue;
    }
    throw new Error(`unknown backoff part "${p}" (expected e.g. "5s,x5,max=10m")`);
  }
  if (policy.maxMs < policy.baseMs) policy.maxMs = policy.baseMs;
  return policy;
}

/**
 * `250ms`, `5s`, `2m`, `1h`, `30d`. A number without a unit is refused: `--timeout 10` read as
 * 10 ms timed out every document, and read as seconds it would surprise whoever meant ms.
 * Config-file keys that name their unit (`timeoutMs`) add it before parsing (cli/context.ts).
 */
export function parseDuration(s: string): number {
  const text = s.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) throw new Error(`"${s}" has no unit: write ${text}s for seconds, ${text}m for minutes or ${text}ms for milliseconds`);
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(text);
  if (!m) throw new Error(`invalid duration "${s}" (expected e.g. 500ms, 5s, 2m, 1h, 30d)`);
  const n = Number(m[1]);
  const mult = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]]!;
  return Math.round(n * mult);
}
