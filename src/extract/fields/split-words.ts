/**
 * Label words a PDF's text layer split apart. Some renderers space the letters of a font apart (a
 * wide `r`: `Br uttosumme 215,07`, `Zahlbetr ag`, `Ver käufer`), and the reader puts a space where
 * the gap is wide. A pair of fragments is joined when together they make a label word of the
 * lexicon that the pair as written does not (`Bruttosumme`: a total; `Br uttosumme`: nothing),
 * the second starting in lower case, as the rest of a word does. The join keeps each line's length
 * (the space moves after the word), so every amount, date and number stays where it was read.
 * Words no label holds (names: `Liefer ant GmbH`) are left as printed: nothing here says where
 * they were split.
 */
import type { PageText } from '../types.js';
import { AMOUNT, DATE, NUMBER, type CueMatcher, type CueSet } from './lexicon.js';

const MATCHERS: CueMatcher<CueSet>[] = [AMOUNT, DATE, NUMBER];

/**
 * A word of letters only. Every class's regex matches after no letter and before no letter
 * (compileCues: `(?<![\p{L}\d])` ... `(?![\p{L}])`), so in such a word its one possible match is
 * the whole word: the class regexes as compiled answer "is this word, whole, a label of the class".
 */
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The class regexes anchored at both ends, for a word that holds other characters (a misread
 * `Tota1`, `n°`), where a match inside the word is no match of the whole. Compiled on first need:
 * V8 compiles a regex (and compiles it again to machine code) on its first tests, and these 26
 * cost ~0.22 s of CPU in every process and thread that reads fields; a text layer's words are
 * mostly letters only, so most never need them.
 */
let wordMatchers: Record<string, RegExp>[] | null = null;
const whole = (re: RegExp): RegExp => new RegExp(`^(?:${re.source})$`, re.flags);
const wordMatchersOf = (): Record<string, RegExp>[] =>
  (wordMatchers ??= MATCHERS.map((m) => Object.fromEntries(Object.entries(m).map(([k, re]) => [k, whole(re)]))));

/**
 * Whether `word` is, whole, a label of some class (also misread.ts's test of a mended word). Class
 * by class, not by one regex of every class joined (~23K characters, flags iu): that one cost ~0.25 s
 * of CPU to compile and tier up, in every process and thread that reads fields. The answer is the
 * same: the classes share their flags (iu) and hold no back-reference, so the joined regex matched
 * exactly when one of them does.
 */
export const isWholeLabel = (word: string): boolean =>
  (LETTERS_ONLY.test(word) ? MATCHERS : wordMatchersOf()).some((m) => Object.values(m).some((re) => re.test(word)));

/** The lexicon classes `text` shows, as `set:class` keys. */
export function classesOf(text: string): Set<string> {
  const out = new Set<string>();
  MATCHERS.forEach((m, i) => {
    for (const [k, re] of Object.entries(m)) if (re.test(text)) out.add(`${i}:${k}`);
  });
  return out;
}

/** Whether `a` + `b` (letters only) is a label word that `a b` as written is not. */
function splitLabelUncached(a: string, b: string): boolean {
  // Letters only (joinSplitLabels): a class the joined word shows is one it is, whole (LETTERS_ONLY).
  const joined = classesOf(a + b);
  if (!joined.size) return false;
  const written = classesOf(`${a} ${b}`);
  return [...joined].some((k) => !written.has(k));
}

/**
 * Answers of `splitLabelUncached` by pair (a pure function of the two words: the same pairs recur
 * on every page, and the regexes are the costly part). Emptied when full, so memory stays bounded.
 */
const SPLIT_SEEN = new Map<string, boolean>();
const SPLIT_SEEN_MAX = 20_000;

function splitLabel(a: string, b: string): boolean {
  const key = `${a} ${b}`;
  let r = SPLIT_SEEN.get(key);
  if (r === undefined) {
    if (SPLIT_SEEN.size >= SPLIT_SEEN_MAX) SPLIT_SEEN.clear();
    r = splitLabelUncached(a, b);
    SPLIT_SEEN.set(key, r);
  }
  return r;
}

/** A line with its split label words joined (same length: the space moves after the word). */
export function joinSplitLabels(line: string): string {
  if (!/\p{L} \p{Ll}/u.test(line)) return line;
  const words = line.split(/( +)/);
  for (let i = 0; i + 2 < words.length; i += 2) {
    const [a, gap, b] = [words[i], words[i + 1], words[i + 2]];
    if (gap !== ' ' || !/^\p{L}+$/u.test(a) || !/^\p{Ll}+/u.test(b)) continue;
    const m = /^\p{L}+/u.exec(b)![0];
    if (a.length + m.length < 5 || !splitLabel(a, m)) continue;
    // "Br" " " "uttosumme:" -> "Bruttosumme" + ":" and the space after.
    words[i] = a + m;
    words[i + 2] = b.slice(m.length);
    words[i + 1] = '';
    if (words[i + 2] === '') words[i + 3] = ` ${words[i + 3] ?? ''}`;
    else words[i + 2] = `${words[i + 2]} `;
  }
  return words.join('');
}

/** The pages with their split label words joined, line by line (their text's length kept). */
export function withSplitLabelsJoined(pages: PageText[]): PageText[] {
  return pages.map((p) => {
    if (!/\p{L} \p{Ll}/u.test(p.text)) return p;
    const text = p.text.split('\n').map(joinSplitLabels).join('\n');
    return text === p.text ? p : { ...p, text };
  });
}
