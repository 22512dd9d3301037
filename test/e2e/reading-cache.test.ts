/**
 * `--reading-cache DIR` through the real CLI: the first run reads the document and stores its
 * reading, with the same result as a run without the cache; the next run takes the reading from the
 * folder (shown by altering the stored text: the next result follows it) and reads nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docparse } from '../helpers/cli.js';

const PDF = fileURLToPath(new URL('../../fixtures/invoices/en-us-harbor-light-consulting.pdf', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'docparse-reading-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const extract = async (...args: string[]) => {
  const r = await docparse(['extract', PDF, ...args], { cwd: tmp });
  expect(r.exitCode, String(r.stderr)).toBe(0);
  return JSON.parse(String(r.stdout));
};

describe('extract --reading-cache', () => {
  it('stores the reading, gives the same result, and takes the next reading from the folder', async () => {
    const cache = join(tmp, 'readings');
    const plain = await extract();
    expect(await extract('--reading-cache', cache)).toEqual(plain);
    const entries = readdirSync(cache);
    expect(entries).toHaveLength(1);

    // The stored reading, its invoice number turned round (same length: its word boxes still fit).
    const number = String(plain.invoiceNumber.value);
    const turned = [...number].reverse().join('');
    expect(turned).not.toBe(number);
    const file = join(cache, entries[0]);
    const stored = readFileSync(file, 'utf8');
    expect(stored).toContain(number);
    writeFileSync(file, stored.split(number).join(turned));
    const fromCache = await extract('--reading-cache', cache);
    expect(fromCache.invoiceNumber.value).toBe(turned);
    expect(readdirSync(cache)).toEqual(entries);

    // The environment variable names the folder too.
    const r = await docparse(['extract', PDF], { cwd: tmp, env: { DOCPARSE_READING_CACHE: cache } });
    expect(JSON.parse(String(r.stdout)).invoiceNumber.value).toBe(turned);
  }, 240_000);
});
