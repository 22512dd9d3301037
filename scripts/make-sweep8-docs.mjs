// Data and truth of the eighth held-out sweep (fixtures/sweep8): written blind (see
// fixtures/README.md). Amounts are integer cents; every subtotal, tax and total is computed from the
// lines, so the print and the truth cannot disagree. Layout lives in make-sweep8-fixtures.mjs.
//
// A page is a list of rows; a row is a list of cells [x, text, flags] (flags: b bold, r right-aligned
// at x, sN font size N, m monospace, g grey) or an object: {gap}, {hr: [x1, x2]}, {stamp: {...}}.

const fmt = (c, th, dec) => {
  const neg = c < 0;
  const a = Math.abs(c);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, th);
  return (neg ? '-' : '') + int + dec + String(a % 100).padStart(2, '0');
};
const de = (c) => fmt(c, '.', ',');
const fr = (c) => fmt(c, ' ', ',');
const ch = (c) => fmt(c, "'", '.');
const nos = (c) => fmt(c, '', ',');
const vat = (net, rate) => Math.round((net * rate) / 100);
/** Tax contained in a gross amount at a rate (percent, may be fractional). */
const inGross = (gross, rate) => Math.round((gross * rate) / (100 + rate));
const sum = (a) => a.reduce((s, x) => s + x, 0);
const cents = (c) => c / 100;

/** Rows of a one-page business letter invoice (letterhead, address window, meta block, table, totals). */
function letter({ head, sender, to, meta, metaX = 340, title, intro = [], cols, rows, totals, notes = [], footer = [], place }) {
  const out = [];
  for (const [i, h] of head.entries()) out.push([[50, h, i === 0 ? 'bs16' : 's9']]);
  out.push({ gap: 30 });
  out.push([[50, sender, 's7']]);
  const left = [...to];
  const right = meta;
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const r = [];
    if (left[i]) r.push([50, left[i]]);
    if (right[i]) {
      r.push([metaX, right[i][0], 's9']);
      r.push([545, right[i][1], 'rs9']);
    }
    out.push(r);
  }
  if (place) out.push({ gap: 10 }, [[545, place, 'r']]);
  out.push({ gap: 22 }, [[50, title, 'bs13']], { gap: 6 });
  for (const l of intro) out.push([[50, l]]);
  if (intro.length) out.push({ gap: 6 });
  out.push(cols.map(([x, h, f = '']) => [x, h, 'b' + f]), { hr: [50, 545] });
  for (const r of rows) out.push(r.map((t, i) => [cols[i][0], t, cols[i][2] ?? '']).filter((c) => c[1] !== ''));
  out.push({ hr: [50, 545] });
  for (const [k, v, f = ''] of totals) out.push([[360, k, f], [545, v, 'r' + f]]);
  out.push({ gap: 14 });
  for (const l of notes) out.push([[50, l, 's9']]);
  out.push({ footer });
  return out;
}

export const DOCS = [];
const add = (file, kind, pages, truth, extra = {}) => DOCS.push({ file, kind, pages, truth, ...extra });

