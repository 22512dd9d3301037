/**
 * What the reliability tests share: hostile inputs made on the spot, a file-tree snapshot
 * (to prove nothing is written outside --out), a seeded PRNG, and the way to run the CLI as
 * an unprivileged user (tests run as root here, and root reads a chmod 000 file anyway).
 */
import PDFDocument from 'pdfkit';
import { createWriteStream, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import { execaSync } from 'execa';
import { afterAll } from 'vitest';
import { tempDir } from '../helpers/fixtures.js';

const scratchDirs: string[] = [];
afterAll(() => {
  for (const d of scratchDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp dir removed when the test file is done (the failure messages name what was in it). */
export function scratch(prefix: string): string {
  const d = tempDir(prefix);
  scratchDirs.push(d);
  return d;
}

/** mulberry32: small, seeded, good enough to pick kill moments reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A one-page text PDF, optionally password-protected (pdfkit encrypts with AES-128 at 1.7). */
export function writePdf(path: string, text: string[], opts: { userPassword?: string } = {}): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { CreationDate: new Date(Date.UTC(2025, 0, 1)), Producer: 'docparse reliability tests' },
      ...(opts.userPassword ? { userPassword: opts.userPassword, ownerPassword: 'owner-' + opts.userPassword, pdfVersion: '1.7' as const } : {}),
    });
    const out = createWriteStream(path);
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.pipe(out);
    let y = 50;
    for (const line of text) {
      doc.fontSize(11).text(line, 50, y);
      y += 18;
    }
    doc.end();
  });
}

/**
 * An invoice as the generic extractor reads it: label + number, date, total, each under a label
 * that says what it is, so nothing needs review (a bare "Date:" and "Total:" with nothing to
 * corroborate them are right less often than the review threshold asks, and are flagged).
 */
export function invoiceLines(number: string): string[] {
  return ['Acme Widgets Ltd', '12 Sample Street, Springfield', 'INVOICE', `Invoice No: ${number}`, 'Invoice date: 2025-05-26', 'Total amount: 20.00 USD'];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid PNG header claiming width x height (8-bit grey) with one tiny IDAT: a decompression bomb's header. */
export function pngBomb(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(width + 1))), // one row; a decoder would want 30000 more
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface TreeEntry {
  type: 'file' | 'dir' | 'link' | 'other';
  size: number;
  mtimeMs: number;
  mode: number;
  link?: string;
}

/**
 * Every entry under `root` (not following links) with type, size, mtime and mode, skipping
 * the relative paths `ignore` says to (the --out folder, the ledger and its -wal/-shm).
 */
export function snapshotTree(root: string, ignore: (rel: string) => boolean): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const rel = relative(root, p);
      if (ignore(rel)) continue;
      const st = lstatSync(p);
      const type = st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
      out.set(rel, { type, size: type === 'dir' ? 0 : st.size, mtimeMs: type === 'dir' ? 0 : st.mtimeMs, mode: st.mode, link: type === 'link' ? readlinkSync(p) : undefined });
      if (type === 'dir') visit(p);
    }
  };
  visit(root);
  return out;
}

/** Differences between two snapshots, as readable lines (empty when identical). */
export function diffTrees(before: Map<string, TreeEntry>, after: Map<string, TreeEntry>): string[] {
  const lines: string[] = [];
  for (const [k, v] of after) {
    const b = before.get(k);
    if (!b) lines.push(`+ ${JSON.stringify(k)} (${v.type})`);
    else if (JSON.stringify(b) !== JSON.stringify(v)) lines.push(`~ ${JSON.stringify(k)} ${JSON.stringify(b)} -> ${JSON.stringify(v)}`);
  }
  for (const k of before.keys()) if (!after.has(k)) lines.push(`- ${JSON.stringify(k)}`);
  return lines;
}

/** The uid/gid the CLI runs as for the permission test (nobody/nogroup on Debian). */
export const UNPRIVILEGED = { uid: 65534, gid: 65534 };

/**
 * How to run a command as an unprivileged user, or why it cannot be done here.
 * As non-root, chmod 000 already works, so no wrapper is needed.
 */
export function unprivilegedRunner(): { wrap: string[] } | { reason: string } {
  if (typeof process.getuid !== 'function') return { reason: 'no POSIX uids on this platform' };
  if (process.getuid() !== 0) return { wrap: [] };
  try {
    execaSync('setpriv', [`--reuid=${UNPRIVILEGED.uid}`, `--regid=${UNPRIVILEGED.gid}`, '--clear-groups', 'true']);
    return { wrap: ['setpriv', `--reuid=${UNPRIVILEGED.uid}`, `--regid=${UNPRIVILEGED.gid}`, '--clear-groups'] };
  } catch (err) {
    return { reason: `running as root and setpriv cannot drop to uid ${UNPRIVILEGED.uid} (${(err as Error).message.split('\n')[0]})` };
  }
}
