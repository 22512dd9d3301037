// Data and truth of the twelfth held-out sweep (fixtures/sweep12, laid out by make-sweep12-fixtures.mjs).
// Amounts are integer cents; every printed sum is computed here from the lines, so truth and print agree.
// Written blind: without reading the extractor or the earlier sweeps' generators and documents.

/** Cents as printed: de 1.234,56 | fr 1 234,56 | ch 1'234.50 | en 1,234.56 | sk 1 234,56. */
export function money(c, style = 'de') {
  const neg = c < 0;
  const a = Math.abs(c);
  const int = String(Math.floor(a / 100));
  const dec = String(a % 100).padStart(2, '0');
  const sep = { de: '.', fr: ' ', ch: "'", en: ',', sk: ' ' }[style];
  const dot = style === 'ch' || style === 'en' ? '.' : ',';
  return (neg ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + dot + dec;
}
const eur = (c) => c / 100;

/** Lines {d, q, u, r} -> amounts per line, nets and taxes per rate, net, tax, gross. */
export function calc(items, opts = {}) {
  const lines = items.map((it) => ({ ...it, amt: Math.round(it.q * it.u) }));
  const rates = [...new Set(lines.map((l) => l.r))].sort((a, b) => a - b);
  const byRate = rates.map((r) => {
    const net = lines.filter((l) => l.r === r).reduce((s, l) => s + l.amt, 0);
    return { r, net, tax: Math.round((net * r) / 100) };
  });
  const net = byRate.reduce((s, x) => s + x.net, 0);
  const tax = opts.gross ? 0 : byRate.reduce((s, x) => s + x.tax, 0);
  return { lines, byRate, net, tax, gross: net + tax };
}

/** Gross-priced till lines: per rate the gross, and the VAT inside it (rounded). */
function till(items) {
  const lines = items.map((it) => ({ ...it, amt: Math.round(it.q * it.u) }));
  const rates = [...new Set(lines.map((l) => l.r))].sort((a, b) => b - a);
  const byRate = rates.map((r) => {
    const gross = lines.filter((l) => l.r === r).reduce((s, l) => s + l.amt, 0);
    const tax = Math.round((gross * r) / (100 + r));
    return { r, gross, tax, net: gross - tax };
  });
  const gross = byRate.reduce((s, x) => s + x.gross, 0);
  const tax = byRate.reduce((s, x) => s + x.tax, 0);
  return { lines, byRate, gross, tax, net: gross - tax };
}

const pad = (l, r, w = 38) => l + ' '.repeat(Math.max(1, w - l.length - r.length)) + r;

const DOCS = [];
const add = (d) => DOCS.push(d);

// ---------- German ----------
const footDE = (name, ort, hrb, gf, ust, iban, bank) => [
  `${name} · Sitz ${ort} · Amtsgericht ${ort} ${hrb} · Geschäftsführer: ${gf}`,
  `USt-IdNr. ${ust} · ${bank} · IBAN ${iban} · BIC ${bank.slice(0, 4).toUpperCase()}DEF1XXX`,
];

{ // three pages: a cover letter, two pages of lines with Übertrag, footer on every page
  const items = [];
  const parts = ['NYM-J 3x1,5 mm² (m)', 'NYM-J 5x2,5 mm² (m)', 'Schalterdose UP tief', 'Steckdose SCHUKO reinweiß', 'Wechselschalter reinweiß', 'Leerrohr M20 (m)', 'LS-Schalter B16 1-polig', 'FI-Schalter 40A/30mA', 'Abzweigdose AP IP55', 'Wago-Klemme 221-413'];
  for (let i = 0; i < 24; i++) {
    const p = parts[i % parts.length];
    const q = p.includes('(m)') ? 25 + ((i * 7) % 40) : 2 + ((i * 3) % 9);
    items.push({ d: p + (i >= 10 ? ` – Bauabschnitt ${1 + (i % 3)}` : ''), q, u: [185, 412, 96, 745, 890, 138, 624, 4690, 315, 52][i % 10], r: 19, unit: p.includes('(m)') ? 'm' : 'Stk' });
  }
  items.push({ d: 'Monteurstunden Elektroinstallation', q: 38.5, u: 6850, r: 19, unit: 'Std' }, { d: 'Helferstunden', q: 22, u: 4900, r: 19, unit: 'Std' }, { d: 'Anfahrtspauschale (5 Tage)', q: 5, u: 3500, r: 19, unit: 'Tag' }, { d: 'Prüfprotokoll E-Check DGUV V3', q: 1, u: 18900, r: 19, unit: 'psch' });
  const c = calc(items);
  add({
    file: 'de-deckblatt-drei-seiten.pdf', group: 'de', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Elektro Brandner GmbH', 'Wilhelmshöher Allee 212', '34119 Kassel', 'Tel. 0561 77 20 40 · info@brandner-elektro.example'],
    recipient: ['Wohnbau Fuldatal eG', 'Technische Abteilung', 'Am Lossewerk 9', '34123 Kassel'],
    cover: {
      place: 'Kassel, 12.06.2025',
      subject: 'Ihr Bauvorhaben Ihringshäuser Straße 41 – Elektroinstallation',
      body: ['Sehr geehrte Damen und Herren,', '', 'anbei erhalten Sie unsere Rechnung für die Elektroinstallation im oben genannten Bauvorhaben,', 'ausgeführt vom 02.06.2025 bis 06.06.2025 gemäß Ihrem Auftrag vom 14.04.2025 und unserem', 'Angebot AN-25-0388 vom 02.04.2025.', '', 'Das Aufmaß wurde am 06.06.2025 gemeinsam mit Ihrem Bauleiter, Herrn Körner, erstellt und liegt', 'dieser Rechnung bei. Für Rückfragen stehen wir Ihnen gerne zur Verfügung.', '', 'Mit freundlichen Grüßen', '', '', 'Thomas Brandner', 'Geschäftsführer', '', 'Anlagen: Rechnung (2 Seiten), Aufmaß, Prüfprotokoll'],
    },
    title: 'RECHNUNG',
    meta: [['Rechnungsnummer', 'RE-25-10473'], ['Rechnungsdatum', '12.06.2025'], ['Kundennummer', '20418'], ['Leistungszeitraum', '02.06. – 06.06.2025'], ['Ihr Auftrag vom', '14.04.2025']],
    cols: [['Pos.', 30], ['Bezeichnung', 235], ['Menge', 55, 'r'], ['Einh.', 35], ['EP €', 70, 'r'], ['Gesamt €', 70, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(i + 1), l.d, money(Math.round(l.q * 100), 'de').replace(/,00$/, ''), l.unit, money(l.u), money(l.amt)], amt: l.amt })),
    perPage: 20, carry: ['Übertrag', 'Übertrag'],
    totals: [['Summe netto', money(c.net) + ' €'], ['zzgl. 19 % USt.', money(c.tax) + ' €'], ['Rechnungsbetrag', money(c.gross) + ' €', true]],
    after: ['Zahlbar bis 26.06.2025 ohne Abzug auf das unten genannte Konto.', 'Bitte geben Sie bei Zahlung die Rechnungsnummer RE-25-10473 an.'],
    footer: footDE('Elektro Brandner GmbH', 'Kassel', 'HRB 18842', 'Thomas Brandner, Jana Brandner', 'DE281736459', 'DE12 5205 0353 0001 2345 67', 'Kasseler Sparkasse'),
    pageLabel: (i, n) => `Seite ${i} von ${n}`,
    truth: { invoiceNumber: 'RE-25-10473', invoiceDate: '2025-06-12', dueDate: '2025-06-26', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'three pages: page 1 a cover letter (order date, offer date, service period, Aufmaß date), pages 2-3 the invoice with 28 lines, "Übertrag" at the foot of page 2 and the head of page 3, totals on page 3; footer on every page (HRB, Geschäftsführer, USt-IdNr., IBAN) and "Seite 1 von 3"',
  });
}

{ // DATEV-like Schlussrechnung: deposit invoice deducted, skonto line
  const c = calc([
    { d: 'Dachsanierung Satteldach lt. Angebot vom 18.03.2025', q: 1, u: 1486000, r: 19 },
    { d: 'Zusätzliche Dachfenster VELUX GGU MK06 inkl. Einbau', q: 2, u: 124500, r: 19 },
    { d: 'Entsorgung Altziegel (t)', q: 6.4, u: 14800, r: 19 },
    { d: 'Gerüststellung, Standzeit 6 Wochen', q: 1, u: 218000, r: 19 },
  ]);
  const depNet = 500000, depTax = 95000, rest = c.gross - depNet - depTax;
  const sk = Math.round(rest * 0.02);
  add({
    file: 'de-schlussrechnung-anzahlung-skonto.pdf', group: 'de', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Bedachungen Hollweg GmbH & Co. KG', 'Industriestraße 17 · 49716 Meppen'],
    recipient: ['Herrn und Frau', 'Stefan und Miriam Ortlieb', 'Birkenweg 4', '49733 Haren (Ems)'],
    title: 'Schlussrechnung',
    meta: [['Rechnungs-Nr.', '2025-0381'], ['Datum', '18.07.2025'], ['Kunden-Nr.', '10773'], ['Auftragsdatum', '03.04.2025'], ['Leistungsdatum', '14.07.2025'], ['Bauvorhaben', 'Birkenweg 4, Haren']],
    metaStyle: 'grid',
    cols: [['Pos.', 30], ['Leistung', 250], ['Menge', 55, 'r'], ['Einzelpreis', 80, 'r'], ['Betrag', 80, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(i + 1), l.d, money(Math.round(l.q * 100)).replace(/,00$/, ''), money(l.u), money(l.amt)] })),
    totals: [['Gesamtleistung netto', money(c.net) + ' €'], ['zzgl. 19 % USt', money(c.tax) + ' €'], ['Gesamtbetrag brutto', money(c.gross) + ' €', true],
      ['abzüglich Anzahlung lt. Abschlagsrechnung 2025-0214 vom 22.04.2025', ''], ['   netto 5.000,00 € zzgl. 19 % USt 950,00 €', '-' + money(depNet + depTax) + ' €'], ['Restbetrag', money(rest) + ' €', true]],
    after: [`Bei Zahlung bis 28.07.2025 gewähren wir 2 % Skonto = ${money(sk)} €, Zahlbetrag dann ${money(rest - sk)} €.`, 'Ohne Abzug zahlbar bis 17.08.2025.', 'Gewährleistung nach VOB/B: 4 Jahre ab Abnahme am 14.07.2025.'],
    footer: ['Bedachungen Hollweg GmbH & Co. KG · Sitz Meppen · AG Osnabrück HRA 20117 · pers. haftende Gesellschafterin: Hollweg Verwaltungs GmbH, AG Osnabrück HRB 21453', 'Geschäftsführer: Bernd Hollweg · USt-IdNr. DE317204586 · Emsländische Volksbank · IBAN DE44 2806 9956 0012 3456 00'],
    pageLabel: (i, n) => `Seite ${i}/${n}`,
    truth: { invoiceNumber: '2025-0381', invoiceDate: '2025-07-18', dueDate: '2025-08-17', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'DATEV-style Schlussrechnung: meta grid with Auftragsdatum and Leistungsdatum, Gesamtbetrag brutto, then "abzüglich Anzahlung lt. Abschlagsrechnung 2025-0214 vom 22.04.2025" with its netto/USt, "Restbetrag", a Skonto sentence with its own date and Zahlbetrag, net date "Ohne Abzug zahlbar bis"',
    debatable: 'total is the Gesamtbetrag brutto of the whole work (as the dentist\'s and the remise-acompte truths of sweep8), not the Restbetrag nor the Skonto Zahlbetrag; due is the net date 17.08.2025, not the Skonto date',
  });
}