// ---------------------------------------------------------------- German invoices
{
  // Insurance premium: Versicherungsteuer instead of USt.
  const parts = [['Betriebshaftpflicht, Deckungssumme 5 Mio. EUR', 31840], ['Elektronik-Pauschalversicherung', 9420]];
  const net = sum(parts.map((p) => p[1]));
  const vst = vat(net, 19);
  add('de-versicherung-beitragsrechnung.pdf', 'pdf', [letter({
    head: ['Rheinauer Versicherung AG', 'Kaiserring 40 · 68161 Mannheim · www.rheinauer-vers.example'],
    sender: 'Rheinauer Versicherung AG · Kaiserring 40 · 68161 Mannheim',
    to: ['Firma', 'Holzbau Steger GmbH', 'Am Sägewerk 3', '79117 Freiburg'],
    meta: [['Versicherungsschein-Nr.', '40-118 772 3'], ['Rechnungs-Nr.', 'BR-2025-448812'], ['Datum', '02.01.2025'], ['Versicherungsnehmer-Nr.', '7 004 118']],
    title: 'Beitragsrechnung',
    intro: ['Versicherungszeitraum: 01.01.2025 bis 31.12.2025 (jährliche Zahlungsweise)'],
    cols: [[50, 'Vertragsteil'], [545, 'Beitrag EUR', 'r']],
    rows: parts.map(([d, c]) => [d, de(c)]),
    totals: [['Beitrag netto', de(net)], ['Versicherungsteuer 19 %', de(vst)], ['Jahresbeitrag', de(net + vst), 'b']],
    notes: ['Der Beitrag ist fällig zum 01.02.2025.', 'Versicherungsleistungen sind nach § 4 Nr. 10 UStG umsatzsteuerfrei.', 'IBAN DE02 1203 0000 0000 2020 51 · Versicherungsteuer-Nr. 806/V90/12345'],
  })], { invoiceNumber: 'BR-2025-448812', invoiceDate: '2025-01-02', dueDate: '2025-02-01', total: cents(net + vst), subtotal: cents(net), tax: cents(vst), currency: 'EUR', documentType: 'invoice' });
}
{
  // Tax adviser's Gebührenrechnung under StBVV.
  const items = [
    ['Einkommensteuererklärung 2024 (§ 24 Abs. 1 Nr. 1 StBVV)', 'Gegenstandswert 58.420 EUR, 4/10, Tabelle A', 54240],
    ['Anlage V, Ermittlung Überschuss (§ 27 StBVV)', 'Gegenstandswert 12.300 EUR, 3/20, Tabelle A', 12860],
    ['Prüfung Steuerbescheid 2023 (§ 28 StBVV)', 'Zeitgebühr 1,5 Std. à 45,00 EUR', 6750],
    ['Post- und Telekommunikation (§ 16 StBVV)', 'Pauschale 20 %, höchstens 20,00 EUR', 2000],
  ];
  const net = sum(items.map((i) => i[2]));
  const ust = vat(net, 19);
  const rows = [];
  for (const [a, b, c] of items) rows.push([a, de(c)], [b, '']);
  add('de-steuerberater-stbvv.pdf', 'pdf', [letter({
    head: ['Dr. Annette Krall', 'Steuerberaterin · Lindenallee 9 · 30175 Hannover · kanzlei@krall-stb.example'],
    sender: 'Steuerkanzlei Dr. Krall · Lindenallee 9 · 30175 Hannover',
    to: ['Herrn', 'Tobias Wendler', 'Gartenweg 14', '30659 Hannover'],
    meta: [['Mandant', '10472'], ['Gebührenrechnung Nr.', '2025-0311'], ['Datum', '04.04.2025'], ['Steuernummer', '25/123/45678']],
    title: 'Gebührenrechnung nach der Steuerberatervergütungsverordnung (StBVV)',
    cols: [[50, 'Tätigkeit'], [545, 'EUR', 'r']],
    rows,
    totals: [['Summe Gebühren und Auslagen', de(net)], ['zzgl. 19 % Umsatzsteuer', de(ust)], ['Rechnungsbetrag', de(net + ust), 'b']],
    notes: ['Zahlbar innerhalb von 14 Tagen nach Erhalt ohne Abzug.', 'Bankverbindung: Sparkasse Hannover, IBAN DE89 3704 0044 0532 0130 00'],
  })], { invoiceNumber: '2025-0311', invoiceDate: '2025-04-04', dueDate: null, total: cents(net + ust), subtotal: cents(net), tax: cents(ust), currency: 'EUR', documentType: 'invoice' });
}
{
  // Car workshop with Altteilsteuer on an exchange part.
  const lines = [['1', 'Lichtmaschine AT (Austauschteil)', '1', 38900], ['2', 'Keilrippenriemen 6PK1153', '1', 3420], ['3', 'AW Lichtmaschine aus- und einbauen', '12 AW', 14160], ['4', 'AW Fehlerspeicher auslesen', '3 AW', 3540], ['5', 'Kleinmaterial', 'pausch.', 1220]];
  const net = sum(lines.map((l) => l[3]));
  const ust = vat(net, 19);
  const alt = 6000;
  const ats = vat(alt, 19);
  add('de-kfz-werkstatt-altteilsteuer.pdf', 'pdf', [letter({
    head: ['Autohaus & Kfz-Meisterbetrieb Brunnhuber', 'Industriestr. 22 · 84034 Landshut · Tel. 0871 123456'],
    sender: 'Kfz Brunnhuber · Industriestr. 22 · 84034 Landshut',
    to: ['Frau', 'Petra Lindl', 'Bachstr. 5', '84036 Landshut'],
    meta: [['Rechnung Nr.', 'W-25-01877'], ['Datum', '16.06.2025'], ['Auftrag', 'A-25-2291'], ['Kennzeichen', 'LA-PL 318'], ['km-Stand', '148.212']],
    title: 'Werkstattrechnung',
    cols: [[50, 'Pos.'], [80, 'Bezeichnung'], [400, 'Menge', 'r'], [545, 'Betrag EUR', 'r']],
    rows: lines.map(([p, d, q, c]) => [p, d, q, de(c)]),
    totals: [['Summe netto', de(net)], ['MwSt 19 %', de(ust)], ['Altteilsteuer 19 % auf 60,00', de(ats)], ['Rechnungsbetrag EUR', de(net + ust + ats), 'b']],
    notes: ['Altteilwert Lichtmaschine: 60,00 EUR (Altteil verbleibt bei uns).', 'Zahlbar sofort nach Erhalt ohne Abzug.'],
  })], { invoiceNumber: 'W-25-01877', invoiceDate: '2025-06-16', dueDate: null, total: cents(net + ust + ats), subtotal: cents(net), tax: cents(ust + ats), currency: 'EUR', documentType: 'invoice' });
}
{
  // Sammelrechnung over three delivery notes.
  const ls = [
    ['40117', '03.03.2025', [['Zement CEM II 25 kg', 40, 689], ['Bewehrungsmatte Q188', 6, 4350]]],
    ['40152', '11.03.2025', [['Kalksandstein 2DF', 480, 118], ['Dünnbettmörtel 25 kg', 8, 1290]]],
    ['40198', '24.03.2025', [['Schalungsbrett 24 mm', 30, 745], ['Baustahl Ø 10 mm, 6 m', 25, 512]]],
  ];
  const rows = [];
  let net = 0;
  for (const [no, d, items] of ls) {
    rows.push([`Lieferschein ${no} vom ${d}`, '', '', '']);
    let s = 0;
    for (const [t, q, p] of items) {
      rows.push([t, String(q), de(p), de(q * p)]);
      s += q * p;
    }
    rows.push(['', '', 'Summe LS', de(s)]);
    net += s;
  }
  const ust = vat(net, 19);
  add('de-sammelrechnung-lieferscheine.pdf', 'pdf', [letter({
    head: ['Baustoffe Hellwig KG', 'Hafenstr. 80 · 47119 Duisburg · USt-IdNr. DE812345670'],
    sender: 'Baustoffe Hellwig KG · Hafenstr. 80 · 47119 Duisburg',
    to: ['Bauunternehmung Ostrowski GmbH', 'Zechenweg 11', '45891 Gelsenkirchen'],
    meta: [['Sammelrechnung Nr.', 'SR-2503-017'], ['Rechnungsdatum', '31.03.2025'], ['Kunden-Nr.', '20418'], ['Zeitraum', 'März 2025']],
    title: 'Sammelrechnung',
    intro: ['Für die im März 2025 gelieferte Ware berechnen wir Ihnen:'],
    cols: [[50, 'Artikel'], [360, 'Menge', 'r'], [440, 'Preis', 'r'], [545, 'Betrag', 'r']],
    rows,
    totals: [['Warenwert netto', de(net)], ['USt 19 %', de(ust)], ['Gesamtbetrag EUR', de(net + ust), 'b']],
    notes: ['Zahlbar bis 14.04.2025 ohne Abzug.'],
  })], { invoiceNumber: 'SR-2503-017', invoiceDate: '2025-03-31', dueDate: '2025-04-14', total: cents(net + ust), subtotal: cents(net), tax: cents(ust), currency: 'EUR', documentType: 'invoice' });
}
{
  // Travel booking: gross prices at 7 % and 19 %.
  const g7 = [['Flexpreis Hamburg Hbf – Köln Hbf, 2. Kl., 1 Erw.', 8990], ['Sitzplatzreservierung', 520]];
  const g19 = [['Buchungsgebühr Reiseportal', 490]];
  const G7 = sum(g7.map((x) => x[1]));
  const G19 = sum(g19.map((x) => x[1]));
  const t7 = inGross(G7, 7);
  const t19 = inGross(G19, 19);
  const tot = G7 + G19;
  add('de-bahnreise-7-19.pdf', 'pdf', [letter({
    head: ['reisefix.example', 'Online-Reisebüro · Rosenthaler Str. 51 · 10178 Berlin'],
    sender: 'reisefix GmbH · Rosenthaler Str. 51 · 10178 Berlin',
    to: ['Jana Meurer', 'Lessingstr. 7', '22087 Hamburg'],
    meta: [['Buchungsnummer', 'RFX-8KQ2-77'], ['Rechnungsnummer', '2025-0917734'], ['Rechnungsdatum', '09.05.2025'], ['Reisedatum', '23.05.2025']],
    title: 'Rechnung zu Ihrer Buchung',
    cols: [[50, 'Leistung'], [430, 'MwSt', 'r'], [545, 'Preis EUR', 'r']],
    rows: [...g7.map(([d, c]) => [d, '7 %', de(c)]), ...g19.map(([d, c]) => [d, '19 %', de(c)])],
    totals: [['Gesamtpreis', de(tot), 'b'], ['enthaltene MwSt 7 %', de(t7)], ['enthaltene MwSt 19 %', de(t19)], ['bezahlt per Kreditkarte', de(tot)]],
    notes: ['Der Betrag wurde Ihrer Kreditkarte (**** 4417) belastet.', 'Beförderungsleistung im Fernverkehr: ermäßigter Steuersatz nach § 12 Abs. 2 Nr. 10 UStG.'],
  })], { invoiceNumber: '2025-0917734', invoiceDate: '2025-05-09', dueDate: null, total: cents(tot), subtotal: cents(tot - t7 - t19), tax: cents(t7 + t19), currency: 'EUR', documentType: 'invoice' });
}
{
  // Club membership fee, not subject to VAT.
  const items = [['Mitgliedsbeitrag 2025 (Vollmitglied)', 12000], ['Hallenumlage 2025', 3600], ['Aufnahmegebühr', 2500]];
  const tot = sum(items.map((i) => i[1]));
  add('de-verein-mitgliedsbeitrag.pdf', 'pdf', [letter({
    head: ['TSV Grünwald 1898 e.V.', 'Geschäftsstelle · Sportplatzweg 2 · 82031 Grünwald · VR 4711 AG München'],
    sender: 'TSV Grünwald 1898 e.V. · Sportplatzweg 2 · 82031 Grünwald',
    to: ['Herrn', 'Florian Aigner', 'Tölzer Str. 30', '82031 Grünwald'],
    meta: [['Mitgliedsnummer', '1187'], ['Rechnungs-Nr.', 'MB-2025-0217'], ['Datum', '15.01.2025']],
    title: 'Beitragsrechnung 2025',
    cols: [[50, 'Position'], [545, 'Betrag', 'r']],
    rows: items.map(([d, c]) => [d, de(c) + ' €']),
    totals: [['Gesamtbetrag', de(tot) + ' €', 'b']],
    notes: ['Der Beitrag wird am 01.03.2025 per SEPA-Lastschrift eingezogen (Mandatsreferenz TSV-1187).', 'Echter Mitgliedsbeitrag, nicht umsatzsteuerbar.'],
  })], { invoiceNumber: 'MB-2025-0217', invoiceDate: '2025-01-15', dueDate: '2025-03-01', total: cents(tot), subtotal: cents(tot), tax: 0, currency: 'EUR', documentType: 'invoice' });
}
{
  // BEZAHLT stamp across the totals.
  const lines = [['LED-Panel 60x60, 36 W', 12, 4850], ['Bewegungsmelder Aufputz', 4, 2390], ['Installationsarbeiten (Std.)', 6, 6200]];
  const net = sum(lines.map((l) => l[1] * l[2]));
  const ust = vat(net, 19);
  const page = letter({
    head: ['Elektro Pfeiffer', 'Meisterbetrieb · Talstr. 17 · 66111 Saarbrücken · USt-IdNr. DE298765431'],
    sender: 'Elektro Pfeiffer · Talstr. 17 · 66111 Saarbrücken',
    to: ['Praxis Dr. Wolter', 'Bahnhofstr. 44', '66111 Saarbrücken'],
    meta: [['Rechnungsnummer', '25-0519'], ['Rechnungsdatum', '21.05.2025'], ['Leistungsdatum', '19.05.2025']],
    title: 'Rechnung',
    cols: [[50, 'Bezeichnung'], [350, 'Menge', 'r'], [440, 'Einzelpreis', 'r'], [545, 'Gesamt', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), de(p), de(q * p)]),
    totals: [['Nettobetrag', de(net) + ' €'], ['zzgl. 19 % MwSt.', de(ust) + ' €'], ['Gesamtbetrag', de(net + ust) + ' €', 'b']],
    notes: ['Zahlbar bis 04.06.2025 ohne Abzug.', 'IBAN DE75 5905 0101 0000 1234 56 · BIC SAKSDE55XXX'],
  });
  page.push({ stamp: { text: 'BEZAHLT', sub: '28.05.2025', x: 300, y: 430, angle: -14 } });
  add('de-bezahlt-stempel.pdf', 'pdf', [page], { invoiceNumber: '25-0519', invoiceDate: '2025-05-21', dueDate: '2025-06-04', total: cents(net + ust), subtotal: cents(net), tax: cents(ust), currency: 'EUR', documentType: 'invoice' });
}
{
  // Date only as "Leipzig, den 14.03.2025"; number in the title.
  const lines = [['Übersetzung Vertrag DE > EN, 4.820 Wörter', 4820, 14], ['Fachlektorat', 1, 9500], ['Beglaubigung', 2, 2500]];
  const amt = (q, p) => Math.round(q * p);
  const net = sum(lines.map(([, q, p]) => amt(q, p)));
  const ust = vat(net, 19);
  add('de-leipzig-den-datum.pdf', 'pdf', [letter({
    head: ['Übersetzungsbüro Kessler', 'Dipl.-Übers. Marion Kessler · Karl-Liebknecht-Str. 12 · 04107 Leipzig'],
    sender: 'M. Kessler · Karl-Liebknecht-Str. 12 · 04107 Leipzig',
    to: ['Anwaltskanzlei Brandt & Ohl', 'Markt 8', '04109 Leipzig'],
    meta: [],
    place: 'Leipzig, den 14.03.2025',
    title: 'Rechnung Nr. L-25-0392',
    intro: ['Sehr geehrte Damen und Herren,', 'für die im Februar 2025 erbrachten Leistungen berechne ich Ihnen:'],
    cols: [[50, 'Leistung'], [350, 'Menge', 'r'], [440, 'Preis', 'r'], [545, 'Betrag', 'r']],
    rows: lines.map(([d, q, p]) => [d, de(q * 100).replace(/,00$/, ''), (p < 100 ? '0,' + String(p).padStart(2, '0') : de(p)), de(amt(q, p))]),
    totals: [['Summe netto', de(net)], ['Umsatzsteuer 19 %', de(ust)], ['Rechnungsbetrag', de(net + ust), 'b']],
    notes: ['Bitte zahlen Sie innerhalb von 14 Tagen ohne Abzug.', 'Steuernummer 231/456/78901 · IBAN DE12 8605 5592 1090 0011 22'],
  })], { invoiceNumber: 'L-25-0392', invoiceDate: '2025-03-14', dueDate: null, total: cents(net + ust), subtotal: cents(net), tax: cents(ust), currency: 'EUR', documentType: 'invoice' });
}
{
  // Number only in the subject line.
  const lines = [['Gartenpflege Februar (Std.)', 14, 4200], ['Grünschnittentsorgung, 3 m³', 3, 3800], ['Rückschnitt Hecke', 1, 18500]];
  const net = sum(lines.map(([, q, p]) => q * p));
  const ust = vat(net, 19);
  const page = [];
  page.push([[50, 'Grünwerk Habermann', 'bs16']], [[50, 'Garten- und Landschaftsbau · Moosweg 4 · 90491 Nürnberg', 's9']], { gap: 30 });
  page.push([[50, 'Grünwerk Habermann · Moosweg 4 · 90491 Nürnberg', 's7']]);
  page.push([[50, 'Wohnungseigentümergemeinschaft'], [360, 'Kundennummer: K-20417', 's9']], [[50, 'Rosenau 12–16'], [360, 'Datum: 07.03.2025', 's9']], [[50, 'c/o Hausverwaltung Seidl'], [360, 'Telefon: 0911 555 12 40', 's9']], [[50, '90429 Nürnberg']]);
  page.push({ gap: 26 }, [[50, 'Rechnung 2025-118 für Ihren Auftrag vom 27.02.2025', 'bs12']], { gap: 8 });
  page.push([[50, 'Sehr geehrte Damen und Herren,']], [[50, 'wir bedanken uns für Ihren Auftrag und berechnen folgende Leistungen:']], { gap: 6 });
  page.push([[50, 'Leistung', 'b'], [350, 'Menge', 'rb'], [440, 'Einzelpreis', 'rb'], [545, 'Betrag', 'rb']], { hr: [50, 545] });
  for (const [d, q, p] of lines) page.push([[50, d], [350, String(q), 'r'], [440, de(p), 'r'], [545, de(q * p), 'r']]);
  page.push({ hr: [50, 545] }, [[360, 'Netto'], [545, de(net) + ' €', 'r']], [[360, '19 % USt.'], [545, de(ust) + ' €', 'r']], [[360, 'Gesamt', 'b'], [545, de(net + ust) + ' €', 'rb']], { gap: 14 });
  page.push([[50, 'Bitte überweisen Sie den Gesamtbetrag bis zum 21.03.2025 auf unser Konto.', 's9']], [[50, 'Mit freundlichen Grüßen', 's9']], [[50, 'Georg Habermann', 's9']]);
  page.push({ footer: ['Sparkasse Nürnberg · IBAN DE44 7605 0101 0001 2345 67 · USt-IdNr. DE276543219'] });
  add('de-betreff-rechnungsnummer.pdf', 'pdf', [page], { invoiceNumber: '2025-118', invoiceDate: '2025-03-07', dueDate: '2025-03-21', total: cents(net + ust), subtotal: cents(net), tax: cents(ust), currency: 'EUR', documentType: 'invoice' });
}
{
  // Swiss invoice with 5-Rappen rounding.
  const lines = [['Reinigung Büroräume Mai (Std.)', 38.5, 4250], ['Fensterreinigung pauschal', 1, 39000], ['Reinigungsmaterial', 1, 8737]];
  const net = sum(lines.map(([, q, p]) => Math.round(q * p)));
  const mw = Math.round(net * 0.081);
  const raw = net + mw;
  const rounded = Math.round(raw / 5) * 5;
  add('de-ch-rappenrundung.pdf', 'pdf', [letter({
    head: ['Blitzblank Reinigungen GmbH', 'Seestrasse 112 · 8002 Zürich · CHE-123.456.789 MWST'],
    sender: 'Blitzblank Reinigungen GmbH · Seestrasse 112 · 8002 Zürich',
    to: ['Treuhand Vogel AG', 'Bahnhofplatz 3', '8400 Winterthur'],
    meta: [['Rechnung Nr.', '25-1042'], ['Datum', '02.06.2025'], ['Kunden-Nr.', '3307']],
    title: 'Rechnung',
    cols: [[50, 'Leistung'], [350, 'Menge', 'r'], [440, 'Ansatz CHF', 'r'], [545, 'Betrag CHF', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q).replace('.', '.'), ch(p), ch(Math.round(q * p))]),
    totals: [['Total exkl. MWST', ch(net)], ['MWST 8.1 %', ch(mw)], ['Rundung', ch(rounded - raw)], ['Total CHF', ch(rounded), 'b']],
    notes: ['Zahlbar innert 30 Tagen netto.', 'IBAN CH93 0076 2011 6238 5295 7'],
  })], { invoiceNumber: '25-1042', invoiceDate: '2025-06-02', dueDate: null, total: cents(rounded), subtotal: cents(net), tax: cents(mw), currency: 'CHF', documentType: 'invoice' });
}

