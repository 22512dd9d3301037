// The seventeenth held-out sweep's documents (fixtures/sweep17): what each one prints and its truth,
// written blind (see fixtures/README.md). Travel and expense receipts and a household's recurring
// bills, German- and French-language, plus Croatian, Greek and Slovenian. Amounts are integer cents;
// every total is computed from the printed lines, so the truth and the print cannot disagree.
// scripts/make-sweep17-fixtures.mjs lays the blocks out (PDF or image).
//
// Blocks: ['h', text, size] heading; ['p', text] left line; ['pr', text] right line;
// ['kv', [[label, value]...], side] label/value block at 'left' or 'right'; ['two', leftLines, rightLines];
// ['tab', head, rows, widths, aligns]; ['sum', [[label, value, bold]...]] totals at the right;
// ['lr', label, value, bold] a receipt line (label left, value right); ['hw', label, value] a printed
// label with a handwritten value; ['gap', n]; ['rule'].

const SEP = { de: ['.', ','], fr: [' ', ','], ch: ["'", '.'], en: [',', '.'] };

/** 123456 cents -> "1.234,56" (de), "1 234,56" (fr), "1'234.56" (ch), "1,234.56" (en). */
export function money(cents, style = 'de') {
  const [th, dec] = SEP[style];
  const a = Math.abs(cents);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+$)/g, th);
  return `${cents < 0 ? '-' : ''}${int}${dec}${String(a % 100).padStart(2, '0')}`;
}
/** VAT contained in a gross amount at a rate in percent. */
const vatIn = (gross, rate) => Math.round((gross * rate) / (100 + rate));
/** VAT on a net amount. */
const vatOn = (net, rate) => Math.round((net * rate) / 100);
/** quantity x unit price (cents, maybe fractional) rounded to cents. */
const times = (q, unit) => Math.round(q * unit);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const eur = (c) => c / 100;

/**
 * The truth of a document (null = the document has none). A number or due date not given is null;
 * a subtotal or tax not given is left out of the truth (not scored): the page prints no such sum,
 * though one could be computed (a net per rate only, or "7 % MwSt enthalten" without the amount).
 */
function truth(t) {
  const keys = ['invoiceNumber', 'invoiceDate', 'dueDate', 'total', 'subtotal', 'tax', 'currency', 'documentType'];
  const out = {};
  for (const k of keys) {
    if (t[k] === undefined && (k === 'subtotal' || k === 'tax')) continue;
    out[k] = t[k] === undefined ? null : ['total', 'subtotal', 'tax'].includes(k) && t[k] !== null ? eur(t[k]) : t[k];
  }
  return out;
}

// ---------------------------------------------------------------- German-language

