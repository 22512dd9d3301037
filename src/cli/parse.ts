/**
 * Option values the commands share: states, `--since`, durations, folders, priorities.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { JOB_STATES, type JobState } from '../types.js';
import { parseDuration } from '../ledger/backoff.js';

export function parseStates(text: string): JobState[] {
  const states = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of states) {
    if (!(JOB_STATES as readonly string[]).includes(s)) throw new UsageError(`unknown state "${s}"`, `States are: ${JOB_STATES.join(', ')}.`);
  }
  return states as JobState[];
}

/** An ISO date/time, or a duration meaning "that long ago". */
export function parseSince(text: string, now = Date.now()): number {
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const t = Date.parse(text);
    if (Number.isNaN(t)) throw new UsageError(`invalid date "${text}"`);
    return t;
  }
  try {
    return now - parseDuration(text);
  } catch {
    throw new UsageError(`invalid --since "${text}"`, 'Use an ISO date (2026-01-31) or a duration ago (24h, 7d).');
  }
}

/** A duration option (`--poll 2s`), at least `min` ms; `fallback` when not given. */
export function duration(value: unknown, flag: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  let ms: number;
  try {
    ms = parseDuration(String(value));
  } catch (err) {
    throw new UsageError(`option ${flag}: ${(err as Error).message}`);
  }
  if (ms < min) throw new UsageError(`option ${flag}: at least ${min} ms, got "${String(value)}"`);
  return ms;
}

/** Folders that must exist (`--watch`), resolved. */
export function folders(value: unknown): string[] {
  const dirs = ((value as string[] | undefined) ?? []).map((d) => resolve(d));
  for (const d of dirs) {
    let ok = false;
    try {
      ok = statSync(d).isDirectory();
    } catch {
      /* reported below */
    }
    if (!ok) throw new UsageError(`--watch ${d}: not a folder`, 'Create the drop folder first, or check the path.');
  }
  return dirs;
}

/** Words `--priority` and `docparse priority` take besides integers. */
export const PRIORITY_WORDS: Record<string, number> = { high: 10, normal: 0, low: -10 };

/** A job priority: an integer (higher is claimed first), or high (10), normal (0), low (-10). */
export function parsePriority(value: unknown, what = '--priority'): number {
  const text = String(value).trim().toLowerCase();
  if (text in PRIORITY_WORDS) return PRIORITY_WORDS[text];
  if (!/^[+-]?\d{1,9}$/.test(text)) throw new UsageError(`${what}: expected a whole number or high/normal/low, got "${String(value)}"`, 'Higher is claimed first: 10 (high) before 0 (the default) before -10 (low).');
  return Number(text);
}
