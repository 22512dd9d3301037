/**
 * Control characters from file names, documents and messages never reach the terminal: a file
 * called `\e]0;pwned\a.pdf` would set the window title, `\e[2J` would clear the screen. Every
 * string docparse writes to stdout or stderr passes through `terminalSafe`, which writes control
 * characters as `\u001b` (a form that is also a valid escape inside JSON strings, so --json output
 * keeps its meaning) and lets through only the sequences docparse itself emits: colours (SGR) and
 * the cursor and line controls of its progress display and spinner.
 */

import { shownPath } from '../raw-names.js';

/** CSI sequences docparse's own output uses: SGR colours (m), erase in line (K), erase below (J, 0J), cursor moves (A-G), show/hide cursor (?25h/l). */
const OWN = /^\x1b\[(?:[0-9;]*[mKABCDG]|0?J|\?25[hl])/;
// C0 controls except tab, newline and carriage return; DEL; C1 controls; Unicode bidi overrides.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function terminalSafe(text: string): string {
  // Bytes of a file name that are not UTF-8 (kept as lone surrogates, raw-names.ts) show as \xNN.
  const s = shownPath(text);
  if (!/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/.test(s)) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const esc = s.indexOf('\x1b', i);
    const end = esc < 0 ? s.length : esc;
    out += s.slice(i, end).replace(CONTROL, hex4);
    if (esc < 0) break;
    const own = OWN.exec(s.slice(esc, esc + 16));
    if (own) {
      out += own[0];
      i = esc + own[0].length;
    } else {
      out += hex4('\x1b');
      i = esc + 1;
    }
  }
  return out;
}

/** Routes every string written to `stream` through terminalSafe. */
export function guardStream(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (...a: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest)) as typeof stream.write;
}

/** The CLI entry's call: file names and document text may hold escape codes; none reaches the terminal. */
export function guardOutput(): void {
  guardStream(process.stdout);
  guardStream(process.stderr);
}
