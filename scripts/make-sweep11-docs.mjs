// Data and truth of the eleventh held-out sweep (fixtures/sweep11), laid out by
// scripts/make-sweep11-fixtures.mjs. Amounts are integer cents; every subtotal, tax and total is
// computed here from the lines, so the printed figures and truth.json cannot disagree.
// Invented parties only (.example domains, sample IBANs).

/** Number formats: thousands separator, decimal mark, where a negative sign goes. */
export const FMT = {
  de: { th: '.', dec: ',' },
  fr: { th: ' ', dec: ',' },
  ch: { th: "'", dec: '.' },
  chs: { th: ' ', dec: '.' },
  en: { th: ',', dec: '.' },
  plain: { th: '', dec: ',' },
};

/** Formats integer cents, e.g. money(123456, 'fr') -> "1 234,56"; post puts the minus after ("12,00-"). */
export function money(cents, style, { post = false, suffix = '', prefix = '' } = {}) {
  const f = FMT[style];
  const neg = cents < 0;
  const a = Math.abs(cents);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, f.th);
  const s = `${prefix}${int}${f.dec}${String(a % 100).padStart(2, '0')}${suffix}`;
  return neg ? (post ? `${s}-` : `-${s}`) : s;
}

const r2 = (x) => Math.round(x);

/**
 * Sums an invoice: lines {q, u (net unit cents), k (tax key)}; taxes maps a key to [[label, pct], ...].
 * Returns net per line, per key the base and each tax, subtotal, tax, total (all cents).
 */
export function sumInvoice(lines, taxes, sign = 1) {
  const rows = lines.map((l) => ({ ...l, net: sign * r2(l.q * l.u) }));
  const keys = [...new Set(rows.map((r) => r.k))];
  const groups = keys.map((k) => {
    const base = rows.filter((r) => r.k === k).reduce((s, r) => s + r.net, 0);
    return { k, base, taxes: (taxes[k] ?? []).map(([label, pct]) => ({ label, pct, amount: r2((base * pct) / 100) })) };
  });
  const subtotal = groups.reduce((s, g) => s + g.base, 0);
  const tax = groups.reduce((s, g) => s + g.taxes.reduce((t, x) => t + x.amount, 0), 0);
  return { rows, groups, subtotal, tax, total: subtotal + tax };
}

/** Sums a till receipt: items {g: gross cents, c: code}; codes maps code -> pct. Tax is included. */
export function sumReceipt(items, codes) {
  const total = items.reduce((s, i) => s + i.g, 0);
  const table = Object.entries(codes)
    .map(([c, pct]) => {
      const gross = items.filter((i) => i.c === c).reduce((s, i) => s + i.g, 0);
      const tax = r2((gross * pct) / (100 + pct));
      return { c, pct, gross, tax, net: gross - tax };
    })
    .filter((t) => t.gross !== 0);
  return { total, table, tax: table.reduce((s, t) => s + t.tax, 0), net: table.reduce((s, t) => s + t.net, 0) };
}

const c = (x) => x / 100;

/** truth.json entry of an invoice from its sums. */
export function invoiceTruth(d, s) {
  return {
    invoiceNumber: d.number,
    invoiceDate: d.date,
    dueDate: d.due ?? null,
    total: c(s.total + (d.outside ?? 0)),
    subtotal: d.noVat ? c(s.total) : c(s.subtotal),
    tax: d.noVat ? 0 : c(s.tax),
    currency: d.currency,
    documentType: d.type ?? 'invoice',
  };
}

/** truth.json entry of a till receipt. */
export function receiptTruth(d, s) {
  const t = { invoiceDate: d.date, total: c(s.total), subtotal: c(s.net), tax: c(s.tax), currency: d.currency, documentType: 'receipt' };
  // a tax table without a net column prints no subtotal: nothing to score
  if (d.noNet) delete t.subtotal;
  return t;
}

const IBAN_DE = 'DE02 1203 0000 0000 2020 51';
const IBAN_FR = 'FR76 3000 6000 0112 3456 7890 189';

/**
 * The invoices. layout: totalsLeft (totals block at the left margin), customerRight (two-column
 * head, sender left, customer right), noRules (table without any line), postMinus (negatives as
 * "12,00-"). cur is how amounts are printed: {suffix, prefix}; currency the ISO code of the truth.
 */
