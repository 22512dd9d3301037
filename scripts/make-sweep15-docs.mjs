// The fifteenth held-out sweep's documents (fixtures/sweep15, see fixtures/README.md): European till
// receipts and small bills as people photograph or scan them, each as the lines a receipt printer
// would print (fixed width) plus its truth. Amounts are integer cents and every printed sum is
// computed from the printed lines, so the truth and the print cannot disagree.
// Laid out and degraded by scripts/make-sweep15-fixtures.mjs.

/** 1234 -> "12,34" (comma decimals) or "12.34" (dot decimals). */
const money = (c, dot = false) => `${c < 0 ? '-' : ''}${(Math.abs(c) / 100).toFixed(2).replace('.', dot ? '.' : ',')}`;
const eu = (c) => money(c);
const ch = (c) => money(c, true);
const num = (c) => c / 100;
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** One fixed-width line: left text, right text, padded between. */
const lr = (w) => (l, r) => `${l}${' '.repeat(Math.max(1, w - l.length - r.length))}${r}`;
const center = (w) => (s) => `${' '.repeat(Math.max(0, Math.floor((w - s.length) / 2)))}${s}`;

/**
 * VAT groups of articles: {code, c} lines summed per code, net from the gross (rate in %), VAT the rest.
 * The printed table shows exactly these numbers.
 */
function vatGroups(lines, rates) {
  const gross = {};
  for (const l of lines) if (l.code in rates) gross[l.code] = (gross[l.code] ?? 0) + l.c;
  return Object.keys(rates)
    .filter((k) => gross[k])
    .map((code) => {
      const net = Math.round((gross[code] * 100) / (100 + rates[code]));
      return { code, rate: rates[code], gross: gross[code], net, vat: gross[code] - net };
    });
}

/** A receipt: width in characters, the rows (strings, or {hand}/{big} objects), truth. */
function receipt(file, capture, width, build) {
  const L = lr(width);
  const C = center(width);
  const rule = '-'.repeat(width);
  const { rows, truth } = build({ L, C, rule });
  const over = rows.find((r) => typeof r === 'string' && r.length > width);
  if (over) throw new Error(`${file}: row wider than ${width}: ${over}`);
  return { file, capture, width, rows, truth: { invoiceNumber: null, invoiceDate: null, dueDate: null, total: null, subtotal: null, tax: null, currency: 'EUR', documentType: 'receipt', ...truth } };
}

const art = (name, c, code, qty) => ({ name, c, code, qty });
/** "2 x 1,85" under the name when a quantity is given (German and French till style). */
function artRows(L, lines, fmt = eu, codeAfter = true) {
  const out = [];
  for (const a of lines) {
    if (a.qty) {
      out.push(a.name);
      out.push(L(`  ${a.qty} x ${fmt(a.c / a.qty)}`, `${fmt(a.c)}${codeAfter && a.code ? ` ${a.code}` : ''}`));
    } else out.push(L(a.name, `${fmt(a.c)}${codeAfter && a.code ? ` ${a.code}` : ''}`));
  }
  return out;
}

