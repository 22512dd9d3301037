/**
 * Galician and Basque labels (the thirteenth sweep's languages), merged into the lexicon's classes
 * like its other language blocks. Galician writes Spanish's words its own way ("Base impoñible",
 * "IVE" for IVA, "Data de vencemento"); Basque names VAT "BEZ" (Balio Erantsiaren gaineko Zerga),
 * the tax base "Zerga-oinarria", the total "Guztira" and the due date "Epemuga" or "Muga-eguna".
 * "BEZ" is also the Slavic "without" ("bez DPH", "bez VAT"): only a rate or the article after it
 * ("BEZ %21", "BEZ 21 %", "BEZ-a", "BEZ kuota") makes it the tax. Phrases are regex sources, as in
 * lexicon.ts.
 */
export const IBERIAN_AMOUNT_CUES = {
  totalStrong: ['total\\s*da\\s*factura', 'guztira\\s*ordaintzeko', 'guztizko\\s*zenbatekoa', 'faktura\\s*guztira'],
  totalWeak: ['guztira', 'guztizkoa', 'zenbatekoa'],
  due: ['ordaintzeko', 'ordaindu\\s*beharrekoa'],
  net: ['base\\s*impo[ñn]ible', 'zerga\\s*-?\\s*oinarri\\S*', 'oinarri\\s*zergagarri\\S*', 'bez\\s*gabe\\S*', 'sen\\s*ive'],
  tax: ['ive', 'cota\\s*(?:de\\s*)?ive', 'bez(?=\\s*(?:\\(\\s*)?%|\\s*\\d|\\s*-\\s*a(?![\\p{L}])|\\s*kuota)', 'bez\\s*-?\\s*kuota'],
  excl: ['sen\\s*ive', 'bez\\s*gabe\\S*'],
  incl: ['con\\s*ive', 'ive\\s*inclu[íi]do', 'bez\\s*barne', 'bez\\s*-?\\s*a\\s*barne'],
  item: ['cantidade', 'prezo', 'kopurua', 'prezioa', 'unitate\\s*-?\\s*prezioa'],
} as const;

export const IBERIAN_DATE_CUES = {
  issue: ['data\\s*(?:da\\s*)?(?:factura|emisi[óo]n|expedici[óo]n)', 'faktura\\s*-?\\s*data', 'jaulki\\S*\\s*data'],
  due: ['data\\s*(?:de\\s*)?vencemento', 'vencemento', 'epemuga', 'muga\\s*-?\\s*eguna', 'ordainketa\\s*-?\\s*eguna', 'ordaintzeko\\s*(?:data|epea)'],
  other: ['data\\s*de\\s*entrega', 'entrega\\s*-?\\s*data'],
} as const;
