/**
 * Titles of a corrected invoice ("Rechnungskorrektur", "factura rectificativa", "faktura
 * korygująca", "korekta", "opravný daňový doklad", "facture rectificative"). EN 16931 codes such a
 * document 384, "corrected invoice", and counts it an invoice: the same document type follows from the
 * title here, a credit note only when what it corrects is refunded (a negative total, or a negative
 * amount at a labelled total: doctype.ts), as documentTypeFromCode does with code 384.
 * Phrases are regex sources, as in lexicon.ts.
 */
export const CORRECTION_TITLES = ['rechnungskorrektur', 'factura\\s*rectificativa', 'facture\\s*rectificative', 'faktura\\s*korekt\\S*', 'faktura\\s*koryguj\\S*', 'korekta', 'opravn[ýy]\\s*da[ňn]ov[ýy]\\s*doklad'];

export const CORRECTION_TITLE = new RegExp(`(?<![\\p{L}])(?:${CORRECTION_TITLES.join('|')})(?![\\p{L}])`, 'iu');
