// Data and truth of the seventh held-out sweep (fixtures/sweep7, see fixtures/README.md), written
// blind to the extractor. Amounts are integer cents; every subtotal, tax and total is computed here
// from the lines, so what the page prints and what truth.json says cannot disagree. The layout
// (pdfkit / @napi-rs/canvas) lives in make-sweep7-fixtures.mjs. All parties are invented
// (`.example` domains, sample IBANs).

// ---------------------------------------------------------------------------------------------
// Money and dates

const group3 = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const split = (c) => { const a = Math.abs(Math.round(c)); return [Math.floor(a / 100), String(a % 100).padStart(2, '0'), c < 0 ? '-' : '']; };
/** 1.234,56 (German, Dutch, Italian, Spanish, Portuguese print). */
export const de = (c) => { const [i, d, s] = split(c); return `${s}${group3(String(i), '.')},${d}`; };
/** 1 234,56 (French print). */
export const fr = (c) => { const [i, d, s] = split(c); return `${s}${group3(String(i), ' ')},${d}`; };
/** Receipt print: no thousands separator. */
export const rc = (c) => { const [i, d, s] = split(c); return `${s}${i},${d}`; };

const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
const parts = (iso) => iso.split('-').map(Number);
const p2 = (n) => String(n).padStart(2, '0');
/** 03.03.2025 */
export const dDot = (iso) => { const [y, m, d] = parts(iso); return `${p2(d)}.${p2(m)}.${y}`; };
/** 03/03/2025 */
export const dSlash = (iso) => { const [y, m, d] = parts(iso); return `${p2(d)}/${p2(m)}/${y}`; };
/** 3. März 2025 / 3 mars 2025 / 3 de marzo de 2025 / 3 maart 2025 */
export const dWords = (iso, lang) => {
  const [y, m, d] = parts(iso);
  const mo = MONTHS[lang][m - 1];
  if (lang === 'de') return `${d}. ${mo} ${y}`;
  if (lang === 'es') return `${d} de ${mo} de ${y}`;
  return `${d === 1 && lang === 'fr' ? '1er' : d} ${mo} ${y}`;
};

// ---------------------------------------------------------------------------------------------
// Lines and sums

/** A priced line: qty x unit (cents), VAT rate in percent; net rounded to the cent. */
const L = (desc, qty, unit, rate, extra = {}) => ({ desc, qty, unit, rate, net: Math.round(qty * unit), ...extra });

/** Net per rate, tax per rate (rounded per rate, as invoicing software does), sums. */
function sums(lines) {
  const byRate = new Map();
  for (const l of lines) byRate.set(l.rate, (byRate.get(l.rate) ?? 0) + l.net);
  const rates = [...byRate.entries()].sort((a, b) => a[0] - b[0]).map(([rate, net]) => ({ rate, net, tax: Math.round((net * rate) / 100) }));
  const subtotal = rates.reduce((s, r) => s + r.net, 0);
  const tax = rates.reduce((s, r) => s + r.tax, 0);
  return { rates, subtotal, tax, total: subtotal + tax };
}
const eur = (c) => c / 100;
const qtyDe = (q) => (Number.isInteger(q) ? String(q) : String(q).replace('.', ','));

function truth(t) {
  const out = {};
  for (const k of ['invoiceNumber', 'invoiceDate', 'dueDate', 'total', 'subtotal', 'tax', 'currency', 'documentType']) if (k in t) out[k] = t[k];
  return out;
}

// ---------------------------------------------------------------------------------------------
// German invoices

