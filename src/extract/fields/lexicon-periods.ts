/**
 * Labels of dates that are not the document's own: a journey's (a rail or air ticket prints the
 * travel date first, before the invoice block: "Hinfahrt am", "Reisedatum", "date du voyage",
 * "aller", "Travel date"), and periods named by a compound ("Abrechnungszeitraum",
 * "Leistungszeitraum", "Rechnungsperiode"), which the lexicon's whole-word match of "Zeitraum" and
 * "Periode" does not see. Merged into the date lexicon's `other` class (lexicon.ts), whose dates yield
 * to one under the document's own date label (decide.ts). Phrases are regex sources, as in lexicon.ts.
 */
export const PERIOD_DATE_CUES = {
  other: [
    // German: the journey and its legs, a stay; compound periods.
    'reise(?:datum|tag|zeitraum|beginn|ende)?', '(?:hin|r[üu]ck|ab|weiter)fahrt\\S*', 'fahrt\\s*-?\\s*(?:tag|datum)', 'fahrtag', 'aufenthalt\\S*',
    '\\p{L}+zeitraum\\S*', '\\p{L}+periode',
    // French: the journey, outward and return, a stay.
    'voyage', 'trajet', 'aller', 'retour', 'date\\s*du\\s*voyage', 's[ée]jour',
    // English, Dutch, Italian, Spanish, Portuguese, Polish.
    'travel(?:\\s*date)?', 'journey', 'trip', 'outbound', 'inbound', 'return\\s*(?:journey|trip|date)', 'flight(?:\\s*date)?',
    'reisdatum', 'heenreis', 'terugreis', 'vertrek(?:datum)?', 'viaggio', 'partenza', 'andata', 'ritorno', 'viaje', 'salida', 'vuelta', 'viagem', 'partida', 'volta', 'podr[óo][żz]y?', 'wyjazdu?', 'przyjazdu?',
  ],
} as const;
