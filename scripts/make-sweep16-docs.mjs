// The sixteenth held-out sweep's documents (data + truth), laid out by make-sweep16-fixtures.mjs.
// Written blind (see fixtures/README.md "Sixteenth held-out sweep"): tax regimes, trades and long
// documents of German and French folders. Amounts are integer cents; every total is computed from
// the printed lines, so the truth and the print cannot disagree.

/** Formats cents: de 1.234,56 | fr 1 234,56 | ch 1'234.56 */
export function money(c, style = 'de') {
  const neg = c < 0;
  const a = Math.abs(Math.round(c));
  const int = String(Math.floor(a / 100));
  const dec = String(a % 100).padStart(2, '0');
  const sep = { de: '.', fr: ' ', ch: "'", lt: ' ' }[style];
  const dp = style === 'ch' ? '.' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${neg ? '-' : ''}${grouped}${dp}${dec}`;
}
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** VAT of a net amount in cents at a rate in percent (half up). */
const vat = (net, rate) => Math.round((net * rate) / 100);
/** VAT contained in a gross amount. */
const vatIn = (gross, rate) => Math.round((gross * rate) / (100 + rate));
const eur = (c, s = 'de') => `${money(c, s)} €`;
const cents = (x) => Math.round(x * 100);
const T = (o) => ({ documentType: 'invoice', ...o });
const num = (c) => Math.round(c) / 100;

/** Belgian structured communication +++ddd/dddd/ddddd+++ for a 10-digit base. */
function communication(base10) {
  let chk = Number(BigInt(base10) % 97n);
  if (chk === 0) chk = 97;
  const s = base10 + String(chk).padStart(2, '0');
  return `+++${s.slice(0, 3)}/${s.slice(3, 7)}/${s.slice(7)}+++`;
}

// Element kinds (laid out top-down per page by the fixture script):
//  {letterhead: [lines], right?: [lines]}  sender block (first line bold)
//  {parties: [lines], meta: [[label, value], ...]}  recipient left, meta block right
//  {title, size}  {text, size?, bold?, x?, w?}  {gap}
//  {table: {cols: [{h, w, a}], rows: [[...]], bold?: [rowIdx]}}
//  {totals: [[label, value, bold?]]}  right-hand block
//  {footer: [lines]}  small print at the page foot

const docs = [];

// ---------------------------------------------------------------- German
{
  const lines = [
    ['Fotoshooting Weinlese-Kampagne, halber Tag', '1', 48000],
    ['Bildbearbeitung und Retusche je Bild', '24', 1250],
    ['Nutzungsrecht Web/Social Media, 2 Jahre', '1', 25000],
    ['Fahrtkosten (km)', '86', 30],
  ].map(([d, q, u]) => [d, q, u, Number(q) * u]);
  const total = sum(lines.map((l) => l[3]));
  docs.push({
    file: 'de-kleinunternehmer-fotografin.pdf',
    pages: [[
      { letterhead: ['Lena Brandt Fotografie', 'Am Mühlbach 7 · 79098 Freiburg', 'Tel. 0761 555 0192 · hallo@brandt-foto.example'] },
      { parties: ['Weingut Sommerhalde GbR', 'Herrn Jakob Sommer', 'Hofweg 3', '79235 Vogtsburg'], meta: [['Rechnungsnummer', '2025-031'], ['Rechnungsdatum', '14.05.2025'], ['Leistungsdatum', '02.05.2025'], ['Kundennummer', '1017']] },
      { title: 'Rechnung' },
      { text: 'Sehr geehrter Herr Sommer, für meine Leistungen erlaube ich mir zu berechnen:' },
      { table: { cols: [{ h: 'Pos.', w: 35 }, { h: 'Beschreibung', w: 250 }, { h: 'Menge', w: 50, a: 'right' }, { h: 'Einzelpreis', w: 80, a: 'right' }, { h: 'Betrag', w: 80, a: 'right' }], rows: lines.map((l, i) => [String(i + 1), l[0], l[1], eur(l[2]), eur(l[3])]) } },
      { totals: [['Gesamtbetrag', eur(total), true]] },
      { text: 'Gemäß § 19 Abs. 1 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).' },
      { text: 'Bitte überweisen Sie den Gesamtbetrag bis zum 28.05.2025 auf das unten genannte Konto.' },
      { footer: ['Lena Brandt · Steuernummer 06073/41782 · Sparkasse Freiburg · IBAN DE89 3704 0044 0532 0130 00'] },
    ]],
    truth: T({ invoiceNumber: '2025-031', invoiceDate: '2025-05-14', dueDate: '2025-05-28', total: num(total), subtotal: num(total), tax: 0, currency: 'EUR' }),
  });
}
{
  const lines = [
    ['10-4471', 'Lagerbuchse Messing 40x30', 250, 684],
    ['10-4480', 'Gleitlager PTFE 25 mm', 400, 312],
    ['22-0913', 'Antriebswelle gehärtet, L 620', 12, 18950],
    ['30-0021', 'Verpackung Euro-Palette', 2, 2400],
  ].map(([a, d, q, u]) => [a, d, q, u, q * u]);
  const net = sum(lines.map((l) => l[4]));
  docs.push({
    file: 'de-innergemeinschaftliche-lieferung.pdf',
    pages: [[
      { letterhead: ['Hessler Präzisionsteile GmbH', 'Industriestraße 41 · 73430 Aalen'], right: ['USt-IdNr. DE298765432', 'HRB 731244 Ulm'] },
      { parties: ['Mécanique Vallet SAS', '14 rue des Forges', '25200 Montbéliard', 'FRANKREICH', 'USt-IdNr. FR12345678901'], meta: [['Rechnungs-Nr.', '250710-04'], ['Rechnungsdatum', '10.07.2025'], ['Kunden-Nr.', '40118'], ['Lieferschein', 'LS-25-7781 vom 09.07.2025'], ['Lieferbedingung', 'DAP Montbéliard']] },
      { title: 'Rechnung' },
      { table: { cols: [{ h: 'Art.-Nr.', w: 60 }, { h: 'Bezeichnung', w: 210 }, { h: 'Menge', w: 50, a: 'right' }, { h: 'Preis/Stk.', w: 75, a: 'right' }, { h: 'Betrag EUR', w: 100, a: 'right' }], rows: lines.map((l) => [l[0], l[1], String(l[2]), money(l[3]), money(l[4])]) } },
      { totals: [['Nettobetrag', money(net)], ['Umsatzsteuer 0 %', '0,00'], ['Rechnungsbetrag EUR', money(net), true]] },
      { text: 'Steuerfreie innergemeinschaftliche Lieferung gemäß § 4 Nr. 1b i. V. m. § 6a UStG. Der Abnehmer ist in einem anderen Mitgliedstaat zur Umsatzsteuer erfasst.' },
      { text: 'Zahlungsbedingung: 30 Tage netto ab Rechnungsdatum.' },
      { footer: ['Hessler Präzisionsteile GmbH · Geschäftsführer M. Hessler · Kreissparkasse Ostalb · IBAN DE02 6145 0050 0110 2233 44'] },
    ]],
    truth: T({ invoiceNumber: '250710-04', invoiceDate: '2025-07-10', dueDate: null, total: num(net), subtotal: num(net), tax: 0, currency: 'EUR' }),
  });
}
{
  const PW = 5.62421; // GOZ Punktwert in cents
  const goz = [
    ['03.03.2025', '', '0010', 'Eingehende Untersuchung', 1, 100, 2.3],
    ['03.03.2025', '16', '2197', 'Adhäsive Befestigung', 1, 130, 2.3],
    ['03.03.2025', '16', '2120', 'Kompositfüllung, mehr als dreiflächig', 1, 642, 3.5],
    ['10.03.2025', '26', '2030', 'Besondere Maßnahmen beim Präparieren', 2, 65, 2.3],
    ['10.03.2025', '26', '2200', 'Teilkrone (Keramik)', 1, 2174, 2.3],
    ['24.03.2025', '26', '2197', 'Adhäsive Befestigung', 1, 130, 2.3],
  ].map(([d, z, n, t, k, p, f]) => [d, z, n, t, k, f, k * Math.round(p * PW * f)]);
  const honorar = sum(goz.map((l) => l[6]));
  const labor = [['Eigenlabor: Provisorium Zahn 26', 3850], ['Fremdlabor Dentallabor Kern, Rg. 4471', 21490]];
  const total = honorar + sum(labor.map((l) => l[1]));
  const fz = (f) => f.toFixed(1).replace('.', ',');
  docs.push({
    file: 'de-zahnarzt-goz-laborkosten.pdf',
    pages: [[
      { letterhead: ['Zahnarztpraxis Dr. med. dent. Silke Ormann', 'Marktplatz 12 · 34117 Kassel · Tel. 0561 555 3030'] },
      { parties: ['Herrn', 'Thomas Reinhardt', 'Wilhelmshöher Allee 201', '34121 Kassel'], meta: [['Rechnungs-Nr.', 'Z-25-00917'], ['Rechnungsdatum', '31.03.2025'], ['Patient', 'Thomas Reinhardt, geb. 17.08.1979'], ['Behandlung', '03.03.2025 - 24.03.2025']] },
      { title: 'Liquidation nach der Gebührenordnung für Zahnärzte (GOZ)', size: 13 },
      { table: { cols: [{ h: 'Datum', w: 62 }, { h: 'Zahn', w: 32 }, { h: 'GOZ-Nr.', w: 45 }, { h: 'Leistung', w: 200 }, { h: 'Anz.', w: 32, a: 'right' }, { h: 'Faktor', w: 44, a: 'right' }, { h: 'Betrag €', w: 80, a: 'right' }], rows: goz.map((l) => [l[0], l[1], l[2], l[3], String(l[4]), fz(l[5]), money(l[6])]) } },
      { totals: [['Summe Honorar GOZ', money(honorar)]] },
      { text: 'Begründung Faktor 3,5 (GOZ 2120): erschwerte Trockenlegung bei subgingivaler Karies.', size: 8 },
      { text: 'Material- und Laborkosten gem. § 9 GOZ', bold: true },
      { table: { cols: [{ h: 'Bezeichnung', w: 415 }, { h: 'Betrag €', w: 80, a: 'right' }], rows: labor.map((l) => [l[0], money(l[1])]) } },
      { totals: [['Rechnungsbetrag', eur(total), true]] },
      { text: 'Zahnärztliche Leistungen sind gem. § 4 Nr. 14 UStG umsatzsteuerfrei.' },
      { text: 'Bitte überweisen Sie den Rechnungsbetrag bis zum 30.04.2025 unter Angabe der Rechnungsnummer.' },
      { footer: ['Deutsche Apotheker- und Ärztebank · IBAN DE45 3006 0601 0004 4556 67 · BIC DAAEDEDDXXX'] },
    ]],
    truth: T({ invoiceNumber: 'Z-25-00917', invoiceDate: '2025-03-31', dueDate: '2025-04-30', total: num(total), subtotal: num(total), tax: 0, currency: 'EUR' }),
  });
}
// Handwerker with § 35a labour share and Skonto; also used for the scan below (other numbers).
function handwerker({ file, no, date, due, skontoDate, lohn, mat, who }) {
  const lohnNet = sum(lohn.map((l) => l[3]));
  const matNet = sum(mat.map((l) => l[3]));
  const net = lohnNet + matNet;
  const tax = vat(net, 19);
  const total = net + tax;
  const skonto = Math.round(total * 0.02);
  const row = (l) => [l[0], l[1], money(l[2]), money(l[3])];
  const cols = [{ h: 'Leistung / Material', w: 265 }, { h: 'Menge', w: 70, a: 'right' }, { h: 'EP €', w: 75, a: 'right' }, { h: 'GP €', w: 85, a: 'right' }];
  return {
    file,
    pages: [[
      { letterhead: ['Sanitär & Heizung Kröger GmbH', 'Meisterbetrieb · Gewerbering 9 · 24539 Neumünster'], right: ['Tel. 04321 555 880', 'info@kroeger-shk.example'] },
      { parties: who, meta: [['Rechnung Nr.', no], ['Datum', date], ['Auftrag vom', '31.03.2025'], ['Ausführung', '07.04.2025 - 08.04.2025']] },
      { title: 'Rechnung' },
      { text: 'Arbeitsleistung', bold: true },
      { table: { cols, rows: lohn.map(row) } },
      { totals: [['Summe Arbeitsleistung', money(lohnNet)]] },
      { text: 'Material', bold: true },
      { table: { cols, rows: mat.map(row) } },
      { totals: [['Summe Material', money(matNet)], ['Nettobetrag', money(net)], ['zzgl. 19 % USt', money(tax)], ['Rechnungsbetrag', `${money(total)} €`, true]] },
      { text: `Ausweis nach § 35a EStG: im Rechnungsbetrag enthaltene Lohnkosten ${eur(lohnNet)} netto zzgl. 19 % USt ${eur(vat(lohnNet, 19))} = ${eur(lohnNet + vat(lohnNet, 19))}.` },
      { text: `Zahlbar bis ${due} ohne Abzug. Bei Zahlung bis ${skontoDate} gewähren wir 2 % Skonto (${eur(skonto)}), Zahlbetrag dann ${eur(total - skonto)}.` },
      { footer: ['Sanitär & Heizung Kröger GmbH · USt-IdNr. DE276543210 · Förde Sparkasse · IBAN DE12 2105 0170 0012 3456 78'] },
    ]],
    total, net, tax,
  };
}
{
  const h = handwerker({
    file: 'de-handwerker-35a-skonto.pdf', no: '4711-25', date: '14.04.2025', due: '28.04.2025', skontoDate: '21.04.2025',
    who: ['Familie Petersen', 'Birkenweg 14', '24536 Neumünster'],
    lohn: [['Monteur, Heizkörpertausch Wohnzimmer', '6,5 Std.', 6800, 44200], ['Helfer', '6,5 Std.', 4800, 31200], ['Anfahrtspauschale', '1', 3500, 3500]],
    mat: [['Thermostatventil DN 15', '4 Stk.', 2490, 9960], ['Plattenheizkörper Typ 22, 600 x 1200', '1 Stk.', 38900, 38900], ['Kleinmaterial pauschal', '1', 1850, 1850]],
  });
  docs.push({ file: h.file, pages: h.pages, truth: T({ invoiceNumber: '4711-25', invoiceDate: '2025-04-14', dueDate: '2025-04-28', total: num(h.total), subtotal: num(h.net), tax: num(h.tax), currency: 'EUR' }) });
}
{
  const fees = [
    ['1,3 Geschäftsgebühr Nr. 2300 VV RVG', 95004],
    ['Dokumentenpauschale Nr. 7000 VV RVG (30 Seiten)', 1500],
    ['Post- und Telekommunikationspauschale Nr. 7002 VV RVG', 2000],
  ];
  const net = sum(fees.map((f) => f[1]));
  const tax = vat(net, 19);
  const total = net + tax;
  const rest = total - 50000 - 30000;
  docs.push({
    file: 'de-anwalt-rvg-vorschuss-fremdgeld.pdf',
    pages: [[
      { letterhead: ['Kanzlei Albrecht & Yilmaz', 'Rechtsanwälte · Domstraße 8 · 50668 Köln'], right: ['Tel. 0221 555 7710', 'kanzlei@albrecht-yilmaz.example'] },
      { parties: ['Frau', 'Claudia Bauer', 'Severinstraße 77', '50678 Köln'], meta: [['Unser Zeichen', '112/25 AY'], ['Datum', '02.06.2025'], ['Steuer-Nr.', '214/5871/0932']] },
      { title: 'Vergütungsrechnung Nr. 2025/00318' },
      { text: 'In Sachen Bauer ./. Immobilien Krone GmbH wegen Mietminderung berechnen wir gemäß § 10 RVG:' },
      { text: 'Gegenstandswert: 12.500,00 €' },
      { table: { cols: [{ h: 'Gebührentatbestand', w: 400 }, { h: 'Betrag €', w: 95, a: 'right' }], rows: fees.map((f) => [f[0], money(f[1])]) } },
      { totals: [['Zwischensumme netto', money(net)], ['19 % Umsatzsteuer Nr. 7008 VV RVG', money(tax)], ['Gesamtbetrag', money(total), true], ['abzüglich Vorschuss vom 14.04.2025', money(-50000)], ['abzüglich verrechnetes Fremdgeld', money(-30000)], ['Noch zu zahlen', `${money(rest)} €`, true]] },
      { text: 'Das Fremdgeld (Zahlung der Gegenseite vom 20.05.2025 über 300,00 €) haben wir mit unserer Vergütung verrechnet. Den Restbetrag überweisen Sie bitte innerhalb von 14 Tagen.' },
      { footer: ['Anderkonto und Geschäftskonto: Kölner Bank · IBAN DE71 3706 0193 0012 4455 66'] },
    ]],
    truth: T({ invoiceNumber: '2025/00318', invoiceDate: '2025-06-02', dueDate: null, total: num(total), subtotal: num(net), tax: num(tax), currency: 'EUR' }),
  });
}
{
  const area = 78.5, areaAll = 612.0;
  const k = [
    ['Grundsteuer', 218400, 'Wohnfläche', `${'78,5'} / 612,0 m²`, area / areaAll],
    ['Wasser / Abwasser', 391240, 'Personen', '2 / 17', 2 / 17],
    ['Müllabfuhr', 145680, 'Wohneinheiten', '1 / 8', 1 / 8],
    ['Hausreinigung', 234000, 'Wohnfläche', '78,5 / 612,0 m²', area / areaAll],
    ['Gartenpflege', 119000, 'Wohnfläche', '78,5 / 612,0 m²', area / areaAll],
    ['Allgemeinstrom', 61235, 'Wohneinheiten', '1 / 8', 1 / 8],
    ['Gebäudeversicherung', 287010, 'Wohnfläche', '78,5 / 612,0 m²', area / areaAll],
    ['Schornsteinfeger', 24360, 'Wohneinheiten', '1 / 8', 1 / 8],
  ].map(([n, g, s, sh, f]) => [n, g, s, sh, Math.round(g * f)]);
  const heat = 102463;
  const share = sum(k.map((r) => r[4])) + heat;
  const paid = 12 * 21000;
  const nach = share - paid;
  docs.push({
    file: 'de-nebenkostenabrechnung-nachzahlung.pdf',
    pages: [[
      { letterhead: ['Hausverwaltung Lindemann', 'Schillerplatz 3 · 04109 Leipzig'], right: ['Tel. 0341 555 2040', 'verwaltung@lindemann-hv.example'] },
      { parties: ['Herrn und Frau', 'Paul und Mira Engel', 'Kochstraße 28, 2. OG links', '04275 Leipzig'], meta: [['Objekt', 'Kochstraße 28'], ['Mieter-Nr.', '04-117'], ['Datum', '18.05.2026'], ['Zeitraum', '01.01.2025 - 31.12.2025']] },
      { title: 'Betriebskostenabrechnung 2025' },
      { text: 'Sehr geehrte Frau Engel, sehr geehrter Herr Engel, für den Abrechnungszeitraum ergibt sich folgende Abrechnung der Betriebskosten nach § 556 BGB:' },
      { table: { cols: [{ h: 'Kostenart', w: 140 }, { h: 'Gesamtkosten €', w: 90, a: 'right' }, { h: 'Schlüssel', w: 85 }, { h: 'Ihr Anteil', w: 95 }, { h: 'Betrag €', w: 85, a: 'right' }], rows: [...k.map((r) => [r[0], money(r[1]), r[2], r[3], money(r[4])]), ['Heizung / Warmwasser', '', 'lt. Messdienst', 'Anlage', money(heat)]] } },
      { totals: [['Ihre Betriebskosten 2025', money(share), true], ['abzgl. Vorauszahlungen 12 x 210,00', money(-paid)], ['Nachzahlung', `${money(nach)} €`, true]] },
      { text: `Bitte überweisen Sie die Nachzahlung bis zum 30.06.2026. Ab 01.07.2026 beträgt Ihre monatliche Vorauszahlung 235,00 €. Davon haushaltsnahe Dienstleistungen nach § 35a EStG: ${eur(k[3][4] + k[4][4])}.` },
      { footer: ['Hausverwaltung Lindemann · Sparkasse Leipzig · IBAN DE88 8605 5592 1090 0088 77'] },
    ]],
    truth: T({ invoiceNumber: null, invoiceDate: '2026-05-18', dueDate: '2026-06-30', total: num(share), subtotal: null, tax: null, currency: 'EUR' }),
  });
}
{
  // Three pages, 62 lines, "Übertrag" carried from page to page.
  const items = ['Mantelleitung NYM-J 3x1,5 (m)', 'Mantelleitung NYM-J 5x2,5 (m)', 'Schalterdose UP 60 mm', 'Abzweigdose AP IP54', 'Steckdose UP reinweiß', 'Wippschalter Aus/Wechsel', 'Abdeckrahmen 1-fach', 'Abdeckrahmen 3-fach', 'LS-Schalter B16 1-polig', 'FI-Schutzschalter 40A 30mA', 'Reihenklemme 4 mm²', 'Kabelkanal 40x60 (m)', 'Wago-Klemme 3-Leiter', 'Installationsrohr M20 (m)', 'LED-Einbauleuchte 6 W', 'Bewegungsmelder AP 180°'];
  const lines = [];
  for (let i = 0; i < 62; i++) {
    const d = items[(i * 7) % items.length];
    const q = 2 + ((i * 13) % 37);
    const u = 45 + ((i * 389) % 4200);
    lines.push([String(10 * (i + 1)), `${String(100200 + i * 37)}`, d, q, u, q * u]);
  }
  const per = [24, 24, 14];
  const pages = [];
  let carried = 0, k = 0;
  const cols = [{ h: 'Pos.', w: 35 }, { h: 'Art.-Nr.', w: 55 }, { h: 'Bezeichnung', w: 215 }, { h: 'Menge', w: 45, a: 'right' }, { h: 'EP €', w: 65, a: 'right' }, { h: 'GP €', w: 80, a: 'right' }];
  for (let p = 0; p < 3; p++) {
    const els = [];
    if (p === 0) {
      els.push({ letterhead: ['Elektrogroßhandel Voss KG', 'Hafenstraße 120 · 28217 Bremen'], right: ['USt-IdNr. DE811223344', 'Tel. 0421 555 600'] });
      els.push({ parties: ['Elektro Jansen GmbH', 'Am Deich 4', '27568 Bremerhaven'], meta: [['Rechnungs-Nr.', 'VR-2509-1184'], ['Rechnungsdatum', '15.09.2025'], ['Kunden-Nr.', '20771'], ['Lieferschein', '7730412']] });
      els.push({ title: 'Rechnung' });
    } else {
      els.push({ text: `Rechnung VR-2509-1184 vom 15.09.2025 · Elektro Jansen GmbH · Seite ${p + 1} von 3`, size: 8 });
      els.push({ totals: [[`Übertrag von Seite ${p}`, money(carried)]] });
    }
    const rows = lines.slice(k, k + per[p]);
    k += per[p];
    carried += sum(rows.map((r) => r[5]));
    els.push({ table: { cols, rows: rows.map((r) => [r[0], r[1], r[2], String(r[3]), money(r[4]), money(r[5])]), small: true } });
    if (p < 2) {
      els.push({ totals: [['Übertrag', money(carried)]] });
      els.push({ footer: [`Seite ${p + 1} von 3`] });
    } else {
      const tax = vat(carried, 19);
      els.push({ totals: [['Warenwert netto', money(carried)], ['USt 19 %', money(tax)], ['Rechnungsbetrag EUR', money(carried + tax), true]] });
      els.push({ text: 'Fällig am 15.10.2025 ohne Abzug.' });
      els.push({ footer: ['Seite 3 von 3 · Elektrogroßhandel Voss KG · Sparkasse Bremen · IBAN DE44 2905 0101 0001 2345 67'] });
      pages.push(els);
      docs.push({ file: 'de-rechnung-drei-seiten-uebertrag.pdf', pages, truth: T({ invoiceNumber: 'VR-2509-1184', invoiceDate: '2025-09-15', dueDate: '2025-10-15', total: num(carried + tax), subtotal: num(carried), tax: num(tax), currency: 'EUR' }) });
      break;
    }
    pages.push(els);
  }
}
{
  const lines = [
    ['Kürbis-Chutney 200 g', 12, 590, 10],
    ['Honig aus eigener Imkerei 500 g', 6, 890, 10],
    ['Christrose im Topf', 20, 790, 13],
    ['Adventkranz Tanne, Ø 35 cm', 8, 3450, 13],
    ['Grabpflege Winterbepflanzung inkl. Arbeit', 1, 12800, 20],
    ['Lieferung und Zustellung', 1, 2500, 20],
  ].map(([d, q, u, r]) => [d, q, u, r, q * u]);
  const rates = [10, 13, 20];
  const base = Object.fromEntries(rates.map((r) => [r, sum(lines.filter((l) => l[3] === r).map((l) => l[4]))]));
  const taxes = rates.map((r) => vat(base[r], r));
  const net = sum(rates.map((r) => base[r]));
  const tax = sum(taxes);
  const at = (c) => `€ ${money(c)}`;
  docs.push({
    file: 'de-at-gaertnerei-10-13-20.pdf',
    pages: [[
      { letterhead: ['Gärtnerei & Floristik Hollerer', 'Wiener Straße 58 · 3500 Krems an der Donau'], right: ['UID ATU12345678', 'office@hollerer.example'] },
      { parties: ['Pfarre St. Veit', 'z. H. Frau Mag. Riedl', 'Kirchenplatz 1', '3500 Krems'], meta: [['Rechnung Nr.', '2025-1187'], ['Rechnungsdatum', '03.11.2025'], ['Lieferdatum', '31.10.2025']] },
      { title: 'Rechnung' },
      { table: { cols: [{ h: 'Artikel', w: 230 }, { h: 'Menge', w: 50, a: 'right' }, { h: 'Einzelpreis', w: 75, a: 'right' }, { h: 'USt', w: 45, a: 'right' }, { h: 'Gesamt', w: 95, a: 'right' }], rows: lines.map((l) => [l[0], String(l[1]), at(l[2]), `${l[3]} %`, at(l[4])]) } },
      { totals: [['Summe netto', at(net)], ...rates.map((r, i) => [`USt ${r} % von ${at(base[r])}`, at(taxes[i])]), ['Rechnungsbetrag', at(net + tax), true]] },
      { text: 'Zahlbar bis 17.11.2025 ohne Abzug. Vielen Dank für Ihren Auftrag!' },
      { footer: ['Hollerer e.U. · FN 412233x · Raiffeisenbank Krems · IBAN AT61 1904 3002 3457 3201'] },
    ]],
    truth: T({ invoiceNumber: '2025-1187', invoiceDate: '2025-11-03', dueDate: '2025-11-17', total: num(net + tax), subtotal: num(net), tax: num(tax), currency: 'EUR' }),
  });
}
{
  const lines = [
    ['Übernachtung Einzelzimmer inkl. Frühstück', '12 x 3 Nächte', 36 * 15000, 3.8],
    ['Tagungspauschale ganztags', '12 x 3 Tage', 36 * 8900, 8.1],
    ['Abendessen Seminargruppe', '12 x 2', 24 * 5400, 8.1],
    ['Getränke Bar', '1', 41250, 8.1],
    ['Beamer und Moderationskoffer', '3 Tage', 3 * 6000, 8.1],
  ];
  const gross = (r) => sum(lines.filter((l) => l[3] === r).map((l) => l[2]));
  const g38 = gross(3.8), g81 = gross(8.1);
  const t38 = vatIn(g38, 3.8), t81 = vatIn(g81, 8.1);
  const total = g38 + g81;
  docs.push({
    file: 'de-ch-seminarhotel-mwst-3-8.pdf',
    pages: [[
      { letterhead: ['Seehotel Bellevue Thun AG', 'Seestrasse 45 · 3600 Thun'], right: ['MWST-Nr. CHE-123.456.789 MWST', 'Tel. 033 555 42 00'] },
      { parties: ['Stiftung Bergwerk Bildung', 'Frau Andrea Künzli', 'Bahnhofstrasse 10', '8001 Zürich'], meta: [['Rechnung Nr.', '87412'], ['Datum', '21.11.2025'], ['Aufenthalt', '17.11.2025 - 20.11.2025'], ['Gruppe', 'Führungsseminar'], ['Zahlbar bis', '21.12.2025']] },
      { title: 'Rechnung' },
      { table: { cols: [{ h: 'Leistung', w: 230 }, { h: 'Anzahl', w: 85 }, { h: 'MWST', w: 50, a: 'right' }, { h: 'Betrag CHF', w: 130, a: 'right' }], rows: lines.map((l) => [l[0], l[1], `${l[3]} %`, money(l[2], 'ch')]) } },
      { totals: [['Total CHF', money(total, 'ch'), true], [`inkl. MWST 3.8 % auf ${money(g38, 'ch')}`, money(t38, 'ch')], [`inkl. MWST 8.1 % auf ${money(g81, 'ch')}`, money(t81, 'ch')], ['Total exkl. MWST', money(total - t38 - t81, 'ch')]] },
      { text: 'Beherbergungsleistungen unterliegen dem Sondersatz von 3.8 %. Wir danken für Ihren Besuch.' },
      { footer: ['Berner Kantonalbank · IBAN CH93 0076 2011 6238 5295 7'] },
    ]],
    truth: T({ invoiceNumber: '87412', invoiceDate: '2025-11-21', dueDate: '2025-12-21', total: num(total), subtotal: num(total - t38 - t81), tax: num(t38 + t81), currency: 'CHF' }),
  });
}
{
  const lines = [
    ['Migration Buchhaltungssystem, Konzeption', 14, 13500],
    ['Migration Buchhaltungssystem, Umsetzung', 31.5, 12000],
    ['Schulung Anwender (remote)', 6, 11000],
    ['Reisekosten pauschal', 1, 28000],
  ].map(([d, h, u]) => [d, h, u, Math.round(h * u)]);
  const net = sum(lines.map((l) => l[3]));
  docs.push({
    file: 'de-at-reverse-charge-honorar.pdf',
    pages: [[
      { letterhead: ['Mag. Florian Wachter IT-Beratung', 'Gumpendorfer Straße 88/12 · 1060 Wien'], right: ['Wien, 30. September 2025', 'UID ATU87654321'] },
      { parties: ['Nordlicht Logistik GmbH', 'Buchhaltung', 'Wandsbeker Chaussee 5', '22089 Hamburg, Deutschland', 'USt-IdNr. DE312345678'], meta: [['Rechnung', 'AR-2025-0412'], ['Leistungszeitraum', 'September 2025'], ['Fällig', '14.10.2025']] },
      { title: 'Rechnung AR-2025-0412' },
      { table: { cols: [{ h: 'Leistung', w: 260 }, { h: 'Stunden', w: 60, a: 'right' }, { h: 'Satz', w: 75, a: 'right' }, { h: 'Betrag', w: 100, a: 'right' }], rows: lines.map((l) => [l[0], String(l[1]).replace('.', ','), `€ ${money(l[2])}`, `€ ${money(l[3])}`]) } },
      { totals: [['Summe netto', `€ ${money(net)}`], ['USt 0 % (Reverse Charge)', '€ 0,00'], ['Gesamtbetrag', `€ ${money(net)}`, true]] },
      { text: 'Übergang der Steuerschuld auf den Leistungsempfänger (Reverse Charge, Art. 196 MwStSystRL). Die Umsatzsteuer ist vom Leistungsempfänger zu entrichten.' },
      { footer: ['Erste Bank · IBAN AT48 2011 1822 2222 3333 · BIC GIBAATWWXXX'] },
    ]],
    truth: T({ invoiceNumber: 'AR-2025-0412', invoiceDate: '2025-09-30', dueDate: '2025-10-14', total: num(net), subtotal: num(net), tax: 0, currency: 'EUR' }),
  });
}
{
  // Stotax / StBVV fee note with a Vorschuss, a tax adviser's annual accounts.
  const fees = [
    ['Jahresabschluss 2024 (§ 35 Abs. 1 Nr. 1a StBVV), 10/10, Gegenstandswert 412.000 €', 184200],
    ['Einkommensteuererklärung 2024 (§ 24 Abs. 1 Nr. 1 StBVV), 4/10', 61500],
    ['Anlage EÜR (§ 25 StBVV), 20/10', 94800],
    ['Post- und Telekommunikationsentgelte (§ 16 StBVV)', 2000],
  ];
  const net = sum(fees.map((f) => f[1]));
  const tax = vat(net, 19);
  const total = net + tax;
  docs.push({
    file: 'de-steuerberater-stbvv-abschlag.pdf',
    pages: [[
      { letterhead: ['Steuerberatungsgesellschaft Hoffmann & Partner mbB', 'Königstraße 22 · 70173 Stuttgart'] },
      { parties: ['Weber Innenausbau e.K.', 'Inhaber Markus Weber', 'Neckarstraße 140', '70190 Stuttgart'], meta: [['Mandanten-Nr.', '11043'], ['Rechnungs-Nr.', 'ST-25-00562'], ['Rechnungsdatum', '22.08.2025']] },
      { title: 'Gebührenrechnung' },
      { table: { cols: [{ h: 'Leistung', w: 400 }, { h: 'EUR', w: 95, a: 'right' }], rows: fees.map((f) => [f[0], money(f[1])]) } },
      { totals: [['Summe netto', money(net)], ['Umsatzsteuer 19 %', money(tax)], ['Rechnungsbetrag', money(total), true], ['abzgl. Abschlag vom 15.05.2025 (brutto)', money(-119000)], ['verbleibender Betrag', money(total - 119000), true]] },
      { text: 'Der Abschlag vom 15.05.2025 enthält 190,00 EUR Umsatzsteuer. Zahlbar sofort ohne Abzug.' },
      { footer: ['BW-Bank · IBAN DE27 6005 0101 0002 2334 45 · USt-IdNr. DE244556677'] },
    ]],
    truth: T({ invoiceNumber: 'ST-25-00562', invoiceDate: '2025-08-22', dueDate: null, total: num(total), subtotal: num(net), tax: num(tax), currency: 'EUR' }),
  });
}

// ---------------------------------------------------------------- French
{
  const lines = [
    ['RV-220', 'Roulement à rouleaux coniques 32210', 120, 4875],
    ['RV-318', 'Bague d\'étanchéité 60x80x8', 600, 214],
    ['CT-041', 'Carter usiné aluminium, série B', 36, 11890],
  ].map(([r, d, q, u]) => [r, d, q, u, q * u]);
  const net = sum(lines.map((l) => l[4]));
  docs.push({
    file: 'fr-exoneration-262-ter-intracom.pdf',
    pages: [[
      { letterhead: ['Roulements du Jura SARL', 'ZI des Tilleuls · 39100 Dole'], right: ['N° TVA FR45123456789', 'SIRET 123 456 789 00021'] },
      { parties: ['Kessler Antriebstechnik GmbH', 'Werkstraße 17', '76131 Karlsruhe', 'ALLEMAGNE', 'N° TVA DE287766554'], meta: [['Facture N°', 'FA-2025-0877'], ['Date de facture', '16/10/2025'], ['Date d\'échéance', '15/11/2025'], ['Votre commande', 'PO 4500123987']] },
      { title: 'Facture' },
      { table: { cols: [{ h: 'Réf.', w: 55 }, { h: 'Désignation', w: 215 }, { h: 'Qté', w: 45, a: 'right' }, { h: 'P.U. HT', w: 75, a: 'right' }, { h: 'Montant HT', w: 105, a: 'right' }], rows: lines.map((l) => [l[0], l[1], String(l[2]), money(l[3], 'fr'), money(l[4], 'fr')]) } },
      { totals: [['Total HT', eur(net, 'fr')], ['TVA 0 %', eur(0, 'fr')], ['Total TTC', eur(net, 'fr'), true]] },
      { text: 'Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire). Autoliquidation par l\'acquéreur.' },
      { text: 'Pénalités de retard : trois fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.', size: 8 },
      { footer: ['Roulements du Jura SARL au capital de 50 000 € · RCS Lons-le-Saunier · IBAN FR76 3000 6000 0112 3456 7890 189'] },
    ]],
    truth: T({ invoiceNumber: 'FA-2025-0877', invoiceDate: '2025-10-16', dueDate: '2025-11-15', total: num(net), subtotal: num(net), tax: 0, currency: 'EUR' }),
  });
}
{
  const emol = [['Émoluments de l\'acte (tarif, art. A. 444-91 C. com.)', 124836], ['Émoluments de formalités', 12000], ['Frais divers (copies, envois)', 4500]];
  const ht = sum(emol.map((e) => e[1]));
  const tva = vat(ht, 20);
  const debours = [['Contribution de sécurité immobilière', 19000], ['Frais de cadastre et état hypothécaire', 1200], ['Droits d\'enregistrement', 12500]];
  const deb = sum(debours.map((d) => d[1]));
  const total = ht + tva + deb;
  const prov = 250000;
  docs.push({
    file: 'fr-notaire-compte-frais-debours.pdf',
    pages: [[
      { letterhead: ['Maître Hélène Garnier', 'Notaire · 5 place du Marché · 49100 Angers'], right: ['Tél. 02 41 55 12 34', 'office.garnier@notaires.example'] },
      { parties: ['M. et Mme Olivier Marchand', '22 rue Lenepveu', '49100 Angers'], meta: [['Facture n°', '2025-N-0412'], ['Date', '06/10/2025'], ['Dossier', 'Vente Marchand / SCI Loire']] },
      { title: 'Compte de frais et facture' },
      { text: 'Acte de vente reçu le 22/09/2025.' },
      { text: 'Émoluments et frais soumis à TVA', bold: true },
      { table: { cols: [{ h: 'Désignation', w: 400 }, { h: 'Montant', w: 95, a: 'right' }], rows: emol.map((e) => [e[0], money(e[1], 'fr')]) } },
      { totals: [['Total HT', money(ht, 'fr')], ['TVA 20 %', money(tva, 'fr')], ['Total TTC', money(ht + tva, 'fr')]] },
      { text: 'Débours (non soumis à TVA)', bold: true },
      { table: { cols: [{ h: 'Désignation', w: 400 }, { h: 'Montant', w: 95, a: 'right' }], rows: debours.map((d) => [d[0], money(d[1], 'fr')]) } },
      { totals: [['Total débours', money(deb, 'fr')], ['Total de la facture', eur(total, 'fr'), true], ['Provision reçue le 22/09/2025', money(-prov, 'fr')], ['Solde en votre faveur', eur(prov - total, 'fr'), true]] },
      { text: 'Le solde en votre faveur vous sera remboursé par virement sous huitaine.' },
      { footer: ['Office notarial Garnier · N° TVA FR33 987654321 · Caisse des dépôts · IBAN FR76 4003 1000 0100 0012 3456 R12'] },
    ]],
    truth: T({ invoiceNumber: '2025-N-0412', invoiceDate: '2025-10-06', dueDate: null, total: num(total), subtotal: num(ht), tax: num(tva), currency: 'EUR' }),
  });
}
{
  const missions = [
    ['Tenue comptable 2025 (forfait annuel)', 1, 228000],
    ['Établissement des comptes annuels et liasse fiscale', 1, 165000],
    ['Déclarations de TVA mensuelles', 12, 6500],
    ['Bulletins de paie', 36, 2800],
    ['Déclarations sociales nominatives (DSN)', 12, 1500],
    ['Assistance assemblée générale, approbation des comptes', 1, 35000],
    ['Prévisionnel de trésorerie 2026', 1, 48000],
    ['Rendez-vous de conseil (heures)', 4.5, 14000],
  ].map(([d, q, u]) => [d, q, u, Math.round(q * u)]);
  const ht = sum(missions.map((m) => m[3]));
  const tva = vat(ht, 20);
  docs.push({
    file: 'fr-expert-comptable-totaux-page-2.pdf',
    pages: [[
      { letterhead: ['Cabinet Dufresne Expertise Comptable', '18 cours Vitton · 69006 Lyon'], right: ['Inscrit à l\'Ordre des experts-comptables', 'SIRET 812 345 678 00034'] },
      { parties: ['Boulangerie Martin SARL', 'M. Lucas Martin', '7 rue de la République', '69002 Lyon'], meta: [['Facture n°', 'EC-2025-12-0143'], ['Date', '31/12/2025'], ['Client', 'MART01'], ['Exercice', '2025']] },
      { title: 'Facture d\'honoraires' },
      { text: 'Conformément à notre lettre de mission du 12/01/2025 :' },
      { table: { cols: [{ h: 'Mission', w: 280 }, { h: 'Qté', w: 45, a: 'right' }, { h: 'P.U. HT', w: 80, a: 'right' }, { h: 'Montant HT', w: 90, a: 'right' }], rows: missions.map((m) => [m[0], String(m[1]).replace('.', ','), money(m[2], 'fr'), money(m[3], 'fr')]) } },
      { text: 'Suite et totaux page 2', size: 8 },
      { footer: ['Page 1/2'] },
    ], [
      { text: 'Facture n° EC-2025-12-0143 du 31/12/2025 · Boulangerie Martin SARL', size: 8 },
      { gap: 20 },
      { totals: [['Total HT', eur(ht, 'fr')], ['TVA 20 %', eur(tva, 'fr')], ['Total TTC', eur(ht + tva, 'fr'), true], ['Net à payer', eur(ht + tva, 'fr'), true]] },
      { text: 'Échéance : 31/01/2026. Escompte pour paiement anticipé : néant.' },
      { text: 'En cas de retard de paiement : pénalités au taux de 10 % l\'an et indemnité forfaitaire de 40 € pour frais de recouvrement.', size: 8 },
      { footer: ['Cabinet Dufresne · N° TVA FR56812345678 · IBAN FR76 1027 8073 0000 0204 5670 142 · Page 2/2'] },
    ]],
    truth: T({ invoiceNumber: 'EC-2025-12-0143', invoiceDate: '2025-12-31', dueDate: '2026-01-31', total: num(ht + tva), subtotal: num(ht), tax: num(tva), currency: 'EUR' }),
  });
}
{
  const t = 412 / 10000;
  const rows = [
    ['Budget prévisionnel 2026 – charges générales (1/4)', 18640000, Math.round((18640000 * t) / 4)],
    ['Fonds de travaux (loi ALUR, 5 % du budget) (1/4)', 932000, Math.round((932000 * t) / 4)],
    ['Travaux de ravalement (AG du 12/06/2025) – appel 2/4', 8400000, Math.round(8400000 * t)],
  ];
  const total = sum(rows.map((r) => r[2]));
  docs.push({
    file: 'fr-syndic-appel-de-fonds.pdf',
    pages: [[
      { letterhead: ['Cabinet Roussel Immobilier', 'Syndic de copropriété · 40 boulevard Carnot · 59000 Lille'], right: ['Carte professionnelle CPI 5906 2024 000 012', 'Tél. 03 20 55 44 00'] },
      { parties: ['Mme Sophie Lefèvre', '12 rue Nationale, apt 31', '59000 Lille'], meta: [['N° d\'appel', '2026-T1-012'], ['Date', '05/12/2025'], ['Copropriété', 'Résidence Les Tilleuls'], ['Lot', 'n° 31 (appartement) + n° 104 (cave)'], ['Tantièmes', '412 / 10 000']] },
      { title: 'Appel de fonds – 1er trimestre 2026' },
      { table: { cols: [{ h: 'Nature', w: 270 }, { h: 'Montant total', w: 105, a: 'right' }, { h: 'Votre quote-part', w: 120, a: 'right' }], rows: rows.map((r) => [r[0], money(r[1], 'fr'), money(r[2], 'fr')]) } },
      { totals: [['Solde antérieur', '0,00'], ['Total à payer', eur(total, 'fr'), true]] },
      { text: 'Date d\'exigibilité : 01/01/2026. Merci de régler par virement en rappelant la référence de l\'appel.' },
      { footer: ['Compte séparé du syndicat des copropriétaires · IBAN FR76 1562 9026 3500 0123 4567 890'] },
    ]],
    truth: T({ invoiceNumber: '2026-T1-012', invoiceDate: '2025-12-05', dueDate: '2026-01-01', total: num(total), subtotal: null, tax: null, currency: 'EUR' }),
  });
}
{
  // Two pages: "Total page 1" at the foot, "Report" at the head of page 2.
  const arts = ['Vis inox A2 tête fraisée 5x50 (boîte 200)', 'Cheville nylon 8 mm (boîte 100)', 'Charnière inox 80 mm', 'Serrure 3 points', 'Poignée de porte laiton', 'Silicone sanitaire blanc 310 ml', 'Mousse expansive 750 ml', 'Joint de porte caoutchouc (m)', 'Équerre galvanisée 90x90', 'Tasseau sapin 27x40 (2,40 m)', 'Colle bois D3 750 g', 'Disque à tronçonner 125 mm'];
  const lines = [];
  for (let i = 0; i < 34; i++) {
    const q = 1 + ((i * 11) % 24);
    const u = 150 + ((i * 577) % 5200);
    lines.push([`Q${String(3100 + i * 13)}`, arts[(i * 5) % arts.length], q, u, q * u]);
  }
  const p1 = lines.slice(0, 24), p2 = lines.slice(24);
  const s1 = sum(p1.map((l) => l[4]));
  const ht = s1 + sum(p2.map((l) => l[4]));
  const tva = vat(ht, 20);
  const cols = [{ h: 'Réf.', w: 55 }, { h: 'Désignation', w: 250 }, { h: 'Qté', w: 40, a: 'right' }, { h: 'P.U. HT', w: 70, a: 'right' }, { h: 'Total HT', w: 80, a: 'right' }];
  const row = (l) => [l[0], l[1], String(l[2]), money(l[3], 'fr'), money(l[4], 'fr')];
  docs.push({
    file: 'fr-quincaillerie-report-deux-pages.pdf',
    pages: [[
      { letterhead: ['Quincaillerie Lambert & Fils', '3 avenue Jean Jaurès · 87000 Limoges'], right: ['SIRET 401 234 567 00018', 'TVA FR21401234567'] },
      { parties: ['Menuiserie Perrin', '18 route de Toulouse', '87170 Isle'], meta: [['Facture', 'F250843'], ['Date', '08/08/2025'], ['Code client', 'PERR02'], ['Règlement', 'virement à 30 jours']] },
      { title: 'Facture' },
      { table: { cols, rows: p1.map(row), small: true } },
      { totals: [['Total page 1', money(s1, 'fr')]] },
      { footer: ['Page 1/2'] },
    ], [
      { text: 'Facture F250843 du 08/08/2025 – suite', size: 8 },
      { totals: [['Report', money(s1, 'fr')]] },
      { table: { cols, rows: p2.map(row), small: true } },
      { totals: [['Total HT', money(ht, 'fr')], ['TVA 20 %', money(tva, 'fr')], ['Total TTC €', money(ht + tva, 'fr'), true]] },
      { text: 'Paiement à 30 jours date de facture. Pas d\'escompte pour paiement anticipé.' },
      { footer: ['Page 2/2 · IBAN FR76 1940 6000 1100 0123 4567 812'] },
    ]],
    truth: T({ invoiceNumber: 'F250843', invoiceDate: '2025-08-08', dueDate: null, total: num(ht + tva), subtotal: num(ht), tax: 0 + num(tva), currency: 'EUR' }),
  });
}
{
  const lines = [
    ['Pose de cloisons plâtre BA13, 2e étage', 'm²', 42, 3800],
    ['Bandes et enduit de finition', 'm²', 84, 650],
    ['Faux plafond suspendu', 'm²', 18, 5200],
    ['Évacuation des gravats', 'forfait', 1, 29000],
  ].map(([d, un, q, u]) => [d, un, q, u, q * u]);
  const ht = sum(lines.map((l) => l[4]));
  const tva = vat(ht, 20);
  const ttc = ht + tva;
  const acompte = 150000;
  docs.push({
    file: 'fr-be-autoliquidation-cocontractant.pdf',
    pages: [[
      { letterhead: ['Plafonnage Dubois SRL', 'Rue de Namur 112 · 5000 Namur'], right: ['TVA BE 0456.789.123', 'Enregistrement 04.56.78'] },
      { parties: ['Construction Mertens SA', 'Chaussée de Louvain 480', '1300 Wavre', 'TVA BE 0987.654.321'], meta: [['Facture n°', '2025/0612'], ['Date', '12/11/2025'], ['Chantier', 'Wavre, rue du Moulin 9'], ['Échéance', '12/12/2025']] },
      { title: 'Facture' },
      { table: { cols: [{ h: 'Description', w: 240 }, { h: 'Unité', w: 50 }, { h: 'Qté', w: 40, a: 'right' }, { h: 'P.U. HTVA', w: 75, a: 'right' }, { h: 'Total HTVA', w: 90, a: 'right' }], rows: lines.map((l) => [l[0], l[1], String(l[2]), eur(l[3], 'de'), eur(l[4], 'de')]) } },
      { totals: [['Total HTVA', eur(ht, 'de')], ['TVA', 'autoliquidation'], ['Total à payer', eur(ht, 'de'), true]] },
      { text: 'Autoliquidation. TVA due par le cocontractant, article 20 de l\'AR n° 1 du 29/12/1992. Le client déclare être assujetti déposant des déclarations périodiques.' },
      { text: `Merci de verser le montant sur le compte BE68 5390 0754 7034 avec la communication structurée ${communication('0906120251')}.` },
      { footer: ['Plafonnage Dubois SRL · RPM Namur · BIC TRIOBEBB'] },
    ]],
    truth: T({ invoiceNumber: '2025/0612', invoiceDate: '2025-11-12', dueDate: '2025-12-12', total: num(ht), subtotal: num(ht), tax: 0, currency: 'EUR' }),
    unused: { tva, ttc, acompte },
  });
}
{
  const lines = [
    ['Fenêtre PVC double vitrage 120x135, fourniture et pose', 10, 3, 64500],
    ['Porte-fenêtre PVC 2 vantaux 215x140', 10, 1, 138000],
    ['Volet roulant électrique', 10, 4, 41200],
    ['Dépose et évacuation des anciennes menuiseries', 10, 1, 18000],
  ].map(([d, r, q, u]) => [d, r, q, u, q * u]);
  const ht = sum(lines.map((l) => l[4]));
  const tva = vat(ht, 10);
  const ttc = ht + tva;
  const acompte = 150000;
  const esc = Math.round((ttc - acompte) * 0.01);
  docs.push({
    file: 'fr-menuiserie-acompte-escompte.pdf',
    pages: [[
      { letterhead: ['Menuiseries Bertin', 'Artisan RGE · 9 rue du Stade · 35510 Cesson-Sévigné'], right: ['SIRET 789 012 345 00027', 'TVA FR90789012345'] },
      { parties: ['M. Yannick Le Goff', '4 impasse des Mouettes', '35000 Rennes'], meta: [['Facture n°', 'F-2026-031'], ['Date', '20/02/2026'], ['Devis accepté', 'D-2025-211 du 04/12/2025'], ['Échéance', '20/03/2026']] },
      { title: 'Facture de solde' },
      { table: { cols: [{ h: 'Désignation', w: 255 }, { h: 'TVA', w: 40, a: 'right' }, { h: 'Qté', w: 35, a: 'right' }, { h: 'P.U. HT', w: 75, a: 'right' }, { h: 'Total HT', w: 90, a: 'right' }], rows: lines.map((l) => [l[0], `${l[1]} %`, String(l[2]), money(l[3], 'fr'), money(l[4], 'fr')]) } },
      { totals: [['Total HT', eur(ht, 'fr')], ['TVA 10 %', eur(tva, 'fr')], ['Total TTC', eur(ttc, 'fr'), true], ['Acompte déjà versé le 03/02/2026 (facture A-2026-004)', eur(-acompte, 'fr')], ['Net à payer', eur(ttc - acompte, 'fr'), true]] },
      { text: 'Taux réduit de 10 % : travaux d\'amélioration dans un logement achevé depuis plus de deux ans (art. 279-0 bis du CGI).' },
      { text: `Escompte de 1 % pour paiement sous 8 jours, soit ${eur(esc, 'fr')} (net à payer alors ${eur(ttc - acompte - esc, 'fr')}).` },
      { footer: ['Menuiseries Bertin EURL · RM 789 012 345 · IBAN FR76 1558 9351 0000 1234 5678 990'] },
    ]],
    truth: T({ invoiceNumber: 'F-2026-031', invoiceDate: '2026-02-20', dueDate: '2026-03-20', total: num(ttc), subtotal: num(ht), tax: num(tva), currency: 'EUR' }),
  });
}
{
  const vpt = 0.96;
  const acts = [
    ['02.09.2025', '00.0010', 'Consultation, première période de 5 min', 1, 9.57],
    ['02.09.2025', '00.0020', 'Consultation, chaque période de 5 min en plus', 2, 9.57],
    ['02.09.2025', '00.0030', 'Consultation, dernière période de 5 min', 1, 4.78],
    ['02.09.2025', '39.0020', 'Radiographie du thorax', 1, 41.07],
    ['16.09.2025', '00.0010', 'Consultation, première période de 5 min', 1, 9.57],
    ['16.09.2025', '00.0030', 'Consultation, dernière période de 5 min', 1, 4.78],
  ].map(([d, c, t, q, pt]) => [d, c, t, q, pt, Math.round(q * pt * vpt * 100)]);
  const total = sum(acts.map((a) => a[5]));
  docs.push({
    file: 'fr-ch-medecin-tarmed-tiers-garant.pdf',
    pages: [[
      { letterhead: ['Dr méd. Nicolas Favre', 'Médecine interne générale FMH · Rue de Carouge 61 · 1205 Genève'], right: ['N° RCC Q 123456', 'GLN 7601000123456'] },
      { parties: ['Madame', 'Isabelle Moret', 'Avenue de Champel 14', '1206 Genève'], meta: [['Facture n°', '250917-0042'], ['Date facture', '17.09.2025'], ['Patient', 'Isabelle Moret, 03.05.1968'], ['Loi', 'LAMal – tiers garant'], ['Traitement', '02.09.2025 - 16.09.2025']] },
      { title: 'Facture – justificatif de remboursement' },
      { table: { cols: [{ h: 'Date', w: 60 }, { h: 'Code', w: 55 }, { h: 'Prestation', w: 205 }, { h: 'Qté', w: 30, a: 'right' }, { h: 'PT', w: 45, a: 'right' }, { h: 'VPT', w: 40, a: 'right' }, { h: 'Montant', w: 60, a: 'right' }], rows: acts.map((a) => [a[0], a[1], a[2], String(a[3]), a[4].toFixed(2), vpt.toFixed(2), money(a[5], 'ch')]) } },
      { totals: [['Total CHF', money(total, 'ch'), true], ['TVA', '0.00'], ['Montant dû CHF', money(total, 'ch'), true]] },
      { text: 'Prestations médicales exclues du champ de la TVA (art. 21 LTVA). Payable dans les 30 jours. Transmettez le justificatif à votre assureur pour remboursement.' },
      { footer: ['PostFinance · IBAN CH44 3199 9123 0008 8901 2'] },
    ]],
    truth: T({ invoiceNumber: '250917-0042', invoiceDate: '2025-09-17', dueDate: null, total: num(total), subtotal: num(total), tax: 0, currency: 'CHF' }),
  });
}
{
  const hon = 12.5 * 28000;
  const frais = Math.round(hon * 0.07);
  const htva = hon + frais;
  const tva = vat(htva, 17);
  const deb = [['Frais de greffe', 7500], ['Frais d\'huissier (signification)', 14820]];
  const d = sum(deb.map((x) => x[1]));
  const total = htva + tva + d;
  docs.push({
    file: 'fr-lu-avocat-honoraires-provision.pdf',
    pages: [[
      { letterhead: ['Étude Weber Schmit', 'Avocats à la Cour · 12 boulevard Royal · L-2449 Luxembourg'], right: ['TVA LU12345678', 'Tél. +352 55 66 77'] },
      { parties: ['Transports Kieffer SARL', '4 rue de l\'Industrie', 'L-3895 Foetz'], meta: [['Dossier', 'KIEF/2025-03'], ['Date', 'Luxembourg, le 14 octobre 2025']] },
      { title: 'Note d\'honoraires et de frais n° 2025/118' },
      { table: { cols: [{ h: 'Désignation', w: 400 }, { h: 'Montant EUR', w: 95, a: 'right' }], rows: [['Honoraires : 12,5 heures à 280,00', money(hon)], ['Frais de bureau forfaitaires 7 %', money(frais)]] } },
      { totals: [['Total HTVA', money(htva)], ['TVA 17 %', money(tva)], ['Total honoraires TVAC', money(htva + tva)]] },
      { text: 'Débours (hors champ de TVA)', bold: true },
      { table: { cols: [{ h: 'Désignation', w: 400 }, { h: 'Montant EUR', w: 95, a: 'right' }], rows: deb.map((x) => [x[0], money(x[1])]) } },
      { totals: [['Total de la note', money(total), true], ['Provision versée le 02/06/2025', money(-200000)], ['Solde à payer', `${money(total - 200000)} EUR`, true]] },
      { text: 'Payable dans les 15 jours sur le compte LU28 0019 4006 4475 0000.' },
      { footer: ['Étude Weber Schmit · inscrite au Barreau de Luxembourg'] },
    ]],
    truth: T({ invoiceNumber: '2025/118', invoiceDate: '2025-10-14', dueDate: null, total: num(total), subtotal: num(htva), tax: num(tva), currency: 'EUR' }),
  });
}

// ---------------------------------------------------------------- other languages
{
  const lines = [
    ['Biuro kėdė ergonomiška', 'vnt.', 8, 18900],
    ['Rašomasis stalas 160x80', 'vnt.', 4, 32450],
    ['Dokumentų spinta', 'vnt.', 2, 27800],
    ['Pristatymas ir surinkimas', 'pasl.', 1, 9500],
  ].map(([d, u, q, p]) => [d, u, q, p, q * p]);
  const net = sum(lines.map((l) => l[4]));
  const tax = vat(net, 21);
  docs.push({
    file: 'lt-pvm-saskaita-faktura.pdf',
    font: 'liberation',
    pages: [[
      { letterhead: ['UAB „Baldų linija“', 'Savanorių pr. 178, LT-03154 Vilnius'], right: ['Įmonės kodas 301234567', 'PVM mokėtojo kodas LT100001234567'] },
      { parties: ['Pirkėjas:', 'UAB „Šiaurės sprendimai“', 'Konstitucijos pr. 7, LT-09308 Vilnius', 'PVM kodas LT100009876543'], meta: [['Serija ir Nr.', 'BLN-0004187'], ['Išrašymo data', '2025-10-21'], ['Apmokėti iki', '2025-11-20']] },
      { title: 'PVM SĄSKAITA FAKTŪRA' },
      { table: { cols: [{ h: 'Prekė / paslauga', w: 215 }, { h: 'Mat. vnt.', w: 50 }, { h: 'Kiekis', w: 45, a: 'right' }, { h: 'Kaina, Eur', w: 80, a: 'right' }, { h: 'Suma, Eur', w: 105, a: 'right' }], rows: lines.map((l) => [l[0], l[1], String(l[2]), money(l[3], 'lt'), money(l[4], 'lt')]) } },
      { totals: [['Suma be PVM', money(net, 'lt')], ['PVM 21 %', money(tax, 'lt')], ['Suma su PVM, Eur', money(net + tax, 'lt'), true]] },
      { text: 'Suma žodžiais: keturi tūkstančiai vienas šimtas aštuoniasdešimt septyni eurai, 81 ct.' },
      { text: 'Sąskaitą išrašė: direktorė Rasa Petrauskienė. Banko sąskaita LT12 1000 0111 0100 1000.' },
    ]],
    truth: T({ invoiceNumber: 'BLN-0004187', invoiceDate: '2025-10-21', dueDate: '2025-11-20', total: num(net + tax), subtotal: num(net), tax: num(tax), currency: 'EUR' }),
  });
}
{
  const lines = [
    ['Manutenzione impianto di riscaldamento', 'ore', 6, 9500],
    ['Sostituzione pompa di circolazione', 'pz.', 1, 48500],
    ['Valvole termostatiche', 'pz.', 5, 4250],
    ['Trasferta Lugano – Mendrisio', 'forf.', 1, 6000],
  ].map(([d, u, q, p]) => [d, u, q, p, q * p]);
  const net = sum(lines.map((l) => l[4]));
  const tax = vat(net, 8.1);
  const raw = net + tax;
  const total = Math.round(raw / 5) * 5;
  docs.push({
    file: 'it-ch-fattura-ticino-iva.pdf',
    pages: [[
      { letterhead: ['Termotecnica Ceresio SA', 'Via Cantonale 22 · 6900 Lugano'], right: ['IVA CHE-987.654.321 IVA', 'Tel. 091 555 23 45'] },
      { parties: ['Condominio Al Parco', 'c/o Fiduciaria Bernasconi SA', 'Via Lavizzari 4', '6850 Mendrisio'], meta: [['Fattura no.', '2025-0388'], ['Data', '04.11.2025'], ['Scadenza', '04.12.2025'], ['Intervento', '28.10.2025']] },
      { title: 'Fattura' },
      { table: { cols: [{ h: 'Descrizione', w: 235 }, { h: 'Unità', w: 45 }, { h: 'Quantità', w: 55, a: 'right' }, { h: 'Prezzo CHF', w: 75, a: 'right' }, { h: 'Importo CHF', w: 85, a: 'right' }], rows: lines.map((l) => [l[0], l[1], String(l[2]), money(l[3], 'ch'), money(l[4], 'ch')]) } },
      { totals: [['Totale intermedio', money(net, 'ch')], [`IVA 8,1 % su CHF ${money(net, 'ch')}`, money(tax, 'ch')], ['Arrotondamento', money(total - raw, 'ch')], ['Totale CHF', money(total, 'ch'), true]] },
      { text: 'Pagabile entro 30 giorni, senza deduzioni. Grazie per la fiducia.' },
      { footer: ['Banca dello Stato del Cantone Ticino · IBAN CH56 0076 4123 4567 8901 2'] },
    ]],
    truth: T({ invoiceNumber: '2025-0388', invoiceDate: '2025-11-04', dueDate: '2025-12-04', total: num(total), subtotal: num(net), tax: num(tax), currency: 'CHF' }),
  });
}
{
  const onor = 150000;
  const cassa = Math.round(onor * 0.05);
  const imp = onor + cassa;
  const iva = vat(imp, 22);
  const tot = imp + iva;
  const rit = Math.round(onor * 0.2);
  docs.push({
    file: 'it-parcella-ritenuta-acconto.pdf',
    pages: [[
      { letterhead: ['Geom. Marco Bellandi', 'Via Garibaldi 41 · 56127 Pisa'], right: ['P.IVA 01234560509', 'C.F. BLLMRC75C12G702K'] },
      { parties: ['Spett.le', 'Immobiliare Arno S.r.l.', 'Lungarno Pacinotti 8', '56126 Pisa', 'P.IVA 09876540501'], meta: [['Fattura n.', '18/2025'], ['Data', '31/05/2025'], ['Scadenza', '30/06/2025']] },
      { title: 'Fattura' },
      { table: { cols: [{ h: 'Descrizione', w: 400 }, { h: 'Importo €', w: 95, a: 'right' }], rows: [['Pratica catastale DOCFA e aggiornamento planimetrie, via Santa Maria 12', money(onor)], ['Contributo integrativo Cassa Geometri 5 %', money(cassa)]] } },
      { totals: [['Imponibile', money(imp)], ['IVA 22 %', money(iva)], ['Totale fattura', money(tot), true], ['Ritenuta d\'acconto 20 % su € ' + money(onor), money(-rit)], ['Netto a pagare', `€ ${money(tot - rit)}`, true]] },
      { text: 'Pagamento a mezzo bonifico: IBAN IT60 X054 2811 1010 0000 0123 456.' },
    ]],
    truth: T({ invoiceNumber: '18/2025', invoiceDate: '2025-05-31', dueDate: '2025-06-30', total: num(tot), subtotal: num(imp), tax: num(iva), currency: 'EUR' }),
  });
}

// ---------------------------------------------------------------- images
{
  const PW = 5.82873; // GOÄ Punktwert in cents
  const goae = [
    ['04.11.2025', '1', 'Beratung, auch telefonisch', 80, 2.3],
    ['04.11.2025', '5', 'Symptombezogene Untersuchung', 80, 2.3],
    ['04.11.2025', '250', 'Blutentnahme aus der Vene', 40, 1.8],
    ['04.11.2025', '3550', 'Blutbild', 60, 1.15],
    ['11.11.2025', '3', 'Eingehende Beratung, mind. 10 Min.', 150, 2.3],
    ['11.11.2025', '652', 'EKG mit Auswertung', 445, 1.8],
  ].map(([d, z, t, p, f]) => [d, z, t, f, Math.round(p * PW * f)]);
  const total = sum(goae.map((g) => g[4]));
  docs.push({
    file: 'de-arztrechnung-goae-handyfoto.jpg',
    kind: 'photo',
    pages: [[
      { letterhead: ['Dr. med. Jörg Kessler', 'Facharzt für Allgemeinmedizin · Lindenstraße 9 · 48143 Münster'] },
      { parties: ['Frau', 'Anna Vogt', 'Hammer Straße 51', '48153 Münster'], meta: [['Rechnungs-Nr.', 'P-25-11092'], ['Rechnungsdatum', '18.11.2025'], ['Patientin', 'Anna Vogt, geb. 22.06.1985']] },
      { title: 'Privatärztliche Rechnung nach GOÄ' },
      { text: 'Diagnose: Belastungsdyspnoe, Abklärung', size: 9 },
      { table: { cols: [{ h: 'Datum', w: 65 }, { h: 'GOÄ', w: 40 }, { h: 'Leistung', w: 250 }, { h: 'Faktor', w: 50, a: 'right' }, { h: 'Betrag €', w: 90, a: 'right' }], rows: goae.map((g) => [g[0], g[1], g[2], g[3].toFixed(2).replace('.', ','), money(g[4])]) } },
      { totals: [['Rechnungsbetrag', eur(total), true]] },
      { text: 'Ärztliche Heilbehandlung, umsatzsteuerfrei nach § 4 Nr. 14 UStG.' },
      { text: 'Bitte überweisen Sie den Betrag bis zum 15.12.2025.' },
      { footer: ['IBAN DE60 4005 0150 0000 1122 33 · Sparkasse Münsterland Ost'] },
    ]],
    truth: T({ invoiceNumber: 'P-25-11092', invoiceDate: '2025-11-18', dueDate: '2025-12-15', total: num(total), subtotal: num(total), tax: 0, currency: 'EUR' }),
  });
}
{
  const net = 24000, tax = vat(net, 19);
  docs.push({
    file: 'de-quittung-dachdecker-handschrift.jpg',
    kind: 'hand',
    hand: { nr: '23', eur: money(net + tax), netto: money(net), mwst: money(tax), gesamt: money(net + tax), worte: 'zweihundertfünfundachtzig 60/100', von: 'Familie Wendt, Ahrensburg', fuer: 'Reparatur Dachrinne + Fallrohr', ort: 'Ahrensburg, 12.03.2026', firma: 'Dachdeckerei Ohlsen · Ahrensburg' },
    truth: { invoiceDate: '2026-03-12', dueDate: null, total: num(net + tax), subtotal: num(net), tax: num(tax), currency: 'EUR', documentType: 'receipt' },
  });
}
{
  const lines = [
    ['Winterdienst Dezember 2025 (Pauschale)', '1', 18000],
    ['Treppenhausreinigung, 4 x', '4', 4500],
    ['Rasen und Hecke, Rückschnitt', '3,5 Std.', 3800],
    ['Grünschnitt-Entsorgung', '1', 2500],
  ].map(([d, q, u]) => [d, q, u, Math.round(parseFloat(q.replace(',', '.')) * u)]);
  const total = sum(lines.map((l) => l[3]));
  docs.push({
    file: 'de-kleinunternehmer-hausmeister-scan-200dpi.pdf',
    kind: 'scan', dpi: 200,
    pages: [[
      { letterhead: ['Hausmeisterservice Dirk Behrens', 'Gartenstraße 3 · 31785 Hameln · Tel. 05151 555 77'] },
      { parties: ['WEG Ostertorwall 12', 'c/o Verwalterin Frau Schulte', 'Ostertorwall 12', '31785 Hameln'], meta: [['Rechnung Nr.', 'HB-2026-004'], ['Datum', '07.01.2026'], ['Leistungszeitraum', 'Dezember 2025']] },
      { title: 'Rechnung' },
      { table: { cols: [{ h: 'Leistung', w: 270 }, { h: 'Menge', w: 65, a: 'right' }, { h: 'Preis €', w: 75, a: 'right' }, { h: 'Betrag €', w: 85, a: 'right' }], rows: lines.map((l) => [l[0], l[1], money(l[2]), money(l[3])]) } },
      { totals: [['Rechnungsbetrag', eur(total), true]] },
      { text: 'Als Kleinunternehmer im Sinne von § 19 Abs. 1 UStG wird keine Umsatzsteuer berechnet.' },
      { text: 'Zahlbar bis 21.01.2026 ohne Abzug.' },
      { footer: ['Steuernummer 22/143/01234 · Volksbank Hameln · IBAN DE91 2546 2160 0012 3456 00'] },
    ]],
    truth: T({ invoiceNumber: 'HB-2026-004', invoiceDate: '2026-01-07', dueDate: '2026-01-21', total: num(total), subtotal: num(total), tax: 0, currency: 'EUR' }),
  });
}
{
  const lines = [
    ['Création identité visuelle (logo, charte)', 1, 85000],
    ['Déclinaison cartes de visite', 1, 12000],
    ['Maquette site vitrine, 5 pages', 5, 7400],
  ].map(([d, q, u]) => [d, q, u, q * u]);
  const total = sum(lines.map((l) => l[3]));
  docs.push({
    file: 'fr-micro-entrepreneur-293b-scan-240dpi.pdf',
    kind: 'scan', dpi: 240,
    pages: [[
      { letterhead: ['Camille Roche – Graphiste', '27 rue des Carmes · 31000 Toulouse · camille@roche-graphisme.example'] },
      { parties: ['Salon de thé Les Cerises', 'Mme Julie Arnaud', '3 place Saint-Georges', '31000 Toulouse'], meta: [['Facture n°', '2026-004'], ['Date', '09/01/2026'], ['Échéance', '08/02/2026']] },
      { title: 'Facture' },
      { table: { cols: [{ h: 'Désignation', w: 290 }, { h: 'Qté', w: 40, a: 'right' }, { h: 'Prix unitaire', w: 80, a: 'right' }, { h: 'Total', w: 85, a: 'right' }], rows: lines.map((l) => [l[0], String(l[1]), eur(l[2], 'fr'), eur(l[3], 'fr')]) } },
      { totals: [['Total à payer', eur(total, 'fr'), true]] },
      { text: 'TVA non applicable, art. 293 B du CGI.' },
      { text: 'Dispensée d\'immatriculation au registre du commerce et des sociétés (RCS) et au répertoire des métiers (RM). Pas d\'escompte pour paiement anticipé.' },
      { footer: ['Entrepreneur individuel · SIRET 912 345 678 00015 · IBAN FR76 1660 7000 1200 3456 7890 123'] },
    ]],
    truth: T({ invoiceNumber: '2026-004', invoiceDate: '2026-01-09', dueDate: '2026-02-08', total: num(total), subtotal: num(total), tax: 0, currency: 'EUR' }),
  });
}

{
  const lines = [
    ['Peinture murs et plafonds séjour (2 couches)', 6, 'm²', 64, 1450],
    ['Enduit de rebouchage et ponçage', 6, 'm²', 64, 480],
    ['Laque portes intérieures', 6, 'pièce', 5, 6500],
    ['Papier peint intissé fourni (rouleaux)', 21, 'rouleau', 12, 2890],
  ].map(([d, r, u, q, p]) => [d, r, u, q, p, q * p]);
  const base6 = sum(lines.filter((l) => l[1] === 6).map((l) => l[5]));
  const base21 = sum(lines.filter((l) => l[1] === 21).map((l) => l[5]));
  const t6 = vat(base6, 6), t21 = vat(base21, 21);
  const htva = base6 + base21;
  docs.push({
    file: 'fr-be-peintre-6-21-scan-200dpi.pdf',
    kind: 'scan', dpi: 200,
    pages: [[
      { letterhead: ['Peinture Lemaire SRL', 'Rue Saint-Gilles 58 · 4000 Liège'], right: ['TVA BE 0712.345.678', 'Tél. 04 555 12 34'] },
      { parties: ['Madame Nathalie Collard', 'Rue des Vennes 141', '4020 Liège'], meta: [['Facture n°', 'PL-26-0047'], ['Date', '16/03/2026'], ['Échéance', '15/04/2026']] },
      { title: 'Facture' },
      { table: { cols: [{ h: 'Description', w: 230 }, { h: 'TVA', w: 40, a: 'right' }, { h: 'Qté', w: 60, a: 'right' }, { h: 'P.U. HTVA', w: 75, a: 'right' }, { h: 'Total HTVA', w: 90, a: 'right' }], rows: lines.map((l) => [l[0], `${l[1]} %`, `${l[3]} ${l[2]}`, eur(l[4]), eur(l[5])]) } },
      { totals: [['Total HTVA', eur(htva)], [`TVA 6 % sur ${eur(base6)}`, eur(t6)], [`TVA 21 % sur ${eur(base21)}`, eur(t21)], ['Total TVAC', eur(htva + t6 + t21), true]] },
      { text: 'Taux réduit de 6 % : rénovation d\'un logement privé de plus de 10 ans, attestation du client jointe.' },
      { text: `Paiement sur BE71 0961 2345 6769 avec la communication ${communication('0260047163')}.` },
      { footer: ['Peinture Lemaire SRL · RPM Liège · BIC GKCCBEBB'] },
    ]],
    truth: T({ invoiceNumber: 'PL-26-0047', invoiceDate: '2026-03-16', dueDate: '2026-04-15', total: num(htva + t6 + t21), subtotal: num(htva), tax: num(t6 + t21), currency: 'EUR' }),
  });
}

for (const d of docs) delete d.unused;
export default docs;
