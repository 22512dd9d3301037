// Data and truth of the ninth held-out sweep (fixtures/sweep9, laid out by make-sweep9-fixtures.mjs).
// Written blind: every amount is integer cents, every printed total is computed from the printed
// lines here, so the truth and the print cannot disagree. Invented parties, .example domains,
// sample IBANs.

/** Formats integer cents: th = thousands separator, dec = decimal mark, digits = 0 for whole units. */
export function money(c, th = '.', dec = ',', digits = 2) {
  const neg = c < 0;
  const a = Math.abs(c);
  const whole = digits ? Math.floor(a / 100) : Math.round(a / 100);
  const w = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, th);
  return (neg ? '-' : '') + (digits ? `${w}${dec}${String(a % 100).padStart(2, '0')}` : w);
}
const de = (c) => money(c);
const fr = (c) => money(c, '\u00a0', ',');
const frs = (c) => money(c, ' ', ',');
const qty = (q, dec = ',') => (Number.isInteger(q) ? String(q) : q.toFixed(2).replace('.', dec));
const net = (l) => Math.round(l.q * l.p);

/** Net sum and tax per rate of lines {q, p (cents), vat (%)}; tax rounded per rate. */
function sums(lines, discountPct = 0) {
  const byRate = new Map();
  for (const l of lines) byRate.set(l.vat, (byRate.get(l.vat) ?? 0) + net(l));
  let subtotal = 0;
  let tax = 0;
  const rates = [];
  for (const [rate, base0] of [...byRate].sort((a, b) => a[0] - b[0])) {
    const base = base0 - Math.round((base0 * discountPct) / 100);
    const t = Math.round((base * rate) / 100);
    rates.push({ rate, base, tax: t });
    subtotal += base;
    tax += t;
  }
  return { subtotal, tax, total: subtotal + tax, rates, gross: lines.reduce((s, l) => s + net(l), 0) };
}
const truth = (o) => ({ ...o, total: o.total / 100, subtotal: o.subtotal == null ? o.subtotal : o.subtotal / 100, tax: o.tax == null ? o.tax : o.tax / 100 });
const receiptTruth = (o) => ({ invoiceDate: o.invoiceDate, total: o.total / 100, ...(o.subtotal !== undefined ? { subtotal: o.subtotal / 100, tax: o.tax / 100 } : {}), currency: o.currency, documentType: 'receipt' });

// ---- number words (German, French) for "in Worten" / "en lettres" ----
const DE1 = ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const DE10 = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
function deWords(n) {
  if (n < 20) return DE1[n];
  if (n < 100) return (n % 10 ? `${DE1[n % 10]}und` : '') + DE10[Math.floor(n / 10)];
  if (n < 1000) return `${DE1[Math.floor(n / 100)]}hundert${n % 100 ? deWords(n % 100) : ''}`;
  return `${deWords(Math.floor(n / 1000))}tausend${n % 1000 ? deWords(n % 1000) : ''}`;
}
const FR1 = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const FR10 = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];
function frWords(n) {
  if (n < 20) return FR1[n];
  if (n < 100) {
    const t = Math.floor(n / 10);
    let u = n % 10;
    if (t === 7 || t === 9) u += 10;
    if (u === 0) return t === 8 ? 'quatre-vingts' : FR10[t];
    return `${FR10[t]}${u === 1 || u === 11 ? (t === 8 || t === 9 ? '-' : ' et ') : '-'}${FR1[u]}`;
  }
  if (n < 1000) {
    const h = Math.floor(n / 100);
    const r = n % 100;
    return `${h > 1 ? `${FR1[h]} cent${r ? '' : 's'}` : 'cent'}${r ? ` ${frWords(r)}` : ''}`;
  }
  const k = Math.floor(n / 1000);
  return `${k > 1 ? `${frWords(k)} mille` : 'mille'}${n % 1000 ? ` ${frWords(n % 1000)}` : ''}`;
}

const DOCS = [];
const add = (d) => DOCS.push(d);

