/**
 * Luxembourgish, Maltese and Welsh labels (the fourteenth sweep's languages), merged into the
 * lexicon's classes like its other language blocks. Luxembourgish prints the due date as "Bezuelt
 * bis" ("paid by") or "Ze bezuelen bis", the net "ouni TVA" and the gross "mat TVA"; Maltese the due
 * date as "Data tal-Ħlas" (the date of payment) or "Dovut sa", the net "mingħajr VAT"; Welsh
 * "Anfoneb" (invoice), "Rhif" (number), "Dyddiad talu" or "Talu erbyn" (due), "Is-gyfanswm"
 * (subtotal), "TAW" (VAT), "Cyfanswm i'w dalu" (total to pay). Phrases are regex sources, as in
 * lexicon.ts.
 */
export const ISLES_AMOUNT_CUES = {
  totalStrong: ['total\\s*mat\\s*tva', 'total\\s*dovut', 'cyfanswm\\s*i[\'’]w\\s*dalu', 'cyfanswm\\s*(?:gan\\s*gynnwys|gyda)\\s*taw'],
  totalWeak: ['cyfanswm', 'ammont'],
  due: ['ze\\s*bezuelen', 'i[\'’]w\\s*dalu', 'dovut', 'swm\\s*dyledus'],
  net: ['total\\s*ouni\\s*tva', 'total\\s*ming[ħh]ajr\\s*(?:il\\s*-?\\s*)?vat', 'is\\s*-?\\s*gyfanswm', 'cyfanswm\\s*(?:heb|cyn)\\s*taw'],
  tax: ['taw'],
  excl: ['ouni', 'ming[ħh]ajr', 'heb(?=\\s*taw)', 'cyn(?=\\s*taw)'],
  incl: ['mat\\s*tva', 'inklu[żz]a?\\s*(?:il\\s*-?\\s*)?vat', 'gan\\s*gynnwys\\s*taw', 'gyda\\s*taw'],
  item: ['quantit[ée]it', 'pr[äa]is', 'kwantit[àa]', 'prezz', 'nifer'],
} as const;

export const ISLES_DATE_CUES = {
  issue: ['data\\s*tal\\s*-?\\s*fattura', 'dyddiad\\s*(?:yr\\s*)?anfoneb'],
  generic: ['dyddiad'],
  due: ['bezuelt\\s*bis', 'ze\\s*bezuelen\\s*bis', 'data\\s*tal\\s*-?\\s*[ħh]las', 'dovut\\s*sa', 'dyddiad\\s*(?:talu|dyledus)', 'talu\\s*erbyn', 'i[\'’]w\\s*dalu\\s*erbyn'],
} as const;

export const ISLES_NUMBER_CUES = {
  invoice: ['anfoneb'],
  number: ['rhif', 'numru'],
  compound: ['rhif\\s*(?:yr\\s*)?anfoneb', 'numru\\s*tal\\s*-?\\s*fattura'],
  // The VAT number ("Rhif TAW") and the bank account ("rhif cyfrif") are numbers of something else.
  other: ['taw', 'cyfrif', 'c[ôo]d\\s*didoli', 'cwsmer', 'klijent'],
} as const;

export const ISLES_DOCUMENT_CUES = {
  creditNote: ['nodyn\\s*credyd', 'nota\\s*ta[’\']\\s*kreditu'],
  invoice: ['anfoneb'],
} as const;