{ // sevDesk-like online order, already paid by PayPal
  const c = calc([
    { d: 'Kaffeemühle Handmahlwerk Edelstahl', q: 1, u: 6714, r: 19 },
    { d: 'Espressotassen-Set (6 Stück)', q: 2, u: 2512, r: 19 },
    { d: 'Kaffeebohnen Hausmischung 1 kg', q: 3, u: 1869, r: 7 },
    { d: 'Versandkosten DHL', q: 1, u: 412, r: 19 },
  ]);
  add({
    file: 'de-sevdesk-bezahlt-paypal.pdf', group: 'de', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Röstwerk Lindner', 'Inh. Paula Lindner e.K.', 'Kornmarkt 3', '93047 Regensburg'],
    recipient: ['Jonas Weidmann', 'Gabelsbergerstraße 61', '80333 München'],
    title: 'Rechnung',
    meta: [['Rechnungsnr.', '1042'], ['Rechnungsdatum', '03.09.2025'], ['Bestellnr.', '#10931'], ['Bestelldatum', '01.09.2025'], ['Lieferdatum', '02.09.2025'], ['Kundennr.', '3318']],
    intro: ['Vielen Dank für Ihre Bestellung in unserem Onlineshop. Wir stellen Ihnen folgende Leistungen in Rechnung:'],
    cols: [['Pos.', 30], ['Beschreibung', 230], ['Menge', 45, 'r'], ['USt.', 40, 'r'], ['Einzelpreis', 75, 'r'], ['Gesamt', 75, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(i + 1), l.d, String(l.q), l.r + ' %', money(l.u) + ' €', money(l.amt) + ' €'] })),
    totals: [['Gesamtbetrag netto', money(c.net) + ' €'], ...c.byRate.map((b) => [`zzgl. Umsatzsteuer ${b.r} %`, money(b.tax) + ' €']), ['Gesamtbetrag brutto', money(c.gross) + ' €', true]],
    after: [`Bezahlt am 01.09.2025 per PayPal (Transaktions-ID 8KD41930XW226470B): ${money(c.gross)} €.`, 'Es ist keine Zahlung mehr offen. Vielen Dank für Ihren Einkauf!'],
    footer: ['Röstwerk Lindner e.K. · Amtsgericht Regensburg HRA 9921 · USt-IdNr. DE298417730 · Steuernr. 244/123/45678', 'Sparkasse Regensburg · IBAN DE77 7505 0000 0026 1148 03 · www.roestwerk-lindner.example'],
    pageLabel: (i, n) => `Seite ${i} von ${n}`,
    truth: { invoiceNumber: '1042', invoiceDate: '2025-09-03', dueDate: null, total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'sevDesk-style shop invoice: short number "1042", Bestellnr. "#10931", Bestelldatum and Lieferdatum before/after, 7 % and 19 % taxes summed, "Bezahlt am 01.09.2025 per PayPal" with the amount (due null)',
  });
}

{ // Word template letter: "erlauben wir uns ... zu berechnen"
  const c = calc([
    { d: 'Rasenpflege (Mähen, Vertikutieren), 4 Einsätze', q: 14, u: 4200, r: 19, unit: 'Std.' },
    { d: 'Heckenschnitt Liguster, ca. 60 lfm', q: 9, u: 4200, r: 19, unit: 'Std.' },
    { d: 'Rasendünger Langzeit 20 kg', q: 2, u: 3890, r: 19, unit: 'Sack' },
    { d: 'Grünschnittentsorgung', q: 3.5, u: 2450, r: 19, unit: 'm³' },
  ]);
  add({
    file: 'de-word-brief-berechnen.pdf', group: 'de', kind: 'pdf', style: 'de', font: 'Times-Roman', letter: true,
    vendor: ['Gartenpflege Kurt Reimers', 'Moorweg 22 · 21224 Rosengarten', 'Telefon 04108 41 22 90'],
    recipient: ['Eigentümergemeinschaft', 'Lindenstraße 8–12', 'z. Hd. Frau Ulrike Behn', '21073 Hamburg'],
    place: 'Rosengarten, 04.06.2025',
    metaLines: ['Rechnungsnummer: 2025-067', 'Ihr Auftrag vom: 28.04.2025', 'Leistungszeitraum: 05.05.2025 – 28.05.2025'],
    title: 'Rechnung',
    intro: ['Sehr geehrte Damen und Herren,', '', 'für die im Mai 2025 in Ihrer Wohnanlage ausgeführten Gartenpflegearbeiten erlauben wir uns,', 'Ihnen wie folgt zu berechnen:'],
    cols: [['Leistung', 250], ['Menge', 50, 'r'], ['Einheit', 45], ['Preis', 70, 'r'], ['Betrag', 75, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, money(Math.round(l.q * 100)).replace(/,00$/, ''), l.unit, money(l.u) + ' €', money(l.amt) + ' €'] })),
    totals: [['Nettobetrag', money(c.net) + ' €'], ['19 % Mehrwertsteuer', money(c.tax) + ' €'], ['Gesamtbetrag', money(c.gross) + ' €', true]],
    after: [`Bitte überweisen Sie den Betrag von ${money(c.gross)} € innerhalb von 14 Tagen nach Erhalt dieser Rechnung`, 'auf unser unten angegebenes Konto. Der Anteil der Arbeitskosten nach § 35a EStG beträgt ' + money(c.lines[0].amt + c.lines[1].amt) + ' € netto.', '', 'Mit freundlichen Grüßen', '', 'Kurt Reimers'],
    footer: ['Steuernummer 15/122/04417 · Volksbank Lüneburger Heide · IBAN DE61 2406 0300 0044 1209 00 · BIC GENODEF1NBU'],
    pageLabel: () => '',
    truth: { invoiceNumber: '2025-067', invoiceDate: '2025-06-04', dueDate: null, total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Word letter (Times): date only as "Rosengarten, 04.06.2025" at the right, "Rechnungsnummer:" / "Ihr Auftrag vom:" / "Leistungszeitraum:" lines, "Sehr geehrte Damen und Herren, … erlauben wir uns, Ihnen wie folgt zu berechnen", the total repeated in the payment sentence, § 35a amount, 14 days (due null)',
  });
}

{ // English invoice of a German company, German formats
  const c = calc([
    { d: 'Calibration of torque sensors (type TS-200)', q: 12, u: 18500, r: 19 },
    { d: 'Calibration certificate DAkkS', q: 12, u: 3500, r: 19 },
    { d: 'Express handling surcharge', q: 1, u: 24000, r: 19 },
    { d: 'Return shipping (insured)', q: 1, u: 6850, r: 19 },
  ]);
  add({
    file: 'de-englisch-deutsche-formate.pdf', group: 'de', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Kalibrierdienst Süd GmbH', 'Hans-Bunte-Straße 8a', '79108 Freiburg im Breisgau', 'Germany'],
    recipient: ['Norvik Robotics GmbH', 'Attn. Accounts Payable', 'Kaiserstraße 112', '76133 Karlsruhe'],
    title: 'INVOICE',
    meta: [['Invoice no.', '2025-4471'], ['Invoice date', '21.08.2025'], ['Delivery date', '19.08.2025'], ['Your order', 'PO 7700-3318 of 04.08.2025'], ['Customer no.', 'K-1187'], ['Due date', '20.09.2025']],
    cols: [['Item', 30], ['Description', 250], ['Qty', 40, 'r'], ['Unit price', 80, 'r'], ['Amount', 80, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(i + 1), l.d, String(l.q), money(l.u) + ' €', money(l.amt) + ' €'] })),
    totals: [['Net amount', money(c.net) + ' €'], ['VAT 19 %', money(c.tax) + ' €'], ['Total amount', money(c.gross) + ' €', true]],
    after: ['Payment terms: 30 days net, due 20.09.2025. Please quote the invoice number with your payment.', 'Delivery note LS-25-8812 of 19.08.2025.'],
    footer: ['Kalibrierdienst Süd GmbH · Registered office Freiburg · Register court Freiburg HRB 712044 · Managing directors: Dr. Anja Keller, Luis Brand', 'VAT ID DE318440921 · Volksbank Freiburg · IBAN DE09 6809 0000 0012 4471 00 · BIC GENODE61FR1'],
    pageLabel: (i, n) => `Page ${i} of ${n}`,
    truth: { invoiceNumber: '2025-4471', invoiceDate: '2025-08-21', dueDate: '2025-09-20', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'English labels by a German company with German formats: "Invoice date 21.08.2025", "Delivery date", "PO … of 04.08.2025", "1.234,56 €", "VAT 19 %", "Total amount", footer HRB / managing directors / VAT ID',
  });
}