// ===================== German =====================
{
  const lines = [
    { pos: '01', d: 'Gerüst stellen, vorhalten und abbauen', q: 1, u: 'psch', p: 285000, vat: 19 },
    { pos: '02', d: 'Alte Dacheindeckung abbrechen', q: 186, u: 'm²', p: 1450, vat: 19 },
    { pos: '03', d: 'Lattung und Konterlattung', q: 186, u: 'm²', p: 1890, vat: 19 },
    { pos: '04', d: 'Tondachziegel liefern und verlegen', q: 186, u: 'm²', p: 5240, vat: 19 },
    { pos: '05', d: 'Dachrinne Zink NW 333', q: 42, u: 'm', p: 3875, vat: 19 },
    { pos: '06', d: 'Entsorgung Bauschutt', q: 12, u: 't', p: 9500, vat: 19 },
  ];
  const s = sums(lines);
  const ab = [{ no: 'AR-2025-011', date: '14.04.2025', net: 800000 }, { no: 'AR-2025-019', date: '12.05.2025', net: 600000 }];
  const abNet = ab.reduce((a, x) => a + x.net, 0);
  const abTax = ab.reduce((a, x) => a + Math.round(x.net * 0.19), 0);
  add({
    file: 'de-schlussrechnung-abschlaege.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Dachbau Reinhardt GmbH', 'Am Steinbruch 7', '34117 Kassel', 'Tel. 0561 000 4417 · info@dachbau-reinhardt.example'],
    sender: 'Dachbau Reinhardt GmbH · Am Steinbruch 7 · 34117 Kassel',
    customer: ['Herrn und Frau', 'Jonas und Lea Brandt', 'Wilhelmshöher Allee 212', '34121 Kassel'],
    meta: [['Rechnungsnummer', 'SR-2025-027'], ['Rechnungsdatum', '23.06.2025'], ['Kundennummer', '20318'], ['Abnahme am', '16.06.2025'], ['Angebot vom', '03.02.2025']],
    title: 'Schlussrechnung',
    intro: ['Bauvorhaben: Neueindeckung Wohnhaus Wilhelmshöher Allee 212, Kassel', 'Für die nach VOB/B ausgeführten und am 16.06.2025 abgenommenen Leistungen stellen wir Ihnen in Rechnung:'],
    columns: [{ h: 'Pos.', w: 32 }, { h: 'Leistung', w: 210 }, { h: 'Menge', w: 50, a: 'r' }, { h: 'Einh.', w: 36 }, { h: 'EP €', w: 65, a: 'r' }, { h: 'GP €', w: 72, a: 'r' }],
    rows: lines.map((l) => [l.pos, l.d, qty(l.q), l.u, de(l.p), de(net(l))]),
    totals: [
      ['Gesamtleistung netto', de(s.subtotal)], ['zzgl. 19 % USt', de(s.tax)], ['Gesamtbetrag brutto', de(s.total), 'b'], ['', ''],
      ...ab.flatMap((a, i) => [[`abzgl. ${i + 1}. Abschlagsrechnung ${a.no} vom ${a.date}`, ''], [`   netto ${de(a.net)} + USt ${de(Math.round(a.net * 0.19))}`, `-${de(a.net + Math.round(a.net * 0.19))}`]]),
      ['Restforderung netto', de(s.subtotal - abNet)], ['zzgl. 19 % USt auf Restforderung', de(s.tax - abTax)], ['Noch zu zahlen', de(s.total - abNet - abTax), 'b'],
    ],
    totalsWidth: 330,
    notes: ['Bitte überweisen Sie den noch zu zahlenden Betrag bis zum 14.07.2025 ohne Abzug.', 'Die Abschlagszahlungen sind mit den ausgewiesenen Umsatzsteuerbeträgen verrechnet.'],
    footer: ['Dachbau Reinhardt GmbH · Amtsgericht Kassel HRB 99117 · USt-IdNr. DE298877104', 'Kasseler Sparkasse · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX'],
    truth: truth({ invoiceNumber: 'SR-2025-027', invoiceDate: '2025-06-23', dueDate: '2025-07-14', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'IT-Support vor Ort (Stunden)', q: 14, p: 8500, vat: 19 },
    { d: 'Fernwartung (Stunden)', q: 6.5, p: 7200, vat: 19 },
    { d: 'Monatspauschale Backup-Überwachung', q: 1, p: 12900, vat: 19 },
    { d: 'Anfahrtspauschale', q: 3, p: 2500, vat: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-word-tabstopp-rechnung.pdf', layout: 'tabs', font: 'serif',
    vendor: ['Matthias Kern – IT-Service', 'Brunnenweg 3 · 79102 Freiburg im Breisgau', 'Telefon 0761 000 3321 · kern@it-kern.example', 'Steuernummer 06/123/45678'],
    customer: ['Physiotherapie am Markt', 'Frau Sabine Lorenz', 'Marktplatz 9', '79098 Freiburg'],
    title: 'RECHNUNG',
    meta: [['Rechnungsnummer:', 'RE/2025/0042'], ['Rechnungsdatum:', '07.03.2025'], ['Leistungszeitraum:', '01.02.2025 – 28.02.2025'], ['Ihre Kundennummer:', '10388']],
    intro: ['Sehr geehrte Frau Lorenz,', 'für meine Leistungen im Februar 2025 erlaube ich mir zu berechnen:'],
    columns: [{ h: 'Leistung', w: 240 }, { h: 'Menge', w: 60, a: 'r' }, { h: 'Einzelpreis', w: 80, a: 'r' }, { h: 'Betrag', w: 80, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), `${de(l.p)} €`, `${de(net(l))} €`]),
    totals: [['Nettobetrag', `${de(s.subtotal)} €`], ['zzgl. 19 % USt.', `${de(s.tax)} €`], ['Gesamtbetrag', `${de(s.total)} €`, 'b']],
    notes: ['Bitte überweisen Sie den Gesamtbetrag innerhalb von 14 Tagen nach Erhalt dieser Rechnung auf das unten genannte Konto.', '', 'Mit freundlichen Grüßen', 'Matthias Kern'],
    footer: ['Bankverbindung: Volksbank Freiburg · IBAN DE02 1203 0000 0000 2020 51'],
    truth: truth({ invoiceNumber: 'RE/2025/0042', invoiceDate: '2025-03-07', dueDate: null, ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Provision Vermittlung Auftrag 25-0412 (Kunde Hallmann KG)', q: 1, p: 184250, vat: 19 },
    { d: 'Provision Vermittlung Auftrag 25-0433 (Kunde Ostertag GmbH)', q: 1, p: 96700, vat: 19 },
    { d: 'Provision Nachbestellungen März (3 Aufträge)', q: 1, p: 41330, vat: 19 },
    { d: 'Messepauschale Hannover', q: 1, p: 25000, vat: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-gutschriftverfahren-provision.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Vogt Antriebstechnik AG', 'Industriestraße 40', '30659 Hannover'],
    sender: 'Vogt Antriebstechnik AG · Industriestraße 40 · 30659 Hannover',
    customer: ['Handelsvertretung Peter Albers', 'Lindenhof 2', '31134 Hildesheim', 'USt-IdNr. DE271100558'],
    meta: [['Gutschrift-Nr.', 'GS-2025-0318'], ['Datum', '31.03.2025'], ['Abrechnungszeitraum', '01.03.2025 – 31.03.2025'], ['Vertreter-Nr.', 'V-017']],
    title: 'Gutschrift',
    intro: ['Provisionsabrechnung März 2025 – Gutschrift im Gutschriftverfahren nach § 14 Abs. 2 Satz 2 UStG.', 'Sehr geehrter Herr Albers, für den Abrechnungszeitraum schreiben wir Ihnen gut:'],
    columns: [{ h: 'Pos.', w: 30 }, { h: 'Bezeichnung', w: 330 }, { h: 'Betrag EUR', w: 100, a: 'r' }],
    rows: lines.map((l, i) => [String(i + 1), l.d, de(net(l))]),
    totals: [['Summe netto', de(s.subtotal)], ['Umsatzsteuer 19 %', de(s.tax)], ['Auszahlungsbetrag', de(s.total), 'b']],
    notes: ['Der Auszahlungsbetrag wird mit dem nächsten Zahlungslauf auf Ihr Konto überwiesen.', 'Sollten Sie dieser Gutschrift nicht innerhalb von 14 Tagen widersprechen, gilt sie als anerkannt.'],
    footer: ['Vogt Antriebstechnik AG · Vorstand: Dr. H. Vogt · Amtsgericht Hannover HRB 55012 · USt-IdNr. DE118822391'],
    truth: truth({ invoiceNumber: 'GS-2025-0318', invoiceDate: '2025-03-31', dueDate: null, ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { dt: '12.06.2025', d: 'Außerordentliche Eigentümerversammlung (Stunden)', q: 3.5, u: 'Std.', p: 7500, vat: 19 },
    { dt: '12.06.2025', d: 'Raummiete Versammlungsraum (Auslage)', q: 1, u: 'psch', p: 12000, vat: 19 },
    { dt: '20.06.2025', d: 'Kopien und Versand Protokoll an 24 Eigentümer', q: 288, u: 'Stk', p: 25, vat: 19 },
    { dt: '03.07.2025', d: 'Zustimmung zur Veräußerung gem. § 12 WEG, Einheit 7', q: 1, u: 'psch', p: 18000, vat: 19 },
    { dt: '15.07.2025', d: 'Mahnverfahren Hausgeldrückstand Einheit 11', q: 2, u: 'Stk', p: 3500, vat: 19 },
    { dt: '04.08.2025', d: 'Begleitung Sachverständiger Dachschaden', q: 2.25, u: 'Std.', p: 7500, vat: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-hausverwaltung-querformat.pdf', layout: 'invoice', landscape: true, font: 'sans',
    vendor: ['Hausverwaltung Stieglitz & Partner', 'Friedrichstraße 118 · 10117 Berlin', 'Tel. 030 000 88 41 · verwaltung@stieglitz-hv.example'],
    sender: 'Hausverwaltung Stieglitz & Partner · Friedrichstraße 118 · 10117 Berlin',
    customer: ['WEG Lindenstraße 12', 'vertreten durch den Verwaltungsbeirat', 'Lindenstraße 12', '10969 Berlin'],
    meta: [['Rechnung Nr.', '2025-0042-K'], ['Datum', '18.08.2025'], ['Objekt-Nr.', 'WEG-0117'], ['Zahlbar bis', '01.09.2025']],
    title: 'Rechnung Sonderleistungen',
    intro: ['Sonderleistungen außerhalb der Grundvergütung gemäß Verwaltervertrag § 7, Zeitraum Juni bis August 2025'],
    columns: [{ h: 'Datum', w: 70 }, { h: 'Leistung', w: 300 }, { h: 'Menge', w: 55, a: 'r' }, { h: 'Einheit', w: 50 }, { h: 'Einzelpreis', w: 75, a: 'r' }, { h: 'USt', w: 40, a: 'r' }, { h: 'Betrag', w: 80, a: 'r' }],
    rows: lines.map((l) => [l.dt, l.d, qty(l.q), l.u, `${de(l.p)} €`, '19 %', `${de(net(l))} €`]),
    totals: [['Summe netto', `${de(s.subtotal)} €`], ['Umsatzsteuer 19 %', `${de(s.tax)} €`], ['Rechnungsbetrag', `${de(s.total)} €`, 'b']],
    notes: ['Der Betrag wird dem Verwaltungskonto der WEG belastet, sofern der Beirat nicht bis zum 01.09.2025 widerspricht.'],
    footer: ['Stieglitz & Partner Hausverwaltung PartG · USt-IdNr. DE301188720 · Berliner Bank · IBAN DE27 1007 7777 0209 2997 00'],
    truth: truth({ invoiceNumber: '2025-0042-K', invoiceDate: '2025-08-18', dueDate: '2025-09-01', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { dt: '28.10.2025', got: '1', d: 'Allgemeine Untersuchung mit Beratung', f: '1,0', q: 1, p: 2362, vat: 19 },
    { dt: '28.10.2025', got: '30', d: 'Impfung, je Impfstoff', f: '1,0', q: 2, p: 1170, vat: 19 },
    { dt: '28.10.2025', got: '', d: 'Impfstoff Nobivac SHPPi + L4', f: '', q: 1, p: 2890, vat: 19 },
    { dt: '31.10.2025', got: '4', d: 'Eingehende Untersuchung Ohr', f: '2,0', q: 1, p: 2870, vat: 19 },
    { dt: '31.10.2025', got: '', d: 'Ohrentropfen 20 ml', f: '', q: 1, p: 1745, vat: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-tierarzt-got.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Tierarztpraxis Dr. med. vet. Anna Pfeiffer', 'Kleintiere', 'Bahnhofstraße 21 · 93047 Regensburg', 'Tel. 0941 000 2290'],
    sender: 'Tierarztpraxis Dr. A. Pfeiffer · Bahnhofstraße 21 · 93047 Regensburg',
    customer: ['Herrn', 'Tobias Wendler', 'Donaustaufer Str. 70', '93055 Regensburg'],
    meta: [['Rechnung Nr.', '25-11873'], ['Rechnungsdatum', '04.11.2025'], ['Kunden-Nr.', '4471'], ['Patient', 'Bello (Hund, Labrador, m)'], ['Geb.', '14.05.2019']],
    title: 'Rechnung',
    intro: ['Abrechnung nach der Gebührenordnung für Tierärzte (GOT)'],
    columns: [{ h: 'Datum', w: 62 }, { h: 'GOT', w: 32 }, { h: 'Leistung / Arzneimittel', w: 210 }, { h: 'Faktor', w: 40, a: 'r' }, { h: 'Anz.', w: 32, a: 'r' }, { h: 'Betrag €', w: 70, a: 'r' }],
    rows: lines.map((l) => [l.dt, l.got, l.d, l.f, qty(l.q), de(net(l))]),
    totals: [['Summe netto', de(s.subtotal)], ['MwSt. 19 %', de(s.tax)], ['Gesamtbetrag EUR', de(s.total), 'b']],
    notes: ['Zahlbar innerhalb von 10 Tagen ohne Abzug. Vielen Dank für Ihr Vertrauen – gute Besserung für Bello!'],
    footer: ['USt-IdNr. DE287711340 · Sparkasse Regensburg · IBAN DE75 7505 0000 0000 1188 33'],
    truth: truth({ invoiceNumber: '25-11873', invoiceDate: '2025-11-04', dueDate: null, ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Treppengeländer Edelstahl V2A, Handlauf Ø 42 mm', q: 7.4, u: 'lfm', p: 18900, vat: 19 },
    { d: 'Wandhalter Edelstahl, gebohrt und verdübelt', q: 9, u: 'Stk', p: 2450, vat: 19 },
    { d: 'Montage vor Ort, 2 Monteure', q: 6, u: 'Std.', p: 6800, vat: 19 },
    { d: 'Anfahrt', q: 1, u: 'psch', p: 4500, vat: 19 },
  ];
  const s = sums(lines);
  const euros = Math.floor(s.total / 100);
  const words = `${deWords(euros).replace(/^ein(?=tausend|hundert)/, 'ein')} Euro und ${s.total % 100}/100`;
  add({
    file: 'de-summenbox-in-worten.pdf', layout: 'invoice', font: 'sans', totalsStyle: 'box', metaStyle: 'left',
    vendor: ['Metallbau Hünecke', 'Inh. Frank Hünecke', 'Gewerbering 14 · 49084 Osnabrück'],
    sender: 'Metallbau Hünecke · Gewerbering 14 · 49084 Osnabrück',
    customer: ['Familie Özdemir', 'Rosenplatz 3', '49074 Osnabrück'],
    meta: [['Kundennummer', '10442'], ['Auftragsnummer', 'AB-2025-1187'], ['Lieferscheinnummer', 'LS-2025-2210'], ['Rechnungsnummer', '25/1043'], ['Rechnungsdatum', '09.09.2025'], ['Leistungsdatum', '02.09.2025']],
    title: 'Rechnung',
    columns: [{ h: 'Pos', w: 30 }, { h: 'Bezeichnung', w: 220 }, { h: 'Menge', w: 50, a: 'r' }, { h: 'ME', w: 36 }, { h: 'Einzelpreis', w: 70, a: 'r' }, { h: 'Gesamt', w: 70, a: 'r' }],
    rows: lines.map((l, i) => [String(i + 1), l.d, qty(l.q), l.u, de(l.p), de(net(l))]),
    totals: [['Summe netto', `${de(s.subtotal)} €`], ['zzgl. 19 % USt', `${de(s.tax)} €`], ['Rechnungsbetrag', `${de(s.total)} €`, 'b']],
    notes: [`in Worten: ${words}`, 'Zahlbar bis 23.09.2025 ohne Abzug.'],
    footer: ['Metallbau Hünecke · St.-Nr. 66/143/00871 · Sparkasse Osnabrück · IBAN DE12 2655 0105 0000 7788 99'],
    truth: truth({ invoiceNumber: '25/1043', invoiceDate: '2025-09-09', dueDate: '2025-09-23', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { dt: '10.02.2025', z: '16', n: '2200', d: 'Versorgung eines Zahnes durch eine Vollkrone', f: '2,3', q: 1, p: 25873 },
    { dt: '10.02.2025', z: '16', n: '2030', d: 'Besondere Maßnahmen beim Präparieren', f: '2,3', q: 2, p: 840 },
    { dt: '24.02.2025', z: '15', n: '2200', d: 'Versorgung eines Zahnes durch eine Vollkrone', f: '2,3', q: 1, p: 25873 },
    { dt: '24.02.2025', z: '', n: '0090', d: 'Intraorale Infiltrationsanästhesie', f: '2,3', q: 2, p: 776 },
    { dt: '24.02.2025', z: '', n: '§ 9', d: 'Material- und Laborkosten Fremdlabor (Beleg anbei)', f: '', q: 1, p: 84320 },
  ].map((l) => ({ ...l, vat: 0 }));
  const s = sums(lines);
  add({
    file: 'de-zahnarzt-goz-anzahlung.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Zahnarztpraxis Dr. Lena Marquardt', 'Königstraße 55 · 70173 Stuttgart', 'Tel. 0711 000 6640'],
    sender: 'Zahnarztpraxis Dr. L. Marquardt · Königstraße 55 · 70173 Stuttgart',
    customer: ['Herrn', 'Ralf Schöneberg', 'Neckarstraße 140', '70190 Stuttgart'],
    meta: [['Rechnungsnummer', 'ZA-25-0918'], ['Rechnungsdatum', '17.03.2025'], ['Patient', 'Ralf Schöneberg'], ['geb. am', '22.08.1971'], ['Behandlungszeitraum', '10.02.2025 – 24.02.2025']],
    title: 'Liquidation',
    intro: ['Zahnärztliche Leistungen nach GOZ – Diagnose: Zustand nach Wurzelbehandlung 15, 16'],
    columns: [{ h: 'Datum', w: 60 }, { h: 'Zahn', w: 30 }, { h: 'GOZ', w: 36 }, { h: 'Leistung', w: 230 }, { h: 'Faktor', w: 38, a: 'r' }, { h: 'Anz.', w: 28, a: 'r' }, { h: 'Betrag €', w: 66, a: 'r' }],
    rows: lines.map((l) => [l.dt, l.z, l.n, l.d, l.f, qty(l.q), de(net(l))]),
    totals: [['Gesamtbetrag', de(s.total), 'b'], ['abzüglich Anzahlung vom 10.02.2025', '-500,00'], ['Noch zu zahlen', de(s.total - 50000), 'b']],
    notes: ['Umsatzsteuerfrei gemäß § 4 Nr. 14 UStG.', 'Bitte überweisen Sie den Restbetrag bis zum 16.04.2025.'],
    footer: ['BW-Bank · IBAN DE68 6005 0101 0000 4455 66 · Verwendungszweck: ZA-25-0918'],
    truth: truth({ invoiceNumber: 'ZA-25-0918', invoiceDate: '2025-03-17', dueDate: '2025-04-16', total: s.total, subtotal: s.total, tax: 0, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Schlüssel nachmachen Sicherheitsprofil', q: 3, p: 1490, vat: 19 },
    { d: 'Türöffnung Notdienst (Wohnungstür)', q: 1, p: 4500, vat: 19 },
    { d: 'Batterie CR2032', q: 1, p: 520, vat: 19 },
  ];
  const total = lines.reduce((a, l) => a + net(l), 0);
  add({
    file: 'de-kleinbetragsrechnung-a5.pdf', layout: 'invoice', size: 'A5', font: 'sans',
    vendor: ['Schlüsseldienst Kowalski', 'Hauptstraße 88 · 66111 Saarbrücken'],
    customer: ['Barverkauf'],
    meta: [['Rechnung Nr.', '8812'], ['Datum', '22.09.2025']],
    title: 'Rechnung',
    columns: [{ h: 'Artikel', w: 190 }, { h: 'Anz.', w: 30, a: 'r' }, { h: 'Preis', w: 50, a: 'r' }, { h: 'Summe', w: 55, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), de(l.p), de(net(l))]),
    totals: [['Gesamtbetrag', `${de(total)} €`, 'b']],
    notes: ['Im Gesamtbetrag sind 19 % MwSt. enthalten.', 'Betrag bar erhalten. Vielen Dank!'],
    footer: ['St.-Nr. 040/218/55017'],
    truth: { invoiceNumber: '8812', invoiceDate: '2025-09-22', dueDate: null, total: total / 100, currency: 'EUR', documentType: 'invoice' },
  });
}
{
  const lines = [
    { a: '100417', d: 'Kopierpapier A4 80 g, Karton à 5 x 500 Bl.', q: 12, u: 'Ktn', p: 2190, vat: 19 },
    { a: '220301', d: 'Toner schwarz TN-2420', q: 4, u: 'Stk', p: 5430, vat: 19 },
    { a: '310058', d: 'Ordner 8 cm, blau', q: 40, u: 'Stk', p: 249, vat: 19 },
    { a: '310102', d: 'Trennblätter A4 100er', q: 10, u: 'Pack', p: 385, vat: 19 },
    { a: '400920', d: 'Kaffee gemahlen 1 kg', q: 6, u: 'Stk', p: 1290, vat: 7 },
    { a: '400977', d: 'Mineralwasser Kasten 12 x 0,7 l', q: 8, u: 'Kasten', p: 599, vat: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-kopfraster-lieferschein.pdf', layout: 'invoice', font: 'sans', metaStyle: 'grid',
    vendor: ['Bürobedarf Nordlicht GmbH', 'Große Elbstraße 150 · 22767 Hamburg'],
    sender: 'Bürobedarf Nordlicht GmbH · Große Elbstraße 150 · 22767 Hamburg',
    customer: ['Steuerkanzlei Behrens & Lütje', 'Buchhaltung', 'Mönckebergstraße 7', '20095 Hamburg'],
    meta: [['Rechnungs-Nr.', '250871'], ['Rechnungsdatum', '12.05.2025'], ['Kunden-Nr.', '40117'], ['Auftrags-Nr.', '25-A-3391'], ['Lieferschein-Nr.', '25-L-7720'], ['Lieferdatum', '09.05.2025']],
    title: 'Rechnung',
    columns: [{ h: 'Art.-Nr.', w: 50 }, { h: 'Bezeichnung', w: 200 }, { h: 'Menge', w: 40, a: 'r' }, { h: 'ME', w: 40 }, { h: 'Preis', w: 50, a: 'r' }, { h: 'USt', w: 30, a: 'r' }, { h: 'Betrag', w: 60, a: 'r' }],
    rows: lines.map((l) => [l.a, l.d, qty(l.q), l.u, de(l.p), `${l.vat}%`, de(net(l))]),
    totals: [['Warenwert netto', de(s.subtotal)], ...s.rates.map((r) => [`USt ${r.rate} % auf ${de(r.base)}`, de(r.tax)]), ['Rechnungsbetrag EUR', de(s.total), 'b']],
    notes: [`Zahlbar bis 26.05.2025 abzüglich 2 % Skonto (${de(Math.round(s.total * 0.98))} EUR) oder bis 11.06.2025 netto.`],
    footer: ['Bürobedarf Nordlicht GmbH · HRB 140022 Hamburg · USt-IdNr. DE312200458 · Haspa · IBAN DE44 2005 0550 0000 1234 56'],
    truth: truth({ invoiceNumber: '250871', invoiceDate: '2025-05-12', dueDate: '2025-06-11', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}

// ===================== French =====================
{
  const lots = [
    { d: 'Lot 01 – Démolition, curage', m: 1240000, pct: 100 },
    { d: 'Lot 02 – Gros œuvre, reprises en sous-œuvre', m: 3185000, pct: 85 },
    { d: 'Lot 03 – Menuiseries extérieures', m: 1962000, pct: 60 },
    { d: 'Lot 04 – Plâtrerie, isolation', m: 1478000, pct: 40 },
    { d: 'Lot 05 – Électricité', m: 985000, pct: 25 },
  ];
  const cum = lots.map((l) => Math.round((l.m * l.pct) / 100));
  const totalCum = cum.reduce((a, b) => a + b, 0);
  const prev = [1810000, 2245000];
  const ht = totalCum - prev[0] - prev[1];
  const tva = Math.round(ht * 0.2);
  const market = lots.reduce((a, l) => a + l.m, 0);
  add({
    file: 'fr-situation-travaux-n3.pdf', layout: 'invoice', font: 'sans',
    vendor: ['BATIR RHÔNE CONSTRUCTION SAS', '14 rue des Tanneurs', '69007 Lyon', 'SIRET 812 345 678 00021 – TVA FR41812345678'],
    customer: ['SCI Les Hauts de Fourvière', 'c/o Cabinet Morel', '2 place Saint-Jean', '69005 Lyon'],
    meta: [['Facture n°', 'SIT-2025-0087'], ['Date', '02/06/2025'], ['Marché n°', '2024-118'], ['Situation n°', '3'], ['Échéance', '02/07/2025']],
    title: 'Situation de travaux n° 3',
    intro: [`Chantier : réhabilitation d'un immeuble, 9 montée du Gourguillon, 69005 Lyon – Travaux arrêtés au 31 mai 2025`, `Montant du marché HT : ${fr(market)} €`],
    columns: [{ h: 'Désignation', w: 200 }, { h: 'Marché HT', w: 80, a: 'r' }, { h: '% cumulé', w: 60, a: 'r' }, { h: 'Cumul HT', w: 85, a: 'r' }],
    rows: lots.map((l, i) => [l.d, fr(l.m), `${l.pct} %`, fr(cum[i])]),
    totals: [['Total travaux cumulés HT', fr(totalCum)], ['À déduire situation n° 1 HT', `-${fr(prev[0])}`], ['À déduire situation n° 2 HT', `-${fr(prev[1])}`], ['Montant HT de la situation', fr(ht), 'b'], ['TVA 20 %', fr(tva)], ['Montant TTC de la situation', fr(ht + tva), 'b'], ['Net à payer (€)', fr(ht + tva), 'b']],
    totalsWidth: 300,
    notes: ['Règlement par virement à 30 jours, soit au plus tard le 02/07/2025. Retenue de garantie remplacée par caution bancaire.'],
    footer: ['BATIR RHÔNE CONSTRUCTION SAS au capital de 150 000 € – RCS Lyon 812 345 678 – IBAN FR76 3000 4000 0300 0012 3456 789'],
    truth: truth({ invoiceNumber: 'SIT-2025-0087', invoiceDate: '2025-06-02', dueDate: '2025-07-02', total: ht + tva, subtotal: ht, tax: tva, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Fenêtre chêne 2 vantaux 125 x 135, double vitrage', q: 3, p: 124000, vat: 10 },
    { d: 'Porte-fenêtre chêne 215 x 140', q: 1, p: 198500, vat: 10 },
    { d: 'Dépose et évacuation des anciennes menuiseries', q: 4, p: 9500, vat: 10 },
    { d: 'Pose et calfeutrement', q: 4, p: 21000, vat: 10 },
  ];
  const s = sums(lines);
  const e = Math.floor(s.total / 100);
  const c = s.total % 100;
  add({
    file: 'fr-fait-a-lyon-en-lettres.pdf', layout: 'invoice', font: 'serif', metaStyle: 'none', signoff: 'Fait à Lyon, le 3 mars 2025',
    vendor: ['Menuiserie Vidal & Fils', 'Artisan menuisier', '27 quai Pierre Scize – 69009 Lyon', 'SIRET 433 221 908 00017'],
    customer: ['Madame Hélène Garnier', '5 rue Juiverie', '69005 Lyon'],
    title: 'FACTURE N° 2025/117',
    intro: ['Travaux réalisés au domicile du client (logement de plus de deux ans) : TVA au taux réduit de 10 %.'],
    columns: [{ h: 'Désignation', w: 250 }, { h: 'Qté', w: 35, a: 'r' }, { h: 'P.U. HT', w: 75, a: 'r' }, { h: 'Montant HT', w: 85, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), fr(l.p), fr(net(l))]),
    totals: [['Total HT', `${fr(s.subtotal)} €`], ['TVA 10 %', `${fr(s.tax)} €`], ['Total TTC', `${fr(s.total)} €`, 'b']],
    notes: [`Arrêtée la présente facture à la somme de ${frWords(e)} euros et ${frWords(c)} centimes TTC.`, 'Paiement à 30 jours date de facture par chèque ou virement. Pénalités de retard : trois fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    footer: ['Menuiserie Vidal & Fils – EURL au capital de 8 000 € – TVA intracommunautaire FR22433221908 – IBAN FR76 1027 8073 0000 0204 5670 112'],
    truth: truth({ invoiceNumber: '2025/117', invoiceDate: '2025-03-03', dueDate: null, ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Création charte graphique', q: 1, p: 180000, vat: 20 },
    { d: 'Déclinaison supports (flyer, carte de visite)', q: 3, p: 35000, vat: 20 },
    { d: 'Photographies produits (demi-journée)', q: 2, p: 45000, vat: 20 },
    { d: 'Impression flyers A5 recto-verso (x 2 000)', q: 1, p: 31800, vat: 20 },
  ];
  const s = sums(lines, 10);
  const remise = s.gross - s.subtotal;
  add({
    file: 'fr-remise-acompte-reste-a-payer.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Atelier Cobalt', 'Studio de création graphique', '8 rue Sainte-Catherine', '33000 Bordeaux'],
    customer: ['Cave Saint-Émilion Primeurs SARL', '41 cours de l\'Intendance', '33000 Bordeaux'],
    meta: [['Facture', 'F2025-0412'], ['Date', '28/04/2025'], ['Devis', 'D2025-0077 du 03/03/2025'], ['Échéance', '28/05/2025']],
    title: 'Facture',
    columns: [{ h: 'Description', w: 250 }, { h: 'Qté', w: 35, a: 'r' }, { h: 'PU HT', w: 75, a: 'r' }, { h: 'Total HT', w: 85, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), `${frs(l.p)} €`, `${frs(net(l))} €`]),
    totals: [['Total HT', `${frs(s.gross)} €`], ['Remise 10 %', `-${frs(remise)} €`], ['Total HT net', `${frs(s.subtotal)} €`], ['TVA 20 %', `${frs(s.tax)} €`], ['Total TTC', `${frs(s.total)} €`, 'b'], ['Acompte versé le 14/04/2025', `-${frs(120000)} €`], ['Reste à payer', `${frs(s.total - 120000)} €`, 'b']],
    notes: ['Conditions : règlement à réception, au plus tard le 28/05/2025. Escompte pour paiement anticipé : néant.'],
    footer: ['Atelier Cobalt – SIRET 901 552 337 00014 – TVA FR57901552337 – IBAN FR76 1333 5000 0108 0012 3456 712'],
    truth: truth({ invoiceNumber: 'F2025-0412', invoiceDate: '2025-04-28', dueDate: '2025-05-28', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Maintenance serveurs – forfait mensuel mars 2025', q: 1, p: 89000, vat: 20 },
    { d: 'Licences antivirus (postes)', q: 18, p: 420, vat: 20 },
    { d: 'Intervention sur site (heures)', q: 5.5, p: 9000, vat: 20 },
  ];
  const s = sums(lines);
  add({
    file: 'fr-tva-debits-numeros-client-commande.pdf', layout: 'invoice', font: 'sans', metaStyle: 'grid',
    vendor: ['NUMÉRIQUE OUEST SARL', '3 allée Duguay-Trouin', '44000 Nantes'],
    customer: ['Transports Guérin', 'Service comptabilité', 'ZI de la Madeleine', '44150 Ancenis-Saint-Géréon'],
    meta: [['N° facture', 'FA-2025-03-0012'], ['Date de facture', '17/03/2025'], ['N° client', 'C00418'], ['N° commande', 'CMD-25-0877'], ['Date de commande', '03/03/2025'], ['Date d\'échéance', '16/04/2025']],
    title: 'FACTURE',
    columns: [{ h: 'Désignation', w: 260 }, { h: 'Qté', w: 40, a: 'r' }, { h: 'PU HT', w: 70, a: 'r' }, { h: 'Montant HT', w: 80, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), fr(l.p), fr(net(l))]),
    totals: [['Total HT', fr(s.subtotal)], ['TVA 20 %', fr(s.tax)], ['Total TTC (EUR)', fr(s.total), 'b']],
    notes: ['Option pour le paiement de la taxe d\'après les débits.', 'Paiement par virement. En cas de retard, pénalités au taux de 10 % l\'an et indemnité forfaitaire de 40 €.'],
    footer: ['NUMÉRIQUE OUEST SARL – RCS Nantes 790 112 443 – TVA FR18790112443 – IBAN FR76 1470 7000 3000 2219 8765 432'],
    truth: truth({ invoiceNumber: 'FA-2025-03-0012', invoiceDate: '2025-03-17', dueDate: '2025-04-16', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const items = [['Loyer principal', 78000], ['Provision pour charges', 9500], ['Taxe d\'enlèvement des ordures ménagères', 1250]];
  const total = items.reduce((a, [, c]) => a + c, 0);
  add({
    file: 'fr-avis-echeance-loyer.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Cabinet Immobilier Lefranc', 'Gestion locative', '12 boulevard Carnot', '59000 Lille'],
    customer: ['M. Karim Benali', '7 rue de Gand, appt 3B', '59800 Lille'],
    meta: [['Avis n°', '2025-04-0117'], ['Date d\'émission', '20/03/2025'], ['Locataire', 'LOC-2231'], ['À régler avant le', '05/04/2025']],
    title: 'Avis d\'échéance',
    intro: ['Logement : 7 rue de Gand, appartement 3B – Période du 01/04/2025 au 30/04/2025'],
    columns: [{ h: 'Libellé', w: 330 }, { h: 'Montant', w: 100, a: 'r' }],
    rows: items.map(([d, c]) => [d, `${fr(c)} €`]),
    totals: [['Total à payer', `${fr(total)} €`, 'b']],
    notes: ['Location à usage d\'habitation : opération non soumise à la TVA.', 'Prélèvement automatique le 05/04/2025 sur le compte FR76 **** **** 4410. Cet avis ne vaut pas quittance.'],
    footer: ['Cabinet Immobilier Lefranc – carte professionnelle CPI 5902 2019 000 041 887 – garantie financière Galian'],
    truth: truth({ invoiceNumber: '2025-04-0117', invoiceDate: '2025-03-20', dueDate: '2025-04-05', total, subtotal: total, tax: 0, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Consultation vaccinale', q: 1, p: 3750, vat: 20 },
    { d: 'Vaccin typhus-coryza-leucose', q: 1, p: 3417, vat: 20 },
    { d: 'Vermifuge comprimés chat (boîte de 2)', q: 1, p: 1125, vat: 20 },
    { d: 'Pipette antiparasitaire chat x 3', q: 1, p: 2458, vat: 20 },
  ];
  const s = sums(lines);
  const ttc = (c) => Math.round(c * 1.2);
  add({
    file: 'fr-veterinaire-ht-ttc.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Clinique Vétérinaire des Tilleuls', 'Dr Claire Rousseau – Dr Paul Meunier', '21 avenue Jean Jaurès', '21000 Dijon'],
    customer: ['Mme Odile Perrin', '16 rue Monge', '21000 Dijon'],
    meta: [['Facture N°', '25-3418'], ['Du', '12/05/2025'], ['Client', '0017722'], ['Animal', 'Caramel (chat, européen, F)']],
    title: 'Facture',
    columns: [{ h: 'Acte / produit', w: 220 }, { h: 'Qté', w: 30, a: 'r' }, { h: 'PU HT', w: 60, a: 'r' }, { h: 'TVA', w: 40, a: 'r' }, { h: 'Total TTC', w: 70, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), fr(l.p), '20 %', fr(ttc(net(l)))]),
    totals: [['Total HT', fr(s.subtotal)], ['TVA 20 %', fr(s.tax)], ['Total TTC', `${fr(s.total)} €`, 'b'], ['Réglé par CB le 12/05/2025', fr(s.total)], ['Reste dû', '0,00']],
    notes: ['Prochain rappel de vaccination conseillé : mai 2026.'],
    footer: ['SELARL Vétérinaire des Tilleuls – N° ordre 24517 – TVA FR66 512 887 114'],
    truth: truth({ invoiceNumber: '25-3418', invoiceDate: '2025-05-12', dueDate: null, ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Riz long grain sac 25 kg', q: 20, p: 3150, vat: 2.1 },
    { d: 'Huile de tournesol 5 l', q: 24, p: 1190, vat: 2.1 },
    { d: 'Lait UHT demi-écrémé 6 x 1 l', q: 30, p: 612, vat: 2.1 },
    { d: 'Eau de javel 5 l', q: 12, p: 545, vat: 8.5 },
    { d: 'Film étirable 500 mm', q: 6, p: 1980, vat: 8.5 },
    { d: 'Barquettes aluminium x 100', q: 15, p: 1425, vat: 8.5 },
  ];
  const s = sums(lines);
  add({
    file: 'fr-reunion-tva-8-5-2-1.pdf', layout: 'invoice', font: 'sans',
    vendor: ['DISTRIBUTION OCÉAN INDIEN', 'ZAC 2000, 5 rue Jules Verne', '97420 Le Port – La Réunion'],
    customer: ['Restaurant Le Cari Créole', '18 rue de Paris', '97400 Saint-Denis'],
    meta: [['Facture N°', 'RUN-25-0644'], ['Date', '09/07/2025'], ['Code client', 'RC114'], ['Échéance', '08/08/2025']],
    title: 'FACTURE',
    columns: [{ h: 'Désignation', w: 210 }, { h: 'Qté', w: 35, a: 'r' }, { h: 'PU HT', w: 60, a: 'r' }, { h: 'TVA', w: 40, a: 'r' }, { h: 'Montant HT', w: 75, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), fr(l.p), `${String(l.vat).replace('.', ',')} %`, fr(net(l))]),
    totals: [['Total HT', fr(s.subtotal)], ...s.rates.map((r) => [`TVA ${String(r.rate).replace('.', ',')} % sur ${fr(r.base)}`, fr(r.tax)]), ['Total TTC €', fr(s.total), 'b']],
    notes: ['Octroi de mer inclus dans les prix. Paiement à 30 jours.'],
    footer: ['Distribution Océan Indien SAS – RCS Saint-Denis 498 776 120 – TVA FR40498776120'],
    truth: truth({ invoiceNumber: 'RUN-25-0644', invoiceDate: '2025-07-09', dueDate: '2025-08-08', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Nettoyage bureaux – forfait juin', q: 1, p: 142000, vat: 20 },
    { d: 'Nettoyage vitres (m²)', q: 180, p: 320, vat: 20 },
    { d: 'Produits consommables sanitaires', q: 1, p: 18640, vat: 20 },
  ];
  const s = sums(lines);
  add({
    file: 'fr-date-livraison-avant-facture.pdf', layout: 'invoice', font: 'sans', metaStyle: 'left',
    vendor: ['PROPRETÉ SERVICES 13', '140 avenue du Prado', '13008 Marseille'],
    customer: ['Cabinet d\'avocats Rinaldi', '22 rue Paradis', '13001 Marseille'],
    meta: [['Date de livraison', '30/06/2025'], ['Date de facture', '04/07/2025'], ['Facture N°', '000781'], ['Réf. contrat', 'CT-2023-044']],
    title: 'FACTURE',
    columns: [{ h: 'Prestation', w: 230 }, { h: 'Qté', w: 40, a: 'r' }, { h: 'PU HT', w: 70, a: 'r' }, { h: 'TVA', w: 40, a: 'r' }, { h: 'Total HT', w: 75, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), fr(l.p), '20 %', fr(net(l))]),
    totals: [['Total HT', fr(s.subtotal)], ['Total TVA', fr(s.tax)], ['Total TTC', fr(s.total), 'b']],
    notes: ['Échéance : 03/08/2025. Pas d\'escompte pour paiement anticipé.', 'Tout retard de paiement entraîne des pénalités égales à trois fois le taux d\'intérêt légal et une indemnité de 40 €.'],
    footer: ['Propreté Services 13 SARL – SIRET 520 114 987 00033 – TVA FR77520114987'],
    truth: truth({ invoiceNumber: '000781', invoiceDate: '2025-07-04', dueDate: '2025-08-03', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}

// ===================== other languages =====================
{
  const lines = [
    { d: 'Konsulentbistand, marts 2025 (timer)', q: 22.5, p: 95000, vat: 25 },
    { d: 'Licens, dokumentstyring (år)', q: 1, p: 480000, vat: 25 },
    { d: 'Kørsel (km)', q: 140, p: 379, vat: 25 },
  ];
  const s = sums(lines);
  add({
    file: 'da-faktura.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Nørrebro Rådgivning ApS', 'Jagtvej 101', '2200 København N', 'CVR-nr. 12345678'],
    customer: ['Fyns Møbelfabrik A/S', 'Att.: Bogholderiet', 'Havnegade 12', '5000 Odense C'],
    meta: [['Fakturanr.', '10042'], ['Fakturadato', '31.03.2025'], ['Kundenr.', '2207'], ['Forfaldsdato', '14.04.2025']],
    title: 'Faktura',
    columns: [{ h: 'Beskrivelse', w: 230 }, { h: 'Antal', w: 45, a: 'r' }, { h: 'Pris', w: 70, a: 'r' }, { h: 'Beløb DKK', w: 90, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), de(l.p), de(net(l))]),
    totals: [['Subtotal', de(s.subtotal)], ['Moms 25 %', de(s.tax)], ['I alt DKK', de(s.total), 'b']],
    notes: ['Betalingsbetingelser: netto 14 dage. Beløbet bedes indbetalt på reg.nr. 1234 kontonr. 0001234567 senest 14.04.2025.', 'Ved betaling efter forfald tilskrives renter på 0,8 % pr. påbegyndt måned.'],
    footer: ['Nørrebro Rådgivning ApS · CVR 12345678 · IBAN DK50 0040 0440 1162 43'],
    truth: truth({ invoiceNumber: '10042', invoiceDate: '2025-03-31', dueDate: '2025-04-14', ...s, currency: 'DKK', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Kattoremontti, konetyö (h)', q: 16, p: 6200, vat: 25.5 },
    { d: 'Peltikate, materiaali (m²)', q: 48, p: 2890, vat: 25.5 },
    { d: 'Jätemaksu', q: 1, p: 12000, vat: 25.5 },
  ];
  const s = sums(lines);
  add({
    file: 'fi-lasku.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Kattotyö Virtanen Oy', 'Teollisuuskatu 9', '33100 Tampere', 'Y-tunnus 1234567-8'],
    customer: ['Asunto Oy Pyynikinrinne', 'Isännöitsijä Mikkonen', 'Pyynikintie 4', '33230 Tampere'],
    meta: [['Laskun numero', '2025-118'], ['Laskun päivämäärä', '14.3.2025'], ['Eräpäivä', '28.3.2025'], ['Viitenumero', '20251180'], ['Maksuehto', '14 pv netto']],
    title: 'LASKU',
    columns: [{ h: 'Tuote', w: 220 }, { h: 'Määrä', w: 45, a: 'r' }, { h: 'À-hinta', w: 65, a: 'r' }, { h: 'ALV %', w: 45, a: 'r' }, { h: 'Yhteensä', w: 70, a: 'r' }],
    rows: lines.map((l) => [l.d, qty(l.q), frs(l.p), '25,5', frs(net(l))]),
    totals: [['Veroton yhteensä', frs(s.subtotal)], ['ALV 25,5 %', frs(s.tax)], ['Yhteensä EUR', frs(s.total), 'b']],
    notes: ['Viivästyskorko korkolain mukaan. Huomautukset 7 päivän kuluessa.'],
    footer: ['Kattotyö Virtanen Oy · Y-tunnus 1234567-8 · IBAN FI21 1234 5600 0007 85 · BIC NDEAFIHH'],
    truth: truth({ invoiceNumber: '2025-118', invoiceDate: '2025-03-14', dueDate: '2025-03-28', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Weboldal karbantartás, április', q: 1, p: 18500000, vat: 27 },
    { d: 'Tárhely szolgáltatás (hó)', q: 12, p: 490000, vat: 27 },
    { d: 'Fejlesztői óradíj', q: 14, p: 1650000, vat: 27 },
  ];
  // Forints: whole units, VAT rounded to the forint.
  const nets = lines.map(net);
  const subtotal = nets.reduce((a, b) => a + b, 0);
  const tax = Math.round(subtotal * 0.27 / 100) * 100;
  const huf = (c) => money(c, ' ', ',', 0);
  add({
    file: 'hu-szamla.pdf', layout: 'invoice', font: 'sans',
    vendor: ['Dunakanyar Digitális Kft.', '2000 Szentendre, Fő tér 8.', 'Adószám: 12345678-2-13'],
    customer: ['Balatoni Borház Zrt.', '8230 Balatonfüred, Petőfi Sándor u. 22.', 'Adószám: 87654321-2-19'],
    meta: [['Számla sorszáma', 'SZ-2025/00418'], ['Számla kelte', '2025.04.14.'], ['Teljesítés dátuma', '2025.04.11.'], ['Fizetési határidő', '2025.04.29.'], ['Fizetési mód', 'átutalás']],
    title: 'SZÁMLA',
    columns: [{ h: 'Megnevezés', w: 170 }, { h: 'Menny.', w: 40, a: 'r' }, { h: 'Nettó egységár', w: 70, a: 'r' }, { h: 'ÁFA', w: 35, a: 'r' }, { h: 'Nettó érték', w: 70, a: 'r' }, { h: 'Bruttó érték', w: 75, a: 'r' }],
    rows: lines.map((l, i) => [l.d, qty(l.q), huf(l.p), '27%', huf(nets[i]), huf(Math.round(nets[i] * 1.27 / 100) * 100)]),
    totals: [['Nettó összesen', `${huf(subtotal)} Ft`], ['ÁFA 27%', `${huf(tax)} Ft`], ['Fizetendő összesen', `${huf(subtotal + tax)} Ft`, 'b']],
    notes: ['Kérjük, a számla sorszámát a közleményben tüntesse fel.'],
    footer: ['Bankszámlaszám: 11773016-00000000-12345678 · IBAN HU42 1177 3016 1111 1018 0000 0000'],
    truth: truth({ invoiceNumber: 'SZ-2025/00418', invoiceDate: '2025-04-14', dueDate: '2025-04-29', subtotal, tax, total: subtotal + tax, currency: 'HUF', documentType: 'invoice' }),
  });
}

// ===================== scans of invoices (images, image-only PDFs) =====================
{
  const lines = [
    { d: 'Heizungswartung Gas-Brennwerttherme', q: 1, p: 14900, vat: 19 },
    { d: 'Abgasmessung nach 1. BImSchV', q: 1, p: 4850, vat: 19 },
    { d: 'Dichtungssatz Brenner', q: 1, p: 2675, vat: 19 },
    { d: 'Arbeitszeit Monteur (Std.)', q: 1.5, p: 6900, vat: 19 },
    { d: 'Anfahrtspauschale Zone 2', q: 1, p: 3500, vat: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-rechnung-150dpi-scan.pdf', layout: 'invoice', font: 'sans', scan: { dpi: 150, angle: -0.4, noise: 0.002, pdf: true, quality: 54 },
    vendor: ['Haustechnik Brenner GmbH', 'Heizung · Sanitär · Solar', 'Wiesenweg 5 · 99084 Erfurt'],
    sender: 'Haustechnik Brenner GmbH · Wiesenweg 5 · 99084 Erfurt',
    customer: ['Herrn', 'Dieter Sommerfeld', 'Am Petersberg 18', '99084 Erfurt'],
    meta: [['Rechnung Nr.', 'HB-25-3307'], ['Datum', '21.10.2025'], ['Kunden-Nr.', '7781'], ['Auftrag vom', '14.10.2025']],
    title: 'Rechnung',
    columns: [{ h: 'Pos.', w: 30 }, { h: 'Bezeichnung', w: 240 }, { h: 'Menge', w: 45, a: 'r' }, { h: 'Einzelpreis', w: 70, a: 'r' }, { h: 'Gesamt', w: 70, a: 'r' }],
    rows: lines.map((l, i) => [String(i + 1), l.d, qty(l.q), de(l.p), de(net(l))]),
    totals: [['Nettobetrag', de(s.subtotal)], ['MwSt 19 %', de(s.tax)], ['Rechnungsbetrag EUR', de(s.total), 'b']],
    notes: ['Zahlbar bis zum 04.11.2025 ohne Abzug.', 'Lohnanteil gem. § 35a EStG: 176,00 EUR netto.'],
    footer: ['USt-IdNr. DE199887766 · Sparkasse Mittelthüringen · IBAN DE57 8205 1000 0163 0024 93'],
    truth: truth({ invoiceNumber: 'HB-25-3307', invoiceDate: '2025-10-21', dueDate: '2025-11-04', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const lines = [
    { d: 'Laserschneiden Blech S235, 3 mm', q: 140, u: 'Stk', p: 385, vat: 19 },
    { d: 'Kanten, 2 Biegungen', q: 140, u: 'Stk', p: 120, vat: 19 },
    { d: 'Pulverbeschichtung RAL 7016', q: 140, u: 'Stk', p: 245, vat: 19 },
    { d: 'Verpackung Gitterbox', q: 2, u: 'Stk', p: 3500, vat: 19 },
  ];
  const s = sums(lines);
  add({
    file: 'de-scan-eingangsstempel.jpg', layout: 'invoice', font: 'sans', scan: { dpi: 140, angle: 1.6, noise: 0.003, quality: 52, stamp: { lines: ['EINGEGANGEN', '27. OKT. 2025', 'Buchh. ____'], color: '#1f3fae', angle: -9, at: 'totals' } },
    vendor: ['Blechbearbeitung Sauter KG', 'Im Gewerbepark 31 · 72760 Reutlingen'],
    sender: 'Blechbearbeitung Sauter KG · Im Gewerbepark 31 · 72760 Reutlingen',
    customer: ['Maschinenbau Häfele GmbH', 'Einkauf', 'Neckartalstraße 4', '72622 Nürtingen'],
    meta: [['Rechnungsnummer', '2025-10-0562'], ['Rechnungsdatum', '22.10.2025'], ['Ihre Bestellung', '4500118722'], ['Lieferschein', '25-8812 vom 21.10.2025']],
    title: 'Rechnung',
    columns: [{ h: 'Pos.', w: 30 }, { h: 'Bezeichnung', w: 220 }, { h: 'Menge', w: 45, a: 'r' }, { h: 'ME', w: 30 }, { h: 'Preis', w: 60, a: 'r' }, { h: 'Betrag', w: 70, a: 'r' }],
    rows: lines.map((l, i) => [String(i + 1), l.d, qty(l.q), l.u, de(l.p), de(net(l))]),
    totals: [['Summe netto', de(s.subtotal)], ['USt 19 %', de(s.tax)], ['Endbetrag EUR', de(s.total), 'b']],
    notes: ['Zahlungsbedingung: 30 Tage netto.'],
    footer: ['Blechbearbeitung Sauter KG · USt-IdNr. DE145566778 · Kreissparkasse Reutlingen · IBAN DE36 6405 0000 0000 5566 77'],
    truth: truth({ invoiceNumber: '2025-10-0562', invoiceDate: '2025-10-22', dueDate: null, ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  // Hotel folio: gross prices, 10 % lodging and breakfast, 20 % bar/parking, tourist tax outside VAT.
  const g = [
    { dt: '16/09/2025', d: 'Chambre double supérieure', c: 14500, v: 10 }, { dt: '16/09/2025', d: 'Petit-déjeuner x 2', c: 3200, v: 10 }, { dt: '16/09/2025', d: 'Bar', c: 1850, v: 20 },
    { dt: '17/09/2025', d: 'Chambre double supérieure', c: 14500, v: 10 }, { dt: '17/09/2025', d: 'Petit-déjeuner x 2', c: 3200, v: 10 }, { dt: '17/09/2025', d: 'Parking', c: 1800, v: 20 },
    { dt: '18/09/2025', d: 'Taxe de séjour 2 pers. x 2 nuits', c: 920, v: 0 },
  ];
  const byRate = [10, 20].map((v) => {
    const ttc = g.filter((x) => x.v === v).reduce((a, x) => a + x.c, 0);
    const ht = Math.round(ttc / (1 + v / 100));
    return { v, ttc, ht, tva: ttc - ht };
  });
  const total = g.reduce((a, x) => a + x.c, 0);
  const tax = byRate.reduce((a, r) => a + r.tva, 0);
  add({
    file: 'fr-hotel-folio-scan.jpg', layout: 'invoice', font: 'sans', scan: { dpi: 130, angle: -1.1, noise: 0.0025, quality: 52 },
    vendor: ['HÔTEL DU VIEUX PORT ***', '9 quai de la Fraternité', '13001 Marseille', 'Tél. 04 00 00 12 12'],
    customer: ['M. et Mme Laurent Dufresne', '44 rue Nationale', '37000 Tours'],
    meta: [['Facture N°', '48812'], ['Date', '18/09/2025'], ['Chambre', '305'], ['Arrivée', '16/09/2025'], ['Départ', '18/09/2025']],
    title: 'FACTURE',
    columns: [{ h: 'Date', w: 70 }, { h: 'Prestation', w: 260 }, { h: 'Montant TTC', w: 90, a: 'r' }],
    rows: g.map((x) => [x.dt, x.d, fr(x.c)]),
    totals: [...byRate.map((r) => [`TVA ${r.v} % – HT ${fr(r.ht)}`, fr(r.tva)]), ['Taxe de séjour (non soumise)', fr(920)], ['Total TTC', `${fr(total)} €`, 'b'], ['Réglé CB Visa 18/09/2025', `-${fr(total)}`], ['Solde', '0,00']],
    totalsWidth: 290,
    notes: ['Merci de votre séjour et à bientôt !'],
    footer: ['SAS Hôtel du Vieux Port – SIRET 391 220 554 00028 – TVA FR33391220554'],
    truth: truth({ invoiceNumber: '48812', invoiceDate: '2025-09-18', dueDate: null, total, subtotal: total - tax, tax, currency: 'EUR', documentType: 'invoice' }),
  });
}
{
  const names = ['Vis inox A2 4 x 40 (boîte 200)', 'Vis inox A2 5 x 60 (boîte 100)', 'Cheville nylon 8 mm (x 100)', 'Équerre renforcée 90 x 90', 'Charnière invisible 35 mm', 'Colle polyuréthane D4 750 g', 'Mastic acrylique blanc 310 ml', 'Silicone sanitaire translucide', 'Disque à tronçonner 125 mm', 'Foret béton SDS 10 x 160', 'Mèche à bois 12 mm', 'Lame scie sauteuse bois (x 5)', 'Papier abrasif grain 120 (x 50)', 'Gants de manutention T9', 'Lunettes de protection', 'Ruban de masquage 50 m', 'Bâche de protection 4 x 5 m', 'Crayon de menuisier (x 12)', 'Mètre ruban 5 m', 'Niveau à bulle 60 cm', 'Serre-joint 300 mm', 'Embout PZ2 (x 10)', 'Cartouche colle chaude (x 50)', 'Rouleau laine 180 mm', 'Bac à peinture'];
  const lines = names.map((d, i) => ({ d, ref: `R${(4100 + i * 37).toString()}`, q: 1 + ((i * 7) % 9), p: 180 + ((i * 1733) % 4200), vat: 20 }));
  const s = sums(lines);
  add({
    file: 'fr-deux-pages-scan.pdf', layout: 'invoice', font: 'sans', rowsPerPage: 16, scan: { dpi: 140, angle: 0.5, noise: 0.0015, pdf: true, quality: 42 },
    vendor: ['QUINCAILLERIE DU LANGUEDOC', '58 avenue de Toulouse', '34070 Montpellier'],
    customer: ['SARL Agencement Roux', '3 impasse des Artisans', '34170 Castelnau-le-Lez'],
    meta: [['Facture N°', 'QL25-10391'], ['Date', '06/10/2025'], ['Client', '411ROUX'], ['Échéance', '05/11/2025']],
    title: 'FACTURE',
    columns: [{ h: 'Réf.', w: 50 }, { h: 'Désignation', w: 220 }, { h: 'Qté', w: 35, a: 'r' }, { h: 'PU HT', w: 60, a: 'r' }, { h: 'Montant HT', w: 75, a: 'r' }],
    rows: lines.map((l) => [l.ref, l.d, qty(l.q), fr(l.p), fr(net(l))]),
    totals: [['Total HT', fr(s.subtotal)], ['TVA 20 %', fr(s.tax)], ['Total TTC', `${fr(s.total)} €`, 'b']],
    notes: ['Règlement : virement à 30 jours.'],
    footer: ['Quincaillerie du Languedoc SAS – RCS Montpellier 402 118 776 – TVA FR12402118776'],
    truth: truth({ invoiceNumber: 'QL25-10391', invoiceDate: '2025-10-06', dueDate: '2025-11-05', ...s, currency: 'EUR', documentType: 'invoice' }),
  });
}

// ===================== till receipts (images) =====================
const W = 40;
const lr = (l, r, w = W) => `${l}${' '.repeat(Math.max(1, w - l.length - r.length))}${r}`;
const center = (s, w = W) => `${' '.repeat(Math.max(0, Math.floor((w - s.length) / 2)))}${s}`;
const rule = (c = '-') => c.repeat(W);
/** Gross items by rate: net and tax per rate, tax = gross - round(gross / (1 + r)). */
function grossRates(items) {
  const m = new Map();
  for (const it of items) m.set(it.v, (m.get(it.v) ?? 0) + it.c);
  return [...m].sort((a, b) => a[0] - b[0]).map(([v, g]) => ({ v, g, n: Math.round(g / (1 + v / 100)), t: g - Math.round(g / (1 + v / 100)) }));
}
{
  const items = [
    { d: 'Taschenbuch Roman', c: 1200, v: 7, k: 'B' }, { d: 'Wandkalender 2026', c: 1699, v: 7, k: 'B' },
    { d: 'Kinderbuch Bilderb.', c: 995, v: 7, k: 'B' }, { d: 'Geschenkpapier', c: 250, v: 19, k: 'A' }, { d: 'Grußkarte', c: 395, v: 19, k: 'A' },
  ];
  const rates = grossRates(items);
  const total = items.reduce((a, x) => a + x.c, 0);
  const tax = rates.reduce((a, r) => a + r.t, 0);
  add({
    file: 'de-kassenbon-tse-150dpi.jpg', layout: 'receipt', effects: { dpi: 150, fade: 0.45, angle: -0.8, quality: 64 },
    lines: [center('Buchhandlung Seitenwind'), center('Ludwigstraße 31'), center('80539 München'), center('Tel. 089 000 7711'), center('St.-Nr. 143/220/51178'), '',
      lr('Bon-Nr. 48213', '07.10.2025 16:42'), lr('Kasse 2', 'Bed. 05'), rule(),
      ...items.map((x) => lr(x.d, `${de(x.c)} ${x.k}`)), rule(),
      lr('SUMME EUR', de(total)), rule('='), lr('Girocard', de(total)), '',
      lr('MwSt', 'Netto     MwSt    Brutto'), ...rates.map((r) => lr(`${r.v === 19 ? 'A' : 'B'} ${r.v},0%`, `${de(r.n).padStart(7)}  ${de(r.t).padStart(6)}  ${de(r.g).padStart(7)}`)), '',
      'TSE-Transaktion: 184427', 'TSE-Start: 2025-10-07T16:41:07.000', 'TSE-Stop:  2025-10-07T16:42:19.000', 'TSE-Seriennr.:', '  9f3a61c0e28d4b7a55e10c93d2f8a7b4', '  61c0e28d4b7a', 'TSE-Signaturzähler: 88211', 'TSE-Signatur:', '  MEUCIQD1x7k2Qm9vYpR4tZ3bN8sLw0eHa', '  Jf6cGuV5iTqKoXyB2nD7rE1SgA0pCQIgW', '  4M8zFhU3jLk9', 'Kassen-Seriennr.: KS-2019-004417', 'Zeitformat: utcTime', '', center('Vielen Dank für Ihren Einkauf!')],
    truth: receiptTruth({ invoiceDate: '2025-10-07', total, subtotal: total - tax, tax, currency: 'EUR' }),
  });
}
{
  const items = [{ d: '2 Rinderroulade', c: 4980 }, { d: '1 Zanderfilet', c: 2390 }, { d: '3 Apfelschorle 0,4', c: 1170 }, { d: '1 Pils 0,5', c: 460 }, { d: '2 Espresso', c: 560 }];
  const total = items.reduce((a, x) => a + x.c, 0);
  const n = Math.round(total / 1.19);
  add({
    file: 'de-bewirtungsbeleg-handschrift.jpg', layout: 'receipt', effects: { dpi: 170, angle: 0.9, quality: 66 },
    lines: [center('Gasthaus Zur Linde'), center('Marktplatz 4 · 91054 Erlangen'), center('St.-Nr. 216/113/40071'), '', lr('Tisch 12', 'Rechnung 7731'), lr('Datum 26.11.2025', '21:37'), rule(),
      ...items.map((x) => lr(x.d, de(x.c))), rule(), lr('Summe EUR', de(total)), lr('Netto 19%', de(n)), lr('MwSt 19%', de(total - n)), rule(), lr('Visa', de(total)), '',
      center('BEWIRTUNGSBELEG'), center('(Angaben nach § 4 Abs. 5 Ziff. 2 EStG)'), '',
      { s: 'Bewirtete Personen:', hand: 'H. Krämer, S. Adler' }, '', { s: 'Anlass der Bewirtung:', hand: 'Projekt Neubau Halle 3' }, '', { s: 'Trinkgeld:', hand: `${de(10000 - total)}` }, { s: 'Gesamtbetrag:', hand: de(10000) }, '', { s: 'Ort, Datum:', hand: 'Erlangen, 26.11.25' }, { s: 'Unterschrift:', hand: 'M. Vogel' }, '', center('Vielen Dank!')],
    // The total is what the host paid, the handwritten Gesamtbetrag with the tip (as the tips of
    // fixtures/sweep7 count); the bill's net and VAT stay those printed.
    truth: receiptTruth({ invoiceDate: '2025-11-26', total: 10000, subtotal: n, tax: total - n, currency: 'EUR' }),
  });
}
{
  const total = 1200;
  const n = Math.round(total / 1.19);
  add({
    file: 'de-parkschein-gewoelbt.jpg', layout: 'receipt', cols: 32, effects: { dpi: 160, curl: true, angle: 1.2, quality: 64 },
    lines: [center('PARKHAUS AM DOM', 32), center('Trankgasse 9, 50667 Köln', 32), '', center('QUITTUNG', 32), rule('-').slice(0, 32), lr('Ticket-Nr.', '0047118823', 32), lr('Einfahrt', '13.03.2025 22:14', 32), lr('Ausfahrt bis', '14.03.2025 08:11', 32), lr('Parkdauer', '9 Std 37 Min', 32), rule('-').slice(0, 32), lr('Tageshöchstsatz', `${de(total)} EUR`, 32), lr('BETRAG', `${de(total)} EUR`, 32), lr('darin 19% MwSt', `${de(total - n)} EUR`, 32), lr('Netto', `${de(n)} EUR`, 32), '', lr('Bezahlt', '14.03.2025 07:51', 32), lr('Automat', 'KA 03', 32), lr('Zahlart', 'Münzen', 32), '', center('Gute Fahrt!', 32), center('USt-IdNr. DE811220004', 32)],
    truth: receiptTruth({ invoiceDate: '2025-03-14', total, subtotal: n, tax: total - n, currency: 'EUR' }),
  });
}
{
  const items = [{ d: '2 x BAGUETTE TRADITION', c: 260, v: 5.5 }, { d: '4 x CROISSANT', c: 480, v: 5.5 }, { d: 'TARTE AUX POMMES 6P', c: 1650, v: 5.5 }, { d: 'SANDWICH JAMBON BEURRE', c: 490, v: 10 }, { d: 'CAFE', c: 180, v: 10 }];
  const rates = grossRates(items);
  const total = items.reduce((a, x) => a + x.c, 0);
  const tax = rates.reduce((a, r) => a + r.t, 0);
  const pct = (v) => `${String(v.toFixed(2)).replace('.', ',')}%`;
  add({
    file: 'fr-boulangerie-nf525.jpg', layout: 'receipt', effects: { dpi: 160, angle: 3.2, quality: 64, shadow: true },
    lines: [center('BOULANGERIE PÂTISSERIE MARCEAU'), center('12 rue de la République'), center('37000 TOURS'), center('SIRET 851 447 220 00012'), '',
      lr('Ticket n° 000412', 'Caisse 02'), lr('Le 05/11/2025', '07:48'), lr('Vendeur : Julie', ''), rule(),
      ...items.map((x) => lr(x.d, fr(x.c))), rule(), lr('TOTAL TTC', `${fr(total)} EUR`), lr('ESPECES', fr(5000)), lr('RENDU', fr(5000 - total)), '',
      lr('TAUX', 'HT     TVA     TTC'), ...rates.map((r) => lr(pct(r.v), `${fr(r.n)}   ${fr(r.t)}   ${fr(r.g)}`)), '',
      center('Logiciel certifié NF525'), center('Certificat n° 0187 - CaissePro v4.2'), 'Signature : A7F3-9C1D-22E8', 'Nb articles : 9  Ticket 412 / Z 0311', '', center('Merci et à bientôt !')].map((l) => (typeof l === 'string' ? l.replace(/\u00a0/g, ' ') : l)),
    truth: receiptTruth({ invoiceDate: '2025-11-05', total, subtotal: total - tax, tax, currency: 'EUR' }),
  });
}
{
  const items = [{ d: 'AMOXICILLINE 1G CPR B/6', c: 298, v: 2.1 }, { d: 'DOLIPRANE 1000MG CPR B/8', c: 218, v: 2.1 }, { d: 'KARDEGIC 75MG B/30', c: 1946, v: 2.1 }, { d: 'VENTOLINE 100UG', c: 1390, v: 2.1 }, { d: 'CREME SOLAIRE SPF50', c: 1290, v: 20 }, { d: 'PASTILLES GORGE MIEL', c: 540, v: 10 }];
  const rates = grossRates(items);
  const total = items.reduce((a, x) => a + x.c, 0);
  const tax = rates.reduce((a, r) => a + r.t, 0);
  const rembourse = items.filter((x) => x.v === 2.1).reduce((a, x) => a + x.c, 0);
  const amo = Math.round(rembourse * 0.65);
  const amc = rembourse - amo;
  const assure = total - amo - amc;
  add({
    file: 'fr-pharmacie-part-mutuelle.jpg', layout: 'receipt', effects: { dpi: 160, angle: -1.4, quality: 64, fade: 0.2 },
    lines: [center('PHARMACIE DES ARCADES'), center('3 place du Marché – 35000 RENNES'), center('Tél 02 00 00 44 10'), '', lr('Facture 2025-118744', ''), lr('Date : 19/02/2025', '10:12'), lr('Patient : M. DUVAL J.', ''), lr('Ordonnance du 18/02/2025', ''), rule(),
      ...items.map((x) => lr(x.d, fr(x.c))), rule(), lr('TOTAL TTC', fr(total)), lr('PART AMO (CPAM)', `-${fr(amo)}`), lr('PART MUTUELLE', `-${fr(amc)}`), lr('PART ASSURE A PAYER', fr(assure)), lr('CB', fr(assure)), '',
      lr('TVA', 'BASE HT   TVA'), ...rates.map((r) => lr(`${String(r.v).replace('.', ',')} %`, `${fr(r.n)}   ${fr(r.t)}`)), '', center('Carte Vitale lue – tiers payant'), center('Merci de votre visite')].map((l) => l.replace(/\u00a0/g, ' ')),
    truth: receiptTruth({ invoiceDate: '2025-02-19', total, subtotal: total - tax, tax, currency: 'EUR' }),
  });
}
{
  const total = Math.round(38.42 * 174.9);
  const n = Math.round(total / 1.2);
  add({
    file: 'fr-carburant-automate-froisse.jpg', layout: 'receipt', cols: 32, effects: { dpi: 160, crumple: true, angle: -2.2, quality: 64 },
    lines: [center('STATION AUTO 24/24', 32), center('INTERMARCHE AUTUN', 32), center('RN 81 - 71400 AUTUN', 32), '', lr('CARTE BANCAIRE', 'CB', 32), lr('LE 15/07/25', 'A 18:02', 32), lr('TERMINAL', '00441', 32), lr('PISTOLET', '04', 32), '', lr('PRE-AUTORISATION', '120,00 EUR', 32), '', lr('SP95-E10', '', 32), lr(' 38,42 L X 1,749', '', 32), lr('MONTANT REEL', `${fr(total)} EUR`, 32), lr('DONT TVA 20,00%', `${fr(total - n)} EUR`, 32), lr('MONTANT HT', `${fr(n)} EUR`, 32), '', center('DEBIT', 32), center('TICKET CLIENT', 32), center('A CONSERVER', 32)].map((l) => l.replace(/\u00a0/g, ' ')),
    truth: receiptTruth({ invoiceDate: '2025-07-15', total, subtotal: n, tax: total - n, currency: 'EUR' }),
  });
}
export { DOCS, sums, net, qty, de, fr, frs, frWords, receiptTruth, truth };
