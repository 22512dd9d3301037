/**
 * File type by content (magic bytes), not by extension.
 */
import type { FileKind } from './types.js';

export const SUPPORTED_EXTENSIONS = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.jpe', '.tif', '.tiff']);

/** Bytes to read from the start of a file to sniff it (PDF headers may follow some junk). */
export const SNIFF_BYTES = 1024;

export function sniff(head: Uint8Array): FileKind | null {
  if (head.length >= 8 && head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47 && head[4] === 0x0d && head[5] === 0x0a) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 4 && ((head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a && head[3] === 0x00) || (head[0] === 0x4d && head[1] === 0x4d && head[2] === 0x00 && head[3] === 0x2a))) return 'tiff';
  // PDF readers accept "%PDF-" anywhere in the first 1024 bytes.
  const n = Math.min(head.length, SNIFF_BYTES);
  for (let i = 0; i + 5 <= n; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return 'pdf';
  }
  return null;
}

export function kindFromExtension(name: string): FileKind | null {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  switch (m?.[0]) {
    case '.pdf':
      return 'pdf';
    case '.png':
      return 'png';
    case '.jpg':
    case '.jpeg':
    case '.jpe':
      return 'jpeg';
    case '.tif':
    case '.tiff':
      return 'tiff';
    default:
      return null;
  }
}
