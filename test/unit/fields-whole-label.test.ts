/**
 * split-words.ts isWholeLabel: "is this word, whole, a label of some lexicon class", tested class by
 * class instead of by one regex of every class joined (~23K characters), which cost every process
 * that reads fields ~0.7 s of CPU to compile (a one-document `extract`: 2.70 -> 1.96 CPU s). The
 * answers must be the joined regex's: here both are asked about label words of every set (and words
 * split or misread as the text layer and OCR give them), ordinary words and names.
 */
import { describe, expect, it } from 'vitest';
import { AMOUNT, DATE, NUMBER } from '../../src/extract/fields/lexicon.js';
import { isWholeLabel, joinSplitLabels } from '../../src/extract/fields/split-words.js';
import { mendMisreadLabels } from '../../src/extract/fields/misread.js';

/** The regex split-words.ts tested with before: every class of every set joined, anchored at both ends. */
const JOINED = new RegExp(`^(?:${[AMOUNT, DATE, NUMBER].flatMap((m) => Object.values(m).map((re) => `(?:${re.source})`)).join('|')})$`, 'iu');

const LABELS = ['Bruttosumme', 'Zahlbetrag', 'Rechnungsnummer', 'Total', 'Subtotal', 'Nettobetrag', 'Rechnungsdatum', 'Invoice', 'Datum', 'Trinkgeld', 'Pourboire', 'Rückgeld', 'Gesamtbetrag', 'Facture', 'Échéance', 'Fälligkeitsdatum', 'Rabatt', 'Versandkosten', 'Rundung', 'Anzahlung'];
const OTHERS = ['Lieferant', 'Hammer', 'Corner', 'Quarry', 'Bluegill', 'Vauclair', 'Musterstadt', 'Br', 'uttosumme', 'Gesarntbetrag', 'Rechnungsnurnmer', 'Tota1', 'xyzzy', 'Kessler', 'Werkstatt', 'Schraube'];

describe('isWholeLabel (split-words.ts): the joined regex answers, class by class', () => {
  it.each([...LABELS, ...OTHERS])('%s', (w) => {
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
