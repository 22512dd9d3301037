/**
 * File names that fit: most file systems allow 255 bytes a name, and a name of 73 CJK characters
 * is already 219 bytes in UTF-8. Cutting by UTF-16 length (String.slice) gave result names over
 * the limit (ENAMETOOLONG, and a folder that failed on every run); names are cut by bytes here,
 * at a character boundary, so the UTF-8 stays valid.
 */

/** `name` cut to at most `maxBytes` bytes of UTF-8, never inside a character (nor between a surrogate pair's halves). */
export function cutName(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  let bytes = 0;
  let out = '';
  for (const ch of name) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > maxBytes) break;
    bytes += n;
    out += ch;
  }
  return out;
}