export const INVOICES = [
  {
    file: 'de-summen-links-ohne-linien.pdf', style: 'de', currency: 'EUR', cur: { suffix: ' €' },
    totalsLeft: true, noRules: true,
    vendor: ['Elektro Brandl GmbH', 'Industriestraße 14', '93055 Regensburg', 'USt-IdNr. DE318274650'],
    customer: ['Praxis Dr. Wenzel', 'Am Stadtpark 3', '93049 Regensburg'],
    title: 'Rechnung',
    meta: [['Rechnungsnummer', 'EB-25-0318'], ['Rechnungsdatum', '18.03.2025'], ['Kundennummer', '10482'], ['Leistungsdatum', '11.03.2025']],
    number: 'EB-25-0318', date: '2025-03-18', due: '2025-04-01',
    head: ['Bezeichnung', 'Menge', 'Einzelpreis', 'Gesamt'],
    lines: [
      { d: 'Arbeitszeit Geselle', q: 6.5, u: 6450, k: 'A', unit: 'Std.' },
      { d: 'Fehlerstromschutzschalter 40 A', q: 2, u: 4890, k: 'A', unit: 'Stk.' },
      { d: 'Mantelleitung NYM-J 3x1,5', q: 50, u: 89, k: 'A', unit: 'm' },
      { d: 'Anfahrtspauschale', q: 1, u: 3500, k: 'A', unit: 'psch.' },
    ],
    taxes: { A: [['zzgl. 19 % MwSt.', 19]] }, sub: 'Nettobetrag', totalLabel: 'Rechnungsbetrag',
    notes: ['Zahlbar bis 01.04.2025 ohne Abzug.', `Bankverbindung: Sparkasse Regensburg, IBAN ${IBAN_DE}`],
  },
  {
    file: 'de-kunde-rechts-eur-nachgestellt.pdf', style: 'de', currency: 'EUR', cur: { suffix: ' EUR' },
    customerRight: true,
    vendor: ['Holzbau Kessler KG', 'Sägewerkweg 2', '79874 Breitnau', 'Steuernr. 07/123/45678'],
    customer: ['Familie Oberle', 'Talstraße 88', '79199 Kirchzarten'],
    title: 'Rechnung Nr. HK-2025-0147',
    meta: [['Datum', '02.04.2025'], ['Auftrag', 'A-25-061'], ['Bauvorhaben', 'Carport Talstraße 88']],
    number: 'HK-2025-0147', date: '2025-04-02', due: null,
    head: ['Pos. / Leistung', 'Menge', 'EP', 'Betrag'],
    lines: [
      { d: 'Carport Leimholz Fichte 6,00 x 3,50 m', q: 1, u: 428000, k: 'A', unit: 'Stk.' },
      { d: 'Dacheindeckung Trapezblech', q: 21, u: 3850, k: 'A', unit: 'm²' },
      { d: 'Montage Zimmerer', q: 14, u: 5800, k: 'A', unit: 'Std.' },
      { d: 'Punktfundamente', q: 6, u: 9500, k: 'A', unit: 'Stk.' },
    ],
    taxes: { A: [['Umsatzsteuer 19 %', 19]] }, sub: 'Summe netto', totalLabel: 'Gesamtbetrag',
    notes: ['Zahlbar innerhalb von 21 Tagen nach Rechnungserhalt ohne Abzug.', 'Lohnanteil gemäß § 35a EStG: 812,00 EUR netto.'],
  },
  {
    file: 'de-at-leerzeichen-tausender.pdf', style: 'fr', currency: 'EUR', cur: { prefix: '€ ' },
    vendor: ['Installationen Pichler GmbH', 'Bahnhofstraße 21', '4600 Wels', 'UID-Nr. ATU61839207'],
    customer: ['Hausverwaltung Stadler', 'Ringstraße 5', '4020 Linz', 'UID-Nr. ATU70218364'],
    title: 'RECHNUNG',
    meta: [['Rechnungs-Nr.', '2025-00412'], ['Rechnungsdatum', '14.05.2025'], ['Lieferdatum', '09.05.2025'], ['Zahlungsziel', '28.05.2025']],
    number: '2025-00412', date: '2025-05-14', due: '2025-05-28',
    head: ['Leistung', 'Menge', 'Preis', 'Summe'],
    lines: [
      { d: 'Gastherme Brennwert 24 kW inkl. Zubehör', q: 1, u: 342000, k: 'A', unit: 'Stk.' },
      { d: 'Demontage und Entsorgung Altgerät', q: 1, u: 28500, k: 'A', unit: 'psch.' },
      { d: 'Installateurstunden', q: 12, u: 7200, k: 'A', unit: 'Std.' },
      { d: 'Abgasrohr Edelstahl', q: 4, u: 6450, k: 'A', unit: 'lfm' },
    ],
    taxes: { A: [['USt 20 %', 20]] }, sub: 'Gesamt netto', totalLabel: 'Gesamtbetrag',
    notes: ['Zahlbar bis 28.05.2025 ohne Abzug.', 'IBAN AT61 1904 3002 3457 3201 – BIC BKAUATWW'],
  },
  {
    file: 'de-ch-apostroph-chf-nachgestellt.pdf', style: 'ch', currency: 'CHF', cur: { suffix: ' CHF' },
    customerRight: true, noRules: true,
    vendor: ['Gartenbau Zürcher AG', 'Seestrasse 140', '8703 Erlenbach', 'CHE-219.845.307 MWST'],
    customer: ['Stockwerkeigentümer', 'Gemeinschaft Rebhalde', 'Rebhaldenweg 9', '8700 Küsnacht'],
    title: 'Rechnung',
    meta: [['Rechnungsnummer', 'GZ-25-2207'], ['Datum', '22.07.2025'], ['Fällig am', '21.08.2025']],
    number: 'GZ-25-2207', date: '2025-07-22', due: '2025-08-21',
    head: ['Leistung', 'Menge', 'Ansatz', 'Betrag'],
    lines: [
      { d: 'Heckenschnitt Thuja, 62 m', q: 1, u: 186000, k: 'A', unit: 'pausch.' },
      { d: 'Rasenpflege Juni/Juli', q: 18, u: 9200, k: 'A', unit: 'Std.' },
      { d: 'Grüngutentsorgung', q: 3.5, u: 11000, k: 'A', unit: 'm³' },
    ],
    taxes: { A: [['MWST 8.1 %', 8.1]] }, sub: 'Total exkl. MWST', totalLabel: 'Total inkl. MWST',
    notes: ['Zahlbar bis 21.08.2025 netto.', 'IBAN CH93 0076 2011 6238 5295 7'],
  },
  {
    file: 'de-rechnungskorrektur-minus-nachgestellt.pdf', style: 'de', currency: 'EUR', cur: { suffix: '' },
    postMinus: true, sign: -1, type: 'credit_note',
    vendor: ['Büromarkt Lindner GmbH', 'Gewerbepark 7', '34123 Kassel', 'USt-IdNr. DE274019385'],
    customer: ['Kanzlei Vogt & Partner', 'Friedrichsplatz 2', '34117 Kassel'],
    title: 'Rechnungskorrektur',
    meta: [['Korrektur-Nr.', 'RK-250093'], ['Datum', '09.06.2025'], ['zur Rechnung', 'R-250871 vom 26.05.2025'], ['Kunden-Nr.', '55120']],
    number: 'RK-250093', date: '2025-06-09', due: null,
    head: ['Artikel', 'Menge', 'Preis EUR', 'Betrag EUR'],
    lines: [
      { d: 'Kopierpapier A4 80 g, Karton (Rückgabe)', q: 4, u: 2890, k: 'A', unit: 'Ktn.' },
      { d: 'Toner schwarz TK-5240 (falsch geliefert)', q: 2, u: 8950, k: 'A', unit: 'Stk.' },
    ],
    taxes: { A: [['MwSt 19 %', 19]] }, sub: 'Netto', totalLabel: 'Gutschriftsbetrag',
    notes: ['Der Betrag wird Ihrem Kundenkonto gutgeschrieben.'],
  },
  {
    file: 'de-rabatt-minus-nachgestellt.pdf', style: 'de', currency: 'EUR', cur: { suffix: '' },
    postMinus: true, totalsLeft: true,
    vendor: ['Fahrrad Albrecht', 'Inh. Jonas Albrecht', 'Marktgasse 6', '37073 Göttingen', 'USt-IdNr. DE309182746'],
    customer: ['Göttinger Kurierdienst UG', 'Weender Landstr. 61', '37075 Göttingen'],
    title: 'Rechnung 2025-0412',
    meta: [['Datum', '12.04.2025'], ['Kd.-Nr.', '3098']],
    number: '2025-0412', date: '2025-04-12', due: '2025-04-26',
    head: ['Artikel', 'Anz.', 'Preis', 'Summe'],
    lines: [
      { d: 'Lastenrad Cargo L, Rahmen-Nr. WBK884215', q: 1, u: 420000, k: 'A', unit: '' },
      { d: 'Schloss Faltschloss 1000', q: 1, u: 8400, k: 'A', unit: '' },
      { d: 'Rabatt Gewerbekunde 8 %', q: 1, u: -34272, k: 'A', unit: '' },
    ],
    taxes: { A: [['MwSt 19 %', 19]] }, sub: 'Summe netto', totalLabel: 'Endbetrag EUR',
    notes: ['Zahlbar bis zum 26.04.2025.'],
  },
  {
    file: 'de-schornsteinfeger-feuerstaettenschau.pdf', style: 'de', currency: 'EUR', cur: { suffix: '' },
    customerRight: true,
    vendor: ['Bezirksschornsteinfegermeister', 'Thomas Rieger', 'Kehrbezirk Erding III', 'Lindenweg 4, 85435 Erding'],
    customer: ['Herrn', 'Markus Hofbauer', 'Wiesenstraße 19', '85452 Moosinning'],
    title: 'Gebührenbescheid / Rechnung',
    meta: [['Rechnungs-Nr.', 'ED3-25-01127'], ['Datum', '07.03.2025'], ['Liegenschaft', 'Wiesenstraße 19'], ['Ausführung', '05.03.2025']],
    number: 'ED3-25-01127', date: '2025-03-07', due: '2025-03-21',
    head: ['Tätigkeit (KÜO)', 'AW', 'AW-Wert', 'Betrag EUR'],
    lines: [
      { d: 'Feuerstättenschau (Anl. 3 Nr. 1.1)', q: 26, u: 131, k: 'A', unit: '' },
      { d: 'Abgaswegeüberprüfung Gasfeuerstätte', q: 18, u: 131, k: 'A', unit: '' },
      { d: 'Kehren Kamin (Anl. 3 Nr. 2.1)', q: 12, u: 131, k: 'A', unit: '' },
      { d: 'Grundwert je Anwesen', q: 9, u: 131, k: 'A', unit: '' },
    ],
    taxes: { A: [['19 % MwSt.', 19]] }, sub: 'Nettobetrag', totalLabel: 'Zu zahlen',
    notes: ['Bitte überweisen Sie den Betrag bis zum 21.03.2025.', `IBAN ${IBAN_DE}`],
  },
  {
    file: 'de-zeitschrift-abo-7.pdf', style: 'de', currency: 'EUR', cur: { suffix: ' €' },
    totalsLeft: true, customerRight: true, noRules: true,
    vendor: ['Verlag Nordlicht Medien GmbH', 'Leserservice', 'Postfach 10 22 33', '20015 Hamburg'],
    customer: ['Bibliothek der Gemeinde', 'Hauptstraße 1', '24558 Henstedt-Ulzburg'],
    title: 'Abonnementrechnung',
    meta: [['Rechnungsnr.', 'ABO-7730152'], ['Rechnungsdatum', '3. Januar 2025'], ['Bezugszeitraum', '01.01.2025 – 31.12.2025'], ['Abo-Nr.', '4471-09']],
    number: 'ABO-7730152', date: '2025-01-03', due: '2025-01-31',
    head: ['Titel', 'Expl.', 'Jahrespreis', 'Betrag'],
    lines: [
      { d: 'Nordlicht Naturmagazin (12 Ausgaben)', q: 2, u: 7757, k: 'B', unit: '' },
      { d: 'Kinderheft Leuchtturm (6 Ausgaben)', q: 1, u: 3271, k: 'B', unit: '' },
      { d: 'Digitalzugang Archiv', q: 1, u: 4100, k: 'A', unit: '' },
    ],
    taxes: { A: [['MwSt. 19 %', 19]], B: [['MwSt. 7 %', 7]] }, sub: 'Summe netto', totalLabel: 'Rechnungsbetrag',
    notes: ['Fällig am 31.01.2025.'],
  },
  {
    file: 'de-ch-treuhand-fr-leerzeichen.pdf', style: 'chs', currency: 'CHF', cur: { prefix: 'Fr. ' },
    totalsLeft: true,
    vendor: ['Treuhand Brunner & Co.', 'Bahnhofplatz 3', '3600 Thun', 'CHE-301.728.449 MWST'],
    customer: ['Schreinerei Aeschlimann GmbH', 'Industrieweg 12', '3612 Steffisburg'],
    title: 'Honorarrechnung',
    meta: [['Rechnung', '25-0930'], ['Datum', '30.09.2025'], ['Mandat', 'Jahresabschluss 2024']],
    number: '25-0930', date: '2025-09-30', due: null,
    head: ['Leistung', 'Std.', 'Ansatz', 'Betrag'],
    lines: [
      { d: 'Buchhaltung und Jahresabschluss 2024', q: 14.5, u: 16500, k: 'A', unit: '' },
      { d: 'Steuererklärung juristische Person', q: 4, u: 16500, k: 'A', unit: '' },
      { d: 'Lohnbuchhaltung 12 Monate', q: 12, u: 4500, k: 'A', unit: '' },
    ],
    taxes: { A: [['MWST 8.1 %', 8.1]] }, sub: 'Total Honorar', totalLabel: 'Rechnungsbetrag',
    notes: ['Zahlbar innert 30 Tagen.'],
  },
  // French
  {
    file: 'fr-totaux-a-gauche.pdf', style: 'fr', currency: 'EUR', cur: { suffix: ' €' },
    totalsLeft: true,
    vendor: ['Menuiserie Ravel SARL', '14 rue des Tanneurs', '37000 Tours', 'SIRET 812 457 903 00018', 'TVA FR27812457903'],
    customer: ['M. et Mme Garnier', '5 allée des Tilleuls', '37170 Chambray-lès-Tours'],
    title: 'FACTURE',
    meta: [['Facture n°', 'MR-2025-0163'], ['Date', '16/04/2025'], ['Échéance', '16/05/2025'], ['Client', 'C0471']],
    number: 'MR-2025-0163', date: '2025-04-16', due: '2025-05-16',
    head: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'],
    lines: [
      { d: 'Escalier quart tournant chêne massif', q: 1, u: 684000, k: 'A', unit: '' },
      { d: 'Garde-corps chêne, ml', q: 3.2, u: 28500, k: 'A', unit: '' },
      { d: 'Pose (2 compagnons)', q: 16, u: 5200, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVA 10 %', 10]] }, sub: 'Total HT', totalLabel: 'Total TTC',
    notes: ['Règlement par virement à 30 jours date de facture.', `IBAN ${IBAN_FR}`],
  },
  {
    file: 'fr-client-a-droite-sans-filets.pdf', style: 'fr', currency: 'EUR', cur: { suffix: ' EUR' },
    customerRight: true, noRules: true,
    vendor: ['Transports Lemoine', '22 route de Lyon', '69800 Saint-Priest', 'RCS Lyon 503 118 274', 'TVA FR61503118274'],
    customer: ['Société Vinaigrerie du Rhône', 'ZA des Mûriers', '26000 Valence'],
    title: 'Facture',
    meta: [['Numéro', 'TL250417'], ['Date de facture', '17/04/2025'], ['Réf. client', 'VDR-12'], ['Date d\'échéance', '17/05/2025']],
    number: 'TL250417', date: '2025-04-17', due: '2025-05-17',
    head: ['Prestation', 'Qté', 'Prix unit.', 'Total HT'],
    lines: [
      { d: 'Transport complet Saint-Priest > Valence, 33 palettes', q: 1, u: 86000, k: 'A', unit: '' },
      { d: 'Hayon et manutention', q: 1, u: 9500, k: 'A', unit: '' },
      { d: 'Attente au déchargement (h)', q: 2.5, u: 4800, k: 'A', unit: '' },
      { d: 'Surcharge gazole 11,4 %', q: 1, u: 9804, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVA 20 %', 20]] }, sub: 'Total HT', totalLabel: 'Net à payer',
    notes: ['Pénalités de retard : 3 fois le taux d\'intérêt légal. Indemnité forfaitaire de recouvrement : 40 EUR.'],
  },
  {
    file: 'fr-be-facture-eur-suffixe.pdf', style: 'de', currency: 'EUR', cur: { suffix: ' EUR' },
    customerRight: true, totalsLeft: true,
    vendor: ['Chauffage Dumont SRL', 'Rue de la Station 41', '5000 Namur', 'TVA BE 0712.348.695'],
    customer: ['Copropriété Les Acacias', 'Avenue Cardinal Mercier 12', '5000 Namur', 'BE 0843.227.114'],
    title: 'FACTURE',
    meta: [['N° de facture', '2025/0588'], ['Date de facture', '05/06/2025'], ['Date d\'échéance', '05/07/2025']],
    number: '2025/0588', date: '2025-06-05', due: '2025-07-05',
    head: ['Description', 'Qté', 'Prix unitaire', 'Total HTVA'],
    lines: [
      { d: 'Entretien annuel chaudière collective', q: 1, u: 48000, k: 'A', unit: '' },
      { d: 'Remplacement circulateur', q: 1, u: 61250, k: 'A', unit: '' },
      { d: 'Main-d\'œuvre (heures)', q: 5, u: 6200, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVA 21 %', 21]] }, sub: 'Total HTVA', totalLabel: 'Total TVAC',
    notes: ['Communication structurée : +++090/5588/20251+++', 'IBAN BE68 5390 0754 7034'],
  },
  {
    file: 'fr-ch-geneve-apostrophe.pdf', style: 'ch', currency: 'CHF', cur: { prefix: 'CHF ' },
    noRules: true,
    vendor: ['Électricité Favre SA', 'Rue de Carouge 98', '1205 Genève', 'IDE CHE-114.582.990 TVA'],
    customer: ['Régie du Léman', 'Quai Gustave-Ador 20', '1207 Genève'],
    title: 'Facture',
    meta: [['No de facture', 'EF-25-0611'], ['Date', '11 juin 2025'], ['Payable jusqu\'au', '11 juillet 2025']],
    number: 'EF-25-0611', date: '2025-06-11', due: '2025-07-11',
    head: ['Désignation', 'Quantité', 'Prix', 'Montant'],
    lines: [
      { d: 'Mise en conformité tableau électrique', q: 1, u: 245000, k: 'A', unit: '' },
      { d: 'Heures monteur', q: 9, u: 11800, k: 'A', unit: '' },
      { d: 'Rapport de sécurité (RaSi)', q: 1, u: 32000, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVA 8,1 %', 8.1]] }, sub: 'Total HT', totalLabel: 'Total TTC',
    notes: [],
  },
  {
    file: 'fr-lu-17-14-suffixe.pdf', style: 'de', currency: 'EUR', cur: { suffix: ' EUR' },
    customerRight: true,
    vendor: ['Imprimerie Weber S.à r.l.', '8, rue de l\'Industrie', 'L-3895 Foetz', 'TVA LU24818365'],
    customer: ['Commune de Mondercange', 'Service culturel', 'L-3901 Mondercange'],
    title: 'Facture',
    meta: [['Facture N°', 'IW-25-1104'], ['Date', '04.11.2025'], ['Échéance', '04.12.2025']],
    number: 'IW-25-1104', date: '2025-11-04', due: '2025-12-04',
    head: ['Article', 'Qté', 'Prix', 'Total HTVA'],
    lines: [
      { d: 'Brochure programme saison, 24 p., ex.', q: 1500, u: 142, k: 'B', unit: '' },
      { d: 'Affiches A2 quadri, ex.', q: 120, u: 385, k: 'A', unit: '' },
      { d: 'Mise en page et BAT', q: 1, u: 38000, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVA 17 %', 17]], B: [['TVA 14 %', 14]] }, sub: 'Total HTVA', totalLabel: 'Total TVAC',
    notes: ['IBAN LU28 0019 4006 4475 0000'],
  },
  {
    file: 'fr-qc-facture-tps-tvq.pdf', style: 'fr', currency: 'CAD', cur: { suffix: ' $' },
    customerRight: true,
    vendor: ['Déneigement Boréal inc.', '1250, boul. Talbot', 'Chicoutimi (Québec) G7H 4C1', 'TPS 812345678 RT0001', 'TVQ 1234567890 TQ0001'],
    customer: ['Syndicat de copropriété', 'Le Saguenay', '455, rue Racine Est', 'Chicoutimi (Québec) G7H 1S8'],
    title: 'FACTURE',
    meta: [['No de facture', 'DB-2025-0042'], ['Date', '2025-01-15'], ['Échéance', '2025-02-14']],
    number: 'DB-2025-0042', date: '2025-01-15', due: '2025-02-14',
    head: ['Description', 'Qté', 'Prix', 'Montant'],
    lines: [
      { d: 'Déneigement stationnement, saison 2024-2025 (2e versement)', q: 1, u: 185000, k: 'Q', unit: '' },
      { d: 'Épandage d\'abrasif (sorties)', q: 6, u: 7500, k: 'Q', unit: '' },
      { d: 'Transport de neige (voyages)', q: 4, u: 16000, k: 'Q', unit: '' },
    ],
    taxes: { Q: [['TPS 5 %', 5], ['TVQ 9,975 %', 9.975]] }, sub: 'Sous-total', totalLabel: 'Total',
    notes: ['Payable dans les 30 jours.'],
  },
  {
    file: 'fr-avoir-moins-apres.pdf', style: 'fr', currency: 'EUR', cur: { suffix: '' },
    postMinus: true, sign: -1, type: 'credit_note', noRules: true,
    vendor: ['Cave des Coteaux SAS', '3 chemin des Vignes', '21200 Beaune', 'TVA FR55794182306'],
    customer: ['Restaurant Le Bouchon', '12 rue Carnot', '21000 Dijon'],
    title: 'AVOIR',
    meta: [['Avoir n°', 'AV-25-0037'], ['Date', '23/05/2025'], ['Sur facture', 'FA-25-0412 du 12/05/2025']],
    number: 'AV-25-0037', date: '2025-05-23', due: null,
    head: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT (EUR)'],
    lines: [
      { d: 'Bourgogne Pinot noir 2022, bouteille cassée', q: 6, u: 1450, k: 'A', unit: '' },
      { d: 'Crémant de Bourgogne brut, erreur de livraison', q: 12, u: 1180, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVA 20 %', 20]] }, sub: 'Total HT', totalLabel: 'Total TTC',
    notes: ['Avoir à déduire de votre prochain règlement.'],
  },
  {
    file: 'fr-ramonage-numero-du.pdf', style: 'fr', currency: 'EUR', cur: { suffix: ' €' },
    totalsLeft: true, customerRight: true,
    vendor: ['Ramonage Savoyard', 'EI Lucas Perrier', '74 route d\'Annecy', '74150 Rumilly', 'SIRET 902 113 458 00011'],
    customer: ['Mme Claire Vidal', '9 impasse du Lac', '74410 Saint-Jorioz'],
    title: 'Facture n° 2025-0311 du 11/03/2025',
    meta: [['Intervention', '10/03/2025']],
    number: '2025-0311', date: '2025-03-11', due: null,
    head: ['Prestation', 'Qté', 'P.U. HT', 'Total HT'],
    lines: [
      { d: 'Ramonage conduit poêle à bois + certificat', q: 1, u: 7500, k: 'A', unit: '' },
      { d: 'Ramonage conduit chaudière fioul', q: 1, u: 6800, k: 'A', unit: '' },
      { d: 'Déplacement', q: 1, u: 1500, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVA 10 %', 10]] }, sub: 'Total HT', totalLabel: 'Total TTC',
    notes: ['Payable à réception.'],
  },
  // other languages
  {
    file: 'bg-faktura.pdf', style: 'fr', currency: 'BGN', cur: { suffix: ' лв.' },
    customerRight: true,
    vendor: ['Доставчик: „Техносервиз“ ЕООД', 'гр. София, ул. „Пиротска“ 18', 'ЕИК 204118372', 'ИН по ДДС BG204118372'],
    customer: ['Получател: „Ален Дизайн“ ООД', 'гр. Пловдив, бул. „Руски“ 45', 'ЕИК 115223870'],
    title: 'ФАКТУРА',
    meta: [['№', '0000004518'], ['Дата на издаване', '14.04.2025'], ['Дата на данъчното събитие', '14.04.2025'], ['Падеж', '28.04.2025']],
    number: '0000004518', date: '2025-04-14', due: '2025-04-28',
    head: ['Наименование', 'Кол.', 'Ед. цена', 'Стойност'],
    lines: [
      { d: 'Лаптоп 15,6" с Windows 11 Pro', q: 3, u: 142900, k: 'A', unit: '' },
      { d: 'Докинг станция USB-C', q: 3, u: 23450, k: 'A', unit: '' },
      { d: 'Инсталиране и настройка', q: 4, u: 6000, k: 'A', unit: '' },
    ],
    taxes: { A: [['ДДС 20 %', 20]] }, sub: 'Данъчна основа', totalLabel: 'Сума за плащане',
    notes: ['Начин на плащане: по банков път', 'IBAN BG80 BNBG 9661 1020 3456 78'],
  },
  {
    file: 'uk-rakhunok-faktura.pdf', style: 'fr', currency: 'UAH', cur: { suffix: ' грн' },
    vendor: ['Постачальник: ТОВ «Світло Дніпра»', 'м. Київ, вул. Січових Стрільців, 21', 'ЄДРПОУ 41238576, ІПН 412385726541'],
    customer: ['Покупець: ФОП Коваленко О. В.', 'м. Бровари, вул. Героїв, 8'],
    title: 'Рахунок-фактура № СД-0412',
    meta: [['від', '12 квітня 2025 р.'], ['Сплатити до', '22.04.2025']],
    number: 'СД-0412', date: '2025-04-12', due: '2025-04-22',
    head: ['Найменування', 'К-сть', 'Ціна без ПДВ', 'Сума без ПДВ'],
    lines: [
      { d: 'Світильник LED 36 Вт', q: 40, u: 68500, k: 'A', unit: '' },
      { d: 'Монтаж світильників', q: 40, u: 15000, k: 'A', unit: '' },
    ],
    taxes: { A: [['ПДВ 20 %', 20]] }, sub: 'Разом без ПДВ', totalLabel: 'Всього з ПДВ',
    notes: [],
  },
  {
    file: 'sq-fature-tatimore.pdf', style: 'de', currency: 'ALL', cur: { suffix: ' lekë' },
    customerRight: true, noRules: true,
    vendor: ['Shitësi: Agro Vlora sh.p.k.', 'Rruga Ismail Qemali 12, Vlorë', 'NIPT L81517022A'],
    customer: ['Blerësi: Hotel Riviera sh.a.', 'Lungomare, Vlorë', 'NIPT K91326008B'],
    title: 'FATURË TATIMORE',
    meta: [['Nr. i faturës', '148/2025'], ['Data e lëshimit', '19.06.2025'], ['Afati i pagesës', '19.07.2025']],
    number: '148/2025', date: '2025-06-19', due: '2025-07-19',
    head: ['Përshkrimi', 'Sasia', 'Çmimi', 'Vlera'],
    lines: [
      { d: 'Vaj ulliri ekstra i virgjër (litër)', q: 60, u: 95000, k: 'A', unit: '' },
      { d: 'Portokaj (kg)', q: 120, u: 12000, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVSH 20 %', 20]] }, sub: 'Vlera pa TVSH', totalLabel: 'Totali për t\'u paguar',
    notes: [],
  },
  // invoices as images (scans / photos)
  {
    file: 'de-rechnung-foto-summen-links.jpg', style: 'de', currency: 'EUR', cur: { suffix: ' EUR' }, image: 'photo',
    totalsLeft: true, customerRight: true,
    vendor: ['Malerbetrieb Krause', 'Feldstraße 33', '48149 Münster', 'USt-IdNr. DE287104659'],
    customer: ['WEG Hammer Straße 70', 'c/o Verwaltung Lohmann', '48153 Münster'],
    title: 'Rechnung',
    meta: [['Rechnungs-Nr.', 'MK-25-117'], ['Datum', '26.08.2025'], ['Fällig', '09.09.2025']],
    number: 'MK-25-117', date: '2025-08-26', due: '2025-09-09',
    head: ['Leistung', 'Menge', 'EP', 'GP'],
    lines: [
      { d: 'Treppenhaus streichen, Wände', q: 146, u: 1150, k: 'A', unit: 'm²' },
      { d: 'Geländer lackieren', q: 38, u: 2400, k: 'A', unit: 'lfm' },
      { d: 'Abdeckarbeiten', q: 1, u: 26000, k: 'A', unit: 'psch.' },
    ],
    taxes: { A: [['MwSt. 19 %', 19]] }, sub: 'Netto', totalLabel: 'Brutto',
    notes: ['Zahlbar bis 09.09.2025.'],
  },
  {
    file: 'fr-facture-scan-espaces.pdf', style: 'fr', currency: 'EUR', cur: { suffix: ' €' }, image: 'scanpdf',
    customerRight: true, noRules: true,
    vendor: ['Paysages Morel', '7 chemin du Moulin', '44300 Nantes', 'SIRET 839 402 117 00026'],
    customer: ['SCI Les Hortensias', '18 boulevard Guist\'hau', '44000 Nantes'],
    title: 'FACTURE',
    meta: [['N°', 'PM-25-0808'], ['Date', '08/08/2025'], ['Échéance', '07/09/2025']],
    number: 'PM-25-0808', date: '2025-08-08', due: '2025-09-07',
    head: ['Désignation', 'Qté', 'P.U. HT', 'Total HT'],
    lines: [
      { d: 'Entretien espaces verts juillet-août', q: 2, u: 64000, k: 'A', unit: '' },
      { d: 'Taille de haies (ml)', q: 85, u: 450, k: 'A', unit: '' },
      { d: 'Évacuation déchets verts', q: 1, u: 12000, k: 'A', unit: '' },
    ],
    taxes: { A: [['TVA 20 %', 20]] }, sub: 'Total HT', totalLabel: 'Total TTC',
    notes: ['Règlement par virement.'],
  },
];

/** A receipt line: [left, right] laid out to the receipt's width, a string as is, {center} centred. */
const L = (l, r = '') => [l, r];
const C = (center) => ({ center });
const table = (s, fmt, head, row) => [head, ...s.table.map(row)];

/**
 * The till receipts (and one hotel folio), each built into printed lines and its truth. effect
 * names the photo/scan treatment in make-sweep11-fixtures.mjs.
 */
export const RECEIPTS = [
  (() => {
    const items = [
      { d: 'Säule 4 Super E10', g: 6758, c: 'A', x: '38,42 l x 1,759 EUR/l' },
      { d: 'Kaffee groß', g: 290, c: 'A' },
      { d: 'Laugenbrezel', g: 149, c: 'B' },
      { d: 'Schokoriegel', g: 129, c: 'B' },
    ];
    const s = sumReceipt(items, { A: 19, B: 7 });
    const m = (v) => money(v, 'de');
    return {
      file: 'de-tankstelle-iso-zeitstempel.jpg', effect: 'angle', date: '2025-03-07', currency: 'EUR', s,
      lines: [C('WESTFALEN-TANK Station 2207'), C('Hammer Str. 190, 48153 Münster'), C('St.-Nr. 337/5712/0394'), '',
        ...items.flatMap((i) => [...(i.x ? [`  ${i.x}`] : []), L(`${i.d} ${i.c}`, m(i.g))]), '',
        L('SUMME EUR', m(s.total)), L('Girocard', m(s.total)), '',
        ...table(s, 'de', L('MwSt     Netto   MwSt', 'Brutto'), (t) => L(`${t.c} ${t.pct}%  ${m(t.net).padStart(6)} ${m(t.tax).padStart(6)}`, m(t.gross))),
        '', '2025-03-07T14:22:41  Bon 0418 Kasse 2', 'TSE-Start 2025-03-07T14:22:09', '',
        C('*** Kundenbeleg ***'), 'Girocard kontaktlos', 'Terminal-ID 60412237', 'Beleg-Nr. 0871   TA-Nr. 102931', L('Betrag EUR', m(s.total)), C('Zahlung erfolgt'), C('Vielen Dank und gute Fahrt!')],
    };
  })(),
  (() => {
    const items = [
      { d: 'Rinderhackfleisch 0,612 kg', g: 795, c: 'B' },
      { d: 'Schinkenwurst 0,240 kg', g: 431, c: 'B' },
      { d: 'Leberkäse 2 x 2,10', g: 420, c: 'B' },
      { d: 'Kartoffelsalat 0,500 kg', g: 450, c: 'B' },
      { d: 'Apfelschorle 0,5 l', g: 190, c: 'A' },
    ];
    const s = sumReceipt(items, { A: 19, B: 7 });
    const m = (v) => money(v, 'de');
    return {
      file: 'de-metzgerei-bon-verblasst.jpg', effect: 'faded', date: '2025-03-07', currency: 'EUR', s,
      lines: [C('Metzgerei Hubertus Lange'), C('Marktplatz 4 · 99084 Erfurt'), C('Tel. 0361 5550123'), '', '07.03.25 14:22   Kasse 1   Bed. 03', '',
        ...items.map((i) => L(i.d, `${m(i.g)} ${i.c}`)), '-'.repeat(38),
        L('SUMME', m(s.total)), L('BAR', m(2500)), L('RÜCKGELD', m(2500 - s.total)), '',
        ...table(s, 'de', L('Steuer   Netto    MwSt', 'Brutto'), (t) => L(`${t.c} ${t.pct},0% ${m(t.net).padStart(6)}  ${m(t.tax).padStart(5)}`, m(t.gross))),
        '', C('Bon-Nr. 4471 · USt-IdNr. DE301882745'), C('Danke für Ihren Einkauf!')],
    };
  })(),
  (() => {
    const items = [
      { d: 'Ibuprofen 400 20 Tbl', g: 1290, c: '1' },
      { d: 'Nasenspray Meerwasser', g: 945, c: '1' },
      { d: 'Sonnencreme LSF 50', g: 2480, c: '2' },
      { d: 'Zahnseide', g: 395, c: '2' },
    ];
    const s = sumReceipt(items, { 1: 2.6, 2: 8.1 });
    const m = (v) => money(v, 'ch');
    return {
      file: 'de-ch-apotheke-bar-rueckgeld.jpg', effect: 'perspective', date: '2025-03-14', currency: 'CHF', s, noNet: true,
      lines: [C('Apotheke am Bärenplatz'), C('Bärenplatz 7, 3011 Bern'), C('CHE-108.442.913 MWST'), '', 'Datum: 14.03.2025   Zeit: 10:05', '',
        ...items.map((i) => L(`${i.d}  ${i.c}`, m(i.g))), '',
        L('Total CHF', m(s.total)), L('Bar CHF', m(10000)), L('Rückgeld CHF', m(10000 - s.total)), '',
        ...table(s, 'ch', L('Code  Satz   MWST', 'Total'), (t) => L(`${t.c}    ${String(t.pct).padEnd(4)}%  ${m(t.tax)}`, m(t.gross))),
        '', C('Gute Besserung!')],
    };
  })(),
  (() => {
    const items = [
      { d: 'CHINON ROUGE 2021', g: 1890, c: 'A' },
      { d: 'CHINON ROUGE 2021', g: 1890, c: 'A' },
      { d: 'VOUVRAY SEC 2022', g: 1450, c: 'A' },
      { d: 'CREME DE CASSIS 50CL', g: 1690, c: 'A' },
      { d: 'TIRE-BOUCHON SOMMELIER', g: 990, c: 'A' },
    ];
    const s = sumReceipt(items, { A: 20 });
    const m = (v) => money(v, 'fr');
    return {
      file: 'fr-caviste-ticket-07-mars.jpg', effect: 'crumple', date: '2025-03-07', currency: 'EUR', s,
      lines: [C('LA CAVE DU CHÂTEAU'), C('12 PLACE DU MARCHÉ'), C('37500 CHINON'), C('SIRET 851 224 903 00017'), '', C('07 MARS 2025  18:41'), 'TICKET 000318   CAISSE 01', '',
        ...items.map((i) => L(i.d, m(i.g))), '-'.repeat(38),
        L(`TOTAL (${items.length} ART.)`, m(s.total)), L('ESPÈCES', m(10000)), L('RENDU', m(10000 - s.total)), '',
        ...table(s, 'fr', L('TAUX      HT      TVA', 'TTC'), (t) => L(`${t.pct},00% ${m(t.net).padStart(7)} ${m(t.tax).padStart(6)}`, m(t.gross))),
        '', C('MERCI DE VOTRE VISITE'), C('L\'abus d\'alcool est dangereux'), C('pour la santé')],
    };
  })(),
  (() => {
    const items = [
      { d: 'Dafalgan 1g 16 compr.', g: 420, c: 'A' },
      { d: 'Sirop toux adulte', g: 1095, c: 'A' },
      { d: 'Crème mains 75ml', g: 850, c: 'C' },
      { d: 'Pansements assortis', g: 499, c: 'A' },
    ];
    const s = sumReceipt(items, { A: 6, C: 21 });
    const m = (v) => money(v, 'de');
    return {
      file: 'fr-be-pharmacie-bancontact.jpg', effect: 'lowcontrast', date: '2025-03-07', currency: 'EUR', s,
      lines: [C('PHARMACIE DU PARC'), C('Avenue de la Toison d\'Or 51'), C('1060 Saint-Gilles'), C('TVA BE 0445.120.337'), '', L('07/03/2025 09:12', 'Ticket 2291'), '',
        ...items.map((i) => L(`${i.d} ${i.c}`, m(i.g))), '',
        L('TOTAL EUR', m(s.total)), L('Bancontact', m(s.total)), '',
        ...table(s, 'de', L('TVA     HTVA    TVA', 'TVAC'), (t) => L(`${t.c} ${t.pct}% ${m(t.net).padStart(7)} ${m(t.tax).padStart(6)}`, m(t.gross))),
        '', C('--- BANCONTACT ---'), 'Carte: **** **** **** 4471', 'Date: 07/03/2025 09:12', L('MONTANT', `EUR ${m(s.total)}`), C('TRANSACTION ACCEPTEE'), C('Prompt rétablissement !')],
    };
  })(),
  (() => {
    const items = [{ d: 'Parkgebühr 3 Std. 12 Min.', g: 650, c: 'A' }];
    const s = sumReceipt(items, { A: 19 });
    const m = (v) => money(v, 'de');
    return {
      file: 'de-parkhaus-englisches-datum.jpg', effect: 'faded', date: '2025-03-07', currency: 'EUR', s,
      lines: [C('PARKHAUS ALTSTADT'), C('Stadtwerke Lüneburg GmbH'), C('USt-IdNr. DE116302298'), '', 'Mar 7, 2025  14:22', 'Einfahrt  11:10   Ausfahrt 14:22', 'Ticket 0047821', '',
        L(items[0].d, m(s.total)), '', L('Betrag EUR', m(s.total)), L(`Netto`, m(s.net)), L('inkl. 19% MwSt', m(s.tax)), L('Bezahlt Karte', m(s.total)), '', C('Gute Fahrt!')],
    };
  })(),
  (() => {
    const names = ['Lait entier UHT 1l', 'Pain paysan 500g', 'Gruyère AOP 250g', 'Pommes Gala kg', 'Yogourt nature 4x', 'Café grains 500g', 'Chocolat au lait 100g',
      'Pâtes spaghetti 500g', 'Tomates pelées 400g', 'Eau minérale 6x1,5l', 'Savon liquide', 'Papier ménage 4 rlx', 'Beurre 250g', 'Oeufs plein air 6'];
    const g = [165, 340, 625, 389, 260, 1190, 195, 210, 145, 395, 420, 760, 385, 480];
    const cd = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1];
    const items = names.map((d, i) => ({ d, g: g[i], c: String(cd[i]) }));
    const s = sumReceipt(items, { 1: 2.6, 2: 8.1 });
    const m = (v) => money(v, 'ch');
    return {
      file: 'fr-ch-supermarche-long-carte.jpg', effect: 'angle', date: '2025-03-07', currency: 'CHF', s,
      lines: [C('SUPERMARCHÉ DU LAC'), C('Rue du Simplon 15, 1800 Vevey'), C('CHE-105.992.411 TVA'), '', '07.03.2025 14:22   Caisse 4   No 8812', '',
        ...items.map((i) => L(`${i.d} ${i.c}`, m(i.g))), '-'.repeat(38),
        L('TOTAL CHF', m(s.total)), L('Carte de débit', m(s.total)), '',
        ...table(s, 'ch', L('TVA  Taux   Net    TVA', 'Total'), (t) => L(`${t.c}  ${String(t.pct).padEnd(4)}% ${m(t.net).padStart(6)} ${m(t.tax).padStart(5)}`, m(t.gross))),
        '', C('Debit Mastercard'), 'Trm-Id 30144812  Trx 000944', L('Montant CHF', m(s.total)), C('Paiement effectué'), C('Merci et à bientôt')],
    };
  })(),
];

/** A hotel folio photographed (an invoice with its number, settled by card). */
export const FOLIO = (() => {
  const lines = [
    { d: '06.03. Übernachtung DZ', q: 1, g: 12800, k: 'B' },
    { d: '07.03. Übernachtung DZ', q: 1, g: 12800, k: 'B' },
    { d: '08.03. Übernachtung DZ', q: 1, g: 12800, k: 'B' },
    { d: 'Frühstück 2 P. x 3', q: 1, g: 11400, k: 'A' },
    { d: 'Parkplatz 3 Nächte', q: 1, g: 3600, k: 'A' },
    { d: 'Minibar', q: 1, g: 890, k: 'A' },
  ];
  const items = lines.map((l) => ({ d: l.d, g: l.g, c: l.k }));
  const s = sumReceipt(items, { A: 19, B: 7 });
  return {
    file: 'de-hotel-folio-foto.jpg', effect: 'perspective', items, s,
    truth: { invoiceNumber: '250309-1187', invoiceDate: '2025-03-09', dueDate: null, total: s.total / 100, subtotal: s.net / 100, tax: s.tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
})();
