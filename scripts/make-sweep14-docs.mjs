// Data and truth of the fourteenth held-out sweep (fixtures/sweep14, see fixtures/README.md), written
// blind: documents as they arrive in a folder (printed from webmail or a browser, copier scans with an
// OCR text layer, rotated scans, a two-page TIFF, phone photos stored sideways with an EXIF Orientation
// tag), reminders and progress/final invoices, a marketplace credit note, and till receipts.
// Amounts are integer cents; every total is computed from the lines, so print and truth agree.
// The layout lives in scripts/make-sweep14-fixtures.mjs.

// ---------- money ----------
const group = (c, sep) => String(Math.floor(Math.abs(c) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const cents = (c) => String(Math.abs(c) % 100).padStart(2, '0');
const sign = (c) => (c < 0 ? '-' : '');
/** 1.234,56 */
export const de = (c) => `${sign(c)}${group(c, '.')},${cents(c)}`;
/** 1 234,56 */
export const fr = (c) => `${sign(c)}${group(c, ' ')},${cents(c)}`;
/** 1'234.56 */
export const ch = (c) => `${sign(c)}${group(c, "'")}.${cents(c)}`;
/** 1,234.56 */
export const en = (c) => `${sign(c)}${group(c, ',')}.${cents(c)}`;
/** "1.234,56 -": the minus after the amount, as German bookkeeping software prints credits. */
export const deMinusAfter = (c) => (c < 0 ? `${de(-c)} -` : de(c));

const pct = (rate) => (Number.isInteger(rate) ? String(rate) : String(rate).replace('.', ','));
const round = (x) => Math.round(x);
/** Net per rate, tax per rate (rounded on the rate's net), sums. Lines: {q, up (cents), rate, amt?}. */
export function sums(lines) {
  const byRate = new Map();
  for (const l of lines) {
    const amt = l.amt ?? round(l.q * l.up);
    l.amt = amt;
    byRate.set(l.rate, (byRate.get(l.rate) ?? 0) + amt);
  }
  const rates = [...byRate.keys()].sort((a, b) => a - b).map((rate) => ({ rate, net: byRate.get(rate), tax: round((byRate.get(rate) * rate) / 100) }));
  const net = rates.reduce((s, r) => s + r.net, 0);
  const tax = rates.reduce((s, r) => s + r.tax, 0);
  return { rates, net, tax, gross: net + tax };
}
/** Gross-priced lines (receipts): the tax contained per rate, from the gross. */
export function grossSums(lines) {
  const byRate = new Map();
  for (const l of lines) {
    const amt = l.amt ?? round(l.q * l.up);
    l.amt = amt;
    byRate.set(l.rate, (byRate.get(l.rate) ?? 0) + amt);
  }
  const rates = [...byRate.keys()].sort((a, b) => a - b).map((rate) => {
    const gross = byRate.get(rate);
    const tax = round((gross * rate) / (100 + rate));
    return { rate, gross, tax, net: gross - tax };
  });
  const gross = rates.reduce((s, r) => s + r.gross, 0);
  const tax = rates.reduce((s, r) => s + r.tax, 0);
  return { rates, gross, tax, net: gross - tax };
}
const eur = (c) => c / 100;
const qty = (q, f = de) => (Number.isInteger(q) ? String(q) : f(round(q * 100)));

/** The table rows of net-priced lines: [pos, description, qty unit, unit price, amount]. */
function rows(lines, f, { pos = true, unit = true } = {}) {
  return lines.map((l, i) => [...(pos ? [String(i + 1)] : []), l.d, `${qty(l.q, f)}${unit && l.u ? ` ${l.u}` : ''}`, f(l.up), f(l.amt)]);
}

// ---------- receipts: fixed-width text ----------
const W = 32;
export const lr = (l, r, w = W) => `${l}${' '.repeat(Math.max(1, w - l.length - r.length))}${r}`;
export const center = (s, w = W) => `${' '.repeat(Math.max(0, Math.floor((w - s.length) / 2)))}${s}`;
const dash = (w = W) => '-'.repeat(w);

export const DOCS = [];
const add = (d) => DOCS.push(d);

// =====================================================================================
// German-language text PDFs
// =====================================================================================
{
  const lines = [
    { d: 'Grünanlagenpflege Februar (pauschal)', q: 1, u: 'psch.', up: 48000, rate: 19 },
    { d: 'Baumschnitt Linde, Hubsteiger', q: 6.5, u: 'Std.', up: 6800, rate: 19 },
    { d: 'Entsorgung Schnittgut', q: 3.2, u: 'm³', up: 3450, rate: 19 },
    { d: 'Winterdienst Einsätze 03.02., 11.02., 19.02.', q: 3, u: 'Eins.', up: 7500, rate: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-webmail-rechnung-im-text.pdf', lang: 'de', kind: 'mail',
    browser: { left: '07.03.25, 16:22', center: 'Webmail :: Ihre Rechnung RE-2025-0318 vom 28.02.2025', url: 'https://webmail.example/?_task=mail&_mbox=INBOX&_uid=4711&_action=print', page: 'Seite {p} von {n}' },
    email: [['Betreff', 'Ihre Rechnung RE-2025-0318 vom 28.02.2025'], ['Von', 'Buchhaltung Hofmann Gartenbau <rechnung@hofmann-garten.example>'], ['An', 'info@kanzlei-wendt.example'], ['Datum', '04.03.2025 08:47']],
    body: [
      'Sehr geehrte Damen und Herren,', '',
      'anbei erhalten Sie unsere Rechnung für die Arbeiten im Februar. Die Rechnung',
      'als PDF ist dieser E-Mail ebenfalls beigefügt.', '',
      'Rechnungsnummer:   RE-2025-0318',
      'Rechnungsdatum:    28.02.2025',
      'Leistungszeitraum: 01.02.2025 - 28.02.2025',
      'Kundennummer:      10442', '',
    ],
    table: { head: ['Pos.', 'Leistung', 'Menge', 'Preis €', 'Betrag €'], widths: [0.07, 0.47, 0.14, 0.14, 0.18], align: 'llrrr', rows: rows(lines, de) },
    pageBreakAfterTable: true,
    totals: [['Nettobetrag', `${de(s.net)} €`], ['zzgl. 19 % USt.', `${de(s.tax)} €`], ['Rechnungsbetrag', `${de(s.gross)} €`, true]],
    after: ['', 'Bitte überweisen Sie den Rechnungsbetrag bis zum 14.03.2025 auf unser Konto', 'IBAN DE89 3704 0044 0532 0130 00 (Musterbank).', '', 'Mit freundlichen Grüßen', 'Sabine Hofmann', '', '--', 'Hofmann Gartenbau GmbH · Am Lindenhof 4 · 34117 Kassel', 'USt-IdNr. DE298765431 · Amtsgericht Kassel HRB 18231', 'Tel. 0561 4477-0 · www.hofmann-garten.example'],
    truth: { invoiceNumber: 'RE-2025-0318', invoiceDate: '2025-02-28', dueDate: '2025-03-14', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  // A reminder restating one invoice: its own date, the invoice's number, date, due date and amount, fees.
  const inv = 142800;
  const interest = round((inv * 0.1127 * 35) / 365);
  const fee = 500;
  add({
    file: 'de-mahnung-gebuehren-zinsen.pdf', lang: 'de', kind: 'letter',
    seller: { name: 'Elektro Brandt GmbH & Co. KG', lines: ['Elektro Brandt GmbH & Co. KG · Hafenstraße 17 · 28217 Bremen'] },
    buyer: ['Bäckerei Claußen OHG', 'Herrn Jens Claußen', 'Vegesacker Heerstraße 88', '28757 Bremen'],
    meta: [['Kundennummer', '20-3391'], ['Ansprechpartner', 'Frau Lüders'], ['Datum', '02.05.2025']],
    title: '1. Mahnung',
    body: [
      'Sehr geehrter Herr Claußen,', '',
      'sicher haben Sie übersehen, dass die folgende Rechnung noch offen ist. Trotz Fälligkeit',
      'konnten wir bis heute keinen Zahlungseingang feststellen.', '',
    ],
    table: {
      head: ['Rechnung Nr.', 'Rechnungsdatum', 'fällig am', 'Rechnungsbetrag', 'offen'], widths: [0.2, 0.2, 0.18, 0.22, 0.2], align: 'lllrr',
      rows: [['2025-0412', '14.03.2025', '28.03.2025', `${de(inv)} €`, `${de(inv)} €`]],
    },
    totals: [['offener Rechnungsbetrag', `${de(inv)} €`], ['Mahngebühr', `${de(fee)} €`], ['Verzugszinsen 11,27 % p. a. (35 Tage)', `${de(interest)} €`], ['Gesamtforderung', `${de(inv + fee + interest)} €`, true]],
    after: ['', 'Bitte überweisen Sie den Gesamtbetrag bis zum 12.05.2025 auf das unten genannte Konto.', 'Sollten Sie die Zahlung inzwischen geleistet haben, betrachten Sie dieses Schreiben als gegenstandslos.', '', 'Mit freundlichen Grüßen', 'Elektro Brandt GmbH & Co. KG'],
    footer: ['Elektro Brandt GmbH & Co. KG · Sitz Bremen · HRA 27741 HB · USt-IdNr. DE314159265', 'Sparkasse Musterstadt · IBAN DE12 2905 0101 0001 2345 67 · BIC SBREDE22XXX'],
    truth: { invoiceNumber: '2025-0412', invoiceDate: '2025-03-14', dueDate: '2025-03-28', total: eur(inv), subtotal: null, tax: null, currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Baustelleneinrichtung und Räumung', q: 1, u: 'psch.', up: 185000, rate: 19 },
    { d: 'Mauerwerk KS 17,5 cm', q: 142.5, u: 'm²', up: 6840, rate: 19 },
    { d: 'Stahlbeton Decke C25/30', q: 38.2, u: 'm³', up: 29500, rate: 19 },
    { d: 'Bewehrung BSt 500', q: 4.18, u: 't', up: 168000, rate: 19 },
    { d: 'Innenputz Kalkzement', q: 410, u: 'm²', up: 2290, rate: 19 },
    { d: 'Estrich CT-C25-F4, 6 cm', q: 196, u: 'm²', up: 2740, rate: 19 },
    { d: 'Stundenlohnarbeiten lt. Rapport', q: 24, u: 'Std.', up: 5800, rate: 19 },
  ];
  const s = sums(lines);
  const ab = [['AR-2025-011', '14.04.2025', 1000000, '28.04.2025'], ['AR-2025-019', '19.05.2025', 1200000, '02.06.2025'], ['AR-2025-026', '16.06.2025', 800000, '30.06.2025']];
  const paid = ab.reduce((t, a) => t + a[2] + round(a[2] * 0.19), 0);
  add({
    file: 'de-schlussrechnung-abschlagsliste.pdf', lang: 'de', kind: 'invoice',
    seller: { name: 'Hochbau Reinecke GmbH', lines: ['Hochbau Reinecke GmbH · Zechenweg 9 · 44869 Bochum'] },
    buyer: ['Familie Özdemir', 'Im Wiesengrund 12', '44879 Bochum'],
    title: 'Schlussrechnung',
    meta: [['Rechnungs-Nr.', 'SR-2025-027'], ['Rechnungsdatum', '18.07.2025'], ['Bauvorhaben', 'EFH Im Wiesengrund 12'], ['Abnahme', '08.07.2025'], ['Auftrag vom', '21.02.2025']],
    table: { head: ['Pos.', 'Leistung', 'Menge', 'EP €', 'GP €'], widths: [0.07, 0.45, 0.16, 0.14, 0.18], align: 'llrrr', rows: rows(lines, de) },
    totals: [['Gesamtleistung netto', de(s.net)], ['zzgl. 19 % USt.', de(s.tax)], ['Gesamtbetrag brutto', de(s.gross), true]],
    after2: {
      title: 'Bereits geleistete Abschlagszahlungen',
      head: ['Abschlagsrechnung', 'vom', 'netto', 'USt 19 %', 'brutto', 'bezahlt am'], widths: [0.22, 0.15, 0.17, 0.15, 0.17, 0.14], align: 'llrrrl',
      rows: ab.map((a) => [a[0], a[1], de(a[2]), de(round(a[2] * 0.19)), de(a[2] + round(a[2] * 0.19)), a[3]]),
      totals: [['Summe Abschlagszahlungen', de(paid)], ['Verbleibender Restbetrag', `${de(s.gross - paid)} EUR`, true]],
    },
    after: ['', 'Zahlbar bis 01.08.2025 ohne Abzug. Sicherheitseinbehalt gemäß Vertrag: keiner.'],
    footer: ['Hochbau Reinecke GmbH · Amtsgericht Bochum HRB 9912 · USt-IdNr. DE271828182', 'IBAN DE44 4305 0001 0033 1122 90 · BIC WELADED1BOC'],
    truth: { invoiceNumber: 'SR-2025-027', invoiceDate: '2025-07-18', dueDate: '2025-08-01', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  // Marketplace to seller: Gutschrift (self-billing) for goods sold, a return as "24,90 -".
  const lines = [
    { d: 'Bestellung 302-5518820-1147 vom 03.05.2025, Vase Steingut blau', q: 2, up: 3361, rate: 19 },
    { d: 'Bestellung 302-7720194-5531 vom 07.05.2025, Schalen-Set 4 tlg.', q: 1, up: 4613, rate: 19 },
    { d: 'Bestellung 302-1183307-2209 vom 12.05.2025, Teekanne 1,2 l', q: 3, up: 2857, rate: 19 },
    { d: 'Rückerstattung 302-9916652-0418 vom 15.05.2025, Becher', q: -1, up: 2092, rate: 19 },
    { d: 'Bestellung 302-4471185-7730 vom 22.05.2025, Servierplatte', q: 2, up: 3773, rate: 19 },
    { d: 'Bestellung 302-6605291-9012 vom 29.05.2025, Vase Steingut grün', q: 1, up: 3361, rate: 19 },
  ];
  const s = sums(lines);
  const fees = 4788;
  add({
    file: 'de-marktplatz-gutschrift-verkaeufer.pdf', lang: 'de', kind: 'invoice',
    seller: { name: 'Marktplatz Nordwind GmbH', lines: ['Marktplatz Nordwind GmbH · Speicherallee 3 · 20457 Hamburg'] },
    buyer: ['Keramik Sommer', 'Inh. Lea Sommer', 'Töpferstraße 5', '56203 Höhr-Grenzhausen', 'USt-IdNr. DE287654329'],
    title: 'Gutschrift',
    meta: [['Gutschrift-Nr.', 'GS-DE-2025-004817'], ['Datum', '05.06.2025'], ['Abrechnungszeitraum', '01.05.2025 - 31.05.2025'], ['Verkäufer-ID', 'A2KS-77104']],
    body: ['Abrechnung im Gutschriftverfahren (§ 14 Abs. 2 Satz 2 UStG) über die in Ihrem Namen verkauften Waren.', ''],
    table: { head: ['Vorgang', 'Menge', 'Einzelpreis netto', 'Betrag netto'], widths: [0.52, 0.1, 0.19, 0.19], align: 'lrrr', rows: lines.map((l) => [l.d, String(l.q), de(l.up), deMinusAfter(l.amt)]) },
    totals: [['Summe netto', de(s.net)], ['Umsatzsteuer 19 %', de(s.tax)], ['Gutschriftsbetrag EUR', de(s.gross), true]],
    after: ['', `Verrechnet mit Gebührenrechnung GR-DE-2025-004816 (Verkaufsgebühren Mai)   ${deMinusAfter(-fees)}`, `Auszahlungsbetrag EUR   ${de(s.gross - fees)}`, '', 'Die Auszahlung erfolgt mit dem nächsten Auszahlungslauf auf Ihr hinterlegtes Konto.'],
    footer: ['Marktplatz Nordwind GmbH · Amtsgericht Hamburg HRB 165432 · USt-IdNr. DE299792458'],
    truth: { invoiceNumber: 'GS-DE-2025-004817', invoiceDate: '2025-06-05', dueDate: null, total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'credit_note' },
  });
}
{
  // Sammelrechnung: a month of daily deliveries, a delivery-note number and date on every line.
  const days = [2, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24];
  const lines = days.map((d, i) => ({ d: `Lieferschein ${5101 + i} vom ${String(d).padStart(2, '0')}.05.2025 · Brötchen, Brot, Kuchen`, q: 1, up: 4180 + ((i * 737) % 2300), rate: 7 }));
  const s = sums(lines);
  add({
    file: 'de-sammelrechnung-tageslieferungen.pdf', lang: 'de', kind: 'invoice',
    seller: { name: 'Landbäckerei Kühn', lines: ['Landbäckerei Kühn · Dorfstraße 31 · 01877 Bischofswerda'] },
    buyer: ['Café am Markt', 'Inh. Peter Vogt', 'Markt 4', '01877 Bischofswerda'],
    title: 'Sammelrechnung',
    meta: [['Rechnungsnummer', 'SR 2025-05-044'], ['Rechnungsdatum', '26.05.2025'], ['Kundennummer', '0815'], ['Lieferzeitraum', '02.05. - 24.05.2025']],
    table: { head: ['Lieferung', 'Betrag netto €'], widths: [0.78, 0.22], align: 'lr', rows: lines.map((l) => [l.d, de(l.amt)]) },
    totals: [['Warenwert netto', de(s.net)], ['zzgl. 7 % MwSt.', de(s.tax)], ['Rechnungsbetrag €', de(s.gross), true]],
    after: ['', 'Zahlbar bis 10.06.2025 per Überweisung.'],
    footer: ['Landbäckerei Kühn · Steuernummer 207/123/45678 · USt-IdNr. DE261803398 · IBAN DE02 8505 0300 3120 0451 22'],
    small: true,
    truth: { invoiceNumber: 'SR 2025-05-044', invoiceDate: '2025-05-26', dueDate: '2025-06-10', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Konzeption und Wireframes', q: 12, u: 'Std.', up: 9500, rate: 19 },
    { d: 'Screendesign Startseite + 6 Unterseiten', q: 1, u: 'psch.', up: 168000, rate: 19 },
    { d: 'Umsetzung WordPress-Theme', q: 31.5, u: 'Std.', up: 8500, rate: 19 },
    { d: 'Lizenz Schriftfamilie (Web, 1 Domain)', q: 1, u: 'Stk.', up: 14900, rate: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-zwei-spalten-absender-links.pdf', lang: 'de', kind: 'invoice', layout: 'sidebar',
    sidebar: ['Studio Feldmann', 'Kommunikationsdesign', '', 'Lindenallee 22', '50968 Köln', '', 'Telefon', '0221 5566 778', '', 'E-Mail', 'hallo@studio-feldmann.example', '', 'Bankverbindung', 'Musterbank Köln', 'IBAN DE75 5121 0800 1245 1261 99', 'BIC MUSTDEXXX', '', 'USt-IdNr.', 'DE302718281', '', 'Steuernummer', '217/5432/1098'],
    buyer: ['Weinhandel Brückner GmbH', 'z. Hd. Frau Brückner', 'Rheinuferstraße 9', '53173 Bonn'],
    title: 'Rechnung',
    meta: [['Rechnungsnummer', '2025-118'], ['Rechnungsdatum', '11.08.2025'], ['Leistungsdatum', '31.07.2025'], ['Fällig am', '25.08.2025']],
    table: { head: ['Leistung', 'Menge', 'Einzelpreis', 'Gesamt'], widths: [0.46, 0.16, 0.19, 0.19], align: 'lrrr', rows: lines.map((l) => [l.d, `${qty(l.q)} ${l.u}`, `${de(l.up)} €`, `${de(l.amt)} €`]) },
    totals: [['Zwischensumme', `${de(s.net)} €`], ['MwSt. 19 %', `${de(s.tax)} €`], ['Gesamtbetrag', `${de(s.gross)} €`, true]],
    after: ['', 'Vielen Dank für den Auftrag!'],
    truth: { invoiceNumber: '2025-118', invoiceDate: '2025-08-11', dueDate: '2025-08-25', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Kühlzelle 2,4 x 3,0 m, Wartung', q: 1, u: 'Stk.', up: 24500, rate: 19 },
    { d: 'Kältemittel R449A', q: 3.5, u: 'kg', up: 7890, rate: 19 },
    { d: 'Verdampferlüfter EC 230 V', q: 2, u: 'Stk.', up: 18740, rate: 19 },
    { d: 'Monteurstunden', q: 5.5, u: 'Std.', up: 7200, rate: 19 },
    { d: 'Anfahrtspauschale Zone 2', q: 1, u: 'psch.', up: 4500, rate: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-farbtabelle-weisse-schrift.pdf', lang: 'de', kind: 'invoice', layout: 'dark',
    seller: { name: 'KÄLTETECHNIK WEIDNER', lines: ['Kältetechnik Weidner GmbH · Industriering 14 · 93055 Regensburg'] },
    buyer: ['Gasthof Zur Post', 'Hauptstraße 2', '93149 Nittenau'],
    title: 'RECHNUNG',
    metaRow: [['Rechnungs-Nr.', 'KW-25-3307'], ['Datum', '23.09.2025'], ['Kunden-Nr.', '40071'], ['Fälligkeitsdatum', '07.10.2025']],
    table: { head: ['Pos', 'Artikel / Leistung', 'Menge', 'Einzelpreis', 'Summe'], widths: [0.07, 0.45, 0.14, 0.16, 0.18], align: 'llrrr', rows: lines.map((l, i) => [String(i + 1), l.d, `${qty(l.q)} ${l.u}`, `${de(l.up)} €`, `${de(l.amt)} €`]) },
    totals: [['Netto', `${de(s.net)} €`], ['MwSt. 19 %', `${de(s.tax)} €`], ['Gesamtbetrag', `${de(s.gross)} €`, true]],
    after: ['', 'Bitte geben Sie bei Zahlung die Rechnungsnummer an.'],
    footer: ['Kältetechnik Weidner GmbH · HRB 11223 Regensburg · USt-IdNr. DE231415926 · IBAN DE59 7505 0000 0026 3344 55'],
    truth: { invoiceNumber: 'KW-25-3307', invoiceDate: '2025-09-23', dueDate: '2025-10-07', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Kachelofen reinigen und Dichtungen tauschen', q: 1, u: 'psch.', up: 38000, rate: 20 },
    { d: 'Schamottsteine 25 x 12,5 x 3 cm', q: 14, u: 'Stk.', up: 890, rate: 20 },
    { d: 'Arbeitszeit Hafnermeister', q: 9, u: 'Std.', up: 8400, rate: 20 },
    { d: 'Abgasmessung inkl. Protokoll', q: 1, u: 'psch.', up: 9500, rate: 20 },
  ];
  const s = sums(lines);
  add({
    file: 'de-at-summe-in-worten-kasten.pdf', lang: 'de', kind: 'invoice', layout: 'wordsBox',
    seller: { name: 'Hafnerei Leitner e.U.', lines: ['Hafnerei Leitner e.U. · Kirchengasse 6 · 4810 Gmunden'] },
    buyer: ['Herrn Mag. Florian Aigner', 'Seestraße 41', '4801 Traunkirchen'],
    title: 'Rechnung Nr. 2025/0927',
    meta: [['Rechnungsdatum', '27.10.2025'], ['Leistungszeitraum', '13.10. - 15.10.2025'], ['UID-Nr.', 'ATU71234568']],
    table: { head: ['Bezeichnung', 'Menge', 'Einzelpreis €', 'Betrag €'], widths: [0.5, 0.14, 0.18, 0.18], align: 'lrrr', rows: lines.map((l) => [l.d, `${qty(l.q)} ${l.u}`, de(l.up), de(l.amt)]) },
    totals: [['Summe netto', `€ ${de(s.net)}`], ['20 % USt.', `€ ${de(s.tax)}`]],
    box: ['Zu zahlender Betrag', `€ ${de(s.gross)}`, 'in Worten: Euro eintausendsechshundertsechsundzwanzig 72/100'],
    after: ['', 'Zahlbar bis 10.11.2025 ohne Abzug auf AT61 1904 3002 3457 3201.'],
    footer: ['Hafnerei Leitner e.U. · FN 412345x · LG Wels · UID ATU68765432'],
    truth: { invoiceNumber: '2025/0927', invoiceDate: '2025-10-27', dueDate: '2025-11-10', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Messestand Modul 6 x 4 m, Aufbau', q: 1, u: 'Pausch.', up: 345000, rate: 8.1 },
    { d: 'Grafikdruck Rückwand 6,0 x 2,5 m', q: 15, u: 'm²', up: 6450, rate: 8.1 },
    { d: 'Beleuchtung LED-Strahler (Miete 4 Tage)', q: 12, u: 'Stk.', up: 3800, rate: 8.1 },
    { d: 'Transport Zürich - Basel retour', q: 1, u: 'Pausch.', up: 62000, rate: 8.1 },
    { d: 'Abbau und Entsorgung', q: 7.5, u: 'Std.', up: 9500, rate: 8.1 },
  ];
  const s = sums(lines);
  add({
    file: 'de-ch-querformat-chf-vorne.pdf', lang: 'de', kind: 'invoice', landscape: true, layout: 'totalsLeft',
    seller: { name: 'Bühnenwerk Keller AG', lines: ['Bühnenwerk Keller AG · Hardturmstrasse 130 · 8005 Zürich · CHE-123.456.789 MWST'] },
    buyer: ['Uhrenmanufaktur Brandenberger SA', 'Rue du Marché 7', '2502 Biel/Bienne'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', '25-0913'], ['Datum', '22.09.2025'], ['Messe', 'Basel, 15. - 18.09.2025'], ['Zahlbar bis', '22.10.2025']],
    table: { head: ['Pos.', 'Beschreibung', 'Menge', 'Preis', 'Betrag'], widths: [0.06, 0.5, 0.12, 0.15, 0.17], align: 'llrrr', rows: lines.map((l, i) => [String(i + 1), l.d, `${qty(l.q, ch)} ${l.u}`, `CHF ${ch(l.up)}`, `CHF ${ch(l.amt)}`]) },
    totals: [['Total exkl. MWST', `CHF ${ch(s.net)}`], ['MWST 8.1 %', `CHF ${ch(s.tax)}`], ['Total inkl. MWST', `CHF ${ch(s.gross)}`, true]],
    after: ['', 'Bitte begleichen Sie den Betrag mit dem QR-Einzahlungsschein (separat zugestellt).'],
    truth: { invoiceNumber: '25-0913', invoiceDate: '2025-09-22', dueDate: '2025-10-22', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'CHF', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Reinigung Büroflächen EG + 1. OG, Oktober', q: 1, u: 'Monat', up: 139000, rate: 19 },
    { d: 'Glasreinigung Fensterfront innen/außen', q: 86, u: 'm²', up: 240, rate: 19 },
    { d: 'Sonderreinigung Teeküche nach Wasserschaden', q: 4.5, u: 'Std.', up: 3650, rate: 19 },
    { d: 'Hygieneartikel (Seife, Papier) lt. Liste', q: 1, u: 'psch.', up: 11875, rate: 19 },
  ];
  const s = sums(lines);
  // Typos of a copier's OCR in the hidden text layer (the image shows the right words).
  const ocr = [['Rechnungsnummer', 'Rechnungsnurnmer'], ['Gesamtbetrag', 'Gesarntbetraq'], ['Nettobetrag', 'Nettobetraq'], ['19 %', '19 Z'], ['Leistungszeitraum', 'Leistunqszeitraum'], ['Glasreinigung', 'G1asreinigung']];
  add({
    file: 'de-scan-ocr-textschicht.pdf', lang: 'de', kind: 'invoice', scan: { dpi: 120, quality: 35, angle: 0.4, ocrLayer: ocr, seed: 14 },
    seller: { name: 'Glanzwerk Gebäudedienste GmbH', lines: ['Glanzwerk Gebäudedienste GmbH · Ostring 50 · 65205 Wiesbaden'] },
    buyer: ['Steuerkanzlei Pfeiffer & Roth', 'Wilhelmstraße 12', '65185 Wiesbaden'],
    title: 'Rechnung',
    meta: [['Rechnungsnummer', 'GW-2025-10871'], ['Rechnungsdatum', '31.10.2025'], ['Leistungszeitraum', '01.10. - 31.10.2025'], ['Fällig am', '14.11.2025']],
    table: { head: ['Pos.', 'Leistung', 'Menge', 'Preis €', 'Betrag €'], widths: [0.07, 0.47, 0.14, 0.14, 0.18], align: 'llrrr', rows: rows(lines, de) },
    totals: [['Nettobetrag', de(s.net)], ['USt 19 %', de(s.tax)], ['Gesamtbetrag EUR', de(s.gross), true]],
    after: ['', 'Eingescannt am Empfangsgerät 03.11.2025 – Original im Ordner 2025/11.'],
    footer: ['Glanzwerk Gebäudedienste GmbH · HRB 30412 Wiesbaden · USt-IdNr. DE266180339 · IBAN DE23 5105 0015 0100 2233 44'],
    truth: { invoiceNumber: 'GW-2025-10871', invoiceDate: '2025-10-31', dueDate: '2025-11-14', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Heizungswartung Gas-Brennwerttherme', q: 1, u: 'psch.', up: 16900, rate: 19 },
    { d: 'Zündelektrode', q: 1, u: 'Stk.', up: 3420, rate: 19 },
    { d: 'Abgasmessung', q: 1, u: 'psch.', up: 4800, rate: 19 },
    { d: 'Arbeitszeit Geselle', q: 1.5, u: 'Std.', up: 6900, rate: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-scan-90-grad-kopierer.pdf', lang: 'de', kind: 'invoice', scan: { dpi: 150, quality: 45, angle: -0.5, rotatePage: 90, seed: 90 },
    seller: { name: 'Haustechnik Albers', lines: ['Haustechnik Albers · Lange Reihe 3 · 24103 Kiel'] },
    buyer: ['Frau Gesine Paulsen', 'Düsternbrooker Weg 40', '24105 Kiel'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', 'HA-7715'], ['Datum', '09.12.2025'], ['Wartung am', '04.12.2025'], ['Zahlbar bis', '23.12.2025']],
    table: { head: ['Pos.', 'Leistung', 'Menge', 'Preis €', 'Betrag €'], widths: [0.07, 0.47, 0.14, 0.14, 0.18], align: 'llrrr', rows: rows(lines, de) },
    totals: [['Netto', de(s.net)], ['MwSt 19 %', de(s.tax)], ['Rechnungsbetrag EUR', de(s.gross), true]],
    after: ['', `Der Anteil der Arbeitskosten (§ 35a EStG) beträgt ${de(round(lines[3].amt * 1.19))} EUR brutto.`],
    footer: ['Haustechnik Albers · Steuernr. 20/123/45678 · IBAN DE02 2105 0170 0012 3456 78'],
    truth: { invoiceNumber: 'HA-7715', invoiceDate: '2025-12-09', dueDate: '2025-12-23', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [];
  const items = ['Kopierpapier A4 80 g, Karton 5 x 500', 'Toner HP 59A schwarz', 'Ordner 8 cm blau', 'Trennblätter 1-31', 'Kugelschreiber Gel 0,7 (10er)', 'Haftnotizen 76 x 76 gelb', 'Briefumschläge C4 ohne Fenster (250)', 'Laminierfolien A4 125 mic (100)', 'Archivboxen', 'Klebeband 19 mm (8 Rollen)', 'Textmarker 4 Farben', 'Heftklammern 24/6 (5000)', 'Locher 40 Blatt', 'Tischkalender 2026', 'Whiteboard-Marker (4er)', 'Drucker-Etiketten 70 x 36', 'Schnellhefter Karton (50)', 'Papierkorb 18 l', 'Akkus AA (8er)', 'USB-Stick 64 GB', 'Mousepad', 'Kabelbinder (100)', 'Flipchart-Block 20 Bl.', 'Radiergummi (5er)', 'Lineal 30 cm', 'Briefablage A4 (5er)'];
  items.forEach((d, i) => lines.push({ d, q: 1 + ((i * 7) % 5), u: 'Stk.', up: 245 + ((i * 1913) % 4800), rate: 19 }));
  const s = sums(lines);
  add({
    file: 'de-rechnung-zwei-seiten.tiff', lang: 'de', kind: 'invoice', tiff: { dpi: 150, seed: 2 },
    seller: { name: 'Bürobedarf Nolte KG', lines: ['Bürobedarf Nolte KG · Hansaring 88 · 48155 Münster'] },
    buyer: ['Physiotherapie Brinkmann', 'Warendorfer Straße 19', '48145 Münster'],
    title: 'Rechnung',
    meta: [['Rechnungsnummer', '2025-40771'], ['Rechnungsdatum', '04.11.2025'], ['Kundennummer', '11870'], ['Lieferdatum', '03.11.2025']],
    table: { head: ['Pos.', 'Artikel', 'Menge', 'Preis €', 'Betrag €'], widths: [0.07, 0.49, 0.12, 0.14, 0.18], align: 'llrrr', rows: rows(lines, de) },
    maxRowsFirstPage: 20,
    totals: [['Summe netto', de(s.net)], ['MwSt. 19 %', de(s.tax)], ['Rechnungsbetrag EUR', de(s.gross), true]],
    after: ['', 'Zahlbar bis 18.11.2025 ohne Abzug.'],
    footer: ['Bürobedarf Nolte KG · HRA 5521 Münster · USt-IdNr. DE251662607 · IBAN DE71 4005 0150 0000 4477 11'],
    page: 'Seite {p}/{n}',
    truth: { invoiceNumber: '2025-40771', invoiceDate: '2025-11-04', dueDate: '2025-11-18', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}

// =====================================================================================
// French-language text PDFs
// =====================================================================================
{
  const lines = [
    { d: 'Dépose et repose luminaires suspendus', q: 6, u: 'u', up: 7500, rate: 20 },
    { d: 'Luminaire LED 36 W, finition laiton', q: 6, u: 'u', up: 21400, rate: 20 },
    { d: 'Variateur encastré', q: 2, u: 'u', up: 8950, rate: 20 },
    { d: "Main-d'œuvre électricien", q: 7, u: 'h', up: 5800, rate: 20 },
  ];
  const s = sums(lines);
  add({
    file: 'fr-webmail-transfert-outlook.pdf', lang: 'fr', kind: 'mail',
    browser: { left: '03/11/2025 10:15', center: 'Courrier - Martin Durand - Outlook', url: 'https://outlook.example/mail/inbox/id/AAQkADk3', page: 'Page {p} sur {n}' },
    sender: 'Martin Durand',
    email: [['De', 'Martin Durand <m.durand@cabinet-durand.example>'], ['Envoyé', 'lundi 3 novembre 2025 10:12'], ['À', 'compta@cabinet-durand.example'], ['Objet', 'TR: Votre facture F-2025-1104']],
    body: [
      'Pour saisie, merci.', '', '-----Message d\'origine-----',
      'De : Atelier Lumière <factures@atelier-lumiere.example>',
      'Envoyé : vendredi 31 octobre 2025 17:40',
      'À : Martin Durand <m.durand@cabinet-durand.example>',
      'Objet : Votre facture F-2025-1104', '',
      'Bonjour,', '', 'Veuillez trouver ci-dessous le détail de notre facture.', '',
      'Facture n° F-2025-1104',
      'Date de facture : 30/10/2025',
      'Date d\'échéance : 29/11/2025', '',
    ],
    table: { head: ['Désignation', 'Qté', 'PU HT', 'Total HT'], widths: [0.5, 0.12, 0.18, 0.2], align: 'lrrr', rows: lines.map((l) => [l.d, `${l.q} ${l.u}`, `${fr(l.up)} €`, `${fr(l.amt)} €`]) },
    totals: [['Total HT', `${fr(s.net)} €`], ['TVA 20 %', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.gross)} €`, true]],
    after: ['', 'Règlement par virement : FR76 3000 6000 0112 3456 7890 189', '', 'Cordialement,', 'Claire Besson', 'Atelier Lumière SARL – 14 rue des Tanneurs, 69001 Lyon', 'SIRET 812 345 678 00021 – TVA FR40 812345678'],
    truth: { invoiceNumber: 'F-2025-1104', invoiceDate: '2025-10-30', dueDate: '2025-11-29', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const ht = 180000;
  const tva = round(ht * 0.2);
  const ttc = ht + tva;
  const penal = round((ttc * 0.1215 * 32) / 365);
  add({
    file: 'fr-relance-indemnite.pdf', lang: 'fr', kind: 'letter',
    seller: { name: 'Traduction Vasseur SAS', lines: ['Traduction Vasseur SAS · 8 quai de la Fosse · 44000 Nantes'] },
    buyer: ['Éditions du Phare', 'Service comptabilité', '21 rue Crébillon', '44000 Nantes'],
    meta: [['Nantes, le', '15/04/2026'], ['Réf. client', 'C-0387']],
    title: 'Relance – facture impayée',
    body: [
      'Madame, Monsieur,', '',
      'Sauf erreur de notre part, la facture ci-dessous reste impayée à ce jour :', '',
    ],
    table: {
      head: ['Facture n°', 'du', 'échéance', 'HT', 'TVA 20 %', 'TTC'], widths: [0.18, 0.15, 0.15, 0.17, 0.17, 0.18], align: 'lllrrr',
      rows: [['FA-2026-0219', '12/02/2026', '14/03/2026', `${fr(ht)} €`, `${fr(tva)} €`, `${fr(ttc)} €`]],
    },
    totals: [['Montant de la facture TTC', `${fr(ttc)} €`], ['Pénalités de retard (32 jours)', `${fr(penal)} €`], ['Indemnité forfaitaire de recouvrement', '40,00 €'], ['Total à régler', `${fr(ttc + penal + 4000)} €`, true]],
    after: ['', 'Nous vous remercions de bien vouloir procéder au règlement avant le 30/04/2026.', 'Si votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce courrier.', '', 'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.'],
    footer: ['Traduction Vasseur SAS – capital 10 000 € – RCS Nantes 901 234 567 – TVA FR12 901234567 – IBAN FR76 1027 8360 0000 0123 4567 890'],
    truth: { invoiceNumber: 'FA-2026-0219', invoiceDate: '2026-02-12', dueDate: '2026-03-14', total: eur(ttc), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const order = 1845000;
  const ht = round(order * 0.3);
  const tva = round(ht * 0.17);
  add({
    file: 'fr-lu-facture-acompte.pdf', lang: 'fr', kind: 'invoice',
    seller: { name: 'Menuiserie Schmit S.à r.l.', lines: ['Menuiserie Schmit S.à r.l. · 12, rue de la Gare · L-9230 Diekirch'] },
    buyer: ['Madame Nathalie Weber', '5, am Bongert', 'L-7515 Mersch'],
    title: "Facture d'acompte",
    meta: [['Facture n°', 'AC-2025-031'], ['Date', '09.10.2025'], ['Commande', 'CO-2025-118 du 02.10.2025'], ['Échéance', '23.10.2025']],
    table: {
      head: ['Désignation', 'Montant HTVA'], widths: [0.75, 0.25], align: 'lr',
      rows: [['Commande CO-2025-118 : escalier chêne massif et garde-corps, montant total HTVA', `${de(order)} EUR`], ['Acompte de 30 % à la commande', `${de(ht)} EUR`]],
    },
    totals: [['Total HTVA', `${de(ht)} EUR`], ['TVA 17 %', `${de(tva)} EUR`], ['Total TVAC', `${de(ht + tva)} EUR`, true]],
    after: ['', "L'acompte sera déduit de la facture finale."],
    footer: ['Menuiserie Schmit S.à r.l. · RCS Luxembourg B 198765 · TVA LU27182818 · IBAN LU28 0019 4006 4475 0000 · Autorisation 10045678/1'],
    truth: { invoiceNumber: 'AC-2025-031', invoiceDate: '2025-10-09', dueDate: '2025-10-23', total: eur(ht + tva), subtotal: eur(ht), tax: eur(tva), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Audit énergétique bâtiment tertiaire', q: 1, u: 'forfait', up: 245000, rate: 21 },
    { d: 'Mesures thermographiques', q: 6, u: 'h', up: 9500, rate: 21 },
    { d: 'Rapport PEB et recommandations', q: 1, u: 'forfait', up: 68000, rate: 21 },
  ];
  const s = sums(lines);
  add({
    file: 'fr-be-deux-colonnes-eur-suffixe.pdf', lang: 'fr', kind: 'invoice', layout: 'sidebar',
    sidebar: ['ÉNERGIE CONSEIL', 'Dubois & Fils SRL', '', 'Avenue Louise 231', '1050 Bruxelles', '', 'Tél. +32 2 555 01 23', 'info@energie-conseil.example', '', 'TVA BE 0456.789.123', 'RPM Bruxelles', '', 'IBAN BE68 5390 0754 7034', 'BIC GKCCBEBB'],
    buyer: ['Résidence Les Tilleuls ACP', 'c/o Syndic Lambert', 'Rue de Namur 44', '1400 Nivelles', 'TVA BE 0811.222.333'],
    title: 'FACTURE',
    meta: [['Numéro', '2025/0386'], ['Date', '17/06/2025'], ['Échéance', '17/07/2025'], ['Votre réf.', 'Audit 2025']],
    table: { head: ['Description', 'Qté', 'Prix unitaire', 'Montant'], widths: [0.46, 0.14, 0.2, 0.2], align: 'lrrr', rows: lines.map((l) => [l.d, `${l.q} ${l.u}`, `${fr(l.up)} EUR`, `${fr(l.amt)} EUR`]) },
    totals: [['Total HTVA', `${fr(s.net)} EUR`], ['TVA 21 %', `${fr(s.tax)} EUR`], ['Total TVAC', `${fr(s.gross)} EUR`, true]],
    after: ['', 'Communication structurée : +++090/9337/55493+++'],
    truth: { invoiceNumber: '2025/0386', invoiceDate: '2025-06-17', dueDate: '2025-07-17', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const bls = [['BL-88412', '02/09/2025', 5.5], ['BL-88440', '04/09/2025', 5.5], ['BL-88471', '05/09/2025', 20], ['BL-88503', '09/09/2025', 5.5], ['BL-88529', '11/09/2025', 5.5], ['BL-88560', '12/09/2025', 20], ['BL-88597', '16/09/2025', 5.5], ['BL-88611', '18/09/2025', 5.5], ['BL-88648', '19/09/2025', 20], ['BL-88690', '23/09/2025', 5.5], ['BL-88702', '25/09/2025', 5.5], ['BL-88735', '26/09/2025', 20]];
  const lines = bls.map(([n, d, rate], i) => ({ d: `Bon de livraison ${n} du ${d} – ${rate === 20 ? 'boissons' : 'épicerie fine'}`, q: 1, up: 18640 + ((i * 5531) % 21000), rate }));
  const s = sums(lines);
  const r55 = s.rates.find((r) => r.rate === 5.5);
  const r20 = s.rates.find((r) => r.rate === 20);
  add({
    file: 'fr-recapitulative-bons-livraison.pdf', lang: 'fr', kind: 'invoice',
    seller: { name: 'Comptoir Gourmand SAS', lines: ['Comptoir Gourmand SAS · ZA des Pins · 33610 Cestas'] },
    buyer: ['Épicerie Le Panier', '7 place du Marché', '33000 Bordeaux'],
    title: 'Facture récapitulative',
    meta: [['N° facture', 'FR-0925-0147'], ['Date', '30/09/2025'], ['Client', 'CL-2204'], ['Période', 'septembre 2025']],
    table: { head: ['Livraison', 'Taux TVA', 'Montant HT'], widths: [0.62, 0.14, 0.24], align: 'lrr', rows: lines.map((l) => [l.d, `${pct(l.rate)} %`, `${fr(l.amt)} €`]) },
    totals: [['Total HT', `${fr(s.net)} €`], [`TVA 5,5 % sur ${fr(r55.net)}`, `${fr(r55.tax)} €`], [`TVA 20 % sur ${fr(r20.net)}`, `${fr(r20.tax)} €`], ['Total TTC', `${fr(s.gross)} €`, true]],
    after: ['', 'Conditions de paiement : 45 jours date de facture, par virement.', 'Pénalités de retard : 3 fois le taux d\'intérêt légal ; indemnité forfaitaire de recouvrement 40 €.'],
    footer: ['Comptoir Gourmand SAS – RCS Bordeaux 853 214 769 – TVA FR55 853214769'],
    small: true,
    truth: { invoiceNumber: 'FR-0925-0147', invoiceDate: '2025-09-30', dueDate: null, total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Location salle plénière (journée)', q: 1, u: 'j', up: 120000, rate: 20 },
    { d: 'Pause café matin et après-midi', q: 48, u: 'pers.', up: 950, rate: 10 },
    { d: 'Déjeuner buffet', q: 48, u: 'pers.', up: 3200, rate: 10 },
    { d: 'Vidéoprojecteur et sonorisation', q: 1, u: 'forfait', up: 35000, rate: 20 },
  ];
  const s = sums(lines);
  const r10 = s.rates.find((r) => r.rate === 10);
  const r20 = s.rates.find((r) => r.rate === 20);
  add({
    file: 'fr-tableau-sombre-totaux-gauche.pdf', lang: 'fr', kind: 'invoice', layout: 'dark', totalsLeft: true,
    seller: { name: 'DOMAINE DES CÈDRES', lines: ['Domaine des Cèdres SAS · Route de Gordes · 84220 Roussillon'] },
    buyer: ['Laboratoires Ravel', 'Service achats', '120 avenue du Prado', '13008 Marseille'],
    title: 'FACTURE',
    metaRow: [['N° de facture', 'DC-25-0612'], ['Date', '12/06/2025'], ['Événement', '05/06/2025'], ['Échéance', '12/07/2025']],
    table: { head: ['Prestation', 'Qté', 'PU HT', 'TVA', 'Total HT'], widths: [0.44, 0.13, 0.15, 0.1, 0.18], align: 'lrrrr', rows: lines.map((l) => [l.d, `${l.q} ${l.u}`, `${fr(l.up)} €`, `${l.rate} %`, `${fr(l.amt)} €`]) },
    totals: [['Total HT', `${fr(s.net)} €`], ['TVA 10 %', `${fr(r10.tax)} €`], ['TVA 20 %', `${fr(r20.tax)} €`], ['Total TTC', `${fr(s.gross)} €`, true]],
    after: ['', 'Merci de rappeler le numéro de facture lors de votre virement.'],
    footer: ['Domaine des Cèdres SAS – RCS Avignon 790 456 123 – TVA FR71 790456123 – IBAN FR76 1460 7000 0112 3456 7890 123'],
    truth: { invoiceNumber: 'DC-25-0612', invoiceDate: '2025-06-12', dueDate: '2025-07-12', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Débroussaillage terrain 1 200 m²', q: 1, u: 'forfait', up: 48000, rate: 20 },
    { d: 'Abattage pin, dessouchage', q: 2, u: 'u', up: 36500, rate: 20 },
    { d: 'Évacuation déchets verts', q: 4, u: 'm³', up: 3800, rate: 20 },
  ];
  const s = sums(lines);
  add({
    file: 'fr-scan-180-degres.pdf', lang: 'fr', kind: 'invoice', scan: { dpi: 130, quality: 42, angle: 180.6, seed: 180 },
    seller: { name: 'Jardins du Luberon', lines: ['Jardins du Luberon EURL · 3 chemin des Vignes · 84400 Apt'] },
    buyer: ['M. et Mme Garnier', '15 impasse des Oliviers', '84400 Apt'],
    title: 'FACTURE',
    meta: [['Facture n°', 'JL-2025-219'], ['Date', '21/11/2025'], ['Intervention', '18/11/2025'], ['Échéance', '05/12/2025']],
    table: { head: ['Désignation', 'Qté', 'PU HT', 'Total HT'], widths: [0.5, 0.14, 0.18, 0.18], align: 'lrrr', rows: lines.map((l) => [l.d, `${l.q} ${l.u}`, fr(l.up), fr(l.amt)]) },
    totals: [['Total HT', `${fr(s.net)} €`], ['TVA 20 %', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.gross)} €`, true]],
    after: ['', 'Règlement par chèque ou virement.'],
    footer: ['Jardins du Luberon EURL – SIRET 834 567 912 00018 – TVA FR09 834567912'],
    truth: { invoiceNumber: 'JL-2025-219', invoiceDate: '2025-11-21', dueDate: '2025-12-05', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Contrat maintenance copieur, trimestre 4', q: 1, u: 'forfait', up: 21000, rate: 20 },
    { d: 'Copies noir et blanc', q: 18420, u: 'p.', up: 0.6, rate: 20 },
    { d: 'Copies couleur', q: 3112, u: 'p.', up: 5.5, rate: 20 },
    { d: 'Cartouche agrafes', q: 2, u: 'u', up: 2450, rate: 20 },
  ];
  const s = sums(lines);
  const ocr = [['Facture', 'Facturé'], ['Échéance', 'Echeance'], ['Total HT', 'Tota1 HT'], ['maintenance', 'rnaintenance'], ['TVA 20 %', 'TVA 20 X'], ['Date', 'Dale']];
  add({
    file: 'fr-scan-copieur-ocr.pdf', lang: 'fr', kind: 'invoice', scan: { dpi: 120, quality: 35, angle: -0.3, ocrLayer: ocr, seed: 3 },
    seller: { name: 'Bureautique Provence', lines: ['Bureautique Provence SARL · 44 bd de la Libération · 13004 Marseille'] },
    buyer: ['Cabinet médical des Chartreux', '2 rue Sainte-Sophie', '13004 Marseille'],
    title: 'FACTURE',
    meta: [['N°', 'BP-25-11873'], ['Date', '05/01/2026'], ['Échéance', '04/02/2026'], ['Compteur relevé le', '31/12/2025']],
    table: { head: ['Désignation', 'Qté', 'PU HT', 'Total HT'], widths: [0.5, 0.14, 0.18, 0.18], align: 'lrrr', rows: lines.map((l) => [l.d, `${fr(round(l.q * 100)).replace(/,00$/, '')} ${l.u}`, l.up < 100 ? `0,${String(round(l.up * 10)).padStart(3, '0')}` : fr(l.up), fr(l.amt)]) },
    totals: [['Total HT', `${fr(s.net)} €`], ['TVA 20 %', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.gross)} €`, true]],
    after: ['', 'Prélèvement SEPA à échéance.'],
    footer: ['Bureautique Provence SARL – RCS Marseille 512 345 678 – TVA FR33 512345678'],
    truth: { invoiceNumber: 'BP-25-11873', invoiceDate: '2026-01-05', dueDate: '2026-02-04', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}

// =====================================================================================
// Other languages: Luxembourgish, Maltese, Welsh
// =====================================================================================
{
  const lines = [
    { d: 'Gaart ëmgeschafft, Hecken geschnidden', q: 14, u: 'Stonnen', up: 5200, rate: 17 },
    { d: 'Buedem a Kompost', q: 3, u: 'm³', up: 8900, rate: 17 },
    { d: 'Planzen (Lavendel, Buchs)', q: 40, u: 'Stéck', up: 690, rate: 17 },
  ];
  const s = sums(lines);
  add({
    file: 'lb-rechnung.pdf', lang: 'lb', kind: 'invoice',
    seller: { name: 'Gaardebau Reuter S.à r.l.', lines: ['Gaardebau Reuter S.à r.l. · 8, Haaptstrooss · L-9806 Hosingen'] },
    buyer: ['Famill Kieffer', '23, rue de la Forêt', 'L-9530 Wiltz'],
    title: 'Rechnung',
    meta: [['Rechnungsnummer', 'GR-2025-077'], ['Datum', '15.04.2025'], ['Bezuelt bis', '15.05.2025']],
    table: { head: ['Beschreiwung', 'Quantitéit', 'Präis', 'Montant'], widths: [0.46, 0.18, 0.16, 0.2], align: 'lrrr', rows: lines.map((l) => [l.d, `${l.q} ${l.u}`, `${de(l.up)} €`, `${de(l.amt)} €`]) },
    totals: [['Total ouni TVA', `${de(s.net)} €`], ['TVA 17 %', `${de(s.tax)} €`], ['Total mat TVA', `${de(s.gross)} €`, true]],
    after: ['', 'Merci fir Ären Optrag! Bezuelung op LU12 0019 1234 5678 9000.'],
    footer: ['Gaardebau Reuter S.à r.l. · RCS B 211234 · TVA LU30123456'],
    truth: { invoiceNumber: 'GR-2025-077', invoiceDate: '2025-04-15', dueDate: '2025-05-15', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Servizz ta’ tindif tal-uffiċċju (Ġunju)', q: 1, u: 'xahar', up: 64000, rate: 18 },
    { d: 'Tindif tat-twieqi', q: 12, u: 'siegħa', up: 1800, rate: 18 },
    { d: 'Prodotti tat-tindif', q: 1, u: 'sett', up: 8650, rate: 18 },
  ];
  const s = sums(lines);
  add({
    file: 'mt-fattura.pdf', lang: 'mt', kind: 'invoice',
    seller: { name: 'Ħarsien Cleaning Ltd', lines: ['Ħarsien Cleaning Ltd · 14, Triq il-Kbira · Ħaż-Żebbuġ ZBG 1302 · VAT MT12345678'] },
    buyer: ['Għaqda Mużikali San Ġorġ', 'Triq San Ġorġ', 'Qormi QRM 2501'],
    title: 'FATTURA',
    meta: [['Numru tal-Fattura', 'HC-2025-0088'], ['Data', '30/06/2025'], ['Data tal-Ħlas', '30/07/2025']],
    table: { head: ['Deskrizzjoni', 'Kwantità', 'Prezz', 'Ammont'], widths: [0.48, 0.16, 0.16, 0.2], align: 'lrrr', rows: lines.map((l) => [l.d, `${l.q} ${l.u}`, `€${en(l.up)}`, `€${en(l.amt)}`]) },
    totals: [['Total mingħajr VAT', `€${en(s.net)}`], ['VAT 18%', `€${en(s.tax)}`], ['Total dovut', `€${en(s.gross)}`, true]],
    after: ['', 'Grazzi tan-negozju tagħkom. IBAN MT84 MALT 0110 0001 2345 MTLC AST0 01S'],
    truth: { invoiceNumber: 'HC-2025-0088', invoiceDate: '2025-06-30', dueDate: '2025-07-30', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { d: 'Cyfieithu dogfennau (Saesneg i Gymraeg)', q: 4200, u: 'gair', up: 11, rate: 20 },
    { d: 'Prawfddarllen', q: 3, u: 'awr', up: 3500, rate: 20 },
    { d: 'Fformatio a chysodi', q: 1, u: 'pecyn', up: 12000, rate: 20 },
  ];
  const s = sums(lines);
  add({
    file: 'cy-anfoneb.pdf', lang: 'cy', kind: 'invoice',
    seller: { name: 'Geiriau Gwyn Cyf.', lines: ['Geiriau Gwyn Cyf. · 7 Stryd y Bont · Aberystwyth SY23 1PZ · Rhif TAW GB 123 4567 89'] },
    buyer: ['Cyngor Tref Llanbedr', 'Neuadd y Dref', 'Llanbedr Pont Steffan SA48 7AA'],
    title: 'ANFONEB',
    meta: [['Rhif yr anfoneb', 'GG-25-014'], ['Dyddiad', '21/05/2025'], ['Dyddiad talu', '20/06/2025']],
    table: { head: ['Disgrifiad', 'Nifer', 'Pris', 'Swm'], widths: [0.48, 0.16, 0.16, 0.2], align: 'lrrr', rows: lines.map((l) => [l.d, `${en(l.q * 100).replace(/\.00$/, '')} ${l.u}`, `£${en(l.up)}`, `£${en(l.amt)}`]) },
    totals: [['Is-gyfanswm', `£${en(s.net)}`], ['TAW 20%', `£${en(s.tax)}`], ["Cyfanswm i'w dalu", `£${en(s.gross)}`, true]],
    after: ['', 'Diolch yn fawr. Côd didoli 12-34-56, rhif cyfrif 12345678.'],
    truth: { invoiceNumber: 'GG-25-014', invoiceDate: '2025-05-21', dueDate: '2025-06-20', total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'GBP', documentType: 'invoice' },
  });
}

// =====================================================================================
// Images: receipts, a hotel folio photo, a handwritten Quittung
// =====================================================================================
function receiptTruth(date, s, currency, withNet = true) {
  return { invoiceDate: date, dueDate: null, total: eur(s.gross), ...(withNet ? { subtotal: eur(s.net), tax: eur(s.tax) } : {}), currency, documentType: 'receipt' };
}
{
  const items = [{ d: 'Roggenmischbrot 750g', q: 1, up: 385, rate: 7 }, { d: 'Laugenbrezel', q: 4, up: 95, rate: 7 }, { d: 'Mohnbrötchen', q: 6, up: 55, rate: 7 }, { d: 'Bienenstich', q: 2, up: 290, rate: 7 }, { d: 'Kaffee Crema', q: 1, up: 280, rate: 19 }];
  const s = grossSums(items);
  const text = [center('Bäckerei Sonnenkorn'), center('Ulmer Str. 14, 89073 Ulm'), center('Tel. 0731 123456'), dash(),
    ...items.flatMap((l) => (l.q > 1 ? [l.d, lr(`  ${l.q} x ${de(l.up)}`, `${de(l.amt)} ${l.rate === 7 ? 'B' : 'A'}`)] : [lr(l.d, `${de(l.amt)} ${l.rate === 7 ? 'B' : 'A'}`)])),
    dash(), lr('SUMME EUR', de(s.gross)), lr('Gegeben BAR', '20,00'), lr('Rückgeld', de(2000 - s.gross)), '',
    lr('MwSt      Netto   Steuer', ''), ...s.rates.map((r) => lr(`${r.rate === 7 ? 'B' : 'A'} ${r.rate}%`, `${de(r.net)}    ${de(r.tax)}`)),
    '', lr('Bon 4471', '14.02.2026 07:42'), 'TSE-Seriennr. 8f3a…c21', center('Vielen Dank!')];
  add({ file: 'de-baeckerei-bon-exif6.jpg', lang: 'de', kind: 'receipt', receipt: { text, seed: 61 }, capture: { exif: 6, angle: 2.1, shadow: true }, truth: receiptTruth('2026-02-14', s, 'EUR') });
}
{
  const fuel = { d: 'Super E10', q: 43.18, up: 1.789 * 100, rate: 19 };
  fuel.amt = round(43.18 * 178.9);
  const items = [fuel, { d: 'Scheibenreiniger 5l', q: 1, up: 699, rate: 19 }];
  const s = grossSums(items);
  const text = [center('TANKSTELLE AM RING'), center('Ringstr. 201, 45879 Gelsenkirchen'), dash(),
    'Säule 4', lr(fuel.d, `${de(fuel.amt)} EUR A`), `  43,18 l x 1,789 EUR/l`, lr(items[1].d, `${de(699)} EUR A`), dash(),
    lr('Gesamtbetrag EUR', de(s.gross)), lr('Girocard', de(s.gross)), '', lr('Netto', de(s.net)), lr('MwSt 19% A', de(s.tax)), lr('Brutto', de(s.gross)), '',
    lr('Datum: 18.01.2026', 'Uhrzeit: 21:37'), 'Beleg-Nr. 0087621', dash(), center('Kundenbeleg'), center('girocard kontaktlos'), lr('Terminal-ID', '65123487'), lr('TA-Nr. 004411', 'BNr. 3302'),
    lr('Betrag EUR', de(s.gross)), center('Zahlung erfolgt'), lr('18.01.2026', '21:38')];
  add({ file: 'de-tankstelle-kartenbeleg-dunkel.jpg', lang: 'de', kind: 'receipt', receipt: { text, seed: 62 }, capture: { dark: true, angle: -3, shadow: true }, truth: receiptTruth('2026-01-18', s, 'EUR') });
}
{
  const items = [{ d: 'Hafermilch Bio 1l', q: 2, up: 199, rate: 7 }, { d: 'Apfelsaft naturtrüb 0,7l', q: 3, up: 259, rate: 19 }, { d: 'Pfand Mehrweg', q: 3, up: 15, rate: 19 }, { d: 'Mineralwasser 0,75l', q: 6, up: 79, rate: 19 }, { d: 'Pfand Mehrweg', q: 6, up: 15, rate: 19 }, { d: 'Dinkelvollkornmehl', q: 1, up: 239, rate: 7 }, { d: 'Äpfel Elstar lose', q: 1, up: 412, rate: 7 }, { d: 'Joghurt Natur 500g', q: 2, up: 149, rate: 7 }, { d: 'Pfand Glas', q: 2, up: 15, rate: 19 }, { d: 'Leergut Rückgabe', q: -8, up: 15, rate: 19 }];
  const s = grossSums(items);
  const code = (l) => (l.rate === 7 ? 'B' : 'A');
  const text = [center('BIOMARKT LÖWENZAHN'), center('Kastanienallee 7, 10435 Berlin'), dash(),
    ...items.flatMap((l) => (Math.abs(l.q) > 1 ? [l.d, lr(`  ${l.q} x ${de(l.up)}`, `${de(l.amt)} ${code(l)}`)] : [lr(l.d, `${de(l.amt)} ${code(l)}`)])),
    dash(), lr('SUMME', `EUR ${de(s.gross)}`), lr('EC-Karte', `EUR ${de(s.gross)}`), '', 'Steuer   Netto    MwSt   Brutto',
    ...s.rates.map((r) => `${code(r)} ${String(r.rate).padEnd(3)}% ${de(r.net).padStart(7)} ${de(r.tax).padStart(7)} ${de(r.gross).padStart(8)}`), lr('Summe', `${de(s.net)} ${de(s.tax).padStart(7)} ${de(s.gross).padStart(8)}`), '',
    lr('11.03.2026 18:05', 'Bon 2231'), 'Kasse 2  Bed. 07', center('Danke und bis bald!')];
  add({ file: 'de-biomarkt-pfand-zerknittert.jpg', lang: 'de', kind: 'receipt', receipt: { text, seed: 63 }, capture: { crumple: true, angle: 1.5, quality: 52 }, truth: receiptTruth('2026-03-11', s, 'EUR') });
}
{
  const items = [{ d: 'BAGUETTE TRADITION', q: 2, up: 130, rate: 5.5 }, { d: 'CROISSANT', q: 4, up: 120, rate: 5.5 }, { d: 'PAIN AU CHOCOLAT', q: 3, up: 135, rate: 5.5 }, { d: 'TARTE AUX POMMES 6P', q: 1, up: 1650, rate: 5.5 }, { d: 'CAFE', q: 1, up: 180, rate: 10 }];
  const s = grossSums(items);
  const text = [center('BOULANGERIE DU CANAL'), center('12 quai de Jemmapes 75010 Paris'), center('SIRET 812 000 444 00017'), dash(),
    ...items.map((l) => lr(`${l.q} ${l.d}`, fr(l.amt))), dash(), lr('TOTAL EUR', fr(s.gross)), lr('CB EMV', fr(s.gross)), '',
    'TAUX     HT      TVA     TTC', ...s.rates.map((r) => `${pct(r.rate).padEnd(5)}% ${fr(r.net).padStart(6)} ${fr(r.tax).padStart(7)} ${fr(r.gross).padStart(7)}`), '',
    lr('Ticket 0213', '07/03/2026 08:16'), center('MERCI DE VOTRE VISITE')];
  add({ file: 'fr-boulangerie-ticket-scan150.jpg', lang: 'fr', kind: 'receipt', receipt: { text, seed: 64 }, capture: { scanGray: 150 }, truth: receiptTruth('2026-03-07', s, 'EUR') });
}
{
  const items = [{ d: 'DOLIPRANE 1000MG CPR', q: 2, up: 218, rate: 2.1 }, { d: 'SERUM PHYSIO 40 UNIDOSES', q: 1, up: 395, rate: 10 }, { d: 'CREME SOLAIRE SPF50', q: 1, up: 1690, rate: 20 }, { d: 'PANSEMENTS ASSORTIS', q: 1, up: 449, rate: 20 }];
  const s = grossSums(items);
  const text = [center('PHARMACIE DES ARCADES'), center('3 place des Arcades 31000 Toulouse'), dash(),
    ...items.map((l) => lr(`${l.d}`, `${fr(l.amt)}`)), dash(), lr('TOTAL A PAYER', `${fr(s.gross)} EUR`), lr('CARTE BANCAIRE', fr(s.gross)), '',
    'TVA    HT      TVA', ...s.rates.map((r) => `${pct(r.rate).padEnd(5)}% ${fr(r.net).padStart(6)} ${fr(r.tax).padStart(6)}`), lr('TOTAL TVA', fr(s.tax)), '',
    lr('LE 24/02/2026', 'A 11:52'), 'CAISSE 1  VENDEUR 3  N° 66017', center('Prenez soin de vous')];
  add({ file: 'fr-pharmacie-ticket-exif8.jpg', lang: 'fr', kind: 'receipt', receipt: { text, seed: 65 }, capture: { exif: 8, angle: -1.2 }, truth: receiptTruth('2026-02-24', s, 'EUR') });
}
{
  const s = grossSums([{ d: 'Parkgebühr', q: 1, up: 650, rate: 19 }]);
  const text = [center('PARKHAUS ALTSTADT'), center('Automat 03'), dash(24), 'Einfahrt  09.04.2026 13:12', 'Ausfahrt  09.04.2026 17:41', 'Parkdauer  4 h 29 min', dash(24), lr('Betrag EUR', de(s.gross), 24), lr('bezahlt', de(s.gross), 24), lr('inkl. MwSt 19%', de(s.tax), 24), lr('Netto', de(s.net), 24), dash(24), 'Quittung Nr. 031-55812', 'Stadtwerke Musterstadt', 'USt-IdNr. DE811111111'];
  add({ file: 'de-parkautomat-quittung.jpg', lang: 'de', kind: 'receipt', receipt: { text, seed: 66, cols: 24, font: 'monob' }, capture: { angle: 4, shadow: true, faded: true }, truth: receiptTruth('2026-04-09', s, 'EUR') });
}
{
  const nights = [['14.09.2025', 'Übernachtung DZ Komfort'], ['15.09.2025', 'Übernachtung DZ Komfort'], ['16.09.2025', 'Übernachtung DZ Komfort']];
  const items = [];
  nights.forEach(([d, t]) => { items.push({ date: d, d: t, q: 1, up: 11800, rate: 7 }); items.push({ date: d, d: 'Frühstück 2 Pers.', q: 1, up: 3600, rate: 19 }); });
  items.push({ date: '15.09.2025', d: 'Minibar', q: 1, up: 1250, rate: 19 });
  items.push({ date: '16.09.2025', d: 'Parkplatz', q: 3, up: 1200, rate: 19 });
  const s = grossSums(items);
  const text = [center('HOTEL SEEBLICK', 58), center('Uferpromenade 3 · 88131 Lindau (Bodensee)', 58), '', 'Herrn Dr. Tobias Kranz', 'Bergstraße 5', '70184 Stuttgart', '',
    lr('RECHNUNG Nr. 25-09-3318', 'Datum 17.09.2025', 58), lr('Zimmer 214', 'Anreise 14.09.2025  Abreise 17.09.2025', 58), '-'.repeat(58),
    lr('Datum       Leistung', 'Betrag EUR', 58), ...items.map((l) => lr(`${l.date}  ${l.d}${l.q > 1 ? ` ${l.q} x ${de(l.up)}` : ''}`, de(l.amt), 58)), '-'.repeat(58),
    lr('Gesamtbetrag EUR', de(s.gross), 58), lr('Zahlung Mastercard 17.09.2025', `-${de(s.gross)}`, 58), lr('Saldo', '0,00', 58), '',
    lr('MwSt-Satz      Netto       MwSt      Brutto', '', 58), ...s.rates.map((r) => lr(`${r.rate} %`, `${de(r.net).padStart(9)}  ${de(r.tax).padStart(9)}  ${de(r.gross).padStart(9)}`, 58)), '',
    'Hotel Seeblick GmbH · USt-IdNr. DE145678901 · HRB 1234 Kempten'];
  add({ file: 'de-hotel-folio-foto-exif6.jpg', lang: 'de', kind: 'receipt', receipt: { text, seed: 67, cols: 58 }, capture: { exif: 6, angle: 1.4, shadow: true, quality: 55 }, truth: { invoiceNumber: '25-09-3318', invoiceDate: '2025-09-17', dueDate: null, total: eur(s.gross), subtotal: eur(s.net), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' } });
}
{
  // A printed Quittung form filled in by hand.
  const net = 25000;
  const tax = round(net * 0.19);
  add({ file: 'de-quittung-handschrift.jpg', lang: 'de', kind: 'quittung', form: { net, tax, gross: net + tax, words: 'zweihundertsiebenundneunzig 50/100', from: 'Fa. Umzüge Krüger', for: 'Entrümpelung Keller, 2 Helfer', place: 'Kassel, 06.05.2026', seed: 68 }, capture: { angle: -2.5, shadow: true, quality: 50 }, truth: { invoiceDate: '2026-05-06', dueDate: null, total: eur(net + tax), subtotal: eur(net), tax: eur(tax), currency: 'EUR', documentType: 'receipt' } });
}
{
  const s = grossSums([{ d: 'course', q: 1, up: 3460, rate: 10 }]);
  const text = [center('TAXI PARISIEN'), center('Licence n° 12345'), center('Véhicule GH-418-KZ'), dash(), lr('Date', '19/03/2026'), lr('Début', '23:05'), lr('Fin', '23:31'), lr('Départ', 'Gare de Lyon'), lr('Arrivée', 'Paris 17e'), lr('Tarif', 'B'), lr('Distance', '11,4 km'), dash(), lr('Prix course', fr(3060)), lr('Supplément bagage', fr(400)), lr('PRIX TTC', `${fr(s.gross)} EUR`), lr('dont TVA 10 %', fr(s.tax)), lr('Paiement', 'CB'), dash(), center('Ticket n° 000812'), center('Bon voyage')];
  add({ file: 'fr-taxi-ticket-froisse.jpg', lang: 'fr', kind: 'receipt', receipt: { text, seed: 69 }, capture: { crumple: true, angle: -4, dark: false }, truth: { invoiceDate: '2026-03-19', dueDate: null, total: eur(s.gross), tax: eur(s.tax), currency: 'EUR', documentType: 'receipt' } });
}