{ // Austrian two pages, 13 % / 20 %, Übertrag, Firmenbuch footer
  const names = ['Thuja occidentalis Smaragd 125/150', 'Buxus sempervirens Kugel 40', 'Hortensie Annabelle 5 l', 'Lavendel Hidcote 2 l', 'Rhododendron Cunningham 60/80', 'Rindenmulch 40 l', 'Pflanzerde torffrei 50 l', 'Hornspäne 2,5 kg', 'Bambus Fargesia Rufa 80/100', 'Felsenbirne Solitär 150/175', 'Ziergras Pennisetum 3 l', 'Storchschnabel Rozanne 1 l'];
  const items = [];
  for (let i = 0; i < 22; i++) items.push({ d: names[i % 12] + (i >= 12 ? ' (Nachlieferung)' : ''), q: 1 + ((i * 5) % 12), u: [3490, 2890, 1590, 690, 5490, 595, 1190, 1290, 4990, 18900, 990, 690][i % 12], r: 13 });
  items.push({ d: 'Pflanzarbeiten Gärtner', q: 16, u: 5800, r: 20 }, { d: 'Transport und Zustellung', q: 1, u: 14500, r: 20 });
  const c = calc(items);
  add({
    file: 'de-at-zwei-seiten-13-20.pdf', group: 'de', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Gärtnerei Aigner GmbH', 'Welser Straße 140', '4060 Leonding', 'Österreich'],
    recipient: ['Hotel Pöstlingberg Betriebs GmbH', 'Am Pöstlingberg 14', '4040 Linz'],
    title: 'RECHNUNG',
    meta: [['Rechnungsnummer', 'AR 25/01187'], ['Rechnungsdatum', '15.05.2025'], ['Lieferdatum', '12.05.2025'], ['Kundennummer', '4417'], ['UID-Nr. Kunde', 'ATU71129045']],
    cols: [['Pos', 28], ['Artikel', 250], ['Menge', 45, 'r'], ['USt', 35, 'r'], ['Preis', 70, 'r'], ['Betrag', 70, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(i + 1), l.d, String(l.q), l.r + '%', money(l.u), money(l.amt)], amt: l.amt })),
    perPage: 18, carry: ['Übertrag', 'Übertrag von Seite 1'],
    totals: [['Summe netto', '€ ' + money(c.net)], ...c.byRate.map((b) => [`USt ${b.r} % von € ${money(b.net)}`, '€ ' + money(b.tax)]), ['Gesamtbetrag', '€ ' + money(c.gross), true]],
    after: ['Zahlbar binnen 14 Tagen ohne Abzug. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.'],
    footer: ['Gärtnerei Aigner GmbH · Firmenbuch FN 412387 k · Landesgericht Linz · UID ATU68420177 · Geschäftsführung: Maria Aigner', 'Raiffeisenlandesbank OÖ · IBAN AT48 3400 0000 0123 4567 · BIC RZOOAT2L'],
    pageLabel: (i, n) => `Seite ${i} von ${n}`,
    truth: { invoiceNumber: 'AR 25/01187', invoiceDate: '2025-05-15', dueDate: null, total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Austrian nursery, two pages: number "AR 25/01187" with a space, 22 plants at 13 % and labour at 20 %, "Übertrag" / "Übertrag von Seite 1", "USt 13 % von € …", "€ 1.234,56", Firmenbuch footer on both pages, "Zahlbar binnen 14 Tagen ohne Abzug" (due null)',
    debatable: 'the number is printed "AR 25/01187" with a space; "AR25/01187" would be the same identifier',
  });
}

{ // Odoo-like German
  const c = calc([
    { d: '[SRV-IMPL] Implementierung Modul Lager, Phase 2', q: 24, u: 11500, r: 19 },
    { d: '[SRV-TRAIN] Anwenderschulung (remote)', q: 6, u: 9500, r: 19 },
    { d: '[LIC-ENT] Enterprise-Lizenz, 12 Benutzer, 10/2025–09/2026', q: 12, u: 3120, r: 19 },
  ]);
  add({
    file: 'de-odoo-rechnung.pdf', group: 'de', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Nordlicht ERP Consulting GmbH', 'Speicherstadt, Am Sandtorkai 27', '20457 Hamburg'],
    recipient: ['Fenske Logistik GmbH', 'Hafenstraße 92', '28217 Bremen', 'DE275510983'],
    title: 'Rechnung RE/2025/00412',
    metaStyle: 'row',
    meta: [['Rechnungsdatum:', '07.10.2025'], ['Fälligkeitsdatum:', '06.11.2025'], ['Herkunft:', 'S00391'], ['Referenz:', 'PO-8812']],
    cols: [['Beschreibung', 255], ['Menge', 60, 'r'], ['Einzelpreis', 70, 'r'], ['Steuern', 55, 'r'], ['Betrag', 75, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, money(l.q * 100) + (l.d.includes('LIC') ? ' Monate' : ' Std.'), money(l.u), '19 %', money(l.amt) + ' €'] })),
    totals: [['Zwischensumme', money(c.net) + ' €'], ['MwSt. 19%', money(c.tax) + ' €'], ['Gesamt', money(c.gross) + ' €', true]],
    after: ['Bitte verwenden Sie folgende Mitteilung für Ihre Zahlung: RE/2025/00412', 'Zahlungsbedingungen: 30 Tage'],
    footer: ['+49 40 3344 1200 · buchhaltung@nordlicht-erp.example · www.nordlicht-erp.example · USt-IdNr. DE330118745', 'Nordlicht ERP Consulting GmbH · HRB 170442 Amtsgericht Hamburg · Geschäftsführer: Henrik Lassen · IBAN DE88 2005 0550 1234 5678 90'],
    pageLabel: (i, n) => `Seite: ${i} / ${n}`,
    truth: { invoiceNumber: 'RE/2025/00412', invoiceDate: '2025-10-07', dueDate: '2025-11-06', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Odoo-style: number only in the title "Rechnung RE/2025/00412", a row of label-over-value cells (Rechnungsdatum, Fälligkeitsdatum, Herkunft S00391, Referenz PO-8812), [CODE] descriptions, a licence period, "Zwischensumme" / "MwSt. 19%" / "Gesamt", "Mitteilung für Ihre Zahlung"',
  });
}

{ // Swiss Akonto deducted
  const c = calc([
    { d: 'Badezimmer: Demontage und Entsorgung', q: 1, u: 186000, r: 8.1 },
    { d: 'Sanitärinstallation gemäss Offerte Nr. 25-118', q: 1, u: 1142500, r: 8.1 },
    { d: 'Regiearbeiten Monteur', q: 11.5, u: 11800, r: 8.1 },
    { d: 'Kleinmaterial', q: 1, u: 32740, r: 8.1 },
  ]);
  const ak = 500000, rest = c.gross - ak;
  add({
    file: 'de-ch-akonto-restbetrag.pdf', group: 'de', kind: 'pdf', style: 'ch', font: 'Helvetica',
    vendor: ['Haustechnik Zurbuchen AG', 'Bernstrasse 56', '3066 Stettlen'],
    recipient: ['Frau Regula Imhof', 'Aareggweg 3', '3052 Zollikofen'],
    place: 'Stettlen, 30. April 2025',
    title: 'Schlussrechnung Nr. 25-0417',
    meta: [['Objekt', 'Badsanierung Aareggweg 3'], ['Ausführung', '24.03. – 25.04.2025'], ['Ihre Referenz', 'R. Imhof'], ['MWST-Nr.', 'CHE-108.443.912 MWST']],
    cols: [['Pos.', 30], ['Beschreibung', 270], ['Menge', 55, 'r'], ['Preis CHF', 70, 'r'], ['Total CHF', 75, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(i + 1), l.d, money(Math.round(l.q * 100), 'ch').replace(/\.00$/, ''), money(l.u, 'ch'), money(l.amt, 'ch')] })),
    totals: [['Total exkl. MWST', 'CHF ' + money(c.net, 'ch')], ['MWST 8.1 %', 'CHF ' + money(c.tax, 'ch')], ['Total inkl. MWST', 'CHF ' + money(c.gross, 'ch'), true], ['./. Akontozahlung vom 12.03.2025', 'CHF -' + money(ak, 'ch')], ['Restbetrag zu unseren Gunsten', 'CHF ' + money(rest, 'ch'), true]],
    after: ['Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.'],
    footer: ['Haustechnik Zurbuchen AG · UID CHE-108.443.912 · Berner Kantonalbank · IBAN CH93 0079 0016 2345 6789 1'],
    pageLabel: () => '',
    truth: { invoiceNumber: '25-0417', invoiceDate: '2025-04-30', dueDate: null, total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'CHF', documentType: 'invoice' },
    what: 'Swiss Schlussrechnung: number in the title, date only "Stettlen, 30. April 2025", Ausführung period, "Total inkl. MWST", then "./. Akontozahlung vom 12.03.2025" and "Restbetrag zu unseren Gunsten", "innert 30 Tagen" (due null)',
    debatable: 'total is "Total inkl. MWST", not the Restbetrag after the Akonto',
  });
}

{ // supplementary invoice referring to an earlier invoice's number, date and amount
  const c = calc([
    { d: 'Mehraufwand Fliesenverlegung Großformat 120x60', q: 18.4, u: 2450, r: 19 },
    { d: 'Zusätzliche Abdichtung Duschbereich', q: 6.2, u: 3890, r: 19 },
    { d: 'Schlüter-Schiene Edelstahl', q: 11, u: 1675, r: 19 },
  ]);
  add({
    file: 'de-nachberechnung-fruehere-rechnung.pdf', group: 'de', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Fliesen Karadağ', 'Meisterbetrieb', 'Lise-Meitner-Straße 5', '70736 Fellbach'],
    recipient: ['Herrn Dieter Schwenk', 'Uhlandstraße 30', '71332 Waiblingen'],
    title: 'Rechnung Nr. 2025-0933',
    meta: [['Datum', '22.09.2025'], ['Kunden-Nr.', '611'], ['Leistungsdatum', '15.09.2025'], ['Zahlbar bis', '06.10.2025']],
    intro: ['Nachberechnung zu unserer Rechnung Nr. 2025-0881 vom 14.08.2025 über 4.806,84 € (bereits bezahlt am 25.08.2025).', 'Wie am 01.09.2025 vor Ort besprochen, berechnen wir die folgenden Mehrleistungen:'],
    cols: [['Pos.', 30], ['Leistung', 270], ['Menge', 60, 'r'], ['EP', 70, 'r'], ['GP', 75, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(i + 1), l.d, money(Math.round(l.q * 100)).replace(/,00$/, '') + (i < 2 ? ' m²' : ' m'), money(l.u), money(l.amt)] })),
    totals: [['Nettobetrag', money(c.net) + ' €'], ['MwSt. 19 %', money(c.tax) + ' €'], ['Rechnungsbetrag', money(c.gross) + ' €', true]],
    after: ['Im Rechnungsbetrag enthaltene Lohnkosten (§ 35a EStG): 642,80 € netto.'],
    footer: ['Fliesen Karadağ · Inh. Emre Karadağ · Steuernr. 97018/41122 · USt-IdNr. DE301957724', 'Kreissparkasse Waiblingen · IBAN DE35 6025 0010 0015 4488 21'],
    pageLabel: (i, n) => `Seite ${i}/${n}`,
    truth: { invoiceNumber: '2025-0933', invoiceDate: '2025-09-22', dueDate: '2025-10-06', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Nachberechnung: an earlier invoice\'s number, date, amount (4.806,84 €) and payment date in the first sentence, a site-meeting date, Leistungsdatum, § 35a amount after the totals',
  });
}