export const DOCS = [
  // 1. German supermarket: Pfand, coupon, Leergut, TSE block, card slip below.
  receipt('de-supermarkt-tse-kartenbeleg.jpg', { kind: 'thermal', faded: 0.35, angle: 1.8, shadow: 0.35 }, 40, ({ L, C, rule }) => {
    const lines = [
      art('Vollmilch 3,5% 1l', 119, 'B', 1), art('Bio Bananen', 189, 'B'), art('Roggenmischbrot', 249, 'B'),
      art('Mineralwasser 6x1,5l', 354, 'A'), art('Pfand 6x0,25', 150, 'A'), art('Kaffee Crema 1kg', 1399, 'A'),
      art('Coupon Kaffee -10%', -140, 'A'), art('Butter 250g', 229, 'B'), art('Tomaten Rispe', 278, 'B'),
      art('Gouda jung Scheiben', 199, 'B'), art('Spuelmittel 500ml', 145, 'A'), art('Apfelsaft 1l', 179, 'B'),
      art('Pfand 0,25', 25, 'A'), art('Toilettenpapier 8er', 395, 'A'), art('Joghurt Natur', 2 * 59, 'B', 2),
      art('Leergut', -300, 'A'), art('Eier Freiland 10er', 329, 'B'), art('Zwiebeln 1kg', 149, 'B'),
    ].map((a) => (a.qty === 1 ? { ...a, qty: undefined } : a));
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 19, B: 7 });
    const rows = [
      C('FRISCHMARKT LINDENAU'), C('Lindenauer Markt 14'), C('04177 Leipzig'), C('Tel. 0341 555 0182'), C('USt-IdNr. DE999123456'), '',
      L('', 'EUR'), ...artRows(L, lines), rule,
      L('SUMME', `EUR ${eu(total)}`), '', L('Geg. Kartenzahlung', `EUR ${eu(total)}`), '',
      L('Steuer  %      Netto   Steuer   Brutto', ''),
      ...g.map((x) => `${x.code}= ${String(x.rate).padEnd(4)}% ${eu(x.net).padStart(9)} ${eu(x.vat).padStart(8)} ${eu(x.gross).padStart(8)}`),
      `Gesamt   ${eu(sum(g.map((x) => x.net))).padStart(11)} ${eu(sum(g.map((x) => x.vat))).padStart(8)} ${eu(total).padStart(8)}`,
      rule, '17.01.2026  10:41   Bon 2871  Kasse 3', 'Bed. 11   Markt 0417', rule,
      'TSE-Transaktion: 184532', 'TSE-Signaturzaehler: 551207', 'TSE-Start: 2026-01-17T10:41:07.000',
      'TSE-Stop:  2026-01-17T10:43:52.000', 'TSE-Seriennr.: 4f8a9c21e0b7d3', rule, '',
      C('*** Kundenbeleg ***'), L('Datum: 17.01.2026', 'Uhrzeit: 10:43:49'), 'Terminal-ID 69218844', 'Trace-Nr. 004512  Beleg 1187',
      C('girocard'), L('Betrag EUR', eu(total)), C('Zahlung erfolgt'), '', C('Vielen Dank fuer Ihren Einkauf!'),
    ];
    return { rows, truth: { invoiceDate: '2026-01-17', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 2. Bakery slip photographed sideways, stored with EXIF Orientation 6.
  receipt('de-baeckerei-exif-gedreht.jpg', { kind: 'photo', angle: -1.2, shadow: 0.2, exif6: true, table: 'wood' }, 34, ({ L, C, rule }) => {
    const lines = [art('Roggenbroetchen', 3 * 65, 'B', 3), art('Bienenstich', 240, 'B'), art('Kaffee gross', 290, 'A'), art('Laugenbrezel', 2 * 85, 'B', 2), art('Dinkelvollkornbrot', 465, 'B')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 19, B: 7 });
    const rows = [
      C('Baeckerei Sonnenkorn'), C('Hauptstr. 3, 79098 Freiburg'), '', 'Sa 14.02.2026 07:52  Bon 0093', rule,
      ...artRows(L, lines), rule, L('Summe EUR', eu(total)), L('Bar', eu(2000)), L('Rueckgeld', eu(2000 - total)), '',
      ...g.map((x) => L(`${x.code} MwSt ${x.rate}%  Netto ${eu(x.net)}`, eu(x.vat))), '', C('Danke & bis morgen!'),
    ];
    return { rows, truth: { invoiceDate: '2026-02-14', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 3. Petrol station, motion blur.
  receipt('de-tankstelle-verwackelt.jpg', { kind: 'photo', angle: 2.5, blur: 2.5, shadow: 0.15 }, 36, ({ L, C, rule }) => {
    const litres = 42.18;
    const fuel = Math.round(litres * 1789) / 1; // 1,789 EUR/l in tenths of a cent
    const fuelC = Math.round(fuel / 10);
    const lines = [{ c: fuelC, code: 'A' }, { c: 499, code: 'A' }];
    const total = fuelC + 499;
    const g = vatGroups(lines, { A: 19 });
    const rows = [
      C('AUTOHOF KESSELBERG'), C('Raststr. 2, 82431 Kochel'), '', L('Datum 03.03.2026', 'Zeit 16:27'), 'Beleg-Nr. 58214', rule,
      'Saeule 4  Super E10', L(`  ${litres.toFixed(2).replace('.', ',')} l x 1,789 EUR/l`, `${eu(fuelC)} A`), L('Scheibenreiniger 1l', '4,99 A'), rule,
      L('Gesamtsumme EUR', eu(total)), '', L('Debit Mastercard', eu(total)), rule,
      L('MwSt  19%', eu(g[0].vat)), L('Netto', eu(g[0].net)), L('Brutto', eu(g[0].gross)), '', C('Gute Fahrt!'),
    ];
    return { rows, truth: { invoiceDate: '2026-03-03', total: num(total), subtotal: num(g[0].net), tax: num(g[0].vat) } };
  }),

  // 4. DIY store: gray 150-dpi scan saved as a deflate TIFF, trade-card discount.
  receipt('de-baumarkt-graustufen-scan.tiff', { kind: 'scan', dpi: 150, angle: -0.7, format: 'tiff' }, 42, ({ L, C, rule }) => {
    const lines = [
      art('4017543 Schrauben 4x40 200St', 2 * 649, 'A', 2), art('3521877 Duebel 8mm 50St', 399, 'A'), art('8812004 Silikon transparent', 3 * 579, 'A', 3),
      art('1190342 Abdeckfolie 4x5m', 249, 'A'), art('6630218 Malerkrepp 30mm', 2 * 329, 'A', 2), art('2209871 Wandfarbe weiss 10l', 4990, 'A'),
      art('5501120 Farbroller Set', 1295, 'A'), art('7700314 Arbeitshandschuhe', 449, 'A'),
    ];
    const brutto = sum(lines.map((a) => a.c));
    const rabatt = -Math.round(brutto * 0.03);
    const total = brutto + rabatt;
    const g = vatGroups([{ c: total, code: 'A' }], { A: 19 });
    const rows = [
      C('BAU- UND HEIMWERKERMARKT ROSENTAL'), C('Industriestr. 40, 34123 Kassel'), C('Markt 127'), '', L('27.11.2025 15:08', 'Kasse 06 Bon 33019'), rule,
      ...artRows(L, lines), rule, L('Zwischensumme', eu(brutto)), L('Rabatt Handwerkerkarte 3%', eu(rabatt)), rule,
      L('ZU ZAHLEN EUR', eu(total)), L('EC-Karte', eu(total)), '', L(`MwSt 19% von ${eu(g[0].net)}`, eu(g[0].vat)), '',
      'Umtausch mit Kassenbon binnen 30 Tagen', C('Vielen Dank fuer Ihren Einkauf'),
    ];
    return { rows, truth: { invoiceDate: '2025-11-27', total: num(total), subtotal: num(g[0].net), tax: num(g[0].vat) } };
  }),

  // 5. EV charging receipt: kWh x price, start and end times, a car park at night.
  receipt('de-ladesaeule-nacht.jpg', { kind: 'photo', dark: 0.5, noise: 10, angle: -3, shadow: 0.3 }, 36, ({ L, C, rule }) => {
    const kwh = 31.847;
    const total = Math.round(kwh * 59);
    const g = vatGroups([{ c: total, code: 'A' }], { A: 19 });
    const rows = [
      C('LADEPARK WESERUFER'), C('Ladesaeule DE*WSR*E0042*2'), C('Am Hafen 7, 28217 Bremen'), rule,
      'Ladevorgang 77410', L('Start', '03.02.2026 18:02'), L('Ende', '03.02.2026 19:14'), L('Dauer', '01:12 h'),
      L('Zaehler Start', '18422,113 kWh'), L('Zaehler Ende', '18453,960 kWh'), rule,
      L('Energie', '31,847 kWh'), L('Preis', '0,59 EUR/kWh'), rule, L('Betrag brutto EUR', eu(total)), L('Netto', eu(g[0].net)), L('MwSt 19%', eu(g[0].vat)), rule,
      L('Zahlung', 'Visa contactless'), L('Belegdatum', '03.02.2026'), '', C('Gute Fahrt!'),
    ];
    return { rows, truth: { invoiceDate: '2026-02-03', total: num(total), subtotal: num(g[0].net), tax: num(g[0].vat) } };
  }),

  // 6. Market stall: a printed Quittung form filled in by hand.
  receipt('de-markt-quittung-handschrift.jpg', { kind: 'photo', angle: 1.5, table: 'check', shadow: 0.2, form: true }, 34, ({ L, C, rule }) => {
    const total = 2380;
    const net = Math.round((total * 100) / 107);
    const rows = [
      { big: 'QUITTUNG' }, L('Nr.', ''), { hand: '17', at: 0.2, up: 1 }, rule,
      L('Netto EUR', ''), { hand: eu(net), at: 0.55, up: 1 }, L('+ 7 % MwSt EUR', ''), { hand: eu(total - net), at: 0.55, up: 1 },
      L('Gesamt EUR', ''), { hand: eu(total), at: 0.55, up: 1 }, rule, 'Gesamtbetrag in Worten', { hand: 'dreiundzwanzig  80/100', at: 0.05 },
      'von', { hand: 'Fr. Albrecht', at: 0.15 }, 'fuer', { hand: '2 kg Äpfel, 1 Glas Honig', at: 0.05 }, 'dankend erhalten.', '',
      'Ort / Datum', { hand: 'Freiburg, 21.03.2026', at: 0.05 }, '', 'Stempel / Unterschrift', { hand: 'Obsthof Bergle  K. Bergle', at: 0.05 },
    ];
    return { rows, truth: { invoiceDate: '2026-03-21', total: num(total), subtotal: num(net), tax: num(total - net) } };
  }),

  // 7. Kiosk: press at 7 %, drinks with Pfand, a lottery payout deducted; messenger-compressed.
  receipt('de-kiosk-lotto-auszahlung.jpg', { kind: 'photo', angle: 0.8, jpegQ: 0.32, shadow: 0.25 }, 34, ({ L, C, rule }) => {
    const lines = [art('Tageszeitung', 250, 'B'), art('Fernsehzeitschrift', 180, 'B'), art('Cola 0,5l', 2 * 189, 'A', 2), art('Pfand', 2 * 25, 'A', 2), art('Kaugummi', 129, 'A')];
    const pay = -500;
    const total = sum(lines.map((a) => a.c)) + pay;
    const g = vatGroups(lines, { A: 19, B: 7 });
    const rows = [
      C('KIOSK AM STADTPARK'), C('Parkallee 1, 20144 Hamburg'), '', ...artRows(L, lines), L('Lotto Gewinnauszahlung', `${eu(pay)} *`), rule,
      L('SUMME EUR', eu(total)), L('BAR', eu(1000)), L('RUECKGELD', eu(1000 - total)), '',
      ...g.map((x) => L(`${x.code} ${x.rate}% Netto ${eu(x.net)}`, `MwSt ${eu(x.vat)}`)), '* nicht steuerbar', '',
      L('09.03.2026 08:14', 'Bon 4410'), 'TSE Signaturzaehler 90121', 'TSE Start 2026-03-09T08:13:40', 'TSE Ende  2026-03-09T08:14:22',
    ];
    return { rows, truth: { invoiceDate: '2026-03-09', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 8. Restaurant bill headed "Rechnung Nr.": food at 7 % (2026), drinks at 19 %, on a checked tablecloth in perspective.
  receipt('de-restaurant-rechnung-tischdecke.jpg', { kind: 'photo', angle: -4, keystone: 0.16, table: 'check', shadow: 0.3 }, 38, ({ L, C, rule }) => {
    const lines = [
      art('Schnitzel Wiener Art', 1890, 'B'), art('Kaesespaetzle', 1450, 'B'), art('Beilagensalat', 2 * 450, 'B', 2),
      art('Pils 0,4l', 3 * 460, 'A', 3), art('Apfelschorle 0,5l', 390, 'A'), art('Espresso', 2 * 260, 'A', 2),
    ];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 19, B: 7 });
    const rows = [
      C('Gasthaus Zur Linde'), C('Lindenweg 9, 72070 Tuebingen'), C('St.-Nr. 86/123/45678'), '', { big: 'RECHNUNG' },
      L('Rechnung Nr. 2026-0312', 'Tisch 7'), L('Datum 28.02.2026', '20:47'), 'Es bediente Sie: Maria', rule, ...artRows(L, lines), rule,
      L('Summe EUR', eu(total)), '', ...g.map((x) => L(`${x.code} ${x.rate}% MwSt von ${eu(x.net)}`, eu(x.vat))),
      L('Netto gesamt', eu(sum(g.map((x) => x.net)))), '', L('Bezahlt Visa', eu(total)), '', C('Vielen Dank fuer Ihren Besuch!'),
    ];
    return { rows, truth: { invoiceNumber: '2026-0312', invoiceDate: '2026-02-28', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 9. Hotel minibar slip, crumpled, charged to the room.
  receipt('de-hotel-minibar-zerknittert.jpg', { kind: 'photo', crumple: 1, angle: 2, shadow: 0.2 }, 34, ({ L, C, rule }) => {
    const lines = [art('Mineralwasser 0,5l', 2 * 450, 'A', 2), art('Erdnuesse', 550, 'A'), art('Weisswein 0,25l', 1200, 'A'), art('Schokolade', 400, 'A')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 19 });
    const rows = [
      C('HOTEL ALSTERBLICK'), C('An der Alster 50, 20099 Hamburg'), '', C('MINIBAR-BELEG'), L('Zimmer 314', 'Gast 2'), L('Anreise 10.03.2026', ''), L('Abreise 12.03.2026', ''),
      L('Belegdatum', '11.03.2026'), rule, ...artRows(L, lines), rule, L('Summe EUR', eu(total)), L('inkl. 19% MwSt', eu(g[0].vat)),
      '', 'Belastung auf Zimmerrechnung', 'Folio 88127', '', 'Unterschrift Gast ____________',
    ];
    return { rows, truth: { invoiceDate: '2026-03-11', total: num(total), tax: num(g[0].vat), subtotal: undefined } };
  }),

  // 10. Café slip on a patterned table: drinks 19 %, cake 7 %, cash with change, short TSE lines.
  receipt('de-cafe-gemusterter-tisch.jpg', { kind: 'photo', angle: 6, table: 'tiles', shadow: 0.2, keystone: 0.08 }, 32, ({ L, C, rule }) => {
    const lines = [art('Cappuccino', 2 * 360, 'A', 2), art('Kaesekuchen', 420, 'B'), art('Apfelstrudel', 450, 'B'), art('Wasser 0,2l', 250, 'A')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 19, B: 7 });
    const rows = [
      C('CAFE KRANZ'), C('Marktplatz 2, 93047 Regensburg'), '', L('Tisch 12', '15.03.2026 15:31'), rule, ...artRows(L, lines), rule,
      L('Gesamt EUR', eu(total)), L('Gegeben', eu(2500)), L('Zurueck', eu(2500 - total)), '',
      ...g.map((x) => L(`MwSt ${x.rate}% (${x.code})`, `${eu(x.vat)} / netto ${eu(x.net)}`)), '',
      'TSE-Nr 3817 Sig 22910', 'Beginn 2026-03-15 15:02:11', 'Ende   2026-03-15 15:31:48',
    ];
    return { rows, truth: { invoiceDate: '2026-03-15', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 11. Austrian bakery: 10 % / 20 %, RKSV machine code with its own timestamp, slight blur.
  receipt('de-at-baeckerei-rksv.jpg', { kind: 'thermal', angle: -2, blur: 2, shadow: 0.3 }, 36, ({ L, C, rule }) => {
    const lines = [art('Kaisersemmel', 4 * 55, 'A', 4), art('Mohnflesserl', 2 * 75, 'A', 2), art('Topfengolatsche', 260, 'A'), art('Melange', 380, 'B'), art('Orangensaft', 290, 'B')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 10, B: 20 });
    const rows = [
      C('Baeckerei Gruber KG'), C('Wiedner Hauptstr. 60, 1040 Wien'), C('UID ATU99887766'), '', L('Beleg-Nr. 1187', 'Kassa 1'), L('05.03.2026', '06:58'), rule,
      ...artRows(L, lines), rule, L('Summe EUR', eu(total)), L('Bar', eu(2000)), L('Retour', eu(2000 - total)), '',
      ...g.map((x) => L(`${x.code} ${x.rate}% Netto ${eu(x.net)}`, `USt ${eu(x.vat)}`)), rule,
      '_R1-AT1_K1_1187_2026-03-05T06:58:41', `_${eu(g[0].gross)}_${eu(g[1].gross)}_0,00_0,00`, '_X9tQ2vb7Lk0=_5a3e11c0_wF2p8Q==', '', C('Danke fuer Ihren Einkauf'),
    ];
    return { rows, truth: { invoiceDate: '2026-03-05', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 12. Austrian fuel station at night: heavy low-light noise.
  receipt('de-at-tankstelle-nacht.jpg', { kind: 'photo', dark: 0.62, noise: 16, angle: 3.5, blur: 1 }, 34, ({ L, C, rule }) => {
    const fuelC = Math.round((38.22 * 1649) / 10);
    const total = fuelC;
    const g = vatGroups([{ c: total, code: 'A' }], { A: 20 });
    const rows = [
      C('TANKSTELLE PYHRN'), C('Pyhrnstr. 88, 4020 Linz'), '', L('09.01.2026', '22:41'), 'Beleg 00912', rule,
      'Zapfsaeule 3  Diesel', L('  38,22 l x 1,649', eu(total)), rule, L('SUMME EUR', eu(total)), L('Bankomat', eu(total)), '',
      L('Netto', eu(g[0].net)), L('USt 20%', eu(g[0].vat)), '', C('Gute Fahrt'),
    ];
    return { rows, truth: { invoiceDate: '2026-01-09', total: num(total), subtotal: num(g[0].net), tax: num(g[0].vat) } };
  }),

  // 13. Swiss bakery: CHF, 2.6 % / 8.1 %, cash rounded to 5 Rappen; a phone scanner app's black-and-white PNG.
  receipt('de-ch-baeckerei-rundung.png', { kind: 'scan', dpi: 170, angle: 0.4, format: 'png', bw: true }, 36, ({ L, C, rule }) => {
    const lines = [art('Buerli', 4 * 120, 'A', 4), art('Zopf 500g', 590, 'A'), art('Nussgipfel', 2 * 280, 'A', 2), art('Kaffee Creme', 470, 'B'), art('Schoggistaengel', 187, 'A')];
    const gross = sum(lines.map((a) => a.c));
    const rounded = Math.round(gross / 5) * 5;
    const g = vatGroups(lines, { A: 2.6, B: 8.1 });
    const rows = [
      C('Baeckerei Hofstetter AG'), C('Spitalgasse 21, 3011 Bern'), C('CHE-999.123.456 MWST'), '', L('06.03.2026 08:12', 'Bon 5521'), rule,
      ...artRows(L, lines, ch), rule, L('Total CHF', ch(gross)), L('Rundung', ch(rounded - gross)), L('Zu bezahlen CHF', ch(rounded)),
      L('Bar', ch(5000)), L('Rueckgeld', ch(5000 - rounded)), '', 'MWST  Satz     Total     MWST',
      ...g.map((x) => `${x.code}   ${x.rate.toFixed(1).padStart(4)}%  ${ch(x.gross).padStart(8)}  ${ch(x.vat).padStart(7)}`), '', C('Merci vielmal!'),
    ];
    return { rows, truth: { invoiceDate: '2026-03-06', total: num(rounded), tax: num(sum(g.map((x) => x.vat))), subtotal: undefined, currency: 'CHF' } };
  }),

  // 14. Swiss French restaurant "Addition": CHF, 8.1 %, card slip with an empty tip line, perspective.
  receipt('fr-ch-restaurant-addition.jpg', { kind: 'photo', angle: 3, keystone: 0.14, shadow: 0.35, table: 'wood' }, 36, ({ L, C, rule }) => {
    const lines = [art('Filets de perche', 2 * 3450, '', 2), art('Salade verte', 850, ''), art('Chasselas 5dl', 3200, ''), art('Eau minerale', 600, ''), art('Cafe', 2 * 450, '', 2)];
    const total = sum(lines.map((a) => a.c));
    const vat = total - Math.round((total * 100) / 108.1);
    const rows = [
      C('Cafe du Lac'), C('Quai Perdonnet 8, 1800 Vevey'), C('CHE-999.654.321 TVA'), '', { big: 'ADDITION' }, L('Table 5', 'Couverts 2'),
      L('Le 20.02.2026', '21:12'), rule, ...artRows(L, lines, ch, false), rule, L('TOTAL CHF', ch(total)), L('TVA 8.1% incluse', ch(vat)), '',
      C('--- Debit Mastercard ---'), L('MONTANT CHF', ch(total)), L('POURBOIRE', '______'), L('TOTAL', '______'), '', C('Merci et a bientot'),
    ];
    return { rows, truth: { invoiceDate: '2026-02-20', total: num(total), tax: num(vat), subtotal: undefined, currency: 'CHF' } };
  }),

  // 15. Swiss fuel station: CHF, 8.1 %, net printed; image-only PDF from a scanner app.
  receipt('de-ch-tankstelle-scanapp.pdf', { kind: 'scan', dpi: 200, angle: 0.9, format: 'pdf', noise: 5 }, 36, ({ L, C, rule }) => {
    const total = Math.round((45.06 * 1879) / 10);
    const net = Math.round((total * 100) / 108.1);
    const rows = [
      C('TANKSTELLE GOTTHARDSTRASSE'), C('Gotthardstrasse 12, 6460 Altdorf'), C('CHE-999.777.111 MWST'), '', L('Datum 12.01.2026', '11:05'), 'Beleg-Nr. 30318', rule,
      'Saeule 2  Bleifrei 95', L('  45.06 l x 1.879', ch(total)), rule, L('Total CHF', ch(total)), L('Karte Maestro', ch(total)), '',
      L('Total exkl. MWST', ch(net)), L('MWST 8.1%', ch(total - net)), '', C('Gute Fahrt'),
    ];
    return { rows, truth: { invoiceDate: '2026-01-12', total: num(total), subtotal: num(net), tax: num(total - net), currency: 'CHF' } };
  }),

  // 16. French hypermarket: long ticket, coupon, loyalty kitty, CB slip below; photographed curled.
  receipt('fr-hypermarche-long-courbe.jpg', { kind: 'thermal', curl: 1, angle: -1.5, shadow: 0.3 }, 40, ({ L, C, rule }) => {
    const lines = [
      art('LAIT DEMI ECREME 1L', 6 * 99, 'A', 6), art('BAGUETTE TRADITION', 120, 'A'), art('EMMENTAL RAPE 200G', 219, 'A'), art('JAMBON BLANC X4', 349, 'A'),
      art('YAOURTS NATURE X8', 189, 'A'), art('POMMES GOLDEN 1KG', 259, 'A'), art('CAFE MOULU 250G', 2 * 329, 'A', 2), art('BON REDUCTION CAFE', -80, 'A'),
      art('LESSIVE LIQUIDE 2L', 899, 'B'), art('ESSUIE-TOUT X2', 315, 'B'), art('JUS ORANGE 1L', 219, 'A'), art('VIN ROUGE AOC 75CL', 545, 'B'),
      art('CHOCOLAT NOIR 200G', 2 * 199, 'A', 2), art('PATES FUSILLI 500G', 109, 'A'), art('SAUCE TOMATE', 155, 'A'), art('SHAMPOOING 250ML', 389, 'B'),
    ];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 5.5, B: 20 });
    const n = sum(lines.filter((a) => a.c > 0).map((a) => a.qty ?? 1));
    const rows = [
      C('HYPER DES GLYCINES'), C('ZAC des Glycines'), C('31700 Blagnac'), C('SIRET 999 888 777 00012'), '', ...artRows(L, lines), rule,
      L(`${n} ARTICLES`, ''), L('TOTAL A PAYER', `${eu(total)} EUR`), L('CB EMV', `${eu(total)} EUR`), '',
      'TX      HT       TVA      TTC', ...g.map((x) => `${x.code} ${String(x.rate).replace('.', ',').padEnd(4)}% ${eu(x.net).padStart(7)} ${eu(x.vat).padStart(7)} ${eu(x.gross).padStart(8)}`),
      `TOTAL   ${eu(sum(g.map((x) => x.net))).padStart(7)} ${eu(sum(g.map((x) => x.vat))).padStart(7)} ${eu(total).padStart(8)}`, '',
      'CARTE FIDELITE ****4411', L('Cagnotte ce jour', '+1,27 EUR'), L('Cagnotte totale', '14,80 EUR'), rule,
      L('08/02/2026 17:19', 'CAISSE 012-0331'), '', C('TICKET CLIENT'), C('CARTE BANCAIRE'), L('LE 08/02/26', 'A 17:22:05'), 'BLAGNAC', '********4411',
      L('MONTANT =', `${eu(total)} EUR`), C('DEBIT'), '', C('MERCI DE VOTRE VISITE'),
    ];
    return { rows, truth: { invoiceDate: '2026-02-08', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 17. French café "Addition" with "dont TVA", on a tiled table.
  receipt('fr-cafe-addition-dont-tva.jpg', { kind: 'photo', angle: -5, table: 'tiles', shadow: 0.25 }, 32, ({ L, C, rule }) => {
    const lines = [art('CAFE ALLONGE', 2 * 250, '', 2), art('CROISSANT', 2 * 160, '', 2), art('JUS DE POMME', 450, ''), art('TARTINE BEURRE', 290, '')];
    const total = sum(lines.map((a) => a.c));
    const vat = total - Math.round((total * 100) / 110);
    const rows = [
      C('LE BALTO'), C('12 rue des Martyrs'), C('75009 Paris'), '', C('ADDITION N. 48'), L('Table 3', '06/03/2026 09:14'), rule,
      ...artRows(L, lines, eu, false), rule, L('TOTAL', `${eu(total)} EUR`), L('dont TVA 10%', eu(vat)), '', 'Service compris', C('Merci, a bientot'),
    ];
    return { rows, truth: { invoiceDate: '2026-03-06', total: num(total), tax: num(vat), subtotal: undefined } };
  }),

  // 18. Parking pay station at night: start/end dates, HT / TVA.
  receipt('fr-horodateur-nuit.jpg', { kind: 'thermal', dark: 0.45, noise: 12, angle: 4, dots: true }, 28, ({ L, C, rule }) => {
    const total = 360;
    const net = 300;
    const rows = [
      C('VILLE DE NANTES'), C('STATIONNEMENT PAYANT'), C('HORODATEUR 214'), rule, L('ACHAT', '11/03/2026 19:02'), L('DEBUT', '11/03/2026 19:02'),
      L('FIN', '11/03/2026 21:02'), L('DUREE', '2H00'), rule, L('PAYE', `${eu(total)} EUR`), L('MONTANT HT', eu(net)), L('TVA 20%', eu(total - net)), L('PAIEMENT', 'CB SANS CONTACT'),
      rule, 'A PLACER SUR LE TABLEAU', 'TICKET 0051872',
    ];
    return { rows, truth: { invoiceDate: '2026-03-11', total: num(total), subtotal: num(net), tax: num(total - net) } };
  }),

  // 19. French DIY store: eco-participation lines, TOTAL TTC / HT / TVA; image-only PDF from a scanner app.
  receipt('fr-bricolage-scanapp.pdf', { kind: 'scan', dpi: 160, angle: -0.6, format: 'pdf', noise: 6 }, 40, ({ L, C, rule }) => {
    const lines = [art('PERCEUSE VISSEUSE 18V', 8990, ''), art('  dont eco-part.', 50, ''), art('FORETS BOIS X5', 799, ''), art('AMPOULE LED E27 X3', 2 * 749, '', 2), art('  dont eco-part.', 2 * 10, '', 2), art('RALLONGE 5M', 1290, '')];
    // the eco-participation lines are included in the article above: print them but do not add them
    const priced = lines.filter((a) => !a.name.includes('eco-part'));
    const total = sum(priced.map((a) => a.c));
    const net = Math.round((total * 100) / 120);
    const rows = [
      C('BRICO DES TROIS RIVIERES'), C('Route de Lyon'), C('71100 Chalon-sur-Saone'), '', L('TICKET 4418-022-1187', ''), L('Le 24/01/2026', '10:37'), rule,
      ...artRows(L, lines, eu, false), rule, L('TOTAL TTC', `${eu(total)} EUR`), L('TOTAL HT', eu(net)), L('TVA 20%', eu(total - net)), L('CB', `${eu(total)} EUR`), '',
      'Facture sur demande a l accueil', 'Echange sous 30 jours avec ticket', C('MERCI DE VOTRE VISITE'),
    ];
    return { rows, truth: { invoiceDate: '2026-01-24', total: num(total), subtotal: num(net), tax: num(total - net) } };
  }),

  // 20. Market: a handwritten reçu on a notebook page, no VAT.
  receipt('fr-marche-recu-manuscrit.jpg', { kind: 'photo', angle: -2, table: 'wood', shadow: 0.25, form: true, lined: true }, 32, () => {
    const total = 1850;
    const rows = [
      { hand: 'REÇU', at: 0.38 }, '', { hand: 'Reçu de M. Durand', at: 0.05 }, { hand: 'la somme de 18,50 €', at: 0.05 }, { hand: '(dix-huit euros cinquante)', at: 0.05 },
      { hand: 'pour : légumes et fromage', at: 0.05 }, '', { hand: 'Marché Saint-Pierre', at: 0.05 }, { hand: 'le 14/03/2026', at: 0.4 }, '', { hand: 'J. Morel', at: 0.5 },
    ];
    return { rows, truth: { invoiceDate: '2026-03-14', total: num(total), subtotal: null, tax: null } };
  }),

  // 21. Dry cleaner: drop-off date and a later pick-up date, JPEG heavily compressed.
  receipt('fr-pressing-depot-retrait.jpg', { kind: 'photo', angle: 2.2, jpegQ: 0.35, shadow: 0.2, keystone: 0.06 }, 32, ({ L, C, rule }) => {
    const lines = [art('CHEMISE', 3 * 450, '', 3), art('PANTALON', 890, ''), art('VESTE', 1290, '')];
    const total = sum(lines.map((a) => a.c));
    const net = Math.round((total * 100) / 120);
    const rows = [
      C('PRESSING DE LA GARE'), C('3 place de la Gare'), C('67000 Strasbourg'), '', L('DEPOT LE', '02/03/2026'), L('RETRAIT PREVU', '05/03/2026 17H'), L('TICKET', '0772'), rule,
      ...artRows(L, lines, eu, false), rule, L('TOTAL TTC', eu(total)), L('DONT TVA 20%', eu(total - net)), L('TOTAL HT', eu(net)), L('REGLE ESPECES', eu(total)), '',
      'Ticket a presenter au retrait',
    ];
    return { rows, truth: { invoiceDate: '2026-03-02', total: num(total), subtotal: num(net), tax: num(total - net) } };
  }),

  // 22. Belgian friterie: 12 % food, 21 % drinks, Bancontact, FDM (black box) identification; low light.
  receipt('fr-be-friterie-bancontact.jpg', { kind: 'thermal', dark: 0.35, noise: 9, angle: -3, dots: true, shadow: 0.2 }, 34, ({ L, C, rule }) => {
    const lines = [art('FRITES GRANDE', 2 * 380, 'B', 2), art('FRICADELLE', 2 * 290, 'B', 2), art('SAUCE ANDALOUSE', 2 * 90, 'B', 2), art('COCA-COLA 33CL', 250, 'C'), art('JUPILER 25CL', 280, 'C')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { B: 12, C: 21 });
    const rows = [
      C('FRITERIE DU PARC'), C('Place Flagey 4, 1050 Ixelles'), C('TVA BE0999.123.456'), '', L('TICKET DE CAISSE', 'N 12874'), L('15/01/2026', '19:47'), rule,
      ...artRows(L, lines), rule, L('TOTAL EUR', eu(total)), L('BANCONTACT', eu(total)), '', 'TVA     HTVA     TVA    TVAC',
      ...g.map((x) => `${x.code} ${String(x.rate).padStart(2)}% ${eu(x.net).padStart(7)} ${eu(x.vat).padStart(6)} ${eu(x.gross).padStart(7)}`), rule,
      'FDM ID: B-FDM01234567', 'NS 12874 15/01/2026 19:47:12', 'SIG: 7H4K-2LQ9-XX81-0PZ3', C('MERCI ET A BIENTOT'),
    ];
    return { rows, truth: { invoiceDate: '2026-01-15', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 23. Luxembourg supermarket: 3 % / 17 %, "vidange" deposit, gray scan JPEG at 200 dpi.
  receipt('fr-lu-supermarche-vidange.jpg', { kind: 'scan', dpi: 200, angle: 1.1, noise: 4, gray: true }, 38, ({ L, C, rule }) => {
    const lines = [
      art('PAIN GRIS 500G', 265, 'A'), art('BEURRE LUXLAIT 250G', 289, 'A'), art('EAU ROSPORT 6X1,5L', 594, 'A'), art('VIDANGE 6X0,25', 150, 'B'),
      art('POMMES DE TERRE 2,5KG', 349, 'A'), art('CREMANT 75CL', 1295, 'B'), art('LESSIVE 1,5L', 799, 'B'), art('FROMAGE KOCHKEES', 2 * 229, 'A', 2),
    ];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 3, B: 17 });
    const rows = [
      C('SUPERMARCHE DE LA MOSELLE'), C('Route du Vin 22, L-5445 Schengen'), C('TVA LU99887766'), '', L('19/02/2026 11:48', 'Caisse 2'), rule, ...artRows(L, lines), rule,
      L('TOTAL EUR', eu(total)), L('Carte V PAY', eu(total)), '', 'TVA      HT      TVA     TTC', ...g.map((x) => `${x.code} ${String(x.rate).padStart(2)}% ${eu(x.net).padStart(8)} ${eu(x.vat).padStart(6)} ${eu(x.gross).padStart(8)}`),
      `TOT  ${eu(sum(g.map((x) => x.net))).padStart(8)} ${eu(sum(g.map((x) => x.vat))).padStart(6)} ${eu(total).padStart(8)}`, '', C('Merci - Villmools Merci'),
    ];
    return { rows, truth: { invoiceDate: '2026-02-19', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 24. Luxembourg fuel station at 17 %, HTVA printed; image-only PDF from a scanner app.
  receipt('fr-lu-station-scanapp.pdf', { kind: 'scan', dpi: 180, angle: -1, format: 'pdf', noise: 6 }, 34, ({ L, C, rule }) => {
    const fuelC = Math.round(52.4 * 1471 / 10);
    const total = fuelC + 350;
    const net = Math.round((total * 100) / 117);
    const rows = [
      C('STATION DE LA FRONTIERE'), C('Route d Arlon 201'), C('L-8410 Steinfort'), '', L('Date 07/03/2026', '13:28'), 'Recu 20418', rule,
      'Pompe 6  GAZOLE', L('  52,40 L x 1,471', eu(fuelC)), L('CAFE', '3,50'), rule, L('TOTAL TTC EUR', eu(total)), L('HTVA', eu(net)), L('TVA 17%', eu(total - net)),
      L('CARTE VISA', eu(total)), '', C('Bonne route'),
    ];
    return { rows, truth: { invoiceDate: '2026-03-07', total: num(total), subtotal: num(net), tax: num(total - net) } };
  }),

  // 25. Italian "documento commerciale": TOTALE COMPLESSIVO, di cui IVA, payment lines, its own document number.
  receipt('it-scontrino-documento-commerciale.jpg', { kind: 'thermal', angle: 2, shadow: 0.3, faded: 0.2 }, 38, ({ L, C, rule }) => {
    const lines = [art('FOCACCIA GENOVESE', 2 * 250, '10%', 2), art('ACQUA NAT 0,5L', 100, '10%'), art('CAFFE', 2 * 120, '22%', 2), art('CORNETTO CREMA', 140, '10%')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines.map((a) => ({ ...a, code: a.code === '10%' ? 'A' : 'B' })), { A: 10, B: 22 });
    const rows = [
      C('PANIFICIO DEL PORTO SRL'), C('Via del Molo 5 - 16128 Genova'), C('P.IVA 09988776655'), '', C('DOCUMENTO COMMERCIALE'), C('di vendita o prestazione'), rule,
      L('DESCRIZIONE', 'IVA  Prezzo(EUR)'), ...lines.map((a) => L(a.qty ? `${a.name} x${a.qty}` : a.name, `${a.code}  ${eu(a.c)}`)), rule,
      L('TOTALE COMPLESSIVO', eu(total)), L('di cui IVA', eu(sum(g.map((x) => x.vat)))), L('Pagamento contante', eu(1000)), L('Resto', eu(1000 - total)),
      L('Importo pagato', eu(total)), '', L('04-03-2026 08:31', 'DOC.N. 0187-0042'), 'RT 99MEX012345', C('Grazie e arrivederci'),
    ];
    return { rows, truth: { invoiceDate: '2026-03-04', total: num(total), tax: num(sum(g.map((x) => x.vat))), subtotal: undefined } };
  }),

  // 26. Spanish "factura simplificada" (the ticket is a simplified invoice by law): base / cuota table.
  receipt('es-ticket-factura-simplificada.jpg', { kind: 'photo', angle: -3, shadow: 0.35, keystone: 0.1, table: 'wood' }, 38, ({ L, C, rule }) => {
    const lines = [art('LECHE ENTERA 1L', 6 * 95, 'A', 6), art('ACEITE OLIVA VIRGEN 1L', 895, 'A'), art('PAN DE MOLDE', 185, 'B'), art('DETERGENTE 3L', 649, 'C'), art('CERVEZA 6X33CL', 420, 'C'), art('NARANJAS 2KG', 318, 'A')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 4, B: 10, C: 21 });
    const rows = [
      C('SUPERMERCADOS LA HUERTA S.L.'), C('C/ Mayor 18, 46001 Valencia'), C('NIF B99887766'), '', C('FACTURA SIMPLIFICADA'), L('N.: 2026-014-008812', ''),
      L('Fecha: 10/02/2026', 'Hora: 18:05'), rule, ...artRows(L, lines), rule, L('TOTAL (EUR)', eu(total)), L('TARJETA', eu(total)), '',
      'IVA    BASE IMP.   CUOTA', ...g.map((x) => `${String(x.rate).padStart(2)}%  ${eu(x.net).padStart(10)} ${eu(x.vat).padStart(7)}`),
      `TOTAL ${eu(sum(g.map((x) => x.net))).padStart(10)} ${eu(sum(g.map((x) => x.vat))).padStart(7)}`, '', C('GRACIAS POR SU VISITA'),
    ];
    return { rows, truth: { invoiceNumber: '2026-014-008812', invoiceDate: '2026-02-10', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 27. Dutch kassabon: statiegeld, bonus discount, PIN, BTW 9 % / 21 %.
  receipt('nl-kassabon-statiegeld.jpg', { kind: 'thermal', angle: 1.2, shadow: 0.25, crumple: 0.6 }, 36, ({ L, C, rule }) => {
    const lines = [
      art('HALFVOLLE MELK 1L', 2 * 115, 'A', 2), art('GOUDSE KAAS 48+', 489, 'A'), art('BONUS KAAS', -100, 'A'), art('SPA BLAUW 1,5L', 2 * 99, 'A', 2),
      art('STATIEGELD', 2 * 25, 'A', 2), art('STROOPWAFELS', 219, 'A'), art('AFWASMIDDEL', 249, 'B'), art('BLOEMEN BOS', 599, 'A'),
    ];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 9, B: 21 });
    const rows = [
      C('BUURTSUPER DE LINDE'), C('Lindengracht 40, 1015 KJ Amsterdam'), '', ...artRows(L, lines, eu, false), rule, L('TOTAAL', eu(total)), L('PIN', eu(total)), '',
      'BTW     OVER      BTW', ...g.map((x) => `${String(x.rate).padStart(2)}%  ${eu(x.net).padStart(8)} ${eu(x.vat).padStart(7)}`),
      `TOTAAL ${eu(sum(g.map((x) => x.net))).padStart(7)} ${eu(sum(g.map((x) => x.vat))).padStart(7)}`, '', L('12-02-2026 17:44', 'Bonnr 3391'), 'Kassa 2  Filiaal 118', C('Bedankt en tot ziens!'),
    ];
    return { rows, truth: { invoiceDate: '2026-02-12', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),

  // 28. Polish paragon fiskalny: PTU A 23 % / B 8 %, SUMA PLN, NIP.
  receipt('pl-paragon-fiskalny.jpg', { kind: 'thermal', angle: -1.6, shadow: 0.3, faded: 0.25 }, 38, ({ L, C, rule }) => {
    const lines = [art('Chleb żytni', 549, 'B'), art('Maslo 200g', 799, 'B'), art('Woda mineralna 1,5l', 3 * 229, 'A', 3), art('Kawa ziarnista 500g', 3499, 'A'), art('Jabłka 1kg', 449, 'B')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 23, B: 8 });
    const rows = [
      C('SKLEP SPOZYWCZY POD LIPA'), C('ul. Dluga 12, 31-147 Krakow'), C('NIP 999-888-77-66'), '', L('2026-02-14', 'nr wydr. 118/4412'), C('PARAGON FISKALNY'), rule,
      ...lines.map((a) => L(a.qty ? `${a.name} ${a.qty} x${eu(a.c / a.qty)}` : `${a.name} 1 x${eu(a.c)}`, `${eu(a.c)}${a.code}`)), rule,
      ...g.map((x) => L(`Sprzed. opod. PTU ${x.code}`, eu(x.gross))), ...g.map((x) => L(`Kwota PTU ${x.code} ${x.rate}%`, eu(x.vat))), L('SUMA PTU', eu(sum(g.map((x) => x.vat)))),
      L('SUMA PLN', eu(total)), '', L('Karta platnicza', `${eu(total)} PLN`), '', L('00118 #Kasa 1', '15:22'), 'BCD 1234567890', C('Dziękujemy'),
    ];
    return { rows, truth: { invoiceDate: '2026-02-14', total: num(total), tax: num(sum(g.map((x) => x.vat))), subtotal: undefined, currency: 'PLN' } };
  }),

  // 29. Czech účtenka: Celkem Kč, DPH 21 % / 12 %, FIK/BKP codes.
  receipt('cz-uctenka-kavarna.jpg', { kind: 'photo', angle: 2.8, shadow: 0.3, table: 'check', keystone: 0.07 }, 36, ({ L, C, rule }) => {
    const lines = [art('Espresso', 2 * 6500, 'B', 2), art('Větrník', 7900, 'B'), art('Pivo 0,5l', 2 * 6900, 'A', 2)];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 21, B: 12 });
    const rows = [
      C('KAVARNA U MOSTU s.r.o.'), C('Mostecka 8, 118 00 Praha 1'), C('DIC CZ99887766'), '', L('Účtenka č. 2026/00417', ''), L('Datum: 22.02.2026', '16:40'), rule,
      ...artRows(L, lines, eu, false), rule, L('Celkem Kč', eu(total)), L('Platba kartou', eu(total)), '', 'Sazba    Zaklad     DPH',
      ...g.map((x) => `${String(x.rate).padStart(2)} %  ${eu(x.net).padStart(9)} ${eu(x.vat).padStart(8)}`), '', 'BKP: 5c2a9f01-77e3b2c4-1d9a0e55', 'FIK: 8f1b2c3d-aa11-4b5c', C('Děkujeme za návštěvu'),
    ];
    return { rows, truth: { invoiceDate: '2026-02-22', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))), currency: 'CZK' } };
  }),

  // 30. Portuguese talão: "Fatura simplificada FS ...", ATCUD, IVA 6 % / 23 %.
  receipt('pt-talao-fatura-simplificada.jpg', { kind: 'thermal', angle: -2.4, shadow: 0.25, blur: 1.5 }, 38, ({ L, C, rule }) => {
    const lines = [art('PAO DE FORMA', 149, 'A'), art('LEITE MEIO GORDO 1L', 4 * 79, 'A', 4), art('BACALHAU 1KG', 1299, 'A'), art('VINHO VERDE 75CL', 349, 'C'), art('DETERGENTE LOICA', 429, 'C')];
    const total = sum(lines.map((a) => a.c));
    const g = vatGroups(lines, { A: 6, C: 23 });
    const rows = [
      C('MERCEARIA DO BOLHAO LDA'), C('Rua Formosa 120, 4000-247 Porto'), C('NIF 599887766'), '', C('FATURA SIMPLIFICADA'), 'FS 2026A/1187', 'ATCUD: JJX7KQ2M-1187',
      L('Data: 2026-03-02', '12:16'), rule, ...artRows(L, lines), rule, L('TOTAL EUR', eu(total)), L('Multibanco', eu(total)), '',
      'Taxa   Incid.    IVA', ...g.map((x) => `${x.code} ${String(x.rate).padStart(2)}% ${eu(x.net).padStart(8)} ${eu(x.vat).padStart(7)}`), '',
      'Proc. por programa cert. n. 9999/AT', C('Obrigado pela preferencia'),
    ];
    return { rows, truth: { invoiceNumber: 'FS 2026A/1187', invoiceDate: '2026-03-02', total: num(total), subtotal: num(sum(g.map((x) => x.net))), tax: num(sum(g.map((x) => x.vat))) } };
  }),
];

/** truth.json: one entry per file; a field set to undefined is left out (not printed, not scored). */
export function truthOf(doc) {
  return JSON.parse(JSON.stringify(doc.truth));
}
