/**
 * `cues` with its answers kept by text: a label's text recurs for every amount, date and number it
 * names, and on every document of a batch, and each call tests every class's regex. `cues` is a pure
 * function of the matcher and the text; callers get their own copy (some delete classes from it).
 * Emptied when full, so memory stays bounded.
 */
import { cues, type CueMatcher, type CueSet } from './lexicon.js';

const SEEN = new WeakMap<object, Map<string, Set<PropertyKey>>>();
const SEEN_MAX = 20_000;

export function cuesSeen<T extends CueSet>(m: CueMatcher<T>, text: string): Set<keyof T> {
  let seen = SEEN.get(m);
  if (!seen) SEEN.set(m, (seen = new Map()));
  let found = seen.get(text) as Set<keyof T> | undefined;
  if (!found) {
    if (seen.size >= SEEN_MAX) seen.clear();
    found = cues(m, text);
    seen.set(text, found as Set<PropertyKey>);
  }
  return new Set(found);
}