// ---------- French ----------
const footFR = (l1, l2) => [l1, l2];
{ // cover letter then a one-page invoice
  const c = calc([
    { d: 'Audit énergétique réglementaire – site de Villeurbanne', q: 1, u: 420000, r: 20 },
    { d: 'Campagne de mesures (enregistreurs, 3 semaines)', q: 3, u: 65000, r: 20 },
    { d: 'Rapport et restitution en comité de direction', q: 1.5, u: 98000, r: 20 },
    { d: 'Frais de déplacement', q: 4, u: 8750, r: 20 },
  ]);
  add({
    file: 'fr-lettre-accompagnement-facture.pdf', group: 'fr', kind: 'pdf', style: 'fr', font: 'Helvetica',
    vendor: ['THERMÉO CONSEIL SAS', '18 rue de la Part-Dieu', '69003 Lyon'],
    recipient: ['SOCIÉTÉ RHODANIENNE DE MÉCANIQUE', 'Service comptabilité fournisseurs', '42 avenue Roger Salengro', '69100 Villeurbanne'],
    cover: {
      place: 'Lyon, le 8 juillet 2025',
      subject: 'Objet : votre commande n° CA-2025-1184 du 12 mai 2025 – envoi de notre facture',
      body: ['Madame, Monsieur,', '', 'Suite à la restitution du 3 juillet 2025, veuillez trouver ci-joint notre facture relative à l\'audit', 'énergétique de votre site de Villeurbanne, réalisé du 26 mai au 20 juin 2025.', '', 'Le rapport définitif vous a été transmis par courriel le 4 juillet 2025. Nous restons à votre disposition', 'pour vous accompagner dans la mise en œuvre du plan d\'actions.', '', 'Nous vous prions d\'agréer, Madame, Monsieur, l\'expression de nos salutations distinguées.', '', '', 'Claire Vasseur', 'Directrice associée', '', 'P.J. : facture, rapport d\'audit'],
    },
    title: 'FACTURE',
    meta: [['Facture n°', 'TC-2025-0217'], ['Date', '08/07/2025'], ['Client', 'C0412'], ['Votre commande', 'CA-2025-1184 du 12/05/2025'], ['Échéance', '07/08/2025']],
    cols: [['Désignation', 260], ['Qté', 45, 'r'], ['P.U. HT', 80, 'r'], ['Montant HT', 90, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, money(Math.round(l.q * 100), 'fr').replace(/,00$/, ''), money(l.u, 'fr'), money(l.amt, 'fr')] })),
    totals: [['Total HT', money(c.net, 'fr') + ' €'], ['TVA 20 %', money(c.tax, 'fr') + ' €'], ['Total TTC', money(c.gross, 'fr') + ' €', true]],
    after: ['Règlement par virement à 30 jours date de facture. Pas d\'escompte pour paiement anticipé.', 'Pénalités de retard : 3 fois le taux d\'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    footer: ['THERMÉO CONSEIL SAS au capital de 50 000 € · RCS Lyon 902 114 587 · SIRET 902 114 587 00019 · APE 7112B', 'TVA intracommunautaire FR41902114587 · IBAN FR76 3000 4008 2800 0123 4567 890 · BIC BNPAFRPPXXX'],
    pageLabel: (i, n) => `Page ${i}/${n}`,
    truth: { invoiceNumber: 'TC-2025-0217', invoiceDate: '2025-07-08', dueDate: '2025-08-07', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'two pages: page 1 a cover letter ("Lyon, le 8 juillet 2025", order of 12 mai, restitution and report dates), page 2 the invoice; footer with capital, RCS, SIRET, APE, TVA intracom on both pages, "Page 1/2"',
  });
}

{ // facture de solde: acompte deducted, escompte line
  const c = calc([
    { d: 'Cuisine équipée sur mesure – caissons et façades laquées', q: 1, u: 684000, r: 20 },
    { d: 'Plan de travail quartz 3,20 m', q: 1, u: 179000, r: 20 },
    { d: 'Électroménager encastrable (four, plaque, hotte)', q: 1, u: 215900, r: 20 },
    { d: 'Pose et raccordements', q: 14, u: 5500, r: 20 },
  ]);
  const acpt = 300000, rest = c.gross - acpt;
  add({
    file: 'fr-facture-solde-acompte-escompte.pdf', group: 'fr', kind: 'pdf', style: 'fr', font: 'Helvetica',
    vendor: ['CUISINES DU VAL DE LOIRE', 'ZA des Grands Champs', '37300 Joué-lès-Tours'],
    recipient: ['M. et Mme Perrichon', '5 allée des Tilleuls', '37550 Saint-Avertin'],
    title: 'FACTURE DE SOLDE',
    metaStyle: 'grid',
    meta: [['N° pièce', 'FA25-00612'], ['Date', '28/04/2025'], ['Code client', 'PERR01'], ['Date de livraison', '22/04/2025'], ['Échéance', '28/05/2025'], ['Règlement', 'Virement']],
    intro: ['Suivant devis DV25-0140 du 04/02/2025 et facture d\'acompte FA25-00188 du 06/02/2025 (3 000,00 € TTC).'],
    cols: [['Désignation', 260], ['Qté', 40, 'r'], ['P.U. HT', 85, 'r'], ['Montant HT', 90, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, String(l.q), money(l.u, 'fr'), money(l.amt, 'fr')] })),
    totals: [['Total HT', money(c.net, 'fr')], ['TVA 20,00 %', money(c.tax, 'fr')], ['Total TTC', money(c.gross, 'fr'), true], ['Acompte versé le 06/02/2025', '-' + money(acpt, 'fr')], ['Reste à payer (EUR)', money(rest, 'fr'), true]],
    after: [`Escompte de 1 % pour paiement avant le 08/05/2025, soit ${money(Math.round(rest * 0.01), 'fr')} €.`, 'En cas de retard, pénalités au taux de 10 % l\'an et indemnité forfaitaire de 40 €.'],
    footer: ['SARL CUISINES DU VAL DE LOIRE au capital de 20 000 € · 12 ZA des Grands Champs 37300 Joué-lès-Tours · RCS Tours 511 480 229', 'SIRET 511 480 229 00027 · NAF 4759A · N° TVA FR62511480229 · IBAN FR76 1940 6370 1501 2345 6789 012'],
    pageLabel: (i, n) => `Page ${i} / ${n}`,
    truth: { invoiceNumber: 'FA25-00612', invoiceDate: '2025-04-28', dueDate: '2025-05-28', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Sage-style facture de solde: grid "N° pièce / Date / Code client / Date de livraison / Échéance / Règlement", a devis and the deposit invoice with its date and amount in the first line, Total TTC, "Acompte versé le 06/02/2025", "Reste à payer (EUR)", escompte sentence with its own date and amount',
    debatable: 'total is the Total TTC of the work (the deposit invoice already billed part of it), not "Reste à payer"',
  });
}

{ // three pages, A reporter / Report, footer
  const names = ['Rillettes de canard 180 g', 'Terrine de campagne 200 g', 'Confit de figues 250 g', 'Huile d\'olive AOP 50 cl', 'Sel de Guérande 500 g', 'Biscuits sablés 150 g', 'Miel de lavande 400 g', 'Vinaigre balsamique 25 cl', 'Tapenade noire 90 g', 'Caramel beurre salé 220 g', 'Coffret cadeau carton', 'Ruban satin (rouleau)'];
  const items = [];
  for (let i = 0; i < 40; i++) items.push({ d: names[i % 12] + (i >= 12 ? ` – lot ${String.fromCharCode(65 + (i % 4))}` : ''), code: 'EP' + String(1040 + i * 3), q: 6 * (1 + (i % 4)), u: [495, 430, 385, 1290, 340, 275, 760, 590, 310, 465, 180, 240][i % 12], r: i % 12 >= 10 ? 20 : 5.5 });
  const c = calc(items);
  add({
    file: 'fr-trois-pages-report-pied.pdf', group: 'fr', kind: 'pdf', style: 'fr', font: 'Helvetica',
    vendor: ['LES SAVEURS DU PÉRIGORD', 'Distribution épicerie fine', 'Route de Bergerac', '24100 Creysse'],
    recipient: ['LA BOUTIQUE GOURMANDE', '14 rue Sainte-Catherine', '33000 Bordeaux'],
    title: 'Facture',
    meta: [['Numéro', 'FC2500871'], ['Date', '17/11/2025'], ['N° commande', 'CMD-25-4412 du 03/11/2025'], ['Date de livraison', '14/11/2025'], ['Échéance', '17/12/2025']],
    cols: [['Code', 50], ['Désignation', 215], ['Qté', 40, 'r'], ['TVA', 35, 'r'], ['P.U. HT', 65, 'r'], ['Total HT', 70, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.code, l.d, String(l.q), String(l.r).replace('.', ','), money(l.u, 'fr'), money(l.amt, 'fr')], amt: l.amt })),
    perPage: 16, carry: ['A reporter', 'Report'],
    totals: [['Total HT', money(c.net, 'fr')], ...c.byRate.map((b) => [`TVA ${String(b.r).replace('.', ',')} % sur ${money(b.net, 'fr')}`, money(b.tax, 'fr')]), ['Total TTC', money(c.gross, 'fr')], ['NET À PAYER EUR', money(c.gross, 'fr'), true]],
    after: ['Conditions de règlement : 30 jours date de facture. Escompte pour paiement anticipé : néant.'],
    footer: ['SAS LES SAVEURS DU PÉRIGORD · capital 80 000 € · RCS Bergerac 834 207 556 · SIRET 834 207 556 00015 · APE 4637Z', 'TVA FR09834207556 · Crédit Agricole Charente-Périgord · IBAN FR76 1240 6000 1100 0123 4567 811'],
    pageLabel: (i, n) => `Page ${i} sur ${n}`,
    truth: { invoiceNumber: 'FC2500871', invoiceDate: '2025-11-17', dueDate: '2025-12-17', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'three pages, 40 coded lines at 5,5 % and 20 %, "A reporter" / "Report" on each page break, order date and delivery date in the meta, totals on page 3 with "TVA 5,5 % sur …", footer on every page, "Page 1 sur 3"',
  });
}

