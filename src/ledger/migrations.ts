/**
 * Numbered, append-only SQL migrations (`NNNN_name.sql`) read from a backend's folder,
 * checked for gaps, in order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const cache = new Map<string, Migration[]>();

/** A backend folder's migration files (`NNNN_name.sql`), in order. */
function migrationFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
}

export function loadMigrationsFrom(folder: URL): Migration[] {
  const dir = fileURLToPath(folder);
  const hit = cache.get(dir);
  if (hit) return hit;
  const list = migrationFiles(dir).map((f) => ({ version: Number(f.slice(0, 4)), name: f, sql: readFileSync(dir + f, 'utf8') }));
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration numbering gap at ${m.name}`);
  });
  cache.set(dir, list);
  return list;
}

/** The newest schema version in a backend's folder, from the file names alone (no SQL read). */
export function latestVersionIn(folder: URL): number {
  const dir = fileURLToPath(folder);
  const hit = cache.get(dir);
  if (hit) return hit.length;
  const last = migrationFiles(dir).at(-1);
  return last ? Number(last.slice(0, 4)) : 0;
}
