/**
 * Labels of dates that are not the document's own: a payment's made, a journey's (a rail or air ticket prints the
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
    // The day a payment was made ("Date du paiement : 2 mars", "Bezahlt am", "Paid on"): a receipt's payment, not the day it was written.
    'date\\s*du\\s*(?:paiement|r[èe]glement|versement)', 'datum\\s*der\\s*zahlung', 'bezahlt\\s*am', 'paid\\s*on', 'date\\s*paid', 'payment\\s*(?:made|received)\\s*on',
    'pagato\\s*il', 'data\\s*del\\s*pagamento', 'pagado\\s*el', 'fecha\\s*del\\s*pago', 'betaald\\s*op', 'zap[łl]acono\\s*dnia',
    // A hire's pick-up and return ("Abholung 02.03.2026 08:00", "Rückgabe …", "Prise en charge", "Pick-up"): the rental's, not the invoice's.
    'abholung', 'r[üu]ckgabe', 'mietbeginn', 'mietende', '[üu]bergabe', 'pick\\s*-?\\s*up', 'drop\\s*-?\\s*off', 'return(?:ed)?', 'prise\\s*en\\s*charge', 'restitution', 'enl[èe]vement',
    'ritiro', 'riconsegna', 'ophalen', 'afhalen', 'inleveren', 'recogida', 'devoluci[óo]n',
    'reisdatum', 'heenreis', 'terugreis', 'vertrek(?:datum)?', 'viaggio', 'partenza', 'andata', 'ritorno', 'viaje', 'salida', 'vuelta', 'viagem', 'partida', 'volta', 'podr[óo][żz]y?', 'wyjazdu?', 'przyjazdu?',
  ],
} as const;

/**
 * A letter's place and date of signing, the date the document was made: "Fait à Rennes, le 3 mars
 * 2026" (a quittance, an attestation), "Fatto a Roma, il", "Hecho en Madrid, a", "Opgemaakt te Gent
 * op", "Berlin, den 3. März 2026", "Signed at Leeds on". Merged into the date lexicon's `issue`
 * class: on a page that prints a payment's or a period's date too, the signing date is its own.
 */
export const SIGNING_DATE_CUES = {
  issue: [
    'fait\\s*[àa]\\s*\\p{L}[\\p{L}\'’ -]*,?\\s*(?:le)?', 'fatto\\s*a\\s*\\p{L}[\\p{L}\'’ -]*,?\\s*(?:il|l[ìi])?', 'hecho\\s*en\\s*\\p{L}[\\p{L} -]*,?\\s*(?:a|el)?',
    'opgemaakt\\s*te\\s*\\p{L}[\\p{L}\' -]*,?\\s*(?:op)?', '(?:signed|done)\\s*(?:at|in)\\s*\\p{L}[\\p{L} -]*,?\\s*(?:on)?', '\\p{Lu}[\\p{L}-]+,\\s*den',
  ],
} as const;

/**
 * Deadlines worded as a request rather than a term, as a label with its colon: "Zahlung bis: 26.03.2026",
 * "Zahlung bitte bis zum:", "Überweisung bis:", "Paiement avant le :", "Payment by:". Merged into the date lexicon's `due`
 * class, whose own "zahlbar bis" and "à régler avant" take the adjective and verb forms.
 */
export const DEADLINE_DATE_CUES = {
  // With their colon only: the same words open a sentence of discount terms ("Zahlung bis 19.01.2026 abzüglich 2 % Skonto"), over another date.
  due: ['(?:(?:zahlung|[üu]berweisung|begleichung)\\s*(?:bitte\\s*)?bis(?:\\s*(?:zum|sp[äa]testens))?|paiement\\s*(?:au\\s*plus\\s*tard\\s*)?(?:avant\\s*le|le|au)|payment\\s*by|betaling\\s*(?:v[óo][óo]r|uiterlijk)|pagamento\\s*entro(?:\\s*il)?)\\s*:'],
} as const;