{ // Odoo-like French
  const c = calc([
    { d: '[FORM-ODOO] Formation comptabilité Odoo (jour)', q: 2, u: 95000, r: 20 },
    { d: '[PARAM] Paramétrage plan comptable et taxes', q: 7.5, u: 11000, r: 20 },
    { d: '[SUPP-H] Support fonctionnel (heures)', q: 4, u: 9500, r: 20 },
  ]);
  add({
    file: 'fr-odoo-facture.pdf', group: 'fr', kind: 'pdf', style: 'fr', font: 'Helvetica',
    vendor: ['Ardoise Numérique SARL', '7 quai de la Fosse', '44000 Nantes', 'France'],
    recipient: ['Atelier Menuiserie Guérin', '22 route de Vannes', '44800 Saint-Herblain', 'TVA : FR55438120991'],
    title: 'Facture FAC/2025/00418',
    metaStyle: 'row',
    meta: [['Date de facturation :', '12/09/2025'], ['Date d\'échéance :', '12/10/2025'], ['Origine :', 'S00418'], ['Référence :', 'BC 2025-77']],
    cols: [['Description', 255], ['Quantité', 60, 'r'], ['Prix unitaire', 70, 'r'], ['Taxes', 55, 'r'], ['Montant', 75, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, money(Math.round(l.q * 100), 'fr') + (l.d.includes('jour') ? ' Jours' : ' Heures'), money(l.u, 'fr'), 'TVA 20%', money(l.amt, 'fr') + ' €'] })),
    totals: [['Montant hors taxes', money(c.net, 'fr') + ' €'], ['TVA 20%', money(c.tax, 'fr') + ' €'], ['Total', money(c.gross, 'fr') + ' €', true]],
    after: ['Veuillez utiliser la communication suivante pour votre paiement : FAC/2025/00418', 'Conditions de paiement : 30 jours'],
    footer: ['+33 2 40 11 22 33 · compta@ardoise-numerique.example · www.ardoise-numerique.example', 'SIRET 879 441 208 00021 · RCS Nantes · TVA FR32879441208 · IBAN FR76 1027 8360 1000 0204 4170 145'],
    pageLabel: (i, n) => `Page : ${i} / ${n}`,
    truth: { invoiceNumber: 'FAC/2025/00418', invoiceDate: '2025-09-12', dueDate: '2025-10-12', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Odoo-style in French: number only in the title "Facture FAC/2025/00418", label-over-value row (Date de facturation, Date d\'échéance, Origine, Référence), "TVA 20%" column, "Montant hors taxes" / "Total", payment communication repeating the number',
  });
}

{ // facture acquittée
  const c = calc([
    { d: 'Reliure cuir pleine peau – registres (lot)', q: 8, u: 6400, r: 20 },
    { d: 'Restauration d\'ouvrage ancien (XIXe)', q: 1, u: 38000, r: 20 },
    { d: 'Dorure à chaud titre et armoiries', q: 8, u: 1500, r: 20 },
  ]);
  add({
    file: 'fr-facture-acquittee-virement.pdf', group: 'fr', kind: 'pdf', style: 'fr', font: 'Times-Roman',
    vendor: ['Atelier de reliure Marchetti', 'Marion Marchetti, artisane', '9 rue des Tanneurs', '84000 Avignon'],
    recipient: ['Mairie de Villeneuve-lès-Avignon', 'Service des archives', 'Place Charles David', '30400 Villeneuve-lès-Avignon'],
    title: 'FACTURE ACQUITTÉE',
    meta: [['Facture n°', '2025-041'], ['Date de facture', '02/06/2025'], ['Bon de commande', 'BC 2025-0198 du 10/03/2025'], ['Date de livraison', '28/05/2025'], ['Date d\'échéance', '02/07/2025']],
    cols: [['Désignation', 270], ['Qté', 45, 'r'], ['Prix unitaire HT', 80, 'r'], ['Total HT', 80, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, String(l.q), money(l.u, 'fr') + ' €', money(l.amt, 'fr') + ' €'] })),
    totals: [['Total HT', money(c.net, 'fr') + ' €'], ['TVA (20 %)', money(c.tax, 'fr') + ' €'], ['Total TTC', money(c.gross, 'fr') + ' €', true]],
    after: [`Facture acquittée le 16/06/2025 par virement (mandat administratif n° 2025-1143) : ${money(c.gross, 'fr')} €.`, 'Reste dû : 0,00 €'],
    footer: ['Entreprise individuelle · SIRET 812 330 117 00034 · Répertoire des métiers 812 330 117 RM 84 · TVA FR71812330117', 'IBAN FR76 1460 7000 1234 5678 9012 345'],
    pageLabel: () => '',
    truth: { invoiceNumber: '2025-041', invoiceDate: '2025-06-02', dueDate: '2025-07-02', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: '"FACTURE ACQUITTÉE" title, order date, delivery date, due date, then "Facture acquittée le 16/06/2025 par virement … : 1 234,56 €" and "Reste dû : 0,00 €"',
    debatable: 'an acquitted invoice is still an invoice (not a receipt); the due date printed is kept',
  });
}

{ // English invoice by a French company
  const c = calc([
    { d: 'Translation EN>FR, technical manual (words)', q: 12400, u: 14, r: 20 },
    { d: 'Proofreading and terminology check', q: 9.5, u: 6500, r: 20 },
    { d: 'DTP formatting (pages)', q: 64, u: 450, r: 20 },
  ]);
  add({
    file: 'fr-anglais-formats-francais.pdf', group: 'fr', kind: 'pdf', style: 'fr', font: 'Helvetica',
    vendor: ['Lingua Bretagne SARL', '3 place du Parlement', '35000 Rennes', 'France'],
    recipient: ['Kestrel Marine Systems SAS', 'Attn: Finance Department', '120 rue de Siam', '29200 Brest'],
    title: 'INVOICE',
    meta: [['Invoice No.', 'LB-25-0917'], ['Date', '17/09/2025'], ['Order ref.', 'KMS-PO-5521 (02/09/2025)'], ['Delivered', '15/09/2025'], ['Payment due', '17/10/2025']],
    cols: [['Description', 265], ['Qty', 55, 'r'], ['Unit price', 70, 'r'], ['Amount', 85, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, money(Math.round(l.q * 100), 'fr').replace(/,00$/, ''), money(l.u, 'fr') + ' €', money(l.amt, 'fr') + ' €'] })),
    totals: [['Subtotal excl. VAT', money(c.net, 'fr') + ' €'], ['VAT 20 %', money(c.tax, 'fr') + ' €'], ['Total incl. VAT', money(c.gross, 'fr') + ' €', true]],
    after: ['Payment by bank transfer within 30 days. Late payment: penalties at 3x the legal rate and a fixed fee of 40 €.'],
    footer: ['Lingua Bretagne SARL · share capital 15 000 € · RCS Rennes 751 228 904 · SIRET 751 228 904 00026 · VAT FR88751228904', 'IBAN FR76 1558 9351 0001 2345 6789 012 · BIC CMBRFR2BARK'],
    pageLabel: (i, n) => `Page ${i}/${n}`,
    truth: { invoiceNumber: 'LB-25-0917', invoiceDate: '2025-09-17', dueDate: '2025-10-17', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'English labels by a French company with French formats: "Date 17/09/2025", "Payment due", "1 234,56 €", unit price "0,14 €", "Subtotal excl. VAT" / "VAT 20 %" / "Total incl. VAT", SIRET/RCS footer',
  });
}

{ // Belgian: acompte received, escompte, communication structurée
  const c = calc([
    { d: 'Châssis PVC double vitrage – fenêtres', q: 6, u: 58500, r: 21 },
    { d: 'Porte d\'entrée aluminium', q: 1, u: 245000, r: 21 },
    { d: 'Placement et finitions', q: 1, u: 96000, r: 21 },
  ]);
  const ac = 150000, rest = c.gross - ac;
  add({
    file: 'fr-be-acompte-recu-escompte.pdf', group: 'fr', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Menuiserie Lambotte SRL', 'Rue de Fernelmont 88', '5020 Namur', 'TVA BE 0712.448.093'],
    recipient: ['Monsieur Olivier Dethier', 'Chaussée de Louvain 401', '5310 Éghezée'],
    title: 'FACTURE',
    meta: [['Facture n°', '2025/0388'], ['Date facture', '19/05/2025'], ['Date d\'échéance', '18/06/2025'], ['Réf. offre', 'OF-25-071 du 27/01/2025'], ['Date des travaux', '12/05/2025 – 15/05/2025']],
    cols: [['Description', 270], ['Qté', 40, 'r'], ['Prix unit. HTVA', 80, 'r'], ['Total HTVA', 85, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, String(l.q), money(l.u) + ' €', money(l.amt) + ' €'] })),
    totals: [['Total HTVA', money(c.net) + ' €'], ['TVA 21 %', money(c.tax) + ' €'], ['Total TVAC', money(c.gross) + ' €', true], ['Acompte reçu le 03/02/2025', '-' + money(ac) + ' €'], ['Solde à payer', money(rest) + ' €', true]],
    after: ['Communication structurée : +++090/1234/56781+++', 'Escompte de 2 % si paiement dans les 8 jours. Les réclamations doivent être introduites dans les 8 jours.'],
    footer: ['Menuiserie Lambotte SRL · RPM Namur · BCE 0712.448.093 · Belfius IBAN BE68 5390 0754 7034 · BIC GKCCBEBB'],
    pageLabel: (i, n) => `${i}/${n}`,
    truth: { invoiceNumber: '2025/0388', invoiceDate: '2025-05-19', dueDate: '2025-06-18', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Belgian: offer date and works period in the meta, Total HTVA / TVA 21 % / Total TVAC, "Acompte reçu le 03/02/2025" deducted, "Solde à payer", communication structurée, escompte 2 % in 8 days',
    debatable: 'total is Total TVAC, not "Solde à payer"',
  });
}

{ // Québec with deposit
  const items = [{ d: 'Réfection de toiture – bardeaux d\'asphalte', q: 1, u: 1185000, r: 0 }, { d: 'Membrane autocollante (rouleaux)', q: 6, u: 18900, r: 0 }, { d: 'Conteneur 20 verges', q: 1, u: 52500, r: 0 }];
  const c = calc(items);
  const tps = Math.round(c.net * 0.05), tvq = Math.round(c.net * 0.09975), tot = c.net + tps + tvq, dep = 300000;
  add({
    file: 'fr-qc-facture-depot-recu.pdf', group: 'fr', kind: 'pdf', style: 'fr', font: 'Helvetica',
    vendor: ['Toitures Beauchemin inc.', '2250, boulevard Industriel', 'Laval (Québec) H7S 1P9', 'RBQ 5712-4409-01'],
    recipient: ['Mme Josée Tremblay', '118, rue des Érables', 'Sainte-Rose (Québec) H7L 2K4'],
    title: 'FACTURE',
    meta: [['No de facture', 'TB-25-1142'], ['Date', '2025-08-14'], ['Date des travaux', '2025-08-04 au 2025-08-07'], ['Soumission', 'S-25-0311 du 2025-05-20'], ['Échéance', '2025-09-13']],
    cols: [['Description', 275], ['Qté', 40, 'r'], ['Prix unitaire', 80, 'r'], ['Montant', 80, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, String(l.q), money(l.u, 'fr') + ' $', money(l.amt, 'fr') + ' $'] })),
    totals: [['Sous-total', money(c.net, 'fr') + ' $'], ['TPS 5 % (no 741258963 RT0001)', money(tps, 'fr') + ' $'], ['TVQ 9,975 % (no 1220456789 TQ0001)', money(tvq, 'fr') + ' $'], ['Total', money(tot, 'fr') + ' $', true], ['Dépôt reçu le 2025-05-27', '-' + money(dep, 'fr') + ' $'], ['Solde dû', money(tot - dep, 'fr') + ' $', true]],
    after: ['Garantie main-d\'œuvre 10 ans. Intérêts de 2 % par mois sur tout solde en souffrance après l\'échéance.'],
    footer: ['Toitures Beauchemin inc. · NEQ 1168842207 · Desjardins, transit 30211 · Tél. 450 555-0188'],
    pageLabel: () => '',
    truth: { invoiceNumber: 'TB-25-1142', invoiceDate: '2025-08-14', dueDate: '2025-09-13', total: eur(tot), subtotal: eur(c.net), tax: eur(tps + tvq), currency: 'CAD', documentType: 'invoice' },
    what: 'Québec roofer: ISO dates (works period, quote date), TPS and TVQ with registration numbers (tax = their sum), "Total", "Dépôt reçu le 2025-05-27" deducted, "Solde dû"; "$" only (CAD by Québec)',
    debatable: 'total is Total (taxes included), not "Solde dû"; currency CAD from the Québec address and TPS/TVQ, only "$" is printed',
  });
}

