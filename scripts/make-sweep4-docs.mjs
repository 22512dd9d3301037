// The fourth held-out sweep's documents: what each page says, where, and its truth. Amounts are
// computed in cents (integers), so every printed total is the sum of what is printed above it.
// Drawn by make-sweep4-fixtures.mjs (block kinds are documented there). Every party, address,
// tax id, reference and account is invented (.example domains, the sample IBANs of the IBAN
// registry and the Swiss QR-bill specification). Written from how such documents are printed,
// without reading the extractor or the earlier sweeps' documents.

import { hash32, prng } from './lib/prng.mjs';

// ---- money and tax, in integer cents ----
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** Tax of `net` cents at `bp` basis points (1900 = 19 %), rounded half away from zero. */
const taxOf = (net, bp) => Math.sign(net) * Math.floor((Math.abs(net) * bp + 5000) / 10000);
/** qty (may be fractional, given in thousandths to stay exact) x unit price. */
const line = (qty, unit) => Math.sign(qty * unit) * Math.floor((Math.abs(Math.round(qty * 1000) * unit) + 500) / 1000);
/** Net part of a gross amount at `bp`. */
const netOfGross = (gross, bp) => Math.round((gross * 10000) / (10000 + bp));
const group3 = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** Formats cents: dec = decimal mark, th = thousands separator, digits = 2 or 0. */
function money(c, dec, th, digits = 2) {
  const neg = c < 0; const a = Math.abs(c);
  const int = group3(String(digits ? Math.floor(a / 100) : Math.round(a / 100)), th);
  return (neg ? '-' : '') + (digits ? `${int}${dec}${String(a % 100).padStart(2, '0')}` : int);
}
const de = (c) => money(c, ',', '.');
const en = (c) => money(c, '.', ',');
const sp = (c) => money(c, ',', ' ');
const nb = (c) => money(c, ',', '\u00a0');
const ch = (c) => money(c, '.', "'");
const qr = (c) => money(c, '.', ' ');
const huf = (c) => money(c, ',', ' ', 0);

/** Items [desc, qty, unitCents, ...] to rows with their line amount in cents appended. */
const priced = (items) => items.map(([d, q, u, ...rest]) => ({ d, q, u, rest, a: line(q, u) }));

const L = 50; const R = 545; // page margins (points) of the portrait A4 documents