function deLexoffice() {
  const lines = [
    L('Konzeption Relaunch Website (Workshop, 2 Termine)', 1, 145000, 19),
    L('Screendesign Startseite und 6 Unterseiten', 14, 9500, 19),
    L('Umsetzung CMS-Templates', 22.5, 9500, 19),
    L('Hosting-Einrichtung (pauschal)', 1, 19000, 19),
  ];
  const s = sums(lines);
  return {
    file: 'de-lexoffice-rechnung.pdf', kind: 'pdf', style: 'modern', lang: 'de',
    letterhead: [['Pixelwerk Kowalski', 16, true], ['Webdesign & Entwicklung', 9]],
    sender: 'Pixelwerk Kowalski · Bergstraße 14 · 04109 Leipzig',
    recipient: ['Gärtnerei Lindholm GmbH', 'Frau Jana Lindholm', 'Am Anger 3', '06108 Halle (Saale)'],
    meta: [['Rechnungsnr.', 'RE250042'], ['Kundennr.', '10027'], ['Rechnungsdatum', '03.03.2025'], ['Lieferdatum', '28.02.2025'], ['Ihr Ansprechpartner', 'Tomasz Kowalski']],
    title: 'Rechnung Nr. RE250042',
    intro: ['Sehr geehrte Frau Lindholm,', 'vielen Dank für Ihren Auftrag. Vereinbarungsgemäß berechnen wir Ihnen folgende Leistungen:'],
    columns: [['Pos.', 30, 'l'], ['Beschreibung', 235, 'l'], ['Menge', 50, 'r'], ['Einheit', 45, 'l'], ['Einzelpreis', 65, 'r'], ['Gesamtpreis', 70, 'r']],
    rows: lines.map((l, i) => [String(i + 1), l.desc, qtyDe(l.qty).replace(/^(\d+)$/, '$1,00').replace(/,5$/, ',50'), l.qty === 1 ? 'pauschal' : 'Std.', `${de(l.unit)} €`, `${de(l.net)} €`]),
    totals: [['Gesamtbetrag netto', `${de(s.subtotal)} €`], ['zzgl. Umsatzsteuer 19%', `${de(s.tax)} €`], ['Gesamtbetrag', `${de(s.total)} €`, true]],
    after: ['Zahlungsbedingungen: Zahlung innerhalb von 14 Tagen ab Rechnungseingang ohne Abzüge.', 'Mit freundlichen Grüßen', 'Tomasz Kowalski'],
    footer: ['Pixelwerk Kowalski · Inhaber Tomasz Kowalski · Bergstraße 14 · 04109 Leipzig · USt-IdNr. DE298765431', 'Sparkasse Leipzig · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX · kontakt@pixelwerk.example'],
    truth: truth({ invoiceNumber: 'RE250042', invoiceDate: '2025-03-03', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function deDatevSlash() {
  const lines = [
    L('Buchführung Januar 2025 (lt. Vereinbarung)', 1, 42000, 19),
    L('Lohnabrechnung, 7 Arbeitnehmer à 28,00', 7, 2800, 19),
    L('Umsatzsteuer-Voranmeldung Januar 2025', 1, 9800, 19),
    L('Auslagenpauschale Post und Telekommunikation', 1, 2000, 19),
  ];
  const s = sums(lines);
  return {
    file: 'de-steuerbuero-nr-slash.pdf', kind: 'pdf', style: 'letter', lang: 'de',
    letterhead: [['Steuerberatung Ehrenfeld & Partner mbB', 13, true], ['Steuerberater · vereidigter Buchprüfer', 8.5]],
    sender: 'Ehrenfeld & Partner mbB · Venloer Str. 212 · 50823 Köln',
    recipient: ['Brauhaus Sülzgürtel GmbH', 'Geschäftsführung', 'Sülzgürtel 41', '50937 Köln'],
    place: 'Köln, 3. März 2025',
    title: 'Rechnung Nr. 2025/0042',
    meta: [['Mandanten-Nr.', '21407'], ['Steuernummer', '217/5740/1193']],
    metaStyle: 'line',
    intro: ['Für unsere Tätigkeit im Abrechnungszeitraum Januar 2025 erlauben wir uns zu berechnen:'],
    columns: [['Gegenstand', 390, 'l'], ['EUR', 105, 'r']],
    rows: lines.map((l) => [l.desc, de(l.net)]),
    totals: [['Summe netto', de(s.subtotal)], ['Umsatzsteuer 19 %', de(s.tax)], ['Rechnungsbetrag', de(s.total), true]],
    after: ['Bitte überweisen Sie den Rechnungsbetrag bis zum 17. März 2025 unter Angabe der Rechnungsnummer.', 'Die Abrechnung erfolgt nach der Steuerberatervergütungsverordnung (StBVV).'],
    footer: ['Ehrenfeld & Partner mbB · Partnerschaftsregister AG Essen PR 4021 · USt-IdNr. DE312456789', 'Kreissparkasse Köln · IBAN DE02 3705 0299 0000 1234 56 · BIC COKSDE33XXX'],
    truth: truth({ invoiceNumber: '2025/0042', invoiceDate: '2025-03-03', dueDate: '2025-03-17', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function deGrosshandel() {
  const items = [
    ['400127', 'Edelstahl-Schraube DIN 912 M6x20 A2', 5, 'VE100', 1290, 19],
    ['400131', 'Edelstahl-Schraube DIN 912 M8x30 A2', 3, 'VE50', 1675, 19],
    ['410560', 'Scheibe DIN 125 M8 A2', 4, 'VE100', 395, 19],
    ['410577', 'Sechskantmutter DIN 934 M8 A2', 4, 'VE100', 540, 19],
    ['522010', 'Dübel SX 8x40', 6, 'VE50', 465, 19],
    ['522014', 'Dübel SX 10x50', 2, 'VE50', 780, 19],
    ['600300', 'Bohrer HSS-G 6,0 mm', 10, 'Stk', 189, 19],
    ['600302', 'Bohrer HSS-G 8,0 mm', 10, 'Stk', 265, 19],
    ['600415', 'Steinbohrer SDS-plus 10x160', 5, 'Stk', 420, 19],
    ['701022', 'Silikon sanitär transparent 310 ml', 24, 'Kart.', 395, 19],
    ['701045', 'Montagekleber 290 g', 12, 'Kart.', 610, 19],
    ['702010', 'PU-Schaum 750 ml', 12, 'Dose', 735, 19],
    ['810001', 'Arbeitshandschuhe Nitril Gr. 9', 20, 'Paar', 245, 19],
    ['810017', 'Schutzbrille klar EN166', 6, 'Stk', 390, 19],
    ['820301', 'Abdeckfolie 4x5 m', 15, 'Stk', 155, 19],
    ['830502', 'Malerkrepp 30 mm x 50 m', 24, 'Rolle', 199, 19],
    ['840110', 'Kabelbinder 200x4,8 schwarz', 5, 'VE100', 310, 19],
    ['850220', 'Cuttermesser-Klingen 18 mm', 10, 'VE10', 230, 19],
    ['860004', 'Zollstock Holz 2 m', 4, 'Stk', 690, 19],
    ['870015', 'Kaffee Crema 1 kg (Pausenraum)', 3, 'Pkt', 1390, 7],
    ['870021', 'Mineralwasser 12x1,0 l', 4, 'Kiste', 540, 7],
    ['900001', 'Frachtkostenanteil', 1, 'psch', 1490, 19],
  ];
  const lines = items.map(([art, desc, q, ve, unit, rate]) => L(desc, q, unit, rate, { art, ve }));
  const s = sums(lines);
  const r7 = s.rates.find((r) => r.rate === 7);
  const r19 = s.rates.find((r) => r.rate === 19);
  return {
    file: 'de-grosshandel-artikel.pdf', kind: 'pdf', style: 'dense', lang: 'de',
    letterhead: [['BAUFIX Großhandel Nord GmbH', 14, true], ['Befestigungstechnik · Werkzeug · Arbeitsschutz', 8]],
    sender: 'BAUFIX Großhandel Nord GmbH · Industriestr. 7 · 24539 Neumünster',
    recipient: ['Holzbau Petersen e.K.', 'Dorfstraße 22', '24613 Aukrug'],
    meta: [['Rechnungsnummer', '250318-117'], ['Rechnungsdatum', '18.03.2025'], ['Kunden-Nr.', 'K-30455'], ['Lieferschein-Nr.', 'LS-250317-088'], ['Auftrags-Nr.', 'AB-25-01172'], ['Lieferdatum', '17.03.2025'], ['Seite', '1 von 1']],
    title: 'RECHNUNG',
    columns: [['Pos', 22, 'l'], ['Art.-Nr.', 42, 'l'], ['Bezeichnung', 185, 'l'], ['Menge', 34, 'r'], ['VE', 36, 'l'], ['EP netto', 52, 'r'], ['USt', 26, 'r'], ['GP netto', 58, 'r']],
    rows: lines.map((l, i) => [String((i + 1) * 10), l.art, l.desc, String(l.qty), l.ve, de(l.unit), `${l.rate}%`, de(l.net)]),
    rowSize: 7.5,
    totals: [['Warenwert netto', de(s.subtotal)], [`USt 7 % auf ${de(r7.net)}`, de(r7.tax)], [`USt 19 % auf ${de(r19.net)}`, de(r19.tax)], ['Rechnungsbetrag EUR', de(s.total), true]],
    after: ['Zahlungsbedingungen: 10 Tage 2 % Skonto, 30 Tage netto.', 'Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.'],
    footer: ['BAUFIX Großhandel Nord GmbH · Sitz Neumünster · HRB 8821 KI · Geschäftsführer: H. Claußen · USt-IdNr. DE271155903', 'Förde Sparkasse · IBAN DE75 2105 0170 0012 3456 78 · BIC NOLADE21KIE · info@baufix-nord.example'],
    truth: truth({ invoiceNumber: '250318-117', invoiceDate: '2025-03-18', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function deStrom() {
  // Annual electricity bill: consumption 3 412 kWh at 31,85 ct, base price 12 months, Abschläge deducted.
  const lines = [
    L('Arbeitspreis 01.01.2024 - 31.12.2024: 3.412 kWh x 31,85 ct/kWh', 3412, 31.85, 19),
    L('Grundpreis 01.01.2024 - 31.12.2024: 12 Monate x 13,90 EUR', 12, 1390, 19),
  ];
  const s = sums(lines);
  const paid = 11 * 11200; // 11 Abschläge of 112,00 gross
  const rest = s.total - paid;
  return {
    file: 'de-stromrechnung-abschlaege.pdf', kind: 'pdf', style: 'utility', lang: 'de',
    letterhead: [['Stadtwerke Wendelstein', 15, true], ['Energie · Wasser · Wärme', 8.5]],
    sender: 'Stadtwerke Wendelstein GmbH · Am Kraftwerk 1 · 90530 Wendelstein',
    recipient: ['Herrn', 'Markus Obermeier', 'Lindenweg 9', '90530 Wendelstein'],
    title: 'Jahresverbrauchsabrechnung Strom 2024',
    meta: [['Rechnungsnummer', '3000418822'], ['Rechnungsdatum', '14.01.2025'], ['Kundennummer', '20 145 778'], ['Vertragskonto', '800 311 204'], ['Zählernummer', '1ESY1160 4482 31'], ['Abrechnungszeitraum', '01.01.2024 - 31.12.2024']],
    intro: ['Zählerstand alt (31.12.2023): 48.127 kWh · Zählerstand neu (31.12.2024): 51.539 kWh · Verbrauch: 3.412 kWh'],
    columns: [['Position', 330, 'l'], ['Netto EUR', 80, 'r'], ['USt-Satz', 45, 'r']],
    rows: lines.map((l) => [l.desc, de(l.net), '19 %']),
    totals: [['Summe netto', de(s.subtotal)], ['Umsatzsteuer 19 %', de(s.tax)], ['Rechnungsbetrag brutto', de(s.total), true], ['abzüglich geleistete Abschläge (11 x 112,00)', de(-paid)], ['Nachzahlung', de(rest), true]],
    after: [`Den Nachzahlungsbetrag von ${de(rest)} EUR buchen wir am 31.01.2025 von Ihrem Konto ab.`, 'Ihr neuer monatlicher Abschlag ab Februar 2025 beträgt 118,00 EUR.', 'Stromkennzeichnung: 61,2 % erneuerbare Energien; CO2-Emissionen 182 g/kWh.'],
    footer: ['Stadtwerke Wendelstein GmbH · Amtsgericht Nürnberg HRB 19944 · USt-IdNr. DE133456721', 'Sparkasse Nürnberg · IBAN DE44 7605 0101 0001 2345 67 · Gläubiger-ID DE98ZZZ00000012345'],
    truth: truth({ invoiceNumber: '3000418822', invoiceDate: '2025-01-14', dueDate: '2025-01-31', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
    note: { paid: eur(paid), rest: eur(rest) },
  };
}

function deGas() {
  // Gas bill with a refund: advance payments exceed the bill (Guthaben).
  const lines = [
    L('Verbrauch 01.04.2024 - 31.03.2025: 9.870 kWh x 10,42 ct/kWh', 9870, 10.42, 19),
    L('Grundpreis 365 Tage x 0,4421 EUR/Tag', 365, 44.21, 19),
    L('CO2-Kosten (BEHG) 9.870 kWh x 0,989 ct/kWh', 9870, 0.989, 19),
  ];
  const s = sums(lines);
  const paid = 12 * 13500;
  return {
    file: 'de-gasrechnung-guthaben.pdf', kind: 'pdf', style: 'utility', lang: 'de',
    letterhead: [['Nordlicht Energie AG', 15, true], ['Ihr Gasversorger', 8.5]],
    sender: 'Nordlicht Energie AG · Postfach 10 22 33 · 28022 Bremen',
    recipient: ['Frau', 'Hilke Janssen', 'Deichweg 4a', '26506 Norden'],
    title: 'Ihre Gasrechnung',
    meta: [['Rechnungs-Nr.', 'GA-2025-0887341'], ['Datum', '2025-04-09'], ['Kunden-Nr.', '4471120'], ['Zählpunkt', 'DE0004711000000000000000088773'], ['Zeitraum', '2024-04-01 bis 2025-03-31']],
    intro: ['Zählerstand 31.03.2025: 14.331 m³ (Vorjahr 13.412 m³), Brennwert 11,312, Zustandszahl 0,9497'],
    columns: [['Leistung', 345, 'l'], ['Betrag netto (EUR)', 110, 'r']],
    rows: lines.map((l) => [l.desc, de(l.net)]),
    totals: [['Nettobetrag', de(s.subtotal)], ['Umsatzsteuer 19 %', de(s.tax)], ['Bruttobetrag', de(s.total), true], ['bereits gezahlte Abschläge', de(-paid)], ['Ihr Guthaben', de(paid - s.total), true]],
    after: [`Ihr Guthaben von ${de(paid - s.total)} EUR überweisen wir Ihnen innerhalb von 14 Tagen auf Ihr Konto.`, 'Neuer Abschlag ab Mai 2025: 104,00 EUR monatlich.'],
    footer: ['Nordlicht Energie AG · Vorstand: Dr. F. Bruns · AG Bremen HRB 30112 · USt-IdNr. DE114488226', 'Commerzbank · IBAN DE27 2904 0090 0123 4567 00'],
    truth: truth({ invoiceNumber: 'GA-2025-0887341', invoiceDate: '2025-04-09', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function deMiete() {
  const lines = [L('Nettokaltmiete Büroeinheit 2. OG (182 m²)', 1, 236600, 19), L('Betriebskostenvorauszahlung', 1, 45500, 19), L('Stellplätze Tiefgarage Nr. 14, 15', 2, 8500, 19)];
  const s = sums(lines);
  return {
    file: 'de-mietrechnung-gewerbe.pdf', kind: 'pdf', style: 'letter', lang: 'de',
    letterhead: [['Hausverwaltung Sonnleitner', 14, true]],
    sender: 'Hausverwaltung Sonnleitner GmbH · Prinzregentenstr. 88 · 81675 München',
    recipient: ['Logopädie am Isartor GbR', 'Tal 40', '80331 München'],
    place: 'München, 24.02.2025',
    title: 'Mietrechnung März 2025',
    meta: [['Rechnung', 'M-2025-03-0117'], ['Objekt', 'Tal 40, 80331 München'], ['Mietzeitraum', '01.03.2025 - 31.03.2025']],
    metaStyle: 'line',
    intro: ['gemäß Mietvertrag vom 15.06.2021 (Option zur Umsatzsteuer nach § 9 UStG) stellen wir Ihnen in Rechnung:'],
    columns: [['', 330, 'l'], ['Menge', 40, 'r'], ['netto €', 80, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), de(l.net)]),
    totals: [['Summe netto', de(s.subtotal)], ['zzgl. 19 % USt', de(s.tax)], ['Zu zahlen', de(s.total), true]],
    after: ['Fällig am: 05.03.2025 (3. Werktag). Der Betrag wird per Dauerauftrag erwartet.'],
    footer: ['Hausverwaltung Sonnleitner GmbH · AG München HRB 177220 · Steuer-Nr. 143/110/54321', 'Stadtsparkasse München · IBAN DE31 7015 0000 0098 7654 32'],
    truth: truth({ invoiceNumber: 'M-2025-03-0117', invoiceDate: '2025-02-24', dueDate: '2025-03-05', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function deAbo() {
  const lines = [L('Team-Tarif "Business" (Leistungszeitraum 01.04.2025 - 30.04.2025)', 12, 1490, 19), L('Zusatzspeicher 100 GB', 1, 500, 19), L('Anteilig: 3 weitere Nutzer ab 16.04.2025', 3, 745, 19)];
  const s = sums(lines);
  return {
    file: 'de-saas-abo-eur-kopf.pdf', kind: 'pdf', style: 'modern', lang: 'de',
    letterhead: [['taskwolke', 18, true]],
    sender: 'Taskwolke GmbH · Schlesische Str. 26 · 10997 Berlin',
    recipient: ['Fahrradkurier Spree UG (haftungsbeschränkt)', 'Buchhaltung', 'Skalitzer Str. 101', '10997 Berlin'],
    meta: [['Rechnungsnummer', 'R-2025-04-0193'], ['Rechnungsdatum', '01.04.2025'], ['Kunden-ID', 'TW-88412'], ['Abrechnungszeitraum', 'April 2025'], ['Währung', 'EUR']],
    title: 'Rechnung',
    columns: [['Leistung', 280, 'l'], ['Anzahl', 50, 'r'], ['Preis', 75, 'r'], ['Betrag (EUR)', 90, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), de(l.unit), de(l.net)]),
    totals: [['Zwischensumme', de(s.subtotal)], ['USt. 19 %', de(s.tax)], ['Gesamt', de(s.total), true]],
    after: ['Der Betrag wird per SEPA-Lastschrift vom Konto DE•• •••• •••• •••• 4410 eingezogen.', 'Mandatsreferenz TW-88412-01 · Gläubiger-ID DE12ZZZ00001234567'],
    footer: ['Taskwolke GmbH · Amtsgericht Charlottenburg HRB 201774 B · USt-IdNr. DE330011223 · billing@taskwolke.example'],
    truth: truth({ invoiceNumber: 'R-2025-04-0193', invoiceDate: '2025-04-01', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function deSumBox() {
  const lines = [L('Kühlschrank-Reparatur vor Ort, Anfahrt Zone 2', 1, 4900, 19), L('Arbeitszeit Techniker', 1.5, 6800, 19), L('Kompressor-Relais Ersatzteil 4387120', 1, 3850, 19), L('Türdichtung 57x113 cm', 1, 6420, 19)];
  const base = sums(lines);
  const disc = -Math.round(base.subtotal * 0.05);
  const all = [...lines, { desc: 'Stammkundenrabatt 5 %', qty: 1, unit: disc, rate: 19, net: disc }];
  const s = sums(all);
  return {
    file: 'de-summenbox-rechts.pdf', kind: 'pdf', style: 'box', lang: 'de',
    letterhead: [['Kältetechnik Brandl', 14, true], ['Meisterbetrieb', 8.5]],
    sender: 'Kältetechnik Brandl · Hauptstr. 51 · 93047 Regensburg',
    recipient: ['Café Steinerne Brücke', 'Goldene-Bären-Str. 2', '93047 Regensburg'],
    meta: [['Rechnungs-Nr.:', 'RE-1088'], ['Datum:', '14.05.2025'], ['Fälligkeitsdatum:', '28.05.2025'], ['Leistungsdatum:', '12.05.2025']],
    title: 'Rechnung',
    columns: [['Bezeichnung', 270, 'l'], ['Menge', 45, 'r'], ['Einzelpreis', 85, 'r'], ['Summe', 95, 'r']],
    rows: all.map((l) => [l.desc, qtyDe(l.qty), `${de(l.unit)} €`, `${de(l.net)} €`]),
    totals: [['Netto', `${de(s.subtotal)} €`], ['MwSt. 19 %', `${de(s.tax)} €`], ['Brutto', `${de(s.total)} €`, true]],
    totalsStyle: 'box',
    after: ['Bitte begleichen Sie den Betrag bis zum Fälligkeitsdatum.'],
    footer: ['Kältetechnik Brandl · Inh. Josef Brandl · St.-Nr. 244/213/70011 · USt-IdNr. DE265599001', 'Volksbank Regensburg · IBAN DE12 7509 0000 0001 1223 34'],
    truth: truth({ invoiceNumber: 'RE-1088', invoiceDate: '2025-05-14', dueDate: '2025-05-28', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function deGutschrift() {
  const lines = [L('Rücksendung: Bürostuhl ErgoFlex Pro, schwarz', 2, 28900, 19), L('Rücksendung: Armlehnen-Set', 2, 3450, 19)];
  const s = sums(lines);
  return {
    file: 'de-gutschrift-retoure.pdf', kind: 'pdf', style: 'modern', lang: 'de',
    letterhead: [['Büroprofi24', 16, true], ['Büromöbel online', 8.5]],
    sender: 'Büroprofi24 GmbH · Gewerbepark 3 · 33104 Paderborn',
    recipient: ['Ingenieurbüro Vahlkamp', 'Detmolder Str. 17', '33604 Bielefeld'],
    meta: [['Gutschrift-Nr.', 'GS-25-00317'], ['Datum', '22.05.2025'], ['zu Rechnung', 'RE-25-04471 vom 30.04.2025'], ['Kunden-Nr.', '551904']],
    title: 'Gutschrift',
    intro: ['für die uns zurückgesandte Ware schreiben wir Ihnen gut:'],
    columns: [['Artikel', 290, 'l'], ['Menge', 45, 'r'], ['Einzelpreis', 75, 'r'], ['Betrag', 85, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), `${de(l.unit)} €`, `${de(l.net)} €`]),
    totals: [['Nettobetrag', `${de(s.subtotal)} €`], ['Umsatzsteuer 19 %', `${de(s.tax)} €`], ['Gutschriftsbetrag', `${de(s.total)} €`, true]],
    after: ['Der Betrag wird Ihrem Konto innerhalb von 5 Werktagen erstattet.'],
    footer: ['Büroprofi24 GmbH · AG Paderborn HRB 12770 · USt-IdNr. DE301122334 · service@bueroprofi24.example'],
    truth: truth({ invoiceNumber: 'GS-25-00317', invoiceDate: '2025-05-22', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'credit_note' }),
  };
}

function deCatering() {
  const lines = [L('Fingerfood-Buffet "Herbst" pro Person', 45, 2450, 7), L('Getränkepauschale alkoholfrei pro Person', 45, 690, 19), L('Servicepersonal (2 Kräfte x 5 Std.)', 10, 3800, 19), L('Geschirr- und Besteckverleih', 1, 9500, 19)];
  const s = sums(lines);
  const r7 = s.rates.find((r) => r.rate === 7);
  const r19 = s.rates.find((r) => r.rate === 19);
  return {
    file: 'de-catering-iso-datum.pdf', kind: 'pdf', style: 'letter', lang: 'de',
    letterhead: [['Kochwerk Catering', 15, true], ['Events · Firmenfeiern · Hochzeiten', 8.5]],
    sender: 'Kochwerk Catering OHG · Mühlenweg 5 · 79098 Freiburg',
    recipient: ['Solartec Breisgau GmbH', 'Personalabteilung', 'Hermann-Mitsch-Str. 30', '79108 Freiburg'],
    title: 'Rechnung',
    meta: [['Rechnungsnummer', 'KW-2025-211'], ['Rechnungsdatum', '2025-10-06'], ['Veranstaltung', '2025-10-02'], ['Zahlungsziel', '2025-10-20']],
    metaStyle: 'grid',
    columns: [['Leistung', 240, 'l'], ['Anzahl', 50, 'r'], ['Einzelpreis €', 70, 'r'], ['MwSt.', 40, 'r'], ['Gesamt €', 95, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), de(l.unit), `${l.rate} %`, de(l.net)]),
    totals: [['Summe netto', de(s.subtotal)], [`MwSt. 7 % (Speisen) auf ${de(r7.net)}`, de(r7.tax)], [`MwSt. 19 % auf ${de(r19.net)}`, de(r19.tax)], ['Rechnungsbetrag €', de(s.total), true]],
    after: ['Wir danken für Ihren Auftrag und freuen uns auf die nächste Veranstaltung.'],
    footer: ['Kochwerk Catering OHG · USt-IdNr. DE287711002 · GLS Bank · IBAN DE61 4306 0967 1234 5678 00'],
    truth: truth({ invoiceNumber: 'KW-2025-211', invoiceDate: '2025-10-06', dueDate: '2025-10-20', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

// ---------------------------------------------------------------------------------------------
// French invoices

function frSage() {
  const lines = [
    L('Papier A4 80 g ramette 500 f.', 40, 429, 20, { ref: 'PAP-A4-80' }),
    L('Enveloppes DL 110x220 boîte 500', 6, 1890, 20, { ref: 'ENV-DL-500' }),
    L('Toner compatible HP 59A', 3, 6450, 20, { ref: 'TON-HP59A' }),
    L('Classeur levier dos 80 mm', 25, 315, 20, { ref: 'CLA-80' }),
    L('Livraison', 1, 1500, 20, { ref: 'PORT' }),
  ];
  const s = sums(lines);
  return {
    file: 'fr-sage-facture-grille.pdf', kind: 'pdf', style: 'grid', lang: 'fr',
    letterhead: [['BUREAUTIQUE DU VELAY SARL', 13, true], ['12 rue Crozatier - 43000 Le Puy-en-Velay', 8.5], ['Tél. 04 71 00 00 00 - contact@bureautique-velay.example', 8.5]],
    recipient: ['MAIRIE DE SAINT-GERMAIN-LAPRADE', 'Service comptabilité', 'Place de la Mairie', '43700 SAINT-GERMAIN-LAPRADE'],
    title: 'FACTURE',
    meta: [['N° pièce', 'FA00042'], ['Date', '03/03/2025'], ['Code client', 'C0SGL'], ['Échéance', '02/04/2025'], ['Mode de règlement', 'Virement']],
    metaStyle: 'grid',
    columns: [['Référence', 75, 'l'], ['Désignation', 190, 'l'], ['Qté', 35, 'r'], ['P.U. HT', 60, 'r'], ['Montant HT', 70, 'r'], ['TVA', 30, 'r']],
    rows: lines.map((l) => [l.ref, l.desc, fr(l.qty * 100), fr(l.unit), fr(l.net), '1']),
    totals: [['Total HT', fr(s.subtotal)], ['Code 1 : TVA 20,00 %', fr(s.tax)], ['Total TTC', fr(s.total)], ['NET À PAYER EUR', fr(s.total), true]],
    totalsStyle: 'box',
    after: ['Pénalités de retard : 3 fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    footer: ['SARL au capital de 8 000 € - RCS Le Puy-en-Velay 512 345 678 - SIRET 512 345 678 00021 - TVA FR44512345678', 'IBAN FR76 3000 6000 0112 3456 7890 189 - BIC AGRIFRPP'],
    truth: truth({ invoiceNumber: 'FA00042', invoiceDate: '2025-03-03', dueDate: '2025-04-02', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function frPennylane() {
  const lines = [L('Accompagnement stratégie de contenu - mars 2025', 1, 180000, 20), L('Rédaction articles de blog (1 200 mots)', 4, 32000, 20), L('Séance photo produits (demi-journée)', 1, 45000, 20)];
  const s = sums(lines);
  return {
    file: 'fr-pennylane-facture.pdf', kind: 'pdf', style: 'modern', lang: 'fr',
    letterhead: [['Atelier Mistral', 17, true], ['Studio de contenu', 9]],
    sender: 'Atelier Mistral SAS · 8 cours Julien · 13006 Marseille',
    recipient: ['Savonnerie des Calanques SAS', 'À l\'attention de M. Olivier Ricard', '45 avenue de la Pointe Rouge', '13008 Marseille'],
    meta: [['Numéro de facture', 'F-2025-042'], ['Date d\'émission', '3 mars 2025'], ['Date d\'échéance', '2 avril 2025'], ['Référence client', 'SAV-CAL']],
    title: 'Facture',
    columns: [['Description', 265, 'l'], ['Qté', 40, 'r'], ['Prix unitaire HT', 90, 'r'], ['Total HT', 100, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), `${fr(l.unit)} €`, `${fr(l.net)} €`]),
    totals: [['Total HT', `${fr(s.subtotal)} €`], ['TVA (20 %)', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.total)} €`, true]],
    after: ['Paiement par virement bancaire. En cas de retard, pénalités au taux de 10 % et indemnité forfaitaire de 40 €.', 'Payer en ligne : pay.atelier-mistral.example/F-2025-042'],
    footer: ['Atelier Mistral SAS - capital 5 000 € - RCS Marseille 901 234 567 - TVA intracommunautaire FR61901234567', 'IBAN FR76 1027 8089 0000 0123 4560 112 - BIC CMCIFR2A'],
    truth: truth({ invoiceNumber: 'F-2025-042', invoiceDate: '2025-03-03', dueDate: '2025-04-02', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function frEbpArticles() {
  const items = [
    ['VIN-BDX-12', 'Bordeaux AOC rouge 2021 75 cl', 36, 645, 20],
    ['VIN-CDR-07', 'Côtes-du-Rhône Villages 2022 75 cl', 24, 790, 20],
    ['VIN-MUS-03', 'Muscadet Sèvre et Maine sur lie 75 cl', 24, 560, 20],
    ['CHA-BRUT-1', 'Champagne brut 75 cl', 12, 1980, 20],
    ['EAU-PET-50', 'Eau gazeuse 50 cl (pack 24)', 10, 720, 5.5],
    ['JUS-POM-1L', 'Jus de pomme artisanal 1 L', 30, 265, 5.5],
    ['SIR-MEN-70', 'Sirop de menthe 70 cl', 6, 390, 5.5],
    ['BIE-BLO-33', 'Bière blonde artisanale 33 cl (carton 12)', 8, 1560, 20],
    ['CAF-GRA-1K', 'Café en grains 1 kg', 5, 1690, 5.5],
    ['GOB-CAR-25', 'Gobelets carton 25 cl (x100)', 4, 690, 20],
    ['CON-CAS-01', 'Consigne casiers', 6, 300, 20],
  ];
  const lines = items.map(([ref, desc, q, u, r]) => L(desc, q, u, r, { ref }));
  const s = sums(lines);
  return {
    file: 'fr-ebp-facture-n-deux-points.pdf', kind: 'pdf', style: 'dense', lang: 'fr',
    letterhead: [['CAVES ET BOISSONS DU BOCAGE', 13, true], ['Distribution de boissons - CHR', 8.5], ['ZA de la Gare - 49300 Cholet', 8.5]],
    sender: 'Caves et Boissons du Bocage - ZA de la Gare - 49300 Cholet',
    recipient: ['Restaurant Le Petit Mareuil', '3 place du Marché', '85320 Mareuil-sur-Lay'],
    meta: [['Facture N° :', '42'], ['Date :', '03/03/2025'], ['Client :', '411MAREU'], ['Devise :', 'EUR'], ['Bon de livraison :', 'BL 1187']],
    title: 'FACTURE',
    columns: [['Code', 60, 'l'], ['Désignation', 200, 'l'], ['Qté', 35, 'r'], ['PU HT', 55, 'r'], ['TVA', 35, 'r'], ['Montant HT', 70, 'r']],
    rows: lines.map((l) => [l.ref, l.desc, String(l.qty), fr(l.unit), fr(l.rate * 100), fr(l.net)]),
    rowSize: 8,
    totals: [['Total HT', fr(s.subtotal)], ...s.rates.map((r) => [`TVA ${fr(r.rate * 100)} % sur ${fr(r.net)}`, fr(r.tax)]), ['Total TTC', fr(s.total), true]],
    after: ['Règlement : chèque ou virement à 30 jours date de facture.', 'Escompte pour paiement anticipé : néant.'],
    footer: ['SAS au capital de 40 000 € - RCS Angers 433 221 100 - SIRET 433 221 100 00018 - TVA FR02433221100 - Licence entrepositaire agréé'],
    truth: truth({ invoiceNumber: '42', invoiceDate: '2025-03-03', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function frElectricite() {
  const lines = [
    L('Abonnement du 15/12/2024 au 14/02/2025 (9 kVA)', 2, 1611, 20),
    L('Consommation Heures Pleines 612 kWh x 0,2081', 612, 20.81, 20),
    L('Consommation Heures Creuses 448 kWh x 0,1635', 448, 16.35, 20),
    L('Accise sur l\'électricité 1 060 kWh x 0,02050', 1060, 2.05, 20),
    L('Contribution Tarifaire d\'Acheminement (CTA)', 1, 563, 5.5),
  ];
  const s = sums(lines);
  const paid = 2 * 11800;
  return {
    file: 'fr-facture-electricite-mensualites.pdf', kind: 'pdf', style: 'utility', lang: 'fr',
    letterhead: [['Volta Énergies', 16, true], ['Fournisseur d\'électricité', 8.5]],
    sender: 'Volta Énergies SA - TSA 40012 - 69301 Lyon Cedex',
    recipient: ['Mme Claire Dubois-Faure', '17 rue des Tanneurs', '26000 Valence'],
    title: 'Facture d\'électricité',
    meta: [['Facture du', '12 février 2025'], ['N° de facture', '10034567891'], ['Référence client', '5 002 118 774'], ['Point de livraison', '14 2953 8810 0471'], ['Période', 'du 15/12/2024 au 14/02/2025']],
    columns: [['Détail', 330, 'l'], ['Montant HT (€)', 85, 'r'], ['TVA', 45, 'r']],
    rows: lines.map((l) => [l.desc, fr(l.net), `${fr(l.rate * 100)} %`]),
    totals: [['Total HT', fr(s.subtotal)], ...s.rates.map((r) => [`TVA ${fr(r.rate * 100)} %`, fr(r.tax)]), ['Montant TTC de la facture', fr(s.total), true], ['Mensualités déjà réglées (2 x 118,00)', fr(-paid)], ['Reste à payer', fr(s.total - paid), true]],
    after: [`Le montant de ${fr(s.total - paid)} € sera prélevé le 27/02/2025 sur votre compte.`, 'Vos index : HP 31 204 - HC 22 871 (relevés par le distributeur).'],
    footer: ['Volta Énergies SA au capital de 2 000 000 € - RCS Lyon 812 000 333 - TVA FR33812000333'],
    truth: truth({ invoiceNumber: '10034567891', invoiceDate: '2025-02-12', dueDate: '2025-02-27', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function frLoyer() {
  const lines = [L('Loyer commercial HT - 2e trimestre 2025', 1, 540000, 20), L('Provision sur charges HT', 1, 62000, 20), L('Taxe foncière refacturée (quote-part)', 1, 31500, 20)];
  const s = sums(lines);
  return {
    file: 'fr-facture-loyer-trimestre.pdf', kind: 'pdf', style: 'letter', lang: 'fr',
    letterhead: [['SCI LES TILLEULS', 14, true], ['Gestion : Cabinet Roussel Immobilier', 8.5]],
    sender: 'SCI Les Tilleuls - 5 quai de la Fosse - 44000 Nantes',
    recipient: ['SARL Optique Graslin', '2 rue Crébillon', '44000 Nantes'],
    place: 'Nantes, le 20 mars 2025',
    title: 'Facture de loyer n° L-2025-T2-07',
    meta: [['Période', 'du 01/04/2025 au 30/06/2025'], ['Lot', 'local commercial RDC, 2 rue Crébillon']],
    metaStyle: 'line',
    columns: [['Désignation', 360, 'l'], ['Montant HT', 95, 'r']],
    rows: lines.map((l) => [l.desc, fr(l.net)]),
    totals: [['Total HT', fr(s.subtotal)], ['TVA 20 %', fr(s.tax)], ['Total TTC', fr(s.total), true]],
    after: ['Terme payable d\'avance, exigible le 1er avril 2025.', 'Règlement par virement : IBAN FR76 1470 7000 0100 2233 4455 667'],
    footer: ['SCI Les Tilleuls - capital 1 000 € - RCS Nantes 789 654 321 - TVA FR18789654321 (option art. 260-2° CGI)'],
    truth: truth({ invoiceNumber: 'L-2025-T2-07', invoiceDate: '2025-03-20', dueDate: '2025-04-01', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function frAbonnement() {
  const lines = [L('Abonnement Pro - 5 utilisateurs (du 1er mars 2025 au 31 mars 2025)', 5, 1900, 20), L('Module signature électronique', 1, 1500, 20)];
  const s = sums(lines);
  return {
    file: 'fr-abonnement-logiciel-payee.pdf', kind: 'pdf', style: 'modern', lang: 'fr',
    letterhead: [['Caisseo', 18, true]],
    sender: 'Caisseo SAS · 20 rue du Faubourg Saint-Antoine · 75012 Paris',
    recipient: ['Fromagerie Bellecour', '10 rue Gasparin', '69002 Lyon'],
    meta: [['Facture N° :', '2025-03-10587'], ['Date :', '2025-03-01'], ['Statut :', 'Payée le 2025-03-01 (carte Visa •••• 4242)']],
    title: 'Facture',
    columns: [['Description', 300, 'l'], ['Qté', 40, 'r'], ['Prix HT', 70, 'r'], ['Total HT', 85, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), `${fr(l.unit)} €`, `${fr(l.net)} €`]),
    totals: [['Sous-total HT', `${fr(s.subtotal)} €`], ['TVA 20 %', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.total)} €`, true], ['Montant payé', `${fr(s.total)} €`], ['Reste dû', '0,00 €']],
    after: ['Prochain prélèvement le 1er avril 2025.'],
    footer: ['Caisseo SAS - RCS Paris 880 111 222 - TVA FR90880111222 - support@caisseo.example'],
    truth: truth({ invoiceNumber: '2025-03-10587', invoiceDate: '2025-03-01', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function frFactureNet() {
  const lines = [L('Entretien annuel chaudière gaz', 1, 14500, 10), L('Remplacement vase d\'expansion 8 L', 1, 8900, 10), L('Main d\'œuvre (1,5 h)', 1.5, 5800, 10), L('Déplacement', 1, 3500, 10)];
  const s = sums(lines);
  return {
    file: 'fr-facture-net-totaux-droite.pdf', kind: 'pdf', style: 'box', lang: 'fr',
    letterhead: [['Thermi Services', 15, true], ['Chauffage - Plomberie', 8.5]],
    sender: 'Thermi Services EURL - 9 rue Pasteur - 21000 Dijon',
    recipient: ['M. et Mme Girardot', '14 allée des Vignes', '21160 Marsannay-la-Côte'],
    meta: [['Facture', 'N° 2025-118'], ['Date', '07/04/2025'], ['Date d\'intervention', '04/04/2025']],
    title: 'FACTURE',
    intro: ['Travaux de rénovation et d\'entretien dans un logement de plus de deux ans : TVA au taux réduit de 10 %.'],
    columns: [['Désignation', 275, 'l'], ['Qté', 40, 'r'], ['PU HT', 80, 'r'], ['Total HT', 100, 'r']],
    rows: lines.map((l) => [l.desc, fr(l.qty * 100).replace(',00', ''), `${fr(l.unit)} €`, `${fr(l.net)} €`]),
    totals: [['Total HT', `${fr(s.subtotal)} €`], ['TVA 10 %', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.total)} €`, true]],
    totalsStyle: 'box',
    after: ['Conditions de paiement : 45 jours fin de mois.', 'Pas d\'escompte pour paiement anticipé.'],
    footer: ['Thermi Services EURL - SIRET 798 456 123 00015 - APE 4322B - TVA FR27798456123 - Assurance décennale n° DEC-55102'],
    truth: truth({ invoiceNumber: '2025-118', invoiceDate: '2025-04-07', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function frAutoliquidation() {
  const lines = [L('Lot 04 - Plâtrerie : cloisons BA13 sur ossature', 186, 3450, 0), L('Lot 04 - Faux plafond dalles 600x600', 92, 2980, 0), L('Situation n° 1 - bandes et enduits', 1, 214000, 0)];
  const s = sums(lines);
  return {
    file: 'fr-soustraitance-autoliquidation.pdf', kind: 'pdf', style: 'letter', lang: 'fr',
    letterhead: [['PLÂTRERIE MOREAU', 14, true], ['Plâtrerie - Isolation - Faux plafonds', 8.5]],
    sender: 'Plâtrerie Moreau SARL - 4 rue de l\'Industrie - 37000 Tours',
    recipient: ['BÂTIR CENTRE SAS', 'Chantier Résidence Les Rives', '25 boulevard Heurteloup', '37000 Tours'],
    title: 'FACTURE N° PM-25-0061',
    meta: [['Date', '30 avril 2025'], ['Marché de sous-traitance', 'ST-2025-014'], ['Échéance', '30 mai 2025']],
    metaStyle: 'line',
    columns: [['Désignation', 250, 'l'], ['Qté', 45, 'r'], ['PU HT', 70, 'r'], ['Montant HT', 90, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), fr(l.unit), fr(l.net)]),
    totals: [['Total HT', fr(s.subtotal)], ['TVA', 'néant'], ['Net à payer (€)', fr(s.total), true]],
    after: ['Autoliquidation : TVA due par le preneur assujetti, article 283-2 nonies du CGI.'],
    footer: ['Plâtrerie Moreau SARL - RCS Tours 524 000 111 - TVA FR85524000111 - IBAN FR76 1940 6370 0012 3456 7890 123'],
    truth: truth({ invoiceNumber: 'PM-25-0061', invoiceDate: '2025-04-30', dueDate: '2025-05-30', total: eur(s.total), subtotal: eur(s.subtotal), tax: 0, currency: 'EUR', documentType: 'invoice' }),
  };
}

// ---------------------------------------------------------------------------------------------
// Italian, Spanish, Dutch, Portuguese

function itFattura() {
  const lines = [L('Manutenzione impianto di climatizzazione', 1, 38000, 22), L('Filtri di ricambio', 4, 2250, 22), L('Gas refrigerante R32 (kg)', 1.5, 6400, 22)];
  const s = sums(lines);
  return {
    file: 'it-fattura-scadenza.pdf', kind: 'pdf', style: 'modern', lang: 'it',
    letterhead: [['Climatech Bergamo S.r.l.', 14, true], ['Via Borgo Palazzo 120 - 24125 Bergamo', 8.5], ['P.IVA IT03456780164', 8.5]],
    recipient: ['Spett.le', 'Studio Dentistico Rota', 'Viale Papa Giovanni XXIII 48', '24121 Bergamo', 'P.IVA IT02233445561'],
    meta: [['Fattura n.', '42/2025'], ['Data', '03/03/2025'], ['Codice destinatario', 'M5UXCR1'], ['Scadenza', '02/04/2025']],
    title: 'FATTURA',
    columns: [['Descrizione', 255, 'l'], ['Q.tà', 40, 'r'], ['Prezzo', 70, 'r'], ['IVA', 35, 'r'], ['Importo', 95, 'r']],
    rows: lines.map((l) => [l.desc, de(l.qty * 100), de(l.unit), '22%', de(l.net)]),
    totals: [['Imponibile', `€ ${de(s.subtotal)}`], ['IVA 22%', `€ ${de(s.tax)}`], ['Totale documento', `€ ${de(s.total)}`, true]],
    after: ['Pagamento: bonifico bancario 30 gg d.f. - IBAN IT60 X054 2811 1010 0000 0123 456'],
    footer: ['Climatech Bergamo S.r.l. - Cap. soc. € 10.000 i.v. - REA BG-401122 - climatech@pec.example'],
    truth: truth({ invoiceNumber: '42/2025', invoiceDate: '2025-03-03', dueDate: '2025-04-02', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function esFactura() {
  const lines = [L('Honorarios asesoría fiscal - 1er trimestre 2025', 1, 60000, 21), L('Presentación modelos 303 y 130', 2, 4500, 21)];
  const s = sums(lines);
  const irpf = Math.round(s.subtotal * 0.15);
  const total = s.total - irpf;
  return {
    file: 'es-factura-irpf.pdf', kind: 'pdf', style: 'letter', lang: 'es',
    letterhead: [['Lucía Navarro Gil', 14, true], ['Asesora fiscal · NIF 12345678Z', 8.5], ['Calle Colón 22, 3º B · 46004 Valencia', 8.5]],
    recipient: ['Cerámicas Turia S.L.', 'CIF B98765432', 'Polígono Fuente del Jarro, C/ Ciudad de Sevilla 9', '46988 Paterna (Valencia)'],
    title: 'FACTURA',
    meta: [['Factura nº:', 'F2025-0042'], ['Fecha:', '3 de marzo de 2025'], ['Vencimiento:', '2 de abril de 2025']],
    metaStyle: 'grid',
    columns: [['Concepto', 300, 'l'], ['Uds.', 40, 'r'], ['Precio', 70, 'r'], ['Importe', 85, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), de(l.unit), de(l.net)]),
    totals: [['Base imponible', `${de(s.subtotal)} €`], ['IVA 21 %', `${de(s.tax)} €`], ['Retención IRPF -15 %', `-${de(irpf)} €`], ['TOTAL FACTURA', `${de(total)} €`, true]],
    after: ['Forma de pago: transferencia a ES91 2100 0418 4502 0005 1332'],
    footer: ['Lucía Navarro Gil · lucia@navarro-asesoria.example'],
    truth: truth({ invoiceNumber: 'F2025-0042', invoiceDate: '2025-03-03', dueDate: '2025-04-02', total: eur(total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function nlFactuur() {
  const lines = [L('Bloemstuk "Voorjaar" voor receptie (wekelijks)', 4, 4500, 9), L('Bezorging', 4, 750, 21), L('Onderhoud kamerplanten kantoor', 1, 12000, 21)];
  const s = sums(lines);
  return {
    file: 'nl-factuur-twee-tarieven.pdf', kind: 'pdf', style: 'modern', lang: 'nl',
    letterhead: [['Bloemenhuis De Linde', 15, true], ['Oudegracht 211 · 3511 NH Utrecht', 8.5]],
    recipient: ['Notariskantoor Van Dijk & Smits', 't.a.v. de administratie', 'Maliebaan 50', '3581 CS Utrecht'],
    meta: [['Factuurnummer', '2025-0042'], ['Factuurdatum', dWords('2025-03-03', 'nl')], ['Vervaldatum', dWords('2025-04-02', 'nl')], ['Klantnummer', '1187']],
    title: 'Factuur',
    columns: [['Omschrijving', 270, 'l'], ['Aantal', 45, 'r'], ['Prijs', 70, 'r'], ['BTW', 35, 'r'], ['Bedrag', 75, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), `€ ${de(l.unit)}`, `${l.rate}%`, `€ ${de(l.net)}`]),
    totals: [['Subtotaal', `€ ${de(s.subtotal)}`], ...s.rates.map((r) => [`BTW ${r.rate}% over € ${de(r.net)}`, `€ ${de(r.tax)}`]), ['Totaal te betalen', `€ ${de(s.total)}`, true]],
    after: ['Graag binnen 30 dagen overmaken op NL91 ABNA 0417 1643 00 o.v.v. het factuurnummer.'],
    footer: ['KvK 30112233 · BTW NL001234567B01 · info@bloemenhuisdelinde.example'],
    truth: truth({ invoiceNumber: '2025-0042', invoiceDate: '2025-03-03', dueDate: '2025-04-02', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function ptFatura() {
  const lines = [L('Tradução técnica PT>EN - manual de operação', 6200, 8, 23), L('Revisão e formatação (horas)', 3, 3500, 23)];
  const s = sums(lines);
  return {
    file: 'pt-fatura-atcud.pdf', kind: 'pdf', style: 'grid', lang: 'pt',
    letterhead: [['Lusoverbo Traduções, Lda.', 14, true], ['Rua de Santa Catarina 312 · 4000-443 Porto', 8.5], ['NIF 509876543', 8.5]],
    recipient: ['Metalúrgica do Ave, S.A.', 'Zona Industrial de Ruães', '4705-480 Braga', 'NIF 501234560'],
    title: 'FATURA',
    meta: [['Fatura', 'FT 2025A/42'], ['Data de emissão', '2025-03-03'], ['Data de vencimento', '2025-04-02'], ['ATCUD', 'JJ7KXP2M-42']],
    metaStyle: 'grid',
    columns: [['Descrição', 250, 'l'], ['Qtd.', 50, 'r'], ['Preço unit.', 65, 'r'], ['IVA', 35, 'r'], ['Valor', 95, 'r']],
    rows: lines.map((l) => [l.desc, de(l.qty * 100).replace(',00', ''), de(l.unit * 1).replace(/^0,08$/, '0,08'), '23%', de(l.net)]),
    totals: [['Total ilíquido', `${de(s.subtotal)} €`], ['IVA 23%', `${de(s.tax)} €`], ['Total a pagar', `${de(s.total)} €`, true]],
    after: ['Pagamento por transferência: PT50 0002 0123 1234 5678 9015 4'],
    footer: ['Processado por programa certificado n.º 9999/AT · Lusoverbo Traduções, Lda. · CRC Porto'],
    truth: truth({ invoiceNumber: 'FT 2025A/42', invoiceDate: '2025-03-03', dueDate: '2025-04-02', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

// ---------------------------------------------------------------------------------------------
// Scanned invoice and photographed invoice (the same kind of pages, rendered as images)

function frScanPlombier() {
  const lines = [L('Recherche de fuite salle de bains', 1, 9500, 10), L('Remplacement mitigeur thermostatique', 1, 21900, 10), L('Main d\'œuvre 2 h', 2, 5200, 10)];
  const s = sums(lines);
  return {
    file: 'fr-facture-plombier-scannee.pdf', kind: 'scan-pdf', style: 'letter', lang: 'fr', effects: { rotate: -0.6, noise: 0.02 },
    letterhead: [['PLOMBERIE ARNAUD', 15, true], ['8 rue Victor Hugo - 87000 Limoges - 05 55 00 00 00', 9]],
    recipient: ['Mme Simone Lachaud', '31 avenue Garibaldi', '87000 Limoges'],
    title: 'FACTURE N° 2025-0193',
    meta: [['Date', '22/05/2025'], ['Intervention', '20/05/2025']],
    metaStyle: 'line',
    columns: [['Désignation', 300, 'l'], ['Qté', 40, 'r'], ['Montant HT', 115, 'r']],
    rows: lines.map((l) => [l.desc, String(l.qty), `${fr(l.net)} €`]),
    totals: [['Total HT', `${fr(s.subtotal)} €`], ['TVA 10 %', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.total)} €`, true]],
    after: ['Payable à réception. Merci de votre confiance.'],
    footer: ['EI Arnaud Pascal - SIRET 412 345 678 00029 - TVA FR50412345678'],
    big: true,
    truth: truth({ invoiceNumber: '2025-0193', invoiceDate: '2025-05-22', dueDate: null, total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

function dePhotoRechnung() {
  const lines = [L('Fensterreinigung innen/außen, Erdgeschoss', 1, 18500, 19), L('Rahmenreinigung', 1, 4500, 19), L('Anfahrt', 1, 2500, 19)];
  const s = sums(lines);
  return {
    file: 'de-rechnung-handyfoto.jpg', kind: 'photo', style: 'letter', lang: 'de', effects: { keystone: 0.07, rotate: 1.8, shadow: true },
    letterhead: [['Glanzklar Gebäudereinigung', 15, true], ['Weserstr. 12 · 34125 Kassel · Tel. 0561 000000', 9]],
    recipient: ['Zahnarztpraxis Dr. Heuser', 'Wilhelmshöher Allee 80', '34119 Kassel'],
    title: 'Rechnung Nr. GK-25-0418',
    meta: [['Datum', '11.06.2025'], ['Leistungsdatum', '06.06.2025']],
    metaStyle: 'line',
    columns: [['Leistung', 330, 'l'], ['Betrag', 125, 'r']],
    rows: lines.map((l) => [l.desc, `${de(l.net)} €`]),
    totals: [['Nettobetrag', `${de(s.subtotal)} €`], ['19 % MwSt.', `${de(s.tax)} €`], ['Gesamtbetrag', `${de(s.total)} €`, true]],
    after: ['Zahlbar bis 25.06.2025 ohne Abzug.'],
    footer: ['USt-IdNr. DE277001122 · Kasseler Sparkasse · IBAN DE15 5205 0353 0000 1122 33'],
    big: true,
    truth: truth({ invoiceNumber: 'GK-25-0418', invoiceDate: '2025-06-11', dueDate: '2025-06-25', total: eur(s.total), subtotal: eur(s.subtotal), tax: eur(s.tax), currency: 'EUR', documentType: 'invoice' }),
  };
}

// ---------------------------------------------------------------------------------------------
// Till receipts: lines of a thermal print (left text, right text), monospace.

/** Items [name, qty, unit cents, rate or tax code] -> receipt lines and sums of gross prices. */
function grossReceipt(items) {
  const lines = items.map(([name, q, u, rate]) => ({ name, q, u, rate, gross: Math.round(q * u) }));
  const total = lines.reduce((s, l) => s + l.gross, 0);
  const byRate = new Map();
  for (const l of lines) byRate.set(l.rate, (byRate.get(l.rate) ?? 0) + l.gross);
  // Tax contained in gross amounts, per rate.
  const rates = [...byRate.entries()].sort((a, b) => a[0] - b[0]).map(([rate, gross]) => {
    const tax = Math.round((gross * rate) / (100 + rate));
    return { rate, gross, tax, net: gross - tax };
  });
  const tax = rates.reduce((s, r) => s + r.tax, 0);
  return { lines, total, rates, tax, subtotal: total - tax };
}

function deBaeckerei() {
  const r = grossReceipt([['Roggenmischbrot 1000g', 1, 420, 7], ['Laugenbrezel', 4, 85, 7], ['Mohnschnecke', 2, 185, 7], ['Kaffee to go gross', 1, 340, 19], ['Bienenstich Stk', 1, 290, 7]]);
  const rows = [
    { s: 'Bäckerei Konditorei', a: 'c', b: true }, { s: 'HUBER', a: 'c', b: true, size: 1.3 }, { s: 'Marktplatz 3, 84028 Landshut', a: 'c' }, { s: 'Tel. 0871 000000', a: 'c' }, { s: '' },
    ...r.lines.map((l) => (l.q > 1 ? [{ l: `${l.q} x ${rc(l.u)}`, r: '' }, { l: l.name, r: `${rc(l.gross)} ${l.rate === 7 ? 'B' : 'A'}` }] : [{ l: l.name, r: `${rc(l.gross)} ${l.rate === 7 ? 'B' : 'A'}` }])).flat(),
    { s: '-'.repeat(32) }, { l: 'SUMME EUR', r: rc(r.total), b: true, size: 1.2 }, { l: 'BAR', r: rc(2000) }, { l: 'Rückgeld', r: rc(2000 - r.total) }, { s: '' },
    { l: 'MwSt     Netto   MwSt  Brutto', r: '' },
    ...r.rates.map((x) => ({ l: `${x.rate === 7 ? 'B' : 'A'} ${String(x.rate).padStart(2)}%  ${rc(x.net).padStart(7)} ${rc(x.tax).padStart(6)} ${rc(x.gross).padStart(7)}`, r: '' })),
    { s: '' }, { l: '15.03.2025 07:42', r: 'Bon 4417' }, { l: 'Kasse 2  Bed. Maria', r: '' }, { s: 'TSE-Transaktion: 88123', a: 'c' }, { s: 'Vielen Dank für Ihren Einkauf!', a: 'c' },
  ];
  return { file: 'de-baeckerei-bon.jpg', kind: 'receipt', lang: 'de', rows, effects: { rotate: 0.8 }, truth: truth({ invoiceDate: '2025-03-15', dueDate: null, total: eur(r.total), subtotal: eur(r.subtotal), tax: eur(r.tax), currency: 'EUR', documentType: 'receipt' }) };
}

function deTankstelle() {
  const liters = 41.37;
  const price = 174.9; // cents per litre
  const fuel = Math.round(liters * price);
  const r = grossReceipt([['Super E10', 1, fuel, 19], ['Scheibenklar 1l', 1, 449, 19]]);
  const rows = [
    { s: 'ARAVIA Station', a: 'c', b: true, size: 1.3 }, { s: 'Autohof Gramschatzer Wald', a: 'c' }, { s: 'An der A7, 97222 Rimpar', a: 'c' }, { s: 'St.-Nr. 257/123/45678', a: 'c' }, { s: '' },
    { l: 'Säule 6  Super E10', r: '' }, { l: `  ${rc(Math.round(liters * 100)).replace(/,(\d)$/, ',$10')} l x ${String(price / 100).replace('.', ',')} EUR/l`, r: `${rc(fuel)} A` },
    { l: 'Scheibenklar 1l', r: `${rc(449)} A` }, { s: '-'.repeat(32) },
    { l: 'Gesamtbetrag EUR', r: rc(r.total), b: true, size: 1.2 }, { s: '' }, { l: 'Girocard', r: rc(r.total) }, { s: '' },
    { l: `A 19%  Netto ${rc(r.subtotal)}`, r: `MwSt ${rc(r.tax)}` }, { s: '' },
    { l: 'Datum 21.06.2025', r: 'Zeit 16:08' }, { l: 'Beleg-Nr. 0382', r: 'Kasse 1' }, { s: 'Gute Fahrt!', a: 'c' },
  ];
  return { file: 'de-tankstelle-quittung.jpg', kind: 'receipt', lang: 'de', rows, effects: { rotate: -1.2, noise: 0.03 }, truth: truth({ invoiceDate: '2025-06-21', dueDate: null, total: eur(r.total), subtotal: eur(r.subtotal), tax: eur(r.tax), currency: 'EUR', documentType: 'receipt' }) };
}

function frPharmacie() {
  const r = grossReceipt([['DOLIPRANE 1000MG CPR 8', 1, 218, 2.1], ['SPASFON LYOC 80MG 10', 1, 380, 10], ['BIAFINE EMULS 93G', 1, 695, 10], ['CREME SOLAIRE SPF50', 1, 1590, 20], ['PASTILLES GORGE MIEL', 2, 549, 20]]);
  const code = (rate) => ({ 2.1: '1', 10: '2', 20: '3' })[rate];
  const rows = [
    { s: 'PHARMACIE DES ARCADES', a: 'c', b: true, size: 1.2 }, { s: '4 place des Arcades', a: 'c' }, { s: '82000 MONTAUBAN', a: 'c' }, { s: 'Tél 05 63 00 00 00', a: 'c' }, { s: '' },
    ...r.lines.map((l) => ({ l: `${l.q > 1 ? `${l.q}x ` : ''}${l.name}`, r: `${rc(l.gross)} ${code(l.rate)}` })),
    { s: '-'.repeat(32) }, { l: `${r.lines.reduce((s, l) => s + l.q, 0)} ARTICLES`, r: '' }, { l: 'TOTAL A PAYER', r: `${rc(r.total)} EUR`, b: true, size: 1.2 }, { l: 'CARTE BANCAIRE', r: rc(r.total) }, { s: '' },
    { l: 'TVA   TAUX    HT     TVA', r: '' },
    ...r.rates.map((x) => ({ l: `${code(x.rate)}   ${rc(x.rate * 100).padStart(5)}% ${rc(x.net).padStart(6)} ${rc(x.tax).padStart(6)}`, r: '' })),
    { s: '' }, { l: '12/04/2025 10:31', r: 'Caisse 02' }, { l: 'Ticket 000731', r: 'Vendeur 04' }, { s: 'Merci de votre visite', a: 'c' }, { s: 'Bon rétablissement !', a: 'c' },
  ];
  return { file: 'fr-pharmacie-ticket.jpg', kind: 'receipt', lang: 'fr', rows, effects: { rotate: 0.5 }, truth: truth({ invoiceDate: '2025-04-12', dueDate: null, total: eur(r.total), subtotal: eur(r.subtotal), tax: eur(r.tax), currency: 'EUR', documentType: 'receipt' }) };
}

function frPeage() {
  const total = 1240;
  const tax = Math.round((total * 20) / 120);
  const rows = [
    { s: 'AUTOROUTES DU MIDI', a: 'c', b: true, size: 1.2 }, { s: 'A61 - GARE DE PEAGE', a: 'c' }, { s: 'LEZIGNAN', a: 'c', b: true }, { s: '' },
    { l: 'RECU', r: '' }, { l: 'Date', r: '02/08/2025' }, { l: 'Heure', r: '14:57' }, { l: 'Classe', r: '1' }, { l: 'Entrée', r: 'TOULOUSE SUD' }, { l: 'Voie', r: '07' }, { s: '' },
    { l: 'MONTANT TTC', r: `${rc(total)} EUR`, b: true, size: 1.2 }, { l: 'dont TVA 20,00 %', r: `${rc(tax)} EUR` }, { l: 'MONTANT HT', r: `${rc(total - tax)} EUR` }, { s: '' },
    { l: 'Paiement', r: 'CB' }, { l: 'N° transaction', r: '0048817' }, { s: 'SA au capital de 1 000 000 EUR', a: 'c' }, { s: 'TVA FR11 552 000 999', a: 'c' }, { s: 'BONNE ROUTE', a: 'c' },
  ];
  return { file: 'fr-peage-ticket-incline.jpg', kind: 'receipt', lang: 'fr', rows, effects: { rotate: 9, keystone: 0.1, shadow: true, desk: true }, truth: truth({ invoiceDate: '2025-08-02', dueDate: null, total: eur(total), subtotal: eur(total - tax), tax: eur(tax), currency: 'EUR', documentType: 'receipt' }) };
}

function deRestaurantTrinkgeld() {
  const r = grossReceipt([['Schweinsbraten m. Knödel', 2, 1690, 19], ['Käsespätzle', 1, 1450, 19], ['Helles 0,5l', 3, 480, 19], ['Apfelschorle 0,4l', 1, 390, 19], ['Kaiserschmarrn', 1, 990, 19]]);
  const tip = 460;
  const paid = r.total + tip;
  const rows = [
    { s: 'Gasthaus Zum Ochsen', a: 'c', b: true, size: 1.3 }, { s: 'Dorfplatz 1 · 87629 Füssen', a: 'c' }, { s: '' }, { l: 'Tisch 12', r: 'Bed.: Vroni' }, { l: 'Rechnung Nr. 20419', r: '' }, { s: '-'.repeat(32) },
    ...r.lines.map((l) => ({ l: `${l.q} ${l.name}`, r: rc(l.gross) })), { s: '-'.repeat(32) },
    { l: 'Summe', r: rc(r.total), b: true }, { l: `enth. MwSt 19% ${rc(r.tax)}`, r: '' }, { l: `Netto ${rc(r.subtotal)}`, r: '' }, { s: '' },
    { l: 'Trinkgeld', r: rc(tip) }, { l: 'Gesamt', r: rc(paid), b: true, size: 1.2 }, { l: 'Bezahlt Visa', r: rc(paid) }, { s: '' },
    { l: '09.08.2025  20:47', r: '' }, { s: 'Vergelt\'s Gott und bis bald!', a: 'c' },
  ];
  return { file: 'de-restaurant-trinkgeld.jpg', kind: 'receipt', lang: 'de', rows, effects: { rotate: -0.7 }, truth: truth({ invoiceDate: '2025-08-09', dueDate: null, total: eur(paid), subtotal: eur(r.subtotal), tax: eur(r.tax), currency: 'EUR', documentType: 'receipt' }) };
}

function deBaumarktLang() {
  const items = [
    ['Schrauben Spax 4x40 200St', 1, 899], ['Schrauben Spax 5x60 100St', 2, 799], ['Holzleim D3 750g', 1, 749], ['Schleifpapier K120 10St', 2, 349], ['Schleifpapier K240 10St', 1, 349],
    ['Pinselset 3tlg', 1, 599], ['Lasur Eiche 2,5l', 1, 2999], ['Abdeckvlies 1x25m', 1, 1499], ['Malerrolle 18cm', 2, 449], ['Farbwanne', 1, 229],
    ['Kantholz 44x44 2m', 6, 389], ['Dachlatte 24x48 3m', 8, 279], ['Winkelverbinder 70mm', 12, 65], ['Gartenhandschuhe Gr.9', 1, 399], ['Blumenerde 40l', 3, 449],
    ['Pflanzkübel 35cm', 2, 1299], ['Kabeltrommel 25m', 1, 3499], ['LED Leuchtmittel E27 2St', 2, 599], ['Batterien AA 8St', 1, 699], ['Silikon weiß 310ml', 2, 599],
    ['Klebeband Gewebe 50m', 1, 799], ['Wasserwaage 60cm', 1, 1499],
  ];
  const r = grossReceipt(items.map(([n, q, u]) => [n, q, u, 19]));
  const rows = [
    { s: 'HOLZ & HOF Baumarkt', a: 'c', b: true, size: 1.3 }, { s: 'Filiale 0217 Gera', a: 'c' }, { s: 'Wiesestr. 200, 07548 Gera', a: 'c' }, { s: '' },
    ...r.lines.map((l) => (l.q > 1 ? [{ l: l.name, r: '' }, { l: `  ${l.q} St x ${rc(l.u)}`, r: `${rc(l.gross)} 1` }] : [{ l: l.name, r: `${rc(l.gross)} 1` }])).flat(),
    { s: '-'.repeat(32) }, { l: `${r.lines.reduce((s, l) => s + l.q, 0)} Artikel`, r: '' }, { l: 'ZU ZAHLEN EUR', r: rc(r.total), b: true, size: 1.2 }, { l: 'EC-Karte', r: rc(r.total) }, { s: '' },
    { l: `MwSt 1 19%  ${rc(r.subtotal)}  ${rc(r.tax)}`, r: '' }, { s: '' }, { l: '27.09.2025 11:15', r: 'Bon 55812' },
    { s: 'Umtausch nur mit Kassenbon', a: 'c' }, { s: 'innerhalb von 30 Tagen.', a: 'c' },
  ];
  return { file: 'de-baumarkt-langer-bon.jpg', kind: 'receipt', lang: 'de', rows, effects: { rotate: 0.4 }, truth: truth({ invoiceDate: '2025-09-27', dueDate: null, total: eur(r.total), subtotal: eur(r.subtotal), tax: eur(r.tax), currency: 'EUR', documentType: 'receipt' }) };
}

function frBoucheriePale() {
  const items = [['ENTRECOTE 0,412 kg x 32,90', 1, Math.round(0.412 * 3290), 5.5], ['SAUCISSE TOULOUSE 0,650 kg', 1, Math.round(0.65 * 1490), 5.5], ['POULET FERMIER LABEL', 1, 1380, 5.5], ['TERRINE MAISON', 1, 520, 5.5]];
  const r = grossReceipt(items);
  const rows = [
    { s: 'BOUCHERIE CHARCUTERIE', a: 'c', b: true }, { s: 'LAFFITTE', a: 'c', b: true, size: 1.3 }, { s: '19 rue des Halles 40100 DAX', a: 'c' }, { s: '' },
    ...r.lines.map((l) => ({ l: l.name, r: rc(l.gross) })), { s: '-'.repeat(32) },
    { l: 'TOTAL', r: `${rc(r.total)} EUR`, b: true, size: 1.2, fade: 0.72 }, { l: 'ESPECES', r: rc(5000), fade: 0.6 }, { l: 'RENDU', r: rc(5000 - r.total), fade: 0.6 }, { s: '' },
    { l: `TVA 5,50%  HT ${rc(r.subtotal)}  TVA ${rc(r.tax)}`, r: '', fade: 0.55 }, { l: '18/10/2025  09:12', r: 'T.0455', fade: 0.5 }, { s: 'MERCI ET A BIENTOT', a: 'c', fade: 0.5 },
  ];
  return { file: 'fr-boucherie-total-pali.jpg', kind: 'receipt', lang: 'fr', rows, effects: { rotate: 0.3, fadeAll: 0.35 }, truth: truth({ invoiceDate: '2025-10-18', dueDate: null, total: eur(r.total), subtotal: eur(r.subtotal), tax: eur(r.tax), currency: 'EUR', documentType: 'receipt' }) };
}

function frRestaurantPourboire() {
  const r = grossReceipt([['MENU DU JOUR', 2, 1950, 10], ['CAFE', 2, 250, 10], ['PICHET COTES DU RHONE', 1, 1400, 20], ['EAU PETILLANTE 1L', 1, 550, 10]]);
  const tip = 500;
  const paid = r.total + tip;
  const code = (rate) => (rate === 10 ? 'B' : 'C');
  const rows = [
    { s: 'LE BISTROT DU PORT', a: 'c', b: true, size: 1.3 }, { s: '2 quai Cronstadt', a: 'c' }, { s: '83000 TOULON', a: 'c' }, { s: '' },
    { l: 'Table 4', r: '2 couverts' }, { l: 'Serveur: Karim', r: 'Note 3318' }, { s: '-'.repeat(32) },
    ...r.lines.map((l) => ({ l: `${l.q} ${l.name}`, r: `${rc(l.gross)} ${code(l.rate)}` })), { s: '-'.repeat(32) },
    { l: 'TOTAL TTC', r: `${rc(r.total)} EUR`, b: true, size: 1.2 },
    { l: 'TVA      HT      TVA', r: '' },
    ...r.rates.map((x) => ({ l: `${code(x.rate)} ${String(x.rate).padStart(2)}% ${rc(x.net).padStart(7)} ${rc(x.tax).padStart(6)}`, r: '' })),
    { l: '14/06/2025 21:40', r: '' }, { s: '' },
    { s: 'CARTE BANCAIRE', a: 'c', b: true }, { s: 'CB SANS CONTACT', a: 'c' }, { l: 'LE 14/06/25 A 21:43', r: '' }, { l: 'MONTANT', r: `${rc(r.total)} EUR` }, { l: 'POURBOIRE', r: `${rc(tip)} EUR` }, { l: 'TOTAL', r: `${rc(paid)} EUR`, b: true },
    { l: 'DEBIT', r: '' }, { s: 'TICKET CLIENT A CONSERVER', a: 'c' }, { s: 'Merci et à bientôt !', a: 'c' },
  ];
  return { file: 'fr-restaurant-pourboire.jpg', kind: 'receipt', lang: 'fr', rows, effects: { rotate: 0.6 }, truth: truth({ invoiceDate: '2025-06-14', dueDate: null, total: eur(paid), subtotal: eur(r.subtotal), tax: eur(r.tax), currency: 'EUR', documentType: 'receipt' }) };
}

/** Every document of the sweep, in print order. */
export function sweep7Docs() {
  return [
    deLexoffice(), deDatevSlash(), deGrosshandel(), deStrom(), deGas(), deMiete(), deAbo(), deSumBox(), deGutschrift(), deCatering(),
    frSage(), frPennylane(), frEbpArticles(), frElectricite(), frLoyer(), frAbonnement(), frFactureNet(), frAutoliquidation(),
    itFattura(), esFactura(), nlFactuur(), ptFatura(),
    frScanPlombier(), dePhotoRechnung(),
    deBaeckerei(), deTankstelle(), frPharmacie(), frPeage(), deRestaurantTrinkgeld(), frRestaurantPourboire(), deBaumarktLang(), frBoucheriePale(),
  ];
}
