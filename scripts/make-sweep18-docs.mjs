// Data and truth of the eighteenth held-out sweep (fixtures/sweep18): what a small firm's bookkeeper
// finds in a month's folder (trades, professions, small shops; DE/FR, three rarely seen languages).
// Amounts are integer cents; every printed total is computed from the printed lines, so the truth and
// the print cannot disagree. Layout lives in make-sweep18-fixtures.mjs.

const pad = (n) => String(n).padStart(2, '0');
/** Cents as printed in a locale: de 1.234,56 / fr 1 234,56 / ch 1'234.56 / en 1,234.56. */
export function money(c, style) {
  const neg = c < 0;
  const a = Math.abs(c);
  const int = String(Math.floor(a / 100));
  const dec = pad(a % 100);
  const sep = { de: '.', fr: ' ', ch: "'", en: ',' }[style];
  const mark = style === 'ch' || style === 'en' ? '.' : ',';
  return (neg ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + mark + dec;
}
const dmy = (iso, sep = '.') => iso.split('-').reverse().join(sep);
const vat = (net, rate) => Math.round((net * rate) / 100);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const eur = (c) => c / 100;

/** Item rows [desc, qty, unit cents] -> printed rows and their net sum. */
function items(rows, style, unitWord = '') {
  const printed = rows.map(([d, q, u]) => [d, String(q).replace('.', style === 'ch' || style === 'en' ? '.' : ','), money(u, style) + unitWord, money(Math.round(q * u), style)]);
  return { printed, net: sum(rows.map(([, q, u]) => Math.round(q * u))) };
}

const T = (invoiceNumber, invoiceDate, dueDate, total, subtotal, tax, currency, documentType) => {
  const t = { invoiceNumber, invoiceDate, dueDate, total: eur(total) };
  if (subtotal !== undefined) t.subtotal = subtotal === null ? null : eur(subtotal);
  if (tax !== undefined) t.tax = tax === null ? null : eur(tax);
  return { ...t, currency, documentType };
};

const DE_FROM = (name, street, city, extra = []) => [name, street, city, ...extra];

export function documents() {
  const docs = [];

  // 1. Handwerkerrechnung, Lohn / Material, §35a share
  {
    const lohn = items([['Geselle, Austausch Heizkörper', 6.5, 5800], ['Meister, Einregulierung', 1.5, 7200]], 'de');
    const mat = items([['Plattenheizkörper 22/600/1000', 1, 31450], ['Thermostatventil-Set', 2, 2890], ['Kleinmaterial pauschal', 1, 1850]], 'de');
    const net = lohn.net + mat.net, tax = vat(net, 19), tot = net + tax;
    const lohnBrutto = lohn.net + vat(lohn.net, 19);
    docs.push({ file: 'de-handwerker-heizung-lohn-material-35a.pdf', title: 'Rechnung', style: 'de',
      from: DE_FROM('Heizung & Sanitär Brenner GmbH', 'Gewerbering 12', '79108 Freiburg', ['USt-IdNr. DE301234567']),
      to: ['Familie Sommer', 'Kastanienweg 4', '79112 Freiburg'],
      meta: [['Rechnungs-Nr.', 'HS-2026-0147'], ['Rechnungsdatum', '12.02.2026'], ['Leistungszeitraum', '03.02.2026 - 04.02.2026'], ['Kunden-Nr.', '10488']],
      table: { head: ['Leistung', 'Std./Menge', 'Einzelpreis', 'Betrag'], rows: [['Arbeitsleistung (Lohn)', '', '', ''], ...lohn.printed, ['Material', '', '', ''], ...mat.printed] },
      totals: [['Summe Lohn netto', money(lohn.net, 'de')], ['Summe Material netto', money(mat.net, 'de')], ['Nettobetrag', money(net, 'de')], ['zzgl. 19 % MwSt.', money(tax, 'de')], ['Rechnungsbetrag EUR', money(tot, 'de')]],
      notes: [`Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG: ${money(lohnBrutto, 'de')} EUR (inkl. MwSt.).`, 'Zahlbar innerhalb von 14 Tagen ohne Abzug. IBAN DE02 1203 0000 0000 2020 51'],
      truth: T('HS-2026-0147', '2026-02-12', null, tot, net, tax, 'EUR', 'invoice') });
  }
  // 2. Abschlagsrechnung
  {
    const net = 1800000, tax = vat(net, 19), tot = net + tax;
    docs.push({ file: 'de-bau-abschlagsrechnung-2.pdf', title: '2. Abschlagsrechnung', style: 'de',
      from: DE_FROM('Holzbau Kerner GmbH & Co. KG', 'Sägewerkstraße 3', '87435 Kempten', ['Steuernummer 127/245/60871']),
      to: ['Bauherrengemeinschaft Lindenhof', 'Lindenstraße 22', '87439 Kempten'],
      meta: [['Bauvorhaben', 'Neubau MFH Lindenhof, Dachstuhl'], ['Auftrag vom', '14.10.2025'], ['Rechnungs-Nr.', 'AR-26-0031'], ['Datum', '27.02.2026']],
      table: { head: ['Pos.', 'Beschreibung', '', 'Betrag'], rows: [['1', 'Abschlag nach Baufortschritt: Abbund und Richten (60 %)', '', money(net, 'de')]] },
      totals: [['Abschlag netto', money(net, 'de')], ['Umsatzsteuer 19 %', money(tax, 'de')], ['Abschlagsbetrag brutto', money(tot, 'de')]],
      notes: ['Zahlbar bis 13.03.2026 ohne Abzug.', 'Gesamtauftragssumme netto 30.000,00 EUR; 1. Abschlag vom 20.01.2026 bereits bezahlt.'],
      truth: T('AR-26-0031', '2026-02-27', '2026-03-13', tot, net, tax, 'EUR', 'invoice') });
  }
  // 3. Schlussrechnung with Abschläge and Sicherheitseinbehalt
  {
    const pos = items([['Dachstuhl Holzkonstruktion', 1, 2350000], ['Zimmererarbeiten Gauben', 2, 214000], ['Nachtrag 1: Dachfenster-Wechsel', 4, 38500]], 'de');
    const net = pos.net, tax = vat(net, 19), gross = net + tax;
    const a1 = 1071000, a2 = 2142000, retention = Math.round(gross * 0.05), pay = gross - a1 - a2 - retention;
    docs.push({ file: 'de-bau-schlussrechnung-einbehalt.pdf', title: 'Schlussrechnung', style: 'de',
      from: DE_FROM('Holzbau Kerner GmbH & Co. KG', 'Sägewerkstraße 3', '87435 Kempten'),
      to: ['Bauherrengemeinschaft Lindenhof', 'Lindenstraße 22', '87439 Kempten'],
      meta: [['Schlussrechnung Nr.', 'SR-26-0044'], ['Rechnungsdatum', '24.03.2026'], ['Abnahme am', '17.03.2026']],
      table: { head: ['Leistung', 'Menge', 'EP', 'GP'], rows: pos.printed },
      totals: [['Gesamtleistung netto', money(net, 'de')], ['19 % USt', money(tax, 'de')], ['Gesamtleistung brutto', money(gross, 'de')], ['abzgl. 1. Abschlag (AR-26-0012) brutto', money(-a1, 'de')], ['abzgl. 2. Abschlag (AR-26-0031) brutto', money(-a2, 'de')], ['abzgl. Sicherheitseinbehalt 5 %', money(-retention, 'de')], ['Restforderung', money(pay, 'de')]],
      notes: ['Zahlbar innerhalb von 30 Tagen nach Zugang.'],
      truth: T('SR-26-0044', '2026-03-24', null, gross, net, tax, 'EUR', 'invoice') });
  }
  // 4. Baustoffhandel many lines + Skonto
  {
    const rows = [['Kalksandstein KS 2DF', 480, 62], ['Porenbeton-Planstein 24cm', 96, 389], ['Dünnbettmörtel 25 kg', 14, 1190], ['Zement CEM II 25 kg', 20, 745], ['Bausand 0/2 lose, t', 3, 3400], ['Baustahlmatte Q188', 6, 5430], ['Schalungsbrett 24 mm, lfm', 60, 285], ['PE-Folie 4x25 m', 2, 3890], ['Bitumenbahn V13', 3, 4120], ['Mauerwerksanker', 50, 54], ['Transport Kran-LKW', 1, 9500], ['Palettenpfand', 8, 1200], ['Rücknahme Paletten', -8, 1200]];
    const it = items(rows, 'de');
    const net = it.net, tax = vat(net, 19), tot = net + tax, skonto = Math.round(tot * 0.02);
    docs.push({ file: 'de-baustoffhandel-lieferung-skonto.pdf', title: 'Rechnung', style: 'de',
      from: DE_FROM('Baustoffe Riegler KG', 'Am Hafen 8', '47119 Duisburg', ['USt-IdNr. DE812345670']),
      to: ['Bauunternehmung Okafor', 'Rheinweg 71', '47051 Duisburg'],
      meta: [['Rechnung', '4711-082215'], ['Datum', '09.01.2026'], ['Lieferschein', 'LS 2266031'], ['Kunde', '300871']],
      table: { head: ['Artikel', 'Menge', 'Preis', 'Betrag'], rows: it.printed },
      totals: [['Warenwert netto', money(net, 'de')], ['MwSt 19 %', money(tax, 'de')], ['Rechnungsbetrag', money(tot, 'de')]],
      notes: [`Zahlung bis 19.01.2026 abzüglich 2 % Skonto (${money(skonto, 'de')} EUR): ${money(tot - skonto, 'de')} EUR`, 'oder bis 08.02.2026 netto ohne Abzug.'],
      truth: T('4711-082215', '2026-01-09', '2026-02-08', tot, net, tax, 'EUR', 'invoice') });
  }
  // 5. Kostennote Anwalt, Auslagen outside VAT
  {
    const fee = 72540 + 2000, tax = vat(fee, 19), ausl = 4200 + 1800, tot = fee + tax + ausl;
    docs.push({ file: 'de-anwalt-kostennote-rvg-auslagen.pdf', title: 'Kostennote', style: 'de',
      from: DE_FROM('Rechtsanwältin Dr. Mira Falkenberg', 'Königsallee 60', '40212 Düsseldorf', ['USt-IdNr. DE298765432']),
      to: ['Herrn Jonas Petersen', 'Grafenberger Allee 9', '40237 Düsseldorf'],
      meta: [['Unser Zeichen', '126/25 FA'], ['Kostennote Nr.', 'KN-2026-0019'], ['Datum', '16.01.2026'], ['Gegenstandswert', '8.000,00 EUR']],
      table: { head: ['Gebühr', 'VV RVG', 'Satz', 'Betrag'], rows: [['Geschäftsgebühr §§ 13, 14', 'Nr. 2300', '1,3', money(72540, 'de')], ['Post- und Telekommunikationspauschale', 'Nr. 7002', '', money(2000, 'de')], ['Zwischensumme netto', '', '', money(fee, 'de')], ['19 % Umsatzsteuer', 'Nr. 7008', '', money(tax, 'de')], ['Gerichtskosten verauslagt (nicht steuerbar)', '', '', money(4200, 'de')], ['Grundbuchauszug (durchlaufender Posten)', '', '', money(1800, 'de')]] },
      totals: [['Gesamtbetrag', money(tot, 'de')]],
      notes: ['Ich bitte um Ausgleich binnen 14 Tagen.'],
      truth: T('KN-2026-0019', '2026-01-16', null, tot, fee, tax, 'EUR', 'invoice') });
  }
  // 6. Zahnarzt GOZ, no VAT
  {
    const rows = [['0010', 'Eingehende Untersuchung', 1, '2,3', 1294], ['1040', 'Professionelle Zahnreinigung', 28, '2,3', 362], ['2060', 'Kompositfüllung, einflächig', 1, '3,5', 8936], ['Ä5000', 'Röntgen, Zahnaufnahme', 2, '1,8', 755]];
    const printed = rows.map(([n, d, q, f, u]) => [`${n} ${d}`, String(q), f, money(q * u, 'de')]);
    const tot = sum(rows.map(([, , q, , u]) => q * u));
    docs.push({ file: 'de-zahnarzt-privatliquidation-goz.pdf', title: 'Privatliquidation', style: 'de',
      from: DE_FROM('Zahnarztpraxis Dr. Elena Wiegand', 'Marktplatz 2', '93047 Regensburg'),
      to: ['Frau Hanna Vogel', 'Donaustaufer Str. 40', '93059 Regensburg'],
      meta: [['Rechnungsnummer', 'ZA-26-00388'], ['Rechnungsdatum', '05.03.2026'], ['Behandlungszeitraum', '10.02.2026 - 24.02.2026']],
      table: { head: ['GOZ/GOÄ-Nr. Leistung', 'Anz.', 'Faktor', 'Betrag EUR'], rows: printed },
      totals: [['Rechnungsbetrag', money(tot, 'de')]],
      notes: ['Ärztliche Leistungen sind nach § 4 Nr. 14 UStG umsatzsteuerfrei.', 'Bitte überweisen Sie den Betrag bis zum 04.04.2026.'],
      truth: T('ZA-26-00388', '2026-03-05', '2026-04-04', tot, tot, 0, 'EUR', 'invoice') });
  }
  // 7. Steuerberater
  {
    const it = items([['Einkommensteuererklärung 2025, § 24 StBVV', 1, 64000], ['Anlage V, 2 Objekte', 2, 12500], ['Auslagenpauschale § 16 StBVV', 1, 2000]], 'de');
    const net = it.net, tax = vat(net, 19), tot = net + tax;
    docs.push({ file: 'de-steuerberater-honorarrechnung.pdf', title: 'Rechnung', style: 'de',
      from: DE_FROM('Steuerberatung Aydin & Roth PartG mbB', 'Bahnhofstr. 17', '30159 Hannover'),
      to: ['Herrn Dr. Paul Eckert', 'Lister Meile 55', '30161 Hannover'],
      meta: [['Rechnung Nr.', '2026/0215'], ['vom', '23.02.2026'], ['Mandant', '40127']],
      table: { head: ['Tätigkeit', 'Anz.', 'Gebühr', 'Betrag'], rows: it.printed },
      totals: [['Summe netto', money(net, 'de')], ['USt 19 %', money(tax, 'de')], ['Rechnungsbetrag', money(tot, 'de')]],
      notes: ['Der Betrag wird am 05.03.2026 von Ihrem Konto abgebucht (SEPA-Mandat M-40127).'],
      truth: T('2026/0215', '2026-02-23', '2026-03-05', tot, net, tax, 'EUR', 'invoice') });
  }
  // 8. Übersetzer, per line, Kleinunternehmer §19
  {
    const it = items([['Fachübersetzung EN>DE, Normzeilen à 55 Anschläge', 184, 165], ['Beglaubigung', 1, 2500], ['Expresszuschlag 20 %', 1, Math.round(184 * 165 * 0.2)]], 'de');
    const tot = it.net;
    docs.push({ file: 'de-uebersetzer-normzeilen-kleinunternehmer.pdf', title: 'Rechnung', style: 'de',
      from: DE_FROM('Lena Marković – Übersetzungen', 'Südliche Münchner Str. 8', '82031 Grünwald', ['Steuernummer 143/218/30552']),
      to: ['Kanzlei Berger Lutz', 'Maximilianstr. 30', '80539 München'],
      meta: [['Rechnungsnummer', 'LM-2026-012'], ['Rechnungsdatum', '02.03.2026'], ['Lieferdatum', '27.02.2026']],
      table: { head: ['Leistung', 'Menge', 'Preis', 'Summe'], rows: it.printed },
      totals: [['Gesamtbetrag', money(tot, 'de')]],
      notes: ['Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.', 'Zahlungsziel: 10 Tage.'],
      truth: T('LM-2026-012', '2026-03-02', null, tot, tot, 0, 'EUR', 'invoice') });
  }
  // 9. Reverse charge AT -> DE
  {
    const it = items([['Montage Kühlzelle, Techniker-Stunden', 22, 6800], ['Anfahrt pauschal', 1, 24000]], 'de');
    const net = it.net;
    docs.push({ file: 'de-at-reverse-charge-montage.pdf', title: 'Rechnung', style: 'de',
      from: DE_FROM('Kältetechnik Huber GmbH', 'Industriezeile 47', '4020 Linz, Österreich', ['UID ATU12345678']),
      to: ['Metzgerei Schwarz GmbH', 'Ludwigstraße 3', '94032 Passau, Deutschland', 'USt-IdNr. DE276543219'],
      meta: [['Rechnungsnummer', '2026-RE-00093'], ['Rechnungsdatum', '19.01.2026'], ['Fällig am', '18.02.2026']],
      table: { head: ['Bezeichnung', 'Menge', 'Preis', 'Betrag'], rows: it.printed },
      totals: [['Nettobetrag', money(net, 'de')], ['USt 0 %', money(0, 'de')], ['Rechnungsbetrag EUR', money(net, 'de')]],
      notes: ['Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge), Art. 196 MwStSystRL.'],
      truth: T('2026-RE-00093', '2026-01-19', '2026-02-18', net, net, 0, 'EUR', 'invoice') });
  }
  // 10. Differenzbesteuerung
  {
    const tot = 1249000;
    docs.push({ file: 'de-gebrauchtwagen-differenzbesteuerung.pdf', title: 'Rechnung', style: 'de',
      from: DE_FROM('Autohaus Stein e.K.', 'Hagener Str. 120', '58285 Gevelsberg'),
      to: ['Frau Nadia Kowalczyk', 'Wittener Str. 8', '58313 Herdecke'],
      meta: [['Rechnung-Nr.', 'GW-26-1178'], ['Datum', '07.03.2026'], ['Fahrzeug', 'VW Golf 1.5 TSI, EZ 05/2021, 48.210 km']],
      table: { head: ['Bezeichnung', '', '', 'Preis'], rows: [['Gebrauchtfahrzeug lt. Kaufvertrag vom 05.03.2026', '', '', money(tot, 'de')]] },
      totals: [['Gesamtpreis', money(tot, 'de')]],
      notes: ['Gebrauchtgegenstände / Sonderregelung (§ 25a UStG). Die Umsatzsteuer wird nicht gesondert ausgewiesen.', 'Betrag bar erhalten am 07.03.2026.'],
      truth: T('GW-26-1178', '2026-03-07', null, tot, null, null, 'EUR', 'invoice') });
  }
  // 11. Gutschrift Rücksendung
  {
    const it = items([['Akku-Schlagbohrschrauber 18 V (Rückgabe)', 1, 16798]], 'de');
    const net = it.net, tax = vat(net, 19), tot = net + tax;
    docs.push({ file: 'de-gutschrift-ruecksendung.pdf', title: 'Gutschrift', style: 'de',
      from: DE_FROM('Werkzeug Lorenz GmbH', 'Kanalstr. 5', '28217 Bremen'),
      to: ['Elektro Yilmaz', 'Vegesacker Str. 101', '28219 Bremen'],
      meta: [['Gutschrift-Nr.', 'GS-26-0072'], ['Datum', '18.02.2026'], ['zu Rechnung', 'RE-26-1419 vom 02.02.2026']],
      table: { head: ['Artikel', 'Menge', 'Preis', 'Betrag'], rows: it.printed },
      totals: [['Netto', money(net, 'de')], ['MwSt 19 %', money(tax, 'de')], ['Gutschriftsbetrag', money(tot, 'de')]],
      notes: ['Der Betrag wird Ihrem Kundenkonto gutgeschrieben.'],
      truth: T('GS-26-0072', '2026-02-18', null, tot, net, tax, 'EUR', 'credit_note') });
  }
  // 12. CH Schreinerei with Skonto
  {
    const it = items([['Einbauschrank Eiche, nach Mass', 1, 468000], ['Montage (Std.)', 6, 9500]], 'ch');
    const net = it.net, tax = Math.round(net * 0.081 / 5) * 5, tot = net + tax;
    docs.push({ file: 'de-ch-schreinerei-rechnung-skonto.pdf', title: 'Rechnung', style: 'ch',
      from: DE_FROM('Schreinerei Zbinden AG', 'Werkstrasse 9', '3600 Thun', ['CHE-123.456.789 MWST']),
      to: ['Herr Luca Bühler', 'Seestrasse 14', '3652 Hilterfingen'],
      meta: [['Rechnung Nr.', '26-0310'], ['Datum', '10.03.2026']],
      table: { head: ['Position', 'Menge', 'Preis', 'Total CHF'], rows: it.printed },
      totals: [['Total exkl. MWST', money(net, 'ch')], ['MWST 8.1 %', money(tax, 'ch')], ['Total inkl. MWST CHF', money(tot, 'ch')]],
      notes: [`Zahlbar innert 10 Tagen mit 2 % Skonto (CHF ${money(tot - Math.round(tot * 0.02), 'ch')}) oder innert 30 Tagen netto.`],
      truth: T('26-0310', '2026-03-10', null, tot, net, tax, 'CHF', 'invoice') });
  }

  // ---- French ----
  // 13. Situation de travaux, retenue de garantie
  {
    const marche = 8640000, pct = 0.45, cumul = Math.round(marche * pct), prev = Math.round(marche * 0.2), net = cumul - prev;
    const tax = vat(net, 20), ttc = net + tax, ret = Math.round(ttc * 0.05), pay = ttc - ret;
    docs.push({ file: 'fr-situation-travaux-3-retenue-garantie.pdf', title: 'Situation de travaux n° 3', style: 'fr',
      from: ['SARL Maçonnerie Aubert', '14 rue des Tanneurs', '49100 Angers', 'SIRET 812 345 678 00021 – TVA FR32812345678'],
      to: ['SCI Les Tilleuls', '3 place du Ralliement', '49000 Angers'],
      meta: [['Facture n°', 'SIT-2026-0311'], ['Date', '31/03/2026'], ['Chantier', 'Extension maison individuelle'], ['Échéance', '30/04/2026']],
      table: { head: ['Désignation', 'Marché HT', 'Avancement', 'Montant HT'], rows: [['Gros œuvre, lot 02', money(marche, 'fr'), '45 %', money(cumul, 'fr')], ['Déduction situations précédentes (n° 1 et 2)', '', '20 %', money(-prev, 'fr')]] },
      totals: [['Montant HT de la situation', money(net, 'fr')], ['TVA 20 %', money(tax, 'fr')], ['Montant TTC', money(ttc, 'fr')], ['Retenue de garantie 5 %', money(-ret, 'fr')], ['Net à payer', money(pay, 'fr')]],
      notes: ['Retenue de garantie libérée un an après la réception des travaux.'],
      truth: T('SIT-2026-0311', '2026-03-31', '2026-04-30', ttc, net, tax, 'EUR', 'invoice') });
  }
  // 14. Devis (not an invoice)
  {
    const it = items([['Dépose ancienne baignoire', 1, 28000], ['Receveur de douche extra-plat 90x120', 1, 54900], ['Paroi vitrée', 1, 41250], ['Main-d\u2019œuvre plombier (h)', 12, 5200]], 'fr');
    const net = it.net, tax = vat(net, 10), tot = net + tax;
    docs.push({ file: 'fr-devis-salle-de-bain-plombier.pdf', title: 'DEVIS', style: 'fr',
      from: ['Plomberie Garnier EURL', '8 avenue Jean Jaurès', '69007 Lyon', 'SIRET 903 111 222 00015'],
      to: ['M. et Mme Benali', '22 rue Sala', '69002 Lyon'],
      meta: [['Devis n°', 'DV-26-0088'], ['Date', '14/01/2026'], ['Validité', '3 mois'], ['Début des travaux', 'à convenir']],
      table: { head: ['Désignation', 'Qté', 'PU HT', 'Total HT'], rows: it.printed },
      totals: [['Total HT', money(net, 'fr')], ['TVA 10 %', money(tax, 'fr')], ['Total TTC', money(tot, 'fr')]],
      notes: ['Acompte de 30 % à la commande. Devis reçu avant l\u2019exécution des travaux.', 'Bon pour accord, date et signature :'],
      truth: T('DV-26-0088', '2026-01-14', null, tot, net, tax, 'EUR', 'invoice') });
  }
  // 15. Note d'honoraires avocat, débours hors TVA
  {
    const hon = 180000, tax = vat(hon, 20), deb = 3560 + 1200, tot = hon + tax + deb;
    docs.push({ file: 'fr-avocat-note-honoraires-debours.pdf', title: 'Note d\u2019honoraires', style: 'fr',
      from: ['Maître Claire Dufresne', 'Avocat au Barreau de Bordeaux', '12 cours de l\u2019Intendance, 33000 Bordeaux', 'TVA FR58403998731'],
      to: ['SAS Vignobles Ardouin', 'Château Ardouin', '33710 Bourg'],
      meta: [['Note n°', 'NH-2026/027'], ['Bordeaux, le', '9 février 2026'], ['Dossier', 'Ardouin c/ Transports Morel']],
      table: { head: ['Prestations', '', '', 'Montant'], rows: [['Honoraires (forfait procédure de référé)', '', '', money(hon, 'fr')], ['TVA 20 % sur honoraires', '', '', money(tax, 'fr')], ['Débours : droit de plaidoirie, frais d\u2019huissier', '', '', money(3560, 'fr')], ['Débours : copies et affranchissements', '', '', money(1200, 'fr')]] },
      totals: [['Total HT (honoraires)', money(hon, 'fr')], ['Total TTC à régler', money(tot, 'fr')]],
      notes: ['Les débours ne sont pas soumis à la TVA.', 'Règlement à réception.'],
      truth: T('NH-2026/027', '2026-02-09', null, tot, hon, tax, 'EUR', 'invoice') });
  }
  // 16. Note d'honoraires médecin, TVA non applicable
  {
    const tot = 6000 + 2500;
    docs.push({ file: 'fr-medecin-note-honoraires-secteur2.pdf', title: 'Note d\u2019honoraires', style: 'fr',
      from: ['Dr Antoine Lebrun', 'Rhumatologue – secteur 2', '5 boulevard Victor Hugo, 06000 Nice', 'RPPS 10101234567'],
      to: ['Mme Sophie Marchal', '18 rue de France', '06000 Nice'],
      meta: [['N°', '2026-0412'], ['Date de la consultation', '17/02/2026']],
      table: { head: ['Acte', '', '', 'Montant'], rows: [['Consultation spécialiste (APC)', '', '', money(6000, 'fr')], ['Dépassement d\u2019honoraires', '', '', money(2500, 'fr')]] },
      totals: [['Total', money(tot, 'fr')]],
      notes: ['TVA non applicable, article 261-4-1° du CGI.', 'Acquittée par carte bancaire le 17/02/2026.'],
      truth: T('2026-0412', '2026-02-17', null, tot, tot, 0, 'EUR', 'invoice') });
  }
  // 17. Auto-entrepreneur art. 293 B
  {
    const it = items([['Création site vitrine (forfait)', 1, 120000], ['Rédaction de contenus, par page', 6, 9000]], 'fr');
    const tot = it.net;
    docs.push({ file: 'fr-auto-entrepreneur-293b-webdesign.pdf', title: 'FACTURE', style: 'fr',
      from: ['Inès Rolland – EI', 'Graphisme & web', '27 rue Paradis, 13001 Marseille', 'SIRET 891 234 567 00018'],
      to: ['Boulangerie Fournil du Port', '4 quai de Rive-Neuve', '13007 Marseille'],
      meta: [['Facture N°', 'F2026-007'], ['Date d\u2019émission', '20/02/2026'], ['Date d\u2019échéance', '22/03/2026']],
      table: { head: ['Description', 'Qté', 'Prix unitaire', 'Total'], rows: it.printed },
      totals: [['Total à payer', money(tot, 'fr')]],
      notes: ['TVA non applicable, art. 293 B du CGI.', 'Pénalités de retard : 3 fois le taux d\u2019intérêt légal ; indemnité forfaitaire de 40 €.'],
      truth: T('F2026-007', '2026-02-20', '2026-03-22', tot, tot, 0, 'EUR', 'invoice') });
  }
  // 18. Autoliquidation FR -> BE
  {
    const it = items([['Traduction technique FR>NL, mots', 6250, 12], ['Relecture (h)', 3, 5500]], 'fr');
    const net = it.net;
    docs.push({ file: 'fr-autoliquidation-traduction-vers-be.pdf', title: 'Facture', style: 'fr',
      from: ['Traductions Lemaire SARL', '40 rue Nationale', '59800 Lille', 'TVA FR71512345678'],
      to: ['Dewaele Industrie SA', 'Kortrijksesteenweg 200', '9830 Sint-Martens-Latem, Belgique', 'TVA BE0456789123'],
      meta: [['Facture n°', 'TL-26-0204'], ['Date', '04/02/2026'], ['Échéance', '06/03/2026']],
      table: { head: ['Prestation', 'Qté', 'PU', 'Montant HT'], rows: it.printed },
      totals: [['Total HT', money(net, 'fr')], ['TVA', '0,00'], ['Total dû', money(net, 'fr')]],
      notes: ['Autoliquidation – TVA due par le preneur, article 196 de la directive 2006/112/CE.'],
      truth: T('TL-26-0204', '2026-02-04', '2026-03-06', net, net, 0, 'EUR', 'invoice') });
  }
  // 19. Régime de la marge, brocante
  {
    const it = items([['Buffet deux corps en merisier', 1, 68000], ['Paire de chaises paillées', 1, 14000]], 'fr');
    const tot = it.net;
    docs.push({ file: 'fr-brocante-regime-marge.pdf', title: 'Facture', style: 'fr',
      from: ['Brocante du Vieux Moulin', '2 route de Chartres', '28300 Jouy', 'SIRET 504 321 987 00012'],
      to: ['M. Hugo Perrin', '9 rue du Bourg', '28000 Chartres'],
      meta: [['Facture n°', 'BVM-0214'], ['Date', '21/03/2026']],
      table: { head: ['Article', 'Qté', 'Prix', 'Montant'], rows: it.printed },
      totals: [['Total TTC', money(tot, 'fr')]],
      notes: ['Régime particulier – Biens d\u2019occasion (art. 297 A du CGI). TVA sur la marge non récupérable.', 'Payé par chèque.'],
      truth: T('BVM-0214', '2026-03-21', null, tot, null, null, 'EUR', 'invoice') });
  }
  // 20. Avoir
  {
    const it = items([['Retour : perceuse à colonne (défaut)', 1, 24917]], 'fr');
    const net = it.net;
    docs.push({ file: 'fr-be-avoir-retour-article.pdf', title: 'Note de crédit', style: 'fr',
      from: ['Outillage Vandenberghe SPRL', 'Chaussée de Louvain 88', '1300 Wavre', 'TVA BE0712345678'],
      to: ['Menuiserie Dubois', 'Rue de Namur 3', '5000 Namur'],
      meta: [['Note de crédit n°', 'NC-2026-0009'], ['Date', '12/03/2026'], ['Réf. facture', 'F-2026-0187 du 20/02/2026']],
      table: { head: ['Article', 'Qté', 'PU HTVA', 'Total HTVA'], rows: it.printed },
      totals: [['Total HTVA', money(net, 'fr')], ['TVA 21 %', money(vat(net, 21), 'fr')], ['Total TVAC', money(net + vat(net, 21), 'fr')]],
      notes: ['Montant porté au crédit de votre compte client.'],
      truth: T('NC-2026-0009', '2026-03-12', null, net + vat(net, 21), net, vat(net, 21), 'EUR', 'credit_note') });
  }
  // 21. Escompte printed as alternative
  {
    const it = items([['Fioul domestique (litres)', 1500, 112], ['Frais de livraison', 1, 2500]], 'fr');
    const net = it.net, tax = vat(net, 20), tot = net + tax, esc = Math.round(tot * 0.01);
    docs.push({ file: 'fr-lu-fioul-escompte.pdf', title: 'Facture', style: 'fr',
      from: ['Combustibles Weber S.à r.l.', '12 route d\u2019Arlon', 'L-8009 Strassen', 'TVA LU12345613'],
      to: ['Résidence Les Bouleaux', '5 rue Principale', 'L-5240 Sandweiler'],
      meta: [['Facture n°', '260117'], ['Date', '17/01/2026'], ['Date de livraison', '16/01/2026']],
      table: { head: ['Désignation', 'Qté', 'PU HT', 'Montant HT'], rows: it.printed },
      totals: [['Total HT', money(net, 'fr')], ['TVA 20 %', money(tax, 'fr')], ['Total TTC', money(tot, 'fr')]],
      notes: [`Escompte 1 % pour paiement sous 8 jours : ${money(tot - esc, 'fr')} EUR à payer avant le 25/01/2026.`, 'Sans escompte : paiement à 30 jours.'],
      truth: T('260117', '2026-01-17', null, tot, net, tax, 'EUR', 'invoice') });
  }
  // 22. CH expert-comptable
  {
    const it = items([['Bouclement comptable 2025 (h)', 14, 16000], ['Déclaration TVA annuelle', 1, 45000]], 'ch');
    const net = it.net, tax = Math.round(net * 0.081), tot = net + tax;
    docs.push({ file: 'fr-ch-fiduciaire-honoraires.pdf', title: 'Facture d\u2019honoraires', style: 'ch',
      from: ['Fiduciaire Rochat & Fils SA', 'Rue du Simplon 5', '1006 Lausanne', 'CHE-234.567.891 TVA'],
      to: ['Atelier Graf Sàrl', 'Av. de Morges 30', '1004 Lausanne'],
      meta: [['Facture n°', 'FR-26-0133'], ['Lausanne, le', '26 février 2026'], ['Payable jusqu\u2019au', '28.03.2026']],
      table: { head: ['Prestation', 'Qté', 'Tarif', 'Montant CHF'], rows: it.printed },
      totals: [['Total hors TVA', money(net, 'ch')], ['TVA 8,1 %', money(tax, 'ch')], ['Total CHF', money(tot, 'ch')]],
      notes: ['Merci de régler au moyen de la QR-facture jointe.'],
      truth: T('FR-26-0133', '2026-02-26', '2026-03-28', tot, net, tax, 'CHF', 'invoice') });
  }

  // ---- rarely covered languages ----
  {
    const it = items([['Obair leictreachais (uair an chloig)', 5, 6500], ['Ábhair', 1, 18540]], 'en');
    const net = it.net, tax = Math.round(net * 0.135), tot = net + tax;
    docs.push({ file: 'ga-sonrasc-leictreoir.pdf', title: 'Sonrasc', style: 'en',
      from: ['Ó Briain Leictreachas Teo.', 'Bóthar na Trá', 'Gaillimh H91 X2Y3', 'Uimhir CBL IE1234567T'],
      to: ['Caife an Chalaidh', 'Sráid na Siopaí', 'Gaillimh'],
      meta: [['Uimhir sonraisc', 'OB-2026-041'], ['Dáta', '11/02/2026'], ['Dáta dlite', '13/03/2026']],
      table: { head: ['Cur síos', 'Méid', 'Praghas', 'Suim'], rows: it.printed },
      totals: [['Glan', money(net, 'en')], ['CBL 13.5%', money(tax, 'en')], ['Iomlán le híoc €', money(tot, 'en')]],
      notes: ['Íocaíocht laistigh de 30 lá, le do thoil.'],
      truth: T('OB-2026-041', '2026-02-11', '2026-03-13', tot, net, tax, 'EUR', 'invoice') });
  }
  {
    const it = items([['Torutööd, töötund', 8, 4200], ['Segisti paigaldus', 1, 6500], ['Materjalid', 1, 11230]], 'fr');
    const net = it.net, tax = vat(net, 24), tot = net + tax;
    docs.push({ file: 'et-arve-torutood.pdf', title: 'ARVE', style: 'fr',
      from: ['Torumeister OÜ', 'Pärnu mnt 140', '11317 Tallinn', 'KMKR EE101234567'],
      to: ['Kask ja Partnerid OÜ', 'Narva mnt 7', '10117 Tallinn'],
      meta: [['Arve nr', 'TM-26-0058'], ['Kuupäev', '06.03.2026'], ['Maksetähtaeg', '20.03.2026']],
      table: { head: ['Kirjeldus', 'Kogus', 'Hind', 'Summa'], rows: it.printed },
      totals: [['Summa km-ta', money(net, 'fr')], ['Käibemaks 24%', money(tax, 'fr')], ['Kokku tasuda EUR', money(tot, 'fr')]],
      notes: ['Viivis 0,1% päevas.'],
      truth: T('TM-26-0058', '2026-03-06', '2026-03-20', tot, net, tax, 'EUR', 'invoice') });
  }
  {
    const it = items([['Arbeiði, tímar', 7, 45000], ['Tilfar', 1, 128000]], 'ch');
    const net = it.net, tax = vat(net, 25), tot = net + tax;
    docs.push({ file: 'fo-rokningur-smidur.pdf', title: 'Rokningur', style: 'ch',
      from: ['Smiðjan Sp/f', 'Vesturgøta 12', '100 Tórshavn', 'V-tal 512345'],
      to: ['Hotel Hav', 'Bryggjubakki 3', '100 Tórshavn'],
      meta: [['Rokningur nr.', '2026-117'], ['Dagfesting', '25.02.2026'], ['Gjaldkomudagur', '10.03.2026']],
      table: { head: ['Lýsing', 'Nøgd', 'Prísur', 'Upphædd'], rows: it.printed },
      totals: [['Tilsamans uttan MVG', money(net, 'ch')], ['MVG 25%', money(tax, 'ch')], ['At gjalda DKK', money(tot, 'ch')]],
      notes: [],
      truth: T('2026-117', '2026-02-25', '2026-03-10', tot, net, tax, 'DKK', 'invoice') });
  }

  // ---- till receipts (images) ----
  const receipt = (file, lines, truth, image) => docs.push({ file, receipt: lines, image, truth });
  {
    const rows = [['Roggenmischbrot 1000g', 420], ['Brezel x4', 4 * 95], ['Butterkuchen', 250], ['Kaffee to go', 280]];
    const tot = sum(rows.map((r) => r[1]));
    const tax7 = Math.round((tot - 280) * 7 / 107), tax19 = Math.round(280 * 19 / 119);
    receipt('de-baeckerei-kassenbon-foto.jpg', ['Bäckerei Hofmann', 'Hauptstr. 18, 72072 Tübingen', '', ...rows.map(([d, c]) => [d, money(c, 'de')]), ['SUMME EUR', money(tot, 'de')], ['Bar', money(1500, 'de')], ['Rückgeld', money(1500 - tot, 'de')], '', ['MwSt 7% ', money(tax7, 'de')], ['MwSt 19%', money(tax19, 'de')], '', '14.03.2026  07:42  Bon 4471', 'Danke für Ihren Einkauf!'],
      T(null, '2026-03-14', null, tot, undefined, tax7 + tax19, 'EUR', 'receipt'), { dpi: 200, tilt: 1.6, contrast: 1, photo: true });
  }
  {
    const rows = [['Ibuprofen 400 20 St', 549], ['Rezept: Amoxicillin 1000', 0], ['  Zuzahlung', 500], ['Nasenspray', 399]];
    const tot = sum(rows.map((r) => r[1]));
    receipt('de-apotheke-zuzahlung-scan.png', ['Linden-Apotheke', 'Lindenplatz 1, 04109 Leipzig', 'Tel. 0341 000000', '', ...rows.map(([d, c]) => [d, money(c, 'de')]), ['Gesamt EUR', money(tot, 'de')], ['EC-Karte', money(tot, 'de')], '', ['darin MwSt 19% ', money(Math.round(tot * 19 / 119), 'de')], '', 'Datum 03.02.2026 Zeit 16:20', 'Beleg-Nr. 8831'],
      T(null, '2026-02-03', null, tot, undefined, Math.round(tot * 19 / 119), 'EUR', 'receipt'), { dpi: 300, tilt: 0, contrast: 1 });
  }
  {
    const rows = [['VOLLMILCH 3,5% 1L  A', 119], ['BANANEN 1,2kg  A', 155], ['MINERALW. 6x1,5L  B', 294], ['PFAND 6x0,25  B', 150], ['SPUELMITTEL  B', 189], ['LEERGUT  ', -300]];
    const tot = sum(rows.map((r) => r[1]));
    const a = 119 + 155, b = 294 + 150 + 189 - 300;
    const ta = Math.round(a * 7 / 107), tb = Math.round(b * 19 / 119);
    receipt('de-supermarkt-kassenbon-pfand-lowcontrast.png', ['FRISCHMARKT Wendt', 'Alter Markt 4, 24103 Kiel', '', ...rows.map(([d, c]) => [d, money(c, 'de')]), ['SUMME', money(tot, 'de')], ['Geg. Bar', money(1000, 'de')], ['Zurück', money(1000 - tot, 'de')], '', ['A 7%  Netto ' + money(a - ta, 'de'), 'MwSt ' + money(ta, 'de')], ['B 19% Netto ' + money(b - tb, 'de'), 'MwSt ' + money(tb, 'de')], '', '22.01.2026 18:05 Kasse 2', 'Bon-Nr. 0193'],
      T(null, '2026-01-22', null, tot, undefined, ta + tb, 'EUR', 'receipt'), { dpi: 200, tilt: 0, contrast: 0.45 });
  }
  {
    const rows = [['Baguette tradition', 130], ['Croissant x2', 240], ['Tarte aux pommes', 1650]];
    const tot = sum(rows.map((r) => r[1]));
    const tax = Math.round(tot * 5.5 / 105.5);
    receipt('fr-boulangerie-ticket-tva-photo.jpg', ['BOULANGERIE DU MARCHÉ', '3 place Carnot, 21000 Dijon', '', ...rows.map(([d, c]) => [d, money(c, 'fr')]), ['TOTAL EUR', money(tot, 'fr')], ['CB', money(tot, 'fr')], '', ['TVA 5,50 %  HT ' + money(tot - tax, 'fr'), 'TVA ' + money(tax, 'fr')], '', 'Le 28/02/2026 à 08:14', 'Ticket n° 00377  Merci !'],
      T(null, '2026-02-28', null, tot, tot - tax, tax, 'EUR', 'receipt'), { dpi: 200, tilt: -1.2, contrast: 0.9, photo: true });
  }
  {
    const rows = [['Doliprane 1000mg', 218], ['Ordonnance : Augmentin', 1137], ['  Part sécu', -796], ['  Part mutuelle', -341]];
    const tot = sum(rows.map((r) => r[1]));
    receipt('fr-pharmacie-ticket-part-mutuelle.png', ['PHARMACIE DES ARCADES', '10 rue Nationale, 37000 Tours', '', ...rows.map(([d, c]) => [d, money(c, 'fr')]), ['RESTE À PAYER', money(tot, 'fr')], ['Espèces', money(tot, 'fr')], '', 'TVA 2,10 % incluse', '', '09/03/2026 11:02', 'Facture n° 554120'],
      T(null, '2026-03-09', null, tot, undefined, undefined, 'EUR', 'receipt'), { dpi: 300, tilt: 0, contrast: 1 });
  }
  {
    const rows = [['Holzschrauben 4x40 200St', 699], ['Dübel 8mm 50St', 349], ['Silikon transparent', 2 * 579], ['Schleifpapier K120 10er', 449]];
    const tot = sum(rows.map((r) => r[1]));
    const tax = Math.round(tot * 19 / 119);
    receipt('de-baumarkt-kassenbon-scan.png', ['HOLZ & HAMMER Baumarkt', 'Industriestr. 2, 66111 Saarbrücken', '', ...rows.map(([d, c]) => [d, money(c, 'de')]), ['Zwischensumme', money(tot, 'de')], ['Zu zahlen EUR', money(tot, 'de')], ['Girocard', money(tot, 'de')], '', ['Netto ' + money(tot - tax, 'de'), '19% MwSt ' + money(tax, 'de')], '', '06.02.2026  10:31  Kasse 04', 'Beleg 2207 - Umtausch 30 Tage mit Bon'],
      T(null, '2026-02-06', null, tot, tot - tax, tax, 'EUR', 'receipt'), { dpi: 200, tilt: 0, contrast: 1 });
  }
  {
    const rows = [['Le Monde', 350], ['Timbres x5', 5 * 152], ['Briquet', 200]];
    const tot = sum(rows.map((r) => r[1]));
    const tax = Math.round(200 * 20 / 120);
    receipt('fr-tabac-presse-ticket-photo.jpg', ['TABAC PRESSE LE GLOBE', '45 av. de la République, 75011 Paris', '', ...rows.map(([d, c]) => [d, money(c, 'fr')]), ['TOTAL', money(tot, 'fr')], ['Espèces', money(1000, 'fr')], ['Rendu', money(1000 - tot, 'fr')], '', ['TVA 20,00 %', money(tax, 'fr')], ['Presse/timbres', 'hors TVA'], '', '19/01/2026 17:48', 'Merci de votre visite'],
      T(null, '2026-01-19', null, tot, undefined, tax, 'EUR', 'receipt'), { dpi: 200, tilt: 0.8, contrast: 0.8, photo: true });
  }
  {
    const rows = [['2 kg Äpfel Boskop', 2 * 280], ['1 Kürbis', 350], ['Eier 10 St.', 390]];
    const tot = sum(rows.map((r) => r[1]));
    receipt('de-marktstand-quittung-handschrift.jpg', ['Quittung', 'Obsthof Lehner - Wochenmarkt', '', ...rows.map(([d, c]) => [d, money(c, 'de') + ' €']), ['Summe', money(tot, 'de') + ' €'], '', 'Betrag dankend erhalten', 'Würzburg, 21.03.2026'],
      T(null, '2026-03-21', null, tot, undefined, undefined, 'EUR', 'receipt'), { dpi: 200, tilt: -0.6, contrast: 0.9, photo: true, hand: true });
  }
  return docs.map((d) => ({ ...d, dmy }));
}
