// The tenth held-out sweep's documents (data + truth), rendered by make-sweep10-fixtures.mjs.
// Written blind: amounts are integer cents and every total is computed from the lines here, so the
// printed page and truth.json cannot disagree. Invented parties (.example domains, sample IBANs).
//
// A document is { file, kind, truth, pages: [[line, ...], ...] } (kind: pdf | scan-pdf | png | jpg |
// tiff | receipt); an invoice line is { cells: [[xMm, text, align]], size, bold, gap } and a
// receipt line a plain monospace string.

/** Money in cents as a locale prints it. */
export function money(c, style) {
  const neg = c < 0;
  const a = Math.abs(c);
  const whole = String(Math.floor(a / 100));
  const cents = String(a % 100).padStart(2, '0');
  const sep = { de: '.', fr: ' ', ch: "'", en: ',', no: ' ', is: '.', el: '.' }[style];
  const dec = { de: ',', fr: ',', ch: '.', en: '.', no: ',', is: ',', el: ',' }[style];
  const w = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (neg ? '-' : '') + (style === 'is' ? w : w + dec + cents);
}
const pct = (c, r) => Math.round((c * r) / 100);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

const L = (...cells) => (Array.isArray(cells.at(-1)) ? { cells } : { cells: cells.slice(0, -1), ...cells.at(-1) });
const T = (text, o = {}) => ({ cells: [[20, text, 'l']], ...o });
const R = (text, o = {}) => ({ cells: [[190, text, 'r']], ...o });
const GAP = (gap = 4) => ({ cells: [], gap });
/** A label and value pair in the totals column. */
const TOT = (label, value, o = {}) => ({ cells: [[120, label, 'l'], [190, value, 'r']], ...o });
/** An item row: description, quantity, unit price, amount. */
const ROW = (d, q, u, a) => L([20, d, 'l'], [120, q, 'r'], [152, u, 'r'], [190, a, 'r']);

/** Item lines { d, q, u (cents) } with their amounts; q may be fractional. */
function items(list) {
  return list.map((x) => ({ ...x, a: Math.round(x.q * x.u) }));
}

/** The truth of a document; a receipt's has no invoiceNumber (as in every earlier sweep). */
function truthOf(t) {
  const { invoiceNumber, ...rest } = truthFields(t);
  return t.type === 'receipt' ? rest : { invoiceNumber, ...rest };
}

function truthFields(t) {
  return {
    invoiceNumber: t.n ?? null, invoiceDate: t.d ?? null, dueDate: t.due ?? null,
    total: t.total == null ? null : t.total / 100, subtotal: t.sub == null ? null : t.sub / 100,
    tax: t.tax == null ? null : t.tax / 100, currency: t.cur, documentType: t.type ?? 'invoice',
  };
}

const docs = [];

