// The thirteenth held-out sweep's documents (fixtures/sweep13, see fixtures/README.md): what each
// prints and its truth. Amounts are integer cents; every printed sum is computed here from the
// lines, so the print and the truth cannot disagree. Rendered by scripts/make-sweep13-fixtures.mjs.
// Invented parties only (.example domains, sample IBANs).

// ---------------------------------------------------------------- formats

const GROUP = { de: ['.', ','], at: ['.', ','], fr: [' ', ','], ch: ["'", '.'], chfr: [' ', '.'], qc: [' ', ','] };

/** 123456 cents -> "1.234,56" (de), "1 234,56" (fr), "1'234.56" (ch). */
export function money(c, st = 'de') {
  const [th, dec] = GROUP[st];
  const a = Math.abs(c);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, th);
  return `${c < 0 ? '-' : ''}${int}${dec}${String(a % 100).padStart(2, '0')}`;
}
const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
/** ISO date -> printed: "14.02.2025" (de), "14/02/2025" (fr), "14. Februar 2025", "14 février 2025". */
export function date(iso, st = 'de') {
  const [y, m, d] = iso.split('-');
  if (st === 'de') return `${d}.${m}.${y}`;
  if (st === 'fr') return `${d}/${m}/${y}`;
  if (st === 'longde') return `${Number(d)}. ${MONTHS.de[m - 1]} ${y}`;
  if (st === 'longfr') return `${Number(d) === 1 ? '1er' : Number(d)} ${MONTHS.fr[m - 1]} ${y}`;
  if (st === 'eu') return `${y}/${m}/${d}`;
  return iso;
}
const pct = (r, st) => (Number.isInteger(r) ? String(r) : String(r).replace('.', st === 'ch' || st === 'chfr' ? '.' : ','));
const qty = (q, st) => (Number.isInteger(q) ? String(q) : String(q).replace('.', GROUP[st][1]));

/** Line amounts (qty x unit, rounded to the cent) and the tax per rate on each rate's base. */
export function sums(lines) {
  const amt = lines.map((l) => Math.round(l.q * l.u));
  const by = new Map();
  lines.forEach((l, i) => by.set(l.r, (by.get(l.r) ?? 0) + amt[i]));
  const rates = [...by.entries()].sort((a, b) => a[0] - b[0]).map(([r, base]) => ({ r, base, tax: Math.round((base * r) / 100) }));
  const net = amt.reduce((a, b) => a + b, 0);
  const tax = rates.reduce((a, b) => a + b.tax, 0);
  return { amt, rates, net, tax, gross: net + tax };
}
/** Gross-priced lines (shops, telecom): per rate the gross sum, its net and its tax. */
export function grossSums(lines) {
  const amt = lines.map((l) => Math.round(l.q * l.u));
  const by = new Map();
  lines.forEach((l, i) => by.set(l.r, (by.get(l.r) ?? 0) + amt[i]));
  const rates = [...by.entries()].sort((a, b) => a[0] - b[0]).map(([r, g]) => { const base = Math.round((g * 100) / (100 + r)); return { r, base, tax: g - base, gross: g }; });
  const gross = amt.reduce((a, b) => a + b, 0);
  const net = rates.reduce((a, b) => a + b.base, 0);
  return { amt, rates, net, tax: gross - net, gross };
}
const cents = (c) => (c == null ? null : Math.round(c) / 100);
function truth(o) {
  return { invoiceNumber: o.no ?? null, invoiceDate: o.date, dueDate: o.due ?? null, total: cents(o.total), subtotal: cents(o.subtotal), tax: cents(o.tax), currency: o.cur ?? 'EUR', documentType: o.type ?? 'invoice' };
}
const std6 = (st, cur = '') => [
  { h: 'Pos.', w: 30 }, { h: st === 'fr' ? 'Désignation' : 'Bezeichnung', w: 235 }, { h: st === 'fr' ? 'Qté' : 'Menge', w: 45, align: 'right' },
  { h: st === 'fr' ? `P.U. HT${cur}` : `Einzelpreis${cur}`, w: 80, align: 'right' }, { h: st === 'fr' ? 'TVA' : 'USt', w: 40, align: 'right' }, { h: st === 'fr' ? `Montant HT${cur}` : `Betrag${cur}`, w: 65, align: 'right' },
];
const stdRows = (lines, s, st, cur = '') => lines.map((l, i) => [String(i + 1), l.d, qty(l.q, st) + (l.unit ? ` ${l.unit}` : ''), money(l.u, st) + cur, `${pct(l.r, st)} %`, money(s.amt[i], st) + cur]);

export const DOCS = [];
const add = (d) => DOCS.push(d);

// ================================================================ German