// ---------------------------------------------------------------- French invoices
{
  // HT / Remise / TVA / TTC in one horizontal row.
  const lines = [['Audit SEO site vitrine', 1, 95000], ['Rédaction fiches produits', 24, 4500], ['Hébergement annuel', 1, 18000]];
  const brut = sum(lines.map(([, q, p]) => q * p));
  const rem = Math.round(brut * 0.05);
  const ht = brut - rem;
  const tva = vat(ht, 20);
  const page = letter({
    head: ['Studio Pixelune SARL', '14 rue des Tanneurs · 67000 Strasbourg · SIRET 812 345 678 00019'],
    sender: 'Studio Pixelune · 14 rue des Tanneurs · 67000 Strasbourg',
    to: ['Maison Kieffer', '3 place du Marché', '67500 Haguenau'],
    meta: [['Facture N°', '2025-0412'], ['Date', '15/05/2025'], ['Échéance', '14/06/2025']],
    title: 'FACTURE',
    cols: [[50, 'Désignation'], [350, 'Qté', 'r'], [440, 'P.U. HT', 'r'], [545, 'Montant HT', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), fr(p), fr(q * p)]),
    totals: [],
    notes: [],
  });
  page.pop();
  page.push({ gap: 8 }, [[50, 'Total brut HT', 'bs9'], [150, 'Remise 5 %', 'bs9'], [250, 'Total HT', 'bs9'], [350, 'TVA 20 %', 'bs9'], [460, 'Total TTC', 'bs9']], { hr: [50, 545] });
  page.push([[50, fr(brut) + ' €'], [150, '-' + fr(rem) + ' €'], [250, fr(ht) + ' €'], [350, fr(tva) + ' €'], [460, fr(ht + tva) + ' €', 'b']], { gap: 16 });
  page.push([[50, 'Paiement par virement à réception. Pénalités de retard : 3 fois le taux d\'intérêt légal.', 's9']], [[50, 'Indemnité forfaitaire pour frais de recouvrement : 40 €. IBAN FR76 3000 6000 0112 3456 7890 189', 's9']]);
  page.push({ footer: ['SARL au capital de 10 000 € · RCS Strasbourg 812 345 678 · TVA FR32812345678'] });
  add('fr-ht-tva-ttc-en-ligne.pdf', 'pdf', [page], { invoiceNumber: '2025-0412', invoiceDate: '2025-05-15', dueDate: '2025-06-14', total: cents(ht + tva), subtotal: cents(ht), tax: cents(tva), currency: 'EUR', documentType: 'invoice' });
}
{
  // Retenue de garantie 5 % deducted after TTC.
  const lines = [['Lot 03 – Maçonnerie : situation travaux', 1, 1280000], ['Enduit façade monocouche (m²)', 142, 3850], ['Appuis de fenêtre béton', 9, 12400]];
  const ht = sum(lines.map(([, q, p]) => q * p));
  const tva = vat(ht, 20);
  const ttc = ht + tva;
  const rg = Math.round(ttc * 0.05);
  add('fr-retenue-de-garantie.pdf', 'pdf', [letter({
    head: ['Bâtiments Morel & Fils', '22 avenue Jean Jaurès · 44000 Nantes · SIRET 423 987 654 00027'],
    sender: 'Bâtiments Morel & Fils · 22 av. Jean Jaurès · 44000 Nantes',
    to: ['SCI Les Hauts de Loire', '8 quai de la Fosse', '44000 Nantes'],
    meta: [['Facture n°', 'FC-25-0087'], ['Date', '30/04/2025'], ['Chantier', 'Résidence Erdre'], ['Marché n°', 'M-2024-31']],
    title: 'FACTURE',
    cols: [[50, 'Désignation'], [350, 'Qté', 'r'], [440, 'P.U. HT', 'r'], [545, 'Total HT', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), fr(p), fr(q * p)]),
    totals: [['Total HT', fr(ht) + ' €'], ['TVA 20 %', fr(tva) + ' €'], ['Total TTC', fr(ttc) + ' €', 'b'], ['Retenue de garantie 5 %', '-' + fr(rg) + ' €'], ['Net à payer', fr(ttc - rg) + ' €', 'b']],
    notes: ['Échéance : 30/05/2025. La retenue de garantie sera libérée à l\'expiration du délai d\'un an suivant la réception.', 'IBAN FR76 1027 8360 0000 0123 4567 890'],
  })], { invoiceNumber: 'FC-25-0087', invoiceDate: '2025-04-30', dueDate: '2025-05-30', total: cents(ttc), subtotal: cents(ht), tax: cents(tva), currency: 'EUR', documentType: 'invoice' });
}
{
  // Two pages with "A reporter" / "Report".
  const items = [];
  const names = ['Ramette papier A4 80 g', 'Classeur levier dos 8 cm', 'Stylo bille bleu (boîte 50)', 'Surligneur jaune', 'Enveloppes C5 (500)', 'Agrafes 24/6 (boîte)', 'Post-it 76x76 (lot 12)', 'Cartouche toner noir', 'Cartouche toner couleur', 'Chemises cartonnées (100)', 'Étiquettes adresse (boîte)', 'Marqueur tableau blanc', 'Ruban adhésif (lot 8)', 'Ciseaux bureau 21 cm', 'Calculatrice de bureau', 'Corbeille à courrier', 'Pochettes perforées (100)', 'Intercalaires A4 12 touches', 'Tampon encreur noir', 'Agrafeuse 50 feuilles', 'Bloc-notes A5 (lot 10)', 'Câble HDMI 2 m', 'Souris sans fil', 'Clavier USB', 'Hub USB 4 ports', 'Carnet de reçus', 'Boîte archive dos 10 cm', 'Trombones (boîte 1000)', 'Porte-documents', 'Lampe de bureau LED', 'Tapis de souris', 'Bannette plastique', 'Gomme blanche (lot 20)', 'Taille-crayon métal', 'Crayons HB (boîte 12)', 'Règle 30 cm', 'Colle en bâton (lot 10)', 'Pile AA (lot 24)', 'Rallonge multiprise 5 prises', 'Film plastification A4 (100)'];
  const r = (i) => ((i * 7919) % 97);
  for (let i = 0; i < names.length; i++) items.push([`R${String(1020 + i * 3)}`, names[i], 1 + (r(i) % 9), 185 + r(i) * 61]);
  const rows = items.map(([ref, d, q, p]) => [[50, ref, 's9'], [100, d, 's9'], [380, String(q), 'rs9'], [460, fr(p), 'rs9'], [545, fr(q * p), 'rs9']]);
  const head = [[50, 'Réf.', 'bs9'], [100, 'Désignation', 'bs9'], [380, 'Qté', 'rbs9'], [460, 'P.U. HT', 'rbs9'], [545, 'Montant HT', 'rbs9']];
  const split = 26;
  const carry = sum(items.slice(0, split).map(([, , q, p]) => q * p));
  const ht = sum(items.map(([, , q, p]) => q * p));
  const tva = vat(ht, 20);
  const p1 = [[[50, 'Bureautique Vauban', 'bs16']], [[50, '5 boulevard Vauban · 59000 Lille · SIRET 534 112 908 00031', 's9']], { gap: 20 },
    [[50, 'Cabinet Delattre Associés'], [340, 'Facture N°', 's9'], [545, 'FV2505-0188', 'rs9']], [[50, '17 rue Nationale'], [340, 'Date de facture', 's9'], [545, '26/05/2025', 'rs9']], [[50, '59800 Lille'], [340, 'Code client', 's9'], [545, 'C0412', 'rs9']],
    { gap: 18 }, [[50, 'FACTURE', 'bs13']], { gap: 4 }, head, { hr: [50, 545] }, ...rows.slice(0, split), { hr: [50, 545] },
    [[360, 'A reporter', 'b'], [545, fr(carry), 'rb']], { footer: ['Page 1/2'] }];
  const p2 = [[[50, 'Bureautique Vauban – Facture FV2505-0188 du 26/05/2025 (suite)', 's9']], { gap: 10 }, head, { hr: [50, 545] },
    [[100, 'Report', 'b'], [545, fr(carry), 'rb']], ...rows.slice(split), { hr: [50, 545] },
    [[360, 'Total HT'], [545, fr(ht) + ' €', 'r']], [[360, 'TVA 20 %'], [545, fr(tva) + ' €', 'r']], [[360, 'Total TTC', 'b'], [545, fr(ht + tva) + ' €', 'rb']], { gap: 12 },
    [[50, 'Conditions de paiement : 30 jours fin de mois, par virement.', 's9']], [[50, 'Pas d\'escompte pour paiement anticipé. IBAN FR76 1562 9026 3500 0123 4567 812', 's9']],
    { footer: ['Page 2/2 · SAS au capital de 50 000 € · RCS Lille 534 112 908 · TVA FR48534112908'] }];
  add('fr-deux-pages-a-reporter.pdf', 'pdf', [p1, p2], { invoiceNumber: 'FV2505-0188', invoiceDate: '2025-05-26', dueDate: null, total: cents(ht + tva), subtotal: cents(ht), tax: cents(tva), currency: 'EUR', documentType: 'invoice' });
}
{
  // PAYÉ stamp across the totals.
  const lines = [['Révision chaudière gaz', 1, 14500], ['Remplacement thermocouple', 1, 6800], ['Déplacement', 1, 3500]];
  const ht = sum(lines.map(([, q, p]) => q * p));
  const tva = vat(ht, 10);
  const page = letter({
    head: ['Chauffage Lemaire', '41 rue de la République · 69002 Lyon · SIRET 790 456 123 00015'],
    sender: 'Chauffage Lemaire · 41 rue de la République · 69002 Lyon',
    to: ['M. et Mme Garnier', '9 montée du Gourguillon', '69005 Lyon'],
    meta: [['Facture n°', 'CL-2504-061'], ['Date', '08/04/2025'], ['Intervention', '07/04/2025'], ['Échéance', '08/05/2025']],
    title: 'Facture',
    cols: [[50, 'Désignation'], [350, 'Qté', 'r'], [440, 'P.U. HT', 'r'], [545, 'Total HT', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), fr(p), fr(q * p)]),
    totals: [['Total HT', fr(ht) + ' €'], ['TVA 10 %', fr(tva) + ' €'], ['Total TTC', fr(ht + tva) + ' €', 'b']],
    notes: ['TVA au taux réduit de 10 % (travaux d\'entretien, logement de plus de 2 ans).', 'Règlement par chèque ou virement : IBAN FR76 1009 6180 0000 0987 6543 210'],
  });
  page.push({ stamp: { text: 'PAYÉ', sub: 'le 22/04/2025 – chèque', x: 330, y: 400, angle: -12 } });
  add('fr-paye-tampon.pdf', 'pdf', [page], { invoiceNumber: 'CL-2504-061', invoiceDate: '2025-04-08', dueDate: '2025-05-08', total: cents(ht + tva), subtotal: cents(ht), tax: cents(tva), currency: 'EUR', documentType: 'invoice' });
}
{
  // Luxembourg: TVA 17 % and 3 %.
  const l17 = [['Agenda 2025 relié', 15, 1290], ['Stylos plume (coffret)', 3, 4800]];
  const l3 = [['Code civil luxembourgeois, éd. 2025', 4, 8900], ['Manuel de droit fiscal', 2, 6450]];
  const n17 = sum(l17.map(([, q, p]) => q * p));
  const n3 = sum(l3.map(([, q, p]) => q * p));
  const t17 = vat(n17, 17);
  const t3 = vat(n3, 3);
  add('fr-lu-facture-17-3.pdf', 'pdf', [letter({
    head: ['Librairie du Grund S.à r.l.', '12, rue Münster · L-2160 Luxembourg · TVA LU23456789 · RCS B 187654'],
    sender: 'Librairie du Grund · 12, rue Münster · L-2160 Luxembourg',
    to: ['Étude Maître Schmit', '45, boulevard Royal', 'L-2449 Luxembourg'],
    meta: [['Facture n°', 'LG-25/0613'], ['Date de facture', '12.06.2025'], ['Date d\'échéance', '12.07.2025']],
    title: 'Facture',
    cols: [[50, 'Article'], [300, 'TVA', 'r'], [360, 'Qté', 'r'], [440, 'Prix HTVA', 'r'], [545, 'Total HTVA', 'r']],
    rows: [...l17.map(([d, q, p]) => [d, '17 %', String(q), de(p), de(q * p)]), ...l3.map(([d, q, p]) => [d, '3 %', String(q), de(p), de(q * p)])],
    totals: [['Total HTVA', de(n17 + n3) + ' €'], ['TVA 17 % sur ' + de(n17), de(t17) + ' €'], ['TVA 3 % sur ' + de(n3), de(t3) + ' €'], ['Total TVAC', de(n17 + n3 + t17 + t3) + ' €', 'b']],
    notes: ['Virement : LU28 0019 4006 4475 0000 (BCEELULL).'],
  })], { invoiceNumber: 'LG-25/0613', invoiceDate: '2025-06-12', dueDate: '2025-07-12', total: cents(n17 + n3 + t17 + t3), subtotal: cents(n17 + n3), tax: cents(t17 + t3), currency: 'EUR', documentType: 'invoice' });
}
{
  // Hotel with taxe de séjour outside VAT.
  const g10 = [['Chambre double – 2 nuits', 2, 11800], ['Petit-déjeuner', 4, 1650]];
  const g20 = [['Parking', 2, 1500]];
  const ts = 2 * 2 * 165;
  const G10 = sum(g10.map(([, q, p]) => q * p));
  const G20 = sum(g20.map(([, q, p]) => q * p));
  const t10 = inGross(G10, 10);
  const t20 = inGross(G20, 20);
  const ttc = G10 + G20 + ts;
  add('fr-hotel-taxe-de-sejour.pdf', 'pdf', [letter({
    head: ['Hôtel des Remparts ***', '6 place Saint-Pierre · 17000 La Rochelle · SIRET 478 221 904 00012'],
    sender: 'Hôtel des Remparts · 6 place Saint-Pierre · 17000 La Rochelle',
    to: ['M. Olivier Bernard', 'Société Techniflux', '12 rue Pasteur', '92100 Boulogne-Billancourt'],
    meta: [['Facture N°', 'H-2025-08714'], ['Date', '17/08/2025'], ['Séjour', '15/08 – 17/08/2025'], ['Chambre', '214']],
    title: 'Facture',
    cols: [[50, 'Prestation'], [330, 'TVA', 'r'], [380, 'Qté', 'r'], [460, 'P.U. TTC', 'r'], [545, 'Total TTC', 'r']],
    rows: [...g10.map(([d, q, p]) => [d, '10 %', String(q), fr(p), fr(q * p)]), ...g20.map(([d, q, p]) => [d, '20 %', String(q), fr(p), fr(q * p)]), ['Taxe de séjour (2 pers. x 2 nuits)', '–', '4', fr(165), fr(ts)]],
    totals: [['Total HT', fr(ttc - t10 - t20) + ' €'], ['TVA 10 %', fr(t10) + ' €'], ['TVA 20 %', fr(t20) + ' €'], ['Total TTC', fr(ttc) + ' €', 'b'], ['Réglé par CB le 17/08/2025', fr(ttc) + ' €'], ['Solde', '0,00 €']],
    notes: ['La taxe de séjour n\'est pas soumise à la TVA.'],
  })], { invoiceNumber: 'H-2025-08714', invoiceDate: '2025-08-17', dueDate: null, total: cents(ttc), subtotal: cents(ttc - t10 - t20), tax: cents(t10 + t20), currency: 'EUR', documentType: 'invoice' });
}
{
  // Export invoice in USD, VAT-exempt.
  const lines = [['Cognac VSOP 70 cl (carton de 6)', 40, 14400], ['Pineau des Charentes 75 cl (carton de 6)', 25, 7260], ['Frais de palettisation', 1, 9500]];
  const ht = sum(lines.map(([, q, p]) => q * p));
  add('fr-facture-export-usd.pdf', 'pdf', [letter({
    head: ['Maison Rivaud – Distillerie', '3 route de Jarnac · 16100 Cognac · France · EORI FR40123456700017'],
    sender: 'Maison Rivaud · 3 route de Jarnac · 16100 Cognac · France',
    to: ['Harbor Fine Spirits LLC', '220 Pier Avenue', 'Hermosa Beach, CA 90254', 'USA'],
    meta: [['Facture n°', 'EXP-2025-0044'], ['Date', '03/07/2025'], ['Incoterm', 'FCA Cognac'], ['Devise', 'USD']],
    title: 'FACTURE / INVOICE',
    cols: [[50, 'Désignation'], [350, 'Qté', 'r'], [440, 'P.U. (USD)', 'r'], [545, 'Montant (USD)', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), fr(p), fr(q * p)]),
    totals: [['Total HT', fr(ht) + ' USD'], ['TVA', '0,00 USD'], ['Total à payer', fr(ht) + ' USD', 'b']],
    notes: ['Exonération de TVA – article 262 I du CGI (exportation).', 'Paiement à 60 jours date de facture par virement SWIFT : BIC AGRIFRPP879, IBAN FR76 1170 6000 0012 3456 7890 123'],
  })], { invoiceNumber: 'EXP-2025-0044', invoiceDate: '2025-07-03', dueDate: null, total: cents(ht), subtotal: cents(ht), tax: 0, currency: 'USD', documentType: 'invoice' });
}

