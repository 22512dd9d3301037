/**
 * Luxembourgish, Maltese and Welsh labels (the fourteenth sweep's languages), merged into the
 * lexicon's classes like its other language blocks. Luxembourgish prints the due date as "Bezuelt
 * bis" ("paid by") or "Ze bezuelen bis", the net "ouni TVA" and the gross "mat TVA"; Maltese the due
 * date as "Data tal-Ħlas" (the date of payment) or "Dovut sa", the net "mingħajr VAT"; Welsh
 * "Anfoneb" (invoice), "Rhif" (number), "Dyddiad talu" or "Talu erbyn" (due), "Is-gyfanswm"
 * (subtotal), "TAW" (VAT), "Cyfanswm i'w dalu" (total to pay). Irish (the eighteenth sweep's):
 * "Sonrasc" (invoice), "Uimhir sonraisc" (its number), "Dáta dlite" (due date), "Glan" (net),
 * "CBL" (VAT), "Iomlán le híoc" (total to pay). Faroese: "Rokningur" (invoice), "Dagfesting"
 * (date), "Gjaldkomudagur" (due date), "uttan MVG" (without VAT), "MVG" (VAT), "At gjalda" (to pay),
 * "Tilsamans" (in all), "V-tal" (the VAT number). Phrases are regex sources, as in lexicon.ts.
 */
export const ISLES_AMOUNT_CUES = {
  totalStrong: ['ioml[áa]n\\s*le\\s*h[íi]oc', 'ioml[áa]n\\s*(?:le|san\\s*[áa]ireamh)\\s*cbl', 'at\\s*gjalda', 'tilsamans\\s*vi[ðd]\\s*mvg', 'total\\s*mat\\s*tva', 'total\\s*dovut', 'cyfanswm\\s*i[\'’]w\\s*dalu', 'cyfanswm\\s*(?:gan\\s*gynnwys|gyda)\\s*taw'],
  totalWeak: ['cyfanswm', 'ammont', 'ioml[áa]n', 'tilsamans'],
  due: ['ze\\s*bezuelen', 'i[\'’]w\\s*dalu', 'dovut', 'swm\\s*dyledus', 'le\\s*h[íi]oc', 'at\\s*gjalda'],
  net: ['glan', 'glan\\s*gan\\s*cbl', 'fo\\s*-?\\s*ioml[áa]n', 'tilsamans\\s*uttan\\s*mvg', 'uttan\\s*mvg', 'total\\s*ouni\\s*tva', 'total\\s*ming[ħh]ajr\\s*(?:il\\s*-?\\s*)?vat', 'is\\s*-?\\s*gyfanswm', 'cyfanswm\\s*(?:heb|cyn)\\s*taw'],
  tax: ['taw', 'cbl', 'mvg'],
  excl: ['gan(?=\\s*cbl)', 'uttan(?=\\s*mvg)', 'ouni', 'ming[ħh]ajr', 'heb(?=\\s*taw)', 'cyn(?=\\s*taw)'],
  incl: ['cbl\\s*san\\s*[áa]ireamh', 'vi[ðd](?=\\s*mvg)', 'mat\\s*tva', 'inklu[żz]a?\\s*(?:il\\s*-?\\s*)?vat', 'gan\\s*gynnwys\\s*taw', 'gyda\\s*taw'],
  item: ['m[ée]id', 'praghas', 'n[øo]gd', 'pr[íi]sur', 'quantit[ée]it', 'pr[äa]is', 'kwantit[àa]', 'prezz', 'nifer'],
} as const;

export const ISLES_DATE_CUES = {
  issue: ['d[áa]ta\\s*(?:an\\s*)?sonraisc', 'rokningar\\s*-?\\s*dagur', 'data\\s*tal\\s*-?\\s*fattura', 'dyddiad\\s*(?:yr\\s*)?anfoneb'],
  generic: ['dyddiad', 'd[áa]ta', 'dagfesting'],
  due: ['d[áa]ta\\s*dlite', 'dlite', 'gjaldkomudag\\S*', 'gjalddag\\S*', 'bezuelt\\s*bis', 'ze\\s*bezuelen\\s*bis', 'data\\s*tal\\s*-?\\s*[ħh]las', 'dovut\\s*sa', 'dyddiad\\s*(?:talu|dyledus)', 'talu\\s*erbyn', 'i[\'’]w\\s*dalu\\s*erbyn'],
} as const;

export const ISLES_NUMBER_CUES = {
  invoice: ['anfoneb', 'sonrasc', 'sonraisc', 'rokningur'],
  number: ['rhif', 'numru', 'uimhir', 'nummar'],
  compound: ['uimhir\\s*(?:an\\s*)?sonraisc', 'rokningar\\s*-?\\s*(?:nr|nummar)', 'rhif\\s*(?:yr\\s*)?anfoneb', 'numru\\s*tal\\s*-?\\s*fattura'],
  // The VAT number ("Rhif TAW") and the bank account ("rhif cyfrif") are numbers of something else.
  other: ['cbl', 'mvg', 'v\\s*-?\\s*tal', 'custaim\\S*', 'kunda\\S*', 'taw', 'cyfrif', 'c[ôo]d\\s*didoli', 'cwsmer', 'klijent'],
} as const;

export const ISLES_DOCUMENT_CUES = {
  creditNote: ['n[óo]ta\\s*creidmheasa', 'nodyn\\s*credyd', 'nota\\s*ta[’\']\\s*kreditu'],
  invoice: ['anfoneb', 'sonrasc', 'rokningur'],
} as const;