{ // Luxembourg two pages, footer
  const items = [];
  const nm = ['Audit sécurité poste de travail', 'Migration messagerie (boîte)', 'Licence antivirus 1 an', 'Switch 24 ports PoE', 'Point d\'accès Wi-Fi 6', 'Câblage RJ45 cat. 6 (point)', 'Onduleur 1500 VA', 'Intervention technicien (h)'];
  for (let i = 0; i < 26; i++) items.push({ d: nm[i % 8] + (i >= 8 ? ` – étage ${1 + (i % 3)}` : ''), q: 1 + ((i * 3) % 7), u: [45000, 3500, 4200, 38900, 21900, 9500, 32000, 9800][i % 8], r: 17 });
  const c = calc(items);
  add({
    file: 'fr-lu-deux-pages-pied.pdf', group: 'fr', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['INFOGÉRANCE MOSELLE S.À R.L.', '12, rue de l\'Industrie', 'L-3895 Foetz'],
    recipient: ['Fiduciaire Kremer & Associés S.A.', '45, avenue de la Gare', 'L-1611 Luxembourg', 'TVA LU28819044'],
    title: 'FACTURE',
    meta: [['N° facture', 'IM-2025-0644'], ['Date', '03.10.2025'], ['Période', 'septembre 2025'], ['N° client', 'CL-0191'], ['Échéance', '02.11.2025']],
    cols: [['Réf.', 35], ['Désignation', 255], ['Qté', 40, 'r'], ['P.U. HTVA', 75, 'r'], ['Total HTVA', 75, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(100 + i), l.d, String(l.q), money(l.u), money(l.amt)], amt: l.amt })),
    perPage: 18, carry: ['À reporter', 'Report'],
    totals: [['Total HTVA', money(c.net) + ' EUR'], ['TVA 17 %', money(c.tax) + ' EUR'], ['Total TVAC', money(c.gross) + ' EUR', true]],
    after: ['Payable à 30 jours date de facture, sans escompte. Toute facture non contestée dans les 8 jours est réputée acceptée.'],
    footer: ['INFOGÉRANCE MOSELLE S.à r.l. · capital social 12 500 EUR · RCS Luxembourg B 214 877 · Autorisation d\'établissement 10089741/0', 'TVA LU30115722 · Matricule 2017 2423 118 · BCEE IBAN LU28 0019 4006 4475 0000 · BIC BCEELULL'],
    pageLabel: (i, n) => `Page ${i}/${n}`,
    truth: { invoiceNumber: 'IM-2025-0644', invoiceDate: '2025-10-03', dueDate: '2025-11-02', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Luxembourg, two pages, 26 lines, "À reporter" / "Report", TVA 17 %, HTVA/TVAC, "1.234,56 EUR", RCS B, autorisation d\'établissement and matricule footer on both pages, "Page 1/2"',
  });
}

// ---------- other languages ----------
{ // Flemish with voorschot
  const c = calc([
    { d: 'Schilderwerken binnen – muren en plafonds', q: 142, u: 1450, r: 21 },
    { d: 'Lakwerk deuren en kozijnen', q: 9, u: 11500, r: 21 },
    { d: 'Afplakken en beschermen', q: 1, u: 28000, r: 21 },
  ]);
  const vs = 100000;
  add({
    file: 'nl-be-factuur-voorschot.pdf', group: 'other', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['Schilderwerken Verhaegen BV', 'Molenstraat 41', '9300 Aalst', 'BTW BE 0689.551.207'],
    recipient: ['Familie De Smet', 'Kerkstraat 12', '9320 Erembodegem'],
    title: 'FACTUUR',
    meta: [['Factuurnummer', 'F2025-0214'], ['Factuurdatum', '14/05/2025'], ['Vervaldag', '13/06/2025'], ['Uitvoering', '28/04/2025 – 09/05/2025'], ['Offerte', 'OF-25-033 van 11/03/2025']],
    cols: [['Omschrijving', 270], ['Aantal', 50, 'r'], ['Eenheidsprijs', 80, 'r'], ['Bedrag', 80, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, String(l.q), '€ ' + money(l.u), '€ ' + money(l.amt)] })),
    totals: [['Totaal excl. btw', '€ ' + money(c.net)], ['Btw 21 %', '€ ' + money(c.tax)], ['Totaal incl. btw', '€ ' + money(c.gross), true], ['Reeds betaald voorschot (12/03/2025)', '€ -' + money(vs)], ['Te betalen', '€ ' + money(c.gross - vs), true]],
    after: ['Gelieve te betalen met gestructureerde mededeling +++214/0550/12549+++', 'op rekening BE71 0961 2345 6769 vóór de vervaldag.'],
    footer: ['Schilderwerken Verhaegen BV · RPR Gent, afdeling Dendermonde · KBO 0689.551.207 · KBC BE71 0961 2345 6769 · BIC GKCCBEBB'],
    pageLabel: () => '',
    truth: { invoiceNumber: 'F2025-0214', invoiceDate: '2025-05-14', dueDate: '2025-06-13', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Flemish: Factuurnummer / Factuurdatum / Vervaldag, works period, offer date, "€ 1.234,56", Totaal excl./incl. btw, "Reeds betaald voorschot" deducted, "Te betalen", gestructureerde mededeling',
    debatable: 'total is "Totaal incl. btw", not "Te betalen"',
  });
}

{ // Slovak with advance deducted
  const c = calc([
    { d: 'Návrh a výroba webovej stránky', q: 1, u: 240000, r: 23 },
    { d: 'Správa obsahu (hodiny)', q: 12, u: 3500, r: 23 },
    { d: 'Hosting na 12 mesiacov', q: 1, u: 14400, r: 23 },
  ]);
  const zal = 120000, zalN = Math.round(zal * 100 / 123), zalT = zal - zalN;
  add({
    file: 'sk-faktura-odpocet-zalohy.pdf', group: 'other', kind: 'pdf', style: 'sk', font: 'Helvetica',
    vendor: ['Dodávateľ:', 'Pixelhora s.r.o.', 'Hlavná 118', '040 01 Košice', 'IČO: 51 234 567 · DIČ: 2120654321', 'IČ DPH: SK2120654321'],
    recipient: ['Odberateľ:', 'Penzión Kamzík s.r.o.', 'Tatranská Lomnica 41', '059 60 Vysoké Tatry', 'IČO: 47 118 220'],
    title: 'FAKTÚRA č. 2025071',
    meta: [['Dátum vyhotovenia', '16.06.2025'], ['Dátum dodania', '13.06.2025'], ['Dátum splatnosti', '30.06.2025'], ['Variabilný symbol', '2025071'], ['Forma úhrady', 'prevodom']],
    cols: [['Označenie dodávky', 260], ['Množstvo', 55, 'r'], ['Cena/MJ', 75, 'r'], ['Spolu bez DPH', 85, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, String(l.q), money(l.u, 'sk'), money(l.amt, 'sk')] })),
    totals: [['Základ DPH 23 %', money(c.net, 'sk') + ' €'], ['DPH 23 %', money(c.tax, 'sk') + ' €'], ['Celkom s DPH', money(c.gross, 'sk') + ' €', true], [`Odpočet zálohy (zálohová faktúra ZF2025019, základ ${money(zalN, 'sk')}, DPH ${money(zalT, 'sk')})`, '-' + money(zal, 'sk') + ' €'], ['Zostáva uhradiť', money(c.gross - zal, 'sk') + ' €', true]],
    after: ['IBAN: SK31 1200 0000 1987 4263 7541 · Spoločnosť je zapísaná v OR Okresného súdu Košice I, oddiel Sro, vložka č. 44718/V.'],
    footer: ['Vystavil: Martin Hudák · tel. +421 905 555 018 · fakturacia@pixelhora.example'],
    pageLabel: () => '',
    truth: { invoiceNumber: '2025071', invoiceDate: '2025-06-16', dueDate: '2025-06-30', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'Slovak: "FAKTÚRA č. 2025071", Dátum vyhotovenia / dodania / splatnosti, Variabilný symbol = number, DPH 23 %, "Celkom s DPH", "Odpočet zálohy" with its own base and VAT, "Zostáva uhradiť", IČO/DIČ/IČ DPH',
    debatable: 'total is "Celkom s DPH", not "Zostáva uhradiť"',
  });
}

{ // Serbian (Latin)
  const c = calc([
    { d: 'Servis klima uređaja (komad)', q: 14, u: 450000, r: 20 },
    { d: 'Punjenje freona R32 (kg)', q: 6.5, u: 380000, r: 20 },
    { d: 'Izlazak na teren', q: 2, u: 250000, r: 20 },
  ]);
  add({
    file: 'sr-faktura.pdf', group: 'other', kind: 'pdf', style: 'de', font: 'Helvetica',
    vendor: ['KLIMA-TERM DOO', 'Bulevar oslobođenja 212', '21000 Novi Sad', 'PIB: 109876543 · Matični broj: 21456789'],
    recipient: ['Kupac:', 'Hotel Dunav Park DOO', 'Sunčani kej 5', '21000 Novi Sad', 'PIB: 104512377'],
    title: 'FAKTURA br. 118/2025',
    meta: [['Datum izdavanja', '12.06.2025.'], ['Datum prometa', '10.06.2025.'], ['Mesto izdavanja', 'Novi Sad'], ['Valuta plaćanja', '27.06.2025.']],
    cols: [['Opis', 250], ['Kol.', 50, 'r'], ['Cena bez PDV', 85, 'r'], ['Iznos bez PDV', 90, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, money(Math.round(l.q * 100)).replace(/,00$/, ''), money(l.u), money(l.amt)] })),
    totals: [['Osnovica za PDV 20%', money(c.net) + ' RSD'], ['PDV 20%', money(c.tax) + ' RSD'], ['Ukupno za uplatu', money(c.gross) + ' RSD', true]],
    after: ['Tekući račun: 160-0000000412345-67 (Banca Intesa). Poziv na broj: 118-2025.', 'Faktura je punovažna bez pečata i potpisa.'],
    footer: ['KLIMA-TERM DOO · Novi Sad · klima-term@primer.example'],
    pageLabel: () => '',
    truth: { invoiceNumber: '118/2025', invoiceDate: '2025-06-12', dueDate: '2025-06-27', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'RSD', documentType: 'invoice' },
    what: 'Serbian (Latin): "FAKTURA br. 118/2025", dates with a trailing dot "12.06.2025.", Datum prometa, Valuta plaćanja (due), PDV 20 %, "Ukupno za uplatu … RSD", PIB / Matični broj',
  });
}