// ---------------------------------------------------------------- Other languages
{
  const lines = [['Konsulttimmar, systemintegration', 32, 115000], ['Licens, årsavgift', 1, 480000]];
  const net = sum(lines.map(([, q, p]) => q * p));
  const moms = vat(net, 25);
  add('sv-faktura-ocr.pdf', 'pdf', [letter({
    head: ['Nordljus Konsult AB', 'Drottninggatan 71 · 111 36 Stockholm · Org.nr 556677-8899'],
    sender: 'Nordljus Konsult AB · Drottninggatan 71 · 111 36 Stockholm',
    to: ['Fjällbacka Fastigheter AB', 'Att: Ekonomi', 'Box 118', '457 40 Fjällbacka'],
    meta: [['Fakturanummer', '10342'], ['Fakturadatum', '2025-04-03'], ['Förfallodatum', '2025-05-03'], ['OCR-nummer', '1034225'], ['Er referens', 'Karin Holm']],
    title: 'Faktura',
    cols: [[50, 'Benämning'], [350, 'Antal', 'r'], [440, 'À-pris', 'r'], [545, 'Belopp', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), fr(p), fr(q * p)]),
    totals: [['Netto', fr(net)], ['Moms 25 %', fr(moms)], ['Att betala', fr(net + moms) + ' kr', 'b']],
    notes: ['Bankgiro 123-4567 · Ange OCR-nummer vid betalning.', 'Momsreg.nr SE556677889901 · Godkänd för F-skatt'],
  })], { invoiceNumber: '10342', invoiceDate: '2025-04-03', dueDate: '2025-05-03', total: cents(net + moms), subtotal: cents(net), tax: cents(moms), currency: 'SEK', documentType: 'invoice' });
}
{
  const lines = [['Servis klimatizace, 2 jednotky', 2, 185000], ['Chladivo R32 (kg)', 1.5, 120000], ['Doprava', 1, 45000]];
  const net = sum(lines.map(([, q, p]) => Math.round(q * p)));
  const dph = vat(net, 21);
  add('cs-faktura-danovy-doklad.pdf', 'pdf', [letter({
    head: ['Chladservis Novák s.r.o.', 'Kounicova 18 · 602 00 Brno · IČO 27654321 · DIČ CZ27654321'],
    sender: 'Chladservis Novák s.r.o. · Kounicova 18 · 602 00 Brno',
    to: ['Pekárna Dvořák a syn', 'Masarykova 4', '664 91 Ivančice'],
    meta: [['Datum vystavení', '10.02.2025'], ['Datum zdanitelného plnění', '10.02.2025'], ['Datum splatnosti', '24.02.2025'], ['Variabilní symbol', '2025010042'], ['Forma úhrady', 'převodem']],
    metaX: 320,
    title: 'Faktura – daňový doklad č. 2025010042',
    cols: [[50, 'Označení dodávky'], [330, 'Množství', 'r'], [430, 'Cena/MJ', 'r'], [545, 'Celkem bez DPH', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q).replace('.', ','), fr(p), fr(Math.round(q * p))]),
    totals: [['Základ daně 21 %', fr(net)], ['DPH 21 %', fr(dph)], ['Celkem k úhradě', fr(net + dph) + ' Kč', 'b']],
    notes: ['Bankovní účet: 123456789/0800 · IBAN CZ65 0800 0000 1920 0014 5399', 'Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 54321.'],
  })], { invoiceNumber: '2025010042', invoiceDate: '2025-02-10', dueDate: '2025-02-24', total: cents(net + dph), subtotal: cents(net), tax: cents(dph), currency: 'CZK', documentType: 'invoice' });
}
{
  const lines = [['Usługa projektowa – etap II', 1, 320000], ['Wizualizacje 3D', 4, 17500]];
  const net = sum(lines.map(([, q, p]) => q * p));
  const v = vat(net, 23);
  add('pl-faktura-vat.pdf', 'pdf', [letter({
    head: ['Pracownia Architektoniczna Wiśniewska', 'ul. Piotrkowska 120 · 90-006 Łódź · NIP 725-123-45-67'],
    sender: 'Pracownia Architektoniczna Wiśniewska · ul. Piotrkowska 120 · 90-006 Łódź',
    to: ['Nabywca:', 'Dom Invest Sp. z o.o.', 'ul. Zielona 8', '91-072 Łódź', 'NIP 947-198-76-54'],
    meta: [['Data wystawienia', '2025-05-20'], ['Data sprzedaży', '2025-05-19'], ['Termin płatności', '2025-06-03'], ['Sposób płatności', 'przelew']],
    title: 'Faktura VAT nr FV/2025/05/118',
    cols: [[50, 'Nazwa towaru lub usługi'], [300, 'Ilość', 'r'], [380, 'Cena netto', 'r'], [430, 'VAT', 'r'], [545, 'Wartość netto', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), fr(p), '23%', fr(q * p)]),
    totals: [['Razem netto', fr(net)], ['VAT 23%', fr(v)], ['Razem brutto', fr(net + v)], ['Do zapłaty', fr(net + v) + ' PLN', 'b']],
    notes: ['Słownie: cztery tysiące siedemset dziewięćdziesiąt siedem złotych 00/100', 'Nr konta: PL61 1090 1014 0000 0712 1981 2874'],
  })], { invoiceNumber: 'FV/2025/05/118', invoiceDate: '2025-05-20', dueDate: '2025-06-03', total: cents(net + v), subtotal: cents(net), tax: cents(v), currency: 'PLN', documentType: 'invoice' });
}