// ---------- German ----------
{
  const price = 1489000;
  docs.push({
    file: 'de-differenzbesteuerung-25a.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: 'GW-2025-0187', d: '2025-05-12', due: null, total: price, sub: null, tax: null, cur: 'EUR' }),
    pages: [[
      T('Autohaus Lindner GmbH · Industriestraße 14 · 91058 Erlangen', { size: 8 }), GAP(10),
      T('Herrn Tobias Reuther'), T('Am Anger 3'), T('90762 Fürth'), GAP(10),
      T('Rechnung Nr. GW-2025-0187', { size: 15, bold: true }),
      L([20, 'Erlangen, 12.05.2025', 'l'], [190, 'Fahrzeug-Ident-Nr. WVWZZZ1KZ9W000417', 'r']), GAP(8),
      T('Wir liefern Ihnen folgendes Gebrauchtfahrzeug:'),
      L([20, 'VW Golf VI 1.4 TSI, Erstzulassung 03/2019, km-Stand 64.210', 'l'], [190, money(price, 'de') + ' EUR', 'r']),
      T('Übergabe am 14.05.2025, Fahrzeugpapiere werden bei Zahlungseingang übergeben.', { size: 9 }), GAP(6),
      TOT('Gesamtbetrag', money(price, 'de') + ' EUR', { bold: true }), GAP(8),
      T('Differenzbesteuerung gemäß § 25a UStG (Sonderregelung für Gebrauchtgegenstände).', { size: 9 }),
      T('Die Umsatzsteuer wird nicht gesondert ausgewiesen.', { size: 9 }),
      T('Zahlbar sofort bei Übergabe ohne Abzug.', { size: 9 }), GAP(10),
      T('IBAN DE89 3704 0044 0532 0130 00 · USt-IdNr. DE298765431 · HRB 11872 Fürth', { size: 8 }),
    ]],
  });
}
{
  const it = items([{ d: 'Lektorat Manuskript „Stadtgeschichte“, 312 Normseiten', q: 312, u: 450 }, { d: 'Korrekturdurchgang Druckfahnen (Pauschale)', q: 1, u: 38000 }]);
  const total = sum(it.map((x) => x.a));
  docs.push({
    file: 'de-at-kleinunternehmer-honorarnote.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: '2025-014', d: '2025-06-03', due: null, total, sub: total, tax: 0, cur: 'EUR' }),
    pages: [[
      R('Mag. Eva Hofbauer', { bold: true }), R('Lektorat & Korrektorat'), R('Josefstädter Straße 41/7, 1080 Wien'), R('eva@hofbauer-lektorat.example'), GAP(8),
      T('Verlag Donaublick KG'), T('Lindengasse 9'), T('1070 Wien'), GAP(10),
      T('HONORARNOTE', { size: 16, bold: true }),
      L([20, 'Honorarnote Nr.:', 'l'], [60, '2025-014', 'l']), L([20, 'Datum:', 'l'], [60, '03.06.2025', 'l']), L([20, 'Leistungszeitraum:', 'l'], [60, 'April – Mai 2025', 'l']), GAP(8),
      ROW('Leistung', 'Menge', 'Einzelpreis', 'Betrag'),
      ...it.map((x) => ROW(x.d, String(x.q), '€ ' + money(x.u, 'de'), '€ ' + money(x.a, 'de'))), GAP(6),
      TOT('Summe', '€ ' + money(total, 'de'), { bold: true }), GAP(8),
      T('Umsatzsteuerfrei aufgrund der Kleinunternehmerregelung gem. § 6 Abs. 1 Z 27 UStG.', { size: 9 }),
      T('Zahlbar binnen 14 Tagen ohne Abzug auf AT61 1904 3002 3457 3201.', { size: 9 }),
    ]],
  });
}
{
  const food = items([{ d: 'Buffet „Heuriger“ je Person', q: 48, u: 2450 }, { d: 'Brotkorb und Aufstriche', q: 6, u: 1800 }]);
  const drinks = items([{ d: 'Getränkepauschale je Person', q: 48, u: 1250 }, { d: 'Sekt zum Empfang (Flasche)', q: 8, u: 2900 }]);
  const nF = sum(food.map((x) => x.a)), nD = sum(drinks.map((x) => x.a));
  const tF = pct(nF, 10), tD = pct(nD, 20);
  const sub = nF + nD, tax = tF + tD, total = sub + tax;
  docs.push({
    file: 'de-at-catering-10-20.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: '2025/0613', d: '2025-06-16', due: null, total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Gasthof Kremstal e.U. · Hauptplatz 5 · 4560 Kirchdorf an der Krems', { size: 8 }), GAP(8),
      T('Firma Steyrtal Hydraulik GmbH'), T('z. H. Frau Berger'), T('Fabrikstraße 22, 4400 Steyr'), GAP(8),
      L([20, 'RECHNUNG', 'l'], [130, 'Re.-Nr.: 2025/0613', 'l']), L([130, 'Re.-Datum: 16.06.2025', 'l']), L([130, 'Veranstaltung: 13.06.2025', 'l']), L([130, 'Ihre UID: ATU73216549', 'l']), GAP(8),
      ROW('Bezeichnung', 'Anz.', 'Preis netto', 'Netto'),
      T('Speisen (10 % USt)', { bold: true }), ...food.map((x) => ROW(x.d, String(x.q), money(x.u, 'de'), money(x.a, 'de'))),
      T('Getränke (20 % USt)', { bold: true }), ...drinks.map((x) => ROW(x.d, String(x.q), money(x.u, 'de'), money(x.a, 'de'))), GAP(6),
      TOT('Summe netto', money(sub, 'de')), TOT('zzgl. 10 % USt von ' + money(nF, 'de'), money(tF, 'de')), TOT('zzgl. 20 % USt von ' + money(nD, 'de'), money(tD, 'de')),
      TOT('Rechnungsbetrag EUR', money(total, 'de'), { bold: true }), GAP(8),
      T('Zahlbar binnen 14 Tagen ohne Abzug. Bankverbindung: AT48 3400 0000 0123 4567', { size: 9 }),
      T('UID-Nr.: ATU65432178 · FN 412233x · Landesgericht Steyr', { size: 8 }),
    ]],
  });
}
{
  const seats = 3, unit = 4900, sub = seats * unit, tax = pct(sub, 19), total = sub + tax;
  docs.push({
    file: 'de-saas-kreditkarte-belastet.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: 'INV-DE-2025-08841', d: '2025-07-01', due: null, total, sub, tax, cur: 'EUR' }),
    pages: [[
      L([20, 'wolkenplan', 'l'], [190, 'Rechnung', 'r'], { }), GAP(2),
      T('Wolkenplan Software GmbH · Torstraße 101 · 10119 Berlin · billing@wolkenplan.example', { size: 8 }), GAP(8),
      L([20, 'Rechnungsempfänger', 'l'], [120, 'Rechnungsnummer', 'l'], [190, 'INV-DE-2025-08841', 'r']),
      L([20, 'Kanzlei Dorn & Partner', 'l'], [120, 'Rechnungsdatum', 'l'], [190, '01.07.2025', 'r']),
      L([20, 'Hafenweg 8, 48155 Münster', 'l'], [120, 'Abrechnungszeitraum', 'l'], [190, '01.07.2025 – 31.07.2025', 'r']),
      L([120, 'Kundennummer', 'l'], [190, 'CUS-77120', 'r']), GAP(8),
      ROW('Beschreibung', 'Anzahl', 'Preis', 'Betrag'),
      ROW('Team-Tarif (monatlich), Nutzerlizenz', String(seats), money(unit, 'de') + ' €', money(sub, 'de') + ' €'), GAP(6),
      TOT('Zwischensumme', money(sub, 'de') + ' €'), TOT('USt. 19 %', money(tax, 'de') + ' €'), TOT('Gesamt', money(total, 'de') + ' €', { bold: true }),
      TOT('Bezahlt', '-' + money(total, 'de') + ' €'), TOT('Offener Betrag', '0,00 €'), GAP(8),
      T('Der Betrag wurde am 01.07.2025 von Ihrer Visa •••• 4242 abgebucht. Nächste Abbuchung: 01.08.2025.', { size: 9 }),
      T('USt-IdNr. DE312456789 · Amtsgericht Charlottenburg HRB 221133 B', { size: 8 }),
    ]],
  });
}
{
  const it = items([{ d: 'Übersetzung DE>EN / Translation German>English', q: 5400, u: 14 }, { d: 'Fachlektorat / Specialist review (Std./h)', q: 6, u: 6500 }, { d: 'Terminologieliste / Glossary', q: 1, u: 12000 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 19), total = sub + tax;
  docs.push({
    file: 'de-en-zweisprachig.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: '2025-DE-0419', d: '2025-04-22', due: '2025-05-22', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Sprachbüro Nordlicht · Hohe Bleichen 11 · 20354 Hamburg', { size: 8 }), GAP(8),
      T('Brightwater Labs Ltd.'), T('Prinzregentenstraße 60'), T('81675 München'), GAP(8),
      T('Rechnung / Invoice', { size: 16, bold: true }),
      L([20, 'Rechnungsnummer / Invoice No.:', 'l'], [100, '2025-DE-0419', 'l']),
      L([20, 'Rechnungsdatum / Invoice date:', 'l'], [100, '22.04.2025', 'l']),
      L([20, 'Lieferdatum / Delivery date:', 'l'], [100, '17.04.2025', 'l']),
      L([20, 'Fälligkeitsdatum / Due date:', 'l'], [100, '22.05.2025', 'l']), GAP(8),
      ROW('Leistung / Service', 'Menge / Qty', 'Preis / Price', 'Betrag / Amount'),
      ...it.map((x) => ROW(x.d, money(x.q * 100, 'de').replace(/,00$/, ''), money(x.u, 'de'), money(x.a, 'de'))), GAP(6),
      TOT('Nettobetrag / Net amount', money(sub, 'de') + ' EUR'), TOT('USt. / VAT 19 %', money(tax, 'de') + ' EUR'), TOT('Gesamtbetrag / Total', money(total, 'de') + ' EUR', { bold: true }), GAP(8),
      T('Bitte überweisen Sie den Betrag auf / Please transfer to: DE02 1203 0000 0000 2020 51', { size: 9 }),
      T('USt-IdNr. / VAT ID: DE276543219', { size: 8 }),
    ]],
  });
}
{
  const nights = 7, night = 9500, clean = 6000, kurtaxe = 2 * 7 * 250;
  const g7 = nights * night, n7 = Math.round(g7 / 1.07), t7 = g7 - n7;
  const n19 = Math.round(clean / 1.19), t19 = clean - n19;
  const total = g7 + clean + kurtaxe, sub = n7 + n19 + kurtaxe, tax = t7 + t19;
  docs.push({
    file: 'de-ferienwohnung-kurtaxe.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: 'FW-25-118', d: '2025-08-23', due: '2025-09-06', total, sub, tax, cur: 'EUR' }),
    pages: [[
      R('Ferienwohnungen Seeblick', { bold: true }), R('Inh. Greta Paulsen · Strandweg 4 · 23747 Dahme'), GAP(8),
      T('Familie Kowalczyk'), T('Birkenallee 17'), T('04109 Leipzig'), GAP(8),
      T('Rechnung FW-25-118', { size: 15, bold: true }),
      T('Rechnungsdatum: 23.08.2025 · Aufenthalt: 16.08.2025 – 23.08.2025 · Wohnung „Möwe“, 2 Erwachsene'), GAP(6),
      ROW('Leistung', 'Menge', 'Preis brutto', 'Betrag'),
      ROW('Übernachtung (7 % MwSt)', String(nights), money(night, 'de'), money(g7, 'de')),
      ROW('Endreinigung (19 % MwSt)', '1', money(clean, 'de'), money(clean, 'de')),
      ROW('Kurabgabe 2 Pers. x 7 Tage (nicht steuerbar)', '14', money(250, 'de'), money(kurtaxe, 'de')), GAP(6),
      TOT('Gesamtbetrag', money(total, 'de') + ' €', { bold: true }),
      TOT('enthaltene MwSt 7 % (netto ' + money(n7, 'de') + ')', money(t7, 'de') + ' €', { size: 9 }),
      TOT('enthaltene MwSt 19 % (netto ' + money(n19, 'de') + ')', money(t19, 'de') + ' €', { size: 9 }),
      TOT('Nettobetrag inkl. Kurabgabe', money(sub, 'de') + ' €', { size: 9 }), GAP(8),
      T('Bitte überweisen Sie den Betrag bis zum 06.09.2025 auf DE44 2305 0101 0001 2345 67.', { size: 9 }),
      T('Steuernummer 22/117/04455', { size: 8 }),
    ]],
  });
}
{
  const list = [{ d: 'Bürostuhl ergonomisch', q: 4, u: 28900, r: 19 }, { d: 'Fachbuch Arbeitsrecht 2025', q: 2, u: 6990, r: 7 }, { d: 'Schreibtischleuchte LED', q: 4, u: 5450, r: 19 }, { d: 'Zeitschriften-Abo Büro aktuell', q: 1, u: 8900, r: 7 }];
  const rows = list.map((x) => { const n = x.q * x.u, t = pct(n, x.r); return { ...x, n, t, g: n + t }; });
  const sub = sum(rows.map((x) => x.n)), tax = sum(rows.map((x) => x.t)), total = sub + tax;
  docs.push({
    file: 'de-spalten-netto-ust-brutto.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: '7781', d: '2025-08-08', due: '2025-08-15', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Bürowelt Sauer OHG · Kasernenstraße 3 · 67655 Kaiserslautern', { size: 8 }), GAP(8),
      T('Pflegedienst Sonnenhof'), T('Gartenstraße 12'), T('66849 Landstuhl'), GAP(8),
      L([20, 'Rechnung', 'l'], [130, 'Rechnung-Nr.', 'l'], [190, '7781', 'r'], { size: 14, bold: true }),
      L([130, 'Datum', 'l'], [190, '08.08.2025', 'r']), L([130, 'Zahlungsziel', 'l'], [190, '15.08.2025', 'r']), GAP(8),
      L([20, 'Artikel', 'l'], [95, 'Menge', 'r'], [125, 'Netto', 'r'], [140, 'USt %', 'r'], [163, 'USt', 'r'], [190, 'Brutto', 'r'], { bold: true }),
      ...rows.map((x) => L([20, x.d, 'l'], [95, String(x.q), 'r'], [125, money(x.n, 'de'), 'r'], [140, x.r + ' %', 'r'], [163, money(x.t, 'de'), 'r'], [190, money(x.g, 'de'), 'r'])),
      L([20, 'Summe', 'l'], [125, money(sub, 'de'), 'r'], [163, money(tax, 'de'), 'r'], [190, money(total, 'de'), 'r'], { bold: true }), GAP(8),
      T('Zu zahlender Betrag: ' + money(total, 'de') + ' EUR', { bold: true }),
      T('USt-IdNr. DE187654320 · Sparkasse Kaiserslautern DE75 5405 0220 0000 1234 56', { size: 8 }),
    ]],
  });
}
{
  const a = items([{ d: 'Beratung Gartengestaltung (Std.)', q: 3.5, u: 12000 }, { d: 'Rollrasen m²', q: 85, u: 1290 }]);
  const b = items([{ d: 'Stauden und Setzlinge (Gärtnerei)', q: 1, u: 64850 }]);
  const nA = sum(a.map((x) => x.a)), nB = sum(b.map((x) => x.a)), tA = pct(nA, 8.1), tB = pct(nB, 2.6);
  const sub = nA + nB, tax = tA + tB, total = sub + tax;
  docs.push({
    file: 'de-ch-fr-zwei-saetze.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: 'R-25-3391', d: '2025-09-15', due: '2025-10-15', total, sub, tax, cur: 'CHF' }),
    pages: [[
      T('Gartenbau Wyss AG · Bernstrasse 77 · 3400 Burgdorf · CHE-123.456.789 MWST', { size: 8 }), GAP(8),
      T('Herr und Frau'), T('Ruedi und Anna Zbinden'), T('Kirchbühl 4'), T('3400 Burgdorf'), GAP(8),
      T('Rechnung R-25-3391', { size: 15, bold: true }),
      T('Burgdorf, 15. September 2025'), T('Zahlbar bis: 15.10.2025'), GAP(6),
      ROW('Bezeichnung', 'Menge', 'Ansatz Fr.', 'Betrag Fr.'),
      ...a.map((x) => ROW(x.d, String(x.q).replace('.', '.'), money(x.u, 'ch'), money(x.a, 'ch'))),
      ...b.map((x) => ROW(x.d, String(x.q), money(x.u, 'ch'), money(x.a, 'ch'))), GAP(6),
      TOT('Total exkl. MWST', 'Fr. ' + money(sub, 'ch')), TOT('MWST 8.1 % auf Fr. ' + money(nA, 'ch'), 'Fr. ' + money(tA, 'ch')), TOT('MWST 2.6 % auf Fr. ' + money(nB, 'ch'), 'Fr. ' + money(tB, 'ch')),
      TOT('Total inkl. MWST', 'Fr. ' + money(total, 'ch'), { bold: true }), GAP(8),
      T('Besten Dank für Ihren Auftrag. IBAN CH93 0076 2011 6238 5295 7', { size: 9 }),
    ]],
  });
}
{
  const it = items([{ d: 'Grundbetrag Klasse B', q: 1, u: 35000 }, { d: 'Übungsfahrt 45 Min.', q: 12, u: 6200 }, { d: 'Sonderfahrt Autobahn 45 Min.', q: 4, u: 7000 }, { d: 'Vorstellung zur praktischen Prüfung', q: 1, u: 18000 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 19), total = sub + tax;
  docs.push({
    file: 'de-fahrschule-rechnung-vom.pdf', kind: 'pdf', lang: 'de',
    truth: truthOf({ n: '25-0931', d: '2025-09-30', due: '2025-10-14', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Fahrschule Brandt · Marktplatz 2 · 34117 Kassel · Tel. 0561 000000', { size: 8 }), GAP(8),
      T('Frau'), T('Lea Sommerfeld'), T('Wilhelmshöher Allee 210'), T('34119 Kassel'), GAP(10),
      T('Rechnung 25-0931 vom 30.09.2025', { size: 14, bold: true }), T('Ausbildung Klasse B, Schülernummer 4471 (Ausbildungsbeginn 02.06.2025)'), GAP(6),
      ROW('Leistung', 'Anzahl', 'Einzelpreis', 'Gesamt'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'de'), money(x.a, 'de'))), GAP(6),
      TOT('Nettobetrag', money(sub, 'de')), TOT('19 % Umsatzsteuer', money(tax, 'de')), TOT('Rechnungsbetrag EUR', money(total, 'de'), { bold: true }), GAP(8),
      T('Bitte überweisen Sie den Betrag bis zum 14.10.2025 unter Angabe der Rechnungsnummer.', { size: 9 }),
      T('Kasseler Bank DE27 5209 0000 0012 3456 78 · USt-IdNr. DE254321876', { size: 8 }),
    ]],
  });
}

