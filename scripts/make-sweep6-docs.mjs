// Data and truth of the sixth held-out sweep (fixtures/sweep6): German (DE/AT/CH) and French
// (FR/BE/CH) invoices of the kinds small businesses send, scanned and photographed invoices, and
// till receipts. Amounts are integer cents; every printed total is computed here from the lines,
// so the print (scripts/make-sweep6-fixtures.mjs lays it out) and truth.json cannot disagree.
// Parties are invented (.example domains), IBANs are published sample ones.

// ---------------------------------------------------------------- money and numbers

const group = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** Cents as printed: de 1.234,56 · fr 1 234,56 (no-break space) · frs 1 234,56 (space) · ch 1'234.50 · qr 1 234.50 */
export function money(c, style) {
  const neg = c < 0;
  const a = Math.abs(c);
  const int = String(Math.floor(a / 100));
  const dec = String(a % 100).padStart(2, '0');
  const s = {
    de: `${group(int, '.')},${dec}`,
    fr: `${group(int, '\u00a0')},${dec}`,
    frs: `${group(int, ' ')},${dec}`,
    ch: `${group(int, "'")}.${dec}`,
    qr: `${group(int, ' ')}.${dec}`,
    plain: `${int},${dec}`,
  }[style];
  return (neg ? '-' : '') + s;
}
const qty = (q, style) => (style === 'ch' ? String(q) : String(q).replace('.', ','));
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const amt = (q, unit) => Math.round(q * unit);
const pct = (c, rate) => Math.round((c * rate) / 100);
/** Net and tax of a gross amount at a rate (prices printed VAT-inclusive). */
const fromGross = (g, rate) => {
  const net = Math.round((g * 100) / (100 + rate));
  return { net, tax: g - net };
};
const eur = (c) => c / 100;

// ---------------------------------------------------------------- German invoices

