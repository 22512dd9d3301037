/**
 * Words that tell a proof of payment from an invoice when the page never names itself an invoice
 * (doctype.ts): the stems of every lexicon language's invoice word, a ride's fare (a taxi's or a
 * ticket's) and a statement that the amount was paid. Phrases are regex sources, as in lexicon.ts.
 */
import { compileCues } from './lexicon.js';

export const PROOF_CUES = {
  /**
   * Stems of the invoice word, matched inside compounds ("Rechnungsnummer", "Abrechnung", "facturé",
   * "fakturace", "računa"), and the English verb forms of "bill".
   */
  invoiceStem: [
    '\\p{L}*(?:invoice|rechnung|factur|factuur|fattur|faktur|fakt[úu]r|fatur|lasku|sz[áa]ml|ra[čc]un|r[ēe][ķk]in|s[ąa]skait|reikning|anfoneb|τιμολ|фактур|рахун)\\p{L}*',
    'bill(?:ed|ing)?', 'arve', 'da[ňn]ov[ýy]\\s*doklad', 'nota\\s*fiscal',
  ],
  /** A ride's fare as its amount's label ("Fahrpreis EUR 34,60", "Prix course", "Fare"). */
  fare: [
    'fahrpreis', 'fahrgeld', 'bef[öo]rderungsentgelt', 'prix\\s*(?:de\\s*la\\s*)?course', 'fare', 'taxi\\s*fare', 'ritprijs', 'ritbedrag',
    'prezzo\\s*(?:della\\s*)?corsa', 'importo\\s*(?:della\\s*)?corsa', 'precio\\s*(?:del\\s*)?(?:viaje|trayecto)', 'importe\\s*(?:del\\s*)?viaje', 'pre[çc]o\\s*(?:da\\s*)?viagem',
    'cena\\s*przejazdu', 'j[íi]zdn[ée]',
  ],
  /** The amount said paid ("Total payé", "Payé par carte", "Amount paid", "Bezahlt mit Karte", "Platba kartou"). */
  paid: [
    '(?:total|montant|somme)\\s*(?:pay[ée]e?|r[ée]gl[ée]e?)', 'pay[ée]e?\\s*(?:par|en|le)', '(?:total|amount)\\s*paid', 'paid\\s*(?:by|with|on|in\\s*cash)',
    '(?:bezahlt|gezahlt)(?:\\s*(?:mit|per|am|bar|in\\s*bar))?', 'betaald(?:\\s*(?:met|per|op))?', '(?:importo\\s*)?pagato(?:\\s*(?:con|il|in))?', '(?:importe\\s*)?pagado(?:\\s*(?:con|el|en))?',
    'pago\\s*(?:con|en)\\s*tarjeta', 'zap[łl]acono', 'zaplaceno', 'platba\\s*(?:kartou|v\\s*hotovosti)', 'uhrazeno',
  ],
} as const;

export const PROOF = compileCues(PROOF_CUES);