// ---------- receipts (images) ----------
{ // kiosk, rotated 90°
  const t = till([{ d: 'Tageszeitung', q: 1, u: 290, r: 7 }, { d: 'Fernsehzeitschrift', q: 1, u: 249, r: 7 }, { d: 'Cola 0,5l', q: 2, u: 219, r: 19 }, { d: 'Pfand', q: 2, u: 25, r: 19 }, { d: 'Kaugummi', q: 1, u: 129, r: 19 }, { d: 'Lotto Schein', q: 1, u: 0, r: 0 }].filter((x) => x.u > 0));
  const L = ['     KIOSK AM MARKTPLATZ', '   Inh. Sven Opitz', '   Marktplatz 2, 06108 Halle', '   St.-Nr. 110/245/07731', '', ...t.lines.map((l) => pad((l.q > 1 ? `${l.q} x ${money(l.u)} ` : '') + l.d, money(l.amt) + (l.r === 7 ? ' B' : ' A'), 34)), '-'.repeat(34), pad('SUMME EUR', money(t.gross), 34), pad('BAR', '20,00', 34), pad('RÜCKGELD', money(2000 - t.gross), 34), '', ...t.byRate.map((b) => pad(`${b.r === 19 ? 'A' : 'B'} ${b.r}% Netto ${money(b.net)}`, 'MwSt ' + money(b.tax), 34)), '', '  14.08.2025  07:12  Bon 4471', '  Kasse 1   Bed. 02', '   Vielen Dank!'];
  add({ file: 'de-kiosk-bon-90-grad.jpg', group: 'receipt', kind: 'receipt', lines: L, cols: 34, img: { dpi: 150, rotate: 90, quality: 68 }, truth: { invoiceDate: '2025-08-14', total: eur(t.gross), subtotal: eur(t.net), tax: eur(t.tax), currency: 'EUR', documentType: 'receipt' }, what: 'kiosk slip saved rotated 90°: newspapers at 7 % (B) and drinks with Pfand at 19 % (A), SUMME EUR, BAR 20,00 / RÜCKGELD, per-rate Netto/MwSt lines, date at the foot' });
}
{ // Lidl-style long slip, photographed with shadow
  const arts = [['Vollmilch 3,5% 1l', 99, 7], ['Butter 250g', 219, 7], ['Toastbrot', 129, 7], ['Bananen', 139, 7], ['Gouda jung', 189, 7], ['Mineralwasser 6x1,5l', 174, 19], ['Pfand 6x0,25', 150, 19], ['Spülmittel', 95, 19], ['Äpfel Elstar 1kg', 229, 7], ['Hähnchenbrust', 549, 7], ['Nudeln Fusilli 500g', 89, 7], ['Tomaten passiert', 69, 7], ['Kaffee gemahlen 500g', 549, 7], ['Orangensaft 1l', 159, 7], ['Bier 0,5l', 89, 19], ['Pfand', 8, 19], ['Joghurt Natur', 49, 7], ['Haushaltstücher', 199, 19], ['Eier 10 St. Bodenh.', 249, 7], ['Zahnpasta', 65, 19], ['Chips Paprika', 119, 7], ['Leergut', -75, 19]];
  const t = till(arts.map(([d, u, r]) => ({ d, q: 1, u, r })));
  const L = ['          DISKO MARKT', '     Filiale Dortmund-Hörde', '     Faßstraße 12, 44263 Dortmund', '', '                               EUR', ...t.lines.map((l) => pad(l.d, money(l.amt) + (l.r === 7 ? ' A' : ' B'), 36)), '-'.repeat(36), pad('zu zahlen', money(t.gross), 36), pad('Kartenzahlung', money(t.gross), 36), '', pad('MWST%', 'MWST   NETTO  BRUTTO', 36), ...t.byRate.slice().reverse().map((b) => pad(`${b.r === 7 ? 'A' : 'B'} ${b.r}%`, `${money(b.tax)}  ${money(b.net)}  ${money(b.gross)}`, 36)), pad('Summe', `${money(t.tax)}  ${money(t.net)}  ${money(t.gross)}`, 36), '', ' 2104 00 0347/007    22.10.25 18:03', '', ' *** Kundenbeleg ***', ' girocard  Nr. ############4471', ' Datum 22.10.2025  Uhrzeit 18:03', ' Betrag EUR ' + money(t.gross), ' Zahlung erfolgt', '', ' TSE-Start 2025-10-22T18:02:11', ' TSE-Ende  2025-10-22T18:03:40', '     Vielen Dank für Ihren Einkauf'];
  add({ file: 'de-discounter-zu-zahlen-foto.jpg', group: 'receipt', kind: 'receipt', lines: L, cols: 36, img: { dpi: 140, angle: 3.5, persp: 0.06, shadow: true, quality: 60, table: true }, truth: { invoiceDate: '2025-10-22', total: eur(t.gross), subtotal: eur(t.net), tax: eur(t.tax), currency: 'EUR', documentType: 'receipt' }, what: 'discounter slip with 22 lines incl. Pfand and Leergut -0,75, "zu zahlen", girocard slip repeating the amount, A 7 % / B 19 % table with a Summe row, date "22.10.25" and TSE ISO stamps; photographed at 3.5° with keystone and shadow' });
}
{ // tabac-presse, 150 dpi low-res scan
  const t = till([{ d: 'LE PARISIEN', q: 1, u: 230, r: 2.1 }, { d: 'L\'EQUIPE', q: 1, u: 240, r: 2.1 }, { d: 'CARTE POSTALE', q: 3, u: 90, r: 20 }, { d: 'BRIQUET', q: 1, u: 200, r: 20 }, { d: 'TIMBRE LETTRE VERTE', q: 2, u: 139, r: 0 }]);
  const L = ['      LE CELTIC', '  TABAC - PRESSE - LOTO', '  22 PLACE DU MARCHE', '  56100 LORIENT', '  SIRET 483 229 118 00015', '', 'MAR 09/09/2025   08:41', '', ...t.lines.map((l) => pad((l.q > 1 ? `${l.q}X ` : '') + l.d, money(l.amt, 'fr'), 32)), '-'.repeat(32), pad('TOTAL', money(t.gross, 'fr') + ' EUR', 32), pad('ESPECES', '10,00', 32), pad('RENDU', money(1000 - t.gross, 'fr'), 32), '', 'TAUX     HT     TVA    TTC', ...t.byRate.map((b) => pad(`${String(b.r).replace('.', ',')}%`, `${money(b.net, 'fr')}  ${money(b.tax, 'fr')}  ${money(b.gross, 'fr')}`, 32)), '', '  MERCI DE VOTRE VISITE'];
  add({ file: 'fr-tabac-presse-150dpi.jpg', group: 'receipt', kind: 'receipt', lines: L, cols: 32, img: { dpi: 150, quality: 60, fade: 0.25, noise: 0.01 }, truth: { invoiceDate: '2025-09-09', total: eur(t.gross), subtotal: eur(t.net), tax: eur(t.tax), currency: 'EUR', documentType: 'receipt' }, what: 'tabac-presse ticket at 150 dpi, faded, JPEG q60: press at 2,1 %, postcards at 20 %, stamps at 0 % (three-row table TAUX/HT/TVA/TTC), TOTAL … EUR, ESPECES / RENDU' });
}
{ // market stall scale ticket, no VAT shown
  const w = [['TOMATES COEUR', 1.236, 480], ['COURGETTES', 0.874, 290], ['FRAISES GARIGUETTE', 0.5, 1200], ['POMMES DE TERRE', 2.05, 180], ['SALADE', 2, 120]];
  const lines = w.map(([d, q, u]) => ({ d, q, u, amt: Math.round(q * u) }));
  const tot = lines.reduce((s, l) => s + l.amt, 0);
  const L = ['  EARL DES JARDINS DE LA SEUDRE', '  Marché de Royan - stand 14', '', '  SAM. 14/06/2025   09:42', '  VENDEUR 2      TICKET 0183', '', ...lines.flatMap((l) => [l.d, pad(l.q === Math.floor(l.q) ? `  ${l.q} x ${money(l.u, 'fr')}` : `  ${l.q.toFixed(3).replace('.', ',')} kg x ${money(l.u, 'fr')} €/kg`, money(l.amt, 'fr'), 32)]), '-'.repeat(32), pad('TOTAL', money(tot, 'fr') + ' €', 32), pad('ESPECES', '20,00 €', 32), pad('RENDU', money(2000 - tot, 'fr') + ' €', 32), '', '    MERCI ET A SAMEDI !'];
  add({ file: 'fr-marche-balance-photo.jpg', group: 'receipt', kind: 'receipt', lines: L, cols: 32, img: { dpi: 160, angle: -5, persp: 0.05, shadow: true, fade: 0.15, quality: 70, table: true }, truth: { invoiceDate: '2025-06-14', total: eur(tot), subtotal: null, tax: null, currency: 'EUR', documentType: 'receipt' }, what: 'market stall scale ticket photographed at -5°: weighed lines "1,236 kg x 4,80 €/kg", TOTAL / ESPECES / RENDU, no VAT printed (subtotal and tax null)' });
}
{ // restaurant, service compris, tip line
  const t = till([{ d: 'MENU DU JOUR', q: 2, u: 1950, r: 10 }, { d: 'PLAT ENFANT', q: 1, u: 950, r: 10 }, { d: 'CAFE GOURMAND', q: 2, u: 850, r: 10 }, { d: 'PICHET COTES DU RHONE', q: 1, u: 1600, r: 20 }, { d: 'EAU GAZEUSE 50CL', q: 1, u: 450, r: 20 }]);
  const L = ['    AUBERGE DU PONT VIEUX', '  3 quai du Rhône, 07300 Tournon', '    SIRET 792 118 446 00012', '', 'TABLE 7    COUVERTS 3', 'DATE 26/07/2025   13:58', 'NOTE N° 2025-1847', '', ...t.lines.map((l) => pad(`${l.q} ${l.d}`, money(l.amt, 'fr'), 34)), '-'.repeat(34), pad('TOTAL TTC', money(t.gross, 'fr') + ' EUR', 34), '', ...t.byRate.map((b) => pad(`TVA ${b.r}%`, `HT ${money(b.net, 'fr')}  TVA ${money(b.tax, 'fr')}`, 34)), '', '    SERVICE COMPRIS 15 %', '', 'POURBOIRE : ................', 'TOTAL     : ................', '', '      MERCI DE VOTRE VISITE'];
  add({ file: 'fr-restaurant-service-compris.jpg', group: 'receipt', kind: 'receipt', lines: L, cols: 34, img: { dpi: 160, angle: 2, quality: 72, fade: 0.1 }, truth: { invoiceDate: '2025-07-26', total: eur(t.gross), subtotal: eur(t.net), tax: eur(t.tax), currency: 'EUR', documentType: 'receipt' }, what: 'restaurant note: TOTAL TTC, TVA 10 % / 20 % rows with HT, "SERVICE COMPRIS 15 %", empty POURBOIRE / TOTAL lines to fill in, note number' });
}
{ // Imbiss, in-house and take-away, crumpled
  const t = till([{ d: 'Döner Teller (Haus)', q: 1, u: 1150, r: 19 }, { d: 'Ayran (Haus)', q: 1, u: 250, r: 19 }, { d: 'Dürüm (Außer Haus)', q: 2, u: 850, r: 7 }, { d: 'Pommes (Außer Haus)', q: 1, u: 400, r: 7 }]);
  const L = ['   ANADOLU GRILL', '   Kaiserstraße 70', '   60329 Frankfurt am Main', '', 'Beleg-Nr. 88214   Tisch 4', 'Datum: 03.05.2025  Zeit: 19:37', '', ...t.lines.map((l) => pad(`${l.q}x ${l.d}`, money(l.amt) + (l.r === 19 ? ' A' : ' B'), 34)), '='.repeat(34), pad('Gesamt EUR', money(t.gross), 34), pad('Gegeben EC-Karte', money(t.gross), 34), '', ...t.byRate.map((b) => pad(`${b.r === 19 ? 'A' : 'B'} = ${b.r}% MwSt`, money(b.tax), 34)), pad('Netto', money(t.net), 34), '', 'TSE-Seriennr. 7f3a9c...e21', 'Signaturzähler 48813'];
  add({ file: 'de-imbiss-haus-ausser-haus-zerknittert.jpg', group: 'receipt', kind: 'receipt', lines: L, cols: 34, img: { dpi: 150, angle: -2.5, waves: true, quality: 68 }, truth: { invoiceDate: '2025-05-03', total: eur(t.gross), subtotal: eur(t.net), tax: eur(t.tax), currency: 'EUR', documentType: 'receipt' }, what: 'snack bar slip, crumpled (waves, fold shading): in-house 19 % and take-away 7 % lines, "Gesamt EUR", "Gegeben EC-Karte", MwSt per code and one Netto line' });
}

