/**
 * Text layers whose fonts decode some characters to nothing readable.
 *
 * A font's character map (ToUnicode, or its own cmap) may send a glyph to NUL or another
 * control code: Stripe-style invoices print a hyphen that pdf.js reads as `\0`
 * (`76253815\0` `0004`), so a regex for the invoice number finds half of it. A layer can also be
 * control codes, private-use code points and U+FFFD throughout (fonts with no usable map): a
 * text PDF with nothing in it, where OCR reads the page well.
 *
 * The reader renders and OCRs such a page and uses the OCR text as the witness: each run of
 * undecodable characters is replaced by what OCR read between the same neighbours, so the layer
 * (and its pdftotext-like layout) is kept; when a run cannot be placed in the OCR text, the page
 * is the OCR text. Either way a warning in the result says so.
 */

/** C0 controls other than tab, newline and carriage return, DEL and C1 controls, private-use code points, U+FFFD. */
const CLASS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uE000-\\uF8FF\\uFFFD';
const ONE = new RegExp(`[${CLASS}]`, 'gu');
const RUNS = new RegExp(`[${CLASS}]+`, 'gu');

export function undecodableCount(text: string): number {
  return text.match(ONE)?.length ?? 0;
}

/** Non-space characters that are not undecodable: what a page's text layer really holds. */
export function readableChars(text: string): number {
  const compact = text.replace(/\s+/gu, '');
  return compact.length - undecodableCount(compact);
}

/** Undecodable characters as U+FFFD, for a reader without OCR: never a NUL a regex would step over. */
export function markUndecodable(text: string): string {
  return text.replace(ONE, '\uFFFD');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word as a pattern: readable characters as themselves, undecodable runs as any characters of their length. */
const wordPattern = (w: string) => w.split(new RegExp(`([${CLASS}]+)`, 'u')).map((part, i) => (i % 2 ? `\\S{${[...part].length}}` : escape(part))).join('');

/**
 * Replaces every run of undecodable characters in `layer` by what `ocr` (the same page, OCR'd)
 * reads between the same neighbours: the run's own word, with the words beside it added until
 * they hold at least 4 readable characters (other runs in them match anything of their length).
 * A replacement is taken only when the OCR text has exactly one reading there, of the run's
 * length and readable. Returns null when some run cannot be placed (the caller then reads the
 * page by OCR).
 */
export function repairFromOcr(layer: string, ocr: string): { text: string; replaced: string[] } | null {
  const flatOcr = ocr.replace(/\s+/gu, ' ');
  const replaced: string[] = [];
  const lines = layer.split('\n');
  for (let li = 0; li < lines.length; li++) {
    // Words and the spaces between them; runs are repaired left to right, in place.
    const words = lines[li].split(/(\s+)/u);
    for (let k = 0; k < words.length; k += 2) {
      for (;;) {
        RUNS.lastIndex = 0;
        const run = RUNS.exec(words[k]);
        if (!run) break;
        const len = [...run[0]].length;
        const before = words[k].slice(0, run.index);
        const after = words[k].slice(run.index + run[0].length);
        let [i, j] = [k, k];
        const context = () => readableChars(words.slice(i, k).join(' ') + before + after + words.slice(k + 1, j + 1).join(' '));
        while (context() < 4 && (i > 0 || j < words.length - 1)) {
          if (i > 0) i -= 2;
          if (context() < 4 && j < words.length - 1) j += 2;
        }
        if (context() < 4) return null;
        // Words only (even places from an even start), without the empty ones a leading space makes.
        const around = (from: number, to: number) => words.slice(from, to).filter((w, n) => n % 2 === 0 && w !== '').map(wordPattern);
        const pattern = [...around(i, k), `${wordPattern(before)}(\\S{${len}})${wordPattern(after)}`, ...around(k + 2, j + 1)].join('\\s+');
        const readings = new Set([...flatOcr.matchAll(new RegExp(pattern, 'gu'))].map((m) => m[1]));
        if (readings.size !== 1) return null;
        const [chars] = readings;
        if (undecodableCount(chars) > 0) return null;
        replaced.push(chars);
        words[k] = before + chars + after;
      }
    }
    lines[li] = words.join('');
  }
  return { text: lines.join('\n'), replaced };
}
