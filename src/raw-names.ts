/**
 * File names of any bytes. Linux allows every byte but '/' and NUL in a name, and a folder copied
 * from an old system holds names in Latin-1 (`caf\xe9.pdf`). Node decodes names as UTF-8 and puts
 * U+FFFD for what is not, and that string names no file. docparse keeps such a path as a string in
 * which each byte that is not part of valid UTF-8 is the lone surrogate U+DC80 + byte (Python's
 * "surrogateescape", PEP 383): lossless, and join, basename, globs and sorting work on it as on any
 * path (valid UTF-8 never decodes to a lone surrogate, so nothing else changes). Conversions happen
 * at the edges only:
 *
 * - `fsPath`: what a file system call gets (the exact bytes, as a Buffer, when the path has such a byte);
 * - `shownPath`: for people (terminal, CSV, the HTML report, result file names): each such byte as `\xNN`;
 * - `storedPath` / `fromStored`: the ledger's text columns (PostgreSQL refuses lone surrogates, and
 *   SQLite would turn them into U+FFFD): a path with such a byte is kept as `bytes:` and the path with
 *   each such byte as `\xNN` and each backslash doubled. Ledger paths are absolute (they start with
 *   `/`), so no real path starts with `bytes:`, and every other path is stored as it is.
 *
 * JSON (result files, `--json`, webhooks) keeps the lone surrogate as the escape `\udce9`: valid JSON,
 * and JSON.parse gives back the same string, so the bytes can be rebuilt (Python reads it the same way).
 */

/** A byte kept as a lone surrogate: U+DC80..U+DCFF not preceded by a high surrogate. */
const RAW = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const RAW_G = new RegExp(RAW.source, 'g');

/** Whether `p` holds bytes that are not UTF-8 (its fs calls then need `fsPath`). */
export function hasRawBytes(p: string): boolean {
  return RAW.test(p);
}

/** Length of the UTF-8 sequence its lead byte announces (0: not a lead byte). */
function seqLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** A name (or path) read as bytes, as docparse's string: UTF-8, with each byte that is not kept as U+DC80 + byte. */
export function decodeName(raw: Buffer): string {
  const s = raw.toString('utf8');
  // Fast path: nothing was replaced (or the name really holds U+FFFD, which re-encodes the same).
  if (!s.includes('\ufffd') || Buffer.from(s).equals(raw)) return s;
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const n = seqLength(raw[i]);
    const piece = n ? raw.subarray(i, i + n) : null;
    // A sequence is valid when decoding and encoding it again gives the same bytes (this refuses
    // overlong forms, encoded surrogates, code points past U+10FFFF and cut sequences).
    if (piece && piece.length === n && Buffer.from(piece.toString('utf8')).equals(piece)) {
      out += piece.toString('utf8');
      i += n;
    } else out += String.fromCharCode(0xdc00 + raw[i++]);
  }
  return out;
}

/** The exact bytes `p` stands for. */
export function encodeName(p: string): Buffer {
  if (!hasRawBytes(p)) return Buffer.from(p);
  const parts: Buffer[] = [];
  let last = 0;
  for (const m of p.matchAll(RAW_G)) {
    parts.push(Buffer.from(p.slice(last, m.index)), Buffer.of(m[0].charCodeAt(0) - 0xdc00));
    last = m.index! + 1;
  }
  parts.push(Buffer.from(p.slice(last)));
  return Buffer.concat(parts);
}

/** What a file system call gets for `p`: the string itself, or its exact bytes when it has bytes that are not UTF-8. */
export function fsPath(p: string): string | Buffer {
  return hasRawBytes(p) ? encodeName(p) : p;
}

/** `p` for people: each byte that is not UTF-8 as `\xNN` (valid text, shown the way `ls -b` does). */
export function shownPath(p: string): string {
  return hasRawBytes(p) ? p.replace(RAW_G, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).padStart(2, '0')}`) : p;
}

/** A path typed as `shownPath` shows it (`\xNN` for bytes 0x80-0xFF) back as the path it stands for. */
export function unshownPath(s: string): string {
  return s.replace(/\\x([89a-f][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(0xdc00 + parseInt(hex, 16)));
}

const STORED = 'bytes:';

/** `p` as the ledger keeps it in a text column (see the top of this file). */
export function storedPath(p: string): string {
  if (!hasRawBytes(p)) return p;
  return STORED + p.replace(/\\/g, '\\\\').replace(RAW_G, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).padStart(2, '0')}`);
}

/** The path a ledger text column holds (the inverse of `storedPath`). */
export function fromStored(s: string): string {
  if (!s.startsWith(STORED)) return s;
  return s.slice(STORED.length).replace(/\\(\\|x([0-9a-f]{2}))/g, (_, e: string, hex?: string) => (hex ? String.fromCharCode(0xdc00 + parseInt(hex, 16)) : '\\'));
}
