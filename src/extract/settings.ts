/**
 * What part of the extraction setup changes results, for the idempotency key.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { UsageError } from '../errors.js';
import { nodeCrypto } from '../lazy-crypto.js';

/** Digest of every template file under `dir` (names and contents), so editing a template makes new jobs. */
export async function templatesDigest(dir: string): Promise<string> {
  const hash = nodeCrypto().createHash('sha256');
  let files: string[];
  try {
    files = (await listFiles(dir)).filter((f) => /\.(ya?ml|json)$/i.test(f)).sort();
  } catch (err) {
    throw new UsageError(`cannot read the templates folder ${dir}: ${(err as Error).message}`, 'Check the --templates path.');
  }
  for (const f of files) {
    hash.update(relative(dir, f));
    hash.update('\0');
    hash.update(await readFile(f));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const ent of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await listFiles(p)));
    else if (ent.isFile()) out.push(p);
  }
  return out;
}
