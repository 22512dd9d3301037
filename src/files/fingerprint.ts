/**
 * SHA-256 of a file's content, with the type sniffed from its first bytes in the same read.
 * Small files are read whole (cheaper than a stream, see FIELD-NOTES); large ones stream in
 * 1 MB chunks so memory stays flat.
 *
 * node:crypto loads when a file is first hashed (../lazy-crypto.ts): a rerun of unchanged files
 * hashes none. The settings digest every run makes is @noble/hashes' SHA-256 of a few hundred
 * bytes instead: the same digest (a unit test compares the two).
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { createReadStream, readFileSync } from 'node:fs';
import { nodeCrypto } from '../lazy-crypto.js';
import type { FileKind } from '../types.js';
import { sniff, SNIFF_BYTES } from '../sniff.js';
import { fsPath } from '../raw-names.js';

const WHOLE_FILE_LIMIT = 2 * 1024 * 1024;

export interface Fingerprint {
  fingerprint: string;
  kind: FileKind | null;
  bytes: number;
}

export async function fingerprintFile(path: string, sizeHint: number): Promise<Fingerprint> {
  if (sizeHint <= WHOLE_FILE_LIMIT) {
    const buf = readFileSync(fsPath(path));
    return { fingerprint: nodeCrypto().createHash('sha256').update(buf).digest('hex'), kind: sniff(buf.subarray(0, SNIFF_BYTES)), bytes: buf.length };
  }
  const hash = nodeCrypto().createHash('sha256');
  let head: Buffer | null = null;
  let bytes = 0;
  const stream = createReadStream(fsPath(path), { highWaterMark: 1024 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (!head) head = chunk.subarray(0, SNIFF_BYTES);
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { fingerprint: hash.digest('hex'), kind: head ? sniff(head) : null, bytes };
}

/** Digest of a JSON value with sorted keys, for settings keys and input digests. */
export function digestJson(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(stableStringify(value))));
}

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
    .join(',')}}`;
}
