/**
 * Opens the ledger a location names: a file path (SQLite, the default) or a
 * `postgres://` URL (the shared backend). Backends are imported lazily.
 */
import { resolve } from 'node:path';
import type { Ledger } from './port.js';
import { UsageError } from '../errors.js';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openLedger(location: string): Promise<Ledger> {
  if (isPostgresUrl(location)) {
    let mod: { openPostgresLedger?: (url: string) => Promise<Ledger> };
    try {
      const spec = './postgres/index.js'; // optional backend, resolved at run time
      mod = (await import(spec)) as typeof mod;
    } catch {
      throw new UsageError('this docparse build has no PostgreSQL ledger', 'Use a file path for --ledger.');
    }
    if (!mod.openPostgresLedger) throw new UsageError('this docparse build has no PostgreSQL ledger');
    return mod.openPostgresLedger(location);
  }
  const { openSqliteLedger } = await import('./sqlite/index.js');
  return openSqliteLedger(location === ':memory:' ? location : resolve(location));
}