// ---------------------------------------------------------------- Scans and photos of invoices
{
  // Two-page image-only scanned invoice (German), totals on page 2.
  const items = [];
  const names = ['Fliesen Feinsteinzeug 60x60 (m²)', 'Fliesenkleber flex 25 kg', 'Fugenmörtel grau 5 kg', 'Silikon sanitär', 'Entkopplungsmatte (m²)', 'Abdichtung Flüssigfolie 7 kg', 'Dichtband 10 m', 'Sockelfliesen (lfm)', 'Fliesen verlegen (m²)', 'Abdichtungsarbeiten (m²)', 'Silikonfugen ziehen (lfm)', 'Altbelag entfernen (m²)', 'Entsorgung Bauschutt', 'Anfahrt', 'Schienen Edelstahl', 'Duschrinne 80 cm'];
  for (let i = 0; i < names.length; i++) items.push([names[i], 2 + ((i * 37) % 19), 590 + ((i * 3571) % 4900)]);
  const rows = items.map(([d, q, p], i) => [[50, String(i + 1)], [80, d], [380, String(q), 'r'], [460, de(p), 'r'], [545, de(q * p), 'r']]);
  const net = sum(items.map(([, q, p]) => q * p));
  const ust = vat(net, 19);
  const head = [[50, 'Pos', 'b'], [80, 'Bezeichnung', 'b'], [380, 'Menge', 'rb'], [460, 'EP', 'rb'], [545, 'GP', 'rb']];
  const p1 = [[[50, 'Fliesen Yilmaz GmbH', 'bs16']], [[50, 'Fliesenlegermeister · Wiesenstr. 9 · 34117 Kassel', 's9']], { gap: 24 },
    [[50, 'Herrn Klaus Reinhardt'], [340, 'Rechnung Nr.', 's9'], [545, 'FY-2025-0733', 'rs9']], [[50, 'Am Weinberg 21'], [340, 'Rechnungsdatum', 's9'], [545, '18.07.2025', 'rs9']], [[50, '34131 Kassel'], [340, 'Baustelle', 's9'], [545, 'Bad OG', 'rs9']],
    { gap: 20 }, [[50, 'Rechnung', 'bs13']], { gap: 6 }, head, { hr: [50, 545] }, ...rows.slice(0, 11), { footer: ['Seite 1 von 2'] }];
  const p2 = [[[50, 'Rechnung FY-2025-0733 – Seite 2', 's9']], { gap: 10 }, head, { hr: [50, 545] }, ...rows.slice(11), { hr: [50, 545] },
    [[360, 'Nettobetrag'], [545, de(net) + ' €', 'r']], [[360, 'MwSt. 19 %'], [545, de(ust) + ' €', 'r']], [[360, 'Rechnungsbetrag', 'b'], [545, de(net + ust) + ' €', 'rb']], { gap: 12 },
    [[50, 'Zahlbar bis zum 01.08.2025 ohne Abzug.', 's9']], [[50, 'Im Rechnungsbetrag sind Lohnkosten nach § 35a EStG enthalten.', 's9']], { footer: ['Seite 2 von 2 · IBAN DE91 5205 0353 0001 2345 67 · USt-IdNr. DE305112233'] }];
  add('de-zweiseitig-gescannt.pdf', 'scanpdf', [p1, p2], { invoiceNumber: 'FY-2025-0733', invoiceDate: '2025-07-18', dueDate: '2025-08-01', total: cents(net + ust), subtotal: cents(net), tax: cents(ust), currency: 'EUR', documentType: 'invoice' }, { scan: { rot: [0.5, -0.8] } });
}
{
  const lines = [['Location nacelle 18 m (jour)', 3, 29000], ['Transport aller-retour', 1, 17000], ['Assurance casse', 3, 2400]];
  const ht = sum(lines.map(([, q, p]) => q * p));
  const tva = vat(ht, 20);
  add('fr-photocopie-pale.jpg', 'photocopy', [letter({
    head: ['Loca-Levage Ouest', 'ZA de la Gare · 35000 Rennes · SIRET 501 887 332 00044'],
    sender: 'Loca-Levage Ouest · ZA de la Gare · 35000 Rennes',
    to: ['Toitures Le Goff', '4 impasse des Mouettes', '29200 Brest'],
    meta: [['Facture N°', 'LLO-25-1196'], ['Date', '11/09/2025'], ['Échéance', '11/10/2025']],
    title: 'FACTURE',
    cols: [[50, 'Désignation'], [350, 'Qté', 'r'], [440, 'P.U. HT', 'r'], [545, 'Montant HT', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), fr(p), fr(q * p)]),
    totals: [['Total HT', fr(ht) + ' €'], ['TVA 20 %', fr(tva) + ' €'], ['Total TTC', fr(ht + tva) + ' €', 'b']],
    notes: ['Règlement par virement – IBAN FR76 1360 6000 0012 3456 7890 142'],
  })], { invoiceNumber: 'LLO-25-1196', invoiceDate: '2025-09-11', dueDate: '2025-10-11', total: cents(ht + tva), subtotal: cents(ht), tax: cents(tva), currency: 'EUR', documentType: 'invoice' });
}
{
  const lines = [['Klavierstimmung', 1, 12000], ['Regulierung Mechanik (Std.)', 2, 6500], ['Anfahrt', 1, 2500]];
  const net = sum(lines.map(([, q, p]) => q * p));
  const ust = vat(net, 19);
  add('de-handyfoto-tisch.jpg', 'photo', [letter({
    head: ['Klavierwerkstatt Sommer', 'Orgelbauerweg 3 · 01069 Dresden · Tel. 0351 4455667'],
    sender: 'Klavierwerkstatt Sommer · Orgelbauerweg 3 · 01069 Dresden',
    to: ['Musikschule Elbtal e.V.', 'Schillerplatz 2', '01309 Dresden'],
    meta: [['Rechnungsnr.', 'KS-25-214'], ['Datum', '26.09.2025'], ['Fällig am', '10.10.2025']],
    title: 'Rechnung',
    cols: [[50, 'Leistung'], [350, 'Menge', 'r'], [440, 'Preis', 'r'], [545, 'Betrag', 'r']],
    rows: lines.map(([d, q, p]) => [d, String(q), de(p), de(q * p)]),
    totals: [['Netto', de(net) + ' EUR'], ['USt. 19 %', de(ust) + ' EUR'], ['Summe', de(net + ust) + ' EUR', 'b']],
    notes: ['IBAN DE27 8505 0300 0221 0457 98 · Steuer-Nr. 203/123/45678'],
  })], { invoiceNumber: 'KS-25-214', invoiceDate: '2025-09-26', dueDate: '2025-10-10', total: cents(net + ust), subtotal: cents(net), tax: cents(ust), currency: 'EUR', documentType: 'invoice' });
}

