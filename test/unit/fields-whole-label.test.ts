/**
 * split-words.ts isWholeLabel: "is this word, whole, a label of some lexicon class", tested class by
 * class instead of by one regex of every class joined (~23K characters), which cost every process
 * that reads fields ~0.7 s of CPU to compile (a one-document `extract`: 2.70 -> 1.96 CPU s). The
 * answers must be the joined regex's: here both are asked about label words of every set (and words
 * split or misread as the text layer and OCR give them), ordinary words and names. A word of letters
 * only is asked of the class regexes as compiled (their match in it can only be the whole word), so
 * the 26 anchored copies are compiled only for a word with other characters (~0.22 s of CPU saved in
 * every field thread of a text PDF run): both answers are compared on words of either kind.
 */
import { describe, expect, it } from 'vitest';
import { AMOUNT, DATE, NUMBER } from '../../src/extract/fields/lexicon.js';
import { classesOf, isWholeLabel, joinSplitLabels } from '../../src/extract/fields/split-words.js';
import { mendMisreadLabels } from '../../src/extract/fields/misread.js';

/** The regex split-words.ts tested with before: every class of every set joined, anchored at both ends. */
const JOINED = new RegExp(`^(?:${[AMOUNT, DATE, NUMBER].flatMap((m) => Object.values(m).map((re) => `(?:${re.source})`)).join('|')})$`, 'iu');

const LABELS = ['Bruttosumme', 'Zahlbetrag', 'Rechnungsnummer', 'Total', 'Subtotal', 'Nettobetrag', 'Rechnungsdatum', 'Invoice', 'Datum', 'Trinkgeld', 'Pourboire', 'Rückgeld', 'Gesamtbetrag', 'Facture', 'Échéance', 'Fälligkeitsdatum', 'Rabatt', 'Versandkosten', 'Rundung', 'Anzahlung'];
/** Words with other characters than letters: a class regex may match inside them and not the whole. */
const MIXED = ['Total:', 'Nr.', 'No.', 'n°', 'N°', 'Rechnungs-Nr', 'Rechnungsnr1', '1Total', 'Total1', '|otal', 'G1asreinigung', 'Zah1bar', 'MwSt.', 'T0tal', 'Datum:', 'Inv#'];
const OTHERS = ['Lieferant', 'Hammer', 'Corner', 'Quarry', 'Bluegill', 'Vauclair', 'Musterstadt', 'Br', 'uttosumme', 'Gesarntbetrag', 'Rechnungsnurnmer', 'Tota1', 'xyzzy', 'Kessler', 'Werkstatt', 'Schraube'];

describe('isWholeLabel (split-words.ts): the joined regex answers, class by class', () => {
  it.each([...LABELS, ...OTHERS, ...MIXED])('%s', (w) => {
    expect(isWholeLabel(w)).toBe(JOINED.test(w));
    expect(isWholeLabel(w.toUpperCase())).toBe(JOINED.test(w.toUpperCase()));
  });

  it('the words asked about hold labels and non-labels of either answer (the comparison can tell them apart)', () => {
    const answers = [...LABELS, ...OTHERS].map((w) => JOINED.test(w));
    expect(answers.filter(Boolean).length).toBeGreaterThan(10);
    expect(answers.filter((a) => !a).length).toBeGreaterThan(10);
  });

  it('the two passes that ask it still join a split label and mend a misread one, and leave names alone', () => {
    expect(joinSplitLabels('Br uttosumme 215,07')).toBe('Bruttosumme  215,07');
    expect(joinSplitLabels('Liefer ant GmbH')).toBe('Liefer ant GmbH');
    expect(mendMisreadLabels('Gesarntbetrag 12,00')).toBe('Gesamtbetrag  12,00');
    expect(mendMisreadLabels('Corner Shop')).toBe('Corner Shop');
  });
});

describe('a word of letters only: the class regexes as compiled answer as the anchored ones (split-words.ts LETTERS_ONLY)', () => {
  const anchored = [AMOUNT, DATE, NUMBER].map((m) => Object.entries(m).map(([k, re]) => [k, new RegExp(`^(?:${re.source})$`, re.flags)] as const));
  const anchoredClasses = (w: string) => new Set(anchored.flatMap((m, i) => m.filter(([, re]) => re.test(w)).map(([k]) => `${i}:${k}`)));
  // Every word and every pair joined, as joinSplitLabels asks about a split label ("Br" + "uttosumme").
  const words = [...LABELS, ...OTHERS].filter((w) => /^\p{L}+$/u.test(w));
  const joined = words.flatMap((a) => words.map((b) => a + b.toLowerCase()));

  it('the same classes for every word and pair', () => {
    const differ = [...words, ...words.map((w) => w.toUpperCase()), ...joined].filter((w) => {
      const [a, b] = [classesOf(w), anchoredClasses(w)];
      return a.size !== b.size || [...a].some((k) => !b.has(k));
    });
    expect(differ).toEqual([]);
    expect(joined.length).toBeGreaterThan(1000);
    expect(words.filter((w) => anchoredClasses(w).size > 0).length).toBeGreaterThan(10);
  });

  it('control: with other characters the two differ, which is why such words are asked of the anchored ones', () => {
    // "Total:" holds the label Total, so the class regex matches in it; the whole word is no label.
    expect(classesOf('Total:').size).toBeGreaterThan(0);
    expect(anchoredClasses('Total:').size).toBe(0);
    expect(isWholeLabel('Total:')).toBe(false);
    expect(isWholeLabel('Total')).toBe(true);
  });
});