{ // mobile phone bill: summary on page 1, itemised calls (many dates and small amounts) on page 2
  const L = [
    { d: 'Grundgebühr Tarif Mobil M (01.04.–30.04.2025)', q: 1, u: 2099, r: 19 },
    { d: 'Option Daten XL', q: 1, u: 839, r: 19 },
    { d: 'Verbindungen ins Ausland (siehe Einzelnachweis)', q: 1, u: 327, r: 19 },
    { d: 'Premium-SMS / Drittanbieter', q: 1, u: 84, r: 19 },
    { d: 'Treuebonus Gutschrift', q: 1, u: -420, r: 19 },
  ];
  const s = sums(L);
  const evn = [['02.04.2025', '14:12', '0043 660 5550123', '4:12', '0,49'], ['05.04.2025', '09:55', '0033 6 55501234', '12:40', '1,46'], ['11.04.2025', '18:03', '0043 660 5550123', '2:02', '0,29'], ['19.04.2025', '20:41', '0039 333 5550199', '7:30', '1,03']];
  add({
    file: 'de-mobilfunk-einzelnachweis.pdf',
    layout: {
      sender: ['FunkNetz Mobil GmbH', 'Kundenservice · Postfach 10 20 30 · 40210 Düsseldorf', 'www.funknetz.example · USt-IdNr. DE298765431'],
      senderLine: 'FunkNetz Mobil GmbH · Postfach 10 20 30 · 40210 Düsseldorf',
      customer: ['Frau', 'Sabine Kerkhoff', 'Lindenstraße 14', '50674 Köln'],
      meta: [['Kundennummer', '4711 0815 22'], ['Rufnummer', '0170 5550123'], ['Rechnungsnummer', '703122504412'], ['Rechnungsdatum', '05.05.2025'], ['Abrechnungszeitraum', '01.04.2025 - 30.04.2025'], ['Seite', '1 von 2']],
      title: 'Ihre Rechnung für April 2025',
      intro: ['Guten Tag Frau Kerkhoff, hier ist Ihre Rechnung auf einen Blick.'],
      cols: [{ h: 'Leistung', w: 380 }, { h: 'USt', w: 50, align: 'right' }, { h: 'Betrag netto €', w: 65, align: 'right' }],
      rows: L.map((l, i) => [l.d, '19 %', money(s.amt[i])]),
      totals: [['Summe netto', `${money(s.net)} €`], ['zzgl. 19 % Umsatzsteuer', `${money(s.tax)} €`], { rule: 1 }, ['Rechnungsbetrag', `${money(s.gross)} €`, true]],
      after: ['Den Rechnungsbetrag buchen wir frühestens am 15.05.2025 von Ihrem Konto DE02 1203 0000 0000 2020 51 ab.', 'Mandatsreferenz 4711081522-01 · Gläubiger-ID DE98ZZZ09999999999', 'Ihr nächster Rechnungsversand: 05.06.2025.'],
      footer: ['FunkNetz Mobil GmbH · Sitz Düsseldorf · Amtsgericht Düsseldorf HRB 99887 · Geschäftsführer: Jan Bremer, Ute Falk'],
      extraPages: [[
        [50, 50, 'Einzelverbindungsnachweis 01.04.2025 - 30.04.2025', { size: 13, bold: true }],
        [50, 72, 'Rufnummer 0170 5550123 · Rechnungsnummer 703122504412', { size: 8.5 }],
        ...['Datum', 'Uhrzeit', 'Zielrufnummer', 'Dauer', 'Betrag €'].map((h, i) => [[50, 130, 220, 380, 500][i], 100, h, { size: 8.5, bold: true }]),
        ...evn.flatMap((r, j) => r.map((c, i) => [[50, 130, 220, 380, 500][i], 118 + j * 13, c, { size: 8.5 }])),
        [50, 118 + evn.length * 13 + 8, 'Summe Auslandsverbindungen netto: 3,27 €', { size: 8.5, bold: true }],
        [297, 825, 'Seite 2 von 2', { size: 7, align: 'center' }],
      ]],
    },
    truth: truth({ no: '703122504412', date: '2025-05-05', due: '2025-05-15', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // annual electricity bill: a price change mid-year (two price rows), prepayments exceed the bill
  const L = [
    { d: 'Arbeitspreis 01.01.2024 - 30.06.2024: 1.412 kWh x 31,20 ct/kWh', q: 1412, u: 31.2, r: 19 },
    { d: 'Arbeitspreis 01.07.2024 - 31.12.2024: 1.388 kWh x 28,90 ct/kWh', q: 1388, u: 28.9, r: 19 },
    { d: 'Grundpreis 01.01.2024 - 30.06.2024: 6 Monate x 12,50 €', q: 6, u: 1250, r: 19 },
    { d: 'Grundpreis 01.07.2024 - 31.12.2024: 6 Monate x 13,90 €', q: 6, u: 1390, r: 19 },
  ];
  const s = sums(L);
  const paid = 12 * 10400;
  add({
    file: 'de-strom-preisaenderung-guthaben.pdf',
    layout: {
      sender: ['Stadtwerke Talheim GmbH', 'Kraftwerkstraße 1 · 74388 Talheim', 'kundenservice@stadtwerke-talheim.example · Tel. 07133 555-0'],
      senderLine: 'Stadtwerke Talheim GmbH · Kraftwerkstraße 1 · 74388 Talheim',
      customer: ['Herrn', 'Dieter Wollny', 'Am Hang 7', '74388 Talheim'],
      meta: [['Vertragskonto', '800 123 4567'], ['Zählernummer', '1ESY1160112233'], ['Marktlokation', '50412345678'], ['Rechnungsnummer', '2025-118-004471'], ['Rechnungsdatum', '14.02.2025']],
      title: 'Jahresabrechnung Strom 2024',
      intro: ['Abrechnungszeitraum 01.01.2024 - 31.12.2024 · Zählerstand 31.12.2023: 48.112 kWh · 31.12.2024: 50.912 kWh · Verbrauch 2.800 kWh'],
      cols: [{ h: 'Position', w: 400 }, { h: 'Betrag netto €', w: 95, align: 'right' }],
      rows: L.map((l, i) => [l.d, money(s.amt[i])]),
      totals: [['Summe netto', money(s.net)], ['Umsatzsteuer 19 %', money(s.tax)], ['Rechnungsbetrag brutto', money(s.gross), true], ['abzüglich geleistete Abschläge (12 x 104,00 €)', money(-paid)], { rule: 1 }, ['Ihr Guthaben', `${money(s.gross - paid)} €`, true]],
      after: [`Ihr Guthaben von ${money(paid - s.gross)} € überweisen wir am 28.02.2025 auf Ihr Konto DE02 1203 0000 0000 2020 51.`, 'Ihr neuer monatlicher Abschlag ab 01.03.2025: 99,00 € (Abbuchung jeweils zum 1. des Monats).', 'In den Arbeitspreisen ist die Stromsteuer von 2,05 ct/kWh enthalten.'],
      footer: ['Stadtwerke Talheim GmbH · Amtsgericht Stuttgart HRB 771122 · USt-IdNr. DE812345670 · Geschäftsführer: Karl Ebner'],
    },
    truth: truth({ no: '2025-118-004471', date: '2025-02-14', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // marketplace order invoice: sold by a third party, invoice date = delivery date, gross unit prices
  const L = [{ d: 'Edelstahl-Wasserkocher 1,7 l, 2200 W', q: 1, u: 3999, r: 19 }, { d: 'Flüssigentkalker 500 ml', q: 3, u: 549, r: 19 }, { d: 'Kochbuch „Schnelle Küche“', q: 1, u: 1800, r: 7 }];
  const s = grossSums(L);
  const net1 = (l) => Math.round((l.u * 100) / (100 + l.r));
  add({
    file: 'de-marktplatz-verkauft-von.pdf',
    layout: {
      sender: ['Rechnung', 'Verkauft von: Kramer Haushaltswaren GmbH · Gerberstraße 3 · 04105 Leipzig', 'USt-IdNr. DE317654329 · Versand durch Marktplatz'],
      senderLine: 'Kramer Haushaltswaren GmbH · Gerberstraße 3 · 04105 Leipzig',
      customer: ['Rechnungsadresse', 'Tobias Renner', 'Feldweg 22a', '99084 Erfurt'],
      meta: [['Rechnungsdatum/Lieferdatum', '21.03.2025'], ['Rechnungsnummer', 'INV-DE-4411873205-2025-3318'], ['Bestelldatum', '18.03.2025'], ['Bestellnummer', '028-5541236-7719341'], ['Zahlung', 'bereits bezahlt']],
      title: 'Rechnungsdetails',
      cols: [{ h: 'Beschreibung', w: 200 }, { h: 'Menge', w: 40, align: 'right' }, { h: 'Stückpreis (ohne USt.)', w: 90, align: 'right' }, { h: 'USt. %', w: 45, align: 'right' }, { h: 'Stückpreis (inkl. USt.)', w: 60, align: 'right' }, { h: 'Zwischensumme', w: 60, align: 'right' }],
      rows: L.map((l, i) => [l.d, String(l.q), `${money(net1(l))} €`, `${l.r} %`, `${money(l.u)} €`, `${money(s.amt[i])} €`]),
      totals: [['Versandkosten', '0,00 €'], ['Gesamtpreis (ohne USt.)', `${money(s.net)} €`], ...s.rates.map((r) => [`USt. ${r.r} %`, `${money(r.tax)} €`]), ['Gesamtpreis', `${money(s.gross)} €`, true]],
      after: ['Sie haben diese Bestellung bereits mit Ihrer Kreditkarte (Visa ****4411) bezahlt.', 'Fragen zur Rechnung? Wenden Sie sich an den Verkäufer über Ihr Kundenkonto.'],
      footer: ['Marktplatz Europe S.à r.l. · Versand im Auftrag des Verkäufers · marktplatz.example'],
    },
    truth: truth({ no: 'INV-DE-4411873205-2025-3318', date: '2025-03-21', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // car workshop: the inspection fee (HU) passed through outside VAT after the taxed total
  const L = [
    { section: 'Arbeitslohn' },
    { d: 'Inspektion nach Herstellervorgabe', q: 12, u: 1150, r: 19, unit: 'AW' },
    { d: 'Bremsflüssigkeit erneuern', q: 4, u: 1150, r: 19, unit: 'AW' },
    { section: 'Ersatzteile' },
    { d: 'Ölfilter 03N115562', q: 1, u: 1490, r: 19, unit: 'St' },
    { d: 'Motoröl 5W-30 VW 504.00', q: 4.5, u: 1840, r: 19, unit: 'l' },
    { d: 'Bremsflüssigkeit DOT 4', q: 1, u: 1290, r: 19, unit: 'l' },
    { d: 'Scheibenwischer-Satz', q: 1, u: 3580, r: 19, unit: 'St' },
  ];
  const items = L.filter((l) => !l.section);
  const s = sums(items);
  const hu = 13850;
  let k = 0;
  add({
    file: 'de-kfz-hu-durchlaufend.pdf',
    layout: {
      sender: ['Autohaus Brenner', 'Meisterbetrieb · Industriestraße 41 · 91522 Ansbach', 'Tel. 0981 555-410 · service@autohaus-brenner.example'],
      senderLine: 'Autohaus Brenner · Industriestraße 41 · 91522 Ansbach',
      customer: ['Herrn', 'Markus Aigner', 'Schlossweg 3', '91522 Ansbach'],
      meta: [['Rechnung Nr.', 'W-25-06137'], ['Datum', '12.06.2025'], ['Auftrag', 'A-25-0613 vom 10.06.2025'], ['Kennzeichen', 'AN-MA 412'], ['km-Stand', '84.317'], ['Erstzulassung', '03.05.2019']],
      title: 'Rechnung',
      cols: [{ h: 'Bezeichnung', w: 260 }, { h: 'Menge', w: 60, align: 'right' }, { h: 'Preis €', w: 80, align: 'right' }, { h: 'MwSt', w: 40, align: 'right' }, { h: 'Gesamt €', w: 55, align: 'right' }],
      rows: L.map((l) => (l.section ? l : [l.d, `${qty(l.q, 'de')} ${l.unit}`, money(l.u), '19 %', money(s.amt[k++])])),
      totals: [['Summe netto', money(s.net)], ['MwSt 19 %', money(s.tax)], ['Summe brutto', money(s.gross)], ['Hauptuntersuchung § 29 StVZO (durchlaufender Posten)', money(hu)], { rule: 1 }, ['Gesamtbetrag EUR', money(s.gross + hu), true]],
      after: ['Die HU-Gebühr verauslagen wir im Namen und für Rechnung der Prüforganisation; sie ist nicht umsatzsteuerbar.', 'Zahlbar sofort ohne Abzug. Altteile wurden auf Wunsch entsorgt.', 'Nächste HU: 06/2027 · Nächste Inspektion: 06/2026 oder 114.000 km'],
      footer: ['Autohaus Brenner e.K. · Inh. Georg Brenner · USt-IdNr. DE213456788 · IBAN DE12 7655 0000 0000 4411 22'],
    },
    truth: truth({ no: 'W-25-06137', date: '2025-06-12', total: s.gross + hu, subtotal: s.net, tax: s.tax }),
  });
}

{ // heating-oil delivery: litres at a price per 100 l, tanker meter readings, a hazardous-goods surcharge
  const L = [{ d: 'Heizöl EL schwefelarm, temperaturkompensiert (15 °C)', q: 3012, u: 97.85, r: 19, unit: 'l' }, { d: 'Gefahrgut- und Kleinmengenzuschlag pauschal', q: 1, u: 2490, r: 19 }];
  const s = sums(L);
  add({
    file: 'de-heizoel-lieferung.pdf',
    layout: {
      sender: ['Mineralöl Hartmann KG', 'Hafenstraße 12 · 26789 Leer', 'Tel. 0491 555-77 · heizoel@hartmann.example'],
      senderLine: 'Mineralöl Hartmann KG · Hafenstraße 12 · 26789 Leer',
      customer: ['Familie', 'Gerd und Anke Ubben', 'Deichweg 9', '26789 Leer'],
      meta: [['Rechnungs-Nr.', '25-04417'], ['Rechnungsdatum', '09.10.2025'], ['Lieferschein-Nr.', '88412'], ['Lieferdatum', '08.10.2025'], ['Kunden-Nr.', '10733']],
      title: 'Rechnung Heizöllieferung',
      intro: ['Tankwagen LER-HK 77 · Zählwerk Anfang 184.220 l · Ende 187.232 l · abgegebene Menge 3.012 l'],
      cols: [{ h: 'Artikel', w: 255 }, { h: 'Menge', w: 60, align: 'right' }, { h: 'Preis', w: 90, align: 'right' }, { h: 'Betrag €', w: 90, align: 'right' }],
      rows: [[L[0].d, '3.012 l', '97,85 €/100 l', money(s.amt[0])], [L[1].d, '1', money(L[1].u), money(s.amt[1])]],
      totals: [['Nettobetrag', money(s.net)], ['19 % MwSt.', money(s.tax)], { rule: 1 }, ['Rechnungsbetrag €', money(s.gross), true]],
      after: ['Zahlbar bis 23.10.2025 ohne Abzug auf IBAN DE44 2855 0000 0000 8841 20.', 'Preis gültig für Abnahme ab 3.000 l bei einer Abladestelle.'],
      footer: ['Mineralöl Hartmann KG · Amtsgericht Aurich HRA 2211 · Steuernummer 62/123/45678 · USt-IdNr. DE117788990'],
    },
    truth: truth({ no: '25-04417', date: '2025-10-09', due: '2025-10-23', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // water bill: drinking water at 7 %, waste-water charges outside VAT, prepayments, Nachzahlung due
  const L = [
    { d: 'Trinkwasser Mengenpreis 112 m³ x 2,18 €', q: 112, u: 218, r: 7 },
    { d: 'Trinkwasser Grundpreis 12 Monate x 6,20 €', q: 12, u: 620, r: 7 },
    { d: 'Schmutzwassergebühr 112 m³ x 2,95 €', q: 112, u: 295, r: 0 },
    { d: 'Niederschlagswassergebühr 145 m² x 0,62 €', q: 145, u: 62, r: 0 },
  ];
  const s = sums(L);
  const paid = 11 * 6200;
  const taxed = s.rates.find((r) => r.r === 7);
  add({
    file: 'de-wasser-abwasser-nachzahlung.pdf',
    layout: {
      sender: ['Zweckverband Wasser Ilmtal', 'Wasserwerkstraße 2 · 99438 Bad Berka'],
      senderLine: 'ZV Wasser Ilmtal · Wasserwerkstraße 2 · 99438 Bad Berka',
      customer: ['Frau', 'Heike Lorenz', 'Goethestraße 31', '99438 Bad Berka'],
      meta: [['Kundennummer', '300-44812'], ['Verbrauchsstelle', 'Goethestraße 31'], ['Rechnungsnummer', 'WA-2025-017744'], ['Rechnungsdatum', '27.02.2025'], ['Zeitraum', '01.01.2024 - 31.12.2024']],
      title: 'Jahresverbrauchsabrechnung Wasser / Abwasser 2024',
      cols: [{ h: 'Leistung', w: 360 }, { h: 'USt', w: 45, align: 'right' }, { h: 'Netto €', w: 90, align: 'right' }],
      rows: L.map((l, i) => [l.d, l.r ? '7 %' : '-', money(s.amt[i])]),
      totals: [['Summe netto', money(s.net)], [`USt 7 % auf ${money(taxed.base)}`, money(taxed.tax)], ['Rechnungsbetrag', money(s.gross), true], ['abzüglich Abschläge (11 x 62,00 €)', money(-paid)], { rule: 1 }, ['Nachzahlung', `${money(s.gross - paid)} €`, true]],
      after: ['Die Abwassergebühren sind hoheitliche Leistungen und nicht umsatzsteuerbar.', `Bitte überweisen Sie die Nachzahlung bis zum 15.03.2025. Neuer Abschlag ab 15.03.2025: 2 x 70,00 € je Quartal.`],
      footer: ['Zweckverband Wasser Ilmtal · Körperschaft des öffentlichen Rechts · IBAN DE89 8205 1000 0000 1177 00'],
    },
    truth: truth({ no: 'WA-2025-017744', date: '2025-02-27', due: '2025-03-15', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // Austrian mobile bill: "€ 12,34" before the number, Servicepauschale, debit date
  const L = [{ d: 'Grundentgelt Tarif Flex 15 GB', q: 1, u: 1999, r: 20 }, { d: 'Servicepauschale (anteilig)', q: 1, u: 250, r: 20 }, { d: 'Roaming EU-Zone', q: 1, u: 0, r: 20 }, { d: 'Mehrwertnummern', q: 1, u: 432, r: 20 }];
  const s = sums(L);
  add({
    file: 'de-at-mobilfunk-abbuchung.pdf',
    layout: {
      senderRight: true,
      sender: ['AlpenTel', 'AlpenTel Kommunikation GmbH · Lassallestraße 9 · 1020 Wien', 'UID-Nr. ATU65432198 · FN 412233 b'],
      senderLine: 'AlpenTel Kommunikation GmbH, Lassallestraße 9, 1020 Wien',
      customer: ['Herrn', 'Florian Gruber', 'Mariahilfer Straße 88/12', '1070 Wien'],
      meta: [['Kundennummer', '9.112.440'], ['Rechnungsnummer', 'R-25-4471128'], ['Rechnungsdatum', '03.06.2025'], ['Verrechnungszeitraum', '01.05.2025 - 31.05.2025']],
      title: 'Rechnung Mai 2025',
      cols: [{ h: 'Leistung', w: 380 }, { h: 'Betrag exkl. USt', w: 115, align: 'right' }],
      rows: L.map((l, i) => [l.d, `€ ${money(s.amt[i])}`]),
      totals: [['Summe exkl. USt', `€ ${money(s.net)}`], ['USt 20 %', `€ ${money(s.tax)}`], { rule: 1 }, ['Rechnungsbetrag', `€ ${money(s.gross)}`, true]],
      after: ['Der Rechnungsbetrag wird am 13.06.2025 von Ihrem Konto AT61 1904 3002 3457 3201 abgebucht.', 'Mandatsreferenz AT-9112440-01 · Creditor-ID AT98ZZZ00000012345'],
      footer: ['AlpenTel Kommunikation GmbH · Firmenbuchgericht Handelsgericht Wien · FN 412233 b · UID ATU65432198'],
    },
    truth: truth({ no: 'R-25-4471128', date: '2025-06-03', due: '2025-06-13', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // Swiss vet with a QR-bill slip: medicines at 2.6 %, treatment at 8.1 %, 30 days net
  const L = [
    { d: 'Konsultation Kleintier', q: 1, u: 6500, r: 8.1 }, { d: 'Impfung DHPPi + L4', q: 1, u: 7850, r: 8.1 }, { d: 'Zahnsteinentfernung inkl. Sedation', q: 1, u: 18900, r: 8.1 },
    { d: 'Antibiotikum Tabletten 250 mg', q: 2, u: 2340, r: 2.6 }, { d: 'Schmerzmittel Suspension 30 ml', q: 1, u: 3180, r: 2.6 },
  ];
  const s = sums(L);
  const ch = (c) => money(c, 'ch');
  add({
    file: 'de-ch-tierarzt-qr-rechnung.pdf',
    layout: {
      sender: ['Tierarztpraxis am Aareufer', 'Dr. med. vet. Lea Brunner · Aarestrasse 14 · 3600 Thun', 'CHE-123.456.789 MWST'],
      senderLine: 'Tierarztpraxis am Aareufer, Aarestrasse 14, 3600 Thun',
      customer: ['Herr', 'Reto Zbinden', 'Bälliz 40', '3600 Thun'],
      meta: [['Rechnung Nr.', '25-3318'], ['Datum', '17.07.2025'], ['Patient', 'Bello (Hund, 7 J.)'], ['Patienten-Nr.', '4471']],
      title: 'Rechnung',
      cols: [{ h: 'Leistung', w: 300 }, { h: 'Anz.', w: 40, align: 'right' }, { h: 'Preis CHF', w: 65, align: 'right' }, { h: 'MWST', w: 40, align: 'right' }, { h: 'Total CHF', w: 50, align: 'right' }],
      rows: L.map((l, i) => [l.d, String(l.q), ch(l.u), `${l.r}%`, ch(s.amt[i])]),
      totals: [['Total exkl. MWST', ch(s.net)], ...s.rates.map((r) => [`MWST ${r.r}% auf ${ch(r.base)}`, ch(r.tax)]), ['Total CHF', ch(s.gross), true]],
      after: ['Zahlbar innert 30 Tagen. Besten Dank für Ihr Vertrauen.'],
      slip: [[20, 10, 'Empfangsschein', { size: 11, bold: true }], [20, 30, 'Konto / Zahlbar an', { size: 7, bold: true }], [20, 40, 'CH44 3199 9123 0008 8901 2', { size: 8 }], [20, 50, 'Tierarztpraxis am Aareufer', { size: 8 }], [20, 90, 'Zahlbar durch', { size: 7, bold: true }], [20, 100, 'Reto Zbinden, Bälliz 40, 3600 Thun', { size: 8 }], [20, 150, 'Währung   Betrag', { size: 7, bold: true }], [20, 162, `CHF       ${money(s.gross, 'chfr')}`, { size: 8 }],
        [250, 10, 'Zahlteil', { size: 11, bold: true }], [250, 200, 'Währung   Betrag', { size: 7, bold: true }], [250, 212, `CHF       ${money(s.gross, 'chfr')}`, { size: 9 }], [400, 30, 'Konto / Zahlbar an', { size: 7, bold: true }], [400, 40, 'CH44 3199 9123 0008 8901 2', { size: 8 }], [400, 60, 'Referenz', { size: 7, bold: true }], [400, 70, '21 00000 00003 13947 14300 09017', { size: 8 }], [400, 90, 'Zusätzliche Informationen', { size: 7, bold: true }], [400, 100, 'Rechnung 25-3318', { size: 8 }]],
    },
    truth: truth({ no: '25-3318', date: '2025-07-17', total: s.gross, subtotal: s.net, tax: s.tax, cur: 'CHF' }),
  });
}

{ // locksmith's emergency call-out paid in cash on the spot: "Betrag dankend erhalten"
  const L = [{ d: 'Türöffnung Notdienst (Sonntag, 21:40 Uhr)', q: 1, u: 8900, r: 19 }, { d: 'Sonn- und Feiertagszuschlag 50 %', q: 1, u: 4450, r: 19 }, { d: 'Anfahrt Zone 2', q: 1, u: 3500, r: 19 }, { d: 'Profilzylinder 30/35 mit 3 Schlüsseln', q: 1, u: 3990, r: 19 }];
  const s = sums(L);
  add({
    file: 'de-schluesseldienst-bar-quittiert.pdf',
    layout: {
      sender: ['Schlüsseldienst Özdemir', 'Hauptstraße 101 · 44135 Dortmund · 24h-Notruf 0231 555-9900'],
      senderLine: 'Schlüsseldienst Özdemir · Hauptstraße 101 · 44135 Dortmund',
      customer: ['Frau', 'Petra Nolte', 'Kaiserstraße 58', '44135 Dortmund'],
      meta: [['Quittungsrechnung Nr.', '0613'], ['Datum', '22.06.2025'], ['Einsatzort', 'Kaiserstraße 58, 2. OG']],
      title: 'Rechnung / Quittung',
      cols: [{ h: 'Leistung', w: 350 }, { h: 'Menge', w: 50, align: 'right' }, { h: 'Netto €', w: 95, align: 'right' }],
      rows: L.map((l, i) => [l.d, String(l.q), money(s.amt[i])]),
      totals: [['Nettobetrag', money(s.net)], ['zzgl. 19 % MwSt.', money(s.tax)], { rule: 1 }, ['Gesamtbetrag', `${money(s.gross)} €`, true]],
      after: [`Betrag von ${money(s.gross)} € in bar dankend erhalten, Dortmund, 22.06.2025.`, 'Unterschrift Monteur: ______________________   Unterschrift Kunde: ______________________', 'Steuernummer 314/5123/4567'],
    },
    truth: truth({ no: '0613', date: '2025-06-22', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // craftsman's second progress invoice: performance level 65 %, the first deducted net, VAT on the rest
  const contract = 4860000, level = Math.round(contract * 0.65), first = 1458000;
  const net = level - first, tax = Math.round(net * 0.19);
  add({
    file: 'de-zweite-abschlagsrechnung.pdf',
    layout: {
      sender: ['Holzbau Reindl GmbH', 'Zimmerei · Dachdeckerei · Am Sägewerk 5 · 83022 Rosenheim'],
      senderLine: 'Holzbau Reindl GmbH · Am Sägewerk 5 · 83022 Rosenheim',
      customer: ['Bauherrengemeinschaft', 'Kolbermoorer Str. 12', 'c/o Hans Wimmer', '83026 Rosenheim'],
      meta: [['Rechnungs-Nr.', 'AR-2025-0218'], ['Rechnungsdatum', '21.05.2025'], ['Auftrag vom', '03.02.2025'], ['Bauvorhaben', 'Neubau Carport + Dach'], ['Leistungsstand zum', '16.05.2025']],
      title: '2. Abschlagsrechnung',
      intro: ['Gemäß Bauvertrag vom 03.02.2025 berechnen wir Ihnen nach Leistungsstand wie folgt:'],
      cols: [{ h: 'Position', w: 380 }, { h: 'Betrag netto €', w: 115, align: 'right' }],
      rows: [['Auftragssumme netto lt. Bauvertrag', money(contract)], ['Leistungsstand 65 % der Auftragssumme', money(level)], ['abzüglich 1. Abschlagsrechnung AR-2025-0107 vom 14.04.2025 (netto)', money(-first)]],
      totals: [['Abschlag netto', money(net)], ['zzgl. 19 % USt', money(tax)], { rule: 1 }, ['Zahlbetrag', `${money(net + tax)} €`, true]],
      after: ['Zahlbar bis 04.06.2025 ohne Abzug.', 'Die Schlussrechnung erfolgt nach Abnahme.'],
      footer: ['Holzbau Reindl GmbH · HRB 18822 Traunstein · USt-IdNr. DE128877665 · IBAN DE77 7115 0000 0020 1188 44'],
    },
    truth: truth({ no: 'AR-2025-0218', date: '2025-05-21', due: '2025-06-04', total: net + tax, subtotal: net, tax }),
  });
}

// ================================================================ French

{ // electricity bill: subscription and CTA at 5.5 %, consumption and excise at 20 %, "à payer avant le"
  const L = [
    { d: 'Abonnement du 01/03/2025 au 31/03/2025 (9 kVA)', q: 1, u: 1565, r: 5.5 },
    { d: 'Contribution tarifaire d\'acheminement (CTA)', q: 1, u: 312, r: 5.5 },
    { d: 'Consommation Base 212 kWh x 0,1952 €', q: 212, u: 19.52, r: 20 },
    { d: 'Accise sur l\'électricité 212 kWh x 0,02623 €', q: 212, u: 2.623, r: 20 },
  ];
  const s = sums(L);
  const fr = (c) => money(c, 'fr');
  add({
    file: 'fr-electricite-avant-le.pdf',
    layout: {
      sender: ['Lumen Énergie', 'Service clients · TSA 40412 · 69907 Lyon Cedex 20', 'lumen-energie.example · SA au capital de 1 000 000 €'],
      senderLine: 'Lumen Énergie · TSA 40412 · 69907 Lyon Cedex 20',
      customer: ['M. Julien Perrot', '14 rue des Acacias', '38000 Grenoble'],
      meta: [['Facture du', '18/03/2025'], ['N° de facture', '10045277312'], ['Réf. client', '6 004 412 881'], ['Point de livraison', '09 4412 3376 5512'], ['Montant TTC', `${fr(s.gross)} €`], ['à payer avant le', '02/04/2025']],
      title: 'Votre facture d\'électricité',
      cols: [{ h: 'Détail', w: 330 }, { h: 'TVA', w: 50, align: 'right' }, { h: 'Montant HT', w: 115, align: 'right' }],
      rows: L.map((l, i) => [l.d, `${pct(l.r, 'fr')} %`, `${fr(s.amt[i])} €`]),
      totals: [['Total HT', `${fr(s.net)} €`], ...s.rates.map((r) => [`TVA ${pct(r.r, 'fr')} % sur ${fr(r.base)}`, `${fr(r.tax)} €`]), { rule: 1 }, ['Montant TTC', `${fr(s.gross)} €`, true]],
      after: ['Règlement par TIP ou virement à l\'ordre de Lumen Énergie · IBAN FR76 3000 4000 0312 3456 7890 143', 'En cas de retard de paiement, des pénalités de 3 fois le taux d\'intérêt légal s\'appliquent.', 'Prochaine facture vers le 18/04/2025. Index relevé le 31/03/2025 : 24 881 kWh.'],
      footer: ['Lumen Énergie SA · RCS Lyon 812 345 678 · TVA FR12812345678'],
    },
    truth: truth({ no: '10045277312', date: '2025-03-18', due: '2025-04-02', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // home internet (box) bill: TTC prices, a discount, "prélevé le"
  const L = [{ d: 'Forfait Box Fibre 1 Gb/s (du 01/04 au 30/04/2025)', q: 1, u: 2999, r: 20 }, { d: 'Option Bouquet TV', q: 1, u: 499, r: 20 }, { d: 'Appels vers mobiles', q: 1, u: 0, r: 20 }, { d: 'Remise fidélité', q: 1, u: -500, r: 20 }, { d: 'Location décodeur', q: 1, u: 300, r: 20 }];
  const s = grossSums(L);
  const fr = (c) => money(c, 'fr');
  add({
    file: 'fr-box-internet-preleve.pdf',
    layout: {
      senderRight: true,
      sender: ['Onde+', 'Onde Télécom SAS · 8 rue de la Ville-l\'Évêque · 75008 Paris', 'RCS Paris 433 221 109 · TVA FR55433221109'],
      senderLine: 'Onde Télécom SAS – 8 rue de la Ville-l\'Évêque – 75008 Paris',
      customer: ['Mme Claire Vasseur', '3 allée des Tilleuls', '59000 Lille'],
      meta: [['Facture n°', 'FR-250412-88231'], ['Date', '02/04/2025'], ['Identifiant', 'cvasseur59'], ['Ligne', '03 20 55 51 23'], ['Période', '01/04/2025 - 30/04/2025']],
      title: 'Facture',
      cols: [{ h: 'Libellé', w: 395 }, { h: 'Montant TTC', w: 100, align: 'right' }],
      rows: L.map((l, i) => [l.d, `${fr(s.amt[i])} €`]),
      totals: [['Total HT', `${fr(s.net)} €`], ['TVA 20 %', `${fr(s.tax)} €`], { rule: 1 }, ['Total TTC', `${fr(s.gross)} €`, true]],
      after: [`Ce montant sera prélevé le 12/04/2025 sur votre compte FR76 **** **** **** 1143.`, 'Référence unique de mandat ONDE-88231-01 · ICS FR12ZZZ123456'],
      footer: ['Onde Télécom SAS au capital de 5 000 000 € · Service client 3900 (service gratuit + prix appel)'],
    },
    truth: truth({ no: 'FR-250412-88231', date: '2025-04-02', due: '2025-04-12', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // garage: repair order, parts and labour sections with their own subtotals, plate and mileage
  const P = [{ d: 'Plaquettes de frein AV (réf. 4254.61)', q: 1, u: 6890, r: 20 }, { d: 'Disques de frein AV (x2)', q: 1, u: 11240, r: 20 }, { d: 'Liquide de frein DOT 4 1 L', q: 1, u: 1450, r: 20 }];
  const M = [{ d: 'Remplacement disques et plaquettes AV', q: 1.5, u: 7200, r: 20 }, { d: 'Purge circuit de freinage', q: 0.5, u: 7200, r: 20 }];
  const sp = sums(P), sm = sums(M), s = sums([...P, ...M]);
  const fr = (c) => money(c, 'fr');
  add({
    file: 'fr-garage-pieces-main-oeuvre.pdf',
    layout: {
      sender: ['Garage du Pont Neuf', '12 avenue Jean Jaurès · 31000 Toulouse', 'Tél. 05 61 55 04 12 · SIRET 512 345 678 00021'],
      senderLine: 'Garage du Pont Neuf – 12 av. Jean Jaurès – 31000 Toulouse',
      customer: ['M. Karim Benali', '5 impasse des Lilas', '31200 Toulouse'],
      meta: [['Facture n°', 'FG250613'], ['Date', '13/06/2025'], ['Ordre de réparation', 'OR-25-4471 du 11/06/2025'], ['Immatriculation', 'GH-412-KT'], ['Kilométrage', '84 317 km'], ['Mise en circulation', '14/03/2018']],
      title: 'FACTURE',
      cols: [{ h: 'Désignation', w: 280 }, { h: 'Qté / h', w: 55, align: 'right' }, { h: 'P.U. HT', w: 80, align: 'right' }, { h: 'Total HT', w: 80, align: 'right' }],
      rows: [{ section: 'Pièces' }, ...P.map((l, i) => [l.d, qty(l.q, 'fr'), fr(l.u), fr(sp.amt[i])]), ['Sous-total pièces', '', '', fr(sp.net)], { section: 'Main-d\'œuvre' }, ...M.map((l, i) => [l.d, `${qty(l.q, 'fr')} h`, fr(l.u), fr(sm.amt[i])]), ['Sous-total main-d\'œuvre', '', '', fr(sm.net)]],
      totals: [['Total HT', `${fr(s.net)} €`], ['TVA 20 %', `${fr(s.tax)} €`], { rule: 1 }, ['Total TTC', `${fr(s.gross)} €`, true]],
      after: ['Règlement à réception de facture. Pièces remplacées restituées au client sur demande.', 'Garantie pièces et main-d\'œuvre : 12 mois ou 20 000 km.'],
      footer: ['SARL Garage du Pont Neuf au capital de 8 000 € · RCS Toulouse 512 345 678 · TVA FR40512345678'],
    },
    truth: truth({ no: 'FG250613', date: '2025-06-13', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // Belgian monthly energy invoice at 6 %: "Montant à payer", structured communication, Date d'échéance
  const L = [{ d: 'Énergie électricité 265 kWh x 0,1388 €', q: 265, u: 13.88, r: 6 }, { d: 'Redevance fixe', q: 1, u: 458, r: 6 }, { d: 'Frais de réseau (distribution et transport)', q: 265, u: 10.41, r: 6 }, { d: 'Cotisation fédérale et surcharges', q: 265, u: 0.52, r: 6 }];
  const s = sums(L);
  const fr = (c) => money(c, 'de');
  add({
    file: 'fr-be-energie-6-pourcent.pdf',
    layout: {
      sender: ['Wallonie Énergie', 'Boulevard de l\'Empereur 44 · 1000 Bruxelles', 'TVA BE 0456.789.123 · RPM Bruxelles'],
      senderLine: 'Wallonie Énergie SA – Bd de l\'Empereur 44 – 1000 Bruxelles',
      customer: ['Mme Nathalie Dubois', 'Rue de Fer 17', '5000 Namur'],
      meta: [['Numéro de facture', '0042771309'], ['Date de facture', '07/04/2025'], ['Numéro client', '1200448812'], ['Code EAN', '541448820012345678'], ['Date d\'échéance', '24/04/2025']],
      title: 'Facture mensuelle avril 2025',
      cols: [{ h: 'Description', w: 380 }, { h: 'Montant HTVA', w: 115, align: 'right' }],
      rows: L.map((l, i) => [l.d, `${fr(s.amt[i])} €`]),
      totals: [['Total HTVA', `${fr(s.net)} €`], ['TVA 6 %', `${fr(s.tax)} €`], { rule: 1 }, ['Montant à payer', `${fr(s.gross)} €`, true]],
      after: ['À verser sur BE68 5390 0754 7034 avec la communication structurée +++090/9337/55493+++', 'Cette facture est domiciliée : ne payez pas si vous avez opté pour la domiciliation.'],
      footer: ['Wallonie Énergie SA · Service clientèle 078 55 44 33 · wallonie-energie.example'],
    },
    truth: truth({ no: '0042771309', date: '2025-04-07', due: '2025-04-24', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // French marketplace invoice: "Vendu par", invoice date = delivery date, HT unit price and TTC line total
  const L = [{ d: 'Robot pâtissier 1000 W, bol inox 5 L', q: 1, u: 14990, r: 20 }, { d: 'Fouet de rechange', q: 2, u: 1290, r: 20 }, { d: 'Livre « Pâtisserie facile »', q: 1, u: 2450, r: 5.5 }];
  const s = grossSums(L);
  const fr = (c) => money(c, 'fr');
  add({
    file: 'fr-marketplace-vendu-par.pdf',
    layout: {
      sender: ['Facture', 'Vendu par : Maison Durand SARL · 22 rue Nationale · 37000 Tours', 'TVA FR27 498765432 · Expédié par la place de marché'],
      senderLine: 'Maison Durand SARL – 22 rue Nationale – 37000 Tours',
      customer: ['Adresse de facturation', 'Émilie Garnier', '40 boulevard Carnot', '21000 Dijon'],
      meta: [['Date de la facture / Date de livraison', '07/05/2025'], ['Numéro de la facture', 'FR-INV-2025-558213'], ['Date de la commande', '03/05/2025'], ['Numéro de la commande', '405-7731552-2209163']],
      title: 'Détails de la facture',
      cols: [{ h: 'Description', w: 200 }, { h: 'Qté', w: 35, align: 'right' }, { h: 'Prix unitaire (HT)', w: 85, align: 'right' }, { h: 'Taux TVA', w: 50, align: 'right' }, { h: 'Prix unitaire (TTC)', w: 65, align: 'right' }, { h: 'Total (TTC)', w: 60, align: 'right' }],
      rows: L.map((l, i) => [l.d, String(l.q), `${fr(Math.round((l.u * 100) / (100 + l.r)))} €`, `${pct(l.r, 'fr')} %`, `${fr(l.u)} €`, `${fr(s.amt[i])} €`]),
      totals: [['Frais de port', '0,00 €'], ['Total HT', `${fr(s.net)} €`], ...s.rates.map((r) => [`TVA ${pct(r.r, 'fr')} %`, `${fr(r.tax)} €`]), ['Total à payer', `${fr(s.gross)} €`, true]],
      after: ['Payé par carte bancaire (Mastercard se terminant par 0417).'],
      footer: ['Place de marché Europe SARL · commande passée sur marche.example'],
    },
    truth: truth({ no: 'FR-INV-2025-558213', date: '2025-05-07', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // Swiss romand internet provider with a French QR-bill slip
  const L = [{ d: 'Abonnement Internet 10 Gbit/s (mars 2025)', q: 1, u: 5990, r: 8.1 }, { d: 'Téléphonie fixe forfait Suisse', q: 1, u: 1500, r: 8.1 }, { d: 'Location routeur', q: 1, u: 500, r: 8.1 }];
  const s = sums(L);
  const ch = (c) => money(c, 'ch');
  add({
    file: 'fr-ch-internet-section-paiement.pdf',
    layout: {
      sender: ['LacNet SA', 'Avenue de la Gare 10 · 1003 Lausanne', 'CHE-234.567.890 TVA'],
      senderLine: 'LacNet SA, Avenue de la Gare 10, 1003 Lausanne',
      customer: ['Madame', 'Sophie Rochat', 'Chemin du Levant 4', '1005 Lausanne'],
      meta: [['Numéro client', '88 412 307'], ['Facture n°', '2025-03-441207'], ['Date de facture', '28.02.2025'], ['Payable jusqu\'au', '31.03.2025']],
      title: 'Facture mars 2025',
      cols: [{ h: 'Prestation', w: 380 }, { h: 'Montant CHF', w: 115, align: 'right' }],
      rows: L.map((l, i) => [l.d, ch(s.amt[i])]),
      totals: [['Total hors TVA', ch(s.net)], ['TVA 8,1 %', ch(s.tax)], ['Montant total CHF', ch(s.gross), true]],
      slip: [[20, 10, 'Récépissé', { size: 11, bold: true }], [20, 30, 'Compte / Payable à', { size: 7, bold: true }], [20, 40, 'CH58 3000 0001 2234 5678 9', { size: 8 }], [20, 50, 'LacNet SA', { size: 8 }], [20, 150, 'Monnaie   Montant', { size: 7, bold: true }], [20, 162, `CHF       ${money(s.gross, 'chfr')}`, { size: 8 }],
        [250, 10, 'Section paiement', { size: 11, bold: true }], [250, 200, 'Monnaie   Montant', { size: 7, bold: true }], [250, 212, `CHF       ${money(s.gross, 'chfr')}`, { size: 9 }], [400, 30, 'Compte / Payable à', { size: 7, bold: true }], [400, 40, 'CH58 3000 0001 2234 5678 9', { size: 8 }], [400, 60, 'Référence', { size: 7, bold: true }], [400, 70, '00 00000 88412 30720 25034 41207', { size: 8 }], [400, 90, 'Informations supplémentaires', { size: 7, bold: true }], [400, 100, 'Facture 2025-03-441207', { size: 8 }]],
    },
    truth: truth({ no: '2025-03-441207', date: '2025-02-28', due: '2025-03-31', total: s.gross, subtotal: s.net, tax: s.tax, cur: 'CHF' }),
  });
}

{ // Québec electricity bill: two consumption tiers, TPS + TVQ, "Montant à payer", "Date d'échéance"
  const L = [{ d: 'Redevance d\'abonnement 30 jours x 0,4392 $', q: 30, u: 43.92, r: 0 }, { d: '1ère tranche 1 200 kWh x 6,905 ¢', q: 1200, u: 6.905, r: 0 }, { d: '2e tranche 312 kWh x 10,652 ¢', q: 312, u: 10.652, r: 0 }];
  const s = sums(L);
  const tps = Math.round(s.net * 0.05), tvq = Math.round(s.net * 0.09975);
  const qc = (c) => money(c, 'qc');
  add({
    file: 'fr-qc-electricite-tps-tvq.pdf',
    layout: {
      sender: ['Énergie Boréale', 'C.P. 11022, succ. Centre-ville · Montréal (Québec) H3C 4T7', 'TPS 123456789 RT0001 · TVQ 1234567890 TQ0001'],
      senderLine: 'Énergie Boréale · C.P. 11022 · Montréal (Québec) H3C 4T7',
      customer: ['Louis Tremblay', '1425, rue Beaubien Est', 'Montréal (Québec) H2G 1L1'],
      meta: [['Numéro de compte', '6655 4433 2211'], ['Numéro de facture', '2025-02-0788413'], ['Date de facturation', '2025-02-14'], ['Période', '2025-01-14 au 2025-02-12'], ['Date d\'échéance', '2025-03-07']],
      title: 'Facture d\'électricité',
      cols: [{ h: 'Détail', w: 380 }, { h: 'Montant', w: 115, align: 'right' }],
      rows: L.map((l, i) => [l.d, `${qc(s.amt[i])} $`]),
      totals: [['Total avant taxes', `${qc(s.net)} $`], ['TPS 5 %', `${qc(tps)} $`], ['TVQ 9,975 %', `${qc(tvq)} $`], { rule: 1 }, ['Montant à payer', `${qc(s.net + tps + tvq)} $`, true]],
      after: ['Consommation moyenne par jour : 50,4 kWh · Température moyenne : -11 °C', 'Payez avant la date d\'échéance pour éviter des frais d\'administration de 1,2 % par mois.'],
    },
    truth: truth({ no: '2025-02-0788413', date: '2025-02-14', due: '2025-03-07', total: s.net + tps + tvq, subtotal: s.net, tax: tps + tvq, cur: 'CAD' }),
  });
}

{ // Luxembourg garage: TVA 17 %, "Montant TVAC", date 29.08.2025, Échéance
  const L = [{ d: 'Pneus 205/55 R16 91V été', q: 4, u: 9850, r: 17 }, { d: 'Montage et équilibrage', q: 4, u: 1800, r: 17 }, { d: 'Valves neuves', q: 4, u: 350, r: 17 }, { d: 'Éco-participation pneus', q: 4, u: 225, r: 17 }];
  const s = sums(L);
  const lu = (c) => money(c, 'de');
  add({
    file: 'fr-lu-garage-pneus-17.pdf',
    layout: {
      sender: ['Garage Wagner S.à r.l.', '45, route d\'Arlon · L-8009 Strassen', 'TVA LU23456789 · RCS B 123456'],
      senderLine: 'Garage Wagner S.à r.l. · 45, route d\'Arlon · L-8009 Strassen',
      customer: ['Monsieur Paul Schmit', '12, rue de la Gare', 'L-7535 Mersch'],
      meta: [['Facture N°', '2025-0831'], ['Date', '29.08.2025'], ['Véhicule', 'LU-KS 2211'], ['Échéance', '28.09.2025']],
      title: 'FACTURE',
      cols: std6('fr'),
      rows: stdRows(L, s, 'fr').map((r) => r.map((c) => c.replace(/(\d) (\d{3},)/, '$1.$2'))),
      totals: [['Montant HTVA', `${lu(s.net)} €`], ['TVA 17 %', `${lu(s.tax)} €`], { rule: 1 }, ['Montant TVAC', `${lu(s.gross)} €`, true]],
      after: ['Payable sur LU28 0019 4006 4475 0000 avant l\'échéance.'],
      footer: ['Garage Wagner S.à r.l. · autorisation d\'établissement n° 10012345/1'],
    },
    truth: truth({ no: '2025-0831', date: '2025-08-29', due: '2025-09-28', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // removal company: quote accepted, deposit (arrhes) deducted, "Solde à payer"
  const L = [{ d: 'Déménagement forfait 35 m³ (Rennes → Nantes)', q: 1, u: 128000, r: 20 }, { d: 'Monte-meubles (2 h)', q: 2, u: 9500, r: 20 }, { d: 'Cartons standard', q: 40, u: 250, r: 20 }, { d: 'Assurance valeur déclarée 30 000 €', q: 1, u: 4000, r: 20 }];
  const s = sums(L);
  const fr = (c) => money(c, 'fr');
  const arrhes = 50000;
  add({
    file: 'fr-demenagement-arrhes.pdf',
    layout: {
      sender: ['Déménagements Le Goff', 'ZA de la Janais · 35131 Chartres-de-Bretagne', 'SIRET 441 223 665 00018 · TVA FR61441223665'],
      senderLine: 'Déménagements Le Goff – ZA de la Janais – 35131 Chartres-de-Bretagne',
      customer: ['M. et Mme Morvan', '8 rue de Brest', '44000 Nantes'],
      meta: [['Facture n°', 'DLG-2025-0604'], ['Date', '04/06/2025'], ['Devis', 'D-25-118 accepté le 12/05/2025'], ['Date du déménagement', '02/06/2025']],
      title: 'FACTURE',
      cols: std6('fr'),
      rows: stdRows(L, s, 'fr'),
      totals: [['Total HT', `${fr(s.net)} €`], ['TVA 20 %', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.gross)} €`, true], ['Arrhes versées le 12/05/2025', `-${fr(arrhes)} €`], { rule: 1 }, ['Solde à payer', `${fr(s.gross - arrhes)} €`, true]],
      after: ['Solde payable à réception de la facture.'],
      footer: ['SAS Déménagements Le Goff au capital de 20 000 € · RCS Rennes 441 223 665'],
    },
    truth: truth({ no: 'DLG-2025-0604', date: '2025-06-04', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

// ================================================================ other languages (never swept)

{ // Macedonian (Cyrillic): ДДВ 18 %, "Вкупно за плаќање", денари
  const L = [{ d: 'Одржување на веб-страница (мај 2025)', q: 1, u: 1800000, r: 18 }, { d: 'Хостинг и домен (годишно)', q: 1, u: 720000, r: 18 }, { d: 'Консултации', q: 6, u: 250000, r: 18 }];
  const s = sums(L);
  add({
    file: 'mk-faktura.pdf', unicodeFont: true,
    layout: {
      sender: ['Веб Студио Вардар ДООЕЛ', 'ул. Македонија бр. 12 · 1000 Скопје', 'ЕДБ МК4030012345678 · ЕМБС 7123456'],
      senderLine: 'Веб Студио Вардар ДООЕЛ, ул. Македонија 12, Скопје',
      customer: ['Трговија Охрид ДООЕЛ', 'ул. Св. Климент Охридски 5', '6000 Охрид', 'ЕДБ МК4020098765432'],
      meta: [['Фактура бр.', '118/2025'], ['Датум', '14.05.2025'], ['Место', 'Скопје'], ['Рок на плаќање', '29.05.2025']],
      title: 'ФАКТУРА',
      cols: [{ h: 'Р.бр.', w: 35 }, { h: 'Опис', w: 230 }, { h: 'Кол.', w: 40, align: 'right' }, { h: 'Цена', w: 80, align: 'right' }, { h: 'ДДВ', w: 40, align: 'right' }, { h: 'Износ', w: 70, align: 'right' }],
      rows: L.map((l, i) => [String(i + 1), l.d, String(l.q), money(l.u), '18 %', money(s.amt[i])]),
      totals: [['Износ без ДДВ', `${money(s.net)} ден.`], ['ДДВ 18 %', `${money(s.tax)} ден.`], { rule: 1 }, ['Вкупно за плаќање', `${money(s.gross)} ден.`, true]],
      after: ['Уплата на жиро-сметка 300000000211456 во Комерцијална банка.', 'Фактурата е издадена електронски и важи без печат и потпис.'],
    },
    truth: truth({ no: '118/2025', date: '2025-05-14', due: '2025-05-29', total: s.gross, subtotal: s.net, tax: s.tax, cur: 'MKD' }),
  });
}

{ // Galician: "Factura núm.", IVE 21 %, "Base impoñible", "Total factura"
  const L = [{ d: 'Tradución xurídica castelán-galego (palabras)', q: 4200, u: 9, r: 21 }, { d: 'Revisión e maquetación', q: 3, u: 3500, r: 21 }];
  const s = sums(L);
  add({
    file: 'gl-factura.pdf',
    layout: {
      sender: ['Verbas Tradución S.L.', 'Rúa do Vilar 18 · 15705 Santiago de Compostela', 'NIF B15123456 · ola@verbas.example'],
      senderLine: 'Verbas Tradución S.L. · Rúa do Vilar 18 · Santiago',
      customer: ['Editorial Mariña S.A.', 'Avenida da Mariña 22', '15001 A Coruña', 'NIF A15987654'],
      meta: [['Factura núm.', 'A-2025/118'], ['Data', '12/06/2025'], ['Data de vencemento', '12/07/2025'], ['Pedido', 'PED-0441']],
      title: 'FACTURA',
      cols: [{ h: 'Concepto', w: 260 }, { h: 'Cantidade', w: 65, align: 'right' }, { h: 'Prezo', w: 70, align: 'right' }, { h: 'Importe', w: 100, align: 'right' }],
      rows: L.map((l, i) => [l.d, money(l.q * 100).replace(',00', ''), `${money(l.u)} €`, `${money(s.amt[i])} €`]),
      totals: [['Base impoñible', `${money(s.net)} €`], ['IVE 21 %', `${money(s.tax)} €`], { rule: 1 }, ['Total factura', `${money(s.gross)} €`, true]],
      after: ['Forma de pagamento: transferencia bancaria a ES91 2100 0418 4502 0005 1332.'],
    },
    truth: truth({ no: 'A-2025/118', date: '2025-06-12', due: '2025-07-12', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // Basque: "Faktura zk.", year-first dates, "Zerga-oinarria", "BEZ %21", "Guztira"
  const L = [{ d: 'Sukaldeko altzariak muntatzea', q: 14, u: 3800, r: 21 }, { d: 'Haritz-oholak (m²)', q: 6.5, u: 4260, r: 21 }, { d: 'Garraioa', q: 1, u: 4500, r: 21 }];
  const s = sums(L);
  add({
    file: 'eu-faktura.pdf',
    layout: {
      sender: ['Zurgintza Etxeberria S.L.', 'Kale Nagusia 7 · 20600 Eibar (Gipuzkoa)', 'IFZ B20123456'],
      senderLine: 'Zurgintza Etxeberria S.L. · Kale Nagusia 7 · Eibar',
      customer: ['Miren Agirre', 'Urkizu pasealekua 3, 2. A', '20600 Eibar'],
      meta: [['Faktura zk.', '2025-0412'], ['Data', '2025/04/14'], ['Epemuga', '2025/05/14']],
      title: 'FAKTURA',
      cols: [{ h: 'Kontzeptua', w: 260 }, { h: 'Kopurua', w: 60, align: 'right' }, { h: 'Prezioa', w: 75, align: 'right' }, { h: 'Zenbatekoa', w: 100, align: 'right' }],
      rows: L.map((l, i) => [l.d, qty(l.q, 'de'), `${money(l.u)} €`, `${money(s.amt[i])} €`]),
      totals: [['Zerga-oinarria', `${money(s.net)} €`], ['BEZ %21', `${money(s.tax)} €`], { rule: 1 }, ['Guztira', `${money(s.gross)} €`, true]],
      after: ['Ordainketa: banku-transferentzia, ES79 2095 5001 5011 2233 4455 kontura.'],
    },
    truth: truth({ no: '2025-0412', date: '2025-04-14', due: '2025-05-14', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

// ================================================================ scans and photos of A4 invoices

{ // tiler's invoice scanned at 100 dpi (JPEG)
  const L = [{ d: 'Bodenfliesen 60x60 verlegen', q: 24.5, u: 4800, r: 19, unit: 'm²' }, { d: 'Sockelleisten setzen', q: 21, u: 1250, r: 19, unit: 'lfm' }, { d: 'Fliesenkleber flexibel 25 kg', q: 6, u: 2190, r: 19, unit: 'Sack' }, { d: 'Fugenmörtel grau 5 kg', q: 2, u: 1480, r: 19, unit: 'Eimer' }];
  const s = sums(L);
  add({
    file: 'de-fliesenleger-scan-100dpi.jpg', image: { dpi: 100 }, quality: 70,
    fx: { angle: -0.9, grain: 18, specks: 0.0008, lift: 6, dim: 0.96 },
    layout: {
      sender: ['Fliesen Kaya', 'Meisterbetrieb · Ringstraße 8 · 68159 Mannheim', 'Tel. 0621 555-3380 · Steuernummer 38/123/45678'],
      senderLine: 'Fliesen Kaya · Ringstraße 8 · 68159 Mannheim',
      customer: ['Herrn', 'Oliver Schuster', 'Neckarauer Str. 40', '68199 Mannheim'],
      meta: [['Rechnung Nr.', 'FK-25-0447'], ['Datum', '16.09.2025'], ['Leistungsdatum', '08.09.-12.09.2025']],
      title: 'Rechnung',
      cols: std6('de'),
      rows: stdRows(L, s, 'de'),
      totals: [['Nettobetrag', `${money(s.net)} €`], ['MwSt. 19 %', `${money(s.tax)} €`], { rule: 1 }, ['Rechnungsbetrag', `${money(s.gross)} €`, true]],
      after: ['Zahlbar bis 30.09.2025 ohne Abzug.'],
      footer: ['Fliesen Kaya · IBAN DE21 6705 0505 0000 1234 56 · USt-IdNr. DE301234567'],
    },
    truth: truth({ no: 'FK-25-0447', date: '2025-09-16', due: '2025-09-30', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

{ // phone photo of a French plumber's invoice, strong keystone, shadow, slight blur
  const L = [{ d: 'Remplacement chauffe-eau 200 L', q: 1, u: 64900, r: 10 }, { d: 'Groupe de sécurité', q: 1, u: 4200, r: 10 }, { d: 'Main-d\'œuvre (heures)', q: 3, u: 5500, r: 10 }, { d: 'Déplacement', q: 1, u: 3500, r: 10 }];
  const s = sums(L);
  const fr = (c) => money(c, 'fr');
  add({
    file: 'fr-plombier-photo-perspective.jpg', image: { dpi: 110 }, quality: 72,
    fx: { pad: 60, bg: '#6b5a48', keystone: 0.22, angle: 3.5, shadow: 0.45, blur: 0.7, grain: 10 },
    layout: {
      sender: ['Plomberie Lefèvre', '27 rue Gambetta · 49000 Angers', 'SIRET 789 456 123 00014 · TVA FR22789456123'],
      senderLine: 'Plomberie Lefèvre – 27 rue Gambetta – 49000 Angers',
      customer: ['Mme Agnès Roux', '9 rue Lenepveu', '49100 Angers'],
      meta: [['Facture n°', 'PL-2025-0388'], ['Date', '23/10/2025'], ['Intervention', '21/10/2025'], ['Échéance', '07/11/2025']],
      title: 'FACTURE',
      cols: std6('fr'),
      rows: stdRows(L, s, 'fr'),
      totals: [['Total HT', `${fr(s.net)} €`], ['TVA 10 %', `${fr(s.tax)} €`], { rule: 1 }, ['Total TTC', `${fr(s.gross)} €`, true]],
      after: ['TVA à taux réduit (travaux dans un logement de plus de 2 ans).'],
    },
    truth: truth({ no: 'PL-2025-0388', date: '2025-10-23', due: '2025-11-07', total: s.gross, subtotal: s.net, tax: s.tax }),
  });
}

// ================================================================ till receipts (photos)

const pad = (a, b, w = 32) => a + ' '.repeat(Math.max(1, w - a.length - b.length)) + b;
/** Receipt truth: no invoice number scored, no due date. */
const rtruth = (o) => { const t = truth({ ...o, type: 'receipt' }); delete t.invoiceNumber; return t; };

{ // French fuel station ticket, curled paper
  const lit = 3821, price = 1.829, tot = Math.round(lit * price); // 38,21 l x 1,829 €/l, in cents
  const ht = Math.round(tot / 1.2), tva = tot - ht;
  const m = (c) => money(c, 'fr');
  add({
    file: 'fr-station-service-courbe.jpg', quality: 74, scale: 2.1,
    fx: { pad: 30, bg: '#8a8f96', curl: 1, angle: -2.5, shadow: 0.3, grain: 12 },
    receipt: { width: 32, lines: ['    RELAIS DES TILLEULS', '   RN 10 - 37250 MONTBAZON', '   SIRET 398 112 554 00027', '', pad('14/08/2025', '17:42'), pad('TICKET N.', '004471'), '', pad('POMPE 4', 'SP95-E10'), pad(`38,21 L x 1,829`, m(tot)), '', { s: pad('TOTAL A PAYER', `${m(tot)} EUR`), big: true }, '', pad('CB', m(tot)), '', pad('TVA 20,00 %', m(tva)), pad('MONTANT HT', m(ht)), '', '   MERCI DE VOTRE VISITE'] },
    truth: rtruth({ date: '2025-08-14', total: tot, subtotal: ht, tax: tva }),
  });
}

{ // drugstore slip with coupons, photographed in dim light
  const A = [['Zahnpasta Sensitive', 195], ['Duschgel Mandel', 145], ['Shampoo Repair', 275], ['Deo Roll-on', 165], ['Wattepads 80 St.', 95], ['Handcreme', 245], ['Rasierklingen 4er', 1295], ['Vitamin D3 Tabl.', 395]];
  const B = [['Babynahrung Gläschen', 89], ['Babynahrung Gläschen', 89], ['Bio Hafer-Riegel', 129], ['Kräutertee', 185]];
  const coupon = -130; // 10 % coupon on the razor blades, taxed at A
  const a = A.reduce((x, [, c]) => x + c, 0) + coupon, b = B.reduce((x, [, c]) => x + c, 0);
  const na = Math.round(a / 1.19), nb = Math.round(b / 1.07);
  const tot = a + b;
  add({
    file: 'de-drogerie-coupons-dunkel.jpg', quality: 72, scale: 2.0,
    fx: { pad: 30, bg: '#3a3530', angle: 1.8, keystone: 0.06, dim: 0.62, grain: 26, blur: 0.5 },
    receipt: { width: 34, lines: ['      drogerie natura', '  Bahnhofstr. 12, 79098 Freiburg', '   USt-IdNr. DE298877661', '', ...A.map(([n, c]) => pad(n, `${money(c)} A`, 34)), pad('  Coupon -10% Rasierer', `${money(coupon)} A`, 34), ...B.map(([n, c]) => pad(n, `${money(c)} B`, 34)), '', { s: pad('SUMME EUR', money(tot), 34), big: true }, pad('EC-Karte', money(tot), 34), '', 'MwSt   Netto   MwSt   Brutto', `A 19%  ${money(na)}   ${money(a - na)}   ${money(a)}`, `B  7%   ${money(nb)}    ${money(b - nb)}    ${money(b)}`, '', pad('03.09.2025 18:12', 'Bon 4471', 34), 'Payback-Punkte: 14'] },
    truth: rtruth({ date: '2025-09-03', total: tot, subtotal: na + nb, tax: tot - na - nb }),
  });
}

{ // pharmacy: prescription co-payment and OTC items, low-resolution scan (about 100 dpi)
  const items = [['Zuzahlung Rezept', 500], ['Zuzahlung Rezept', 500], ['Nasenspray 10 ml', 545], ['Halstabletten 24 St.', 798]];
  const tot = items.reduce((x, [, c]) => x + c, 0);
  const net = Math.round(tot / 1.19);
  add({
    file: 'de-apotheke-zuzahlung-scan.jpg', quality: 70, scale: 1.15,
    fx: { pad: 12, bg: '#f4f4f0', angle: 0.7, grain: 14, specks: 0.0006 },
    receipt: { width: 32, lines: ['     Linden-Apotheke', '  Marktplatz 3, 37073 Göttingen', '    Tel. 0551 555 120', '', pad('11.02.2025', '09:31'), '', ...items.map(([n, c]) => pad(n, money(c))), '', { s: pad('Gesamt EUR', money(tot)), big: true }, pad('Bar', '30,00'), pad('Rückgeld', money(3000 - tot)), '', pad('MwSt 19%', money(tot - net)), pad('Netto', money(net)), '', '    Gute Besserung!'] },
    truth: rtruth({ date: '2025-02-11', total: tot, subtotal: net, tax: tot - net }),
  });
}

{ // French supermarket, many lines, coupons, "TOTAL A PAYER", card slip; strong perspective
  const lines = [['LAIT DEMI-ECREME 1L', 109, 5.5], ['BAGUETTE TRADITION', 130, 5.5], ['YAOURTS NATURE X8', 245, 5.5], ['POMMES GOLDEN KG', 312, 5.5], ['EMMENTAL RAPE 200G', 219, 5.5], ['PATES FUSILLI 500G', 99, 5.5], ['CAFE MOULU 250G', 389, 5.5], ['JUS ORANGE 1L', 259, 5.5], ['LESSIVE LIQUIDE 2L', 899, 20], ['ESSUIE-TOUT X4', 349, 20], ['SAVON MAINS', 185, 20], ['EAU MINERALE 6X1,5L', 294, 5.5], ['CHOCOLAT NOIR 200G', 229, 5.5], ['VIN ROUGE AOP 75CL', 595, 20], ['BON REDUCTION LESSIVE', -150, 20], ['BON REDUCTION CAFE', -80, 5.5]];
  const g = { 5.5: 0, 20: 0 };
  for (const [, c, r] of lines) g[r] += c;
  const tot = g[5.5] + g[20];
  const h1 = Math.round(g[5.5] / 1.055), h2 = Math.round(g[20] / 1.2);
  const m = (c) => money(c, 'fr');
  add({
    file: 'fr-supermarche-bons-perspective.jpg', quality: 72, scale: 2.0,
    fx: { pad: 40, bg: '#c9c2b5', keystone: 0.28, angle: -4, shadow: 0.35, grain: 10 },
    receipt: { width: 34, lines: ['        MARCHE PLUS', '   12 AV. DE LA REPUBLIQUE', '       63000 CLERMONT-FD', '', ...lines.map(([n, c, r]) => pad(n, `${m(c)} ${r === 20 ? 'B' : 'A'}`, 34)), '', pad(`${lines.length} ARTICLES`, '', 34), { s: pad('TOTAL A PAYER', m(tot), 34), big: true }, pad('CB', m(tot), 34), '', 'TVA     HT      TVA     TTC', `A 5,5%  ${m(h1)}   ${m(g[5.5] - h1)}    ${m(g[5.5])}`, `B 20%   ${m(h2)}   ${m(g[20] - h2)}    ${m(g[20])}`, '', pad('22/03/2025 11:07', 'CAISSE 04', 34), '- - - - - - - - - - - - - - - - -', '     CARTE BANCAIRE SANS CONTACT', pad('LE 22/03/25', 'A 11:07:52', 34), pad('MONTANT', `${m(tot)} EUR`, 34), '      DEBIT - TICKET CLIENT'] },
    truth: rtruth({ date: '2025-03-22', total: tot, subtotal: h1 + h2, tax: tot - h1 - h2 }),
  });
}

{ // restaurant bill: printed Summe, then tip and grand total written by hand on the slip
  const items = [['2 Weißbier 0,5', 1040], ['1 Apfelschorle', 390], ['1 Schweinebraten', 1690], ['1 Käsespätzle', 1430]];
  const tot = items.reduce((x, [, c]) => x + c, 0);
  const net = Math.round(tot / 1.19);
  add({
    file: 'de-gasthaus-trinkgeld-stift.jpg', quality: 74, scale: 2.1,
    fx: { pad: 30, bg: '#5d4a3a', angle: 2.2, keystone: 0.08, shadow: 0.25, grain: 10 },
    receipt: { width: 32, lines: ['    Gasthaus Zum Hirschen', '  Kirchplatz 2, 83646 Bad Tölz', '   St.-Nr. 139/123/45678', '', pad('Tisch 7', 'Bed. Anna'), pad('19.04.2025', '20:14'), '', ...items.map(([n, c]) => pad(n, money(c))), '', { s: pad('Summe EUR', money(tot)), big: true }, pad('enth. MwSt 19%', money(tot - net)), pad('Netto', money(net)), '', { s: 'Trinkgeld:', hand: '4,50' }, { s: 'Gesamt:', hand: money(tot + 450) }, '', '   Vielen Dank für Ihren Besuch!'] },
    truth: rtruth({ date: '2025-04-19', total: tot, subtotal: net, tax: tot - net }),
  });
}

{ // cinema ticket: one seat, TVA 5,5 %, show time after the sale time
  const tot = 1190, ht = Math.round(tot / 1.055);
  add({
    file: 'fr-cinema-billet.jpg', quality: 74, scale: 2.3,
    fx: { pad: 25, bg: '#2b2b33', angle: -3, keystone: 0.05, shadow: 0.3, grain: 14, dim: 0.85 },
    receipt: { width: 28, lines: ['   CINEMA LE REX', '  4 place Bellecour', '     69002 LYON', '', 'SALLE 3', 'LE VOYAGE DE CHIHIRO (VO)', 'SEANCE 21/06/2025 20:45', 'PLACE 11 - RANG F', '', { s: pad('PLEIN TARIF', '11,90 EUR', 28), big: true }, pad('DONT TVA 5,5%', money(tot - ht, 'fr'), 28), pad('HT', money(ht, 'fr'), 28), '', pad('VENDU LE 21/06/2025', '19:58', 28), 'CAISSE 2 - BILLET 004471', 'CB SANS CONTACT'] },
    truth: rtruth({ date: '2025-06-21', total: tot, subtotal: ht, tax: tot - ht }),
  });
}