// ---------------------------------------------------------------- Receipts (monospace lines)
const W = 38;
const lr = (l, r) => l + ' '.repeat(Math.max(1, W - l.length - r.length)) + r;
const ctr = (s) => ' '.repeat(Math.max(0, Math.floor((W - s.length) / 2))) + s;
const receipt = (file, lines, truth, look = {}) => add(file, 'receipt', [lines], { invoiceDate: truth.date, total: truth.total, subtotal: truth.subtotal, tax: truth.tax, currency: truth.currency, documentType: 'receipt' }, { look });
/** Tax table of a German/French till receipt over gross sums per code. */
function taxRows(groups, head, fmtc) {
  const rows = [head];
  let tax = 0;
  for (const [code, rate, g] of groups) {
    const t = inGross(g, rate);
    tax += t;
    rows.push(lr(`${code} ${String(rate).replace('.', ',')}%`.padEnd(9) + fmtc(g - t).padStart(9), fmtc(t).padStart(8) + fmtc(g).padStart(10)));
  }
  return { rows, tax };
}
{
  // Discounter with Pfand and Leergut return.
  const items = [['Mineralwasser 6x1,5l', 174, 'A'], ['Pfand 6x0,25', 150, 'A'], ['H-Milch 1,5% 1l', 99, 'B'], ['Bananen', 179, 'B'], ['Butter 250g', 229, 'B'], ['Apfelschorle 1,0l', 89, 'A'], ['Pfand 0,25', 25, 'A'], ['Küchenrolle 4x', 265, 'A'], ['Leergut', -325, 'A']];
  const gA = sum(items.filter((i) => i[2] === 'A').map((i) => i[1]));
  const gB = sum(items.filter((i) => i[2] === 'B').map((i) => i[1]));
  const tot = gA + gB;
  const t = taxRows([['A', 19, gA], ['B', 7, gB]], 'MwSt      Netto     MwSt    Brutto', nos);
  const lines = [ctr('SPARFIX Markt GmbH & Co. KG'), ctr('Filiale 0412'), ctr('Hauptstr. 12, 45127 Essen'), '', lr('', 'EUR'),
    ...items.map(([d, c, k]) => lr(d, `${nos(c)} ${k}`)), '-'.repeat(W), lr('SUMME', nos(tot)), '='.repeat(W), lr('Geg. BAR', '20,00'), lr('Rückgeld', nos(2000 - tot)), '',
    ...t.rows, '', lr('12.04.2025 10:14', 'Bon 4711'), lr('Kasse 02', 'Bed. 117'), 'TSE-Start: 2025-04-12T10:13:02', 'TSE-Stop:  2025-04-12T10:14:37', '', ctr('Vielen Dank für Ihren Einkauf!')];
  receipt('de-discounter-pfand-leergut.jpg', lines, { date: '2025-04-12', total: cents(tot), tax: cents(t.tax), subtotal: cents(tot - t.tax), currency: 'EUR' });
}
{
  // Pharmacy with Zuzahlung on prescriptions.
  const items = [['Rezept 1: Ramipril 5mg 100St', 'Zuzahlung', 500], ['Rezept 2: Metformin 1000 180St', 'Zuzahlung', 500], ['Nasenspray 0,1% 10ml', '', 495], ['Halspastillen 24St', '', 749]];
  const tot = sum(items.map((i) => i[2]));
  const tax = inGross(tot, 19);
  const lines = [ctr('Löwen-Apotheke'), ctr('Apotheker Jan Seidel e.K.'), ctr('Marktplatz 5, 97070 Würzburg'), ctr('Tel. 0931 123450'), '',
    ...items.flatMap(([d, z, c]) => (z ? [d, lr('  ' + z, nos(c) + ' A')] : [lr(d, nos(c) + ' A')])), '-'.repeat(W), lr('Gesamt EUR', nos(tot)), lr('EC-Karte', nos(tot)), '',
    lr('A 19,00% MwSt', nos(tax)), lr('A Netto', nos(tot - tax)), '', lr('Datum: 03.02.2025', '16:41'), lr('Beleg-Nr. 88412', 'Kasse 1'), '', ctr('Gute Besserung!')];
  receipt('de-apotheke-zuzahlung.jpg', lines, { date: '2025-02-03', total: cents(tot), tax: cents(tax), subtotal: cents(tot - tax), currency: 'EUR' });
}
{
  const fare = 2480;
  const tax = inGross(fare, 7);
  const lines = [ctr('TAXI 214'), ctr('Funktaxi Ruhrblick'), ctr('Inh. D. Kowalczyk, Bochum'), ctr('Ordnungs-Nr. BO-214'), '', ctr('QUITTUNG'), '', lr('Datum', '22.05.2025'), lr('Beginn', '23:12'), lr('Ende', '23:31'), lr('Strecke', '11,4 km'), lr('Tarif', '1'), '-'.repeat(W),
    lr('Fahrpreis EUR', nos(fare)), lr('darin 7% MwSt', nos(tax)), lr('Netto', nos(fare - tax)), '-'.repeat(W), lr('Betrag erhalten', nos(fare)), '', 'Von: Hauptbahnhof', 'Nach: Wiemelhausen', '', ctr('Gute Fahrt!')];
  receipt('de-taxi-quittung.jpg', lines, { date: '2025-05-22', total: cents(fare), tax: cents(tax), subtotal: cents(fare - tax), currency: 'EUR' }, { narrow: true });
}
{
  // Two totals: SUMME before a coupon, ZU ZAHLEN after.
  const items = [['Blumenerde 40l', 599, 'B'], ['Geranie Topf 12cm', 249 * 6, 'B', '6 x 2,49'], ['Pflanzkübel 30cm', 1299, 'A'], ['Gartenhandschuhe', 799, 'A'], ['Schneckenkorn 1kg', 899, 'A']];
  const sumAll = sum(items.map((i) => i[1]));
  const coupon = 500;
  const gA0 = sum(items.filter((i) => i[2] === 'A').map((i) => i[1]));
  const gA = gA0 - coupon;
  const gB = sumAll - gA0;
  const tot = sumAll - coupon;
  const t = taxRows([['A', 19, gA], ['B', 7, gB]], 'MwSt      Netto     MwSt    Brutto', nos);
  const lines = [ctr('GRÜNLAND Gartencenter'), ctr('Rheinallee 60, 55118 Mainz'), '',
    ...items.flatMap(([d, c, k, q]) => (q ? [d, lr('  ' + q, `${nos(c)} ${k}`)] : [lr(d, `${nos(c)} ${k}`)])), '-'.repeat(W), lr('SUMME EUR', nos(sumAll)), lr('Gutschein 5 EUR (auf A)', '-' + nos(coupon)), '='.repeat(W), lr('ZU ZAHLEN EUR', nos(tot)), lr('Kartenzahlung girocard', nos(tot)), '',
    ...t.rows, '', lr('17.04.2025', '11:52'), lr('Bon-Nr. 20931', 'Kasse 3')];
  receipt('de-gutschein-zwei-summen.jpg', lines, { date: '2025-04-17', total: cents(tot), tax: cents(t.tax), subtotal: cents(tot - t.tax), currency: 'EUR' });
}
{
  // SNCF-style ticket: purchase date vs travel date.
  const price = 4900;
  const tax = inGross(price, 10);
  const lines = [ctr('SNCF VOYAGEURS'), ctr('BILLET – JUSTIFICATIF'), '', lr('Date d\'achat', '02/06/2025'), lr('Dossier', 'QXK7LM'), '', 'TRAJET ALLER', 'PARIS GARE DE LYON -> LYON PART DIEU', lr('Départ le 14/06/2025', '08:04'), lr('Arrivée', '10:01'), lr('TGV INOUI 6603', 'Voit. 14 Pl. 087'), lr('1 adulte', '2nde classe'), '-'.repeat(W),
    lr('PRIX TOTAL', nos(price) + ' EUR'), lr('dont TVA 10,00%', nos(tax) + ' EUR'), '', lr('Payé par CB', '**** 2231'), '', ctr('Billet non échangeable'), ctr('Bon voyage !')];
  receipt('fr-billet-train.jpg', lines, { date: '2025-06-02', total: cents(price), tax: cents(tax), subtotal: cents(price - tax), currency: 'EUR' });
}
{
  // Belgian café, TVA 21 % drinks / 12 % food.
  const items = [['2 x Café', 560, 'A'], ['1 x Croque-monsieur', 1150, 'B'], ['1 x Eau pétillante', 320, 'A'], ['1 x Gaufre de Liège', 550, 'B']];
  const gA = sum(items.filter((i) => i[2] === 'A').map((i) => i[1]));
  const gB = sum(items.filter((i) => i[2] === 'B').map((i) => i[1]));
  const tot = gA + gB;
  const t = taxRows([['A', 21, gA], ['B', 12, gB]], 'TVA       HTVA      TVA     TVAC', nos);
  const lines = [ctr('Café de la Gare'), ctr('Place de la Gare 3'), ctr('5000 Namur'), ctr('TVA BE0712.345.678'), '', lr('Table 7', 'Serveur: Luc'), '',
    ...items.map(([d, c, k]) => lr(d, `${nos(c)} ${k}`)), '-'.repeat(W), lr('TOTAL EUR', nos(tot)), lr('Bancontact', nos(tot)), '', ...t.rows, '', lr('15/03/2025', '14:22'), lr('Ticket n° 5521', 'SCE 000123'), ctr('Merci et à bientôt')];
  receipt('fr-be-cafe-ticket.jpg', lines, { date: '2025-03-15', total: cents(tot), tax: cents(t.tax), subtotal: cents(tot - t.tax), currency: 'EUR' });
}
{
  // French supermarket with "remise fidélité" 5 % after SOUS-TOTAL.
  const items = [['LAIT DEMI-ECREME 6X1L', 534, 1], ['PAIN DE MIE COMPLET', 219, 1], ['YAOURT NATURE X12', 289, 1], ['POMMES GOLDEN 1,5KG', 345, 1], ['LESSIVE LIQUIDE 2L', 899, 2], ['ESSUIE-TOUT X6', 429, 2], ['JUS ORANGE 1L', 215, 1], ['CAFE MOULU 250G', 389, 1]];
  const g1 = sum(items.filter((i) => i[2] === 1).map((i) => i[1]));
  const g2 = sum(items.filter((i) => i[2] === 2).map((i) => i[1]));
  const r1 = Math.round(g1 * 0.05);
  const r2 = Math.round(g2 * 0.05);
  const st = g1 + g2;
  const tot = st - r1 - r2;
  const t = taxRows([['T1', 5.5, g1 - r1], ['T2', 20, g2 - r2]], 'TVA       HT        TVA      TTC', nos);
  const lines = [ctr('MARCHÉ PLUS'), ctr('Centre commercial des Ormes'), ctr('37000 TOURS'), '', ...items.map(([d, c, k]) => lr(d, `${nos(c)} T${k}`)), '-'.repeat(W), lr('SOUS-TOTAL', nos(st)), lr('REMISE FIDELITE 5%', '-' + nos(r1 + r2)), lr('TOTAL A PAYER', nos(tot) + ' EUR'), lr('CB SANS CONTACT', nos(tot)), '',
    ...t.rows, '', lr('Carte fidélité', '****7781'), lr('Cumul remises 2025', '41,20'), '', lr('19/09/2025 18:07', 'Caisse 06'), lr('Ticket 0318', 'Hôtesse 22'), ctr('MERCI DE VOTRE VISITE')];
  receipt('fr-supermarche-remise-fidelite.jpg', lines, { date: '2025-09-19', total: cents(tot), tax: cents(t.tax), subtotal: cents(tot - t.tax), currency: 'EUR' });
}