function handwerker() {
  const f = (c) => money(c, 'de');
  const labour = [['Monteur (Geselle), Arbeitszeit', 14.5, 'Std.', 6800], ['Helfer, Arbeitszeit', 6, 'Std.', 4800], ['Anfahrtspauschale', 1, 'pausch.', 3500]];
  const material = [['Einhebel-Waschtischmischer, verchromt', 1, 'Stk.', 18990], ['Eckventil 1/2" mit Schmutzfilter', 2, 'Stk.', 1240], ['Flexschlauch 500 mm, M10 x 3/8"', 2, 'Stk.', 890], ['Ablaufgarnitur mit Siphon', 1, 'Stk.', 4650], ['Kleinmaterial (Dichtmittel, Befestigung)', 1, 'pausch.', 2450]];
  const lab = sum(labour.map(([, q, , u]) => amt(q, u)));
  const mat = sum(material.map(([, q, , u]) => amt(q, u)));
  const net = lab + mat;
  const tax = pct(net, 19);
  const rows = [];
  let pos = 1;
  rows.push({ section: 'Arbeitsleistung' });
  for (const [d, q, e, u] of labour) rows.push([String(pos++), qty(q, 'de'), e, d, f(u), f(amt(q, u))]);
  rows.push({ section: 'Material' });
  for (const [d, q, e, u] of material) rows.push([String(pos++), qty(q, 'de'), e, d, f(u), f(amt(q, u))]);
  return {
    file: 'de-handwerker-rechnung.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true },
    seller: { name: 'Sanitär Krüger GmbH', lines: ['Meisterbetrieb für Sanitär und Heizung', 'Lindenstraße 42 · 34117 Kassel'], sender: 'Sanitär Krüger GmbH · Lindenstraße 42 · 34117 Kassel' },
    buyer: ['Herrn', 'Thomas Albrecht', 'Am Weinberg 7', '34130 Kassel'],
    title: 'Rechnung',
    meta: [['Rechnungs-Nr.', '2025-0318'], ['Kunden-Nr.', '10442'], ['Rechnungsdatum', '14.03.2025'], ['Leistungszeitraum', '03.03.–05.03.2025']],
    before: ['Sehr geehrter Herr Albrecht,', 'für die Erneuerung der Waschtischanlage im Obergeschoss Ihres Hauses Am Weinberg 7 berechnen wir Ihnen:'],
    cols: [{ h: 'Pos.', w: 30 }, { h: 'Menge', w: 40, a: 'right' }, { h: 'Einh.', w: 45 }, { h: 'Bezeichnung', w: 210 }, { h: 'EP €', w: 65, a: 'right' }, { h: 'GP €', w: 75, a: 'right' }],
    rows,
    totals: [['Summe Arbeitsleistung', f(lab)], ['Summe Material', f(mat)], ['Nettobetrag', f(net)], ['zzgl. 19 % MwSt.', f(tax)], ['Rechnungsbetrag', `${f(net + tax)} €`, true]],
    after: [
      `Ausweis nach § 35a EStG: Im Rechnungsbetrag sind Arbeitskosten in Höhe von ${f(lab)} € zzgl. ${f(pct(lab, 19))} € MwSt. (brutto ${f(lab + pct(lab, 19))} €) enthalten.`,
      'Zahlbar bis zum 28.03.2025 ohne Abzug.',
      'Gemäß § 14 Abs. 4 Satz 1 Nr. 9 UStG sind Sie als Privatperson verpflichtet, diese Rechnung zwei Jahre aufzubewahren.',
      'Mit freundlichen Grüßen', 'Sanitär Krüger GmbH',
    ],
    footer: [['Sanitär Krüger GmbH', 'Geschäftsführer: Jens Krüger', 'AG Kassel HRB 99812'], ['Tel. 0561 998877-0', 'info@sanitaer-krueger.example', 'USt-IdNr. DE299118877'], ['Kasseler Sparkasse', 'IBAN DE89 3704 0044 0532 0130 00', 'BIC COBADEFFXXX']],
    truth: { invoiceNumber: '2025-0318', invoiceDate: '2025-03-14', dueDate: '2025-03-28', total: eur(net + tax), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

function kleinunternehmer() {
  const f = (c) => money(c, 'de');
  const items = [['Logo-Entwicklung inkl. 3 Entwürfe und Reinzeichnung', '1', 'pauschal', 65000], ['Gestaltung Visitenkarte (Vorder- und Rückseite)', '1', 'pauschal', 12000], ['Korrekturschleifen nach Aufwand', '2', 'Std.', 5500]];
  const lines = items.map(([d, q, e, u]) => [d, q, e, u, amt(Number(q), u)]);
  const total = sum(lines.map((l) => l[4]));
  return {
    file: 'de-kleinunternehmer-19ustg.pdf',
    style: { font: 'Times-Roman', meta: 'under-title', rules: false },
    seller: { name: 'Lena Hoffmann', lines: ['Illustration & Grafikdesign', 'Kastanienallee 19', '10435 Berlin', 'hallo@lenahoffmann.example'], sender: 'Lena Hoffmann · Kastanienallee 19 · 10435 Berlin' },
    buyer: ['Café Kornblume', 'Inh. Miriam Sauer', 'Oderberger Str. 3', '10435 Berlin'],
    title: 'Rechnung Nr. 25-017',
    meta: [['Datum', '07.04.2025'], ['Leistungsdatum', 'März 2025'], ['Steuernummer', '31/271/04417']],
    before: ['Liebe Frau Sauer,', 'vielen Dank für den schönen Auftrag! Für meine Leistungen stelle ich wie vereinbart in Rechnung:'],
    cols: [{ h: 'Leistung', w: 260 }, { h: 'Menge', w: 50, a: 'right' }, { h: 'Einheit', w: 60 }, { h: 'Einzelpreis', w: 70, a: 'right' }, { h: 'Betrag', w: 75, a: 'right' }],
    rows: lines.map(([d, q, e, u, a]) => [d, q, e, `${f(u)} €`, `${f(a)} €`]),
    totals: [['Gesamtbetrag', `${f(total)} €`, true]],
    after: ['Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.', 'Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen auf das unten genannte Konto.', 'Herzliche Grüße', 'Lena Hoffmann'],
    footer: [['Bankverbindung: GLS Bank', 'IBAN DE02 1203 0000 0000 2020 51', 'BIC BYLADEM1001']],
    truth: { invoiceNumber: '25-017', invoiceDate: '2025-04-07', dueDate: null, total: eur(total), subtotal: eur(total), tax: 0, currency: 'EUR', documentType: 'invoice' },
  };
}

function reverseCharge() {
  const f = (c) => money(c, 'de');
  const items = [['Lizenz „RoomPlan Pro“, 12 Monate, bis 40 Zimmer', 1, 2880000 / 10], ['Einrichtung und Datenübernahme (Stunden)', 12, 9500], ['Online-Schulung Rezeption (Stunden)', 3, 9500]];
  const lines = items.map(([d, q, u]) => [d, q, u, amt(q, u)]);
  const net = sum(lines.map((l) => l[3]));
  return {
    file: 'de-reverse-charge-13b.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true, accent: true },
    seller: { name: 'Nordlicht Software GmbH', lines: ['Große Elbstraße 145', '22767 Hamburg', 'Deutschland'], sender: 'Nordlicht Software GmbH · Große Elbstraße 145 · 22767 Hamburg' },
    buyer: ['Alpenblick Hotelbetriebs GmbH', 'z. Hd. Buchhaltung', 'Maria-Theresien-Straße 21', '6020 Innsbruck', 'ÖSTERREICH', 'UID: ATU68123456'],
    title: 'RECHNUNG',
    meta: [['Rechnungsnummer', 'NLS-25-00412'], ['Rechnungsdatum', '30.04.2025'], ['Lieferdatum', '15.04.2025'], ['Fälligkeitsdatum', '30.05.2025'], ['Ihre USt-IdNr.', 'ATU68123456']],
    before: [],
    cols: [{ h: 'Beschreibung', w: 285 }, { h: 'Menge', w: 55, a: 'right' }, { h: 'Preis', w: 70, a: 'right' }, { h: 'Summe', w: 75, a: 'right' }],
    rows: lines.map(([d, q, u, a]) => [d, qty(q, 'de'), f(u), f(a)]),
    totals: [['Nettobetrag', `${f(net)} EUR`], ['Umsatzsteuer 0 %', '0,00 EUR'], ['Gesamtbetrag', `${f(net)} EUR`, true]],
    after: ['Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) gemäß § 13b UStG bzw. Art. 196 MwStSystRL.', 'Die Umsatzsteuer ist vom Leistungsempfänger anzumelden und abzuführen.'],
    footer: [['Nordlicht Software GmbH', 'Sitz Hamburg, HRB 171234', 'GF: Ole Petersen'], ['USt-IdNr.: DE318765432', 'buchhaltung@nordlicht.example'], ['Hamburger Sparkasse', 'IBAN DE75 5121 0800 1245 1261 99']],
    truth: { invoiceNumber: 'NLS-25-00412', invoiceDate: '2025-04-30', dueDate: '2025-05-30', total: eur(net), subtotal: eur(net), tax: 0, currency: 'EUR', documentType: 'invoice' },
  };
}

function skonto() {
  const f = (c) => money(c, 'de');
  const items = [['10-4411', 'Flyer DIN lang, 4/4-farbig, 135 g Bilderdruck matt', 5, 'Tsd.', 19000], ['10-5120', 'Plakat DIN A2, 4/0-farbig, 170 g', 250, 'Stk.', 92], ['20-0031', 'Datencheck und Proof', 1, 'pausch.', 4500], ['90-0001', 'Versand Spedition, palettiert', 1, 'pausch.', 6900]];
  const lines = items.map(([nr, d, q, e, u]) => [nr, d, q, e, u, amt(q, u)]);
  const net = sum(lines.map((l) => l[5]));
  const tax = pct(net, 19);
  const total = net + tax;
  const sk = pct(total, 2);
  return {
    file: 'de-skonto-druckerei.pdf',
    style: { font: 'Helvetica', meta: 'row', rules: true },
    seller: { name: 'Druckerei Weber & Söhne KG', lines: ['Industriestraße 8 · 86150 Augsburg', 'Telefon 0821 45 67 89-0 · auftrag@druckerei-weber.example'], sender: 'Druckerei Weber & Söhne KG · Industriestraße 8 · 86150 Augsburg' },
    buyer: ['Stadtmarketing Lechfeld e.V.', 'Frau Carola Winkler', 'Rathausplatz 1', '86836 Lechfeld'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', 'RG-250612'], ['Datum', '12.06.2025'], ['Kunden-Nr.', 'K-20418'], ['Auftrag', 'A-250577'], ['Lieferschein', 'LS-250598']],
    before: ['Wir lieferten Ihnen am 10.06.2025 gemäß Ihrer Bestellung vom 27.05.2025:'],
    cols: [{ h: 'Art.-Nr.', w: 55 }, { h: 'Bezeichnung', w: 235 }, { h: 'Menge', w: 55, a: 'right' }, { h: 'Einh.', w: 40 }, { h: 'Preis/Einh.', w: 55, a: 'right' }, { h: 'Betrag EUR', w: 65, a: 'right' }],
    rows: lines.map(([nr, d, q, e, u, a]) => [nr, d, group(String(q), '.'), e, f(u), f(a)]),
    totals: [['Warenwert netto', f(net)], ['MwSt. 19 %', f(tax)], ['Rechnungsbetrag EUR', f(total), true]],
    after: [`Zahlungsbedingungen: Zahlbar innerhalb von 10 Tagen abzüglich 2 % Skonto (Skontobetrag ${f(sk)} EUR, Zahlbetrag ${f(total - sk)} EUR) oder innerhalb von 30 Tagen netto Kasse.`, 'Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.'],
    footer: [['Druckerei Weber & Söhne KG', 'Sitz Augsburg · HRA 14410', 'pers. haft. Gesellschafter: Weber Verwaltungs GmbH'], ['USt-IdNr. DE127654321', 'St.-Nr. 103/123/45678'], ['Stadtsparkasse Augsburg', 'IBAN DE12 5001 0517 0648 4898 90']],
    truth: { invoiceNumber: 'RG-250612', invoiceDate: '2025-06-12', dueDate: null, total: eur(total), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

function arzt() {
  const f = (c) => money(c, 'de');
  const items = [['12.05.2025', '1', 'Beratung, auch telefonisch', '1', '2,3', 1072], ['12.05.2025', '5', 'Symptombezogene Untersuchung', '1', '2,3', 1072], ['12.05.2025', '750', 'Auflichtmikroskopie der Haut (Dermatoskopie)', '1', '2,3', 1608], ['19.05.2025', '2401', 'Probeexzision aus oberflächlich gelegenem Körpergewebe', '1', '2,3', 2145], ['19.05.2025', '200', 'Verband', '1', '2,3', 245], ['19.05.2025', '§ 10', 'Auslagen: Nahtmaterial, Histologieversand', '1', '', 480]];
  const total = sum(items.map((i) => i[5]));
  return {
    file: 'de-arztrechnung-goae.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: false, small: true },
    seller: { name: 'Dr. med. Sabine Vogt', lines: ['Fachärztin für Dermatologie und Allergologie', 'Königstraße 28 · 70173 Stuttgart', 'Tel. 0711 2233440'], sender: 'Praxis Dr. med. Sabine Vogt · Königstraße 28 · 70173 Stuttgart' },
    buyer: ['Herrn', 'Markus Stein', 'Reinsburgstraße 90', '70197 Stuttgart'],
    title: 'Privatärztliche Rechnung',
    meta: [['Rechnungsnummer', 'PR-2025-08831'], ['Rechnungsdatum', '26.05.2025'], ['Patient', 'Markus Stein, geb. 14.09.1979'], ['Behandlungszeitraum', '12.05.2025 – 19.05.2025']],
    before: ['Diagnose: Naevus, suspekt (D22.5)', 'Für die ärztliche Behandlung erlaube ich mir gemäß der Gebührenordnung für Ärzte (GOÄ) zu berechnen:'],
    cols: [{ h: 'Datum', w: 65 }, { h: 'GOÄ-Nr.', w: 45 }, { h: 'Leistung', w: 240 }, { h: 'Anz.', w: 35, a: 'right' }, { h: 'Faktor', w: 45, a: 'right' }, { h: 'Betrag EUR', w: 65, a: 'right' }],
    rows: items.map(([d, n, l, a, fa, c]) => [d, n, l, a, fa, f(c)]),
    totals: [['Rechnungsbetrag', `${f(total)} EUR`, true]],
    after: ['Ärztliche Heilbehandlungen sind gemäß § 4 Nr. 14 UStG von der Umsatzsteuer befreit.', 'Bitte überweisen Sie den Rechnungsbetrag bis zum 25.06.2025 unter Angabe der Rechnungsnummer.', 'Diese Rechnung ist zur Vorlage bei Ihrer privaten Krankenversicherung bzw. Beihilfestelle geeignet.'],
    footer: [['Praxis Dr. med. Sabine Vogt', 'BW-Bank Stuttgart', 'IBAN DE27 1007 7777 0209 2997 00']],
    truth: { invoiceNumber: 'PR-2025-08831', invoiceDate: '2025-05-26', dueDate: '2025-06-25', total: eur(total), subtotal: eur(total), tax: 0, currency: 'EUR', documentType: 'invoice' },
  };
}

function hotel() {
  const f = (c) => money(c, 'de');
  const items = [['16.06.2025', 'Übernachtung Doppelzimmer Komfort', 1, 11900, 7], ['16.06.2025', 'Frühstücksbuffet', 2, 1650, 19], ['16.06.2025', 'Parkhaus', 1, 1200, 19], ['17.06.2025', 'Übernachtung Doppelzimmer Komfort', 1, 11900, 7], ['17.06.2025', 'Frühstücksbuffet', 2, 1650, 19], ['17.06.2025', 'Parkhaus', 1, 1200, 19], ['17.06.2025', 'Minibar', 1, 650, 19], ['17.06.2025', 'City-Tax Leipzig (5 %)', 2, 595, 0]];
  const lines = items.map(([d, t, q, u, r]) => [d, t, q, u, r, amt(q, u)]);
  const gross = sum(lines.map((l) => l[5]));
  const byRate = [7, 19, 0].map((r) => {
    const g = sum(lines.filter((l) => l[4] === r).map((l) => l[5]));
    return { r, g, ...fromGross(g, r) };
  });
  const net = sum(byRate.map((b) => b.net));
  const tax = sum(byRate.map((b) => b.tax));
  return {
    file: 'de-hotelrechnung-7-19.pdf',
    style: { font: 'Times-Roman', meta: 'right', rules: true },
    seller: { name: 'Hotel Am Stadtpark', lines: ['Parkstraße 12 · 04109 Leipzig', 'Tel. +49 341 555 120 · rezeption@hotel-am-stadtpark.example'], sender: 'Hotel Am Stadtpark · Parkstraße 12 · 04109 Leipzig' },
    buyer: ['Ingenieurbüro Falk', 'Herrn Daniel Falk', 'Mühlgasse 4', '99084 Erfurt'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', '118204'], ['Datum', '18.06.2025'], ['Zimmer', '214'], ['Anreise', '16.06.2025'], ['Abreise', '18.06.2025'], ['Gast', 'Daniel Falk']],
    before: [],
    cols: [{ h: 'Datum', w: 65 }, { h: 'Leistung', w: 225 }, { h: 'Anz.', w: 35, a: 'right' }, { h: 'Einzel', w: 55, a: 'right' }, { h: 'MwSt', w: 40, a: 'right' }, { h: 'Betrag', w: 65, a: 'right' }],
    rows: lines.map(([d, t, q, u, r, a]) => [d, t, String(q), f(u), `${r} %`, f(a)]),
    totals: [['Gesamtbetrag EUR', f(gross), true], ['Zahlung Mastercard **** 4417', `-${f(gross)}`], ['Offener Saldo EUR', '0,00']],
    taxTable: { head: ['MwSt-Satz', 'Netto', 'MwSt', 'Brutto'], rows: [...byRate.map((b) => [`${b.r} %`, f(b.net), f(b.tax), f(b.g)]), ['Summe', f(net), f(tax), f(gross)]] },
    after: ['Vielen Dank für Ihren Aufenthalt. Wir freuen uns auf Ihren nächsten Besuch!', 'Der Betrag wurde bei Abreise beglichen.'],
    footer: [['Stadtpark Hotelbetriebs GmbH', 'AG Leipzig HRB 33117', 'GF: Katrin Lenz'], ['USt-IdNr. DE812345670', 'St.-Nr. 231/118/04417'], ['Sparkasse Leipzig', 'IBAN DE68 8605 5592 1090 1234 56']],
    truth: { invoiceNumber: '118204', invoiceDate: '2025-06-18', dueDate: null, total: eur(gross), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

function austria() {
  const f = (c) => `€ ${money(c, 'de')}`;
  const items = [['Einbauschrank Eiche massiv, nach Maß, inkl. Beschläge', 1, 'Stk', 168000], ['Montage vor Ort (2 Mann)', 9, 'Std', 5800], ['Lieferung Graz-Stadt', 1, 'pschl', 4800]];
  const lines = items.map(([d, q, e, u]) => [d, q, e, u, amt(q, u)]);
  const net = sum(lines.map((l) => l[4]));
  const tax = pct(net, 20);
  return {
    file: 'de-at-tischlerei-rechnung.pdf',
    style: { font: 'Helvetica', meta: 'under-title', rules: true },
    seller: { name: 'Tischlerei Gruber e.U.', lines: ['Inh. Florian Gruber', 'Wienerstraße 117, 8020 Graz', 'UID-Nr.: ATU71234567'], sender: 'Tischlerei Gruber e.U. · Wienerstraße 117 · 8020 Graz' },
    buyer: ['Frau', 'Mag. Elisabeth Pichler', 'Leonhardstraße 52/3', '8010 Graz'],
    dateLine: 'Graz, am 28. Jänner 2025',
    title: 'Rechnung Nr. 2025/041',
    meta: [['Kundennummer', '2210'], ['Leistungszeitraum', 'Jänner 2025'], ['Angebot', 'AN-2024/388 vom 02.12.2024']],
    before: ['Sehr geehrte Frau Mag. Pichler,', 'wir bedanken uns für Ihren Auftrag und erlauben uns, wie folgt in Rechnung zu stellen:'],
    cols: [{ h: 'Bezeichnung', w: 270 }, { h: 'Menge', w: 45, a: 'right' }, { h: 'Einh.', w: 40 }, { h: 'Einzelpreis', w: 65, a: 'right' }, { h: 'Gesamt', w: 75, a: 'right' }],
    rows: lines.map(([d, q, e, u, a]) => [d, qty(q, 'de'), e, f(u), f(a)]),
    totals: [['Summe netto', f(net)], ['zzgl. 20 % USt', f(tax)], ['Rechnungsbetrag', f(net + tax), true]],
    after: ['Zahlbar bis 11.02.2025 ohne Abzug auf unser Konto bei der Steiermärkischen Sparkasse.', 'Wir danken für Ihr Vertrauen!'],
    footer: [['Tischlerei Gruber e.U.', 'FN 512345 t, LG für ZRS Graz'], ['Tel. +43 316 71 23 45', 'office@tischlerei-gruber.example'], ['IBAN AT61 1904 3002 3457 3201', 'BIC BKAUATWW']],
    truth: { invoiceNumber: '2025/041', invoiceDate: '2025-01-28', dueDate: '2025-02-11', total: eur(net + tax), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

function swissQr() {
  const f = (c) => money(c, 'ch');
  const items = [['Wohnung 3. OG: Wände und Decken grundieren und 2x streichen', 118, 'm²', 1850], ['Fensterrahmen innen schleifen und lackieren', 9, 'Stk', 8500], ['Abdeckarbeiten, Schutzmaterial', 1, 'pauschal', 34000], ['Farbe Dispersion matt, weiss', 36, 'Liter', 1290]];
  const lines = items.map(([d, q, e, u]) => [d, q, e, u, amt(q, u)]);
  const net = sum(lines.map((l) => l[4]));
  const tax = pct(net, 8.1);
  const total = net + tax;
  return {
    file: 'de-ch-maler-qr-rechnung.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true, compact: true },
    seller: { name: 'Malergeschäft Brunner AG', lines: ['Technikumstrasse 61', '8400 Winterthur', 'info@maler-brunner.example'], sender: 'Malergeschäft Brunner AG, Technikumstrasse 61, 8400 Winterthur' },
    buyer: ['Immobilien Sutter GmbH', 'Herr Patrick Sutter', 'Stadthausstrasse 14', '8400 Winterthur'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', '25-1187'], ['Datum', '12.05.2025'], ['Objekt', 'Zürcherstrasse 92, 3. OG'], ['MWST-Nr.', 'CHE-123.456.789 MWST']],
    before: [],
    cols: [{ h: 'Leistung', w: 270 }, { h: 'Menge', w: 45, a: 'right' }, { h: 'Einheit', w: 50 }, { h: 'Ansatz', w: 55, a: 'right' }, { h: 'Betrag CHF', w: 75, a: 'right' }],
    rows: lines.map(([d, q, e, u, a]) => [d, qty(q, 'ch'), e, f(u), f(a)]),
    totals: [['Total exkl. MWST', f(net)], ['MWST 8.1 %', f(tax)], ['Total CHF', f(total), true]],
    after: ['Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.'],
    qr: { lang: 'de', iban: 'CH44 3199 9123 0008 8901 2', creditor: ['Malergeschäft Brunner AG', 'Technikumstrasse 61', '8400 Winterthur'], ref: '21 00000 00003 13947 14300 09017', info: 'Rechnung 25-1187', debtor: ['Immobilien Sutter GmbH', 'Stadthausstrasse 14', '8400 Winterthur'], amount: money(total, 'qr') },
    truth: { invoiceNumber: '25-1187', invoiceDate: '2025-05-12', dueDate: null, total: eur(total), subtotal: eur(net), tax: eur(tax), currency: 'CHF', documentType: 'invoice' },
  };
}

function zweiseitig() {
  const f = (c) => money(c, 'de');
  const catalogue = [['NYM-J 3x1,5 mm², Ring 50 m', 'Ring', 4390], ['NYM-J 5x2,5 mm², Ring 50 m', 'Ring', 11250], ['Unterputzdose 68 mm', 'Stk', 38], ['Abzweigdose AP IP65', 'Stk', 412], ['Schuko-Steckdose UP reinweiß', 'Stk', 329], ['Wechselschalter UP reinweiß', 'Stk', 455], ['Rahmen 1-fach reinweiß', 'Stk', 118], ['Rahmen 3-fach reinweiß', 'Stk', 389], ['LS-Schalter B16 1-polig', 'Stk', 295], ['FI-Schalter 40A/30mA 4-polig', 'Stk', 3890], ['Wago-Klemme 221-413 (VE 50)', 'VE', 1790], ['Installationsrohr M20 flexibel, 50 m', 'Ring', 1980], ['Kabelbinder 200 mm (VE 100)', 'VE', 320], ['LED-Panel 62x62 4000 K', 'Stk', 3450], ['Bewegungsmelder 180° AP', 'Stk', 2290], ['Verteiler AP 3-reihig', 'Stk', 8990], ['Hauptleitungsabzweigklemme', 'Stk', 715], ['Potentialausgleichsschiene', 'Stk', 940], ['Erdungsband 30x3,5 verzinkt, 25 m', 'Ring', 5620], ['Dübel 6 mm (VE 100)', 'VE', 290]];
  const qtys = [4, 2, 60, 12, 38, 14, 44, 6, 18, 2, 3, 5, 4, 16, 3, 2, 4, 2, 1, 6, 2, 10, 8, 24, 1, 3, 2, 1];
  const rows = [];
  const cents = [];
  for (let i = 0; i < 28; i++) {
    const [d, e, u] = catalogue[i % catalogue.length];
    const q = qtys[i];
    const a = amt(q, u);
    rows.push([String((i + 1) * 10), `${String(400100 + i * 37)}`, i >= catalogue.length ? `${d} (Nachlieferung)` : d, String(q), e, f(u), f(a)]);
    cents.push(a);
  }
  const net = sum(cents);
  const tax = pct(net, 19);
  return {
    file: 'de-zweiseitig-uebertrag.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true, small: true },
    seller: { name: 'Elektro-Großhandel Schäfer GmbH', lines: ['Hafenstraße 33 · 28217 Bremen', 'Tel. 0421 38 38 0 · verkauf@elektro-schaefer.example'], sender: 'Elektro-Großhandel Schäfer GmbH · Hafenstraße 33 · 28217 Bremen' },
    buyer: ['Elektro Meyer Installationen', 'Kirchweg 5', '28844 Weyhe'],
    title: 'Rechnung',
    meta: [['Rechnungs-Nr.', '7100884'], ['Rechnungsdatum', '02.07.2025'], ['Kunden-Nr.', '48213'], ['Lieferdatum', '30.06.2025'], ['Fällig am', '01.08.2025']],
    before: [],
    cols: [{ h: 'Pos', w: 28 }, { h: 'Artikel', w: 50 }, { h: 'Bezeichnung', w: 215 }, { h: 'Menge', w: 40, a: 'right' }, { h: 'ME', w: 35 }, { h: 'Preis', w: 55, a: 'right' }, { h: 'Betrag', w: 65, a: 'right' }],
    rows,
    rowCents: cents,
    carry: { label: 'Übertrag', fmt: f, breakAfter: 19, page: (p, n) => `Seite ${p} von ${n}` },
    totals: [['Summe netto', f(net)], ['MwSt. 19 %', f(tax)], ['Endbetrag EUR', f(net + tax), true]],
    after: ['Zahlbar bis 01.08.2025 ohne Abzug. Bei Zahlung bis 12.07.2025 gewähren wir 3 % Skonto.', 'Es gelten unsere Allgemeinen Geschäftsbedingungen.'],
    footer: [['Elektro-Großhandel Schäfer GmbH', 'AG Bremen HRB 22345'], ['USt-IdNr. DE114477885'], ['Die Sparkasse Bremen', 'IBAN DE44 2905 0101 0001 2345 67']],
    truth: { invoiceNumber: '7100884', invoiceDate: '2025-07-02', dueDate: '2025-08-01', total: eur(net + tax), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

function onlineshop() {
  const f = (c) => `${money(c, 'de')} €`;
  const items = [['Hochbeet Lärche 120 x 60 cm', 1, 8999], ['Bio-Hochbeeterde 40 l', 3, 1149], ['Gartenhandschuhe Gr. 8', 2, 795], ['Tomatenspiralstab 180 cm (5er-Set)', 1, 1499]];
  const lines = items.map(([d, q, u]) => [d, q, u, amt(q, u)]);
  const gross = sum(lines.map((l) => l[3]));
  const disc = -pct(gross, 10);
  const ship = 495;
  const total = gross + disc + ship;
  const { net, tax } = fromGross(total, 19);
  return {
    file: 'de-onlineshop-rabatt-versand.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: false, accent: true },
    seller: { name: 'gartenglück.example', lines: ['Sommer Gartenversand GmbH', 'Am Güterbahnhof 9 · 48155 Münster'], sender: 'Sommer Gartenversand GmbH · Am Güterbahnhof 9 · 48155 Münster' },
    buyer: ['Jana Kowalski', 'Feldstraße 23a', '44139 Dortmund'],
    title: 'Rechnung',
    meta: [['Bestellnummer', '300-8841-22'], ['Bestelldatum', '03.08.2025'], ['Rechnungsnummer', 'R-2025-104417'], ['Rechnungsdatum', '05.08.2025'], ['Kundennummer', '771203'], ['Zahlungsart', 'PayPal']],
    before: ['Vielen Dank für Ihre Bestellung bei gartenglück!'],
    cols: [{ h: 'Pos.', w: 30 }, { h: 'Artikel', w: 260 }, { h: 'Anzahl', w: 50, a: 'right' }, { h: 'Stückpreis', w: 70, a: 'right' }, { h: 'Gesamt', w: 75, a: 'right' }],
    rows: lines.map(([d, q, u, a], i) => [String(i + 1), d, String(q), f(u), f(a)]),
    totals: [['Zwischensumme', f(gross)], ['Gutschein SOMMER10 (10 %)', f(disc)], ['Versandkosten', f(ship)], ['Gesamtkosten netto', f(net)], ['zzgl. 19 % MwSt.', f(tax)], ['Gesamtkosten', f(total), true]],
    after: ['Der Rechnungsbetrag wurde bereits per PayPal am 03.08.2025 beglichen.', 'Sie haben ein 14-tägiges Widerrufsrecht. Die Widerrufsbelehrung finden Sie in unseren AGB.'],
    footer: [['Sommer Gartenversand GmbH', 'AG Münster HRB 19876'], ['USt-IdNr. DE301112223', 'service@gartenglueck.example'], ['Volksbank Münsterland', 'IBAN DE11 4006 0265 0012 3456 00']],
    truth: { invoiceNumber: 'R-2025-104417', invoiceDate: '2025-08-05', dueDate: null, total: eur(total), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

function storno() {
  const f = (c) => money(c, 'de');
  const items = [['Wartung Kälteanlage Kühlzelle 1, inkl. Dichtheitsprüfung', 1, 38500], ['Kältemittel R449A nachgefüllt (kg)', 2.5, 8900], ['Anfahrt', 1, 6500]];
  const lines = items.map(([d, q, u]) => [d, q, -u, -amt(q, u)]);
  const net = sum(lines.map((l) => l[3]));
  const tax = -pct(-net, 19);
  return {
    file: 'de-stornorechnung.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true },
    seller: { name: 'Kältetechnik Ostermann GmbH', lines: ['Gewerbering 14 · 49086 Osnabrück', 'service@kaelte-ostermann.example'], sender: 'Kältetechnik Ostermann GmbH · Gewerbering 14 · 49086 Osnabrück' },
    buyer: ['Metzgerei Hilgemann', 'Große Straße 61', '49134 Wallenhorst'],
    title: 'Stornorechnung',
    meta: [['Storno-Nr.', 'ST-2025-0042'], ['Datum', '11.09.2025'], ['zur Rechnung', 'RE-2025-0388'], ['vom', '04.09.2025'], ['Kunden-Nr.', '30117']],
    before: ['Hiermit stornieren wir die oben genannte Rechnung vollständig. Die Rechnung wurde versehentlich doppelt gestellt; bitte zahlen Sie nur die Rechnung RE-2025-0391.'],
    cols: [{ h: 'Leistung', w: 280 }, { h: 'Menge', w: 50, a: 'right' }, { h: 'Einzelpreis', w: 75, a: 'right' }, { h: 'Betrag', w: 80, a: 'right' }],
    rows: lines.map(([d, q, u, a]) => [d, qty(q, 'de'), f(u), f(a)]),
    totals: [['Nettobetrag', `${f(net)} €`], ['USt. 19 %', `${f(tax)} €`], ['Gutschriftsbetrag', `${f(net + tax)} €`, true]],
    after: ['Ein bereits gezahlter Betrag wird mit der Rechnung RE-2025-0391 verrechnet.'],
    footer: [['Kältetechnik Ostermann GmbH', 'AG Osnabrück HRB 20411'], ['USt-IdNr. DE219876543'], ['Sparkasse Osnabrück', 'IBAN DE31 2655 0105 0000 1122 33']],
    truth: { invoiceNumber: 'ST-2025-0042', invoiceDate: '2025-09-11', dueDate: null, total: eur(net + tax), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'credit_note' },
  };
}

function lastschrift() {
  const f = (c) => `${money(c, 'de')} €`;
  const items = [['Business Glasfaser 500 (01.09.–30.09.2025)', 1, 8990], ['Feste IP-Adresse (/29)', 1, 1500], ['SIP-Trunk 8 Kanäle', 1, 2490], ['Verbindungen laut Einzelverbindungsnachweis', 1, 1377]];
  const lines = items.map(([d, q, u]) => [d, q, u, amt(q, u)]);
  const net = sum(lines.map((l) => l[3]));
  const tax = pct(net, 19);
  return {
    file: 'de-telekom-lastschrift.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: false, accent: true },
    seller: { name: 'FiberNord Netz GmbH', lines: ['Geschäftskundenservice', 'Postfach 10 20 30 · 24103 Kiel'], sender: 'FiberNord Netz GmbH · Postfach 10 20 30 · 24103 Kiel' },
    buyer: ['Steuerkanzlei Brandt & Partner mbB', 'Holstenstraße 88', '24103 Kiel'],
    title: 'Ihre Rechnung für September 2025',
    meta: [['Kundennummer', '5500-218873'], ['Rechnungsnummer', '2025-09-0481163'], ['Rechnungsdatum', '01.10.2025'], ['Leistungszeitraum', '01.09.2025 – 30.09.2025'], ['Vertragskonto', '8800 4411 02']],
    before: ['Guten Tag,', 'hier ist Ihre Rechnung. Die Beträge verstehen sich netto zuzüglich Umsatzsteuer.'],
    cols: [{ h: 'Leistung', w: 320 }, { h: 'Menge', w: 50, a: 'right' }, { h: 'Betrag netto', w: 115, a: 'right' }],
    rows: lines.map(([d, q, , a]) => [d, String(q), f(a)]),
    totals: [['Summe netto', f(net)], ['Umsatzsteuer 19 %', f(tax)], ['Rechnungsbetrag', f(net + tax), true]],
    after: [`Den Rechnungsbetrag von ${f(net + tax)} buchen wir am 06.10.2025 von Ihrem Konto IBAN DE89 3704 0044 0532 0130 00 ab.`, 'Mandatsreferenz: FN-218873-01 · Gläubiger-ID: DE98ZZZ09999999999', 'Ihren Einzelverbindungsnachweis finden Sie im Kundenportal.'],
    footer: [['FiberNord Netz GmbH', 'AG Kiel HRB 24680', 'GF: Dr. Henrike Claussen'], ['USt-IdNr. DE276543210'], ['Förde Sparkasse', 'IBAN DE85 2105 0170 0000 9988 77']],
    truth: { invoiceNumber: '2025-09-0481163', invoiceDate: '2025-10-01', dueDate: '2025-10-06', total: eur(net + tax), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

// ---------------------------------------------------------------- French invoices

function autoEntrepreneur() {
  const f = (c) => `${money(c, 'fr')} €`;
  const items = [['Développement site vitrine (5 pages, responsive)', 1, 'forfait', 120000], ['Intégration module de réservation', 1, 'forfait', 45000], ['Formation à la prise en main (heures)', 4, 'h', 5000]];
  const lines = items.map(([d, q, e, u]) => [d, q, e, u, amt(q, u)]);
  const total = sum(lines.map((l) => l[4]));
  return {
    file: 'fr-auto-entrepreneur-293b.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true, accent: true },
    seller: { name: 'Julien Marchand', lines: ['Développement web – EI', '14 rue des Tanneurs', '35000 Rennes', 'SIRET : 812 345 678 00019'], sender: null },
    buyer: ['Gîtes du Val Fleuri', 'Mme Claire Dumas', 'Lieu-dit La Roche', '35160 Montfort-sur-Meu'],
    title: 'FACTURE',
    meta: [['Facture n°', 'F-2025-031'], ['Date', '14/02/2025'], ['Date d\'échéance', '16/03/2025'], ['Client n°', 'C017']],
    before: [],
    cols: [{ h: 'Désignation', w: 270 }, { h: 'Qté', w: 40, a: 'right' }, { h: 'Unité', w: 50 }, { h: 'Prix unitaire', w: 65, a: 'right' }, { h: 'Total', w: 70, a: 'right' }],
    rows: lines.map(([d, q, e, u, a]) => [d, String(q), e, f(u), f(a)]),
    totals: [['Total HT', f(total)], ['Net à payer', f(total), true]],
    after: ['TVA non applicable, art. 293 B du CGI.', 'Règlement par virement bancaire. Pas d\'escompte pour paiement anticipé.', 'En cas de retard de paiement, une pénalité égale à 3 fois le taux d\'intérêt légal sera exigible (article L. 441-10 du Code de commerce), ainsi qu\'une indemnité forfaitaire pour frais de recouvrement de 40 €.'],
    footer: [['Julien Marchand EI · SIREN 812 345 678', 'IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP']],
    truth: { invoiceNumber: 'F-2025-031', invoiceDate: '2025-02-14', dueDate: '2025-03-16', total: eur(total), subtotal: eur(total), tax: 0, currency: 'EUR', documentType: 'invoice' },
  };
}

function acompte() {
  const f = (c) => `${money(c, 'frs')} €`;
  const devis = 840000;
  const ht = pct(devis, 30);
  const tva = pct(ht, 20);
  return {
    file: 'fr-facture-acompte.pdf',
    style: { font: 'Times-Roman', meta: 'right', rules: true },
    seller: { name: 'Menuiserie Lefèvre SARL', lines: ['ZA des Prés Hauts', '44110 Châteaubriant', 'Tél. 02 40 28 00 11'], sender: null },
    buyer: ['M. et Mme Garnier', '7 allée des Chênes', '44520 Moisdon-la-Rivière'],
    title: 'FACTURE D\'ACOMPTE',
    meta: [['N°', 'FA-2025-0107'], ['Date de facture', '03/03/2025'], ['Réf. devis', 'D-2025-044 du 20/02/2025'], ['Code client', 'GARN01']],
    before: ['Objet : fabrication et pose d\'un escalier quart tournant en chêne', `Montant du devis accepté : ${f(devis)} HT (${f(devis + pct(devis, 20))} TTC)`],
    cols: [{ h: 'Désignation', w: 330 }, { h: 'Montant HT', w: 80, a: 'right' }, { h: 'TVA', w: 75, a: 'right' }],
    rows: [['Acompte de 30 % à la commande sur devis D-2025-044', f(ht), '20 %']],
    totals: [['Total HT', f(ht)], ['TVA 20 %', f(tva)], ['Total TTC', f(ht + tva)], ['Montant de l\'acompte à régler', f(ht + tva), true]],
    after: ['Conditions de règlement : à réception de facture, par chèque ou virement.', 'Le solde sera facturé à l\'achèvement des travaux.', 'Pénalités de retard : 3 fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    footer: [['Menuiserie Lefèvre SARL au capital de 20 000 € · RCS Nantes 442 118 907', 'TVA intracommunautaire FR32 442118907 · IBAN FR14 2004 1010 0505 0001 3M02 606']],
    truth: { invoiceNumber: 'FA-2025-0107', invoiceDate: '2025-03-03', dueDate: null, total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  };
}

function honoraires() {
  const f = (c) => `${money(c, 'fr')} €`;
  const base = 18500000;
  const phases = [['APS – Avant-projet sommaire', 9], ['APD – Avant-projet définitif', 12], ['PC – Dossier de permis de construire', 8]];
  const taux = 9.5;
  const mission = pct(base, taux);
  const lines = phases.map(([p, w]) => [p, w, pct(mission, w)]);
  const ht = sum(lines.map((l) => l[2]));
  const tva = pct(ht, 20);
  return {
    file: 'fr-note-honoraires-architecte.pdf',
    style: { font: 'Times-Roman', meta: 'under-title', rules: false },
    seller: { name: 'Atelier Morel Architecture', lines: ['Hélène Morel, architecte DPLG', '22 quai Saint-Vincent, 69001 Lyon', 'Inscrite à l\'Ordre des architectes sous le n° S12345'], sender: null },
    buyer: ['SCI Les Terrasses', 'M. Olivier Perrin, gérant', '5 chemin de la Garde', '69290 Craponne'],
    dateLine: 'Lyon, le 7 avril 2025',
    title: 'NOTE D\'HONORAIRES N° 2025-18',
    meta: [['Opération', 'Maison individuelle, Craponne'], ['Contrat', 'du 15 janvier 2025'], ['Montant prévisionnel des travaux', f(base) + ' HT'], ['Taux de rémunération', '9,5 %']],
    before: [`Honoraires de la mission de base : ${f(mission)} HT`],
    cols: [{ h: 'Phase', w: 290 }, { h: 'Part de la mission', w: 100, a: 'right' }, { h: 'Montant HT', w: 95, a: 'right' }],
    rows: lines.map(([p, w, a]) => [p, `${w} %`, f(a)]),
    totals: [['Total honoraires HT', f(ht)], ['TVA 20 %', f(tva)], ['Total TTC', f(ht + tva), true]],
    after: ['Règlement à 30 jours à réception, par virement.', 'En cas de retard, pénalités au taux légal majoré et indemnité forfaitaire de 40 €.'],
    footer: [['Atelier Morel Architecture EURL · SIRET 790 111 222 00034 · TVA FR61 790111222', 'IBAN FR76 1027 8073 0000 0205 1230 141']],
    truth: { invoiceNumber: '2025-18', invoiceDate: '2025-04-07', dueDate: null, total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  };
}

/** A Belgian structured communication: 10 digits + their remainder mod 97 (97 for 0). */
function structured(ten) {
  const r = Number(BigInt(ten) % 97n) || 97;
  const d = ten + String(r).padStart(2, '0');
  return `+++${d.slice(0, 3)}/${d.slice(3, 7)}/${d.slice(7)}+++`;
}

function belgian() {
  const f = (c) => `${money(c, 'de')} €`;
  const items = [['Brochures A4, 16 pages, quadri, 150 g couché mat', 1500, 'ex.', 142], ['Cartes de visite recto/verso, 400 g', 1000, 'ex.', 9], ['Mise en page et BAT', 3, 'h', 5200], ['Livraison Liège', 1, 'forfait', 2500]];
  const lines = items.map(([d, q, e, u]) => [d, q, e, u, amt(q, u)]);
  const ht = sum(lines.map((l) => l[4]));
  const tva = pct(ht, 21);
  const comm = structured('1234567890');
  return {
    file: 'fr-be-facture-communication.pdf',
    style: { font: 'Helvetica', meta: 'row', rules: true },
    seller: { name: 'Imprimerie Dubois SRL', lines: ['Rue Saint-Gilles 214', '4000 Liège', 'TVA BE 0456.789.123 · RPM Liège'], sender: null },
    buyer: ['ASBL Les Amis du Carré', 'Rue Pont d\'Avroy 12', '4000 Liège', 'TVA BE 0811.222.333'],
    title: 'Facture',
    meta: [['Numéro de facture', '2025/0342'], ['Date facture', '22/04/2025'], ['Échéance', '22/05/2025'], ['Réf. client', 'AMC-118']],
    before: [],
    cols: [{ h: 'Description', w: 255 }, { h: 'Quantité', w: 55, a: 'right' }, { h: 'Unité', w: 45 }, { h: 'Prix unit.', w: 60, a: 'right' }, { h: 'Total HTVA', w: 70, a: 'right' }],
    rows: lines.map(([d, q, e, u, a]) => [d, group(String(q), '.'), e, f(u), f(a)]),
    totals: [['Total HTVA', f(ht)], ['TVA 21 %', f(tva)], ['Total TVAC', f(ht + tva), true]],
    after: [`Merci de verser le montant de ${f(ht + tva)} au plus tard le 22/05/2025 sur le compte IBAN BE68 5390 0754 7034 (BIC TRIOBEBB) avec la communication structurée ${comm}.`, 'Toute réclamation doit nous parvenir dans les huit jours de la réception de la facture.'],
    footer: [['Imprimerie Dubois SRL · Rue Saint-Gilles 214 · 4000 Liège', 'info@imprimerie-dubois.example · +32 4 222 33 44']],
    truth: { invoiceNumber: '2025/0342', invoiceDate: '2025-04-22', dueDate: '2025-05-22', total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  };
}

function netAPayer() {
  const f = (c) => `${money(c, 'fr')} €`;
  const items = [['Dépose ancienne chaudière fioul et évacuation', 1, 45000], ['Chaudière gaz à condensation 25 kW, fournie et posée', 1, 238000], ['Raccordement hydraulique et mise en service', 1, 32000], ['Thermostat d\'ambiance programmable sans fil', 1, 14900]];
  const lines = items.map(([d, q, u]) => [d, q, u, amt(q, u)]);
  const ht = sum(lines.map((l) => l[3]));
  const tva = pct(ht, 10);
  const ttc = ht + tva;
  const ac = 100000;
  return {
    file: 'fr-facture-net-a-payer-acompte.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true },
    seller: { name: 'Roux Plomberie Chauffage', lines: ['8 avenue Jean Jaurès', '31400 Toulouse', 'contact@roux-chauffage.example'], sender: null },
    buyer: ['Mme Sophie Lambert', '41 rue des Fleurs', '31500 Toulouse'],
    title: 'FACTURE',
    meta: [['Facture N°', '2025-0456'], ['Date', '28/05/2025'], ['Chantier', '41 rue des Fleurs, Toulouse'], ['Date d\'échéance', '27/06/2025']],
    before: [],
    cols: [{ h: 'Désignation', w: 300 }, { h: 'Qté', w: 40, a: 'right' }, { h: 'P.U. HT', w: 70, a: 'right' }, { h: 'Montant HT', w: 75, a: 'right' }],
    rows: lines.map(([d, q, u, a]) => [d, String(q), f(u), f(a)]),
    totals: [['Total HT', f(ht)], ['TVA 10 %', f(tva)], ['Total TTC', f(ttc)], ['Acompte versé le 12/04/2025 (facture FA-0391)', `-${f(ac)}`], ['Net à payer', f(ttc - ac), true]],
    after: ['TVA à taux réduit de 10 % : travaux d\'amélioration dans un logement achevé depuis plus de deux ans (attestation du client jointe).', 'Garantie décennale : AXA-EXEMPLE n° 0042117.'],
    footer: [['SAS Roux Plomberie Chauffage · SIRET 512 987 654 00021 · TVA FR40 512987654', 'IBAN FR76 1313 5000 8008 1234 5678 905']],
    truth: { invoiceNumber: '2025-0456', invoiceDate: '2025-05-28', dueDate: '2025-06-27', total: eur(ttc), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  };
}

function remise() {
  const f = (c) => money(c, 'frs');
  const items = [['PAP-A4-80', 'Ramette papier A4 80 g (carton de 5)', 12, 2150], ['ENC-HP305', 'Cartouche jet d\'encre noire XL', 6, 2890], ['CLA-LEV80', 'Classeur à levier dos 80 mm', 40, 345], ['STY-BLEU', 'Stylo bille bleu (boîte de 50)', 3, 1290], ['POST-7676', 'Notes repositionnables 76 x 76 (lot de 12)', 5, 990]];
  const lines = items.map(([r, d, q, u]) => [r, d, q, u, amt(q, u)]);
  const brut = sum(lines.map((l) => l[4]));
  const rem = -pct(brut, 5);
  const port = 1200;
  const ht = brut + rem + port;
  const tva = pct(ht, 20);
  return {
    file: 'fr-remise-frais-de-port.pdf',
    style: { font: 'Helvetica', meta: 'row', rules: true, small: true },
    seller: { name: 'Fournitures Bureau Plus SAS', lines: ['Parc d\'activités Les Bruyères', '59650 Villeneuve-d\'Ascq', 'commandes@bureauplus.example'], sender: null },
    buyer: ['Cabinet Leroy Expertise Comptable', '17 rue Nationale', '59800 Lille'],
    title: 'FACTURE',
    meta: [['N° facture', 'FC250611'], ['Date', '11/06/2025'], ['N° commande', 'CMD-88120'], ['Code client', '411LEROY']],
    before: ['Livraison du 10/06/2025 – BL n° 250610-17'],
    cols: [{ h: 'Réf.', w: 65 }, { h: 'Désignation', w: 225 }, { h: 'Qté', w: 35, a: 'right' }, { h: 'P.U. HT', w: 60, a: 'right' }, { h: 'Montant HT', w: 70, a: 'right' }],
    rows: lines.map(([r, d, q, u, a]) => [r, d, String(q), f(u), f(a)]),
    totals: [['Total brut HT', f(brut)], ['Remise 5 %', f(rem)], ['Frais de port HT', f(port)], ['Total net HT', f(ht)], ['TVA 20 %', f(tva)], ['Total TTC (EUR)', f(ht + tva), true]],
    after: ['Échéance : 30 jours fin de mois, par virement.', 'Escompte pour paiement anticipé : néant. Pénalités de retard : 3 fois le taux d\'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    footer: [['Fournitures Bureau Plus SAS au capital de 150 000 € · RCS Lille Métropole 388 765 432', 'TVA FR85 388765432 · IBAN FR76 3000 4000 0312 3456 7890 143']],
    truth: { invoiceNumber: 'FC250611', invoiceDate: '2025-06-11', dueDate: null, total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  };
}

function swissFr() {
  const f = (c) => money(c, 'ch');
  const items = [['Service 60 000 km selon prescriptions constructeur', 1, 38000], ['Plaquettes de frein avant (jeu)', 1, 12450], ['Disques de frein avant (paire)', 1, 18900], ['Main-d\'œuvre freins', 1.5, 13500], ['Huile moteur 5W-30 (litres)', 5.2, 2450]];
  const lines = items.map(([d, q, u]) => [d, q, u, amt(q, u)]);
  const net = sum(lines.map((l) => l[3]));
  const tax = pct(net, 8.1);
  const total = net + tax;
  return {
    file: 'fr-ch-garage-facture-qr.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true, compact: true },
    seller: { name: 'Garage du Lac Sàrl', lines: ['Avenue de Rhodanie 40', '1007 Lausanne', 'IDE CHE-987.654.321 TVA'], sender: 'Garage du Lac Sàrl, Avenue de Rhodanie 40, 1007 Lausanne' },
    buyer: ['Monsieur', 'Nicolas Favre', 'Chemin des Vignes 3', '1009 Pully'],
    title: 'Facture',
    meta: [['Facture n°', '2025-2231'], ['Date', '19.06.2025'], ['Véhicule', 'VD 123 456'], ['Kilométrage', "60'214 km"]],
    before: [],
    cols: [{ h: 'Désignation', w: 285 }, { h: 'Quantité', w: 55, a: 'right' }, { h: 'Prix', w: 65, a: 'right' }, { h: 'Montant CHF', w: 80, a: 'right' }],
    rows: lines.map(([d, q, u, a]) => [d, qty(q, 'ch'), f(u), f(a)]),
    totals: [['Total hors TVA', f(net)], ['TVA 8.1 %', f(tax)], ['Total CHF', f(total), true]],
    after: ['Payable dans les 30 jours. Merci de votre confiance.'],
    qr: { lang: 'fr', iban: 'CH58 0079 1123 0008 8901 2', creditor: ['Garage du Lac Sàrl', 'Avenue de Rhodanie 40', '1007 Lausanne'], ref: '', info: 'Facture 2025-2231', debtor: ['Nicolas Favre', 'Chemin des Vignes 3', '1009 Pully'], amount: money(total, 'qr') },
    truth: { invoiceNumber: '2025-2231', invoiceDate: '2025-06-19', dueDate: null, total: eur(total), subtotal: eur(net), tax: eur(tax), currency: 'CHF', documentType: 'invoice' },
  };
}

function avoir() {
  const f = (c) => `${money(c, 'fr')} €`;
  const items = [['Lampe de bureau LED articulée – retour (défaut)', 4, 3900], ['Fauteuil de bureau ergonomique – retour (erreur de coloris)', 1, 8400]];
  const lines = items.map(([d, q, u]) => [d, q, u, amt(q, u)]);
  const ht = sum(lines.map((l) => l[3]));
  const tva = pct(ht, 20);
  return {
    file: 'fr-avoir.pdf',
    style: { font: 'Times-Roman', meta: 'right', rules: true },
    seller: { name: 'Mobilier Pro Ouest', lines: ['3 rue de l\'Industrie', '49000 Angers', 'SIRET 433 222 111 00045'], sender: null },
    buyer: ['Agence Horizon Immobilier', '12 boulevard Foch', '49100 Angers'],
    title: 'AVOIR',
    meta: [['Avoir n°', 'AV-2025-0019'], ['Date', '15/07/2025'], ['Facture d\'origine', 'F-2025-0612 du 02/07/2025'], ['Client', 'HORIZ-07']],
    before: ['Motif : retour de marchandise réceptionné le 10/07/2025.'],
    cols: [{ h: 'Désignation', w: 290 }, { h: 'Qté', w: 40, a: 'right' }, { h: 'P.U. HT', w: 75, a: 'right' }, { h: 'Total HT', w: 80, a: 'right' }],
    rows: lines.map(([d, q, u, a]) => [d, String(q), f(u), f(a)]),
    totals: [['Total HT', f(ht)], ['TVA 20 %', f(tva)], ['Montant de l\'avoir TTC', f(ht + tva), true]],
    after: ['Cet avoir sera déduit de votre prochain règlement.'],
    footer: [['Mobilier Pro Ouest SAS · RCS Angers 433 222 111 · TVA FR12 433222111']],
    truth: { invoiceNumber: 'AV-2025-0019', invoiceDate: '2025-07-15', dueDate: null, total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'credit_note' },
  };
}

function beCredit() {
  const f = (c) => `${money(c, 'de')} €`;
  const items = [['Ristourne annuelle 2024 sur volume d\'achats', 1, 62000], ['Remboursement palettes consignées', 24, 850]];
  const lines = items.map(([d, q, u]) => [d, q, u, amt(q, u)]);
  const ht = sum(lines.map((l) => l[3]));
  const tva = pct(ht, 21);
  return {
    file: 'fr-be-note-de-credit.pdf',
    style: { font: 'Helvetica', meta: 'under-title', rules: true },
    seller: { name: 'Brasserie Artisanale de la Meuse SRL', lines: ['Quai de Meuse 7', '5000 Namur', 'TVA BE 0678.123.456'], sender: null },
    buyer: ['Café Le Namurois', 'Place d\'Armes 3', '5000 Namur', 'TVA BE 0712.345.678'],
    title: 'NOTE DE CRÉDIT N° NC-2025-007',
    meta: [['Date', '03/02/2025'], ['Concerne', 'ristourne 2024 et consignes'], ['Réf. client', 'NAM-044']],
    before: [],
    cols: [{ h: 'Description', w: 300 }, { h: 'Qté', w: 40, a: 'right' }, { h: 'Prix unit.', w: 70, a: 'right' }, { h: 'Montant', w: 75, a: 'right' }],
    rows: lines.map(([d, q, u, a]) => [d, String(q), f(u), f(a)]),
    totals: [['Total HTVA', f(ht)], ['TVA 21 %', f(tva)], ['Total à créditer', f(ht + tva), true]],
    after: ['Ce montant sera porté en déduction de notre prochaine facture.', 'TVA à reverser à l\'État dans la mesure où elle a été initialement déduite.'],
    footer: [['Brasserie Artisanale de la Meuse SRL · IBAN BE71 0961 2345 6769 · BIC GKCCBEBB']],
    truth: { invoiceNumber: 'NC-2025-007', invoiceDate: '2025-02-03', dueDate: null, total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'credit_note' },
  };
}

function traiteur() {
  const f = (c) => `${money(c, 'fr')} €`;
  const items = [['Cocktail dînatoire (12 pièces par personne)', 45, 2800, 10], ['Service en salle – maîtres d\'hôtel (heures)', 12, 3500, 10], ['Champagne brut (bouteilles)', 12, 3200, 20], ['Jus de fruits artisanaux (bouteilles 1 l)', 15, 450, 5.5], ['Location vaisselle et verrerie', 1, 18000, 20]];
  const lines = items.map(([d, q, u, r]) => [d, q, u, r, amt(q, u)]);
  const rates = [5.5, 10, 20];
  const byRate = rates.map((r) => {
    const base = sum(lines.filter((l) => l[3] === r).map((l) => l[4]));
    return { r, base, tva: pct(base, r) };
  });
  const ht = sum(byRate.map((b) => b.base));
  const tva = sum(byRate.map((b) => b.tva));
  const rate = (r) => `${String(r).replace('.', ',')} %`;
  return {
    file: 'fr-traiteur-multi-taux.pdf',
    style: { font: 'Helvetica', meta: 'right', rules: true },
    seller: { name: 'Saveurs & Compagnie', lines: ['Traiteur – Organisation de réceptions', '56 cours Victor Hugo, 33000 Bordeaux'], sender: null },
    buyer: ['Château Peyrelongue', 'Service événementiel', 'Route de Pauillac', '33250 Saint-Julien'],
    title: 'Facture n° 25-0877',
    meta: [['Facture du', '30/08/2025'], ['Événement', 'Réception du 23/08/2025'], ['Échéance', '30/09/2025']],
    before: [],
    cols: [{ h: 'Désignation', w: 240 }, { h: 'Qté', w: 35, a: 'right' }, { h: 'P.U. HT', w: 60, a: 'right' }, { h: 'TVA', w: 45, a: 'right' }, { h: 'Total HT', w: 70, a: 'right' }],
    rows: lines.map(([d, q, u, r, a]) => [d, String(q), f(u), rate(r), f(a)]),
    taxTable: { head: ['Taux', 'Base HT', 'Montant TVA'], rows: byRate.map((b) => [rate(b.r), f(b.base), f(b.tva)]) },
    totals: [['Total HT', f(ht)], ['Total TVA', f(tva)], ['Total TTC', f(ht + tva), true]],
    after: ['Règlement par virement à réception. Indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    footer: [['Saveurs & Compagnie SARL · RCS Bordeaux 501 234 567 · TVA FR27 501234567', 'IBAN FR76 1009 6185 1000 0123 4567 815']],
    truth: { invoiceNumber: '25-0877', invoiceDate: '2025-08-30', dueDate: '2025-09-30', total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  };
}

// ---------------------------------------------------------------- scanned, faxed, photographed invoices

function gescannt() {
  const f = (c) => money(c, 'de');
  const items = [['Unterhaltsreinigung Büroräume, Oktober 2025 (lt. Vertrag)', 1, 'Mon.', 68000], ['Glasreinigung Fensterfronten innen und außen', 142, 'm²', 210], ['Grundreinigung Teppichboden Besprechungsraum', 38, 'm²', 450]];
  const lines = items.map(([d, q, e, u]) => [d, q, e, u, amt(q, u)]);
  const net = sum(lines.map((l) => l[4]));
  const tax = pct(net, 19);
  return {
    file: 'de-rechnung-gescannt.pdf',
    out: 'scan',
    style: { font: 'Helvetica', meta: 'right', rules: true },
    seller: { name: 'Glanzwerk Gebäudedienste GmbH', lines: ['Bahnhofstraße 70 · 90402 Nürnberg'], sender: 'Glanzwerk Gebäudedienste GmbH · Bahnhofstraße 70 · 90402 Nürnberg' },
    buyer: ['Rechtsanwälte Roth & Kaiser', 'Königstorgraben 11', '90402 Nürnberg'],
    title: 'Rechnung',
    meta: [['Rechnungsnr.', 'GW-25-1093'], ['Rechnungsdatum', '31.10.2025'], ['Kundennr.', '2044'], ['Fälligkeit', '14.11.2025']],
    before: [],
    cols: [{ h: 'Leistung', w: 280 }, { h: 'Menge', w: 45, a: 'right' }, { h: 'Einh.', w: 40 }, { h: 'Preis', w: 55, a: 'right' }, { h: 'Betrag', w: 65, a: 'right' }],
    rows: lines.map(([d, q, e, u, a]) => [d, String(q), e, f(u), f(a)]),
    totals: [['Netto', f(net)], ['19 % USt.', f(tax)], ['Gesamtbetrag EUR', f(net + tax), true]],
    after: ['Bitte überweisen Sie den Betrag bis zum 14.11.2025 auf unser Konto.'],
    footer: [['Glanzwerk Gebäudedienste GmbH · AG Nürnberg HRB 31415 · USt-IdNr. DE265432109', 'Sparkasse Nürnberg · IBAN DE55 7605 0101 0001 2345 67']],
    truth: { invoiceNumber: 'GW-25-1093', invoiceDate: '2025-10-31', dueDate: '2025-11-14', total: eur(net + tax), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

function fax() {
  const f = (c) => money(c, 'de');
  const items = [['Mähwerk-Messer Satz (24 Stk.)', 2, 'Satz', 8650], ['Keilriemen SPB 2360', 3, 'Stk', 3190], ['Hydrauliköl HVLP 46, 20 l', 2, 'Kanne', 7480], ['Arbeitszeit Werkstatt', 3.5, 'Std', 7200]];
  const lines = items.map(([d, q, e, u]) => [d, q, e, u, amt(q, u)]);
  const net = sum(lines.map((l) => l[4]));
  const tax = pct(net, 19);
  return {
    file: 'de-rechnung-fax.png',
    out: 'fax',
    faxHeader: '06.11.2025 14:32   FAX +49 8031 123456   Landmaschinen Huber   S. 01/01',
    style: { font: 'Times-Roman', meta: 'right', rules: true },
    seller: { name: 'Landmaschinen Huber GmbH', lines: ['Rosenheimer Straße 12 · 83022 Rosenheim', 'Tel. 08031 123450 · Fax 08031 123456'], sender: 'Landmaschinen Huber GmbH · Rosenheimer Straße 12 · 83022 Rosenheim' },
    buyer: ['Hofgut Sonnleiten', 'Josef Brandl', 'Sonnleiten 1', '83119 Obing'],
    title: 'Rechnung',
    meta: [['Rechnungs-Nr.', 'LH-25-2207'], ['Datum', '04.11.2025'], ['Kunden-Nr.', '11873']],
    before: [],
    cols: [{ h: 'Artikel / Leistung', w: 250 }, { h: 'Menge', w: 50, a: 'right' }, { h: 'Einh.', w: 45 }, { h: 'Preis', w: 60, a: 'right' }, { h: 'Betrag', w: 75, a: 'right' }],
    rows: lines.map(([d, q, e, u, a]) => [d, qty(q, 'de'), e, f(u), f(a)]),
    totals: [['Summe netto', f(net)], ['MwSt. 19 %', f(tax)], ['Rechnungsbetrag EUR', f(net + tax), true]],
    after: ['Zahlbar innerhalb 14 Tagen ohne Abzug.'],
    footer: [['Landmaschinen Huber GmbH · USt-IdNr. DE131313131 · VR Bank Rosenheim · IBAN DE02 7016 9450 0000 1234 56']],
    truth: { invoiceNumber: 'LH-25-2207', invoiceDate: '2025-11-04', dueDate: null, total: eur(net + tax), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'invoice' },
  };
}

function photoFr() {
  const f = (c) => `${money(c, 'frs')} €`;
  const items = [['Remplacement tableau électrique (fourniture et pose)', 1, 89000], ['Disjoncteurs divisionnaires 16 A', 8, 1450], ['Interrupteur différentiel 40 A 30 mA type A', 2, 7800], ['Main-d\'œuvre (heures)', 6, 5200]];
  const lines = items.map(([d, q, u]) => [d, q, u, amt(q, u)]);
  const ht = sum(lines.map((l) => l[3]));
  const tva = pct(ht, 20);
  return {
    file: 'fr-facture-photo.jpg',
    out: 'photo',
    style: { font: 'Helvetica', meta: 'right', rules: true },
    seller: { name: 'Bernard Électricité', lines: ['12 rue Gambetta', '21000 Dijon', 'SIRET 523 456 789 00012'], sender: null },
    buyer: ['M. Antoine Giraud', '9 rue Chabot-Charny', '21000 Dijon'],
    title: 'FACTURE',
    meta: [['Facture n°', 'BE-2025-214'], ['Date', '17/10/2025'], ['Échéance', '16/11/2025']],
    before: [],
    cols: [{ h: 'Désignation', w: 290 }, { h: 'Qté', w: 40, a: 'right' }, { h: 'P.U. HT', w: 70, a: 'right' }, { h: 'Total HT', w: 85, a: 'right' }],
    rows: lines.map(([d, q, u, a]) => [d, String(q), f(u), f(a)]),
    totals: [['Total HT', f(ht)], ['TVA 20 %', f(tva)], ['Total TTC', f(ht + tva), true]],
    after: ['Paiement par virement ou chèque à l\'ordre de Bernard Électricité.'],
    footer: [['Bernard Électricité EURL · TVA FR19 523456789 · IBAN FR76 1080 7000 0112 3456 7890 123']],
    truth: { invoiceNumber: 'BE-2025-214', invoiceDate: '2025-10-17', dueDate: '2025-11-16', total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  };
}

export const DOCS = [
  handwerker(), kleinunternehmer(), reverseCharge(), skonto(), arzt(), hotel(), austria(), swissQr(), zweiseitig(), onlineshop(), storno(), lastschrift(),
  autoEntrepreneur(), acompte(), honoraires(), belgian(), netAPayer(), remise(), swissFr(), avoir(), beCredit(), traiteur(),
  gescannt(), fax(), photoFr(),
];

// ---------------------------------------------------------------- till receipts

const W = 40;
const lr = (l, r, w = W) => l + ' '.repeat(Math.max(1, w - l.length - r.length)) + r;
const center = (s, w = W) => ' '.repeat(Math.max(0, Math.floor((w - s.length) / 2))) + s;

function kassenbon() {
  const items = [['Bio Vollmilch 3,8% 1l', 2, 129, 'B'], ['Roggenmischbrot 750g', 1, 249, 'B'], ['Bananen lose', 1, 187, 'B', '1,245 kg x 1,50 EUR/kg'], ['Gouda jung Scheiben', 1, 219, 'B'], ['Spülmittel Zitrone 500ml', 1, 115, 'A'], ['Mineralwasser 6x1,5l', 1, 294, 'B'], ['Pfand 6x0,25', 1, 150, 'A'], ['Küchenrolle 4 Rollen', 1, 329, 'A'], ['Kaffee ganze Bohne 1kg', 1, 1299, 'B']];
  const rows = items.map(([d, q, u, c, note]) => ({ d, q, u, c, note, a: amt(q, u) }));
  const total = sum(rows.map((r) => r.a));
  const tab = ['A', 'B'].map((c) => {
    const g = sum(rows.filter((r) => r.c === c).map((r) => r.a));
    return { c, r: c === 'A' ? 19 : 7, g, ...fromGross(g, c === 'A' ? 19 : 7) };
  });
  const net = sum(tab.map((t) => t.net));
  const tax = sum(tab.map((t) => t.tax));
  const m = (c) => money(c, 'de');
  const lines = [center('FRISCHMARKT HEINZE'), center('Bergstraße 21'), center('69120 Heidelberg'), center('Tel. 06221 48 48 20'), '', lr('', 'EUR')];
  for (const r of rows) {
    if (r.q > 1) lines.push(`  ${r.q} x ${m(r.u)}`);
    if (r.note) lines.push(`  ${r.note}`);
    lines.push(lr(r.d, `${m(r.a)} ${r.c}`));
  }
  lines.push('-'.repeat(W), { b: lr('SUMME', `EUR ${m(total)}`) }, '-'.repeat(W), lr('Geg. Girocard', `EUR ${m(total)}`), '', lr('Steuer  %', 'Netto   Steuer   Brutto'));
  for (const t of tab) lines.push(lr(`${t.c}=  ${t.r},0%`, `${m(t.net).padStart(6)}  ${m(t.tax).padStart(6)}  ${m(t.g).padStart(7)}`));
  lines.push(lr('Gesamtbetrag', `${m(net).padStart(6)}  ${m(tax).padStart(6)}  ${m(total).padStart(7)}`), '', lr('13.09.2025 10:43', 'Bon-Nr.: 4821'), lr('Kasse: 2', 'Bed.: 117'), '', 'TSE-Transaktion: 148223', 'TSE-Start: 2025-09-13T10:42:17.000', 'TSE-Stop:  2025-09-13T10:43:02.000', 'TSE-Seriennr.: 3f9a7c21e0b44d1c8a6e', '  5b2d90f17c3e8a4b6d2f1e0c9b8a7f6e', 'TSE-Signaturzähler: 291334', 'TSE-Signatur: MEUCIQDx7Lk2bXq9T1aZ', '  4vN8pR3sW0yE6uH5jK2mC1oF8gA9iB7d', '', '*'.repeat(W), center('Kartenzahlung'), center('girocard'), lr('Terminal-ID', '56781234'), lr('Trace-Nr.', '004417'), lr('Datum 13.09.2025', 'Uhrzeit 10:43'), { b: lr('Betrag EUR', m(total)) }, center('Zahlung erfolgt'), '*'.repeat(W), '', center('Vielen Dank für Ihren Einkauf!'), center('USt-IdNr. DE287654321'));
  return {
    file: 'de-kassenbon-supermarkt.jpg', out: 'receipt', seed: 61, lines,
    truth: { invoiceDate: '2025-09-13', total: eur(total), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'receipt' },
  };
}

function drogerie() {
  const items = [['Zahnpasta Kräuter 75ml', 2, 95], ['Duschgel Sensitiv 250ml', 1, 175], ['Wattepads 120 St.', 1, 89], ['Vitamin D3 Tabl. 60 St.', 1, 495], ['Taschentücher 10x10', 1, 149], ['Haarspülung Repair', 1, 245]];
  const rows = items.map(([d, q, u]) => ({ d, q, u, a: amt(q, u) }));
  const total = sum(rows.map((r) => r.a));
  const { net, tax } = fromGross(total, 19);
  const given = 2000;
  const m = (c) => money(c, 'de');
  const lines = [center('DROGERIE LINDNER'), center('Marktplatz 4 · 97070 Würzburg'), '', lr('', 'EUR')];
  for (const r of rows) lines.push(lr(r.q > 1 ? `${r.d} ${r.q}x${m(r.u)}` : r.d, `${m(r.a)} 1`));
  lines.push('-'.repeat(W), { b: lr('ZU ZAHLEN', m(total)) }, lr('BAR', m(given)), lr('RÜCKGELD', m(given - total)), '', lr('MwSt 1 = 19,0%', `${m(tax)}`), lr('Netto', m(net)), '', lr('04.10.25 16:22', 'Bon 1187 Kasse 1'), 'TSE-Signaturzähler 88412', '', center('Danke und bis bald!'));
  return {
    file: 'de-drogerie-bon-zerknittert.jpg', out: 'receipt-crumpled', seed: 62, lines,
    truth: { invoiceDate: '2025-10-04', total: eur(total), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'receipt' },
  };
}

function supermarche() {
  const items = [['BAGUETTE TRADITION', 2, 125, 5.5], ['LAIT DEMI-ECREME 1L', 6, 109, 5.5], ['COMTE AOP 18 MOIS 250G', 1, 589, 5.5], ['POMMES GOLDEN 1KG', 1, 279, 5.5], ['LESSIVE LIQUIDE 2L', 1, 899, 20], ['VIN ROUGE COTES DU RHONE', 1, 675, 20], ['ESSUIE-TOUT X4', 1, 315, 20]];
  const rows = items.map(([d, q, u, r]) => ({ d, q, u, r, a: amt(q, u) }));
  const total = sum(rows.map((r) => r.a));
  const tab = [5.5, 20].map((r) => {
    const g = sum(rows.filter((x) => x.r === r).map((x) => x.a));
    return { r, g, ...fromGross(g, r) };
  });
  const net = sum(tab.map((t) => t.net));
  const tax = sum(tab.map((t) => t.tax));
  const m = (c) => money(c, 'plain');
  const lines = [center('SUPERMARCHE DU CENTRE'), center('2 PLACE DE LA REPUBLIQUE'), center('37000 TOURS'), center('TEL 02 47 00 00 00'), center('SIRET 401 234 567 00018'), ''];
  for (const r of rows) {
    if (r.q > 1) lines.push(`  ${r.q} X ${m(r.u)}`);
    lines.push(lr(r.d, `${m(r.a)} ${r.r === 20 ? 'T2' : 'T1'}`));
  }
  lines.push('', lr(`${rows.reduce((a, r) => a + r.q, 0)} ARTICLES`, ''), '='.repeat(W), { b: lr('TOTAL TTC', `${m(total)} EUR`) }, '='.repeat(W), lr('CB', `${m(total)} EUR`), '', lr('TVA', 'HT      TVA     TTC'));
  for (const t of tab) lines.push(lr(`${t.r === 20 ? 'T2' : 'T1'} ${money(t.r * 100, 'plain')}%`, `${m(t.net).padStart(6)}  ${m(t.tax).padStart(6)}  ${m(t.g).padStart(6)}`));
  lines.push(lr('TOTAL', `${m(net).padStart(6)}  ${m(tax).padStart(6)}  ${m(total).padStart(6)}`), '', 'VOUS AVEZ ECONOMISE 1,20 EUR', 'AVEC VOTRE CARTE FIDELITE', '', lr('18/10/2025 11:37', 'CAISSE 04'), lr('TICKET 0123', 'CAISSIER 12'), '', '-'.repeat(W), center('CARTE BANCAIRE'), center('SANS CONTACT'), 'A0000000421010', lr('LE 18/10/25 A 11:37', ''), lr('MONTANT =', `${m(total)} EUR`), center('DEBIT'), center('TICKET CLIENT A CONSERVER'), '-'.repeat(W), '', center('MERCI DE VOTRE VISITE'));
  return {
    file: 'fr-ticket-supermarche.jpg', out: 'receipt', seed: 63, lines,
    truth: { invoiceDate: '2025-10-18', total: eur(total), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'receipt' },
  };
}

function brasserie() {
  const items = [['Formule midi', 2, 1650, 10], ['Salade de chèvre chaud', 1, 1250, 10], ['Pichet côtes-du-rhône 50cl', 1, 1400, 20], ['Café gourmand', 2, 850, 10], ['Eau gazeuse 75cl', 1, 550, 10]];
  const rows = items.map(([d, q, u, r]) => ({ d, q, u, r, a: amt(q, u) }));
  const total = sum(rows.map((r) => r.a));
  const tab = [10, 20].map((r) => {
    const g = sum(rows.filter((x) => x.r === r).map((x) => x.a));
    return { r, g, ...fromGross(g, r) };
  });
  const tax = sum(tab.map((t) => t.tax));
  const net = total - tax;
  const m = (c) => money(c, 'plain');
  const lines = [center('BRASSERIE DES HALLES'), center('4 rue des Halles - 67000 Strasbourg'), center('SARL au capital de 8000 EUR'), center('TVA FR58 443322110'), '', lr('Table 12', 'Couverts 3'), lr('Serveur : Lucas', 'Note n. 2025-7731'), '-'.repeat(W)];
  for (const r of rows) lines.push(lr(`${r.q} ${r.d}`, m(r.a)));
  lines.push('-'.repeat(W), { b: lr('TOTAL TTC', `${m(total)} EUR`) }, '', lr('Taux', 'HT     TVA     TTC'));
  for (const t of tab) lines.push(lr(`TVA ${t.r}%`, `${m(t.net).padStart(6)}  ${m(t.tax).padStart(5)}  ${m(t.g).padStart(6)}`));
  lines.push('', lr('Paiement CB', `${m(total)} EUR`), lr('Rendu', '0,00 EUR'), '', lr('25/10/2025', '13:52'), '', center('Service compris - Merci !'));
  return {
    file: 'fr-ticket-brasserie.jpg', out: 'receipt', seed: 64, ink: '#7a7a7a', lines,
    truth: { invoiceDate: '2025-10-25', total: eur(total), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'receipt' },
  };
}

function swissReceipt() {
  const items = [['Zopf 500g', 1, 450, 2.6], ['Gruyère AOP surchoix', 1, 795, 2.6], ['Äpfel Gala kg', 1, 368, 2.6], ['Rivella rot 6x50cl', 1, 990, 2.6], ['Abfallsäcke 35l 10 Stk', 1, 270, 8.1], ['Blumenstrauss', 1, 1290, 2.6]];
  const rows = items.map(([d, q, u, r]) => ({ d, q, u, r, a: amt(q, u) }));
  const total = sum(rows.map((r) => r.a));
  const tab = [2.6, 8.1].map((r) => {
    const g = sum(rows.filter((x) => x.r === r).map((x) => x.a));
    return { r, g, ...fromGross(g, r) };
  });
  const tax = sum(tab.map((t) => t.tax));
  const m = (c) => money(c, 'ch');
  const lines = [center('Quartierladen Brunnmatt'), center('Brunnmattstrasse 30, 3007 Bern'), center('CHE-111.222.333 MWST'), '', lr('Artikel', 'CHF')];
  for (const r of rows) lines.push(lr(r.d, `${m(r.a)} ${r.r === 8.1 ? '1' : '0'}`));
  lines.push('-'.repeat(W), { b: lr('Total CHF', m(total)) }, '', lr('Debit Mastercard', m(total)), '', lr('MWST', 'Satz   Brutto   MWST'));
  for (const t of tab) lines.push(lr(t.r === 8.1 ? '1' : '0', `${String(t.r).padStart(4)}%  ${m(t.g).padStart(6)}  ${m(t.tax).padStart(5)}`));
  lines.push('', lr('08.11.2025 09:12', 'Bon 20771'), center('Merci und uf Widerluege!'));
  return {
    file: 'de-ch-kassenzettel.jpg', out: 'receipt', seed: 65, lines,
    truth: { invoiceDate: '2025-11-08', total: eur(total), tax: eur(tax), currency: 'CHF', documentType: 'receipt' },
  };
}

export const RECEIPTS = [kassenbon(), drogerie(), supermarche(), brasserie(), swissReceipt()];

/** truth.json: file -> fields. */
export function truthOf() {
  return Object.fromEntries([...DOCS, ...RECEIPTS].map((d) => [d.file, d.truth]));
}
