/**
 * The committed OCR readings of the sweeps' scans (fixtures/readings/, made by `npm run readings`,
 * scripts/readings.mjs): unpacked into a temporary reading cache for the real CLI
 * (`--reading-cache`), so the sweep suites OCR nothing, and checked afterwards for readings the CLI
 * had to OCR live (a stale or missing committed reading: the suite then says to refresh them).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readByOcr } from '../../src/extract/reading-cache.js';
import type { PageText } from '../../src/extract/types.js';

export const READINGS = fileURLToPath(new URL('../../fixtures/readings', import.meta.url));

export const REFRESH = 'run `npm run build && npm run readings` (scripts/readings.mjs) and commit fixtures/readings';

/** A committed reading's file names (`<key>.json.gz`) and their entries, parsed. */
export function committedReadings(): Map<string, { sha: string; kind: string; look: Record<string, unknown>; pages: Array<{ source: string }> }> {
  const all = new Map();
  for (const f of readdirSync(READINGS).filter((n) => n.endsWith('.json.gz'))) all.set(f.slice(0, -'.json.gz'.length), JSON.parse(gunzipSync(readFileSync(join(READINGS, f))).toString('utf8')));
  return all;
}

/** Unpacks the committed readings into `dir` (a reading cache folder); returns their keys. */
export function unpackReadings(dir: string): Set<string> {
  mkdirSync(dir, { recursive: true });
  const keys = new Set<string>();
  for (const f of readdirSync(READINGS).filter((n) => n.endsWith('.json.gz'))) {
    const key = f.slice(0, -'.json.gz'.length);
    writeFileSync(join(dir, `${key}.json`), gunzipSync(readFileSync(join(READINGS, f))));
    keys.add(key);
  }
  return keys;
}

/** Readings in the cache `dir` that needed OCR and were not among `committed`: what the run OCR'd live. */
export function liveOcrReadings(dir: string, committed: Set<string>): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !committed.has(f.slice(0, -'.json'.length)))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { kind?: string; look?: Record<string, unknown>; pages: PageText[] })
    .filter((e) => readByOcr(e))
    .map((e) => `${e.kind} ${JSON.stringify(e.look)}`);
}