// ---------- scans ----------
{ // A4 scan with BEZAHLT stamp over the totals, 130 dpi JPEG
  const c = calc([{ d: 'Wartung Heizungsanlage Gas-Brennwert', q: 1, u: 18900, r: 19 }, { d: 'Abgasmessung', q: 1, u: 4500, r: 19 }, { d: 'Zündelektrode', q: 1, u: 2890, r: 19 }, { d: 'Arbeitszeit Kundendienst', q: 1.5, u: 7200, r: 19 }]);
  add({
    file: 'de-scan-bezahlt-stempel.jpg', group: 'scan', kind: 'scanimg', style: 'de', font: 'Helvetica',
    vendor: ['Heizung & Sanitär Ebner', 'Ringstraße 14 · 85540 Haar'],
    recipient: ['Frau Gisela Haberl', 'Waldluststraße 3', '81827 München'],
    title: 'Rechnung',
    meta: [['Rechnungs-Nr.', 'KD-25-3321'], ['Datum', '11.11.2025'], ['Wartungstermin', '06.11.2025'], ['Zahlbar bis', '25.11.2025']],
    cols: [['Pos.', 30], ['Leistung', 270], ['Menge', 50, 'r'], ['EP €', 70, 'r'], ['GP €', 75, 'r']],
    rows: c.lines.map((l, i) => ({ cells: [String(i + 1), l.d, money(Math.round(l.q * 100)).replace(/,00$/, ''), money(l.u), money(l.amt)] })),
    totals: [['Nettobetrag', money(c.net) + ' €'], ['USt. 19 %', money(c.tax) + ' €'], ['Rechnungsbetrag', money(c.gross) + ' €', true]],
    after: ['Lohnanteil nach § 35a EStG: 108,00 € netto.'],
    footer: ['Inh. Florian Ebner · USt-IdNr. DE263118804 · Kreissparkasse München · IBAN DE52 7025 0150 0010 2334 55'],
    pageLabel: () => '',
    stamp: { text: 'BEZAHLT', sub: 'bar am 11.11.2025', color: '#c0282a', angle: -14 },
    img: { dpi: 130, angle: 0.8, quality: 55, noise: 0.004 },
    truth: { invoiceNumber: 'KD-25-3321', invoiceDate: '2025-11-11', dueDate: '2025-11-25', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'A4 scan, 130 dpi JPEG, turned 0.8°, with a red "BEZAHLT / bar am 11.11.2025" stamp rotated across the totals block, Wartungstermin before the invoice date',
  });
}
{ // photo of a French invoice with PAYÉ stamp
  const c = calc([{ d: 'Débroussaillage parcelle (m²)', q: 850, u: 45, r: 20 }, { d: 'Abattage et évacuation arbre mort', q: 1, u: 32000, r: 20 }, { d: 'Taille de haie (ml)', q: 36, u: 350, r: 20 }]);
  add({
    file: 'fr-photo-facture-payee.jpg', group: 'scan', kind: 'scanimg', style: 'fr', font: 'Helvetica',
    vendor: ['VERT HORIZON', 'Paysagiste', '14 chemin des Vignes', '17000 La Rochelle'],
    recipient: ['M. Bernard Fouquet', '3 impasse des Mouettes', '17140 Lagord'],
    title: 'FACTURE N° VH-2025-118',
    meta: [['Date', '21/10/2025'], ['Date d\'intervention', '14/10/2025'], ['Échéance', '20/11/2025']],
    cols: [['Désignation', 280], ['Qté', 50, 'r'], ['P.U. HT', 70, 'r'], ['Total HT', 80, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, String(l.q), money(l.u, 'fr'), money(l.amt, 'fr')] })),
    totals: [['Total HT', money(c.net, 'fr') + ' €'], ['TVA 20 %', money(c.tax, 'fr') + ' €'], ['Total TTC', money(c.gross, 'fr') + ' €', true]],
    after: ['Paiement à réception de facture par chèque ou virement.'],
    footer: ['EI Vert Horizon · SIRET 901 227 410 00018 · TVA FR12901227410 · IBAN FR76 1170 6000 1200 0456 7812 345'],
    pageLabel: () => '',
    stamp: { text: 'PAYÉ', sub: 'le 24/10/2025 - chèque', color: '#1f3f9c', angle: 12 },
    img: { dpi: 120, angle: -3, persp: 0.05, shadow: true, quality: 62 },
    truth: { invoiceNumber: 'VH-2025-118', invoiceDate: '2025-10-21', dueDate: '2025-11-20', total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'phone photo (120 dpi, -3°, keystone, shadow) of a French invoice with a blue "PAYÉ le 24/10/2025 - chèque" stamp over the totals, intervention date before the invoice date',
  });
}
{ // two-page scanned PDF: cover letter then invoice
  const c = calc([{ d: 'Steuerberatung Jahresabschluss 2024', q: 1, u: 184000, r: 19 }, { d: 'Erstellung Umsatzsteuererklärung 2024', q: 1, u: 41500, r: 19 }, { d: 'Auslagenpauschale (Post, Telekommunikation)', q: 1, u: 2000, r: 19 }]);
  add({
    file: 'de-scan-anschreiben-zwei-seiten.pdf', group: 'scan', kind: 'scanpdf', style: 'de', font: 'Times-Roman',
    vendor: ['Dr. Ulrike Sandmann', 'Steuerberaterin', 'Kaiserstraße 9 · 55116 Mainz'],
    recipient: ['Weingut Hahnenhof GbR', 'Rheinstraße 33', '55218 Ingelheim'],
    cover: { place: 'Mainz, 19.03.2025', subject: 'Jahresabschluss 2024 und Umsatzsteuererklärung', body: ['Sehr geehrte Damen und Herren,', '', 'für unsere Tätigkeit im Rahmen des Jahresabschlusses 2024, den wir Ihnen am 14.03.2025', 'übersandt haben, erlauben wir uns, beiliegende Rechnung zu stellen.', '', 'Die Besprechung vom 10.03.2025 ist in der Pauschale enthalten.', '', 'Mit freundlichen Grüßen', '', 'Dr. Ulrike Sandmann'] },
    title: 'Rechnung',
    meta: [['Rechnungs-Nr.', 'SB 2025/0144'], ['Datum', '19.03.2025'], ['Mandanten-Nr.', '10318']],
    cols: [['Leistung', 330], ['', 30], ['Betrag €', 100, 'r']],
    rows: c.lines.map((l) => ({ cells: [l.d, '', money(l.amt)] })),
    totals: [['Summe netto', money(c.net) + ' €'], ['19 % USt', money(c.tax) + ' €'], ['Rechnungsbetrag', money(c.gross) + ' €', true]],
    after: ['Zahlbar innerhalb von 14 Tagen ohne Abzug.'],
    footer: ['Steuernummer 26/170/01234 · Mainzer Volksbank · IBAN DE91 5519 0000 0001 4422 11'],
    pageLabel: (i, n) => `Seite ${i} von ${n}`,
    img: { dpi: 140, angle: 0.6, quality: 50, noise: 0.004 },
    truth: { invoiceNumber: 'SB 2025/0144', invoiceDate: '2025-03-19', dueDate: null, total: eur(c.gross), subtotal: eur(c.net), tax: eur(c.tax), currency: 'EUR', documentType: 'invoice' },
    what: 'image-only two-page PDF (140 dpi, q50): page 1 a tax adviser\'s cover letter with two other dates, page 2 the invoice "SB 2025/0144", 14 days (due null)',
    debatable: 'the number is printed "SB 2025/0144" with a space',
  });
}

export { DOCS };