// ---------- French ----------
{
  const hon = items([{ d: 'Consultation et analyse du dossier (heures)', q: 6, u: 25000 }, { d: 'Rédaction des conclusions', q: 1, u: 90000 }]);
  const sub = sum(hon.map((x) => x.a)), tax = pct(sub, 20);
  const deb = [['Frais de greffe', 6500], ['Timbre fiscal', 2140]], debT = sum(deb.map((x) => x[1]));
  const total = sub + tax + debT;
  docs.push({
    file: 'fr-avocat-honoraires-debours.pdf', kind: 'pdf', lang: 'fr',
    truth: truthOf({ n: 'NH-2025-0087', d: '2025-06-04', due: null, total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Maître Claire Vasseur', { bold: true }), T('Avocat au Barreau de Lille'), T('18 rue Esquermoise, 59000 Lille'), GAP(8),
      L([120, 'SARL Les Ateliers du Nord', 'l']), L([120, '7 avenue de la Liberté', 'l']), L([120, '59100 Roubaix', 'l']), GAP(8),
      T("NOTE D'HONORAIRES N° NH-2025-0087", { size: 14, bold: true }), T('Lille, le 04/06/2025 · Affaire : SARL Ateliers du Nord c/ SCI Verlaine'), GAP(6),
      ROW('Désignation', 'Qté', 'P.U. HT', 'Montant HT'),
      ...hon.map((x) => ROW(x.d, String(x.q), money(x.u, 'fr'), money(x.a, 'fr'))), GAP(4),
      TOT('Total honoraires HT', money(sub, 'fr') + ' €'), TOT('TVA 20 %', money(tax, 'fr') + ' €'), TOT('Total honoraires TTC', money(sub + tax, 'fr') + ' €'), GAP(4),
      T('Débours (non soumis à TVA)', { bold: true }), ...deb.map(([d, a]) => TOT(d, money(a, 'fr') + ' €')), GAP(4),
      TOT('TOTAL À RÉGLER', money(total, 'fr') + ' €', { bold: true }), GAP(8),
      T('Règlement à réception par virement : FR76 3000 6000 0112 3456 7890 189', { size: 9 }),
      T('N° TVA intracommunautaire FR 12 345678901 · Toque 0412', { size: 8 }),
    ]],
  });
}
{
  const it = items([{ d: 'Four mixte professionnel 10 niveaux', q: 1, u: 1249000 }, { d: 'Installation et mise en service', q: 1, u: 68000 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 20), total = sub + tax;
  const e1 = Math.round(total * 0.3), e2 = Math.round(total * 0.4), e3 = total - e1 - e2;
  docs.push({
    file: 'fr-echeancier-trois-echeances.pdf', kind: 'pdf', lang: 'fr',
    truth: truthOf({ n: 'F2025-00731', d: '2025-06-30', due: '2025-07-15', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Équipements Cuisine Pro SAS · 41 route de Vienne · 69008 Lyon', { size: 8 }), GAP(8),
      L([120, 'Restaurant Le Comptoir', 'l']), L([120, '3 place Bellecour', 'l']), L([120, '69002 Lyon', 'l']), GAP(8),
      T('FACTURE', { size: 16, bold: true }), T('Numéro : F2025-00731'), T('Date : 30/06/2025'), T('Bon de commande : BC-4410 du 02/06/2025'), GAP(6),
      ROW('Désignation', 'Qté', 'P.U. HT', 'Total HT'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'fr'), money(x.a, 'fr'))), GAP(6),
      TOT('Total HT', money(sub, 'fr') + ' €'), TOT('TVA 20 %', money(tax, 'fr') + ' €'), TOT('Total TTC', money(total, 'fr') + ' €', { bold: true }), GAP(8),
      T('Échéancier de paiement', { bold: true }),
      L([20, '1re échéance (30 %)', 'l'], [90, '15/07/2025', 'l'], [150, money(e1, 'fr') + ' €', 'r']),
      L([20, '2e échéance (40 %)', 'l'], [90, '15/08/2025', 'l'], [150, money(e2, 'fr') + ' €', 'r']),
      L([20, '3e échéance (30 %)', 'l'], [90, '15/09/2025', 'l'], [150, money(e3, 'fr') + ' €', 'r']), GAP(8),
      T('Pénalités de retard : 3 fois le taux légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 8 }),
      T('SAS au capital de 50 000 € · RCS Lyon 812 345 678 · TVA FR45812345678', { size: 8 }),
    ]],
  });
}
{
  const it = items([{ d: 'Formation « Excel avancé » – 2 jours (14 h)', q: 5, u: 29000 }, { d: 'Support de cours et certification', q: 5, u: 8000 }]);
  const total = sum(it.map((x) => x.a));
  docs.push({
    file: 'fr-formation-exoneree-261.pdf', kind: 'pdf', lang: 'fr',
    truth: truthOf({ n: 'FOR-25-0212', d: '2025-04-18', due: '2025-05-18', total, sub: total, tax: 0, cur: 'EUR' }),
    pages: [[
      T('Atelier Compétences · 9 rue de la Paix · 44000 Nantes', { size: 8 }),
      T('Déclaration d’activité enregistrée sous le n° 52 44 00000 44 auprès du préfet de région Pays de la Loire', { size: 7 }), GAP(8),
      L([120, 'Mutuelle Atlantique', 'l']), L([120, 'Service RH', 'l']), L([120, '12 quai de la Fosse, 44000 Nantes', 'l']), GAP(8),
      L([20, 'Facture n° FOR-25-0212', 'l'], [190, 'Émise le 18 avril 2025', 'r'], { bold: true, size: 12 }),
      T('Session du 7 au 8 avril 2025 · Convention de formation CF-25-088'), GAP(6),
      ROW('Intitulé', 'Stagiaires', 'Prix unitaire', 'Montant'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'fr') + ' €', money(x.a, 'fr') + ' €')), GAP(6),
      TOT('Total HT', money(total, 'fr') + ' €'), TOT('TVA', 'exonérée'), TOT('Net à payer', money(total, 'fr') + ' €', { bold: true }), GAP(8),
      T('Exonération de TVA – article 261-4-4° a du CGI (formation professionnelle continue).', { size: 9 }),
      T('Date limite de paiement : 18 mai 2025.', { size: 9 }),
    ]],
  });
}
{
  const r6 = items([{ d: 'Pose carrelage salle de bain (m²)', q: 14, u: 6500 }, { d: 'Main-d’œuvre plomberie (h)', q: 9, u: 5200 }]);
  const r21 = items([{ d: 'Meuble vasque (fourniture seule)', q: 1, u: 74000 }]);
  const n6 = sum(r6.map((x) => x.a)), n21 = sum(r21.map((x) => x.a)), t6 = pct(n6, 6), t21 = pct(n21, 21);
  const sub = n6 + n21, tax = t6 + t21, total = sub + tax;
  docs.push({
    file: 'fr-be-renovation-6-21.pdf', kind: 'pdf', lang: 'fr',
    truth: truthOf({ n: '2025/0318', d: '2025-05-30', due: '2025-06-30', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Rénov’Habitat SRL · Chaussée de Louvain 250 · 1030 Schaerbeek · TVA BE 0712.345.678', { size: 8 }), GAP(8),
      L([120, 'M. et Mme Dubois', 'l']), L([120, 'Rue des Tilleuls 8', 'l']), L([120, '1300 Wavre', 'l']), GAP(8),
      T('FACTURE 2025/0318', { size: 15, bold: true }), L([20, 'Date de facture : 30/05/2025', 'l'], [190, 'Échéance : 30/06/2025', 'r']), GAP(6),
      ROW('Description', 'Qté', 'P.U. HTVA', 'Total HTVA'),
      ...r6.map((x) => ROW(x.d + ' (6 %)', String(x.q), money(x.u, 'de'), money(x.a, 'de'))),
      ...r21.map((x) => ROW(x.d + ' (21 %)', String(x.q), money(x.u, 'de'), money(x.a, 'de'))), GAP(6),
      TOT('Total HTVA', money(sub, 'de') + ' €'), TOT('TVA 6 % sur ' + money(n6, 'de'), money(t6, 'de') + ' €'), TOT('TVA 21 % sur ' + money(n21, 'de'), money(t21, 'de') + ' €'),
      TOT('Total TVAC', money(total, 'de') + ' €', { bold: true }), GAP(6),
      T('Taux réduit de 6 % : habitation privée de plus de 10 ans, attestation du client en annexe.', { size: 8 }),
      T('À verser sur BE68 5390 0754 7034 avec la communication +++090/9337/55493+++', { size: 9 }),
    ]],
  });
}
{
  const it = items([{ d: 'Révision chaudière à mazout', q: 1, u: 28500 }, { d: 'Gicleur et filtre', q: 1, u: 6440 }, { d: 'Déplacement', q: 1, u: 4500 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 8.1), total = sub + tax;
  docs.push({
    file: 'fr-ch-romand-lausanne.pdf', kind: 'pdf', lang: 'fr',
    truth: truthOf({ n: '25-1187', d: '2025-08-12', due: null, total, sub, tax, cur: 'CHF' }),
    pages: [[
      R('Chauffage Rochat Sàrl', { bold: true }), R('Avenue de Morges 58 · 1004 Lausanne'), R('IDE CHE-234.567.891 TVA'), GAP(8),
      T('Madame'), T('Sophie Mercier'), T('Chemin des Vignes 3'), T('1009 Pully'), GAP(8),
      T('Lausanne, le 12 août 2025'), GAP(4), T('Facture no 25-1187', { size: 14, bold: true }), T('Intervention du 5 août 2025'), GAP(6),
      ROW('Libellé', 'Quantité', 'Prix CHF', 'Montant CHF'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'ch'), money(x.a, 'ch'))), GAP(6),
      TOT('Sous-total', money(sub, 'ch')), TOT('TVA 8,1 %', money(tax, 'ch')), TOT('Total CHF', money(total, 'ch'), { bold: true }), GAP(8),
      T('Payable à 30 jours net. IBAN CH44 3199 9123 0008 8901 2', { size: 9 }),
    ]],
  });
}
{
  const it = items([{ d: 'Avoir sur facture FA-2025-0398 : retour de 3 cartons endommagés', q: 3, u: 4200 }, { d: 'Remboursement frais de port', q: 1, u: 1500 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 20), total = sub + tax;
  docs.push({
    file: 'fr-avoir-montants-negatifs.pdf', kind: 'pdf', lang: 'fr',
    truth: truthOf({ n: 'AV-2025-0042', d: '2025-05-27', due: null, total: -total, sub: -sub, tax: -tax, cur: 'EUR', type: 'credit_note' }),
    pages: [[
      T('Papeterie Garnier SARL · 14 rue Nationale · 37000 Tours', { size: 8 }), GAP(8),
      L([120, 'Librairie La Plume', 'l']), L([120, '2 rue Colbert', 'l']), L([120, '37000 Tours', 'l']), GAP(8),
      T("FACTURE D'AVOIR", { size: 16, bold: true }),
      L([20, 'N° avoir : AV-2025-0042', 'l'], [120, 'Date : 27/05/2025', 'l']),
      T('Facture d’origine : FA-2025-0398 du 12/05/2025'), GAP(6),
      ROW('Désignation', 'Qté', 'P.U. HT', 'Montant HT'),
      ...it.map((x) => ROW(x.d, '-' + x.q, money(x.u, 'fr'), money(-x.a, 'fr'))), GAP(6),
      TOT('Total HT', money(-sub, 'fr') + ' €'), TOT('TVA 20 %', money(-tax, 'fr') + ' €'), TOT('Total TTC', money(-total, 'fr') + ' €', { bold: true }), GAP(8),
      T('Montant porté au crédit de votre compte client, à déduire de votre prochain règlement.', { size: 9 }),
      T('SARL au capital de 8 000 € · SIRET 512 345 678 00021 · TVA FR23512345678', { size: 8 }),
    ]],
  });
}
{
  const it = items([{ d: 'Maintenance annuelle site web', q: 1, u: 96000 }, { d: 'Hébergement mutualisé (12 mois)', q: 12, u: 1590 }, { d: 'Nom de domaine .fr', q: 1, u: 1200 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 20), total = sub + tax;
  docs.push({
    file: 'fr-mentions-legales-chiffrees.pdf', kind: 'pdf', lang: 'fr',
    truth: truthOf({ n: '2025-0964', d: '2025-09-02', due: '2025-10-02', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Pixelor', { size: 18, bold: true }), T('Agence web · 5 cours Mirabeau · 13100 Aix-en-Provence', { size: 9 }), GAP(8),
      L([120, 'Cabinet dentaire Arnaud', 'l']), L([120, '22 boulevard du Roi René', 'l']), L([120, '13100 Aix-en-Provence', 'l']), GAP(6),
      L([20, 'Facture', 'l'], [120, 'N°', 'l'], [190, '2025-0964', 'r'], { size: 13, bold: true }),
      L([120, 'Date', 'l'], [190, '02/09/2025', 'r']), L([120, 'Échéance', 'l'], [190, '02/10/2025', 'r']), L([120, 'Client', 'l'], [190, 'C-0117', 'r']), GAP(6),
      ROW('Prestation', 'Qté', 'P.U. HT', 'Total HT'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'fr'), money(x.a, 'fr'))), GAP(6),
      TOT('Total HT', money(sub, 'fr') + ' €'), TOT('TVA (20 %)', money(tax, 'fr') + ' €'), TOT('Total TTC', money(total, 'fr') + ' €', { bold: true }), GAP(10),
      T('Conditions : paiement à 30 jours date de facture. Escompte pour paiement anticipé : néant.', { size: 7 }),
      T('En cas de retard, pénalités au taux de 12,15 % l’an et indemnité forfaitaire de 40,00 € (art. L441-10 C. com.).', { size: 7 }),
      T('Pixelor SAS au capital social de 10 000,00 € · RCS Aix-en-Provence 901 234 567 · SIRET 901 234 567 00018', { size: 7 }),
      T('Code APE 6201Z · TVA intracommunautaire FR 61 901234567 · Assurance RC Pro n° 2025-778 100 000,00 €', { size: 7 }),
      T('IBAN FR76 1027 8060 0000 0208 0000 134 · BIC CMCIFR2A', { size: 7 }),
    ]],
  });
}
{
  const it = items([{ d: 'Entretien espaces verts – forfait septembre', q: 1, u: 42000 }, { d: 'Taille de haies (ml)', q: 60, u: 350 }, { d: 'Évacuation des déchets verts', q: 2, u: 4500 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 20), total = sub + tax;
  docs.push({
    file: 'fr-bandeau-montant-en-tete.pdf', kind: 'pdf', lang: 'fr',
    truth: truthOf({ n: 'JV-0925-044', d: '2025-09-30', due: '2025-10-15', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Jardins du Val · 3 chemin des Prés · 67000 Strasbourg', { size: 8 }), GAP(6),
      L([20, 'Montant à régler', 'l'], [90, money(total, 'fr') + ' €', 'l'], [135, 'avant le', 'l'], [190, '15/10/2025', 'r'], { size: 13, bold: true }), GAP(6),
      L([120, 'Copropriété Les Saules', 'l']), L([120, 'c/o Syndic Meyer', 'l']), L([120, '8 rue du Dôme, 67000 Strasbourg', 'l']), GAP(8),
      T('Facture JV-0925-044 du 30/09/2025', { size: 12, bold: true }), GAP(4),
      ROW('Détail', 'Qté', 'P.U. HT', 'Montant HT'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'fr'), money(x.a, 'fr'))), GAP(6),
      TOT('Total HT', money(sub, 'fr') + ' €'), TOT('TVA 20 %', money(tax, 'fr') + ' €'), TOT('Total TTC', money(total, 'fr') + ' €', { bold: true }), GAP(8),
      T('SIRET 823 456 789 00015 · TVA FR09823456789', { size: 8 }),
    ]],
  });
}

// ---------- other languages ----------
{
  const it = items([{ d: 'Rørleggerarbeid (timer)', q: 7.5, u: 89000 }, { d: 'Blandebatteri kjøkken', q: 1, u: 249000 }, { d: 'Kjøregodtgjørelse', q: 1, u: 45000 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 25), total = sub + tax;
  docs.push({
    file: 'no-faktura-kid.pdf', kind: 'pdf', lang: 'no',
    truth: truthOf({ n: '20417', d: '2025-03-11', due: '2025-03-25', total, sub, tax, cur: 'NOK' }),
    pages: [[
      T('Fjordrør AS · Strandgaten 19 · 5013 Bergen · Org.nr. 987 654 321 MVA', { size: 8 }), GAP(8),
      T('Kari Nordmann'), T('Kalfarveien 31'), T('5018 Bergen'), GAP(8),
      T('FAKTURA', { size: 16, bold: true }),
      L([20, 'Fakturanr.', 'l'], [60, '20417', 'l'], [120, 'Kundenr.', 'l'], [160, '3310', 'l']),
      L([20, 'Fakturadato', 'l'], [60, '11.03.2025', 'l'], [120, 'Forfallsdato', 'l'], [160, '25.03.2025', 'l']), GAP(6),
      ROW('Beskrivelse', 'Antall', 'Pris', 'Beløp'),
      ...it.map((x) => ROW(x.d, money(x.q * 100, 'no'), money(x.u, 'no'), money(x.a, 'no'))), GAP(6),
      TOT('Sum eks. mva', money(sub, 'no')), TOT('Mva 25 %', money(tax, 'no')), TOT('Å betale NOK', money(total, 'no'), { bold: true }), GAP(8),
      T('Kontonr. 1234.56.78903 · KID 0020417331', { size: 9 }),
    ]],
  });
}
{
  const it = items([{ d: 'Ljósmyndun, hálfur dagur', q: 1, u: 9500000 }, { d: 'Myndvinnsla (klst.)', q: 6, u: 1450000 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 24), total = sub + tax;
  docs.push({
    file: 'is-reikningur.pdf', kind: 'pdf', lang: 'is',
    truth: truthOf({ n: '1042', d: '2025-10-06', due: '2025-10-20', total, sub, tax, cur: 'ISK' }),
    pages: [[
      T('Ljósbrot ehf. · Laugavegur 120 · 105 Reykjavík · Kt. 510319-0420 · VSK-nr. 131425', { size: 8 }), GAP(8),
      T('Hafgola hf.'), T('Borgartún 26'), T('105 Reykjavík'), GAP(8),
      T('REIKNINGUR', { size: 16, bold: true }),
      L([20, 'Reikningsnúmer:', 'l'], [70, '1042', 'l']), L([20, 'Dagsetning:', 'l'], [70, '06.10.2025', 'l']), L([20, 'Eindagi:', 'l'], [70, '20.10.2025', 'l']), GAP(6),
      ROW('Lýsing', 'Magn', 'Einingarverð', 'Upphæð'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'is') + ' kr.', money(x.a, 'is') + ' kr.')), GAP(6),
      TOT('Samtals án VSK', money(sub, 'is') + ' kr.'), TOT('VSK 24%', money(tax, 'is') + ' kr.'), TOT('Samtals', money(total, 'is') + ' kr.', { bold: true }), GAP(8),
      T('Greiðist inn á reikning 0133-26-012345, kt. 510319-0420.', { size: 9 }),
    ]],
  });
}
{
  const it = items([{ d: 'Υπηρεσίες λογιστικής υποστήριξης (μήνας)', q: 3, u: 35000 }, { d: 'Σύνταξη δήλωσης ΦΠΑ', q: 3, u: 6000 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 24), total = sub + tax;
  docs.push({
    file: 'el-timologio-parochis.pdf', kind: 'pdf', lang: 'el',
    truth: truthOf({ n: 'ΤΠΥ-0318', d: '2025-04-01', due: null, total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('ΛΟΓΙΣΤΙΚΟ ΓΡΑΦΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΣ · Ερμού 45 · 10563 Αθήνα · ΑΦΜ 098765432 · ΔΟΥ Α΄ Αθηνών', { size: 8 }), GAP(8),
      T('Πελάτης: ΑΝΑΤΟΛΗ ΤΡΟΦΙΜΑ Α.Ε.'), T('Λεωφ. Συγγρού 112, 11741 Αθήνα'), T('ΑΦΜ 123456789'), GAP(8),
      T('ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ', { size: 14, bold: true }),
      L([20, 'Αριθμός: ΤΠΥ-0318', 'l'], [120, 'Ημερομηνία: 01/04/2025', 'l']), T('Περίοδος: Ιανουάριος – Μάρτιος 2025'), GAP(6),
      ROW('Περιγραφή', 'Ποσότητα', 'Τιμή', 'Αξία'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'el') + ' €', money(x.a, 'el') + ' €')), GAP(6),
      TOT('Καθαρή αξία', money(sub, 'el') + ' €'), TOT('ΦΠΑ 24%', money(tax, 'el') + ' €'), TOT('Σύνολο πληρωτέο', money(total, 'el') + ' €', { bold: true }), GAP(8),
      T('Τρόπος πληρωμής: Κατάθεση σε λογαριασμό GR16 0110 1250 0000 0001 2300 695', { size: 9 }),
    ]],
  });
}

// ---------- scans and images of invoices ----------
{
  const it = items([{ d: 'Vidange et filtre à huile', q: 1, u: 8900 }, { d: 'Plaquettes de frein AV', q: 1, u: 12400 }, { d: "Main-d'oeuvre (h)", q: 1.5, u: 6800 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 20), total = sub + tax;
  docs.push({
    file: 'fr-facture-fax-1bit.png', kind: 'png', lang: 'fr', fx: { dpi: 200, bw: true, rot: 0.8, noise: 0.004, seed: 11, heightMm: 180 },
    truth: truthOf({ n: 'G-25-4471', d: '2025-07-09', due: null, total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('GARAGE DU CENTRE · 12 av. Jean Jaurès · 81000 Albi · Tél. 05 63 00 00 00', { size: 9 }), GAP(8),
      L([120, 'M. Pierre Salvan', 'l']), L([120, '4 rue des Cordeliers', 'l']), L([120, '81000 Albi', 'l']), GAP(8),
      T('FACTURE N° G-25-4471', { size: 14, bold: true }), T('Date : 09/07/2025 · Véhicule : Clio IV, 87 412 km'), GAP(6),
      ROW('Désignation', 'Qté', 'P.U. HT', 'Total HT'),
      ...it.map((x) => ROW(x.d, String(x.q).replace('.', ','), money(x.u, 'fr'), money(x.a, 'fr'))), GAP(6),
      TOT('Total HT', money(sub, 'fr')), TOT('TVA 20 %', money(tax, 'fr')), TOT('Total TTC EUR', money(total, 'fr'), { bold: true }), GAP(6),
      T('Paiement à réception de facture.', { size: 9 }),
    ]],
  });
}
{
  const it = items([{ d: 'Nettoyage bureaux – août 2025', q: 1, u: 118000 }, { d: 'Nettoyage vitres (m²)', q: 140, u: 210 }, { d: 'Produits consommables', q: 1, u: 9650 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 20), total = sub + tax;
  docs.push({
    file: 'fr-facture-jpeg-tres-compresse.jpg', kind: 'jpg', lang: 'fr', fx: { dpi: 150, quality: 0.22, rot: -0.5, seed: 12, heightMm: 170 },
    truth: truthOf({ n: 'NP-2025-0831', d: '2025-08-31', due: '2025-09-30', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('NetPropre Services · 27 rue de Metz · 31000 Toulouse', { size: 9 }), GAP(8),
      L([120, 'Assurances Garonne', 'l']), L([120, '6 allées Jean Jaurès', 'l']), L([120, '31000 Toulouse', 'l']), GAP(8),
      T('FACTURE', { size: 16, bold: true }), T('N° : NP-2025-0831'), T('Date : 31/08/2025'), T('Échéance : 30/09/2025'), GAP(6),
      ROW('Désignation', 'Qté', 'P.U. HT', 'Montant HT'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'fr'), money(x.a, 'fr'))), GAP(6),
      TOT('Total HT', money(sub, 'fr') + ' €'), TOT('TVA 20 %', money(tax, 'fr') + ' €'), TOT('Total TTC', money(total, 'fr') + ' €', { bold: true }),
    ]],
  });
}
{
  const it = items([{ d: 'Wanderschuhe Trail GTX, Gr. 42', q: 1, u: 12941 }, { d: 'Merino-Socken 3er-Pack', q: 2, u: 1672 }]);
  const netItems = sum(it.map((x) => x.a)), ship = 412, sub = netItems + ship, tax = pct(sub, 19), total = sub + tax;
  docs.push({
    file: 'de-web-rechnung-screenshot-96dpi.png', kind: 'png', lang: 'de', fx: { dpi: 96, seed: 13, web: true, heightMm: 150 },
    truth: truthOf({ n: '1000348871', d: '2025-10-13', due: null, total, sub, tax, cur: 'EUR' }),
    pages: [[
      L([20, 'bergpfad.example  ›  Mein Konto  ›  Bestellungen  ›  Rechnung', 'l'], { size: 9 }), GAP(6),
      T('Rechnung zu Bestellung #B-558120', { size: 15, bold: true }),
      L([20, 'Rechnungsnummer: 1000348871', 'l'], [120, 'Bestellt am: 11.10.2025', 'l']),
      L([20, 'Rechnungsdatum: 13.10.2025', 'l'], [120, 'Zahlart: PayPal (bezahlt)', 'l']), GAP(6),
      ROW('Artikel', 'Menge', 'Preis netto', 'Summe netto'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'de') + ' €', money(x.a, 'de') + ' €')),
      ROW('Versand DHL', '1', money(ship, 'de') + ' €', money(ship, 'de') + ' €'), GAP(4),
      TOT('Summe netto', money(sub, 'de') + ' €'), TOT('MwSt. 19 %', money(tax, 'de') + ' €'), TOT('Gesamtsumme', money(total, 'de') + ' €', { bold: true }), GAP(6),
      T('Bergpfad Outdoor GmbH · Talstraße 3 · 87435 Kempten · USt-IdNr. DE301234567', { size: 8 }),
    ]],
  });
}
{
  const it = items([{ d: 'Wartung Aufzugsanlage, Halbjahr', q: 1, u: 68000 }, { d: 'Notrufsystem Prüfung', q: 1, u: 14500 }, { d: 'Seilschmierung', q: 2, u: 3800 }]);
  const sub = sum(it.map((x) => x.a)), tax = pct(sub, 19), total = sub + tax;
  docs.push({
    file: 'de-rechnung-scan.tiff', kind: 'tiff', lang: 'de', fx: { dpi: 150, rot: 0.6, noise: 0.002, seed: 14, heightMm: 160 },
    truth: truthOf({ n: 'AW-2025-1190', d: '2025-11-04', due: '2025-11-18', total, sub, tax, cur: 'EUR' }),
    pages: [[
      T('Aufzugsdienst Weber GmbH · Rheinallee 40 · 55118 Mainz', { size: 9 }), GAP(8),
      T('WEG Kaiserstraße 12'), T('c/o Hausverwaltung Klee'), T('55116 Mainz'), GAP(8),
      T('Rechnung', { size: 16, bold: true }),
      L([20, 'Rechnungsnummer: AW-2025-1190', 'l'], [120, 'Datum: 04.11.2025', 'l']), L([20, 'Objekt: Kaiserstraße 12', 'l'], [120, 'Fällig am: 18.11.2025', 'l']), GAP(6),
      ROW('Leistung', 'Menge', 'Einzelpreis', 'Gesamt'),
      ...it.map((x) => ROW(x.d, String(x.q), money(x.u, 'de'), money(x.a, 'de'))), GAP(6),
      TOT('Netto', money(sub, 'de') + ' EUR'), TOT('USt 19 %', money(tax, 'de') + ' EUR'), TOT('Gesamtbetrag', money(total, 'de') + ' EUR', { bold: true }),
    ]],
  });
}

// ---------- receipts ----------
const W = 34;
const rl = (l, r) => l + ' '.repeat(Math.max(1, W - l.length - r.length)) + r;
const ctr = (s) => ' '.repeat(Math.max(0, Math.floor((W - s.length) / 2))) + s;
{
  const list = [['Vollmilch 3,5% 1l', 139, 10], ['Semmeln 6 Stk', 294, 10], ['Extrawurst 200g', 329, 10], ['Äpfel Gala kg', 318, 10], ['Mineralwasser 6x1,5l', 414, 20], ['Kaffee Bohne 1kg', 1599, 10], ['Spülmittel 500ml', 229, 20], ['Toilettenpapier 8R', 449, 20], ['Joghurt Natur 500g', 149, 10], ['Bier Märzen 0,5l', 129, 20], ['Bier Märzen 0,5l', 129, 20], ['Käse Gouda Scheiben', 279, 10], ['Zahnpasta', 189, 20], ['Nudeln Spiralen 500g', 119, 10]];
  const total = sum(list.map((x) => x[1]));
  const g10 = sum(list.filter((x) => x[2] === 10).map((x) => x[1])), g20 = total - g10;
  const n10 = Math.round(g10 / 1.1), n20 = Math.round(g20 / 1.2);
  docs.push({
    file: 'de-at-supermarkt-bon-kartenbeleg.jpg', kind: 'receipt', lang: 'de', fx: { rot: 1.2, seed: 21 },
    truth: truthOf({ d: '2025-02-21', total, sub: n10 + n20, tax: g10 - n10 + g20 - n20, cur: 'EUR', type: 'receipt' }),
    lines: [ctr('MARKTSTAND FRISCHMARKT'), ctr('Filiale 0412 Linz-Urfahr'), ctr('Hauptstraße 18, 4040 Linz'), ctr('UID ATU12345678'), '',
      ...list.map(([d, c, r]) => rl(d, money(c, 'de') + (r === 10 ? ' B' : ' A'))), '-'.repeat(W), rl('SUMME EUR', money(total, 'de')), '', rl('Bankomat', money(total, 'de')), '',
      rl('MwSt  Netto', 'MwSt'), rl('A 20% ' + money(n20, 'de'), money(g20 - n20, 'de')), rl('B 10% ' + money(n10, 'de'), money(g10 - n10, 'de')), '',
      rl('21.02.2025 17:42', 'Bon 3318'), rl('Kassa 02', 'Bed. 14'), '', ctr('*** KARTENBELEG ***'), rl('Maestro', 'xxxx xxxx xxxx 4471'), rl('Betrag EUR', money(total, 'de')), rl('21.02.25', '17:43'), ctr('Genehmigt'), ctr('Danke für Ihren Einkauf!')],
  });
}
{
  const list = [['PAIN DE MIE COMPLET', 219, 6], ['LAIT DEMI-ECREME 1L', 105, 6], ['YAOURT NATURE X8', 289, 6], ['POMMES JONAGOLD KG', 312, 6], ['BIERE BLONDE 6X25CL', 649, 21], ['EAU PETILLANTE 6X1L', 399, 6], ['LESSIVE LIQUIDE 2L', 899, 21], ['CHOCOLAT NOIR 200G', 249, 6], ['CAFE MOULU 500G', 579, 6], ['PAPIER ALU 30M', 349, 21], ['FROMAGE DE HERVE', 465, 6], ['JAMBON D ARDENNE', 389, 6], ['CHICONS 1KG', 299, 6], ['SACS POUBELLE 30L', 279, 21], ['JUS D ORANGE 1L', 199, 6], ['SPECULOOS 250G', 185, 6]];
  const total = sum(list.map((x) => x[1]));
  const g6 = sum(list.filter((x) => x[2] === 6).map((x) => x[1])), g21 = total - g6;
  const n6 = Math.round(g6 / 1.06), n21 = Math.round(g21 / 1.21);
  docs.push({
    file: 'fr-be-supermarche-bancontact.jpg', kind: 'receipt', lang: 'fr', fx: { rot: -0.9, seed: 22 },
    truth: truthOf({ d: '2025-03-14', total, sub: n6 + n21, tax: g6 - n6 + g21 - n21, cur: 'EUR', type: 'receipt' }),
    lines: [ctr('SUPER MARCHE DE LA GARE'), ctr('Rue de Namur 41 - 5000 Namur'), ctr('TVA BE 0456.789.123'), '',
      ...list.map(([d, c, r]) => rl(d, money(c, 'de') + (r === 6 ? ' A' : ' C'))), '-'.repeat(W), rl(list.length + ' ARTICLES', ''), rl('TOTAL A PAYER', money(total, 'de') + ' EUR'), rl('BANCONTACT', money(total, 'de')), '',
      rl('TVA     HTVA    TVA', 'TVAC'), rl('A 6%  ' + money(n6, 'de') + '  ' + money(g6 - n6, 'de'), money(g6, 'de')), rl('C 21% ' + money(n21, 'de') + '  ' + money(g21 - n21, 'de'), money(g21, 'de')), '',
      rl('14/03/2025 18:07', 'CAISSE 05'), rl('TICKET 0048812', ''), '', ctr('--- TICKET CLIENT ---'), ctr('BANCONTACT'), rl('Carte', '6703 XXXX XXXX 2291'), rl('MONTANT', 'EUR ' + money(total, 'de')), rl('14/03/25', '18:07:41'), ctr('TRANSACTION ACCEPTEE'), ctr('Merci et a bientot')],
  });
}
{
  const list = [['CAFE FILTRE', 275], ['CROISSANT', 325], ['SANDWICH JAMBON', 899], ['JUS ORANGE 473ML', 399]];
  const sub = sum(list.map((x) => x[1])), tps = pct(sub, 5), tvq = pct(sub, 9.975), total = sub + tps + tvq;
  docs.push({
    file: 'fr-qc-depanneur-tps-tvq.jpg', kind: 'receipt', lang: 'fr', fx: { rot: 2.2, seed: 23, shadow: true },
    truth: truthOf({ d: '2025-11-08', total, sub, tax: tps + tvq, cur: 'CAD', type: 'receipt' }),
    lines: [ctr('CASSE-CROUTE DU VIEUX-PORT'), ctr('212 rue Saint-Paul O.'), ctr('Montreal (Quebec) H2Y 1Z9'), '', rl('2025-11-08', '08:14'), rl('Facture', '00871'), '',
      ...list.map(([d, c]) => rl(d, money(c, 'en') + ' $')), '-'.repeat(W), rl('SOUS-TOTAL', money(sub, 'en') + ' $'), rl('TPS 5% #123456789RT0001', money(tps, 'en')), rl('TVQ 9,975% #1234567890TQ0001', money(tvq, 'en')), rl('TOTAL', money(total, 'en') + ' $'), '', rl('INTERAC', money(total, 'en') + ' $'), '', ctr('MERCI ET BONNE JOURNEE')],
  });
}
{
  const fare = 3460;
  docs.push({
    file: 'fr-taxi-recu-manuscrit.jpg', kind: 'receipt', lang: 'fr', fx: { rot: -1.5, seed: 24, hand: money(fare, 'fr') + ' €', handDate: '17/09/2025' },
    // The 10 % is printed without an amount: subtotal and tax stay out of the truth (either is right).
    truth: (({ subtotal, tax, ...t }) => t)(truthOf({ d: '2025-09-17', total: fare, cur: 'EUR', type: 'receipt' })),
    lines: [ctr('TAXI PARISIEN'), ctr('Licence n° 12345'), ctr('Véhicule immat. AB-123-CD'), '', ctr('RECU / NOTE'), '', 'Date : ____________', '', 'Départ : Gare de Lyon', 'Arrivée : Porte Maillot', '', 'Montant TTC : ____________', '', ctr('TVA 10 % incluse'), '', 'Signature du chauffeur :', '', ctr('Merci de votre confiance')],
  });
}
{
  const list = [['Wiener Schnitzel', 2, 1890], ['Käsespätzle', 1, 1450], ['Almdudler 0,35', 2, 420], ['Zweigelt 1/8', 2, 480], ['Apfelstrudel', 1, 650]];
  const food = sum(list.filter((x) => !/Almdudler|Zweigelt/.test(x[0])).map((x) => x[1] * x[2]));
  const drinks = sum(list.filter((x) => /Almdudler|Zweigelt/.test(x[0])).map((x) => x[1] * x[2]));
  const total = food + drinks, nF = Math.round(food / 1.1), nD = Math.round(drinks / 1.2);
  docs.push({
    file: 'de-at-gasthaus-rechnung-foto.jpg', kind: 'receipt', lang: 'de', fx: { rot: 4.5, seed: 25, shadow: true, persp: true },
    truth: truthOf({ d: '2025-07-26', total, sub: nF + nD, tax: food - nF + drinks - nD, cur: 'EUR', type: 'receipt' }),
    lines: [ctr('Gasthaus Zur Alten Mühle'), ctr('Mühlgasse 3, 5020 Salzburg'), ctr('UID: ATU87654321'), '', rl('Tisch 7', 'Rechnung 5521'), rl('26.07.2025', '13:58'), '',
      ...list.map(([d, q, c]) => rl(q + ' x ' + d, money(q * c, 'de'))), '-'.repeat(W), rl('Gesamt EUR', money(total, 'de')), '', rl('Netto 10%', money(nF, 'de')), rl('USt 10%', money(food - nF, 'de')), rl('Netto 20%', money(nD, 'de')), rl('USt 20%', money(drinks - nD, 'de')), '', rl('Bezahlt Bar', money(total, 'de')), '', ctr('Kassenbelegnr. 2025-5521'), ctr('Sig.-Code: AT0_KASSE02_5521'), ctr('Vielen Dank!')],
  });
}

export const DOCS = docs;
