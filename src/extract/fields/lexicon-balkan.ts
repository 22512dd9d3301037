/**
 * Bulgarian, Ukrainian, Russian and Albanian labels (the eleventh sweep's languages, with Russian,
 * which Ukrainian and Bulgarian invoices share most words with), and Macedonian and Serbian Cyrillic
 * ones (ДДВ and ПДВ are their VAT, "Износ без ДДВ" and "Пореска основица" their net, "Рок на
 * плаќање", "Рок плаћања", "Датум доспећа" their due date), merged into the lexicon's classes like
 * its other language blocks. "№" is the number word of every Cyrillic script. A company's and a
 * taxpayer's registration numbers (ЕИК, ИН по ДДС, ЄДРПОУ, ІПН, ИНН, КПП, NIPT, NUIS) are numbers of
 * something else. Latin-script Croatian and Slovenian say what is outside VAT ("nije predmet PDV-a",
 * "ni predmet DDV") and name their tourist taxes. Phrases are regex sources, as in lexicon.ts.
 */
export const BALKAN_AMOUNT_CUES = {
  totalStrong: ['вкупно\\s*за\\s*пла[ќк]ање', 'укупно\\s*за\\s*пла[ћк]ање', 'сума\\s*за\\s*плащане', 'обща\\s*сума', 'всичко\\s*за\\s*плащане', 'всього\\s*з\\s*пдв', 'разом\\s*з\\s*пдв', 'всього\\s*до\\s*сплати', 'итого\\s*с\\s*ндс', 'всего\\s*к\\s*оплате', 'итого\\s*к\\s*оплате', 'totali\\s*p[ëe]r\\s*t[\'’]?\\s*u\\s*paguar', 'vlera\\s*totale', 'totali\\s*me\\s*tvsh'],
  totalWeak: ['вкупно', 'укупно', 'износ', 'общо', 'всичко', 'сума', 'всього', 'разом', 'итого', 'всего', 'totali'],
  due: ['за\\s*пла[ќћк]ање', 'за\\s*плащане', 'до\\s*сплати', 'к\\s*оплате', 'p[ëe]r\\s*t[\'’]?\\s*u\\s*paguar'],
  net: ['(?:износ|вредност|вкупно|укупно)\\s*без\\s*(?:ддв|пдв)', '(?:даночна|пореска)\\s*основица', 'основица', 'данъчна\\s*основа', 'стойност\\s*без\\s*ддс', 'разом\\s*без\\s*пдв', 'сума\\s*без\\s*пдв', 'итого\\s*без\\s*ндс', 'сумма\\s*без\\s*ндс', 'vlera\\s*pa\\s*tvsh', 'vlera\\s*e\\s*tatueshme'],
  tax: ['ддс', 'ддв', 'пдв', 'ндс', 'tvsh'],
  excl: ['без\\s*ддв', 'без\\s*ддс', 'без\\s*пдв', 'без\\s*ндс', 'pa\\s*tvsh'],
  incl: ['со\\s*ддв', 'са\\s*пдв', 'с\\s*ддс', 'з\\s*пдв', 'с\\s*ндс', 'me\\s*tvsh'],
  // Outside VAT in Croatian, Serbian and Bosnian ("nije predmet PDV-a") and Slovenian ("ni predmet DDV"), and their tourist taxes (boravišna pristojba, turistična taksa).
  outside: ['nije\\s*predmet\\s*pdv\\S*', 'ni\\s*predmet\\s*ddv\\S*', 'nije\\s*oporeziv\\S*', 'boravi[šs]n\\S*\\s*pristojb\\S*', 'turisti[čc]n\\S*\\s*taks\\S*'],
  item: ['кол\\.?', 'к-сть', 'кількість', 'количество', 'ед\\.?\\s*цена', 'цена', 'ціна', 'sasia', '[çc]mimi'],
} as const;

export const BALKAN_DATE_CUES = {
  issue: ['дата\\s*на\\s*издаване', 'дата\\s*(?:складання|виписки|выписки)', 'data\\s*e\\s*l[ëe]shimit', 'data\\s*e\\s*fatur[ëe]s'],
  generic: ['дата', 'датум'],
  of: ['от', 'від'],
  due: ['рок\\s*(?:на\\s*)?пла[ќћк]а[њн]\\S*', 'датум\\s*(?:на\\s*)?(?:доспевање|доспећа)', 'валута\\s*пла[ћк]ања', 'доспева\\S*', 'доспећ\\S*', 'падеж', 'срок\\s*(?:за|на)\\s*плащане', '(?:с|о)платити\\s*до', 'термін\\s*оплати', 'оплатить\\s*до', 'срок\\s*оплаты', 'afati\\s*i\\s*pages[ëe]s', 'paguar\\s*deri'],
  other: ['дата\\s*на\\s*доставка', 'дата\\s*поставки', 'data\\s*e\\s*furnizimit'],
} as const;

export const BALKAN_NUMBER_CUES = {
  invoice: ['фактура', 'рахунок', 'сч[её]т', 'fatur[ëe]', 'fatur[ëe]s'],
  number: ['№', 'номер', 'nr'],
  compound: ['рахунок\\s*-?\\s*фактура\\s*№', 'номер\\s*на\\s*фактура', 'nr\\.?\\s*i\\s*fatur[ëe]s', 'numri\\s*i\\s*fatur[ëe]s'],
  other: ['еик', 'ин\\s*по\\s*ддс', 'єдрпоу', 'іпн', 'инн', 'кпп', 'nipt', 'nuis'],
} as const;

export const BALKAN_DOCUMENT_CUES = {
  creditNote: ['кредитно\\s*известие', 'кредитна\\s*нота'],
  invoice: ['фактура', 'рахунок', 'fatur[ëe]'],
} as const;