function deHotel() {
  const L = [
    ['Übernachtung Doppelzimmer', 3, 11800, 7],
    ['Frühstück', 6, 1650, 19],
    ['Tiefgarage', 3, 900, 19],
    ['Minibar', 1, 850, 19],
    ['Kurtaxe (2 Pers. x 3 Nächte)', 6, 280, 0],
  ].map(([d, q, u, r]) => ({ d, q, u, r, g: q * u }));
  const rates = [7, 19, 0].map((r) => {
    const g = sum(L.filter((l) => l.r === r).map((l) => l.g));
    const v = vatIn(g, r);
    return { r, g, v, n: g - v };
  });
  const total = sum(L.map((l) => l.g));
  const tax = sum(rates.map((x) => x.v));
  const deposit = 15000;
  return {
    file: 'de-hotel-folio-kurtaxe-anzahlung.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Hotel Seeblick am Staffelsee', 16], ['p', 'Uferweg 12 · 82418 Murnau · Tel. 08841 77120 · USt-IdNr. DE318445120'], ['gap', 2],
      ['two', ['Herrn Jonas Wendt', 'c/o Brandt Messtechnik GmbH', 'Hafenstraße 4', '28217 Bremen'], ['Zimmer 214', 'Anreise 09.02.2026', 'Abreise 12.02.2026', 'Gäste 2']],
      ['gap', 1], ['h', 'Rechnung Nr. 26-0219', 13], ['kv', [['Rechnungsdatum', '12.02.2026'], ['Kassierer', 'M. Huber'], ['Reservierung', 'RES-88412']], 'right'],
      ['tab', ['Leistung', 'Menge', 'Einzelpreis', 'MwSt', 'Betrag €'], L.map((l) => [l.d, String(l.q), money(l.u), `${l.r} %`, money(l.g)]), [0.44, 0.1, 0.16, 0.1, 0.2], ['l', 'r', 'r', 'r', 'r']],
      ['gap', 1],
      ['tab', ['MwSt-Satz', 'Netto', 'MwSt', 'Brutto'], [...rates.map((x) => [x.r ? `${x.r} %` : '0 % (Kurtaxe, nicht steuerbar)', money(x.n), money(x.v), money(x.g)]), ['Summe', money(total - tax), money(tax), money(total)]], [0.4, 0.2, 0.2, 0.2], ['l', 'r', 'r', 'r']],
      ['sum', [['Gesamtbetrag EUR', money(total), true], ['Anzahlung vom 15.01.2026', money(-deposit)], ['Mastercard **** 4471 am 12.02.2026', money(-(total - deposit))], ['Offener Saldo', money(0), true]]],
      ['gap', 1], ['p', 'Vielen Dank für Ihren Aufenthalt. Die Kurtaxe wird im Auftrag des Marktes Murnau erhoben.'],
    ],
    truth: truth({ invoiceNumber: '26-0219', invoiceDate: '2026-02-12', total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function deBahn() {
  const fares = [['ICE 1027 Köln Hbf - Berlin Hbf, Flexpreis, 2. Klasse, 1 Erwachsener', 13990], ['Sitzplatzreservierung Wagen 7, Platz 54', 520]];
  const total = sum(fares.map((f) => f[1]));
  const tax = vatIn(total, 7);
  return {
    file: 'de-bahn-onlineticket-rechnung.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Online-Ticket', 18], ['p', 'Fernverkehr Reisen GmbH (Beispiel) · Bahnhofplatz 1 · 60329 Frankfurt am Main'], ['gap', 1],
      ['kv', [['Auftragsnummer', '471 138 2209 64'], ['Reisender', 'Dr. Karin Seibold'], ['Hinfahrt am', '14.03.2026'], ['Gültigkeit', '14.03.2026 bis 15.03.2026 10:00 Uhr']], 'left'],
      ['gap', 1], ['p', 'Köln Hbf  ab 07:48  Gl. 5   -   Berlin Hbf  an 12:19  Gl. 12'], ['gap', 1],
      ['h', 'Rechnung', 13], ['kv', [['Rechnungsnummer', 'FV-2026-0302-58147'], ['Rechnungsdatum', '02.03.2026'], ['Zahlungsart', 'Kreditkarte (belastet am 02.03.2026)']], 'left'],
      ['tab', ['Position', 'Preis'], fares.map(([d, p]) => [d, `${money(p)} €`]), [0.8, 0.2], ['l', 'r']],
      ['sum', [['Summe', `${money(total)} €`, true], ['enthaltene MwSt (D) 7 %', `${money(tax)} €`]]],
      ['gap', 2], ['p', 'Das Ticket gilt nur zusammen mit dem Ausweis, dessen Nummer bei der Buchung angegeben wurde.'],
    ],
    truth: truth({ invoiceNumber: 'FV-2026-0302-58147', invoiceDate: '2026-03-02', total, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function deMietwagen() {
  const L = [['Miete Kompaktklasse (VW Golf o. ä.)', '4 Tage', 4, 4900], ['Haftungsreduzierung ohne Selbstbeteiligung', '4 Tage', 4, 1250], ['Zusatzfahrer', '4 Tage', 4, 800], ['Betankungsservice (Tank nicht voll)', '18,4 l', 18.4, 235], ['Flughafengebühr', 'pauschal', 1, 2940]]
    .map(([d, q, n, u]) => ({ d, q, u, a: times(n, u) }));
  const net = sum(L.map((l) => l.a));
  const tax = vatOn(net, 19);
  return {
    file: 'de-mietwagen-kaution-tankservice.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Rheinland Autovermietung GmbH', 15], ['p', 'Station Flughafen Düsseldorf · Terminalring 3 · 40474 Düsseldorf · USt-IdNr. DE287731904'], ['gap', 2],
      ['two', ['Sommer & Lenz Consulting GbR', 'Bergstraße 88', '69120 Heidelberg'], ['Rechnung Nr. RA-2026-031877', 'Rechnungsdatum: 23.02.2026', 'Mietvertrag: MV-7719043', 'Kennzeichen: D-RA 4471']],
      ['gap', 1], ['p', 'Mietzeitraum: 19.02.2026 09:30 – 23.02.2026 08:55 · Abholung und Rückgabe: Flughafen Düsseldorf · km 18.204 – 18.911'],
      ['tab', ['Leistung', 'Menge', 'Preis netto', 'Betrag netto'], L.map((l) => [l.d, l.q, money(l.u), money(l.a)]), [0.5, 0.14, 0.16, 0.2], ['l', 'r', 'r', 'r']],
      ['sum', [['Summe netto', `${money(net)} EUR`], ['MwSt 19 %', `${money(tax)} EUR`], ['Rechnungsbetrag', `${money(net + tax)} EUR`, true]]],
      ['gap', 1], ['p', 'Kaution: 300,00 EUR wurden bei Anmietung auf Ihrer Kreditkarte vorautorisiert und werden freigegeben.'],
      ['p', 'Der Rechnungsbetrag wurde am 23.02.2026 Ihrer Kreditkarte VISA **** 9012 belastet.'],
    ],
    truth: truth({ invoiceNumber: 'RA-2026-031877', invoiceDate: '2026-02-23', total: net + tax, subtotal: net, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function deKongress() {
  const L = [['Teilnahmegebühr Frühbucher, 23.–24.04.2026', 1, 69000], ['Rabatt Verbandsmitglied 10 %', 1, -6900], ['Workshop B3 „Normen im Messwesen“', 1, 12000], ['Abendveranstaltung', 1, 8500]];
  const net = sum(L.map((l) => l[2]));
  const tax = vatOn(net, 19);
  return {
    file: 'de-kongress-teilnahmegebuehr.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Fachkongress Messtechnik 2026', 15], ['p', 'Kongressbüro · Messeallee 1 · 04356 Leipzig · kongress@messtechnik-forum.example'], ['gap', 2],
      ['two', ['Brandt Messtechnik GmbH', 'z. Hd. Herrn Jonas Wendt', 'Hafenstraße 4', '28217 Bremen'], ['Rechnungs-Nr.: KON-26-01442', 'Datum: 15.01.2026', 'Teilnehmer-ID: T-30917', 'Ihre Bestellung: PO 2026-117']],
      ['gap', 1], ['h', 'Rechnung Teilnahme', 13],
      ['tab', ['Leistung', 'Anz.', 'Betrag EUR'], L.map(([d, q, a]) => [d, String(q), money(a)]), [0.7, 0.1, 0.2], ['l', 'r', 'r']],
      ['sum', [['Nettobetrag', money(net)], ['zzgl. 19 % USt', money(tax)], ['Gesamtbetrag EUR', money(net + tax), true]]],
      ['gap', 1], ['p', 'Zahlbar bis 14.02.2026 ohne Abzug. Stornierung bis 23.03.2026 kostenfrei.'],
      ['p', 'IBAN DE89 3704 0044 0532 0130 00 · Verwendungszweck KON-26-01442'],
    ],
    truth: truth({ invoiceNumber: 'KON-26-01442', invoiceDate: '2026-01-15', dueDate: '2026-02-14', total: net + tax, subtotal: net, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function deAtStrom() {
  const kwh = 3412;
  const L = [
    ['Energie', `${kwh.toLocaleString('de-DE')} kWh x 14,90 Cent`, times(kwh, 14.9)], ['Energie', 'Grundpauschale 12 Monate x 3,90', 12 * 390],
    ['Netz', `Netznutzungsentgelt ${kwh.toLocaleString('de-DE')} kWh x 5,85 Cent`, times(kwh, 5.85)], ['Netz', `Netzverlustentgelt ${kwh.toLocaleString('de-DE')} kWh x 0,58 Cent`, times(kwh, 0.58)],
    ['Netz', 'Leistungspauschale 12 x 3,50', 12 * 350], ['Netz', 'Messentgelt 12 x 2,40', 12 * 240],
    ['Abgaben', `Elektrizitätsabgabe ${kwh.toLocaleString('de-DE')} kWh x 1,50 Cent`, times(kwh, 1.5)], ['Abgaben', `Erneuerbaren-Förderbeitrag ${kwh.toLocaleString('de-DE')} kWh x 0,80 Cent`, times(kwh, 0.8)],
  ];
  const net = sum(L.map((l) => l[2]));
  const tax = vatOn(net, 20);
  const gross = net + tax;
  const paid = 11 * 7500;
  return {
    file: 'de-at-strom-jahresabrechnung-nachzahlung.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Donau Energie Vertrieb GmbH', 15], ['p', 'Kundenservice · Lastenstraße 19 · 4020 Linz · UID ATU71234509'], ['gap', 2],
      ['two', ['Frau Theresa Mayrhofer', 'Kirchengasse 7/3', '4040 Linz'], ['Jahresabrechnung Strom', 'Rechnungsnummer: 6002 4471 8821', 'Rechnungsdatum: 19.01.2026', 'Vertragskonto: 300 118 442']],
      ['gap', 1], ['p', 'Abrechnungszeitraum 01.01.2025 – 31.12.2025 · Zählpunkt AT0031000000000000000000000412345 · Zählerstand 41.206 bis 44.618 kWh'],
      ['tab', ['Bereich', 'Position', 'Betrag € netto'], L.map(([a, b, c]) => [a, b, money(c)]), [0.16, 0.62, 0.22], ['l', 'l', 'r']],
      ['sum', [['Summe netto', money(net)], ['USt 20 %', money(tax)], ['Rechnungsbetrag brutto', money(gross), true], ['abzüglich bezahlte Teilbeträge (11 x 75,00)', money(-paid)], ['Nachzahlung', money(gross - paid), true]]],
      ['gap', 1], ['p', `Die Nachzahlung von € ${money(gross - paid)} wird am 05.02.2026 von Ihrem Konto AT61 1904 3002 3457 3201 abgebucht.`],
      ['p', 'Ihr neuer Teilbetrag ab März 2026: € 82,00 monatlich.'],
    ],
    truth: truth({ invoiceNumber: '6002 4471 8821', invoiceDate: '2026-01-19', dueDate: '2026-02-05', total: gross, subtotal: net, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function deChInternet() {
  const L = [['Internet 1 Gbit/s', 4990], ['TV Basic', 1990], ['Mobile Abo Unlimited CH', 2900], ['Roaming Frankreich 1.2 GB', 435], ['Kombirabatt', -1000]];
  const total = sum(L.map((l) => l[1]));
  const tax = vatIn(total, 8.1);
  return {
    file: 'de-ch-internet-tv-rechnung-lsv.pdf', kind: 'pdf', style: 'ch',
    blocks: [
      ['h', 'Aare Net AG', 16], ['p', 'Bahnhofstrasse 40 · 5000 Aarau · CHE-219.447.118 MWST'], ['gap', 2],
      ['two', ['Herr Lukas Brunner', 'Rebbergweg 11', '5400 Baden'], ['Rechnung Nr. 7741-2026-03', 'Rechnungsdatum 05.03.2026', 'Kundennummer 1004 882', 'Rechnungsperiode 01.03.2026 – 31.03.2026']],
      ['gap', 1], ['tab', ['Leistung', 'CHF'], L.map(([d, a]) => [d, money(a, 'ch')]), [0.8, 0.2], ['l', 'r']],
      ['sum', [['Total inkl. MWST', `CHF ${money(total, 'ch')}`, true], ['davon MWST 8.1 %', money(tax, 'ch')], ['Total exkl. MWST', money(total - tax, 'ch')]]],
      ['gap', 1], ['p', 'Der Betrag wird am 31.03.2026 per LSV+ Ihrem Konto CH93 0076 2011 6238 5295 7 belastet.'],
    ],
    truth: truth({ invoiceNumber: '7741-2026-03', invoiceDate: '2026-03-05', dueDate: '2026-03-31', total, subtotal: total - tax, tax, currency: 'CHF', documentType: 'invoice' }),
  };
}

function deAtVersicherung() {
  const net = 41260 + 28840;
  const vst = vatOn(net, 11);
  const mot = 12 * 2856;
  const total = net + vst + mot;
  return {
    file: 'de-at-kfz-praemienvorschreibung.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Alpenländische Versicherung AG', 15], ['p', 'Landstraße 60 · 6020 Innsbruck · FN 99812x'], ['gap', 2],
      ['two', ['Herrn Markus Pichler', 'Höttinger Au 24', '6020 Innsbruck'], ['Prämienvorschreibung', 'Nr. PV-2026-0098812', 'Datum: 10.01.2026', 'Polizzennummer: 44-1204417-8']],
      ['gap', 1], ['p', 'Kfz-Versicherung für I-428 KP · Versicherungsperiode 01.02.2026 – 31.01.2027'],
      ['tab', ['Sparte', 'Nettoprämie €'], [['Kfz-Haftpflicht', money(41260)], ['Teilkasko', money(28840)]], [0.75, 0.25], ['l', 'r']],
      ['sum', [['Nettoprämie', money(net)], ['Versicherungssteuer 11 %', money(vst)], ['motorbezogene Versicherungssteuer (12 x 28,56)', money(mot)], ['Jahresprämie', `€ ${money(total)}`, true]]],
      ['gap', 1], ['p', 'Fällig am 01.02.2026. Die Prämie wird per SEPA-Lastschrift eingezogen. Keine Umsatzsteuer (§ 6 Abs. 1 Z 9 lit. c UStG).'],
    ],
    truth: truth({ invoiceNumber: 'PV-2026-0098812', invoiceDate: '2026-01-10', dueDate: '2026-02-01', total, tax: null, currency: 'EUR', documentType: 'invoice' }),
  };
}

function deKita() {
  const L = [['Betreuungsbeitrag März 2026 (45 Std./Woche)', '1', 31200], ['Verpflegungspauschale 21 Tage x 4,10', '21', 8610], ['Hygienepauschale', '1', 1000]];
  const total = sum(L.map((l) => l[2]));
  return {
    file: 'de-kita-elternbeitrag.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Kinderhaus Sonnenblume e. V.', 15], ['p', 'Lindenallee 3 · 34117 Kassel · Vereinsregister VR 4471'], ['gap', 2],
      ['two', ['Familie Demir', 'Goethestraße 51', '34119 Kassel'], ['Rechnungs-Nr. KH-2026-0417', 'Kassel, 25.02.2026', 'Kind: Elif Demir', 'Gruppe: Igel']],
      ['gap', 1], ['h', 'Elternbeitrag März 2026', 13],
      ['tab', ['Position', 'Anzahl', 'Betrag'], L.map(([d, q, a]) => [d, q, `${money(a)} €`]), [0.62, 0.14, 0.24], ['l', 'r', 'r']],
      ['sum', [['Zu zahlen', `${money(total)} €`, true]]],
      ['gap', 1], ['p', 'Gemäß § 4 Nr. 25 UStG umsatzsteuerfrei.'], ['p', 'Bitte überweisen Sie den Betrag bis zum 05.03.2026 auf DE02 1203 0000 0000 2020 51.'],
    ],
    truth: truth({ invoiceNumber: 'KH-2026-0417', invoiceDate: '2026-02-25', dueDate: '2026-03-05', total, tax: null, currency: 'EUR', documentType: 'invoice' }),
  };
}

function deFitness() {
  const L = [['Mitgliedschaft Premium, Laufzeit 01.03.2026 – 28.02.2027 (12 x 39,90)', 12 * 3990], ['Servicepauschale Jahr', 2900]];
  const total = sum(L.map((l) => l[1]));
  const tax = vatIn(total, 19);
  return {
    file: 'de-fitness-abo-verlaengerung.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'VitalWerk Fitness GmbH', 15], ['p', 'Am Stadtpark 9 · 90409 Nürnberg · USt-IdNr. DE301998427'], ['gap', 2],
      ['two', ['Frau Sabine Kraus', 'Pirckheimerstraße 70', '90408 Nürnberg'], ['Mitgliedsnummer 55-20931', 'Rechnungsnummer FS-26-000731', 'Rechnungsdatum 28.01.2026']],
      ['gap', 1], ['h', 'Verlängerung Ihrer Mitgliedschaft', 13],
      ['p', 'Ihre Mitgliedschaft verlängert sich automatisch um 12 Monate, wenn Sie nicht bis zum 31.01.2027 kündigen.'],
      ['tab', ['Leistung', 'Betrag'], L.map(([d, a]) => [d, `${money(a)} €`]), [0.78, 0.22], ['l', 'r']],
      ['sum', [['Gesamtbetrag', `${money(total)} €`, true], ['darin enthaltene MwSt 19 %', `${money(tax)} €`], ['Nettobetrag', `${money(total - tax)} €`]]],
      ['gap', 1], ['p', 'Fällig zum Beginn der neuen Laufzeit am 01.03.2026; wir buchen den Betrag per SEPA-Lastschrift ab (Mandat VW-55-20931).'],
    ],
    truth: truth({ invoiceNumber: 'FS-26-000731', invoiceDate: '2026-01-28', dueDate: '2026-03-01', total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function deFlughafenParken() {
  const L = [['Parken P4 Langzeit, 8 Tage (06.03.2026 05:10 – 13.03.2026 22:40)', 8, 800], ['Online-Buchungsgebühr', 1, 250]].map(([d, q, u]) => ({ d, q, u, a: q * u }));
  const total = sum(L.map((l) => l.a));
  const tax = vatIn(total, 19);
  return {
    file: 'de-flughafen-parken-online.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Flughafen Parkservice Hamburg GmbH', 14], ['p', 'Flughafenstraße 1–3 · 22335 Hamburg · USt-IdNr. DE296114803'], ['gap', 2],
      ['kv', [['Buchungsnummer', 'PK-88-204417'], ['Rechnungsnummer', '2026100388'], ['Rechnungsdatum', '01.03.2026'], ['Kennzeichen', 'HH-LK 2207'], ['Zahlungsart', 'PayPal (bezahlt)']], 'right'],
      ['h', 'Rechnung / Buchungsbestätigung', 13],
      ['tab', ['Leistung', 'Menge', 'Preis', 'Gesamt'], L.map((l) => [l.d, String(l.q), `${money(l.u)} €`, `${money(l.a)} €`]), [0.58, 0.1, 0.14, 0.18], ['l', 'r', 'r', 'r']],
      ['sum', [['Gesamt (brutto)', `${money(total)} €`, true], ['Netto', `${money(total - tax)} €`], ['MwSt 19 %', `${money(tax)} €`]]],
      ['gap', 1], ['p', 'Bitte fahren Sie mit dem Kennzeichen vor: die Schranke öffnet automatisch. Stornierung bis 05.03.2026 möglich.'],
    ],
    truth: truth({ invoiceNumber: '2026100388', invoiceDate: '2026-03-01', total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

// German-language images

function deTankstelle() {
  const fuel = times(38.62, 179.9);
  const wash = 499;
  const total = fuel + wash;
  const tax = vatIn(total, 19);
  return {
    file: 'de-tankstelle-firmenkarte.jpg', kind: 'receipt', style: 'de', width: 560, seed: 1,
    look: { rotate: -2.2, noise: 10, bg: '#6b6f73', quality: 62, fade: 0.12 },
    blocks: [
      ['h', 'AUTOHOF WESER', 15], ['p', 'Industriestr. 40, 31789 Hameln'], ['p', 'St.-Nr. 22/104/55012'], ['rule'],
      ['p', 'Säule 4  Super E10'], ['lr', '38,62 l x 1,799 EUR/l', `${money(fuel)} A`], ['lr', '1 x Scheibenreiniger 5l', `${money(wash)} A`], ['rule'],
      ['lr', 'SUMME EUR', money(total), true], ['gap', 1],
      ['lr', 'A 19,00 %  Netto', money(total - tax)], ['lr', '           MwSt', money(tax)], ['lr', '           Brutto', money(total)], ['rule'],
      ['lr', 'Firmenkarte DKV', money(total)], ['p', 'Kfz-Kennz.: HM-BT 881  km: 118204'], ['p', 'Beleg-Nr. 0714  Kasse 2'], ['p', 'Datum 16.02.2026   07:42 Uhr'],
      ['p', 'Vielen Dank und gute Fahrt!'],
    ],
    truth: truth({ invoiceDate: '2026-02-16', total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'receipt' }),
  };
}

function deBewirtung() {
  const L = [['2 Wiener Schnitzel', 2, 1890, 'B'], ['1 Maultaschen', 1, 1450, 'B'], ['2 Apfelschorle 0,4', 2, 420, 'A'], ['1 Pils 0,5', 1, 460, 'A'], ['2 Espresso', 2, 280, 'A']].map(([d, q, u, c]) => ({ d, q, u, c, a: q * u }));
  const food = sum(L.filter((l) => l.c === 'B').map((l) => l.a));
  const drinks = sum(L.filter((l) => l.c === 'A').map((l) => l.a));
  const bill = food + drinks;
  const vB = vatIn(food, 7);
  const vA = vatIn(drinks, 19);
  const tip = 610;
  return {
    file: 'de-restaurant-bewirtungsbeleg-trinkgeld.jpg', kind: 'receipt', style: 'de', width: 600, seed: 2,
    look: { rotate: 1.6, noise: 9, bg: '#8a7a66', quality: 62, shadow: true },
    blocks: [
      ['h', 'Gasthaus Zum Hirschen', 15], ['p', 'Marktplatz 6, 72070 Tübingen'], ['p', 'USt-IdNr. DE264412087'], ['p', 'Tisch 9    Bed. 3    Gäste 2'], ['rule'],
      ...L.map((l) => ['lr', l.d, `${money(l.a)} ${l.c}`]), ['rule'],
      ['lr', 'Summe', money(bill), true], ['lr', 'B 7% Netto ' + money(food - vB), 'MwSt ' + money(vB)], ['lr', 'A 19% Netto ' + money(drinks - vA), 'MwSt ' + money(vA)],
      ['lr', 'Trinkgeld', money(tip)], ['lr', 'Gesamt EUR (Visa)', money(bill + tip), true], ['p', '11.03.2026 20:47  Beleg 2207'], ['rule'],
      ['h', 'Bewirtungsbeleg (§ 4 Abs. 5 Nr. 2 EStG)', 11],
      ['hw', 'Tag der Bewirtung:', '11.03.2026'], ['hw', 'Bewirtete Personen:', 'Fr. Olsen, J. Wendt'],
      ['hw', 'Anlass:', 'Projekt Kalibrierung 2026'], ['hw', 'Höhe der Aufwendungen:', `${money(bill + tip)} €`], ['hw', 'Unterschrift:', 'J. Wendt'],
    ],
    truth: truth({ invoiceDate: '2026-03-11', total: bill + tip, tax: vB + vA, currency: 'EUR', documentType: 'receipt' }),
  };
}

function deTaxi() {
  const total = 3460;
  return {
    file: 'de-taxi-quittung-block.jpg', kind: 'receipt', style: 'de', width: 620, seed: 3,
    look: { rotate: -3.1, noise: 8, bg: '#55606a', quality: 60, paper: '#f6f2dc' },
    blocks: [
      ['h', 'TAXI-QUITTUNG', 17], ['p', 'Taxibetrieb R. Ahmadi · Ordnungsnr. 1187'], ['p', 'Bremen · Tel. 0421 14014'], ['rule'],
      ['hw', 'Nr.', '0394'], ['hw', 'Fahrpreis EUR', money(total)], ['hw', 'von', 'Bremen Hbf'], ['hw', 'nach', 'Hafenstr. 4'],
      ['hw', 'Datum', '10.03.2026'], ['p', 'Im Fahrpreis sind 7 % MwSt. enthalten.'], ['hw', 'Unterschrift Fahrer', 'Ahmadi'],
    ],
    truth: truth({ invoiceDate: '2026-03-10', total, currency: 'EUR', documentType: 'receipt' }),
  };
}

function deWasserFoto() {
  const m3 = 86;
  const vat = [['Trinkwasser', `${m3} m³ x 2,14`, times(m3, 214)], ['Grundgebühr Wasser', '12 Monate x 6,50', 12 * 650]];
  const free = [['Schmutzwasser', `${m3} m³ x 2,95`, times(m3, 295)], ['Niederschlagswasser', '120 m² x 0,62', times(120, 62)]];
  const base = sum(vat.map((l) => l[2]));
  const tax = vatOn(base, 7);
  const net = base + sum(free.map((l) => l[2]));
  const gross = net + tax;
  const paid = 6 * 10500;
  return {
    file: 'de-wasserrechnung-foto-schraeg.jpg', kind: 'page', style: 'de', dpi: 130, seed: 4,
    look: { rotate: 3.4, noise: 7, bg: '#705e4c', quality: 58, shadow: true, margin: 70 },
    blocks: [
      ['h', 'Stadtwerke Lindau (Beispiel)', 15], ['p', 'Wasser und Abwasser · Hafenplatz 2 · 88131 Lindau · USt-IdNr. DE129954012'], ['gap', 2],
      ['two', ['Herrn Paul Vogt', 'Seestraße 18', '88131 Lindau'], ['Rechnung Nr. W-26-011873', 'Datum 02.02.2026', 'Kundennummer 70 4418', 'Zeitraum 01.07.2025 – 31.12.2025']],
      ['gap', 1], ['h', 'Wasser-/Abwasserabrechnung', 13],
      ['tab', ['Leistung', 'Menge x Preis €', 'MwSt', 'Betrag €'], [...vat.map(([a, b, c]) => [a, b, '7 %', money(c)]), ...free.map(([a, b, c]) => [a, b, '–', money(c)])], [0.34, 0.3, 0.12, 0.24], ['l', 'l', 'r', 'r']],
      ['sum', [['Summe netto', money(net)], ['MwSt 7 % auf ' + money(base), money(tax)], ['Rechnungsbetrag', money(gross), true], ['abzgl. Abschläge (6 x 105,00)', money(-paid)], ['Guthaben', money(paid - gross), true]]],
      ['gap', 1], ['p', 'Das Guthaben erstatten wir auf Ihr Konto. Abwassergebühren unterliegen nicht der Umsatzsteuer.'],
    ],
    truth: truth({ invoiceNumber: 'W-26-011873', invoiceDate: '2026-02-02', total: gross, subtotal: net, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

// ---------------------------------------------------------------- French-language

function frSncf() {
  const legs = [['Aller · Mar. 17/03/2026 · Paris Gare de Lyon 07:56 - Lyon Part-Dieu 09:52 · TGV INOUI 6603 · Voiture 14 Place 62 · 2nde', 7900], ['Retour · Jeu. 19/03/2026 · Lyon Part-Dieu 18:04 - Paris Gare de Lyon 20:00 · TGV INOUI 6628 · Voiture 3 Place 21 · 2nde', 6400]];
  const total = sum(legs.map((l) => l[1]));
  const tax = vatIn(total, 10);
  return {
    file: 'fr-e-billet-train-aller-retour.pdf', kind: 'pdf', style: 'fr',
    blocks: [
      ['h', 'E-BILLET', 20], ['p', 'Voyages Ferroviaires (exemple) · à présenter avec une pièce d’identité'], ['gap', 1],
      ['kv', [['Passager', 'Mme Claire Martin'], ['Référence dossier', 'QKZTRB'], ['Date d’achat', '02/03/2026'], ['Carte', 'Avantage Adulte']], 'left'],
      ['tab', ['Trajet', 'Prix'], legs.map(([d, p]) => [d, `${money(p, 'fr')} €`]), [0.82, 0.18], ['l', 'r']],
      ['sum', [['Total payé', `${money(total, 'fr')} €`, true], ['dont TVA 10 %', `${money(tax, 'fr')} €`]]],
      ['gap', 1], ['p', 'Payé par carte bancaire le 02/03/2026. Échange et remboursement sans frais jusqu’à 3 jours avant le départ.'],
    ],
    truth: truth({ invoiceNumber: null, invoiceDate: '2026-03-02', total, tax, currency: 'EUR', documentType: 'receipt' }),
  };
}

function frElectricite() {
  const r55 = [['Abonnement 9 kVA du 17/05/2025 au 16/07/2025 (2 mois x 15,65)', 2 * 1565], ['Contribution tarifaire d’acheminement (CTA)', 588]];
  const r20 = [['Consommation heures pleines 812 kWh x 0,2146', times(812, 21.46)], ['Consommation heures creuses 455 kWh x 0,1696', times(455, 16.96)], ['Accise sur l’électricité 1 267 kWh x 0,02998', times(1267, 2.998)]];
  const b55 = sum(r55.map((l) => l[1]));
  const b20 = sum(r20.map((l) => l[1]));
  const v55 = vatOn(b55, 5.5);
  const v20 = vatOn(b20, 20);
  const don = 100;
  const ht = b55 + b20;
  const ttc = ht + v55 + v20 + don;
  return {
    file: 'fr-facture-electricite-5-5-20-don.pdf', kind: 'pdf', style: 'fr',
    blocks: [
      ['h', 'Énergie du Val (exemple)', 16], ['p', 'Service clients · 12 rue des Forges · 45000 Orléans · TVA FR63 512 447 118'], ['gap', 2],
      ['two', ['M. et Mme Girard', '8 allée des Tilleuls', '45100 Orléans'], ['Facture du 18 juillet 2025', 'N° de facture 10 2345 678 901', 'Référence client 4 004 118 227', 'PDL 1422 8811 0043 77']],
      ['gap', 1], ['h', 'Votre facture d’électricité', 13],
      ['tab', ['Détail', 'Montant HT €', 'TVA'], [...r55.map(([d, a]) => [d, money(a, 'fr'), '5,5 %']), ...r20.map(([d, a]) => [d, money(a, 'fr'), '20 %']), ['Arrondi solidaire (don, non soumis à TVA)', money(don, 'fr'), '–']], [0.66, 0.2, 0.14], ['l', 'r', 'r']],
      ['tab', ['Taux', 'Base HT', 'TVA'], [['5,5 %', money(b55, 'fr'), money(v55, 'fr')], ['20 %', money(b20, 'fr'), money(v20, 'fr')]], [0.3, 0.35, 0.35], ['l', 'r', 'r']],
      ['sum', [['Total HT', `${money(ht, 'fr')} €`], ['Total TVA', `${money(v55 + v20, 'fr')} €`], ['Hors TVA', `${money(don, 'fr')} €`], ['Montant TTC à payer', `${money(ttc, 'fr')} €`, true]]],
      ['gap', 1], ['p', 'À payer avant le 04/08/2025 : ce montant sera prélevé sur votre compte à cette date.'],
    ],
    truth: truth({ invoiceNumber: '10 2345 678 901', invoiceDate: '2025-07-18', dueDate: '2025-08-04', total: ttc, subtotal: ht, tax: v55 + v20, currency: 'EUR', documentType: 'invoice' }),
  };
}

function frEau() {
  const q = 46;
  const d55 = [['Abonnement distribution (6 mois)', 2840], [`Consommation ${q} m³ x 2,1830`, times(q, 218.3)], [`Préservation des ressources ${q} m³ x 0,0720`, times(q, 7.2)], [`Lutte contre la pollution ${q} m³ x 0,3300`, times(q, 33)]];
  const d10 = [['Abonnement assainissement (6 mois)', 1960], [`Collecte et traitement ${q} m³ x 1,8760`, times(q, 187.6)], [`Modernisation des réseaux ${q} m³ x 0,1850`, times(q, 18.5)]];
  const b55 = sum(d55.map((l) => l[1]));
  const b10 = sum(d10.map((l) => l[1]));
  const v55 = vatOn(b55, 5.5);
  const v10 = vatOn(b10, 10);
  const ht = b55 + b10;
  const rows = (ls, r) => ls.map(([d, a]) => [d, r, money(a, 'fr')]);
  return {
    file: 'fr-facture-eau-assainissement.pdf', kind: 'pdf', style: 'fr',
    blocks: [
      ['h', 'Régie des Eaux de la Vallée (exemple)', 15], ['p', '3 place de la Mairie · 38500 Voiron · SIRET 200 044 118 00017'], ['gap', 2],
      ['two', ['Mme Nadia Benali', '27 chemin du Moulin', '38500 Voiron'], ['Facture d’eau n° E26-0088412', 'Date : 10 février 2026', 'Période : 01/08/2025 – 31/01/2026', 'Compteur 19A044718']],
      ['gap', 1], ['p', 'Distribution de l’eau'], ['tab', ['Désignation', 'TVA', 'Montant HT'], rows(d55, '5,5 %'), [0.64, 0.14, 0.22], ['l', 'r', 'r']],
      ['p', 'Collecte et traitement des eaux usées'], ['tab', ['Désignation', 'TVA', 'Montant HT'], rows(d10, '10 %'), [0.64, 0.14, 0.22], ['l', 'r', 'r']],
      ['sum', [['Total HT', money(ht, 'fr')], ['TVA 5,5 %', money(v55, 'fr')], ['TVA 10 %', money(v10, 'fr')], ['Total TTC', `${money(ht + v55 + v10, 'fr')} €`, true]]],
      ['gap', 1], ['p', 'Montant à payer avant le 10/03/2026 par TIP, chèque ou prélèvement.'],
    ],
    truth: truth({ invoiceNumber: 'E26-0088412', invoiceDate: '2026-02-10', dueDate: '2026-03-10', total: ht + v55 + v10, subtotal: ht, tax: v55 + v10, currency: 'EUR', documentType: 'invoice' }),
  };
}

function frBox() {
  const L = [['Forfait Box Fibre 2 Gb/s', 3299], ['Forfait mobile 60 Go', 1299], ['Option TV+', 500], ['Communications hors forfait', 138]];
  const total = sum(L.map((l) => l[1]));
  const tax = vatIn(total, 20);
  return {
    file: 'fr-facture-box-mobile-prelevement.pdf', kind: 'pdf', style: 'fr',
    blocks: [
      ['h', 'Opéra Télécom (exemple)', 16], ['p', '40 avenue de la République · 75011 Paris · RCS Paris 812 447 009'], ['gap', 2],
      ['kv', [['Facture n°', 'FM-2026-03-7741092'], ['Date de facture', '03/03/2026'], ['Période', 'du 01/03/2026 au 31/03/2026'], ['Identifiant client', '0044718227']], 'right'],
      ['two', ['M. Thomas Leroy', '14 rue Oberkampf', '75011 Paris'], []],
      ['tab', ['Vos services', 'Montant TTC'], L.map(([d, a]) => [d, `${money(a, 'fr')} €`]), [0.76, 0.24], ['l', 'r']],
      ['sum', [['Total HT', `${money(total - tax, 'fr')} €`], ['TVA 20 %', `${money(tax, 'fr')} €`], ['Total TTC', `${money(total, 'fr')} €`, true]]],
      ['gap', 1], ['p', 'Ce montant sera prélevé le 12/03/2026 sur le compte FR76 3000 6000 0112 3456 7890 189.'],
    ],
    truth: truth({ invoiceNumber: 'FM-2026-03-7741092', invoiceDate: '2026-03-03', dueDate: '2026-03-12', total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function frQuittance() {
  const rent = 76000;
  const charges = 8500;
  const total = rent + charges;
  return {
    file: 'fr-quittance-de-loyer.pdf', kind: 'pdf', style: 'fr',
    blocks: [
      ['h', 'Quittance de loyer', 18], ['p', 'Période : mars 2026'], ['gap', 2],
      ['two', ['Bailleur : M. Henri Lambert', '5 rue de la Monnaie', '35000 Rennes'], ['Locataire : Mme Julie Caradec', '22 boulevard de la Liberté, apt. 12', '35000 Rennes']],
      ['gap', 1],
      ['p', `Je soussigné Henri Lambert, propriétaire du logement désigné ci-dessus, déclare avoir reçu de Mme Julie Caradec la somme de ${money(total, 'fr')} euros`],
      ['p', '(huit cent quarante-cinq euros) au titre du paiement du loyer et des charges pour la période du 1er mars 2026 au 31 mars 2026.'],
      ['tab', ['Détail du règlement', 'Montant'], [['Loyer', `${money(rent, 'fr')} €`], ['Provision pour charges', `${money(charges, 'fr')} €`], ['Total', `${money(total, 'fr')} €`]], [0.7, 0.3], ['l', 'r']],
      ['p', 'Date du paiement : 2 mars 2026 (virement).'], ['gap', 1],
      ['p', 'Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte versé sur la présente échéance.'],
      ['pr', 'Fait à Rennes, le 3 mars 2026'], ['pr', 'H. Lambert'],
    ],
    truth: truth({ invoiceNumber: null, invoiceDate: '2026-03-03', total, currency: 'EUR', documentType: 'receipt' }),
  };
}

function frAssurance() {
  const ht = 26840;
  const tca = vatOn(ht, 9);
  const att = 590;
  const total = ht + tca + att;
  return {
    file: 'fr-avis-echeance-assurance-habitation.pdf', kind: 'pdf', style: 'fr',
    blocks: [
      ['h', 'Mutuelle du Littoral Assurances (exemple)', 15], ['p', '1 quai Duguay-Trouin · 29200 Brest · Entreprise régie par le Code des assurances'], ['gap', 2],
      ['two', ['M. Yann Le Goff', '9 rue de Siam', '29200 Brest'], ['Avis d’échéance n° AE-2026-118452', 'Brest, le 15 janvier 2026', 'Contrat Multirisque habitation', 'N° de contrat MRH 4471 2209']],
      ['gap', 1], ['p', 'Période de garantie : du 01/03/2026 au 28/02/2027'],
      ['tab', ['Détail de la cotisation annuelle', 'Montant'], [['Cotisation hors taxes', `${money(ht, 'fr')} €`], ['Taxe sur les conventions d’assurance 9 %', `${money(tca, 'fr')} €`], ['Contribution attentats (FGTI)', `${money(att, 'fr')} €`]], [0.72, 0.28], ['l', 'r']],
      ['sum', [['Cotisation TTC', `${money(total, 'fr')} €`, true]]],
      ['gap', 1], ['p', 'Échéance : 01/03/2026. Le montant sera prélevé à cette date. Les contrats d’assurance sont exonérés de TVA (art. 261 C du CGI).'],
    ],
    truth: truth({ invoiceNumber: 'AE-2026-118452', invoiceDate: '2026-01-15', dueDate: '2026-03-01', total, tax: null, currency: 'EUR', documentType: 'invoice' }),
  };
}

function frCantine() {
  const L = [['Restauration scolaire – Léa (CE2)', 12, 385], ['Restauration scolaire – Hugo (CP)', 12, 385], ['Accueil périscolaire du matin – Hugo', 9, 160]].map(([d, q, u]) => ({ d, q, u, a: q * u }));
  const total = sum(L.map((l) => l.a));
  return {
    file: 'fr-facture-cantine-periscolaire.pdf', kind: 'pdf', style: 'fr',
    blocks: [
      ['h', 'Mairie de Saint-Avold-sur-Nied (exemple)', 14], ['p', 'Service Enfance – Scolaire · 1 place de l’Hôtel de Ville · 57000 Metz'], ['gap', 2],
      ['two', ['Famille Muller', '6 rue des Vergers', '57000 Metz'], ['Facture n° 2026-02-00417', 'Date d’émission : 05/03/2026', 'Famille n° 1182']],
      ['gap', 1], ['h', 'Restauration scolaire et périscolaire – février 2026', 12],
      ['tab', ['Prestation', 'Qté', 'Tarif', 'Montant'], L.map((l) => [l.d, String(l.q), money(l.u, 'fr'), `${money(l.a, 'fr')} €`]), [0.56, 0.1, 0.14, 0.2], ['l', 'r', 'r', 'r']],
      ['sum', [['Montant à payer', `${money(total, 'fr')} €`, true]]],
      ['gap', 1], ['p', 'Date limite de paiement : 31/03/2026. Prestations non soumises à TVA.'], ['p', 'Paiement en ligne, par chèque à l’ordre du Trésor public ou en espèces à la mairie.'],
    ],
    truth: truth({ invoiceNumber: '2026-02-00417', invoiceDate: '2026-03-05', dueDate: '2026-03-31', total, tax: null, currency: 'EUR', documentType: 'invoice' }),
  };
}

function frBeLocation() {
  const L = [['Location Catégorie C (5 jours x 42,00)', 21000], ['Assurance franchise réduite (5 jours x 11,00)', 5500], ['Frais de carburant 22,6 l x 2,40', times(22.6, 240)], ['Frais de station aéroport', 3600]];
  const ht = sum(L.map((l) => l[1]));
  const tax = vatOn(ht, 21);
  return {
    file: 'fr-be-location-voiture-caution.pdf', kind: 'pdf', style: 'fr',
    blocks: [
      ['h', 'Brabant Car Rental SRL (exemple)', 15], ['p', 'Aéroport de Bruxelles · 1930 Zaventem · TVA BE 0712.447.118'], ['gap', 2],
      ['two', ['Lefèvre & Fils SA', 'Rue Royale 120', '1000 Bruxelles', 'TVA BE 0455.118.227'], ['Facture N° LV-26-004417', 'Date de facture : 09/02/2026', 'Contrat : BR-77120', 'Période : 04/02/2026 – 09/02/2026']],
      ['gap', 1], ['tab', ['Description', 'Montant HTVA'], L.map(([d, a]) => [d, `${money(a, 'de')} €`]), [0.76, 0.24], ['l', 'r']],
      ['sum', [['Total HTVA', `${money(ht, 'de')} €`], ['TVA 21 %', `${money(tax, 'de')} €`], ['Total TVAC', `${money(ht + tax, 'de')} €`, true]]],
      ['gap', 1], ['p', 'Caution bloquée sur la carte : 500,00 € (libérée le 12/02/2026).'], ['p', 'Montant débité sur la carte Visa **** 3308 le 09/02/2026.'],
    ],
    truth: truth({ invoiceNumber: 'LV-26-004417', invoiceDate: '2026-02-09', total: ht + tax, subtotal: ht, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function frChAbonnement() {
  const print = 36900;
  const plus = 4800;
  const v26 = vatIn(print, 2.6);
  const v81 = vatIn(plus, 8.1);
  const total = print + plus;
  return {
    file: 'fr-ch-renouvellement-abonnement-journal.pdf', kind: 'pdf', style: 'ch',
    blocks: [
      ['h', 'Le Courrier du Léman (exemple)', 16], ['p', 'Service abonnements · Avenue de la Gare 33 · 1003 Lausanne · CHE-105.447.118 TVA'], ['gap', 2],
      ['two', ['Madame Anne Rochat', 'Chemin des Vignes 4', '1009 Pully'], ['Facture n° AB-26-118903', 'Date : 20.02.2026', 'N° d’abonné : 300 4471']],
      ['gap', 1], ['h', 'Renouvellement de votre abonnement', 13], ['p', 'Période : 01.04.2026 – 31.03.2027'],
      ['tab', ['Prestation', 'TVA', 'CHF'], [['Édition imprimée + e-paper, 12 mois', '2.6 %', money(print, 'ch')], ['Option Podcasts+ 12 mois', '8.1 %', money(plus, 'ch')]], [0.64, 0.14, 0.22], ['l', 'r', 'r']],
      ['sum', [['Total CHF', money(total, 'ch'), true], ['dont TVA 2.6 %', money(v26, 'ch')], ['dont TVA 8.1 %', money(v81, 'ch')]]],
      ['gap', 1], ['p', 'Payable jusqu’au 31.03.2026.'],
    ],
    truth: truth({ invoiceNumber: 'AB-26-118903', invoiceDate: '2026-02-20', dueDate: '2026-03-31', total, tax: v26 + v81, currency: 'CHF', documentType: 'invoice' }),
  };
}

// French-language images

function frParking() {
  const total = 2450;
  const tax = vatIn(total, 20);
  return {
    file: 'fr-parking-gare-ticket.jpg', kind: 'receipt', style: 'fr', width: 480, seed: 5,
    look: { rotate: 4.2, noise: 11, bg: '#3d4247', quality: 60, fade: 0.2 },
    blocks: [
      ['h', 'PARKING GARE NORD', 14], ['p', 'Parcs de la Ville (exemple)'], ['p', 'SIRET 512 118 447 00028'], ['rule'],
      ['p', 'TICKET N. 0048821'], ['lr', 'ENTREE', '12/02/26 08:14'], ['lr', 'SORTIE', '12/02/26 18:52'], ['lr', 'DUREE', '10H38'], ['rule'],
      ['lr', 'MONTANT TTC', `${money(total, 'fr')} EUR`, true], ['lr', 'TVA 20,00 %', money(tax, 'fr')], ['lr', 'MONTANT HT', money(total - tax, 'fr')], ['lr', 'PAIEMENT', 'CB SANS CONTACT'],
      ['p', 'MERCI DE VOTRE VISITE'],
    ],
    truth: truth({ invoiceDate: '2026-02-12', total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'receipt' }),
  };
}

function frRestaurant() {
  const L = [['3 MENU DU JOUR', 3, 1950, 10], ['1 PICHET COTES DU RHONE 46CL', 1, 1600, 20], ['1 EAU GAZEUSE 1L', 1, 450, 10], ['3 CAFE', 3, 220, 10]].map(([d, q, u, r]) => ({ d, r, a: q * u }));
  const bill = sum(L.map((l) => l.a));
  const g10 = sum(L.filter((l) => l.r === 10).map((l) => l.a));
  const g20 = bill - g10;
  const v10 = vatIn(g10, 10);
  const v20 = vatIn(g20, 20);
  const tip = 840;
  return {
    file: 'fr-restaurant-addition-pourboire-cb.jpg', kind: 'receipt', style: 'fr', width: 540, seed: 6,
    look: { rotate: -1.4, noise: 9, bg: '#a08d70', quality: 62 },
    blocks: [
      ['h', 'BISTROT DES HALLES', 15], ['p', '4 RUE DES HALLES 69002 LYON'], ['p', 'TVA FR21 498 118 447'], ['p', 'TABLE 12   COUVERTS 3'], ['rule'],
      ...L.map((l) => ['lr', l.d, money(l.a, 'fr')]), ['rule'], ['lr', 'TOTAL TTC', `${money(bill, 'fr')} EUR`, true],
      ['lr', 'TVA 10%  ' + money(v10, 'fr'), 'HT ' + money(g10 - v10, 'fr')], ['lr', 'TVA 20%  ' + money(v20, 'fr'), 'HT ' + money(g20 - v20, 'fr')], ['p', 'LE 06/03/2026 A 13:41   ADDITION N. 2291'], ['rule'],
      ['h', 'CARTE BANCAIRE', 12], ['lr', 'MONTANT', `${money(bill, 'fr')} EUR`], ['lr', 'POURBOIRE', `${money(tip, 'fr')} EUR`], ['lr', 'TOTAL', `${money(bill + tip, 'fr')} EUR`, true], ['p', 'DEBIT  TICKET CLIENT A CONSERVER'],
    ],
    truth: truth({ invoiceDate: '2026-03-06', total: bill + tip, tax: v10 + v20, currency: 'EUR', documentType: 'receipt' }),
  };
}

function frHotelScan() {
  const L = [['Chambre double', 3, 9600, 10], ['Petit déjeuner', 3, 1400, 10], ['Bar', 2, 750, 20], ['Taxe de séjour', 3, 253, 0]].map(([d, q, u, r]) => ({ d, q, u, r, a: q * u }));
  const rates = [10, 20].map((r) => {
    const g = sum(L.filter((l) => l.r === r).map((l) => l.a));
    const v = vatIn(g, r);
    return { r, g, v, n: g - v };
  });
  const taxe = L[3].a;
  const ttc = sum(L.map((l) => l.a));
  const tax = sum(rates.map((x) => x.v));
  const ht = sum(rates.map((x) => x.n));
  return {
    file: 'fr-hotel-facture-scan-200dpi.jpg', kind: 'page', style: 'fr', dpi: 200, pageMm: [148, 210], seed: 7,
    look: { rotate: -0.6, noise: 6, bg: '#ffffff', quality: 55, gray: true, margin: 0 },
    blocks: [
      ['h', 'Hôtel du Port (exemple)', 14], ['p', '2 quai Saint-Pierre · 17000 La Rochelle'], ['p', 'SIRET 438 118 447 00019 · TVA FR55 438118447'], ['gap', 1],
      ['kv', [['Facture n°', 'F26-01873'], ['Date', '21/01/2026'], ['Chambre', '12'], ['Arrivée', '18/01/2026'], ['Départ', '21/01/2026']], 'right'],
      ['p', 'M. Olivier Brun – Société Atlantique Conseil'],
      ['tab', ['Prestation', 'Qté', 'P.U.', 'Montant'], L.map((l) => [l.d, String(l.q), money(l.u, 'fr'), money(l.a, 'fr')]), [0.46, 0.12, 0.18, 0.24], ['l', 'r', 'r', 'r']],
      ['tab', ['Taux', 'HT', 'TVA', 'TTC'], rates.map((x) => [`${x.r} %`, money(x.n, 'fr'), money(x.v, 'fr'), money(x.g, 'fr')]), [0.25, 0.25, 0.25, 0.25], ['l', 'r', 'r', 'r']],
      ['sum', [['Total HT', money(ht, 'fr')], ['Total TVA', money(tax, 'fr')], ['Taxe de séjour (hors TVA)', money(taxe, 'fr')], ['Total TTC', `${money(ttc, 'fr')} €`, true], ['Acompte versé le 05/01/2026', money(-10000, 'fr')], ['Réglé CB le 21/01/2026', money(-(ttc - 10000), 'fr')], ['Solde', money(0, 'fr')]]],
    ],
    truth: truth({ invoiceNumber: 'F26-01873', invoiceDate: '2026-01-21', total: ttc, subtotal: ht, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function frPeage() {
  const total = 1840;
  const tax = vatIn(total, 20);
  return {
    file: 'fr-peage-recu-autoroute.jpg', kind: 'receipt', style: 'fr', width: 440, seed: 8,
    look: { rotate: -5, noise: 10, bg: '#2f3540', quality: 58, shadow: true },
    blocks: [
      ['h', 'AUTOROUTES DU SUD (EX.)', 13], ['p', 'GARE DE VIENNE REVENTIN'], ['p', 'RECU'], ['rule'],
      ['lr', 'DATE', '15/02/2026'], ['lr', 'HEURE', '16:42'], ['lr', 'VOIE', '07'], ['lr', 'CLASSE', '1'], ['lr', 'ENTREE', 'LYON SUD'], ['rule'],
      ['lr', 'MONTANT TTC', `${money(total, 'fr')} EUR`, true], ['lr', 'DONT TVA 20%', money(tax, 'fr')], ['lr', 'MONTANT HT', money(total - tax, 'fr')],
      ['lr', 'PAIEMENT', 'CB'], ['p', 'N. 0715 4471 2209'], ['p', 'BONNE ROUTE'],
    ],
    truth: truth({ invoiceDate: '2026-02-15', total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'receipt' }),
  };
}

// ---------------------------------------------------------------- other languages

function hrHotel() {
  const L = [['Smještaj – dvokrevetna soba, 4 noćenja', 4, 8500, 13], ['Parkiranje', 4, 1000, 25], ['Boravišna pristojba (2 osobe x 4 noćenja)', 8, 186, 0]].map(([d, q, u, r]) => ({ d, q, u, r, a: q * u }));
  const total = sum(L.map((l) => l.a));
  const v13 = vatIn(L[0].a, 13);
  const v25 = vatIn(L[1].a, 25);
  return {
    file: 'hr-hotelski-racun-boravisna-pristojba.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Hotel Lanterna Poreč (primjer) d.o.o.', 15], ['p', 'Obala maršala Tita 8 · 52440 Poreč · OIB 44711822090'], ['gap', 2],
      ['two', ['Kupac: Anja Horvat', 'Ilica 120', '10000 Zagreb'], ['RAČUN br. 418-1-2', 'Datum i vrijeme izdavanja: 14.08.2025. 10:12', 'Dolazak: 10.08.2025.', 'Odlazak: 14.08.2025.']],
      ['gap', 1], ['tab', ['Opis', 'Kol.', 'Cijena', 'PDV', 'Iznos EUR'], L.map((l) => [l.d, String(l.q), money(l.u), l.r ? `${l.r} %` : '–', money(l.a)]), [0.46, 0.1, 0.14, 0.1, 0.2], ['l', 'r', 'r', 'r', 'r']],
      ['sum', [['Osnovica PDV 13 %', money(L[0].a - v13)], ['PDV 13 %', money(v13)], ['Osnovica PDV 25 %', money(L[1].a - v25)], ['PDV 25 %', money(v25)], ['Boravišna pristojba (nije predmet PDV-a)', money(L[2].a)], ['UKUPNO EUR', money(total), true]]],
      ['gap', 1], ['p', 'Način plaćanja: kartica. Operater: 07.'], ['p', 'ZKI: 4f1e2a9c0b7d3e6f8a1c2b3d4e5f6a7b · JIR: 8a2c4e6f-1b3d-4f5a-9c7e-2d4f6a8b0c1e'],
    ],
    truth: truth({ invoiceNumber: '418-1-2', invoiceDate: '2025-08-14', total, tax: v13 + v25, currency: 'EUR', documentType: 'invoice' }),
  };
}

function elMobile() {
  const L = [['Πάγιο προγράμματος Mobile 20GB', 2500], ['Κλήσεις εκτός προγράμματος', 180], ['Περιαγωγή εκτός ΕΕ', 140]];
  const net = sum(L.map((l) => l[1]));
  const tax = vatOn(net, 24);
  return {
    file: 'el-logariasmos-kinitis-tilefonias.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Αιγαίο Τηλεπικοινωνίες Α.Ε. (παράδειγμα)', 15], ['p', 'Λεωφ. Κηφισίας 44 · 15125 Μαρούσι · ΑΦΜ 099447118 · ΔΟΥ ΦΑΕ Αθηνών'], ['gap', 2],
      ['two', ['Γεώργιος Παπαδόπουλος', 'Οδός Ερμού 12', '10563 Αθήνα'], ['Αριθμός Λογαριασμού: 8812-0437-26', 'Ημερομηνία Έκδοσης: 05/02/2026', 'Περίοδος: 01/01/2026 - 31/01/2026', 'Κωδικός Πελάτη: 4471822']],
      ['gap', 1], ['tab', ['Περιγραφή', 'Ποσό €'], L.map(([d, a]) => [d, money(a)]), [0.78, 0.22], ['l', 'r']],
      ['sum', [['Καθαρή αξία', money(net)], ['ΦΠΑ 24%', money(tax)], ['Σύνολο πληρωμής €', money(net + tax), true]]],
      ['gap', 1], ['p', 'Ημερομηνία λήξης πληρωμής: 25/02/2026'], ['p', 'Κωδικός πληρωμής RF18 0044 7182 2088 1204 37'],
    ],
    truth: truth({ invoiceNumber: '8812-0437-26', invoiceDate: '2026-02-05', dueDate: '2026-02-25', total: net + tax, subtotal: net, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

function slVinjeta() {
  const total = 11750;
  const tax = vatIn(total, 22);
  return {
    file: 'sl-racun-e-vinjeta.pdf', kind: 'pdf', style: 'de',
    blocks: [
      ['h', 'Avtocestna prodajna točka (primer) d.o.o.', 14], ['p', 'Dunajska cesta 9 · 1000 Ljubljana · ID za DDV: SI44711822'], ['gap', 2],
      ['kv', [['RAČUN št.', '2026-0041877'], ['Datum izdaje', '09.01.2026'], ['Kraj izdaje', 'Ljubljana'], ['Datum opravljene storitve', '09.01.2026']], 'right'],
      ['p', 'Kupec: Marko Novak, Celovška 51, 1000 Ljubljana'],
      ['tab', ['Opis', 'Kol.', 'Cena z DDV', 'Znesek'], [['e-vinjeta 1 leto, osebno vozilo (2A), LJ 44-71K', '1', money(total), money(total)]], [0.55, 0.1, 0.17, 0.18], ['l', 'r', 'r', 'r']],
      ['sum', [['Osnova za DDV 22 %', money(total - tax)], ['DDV 22 %', money(tax)], ['Skupaj za plačilo EUR', money(total), true]]],
      ['gap', 1], ['p', 'Plačano s kartico. Račun je plačan.'], ['p', 'ZOI: 7a3f0c9e2b4d6f8a1c3e5a7b9d0f2e4c · EOR: 4f8c2a6e-0d1b-4c7a-9e3f-5b7d9a1c3e0f'],
    ],
    truth: truth({ invoiceNumber: '2026-0041877', invoiceDate: '2026-01-09', total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'invoice' }),
  };
}

/** Every document of the sweep, in file order of the README's table. */
export const DOCS = [
  deHotel, deBahn, deMietwagen, deKongress, deAtStrom, deChInternet, deAtVersicherung, deKita, deFitness, deFlughafenParken,
  deTankstelle, deBewirtung, deTaxi, deWasserFoto,
  frSncf, frElectricite, frEau, frBox, frQuittance, frAssurance, frCantine, frBeLocation, frChAbonnement,
  frParking, frRestaurant, frHotelScan, frPeage,
  hrHotel, elMobile, slVinjeta,
].map((f) => f());
