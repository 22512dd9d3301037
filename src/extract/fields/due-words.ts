/**
 * Due-date labels as OCR misreads them on a photographed or scanned page ("Faliig" for Fällig,
 * "Zahibar bis" for Zahlbar bis, "Echeancc" for Échéance): one letter read as another, the word's
 * length kept, or one letter too many ("Echeéance": the line's length kept with a space after it).
 * Only these long label words, each of which a page prints beside its deadline, and only one letter
 * off: a looser match would read ordinary words as labels. For OCR'd pages only
 * (dates.ts), as `mendTotalWord` mends the total's label for amounts.
 */
import { fold } from '../normalize.js';
import { editDistance } from './lexicon.js';

/** The labels, as printed (German, French, Dutch, Italian, Spanish, Portuguese, English). */
const DUE_WORDS = ['Fällig', 'Fälligkeit', 'Fälligkeitsdatum', 'Zahlbar', 'Zahlungsziel', 'Zahlungstermin', 'Échéance', 'Vervaldatum', 'Vervaldag', 'Scadenza', 'Vencimiento', 'Vencimento', 'Payable'];
const BY_LENGTH = new Map<number, { word: string; folded: string }[]>();
for (const word of DUE_WORDS) {
  const folded = fold(word);
  BY_LENGTH.set(word.length, [...(BY_LENGTH.get(word.length) ?? []), { word, folded }]);
}

/** The number of places two strings of one length differ at, or more than 1 once it is known to be. */
function lettersOff(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length && n < 2; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** `text` with each word one letter off a due label put right (the text's length kept, so positions in it hold). */
export function mendDueWords(text: string): string {
  return text.replace(/(?<![\p{L}\d])[\p{L}\d]{6,16}(?![\p{L}\d])/gu, (w) => {
    const same = BY_LENGTH.get(w.length);
    if ((!same && !BY_LENGTH.has(w.length - 1)) || !/^\p{L}/u.test(w)) return w;
    const k = fold(w);
    // fold keeps the length of a precomposed letter (ä is a, É is e); anything else is no word of the list.
    if (k.length !== w.length) return w;
    // One letter read as another, or one letter too many ("Echeéance": the accent read as a letter of its own).
    const hit = same?.find((d) => lettersOff(k, d.folded) === 1) ?? BY_LENGTH.get(w.length - 1)?.find((d) => editDistance(k, d.folded, 1) === 1);
    if (!hit) return w;
    return (w === w.toUpperCase() ? hit.word.toUpperCase() : hit.word).padEnd(w.length, ' ');
  });
}