// ---------------------------------------------------------------------------------------------
// 1. SaaS subscription invoice (English, Irish seller): billing period, paid by card, amount due 0.
function saas() {
  const it = priced([['Team plan (per seat)', 5, 1400], ['Additional dashboards', 1, 900]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 2300); const tot = net + tax;
  const e = (c) => `€${en(c)}`;
  return {
    file: 'en-saas-subscription-invoice.pdf', font: 'sans',
    pages: [[
      ['t', L, 50, 'Invoice', { size: 22, bold: true }],
      ['t', R, 56, 'cloudlane', { size: 16, bold: true, align: 'right' }],
      ['kv', L, 92, [['Invoice number', 'CLA-7F3A9C21-0012'], ['Date of issue', 'March 3, 2025'], ['Date due', 'March 3, 2025']], { lw: 100 }],
      ['lines', L, 150, ['Cloudlane Analytics Ltd', '14 Harbour Row', 'Dublin 2, D02 X7K1', 'Ireland', 'billing@cloudlane.example', 'VAT IE 3512478KH'], { boldFirst: true }],
      ['lines', 250, 150, ['Bill to', 'Harbourview Design Ltd', '3 Quay Street', 'Cork T12 KX20', 'Ireland', 'accounts@harbourview.example', 'VAT IE 9876543WH'], { boldFirst: true }],
      ['t', L, 255, `${e(tot)} paid on March 3, 2025`, { size: 15, bold: true }],
      ['t', L, 280, 'Thank you for your business. This invoice was paid automatically with your card on file.', { size: 9 }],
      ['table', L, 315, { cols: [{ h: 'Description', w: 245 }, { h: 'Qty', w: 50, a: 'r' }, { h: 'Unit price', w: 100, a: 'r' }, { h: 'Amount', w: 100, a: 'r' }], shade: false,
        rows: [[it[0].d, '5', e(it[0].u), e(it[0].a)], ['Mar 3 – Apr 2, 2025', '', '', ''], [it[1].d, '1', e(it[1].u), e(it[1].a)], ['Mar 3 – Apr 2, 2025', '', '', '']] }],
      ['kv', 300, 420, [['Subtotal', e(net)], ['Total excluding tax', e(net)], [`VAT - Ireland (23% on ${e(net)})`, e(tax)], ['Total', e(tot), true], ['Amount paid', e(tot)], ['Amount due', '€0.00', true]], { lw: 245, vAlign: 'right', gap: 17 }],
      ['t', L, 560, 'Billing period: March 3, 2025 – April 2, 2025', { size: 9 }],
      ['t', L, 575, 'Payment method: Visa ending in 4242 · charged March 3, 2025', { size: 9 }],
      ['t', L, 790, `CLA-7F3A9C21-0012 · ${e(tot)} paid on March 3, 2025 · Page 1 of 1`, { size: 7.5 }],
    ]],
    truth: { invoiceNumber: 'CLA-7F3A9C21-0012', invoiceDate: '2025-03-03', dueDate: '2025-03-03', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 2. German electricity bill: meter readings, kWh x ct/kWh, advance payments, a balance to pay.
function strom() {
  const kwh = 43934 - 41288;
  const arbeit = Math.round(kwh * 2841 / 100); const grund = Math.round(366 * 3945 / 100); const steuer = Math.round(kwh * 205 / 100);
  const net = arbeit + grund + steuer; const tax = taxOf(net, 1900); const tot = net + tax;
  const abschlag = 12 * 8900; const rest = tot - abschlag;
  return {
    file: 'de-stromrechnung.pdf', font: 'sans',
    pages: [[
      ['t', L, 45, 'Stadtwerke Lindenau GmbH', { size: 14, bold: true }],
      ['t', L, 64, 'Energie · Wasser · Wärme', { size: 8 }],
      ['t', L, 110, 'Stadtwerke Lindenau GmbH · Postfach 12 04 · 04179 Leipzig', { size: 6.5 }],
      ['lines', L, 124, ['Frau', 'Marlene Vogt', 'Birkenweg 22', '04179 Leipzig']],
      ['kv', 340, 110, [['Vertragskonto', '600 123 4567'], ['Rechnungsnummer', '4100-2025-0388172'], ['Rechnungsdatum', '12.02.2025'], ['Zählernummer', '1ESY1160452187'], ['Marktlokation', '51238849127'], ['Kundenservice', '0341 555 0190']], { size: 8, lw: 88, gap: 12 }],
      ['t', L, 215, 'Jahresverbrauchsabrechnung Strom', { size: 13, bold: true }],
      ['t', L, 233, 'Abrechnungszeitraum 01.01.2024 – 31.12.2024 · Tarif Lindenau Strom Basis', { size: 9 }],
      ['t', L, 262, 'Ihre Zählerstände', { size: 10, bold: true }],
      ['table', L, 280, { size: 8, cols: [{ h: 'Zählernummer', w: 95 }, { h: 'Ablesung alt', w: 70 }, { h: 'Stand alt', w: 65, a: 'r' }, { h: 'Ablesung neu', w: 75 }, { h: 'Stand neu', w: 65, a: 'r' }, { h: 'Art', w: 55 }, { h: 'Verbrauch', w: 70, a: 'r' }],
        rows: [['1ESY1160452187', '31.12.2023', '41.288', '31.12.2024', '43.934', 'Ablesung', `${group3(String(kwh), '.')} kWh`]] }],
      ['t', L, 330, 'Ihre Kosten', { size: 10, bold: true }],
      ['table', L, 348, { size: 8, cols: [{ h: 'Position', w: 175 }, { h: 'Zeitraum', w: 110 }, { h: 'Menge', w: 70, a: 'r' }, { h: 'Preis', w: 70, a: 'r' }, { h: 'Betrag netto', w: 70, a: 'r' }],
        rows: [['Arbeitspreis', '01.01.–31.12.2024', `${group3(String(kwh), '.')} kWh`, '28,41 ct/kWh', `${de(arbeit)} €`], ['Grundpreis', '01.01.–31.12.2024', '366 Tage', '0,3945 €/Tag', `${de(grund)} €`], ['Stromsteuer', '01.01.–31.12.2024', `${group3(String(kwh), '.')} kWh`, '2,05 ct/kWh', `${de(steuer)} €`]] }],
      ['kv', 300, 430, [['Summe netto', `${de(net)} €`], ['Umsatzsteuer 19 %', `${de(tax)} €`], ['Rechnungsbetrag brutto', `${de(tot)} €`, true], ['abzüglich geleistete Abschläge (12 x 89,00 €)', `-${de(abschlag)} €`], ['Nachzahlung', `${de(rest)} €`, true]], { size: 8.5, lw: 245, vAlign: 'right', gap: 15 }],
      ['box', L, 525, R - L, 52],
      ['t', L + 10, 533, 'Zu zahlender Betrag', { size: 10, bold: true }],
      ['t', R - 10, 533, `${de(rest)} €`, { size: 12, bold: true, align: 'right' }],
      ['t', L + 10, 553, 'Wir buchen den Betrag am 03.03.2025 von Ihrem Konto DE89 3704 0044 0532 0130 00 ab (Gläubiger-ID DE98ZZZ09999999999, Mandat 600123).', { size: 7.5 }],
      ['t', L + 10, 564, 'Fälligkeit: 03.03.2025', { size: 8 }],
      ['t', L, 600, 'Ihr neuer monatlicher Abschlag ab März 2025: 95,00 € (fällig jeweils am 3. des Monats).', { size: 8.5 }],
      ['t', L, 615, `Ihr Verbrauch im Vorjahr: 2.512 kWh · Vergleich Haushalt mit 2 Personen: 2.400 kWh`, { size: 8.5 }],
      ['hr', L, 770, R],
      ['lines', L, 776, ['Stadtwerke Lindenau GmbH · Kurt-Eisner-Str. 8 · 04179 Leipzig · www.stadtwerke-lindenau.example', 'Amtsgericht Leipzig HRB 31842 · USt-IdNr. DE 812 345 678 · Geschäftsführer: Jan Roloff'], { size: 6.5, gap: 9 }],
    ]],
    truth: { invoiceNumber: '4100-2025-0388172', invoiceDate: '2025-02-12', dueDate: '2025-03-03', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 3. Luxembourg telecom bill in French: summary first, lines per service, call detail.
function telecom() {
  const it = priced([['Abonnement Fibre 500', 1, 4530], ['Option TV', 1, 850], ['Forfait mobile Essentiel', 1, 990], ['Appels vers l\'étranger (23 min)', 23, 14], ['SMS hors forfait', 12, 12]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 1700); const tot = net + tax;
  const calls = [['03/02', '+33 6 12 34 56 78', '7 min', '0,98'], ['11/02', '+49 171 555 0199', '9 min', '1,26'], ['19/02', '+33 6 12 34 56 78', '7 min', '0,98']];
  return {
    file: 'fr-lu-facture-telecom.pdf', font: 'sans',
    pages: [[
      ['t', L, 45, 'LuxNet Télécom S.A.', { size: 15, bold: true }],
      ['lines', L, 66, ['12, rue de la Gare', 'L-1616 Luxembourg', 'TVA LU 24518736 · RCS B 201 447'], { size: 7.5, gap: 10 }],
      ['lines', 330, 100, ['M. Paul Weber', '4, rue des Prés', 'L-4141 Esch-sur-Alzette'], { size: 9 }],
      ['t', L, 160, 'Votre facture', { size: 16, bold: true }],
      ['kv', L, 186, [['Facture n°', '2025 03 118447'], ['Date de facture', '05/03/2025'], ['N° client', '7004812'], ['Période', 'du 01/02/2025 au 28/02/2025']], { size: 8.5, lw: 90, gap: 13 }],
      ['box', 320, 180, R - 320, 62, { fill: '#eeeeee' }],
      ['t', 330, 188, 'Montant à payer', { size: 10, bold: true }],
      ['t', R - 10, 186, `${nb(tot)} €`, { size: 15, bold: true, align: 'right' }],
      ['t', 330, 210, 'Prélevé le 20/03/2025 sur votre compte', { size: 8.5 }],
      ['t', 330, 222, 'LU28 0019 4006 4475 0000', { size: 8.5 }],
      ['t', L, 265, 'Détail de votre facture', { size: 11, bold: true }],
      ['table', L, 284, { size: 8.5, cols: [{ h: 'Service', w: 255 }, { h: 'Quantité', w: 70, a: 'r' }, { h: 'Prix unitaire HT', w: 85, a: 'r' }, { h: 'Montant HT', w: 85, a: 'r' }],
        rows: it.map((i) => [i.d, String(i.q), nb(i.u), nb(i.a)]) }],
      ['kv', 320, 400, [['Total HT', `${nb(net)} €`], ['TVA 17 %', `${nb(tax)} €`], ['Total TTC', `${nb(tot)} €`, true]], { size: 9, lw: 225, vAlign: 'right', gap: 15 }],
      ['t', L, 470, 'Vos consommations hors forfait – ligne +352 621 000 118', { size: 10, bold: true }],
      ['table', L, 488, { size: 8, cols: [{ h: 'Date', w: 60 }, { h: 'Numéro appelé', w: 170 }, { h: 'Durée', w: 80, a: 'r' }, { h: 'Montant HT', w: 80, a: 'r' }], rows: calls }],
      ['t', L, 570, 'Consommation data : 14,2 Go sur 20 Go inclus · SMS : 112 dont 12 hors forfait', { size: 8.5 }],
      ['hr', L, 780, R],
      ['t', L, 786, 'LuxNet Télécom S.A. · service client 8002 0118 · www.luxnet.example · Page 1/1', { size: 6.5 }],
    ]],
    truth: { invoiceNumber: '2025 03 118447', invoiceDate: '2025-03-05', dueDate: '2025-03-20', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 4. Austrian hotel folio, bilingual: nights at 10 %, minibar at 20 %, city tax outside VAT, paid.
function hotel() {
  const rows = [['15.03.2025', 'Logis / Accommodation', 14200, 1000], ['16.03.2025', 'Logis / Accommodation', 14200, 1000], ['16.03.2025', 'Restaurant', 5840, 1000], ['16.03.2025', 'Minibar', 1250, 2000], ['17.03.2025', 'Logis / Accommodation', 14200, 1000], ['18.03.2025', 'Ortstaxe / City tax 2 Pers. x 3 Nächte x 2,60', 1560, 0]];
  const gross = (bp) => sum(rows.filter((r) => r[3] === bp).map((r) => r[2]));
  const g10 = gross(1000); const g20 = gross(2000); const g0 = gross(0);
  const n10 = netOfGross(g10, 1000); const n20 = netOfGross(g20, 2000);
  const tot = g10 + g20 + g0; const tax = (g10 - n10) + (g20 - n20); const net = tot - tax;
  return {
    file: 'de-at-hotel-folio.pdf', font: 'sans',
    pages: [[
      ['t', 297, 40, 'HOTEL DONAUBLICK', { size: 16, bold: true, align: 'center' }],
      ['t', 297, 60, 'Praterstraße 41 · 1020 Wien · Österreich · +43 1 555 0142 · stay@donaublick.example', { size: 7.5, align: 'center' }],
      ['lines', L, 100, ['Ms Hannah Clarke', 'Clarke & Reid Consulting Ltd', '27 Tennyson Road', 'Bristol BS6 6PU, United Kingdom'], { size: 9 }],
      ['kv', 330, 100, [['Rechnung / Invoice Nr.', '250318-0442'], ['Datum / Date', '18.03.2025'], ['Zimmer / Room', '214'], ['Anreise / Arrival', '15.03.2025'], ['Abreise / Departure', '18.03.2025'], ['Gäste / Guests', '2'], ['Kassier / Cashier', 'MK']], { size: 8.5, lw: 105, gap: 13 }],
      ['table', L, 215, { size: 8.5, cols: [{ h: 'Datum / Date', w: 80 }, { h: 'Beschreibung / Description', w: 245 }, { h: 'MwSt', w: 50, a: 'r' }, { h: 'Belastung', w: 60, a: 'r' }, { h: 'Zahlung', w: 60, a: 'r' }],
        rows: [...rows.map((r) => [r[0], r[1], `${r[3] / 100}%`, de(r[2]), '']), ['18.03.2025', 'Mastercard **** 5521', '', '', de(tot)]] }],
      ['kv', 300, 385, [['Summe / Total', `EUR ${de(tot)}`, true], ['Bezahlt / Paid', `EUR ${de(tot)}`], ['Saldo / Balance', 'EUR 0,00', true]], { size: 9, lw: 245, vAlign: 'right', gap: 15 }],
      ['t', L, 450, 'Steuerübersicht / Tax summary', { size: 9, bold: true }],
      ['table', L, 466, { size: 8, cols: [{ h: 'MwSt-Satz', w: 90 }, { h: 'Netto', w: 80, a: 'r' }, { h: 'MwSt', w: 80, a: 'r' }, { h: 'Brutto', w: 80, a: 'r' }],
        rows: [['10 %', de(n10), de(g10 - n10), de(g10)], ['20 %', de(n20), de(g20 - n20), de(g20)], ['Ortstaxe (keine MwSt)', de(g0), '0,00', de(g0)], ['Gesamt', de(net), de(tax), de(tot)]] }],
      ['t', L, 570, 'Alle Preise in EUR inkl. gesetzlicher MwSt. Vielen Dank für Ihren Aufenthalt! / Thank you for staying with us!', { size: 8 }],
      ['hr', L, 775, R],
      ['t', L, 781, 'Donaublick Hotelbetriebs GmbH · FN 412877 k · Handelsgericht Wien · UID ATU12345678 · IBAN AT61 1904 3002 3457 3201', { size: 6.5 }],
    ]],
    truth: { invoiceNumber: '250318-0442', invoiceDate: '2025-03-18', dueDate: null, total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 5. Freight forwarder (Rotterdam, English): AWB, container, B/L, MRN, USD freight converted, 0 % and 21 % lines.
function freight() {
  const rate = 9213; // EUR per USD x 10000
  const usd = 185000; const ocean = Math.floor((usd * rate + 5000) / 10000);
  const rows = [['Ocean freight Shanghai – Rotterdam (USD 1,850.00 @ 0.9213)', ocean, 0], ['Terminal handling Rotterdam', 26500, 0], ['Import duty (paid on your behalf)', 41260, 0], ['Customs clearance import', 9500, 2100], ['Delivery Rotterdam – Tilburg', 34500, 2100], ['Documentation fee', 3500, 2100]];
  const net = sum(rows.map((r) => r[1])); const base = sum(rows.filter((r) => r[2]).map((r) => r[1])); const tax = taxOf(base, 2100); const tot = net + tax;
  return {
    file: 'en-nl-freight-invoice.pdf', font: 'sans',
    pages: [[
      ['t', L, 42, 'MAASPORT FORWARDING B.V.', { size: 14, bold: true }],
      ['lines', L, 62, ['Waalhaven Z.z. 21, 3089 JH Rotterdam, The Netherlands', 'KvK 24312876 · VAT NL812345678B01 · AEO-F NL AEOF 0001234', 'accounts@maasport.example · +31 10 555 0173'], { size: 7.5, gap: 10 }],
      ['t', R, 42, 'INVOICE', { size: 16, bold: true, align: 'right' }],
      ['lines', L, 112, ['Debtor 40218', 'Tilburg Home Goods B.V.', 'Ringbaan-Oost 140', '5013 CD Tilburg', 'VAT NL009876543B01'], { size: 8.5 }],
      ['kv', 330, 112, [['Invoice No.', 'MPF25-004417'], ['Invoice date', '11-Mar-2025'], ['Due date', '10-Apr-2025'], ['Our reference', 'SHP-25-09817'], ['Your reference', 'PO 4500187263']], { size: 8.5, lw: 85, gap: 12.5 }],
      ['box', L, 190, R - L, 86],
      ['t', L + 8, 196, 'Shipment details', { size: 8.5, bold: true }],
      ['kv', L + 8, 211, [['Mode', 'Sea FCL, CY/CY'], ['Vessel / Voyage', 'MAERSK SENTOSA 508W'], ['B/L No.', 'MAEU245118733'], ['Container', 'MSKU 731045 2 (40\' HC)']], { size: 7.5, lw: 70, gap: 12 }],
      ['kv', 300, 211, [['Courier docs AWB', '176-48213375'], ['Customs MRN', '25NL7E3F00048219D2'], ['Port of loading', 'CNSHA 14-Feb-2025'], ['Arrival', 'NLRTM 09-Mar-2025']], { size: 7.5, lw: 85, gap: 12 }],
      ['t', L + 8, 262, 'Gross weight 11,840 kg · 58.2 cbm · 1,120 cartons · Incoterm FOB Shanghai', { size: 7.5 }],
      ['table', L, 295, { size: 8, cols: [{ h: 'Description of charges', w: 285 }, { h: 'VAT %', w: 50, a: 'r' }, { h: 'VAT EUR', w: 70, a: 'r' }, { h: 'Amount EUR', w: 90, a: 'r' }],
        rows: rows.map((r) => [r[0], `${r[2] / 100}`, en(taxOf(r[1], r[2])), en(r[1])]) }],
      ['kv', 300, 430, [['Subtotal excl. VAT', en(net)], [`VAT 21% on ${en(base)}`, en(tax)], ['Total EUR', en(tot), true]], { size: 9, lw: 245, vAlign: 'right', gap: 15 }],
      ['lines', L, 500, ['Please pay to IBAN NL91 ABNA 0417 1643 00, BIC ABNANL2A, quoting invoice MPF25-004417.', 'Exchange rate USD/EUR 0.9213 as per customs rate of the month. Import duty and 0 % VAT lines: transport services and', 'disbursements, art. 9(1)(c) / 25 Wet OB. All business is transacted under the Dutch Forwarding Conditions (FENEX), latest version.'], { size: 7.5, gap: 11 }],
      ['hr', L, 780, R],
      ['t', L, 786, 'Maasport Forwarding B.V. · Rotterdam · page 1 of 1', { size: 6.5 }],
    ]],
    truth: { invoiceNumber: 'MPF25-004417', invoiceDate: '2025-03-11', dueDate: '2025-04-10', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 6. French invoice whose summary box (Montant total TTC, Échéance) sits at the top.
function syntheseHaut() {
  const it = priced([['Hébergement serveur dédié (mars 2025)', 3, 42000], ['Infogérance – heures', 8, 7200], ['Renouvellement nom de domaine', 4, 2400]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 2000); const tot = net + tax;
  return {
    file: 'fr-facture-synthese-haut.pdf', font: 'sans',
    pages: [[
      ['t', L, 45, 'Nuage Gris SAS', { size: 14, bold: true }],
      ['lines', L, 64, ['8, quai de la Fosse, 44000 Nantes', 'SIRET 123 456 789 00021 · TVA FR32 123456789', 'facturation@nuagegris.example'], { size: 7.5, gap: 10 }],
      ['lines', 340, 60, ['Atelier Lumière SARL', 'Service comptabilité', '17, rue Crébillon', '44000 Nantes'], { size: 9 }],
      ['box', L, 130, R - L, 78, { fill: '#f0f0f0' }],
      ['t', L + 12, 140, 'FACTURE', { size: 13, bold: true }],
      ['kv', L + 12, 162, [['N° de facture', 'FA-2025-0612'], ['Date', '14/03/2025'], ['Réf. client', 'C-0381']], { size: 8.5, lw: 80, gap: 13 }],
      ['t', 330, 142, 'Montant total TTC', { size: 9 }],
      ['t', R - 12, 138, `${nb(tot)} €`, { size: 16, bold: true, align: 'right' }],
      ['t', 330, 168, 'Échéance', { size: 9 }],
      ['t', R - 12, 168, '13/04/2025', { size: 11, bold: true, align: 'right' }],
      ['t', 330, 187, 'Règlement', { size: 9 }],
      ['t', R - 12, 187, 'virement', { size: 9, align: 'right' }],
      ['t', L, 232, 'Détail des prestations', { size: 10, bold: true }],
      ['table', L, 250, { size: 8.5, cols: [{ h: 'Désignation', w: 245 }, { h: 'Qté', w: 50, a: 'r' }, { h: 'PU HT', w: 90, a: 'r' }, { h: 'Montant HT', w: 110, a: 'r' }],
        rows: it.map((i) => [i.d, String(i.q), `${nb(i.u)} €`, `${nb(i.a)} €`]) }],
      ['kv', 330, 330, [['Total HT', `${nb(net)} €`], ['TVA 20 %', `${nb(tax)} €`]], { size: 9, lw: 215, vAlign: 'right', gap: 15 }],
      ['lines', L, 400, ['Paiement par virement : IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP', 'Pénalités de retard : trois fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.', 'Pas d\'escompte pour paiement anticipé.'], { size: 7.5, gap: 11 }],
      ['hr', L, 780, R],
      ['t', L, 786, 'Nuage Gris SAS au capital de 20 000 € · RCS Nantes 123 456 789 · Page 1/1', { size: 6.5 }],
    ]],
    truth: { invoiceNumber: 'FA-2025-0612', invoiceDate: '2025-03-14', dueDate: '2025-04-13', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 7. US invoice in landscape with a wide table (discount column).
function landscape() {
  const raw = [['AMP-40', 'Power amplifier 2 x 400 W', 2, 74500, 0], ['MIC-7', 'Large-diaphragm condenser microphone', 6, 18900, 5], ['CBL-XLR25', 'XLR cable 25 ft', 20, 2450, 0], ['STD-2', 'Boom microphone stand', 6, 3900, 0], ['SVC-INST', 'On-site installation (hours)', 8, 11500, 0]];
  const it = raw.map(([code, d, q, u, disc]) => { const g = q * u; const a = g - Math.round(g * disc / 100); return { code, d, q, u, disc, a }; });
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 725); const tot = net + tax; const W = 842 - 50;
  const $ = (c) => `$${en(c)}`;
  return {
    file: 'en-us-invoice-landscape.pdf', font: 'sans', landscape: true,
    pages: [[
      ['t', L, 40, 'Redwood Signal Audio LLC', { size: 16, bold: true }],
      ['lines', L, 62, ['1820 Alder Street, Suite 4', 'Eugene, OR 97401', '(541) 555-0148 · sales@redwoodsignal.example'], { size: 8, gap: 10.5 }],
      ['t', W, 40, 'INVOICE', { size: 20, bold: true, align: 'right' }],
      ['kv', 580, 70, [['Invoice #', 'RS-10482'], ['Invoice Date', '03/07/2025'], ['Due Date', '04/06/2025'], ['Terms', 'Net 30'], ['P.O. #', '7731']], { size: 8.5, lw: 80, gap: 12 }],
      ['lines', L, 120, ['BILL TO', 'Cascade Community Theater', 'Attn: Facilities', '455 W 10th Ave', 'Eugene, OR 97401'], { size: 8.5, boldFirst: true }],
      ['lines', 300, 120, ['SHIP TO', 'Cascade Community Theater', 'Stage door, 457 W 10th Ave', 'Eugene, OR 97401'], { size: 8.5, boldFirst: true }],
      ['table', L, 205, { size: 8.5, cols: [{ h: 'Item', w: 85 }, { h: 'Description', w: 270 }, { h: 'Qty', w: 50, a: 'r' }, { h: 'Unit', w: 50 }, { h: 'Unit Price', w: 90, a: 'r' }, { h: 'Discount', w: 80, a: 'r' }, { h: 'Amount', w: 117, a: 'r' }],
        rows: it.map((i) => [i.code, i.d, String(i.q), i.code === 'SVC-INST' ? 'hr' : 'ea', en(i.u), i.disc ? `${i.disc}%` : '', en(i.a)]) }],
      ['kv', 560, 340, [['Subtotal', $(net)], ['Sales Tax (7.25%)', $(tax)], ['Total', $(tot), true], ['Payments/Credits', '$0.00'], ['Balance Due', $(tot), true]], { size: 9, lw: 232, vAlign: 'right', gap: 15 }],
      ['lines', L, 350, ['Make checks payable to Redwood Signal Audio LLC.', 'ACH: routing 123000848, account 00041877265.', 'A finance charge of 1.5% per month applies to balances past due.'], { size: 8, gap: 11 }],
      ['t', 421, 560, 'Thank you for your business!', { size: 9, align: 'center' }],
    ]],
    truth: { invoiceNumber: 'RS-10482', invoiceDate: '2025-03-07', dueDate: '2025-04-06', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'USD', documentType: 'invoice' },
  };
}

// 8. UK invoice over three pages, each page closing with its page subtotal and the amount carried forward.
function threePages() {
  const rnd = prng(hash32('en-gb-invoice-three-pages'));
  const parts = ['Cable gland M20', 'Junction box IP66', 'MCB 16A type B', 'RCBO 32A 30mA', 'Twin & earth 2.5mm 100m', 'LED panel 600x600', 'Isolator 40A', 'Cable tie 300mm (100)', 'Trunking 50x50 3m', 'Conduit 20mm 3m', 'Socket outlet double', 'Emergency bulkhead', 'Earth rod 1.2m', 'Wago connector (50)', 'SWA cable 4c 6mm per m', 'Consumer unit 10-way'];
  const items = Array.from({ length: 58 }, (_, i) => {
    const d = parts[Math.floor(rnd() * parts.length)]; const q = 1 + Math.floor(rnd() * 24); const u = 150 + Math.floor(rnd() * 9000);
    return { code: `EW${String(3100 + i * 7).padStart(5, '0')}`, d, q, u, a: q * u };
  });
  const per = [22, 22, 14]; const pages = []; let carried = 0; let k = 0;
  const net = sum(items.map((i) => i.a)); const tax = taxOf(net, 2000); const tot = net + tax;
  per.forEach((n, p) => {
    const chunk = items.slice(k, k + n); k += n;
    const pageSum = sum(chunk.map((i) => i.a));
    const blocks = [
      ['t', L, 40, 'Northgate Electrical Wholesale Ltd', { size: 13, bold: true }],
      ['t', R, 40, 'INVOICE', { size: 14, bold: true, align: 'right' }],
      ['t', R, 60, `Invoice No. NEW-118204 · Page ${p + 1} of 3`, { size: 8, align: 'right' }],
    ];
    let y = 80;
    if (p === 0) {
      blocks.push(['lines', L, 62, ['Unit 7, Canal Side Trading Estate, Leeds LS11 5QR', 'VAT Reg. No. GB 123 4567 89 · Company No. 08471236'], { size: 7.5, gap: 10 }]);
      blocks.push(['lines', L, 100, ['Invoice to:', 'Brightwire Contractors Ltd', '44 Kirkstall Road', 'Leeds LS3 1LH'], { size: 8.5, boldFirst: true }]);
      blocks.push(['kv', 330, 100, [['Invoice No.', 'NEW-118204'], ['Invoice date', '07/03/2025'], ['Payment due', '06/04/2025'], ['Account', 'BRI014'], ['Your order', 'BW-5520 / Site: Holbeck']], { size: 8.5, lw: 80, gap: 12 }]);
      y = 175;
    } else {
      blocks.push(['t', L, y, 'Brought forward', { size: 8.5, bold: true }], ['t', R - 3, y, `£${en(carried)}`, { size: 8.5, bold: true, align: 'right' }]);
      y += 20;
    }
    blocks.push(['table', L, y, { size: 8, gap: 14.5, cols: [{ h: 'Code', w: 65 }, { h: 'Description', w: 220 }, { h: 'Qty', w: 45, a: 'r' }, { h: 'Unit price', w: 75, a: 'r' }, { h: 'Net', w: 90, a: 'r' }],
      rows: chunk.map((i) => [i.code, i.d, String(i.q), en(i.u), en(i.a)]) }]);
    carried += pageSum;
    const yEnd = y + 14.5 * (chunk.length + 1) + 10;
    if (p < 2) {
      blocks.push(['kv', 330, yEnd, [[`Page ${p + 1} subtotal`, `£${en(pageSum)}`], ['Carried forward', `£${en(carried)}`, true]], { size: 8.5, lw: 212, vAlign: 'right', gap: 14 }]);
      blocks.push(['t', 297, 800, 'continued overleaf', { size: 7.5, align: 'center' }]);
    } else {
      blocks.push(['kv', 330, yEnd, [['Page 3 subtotal', `£${en(pageSum)}`], ['Net total', `£${en(net)}`], ['VAT @ 20%', `£${en(tax)}`], ['Invoice total', `£${en(tot)}`, true]], { size: 8.5, lw: 212, vAlign: 'right', gap: 14 }]);
      blocks.push(['lines', L, yEnd + 80, ['Bank: sort code 40-47-84, account 71234567, reference NEW-118204.', 'Goods remain our property until paid for in full.'], { size: 7.5, gap: 11 }]);
    }
    pages.push(blocks);
  });
  return {
    file: 'en-gb-invoice-three-pages.pdf', font: 'sans', pages,
    truth: { invoiceNumber: 'NEW-118204', invoiceDate: '2025-03-07', dueDate: '2025-04-06', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'GBP', documentType: 'invoice' },
  };
}

// 9. Luxembourg company invoicing in USD, the VAT and totals also given in EUR (rate printed).
function usdEur() {
  const it = priced([['Analytics platform licence, 12 months', 1, 840000], ['Implementation consulting (hours)', 16, 17500]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 1700); const tot = net + tax;
  const toEur = (c) => Math.round((c * 10000) / 10840);
  return {
    file: 'en-lu-invoice-usd-eur.pdf', font: 'sans',
    pages: [[
      ['t', L, 45, 'Moselle Data S.à r.l.', { size: 14, bold: true }],
      ['lines', L, 64, ['9, avenue John F. Kennedy, L-1855 Luxembourg', 'VAT LU 27418653 · RCS Luxembourg B 254118', 'finance@moselledata.example'], { size: 7.5, gap: 10 }],
      ['t', R, 45, 'INVOICE', { size: 16, bold: true, align: 'right' }],
      ['lines', L, 115, ['Billed to', 'Kirchberg Capital Partners S.A.', '2, rue Albert Borschette', 'L-1246 Luxembourg', 'VAT LU 19283746'], { size: 8.5, boldFirst: true }],
      ['kv', 330, 115, [['Invoice no.', 'MD-2025-0047'], ['Invoice date', '10 March 2025'], ['Due date', '9 April 2025'], ['Currency', 'USD']], { size: 8.5, lw: 80, gap: 12.5 }],
      ['table', L, 200, { size: 8.5, cols: [{ h: 'Description', w: 260 }, { h: 'Qty', w: 45, a: 'r' }, { h: 'Unit price USD', w: 90, a: 'r' }, { h: 'Amount USD', w: 100, a: 'r' }],
        rows: it.map((i) => [i.d, String(i.q), en(i.u), en(i.a)]) }],
      ['kv', 300, 270, [['Subtotal', `USD ${en(net)}`], ['VAT 17%', `USD ${en(tax)}`], ['Total', `USD ${en(tot)}`, true]], { size: 9, lw: 245, vAlign: 'right', gap: 15 }],
      ['box', L, 340, R - L, 62],
      ['t', L + 8, 347, 'EUR equivalent (ECB reference rate of 07/03/2025: 1 EUR = 1.0840 USD)', { size: 8, bold: true }],
      ['kv', L + 8, 362, [['Taxable amount', `EUR ${en(toEur(net))}`], ['VAT 17%', `EUR ${en(toEur(tax))}`], ['Total', `EUR ${en(toEur(net) + toEur(tax))}`]], { size: 8, lw: 200, gap: 12 }],
      ['lines', L, 425, ['Payment in USD to IBAN LU28 0019 4006 4475 0000, BIC BCEELULL, reference MD-2025-0047.', 'Payable within 30 days of the invoice date.'], { size: 7.5, gap: 11 }],
      ['hr', L, 780, R],
      ['t', L, 786, 'Moselle Data S.à r.l. · share capital EUR 12,000 · page 1/1', { size: 6.5 }],
    ]],
    truth: { invoiceNumber: 'MD-2025-0047', invoiceDate: '2025-03-10', dueDate: '2025-04-09', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'USD', documentType: 'invoice' },
  };
}

// 10. Swiss invoice with the QR-bill payment part (Empfangsschein / Zahlteil) at the foot.
function qrBill() {
  const it = priced([['Einbauschrank Eiche massiv, nach Mass', 1, 165000], ['Montage vor Ort (Std.)', 4, 8500], ['Kleinmaterial pauschal', 1, 4200]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 810); const tot = net + tax;
  const y0 = 842 - 297.6; const rx = 175.7; // the payment part: 105 mm high, receipt 62 mm wide
  const iban = 'CH44 3199 9123 0008 8901 2'; const ref = '21 00000 00003 13947 14300 09017';
  const payee = ['Alpenblick Schreinerei AG', 'Seestrasse 88', '8820 Wädenswil']; const payer = ['Familie R. Keller', 'Rebweg 5', '8810 Horgen'];
  return {
    file: 'de-ch-qr-rechnung.pdf', font: 'sans',
    pages: [[
      ['t', L, 40, 'Alpenblick Schreinerei AG', { size: 14, bold: true }],
      ['lines', L, 58, ['Seestrasse 88 · 8820 Wädenswil · 044 555 01 77', 'UID CHE-123.456.789 MWST'], { size: 7.5, gap: 10 }],
      ['lines', 340, 80, payer, { size: 9 }],
      ['t', L, 150, 'Rechnung', { size: 14, bold: true }],
      ['kv', L, 172, [['Rechnungsnummer', '2025-0314'], ['Rechnungsdatum', '14.03.2025'], ['Zahlbar bis', '13.04.2025'], ['Objekt', 'Rebweg 5, Horgen']], { size: 8.5, lw: 95, gap: 12.5 }],
      ['table', L, 240, { size: 8.5, cols: [{ h: 'Bezeichnung', w: 255 }, { h: 'Menge', w: 60, a: 'r' }, { h: 'Preis CHF', w: 85, a: 'r' }, { h: 'Total CHF', w: 95, a: 'r' }],
        rows: it.map((i) => [i.d, String(i.q), ch(i.u), ch(i.a)]) }],
      ['kv', 300, 320, [['Total exkl. MWST', ch(net)], ['MWST 8.1 %', ch(tax)], ['Total CHF', ch(tot), true]], { size: 9, lw: 245, vAlign: 'right', gap: 15 }],
      ['t', L, 395, 'Besten Dank für Ihren Auftrag. Bitte verwenden Sie für die Zahlung den untenstehenden Einzahlungsschein.', { size: 8 }],
      ['dash', 0, y0, 595.28], ['vdash', rx, y0, 842],
      ['t', 17, y0 + 15, 'Empfangsschein', { size: 11, bold: true }],
      ['lines', 17, y0 + 37, ['Konto / Zahlbar an', iban, ...payee], { size: 8, boldFirst: true, gap: 10.5 }],
      ['lines', 17, y0 + 105, ['Referenz', ref], { size: 8, boldFirst: true, gap: 10.5 }],
      ['lines', 17, y0 + 135, ['Zahlbar durch', ...payer], { size: 8, boldFirst: true, gap: 10.5 }],
      ['t', 17, y0 + 205, 'Währung', { size: 6, bold: true }], ['t', 65, y0 + 205, 'Betrag', { size: 6, bold: true }],
      ['t', 17, y0 + 215, 'CHF', { size: 8 }], ['t', 65, y0 + 215, qr(tot), { size: 8 }],
      ['t', 120, y0 + 245, 'Annahmestelle', { size: 6, bold: true }],
      ['t', rx + 14, y0 + 15, 'Zahlteil', { size: 11, bold: true }],
      ['qr', rx + 14, y0 + 40, 130, 4711],
      ['t', rx + 14, y0 + 205, 'Währung', { size: 8, bold: true }], ['t', rx + 70, y0 + 205, 'Betrag', { size: 8, bold: true }],
      ['t', rx + 14, y0 + 217, 'CHF', { size: 10 }], ['t', rx + 70, y0 + 217, qr(tot), { size: 10 }],
      ['lines', rx + 160, y0 + 15, ['Konto / Zahlbar an', iban, ...payee], { size: 8, boldFirst: true, gap: 11 }],
      ['lines', rx + 160, y0 + 80, ['Referenz', ref], { size: 8, boldFirst: true, gap: 11 }],
      ['lines', rx + 160, y0 + 110, ['Zusätzliche Informationen', 'Rechnung Nr. 2025-0314'], { size: 8, boldFirst: true, gap: 11 }],
      ['lines', rx + 160, y0 + 140, ['Zahlbar durch', ...payer], { size: 8, boldFirst: true, gap: 11 }],
    ]],
    truth: { invoiceNumber: '2025-0314', invoiceDate: '2025-03-14', dueDate: '2025-04-13', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'CHF', documentType: 'invoice' },
  };
}

// 11. Irish builder's invoice on a typewriter (Courier), 13.5 % VAT, terms only.
function typewriter() {
  const it = priced([['Labour, rebuilding stone wall', 24, 4500], ['Materials (stone, lime mortar)', 1, 38650], ['Skip hire', 1, 22000]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 1350); const tot = net + tax;
  const pad = (s, n) => s.padEnd(n); const rp = (s, n) => s.padStart(n);
  return {
    file: 'en-ie-invoice-typewriter.pdf', font: 'mono',
    pages: [[
      ['t', 297, 60, 'D. FITZGERALD & SONS', { size: 13, bold: true, align: 'center' }],
      ['t', 297, 78, 'Building & Stonework Contractors', { size: 10, align: 'center' }],
      ['t', 297, 92, 'Ballyvolane Cross, Fermoy, Co. Cork   Tel. 025 55016', { size: 9, align: 'center' }],
      ['t', 297, 106, 'VAT Reg. No. IE 6388047V', { size: 9, align: 'center' }],
      ['t', 70, 150, 'INVOICE No. 0347', { size: 11, bold: true }],
      ['t', 380, 150, 'Date: 4th March 2025', { size: 10 }],
      ['lines', 70, 180, ['To:  Mr. & Mrs. T. Hegarty', '     Glenview House', '     Castlelyons, Co. Cork'], { size: 10, gap: 14 }],
      ['lines', 70, 250, [
        `${pad('Particulars', 38)}${rp('EUR', 14)}`,
        '-'.repeat(52),
        `${pad('Labour: 24 hrs @ 45.00', 38)}${rp(en(it[0].a), 14)}`,
        `${pad(it[1].d, 38)}${rp(en(it[1].a), 14)}`,
        `${pad(it[2].d, 38)}${rp(en(it[2].a), 14)}`,
        '',
        `${pad('', 38)}${rp('-'.repeat(10), 14)}`,
        `${pad('Nett', 38)}${rp(en(net), 14)}`,
        `${pad('VAT @ 13.5%', 38)}${rp(en(tax), 14)}`,
        `${pad('', 38)}${rp('='.repeat(10), 14)}`,
        `${pad('TOTAL DUE', 38)}${rp(`€${en(tot)}`, 14)}`,
      ], { size: 10, gap: 15 }],
      ['lines', 70, 470, ['Terms: strictly 30 days.', 'Cheques payable to D. Fitzgerald & Sons, or by transfer to', 'IBAN IE29 AIBK 9311 5212 3456 78.', '', 'With thanks.'], { size: 10, gap: 14 }],
    ]],
    truth: { invoiceNumber: '0347', invoiceDate: '2025-03-04', dueDate: null, total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 12. Finnish invoice (lasku) with a bank transfer form (tilisiirto) at the foot; ALV 25,5 %.
function fiLasku() {
  const it = priced([['Toimistosiivous, maaliskuu', 1, 68000, 'kk'], ['Ikkunanpesu', 12, 1850, 'kpl'], ['Lattiavahaus', 45, 420, 'm²']]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 2550); const tot = net + tax; const y0 = 560;
  return {
    file: 'fi-lasku.pdf', font: 'sans',
    pages: [[
      ['t', L, 45, 'Puhdas Koti Oy', { size: 14, bold: true }],
      ['lines', L, 64, ['Hämeenkatu 14 B', '33100 Tampere', 'Y-tunnus 2345678-9'], { size: 8, gap: 10 }],
      ['t', 330, 45, 'LASKU', { size: 16, bold: true }],
      ['kv', 330, 72, [['Päivämäärä', '14.3.2025'], ['Laskun numero', '20250314'], ['Asiakasnumero', '1042'], ['Maksuehto', '14 pv netto'], ['Eräpäivä', '28.3.2025'], ['Viivästyskorko', '8 %'], ['Viitenumero', '20250 31449']], { size: 8.5, lw: 85, gap: 12 }],
      ['lines', L, 120, ['Asunto Oy Pyynikin Rinne', 'Isännöitsijä Leena Mäkinen', 'Pyynikintie 30', '33230 Tampere'], { size: 9 }],
      ['table', L, 200, { size: 8.5, cols: [{ h: 'Tuote', w: 185 }, { h: 'Määrä', w: 50, a: 'r' }, { h: 'Yks.', w: 40 }, { h: 'À-hinta', w: 70, a: 'r' }, { h: 'ALV %', w: 50, a: 'r' }, { h: 'Yhteensä', w: 100, a: 'r' }],
        rows: it.map((i) => [i.d, String(i.q), i.rest[0], sp(i.u), '25,5', sp(i.a)]) }],
      ['kv', 300, 290, [['Veroton yhteensä', sp(net)], ['ALV 25,5 %', sp(tax)], ['Yhteensä EUR', sp(tot), true]], { size: 9, lw: 245, vAlign: 'right', gap: 15 }],
      ['t', L, 360, 'Kiitos tilauksestanne!', { size: 9 }],
      ['hr', L, y0 - 10, R, 1],
      ['box', L, y0, R - L, 150],
      ['vr', 230, y0, y0 + 150], ['hr', L, y0 + 40, R], ['hr', L, y0 + 80, 230], ['hr', 230, y0 + 110, R],
      ['lines', L + 5, y0 + 5, ['Saajan tilinumero', 'Mottagarens kontonummer'], { size: 6, gap: 7 }],
      ['t', 240, y0 + 8, 'Nordea FI21 1234 5600 0007 85   BIC NDEAFIHH', { size: 9 }],
      ['lines', L + 5, y0 + 45, ['Saaja', 'Mottagare'], { size: 6, gap: 7 }], ['t', 110, y0 + 50, 'Puhdas Koti Oy', { size: 9 }],
      ['lines', L + 5, y0 + 85, ['Maksajan nimi ja osoite', 'Betalarens namn och adress'], { size: 6, gap: 7 }],
      ['lines', 110, y0 + 90, ['Asunto Oy Pyynikin Rinne', 'Pyynikintie 30, 33230 Tampere'], { size: 8, gap: 10 }],
      ['t', 240, y0 + 45, 'Laskun numero 20250314', { size: 8 }],
      ['lines', 240, y0 + 113, ['Viitenumero', 'Ref. nr'], { size: 6, gap: 7 }], ['t', 290, y0 + 118, '20250 31449', { size: 9 }],
      ['lines', 240, y0 + 130, ['Eräpäivä', 'Förfallodag'], { size: 6, gap: 7 }], ['t', 290, y0 + 135, '28.3.2025', { size: 9 }],
      ['t', 400, y0 + 130, 'Euro', { size: 6 }], ['t', R - 5, y0 + 133, sp(tot), { size: 10, bold: true, align: 'right' }],
    ]],
    truth: { invoiceNumber: '20250314', invoiceDate: '2025-03-14', dueDate: '2025-03-28', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 13. Finnish credit note (hyvityslasku), negative amounts, referring to the invoice above.
function fiHyvitys() {
  const a = line(-4, 1850); const tax = taxOf(a, 2550); const tot = a + tax;
  return {
    file: 'fi-hyvityslasku.pdf', font: 'sans',
    pages: [[
      ['t', L, 45, 'Puhdas Koti Oy', { size: 14, bold: true }],
      ['lines', L, 64, ['Hämeenkatu 14 B, 33100 Tampere', 'Y-tunnus 2345678-9'], { size: 8, gap: 10 }],
      ['t', 330, 45, 'HYVITYSLASKU', { size: 16, bold: true }],
      ['kv', 330, 72, [['Päivämäärä', '21.3.2025'], ['Hyvityslaskun nro', '20250321'], ['Asiakasnumero', '1042'], ['Hyvitettävä lasku', '20250314 (14.3.2025)']], { size: 8.5, lw: 95, gap: 12 }],
      ['lines', L, 120, ['Asunto Oy Pyynikin Rinne', 'Pyynikintie 30', '33230 Tampere'], { size: 9 }],
      ['t', L, 185, 'Hyvitämme laskulta 20250314 neljä ikkunaa, joita ei pesty sovitusti.', { size: 9 }],
      ['table', L, 210, { size: 8.5, cols: [{ h: 'Tuote', w: 185 }, { h: 'Määrä', w: 50, a: 'r' }, { h: 'Yks.', w: 40 }, { h: 'À-hinta', w: 70, a: 'r' }, { h: 'ALV %', w: 50, a: 'r' }, { h: 'Yhteensä', w: 100, a: 'r' }],
        rows: [['Ikkunanpesu (hyvitys)', '-4', 'kpl', sp(1850), '25,5', sp(a)]] }],
      ['kv', 300, 260, [['Veroton yhteensä', sp(a)], ['ALV 25,5 %', sp(tax)], ['Hyvitys yhteensä EUR', sp(tot), true]], { size: 9, lw: 245, vAlign: 'right', gap: 15 }],
      ['t', L, 330, 'Hyvitys vähennetään seuraavasta laskusta. Tämä ei ole maksukehotus.', { size: 8.5 }],
    ]],
    truth: { invoiceNumber: '20250321', invoiceDate: '2025-03-21', dueDate: null, total: tot / 100, subtotal: a / 100, tax: tax / 100, currency: 'EUR', documentType: 'credit_note' },
  };
}

// 14. Romanian invoice (factură): series and number, the statutory column layout, lei.
const RO_SELLER = ['Furnizor: CARPATIX SOFTWARE S.R.L.', 'Nr. ord. reg. com.: J08/1234/2019', 'CUI: RO38127745', 'Sediul: Str. Mureșenilor nr. 12, Brașov', 'IBAN: RO49 AAAA 1B31 0075 9384 0000', 'Banca: Banca Exemplu S.A.'];
const RO_BUYER = ['Cumpărător: ȚESĂTORIA SĂCELE S.A.', 'Nr. ord. reg. com.: J08/77/1991', 'CUI: RO1122334', 'Sediul: Bd. George Moroianu nr. 4, Săcele', 'Județul: Brașov'];
function roFactura(file, title, meta, rows, truthExtra, note) {
  const net = sum(rows.map((r) => r.a)); const tax = taxOf(net, 1900); const tot = net + tax;
  return {
    file, font: 'lib',
    pages: [[
      ['lines', L, 45, RO_SELLER, { size: 8, gap: 11, boldFirst: true }],
      ['lines', 320, 45, RO_BUYER, { size: 8, gap: 11, boldFirst: true }],
      ['t', 297, 130, title, { size: 16, bold: true, align: 'center' }],
      ['t', 297, 152, meta, { size: 9, align: 'center' }],
      ['t', 297, 166, 'Cota TVA: 19%', { size: 8.5, align: 'center' }],
      ...(note ? [['t', L, 185, note, { size: 8.5 }]] : []),
      ['table', L, 205, { size: 8, cols: [{ h: 'Nr. crt.', w: 40 }, { h: 'Denumirea produselor sau a serviciilor', w: 175 }, { h: 'U.M.', w: 35 }, { h: 'Cant.', w: 40, a: 'r' }, { h: 'Preț unitar (fără TVA) -lei-', w: 70, a: 'r' }, { h: 'Valoarea -lei-', w: 65, a: 'r' }, { h: 'Valoarea TVA -lei-', w: 70, a: 'r' }],
        rows: [['0', '1', '2', '3', '4', '5 (3x4)', '6'], ...rows.map((r, i) => [String(i + 1), r.d, r.rest[0], String(r.q), de(r.u), de(r.a), de(taxOf(r.a, 1900))])] }],
      ['box', L + 290, 350, 205, 54],
      ['t', L + 296, 356, 'Total', { size: 9, bold: true }], ['t', L + 425, 356, de(net), { size: 9, align: 'right' }], ['t', L + 492, 356, de(tax), { size: 9, align: 'right' }],
      ['t', L + 296, 380, 'Total de plată (col. 5 + col. 6)', { size: 8.5, bold: true }], ['t', L + 492, 380, `${de(tot)} lei`, { size: 10, bold: true, align: 'right' }],
      ['lines', L, 350, ['Semnătura și ștampila', 'furnizorului', '', 'Date privind expediția:', 'Numele delegatului: Ion Popescu', 'C.I. seria BV nr. 123456'], { size: 7.5, gap: 10 }],
      ['t', L, 440, 'Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Codul fiscal.', { size: 7.5 }],
    ]],
    truth: { ...truthExtra, total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'RON' },
  };
}
const roInvoice = () => roFactura('ro-factura.pdf', 'FACTURĂ', 'Seria BVX Nr. 000417 · Data emiterii: 12.03.2025 · Data scadenței: 11.04.2025',
  priced([['Licență software anuală', 3, 245000, 'buc'], ['Servicii implementare', 12, 18500, 'ore'], ['Instruire utilizatori', 1, 110000, 'zi']]),
  { invoiceNumber: 'BVX 000417', invoiceDate: '2025-03-12', dueDate: '2025-04-11', documentType: 'invoice' });
const roStorno = () => roFactura('ro-factura-storno.pdf', 'FACTURĂ STORNO', 'Seria BVX Nr. 000431 · Data emiterii: 20.03.2025',
  priced([['Servicii implementare (stornare)', -4, 18500, 'ore']]),
  { invoiceNumber: 'BVX 000431', invoiceDate: '2025-03-20', dueDate: null, documentType: 'credit_note' },
  'Stornare parțială a facturii seria BVX nr. 000417 din 12.03.2025');

// 15. Hungarian invoice (számla): whole forints, ÁFA 27 %, dates yyyy.mm.dd.
function huSzamla() {
  const it = priced([['Szórólap A5, színes', 5000, 1800, 'db'], ['Névjegykártya', 500, 2400, 'db'], ['Roll-up 85x200 cm', 2, 2850000, 'db'], ['Grafikai tervezés', 3, 1200000, 'óra']]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 2700); const tot = net + tax; const ft = (c) => `${huf(c)} Ft`;
  return {
    file: 'hu-szamla.pdf', font: 'lib',
    pages: [[
      ['t', 297, 40, 'SZÁMLA', { size: 18, bold: true, align: 'center' }],
      ['t', R, 45, 'Sorszám: KV-2025/000318', { size: 9, bold: true, align: 'right' }],
      ['box', L, 70, 240, 100], ['box', 305, 70, 240, 100],
      ['lines', L + 6, 76, ['Eladó', 'Kővirág Nyomda Kft.', '6720 Szeged, Kárász utca 9.', 'Adószám: 12345678-2-06', 'Cégjegyzékszám: 06-09-012345', 'Bankszámla: 11773016-01234567'], { size: 8, gap: 13, boldFirst: true }],
      ['lines', 311, 76, ['Vevő', 'Tiszavirág Rendezvényszervező Bt.', '6722 Szeged, Petőfi Sándor sugárút 31.', 'Adószám: 87654321-1-06'], { size: 8, gap: 13, boldFirst: true }],
      ['table', L, 185, { size: 8, cols: [{ h: 'Fizetési mód', w: 124 }, { h: 'Teljesítés dátuma', w: 124 }, { h: 'Számla kelte', w: 124 }, { h: 'Fizetési határidő', w: 123 }],
        rows: [['Átutalás', '2025.03.10.', '2025.03.12.', '2025.03.27.']] }],
      ['table', L, 240, { size: 7.5, cols: [{ h: 'Megnevezés', w: 120 }, { h: 'Menny.', w: 45, a: 'r' }, { h: 'Egys.', w: 30 }, { h: 'Nettó egységár', w: 60, a: 'r' }, { h: 'Nettó érték', w: 65, a: 'r' }, { h: 'ÁFA', w: 35, a: 'r' }, { h: 'ÁFA érték', w: 60, a: 'r' }, { h: 'Bruttó érték', w: 80, a: 'r' }],
        rows: it.map((i) => [i.d, huf(i.q * 100), i.rest[0], huf(i.u), huf(i.a), '27%', huf(taxOf(i.a, 2700)), huf(i.a + taxOf(i.a, 2700))]) }],
      ['kv', 300, 345, [['Nettó összesen:', ft(net)], ['ÁFA összesen (27%):', ft(tax)], ['Bruttó összesen:', ft(tot), true]], { size: 9, lw: 245, vAlign: 'right', gap: 15 }],
      ['t', L, 410, `Fizetendő: ${ft(tot)}, azaz kétszáznegyvenhétezer-hatszázötven forint.`, { size: 9, bold: true }],
      ['t', L, 430, 'A számla pénzneme: HUF. Késedelmes fizetés esetén a Ptk. szerinti késedelmi kamatot számítjuk fel.', { size: 8 }],
      ['t', L, 790, 'Készült számlázó programmal · 1. oldal / 1', { size: 6.5 }],
    ]],
    truth: { invoiceNumber: 'KV-2025/000318', invoiceDate: '2025-03-12', dueDate: '2025-03-27', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'HUF', documentType: 'invoice' },
  };
}

// 16. Slovak invoice (faktúra – daňový doklad): IČO / DIČ / IČ DPH, variabilný symbol, DPH 23 %.
function skFaktura() {
  const it = priced([['Dubový jedálenský stôl 180x90', 1, 148000, 'ks'], ['Stolička dub, čalúnená', 6, 16500, 'ks'], ['Doprava a montáž', 1, 4500, 'ks']]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 2300); const tot = net + tax;
  return {
    file: 'sk-faktura.pdf', font: 'lib',
    pages: [[
      ['t', L, 40, 'FAKTÚRA – DAŇOVÝ DOKLAD', { size: 15, bold: true }],
      ['t', R, 44, 'číslo 2025031', { size: 11, bold: true, align: 'right' }],
      ['lines', L, 75, ['Dodávateľ:', 'Podtatranská stolárska dielňa s.r.o.', 'Hlavná 41, 058 01 Poprad', 'IČO: 12345678', 'DIČ: 2021234567', 'IČ DPH: SK2021234567', 'Zapísaná v OR OS Prešov, oddiel Sro, vložka 12345/P'], { size: 8, gap: 11, boldFirst: true }],
      ['lines', 320, 75, ['Odberateľ:', 'Ing. Ľubomír Šťastný', 'Štúrova 7', '040 01 Košice'], { size: 9, gap: 12, boldFirst: true }],
      ['kv', L, 170, [['Dátum vyhotovenia:', '14.03.2025'], ['Dátum dodania:', '14.03.2025'], ['Dátum splatnosti:', '28.03.2025']], { size: 8.5, lw: 100, gap: 12 }],
      ['kv', 320, 170, [['Forma úhrady:', 'prevodom'], ['Variabilný symbol:', '2025031'], ['IBAN:', 'SK31 1200 0000 1987 4263 7541']], { size: 8.5, lw: 85, gap: 12 }],
      ['table', L, 225, { size: 8, cols: [{ h: 'Popis', w: 170 }, { h: 'Množstvo', w: 55, a: 'r' }, { h: 'MJ', w: 30 }, { h: 'Cena za MJ', w: 65, a: 'r' }, { h: 'DPH %', w: 40, a: 'r' }, { h: 'Základ', w: 65, a: 'r' }, { h: 'Spolu s DPH', w: 70, a: 'r' }],
        rows: it.map((i) => [i.d, String(i.q), i.rest[0], sp(i.u), '23', sp(i.a), sp(i.a + taxOf(i.a, 2300))]) }],
      ['table', 300, 310, { size: 8, cols: [{ h: 'Sadzba DPH', w: 70 }, { h: 'Základ dane', w: 85, a: 'r' }, { h: 'DPH', w: 90, a: 'r' }], rows: [['23 %', sp(net), sp(tax)]] }],
      ['t', 300, 365, 'Celkom k úhrade:', { size: 10, bold: true }], ['t', R - 3, 365, `${sp(tot)} EUR`, { size: 11, bold: true, align: 'right' }],
      ['t', L, 410, 'Faktúru vystavil: Peter Kováč · tel. 052 555 0147 · info@stolardielna.example', { size: 8 }],
    ]],
    truth: { invoiceNumber: '2025031', invoiceDate: '2025-03-14', dueDate: '2025-03-28', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 17. Luxembourg German tradesman: "Luxemburg, den ...", HTVA / MwSt. 17 % / TTC, terms only.
function deLu() {
  const it = priced([['Fliesenarbeiten Badezimmer (m²)', 18.5, 6800], ['Material laut Aufstellung', 1, 74230], ['Entsorgung Bauschutt', 1, 9500]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 1700); const tot = net + tax;
  return {
    file: 'de-lu-rechnung-fliesen.pdf', font: 'serif',
    pages: [[
      ['t', L, 45, 'Carrelages Hoffmann S.à r.l.', { size: 15, bold: true }],
      ['lines', L, 66, ['22, route d\'Arlon · L-8009 Strassen · Tel. 31 55 02', 'N° TVA LU 15263748 · Autorisation d\'établissement 10045678/1'], { size: 8, gap: 10 }],
      ['lines', 340, 110, ['Herrn und Frau', 'Marc und Anne Schmit', '15, rue de Mamer', 'L-8081 Bertrange'], { size: 10 }],
      ['t', R, 190, 'Luxemburg, den 10. März 2025', { size: 10, align: 'right' }],
      ['t', L, 220, 'Rechnung Nr. 25/0087', { size: 13, bold: true }],
      ['t', L, 240, 'Baustelle: 15, rue de Mamer, Bertrange – Ihr Auftrag vom 3. Februar 2025', { size: 10 }],
      ['table', L, 270, { size: 9.5, cols: [{ h: 'Bezeichnung', w: 250 }, { h: 'Menge', w: 60, a: 'r' }, { h: 'Einzelpreis', w: 85, a: 'r' }, { h: 'Betrag €', w: 100, a: 'r' }],
        rows: it.map((i) => [i.d, de(Math.round(i.q * 100)).replace(/,00$/, '').replace(/,50$/, ',5'), de(i.u), de(i.a)]) }],
      ['kv', 300, 360, [['Zwischensumme HTVA', de(net)], ['MwSt. 17 %', de(tax)], ['Gesamtbetrag TTC', `${de(tot)} €`, true]], { size: 10, lw: 245, vAlign: 'right', gap: 16 }],
      ['lines', L, 430, ['Zahlbar innerhalb von 30 Tagen ohne Abzug auf das Konto', 'LU28 0019 4006 4475 0000 (BCEE). Wir danken für Ihren Auftrag.'], { size: 10, gap: 14 }],
    ]],
    truth: { invoiceNumber: '25/0087', invoiceDate: '2025-03-10', dueDate: null, total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}

// 18. An invoice of one line: a number, a date, an amount (no VAT: small trader).
const oneLine = () => ({
  file: 'en-gb-one-line-invoice.pdf', font: 'sans',
  pages: [[
    ['t', L, 60, 'R. Okafor Web Services · 9 Clifton Terrace, Brighton BN1 3HA · r.okafor@webmail.example', { size: 8 }],
    ['t', L, 110, 'Invoice 1043 · 12/03/2025 · Website maintenance, March · £450.00', { size: 11 }],
  ]],
  truth: { invoiceNumber: '1043', invoiceDate: '2025-03-12', dueDate: null, total: 450, currency: 'GBP', documentType: 'invoice' },
});

// ---- till receipts (thermal print, OCR) ----
const R_COLS = 32;
function fiKuitti() {
  const rows = [['MAITO 1L', 119, 1400], ['RUISLEIPÄ', 249, 1400], ['BANAANI', line(0.912, 179), 1400], ['JUUSTO EDAM', 595, 1400], ['KAHVI 500G', 649, 1400], ['OLUT 0,33L', 378, 2550]];
  const tot = sum(rows.map((r) => r[1])); const g14 = sum(rows.filter((r) => r[2] === 1400).map((r) => r[1])); const g25 = tot - g14;
  const n14 = netOfGross(g14, 1400); const n25 = netOfGross(g25, 2550);
  return {
    file: 'fi-kuitti.jpg',
    receipt: { cols: R_COLS, angle: -0.8, lines: [
      ['B', 'LÄHIKAUPPA KOIVU'], ['=', 'Koivukuja 3, 00100 HELSINKI'], ['=', 'Y-tunnus 2345678-9'], '-',
      ['MAITO 1L', '1,19'], ['RUISLEIPÄ', '2,49'], ['BANAANI', '1,63'], '  0,912 kg x 1,79 EUR/kg', ['JUUSTO EDAM', '5,95'], ['KAHVI 500G', '6,49'], ['OLUT 0,33L', '3,78'], '  2 KPL x 1,89', '-',
      ['YHTEENSÄ EUR', sp(tot)], '', ['KORTTI', sp(tot)], 'Visa Debit ************1234', 'Veloitus  OK', '-',
      'ALV%      NETTO    VERO  BRUTTO', `14,0 ${sp(n14).padStart(11)} ${sp(g14 - n14).padStart(7)} ${sp(g14).padStart(7)}`, `25,5 ${sp(n25).padStart(11)} ${sp(g25 - n25).padStart(7)} ${sp(g25).padStart(7)}`, '-',
      '14.03.2025 17:42  KASSA 2  4471', ['=', 'KIITOS KÄYNNISTÄ!'],
    ] },
    truth: { invoiceDate: '2025-03-14', total: tot / 100, currency: 'EUR', documentType: 'receipt' },
  };
}
function frPharmacie() {
  const rows = [['DOLIPRANE 1000MG CPR B/8', 218, 210], ['SERUM PHYSIO 30 UNIDOSES', 490, 1000], ['CREME MAINS REPARATRICE', 850, 2000], ['BROSSE A DENTS SOUPLE', 390, 2000]];
  const tot = sum(rows.map((r) => r[1]));
  const rates = [[210, '2,10%'], [1000, '10,00%'], [2000, '20,00%']].map(([bp, l]) => { const g = sum(rows.filter((r) => r[2] === bp).map((r) => r[1])); const n = netOfGross(g, bp); return `${l.padEnd(7)} ${nb(n).padStart(8)} ${nb(g - n).padStart(7)} ${nb(g).padStart(7)}`; });
  return {
    file: 'fr-ticket-pharmacie.jpg',
    receipt: { cols: R_COLS, angle: 0.7, lines: [
      ['B', 'PHARMACIE DES TILLEULS'], ['=', '3 place du Marché'], ['=', '69006 LYON'], ['=', 'Tél 04 78 55 01 23'], ['=', 'SIRET 123 456 789 00018'], '-',
      ...rows.map((r) => [r[0].slice(0, 24), nb(r[1])]), '-',
      ['TOTAL TTC', `${nb(tot)} €`], ['CB', `${nb(tot)} €`], '-',
      'TVA       HT      TVA     TTC', ...rates, '-',
      'Le 13/03/2025 à 10:12', 'Ticket n° 081234  Caisse 1', ['=', 'Merci de votre visite'],
    ] },
    truth: { invoiceDate: '2025-03-13', total: tot / 100, currency: 'EUR', documentType: 'receipt' },
  };
}
function gbCafe() {
  const rows = [['2 Flat White @3.40', 680], ['1 Eggs Benedict', 950], ['1 Avocado Toast', 895], ['1 Orange Juice', 325]];
  const sub = sum(rows.map((r) => r[1])); const svc = Math.floor((sub * 125 + 500) / 1000); const tot = sub + svc; const vat = Math.round(sub / 6);
  return {
    file: 'en-gb-cafe-receipt.jpg',
    receipt: { cols: R_COLS, angle: 0.5, lines: [
      ['B', 'THE LANTERN CAFE'], ['=', '12 Mill Lane, York YO1 7HD'], ['=', 'VAT No GB 987 6543 21'], '-',
      'Table 7   Covers 2   Server Priya', '-',
      ...rows.map((r) => [r[0], en(r[1])]), '-',
      ['Subtotal', en(sub)], ['Service 12.5% (optional)', en(svc)], ['TOTAL', `£${en(tot)}`], '',
      ['VISA CONTACTLESS', `£${en(tot)}`], `VAT @ 20% incl.   ${en(vat)}`, '-',
      '15/03/2025 11:27   Chk 2291', ['=', 'Thank you - see you soon!'],
    ] },
    truth: { invoiceDate: '2025-03-15', total: tot / 100, currency: 'GBP', documentType: 'receipt' },
  };
}

// ---- scanned invoices (a rendered page, turned and aged, OCR) ----
function deScan() {
  const it = priced([['Unterverteilung erneuert', 1, 48600], ['FI-Schutzschalter 40A 30mA', 3, 3890], ['Arbeitszeit Geselle (Std.)', 6.5, 5800], ['Anfahrtspauschale', 1, 3500]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 1900); const tot = net + tax;
  return {
    file: 'de-rechnung-scan.jpg', font: 'serif', scan: { dpi: 170, angle: 0.7, dx: 4, dy: -3, quality: 40 },
    pages: [[
      ['t', L, 50, 'Elektro Brückner e.K.', { size: 16, bold: true }],
      ['t', L, 72, 'Meisterbetrieb · Lindenstraße 4 · 34117 Kassel · Tel. 0561 555 0132', { size: 8.5 }],
      ['lines', L, 120, ['Herrn', 'Thomas Reinhardt', 'Wilhelmshöher Allee 210', '34119 Kassel'], { size: 10.5, gap: 14 }],
      ['kv', 350, 120, [['Rechnung Nr.', '25-1187'], ['Datum', '06.03.2025'], ['Kunden-Nr.', '10477'], ['Leistungsdatum', '03.03.2025']], { size: 10, lw: 95, gap: 15 }],
      ['t', L, 220, 'Rechnung', { size: 15, bold: true }],
      ['table', L, 250, { size: 10, gap: 17, cols: [{ h: 'Pos.', w: 40 }, { h: 'Bezeichnung', w: 215 }, { h: 'Menge', w: 60, a: 'r' }, { h: 'Einzelpreis', w: 85, a: 'r' }, { h: 'Gesamt', w: 95, a: 'r' }],
        rows: it.map((i, k) => [String(k + 1), i.d, de(Math.round(i.q * 100)).replace(/,00$/, ''), de(i.u), de(i.a)]) }],
      ['kv', 290, 360, [['Nettobetrag', `${de(net)} €`], ['zzgl. 19 % MwSt.', `${de(tax)} €`], ['Rechnungsbetrag', `${de(tot)} €`, true]], { size: 10.5, lw: 252, vAlign: 'right', gap: 18 }],
      ['lines', L, 440, ['Zahlbar bis 20.03.2025 ohne Abzug.', 'Bankverbindung: Kasseler Sparkasse, IBAN DE89 3704 0044 0532 0130 00'], { size: 10, gap: 14 }],
      ['t', L, 790, 'Steuernummer 026 123 45678 · USt-IdNr. DE 298 765 432', { size: 8 }],
    ]],
    truth: { invoiceNumber: '25-1187', invoiceDate: '2025-03-06', dueDate: '2025-03-20', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' },
  };
}
function gbScan() {
  const it = priced([['Gutter clearing, front and rear', 1, 14500], ['Fascia board repair (hours)', 3.5, 4200], ['Materials', 1, 3860]]);
  const net = sum(it.map((i) => i.a)); const tax = taxOf(net, 2000); const tot = net + tax;
  return {
    file: 'en-gb-invoice-scan.jpg', font: 'sans', scan: { dpi: 150, angle: -1.2, dx: -5, dy: 6, quality: 42 },
    pages: [[
      ['t', L, 50, 'Hollis & Daughter Property Care', { size: 15, bold: true }],
      ['t', L, 70, '31 Orchard Way, Reading RG4 8EZ · 0118 496 0021 · VAT Reg 246 8135 79', { size: 8.5 }],
      ['t', R, 50, 'INVOICE', { size: 18, bold: true, align: 'right' }],
      ['lines', L, 115, ['Mrs J. Whitcombe', '8 The Grove', 'Caversham', 'Reading RG4 7PQ'], { size: 10, gap: 13 }],
      ['kv', 340, 115, [['Invoice No:', 'INV-2025-0291'], ['Invoice Date:', '10 March 2025'], ['Due Date:', '9 April 2025']], { size: 10, lw: 85, gap: 15 }],
      ['table', L, 210, { size: 10, gap: 17, cols: [{ h: 'Description', w: 255 }, { h: 'Qty', w: 50, a: 'r' }, { h: 'Rate', w: 90, a: 'r' }, { h: 'Amount', w: 100, a: 'r' }],
        rows: it.map((i) => [i.d, String(i.q), en(i.u), en(i.a)]) }],
      ['kv', 300, 300, [['Subtotal', `£${en(net)}`], ['VAT 20%', `£${en(tax)}`], ['Total', `£${en(tot)}`, true]], { size: 10.5, lw: 242, vAlign: 'right', gap: 18 }],
      ['t', L, 380, 'Please pay by bank transfer: sort code 20-00-00, account 55779911.', { size: 9.5 }],
    ]],
    truth: { invoiceNumber: 'INV-2025-0291', invoiceDate: '2025-03-10', dueDate: '2025-04-09', total: tot / 100, subtotal: net / 100, tax: tax / 100, currency: 'GBP', documentType: 'invoice' },
  };
}

export const DOCS = [
  saas(), strom(), telecom(), hotel(), freight(), syntheseHaut(), landscape(), threePages(), usdEur(), qrBill(),
  typewriter(), fiLasku(), fiHyvitys(), roInvoice(), roStorno(), huSzamla(), skFaktura(), deLu(), oneLine(),
  fiKuitti(), frPharmacie(), gbCafe(), deScan(), gbScan(),
];
