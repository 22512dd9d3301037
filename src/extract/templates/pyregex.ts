/**
 * Python `re` patterns (as written in invoice2data templates) translated to JavaScript RegExp.
 * Python semantics kept where they differ from JS: `(?P<n>`, `(?P=n)`, inline flags, `\Z`, `\A`,
 * `$` before a final newline, Unicode `\w`, lenient escapes and literal `{`.
 */

export class PyRegexError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`cannot translate Python regex ${JSON.stringify(pattern)}: ${reason}`);
    this.name = 'PyRegexError';
  }
}

const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));
const WORD = '\\p{L}\\p{N}\\p{M}_';
const cache = new Map<string, RegExp>();

/** Translates a Python pattern; `flags` are extra JS flags (`g`, `m` ...). Throws PyRegexError. */
export function pyRegex(pattern: string, flags = ''): RegExp {
  const key = `${flags}\u0000${pattern}`;
  const hit = cache.get(key);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  const { source, flags: inline } = translate(pattern);
  const all = new Set((flags + inline + 'u').split(''));
  let re: RegExp;
  try {
    re = new RegExp(source, [...all].join(''));
  } catch (e) {
    throw new PyRegexError(pattern, (e as Error).message);
  }
  cache.set(key, re);
  return re;
}

function translate(p: string): { source: string; flags: string } {
  let flags = '';
  // Inline global flags may appear anywhere in older Python; collect them first.
  const body = p.replace(/\(\?([aiLmsux]+)\)/g, (_m, f: string) => {
    flags += f;
    return '';
  });
  if (/\(\?[aiLmsux-]+:/.test(body)) {
    // Scoped flags (?i:...) are not supported by Node 20: apply them to the whole pattern.
  }
  const verbose = flags.includes('x');
  const multiline = flags.includes('m');
  let out = '';
  let inClass = false;
  let classStart = false;
  let lastClassEscape = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (verbose && !inClass) {
      if (/\s/.test(c)) continue;
      if (c === '#') {
        while (i < body.length && body[i] !== '\n') i++;
        continue;
      }
    }
    if (c === '\\') {
      const n = body[i + 1];
      if (n === undefined) throw new PyRegexError(p, 'trailing backslash');
      i++;
      if (/[A-Za-z0-9]/.test(n)) {
        if (n === 'Z' || n === 'z') out += '(?![\\s\\S])';
        else if (n === 'A') out += '(?<![\\s\\S])';
        else if (n === 'w') {
          out += inClass ? WORD : `[${WORD}]`;
          lastClassEscape = inClass;
          classStart = false;
          continue;
        } else if (n === 'W') {
          out += inClass ? '\\W' : `[^${WORD}]`;
          lastClassEscape = inClass;
          classStart = false;
          continue;
        } else if (n === 'd' || n === 'D' || n === 's' || n === 'S') {
          out += '\\' + n;
          lastClassEscape = inClass;
          classStart = false;
          continue;
        } else if (/[bBnrtfv0-9]/.test(n)) out += '\\' + n;
        else if (n === 'x') {
          out += '\\x' + body.slice(i + 1, i + 3);
          i += 2;
        } else if (n === 'u' || n === 'U') {
          const len = n === 'u' ? 4 : 8;
          const cp = parseInt(body.slice(i + 1, i + 1 + len), 16);
          out += `\\u{${cp.toString(16)}}`;
          i += len;
        } else if (n === 'N') throw new PyRegexError(p, '\\N{...} escapes are not supported');
        else out += n; // Python treats unknown ASCII-letter escapes as errors; be lenient
      } else if (SYNTAX.has(n) || (inClass && n === '-')) out += '\\' + n;
      else out += n;
      lastClassEscape = false;
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === ']' && !classStart) inClass = false;
      if (c === '-' && lastClassEscape) out += '\\-';
      else if (c === '-' && body[i + 1] === '\\' && /[dDsSwW]/.test(body[i + 2] ?? '') && body[i + 3] !== undefined) out += '\\-';
      else if (c === '[') out += '\\[';
      else out += c === ']' && classStart ? '\\]' : c;
      classStart = false;
      lastClassEscape = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (body[i + 1] === '^') {
        out += '^';
        i++;
      }
      classStart = true;
      continue;
    }
    if (c === '(' && body[i + 1] === '?') {
      const rest = body.slice(i + 2);
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      const back = /^P=(\w+)\)/.exec(rest);
      if (back) {
        out += `\\k<${back[1]}>`;
        i += 2 + back[0].length - 1;
        continue;
      }
      if (rest.startsWith('#')) {
        const end = body.indexOf(')', i);
        i = end < 0 ? body.length : end;
        continue;
      }
      const scoped = /^([aiLmsux]*)(?:-[imsx]+)?:/.exec(rest);
      if (scoped && scoped[0].length > 1) {
        flags += scoped[1];
        out += '(?:';
        i += 1 + scoped[0].length;
        continue;
      }
      if (rest.startsWith('>')) throw new PyRegexError(p, 'atomic groups (?>...) are not supported');
      if (rest.startsWith('(')) throw new PyRegexError(p, 'conditional groups (?(...)) are not supported');
    }
    if (c === '{') {
      const q = /^\{(\d+(,\d*)?|,\d+)\}/.exec(body.slice(i));
      if (q) {
        const inner = q[1].startsWith(',') ? '0' + q[1] : q[1];
        out += `{${inner}}`;
        i += q[0].length - 1;
        if (body[i + 1] === '+') throw new PyRegexError(p, 'possessive quantifiers are not supported');
      } else out += '\\{';
      continue;
    }
    if (c === '}' || c === ']') {
      out += '\\' + c;
      continue;
    }
    if ((c === '+' || c === '*' || c === '?') && body[i + 1] === '+' && c !== '?') {
      throw new PyRegexError(p, 'possessive quantifiers are not supported');
    }
    if (c === '$' && !multiline) {
      out += '(?=\\n?(?![\\s\\S]))';
      continue;
    }
    out += c;
  }
  if (inClass) throw new PyRegexError(p, 'unterminated character set');
  const js = [...new Set(flags.split(''))].filter((f) => f === 'i' || f === 'm' || f === 's').join('');
  return { source: out, flags: js };
}

