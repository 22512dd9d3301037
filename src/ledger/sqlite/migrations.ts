/**
 * Numbered, append-only SQL migrations (`NNNN_name.sql`), applied in order; the schema
 * version lives in `PRAGMA user_version`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

let cache: Migration[] | null = null;

export function loadMigrations(): Migration[] {
  if (cache) return cache;
  const dir = fileURLToPath(new URL('./migrations/', import.meta.url));
  cache = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f, sql: readFileSync(dir + f, 'utf8') }));
  cache.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration numbering gap at ${m.name}`);
  });
  return cache;
}