/** Python `re.search`. */
export function pySearch(pattern: string, text: string): RegExpExecArray | null {
  const re = pyRegex(pattern);
  re.lastIndex = 0;
  return re.exec(text);
}

/** Python `re.findall`: full match, the single group, or a tuple (array) for several groups. */
export function pyFindall(pattern: string, text: string): { value: string | string[]; index: number }[] {
  const re = pyRegex(pattern, 'g');
  re.lastIndex = 0;
  const out: { value: string | string[]; index: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') re.lastIndex++;
    const groups = m.length - 1;
    const value = groups === 0 ? m[0] : groups === 1 ? (m[1] ?? '') : m.slice(1).map((g) => g ?? '');
    out.push({ value, index: m.index });
  }
  return out;
}

/** Python `re.sub` with a Python replacement string (`\1`, `\g<name>`). */
export function pySub(pattern: string, repl: string, text: string): string {
  const re = pyRegex(pattern, 'g');
  const js = repl.replace(/\$/g, '$$$$').replace(/\\g<(\w+)>/g, (_m, g: string) => (/^\d+$/.test(g) ? `$${g}` : `$<${g}>`)).replace(/\\(\d+)/g, '$$$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  return text.replace(re, js);
}

/** Python `re.split` (no capture groups expected). */
export function pySplit(pattern: string, text: string): string[] {
  return text.split(pyRegex(pattern, 'g'));
}

/** Named groups of a match, Python `groupdict()` style (undefined when a group did not take part). */
export function groupDict(m: RegExpExecArray): Record<string, string | undefined> {
  return { ...(m.groups ?? {}) };
}
